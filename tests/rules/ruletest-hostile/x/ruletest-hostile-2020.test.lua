-- Cases a rule test must refuse rather than misread (issue 9).
case {
  name = "an impossible date is an error, not today",
  as_of = "2018-02-30",
  enterprise = { id = "x1", region = "210204", invention_grants_domestic = 3 },
  expect_none = true,
}
case {
  name = "a number is not a date either",
  as_of = 20210630,
  enterprise = { id = "x1", region = "210204", invention_grants_domestic = 3 },
  expect_none = true,
}
-- a list whose length (a border, as # finds it) is 2^40
local huge = { "a", "a", "a", "a", "a" }
huge[8], huge[9] = "a", "a"
for k = 4, 40 do huge[1 << k] = "a" end
case {
  name = "a missing list of length 2^40 is compared, not walked",
  as_of = "2021-06-30",
  enterprise = { id = "x1", region = "210204", invention_grants_domestic = 3 },
  expect = { s = { status = "eligible", missing = huge } },
}
case {
  name = "a rate above 1 is refused, as in the config",
  as_of = "2021-06-30",
  params = { ["r.share"] = "1.5" },
  enterprise = { id = "x1", region = "210204", ip_pledge_loan_yuan = 100000 },
  expect = { r = { status = "eligible", amount_yuan = 150000 } },
}
