-- Broken on purpose (tests/cli/dsl/broken-*.test): a target without cite
plan {
  id = "broken-missing-cite",
  title = { zh = "错误示例", en = "Broken example" },
  document = "测试〔2016〕9号",
  jurisdiction = "210200",
  issued = "2016-01-15",
  period = { 2016, 2019 },
}

target {
  id = "uncited",
  cite = "一、(一)",
  title = { zh = "有引用", en = "Cited" },
  metric = "pct_applications",
  at_least = 100, due = 2019,
}

target {
  id = "no-cite",
  title = { zh = "缺少条款", en = "No clause" },
  metric = "pct_applications",
  at_least = 100, due = 2019,
}
