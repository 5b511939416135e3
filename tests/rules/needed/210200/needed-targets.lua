-- Test plan for tests/cli/needed (not a real plan): one target per measure,
-- due 2020, baseline 2015. With figures up to 2017 (as of 2018-06-30), the
-- remaining years are 2018, 2019 and 2020 and the straight line runs from the
-- 2017 value to the target: value(y) = a + (t - a) * (y - 2017) / 3.
-- tests/data/needed/region.ini has the figures; the expectations are
-- computed by hand in tests/cli/needed/*.test.

plan {
  id = "needed-targets",
  title = { zh = "所需测试:目标(2016-2020年)", en = "Needed test: targets (2016-2020)" },
  document = "测试〔2016〕12号",
  jurisdiction = "210200",
  issued = "2016-01-15",
  period = { 2016, 2020 },
}

target { id = "plain", cite = "一", title = { zh = "PCT申请400件", en = "400 PCT applications" },
  metric = "pct_applications", at_least = 400, due = 2020 }

target { id = "plain-round", cite = "二", title = { zh = "商标1000件", en = "1000 trademarks" },
  metric = "registered_trademarks", at_least = 1000, due = 2020 }

target { id = "at-most", cite = "三", title = { zh = "服务机构不超过50家", en = "At most 50 service institutions" },
  metric = "ip_service_institutions", at_most = 50, due = 2020 }

target { id = "per-10k", cite = "四", title = { zh = "每万人发明专利20件", en = "20 invention patents per 10,000 people" },
  metric = "valid_invention_patents", per = "10k_people", at_least = 20, due = 2020 }

target { id = "share", cite = "五", title = { zh = "发明申请占一半", en = "Half of applications are inventions" },
  metric = "invention_applications", share_of = "patent_applications", at_least = 0.5, due = 2020 }

target { id = "ratio", cite = "六", title = { zh = "高价值专利翻一番", en = "High-value patents doubled" },
  metric = "high_value_invention_patents", ratio_to_year = 2015, at_least = 2, due = 2020 }

target { id = "cumulative", cite = "七", title = { zh = "累计植物新品种50件", en = "50 plant variety grants in total" },
  metric = "plant_variety_grants", cumulative = true, at_least = 50, due = 2020 }

target { id = "new-since", cite = "八", title = { zh = "新增优势企业60家", en = "60 new advantage enterprises" },
  metric = "municipal_ip_advantage_enterprises", new_since = 2015, at_least = 60, due = 2020 }

target { id = "every-year", cite = "九", title = { zh = "每年版权登记100件", en = "100 copyright registrations every year" },
  metric = "copyright_registrations", at_least = 100, every_year = true, due = 2020 }
