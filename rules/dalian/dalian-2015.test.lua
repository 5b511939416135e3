-- Rule tests for dalian-2015 (run: plancheck test rules/dalian).  Each case is
-- an enterprise or a region, a date, and what the plan says should come out,
-- computed by hand from the plan text.

case {
  name = "三、(一): granted patents make an enterprise eligible; the plan fixes no amount",
  as_of = "2018-06-30",
  enterprise = { id = "91210204MA0QF3K591", region = "210204",
                 invention_grants_domestic = 12, invention_grants_foreign = 3 },
  expect = { ["invention-grant-subsidy"] = { status = "eligible", amount_yuan = "null", cap_yuan = 300000 } },
}

case {
  name = "三、(一): 12 × 20,000 + 3 × 50,000 = 390,000, capped at 300,000",
  as_of = "2018-06-30",
  params = { ["invention-grant-subsidy.domestic_grant_yuan"] = "20000",
             ["invention-grant-subsidy.foreign_grant_yuan"] = "50000" },
  enterprise = { id = "91210204MA0QF3K591", region = "210204",
                 invention_grants_domestic = 12, invention_grants_foreign = 3 },
  expect = { ["invention-grant-subsidy"] = { status = "eligible", amount_yuan = 300000, capped = true } },
}

case {
  name = "三、(一): 120,000 already received leaves 180,000 of the cap",
  as_of = "2018-06-30",
  params = { ["invention-grant-subsidy.domestic_grant_yuan"] = "20000",
             ["invention-grant-subsidy.foreign_grant_yuan"] = "50000" },
  enterprise = { id = "91210211MA0XN42B6U", region = "210211",
                 invention_grants_domestic = 7, invention_grants_foreign = 1,
                 received = { ["dalian-2015/invention-grant-subsidy"] = 120000 } },
  expect = { ["invention-grant-subsidy"] = { status = "eligible", amount_yuan = 180000, capped = true } },
}

case {
  name = "三、(二)(三)(六): an SME using patent information, transferring and drafting standards",
  as_of = "2018-06-30",
  enterprise = { id = "91210211MA0XN42B6U", region = "210211", is_sme = true,
                 uses_patent_info_services = true, local_high_value_transfers = 2, standards_drafted = 1,
                 invention_grants_domestic = 0, invention_grants_foreign = 0 },
  expect = {
    ["invention-grant-subsidy"] = { status = "ineligible" },
    ["patent-info-service-voucher"] = { status = "eligible", amount_yuan = "null" },
    ["local-high-value-transfer-support"] = { status = "eligible" },
    ["standardisation-award"] = { status = "eligible" },
  },
}

case {
  name = "三、(二): the voucher is for SMEs only",
  as_of = "2018-06-30",
  enterprise = { id = "91210204MA0QF3K591", region = "210204", is_sme = false, uses_patent_info_services = true },
  expect = { ["patent-info-service-voucher"] = { status = "not_applicable" } },
}

case {
  name = "missing grant counts: unknown, and the fields are named",
  as_of = "2018-06-30",
  enterprise = { id = "91210203MA0U7L6D46", region = "210203" },
  expect = { ["invention-grant-subsidy"] = { status = "unknown",
                                              missing = { "invention_grants_domestic", "invention_grants_foreign" } } },
}

case {
  name = "一、(二) and 三: the city's progress as of 2018-06-30 (2017 figures, line from 2014)",
  as_of = "2018-06-30",
  region = { code = "210200", name = "大连市", years = {
    [2014] = { valid_invention_patents = 7000, pct_applications = 180, registered_trademarks = 52000,
               copyright_registrations = 60, software_copyright_registrations = 95, plant_variety_grants = 7,
               municipal_ip_advantage_enterprises = 80, tech_contract_turnover_yuan = 7000000000,
               standard_compliant_enterprises = 10, dalian_key_standard_compliant_enterprises = 4,
               sme_ip_management_systems = 60, patent_topic_databases = 2,
               soe_patent_conversion_output_yuan = 18000000000, ip_service_institutions = 45 },
    [2015] = { plant_variety_grants = 8 },
    [2016] = { plant_variety_grants = 9 },
    [2017] = { population_10k = 700, valid_invention_patents = 9800, pct_applications = 260,
               registered_trademarks = 68500, copyright_registrations = 85, software_copyright_registrations = 130,
               plant_variety_grants = 10, municipal_ip_advantage_enterprises = 150,
               tech_contract_turnover_yuan = 9200000000, standard_compliant_enterprises = 52,
               dalian_key_standard_compliant_enterprises = 25, dalian_national_provincial_ip_advantage_enterprises = 21,
               sme_ip_management_systems = 230, patent_topic_databases = 10,
               soe_patent_conversion_output_yuan = 24000000000, ip_service_institutions = 80 },
  } },
  expect = {
    ["invention-patents-per-10k"] = { status = "on_track", actual = 14, progress = 0.8235 },
    ["pct-applications"] = { status = "behind", actual = 260, progress = 0.65 },
    -- figures of 2020 reached with the 2017 figure: on track, met only on the 2020 figure
    ["registered-trademarks"] = { status = "on_track" },
    ["copyright-registrations"] = { status = "on_track" },
    ["software-copyright-registrations"] = { status = "on_track" },
    ["plant-variety-grants"] = { status = "on_track", actual = 27 },
    ["agri-geographical-indications"] = { status = "no_data", missing = { "agri_geographical_indications@2017" } },
    ["municipal-ip-advantage-enterprises"] = { status = "on_track" },
    ["tech-contract-turnover"] = { status = "behind" },
    -- key enterprises only: 25 < the line 4 + 46*3/6 = 27 (all certified, 52, would be met)
    ["standard-compliant-key-enterprises"] = { status = "behind", actual = 25, progress = 0.5 },
    ["standard-compliant-enterprises"] = { status = "not_judged", actual = 52 },
    ["national-provincial-ip-advantage-enterprises"] = { status = "not_judged", actual = 21 },
    ["sme-ip-management-systems"] = { status = "behind" },
    ["patent-topic-databases"] = { status = "on_track" },
    ["soe-patent-conversion-output"] = { status = "behind" },
    ["ip-service-institutions"] = { status = "on_track" },
  },
}
