/*
 * rulelib.c -- the library rule code is offered: an allow-list of Lua's own
 * functions, each one total and metered.  The instruction hook never fires
 * inside a C function, so a function whose work is not bounded by what it
 * allocates is wrapped: before the original runs, its work (bytes it reads,
 * elements it moves or visits, repetitions) is charged to the instruction
 * budget (pc_lua_charge), and a call that would exceed it fails instead of
 * running.  Everything not listed here is not offered.  docs/security.md
 * gives the reason for each entry; keep the two in step.
 */
#include "internal.h"

#include <lauxlib.h>
#include <lua.h>
#include <lualib.h>
#include <stdint.h>
#include <string.h>

/* Bytes a C loop reads for the cost of one VM instruction: memcmp and memchr
 * read several bytes per nanosecond, an instruction takes about one. */
#define BYTES_PER_INSTRUCTION 8

typedef lua_Unsigned (*cost_fn)(lua_State *L);

typedef struct offered {
    const char *name;
    cost_fn cost;        /* NULL: offered as it is (its work is constant or allocated) */
    lua_CFunction wrap;  /* NULL: metered */
} offered;

static int rep_guard(lua_State *L);
static int find_plain(lua_State *L);

static lua_Unsigned sat_add(lua_Unsigned a, lua_Unsigned b)
{
    return a + b < a ? (lua_Unsigned)-1 : a + b;
}

static lua_Unsigned sat_mul(lua_Unsigned a, lua_Unsigned b)
{
    return b && a > (lua_Unsigned)-1 / b ? (lua_Unsigned)-1 : a * b;
}

/* Bytes of the string (or number) arguments, read by most string functions. */
static lua_Unsigned arg_bytes(lua_State *L)
{
    lua_Unsigned n = 0;
    for (int i = 1, top = lua_gettop(L); i <= top; i++)
        if (lua_type(L, i) == LUA_TSTRING)
            n = sat_add(n, lua_rawlen(L, i));
    return n;
}

static lua_Unsigned bytes_cost(lua_Unsigned bytes)
{
    return bytes / BYTES_PER_INSTRUCTION;
}

/* Length of the range [i, j] (0 when empty), without overflow. */
static lua_Unsigned range(lua_Integer i, lua_Integer j)
{
    return j < i ? 0 : (lua_Unsigned)j - (lua_Unsigned)i + 1;
}

/* A position as the string functions read it (negative: from the end). */
static lua_Unsigned str_pos(lua_Integer pos, size_t len)
{
    if (pos > 0)
        return (lua_Unsigned)pos;
    if (pos == 0)
        return 1;
    if (pos < -(lua_Integer)len)
        return 1;
    return (lua_Unsigned)((lua_Integer)len + pos + 1);
}

static lua_Unsigned table_len(lua_State *L, int idx)
{
    return lua_type(L, idx) == LUA_TTABLE ? (lua_Unsigned)lua_rawlen(L, idx) : 0;
}

static lua_Unsigned cost_bytes(lua_State *L)
{
    return bytes_cost(arg_bytes(L));
}

static lua_Unsigned cost_args(lua_State *L)
{
    return (lua_Unsigned)lua_gettop(L) + bytes_cost(arg_bytes(L));
}

/* string.byte(s, i, j): one result per position. */
static lua_Unsigned cost_byte(lua_State *L)
{
    size_t len = 0;
    if (lua_type(L, 1) == LUA_TSTRING)
        lua_tolstring(L, 1, &len);
    lua_Integer i = lua_isinteger(L, 2) ? lua_tointeger(L, 2) : 1;
    lua_Integer j = lua_isinteger(L, 3) ? lua_tointeger(L, 3) : i;
    lua_Unsigned a = str_pos(i, len), b = str_pos(j, len);
    if (b > len)
        b = len;
    return bytes_cost(len) + (b >= a ? b - a + 1 : 0);
}

/* string.rep(s, n, sep): n copies, even of the empty string. */
static lua_Unsigned cost_rep(lua_State *L)
{
    lua_Integer n = lua_isinteger(L, 2) ? lua_tointeger(L, 2) : 0;
    return sat_add(cost_bytes(L), n > 0 ? (lua_Unsigned)n : 0);
}

/* string.find(s, text, init, true): plain search, at worst every start
 * position compared with the whole text. */
static lua_Unsigned cost_find(lua_State *L)
{
    size_t ls = 0, lp = 0;
    if (lua_type(L, 1) == LUA_TSTRING)
        lua_tolstring(L, 1, &ls);
    if (lua_type(L, 2) == LUA_TSTRING)
        lua_tolstring(L, 2, &lp);
    return sat_add(bytes_cost(ls), bytes_cost(sat_mul(ls, lp)));
}

/* table.concat(t, sep, i, j): visits i..j. */
static lua_Unsigned cost_concat(lua_State *L)
{
    lua_Integer i = lua_isinteger(L, 3) ? lua_tointeger(L, 3) : 1;
    lua_Integer j = lua_isinteger(L, 4) ? lua_tointeger(L, 4) : (lua_Integer)table_len(L, 1);
    lua_Unsigned n = range(i, j);
    size_t lsep = 0;
    if (lua_type(L, 2) == LUA_TSTRING)
        lua_tolstring(L, 2, &lsep);
    return sat_add(n, bytes_cost(sat_mul(n, lsep)));
}

/* table.insert and table.remove shift up to #t elements. */
static lua_Unsigned cost_shift(lua_State *L)
{
    return table_len(L, 1) + 1;
}

#define AS_IS(name) {name, NULL, NULL}
#define METERED(name, cost) {name, cost, NULL}
#define END {NULL, NULL, NULL}

static const offered base_lib[] = {
    AS_IS("assert"),  AS_IS("error"),  AS_IS("ipairs"), AS_IS("pcall"),  AS_IS("rawequal"),
    AS_IS("rawget"),  AS_IS("rawlen"), AS_IS("rawset"), AS_IS("select"), METERED("tonumber", cost_bytes),
    AS_IS("tostring"), AS_IS("type"),  AS_IS("xpcall"), AS_IS("_VERSION"), END};

static const offered string_lib[] = {
    METERED("byte", cost_byte),   METERED("char", cost_args),    {"find", cost_find, find_plain},
    METERED("format", cost_args), AS_IS("len"),                  METERED("lower", cost_bytes),
    {"rep", cost_rep, rep_guard}, METERED("reverse", cost_bytes), METERED("sub", cost_bytes),
    METERED("upper", cost_bytes), END};

static const offered table_lib[] = {
    METERED("concat", cost_concat), METERED("insert", cost_shift), METERED("remove", cost_shift), END};

static const offered math_lib[] = {
    AS_IS("abs"),   AS_IS("ceil"), AS_IS("exp"),          AS_IS("floor"), AS_IS("fmod"),
    AS_IS("huge"),  AS_IS("log"),  METERED("max", cost_args), AS_IS("maxinteger"), METERED("min", cost_args),
    AS_IS("mininteger"), AS_IS("modf"), AS_IS("sqrt"),    AS_IS("tointeger"), AS_IS("type"),
    AS_IS("ult"),   END};

static const offered utf8_lib[] = {
    METERED("char", cost_args), METERED("codepoint", cost_byte), METERED("len", cost_bytes), END};

/* Calls the original (upvalue 1) after charging what its entry's cost says. */
static int metered(lua_State *L)
{
    const offered *o = lua_touserdata(L, lua_upvalueindex(2));
    pc_lua_charge(L, sat_add(1, o->cost(L)));
    return lua_tocfunction(L, lua_upvalueindex(1))(L);
}

/* string.rep of nothing is nothing, however many times: the original would
 * loop n times copying zero bytes. */
static int rep_guard(lua_State *L)
{
    size_t l = 0, lsep = 0;
    luaL_checklstring(L, 1, &l);
    lua_Integer n = luaL_checkinteger(L, 2);
    luaL_optlstring(L, 3, "", &lsep);
    if (n <= 0 || l + lsep == 0) {
        lua_pushliteral(L, "");
        return 1;
    }
    lua_Unsigned total = sat_add(sat_mul((lua_Unsigned)n, l), sat_mul((lua_Unsigned)n - 1, lsep));
    if (total > PC_LUA_STRING_MAX)
        return luaL_error(L, "string.rep: the result (%I bytes) would be longer than the %d KiB a string in rule code may have",
                          (lua_Integer)(total > LUA_MAXINTEGER ? LUA_MAXINTEGER : total), PC_LUA_STRING_MAX / 1024);
    return metered(L);
}

/* Patterns are not offered: Lua's matcher backtracks inside one C call. */
static int find_plain(lua_State *L)
{
    if (!lua_toboolean(L, 4))
        return luaL_error(L, "string.find: patterns are not offered to rule code; "
                             "search for plain text with string.find(s, text, init, true)");
    return metered(L);
}

/* Fills the table at the top of the stack from src (a table index) with
 * the entries of list. */
static void offer(lua_State *L, int src, const offered *list)
{
    for (const offered *o = list; o->name; o++) {
        lua_getfield(L, src, o->name);
        if (o->cost && lua_tocfunction(L, -1)) {
            lua_pushlightuserdata(L, (void *)(uintptr_t)o);
            lua_pushcclosure(L, o->wrap ? o->wrap : metered, 2);
        }
        lua_setfield(L, -2, o->name);
    }
}

void pc_lua_push_rulelib(lua_State *L)
{
    lua_createtable(L, 0, 5);
    lua_pushglobaltable(L);
    int g = lua_gettop(L);
    lua_createtable(L, 0, 16);
    offer(L, g, base_lib);
    lua_setfield(L, -3, "base");
    static const struct {
        const char *name;
        const offered *list;
    } libs[] = {{"string", string_lib}, {"table", table_lib}, {"math", math_lib}, {"utf8", utf8_lib}};
    for (size_t i = 0; i < sizeof libs / sizeof *libs; i++) {
        lua_getfield(L, g, libs[i].name);
        lua_createtable(L, 0, 16);
        offer(L, lua_gettop(L) - 1, libs[i].list);
        lua_setfield(L, -4, libs[i].name);
        lua_pop(L, 1);
    }
    lua_pop(L, 1);
}
