plan {
  id = "hostile", title = { zh = "攻击", en = "attack" }, document = "test",
  jurisdiction = "210200", issued = "2020-01-01", period = { 2017, 2022 },
}
-- work inside one C call, on one record: it hung the whole batch
subsidy {
  id = "unmetered", cite = "一", title = { zh = "C 函数内的工作", en = "work inside C calls" },
  eligible = check { fields = { "invention_grants_domestic" }, zh = "工作", en = "work",
    fn = function(e)
      if e.invention_grants_domestic > 5 then
        local t = {}
        for i = 1, 60000 do t[i] = i end
        for i = 1, 1e9 do table.insert(t, 1, i); table.remove(t, 1) end
      end
      return true
    end },
}
