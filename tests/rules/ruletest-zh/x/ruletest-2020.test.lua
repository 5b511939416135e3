-- plancheck test under --lang zh (tests/cli/zh/messages-ruletest.test): the
-- report's words in Chinese; expect_error matches the zh or the en text.
case {
  name = "通过:3 件 × 5000 = 15000",
  as_of = "2021-06-30",
  enterprise = { id = "x1", region = "210204", invention_grants_domestic = 3 },
  expect = { s = { status = "eligible", amount_yuan = 15000 } },
}
case {
  name = "故意失败:金额是 15000",
  as_of = "2021-06-30",
  enterprise = { id = "x1", region = "210204", invention_grants_domestic = 3 },
  expect = { s = { amount_yuan = 15001 } },
}
case {
  name = "通过:负数被拒绝(中文)",
  as_of = "2021-06-30",
  enterprise = { id = "x3", region = "210204", invention_grants_domestic = -1 },
  expect_error = "应为非负整数",
}
case {
  name = "通过:负数被拒绝(英文)",
  as_of = "2021-06-30",
  enterprise = { id = "x3", region = "210204", invention_grants_domestic = -1 },
  expect_error = "expected non-negative integer",
}
case {
  name = "故意失败:错误文本不符",
  as_of = "2021-06-30",
  enterprise = { id = "x3", region = "210204", invention_grants_domestic = -1 },
  expect_error = "nothing like this",
}
