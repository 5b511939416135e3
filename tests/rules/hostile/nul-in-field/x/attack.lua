plan {
  id = "hostile", title = { zh = "攻击", en = "attack" }, document = "test",
  jurisdiction = "210200", issued = "2020-01-01", period = { 2017, 2022 },
}
subsidy { id = "nul", cite = "一", title = { zh = "空", en = "nul" },
  eligible = gt("invention_grants_domestic\0evil", 0) }
