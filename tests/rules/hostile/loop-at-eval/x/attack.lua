plan {
  id = "hostile", title = { zh = "攻击", en = "attack" }, document = "test",
  jurisdiction = "210200", issued = "2020-01-01", period = { 2017, 2022 },
}
subsidy {
  id = "spin", cite = "一", title = { zh = "死循环", en = "endless loop" },
  eligible = check { fields = { "invention_grants_domestic" }, zh = "循环", en = "loop",
    fn = function(e) if e.invention_grants_domestic > 5 then while true do end end return true end },
}
