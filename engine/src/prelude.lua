-- prelude.lua: the rule DSL's constructors and the sandbox's environment
-- factory.  Trusted: it runs before any rule file, with the full (already
-- trimmed) library.  The constructors only record what a rule file declares,
-- with the line of each call; the engine validates and compiles the records
-- (engine/src/dsl.c), so there is one place that knows the DSL's rules.
local where, lib = ...
local pairs, type = pairs, type

-- What rule code may call: the allow-list built in C (engine/src/rulelib.c),
-- every function in it total and metered.  Each file gets copies.
local base = lib.base
local libs = { string = lib.string, table = lib.table, math = lib.math, utf8 = lib.utf8 }

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
