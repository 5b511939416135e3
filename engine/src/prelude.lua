-- prelude.lua: the rule DSL's constructors and the sandbox's environment
-- factory.  Trusted: it runs before any rule file, with the full (already
-- trimmed) library.  The constructors only record what a rule file declares,
-- with the line of each call; the engine validates and compiles the records
-- (engine/src/dsl.c), so there is one place that knows the DSL's rules.
local where = ...
local pairs, type = pairs, type

-- Lua's pattern matcher runs inside one C call, where no instruction hook
-- can stop it, and backtracks: ("a"):rep(1e5):find(".-.-b") would run for
-- days.  The matching functions refuse a string and pattern whose
-- worst case (length to the power of the backtracking quantifiers + 1) is
-- too long; rule code matches short values and never needs more.
do
  local find, len, byte = string.find, string.len, string.byte
  local PCT, STAR, MINUS, PLUS = byte("%"), byte("*"), byte("-"), byte("+")
  local LIMIT = 1e8
  local function guard(name, f, plain_arg)
    return function(s, pattern, ...)
      if type(s) == "string" and type(pattern) == "string" and not (plain_arg and select(plain_arg - 2, ...)) then
        local q, i, n = 0, 1, len(pattern)
        while i <= n do
          local c = byte(pattern, i)
          if c == PCT then i = i + 1
          elseif c == STAR or c == MINUS or c == PLUS then q = q + 1 end
          i = i + 1
        end
        if q > 0 and len(s) ^ (q + 1) > LIMIT then
          error(name .. ": this pattern could take too long on a string of " .. len(s)
                .. " bytes (" .. q .. " repetition items): shorten the string or simplify the pattern", 2)
        end
      end
      return f(s, pattern, ...)
    end
  end
  string.find = guard("string.find", find, 4)
  string.match = guard("string.match", string.match)
  string.gmatch = guard("string.gmatch", string.gmatch)
  string.gsub = guard("string.gsub", string.gsub)
end

local SAFE = {
  "assert", "error", "getmetatable", "ipairs", "next", "pairs", "pcall", "rawequal",
  "rawget", "rawlen", "rawset", "select", "setmetatable", "tonumber", "tostring",
  "type", "xpcall", "_VERSION",
}
local base = {}
for _, k in ipairs(SAFE) do base[k] = _G[k] end
local libs = { string = string, table = table, math = math, utf8 = utf8 }

local function copy(t)
  local c = {}
  for k, v in pairs(t) do c[k] = v end
  return c
end

local function leaf(op)
  return function(field, value)
    return { op = op, field = field, value = value, line = where(2) }
  end
end

local function list(op)
  return function(kids)
    return { op = op, kids = kids, line = where(2) }
  end
end

local function param(ptype)
  return function(spec)
    return { ptype = ptype, spec = spec, line = where(2) }
  end
end

return function(native)
  local collected = { items = {} }
  local env = copy(base)
  for name, lib in pairs(libs) do env[name] = copy(lib) end
  env._G = env
  env.native = {}
  for plugin, fns in pairs(native) do env.native[plugin] = copy(fns) end

  function env.plan(t)
    if type(t) ~= "table" then error("plan{} takes a table", 2) end
    if collected.plan then error("plan{} is declared twice in one file", 2) end
    t.line = where(2)
    collected.plan = t
  end
  local function item(kind)
    return function(t)
      if type(t) ~= "table" then error(kind .. "{} takes a table", 2) end
      if not collected.plan then error(kind .. "{} before plan{}", 2) end
      t.kind, t.line = kind, where(2)
      collected.items[#collected.items + 1] = t
    end
  end
  env.target, env.subsidy, env.obligation = item("target"), item("subsidy"), item("obligation")

  -- rule tests (<plan>.test.lua beside the rule file): case{} records one case
  collected.cases = {}
  function env.case(t)
    if type(t) ~= "table" then error("case{} takes a table", 2) end
    t.line = where(2)
    collected.cases[#collected.cases + 1] = t
  end

  env.is = leaf("is")
  env.isnt = leaf("isnt")
  env.gt, env.ge, env.lt, env.le = leaf("gt"), leaf("ge"), leaf("lt"), leaf("le")
  env.eq, env.one_of = leaf("eq"), leaf("one_of")
  env.all, env.any = list("all"), list("any")
  function env.no(c) return { op = "no", kids = { c }, line = where(2) } end
  function env.check(t)
    if type(t) ~= "table" then error("check{} takes a table", 2) end
    t.op, t.line = "check", where(2)
    return t
  end

  env.money_param, env.rate_param = param("money"), param("rate")
  function env.fixed(p) return { aop = "fixed", param = p, line = where(2) } end
  function env.per_item(f, p) return { aop = "per_item", field = f, param = p, line = where(2) } end
  function env.rate(f, p) return { aop = "rate", field = f, param = p, line = where(2) } end
  function env.sum(kids) return { aop = "sum", kids = kids, line = where(2) } end
  function env.min_of(kids) return { aop = "min", kids = kids, line = where(2) } end
  function env.when(cond, a, b) return { aop = "when", cond = cond, ["then"] = a, otherwise = b, line = where(2) } end

  return env, collected
end
