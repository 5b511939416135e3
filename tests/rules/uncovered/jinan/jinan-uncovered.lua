-- A plan for 济南市 (370100), a jurisdiction no shipped plugin covers: it
-- loads, lint warns about it, and a region code beneath it that no plugin
-- lists (370199) is refused rather than judged as a district of Jinan.
plan {
  id = "jinan-uncovered", title = { zh = "济南示例", en = "Jinan example" }, document = "test",
  jurisdiction = "370100", issued = "2020-01-01", period = { 2020, 2022 },
}
subsidy {
  id = "grant", cite = "一", title = { zh = "补助", en = "subsidy" },
  eligible = gt("invention_grants_domestic", 0),
}
