-- Broken on purpose (tests/cli/dsl/broken-*.test): two items with the same id
plan {
  id = "broken-duplicate-id",
  title = { zh = "错误示例", en = "Broken example" },
  document = "测试〔2016〕9号",
  jurisdiction = "210200",
  issued = "2016-01-15",
  period = { 2016, 2019 },
}

subsidy {
  id = "same",
  cite = "一、(一)",
  title = { zh = "第一项", en = "First" },
  eligible = gt("invention_grants_domestic", 0),
}

obligation {
  id = "same",
  cite = "一、(二)",
  title = { zh = "第二项", en = "Second" },
  requires = ge("ip_full_time_staff", 1),
}
