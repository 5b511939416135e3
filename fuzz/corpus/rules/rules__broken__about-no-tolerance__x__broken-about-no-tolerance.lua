-- Broken on purpose (tests/cli/dsl/broken-*.test): about without tolerance
plan {
  id = "broken-about-no-tolerance",
  title = { zh = "错误示例", en = "Broken example" },
  document = "测试〔2016〕9号",
  jurisdiction = "210200",
  issued = "2016-01-15",
  period = { 2016, 2019 },
}

target {
  id = "about",
  cite = "一、(一)",
  title = { zh = "100件左右", en = "About 100" },
  metric = "pct_applications",
  about = 100, due = 2019,
}
