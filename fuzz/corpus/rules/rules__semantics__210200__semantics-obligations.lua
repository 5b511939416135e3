-- Test plan for tests/cli/dsl (not a real plan): an obligation. In force
-- 2016-01-15 to 2019-12-31.

plan {
  id = "semantics-obligations",
  title = { zh = "语义测试:义务(2016-2019年)", en = "Semantics test: obligations (2016-2019)" },
  document = "测试〔2016〕4号",
  jurisdiction = "210200",
  issued = "2016-01-15",
  period = { 2016, 2019 },
}

obligation {
  id = "ip-officer",
  cite = "五、(一)",
  title = { zh = "高新技术企业配备知识产权专员", en = "High-tech enterprises employ an IP officer" },
  applies = is("is_high_tech"),
  requires = ge("ip_full_time_staff", 1),
}
