case {
  name = "passes: 3 grants × 5000 = 15000",
  as_of = "2021-06-30",
  enterprise = { id = "x1", region = "210204", invention_grants_domestic = 3 },
  expect = { s = { status = "eligible", amount_yuan = 15000, capped = false } },
}
case {
  name = "fails on purpose: the amount is 15000, not 15001",
  as_of = "2021-06-30",
  enterprise = { id = "x1", region = "210204", invention_grants_domestic = 3 },
  expect = { s = { status = "eligible", amount_yuan = 15001 } },
}
case {
  name = "fails on purpose: a rule the plan does not have",
  as_of = "2021-06-30",
  enterprise = { id = "x1", region = "210204", invention_grants_domestic = 3 },
  expect = { nope = { status = "eligible" } },
}
