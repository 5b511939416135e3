-- Broken on purpose (tests/cli/dsl/broken-*.test): an amount naming a parameter params does not declare
plan {
  id = "broken-undeclared-param",
  title = { zh = "错误示例", en = "Broken example" },
  document = "测试〔2016〕9号",
  jurisdiction = "210200",
  issued = "2016-01-15",
  period = { 2016, 2019 },
}

subsidy {
  id = "no-param",
  cite = "一、(一)",
  title = { zh = "未声明参数", en = "Undeclared parameter" },
  eligible = gt("invention_grants_domestic", 0),
  params = {
    per_grant_yuan = money_param { zh = "每件补助", en = "amount per grant" },
  },
  amount = sum {
    per_item("invention_grants_domestic", "per_grant_yuan"),
    per_item("invention_grants_foreign", "per_foreign_yuan"),
  },
}
