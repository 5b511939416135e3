-- Test plan for tests/cli/dsl/exact-*.test (not a real plan): the target
-- constructs judged in exact arithmetic (docs/dsl.md, "Targets judged
-- exactly") and amounts that depend on a condition.  Period 2014-2017, all
-- targets due 2017. Data: tests/data/dsl/region-exact.ini; each comment
-- gives the hand computation.

plan {
  id = "exact-targets",
  title = { zh = "精确判断测试(2014-2017年)", en = "Exact judging test (2014-2017)" },
  document = "测试〔2014〕2号",
  jurisdiction = "210200",
  issued = "2014-03-01",
  period = { 2014, 2017 },
}

-- 2017: 5600 >= 5000 * (1 - 0.1) = 4500: an overshoot of an "about" floor is met.
target {
  id = "about-floor-overshoot",
  cite = "一、(一)",
  title = { zh = "专利申请量达到5000件左右(下限)", en = "At least about 5,000 patent applications" },
  metric = "patent_applications",
  at_least_about = 5000, tolerance = 0.1, due = 2017,
}

-- The two-sided reading of the same figure: |5600 - 5000| = 600 > 500: not_met.
target {
  id = "about-two-sided",
  cite = "一、(一)",
  title = { zh = "专利申请量5000件左右(双侧)", en = "About 5,000 patent applications, both ways" },
  metric = "patent_applications",
  about = 5000, tolerance = 0.1, due = 2017,
}

-- 2017: 4500 = 4500, the floor itself: met.
target {
  id = "about-floor-edge",
  cite = "一、(二)",
  title = { zh = "有效注册商标5000件左右(下限)", en = "At least about 5,000 trademarks" },
  metric = "registered_trademarks",
  at_least_about = 5000, tolerance = 0.1, due = 2017,
}

-- 2017: 4499 < 4500: not_met.
target {
  id = "about-floor-under",
  cite = "一、(三)",
  title = { zh = "作品著作权登记量5000件左右(下限)", en = "At least about 5,000 copyright registrations" },
  metric = "copyright_registrations",
  at_least_about = 5000, tolerance = 0.1, due = 2017,
}

-- 2017: 120 <= 100 * (1 + 0.2) = 120: met; progress 100 / 120 = 0.8333.
target {
  id = "about-ceiling",
  cite = "一、(四)",
  title = { zh = "PCT申请量不超过100件左右", en = "At most about 100 PCT applications" },
  metric = "pct_applications",
  at_most_about = 100, tolerance = 0.2, due = 2017,
}

-- 100, 110, 121, 133.1, 146.41 yuan: each year exactly 10% above the one
-- before (133.1 = 121 * 1.1, which a double computes as 133.10000000000002, so 2016 would fail).
target {
  id = "increasing-by-rate",
  cite = "二、(一)",
  title = { zh = "技术合同交易额逐年增长10%以上", en = "Technology contract turnover up 10% a year" },
  metric = "tech_contract_turnover_yuan",
  increasing = true, min_growth = 0.1, due = 2017,
}

-- 100, 120, 130, 130, 150: 2016 is not above 2015: not_met (a fund that stops growing).
target {
  id = "fund-stops-growing",
  cite = "二、(二)",
  title = { zh = "质押融资额逐年增加", en = "Pledge financing grows every year" },
  metric = "ip_pledge_financing_yuan",
  increasing = true, due = 2017,
}

-- Set up in 2015: 50, 60, 70 (2015-2017); judged from 2016 (60 > 50, 70 > 60): met.
target {
  id = "increasing-from",
  cite = "二、(三)",
  title = { zh = "2015年设立的资金此后逐年增加", en = "A fund set up in 2015 grows every year after" },
  metric = "soe_patent_conversion_output_yuan",
  increasing = true, from = 2016, due = 2017,
}

-- The same from the period's first year: 2013 and 2014 are missing: no_data.
target {
  id = "increasing-from-period",
  cite = "二、(三)",
  title = { zh = "资金自2014年起逐年增加", en = "The fund grows every year from 2014" },
  metric = "soe_patent_conversion_output_yuan",
  increasing = true, due = 2017,
}

-- 10 a year, 2013-2017: from 2013 the sum is 50 >= 50: met.
target {
  id = "cumulative-from",
  cite = "三、(一)",
  title = { zh = "2013年起累计授权植物新品种50件", en = "50 plant variety grants in total since 2013" },
  metric = "plant_variety_grants", cumulative = true, from = 2013,
  at_least = 50, due = 2017,
}

-- From the period's first year, 2014: 40 < 50: not_met.
target {
  id = "cumulative-period",
  cite = "三、(一)",
  title = { zh = "2014年起累计授权植物新品种50件", en = "50 plant variety grants in total since 2014" },
  metric = "plant_variety_grants", cumulative = true,
  at_least = 50, due = 2017,
}

-- (1500 + 1400 - 660) / 5600 = 2240 / 5600 = 0.4 >= 0.4: met (each share alone is below).
target {
  id = "union-share",
  cite = "三、(二)",
  title = { zh = "发明或职务专利申请占40%以上", en = "Invention or service applications at least 40%" },
  metric = { "invention_applications", "harbin_service_patent_applications", minus = { "service_invention_applications" } },
  share_of = "patent_applications",
  at_least = 0.4, due = 2017,
}

-- 30 / (50 + 10) = 0.5 >= 0.5: met.
target {
  id = "share-of-sum",
  cite = "三、(三)",
  title = { zh = "占两类之和的一半", en = "Half of the two together" },
  metric = "sme_ip_management_systems", share_of = { "ip_service_institutions", "patent_topic_databases" },
  at_least = 0.5, due = 2017,
}

-- 1, 2, 3, 4 (2014-2017): every year from 2016 at least 3: met.
target {
  id = "every-year-from",
  cite = "三、(四)",
  title = { zh = "2016年起每年不少于3家", en = "At least 3 every year from 2016" },
  metric = "municipal_ip_advantage_enterprises",
  at_least = 3, every_year = true, from = 2016, due = 2017,
}

-- 一批: no figure; 2017: 60, reported: not_judged.
target {
  id = "batch-reported",
  cite = "三、(五)",
  title = { zh = "培育一批贯标企业", en = "A batch of certified enterprises" },
  metric = "standard_compliant_enterprises",
  report = true, due = 2017,
}

-- when(): 2 cases at 30,000 when a foreign case was won, else at 10,000;
-- an SME adds 5,000 (when() without otherwise: 0 for others).
subsidy {
  id = "case-funding",
  cite = "四、(一)",
  title = { zh = "维权案件资助", en = "Funding for enforcement cases" },
  eligible = gt("patent_disputes_won", 0),
  params = {
    per_case_yuan = money_param { zh = "每件资助", en = "per case", default = 10000 },
    priority_per_case_yuan = money_param { zh = "重点案件每件资助", en = "per case, priority", default = 30000 },
    sme_bonus_yuan = money_param { zh = "中小企业加计", en = "SME supplement", default = 5000 },
  },
  amount = sum {
    when(gt("foreign_cases_non_infringement", 0),
         per_item("patent_disputes_won", "priority_per_case_yuan"),
         per_item("patent_disputes_won", "per_case_yuan")),
    when(is("is_sme"), fixed("sme_bonus_yuan")),
  },
}
