-- Rule tests for jilin-2012 (run: plancheck test rules/jilin).  Each case is an
-- enterprise or a region, a date, and what the document (吉政办发〔2012〕43号)
-- says should come out, computed by hand from its text and docs/dsl.md.  The
-- enterprises and figures are the illustrative ones of examples/jilin/ (the
-- first cases restate tests/cli/jilin-2012/) or made up here; none is real.
-- The ten strategic emerging industries (SEI) are every `industry` but other.

-- examples/jilin/plancheck-amounts.ini (illustrative amounts)
local AMOUNTS = {
  ["foreign-patent-filing-support.pct_application_yuan"] = "10000",
  ["foreign-patent-filing-support.foreign_application_yuan"] = "20000",
  ["foreign-trademark-filing-support.per_application_yuan"] = "5000",
}

-- examples/jilin/enterprise-changchun.ini
local CHANGCHUN_2012 = {
  id = "91220104MA14KD3P0M", name = "长春示例生物制药有限公司", region = "220104",
  industry = "biomedicine", year = 2012,
}

local CHANGCHUN = {
  id = "91220104MA14KD3P0M", name = "长春示例生物制药有限公司", region = "220104",
  industry = "biomedicine", year = 2013,
  is_high_tech = true, is_sme = false, is_state_owned = false, ip_advantage_level = "provincial",
  invention_grants_domestic = 9, invention_grants_foreign = 1, pct_applications = 3,
  valid_invention_patents = 41, registered_trademarks = 12, ip_full_time_staff = 2,
  jilin_foreign_patent_applications = 2, jilin_foreign_trademark_applications = 4,
  jilin_foreign_ip_disputes = 0, jilin_owns_independent_ip = true, jilin_sei_key_enterprise = true,
  jilin_has_ip_management_rules = true, jilin_has_ip_filing_rules = true, jilin_has_ip_reward_rules = true,
  jilin_has_ip_market_rules = false, jilin_has_ip_training_rules = true,
  jilin_is_financial_institution = false,
}

-- examples/jilin/region-jilin.ini (illustrative, not official statistics)
local JILIN_YEARS = {
  [2010] = { valid_invention_patents = 3100, pct_applications = 45, jilin_sei_valid_invention_patents = 1000,
             jilin_sei_pct_applications = 20, jilin_sei_ip_alliance_industries = 0 },
  [2011] = { valid_invention_patents = 3900, pct_applications = 52, jilin_sei_valid_invention_patents = 1350,
             jilin_sei_pct_applications = 24, jilin_sei_ip_alliance_industries = 2 },
  [2012] = { valid_invention_patents = 4800, pct_applications = 61, jilin_sei_valid_invention_patents = 1800,
             jilin_sei_pct_applications = 30, jilin_sei_ip_alliance_industries = 4 },
  [2013] = { valid_invention_patents = 5900, pct_applications = 78, jilin_sei_valid_invention_patents = 2300,
             jilin_sei_pct_applications = 40, jilin_sei_ip_alliance_industries = 6 },
  [2014] = { valid_invention_patents = 6900, pct_applications = 90, jilin_sei_valid_invention_patents = 2750,
             jilin_sei_pct_applications = 46, jilin_sei_ip_alliance_industries = 10 },
  [2015] = { valid_invention_patents = 8200, pct_applications = 105, jilin_sei_valid_invention_patents = 3100,
             jilin_sei_pct_applications = 57, jilin_sei_ip_alliance_industries = 10 },
}

---------------------------------------------------------------------------
-- Enterprises: the cases of tests/cli/jilin-2012/check-*.test
---------------------------------------------------------------------------

case {
  name = "七、(一) 八、(三) 四、(一) 三、(二)(三): 长春 biomedicine enterprise filing abroad; no amounts (none fixed); not an SME; market rules missing: non_compliant",
  as_of = "2014-06-30",
  enterprise = CHANGCHUN,
  expect = {
    ["foreign-patent-filing-support"] = { status = "eligible", amount_yuan = "null", cap_yuan = "null", missing = {} },
    ["foreign-trademark-filing-support"] = { status = "eligible", amount_yuan = "null", missing = {} },
    ["ip-funding-fee-relief"] = { status = "eligible", amount_yuan = "null", missing = {} },
    ["ip-credit-support"] = { status = "eligible", amount_yuan = "null" },
    ["sme-collective-bonds"] = { status = "not_applicable" },
    ["sme-ip-full-service"] = { status = "not_applicable" },
    ["ip-quality-cultivation"] = { status = "eligible", amount_yuan = "null" },
    ["foreign-dispute-support"] = { status = "ineligible" },
    ["enterprise-ip-rules"] = { status = "non_compliant" },
    ["lender-differentiated-pricing"] = { status = "not_applicable" },
  },
}

case {
  name = "七、(一) with illustrative amounts: patents 3 × 10,000 + 2 × 20,000 = 70,000; trademarks 4 × 5,000 = 20,000; no cap in the document",
  as_of = "2014-06-30",
  params = AMOUNTS,
  enterprise = CHANGCHUN,
  expect = {
    ["foreign-patent-filing-support"] = { status = "eligible", amount_yuan = 70000, cap_yuan = "null", capped = false, missing = {} },
    ["foreign-trademark-filing-support"] = { status = "eligible", amount_yuan = 20000, cap_yuan = "null", missing = {} },
    ["ip-funding-fee-relief"] = { status = "eligible", amount_yuan = "null" },
  },
}

case {
  name = "in force from the day of issue (2012-07-23) to 2020-12-31, both inclusive: 八、(三) eligible on the first day (2012 data)",
  as_of = "2012-07-23",
  enterprise = CHANGCHUN_2012,
  expect = { ["ip-funding-fee-relief"] = { status = "eligible" } },
}

case {
  name = "in force to 2020-12-31 inclusive: 八、(三) eligible on the last day",
  as_of = "2020-12-31",
  enterprise = CHANGCHUN,
  expect = { ["ip-funding-fee-relief"] = { status = "eligible" } },
}

case {
  name = "四、(一) 应: a bank (长春市南关区) without differentiated pricing: non_compliant; industry other: every subsidy ineligible; not an SME",
  as_of = "2016-06-30",
  enterprise = { id = "91220102MA17G2LQ4P", name = "长春示例农村商业银行股份有限公司", region = "220102",
                 industry = "other", year = 2015, is_high_tech = false, is_sme = false, is_state_owned = true,
                 ip_advantage_level = "none", registered_trademarks = 4,
                 jilin_is_financial_institution = true, jilin_differentiated_loan_pricing = false,
                 jilin_has_ip_management_rules = false },
  expect = {
    ["foreign-patent-filing-support"] = { status = "ineligible" },
    ["foreign-trademark-filing-support"] = { status = "ineligible" },
    ["ip-funding-fee-relief"] = { status = "ineligible" },
    ["ip-credit-support"] = { status = "ineligible" },
    ["sme-collective-bonds"] = { status = "not_applicable" },
    ["sme-ip-full-service"] = { status = "not_applicable" },
    ["ip-quality-cultivation"] = { status = "ineligible" },
    ["foreign-dispute-support"] = { status = "ineligible" },
    ["enterprise-ip-rules"] = { status = "not_applicable" },
    ["lender-differentiated-pricing"] = { status = "non_compliant" },
  },
}

case {
  name = "公主岭 recorded under 220381 (四平), read as 220184 (长春) in 2020: new-energy-vehicle SME, 1 PCT; bonds and full service; reward rules missing",
  as_of = "2020-06-30",
  enterprise = { id = "912203812441873504", name = "公主岭示例汽车零部件有限公司", region = "220381",
                 industry = "new_energy_vehicles", year = 2019, is_high_tech = true, is_sme = true,
                 is_state_owned = false, ip_advantage_level = "municipal", invention_grants_domestic = 2,
                 invention_grants_foreign = 0, pct_applications = 1, valid_invention_patents = 6,
                 registered_trademarks = 3, jilin_foreign_patent_applications = 0,
                 jilin_foreign_trademark_applications = 0, jilin_foreign_ip_disputes = 0,
                 jilin_owns_independent_ip = true, jilin_sei_key_enterprise = false,
                 jilin_has_ip_management_rules = true, jilin_has_ip_filing_rules = true,
                 jilin_has_ip_reward_rules = false, jilin_has_ip_market_rules = true,
                 jilin_has_ip_training_rules = true, jilin_is_financial_institution = false },
  expect = {
    ["foreign-patent-filing-support"] = { status = "eligible", amount_yuan = "null", missing = {} },
    ["foreign-trademark-filing-support"] = { status = "ineligible" },
    ["ip-funding-fee-relief"] = { status = "eligible" },
    ["ip-credit-support"] = { status = "eligible" },
    ["sme-collective-bonds"] = { status = "eligible" },
    ["sme-ip-full-service"] = { status = "eligible" },
    ["ip-quality-cultivation"] = { status = "ineligible" },
    ["foreign-dispute-support"] = { status = "ineligible" },
    ["enterprise-ip-rules"] = { status = "non_compliant" },
    ["lender-differentiated-pricing"] = { status = "not_applicable" },
  },
}

case {
  name = "九台 recorded under 220181, read as 220113 in 2015: new-materials SME, 1 filing abroad, utility models of its own, a foreign dispute, all five rules",
  as_of = "2015-06-30",
  enterprise = { id = "91220181124375867C", name = "九台示例新材料有限公司", region = "220181",
                 industry = "new_materials", year = 2014, is_high_tech = false, is_sme = true,
                 is_state_owned = false, ip_advantage_level = "none", invention_grants_domestic = 0,
                 invention_grants_foreign = 0, pct_applications = 0, valid_invention_patents = 0,
                 registered_trademarks = 3, jilin_foreign_patent_applications = 1,
                 jilin_foreign_trademark_applications = 0, jilin_foreign_ip_disputes = 1,
                 jilin_owns_independent_ip = true, jilin_sei_key_enterprise = false,
                 jilin_has_ip_management_rules = true, jilin_has_ip_filing_rules = true,
                 jilin_has_ip_reward_rules = true, jilin_has_ip_market_rules = true,
                 jilin_has_ip_training_rules = true, jilin_is_financial_institution = false },
  expect = {
    ["foreign-patent-filing-support"] = { status = "eligible", amount_yuan = "null", missing = {} },
    ["foreign-trademark-filing-support"] = { status = "ineligible" },
    ["ip-funding-fee-relief"] = { status = "eligible", amount_yuan = "null" },
    ["ip-credit-support"] = { status = "eligible", amount_yuan = "null" },
    ["sme-collective-bonds"] = { status = "eligible", amount_yuan = "null" },
    ["sme-ip-full-service"] = { status = "eligible", amount_yuan = "null" },
    ["ip-quality-cultivation"] = { status = "ineligible" },
    ["foreign-dispute-support"] = { status = "eligible", amount_yuan = "null" },
    ["enterprise-ip-rules"] = { status = "compliant" },
    ["lender-differentiated-pricing"] = { status = "not_applicable" },
  },
}

case {
  name = "missing industry (扶余市): unknown, every absent field listed in the order the rule reads it (industry first); not an SME",
  as_of = "2014-06-30",
  enterprise = { id = "91220781MA0YC8UD2U", name = "扶余示例农机有限公司", region = "220781", year = 2014,
                 is_sme = false, pct_applications = 2 },
  expect = {
    ["foreign-patent-filing-support"] = { status = "unknown", missing = { "industry", "jilin_foreign_patent_applications" } },
    ["foreign-trademark-filing-support"] = { status = "unknown", missing = { "industry", "jilin_foreign_trademark_applications" } },
    ["ip-funding-fee-relief"] = { status = "unknown", missing = { "industry" } },
    ["ip-credit-support"] = { status = "unknown",
                              missing = { "industry", "valid_invention_patents", "jilin_owns_independent_ip" } },
    ["sme-collective-bonds"] = { status = "not_applicable" },
    ["sme-ip-full-service"] = { status = "not_applicable" },
    ["ip-quality-cultivation"] = { status = "unknown", missing = { "industry", "jilin_sei_key_enterprise" } },
    ["foreign-dispute-support"] = { status = "unknown", missing = { "industry", "jilin_foreign_ip_disputes" } },
    ["enterprise-ip-rules"] = { status = "unknown", missing = { "industry" } },
    ["lender-differentiated-pricing"] = { status = "unknown", missing = { "jilin_is_financial_institution" } },
  },
}

case {
  name = "延吉 electronics SME (JSON example) without IP figures: industry-only measures eligible; the rest unknown with the fields named",
  as_of = "2014-06-30",
  enterprise = { id = "91222401MA15B9HKXF", name = "延边示例电子科技有限公司", region = "222401",
                 industry = "electronic_information", year = 2014, is_high_tech = true, is_sme = true,
                 is_state_owned = false, ip_advantage_level = "none", registered_trademarks = 2,
                 jilin_has_ip_management_rules = true, jilin_is_financial_institution = false },
  expect = {
    ["foreign-patent-filing-support"] = { status = "unknown",
                                          missing = { "pct_applications", "jilin_foreign_patent_applications" } },
    ["foreign-trademark-filing-support"] = { status = "unknown", missing = { "jilin_foreign_trademark_applications" } },
    ["ip-funding-fee-relief"] = { status = "eligible", amount_yuan = "null", missing = {} },
    ["ip-credit-support"] = { status = "unknown", missing = { "valid_invention_patents", "jilin_owns_independent_ip" } },
    ["sme-collective-bonds"] = { status = "eligible", amount_yuan = "null" },
    ["sme-ip-full-service"] = { status = "eligible", amount_yuan = "null" },
    ["ip-quality-cultivation"] = { status = "unknown", missing = { "jilin_sei_key_enterprise" } },
    ["foreign-dispute-support"] = { status = "unknown", missing = { "jilin_foreign_ip_disputes" } },
    ["enterprise-ip-rules"] = { status = "unknown", missing = { "jilin_has_ip_filing_rules", "jilin_has_ip_reward_rules",
                                                                "jilin_has_ip_market_rules", "jilin_has_ip_training_rules" } },
    ["lender-differentiated-pricing"] = { status = "not_applicable" },
  },
}

case {
  name = "industry other (吉林市昌邑区 food SME): addressed but outside the ten industries, so ineligible even filing abroad; 三、(三) binds the ten only",
  as_of = "2014-06-30",
  enterprise = { id = "91220202MA13R7WNX5", name = "吉林示例粮油食品有限公司", region = "220202", industry = "other",
                 year = 2013, is_high_tech = false, is_sme = true, is_state_owned = false,
                 ip_advantage_level = "none", invention_grants_domestic = 1, invention_grants_foreign = 0,
                 pct_applications = 1, valid_invention_patents = 5, registered_trademarks = 8,
                 jilin_foreign_patent_applications = 0, jilin_foreign_trademark_applications = 2,
                 jilin_foreign_ip_disputes = 1, jilin_owns_independent_ip = true, jilin_sei_key_enterprise = false,
                 jilin_has_ip_management_rules = false, jilin_has_ip_filing_rules = false,
                 jilin_has_ip_reward_rules = false, jilin_has_ip_market_rules = false,
                 jilin_has_ip_training_rules = false, jilin_is_financial_institution = false },
  expect = {
    ["foreign-patent-filing-support"] = { status = "ineligible" },
    ["foreign-trademark-filing-support"] = { status = "ineligible" },
    ["ip-funding-fee-relief"] = { status = "ineligible" },
    ["ip-credit-support"] = { status = "ineligible" },
    ["sme-collective-bonds"] = { status = "ineligible" },
    ["sme-ip-full-service"] = { status = "ineligible" },
    ["ip-quality-cultivation"] = { status = "ineligible" },
    ["foreign-dispute-support"] = { status = "ineligible" },
    ["enterprise-ip-rules"] = { status = "not_applicable" },
    ["lender-differentiated-pricing"] = { status = "not_applicable" },
  },
}

---------------------------------------------------------------------------
-- Enterprises: cases the CLI tests do not have (computed by hand here)
---------------------------------------------------------------------------

case {
  name = "四、(一) 应: a lender with a differentiated pricing mechanism is compliant",
  as_of = "2016-06-30",
  enterprise = { id = "91220102MA1A23453Q", name = "长春示例村镇银行股份有限公司", region = "220102", year = 2016,
                 industry = "other", is_sme = false, jilin_is_financial_institution = true,
                 jilin_differentiated_loan_pricing = true },
  expect = { ["lender-differentiated-pricing"] = { status = "compliant", missing = {} } },
}

case {
  name = "七、(一): foreign grants are not applications: a tourism SME with 3 foreign grants but no filing abroad is ineligible; tourism is one of the ten (四、(一)(五) 八、(三))",
  as_of = "2016-06-30",
  enterprise = { id = "91222401MA1B345677", name = "延边示例旅游开发有限公司", region = "222401", year = 2016,
                 industry = "tourism", is_sme = true, invention_grants_foreign = 3, pct_applications = 0,
                 jilin_foreign_patent_applications = 0, jilin_foreign_trademark_applications = 0 },
  expect = {
    ["foreign-patent-filing-support"] = { status = "ineligible" },
    ["foreign-trademark-filing-support"] = { status = "ineligible" },
    ["sme-collective-bonds"] = { status = "eligible", amount_yuan = "null" },
    ["sme-ip-full-service"] = { status = "eligible", amount_yuan = "null" },
    ["ip-funding-fee-relief"] = { status = "eligible", amount_yuan = "null" },
  },
}

case {
  name = "四、(一) 自主知识产权: an energy-saving enterprise with trademarks only (no invention patent, no own technology IP) does not qualify for credit support",
  as_of = "2016-06-30",
  enterprise = { id = "91220104MA1C45670W", name = "长春示例环保工程有限公司", region = "220104", year = 2016,
                 industry = "energy_saving", is_sme = false, registered_trademarks = 6,
                 valid_invention_patents = 0, jilin_owns_independent_ip = false },
  expect = { ["ip-credit-support"] = { status = "ineligible" } },
}

case {
  name = "四、(一): own IP shown by jilin_owns_independent_ip alone suffices; invention patents unknown but not needed, so nothing missing",
  as_of = "2016-06-30",
  enterprise = { id = "91220106MA1D56784E", name = "长春示例文化传媒有限公司", region = "220106", year = 2016,
                 industry = "culture", is_sme = true, jilin_owns_independent_ip = true },
  expect = { ["ip-credit-support"] = { status = "eligible", amount_yuan = "null", missing = {} } },
}

case {
  name = "七、(一) with illustrative amounts: PCT only, 2 × 10,000 + 0 × 20,000 = 20,000; 七、(三) one foreign dispute: eligible (no amount fixed)",
  as_of = "2018-06-30",
  params = AMOUNTS,
  enterprise = { id = "91220106MA1D56784E", name = "长春示例文化传媒有限公司", region = "220106", year = 2017,
                 industry = "culture", pct_applications = 2, jilin_foreign_patent_applications = 0,
                 jilin_foreign_ip_disputes = 1 },
  expect = {
    ["foreign-patent-filing-support"] = { status = "eligible", amount_yuan = 20000 },
    ["foreign-dispute-support"] = { status = "eligible", amount_yuan = "null" },
  },
}

---------------------------------------------------------------------------
-- The province's targets: ratios to 2010 (增长两倍 = 3×), alliances; due 2015
---------------------------------------------------------------------------

case {
  name = "二、(二)1. 四、(三) as of 2014-06-30 (2013 known; line from 2010 at 3/5): 2300/1000 = 2.3 ≥ 2.2 on track; 40/20 = 2 < 2.2 behind; 6 alliances on the line 6",
  as_of = "2014-06-30",
  region = { code = "220000", name = "吉林省", years = JILIN_YEARS },
  expect = {
    ["sei-invention-patents-triple"] = { status = "on_track", actual = 2.3, progress = 0.7667 },
    ["sei-pct-applications-triple"] = { status = "behind", actual = 2, progress = 0.6667 },
    ["sei-ip-alliances"] = { status = "on_track", actual = 6, progress = 0.6 },
  },
}

case {
  name = "二、(二)1. 四、(三) as of 2015-06-30 (2014 known; line at 4/5 = 2.6): 2.75 on track; 46/20 = 2.3 behind; 10 of 10 industries before the due year: met",
  as_of = "2015-06-30",
  region = { code = "220000", name = "吉林省", years = JILIN_YEARS },
  expect = {
    ["sei-invention-patents-triple"] = { status = "on_track", actual = 2.75, progress = 0.9167 },
    ["sei-pct-applications-triple"] = { status = "behind", actual = 2.3, progress = 0.7667 },
    ["sei-ip-alliances"] = { status = "on_track", actual = 10, progress = 1 },   -- reached with 2014's; judged on 2015's
  },
}

case {
  name = "二、(二)1. 四、(三) judged on 2015: 3100/1000 = 3.1 ≥ 3 met; 57/20 = 2.85 < 3 not met (增长两倍 is 3×, not 2×); 10 alliances met",
  as_of = "2016-06-30",
  region = { code = "220000", name = "吉林省", years = JILIN_YEARS },
  expect = {
    ["sei-invention-patents-triple"] = { status = "met", actual = 3.1, progress = 1.0333 },
    ["sei-pct-applications-triple"] = { status = "not_met", actual = 2.85, progress = 0.95 },
    ["sei-ip-alliances"] = { status = "met", actual = 10, progress = 1 },
  },
}

case {
  name = "二、(二)1. 四、(三) without 2010 figures: the ×3 targets divide by 2010 and the line starts there: no_data, metric@2010 missing; latest alliances 7",
  as_of = "2015-06-30",
  region = { code = "220000", name = "吉林省", years = {
    [2013] = { jilin_sei_valid_invention_patents = 2300, jilin_sei_pct_applications = 40, jilin_sei_ip_alliance_industries = 6 },
    [2014] = { jilin_sei_valid_invention_patents = 2750, jilin_sei_pct_applications = 46, jilin_sei_ip_alliance_industries = 7 },
  } },
  expect = {
    ["sei-invention-patents-triple"] = { status = "no_data", missing = { "jilin_sei_valid_invention_patents@2010" } },
    ["sei-pct-applications-triple"] = { status = "no_data", missing = { "jilin_sei_pct_applications@2010" } },
    ["sei-ip-alliances"] = { status = "no_data", actual = 7, missing = { "jilin_sei_ip_alliance_industries@2010" } },
  },
}

case {
  name = "二、(二)1. 四、(三) edges on 2015: 60/20 = exactly 3 met; 2,999/1,000 = 2.999 not met; 9 of 10 industries not met",
  as_of = "2016-06-30",
  region = { code = "220000", name = "吉林省", years = {
    [2010] = { jilin_sei_valid_invention_patents = 1000, jilin_sei_pct_applications = 20, jilin_sei_ip_alliance_industries = 0 },
    [2015] = { jilin_sei_valid_invention_patents = 2999, jilin_sei_pct_applications = 60, jilin_sei_ip_alliance_industries = 9 },
  } },
  expect = {
    ["sei-pct-applications-triple"] = { status = "met", actual = 3, progress = 1 },
    ["sei-invention-patents-triple"] = { status = "not_met", actual = 2.999, progress = 0.9997 },
    ["sei-ip-alliances"] = { status = "not_met", actual = 9, progress = 0.9 },
  },
}
