-- 大连市高价值专利培育示范方案(2025—2027年), 大知办发〔2025〕1号, 2025-03-01
-- A FICTIONAL plan, invented for docs/guide-encode-a-plan.md (its text is
-- docs/tutorial/plan.txt). Not a document of 大连市.

plan {
  id = "tutorial-2025",
  title = {
    zh = "大连市高价值专利培育示范方案(2025—2027年)",
    en = "Dalian high-value patent cultivation plan (2025-2027), a tutorial example",
  },
  document = "大知办发〔2025〕1号",
  jurisdiction = "210200",
  issued = "2025-03-01",
  period = { 2025, 2027 },
  in_force = { from = "2025-03-01", to = "2027-12-31" },
  source = "docs/tutorial/plan.txt",
}

target {
  id = "high-value-patents-per-10k",
  cite = "一",
  title = { zh = "每万人口高价值发明专利拥有量达到8件", en = "8 high-value invention patents per 10,000 residents" },
  quote = "到2027年,全市每万人口高价值发明专利拥有量达到8件。",
  metric = "high_value_invention_patents", per = "10k_people",
  at_least = 8, due = 2027,
  note = {
    zh = "拥有量为年末存量,按常住人口计算;“达到”按不低于8件处理。",
    en = "A year-end stock per 10,000 resident population; 达到 (reach) is read as at least 8.",
  },
}

subsidy {
  id = "invention-grant-award",
  cite = "二、(一)",
  title = { zh = "中小微企业发明专利授权奖励", en = "Award for invention patents granted to SMEs" },
  quote = "对我市中小微企业当年获得国内发明专利授权的,每件奖励5000元,每家企业每年奖励总额最高不超过2万元。",
  applies = is("is_sme"),
  eligible = gt("invention_grants_domestic", 0),
  params = {
    per_grant_yuan = money_param { zh = "每件奖励", en = "award per patent granted", default = 5000 },
  },
  amount = per_item("invention_grants_domestic", "per_grant_yuan"),
  cap = { yuan = 20000, per = "year" },
  note = {
    zh = "对象为中小微企业(applies);条件为当年获得国内发明专利授权。每件5000元由方案规定,作为参数默认值;“每年……最高不超过2万元”为每家企业每年的上限。",
    en = "Addresses SMEs (applies); eligible with domestic invention patents granted in the year. "
      .. "The plan fixes 5,000 yuan a patent (the parameter's default); 每年……最高不超过2万元 caps each enterprise at 20,000 yuan a year.",
  },
}

obligation {
  id = "ip-officer",
  cite = "三、(一)",
  title = { zh = "高新技术企业配备知识产权专职工作人员", en = "High-tech enterprises employ a full-time IP officer" },
  quote = "高新技术企业应配备至少1名知识产权专职工作人员。",
  applies = is("is_high_tech"),
  requires = ge("ip_full_time_staff", 1),
}
