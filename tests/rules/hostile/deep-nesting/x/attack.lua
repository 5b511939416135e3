plan {
  id = "hostile", title = { zh = "攻击", en = "attack" }, document = "test",
  jurisdiction = "210200", issued = "2020-01-01", period = { 2017, 2022 },
}
local c = gt("invention_grants_domestic", 0)
for _ = 1, 200000 do c = all { c } end
subsidy { id = "deep", cite = "一", title = { zh = "深", en = "deep" }, eligible = c }
