plan {
  id = "hostile", title = { zh = "攻击", en = "attack" }, document = "test",
  jurisdiction = "210200", issued = "2020-01-01", period = { 2017, 2022 },
}
-- a list whose length (a border, as # finds it) is 2^40
local c = gt("invention_grants_domestic", 0)
local t = { c, c, c, c, c }
t[8], t[9] = c, c
for k = 4, 40 do t[1 << k] = c end
assert(#t == 1 << 40)
subsidy { id = "huge", cite = "一", title = { zh = "大", en = "huge" },
  eligible = all(t) }
