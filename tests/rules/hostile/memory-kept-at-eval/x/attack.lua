plan {
  id = "hostile", title = { zh = "攻击", en = "attack" }, document = "test",
  jurisdiction = "210200", issued = "2020-01-01", period = { 2017, 2022 },
}
-- fills the memory with strings it keeps, so less than one of them is left
local kept, chunk = {}, ("x"):rep(59990)
subsidy {
  id = "keep", cite = "一", title = { zh = "占住内存", en = "keeps the memory" },
  eligible = check { fields = { "invention_grants_domestic", "name" }, zh = "内存", en = "memory",
    fn = function(e)
      if e.invention_grants_domestic > 5 then
        while true do kept[#kept + 1] = chunk .. #kept end
      end
      return true
    end },
}
