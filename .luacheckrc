-- luacheck configuration for plancheck rule files (Debian: apt-get install lua-check).
--   luacheck rules/                  from the repository root
--   sh tests/toolkit/luacheck.sh     what CTest runs (toolkit/luacheck): no warning allowed
--
-- Rule files run in the engine's sandbox (docs/security.md, engine/src/rulelib.c),
-- not in a plain Lua 5.4: the standard below is exactly the allow-list rule
-- code is offered.  Everything else -- io, os, debug, package, coroutine,
-- require, load, dofile, loadfile, collectgarbage, print, next, pairs,
-- getmetatable, setmetatable, string patterns, string.dump, table.sort ... --
-- is reported as undefined, as the engine would fail on it.

local string_fields = { "byte", "char", "find", "format", "len", "lower", "rep", "reverse", "sub", "upper" }
local table_fields = { "concat", "insert", "remove" }
local math_fields = {
  "abs", "ceil", "exp", "floor", "fmod", "huge", "log", "max", "maxinteger", "min", "mininteger",
  "modf", "sqrt", "tointeger", "type", "ult",
}
local utf8_fields = { "char", "codepoint", "len" }

stds.plancheck_sandbox = {
  read_globals = {
    -- base: the base_lib list of engine/src/rulelib.c
    "assert", "error", "ipairs", "pcall", "rawequal", "rawget", "rawlen", "rawset", "select",
    "tonumber", "tostring", "type", "xpcall", "_VERSION",
    _G = { other_fields = true },
    string = { fields = string_fields },
    table = { fields = table_fields },
    math = { fields = math_fields },
    utf8 = { fields = utf8_fields },
  },
}

stds.plancheck_dsl = {
  read_globals = {
    -- declarations
    "plan", "target", "subsidy", "obligation",
    -- conditions
    "is", "isnt", "gt", "ge", "lt", "le", "eq", "one_of", "all", "any", "no", "check",
    -- parameters and amounts
    "money_param", "rate_param", "fixed", "per_item", "rate", "sum", "min_of", "when",
    -- the plugins' native functions: native.<plugin>.<name>(...)
    native = { other_fields = true },
  },
}

std = "plancheck_sandbox+plancheck_dsl"

-- Rule tests (<plan>.test.lua beside the rule file, run by `plancheck test`)
-- run in the same sandbox and add case{}.
files["**/*.test.lua"] = { read_globals = { "case" } }

-- Notes and quotes are prose, often long Chinese sentences: a line-length
-- limit would only force awkward breaks inside them.
max_line_length = false

-- The editor definitions declare the DSL's globals on purpose (a LuaLS
-- ---@meta file the engine never loads): not a rule file.
exclude_files = { "rules/.types/**", "**/rules/.types/**" }
