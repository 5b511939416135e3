plan {
  id = "lint-case", title = { zh = "检查用例", en = "lint case" }, document = "test",
  jurisdiction = "210200", issued = "2020-01-01", period = { 2020, 2022 },
}
subsidy {
  id = "s", cite = "一", title = { zh = "补助", en = "subsidy" },
  eligible = gt("invention_grants_domestic", 0),
  params = { per_grant = money_param { zh = "每件", en = "per grant", default = 100 } },
  amount = when(is("is_sme"), per_item("invention_grants_domestic", "per_grant"), per_item("invention_grants_domestic", "per_grant")),
}
