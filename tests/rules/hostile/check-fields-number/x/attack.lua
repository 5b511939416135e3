plan {
  id = "hostile", title = { zh = "攻击", en = "attack" }, document = "test",
  jurisdiction = "210200", issued = "2020-01-01", period = { 2017, 2022 },
}
subsidy {
  id = "num", cite = "一", title = { zh = "数", en = "number" },
  eligible = check { fields = { 42 }, zh = "数", en = "number", fn = function(e) return true end },
}
