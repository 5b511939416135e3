-- Rule tests for harbin-2007 (run: plancheck test rules/harbin).  Each case is an
-- enterprise or a region, a date, and what the plan (哈政办发[2007]11号) says
-- should come out, computed by hand from the plan text and docs/dsl.md.  The
-- enterprises and figures are the illustrative ones of examples/harbin/ (the
-- first cases restate tests/cli/harbin-2007/) or made up here; none is real.
-- The plan fixes no amount: amounts are null unless a case sets params.

-- examples/harbin/plancheck-amounts.ini (illustrative amounts)
local AMOUNTS = {
  ["patent-application-funding.per_domestic_application_yuan"] = "1000",
  ["patent-application-funding.per_pct_application_yuan"] = "10000",
  ["major-invention-award.award_yuan"] = "50000",
  ["patent-implementation-subsidy.per_patent_yuan"] = "12345.67",
  ["enterprise-head-special-award.award_yuan"] = "100000",
  ["ip-city-work-commendation.award_yuan"] = "5000",
}

-- examples/harbin/enterprise-qualifies.ini
local QUALIFIES = {
  id = "9123010312704561XQ", name = "哈尔滨示例电站设备有限公司", region = "230103",
  industry = "advanced_equipment", year = 2008,
  is_high_tech = true, is_sme = false, is_state_owned = true, ip_advantage_level = "municipal",
  invention_grants_domestic = 9, pct_applications = 2, valid_invention_patents = 41,
  harbin_patent_applications_domestic = 24, harbin_major_invention_patent_recognised = true,
  harbin_patents_implemented = 3, harbin_innovation_outstanding_recognised = true,
  harbin_ip_top100_cultivation = true, harbin_municipal_ip_pilot_unit = true,
  harbin_patent_early_warning_backbone = true, harbin_ip_city_work_outstanding_recognised = false,
  harbin_government_major_ip_project = true, harbin_major_project_patent_reviewed = true,
}

-- examples/harbin/region-harbin.ini (illustrative, not official statistics)
local HARBIN_YEARS = {
  [2006] = { gdp_growth_pct = 13.5, patent_applications = 3000, invention_applications = 1000,
             harbin_service_patent_applications = 1050, service_invention_applications = 500,
             harbin_ip_demonstration_units = 1,
             harbin_ip_pilot_units_with_system = 10, harbin_ip_advantage_units = 20,
             harbin_patent_early_warning_enterprises = 0, harbin_ip_trainee_person_times = 6000,
             harbin_patent_managers_trained = 40, harbin_senior_ip_talents = 20 },
  [2007] = { gdp_growth_pct = 13.6, patent_applications = 3450, invention_applications = 1200,
             harbin_service_patent_applications = 1250, service_invention_applications = 600,
             harbin_patent_fund_yuan = 5000000, harbin_ip_demonstration_units = 2,
             harbin_ip_pilot_units_with_system = 18, harbin_ip_advantage_units = 45,
             harbin_patent_early_warning_enterprises = 15, harbin_ip_trainee_person_times = 9000,
             harbin_patent_managers_trained = 60, harbin_senior_ip_talents = 28 },
  [2008] = { gdp_growth_pct = 13.0, patent_applications = 3950, invention_applications = 1450,
             harbin_service_patent_applications = 1350, service_invention_applications = 700,
             harbin_patent_fund_yuan = 6000000, harbin_ip_demonstration_units = 3,
             harbin_ip_pilot_units_with_system = 26, harbin_ip_advantage_units = 70,
             harbin_patent_early_warning_enterprises = 40, harbin_ip_trainee_person_times = 12000,
             harbin_patent_managers_trained = 90, harbin_senior_ip_talents = 35 },
  [2009] = { gdp_growth_pct = 12.1, patent_applications = 4500, invention_applications = 1750,
             harbin_service_patent_applications = 1700, service_invention_applications = 850,
             harbin_patent_fund_yuan = 7000000, harbin_ip_demonstration_units = 4,
             harbin_ip_pilot_units_with_system = 38, harbin_ip_advantage_units = 90,
             harbin_patent_early_warning_enterprises = 70, harbin_ip_trainee_person_times = 14000,
             harbin_patent_managers_trained = 70, harbin_senior_ip_talents = 42 },
  [2010] = { gdp_growth_pct = 14.0, patent_applications = 5200, invention_applications = 2150,
             harbin_service_patent_applications = 2000, service_invention_applications = 1050,
             harbin_patent_fund_yuan = 8000000, harbin_ip_demonstration_units = 5,
             harbin_ip_pilot_units_with_system = 48, harbin_ip_advantage_units = 100,
             harbin_patent_early_warning_enterprises = 100, harbin_ip_trainee_person_times = 16000,
             harbin_patent_managers_trained = 70, harbin_senior_ip_talents = 48 },
}

-- examples/harbin/region-harbin-overshoot.json (illustrative)
local OVERSHOOT_YEARS = {
  [2006] = { gdp_growth_pct = 13.5, patent_applications = 3000, invention_applications = 1000,
             harbin_service_patent_applications = 1050, harbin_ip_advantage_units = 20 },
  [2007] = { gdp_growth_pct = 13.6, patent_applications = 3450, invention_applications = 1200,
             harbin_service_patent_applications = 1250, harbin_ip_advantage_units = 45,
             harbin_patent_fund_yuan = 5000000 },
  [2008] = { gdp_growth_pct = 13.0, patent_applications = 3950, invention_applications = 1450,
             harbin_service_patent_applications = 1350, harbin_ip_advantage_units = 70,
             harbin_patent_fund_yuan = 6000000 },
  [2009] = { gdp_growth_pct = 12.1, patent_applications = 4300, invention_applications = 1650,
             harbin_service_patent_applications = 1700, harbin_ip_advantage_units = 95,
             harbin_patent_fund_yuan = 6000000 },
  [2010] = { gdp_growth_pct = 14.0, patent_applications = 5800, invention_applications = 2300,
             harbin_service_patent_applications = 2400, harbin_ip_advantage_units = 120,
             service_invention_applications = 2000, harbin_patent_fund_yuan = 7000000 },
}

---------------------------------------------------------------------------
-- Enterprises: the cases of tests/cli/harbin-2007/check-*.test
---------------------------------------------------------------------------

case {
  name = "五、(三) 四、(一)(二)(四): 南岗区 enterprise qualifying for all but 五、(四); no amounts configured, so null; 四、(四)三是 project reviewed: compliant",
  as_of = "2008-06-30",
  enterprise = QUALIFIES,
  expect = {
    ["patent-application-funding"] = { status = "eligible", amount_yuan = "null", cap_yuan = "null", missing = {} },
    ["major-invention-award"] = { status = "eligible", amount_yuan = "null" },
    ["patent-implementation-subsidy"] = { status = "eligible", amount_yuan = "null" },
    ["ip-advantage-unit-preference"] = { status = "eligible", amount_yuan = "null" },
    ["enterprise-head-special-award"] = { status = "eligible", amount_yuan = "null" },
    ["ip-top100-cultivation-support"] = { status = "eligible", amount_yuan = "null" },
    ["pilot-unit-guidance-services"] = { status = "eligible", amount_yuan = "null" },
    ["patent-early-warning-support"] = { status = "eligible", amount_yuan = "null" },
    ["ip-city-work-commendation"] = { status = "ineligible" },
    ["major-project-patent-review"] = { status = "compliant", missing = {} },
  },
}

case {
  name = "五、(三) 四、(四) with illustrative amounts: 24 × 1,000 + 2 × 10,000 = 44,000; award 50,000; 3 × 12,345.67 = 37,037.01; special award 100,000; no caps",
  as_of = "2008-06-30",
  params = AMOUNTS,
  enterprise = QUALIFIES,
  expect = {
    ["patent-application-funding"] = { status = "eligible", amount_yuan = 44000, cap_yuan = "null", capped = false },
    ["major-invention-award"] = { status = "eligible", amount_yuan = 50000 },
    ["patent-implementation-subsidy"] = { status = "eligible", amount_yuan = "37037.01" },
    ["ip-advantage-unit-preference"] = { status = "eligible", amount_yuan = "null" },
    ["enterprise-head-special-award"] = { status = "eligible", amount_yuan = 100000 },
    ["ip-top100-cultivation-support"] = { status = "eligible", amount_yuan = "null" },
    ["pilot-unit-guidance-services"] = { status = "eligible", amount_yuan = "null" },
    ["patent-early-warning-support"] = { status = "eligible", amount_yuan = "null" },
    ["ip-city-work-commendation"] = { status = "ineligible", amount_yuan = "null" },
    ["major-project-patent-review"] = { status = "compliant" },
  },
}

case {
  name = "道里区 enterprise with nothing to claim: every subsidy ineligible; 四、(四)三是 government-funded major project not reviewed: non_compliant",
  as_of = "2009-06-30",
  enterprise = { id = "9123010266558723XL", name = "哈尔滨示例商贸有限公司", region = "230102", industry = "other",
                 year = 2009, is_high_tech = false, is_sme = true, is_state_owned = false,
                 ip_advantage_level = "none", pct_applications = 0, harbin_patent_applications_domestic = 0,
                 harbin_major_invention_patent_recognised = false, harbin_patents_implemented = 0,
                 harbin_innovation_outstanding_recognised = false, harbin_ip_top100_cultivation = false,
                 harbin_municipal_ip_pilot_unit = false, harbin_patent_early_warning_backbone = false,
                 harbin_ip_city_work_outstanding_recognised = false,
                 harbin_government_major_ip_project = true, harbin_major_project_patent_reviewed = false },
  expect = {
    ["patent-application-funding"] = { status = "ineligible", amount_yuan = "null", missing = {} },
    ["major-invention-award"] = { status = "ineligible" },
    ["patent-implementation-subsidy"] = { status = "ineligible" },
    ["ip-advantage-unit-preference"] = { status = "ineligible" },
    ["enterprise-head-special-award"] = { status = "ineligible" },
    ["ip-top100-cultivation-support"] = { status = "ineligible" },
    ["pilot-unit-guidance-services"] = { status = "ineligible" },
    ["patent-early-warning-support"] = { status = "ineligible" },
    ["ip-city-work-commendation"] = { status = "ineligible" },
    ["major-project-patent-review"] = { status = "non_compliant", missing = {} },
  },
}

case {
  name = "五、(三): PCT applications only (松北区, 2009) still funded: 0 × 1,000 + 3 × 10,000 = 30,000; 四、(四)二是 a national advantage unit gets the tilt",
  as_of = "2009-12-31",
  params = AMOUNTS,
  enterprise = { id = "91230109MA19B4PT41", name = "哈尔滨示例焊接技术有限公司(示例企业)", region = "230109",
                 industry = "advanced_equipment", year = 2009, is_high_tech = true, is_sme = true,
                 ip_advantage_level = "national", pct_applications = 3, harbin_patent_applications_domestic = 0,
                 harbin_major_invention_patent_recognised = false, harbin_patents_implemented = 0,
                 harbin_innovation_outstanding_recognised = false, harbin_ip_top100_cultivation = false,
                 harbin_municipal_ip_pilot_unit = false, harbin_patent_early_warning_backbone = false,
                 harbin_ip_city_work_outstanding_recognised = false, harbin_government_major_ip_project = false },
  expect = {
    ["patent-application-funding"] = { status = "eligible", amount_yuan = 30000, missing = {} },
    ["major-invention-award"] = { status = "ineligible", amount_yuan = "null" },
    ["patent-implementation-subsidy"] = { status = "ineligible", amount_yuan = "null" },
    ["ip-advantage-unit-preference"] = { status = "eligible", amount_yuan = "null" },
    ["enterprise-head-special-award"] = { status = "ineligible" },
    ["ip-top100-cultivation-support"] = { status = "ineligible" },
    ["pilot-unit-guidance-services"] = { status = "ineligible" },
    ["patent-early-warning-support"] = { status = "ineligible" },
    ["ip-city-work-commendation"] = { status = "ineligible" },
    ["major-project-patent-review"] = { status = "not_applicable" },
  },
}

case {
  name = "missing data (香坊区, JSON example): unknown with the field named; pct 0 given, so any{unknown, false} is unknown; a provincial unit gets the tilt",
  as_of = "2010-06-30",
  enterprise = { id = "91230110MA18R3WK9M", name = "哈尔滨示例生物制药有限公司(示例企业)", region = "230110",
                 industry = "biomedicine", year = 2010, is_high_tech = true, is_sme = true,
                 ip_advantage_level = "provincial", pct_applications = 0, harbin_government_major_ip_project = false },
  expect = {
    ["patent-application-funding"] = { status = "unknown", missing = { "harbin_patent_applications_domestic" } },
    ["major-invention-award"] = { status = "unknown", missing = { "harbin_major_invention_patent_recognised" } },
    ["patent-implementation-subsidy"] = { status = "unknown", missing = { "harbin_patents_implemented" } },
    ["ip-advantage-unit-preference"] = { status = "eligible", amount_yuan = "null", missing = {} },
    ["enterprise-head-special-award"] = { status = "unknown", missing = { "harbin_innovation_outstanding_recognised" } },
    ["ip-top100-cultivation-support"] = { status = "unknown", missing = { "harbin_ip_top100_cultivation" } },
    ["pilot-unit-guidance-services"] = { status = "unknown", missing = { "harbin_municipal_ip_pilot_unit" } },
    ["patent-early-warning-support"] = { status = "unknown", missing = { "harbin_patent_early_warning_backbone" } },
    ["ip-city-work-commendation"] = { status = "unknown", missing = { "harbin_ip_city_work_outstanding_recognised" } },
    ["major-project-patent-review"] = { status = "not_applicable" },
  },
}

case {
  name = "五、(三): a record under 230181 (阿城市, retired 2006-08-14) in 2008 is read as 230112 阿城区; 5 domestic applications: eligible",
  as_of = "2008-06-30",
  enterprise = { id = "912301815671209355", name = "阿城示例糖业有限公司", region = "230181", industry = "other",
                 year = 2008, pct_applications = 0, harbin_patent_applications_domestic = 5 },
  expect = {
    ["patent-application-funding"] = { status = "eligible", amount_yuan = "null", missing = {} },
    ["major-invention-award"] = { status = "unknown", missing = { "harbin_major_invention_patent_recognised" } },
    ["major-project-patent-review"] = { status = "unknown", missing = { "harbin_government_major_ip_project" } },
  },
}

case {
  name = "a record under 230182 (双城市, the code in use until 2014) during the plan: 五、(三) 四、(四)一是 四、(一)二是 eligible, the rest ineligible",
  as_of = "2008-06-30",
  enterprise = { id = "9123018274362819X7", name = "双城示例乳业有限公司", region = "230182", industry = "other",
                 year = 2008, is_high_tech = false, is_sme = true, is_state_owned = false,
                 ip_advantage_level = "none", pct_applications = 0, harbin_patent_applications_domestic = 3,
                 harbin_major_invention_patent_recognised = false, harbin_patents_implemented = 1,
                 harbin_innovation_outstanding_recognised = false, harbin_ip_top100_cultivation = false,
                 harbin_municipal_ip_pilot_unit = true, harbin_patent_early_warning_backbone = false,
                 harbin_ip_city_work_outstanding_recognised = false, harbin_government_major_ip_project = false },
  expect = {
    ["patent-application-funding"] = { status = "eligible", amount_yuan = "null" },
    ["major-invention-award"] = { status = "ineligible" },
    ["patent-implementation-subsidy"] = { status = "eligible", amount_yuan = "null" },
    ["ip-advantage-unit-preference"] = { status = "ineligible" },
    ["enterprise-head-special-award"] = { status = "ineligible" },
    ["ip-top100-cultivation-support"] = { status = "ineligible" },
    ["pilot-unit-guidance-services"] = { status = "eligible", amount_yuan = "null" },
    ["patent-early-warning-support"] = { status = "ineligible" },
    ["ip-city-work-commendation"] = { status = "ineligible" },
    ["major-project-patent-review"] = { status = "not_applicable" },
  },
}

---------------------------------------------------------------------------
-- Enterprises: cases the CLI tests do not have (computed by hand here)
---------------------------------------------------------------------------

case {
  name = "五、(四): a unit recognised for outstanding contribution to the demonstration-city work: eligible, 5,000 with the illustrative award set",
  as_of = "2010-12-31",
  params = { ["ip-city-work-commendation.award_yuan"] = "5000" },
  enterprise = { id = "91230103MA1A23453B", name = "哈尔滨示例仪器仪表有限公司", region = "230103", year = 2010,
                 harbin_ip_city_work_outstanding_recognised = true },
  expect = { ["ip-city-work-commendation"] = { status = "eligible", amount_yuan = 5000, capped = false } },
}

case {
  name = "五、(四) without a configured award: eligible, amount null (表彰奖励 may be honour alone; the plan fixes no sum)",
  as_of = "2009-06-30",
  enterprise = { id = "91230103MA1A23453B", name = "哈尔滨示例仪器仪表有限公司", region = "230103", year = 2009,
                 harbin_ip_city_work_outstanding_recognised = true },
  expect = { ["ip-city-work-commendation"] = { status = "eligible", amount_yuan = "null", cap_yuan = "null" } },
}

case {
  name = "五、(三): domestic applications only, 5 × 1,000 + 0 × 10,000 = 5,000; 四、(四)一是 2 × 12,345.67 = 24,691.34",
  as_of = "2008-06-30",
  params = AMOUNTS,
  enterprise = { id = "912301815671209355", name = "阿城示例糖业有限公司", region = "230112", industry = "other",
                 year = 2008, pct_applications = 0, harbin_patent_applications_domestic = 5,
                 harbin_patents_implemented = 2 },
  expect = {
    ["patent-application-funding"] = { status = "eligible", amount_yuan = 5000 },
    ["patent-implementation-subsidy"] = { status = "eligible", amount_yuan = "24691.34" },
  },
}

case {
  name = "四、(四)三是: a government-funded major project whose review is not recorded: unknown, the field named",
  as_of = "2009-06-30",
  enterprise = { id = "91230104MA1B34567E", name = "哈尔滨示例轨道装备有限公司", region = "230104", year = 2009,
                 harbin_government_major_ip_project = true },
  expect = { ["major-project-patent-review"] = { status = "unknown", missing = { "harbin_major_project_patent_reviewed" } } },
}

---------------------------------------------------------------------------
-- The city's targets (二、(二)): 2006 baseline, due 2010, line over 4 years
---------------------------------------------------------------------------

case {
  name = "二、(二) as of 2009-06-30 (2008 figures; line 2/4 of the way from 2006): see each expected value, computed in tests/cli/harbin-2007/progress-2009.test",
  as_of = "2009-06-30",
  region = { code = "230100", name = "哈尔滨市", years = HARBIN_YEARS },
  expect = {
    -- 2007: 100*(3450/3000-1) = 15.0 > 13.6; 2008: 100*(3950/3450-1) = 14.4928 > 13.0
    ["patent-application-growth-above-gdp"] = { status = "on_track", actual = 14.4928 },
    -- at least about 5,000: the bar is 4,500; 3950 >= the line 3000 + 1500*2/4 = 3750
    ["patent-applications-2010"] = { status = "on_track", actual = 3950, progress = 0.79 },
    -- (1450 + 1350 - 700) / 3950 = 2100/3950 = 0.5316 >= 0.4 already; the 2010 figure decides
    ["invention-or-service-application-share"] = { status = "on_track", actual = 0.5316, progress = 1.3291 },
    -- reference figures: 1450/3950, 1350/3950
    ["invention-application-share"] = { status = "not_judged", actual = 0.3671 },
    ["service-application-share"] = { status = "not_judged", actual = 0.3418 },
    -- from 2008: 6,000,000 > 5,000,000 so far
    ["patent-fund-increasing"] = { status = "on_track", actual = 6000000, progress = 1.2 },
    ["ip-demonstration-units"] = { status = "on_track", actual = 3, progress = 0.6 },       -- line 3
    ["ip-pilot-units-with-system"] = { status = "behind", actual = 26, progress = 0.52 },   -- line 30
    ["ip-advantage-units"] = { status = "on_track", actual = 70, progress = 0.6931 },      -- line 60.5
    ["patent-early-warning-enterprises"] = { status = "behind", actual = 40, progress = 0.4 }, -- line 50
    -- from 2006: 6000 + 9000 + 12000 = 27000 < the line from 2005 (0), 50000*3/5 = 30000
    ["ip-trainee-person-times"] = { status = "behind", actual = 27000, progress = 0.54 },
    ["patent-managers-trained"] = { status = "on_track", actual = 190, progress = 0.6333 }, -- 40 + 60 + 90, line 180
    ["senior-ip-talents"] = { status = "on_track", actual = 35, progress = 0.7 },           -- line 20 + 25*2/4 = 32.5
  },
}

case {
  name = "二、(二) past due, judged on 2010: growth above GDP every year met; 5,200 about 5,000 met; union share 0.5962 met; 100 < 101 (100余户) not met; 五、(三) fund up every year met",
  as_of = "2011-06-30",
  region = { code = "230100", name = "哈尔滨市", years = HARBIN_YEARS },
  expect = {
    -- 2009: 100*(4500/3950-1) = 13.9241 > 12.1; 2010: 100*(5200/4500-1) = 15.5556 > 14.0
    ["patent-application-growth-above-gdp"] = { status = "met", actual = 15.5556 },
    ["patent-applications-2010"] = { status = "met", actual = 5200, progress = 1.04 },
    -- (2150 + 2000 - 1050) / 5200 = 3100/5200 = 0.5962
    ["invention-or-service-application-share"] = { status = "met", actual = 0.5962, progress = 1.4904 },
    ["invention-application-share"] = { status = "not_judged", actual = 0.4135 },   -- 2150/5200
    ["service-application-share"] = { status = "not_judged", actual = 0.3846 },     -- 2000/5200
    -- 6,000,000 > 5,000,000; 7,000,000 > 6,000,000; 8,000,000 > 7,000,000
    ["patent-fund-increasing"] = { status = "met", actual = 8000000, progress = 1.1429 },
    ["ip-demonstration-units"] = { status = "met", actual = 5, progress = 1 },
    ["ip-pilot-units-with-system"] = { status = "not_met", actual = 48, progress = 0.96 },
    ["ip-advantage-units"] = { status = "not_met", actual = 100, progress = 0.9901 },
    ["patent-early-warning-enterprises"] = { status = "met", actual = 100, progress = 1 },
    -- 6000 + 9000 + 12000 + 14000 + 16000 = 57000 (2006-2010, the 11th five-year plan)
    ["ip-trainee-person-times"] = { status = "met", actual = 57000, progress = 1.14 },
    -- 40 + 60 + 90 + 70 + 70 = 330 >= 300 (from 2007 it would be 290, not met)
    ["patent-managers-trained"] = { status = "met", actual = 330, progress = 1.1 },
    ["senior-ip-talents"] = { status = "met", actual = 48, progress = 0.96 },                  -- 48 >= 45
  },
}

case {
  name = "二、(二) overshoot data past due: 2009 growth 8.8608 < 12.1 fails 每年; 5,800 over an about-5,000 floor met; union 0.4655 met; 120 met; fund flat in 2009 not met",
  as_of = "2011-06-30",
  region = { code = "230100", name = "哈尔滨市", years = OVERSHOOT_YEARS },
  expect = {
    ["patent-application-growth-above-gdp"] = { status = "not_met" },
    -- an overshoot of an "about" floor is met: 5800 >= 4500
    ["patent-applications-2010"] = { status = "met", actual = 5800, progress = 1.16 },
    -- (2300 + 2400 - 2000) / 5800 = 2700/5800 = 0.4655
    ["invention-or-service-application-share"] = { status = "met", actual = 0.4655, progress = 1.1638 },
    ["invention-application-share"] = { status = "not_judged", actual = 0.3966 },
    ["service-application-share"] = { status = "not_judged", actual = 0.4138 },
    -- 2009: 6,000,000 is not above 2008's 6,000,000: a fund that stops growing fails 逐年增加
    ["patent-fund-increasing"] = { status = "not_met", actual = 7000000 },
    ["ip-advantage-units"] = { status = "met", actual = 120, progress = 1.1881 },
    ["ip-demonstration-units"] = { status = "no_data", missing = { "harbin_ip_demonstration_units@2010" } },
    ["senior-ip-talents"] = { status = "no_data", missing = { "harbin_senior_ip_talents@2010" } },
    ["ip-trainee-person-times"] = { status = "no_data" },
  },
}

case {
  name = "二、(二) 年增长速度: one year below GDP growth fails an every-year target at once, before the due year too: 2009 = 100*(4300/3950-1) = 8.8608 < 12.1 (progress 0.7323)",
  as_of = "2010-06-30",
  region = { code = "230100", name = "哈尔滨市", years = OVERSHOOT_YEARS },
  expect = { ["patent-application-growth-above-gdp"] = { status = "not_met", actual = 8.8608, progress = 0.7323 } },
}

case {
  name = "二、(二) 高于 is strict: 2007 growth 100*(4500/4000-1) = 12.5 equal to GDP growth 12.5 is not above: not_met (every year), though progress is 1",
  as_of = "2008-06-30",
  region = { code = "230100", name = "哈尔滨市", years = {
    [2006] = { gdp_growth_pct = 13.0, patent_applications = 4000 },
    [2007] = { gdp_growth_pct = 12.5, patent_applications = 4500 },
  } },
  expect = { ["patent-application-growth-above-gdp"] = { status = "not_met", actual = 12.5, progress = 1 } },
}

case {
  name = "二、(二) 5000件左右 and 50人左右 (at least about, 10%), lower edges: 4,500 and 45 in 2010 are the floor: met",
  as_of = "2011-06-30",
  region = { code = "230100", name = "哈尔滨市", years = {
    [2006] = { patent_applications = 3000, harbin_senior_ip_talents = 20 },
    [2010] = { patent_applications = 4500, harbin_senior_ip_talents = 45 },
  } },
  expect = {
    ["patent-applications-2010"] = { status = "met", actual = 4500, progress = 0.9 },
    ["senior-ip-talents"] = { status = "met", actual = 45, progress = 0.9 },
  },
}

case {
  name = "二、(二) 5000件左右 and 50人左右, just under the floor: 4,499 < 4,500 and 44 < 45: not met",
  as_of = "2011-06-30",
  region = { code = "230100", name = "哈尔滨市", years = {
    [2006] = { patent_applications = 3000, harbin_senior_ip_talents = 20 },
    [2010] = { patent_applications = 4499, harbin_senior_ip_talents = 44 },
  } },
  expect = {
    ["patent-applications-2010"] = { status = "not_met", actual = 4499, progress = 0.8998 },
    ["senior-ip-talents"] = { status = "not_met", actual = 44, progress = 0.88 },
  },
}

case {
  name = "二、(二) 5000件左右 and 50人左右, overshoot: 5,600 applications and 56 people (beyond the old ±10% band) are met",
  as_of = "2011-06-30",
  region = { code = "230100", name = "哈尔滨市", years = {
    [2006] = { patent_applications = 3000, harbin_senior_ip_talents = 20 },
    [2010] = { patent_applications = 5600, harbin_senior_ip_talents = 56 },
  } },
  expect = {
    ["patent-applications-2010"] = { status = "met", actual = 5600, progress = 1.12 },
    ["senior-ip-talents"] = { status = "met", actual = 56, progress = 1.12 },
  },
}

case {
  name = "二、(二) 发明专利和职务专利申请占40%以上 as a union: (1200 + 1300 - 500) / 5000 = 0.4 exactly: met; with 600 service inventions 1900/5000 = 0.38: not met",
  as_of = "2011-06-30",
  region = { code = "230100", name = "哈尔滨市", years = {
    [2010] = { patent_applications = 5000, invention_applications = 1200, harbin_service_patent_applications = 1300,
               service_invention_applications = 500 },
  } },
  expect = { ["invention-or-service-application-share"] = { status = "met", actual = 0.4, progress = 1 } },
}

case {
  name = "二、(二) union short of 40%: (1200 + 1300 - 600) / 5000 = 0.38: not met",
  as_of = "2011-06-30",
  region = { code = "230100", name = "哈尔滨市", years = {
    [2010] = { patent_applications = 5000, invention_applications = 1200, harbin_service_patent_applications = 1300,
               service_invention_applications = 600 },
  } },
  expect = { ["invention-or-service-application-share"] = { status = "not_met", actual = 0.38, progress = 0.95 } },
}

case {
  name = "五、(三) 逐年增加 before the due year: flat in 2009 (6,000,000 = 6,000,000) is not_met at once; 2007 is not judged (its budget predates the plan)",
  as_of = "2010-06-30",
  region = { code = "230100", name = "哈尔滨市", years = {
    [2006] = { harbin_patent_fund_yuan = 9000000 },
    [2007] = { harbin_patent_fund_yuan = 5000000 },
    [2008] = { harbin_patent_fund_yuan = 6000000 },
    [2009] = { harbin_patent_fund_yuan = 6000000 },
  } },
  expect = { ["patent-fund-increasing"] = { status = "not_met", actual = 6000000, progress = 1 } },
}

case {
  name = "二、(二) 5000件左右 and 50人左右, old upper edges: 5,500 and 55 are met",
  as_of = "2011-06-30",
  region = { code = "230100", name = "哈尔滨市", years = {
    [2006] = { patent_applications = 3000, harbin_senior_ip_talents = 20 },
    [2010] = { patent_applications = 5500, harbin_senior_ip_talents = 55 },
  } },
  expect = {
    ["patent-applications-2010"] = { status = "met", actual = 5500, progress = 1.1 },
    ["senior-ip-talents"] = { status = "met", actual = 55, progress = 1.1 },
  },
}

case {
  name = "二、(二) 左右 before the due year: 5,600 applications in 2009, above the 4,500-5,500 range, are on track (only falling short of the line is behind)",
  as_of = "2010-06-30",
  region = { code = "230100", name = "哈尔滨市", years = {
    [2006] = { patent_applications = 3000 },
    [2009] = { patent_applications = 5600 },
  } },
  expect = { ["patent-applications-2010"] = { status = "on_track", actual = 5600, progress = 1.12 } },
}
