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
case {
  name = "passes: an enterprise outside the jurisdiction gets no result",
  as_of = "2021-06-30",
  enterprise = { id = "x2", region = "440106", invention_grants_domestic = 3 },
  expect_none = true,
}
case {
  name = "passes: a negative count is refused",
  as_of = "2021-06-30",
  enterprise = { id = "x3", region = "210204", invention_grants_domestic = -1 },
  expect_error = "expected non-negative integer",
}
case {
  name = "fails on purpose: this record is accepted",
  as_of = "2021-06-30",
  enterprise = { id = "x4", region = "210204", invention_grants_domestic = 1 },
  expect_error = "anything",
}
