-- Broken on purpose (tests/cli/dsl/broken-*.test): a Lua error while the file runs
plan {
  id = "broken-runtime-error",
  title = { zh = "错误示例", en = "Broken example" },
  document = "测试〔2016〕9号",
  jurisdiction = "210200",
  issued = "2016-01-15",
  period = { 2016, 2019 },
}

local thresholds = { pct = 100 }

target {
  id = "runtime",
  cite = "一、(一)",
  title = { zh = "运行错误", en = "Runtime error" },
  metric = "pct_applications",
  at_least = thresholds.pct + thresholds.missing.value, due = 2019,
}
