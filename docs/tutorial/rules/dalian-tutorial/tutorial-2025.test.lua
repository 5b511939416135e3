-- Rule tests for tutorial-2025 (run: plancheck --rules docs/tutorial/rules test
-- docs/tutorial/rules/dalian-tutorial/tutorial-2025.test.lua). Each expectation
-- is worked out by hand from the plan text (docs/tutorial/plan.txt).

case {
  name = "二、(一): 6 patents × 5,000 = 30,000, capped at 20,000 a year",
  as_of = "2025-09-30",
  enterprise = { id = "91210204MA0TUT0R19", region = "210204", year = 2025,
                 is_sme = true, invention_grants_domestic = 6 },
  expect = { ["invention-grant-award"] = { status = "eligible", amount_yuan = 20000, capped = true } },
}

case {
  name = "二、(一): 3 patents × 5,000 = 15,000, under the cap",
  as_of = "2025-09-30",
  enterprise = { id = "91210204MA0TUT0R19", region = "210204", year = 2025,
                 is_sme = true, invention_grants_domestic = 3 },
  expect = { ["invention-grant-award"] = { status = "eligible", amount_yuan = 15000, capped = false } },
}

case {
  name = "二、(一): 8,000 already received this year leaves 12,000 of the cap",
  as_of = "2025-09-30",
  enterprise = { id = "91210204MA0TUT0R19", region = "210204", year = 2025,
                 is_sme = true, invention_grants_domestic = 3,
                 received = { ["tutorial-2025/invention-grant-award"] = 8000 } },
  expect = { ["invention-grant-award"] = { status = "eligible", amount_yuan = 12000, capped = true } },
}

case {
  name = "二、(一): a different per-patent amount, as a config would set it",
  as_of = "2025-09-30",
  params = { ["invention-grant-award.per_grant_yuan"] = "3000" },
  enterprise = { id = "91210204MA0TUT0R19", region = "210204", year = 2025,
                 is_sme = true, invention_grants_domestic = 6 },
  expect = { ["invention-grant-award"] = { status = "eligible", amount_yuan = 18000, capped = false } },
}

case {
  name = "二、(一): the award is for SMEs only",
  as_of = "2025-09-30",
  enterprise = { id = "91210204MA0TUT0R19", region = "210204", year = 2025,
                 is_sme = false, invention_grants_domestic = 6 },
  expect = { ["invention-grant-award"] = { status = "not_applicable" } },
}

case {
  name = "三、(一): a high-tech enterprise without an IP officer",
  as_of = "2025-09-30",
  enterprise = { id = "91210204MA0TUT0R19", region = "210204", year = 2025,
                 is_high_tech = true, ip_full_time_staff = 0 },
  expect = { ["ip-officer"] = { status = "non_compliant" } },
}

case {
  name = "三、(一): staff unknown: the obligation cannot be decided",
  as_of = "2025-09-30",
  enterprise = { id = "91210204MA0TUT0R19", region = "210204", year = 2025, is_high_tech = true },
  expect = { ["ip-officer"] = { status = "unknown", missing = { "ip_full_time_staff" } } },
}

case {
  name = "一: 4,900 / 752 = 6.516 per 10,000 in 2025; the line from 5.0 (2024) expects 6",
  as_of = "2026-06-30",
  region = { code = "210200", name = "大连市", years = {
    [2024] = { population_10k = 750, high_value_invention_patents = 3750 },
    [2025] = { population_10k = 752, high_value_invention_patents = 4900 },
  } },
  expect = { ["high-value-patents-per-10k"] = { status = "on_track", actual = 6.5160, progress = 0.8145 } },
}
