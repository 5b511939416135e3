plan {
  id = "hostile-good", title = { zh = "对照规划", en = "control plan" }, document = "test",
  jurisdiction = "210200", issued = "2020-01-01", period = { 2017, 2022 },
}
subsidy {
  id = "grant", cite = "一", title = { zh = "授权补助", en = "grant subsidy" },
  eligible = gt("invention_grants_domestic", 0),
}
