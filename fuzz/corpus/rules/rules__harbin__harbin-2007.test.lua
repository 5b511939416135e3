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
             harbin_service_patent_applications = 1050, harbin_ip_demonstration_units = 1,
             harbin_ip_pilot_units_with_system = 10, harbin_ip_advantage_units = 20,
             harbin_patent_early_warning_enterprises = 0, harbin_ip_trainee_person_times = 6000,
             harbin_patent_managers_trained = 40, harbin_senior_ip_talents = 20 },
  [2007] = { gdp_growth_pct = 13.6, patent_applications = 3450, invention_applications = 1200,
             harbin_service_patent_applications = 1250, harbin_ip_demonstration_units = 2,
             harbin_ip_pilot_units_with_system = 18, harbin_ip_advantage_units = 45,
             harbin_patent_early_warning_enterprises = 15, harbin_ip_trainee_person_times = 9000,
             harbin_patent_managers_trained = 60, harbin_senior_ip_talents = 28 },
  [2008] = { gdp_growth_pct = 13.0, patent_applications = 3950, invention_applications = 1450,
             harbin_service_patent_applications = 1350, harbin_ip_demonstration_units = 3,
             harbin_ip_pilot_units_with_system = 26, harbin_ip_advantage_units = 70,
             harbin_patent_early_warning_enterprises = 40, harbin_ip_trainee_person_times = 12000,
             harbin_patent_managers_trained = 90, harbin_senior_ip_talents = 35 },
  [2009] = { gdp_growth_pct = 12.1, patent_applications = 4500, invention_applications = 1750,
             harbin_service_patent_applications = 1700, harbin_ip_demonstration_units = 4,
             harbin_ip_pilot_units_with_system = 38, harbin_ip_advantage_units = 90,
             harbin_patent_early_warning_enterprises = 70, harbin_ip_trainee_person_times = 14000,
             harbin_patent_managers_trained = 70, harbin_senior_ip_talents = 42 },
  [2010] = { gdp_growth_pct = 14.0, patent_applications = 5200, invention_applications = 2150,
             harbin_service_patent_applications = 2000, harbin_ip_demonstration_units = 5,
             harbin_ip_pilot_units_with_system = 48, harbin_ip_advantage_units = 100,
             harbin_patent_early_warning_enterprises = 100, harbin_ip_trainee_person_times = 16000,
             harbin_patent_managers_trained = 70, harbin_senior_ip_talents = 48 },
}

-- examples/harbin/region-harbin-overshoot.json (illustrative)
local OVERSHOOT_YEARS = {
  [2006] = { gdp_growth_pct = 13.5, patent_applications = 3000, invention_applications = 1000,
             harbin_service_patent_applications = 1050, harbin_ip_advantage_units = 20 },
  [2007] = { gdp_growth_pct = 13.6, patent_applications = 3450, invention_applications = 1200,
             harbin_service_patent_applications = 1250, harbin_ip_advantage_units = 45 },
  [2008] = { gdp_growth_pct = 13.0, patent_applications = 3950, invention_applications = 1450,
             harbin_service_patent_applications = 1350, harbin_ip_advantage_units = 70 },
  [2009] = { gdp_growth_pct = 12.1, patent_applications = 4300, invention_applications = 1650,
             harbin_service_patent_applications = 1700, harbin_ip_advantage_units = 95 },
  [2010] = { gdp_growth_pct = 14.0, patent_applications = 5800, invention_applications = 2300,
             harbin_service_patent_applications = 2400, harbin_ip_advantage_units = 120 },
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
    -- 3950 short of the line 3000 + 2000*2/4 = 4000
    ["patent-applications-2010"] = { status = "behind", actual = 3950, progress = 0.79 },
    -- 1450/3950 = 0.3671 >= 1/3 + (0.4 - 1/3)*2/4 = 0.3667
    ["invention-application-share"] = { status = "on_track", actual = 0.3671, progress = 0.9177 },
    -- 1350/3950 = 0.3418 < 0.35 + 0.05*2/4 = 0.375
    ["service-application-share"] = { status = "behind", actual = 0.3418, progress = 0.8544 },
    ["ip-demonstration-units"] = { status = "on_track", actual = 3, progress = 0.6 },       -- line 3
    ["ip-pilot-units-with-system"] = { status = "behind", actual = 26, progress = 0.52 },   -- line 30
    ["ip-advantage-units"] = { status = "on_track", actual = 70, progress = 0.6931 },      -- line 60.5
    ["patent-early-warning-enterprises"] = { status = "behind", actual = 40, progress = 0.4 }, -- line 50
    -- 9000 + 12000 (2006 not counted) < 25000
    ["ip-trainee-person-times"] = { status = "behind", actual = 21000, progress = 0.42 },
    ["patent-managers-trained"] = { status = "on_track", actual = 150, progress = 0.5 },   -- 60 + 90, line 150
    ["senior-ip-talents"] = { status = "on_track", actual = 35, progress = 0.7 },          -- line 35
  },
}

case {
  name = "二、(二) past due, judged on 2010: growth above GDP every year met; 5,200 about 5,000 met; shares 0.4135 met, 0.3846 not met; 100 < 101 (100余户) not met",
  as_of = "2011-06-30",
  region = { code = "230100", name = "哈尔滨市", years = HARBIN_YEARS },
  expect = {
    -- 2009: 100*(4500/3950-1) = 13.9241 > 12.1; 2010: 100*(5200/4500-1) = 15.5556 > 14.0
    ["patent-application-growth-above-gdp"] = { status = "met", actual = 15.5556 },
    ["patent-applications-2010"] = { status = "met", actual = 5200, progress = 1.04 },
    ["invention-application-share"] = { status = "met", actual = 0.4135, progress = 1.0337 },   -- 2150/5200
    ["service-application-share"] = { status = "not_met", actual = 0.3846, progress = 0.9615 }, -- 2000/5200
    ["ip-demonstration-units"] = { status = "met", actual = 5, progress = 1 },
    ["ip-pilot-units-with-system"] = { status = "not_met", actual = 48, progress = 0.96 },
    ["ip-advantage-units"] = { status = "not_met", actual = 100, progress = 0.9901 },
    ["patent-early-warning-enterprises"] = { status = "met", actual = 100, progress = 1 },
    -- 9000 + 12000 + 14000 + 16000 = 51000 (2006 not counted)
    ["ip-trainee-person-times"] = { status = "met", actual = 51000, progress = 1.02 },
    -- 60 + 90 + 70 + 70 = 290 < 300
    ["patent-managers-trained"] = { status = "not_met", actual = 290, progress = 0.9667 },
    ["senior-ip-talents"] = { status = "met", actual = 48, progress = 0.96 },                  -- |48-50| <= 5
  },
}

case {
  name = "二、(二) overshoot data past due: 2009 growth 8.8608 < 12.1 fails 每年; 5,800 outside 5,000 ±10% not met; 0.3966 not met; 0.4138 met; 120 met",
  as_of = "2011-06-30",
  region = { code = "230100", name = "哈尔滨市", years = OVERSHOOT_YEARS },
  expect = {
    ["patent-application-growth-above-gdp"] = { status = "not_met" },
    ["patent-applications-2010"] = { status = "not_met", actual = 5800, progress = 1.16 },
    ["invention-application-share"] = { status = "not_met", actual = 0.3966, progress = 0.9914 },
    ["service-application-share"] = { status = "met", actual = 0.4138, progress = 1.0345 },
    ["ip-advantage-units"] = { status = "met", actual = 120, progress = 1.1881 },
    ["ip-demonstration-units"] = { status = "no_data", missing = { "harbin_ip_demonstration_units@2010" } },
    ["senior-ip-talents"] = { status = "no_data", missing = { "harbin_senior_ip_talents@2010" } },
    ["ip-trainee-person-times"] = { status = "no_data" },
  },
}

case {
  name = "二、(二) 年增长速度: before the due year one year below GDP growth is enough to be behind: 2009 = 100*(4300/3950-1) = 8.8608 < 12.1 (progress 0.7323)",
  as_of = "2010-06-30",
  region = { code = "230100", name = "哈尔滨市", years = OVERSHOOT_YEARS },
  expect = { ["patent-application-growth-above-gdp"] = { status = "behind", actual = 8.8608, progress = 0.7323 } },
}

case {
  name = "二、(二) 高于 is strict: 2007 growth 100*(4500/4000-1) = 12.5 equal to GDP growth 12.5 is not above: behind, though progress is 1",
  as_of = "2008-06-30",
  region = { code = "230100", name = "哈尔滨市", years = {
    [2006] = { gdp_growth_pct = 13.0, patent_applications = 4000 },
    [2007] = { gdp_growth_pct = 12.5, patent_applications = 4500 },
  } },
  expect = { ["patent-application-growth-above-gdp"] = { status = "behind", actual = 12.5, progress = 1 } },
}

case {
  name = "二、(二) 5000件左右 and 50人左右 (±10%), lower edges: 4,500 and 45 in 2010 are within the tolerance: met",
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
  name = "二、(二) 5000件左右 and 50人左右 (±10%), upper edges: |5,500 - 5,000| = 500 <= 0.1 × 5,000 and |55 - 50| = 5 <= 5: met",
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
