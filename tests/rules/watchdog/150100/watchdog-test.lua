-- Test plan for tests/watchdog (not a real plan): rules that run longer
-- than any deadline.  slow_ms > 0: a native function sleeps (or, with
-- is_sme, spins) that long in C; is_high_tech: a Lua loop that only an
-- interrupt stops (the test's config sets a huge instruction budget).
plan {
  id = "watchdog-test",
  title = { zh = "看门狗测试", en = "Watchdog test" },
  document = "测试〔2020〕1号",
  jurisdiction = "150100",
  issued = "2020-01-01",
  period = { 2020, 2022 },
}

subsidy {
  id = "native-sleep",
  cite = "一",
  title = { zh = "原生函数耗时", en = "A native function that takes long" },
  eligible = check { fields = { "slow_ms", "is_sme" }, zh = "耗时", en = "takes long",
    fn = function(e)
      if e.slow_ms > 0 then
        if e.is_sme then return native.slow.spin_ms(e.slow_ms) end
        return native.slow.sleep_ms(e.slow_ms)
      end
      return true
    end },
}

subsidy {
  id = "lua-loop",
  cite = "二",
  title = { zh = "死循环", en = "An endless Lua loop" },
  eligible = check { fields = { "is_high_tech" }, zh = "循环", en = "loop",
    fn = function(e)
      local n = 0
      while e.is_high_tech do n = n + 1 end
      return n == 0
    end },
}
