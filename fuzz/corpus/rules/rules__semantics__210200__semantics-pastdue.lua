-- Test plan for tests/cli/dsl (not a real plan): targets judged AFTER their due
-- year. Period 2014-2017, all due 2017; as of 2018-06-30 the due year's
-- year-end figures are known, so each target is met, not_met or no_data.
-- Data: tests/data/dsl/region-dalian-2017.ini.

plan {
  id = "semantics-pastdue",
  title = { zh = "语义测试:到期目标(2014-2017年)", en = "Semantics test: targets past due (2014-2017)" },
  document = "测试〔2014〕1号",
  jurisdiction = "210200",
  issued = "2014-03-01",
  period = { 2014, 2017 },
}

target {
  id = "met",
  cite = "二、(一)",
  title = { zh = "有效注册商标达到1100件", en = "1100 registered trademarks" },
  metric = "registered_trademarks",
  at_least = 1100, due = 2017,
}

target {
  id = "not-met",
  cite = "二、(二)",
  title = { zh = "PCT申请量达到160件", en = "160 PCT applications" },
  metric = "pct_applications",
  at_least = 160, due = 2017,
}

target {
  id = "about-inside",
  cite = "二、(三)",
  title = { zh = "作品著作权登记量140件左右", en = "About 140 copyright registrations" },
  metric = "copyright_registrations",
  about = 140, tolerance = 0.1, due = 2017,
}

target {
  id = "about-edge",
  cite = "二、(四)",
  title = { zh = "建立管理制度的中小企业136家左右", en = "About 136 SMEs with an IP management system" },
  metric = "sme_ip_management_systems",
  about = 136, tolerance = 0.25, due = 2017,
}

target {
  id = "about-outside",
  cite = "二、(五)",
  title = { zh = "软件著作权登记量50件左右", en = "About 50 software copyright registrations" },
  metric = "software_copyright_registrations",
  about = 50, tolerance = 0.1, due = 2017,
}

target {
  id = "at-most",
  cite = "二、(六)",
  title = { zh = "职务发明专利申请量不超过600件", en = "At most 600 service invention applications" },
  metric = "service_invention_applications",
  at_most = 600, due = 2017,
}

target {
  id = "above-met",
  cite = "二、(七)",
  title = { zh = "专利申请量增速高于GDP增速", en = "Patent applications grow faster than GDP" },
  metric = "patent_applications", growth = true,
  above = "gdp_growth_pct", due = 2017,
}

target {
  id = "above-not-met",
  cite = "二、(八)",
  title = { zh = "高价值发明专利增速高于GDP增速", en = "High-value patents grow faster than GDP" },
  metric = "high_value_invention_patents", growth = true,
  above = "gdp_growth_pct", due = 2017,
}

target {
  id = "every-year-met",
  cite = "二、(九)",
  title = { zh = "有效注册商标每年不少于700件", en = "At least 700 registered trademarks every year" },
  metric = "registered_trademarks",
  at_least = 700, every_year = true, due = 2017,
}

target {
  id = "every-year-not-met",
  cite = "二、(十)",
  title = { zh = "PCT申请量每年不少于110件", en = "At least 110 PCT applications every year" },
  metric = "pct_applications",
  at_least = 110, every_year = true, due = 2017,
}

target {
  id = "cumulative",
  cite = "二、(十一)",
  title = { zh = "植物新品种授权量累计60件", en = "60 plant variety grants in total" },
  metric = "plant_variety_grants", cumulative = true,
  at_least = 60, due = 2017,
}

target {
  id = "no-data-due",
  cite = "二、(十二)",
  title = { zh = "知识产权质押融资额达到100万元", en = "RMB 1 million of IP pledge financing" },
  metric = "ip_pledge_financing_yuan",
  at_least = 1000000, due = 2017,
}
