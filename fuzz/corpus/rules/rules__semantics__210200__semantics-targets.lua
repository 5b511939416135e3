-- Test plan for tests/cli/dsl (not a real plan): targets judged BEFORE their
-- due year. Period 2016-2019, baseline 2015 (the default, period[1] - 1), all
-- due 2019, so the straight line from 2015 to 2019 is at its midpoint in 2017
-- (the last year known as of 2018-06-30): line(2017) = b + (t - b) / 2.
-- Data: tests/data/dsl/region-dalian-2017.ini and region-dalian-nopop.ini.

plan {
  id = "semantics-targets",
  title = { zh = "语义测试:目标(2016-2019年)", en = "Semantics test: targets (2016-2019)" },
  document = "测试〔2016〕1号",
  jurisdiction = "210200",
  issued = "2016-01-15",
  period = { 2016, 2019 },
  note = "Test fixture for the rule DSL's target semantics.",
}

target {
  id = "met-early",
  cite = "一、(一)",
  title = { zh = "有效注册商标达到1000件", en = "1000 registered trademarks" },
  metric = "registered_trademarks",
  at_least = 1000, due = 2019,
}

target {
  id = "on-track",
  cite = "一、(二)",
  title = { zh = "PCT申请量达到180件", en = "180 PCT applications" },
  metric = "pct_applications",
  at_least = 180, due = 2019,
}

target {
  id = "behind",
  cite = "一、(三)",
  title = { zh = "作品著作权登记量达到300件", en = "300 copyright registrations" },
  metric = "copyright_registrations",
  at_least = 300, due = 2019,
}

target {
  id = "at-most-on-track",
  cite = "一、(四)",
  title = { zh = "软件著作权登记量不超过50件", en = "At most 50 software copyright registrations" },
  metric = "software_copyright_registrations",
  at_most = 50, due = 2019,
}

target {
  id = "at-most-behind",
  cite = "一、(五)",
  title = { zh = "建立管理制度的中小企业不超过100家", en = "At most 100 SMEs with an IP management system" },
  metric = "sme_ip_management_systems",
  at_most = 100, due = 2019,
}

target {
  id = "about-inside",
  cite = "一、(六)",
  title = { zh = "职务发明专利申请量500件左右", en = "About 500 service invention applications" },
  metric = "service_invention_applications",
  about = 500, tolerance = 0.1, due = 2019,
}

target {
  id = "per-10k",
  cite = "一、(七)",
  title = { zh = "每万人口发明专利拥有量达到18件", en = "18 invention patents per 10,000 people" },
  metric = "valid_invention_patents", per = "10k_people",
  at_least = 18, due = 2019,
}

target {
  id = "share",
  cite = "一、(八)",
  title = { zh = "发明专利申请占专利申请的50%", en = "Invention applications 50% of patent applications" },
  metric = "invention_applications", share_of = "patent_applications",
  at_least = 0.5, due = 2019,
}

target {
  id = "ratio",
  cite = "一、(九)",
  title = { zh = "高价值发明专利拥有量比2015年增长两倍", en = "High-value invention patents tripled from 2015" },
  quote = "高价值发明专利拥有量比2015年增长两倍",
  metric = "high_value_invention_patents", ratio_to_year = 2015,
  at_least = 3, due = 2019,
}

target {
  id = "cumulative",
  cite = "一、(十)",
  title = { zh = "植物新品种授权量累计40件", en = "40 plant variety grants in total" },
  metric = "plant_variety_grants", cumulative = true,
  at_least = 40, due = 2019,
}

target {
  id = "new-since",
  cite = "一、(十一)",
  title = { zh = "新增市级知识产权优势企业50家", en = "50 new municipal IP advantage enterprises" },
  metric = "municipal_ip_advantage_enterprises", new_since = 2015,
  at_least = 50, due = 2019,
}

target {
  id = "growth-above-on-track",
  cite = "一、(十二)",
  title = { zh = "专利申请量增速高于GDP增速", en = "Patent applications grow faster than GDP" },
  metric = "patent_applications", growth = true,
  above = "gdp_growth_pct", due = 2019,
}

target {
  id = "growth-above-behind",
  cite = "一、(十三)",
  title = { zh = "高价值发明专利增速高于GDP增速", en = "High-value patents grow faster than GDP" },
  metric = "high_value_invention_patents", growth = true,
  above = "gdp_growth_pct", due = 2019,
}

target {
  id = "every-year-on-track",
  cite = "一、(十四)",
  title = { zh = "知识产权服务机构每年不超过130家", en = "At most 130 IP service institutions every year" },
  metric = "ip_service_institutions",
  at_most = 130, every_year = true, due = 2019,
}

target {
  id = "every-year-behind",
  cite = "一、(十五)",
  title = { zh = "国企专利转化产值每年增速不超过10%", en = "SOE patent conversion output grows at most 10% every year" },
  metric = "soe_patent_conversion_output_yuan", growth = true,
  at_most = 10, every_year = true, due = 2019,
}

target {
  id = "strive",
  cite = "一、(十六)",
  title = { zh = "贯标企业力争达到100家", en = "Strive for 100 certified enterprises" },
  metric = "standard_compliant_enterprises",
  at_least = 100, due = 2019, strive = true,
}

target {
  id = "money",
  cite = "一、(十七)",
  title = { zh = "技术合同交易总额达到2000万元", en = "RMB 20 million of technology contracts" },
  metric = "tech_contract_turnover_yuan",
  at_least = 20000000, due = 2019,
}

target {
  id = "no-data-baseline",
  cite = "一、(十八)",
  title = { zh = "专利专题数据库达到50个", en = "50 patent topic databases" },
  metric = "patent_topic_databases",
  at_least = 50, due = 2019,
}

target {
  id = "no-data-none",
  cite = "一、(十九)",
  title = { zh = "农产品地理标志达到10件", en = "10 agricultural geographical indications" },
  metric = "agri_geographical_indications",
  at_least = 10, due = 2019,
}
