-- Broken on purpose (tests/cli/dsl/broken-*.test): a condition on a field that does not exist (invention_grant_domestic)
plan {
  id = "broken-unknown-field",
  title = { zh = "错误示例", en = "Broken example" },
  document = "测试〔2016〕9号",
  jurisdiction = "210200",
  issued = "2016-01-15",
  period = { 2016, 2019 },
}

subsidy {
  id = "bad-field",
  cite = "一、(一)",
  title = { zh = "未知字段", en = "Unknown field" },
  eligible = all {
    is("is_high_tech"),
    gt("invention_grant_domestic", 0),
  },
}
