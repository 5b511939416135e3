plan {
  id = "ruletest-2020", title = { zh = "检查用例", en = "lint case" }, document = "test",
  jurisdiction = "210200", issued = "2020-01-01", period = { 2020, 2022 },
}
subsidy {
  id = "s", cite = "一", title = { zh = "补助", en = "subsidy" },
  eligible = gt("invention_grants_domestic", 0),
  params = { per_grant = money_param { zh = "每件", en = "per grant", default = 5000 } },
  amount = per_item("invention_grants_domestic", "per_grant"),
  cap = { yuan = 30000, per = "plan" },
}
target {
  id = "t", cite = "二", title = { zh = "目标", en = "target" },
  metric = "tech_contract_turnover_yuan", at_least = 12000000000, due = 2022,
}
