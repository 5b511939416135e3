plan {
  id = "lint-case", title = { zh = "检查用例", en = "lint case" }, document = "test",
  jurisdiction = "210200", issued = "2020-01-01", period = { 2020, 2022 },
}
subsidy { id = "s", cite = "一", title = { zh = "甲", en = "a" }, eligible = is("is_sme") }
subsidy { id = "s", cite = "二", title = { zh = "乙", en = "b" }, eligible = is("is_sme") }
