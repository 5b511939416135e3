plan {
  id = "lint-case", title = { zh = "检查用例", en = "lint case" }, document = "test",
  jurisdiction = "210200", issued = "2020-01-01", period = { 2020, 2022 },
  baseline_year = -2147483648,
}
target {
  id = "t", cite = "一", title = { zh = "目标", en = "target" },
  metric = "valid_invention_patents", at_least = 100, due = 2022,
}
