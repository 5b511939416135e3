plan {
  id = "lint-case", title = { zh = "检查用例", en = "lint case" }, document = "test",
  jurisdiction = "210200", issued = "2020-01-01", period = { 1800, 2022 },
}
