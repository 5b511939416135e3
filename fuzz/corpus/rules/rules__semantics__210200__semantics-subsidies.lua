-- Test plan for tests/cli/dsl (not a real plan): subsidy amounts, parameters,
-- caps and amounts already received. In force 2016-01-15 to 2019-12-31.
-- tests/data/dsl/plancheck-params.ini sets grant-subsidy.per_grant_yuan and
-- overrides pledge-interest.interest_rate.

plan {
  id = "semantics-subsidies",
  title = { zh = "语义测试:补助(2016-2019年)", en = "Semantics test: subsidies (2016-2019)" },
  document = "测试〔2016〕2号",
  jurisdiction = "210200",
  issued = "2016-01-15",
  period = { 2016, 2019 },
}

-- A parameter without a default: amount null until the config sets it.
subsidy {
  id = "grant-subsidy",
  cite = "三、(一)",
  title = { zh = "发明专利授权补助", en = "Invention patent grant subsidy" },
  eligible = gt("invention_grants_domestic", 0),
  params = {
    per_grant_yuan = money_param { zh = "每件补助", en = "amount per grant" },
  },
  amount = per_item("invention_grants_domestic", "per_grant_yuan"),
  cap = { yuan = 100000, per = "plan" },
}

-- applies: only high-tech enterprises are addressed; fixed() amount.
subsidy {
  id = "high-tech-award",
  cite = "三、(二)",
  title = { zh = "高新技术企业知识产权奖励", en = "IP award for high-tech enterprises" },
  applies = is("is_high_tech"),
  eligible = ge("ip_full_time_staff", 1),
  params = {
    award_yuan = money_param { zh = "奖励金额", en = "award", default = 50000 },
  },
  amount = fixed("award_yuan"),
}

-- per_item() with a default given as a decimal string.
subsidy {
  id = "pct-subsidy",
  cite = "三、(三)",
  title = { zh = "PCT申请补助", en = "PCT application subsidy" },
  eligible = gt("pct_applications", 0),
  params = {
    per_pct_yuan = money_param { zh = "每件PCT申请补助", en = "amount per PCT application", default = "1500.25" },
  },
  amount = per_item("pct_applications", "per_pct_yuan"),
}

-- rate(): money field x rate, rounded down to the fen.
subsidy {
  id = "pledge-interest",
  cite = "三、(四)",
  title = { zh = "知识产权质押贷款贴息", en = "Interest subsidy on IP pledge loans" },
  eligible = gt("ip_pledge_loan_yuan", 0),
  params = {
    interest_rate = rate_param { zh = "贴息比例", en = "interest rate subsidised", default = "0.035" },
  },
  amount = rate("ip_pledge_loan_yuan", "interest_rate"),
}

-- sum{} of two per_item() amounts, capped per plan.
subsidy {
  id = "combined",
  cite = "三、(五)",
  title = { zh = "国内外发明专利授权补助", en = "Domestic and foreign grant subsidy" },
  eligible = any {
    gt("invention_grants_domestic", 0),
    gt("invention_grants_foreign", 0),
  },
  params = {
    per_domestic_yuan = money_param { zh = "每件国内授权", en = "per domestic grant", default = 10000 },
    per_foreign_yuan = money_param { zh = "每件国外授权", en = "per foreign grant", default = 30000 },
  },
  amount = sum {
    per_item("invention_grants_domestic", "per_domestic_yuan"),
    per_item("invention_grants_foreign", "per_foreign_yuan"),
  },
  cap = { yuan = 200000, per = "plan" },
}

-- min_of{}: the smaller of a fixed ceiling and a share of the loan.
subsidy {
  id = "min-of",
  cite = "三、(六)",
  title = { zh = "质押融资奖励(不超过8万元)", en = "Pledge financing award (at most RMB 80,000)" },
  eligible = gt("ip_pledge_loan_yuan", 0),
  params = {
    ceiling_yuan = money_param { zh = "最高奖励", en = "ceiling", default = 80000 },
    share = rate_param { zh = "奖励比例", en = "share of the loan", default = "0.06" },
  },
  amount = min_of {
    fixed("ceiling_yuan"),
    rate("ip_pledge_loan_yuan", "share"),
  },
}

-- cap per plan against amounts already received (input "received").
subsidy {
  id = "capped-received",
  cite = "三、(七)",
  title = { zh = "高新技术企业年度奖励(累计不超过10万元)", en = "High-tech yearly award (at most RMB 100,000 in total)" },
  eligible = is("is_high_tech"),
  params = {
    amount_yuan = money_param { zh = "每次奖励", en = "award", default = 30000 },
  },
  amount = fixed("amount_yuan"),
  cap = { yuan = 100000, per = "plan" },
}

-- priority with a label; no amount.
subsidy {
  id = "priority-subsidy",
  cite = "三、(八)",
  title = { zh = "国外发明专利授权支持", en = "Support for foreign invention patents" },
  eligible = gt("invention_grants_foreign", 0),
  priority = gt("foreign_cases_non_infringement", 0),
  priority_label = { zh = "涉外案件优先支持", en = "foreign-related case: priority" },
}
