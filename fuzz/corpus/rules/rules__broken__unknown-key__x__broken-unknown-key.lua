-- Broken on purpose (tests/cli/dsl/broken-*.test): a subsidy with an unknown key (eligble, a typo of eligible)
plan {
  id = "broken-unknown-key",
  title = { zh = "错误示例", en = "Broken example" },
  document = "测试〔2016〕9号",
  jurisdiction = "210200",
  issued = "2016-01-15",
  period = { 2016, 2019 },
}

subsidy {
  id = "typo",
  cite = "一、(一)",
  title = { zh = "拼写错误", en = "Typo" },
  eligble = gt("invention_grants_domestic", 0),
}
