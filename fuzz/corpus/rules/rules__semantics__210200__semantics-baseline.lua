-- Test plan for tests/cli/dsl (not a real plan): an explicit baseline_year
-- (2014, not the default 2015). Period 2016-2022, due 2022: in 2017 the line from
-- 2014 is 3/8 of the way: line(2017) = b + (t - b) * 3 / 8.

plan {
  id = "semantics-baseline",
  title = { zh = "语义测试:基准年(2016-2022年)", en = "Semantics test: baseline year (2016-2022)" },
  document = "测试〔2016〕6号",
  jurisdiction = "210200",
  issued = "2016-01-15",
  period = { 2016, 2022 },
  baseline_year = 2014,
}

target {
  id = "pct-on-line",
  cite = "六、(一)",
  title = { zh = "PCT申请量达到200件", en = "200 PCT applications" },
  metric = "pct_applications",
  at_least = 200, due = 2022,
}

target {
  id = "trademarks-behind",
  cite = "六、(二)",
  title = { zh = "有效注册商标达到2000件", en = "2000 registered trademarks" },
  metric = "registered_trademarks",
  at_least = 2000, due = 2022,
}
