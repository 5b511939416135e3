-- A good plan beside broken-unknown-field.lua: it still loads and is evaluated
-- (tests/cli/dsl/broken-unknown-field-good-plan.test).
plan {
  id = "broken-good",
  title = { zh = "正确示例", en = "Good example" },
  document = "测试〔2016〕8号",
  jurisdiction = "210200",
  issued = "2016-01-15",
  period = { 2016, 2019 },
}

subsidy {
  id = "good-award",
  cite = "一、(一)",
  title = { zh = "发明专利授权奖励", en = "Invention patent grant award" },
  eligible = gt("invention_grants_domestic", 0),
  params = {
    award_yuan = money_param { zh = "奖励", en = "award", default = 1000 },
  },
  amount = fixed("award_yuan"),
}
