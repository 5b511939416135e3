-- Rule tests for zoucheng-2024 (run: plancheck test rules/zoucheng).  Each case
-- is an enterprise or a region, a date, and what the plan (邹政字〔2024〕18号)
-- says should come out, computed by hand from the plan text and docs/dsl.md.
-- The enterprises and figures are the illustrative ones of examples/zoucheng/
-- (the first cases restate tests/cli/zoucheng-2024/) or made up here; none is
-- real.  Per-10,000 targets divide by the plugin's 115.99万 unless a year gives
-- population_10k.

-- examples/zoucheng/enterprise-high-tech.ini
local HIGH_TECH = {
  id = "91370883MA3CK7N24T", name = "邹城示例智能装备有限公司", region = "370883",
  industry = "advanced_equipment", year = 2024,
  is_high_tech = true, is_sme = true, is_state_owned = false, is_specialized_new = false,
  is_single_champion = false, ip_advantage_level = "none",
  valid_invention_patents = 18, high_value_invention_patents = 6, registered_trademarks = 4,
  ip_full_time_staff = 2, ip_pledge_loan_yuan = 5000000,
  zoucheng_patent_pledge_loan_yuan = 5000000, zoucheng_patent_pledge_interest_yuan = 180000,
  zoucheng_ip_foundation_solid = true, zoucheng_credit_good = true, zoucheng_ip_management_body = true,
}

-- examples/zoucheng/enterprise-ordinary.json
local ORDINARY = {
  id = "91370883MA3FQ2L664", name = "邹城示例农产品加工有限公司", region = "370883",
  industry = "other", year = 2024,
  is_high_tech = false, is_sme = true, is_state_owned = false, is_specialized_new = false,
  is_single_champion = false, ip_advantage_level = "none",
  valid_invention_patents = 2, registered_trademarks = 3, ip_full_time_staff = 0,
  ip_pledge_loan_yuan = 3500000, zoucheng_patent_pledge_loan_yuan = 3000000,
  zoucheng_patent_pledge_interest_yuan = "123456.79",
  zoucheng_ip_foundation_solid = true, zoucheng_credit_good = false, zoucheng_ip_management_body = false,
}

-- examples/zoucheng/region-zoucheng.ini (illustrative, not official statistics; no population_10k)
local Y2023 = {
  valid_invention_patents = 1000, high_value_invention_patents = 330, registered_trademarks = 9000,
  ip_pledge_financing_yuan = 150000000, standard_compliant_enterprises = 18,
  zoucheng_patent_product_filings = 10, zoucheng_patent_open_licences = 12,
  zoucheng_hv_patent_leading_enterprises = 5, zoucheng_provincial_ip_advantage_enterprises = 30,
  zoucheng_national_ip_advantage_new = 2, zoucheng_tech_upgrade_enterprises = 0,
  zoucheng_patent_agencies_attracted = 0, zoucheng_ip_service_platforms_built = 0,
  zoucheng_ip_professional_trainings = 3, zoucheng_pledge_financing_trainings = 4,
  zoucheng_ip_enforcement_campaigns = 2, zoucheng_overseas_ip_trainings = 1,
  zoucheng_market_supervision_offices = 16, zoucheng_offices_with_ip_officer = 6,
  zoucheng_trademark_agencies = 20, zoucheng_trademark_agencies_supervised = 20,
  zoucheng_ip_training_classes = 4, zoucheng_ip_training_person_times = 300,
  zoucheng_patent_industrialisation_rate_pct = "32.5",
  zoucheng_patent_product_output_yuan = 12000000000, zoucheng_industrial_output_yuan = 80000000000,
  zoucheng_own_brand_value_added_yuan = 9000000000, zoucheng_gdp_yuan = 100000000000,
}
local Y2024 = {
  valid_invention_patents = 1150, high_value_invention_patents = 380, registered_trademarks = 9700,
  ip_pledge_financing_yuan = "215000000.50", standard_compliant_enterprises = 22,
  zoucheng_patent_product_filings = 22, zoucheng_patent_open_licences = 30,
  zoucheng_hv_patent_leading_enterprises = 11, zoucheng_provincial_ip_advantage_enterprises = 36,
  zoucheng_national_ip_advantage_new = 3, zoucheng_tech_upgrade_enterprises = 1,
  zoucheng_patent_agencies_attracted = 1, zoucheng_ip_service_platforms_built = 1,
  zoucheng_ip_professional_trainings = 4, zoucheng_pledge_financing_trainings = 6,
  zoucheng_ip_enforcement_campaigns = 3, zoucheng_overseas_ip_trainings = 2,
  zoucheng_market_supervision_offices = 16, zoucheng_offices_with_ip_officer = 12,
  zoucheng_trademark_agencies = 22, zoucheng_trademark_agencies_supervised = 22,
  zoucheng_ip_training_classes = 6, zoucheng_ip_training_person_times = 420,
  zoucheng_patent_industrialisation_rate_pct = "34.1",
  zoucheng_patent_product_output_yuan = 13500000000, zoucheng_industrial_output_yuan = 85000000000,
  zoucheng_own_brand_value_added_yuan = 9900000000, zoucheng_gdp_yuan = 105000000000,
  zoucheng_ip_fund_yuan = 10000000,
}
-- 2025's figures, with one of them replaced when key is given
local function y2025(key, value)
  local t = {
    valid_invention_patents = 1290, high_value_invention_patents = 470, registered_trademarks = 10600,
    ip_pledge_financing_yuan = 198000000, standard_compliant_enterprises = 25,
    zoucheng_patent_product_filings = 35, zoucheng_patent_open_licences = 61,
    zoucheng_hv_patent_leading_enterprises = 16, zoucheng_provincial_ip_advantage_enterprises = 45,
    zoucheng_national_ip_advantage_new = 4, zoucheng_tech_upgrade_enterprises = 1,
    zoucheng_patent_agencies_attracted = 1, zoucheng_ip_service_platforms_built = 1,
    zoucheng_ip_professional_trainings = 5, zoucheng_pledge_financing_trainings = 7,
    zoucheng_ip_enforcement_campaigns = 2, zoucheng_overseas_ip_trainings = 2,
    zoucheng_market_supervision_offices = 16, zoucheng_offices_with_ip_officer = 16,
    zoucheng_trademark_agencies = 24, zoucheng_trademark_agencies_supervised = 23,
    zoucheng_ip_training_classes = 5, zoucheng_ip_training_person_times = 400,
    zoucheng_patent_industrialisation_rate_pct = "35.0",
    zoucheng_patent_product_output_yuan = 14000000000, zoucheng_industrial_output_yuan = 90000000000,
    zoucheng_own_brand_value_added_yuan = 10500000000, zoucheng_gdp_yuan = 110000000000,
    zoucheng_ip_fund_yuan = 12000000,
  }
  if key then t[key] = value end
  return t
end
local ZOUCHENG = { code = "370883", name = "邹城市", years = { [2023] = Y2023, [2024] = Y2024, [2025] = y2025() } }

---------------------------------------------------------------------------
-- Enterprises: the cases of tests/cli/zoucheng-2024/check-*.test
---------------------------------------------------------------------------

case {
  name = "三、(一)3 三、(二)3: high-tech SME with 2 full-time IP staff and an IP body: compliant; pledge subsidy eligible (no rate set: null); project pool eligible",
  as_of = "2025-06-30",
  enterprise = HIGH_TECH,
  expect = {
    ["patent-pledge-interest-subsidy"] = { status = "eligible", amount_yuan = "null", cap_yuan = "null", capped = false },
    ["pledge-financing-project-pool"] = { status = "eligible", amount_yuan = "null", missing = {} },
    ["ip-full-time-staff"] = { status = "compliant", missing = {} },
    ["ip-management-body"] = { status = "compliant", missing = {} },
  },
}

case {
  name = "in force from the day of issue, 2024-04-29, inclusive: the same high-tech SME",
  as_of = "2024-04-29",
  enterprise = HIGH_TECH,
  expect = {
    ["patent-pledge-interest-subsidy"] = { status = "eligible" },
    ["pledge-financing-project-pool"] = { status = "eligible" },
    ["ip-full-time-staff"] = { status = "compliant" },
    ["ip-management-body"] = { status = "compliant" },
  },
}

case {
  name = "三、(一)3: a large provincial advantage/demonstration enterprise without full-time IP staff or IP body: non_compliant twice; no patent pledge loan; not an SME",
  as_of = "2025-06-30",
  enterprise = { id = "91370883MA3D5R8W8T", name = "邹城示例煤化工股份有限公司", region = "370883",
                 industry = "new_materials", year = 2024, is_high_tech = false, is_sme = false,
                 is_state_owned = false, is_specialized_new = false, is_single_champion = false,
                 ip_advantage_level = "provincial", valid_invention_patents = 41, ip_full_time_staff = 0,
                 ip_pledge_loan_yuan = 0, zoucheng_patent_pledge_loan_yuan = 0,
                 zoucheng_ip_foundation_solid = true, zoucheng_credit_good = true,
                 zoucheng_ip_management_body = false },
  expect = {
    ["patent-pledge-interest-subsidy"] = { status = "ineligible", amount_yuan = "null" },
    ["pledge-financing-project-pool"] = { status = "not_applicable", amount_yuan = "null" },
    ["ip-full-time-staff"] = { status = "non_compliant", missing = {} },
    ["ip-management-body"] = { status = "non_compliant", missing = {} },
  },
}

case {
  name = "missing data: is_specialized_new absent and the other classes false, so whether 三、(一)3 binds is unknown; no pledge loan or SME flag: unknown",
  as_of = "2025-06-30",
  enterprise = { id = "91370883MA3GH9T41K", name = "邹城示例精密机械有限公司", region = "370883",
                 industry = "advanced_equipment", year = 2024, is_high_tech = false,
                 is_single_champion = false, ip_advantage_level = "none", ip_full_time_staff = 0 },
  expect = {
    ["patent-pledge-interest-subsidy"] = { status = "unknown", missing = { "zoucheng_patent_pledge_loan_yuan" } },
    ["pledge-financing-project-pool"] = { status = "unknown", missing = { "is_sme" } },
    ["ip-full-time-staff"] = { status = "unknown", missing = { "is_specialized_new" } },
    ["ip-management-body"] = { status = "unknown", missing = { "is_specialized_new" } },
  },
}

case {
  name = "三、(一)3 三、(二)3: ordinary SME (JSON example): obligations not_applicable; pledge subsidy eligible, null without a rate; credit not good: pool ineligible",
  as_of = "2025-06-30",
  enterprise = ORDINARY,
  expect = {
    ["patent-pledge-interest-subsidy"] = { status = "eligible", amount_yuan = "null", cap_yuan = "null" },
    ["pledge-financing-project-pool"] = { status = "ineligible", amount_yuan = "null" },
    ["ip-full-time-staff"] = { status = "not_applicable" },
    ["ip-management-body"] = { status = "not_applicable" },
  },
}

case {
  name = "三、(二)3 with an illustrative rate of 0.5: interest paid 123,456.79 × 0.5 = 61,728.395, rounded down to the fen: 61,728.39",
  as_of = "2025-06-30",
  params = { ["patent-pledge-interest-subsidy.interest_subsidy_rate"] = "0.5" },
  enterprise = ORDINARY,
  expect = {
    ["patent-pledge-interest-subsidy"] = { status = "eligible", amount_yuan = "61728.39", cap_yuan = "null", capped = false },
    ["pledge-financing-project-pool"] = { status = "ineligible", amount_yuan = "null" },
    ["ip-full-time-staff"] = { status = "not_applicable" },
    ["ip-management-body"] = { status = "not_applicable" },
  },
}

---------------------------------------------------------------------------
-- Enterprises: cases the CLI tests do not have (computed by hand here)
---------------------------------------------------------------------------

case {
  name = "in force to 2026-12-31 inclusive: the ordinary SME on the last day, 180,000 interest × 0.35 = 63,000",
  as_of = "2026-12-31",
  params = { ["patent-pledge-interest-subsidy.interest_subsidy_rate"] = "0.35" },
  enterprise = { id = "91370883MA3J12342T", name = "邹城示例纺织有限公司", region = "370883", year = 2026,
                 is_sme = true, zoucheng_patent_pledge_loan_yuan = 4000000,
                 zoucheng_patent_pledge_interest_yuan = 180000 },
  expect = { ["patent-pledge-interest-subsidy"] = { status = "eligible", amount_yuan = 63000 } },
}

case {
  name = "三、(二)3: 1,000 yuan interest × 0.29 = 290.00 exactly; rounding down to the fen must not lose a fen to binary floating point (docs/dsl.md)",
  as_of = "2025-06-30",
  params = { ["patent-pledge-interest-subsidy.interest_subsidy_rate"] = "0.29" },
  enterprise = { id = "91370883MA3K23456F", name = "邹城示例食品机械有限公司", region = "370883", year = 2025,
                 is_sme = true, zoucheng_patent_pledge_loan_yuan = 50000, zoucheng_patent_pledge_interest_yuan = 1000 },
  expect = { ["patent-pledge-interest-subsidy"] = { status = "eligible", amount_yuan = "290.00" } },
}

case {
  name = "三、(二)3 and docs/dsl.md: rate set but the interest paid not given: eligible on the loan, amount null, the field in missing",
  as_of = "2025-06-30",
  params = { ["patent-pledge-interest-subsidy.interest_subsidy_rate"] = "0.5" },
  enterprise = { id = "91370883MA3K23456F", name = "邹城示例食品机械有限公司", region = "370883", year = 2025,
                 is_sme = true, zoucheng_patent_pledge_loan_yuan = 1000000 },
  expect = { ["patent-pledge-interest-subsidy"] = { status = "eligible", amount_yuan = "null",
                                                    missing = { "zoucheng_patent_pledge_interest_yuan" } } },
}

case {
  name = "三、(一)3 1名以上 includes one: a single champion with exactly 1 full-time IP staff and an IP body is compliant with both",
  as_of = "2025-06-30",
  enterprise = { id = "91370883MA3L3456XY", name = "邹城示例轴承有限公司", region = "370883", year = 2025,
                 is_high_tech = false, is_specialized_new = false, is_single_champion = true,
                 ip_advantage_level = "none", ip_full_time_staff = 1, zoucheng_ip_management_body = true },
  expect = {
    ["ip-full-time-staff"] = { status = "compliant" },
    ["ip-management-body"] = { status = "compliant" },
  },
}

case {
  name = "三、(一)3 各级: a municipal advantage enterprise (or a specialised-new one) with no full-time staff and no IP body is bound: non_compliant",
  as_of = "2025-06-30",
  enterprise = { id = "91370883MA3M45673N", name = "邹城示例矿山机械有限公司", region = "370883", year = 2025,
                 is_high_tech = false, is_specialized_new = true, is_single_champion = false,
                 ip_advantage_level = "municipal", ip_full_time_staff = 0, zoucheng_ip_management_body = false },
  expect = {
    ["ip-full-time-staff"] = { status = "non_compliant" },
    ["ip-management-body"] = { status = "non_compliant" },
  },
}

case {
  name = "三、(一)3: high-tech alone binds, so the other classes may be absent; a decided result lists no missing field",
  as_of = "2025-06-30",
  enterprise = { id = "91370883MA3CK7N24T", name = "邹城示例智能装备有限公司", region = "370883", year = 2025,
                 is_high_tech = true, ip_full_time_staff = 3, zoucheng_ip_management_body = true },
  expect = {
    ["ip-full-time-staff"] = { status = "compliant", missing = {} },
    ["ip-management-body"] = { status = "compliant", missing = {} },
  },
}

case {
  name = "三、(二)3 project pool: both 基础扎实 and 信用良好 needed; foundation unknown but credit not good is already false: ineligible, nothing missing",
  as_of = "2025-06-30",
  enterprise = { id = "91370883MA3K23456F", name = "邹城示例食品机械有限公司", region = "370883", year = 2025,
                 is_sme = true, zoucheng_credit_good = false },
  expect = { ["pledge-financing-project-pool"] = { status = "ineligible", missing = {} } },
}

case {
  name = "三、(二)3 project pool: an SME with good credit but a foundation not judged solid: ineligible",
  as_of = "2025-06-30",
  enterprise = { id = "91370883MA3J12342T", name = "邹城示例纺织有限公司", region = "370883", year = 2025,
                 is_sme = true, zoucheng_ip_foundation_solid = false, zoucheng_credit_good = true },
  expect = { ["pledge-financing-project-pool"] = { status = "ineligible" } },
}

---------------------------------------------------------------------------
-- The county's targets: 2023 baseline, due 2026 (tech upgrading due 2025)
---------------------------------------------------------------------------

case {
  name = "二、(二) 三、(一)4 二、(一) 三、(三)1 as of 2025-06-30 (2024 known): 2亿 reached in 2024; 1 upgrade < line 1.5; 1150/115.99 = 9.9146 ≥ 9.771",
  as_of = "2025-06-30",
  region = ZOUCHENG,
  expect = {
    ["pledge-financing-every-year"] = { status = "on_track", actual = 215000000.5, progress = 1.075, missing = {} },
    ["tech-upgrade-enterprises"] = { status = "behind", actual = 1, progress = 0.3333 },
    ["invention-patents-per-10k"] = { status = "on_track", actual = 9.9146, progress = 0.8214 },
    ["ip-enforcement-campaigns"] = { status = "on_track", actual = 3, progress = 1 },
  },
}

case {
  name = "all targets as of 2026-03-31 (2025 known; line base + (target - base) × 2/3; tech upgrading due 2025, past due): see each comment",
  as_of = "2026-03-31",
  region = ZOUCHENG,
  expect = {
    ["valid-invention-patents"] = { status = "on_track", actual = 1290, progress = 0.9214 },       -- line 1266.67
    ["invention-patents-per-10k"] = { status = "on_track", actual = 11.1216, progress = 0.9214 },  -- line 10.9205
    ["high-value-invention-patents"] = { status = "on_track", actual = 470, progress = 0.94 },     -- line 443.33
    ["high-value-patents-per-10k"] = { status = "on_track", actual = 4.0521, progress = 0.9402 },  -- line 3.8217
    ["registered-trademarks"] = { status = "on_track", actual = 10600, progress = 0.9636 },        -- line 10333.33
    ["pledge-financing-every-year"] = { status = "not_met", actual = 198000000, progress = 0.99 }, -- 2025 < 2亿: every year fails
    ["patent-product-filings"] = { status = "behind", actual = 35, progress = 0.7 },               -- line 36.67
    ["patent-open-licences"] = { status = "on_track", actual = 61, progress = 1.0167 },  -- judged on 2026's
    ["standard-compliant-enterprises"] = { status = "behind", actual = 25, progress = 0.8333 },     -- line 26
    ["new-hv-patent-leading-enterprises"] = { status = "behind", actual = 11, progress = 0.55 },    -- 16 - 5; line 13.33
    ["new-provincial-ip-advantage-enterprises"] = { status = "on_track", actual = 15, progress = 0.75 }, -- 45 - 30
    ["new-national-ip-advantage-enterprises"] = { status = "behind", actual = 7, progress = 0.5385 },  -- 3 + 4; line 8.67
    ["national-ip-advantage-enterprise-every-year"] = { status = "on_track", actual = 4, progress = 4 },
    ["tech-upgrade-enterprises"] = { status = "not_met", actual = 2, progress = 0.6667 },          -- 1 + 1 < 3
    ["patent-agencies-attracted"] = { status = "on_track", actual = 2, progress = 0.6667 },        -- line 2
    ["ip-service-platforms"] = { status = "met", actual = 2, progress = 1 },
    ["ip-professional-trainings"] = { status = "on_track", actual = 5, progress = 1.25 },
    ["pledge-financing-trainings"] = { status = "on_track", actual = 7, progress = 1.1667 },
    ["ip-enforcement-campaigns"] = { status = "not_met", actual = 2, progress = 0.6667 },          -- 2025: 2 < 3
    ["overseas-ip-trainings"] = { status = "on_track", actual = 2, progress = 1 },
    ["ip-officer-per-market-office"] = { status = "on_track", actual = 1, progress = 1 },          -- 16/16, judged on 2026's
    ["trademark-agencies-supervised"] = { status = "behind", actual = 0.9583, progress = 0.9583 }, -- 23/24; line 1
    ["ip-training-classes"] = { status = "on_track", actual = 11, progress = 0.6875 },             -- 6 + 5; line 10.67
    -- 1100余 = more than 1,100, at least 1,101: 420 + 400 = 820 >= the line 1101 × 2/3 = 734; 820/1101
    ["ip-training-person-times"] = { status = "on_track", actual = 820, progress = 0.7448 },
    -- 不断提高/增加, 2024 and 2025 against the year before:
    -- 34.1 > 32.5, 35.0 > 34.1: on track, 35.0/34.1 = 1.0264
    ["patent-industrialisation-rate-rising"] = { status = "on_track", actual = 35, progress = 1.0264 },
    -- 13.5/85 = 0.158824 > 12/80 = 0.15, but 14/90 = 0.155556 < 0.158824: not met already (a failed year cannot be made good)
    ["patent-product-output-share-rising"] = { status = "not_met", actual = 0.1556, progress = 0.9794 },
    -- 9.9/105 = 0.094286 > 0.09; 10.5/110 = 0.095455 > 0.094286: on track, 1.0124
    ["own-brand-value-added-share-rising"] = { status = "on_track", actual = 0.0955, progress = 1.0124 },
    -- 保持合理增速: 1150 > 1000, 1290 > 1150; 380 > 330, 470 > 380
    ["valid-invention-patents-growing"] = { status = "on_track", actual = 1290, progress = 1.1217 },
    ["high-value-invention-patents-growing"] = { status = "on_track", actual = 470, progress = 1.2368 },
    -- 四、(五) from 2025: 12,000,000 > 10,000,000
    ["ip-fund-increasing"] = { status = "on_track", actual = 12000000, progress = 1.2 },
  },
}

case {
  name = "as of 2027-06-30 with no 2026 figures: no_data with the latest value shown; every-year targets that failed in 2025 not met; tech upgrading (2025) not met",
  as_of = "2027-06-30",
  region = ZOUCHENG,
  expect = {
    ["valid-invention-patents"] = { status = "no_data", actual = 1290, missing = { "valid_invention_patents@2026" } },
    ["invention-patents-per-10k"] = { status = "no_data", actual = 11.1216, missing = { "valid_invention_patents@2026" } },
    ["patent-open-licences"] = { status = "no_data", actual = 61, missing = { "zoucheng_patent_open_licences@2026" } },
    ["pledge-financing-every-year"] = { status = "not_met", actual = 198000000 },
    ["ip-enforcement-campaigns"] = { status = "not_met" },
    ["national-ip-advantage-enterprise-every-year"] = { status = "no_data",
                                                        missing = { "zoucheng_national_ip_advantage_new@2026" } },
    ["new-national-ip-advantage-enterprises"] = { status = "no_data", actual = 7,
                                                  missing = { "zoucheng_national_ip_advantage_new@2026" } },
    ["new-hv-patent-leading-enterprises"] = { status = "no_data", actual = 11,
                                              missing = { "zoucheng_hv_patent_leading_enterprises@2026" } },
    ["tech-upgrade-enterprises"] = { status = "not_met", actual = 2 },
    ["ip-officer-per-market-office"] = { status = "no_data", actual = 1,
      missing = { "zoucheng_offices_with_ip_officer@2026", "zoucheng_market_supervision_offices@2026" } },
  },
}

case {
  name = "二、(一) population_10k = 118.5 given for 2025 replaces 115.99 for that year only: 1290/118.5 = 10.8861 < 10.9205 behind; 470/118.5 = 3.9662 ≥ 3.8217",
  as_of = "2026-03-31",
  region = { code = "370883", name = "邹城市",
             years = { [2023] = Y2023, [2024] = Y2024, [2025] = y2025("population_10k", "118.5") } },
  expect = {
    ["invention-patents-per-10k"] = { status = "behind", actual = 10.8861, progress = 0.9019 },
    ["high-value-patents-per-10k"] = { status = "on_track", actual = 3.9662, progress = 0.9202 },
    ["valid-invention-patents"] = { status = "on_track", actual = 1290, progress = 0.9214 },
    ["pledge-financing-every-year"] = { status = "not_met", actual = 198000000, progress = 0.99 },
  },
}

case {
  name = "每年 before the due year: 2024 pledge financing 0.01 yuan short of 2亿 (199,999,999.99) fails that year: not_met, money exact",
  as_of = "2025-06-30",
  region = { code = "370883", name = "邹城市", years = {
    [2023] = { ip_pledge_financing_yuan = 150000000 },
    [2024] = { ip_pledge_financing_yuan = "199999999.99" },
  } },
  expect = { ["pledge-financing-every-year"] = { status = "not_met", actual = 199999999.99 } },
}

case {
  name = "every target exactly at its figure (以上, 不低于, 至少, 达到 include it), 2026 known: met, except 13 new national enterprises (1+1+1 = 3)",
  as_of = "2027-06-30",
  region = { code = "370883", name = "邹城市", years = {
    [2023] = Y2023,
    [2024] = { ip_pledge_financing_yuan = 200000000, zoucheng_national_ip_advantage_new = 1,
               zoucheng_tech_upgrade_enterprises = 1, zoucheng_patent_agencies_attracted = 1,
               zoucheng_ip_service_platforms_built = 0, zoucheng_ip_professional_trainings = 4,
               zoucheng_pledge_financing_trainings = 6, zoucheng_ip_enforcement_campaigns = 3,
               zoucheng_overseas_ip_trainings = 2, zoucheng_ip_training_classes = 5,
               zoucheng_ip_training_person_times = 300 },
    [2025] = { ip_pledge_financing_yuan = 200000000, zoucheng_national_ip_advantage_new = 1,
               zoucheng_tech_upgrade_enterprises = 2, zoucheng_patent_agencies_attracted = 1,
               zoucheng_ip_service_platforms_built = 1, zoucheng_ip_professional_trainings = 4,
               zoucheng_pledge_financing_trainings = 6, zoucheng_ip_enforcement_campaigns = 3,
               zoucheng_overseas_ip_trainings = 2, zoucheng_ip_training_classes = 5,
               zoucheng_ip_training_person_times = 400 },
    [2026] = { valid_invention_patents = 1400, high_value_invention_patents = 500, registered_trademarks = 11000,
               ip_pledge_financing_yuan = 200000000, standard_compliant_enterprises = 30,
               zoucheng_patent_product_filings = 50, zoucheng_patent_open_licences = 60,
               zoucheng_hv_patent_leading_enterprises = 25, zoucheng_provincial_ip_advantage_enterprises = 50,
               zoucheng_national_ip_advantage_new = 1, zoucheng_patent_agencies_attracted = 1,
               zoucheng_ip_service_platforms_built = 1, zoucheng_ip_professional_trainings = 4,
               zoucheng_pledge_financing_trainings = 6, zoucheng_ip_enforcement_campaigns = 3,
               zoucheng_overseas_ip_trainings = 2, zoucheng_market_supervision_offices = 16,
               zoucheng_offices_with_ip_officer = 16, zoucheng_trademark_agencies = 24,
               zoucheng_trademark_agencies_supervised = 24, zoucheng_ip_training_classes = 6,
               zoucheng_ip_training_person_times = 400 },
  } },
  expect = {
    ["valid-invention-patents"] = { status = "met", actual = 1400, progress = 1 },
    -- 1400 / 115.99 = 12.070006 >= 12.07; 500 / 115.99 = 4.310716 >= 4.31
    ["invention-patents-per-10k"] = { status = "met", actual = 12.07, progress = 1 },
    ["high-value-patents-per-10k"] = { status = "met", actual = 4.3107, progress = 1.0002 },
    ["high-value-invention-patents"] = { status = "met", actual = 500, progress = 1 },
    ["registered-trademarks"] = { status = "met", actual = 11000, progress = 1 },
    ["pledge-financing-every-year"] = { status = "met", actual = 200000000, progress = 1 },
    ["patent-product-filings"] = { status = "met", actual = 50 },
    ["patent-open-licences"] = { status = "met", actual = 60 },
    ["standard-compliant-enterprises"] = { status = "met", actual = 30 },
    ["new-hv-patent-leading-enterprises"] = { status = "met", actual = 20, progress = 1 },       -- 25 - 5
    ["new-provincial-ip-advantage-enterprises"] = { status = "met", actual = 20, progress = 1 }, -- 50 - 30
    ["new-national-ip-advantage-enterprises"] = { status = "not_met", actual = 3, progress = 0.2308 },
    ["national-ip-advantage-enterprise-every-year"] = { status = "met", actual = 1, progress = 1 },
    ["tech-upgrade-enterprises"] = { status = "met", actual = 3, progress = 1 },               -- 2024 + 2025
    ["patent-agencies-attracted"] = { status = "met", actual = 3, progress = 1 },
    ["ip-service-platforms"] = { status = "met", actual = 2, progress = 1 },
    ["ip-professional-trainings"] = { status = "met", actual = 4, progress = 1 },
    ["pledge-financing-trainings"] = { status = "met", actual = 6, progress = 1 },
    ["ip-enforcement-campaigns"] = { status = "met", actual = 3, progress = 1 },
    ["overseas-ip-trainings"] = { status = "met", actual = 2, progress = 1 },
    ["ip-officer-per-market-office"] = { status = "met", actual = 1 },
    ["trademark-agencies-supervised"] = { status = "met", actual = 1 },
    ["ip-training-classes"] = { status = "met", actual = 16, progress = 1 },                   -- 5 + 5 + 6
    -- 至少1100余人次: more than 1,100 (余 as in Harbin's 100余户 >= 101): exactly 1,100 is not met, 1100/1101
    ["ip-training-person-times"] = { status = "not_met", actual = 1100, progress = 0.9991 },    -- 300 + 400 + 400
  },
}

case {
  name = "四、(三) 1100余 and 哈尔滨 100余 read alike (more than the figure): 1,101 person-times (300 + 400 + 401) met",
  as_of = "2027-06-30",
  region = { code = "370883", name = "邹城市", years = {
    [2024] = { zoucheng_ip_training_person_times = 300 },
    [2025] = { zoucheng_ip_training_person_times = 400 },
    [2026] = { zoucheng_ip_training_person_times = 401 },
  } },
  expect = { ["ip-training-person-times"] = { status = "met", actual = 1101, progress = 1 } },
}

case {
  name = "四、(五) a fund that stops growing fails 逐年递增: 2026 equal to 2025 (12,000,000), not met; 2024 before the fund's range is not compared",
  as_of = "2027-06-30",
  region = { code = "370883", name = "邹城市", years = {
    [2023] = { zoucheng_ip_fund_yuan = 50000000 },
    [2024] = { zoucheng_ip_fund_yuan = 10000000 },
    [2025] = { zoucheng_ip_fund_yuan = 12000000 },
    [2026] = { zoucheng_ip_fund_yuan = 12000000 },
  } },
  expect = { ["ip-fund-increasing"] = { status = "not_met", actual = 12000000, progress = 1 } },
}

case {
  name = "四、(五) and 二、(四) past due, every year up: met; 三、(一)1 a year without growth (1290 = 1290 in 2026) not met",
  as_of = "2027-06-30",
  region = { code = "370883", name = "邹城市", years = {
    [2023] = Y2023, [2024] = Y2024, [2025] = y2025(),
    [2026] = { zoucheng_ip_fund_yuan = "12000000.01", zoucheng_patent_industrialisation_rate_pct = "35.01",
               zoucheng_own_brand_value_added_yuan = 11600000000, zoucheng_gdp_yuan = 120000000000,
               valid_invention_patents = 1290, high_value_invention_patents = 520 },
  } },
  expect = {
    -- 12,000,000.01 > 12,000,000 (a fen more is more: money exact)
    ["ip-fund-increasing"] = { status = "met", actual = 12000000.01, progress = 1 },
    ["patent-industrialisation-rate-rising"] = { status = "met", actual = 35.01, progress = 1.0003 },
    -- 11.6/120 = 0.096667 > 0.095455
    ["own-brand-value-added-share-rising"] = { status = "met", actual = 0.0967, progress = 1.0127 },
    ["valid-invention-patents-growing"] = { status = "not_met", actual = 1290, progress = 1 },
    ["high-value-invention-patents-growing"] = { status = "met", actual = 520, progress = 1.1064 },
    -- 2026 output figures missing, but 2025 already failed: not met
    ["patent-product-output-share-rising"] = { status = "not_met" },
  },
}
