plan {
  id = "hostile", title = { zh = "攻击", en = "attack" }, document = "test",
  jurisdiction = "210200", issued = "2020-01-01", period = { 2017, 2022 },
}
subsidy {
  id = "fill", cite = "一", title = { zh = "占满内存", en = "fills the memory" },
  eligible = check { fields = { "invention_grants_domestic" }, zh = "内存", en = "memory",
    fn = function(e)
      if e.invention_grants_domestic > 5 then
        local t = {}
        while true do t[#t + 1] = {} end
      end
      return true
    end },
}
