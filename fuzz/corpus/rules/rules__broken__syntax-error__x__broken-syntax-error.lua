-- Broken on purpose (tests/cli/dsl/broken-*.test): a Lua syntax error
plan {
  id = "broken-syntax-error",
  title = { zh = "错误示例", en = "Broken example" },
  document = "测试〔2016〕9号",
  jurisdiction = "210200",
  issued = "2016-01-15",
  period = { 2016, 2019 },
}

target {
  id = "syntax",
  cite = "一、(一)",
  title = { zh = "语法错误", en = "Syntax error" },
  metric = "pct_applications",
  at_least = = 100, due = 2019,
}
