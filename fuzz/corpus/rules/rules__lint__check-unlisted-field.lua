plan {
  id = "lint-case", title = { zh = "检查用例", en = "lint case" }, document = "test",
  jurisdiction = "210200", issued = "2020-01-01", period = { 2020, 2022 },
}
subsidy {
  id = "s", cite = "一", title = { zh = "补助", en = "subsidy" },
  eligible = check {
    fields = { "invention_grants_domestic" }, zh = "授权多于商标", en = "more grants than trademarks",
    fn = function(e) return e.invention_grants_domestic > (e.registered_trademarks or 0) end,
  },
}
