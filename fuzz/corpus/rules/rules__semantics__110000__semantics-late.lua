-- Test plan for tests/cli/dsl (not a real plan): a plan of a jurisdiction no
-- plugin covers (110000, structurally valid), issued 2018-10-01 but in force
-- only from 2019-01-01.

plan {
  id = "semantics-late",
  title = { zh = "语义测试:生效日期(2019-2021年)", en = "Semantics test: in force (2019-2021)" },
  document = "测试〔2018〕5号",
  jurisdiction = "110000",
  issued = "2018-10-01",
  period = { 2019, 2021 },
  in_force = { from = "2019-01-01", to = "2021-12-31" },
}

subsidy {
  id = "late-award",
  cite = "一、(一)",
  title = { zh = "发明专利授权奖励", en = "Invention patent grant award" },
  eligible = gt("invention_grants_domestic", 0),
}
