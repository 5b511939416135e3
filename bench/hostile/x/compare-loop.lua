-- The slowest loop docs/security.md knows of within the default budgets: every
-- few instructions compare two 64 KiB strings that differ in their last byte
-- (each comparison reads them whole, in one VM instruction).  Measure it with
--   time ./build/plancheck --rules bench/hostile --as-of 2021-06-30 check examples/dalian/enterprise-grants.ini
-- (exit 65: the rule fails at the instruction limit).
plan {
  id = "compare-loop", title = { zh = "比较循环", en = "compare loop" }, document = "bench",
  jurisdiction = "210200", issued = "2020-01-01", period = { 2017, 2022 },
}
subsidy {
  id = "compare", cite = "一", title = { zh = "比较", en = "compare" },
  eligible = check { fields = { "invention_grants_domestic" }, zh = "比较", en = "compare",
    fn = function()
      local a = ("a"):rep(65535) .. "a"
      local b = ("a"):rep(65535) .. "b"
      local n = 0
      while true do
        if a == b then n = n + 1 end
      end
    end },
}
