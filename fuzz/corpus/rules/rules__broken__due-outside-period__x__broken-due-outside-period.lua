-- Broken on purpose (tests/cli/dsl/broken-*.test): due 2021, after the period 2016-2019
plan {
  id = "broken-due-outside-period",
  title = { zh = "错误示例", en = "Broken example" },
  document = "测试〔2016〕9号",
  jurisdiction = "210200",
  issued = "2016-01-15",
  period = { 2016, 2019 },
}

target {
  id = "late",
  cite = "一、(一)",
  title = { zh = "2021年达到100件", en = "100 by 2021" },
  metric = "pct_applications",
  at_least = 100, due = 2021,
}
