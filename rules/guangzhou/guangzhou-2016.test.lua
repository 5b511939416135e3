-- Rule tests for guangzhou-2016 (run: plancheck test rules/guangzhou).  Each case
-- is an enterprise or a region, a date, and what the plan (穗知〔2016〕85号) says
-- should come out, computed by hand from the plan text and docs/dsl.md.  The
-- enterprises and figures are the illustrative ones of examples/guangzhou/ (the
-- first cases restate tests/cli/guangzhou-2016/) or made up here; none is real.
-- The plan fixes no amount: every amount is null unless a case sets params.

local ALL_PARAMS = {
  ["patent-enforcement-funding.per_case_won_yuan"] = "50000",
  ["patent-enforcement-funding.per_foreign_non_infringement_yuan"] = "200000",
  ["patent-enforcement-funding.priority_per_case_won_yuan"] = "75000",
  ["patent-enforcement-funding.priority_per_foreign_non_infringement_yuan"] = "300000",
  ["patent-enforcement-service-funding.per_case_yuan"] = "10000",
  ["patent-enforcement-service-funding.priority_per_case_yuan"] = "15000",
  ["ip-pledge-financing-support.interest_subsidy_rate"] = "0.015",
  ["ip-standard-certification-support.support_yuan"] = "100000",
}

-- examples/guangzhou/enterprise-enforcement-winner.ini
local WINNER = {
  id = "91440106MA59G7K24W", name = "广州示例智能装备有限公司", region = "440106",
  industry = "advanced_equipment", year = 2017,
  is_high_tech = true, is_sme = true, is_state_owned = false,
  guangzhou_org_type = "enterprise",
  patent_disputes_won = 2, foreign_cases_non_infringement = 1,
  guangzhou_foreign_related_patent_cases = 1, guangzhou_major_impact_patent_cases = 0,
  ip_pledge_loan_yuan = "3456789.50",
  guangzhou_ip_standard_certified = true, guangzhou_ip_review_projects = 0,
  guangzhou_patent_navigation_projects = 1, guangzhou_operates_ip_trading_platform = false,
  guangzhou_overseas_patent_disputes = 1, guangzhou_high_level_ip_talent_recruited = 0,
  guangzhou_ip_training_events = 2,
}

-- examples/guangzhou/region-guangzhou.ini (illustrative, not official statistics)
local REGION_YEARS = {
  [2015] = { guangzhou_districts = 11, guangzhou_districts_patent_info_service = 4,
             guangzhou_ip_service_institutions_over_100m = 0,
             guangzhou_smes = 200000, guangzhou_smes_ip_info_push = 20000, ip_service_institutions = 520 },
  [2016] = { guangzhou_districts = 11, guangzhou_districts_patent_info_service = 7,
             guangzhou_ip_service_institutions_over_100m = 1,
             guangzhou_smes = 220000, guangzhou_smes_ip_info_push = 60000, ip_service_institutions = 600 },
  [2017] = { guangzhou_districts = 11, guangzhou_districts_patent_info_service = 9,
             guangzhou_ip_service_institutions_over_100m = 2,
             guangzhou_smes = 250000, guangzhou_smes_ip_info_push = 90000, ip_service_institutions = 680 },
  [2018] = { guangzhou_districts = 11, guangzhou_districts_patent_info_service = 11,
             guangzhou_ip_service_institutions_over_100m = 3,
             guangzhou_smes = 250000, guangzhou_smes_ip_info_push = 200000, ip_service_institutions = 750 },
}

---------------------------------------------------------------------------
-- Enterprises: the cases of tests/cli/guangzhou-2016/check-*.test
---------------------------------------------------------------------------

case {
  name = "二、(十五) and the rest: 天河区 SME that won 2 cases at home and 1 abroad; priority (涉外); six measures eligible, amounts null (the plan fixes none)",
  as_of = "2017-06-30",
  enterprise = WINNER,
  expect = {
    ["ip-review-support"] = { status = "ineligible" },
    ["patent-agency-agent-training"] = { status = "not_applicable" },
    ["patent-agency-service-expansion"] = { status = "not_applicable" },
    ["ip-operation-institution-cultivation"] = { status = "not_applicable" },
    ["ip-standard-certification-support"] = { status = "eligible", amount_yuan = "null", cap_yuan = "null" },
    ["ip-standard-coaching-support"] = { status = "not_applicable" },
    ["patent-navigation-support"] = { status = "eligible", amount_yuan = "null" },
    ["ip-pledge-financing-support"] = { status = "eligible", amount_yuan = "null", missing = {} },
    ["service-institution-listing-support"] = { status = "not_applicable" },
    ["ip-trading-platform-support"] = { status = "ineligible" },
    ["association-service-standards-support"] = { status = "not_applicable" },
    ["overseas-patent-dispute-support"] = { status = "eligible", amount_yuan = "null" },
    ["patent-enforcement-funding"] = { status = "eligible", amount_yuan = "null", priority = true, missing = {} },
    ["patent-enforcement-service-funding"] = { status = "not_applicable" },
    ["university-patent-licensing-support"] = { status = "not_applicable" },
    ["university-ip-talent-training-support"] = { status = "not_applicable" },
    ["university-ip-research-centre-support"] = { status = "not_applicable" },
    ["ip-talent-recruitment-support"] = { status = "ineligible" },
    ["ip-training-publicity-support"] = { status = "eligible", amount_yuan = "null" },
  },
}

case {
  name = "二、(十五)(八)(四) with illustrative amounts: a priority case (found not infringing abroad), so 2 × 75,000 + 1 × 300,000 = 450,000 at the priority amounts; 3,456,789.50 × 0.015 = 51,851.8425, rounded down 51,851.84; certification 100,000",
  as_of = "2017-06-30",
  params = ALL_PARAMS,
  enterprise = WINNER,
  expect = {
    ["ip-review-support"] = { status = "ineligible" },
    ["ip-standard-certification-support"] = { status = "eligible", amount_yuan = 100000, capped = false },
    ["patent-navigation-support"] = { status = "eligible", amount_yuan = "null" },
    ["ip-pledge-financing-support"] = { status = "eligible", amount_yuan = "51851.84", capped = false },
    ["ip-trading-platform-support"] = { status = "ineligible" },
    ["overseas-patent-dispute-support"] = { status = "eligible", amount_yuan = "null" },
    ["patent-enforcement-funding"] = { status = "eligible", amount_yuan = 450000, priority = true, capped = false },
    ["patent-enforcement-service-funding"] = { status = "not_applicable" },
    ["ip-talent-recruitment-support"] = { status = "ineligible" },
    ["ip-training-publicity-support"] = { status = "eligible", amount_yuan = "null" },
  },
}

case {
  name = "二、(十五): 番禺区 large enterprise on the day of issue (2016-11-25): one domestic suit won, eligible without priority; 二、(八) not for a large enterprise; the rest ineligible",
  as_of = "2016-11-25",
  enterprise = { id = "91440113MA59H2P44D", name = "番禺示例家电制造有限公司", region = "440113",
                 industry = "other", year = 2016, is_high_tech = false, is_sme = false, is_state_owned = false,
                 guangzhou_org_type = "enterprise",
                 patent_disputes_won = 1, foreign_cases_non_infringement = 0,
                 guangzhou_foreign_related_patent_cases = 0, guangzhou_major_impact_patent_cases = 0,
                 ip_pledge_loan_yuan = 1000000, guangzhou_ip_standard_certified = false,
                 guangzhou_ip_review_projects = 0, guangzhou_patent_navigation_projects = 0,
                 guangzhou_operates_ip_trading_platform = false, guangzhou_overseas_patent_disputes = 0,
                 guangzhou_high_level_ip_talent_recruited = 0, guangzhou_ip_training_events = 0 },
  expect = {
    ["ip-review-support"] = { status = "ineligible" },
    ["patent-agency-agent-training"] = { status = "not_applicable" },
    ["patent-agency-service-expansion"] = { status = "not_applicable" },
    ["ip-operation-institution-cultivation"] = { status = "not_applicable" },
    ["ip-standard-certification-support"] = { status = "ineligible" },
    ["ip-standard-coaching-support"] = { status = "not_applicable" },
    ["patent-navigation-support"] = { status = "ineligible" },
    ["ip-pledge-financing-support"] = { status = "not_applicable" },
    ["service-institution-listing-support"] = { status = "not_applicable" },
    ["ip-trading-platform-support"] = { status = "ineligible" },
    ["association-service-standards-support"] = { status = "not_applicable" },
    ["overseas-patent-dispute-support"] = { status = "ineligible" },
    ["patent-enforcement-funding"] = { status = "eligible", amount_yuan = "null", priority = false },
    ["patent-enforcement-service-funding"] = { status = "not_applicable" },
    ["university-patent-licensing-support"] = { status = "not_applicable" },
    ["university-ip-talent-training-support"] = { status = "not_applicable" },
    ["university-ip-research-centre-support"] = { status = "not_applicable" },
    ["ip-talent-recruitment-support"] = { status = "ineligible" },
    ["ip-training-publicity-support"] = { status = "ineligible" },
  },
}

case {
  name = "二、(十五): record under 440116 (萝岗区, merged into 黄埔区 440112) on the plan's last day in force; priority via a case of major impact (重大影响)",
  as_of = "2018-12-31",
  enterprise = { id = "91440112MA59C6D17J", name = "萝岗示例电子科技有限公司", region = "440116",
                 industry = "electronic_information", year = 2018,
                 is_high_tech = true, is_sme = true, is_state_owned = false, guangzhou_org_type = "enterprise",
                 patent_disputes_won = 1, foreign_cases_non_infringement = 0,
                 guangzhou_foreign_related_patent_cases = 0, guangzhou_major_impact_patent_cases = 1,
                 ip_pledge_loan_yuan = 0, guangzhou_ip_standard_certified = false,
                 guangzhou_ip_review_projects = 0, guangzhou_patent_navigation_projects = 0,
                 guangzhou_operates_ip_trading_platform = false, guangzhou_overseas_patent_disputes = 0,
                 guangzhou_high_level_ip_talent_recruited = 0, guangzhou_ip_training_events = 0 },
  expect = {
    ["ip-review-support"] = { status = "ineligible" },
    ["ip-standard-certification-support"] = { status = "ineligible" },
    ["patent-navigation-support"] = { status = "ineligible" },
    ["ip-pledge-financing-support"] = { status = "ineligible" },
    ["ip-trading-platform-support"] = { status = "ineligible" },
    ["overseas-patent-dispute-support"] = { status = "ineligible" },
    ["patent-enforcement-funding"] = { status = "eligible", amount_yuan = "null", priority = true },
    ["patent-enforcement-service-funding"] = { status = "not_applicable" },
    ["ip-talent-recruitment-support"] = { status = "ineligible" },
    ["ip-training-publicity-support"] = { status = "ineligible" },
  },
}

case {
  name = "missing data (海珠区, JSON example): unknown with the fields named; 二、(十五) still eligible on patent_disputes_won alone, its amount lacking foreign_cases_non_infringement",
  as_of = "2017-06-30",
  enterprise = { id = "91440105MA59J8R36E", name = "海珠示例生物医药有限公司", region = "440105",
                 industry = "biomedicine", year = 2017, is_sme = true, patent_disputes_won = 1 },
  expect = {
    ["ip-review-support"] = { status = "unknown", missing = { "guangzhou_ip_review_projects" } },
    ["patent-agency-agent-training"] = { status = "unknown", missing = { "guangzhou_org_type" } },
    ["patent-agency-service-expansion"] = { status = "unknown", missing = { "guangzhou_org_type" } },
    ["ip-operation-institution-cultivation"] = { status = "unknown", missing = { "guangzhou_org_type" } },
    ["ip-standard-certification-support"] = { status = "unknown", missing = { "guangzhou_ip_standard_certified" } },
    ["ip-standard-coaching-support"] = { status = "unknown", missing = { "guangzhou_org_type" } },
    ["patent-navigation-support"] = { status = "unknown", missing = { "guangzhou_patent_navigation_projects" } },
    ["ip-pledge-financing-support"] = { status = "unknown", missing = { "ip_pledge_loan_yuan" } },
    ["service-institution-listing-support"] = { status = "unknown", missing = { "guangzhou_org_type" } },
    ["ip-trading-platform-support"] = { status = "unknown", missing = { "guangzhou_operates_ip_trading_platform" } },
    ["association-service-standards-support"] = { status = "unknown", missing = { "guangzhou_org_type" } },
    ["overseas-patent-dispute-support"] = { status = "unknown", missing = { "guangzhou_overseas_patent_disputes" } },
    -- the amount depends on the priority condition, which lacks all three fields
    ["patent-enforcement-funding"] = { status = "eligible", amount_yuan = "null", priority = false,
                                       missing = { "foreign_cases_non_infringement", "guangzhou_foreign_related_patent_cases",
                                                   "guangzhou_major_impact_patent_cases" } },
    ["patent-enforcement-service-funding"] = { status = "unknown", missing = { "guangzhou_org_type" } },
    ["university-patent-licensing-support"] = { status = "unknown", missing = { "guangzhou_org_type" } },
    ["university-ip-talent-training-support"] = { status = "unknown", missing = { "guangzhou_org_type" } },
    ["university-ip-research-centre-support"] = { status = "unknown", missing = { "guangzhou_org_type" } },
    ["ip-talent-recruitment-support"] = { status = "unknown", missing = { "guangzhou_org_type" } },
    ["ip-training-publicity-support"] = { status = "unknown", missing = { "guangzhou_org_type" } },
  },
}

case {
  name = "二、(一)(二)(四)(七)(十)(十五)(十八): 越秀区 patent agency; 3 cases represented × 15,000 = 45,000 at the priority amount (a case of major impact)",
  as_of = "2017-06-30",
  params = ALL_PARAMS,
  enterprise = { id = "91440104MA59K3T659", name = "广州示例专利代理事务所有限公司", region = "440104",
                 industry = "other", year = 2017, is_high_tech = false, is_sme = true, is_state_owned = false,
                 guangzhou_org_type = "patent_agency", guangzhou_ip_review_projects = 1,
                 guangzhou_patent_agents_trained = 4, guangzhou_offers_extended_ip_services = true,
                 guangzhou_in_operation_cultivation_project = false, guangzhou_ip_standard_certified = true,
                 guangzhou_ip_standard_coaching_clients = 12, guangzhou_patent_navigation_projects = 2,
                 ip_pledge_loan_yuan = 0, guangzhou_listed_chinext_or_neeq = true,
                 guangzhou_operates_ip_trading_platform = false, guangzhou_overseas_patent_disputes = 0,
                 patent_disputes_won = 0, foreign_cases_non_infringement = 0,
                 guangzhou_enforcement_cases_represented = 3, guangzhou_foreign_related_patent_cases = 0,
                 guangzhou_major_impact_patent_cases = 1, guangzhou_high_level_ip_talent_recruited = 1,
                 guangzhou_ip_training_events = 0 },
  expect = {
    ["ip-review-support"] = { status = "eligible", amount_yuan = "null" },
    ["patent-agency-agent-training"] = { status = "eligible", amount_yuan = "null" },
    ["patent-agency-service-expansion"] = { status = "eligible", amount_yuan = "null" },
    ["ip-operation-institution-cultivation"] = { status = "ineligible" },
    ["ip-standard-certification-support"] = { status = "eligible", amount_yuan = 100000 },
    ["ip-standard-coaching-support"] = { status = "eligible", amount_yuan = "null" },
    ["patent-navigation-support"] = { status = "eligible", amount_yuan = "null" },
    ["ip-pledge-financing-support"] = { status = "ineligible" },
    ["service-institution-listing-support"] = { status = "eligible", amount_yuan = "null" },
    ["ip-trading-platform-support"] = { status = "ineligible" },
    ["association-service-standards-support"] = { status = "not_applicable" },
    ["overseas-patent-dispute-support"] = { status = "ineligible" },
    ["patent-enforcement-funding"] = { status = "ineligible", amount_yuan = "null" },
    ["patent-enforcement-service-funding"] = { status = "eligible", amount_yuan = 45000, priority = true, capped = false },
    ["university-patent-licensing-support"] = { status = "not_applicable" },
    ["university-ip-talent-training-support"] = { status = "not_applicable" },
    ["university-ip-research-centre-support"] = { status = "not_applicable" },
    ["ip-talent-recruitment-support"] = { status = "eligible", amount_yuan = "null" },
    ["ip-training-publicity-support"] = { status = "ineligible" },
  },
}

---------------------------------------------------------------------------
-- Enterprises: cases the CLI tests do not have (computed by hand here)
---------------------------------------------------------------------------

case {
  name = "二、(十七)(十八)(四): a university licensing patents, training IP staff, with a research centre (200,000 set) and certified; 二、(十八)(十九) do not apply to it",
  as_of = "2017-06-30",
  params = { ["university-ip-research-centre-support.support_yuan"] = "200000" },
  enterprise = { id = "124401064554321098", name = "广州示例大学", region = "440106", year = 2017,
                 guangzhou_org_type = "university", guangzhou_patent_licences_granted = 5,
                 guangzhou_ip_talent_programmes = 2, guangzhou_has_ip_research_centre = true,
                 guangzhou_ip_standard_certified = true, guangzhou_high_level_ip_talent_recruited = 3,
                 guangzhou_ip_training_events = 4, guangzhou_patent_agents_trained = 1 },
  expect = {
    ["university-patent-licensing-support"] = { status = "eligible", amount_yuan = "null" },
    ["university-ip-talent-training-support"] = { status = "eligible", amount_yuan = "null" },
    ["university-ip-research-centre-support"] = { status = "eligible", amount_yuan = 200000 },
    ["ip-standard-certification-support"] = { status = "eligible", amount_yuan = "null" },
    ["ip-talent-recruitment-support"] = { status = "not_applicable" },
    ["ip-training-publicity-support"] = { status = "not_applicable" },
    ["patent-agency-agent-training"] = { status = "not_applicable" },
    ["ip-operation-institution-cultivation"] = { status = "not_applicable" },
    ["association-service-standards-support"] = { status = "not_applicable" },
  },
}

case {
  name = "二、(十七)(十八): a research institute (科研院所) with no licence, no programme and no research centre: addressed, ineligible",
  as_of = "2018-03-31",
  enterprise = { id = "124401054556677845", name = "广州示例研究院", region = "440105", year = 2017,
                 guangzhou_org_type = "research_institute", guangzhou_patent_licences_granted = 0,
                 guangzhou_ip_talent_programmes = 0, guangzhou_has_ip_research_centre = false },
  expect = {
    ["university-patent-licensing-support"] = { status = "ineligible" },
    ["university-ip-talent-training-support"] = { status = "ineligible" },
    ["university-ip-research-centre-support"] = { status = "ineligible" },
  },
}

case {
  name = "二、(十二)(十九)(七): an association drafting IP service standards (50,000 set), training, navigating; outside 二、(四) coaching and 二、(十八) recruiting",
  as_of = "2017-06-30",
  params = { ["association-service-standards-support.support_yuan"] = "50000" },
  enterprise = { id = "51440104MJ00123427", name = "广州示例知识产权服务行业协会", region = "440104", year = 2017,
                 guangzhou_org_type = "industry_association", guangzhou_ip_service_standards_drafted = 1,
                 guangzhou_ip_training_events = 3, guangzhou_patent_navigation_projects = 1,
                 guangzhou_high_level_ip_talent_recruited = 2, guangzhou_ip_standard_coaching_clients = 5 },
  expect = {
    ["association-service-standards-support"] = { status = "eligible", amount_yuan = 50000 },
    ["ip-training-publicity-support"] = { status = "eligible", amount_yuan = "null" },
    ["patent-navigation-support"] = { status = "eligible", amount_yuan = "null" },
    ["ip-talent-recruitment-support"] = { status = "not_applicable" },
    ["ip-standard-coaching-support"] = { status = "not_applicable" },
    ["university-patent-licensing-support"] = { status = "not_applicable" },
  },
}

case {
  name = "二、(三)(四)(十)(十一)(一)(十五): IP service institution (not a patent agency); 2 cases represented × 10,000 = 20,000, no priority",
  as_of = "2017-06-30",
  params = { ["patent-enforcement-service-funding.per_case_yuan"] = "10000",
             ["ip-review-support.support_yuan"] = "20000" },
  enterprise = { id = "91440106MA5C1234X1", name = "广州示例知识产权运营有限公司", region = "440106", year = 2017,
                 is_sme = true, guangzhou_org_type = "ip_service_institution",
                 guangzhou_in_operation_cultivation_project = true, guangzhou_ip_standard_coaching_clients = 3,
                 guangzhou_listed_chinext_or_neeq = false, guangzhou_operates_ip_trading_platform = true,
                 guangzhou_patent_agents_trained = 2, guangzhou_offers_extended_ip_services = true,
                 guangzhou_ip_review_projects = 2,
                 patent_disputes_won = 0, foreign_cases_non_infringement = 0,
                 guangzhou_enforcement_cases_represented = 2,
                 guangzhou_foreign_related_patent_cases = 0, guangzhou_major_impact_patent_cases = 0 },
  expect = {
    ["ip-operation-institution-cultivation"] = { status = "eligible", amount_yuan = "null" },
    ["ip-standard-coaching-support"] = { status = "eligible", amount_yuan = "null" },
    ["service-institution-listing-support"] = { status = "ineligible" },
    ["ip-trading-platform-support"] = { status = "eligible", amount_yuan = "null" },
    ["patent-agency-agent-training"] = { status = "not_applicable" },
    ["patent-agency-service-expansion"] = { status = "not_applicable" },
    ["ip-review-support"] = { status = "eligible", amount_yuan = 20000 },
    ["patent-enforcement-funding"] = { status = "ineligible" },
    ["patent-enforcement-service-funding"] = { status = "eligible", amount_yuan = 20000, priority = false },
  },
}

case {
  name = "二、(十八): a science park recruiting high-level IP talent is addressed; 二、(十九) names enterprises, associations and alliances, not parks",
  as_of = "2017-06-30",
  enterprise = { id = "91440112MA5D23453E", name = "广州示例科技园开发有限公司", region = "440112", year = 2017,
                 guangzhou_org_type = "science_park", guangzhou_high_level_ip_talent_recruited = 1,
                 guangzhou_ip_training_events = 2 },
  expect = {
    ["ip-talent-recruitment-support"] = { status = "eligible", amount_yuan = "null" },
    ["ip-training-publicity-support"] = { status = "not_applicable" },
  },
}

case {
  name = "二、(十五): only found not infringing abroad (2 cases): eligible and a priority case by itself (涉外); 2 × 300,000 = 600,000 at the priority amount; 二、(十四) 30,000 set for the overseas dispute",
  as_of = "2018-06-30",
  params = { ["patent-enforcement-funding.per_case_won_yuan"] = "50000",
             ["patent-enforcement-funding.per_foreign_non_infringement_yuan"] = "200000",
             ["patent-enforcement-funding.priority_per_case_won_yuan"] = "75000",
             ["patent-enforcement-funding.priority_per_foreign_non_infringement_yuan"] = "300000",
             ["overseas-patent-dispute-support.support_yuan"] = "30000" },
  enterprise = { id = "91440115MA5E34567E", name = "南沙示例出口电器有限公司", region = "440115", year = 2018,
                 is_sme = false, guangzhou_org_type = "enterprise",
                 patent_disputes_won = 0, foreign_cases_non_infringement = 2,
                 guangzhou_foreign_related_patent_cases = 0, guangzhou_major_impact_patent_cases = 0,
                 guangzhou_overseas_patent_disputes = 1 },
  expect = {
    ["patent-enforcement-funding"] = { status = "eligible", amount_yuan = 600000, priority = true, capped = false },
    ["overseas-patent-dispute-support"] = { status = "eligible", amount_yuan = 30000 },
  },
}

case {
  name = "二、(十五): priority amounts unset while the ordinary ones are set: a priority case has amount null (the plan fixes neither), the reason names the parameter",
  as_of = "2018-06-30",
  params = { ["patent-enforcement-funding.per_case_won_yuan"] = "50000",
             ["patent-enforcement-funding.per_foreign_non_infringement_yuan"] = "200000" },
  enterprise = { id = "91440115MA5E34567E", name = "南沙示例出口电器有限公司", region = "440115", year = 2018,
                 is_sme = false, guangzhou_org_type = "enterprise",
                 patent_disputes_won = 1, foreign_cases_non_infringement = 0,
                 guangzhou_foreign_related_patent_cases = 0, guangzhou_major_impact_patent_cases = 1 },
  expect = { ["patent-enforcement-funding"] = { status = "eligible", amount_yuan = "null", priority = true } },
}

case {
  name = "二、(十五): a respondent or defendant who won at home is not funded (patent_disputes_won counts requesters and plaintiffs only): 0 and 0, ineligible",
  as_of = "2018-06-30",
  enterprise = { id = "91440103MA5G567849", name = "荔湾示例服装有限公司", region = "440103", year = 2018,
                 guangzhou_org_type = "enterprise", patent_disputes_won = 0, foreign_cases_non_infringement = 0,
                 guangzhou_foreign_related_patent_cases = 0, guangzhou_major_impact_patent_cases = 0 },
  expect = { ["patent-enforcement-funding"] = { status = "ineligible" } },
}

case {
  name = "二、(十五) and docs/dsl.md (any param unset: amount null): per_foreign_non_infringement_yuan not set, so no amount although no foreign case; priority from a foreign-related domestic win",
  as_of = "2017-06-30",
  params = { ["patent-enforcement-funding.per_case_won_yuan"] = "50000" },
  enterprise = { id = "91440106MA5H678989", name = "天河示例软件有限公司", region = "440106", year = 2017,
                 guangzhou_org_type = "enterprise", patent_disputes_won = 2, foreign_cases_non_infringement = 0,
                 guangzhou_foreign_related_patent_cases = 1, guangzhou_major_impact_patent_cases = 0 },
  expect = { ["patent-enforcement-funding"] = { status = "eligible", amount_yuan = "null", priority = true } },
}

case {
  name = "二、(八): the interest subsidy is rounded down to the fen: 666,667 × 0.015 = 10,000.005 → 10,000.00 (not 10,000.01)",
  as_of = "2017-06-30",
  params = { ["ip-pledge-financing-support.interest_subsidy_rate"] = "0.015" },
  enterprise = { id = "91440111MA5F456707", name = "白云示例化妆品有限公司", region = "440111", year = 2017,
                 is_sme = true, ip_pledge_loan_yuan = 666667 },
  expect = { ["ip-pledge-financing-support"] = { status = "eligible", amount_yuan = "10000.00", cap_yuan = "null" } },
}

---------------------------------------------------------------------------
-- The city's targets (二、(六)(十)(十三)): 2015 baseline, due 2018
---------------------------------------------------------------------------

case {
  name = "二、(六)(十)(十三) as of 2017-06-30 (2016 figures, line one third of the way from 2015): 7/11 ≥ 0.5758 on track; 一批: 1 reported, not judged; 0.2727 < 0.4 behind",
  as_of = "2017-06-30",
  region = { code = "440100", name = "广州市", years = REGION_YEARS },
  expect = {
    ["regional-patent-info-service-coverage"] = { status = "on_track", actual = 0.6364, progress = 0.6364 },
    ["ip-service-institutions-revenue-over-100m"] = { status = "not_judged", actual = 1 },
    ["sme-ip-info-push-coverage"] = { status = "behind", actual = 0.2727, progress = 0.2727 },
  },
}

case {
  name = "二、(六)(十)(十三) as of 2018-06-30 (2017 figures): 9/11 = 0.8182 ≥ line 0.7879 on track; 一批: 2 reported; 0.36 < line 0.7 behind",
  as_of = "2018-06-30",
  region = { code = "440100", name = "广州市", years = REGION_YEARS },
  expect = {
    ["regional-patent-info-service-coverage"] = { status = "on_track", actual = 0.8182, progress = 0.8182 },
    ["ip-service-institutions-revenue-over-100m"] = { status = "not_judged", actual = 2 },
    ["sme-ip-info-push-coverage"] = { status = "behind", actual = 0.36, progress = 0.36 },
  },
}

case {
  name = "二、(六)(十)(十三) past due, judged on 2018: 11/11 met; 一批: 3 reported, not judged; 200,000/250,000 = 0.8 not met",
  as_of = "2019-06-30",
  region = { code = "440100", name = "广州市", years = REGION_YEARS },
  expect = {
    ["regional-patent-info-service-coverage"] = { status = "met", actual = 1, progress = 1 },
    ["ip-service-institutions-revenue-over-100m"] = { status = "not_judged", actual = 3 },
    ["sme-ip-info-push-coverage"] = { status = "not_met", actual = 0.8, progress = 0.8 },
  },
}

case {
  name = "二、(十三) past due with no 2018 push figure (JSON example): no_data, the 2017 share 0.36 shown, guangzhou_smes_ip_info_push@2018 missing",
  as_of = "2019-06-30",
  region = { code = "440100", name = "广州市", years = {
    [2015] = { guangzhou_districts = 11, guangzhou_districts_patent_info_service = 4,
               guangzhou_ip_service_institutions_over_100m = 0, guangzhou_smes = 200000, guangzhou_smes_ip_info_push = 20000 },
    [2016] = { guangzhou_districts = 11, guangzhou_districts_patent_info_service = 7,
               guangzhou_ip_service_institutions_over_100m = 1, guangzhou_smes = 220000, guangzhou_smes_ip_info_push = 60000 },
    [2017] = { guangzhou_districts = 11, guangzhou_districts_patent_info_service = 9,
               guangzhou_ip_service_institutions_over_100m = 2, guangzhou_smes = 250000, guangzhou_smes_ip_info_push = 90000 },
    [2018] = { guangzhou_districts = 11, guangzhou_districts_patent_info_service = 11,
               guangzhou_ip_service_institutions_over_100m = 3, guangzhou_smes = 250000 },
  } },
  expect = {
    ["regional-patent-info-service-coverage"] = { status = "met", actual = 1 },
    ["ip-service-institutions-revenue-over-100m"] = { status = "not_judged", actual = 3 },
    ["sme-ip-info-push-coverage"] = { status = "no_data", actual = 0.36, missing = { "guangzhou_smes_ip_info_push@2018" } },
  },
}

case {
  name = "二、(六)(十)(十三) past due, short of each: 10/11 = 0.9091 not met (全覆盖 is every district); 一批: 1 institution reported, not judged (no invented 2); every SME reached: met",
  as_of = "2019-06-30",
  region = { code = "440100", name = "广州市", years = {
    [2015] = { guangzhou_districts = 11, guangzhou_districts_patent_info_service = 4,
               guangzhou_ip_service_institutions_over_100m = 0, guangzhou_smes = 200000, guangzhou_smes_ip_info_push = 20000 },
    [2018] = { guangzhou_districts = 11, guangzhou_districts_patent_info_service = 10,
               guangzhou_ip_service_institutions_over_100m = 1, guangzhou_smes = 250000, guangzhou_smes_ip_info_push = 250000 },
  } },
  expect = {
    ["regional-patent-info-service-coverage"] = { status = "not_met", actual = 0.9091, progress = 0.9091 },
    ["ip-service-institutions-revenue-over-100m"] = { status = "not_judged", actual = 1 },
    ["sme-ip-info-push-coverage"] = { status = "met", actual = 1, progress = 1 },
  },
}
