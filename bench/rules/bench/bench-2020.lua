-- The benchmark plan: five enterprise rules of the kinds real plans have
-- (a capped per-item subsidy, a voucher for SMEs, an interest subsidy at a
-- rate, an obligation, a fixed award), on Dalian (210200).  bench/baseline.lua
-- evaluates the same five rules in plain Lua with lua-cjson; bench/run.sh
-- compares the two.  Not a real plan: the amounts are set here as defaults.
plan {
  id = "bench-2020",
  title = { zh = "基准测试规划(非真实规划)", en = "Benchmark plan (not a real plan)" },
  document = "bench",
  jurisdiction = "210200",
  issued = "2020-01-01",
  period = { 2020, 2025 },
  source = "bench/rules/bench/bench-2020.lua",
}

subsidy {
  id = "grant", cite = "一", title = { zh = "发明专利授权补助", en = "Invention patent grant subsidy" },
  eligible = any { gt("invention_grants_domestic", 0), gt("invention_grants_foreign", 0) },
  params = {
    domestic = money_param { zh = "国内每件", en = "per domestic grant", default = 20000 },
    foreign = money_param { zh = "国外每件", en = "per foreign grant", default = 50000 },
  },
  amount = sum { per_item("invention_grants_domestic", "domestic"), per_item("invention_grants_foreign", "foreign") },
  cap = { yuan = 300000, per = "plan" },
}

subsidy {
  id = "voucher", cite = "二", title = { zh = "专利信息服务券", en = "Patent information voucher" },
  applies = is("is_sme"),
  eligible = is("uses_patent_info_services"),
}

subsidy {
  id = "pledge-interest", cite = "三", title = { zh = "质押贷款贴息", en = "Pledge loan interest subsidy" },
  eligible = gt("ip_pledge_loan_yuan", 0),
  params = { rate = rate_param { zh = "贴息比例", en = "interest subsidy rate", default = "0.02" } },
  amount = rate("ip_pledge_loan_yuan", "rate"),
  cap = { yuan = 500000, per = "year" },
}

obligation {
  id = "ip-staff", cite = "四", title = { zh = "配备知识产权专员", en = "Employ IP staff" },
  applies = any { is("is_high_tech"), is("is_specialized_new") },
  requires = ge("ip_full_time_staff", 1),
}

subsidy {
  id = "advantage-award", cite = "五", title = { zh = "优势企业奖励", en = "Advantage enterprise award" },
  eligible = one_of("ip_advantage_level", { "provincial", "national" }),
  params = { award = money_param { zh = "奖励", en = "award", default = 100000 } },
  amount = fixed("award"),
}
