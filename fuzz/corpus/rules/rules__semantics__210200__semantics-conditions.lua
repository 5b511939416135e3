-- Test plan for tests/cli/dsl (not a real plan): the condition forms and their
-- three-valued logic. No amounts. In force 2016-01-15 to 2019-12-31.

plan {
  id = "semantics-conditions",
  title = { zh = "语义测试:条件(2016-2019年)", en = "Semantics test: conditions (2016-2019)" },
  document = "测试〔2016〕3号",
  jurisdiction = "210200",
  issued = "2016-01-15",
  period = { 2016, 2019 },
}

subsidy {
  id = "industry-one-of",
  cite = "四、(一)",
  title = { zh = "生物医药或新材料企业", en = "Biomedicine or new materials enterprises" },
  eligible = one_of("industry", { "biomedicine", "new_materials" }),
}

subsidy {
  id = "advantage-eq",
  cite = "四、(二)",
  title = { zh = "省级知识产权优势企业", en = "Provincial IP advantage enterprises" },
  eligible = eq("ip_advantage_level", "provincial"),
}

subsidy {
  id = "tv-any",
  cite = "四、(三)",
  title = { zh = "中小企业或有PCT申请", en = "SMEs or PCT applicants" },
  eligible = any { is("is_sme"), gt("pct_applications", 0) },
}

subsidy {
  id = "tv-all",
  cite = "四、(四)",
  title = { zh = "有PCT申请的中小企业", en = "SMEs with PCT applications" },
  eligible = all { is("is_sme"), gt("pct_applications", 0) },
}

subsidy {
  id = "tv-no",
  cite = "四、(五)",
  title = { zh = "非国有企业", en = "Enterprises not state-owned" },
  eligible = no(is("is_state_owned")),
}

subsidy {
  id = "check-fn",
  cite = "四、(六)",
  title = { zh = "高价值发明专利占四分之一以上", en = "High-value patents at least a quarter of the valid ones" },
  eligible = check {
    fields = { "valid_invention_patents", "high_value_invention_patents" },
    zh = "高价值发明专利占有效发明专利四分之一以上",
    en = "high-value invention patents are at least a quarter of valid invention patents",
    fn = function(e) return e.high_value_invention_patents * 4 >= e.valid_invention_patents end,
  },
}

subsidy {
  id = "missing-order",
  cite = "四、(七)",
  title = { zh = "纠纷胜诉、国外不侵权的专精特新企业", en = "Specialised enterprises that won disputes at home and abroad" },
  eligible = all {
    gt("patent_disputes_won", 0),
    gt("foreign_cases_non_infringement", 0),
    is("is_specialized_new"),
  },
}

subsidy {
  id = "isnt-lt-le",
  cite = "四、(八)",
  title = { zh = "非国有、PCT申请少于5件、专职人员不超过2人", en = "Not state-owned, fewer than 5 PCT applications, at most 2 IP staff" },
  eligible = all {
    isnt("is_state_owned"),
    lt("pct_applications", 5),
    le("ip_full_time_staff", 2),
  },
}

subsidy {
  id = "eq-scalar",
  cite = "四、(九)",
  title = { zh = "高新技术企业且国内授权3件", en = "High-tech with exactly 3 domestic grants" },
  eligible = all {
    eq("is_high_tech", true),
    eq("invention_grants_domestic", 3),
  },
}

-- Money compared with n in yuan: integer yuan or a decimal string.
subsidy {
  id = "money-compare",
  cite = "四、(十)",
  title = { zh = "质押贷款额在1234567.88元以上、200万元以下", en = "Pledge loans above 1234567.88 and below 2 million yuan" },
  eligible = all {
    lt("ip_pledge_loan_yuan", 2000000),
    gt("ip_pledge_loan_yuan", "1234567.88"),
    le("ip_pledge_loan_yuan", "1234567.89"),
  },
}
