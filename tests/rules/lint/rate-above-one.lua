plan {
  id = "lint-case", title = { zh = "检查用例", en = "lint case" }, document = "test",
  jurisdiction = "210200", issued = "2020-01-01", period = { 2020, 2022 },
}
subsidy {
  id = "s", cite = "一", title = { zh = "贴息", en = "interest" },
  eligible = gt("ip_pledge_loan_yuan", 0),
  params = { r = rate_param { zh = "比例", en = "rate", default = "1.5" } },
  amount = rate("ip_pledge_loan_yuan", "r"),
}
