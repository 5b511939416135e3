plan {
  id = "hostile", title = { zh = "攻击", en = "attack" }, document = "test",
  jurisdiction = "210200", issued = "2020-01-01", period = { 2017, 2022 },
}
-- a finalizer that never returns: Lua runs __gc with hooks off, in lua_close
setmetatable({}, { __gc = function() while true do end end })
