-- Test plan for tests/cli/answers/overflow-*.test (not a real plan): two
-- uncapped fixed subsidies whose amounts (set in tests/data/answers/
-- plancheck-overflow.ini) fit int64 fen each but not together.
plan {
  id = "overflow", title = { zh = "溢出测试", en = "overflow test" }, document = "test",
  jurisdiction = "210200", issued = "2017-01-01", period = { 2017, 2022 },
}
subsidy {
  id = "first", cite = "一", title = { zh = "第一项", en = "first" },
  eligible = gt("invention_grants_domestic", 0),
  params = { yuan = money_param { zh = "金额", en = "amount" } },
  amount = fixed("yuan"),
}
subsidy {
  id = "second", cite = "二", title = { zh = "第二项", en = "second" },
  eligible = gt("invention_grants_domestic", 0),
  params = { yuan = money_param { zh = "金额", en = "amount" } },
  amount = fixed("yuan"),
}
subsidy {
  id = "per-grant", cite = "三", title = { zh = "按件", en = "per grant" },
  eligible = gt("invention_grants_domestic", 0),
  params = { yuan = money_param { zh = "每件", en = "per grant" } },
  amount = per_item("invention_grants_domestic", "yuan"),
}
