-- Broken on purpose (tests/cli/dsl/broken-*.test): a cap written as a float (1.5 yuan)
plan {
  id = "broken-money-float",
  title = { zh = "错误示例", en = "Broken example" },
  document = "测试〔2016〕9号",
  jurisdiction = "210200",
  issued = "2016-01-15",
  period = { 2016, 2019 },
}

subsidy {
  id = "float-cap",
  cite = "一、(一)",
  title = { zh = "浮点金额", en = "Float money" },
  eligible = gt("invention_grants_domestic", 0),
  cap = { yuan = 1.5, per = "plan" },
}
