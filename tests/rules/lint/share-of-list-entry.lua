plan {
  id = "lint-case", title = { zh = "检查用例", en = "lint case" }, document = "test",
  jurisdiction = "210200", issued = "2020-01-01", period = { 2020, 2022 },
}
target {
  id = "t", cite = "一", title = { zh = "目标", en = "target" },
  metric = { "invention_applications", minus = { "service_invention_applications\0x" } },
  share_of = { "patent_applications", 42 },
  at_least = 0.4, due = 2022,
}
