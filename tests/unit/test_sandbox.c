/*
 * unit/sandbox -- what a rule file may not do.  Each test writes a rule
 * file that tries one thing the sandbox forbids, followed by a plan{} that
 * would load if the attempt went through, and a valid rule file after it in
 * the same rules directory.  pc_engine_open must return 0 (the engine runs
 * on), report the bad file with code 78 naming it and with the reason the
 * test expects (so a test fails when something else stops the file), leave
 * its plan out, and still load the valid file.  The config sets [engine] lua_memory_mb = 16
 * and lua_instructions = 1000000, so the bombs stop quickly.
 */
#include "common.h"

#include <lauxlib.h>
#include <lua.h>
#include <lualib.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

typedef struct fixture {
    char *tmp, *rules, *plugins, *config, *bad;
    pc_engine *e;
    pc_diag *d;
} fixture;

static int setup(void **state)
{
    fixture *f = calloc(1, sizeof *f);
    f->tmp = pct_mkdtemp();
    f->rules = pct_join(f->tmp, "rules");
    f->plugins = pct_join(f->tmp, "plugins");
    pct_mkdirs(f->rules);
    pct_mkdirs(f->plugins);
    f->config = pct_write_in(f->tmp, "plancheck.ini",
                             "[engine]\n"
                             "lua_memory_mb = 16\n"
                             "lua_instructions = 1000000\n");
    f->bad = pct_join(f->rules, "x/a-bad.lua");
    f->d = pc_diag_new();
    *state = f;
    return 0;
}

static int teardown(void **state)
{
    fixture *f = *state;
    pc_engine_close(f->e);
    pc_diag_free(f->d);
    pct_rmtree(f->tmp);
    free(f->tmp);
    free(f->rules);
    free(f->plugins);
    free(f->config);
    free(f->bad);
    free(f);
    return 0;
}

#define PLAN(id)                                                                          \
    "plan {\n"                                                                            \
    "  id = '" id "',\n"                                                                  \
    "  title = { zh = '测试计划', en = 'Test plan' },\n"                                  \
    "  document = '测试〔2020〕1号',\n"                                                   \
    "  jurisdiction = '150100',\n"                                                        \
    "  issued = '2020-01-01',\n"                                                          \
    "  period = { 2020, 2022 },\n"                                                        \
    "}\n"

/* The valid file, loaded after the bad one (name order).  It also checks
 * that the bad file changed nothing it can see. */
static const char good_rule[] =
    "assert(('abc'):upper() == 'ABC', 'the string metatable was changed')\n"
    "assert(string.rep('x', 3) == 'xxx', 'string.rep was changed')\n"
    "assert(tostring(1) == '1' and pcall ~= nil and math.floor(1.5) == 1, 'the base library was changed')\n"
    "assert(leaked == nil, 'a global of another rule file is visible')\n"
    PLAN("good-plan");

/* What stops a bad file: a part of the message it is refused with. */
#define NOT_OFFERED(what) "attempt to call a nil value (" what ")"
#define NOT_OPENED(lib) "attempt to index a nil value (global '" lib "')"
#define INSTRUCTIONS "instruction limit exceeded"
#define MEMORY "memory limit exceeded"
#define TOO_LONG "string longer than 64 KiB"
#define REP_TOO_LONG "would be longer than the 64 KiB a string in rule code may have"
#define NO_PATTERNS "string.find: patterns are not offered"

/* Opens the engine on the bad file (len bytes of it; (size_t)-1: a string)
 * and the good one, and checks everything the header promises; the bad
 * file's message must contain expect. */
static void run_bad(fixture *f, const char *bad, size_t len, const char *expect)
{
    pct_write(f->bad, bad, len);
    char *good = pct_join(f->rules, "x/z-good.lua");
    pct_write(good, good_rule, (size_t)-1);
    struct timespec t0, t1;
    clock_gettime(CLOCK_MONOTONIC, &t0);
    int rc = pct_open(&f->e, f->config, f->rules, f->plugins, f->d);
    clock_gettime(CLOCK_MONOTONIC, &t1);
    double secs = (double)(t1.tv_sec - t0.tv_sec) + (double)(t1.tv_nsec - t0.tv_nsec) / 1e9;
    if (rc != 0) {
        pct_print(f->d);
        fail_msg("pc_engine_open returned %d, expected 0 (the engine runs on without the bad file)", rc);
    }
    /* the bad file is reported, with code 78, naming it */
    const pc_message *named = NULL;
    for (size_t i = 0; i < pc_diag_count(f->d) && !named; i++) {
        const pc_message *m = pc_diag_get(f->d, i);
        if (m->code == PC_EX_CONFIG &&
            ((m->file && strcmp(m->file, f->bad) == 0) || strstr(m->text, f->bad)))
            named = m;
    }
    if (!named) {
        pct_print(f->d);
        fail_msg("no message with code 78 names the rule file %s", f->bad);
    }
    if (!strstr(named->text, expect))
        fail_msg("the rule file was refused for another reason: expected \"%s\" in: %s", expect, named->text);
    /* the good file says nothing */
    for (size_t i = 0; i < pc_diag_count(f->d); i++) {
        const pc_message *m = pc_diag_get(f->d, i);
        if ((m->file && strcmp(m->file, good) == 0) || strstr(m->text, good)) {
            pct_print(f->d);
            fail_msg("the valid rule file was reported");
        }
    }
    /* its plan is loaded, the bad one's is not */
    char *json = pct_describe_json(f->e);
    if (!pct_contains(json, "\"id\":\"good-plan\"") || pct_contains(json, "\"id\":\"bad-plan\"")) {
        pct_print(f->d);
        fail_msg("expected good-plan and not bad-plan: %s", json);
    }
    free(json);
    /* and a fresh context has the same one plan */
    pc_context *ctx = pc_context_new(f->e);
    assert_non_null(ctx);
    assert_int_equal(ctx->nplans, 1);
    assert_string_equal(ctx->plans[0].id, "good-plan");
    pc_context_free(ctx);
    if (secs > 2.0)
        fail_msg("pc_engine_open took %.2f s", secs);
    free(good);
}

#define BAD(name, expect, code)                                           \
    static void name(void **state)                                        \
    {                                                                     \
        run_bad(*state, code "\n" PLAN("bad-plan"), (size_t)-1, expect); \
    }

/* The valid file alone loads: the control for every test below. */
static void test_control(void **state)
{
    fixture *f = *state;
    char *good = pct_join(f->rules, "x/z-good.lua");
    pct_write(good, good_rule, (size_t)-1);
    int rc = pct_open(&f->e, f->config, f->rules, f->plugins, f->d);
    assert_int_equal(rc, 0);
    if (pc_diag_count(f->d)) {
        pct_print(f->d);
        fail_msg("the valid rule file drew messages");
    }
    char *json = pct_describe_json(f->e);
    assert_true(pct_contains(json, "\"id\":\"good-plan\""));
    free(json);
    free(good);
}

/* The bad-plan declaration alone would load: so each refusal below is the
 * attempt's doing. */
static void test_control_bad_plan_alone(void **state)
{
    fixture *f = *state;
    pct_write(f->bad, PLAN("bad-plan"), (size_t)-1);
    int rc = pct_open(&f->e, f->config, f->rules, f->plugins, f->d);
    assert_int_equal(rc, 0);
    char *json = pct_describe_json(f->e);
    assert_true(pct_contains(json, "\"id\":\"bad-plan\""));
    free(json);
}

BAD(test_os_execute, NOT_OPENED("os"), "os.execute('true')")
BAD(test_io_open, NOT_OPENED("io"), "local f = io.open('/etc/passwd', 'r')")
BAD(test_require, NOT_OFFERED("global 'require'"), "local s = require('string')\nassert(s.rep)")
BAD(test_load, NOT_OFFERED("global 'load'"), "local f = load('return 1')\nassert(f() == 1)")
BAD(test_loadstring, NOT_OFFERED("global 'loadstring'"), "local f = loadstring('return 1')\nassert(f() == 1)")
BAD(test_string_dump, NOT_OFFERED("field 'dump'"), "local b = string.dump(function() return 1 end)")
BAD(test_string_dump_method, NOT_OFFERED("field 'dump'"), "local b = ('').dump(function() return 1 end)")
BAD(test_collectgarbage, NOT_OFFERED("global 'collectgarbage'"), "collectgarbage('stop')")
BAD(test_debug, NOT_OPENED("debug"), "debug.sethook()")
BAD(test_coroutine, NOT_OPENED("coroutine"), "local co = coroutine.create(function() end)")
BAD(test_print, NOT_OFFERED("global 'print'"), "print('hello from a rule file')")
BAD(test_string_metatable, NOT_OFFERED("global 'getmetatable'"),
    "getmetatable('').__index = { upper = function() return 'pwned' end }")
BAD(test_string_metatable_field, NOT_OFFERED("global 'getmetatable'"),
    "getmetatable('').__index.upper = function() return 'pwned' end")
BAD(test_string_metatable_rawset, NOT_OFFERED("global 'getmetatable'"), "rawset(getmetatable(''), '__index', {})")
BAD(test_infinite_loop, INSTRUCTIONS, "while true do end")
BAD(test_infinite_loop_pcall, INSTRUCTIONS, "while true do pcall(function() while true do end end) end")
BAD(test_infinite_recursion, MEMORY, "local function f() return 1 + f() end\nf()")
BAD(test_memory_string_rep, REP_TOO_LONG, "local s = string.rep('x', 1 << 30)")
/* Each concatenation allocates 60 KB in one instruction: 16 MB after a few
 * hundred, long before the instruction budget. */
BAD(test_memory_table_of_strings, MEMORY,
    "local s, t = ('x'):rep(60000), {}\nfor i = 1, 1e9 do t[i] = s .. i end")
/* One entry per few instructions: with 1,000,000 instructions the budget
 * stops it before 16 MB (tests/cli/hostile/table-bomb reaches the memory
 * limit with the defaults). */
BAD(test_memory_table_growth, INSTRUCTIONS, "local t, i = {}, 0\nwhile true do i = i + 1; t[i] = i end")
BAD(test_memory_pcall, MEMORY,
    "local t, y = {}, ('y'):rep(60000)\nwhile true do pcall(function() t[#t + 1] = y .. #t end) end")
BAD(test_error_table, "error object is not a string", "error({ 'not a string' })")

/* Work inside one C call: each is refused (not offered, or its work charged
 * to the instruction budget before it runs) instead of running for ever. */
BAD(test_rep_huge, REP_TOO_LONG, "local s = ('x'):rep(math.maxinteger)")
BAD(test_rep_sep_huge, REP_TOO_LONG, "local s = string.rep('', math.maxinteger, ',')")
BAD(test_table_move, NOT_OFFERED("field 'move'"), "table.move({}, 1, math.maxinteger - 1, 2)")
/* A __len that makes table.insert and table.remove shift math.maxinteger
 * elements needs setmetatable, which is not offered. */
BAD(test_len_metamethod_insert, NOT_OFFERED("global 'setmetatable'"),
    "local t = setmetatable({}, { __len = function() return math.maxinteger end })\n"
    "table.insert(t, 1, 'x')")
BAD(test_len_metamethod_remove, NOT_OFFERED("global 'setmetatable'"),
    "local t = setmetatable({}, { __len = function() return math.maxinteger end })\n"
    "table.remove(t, 1)")
BAD(test_insert_shifts_metered, INSTRUCTIONS,
    "local t = {}\nfor i = 1, 100000 do t[i] = i end\n"
    "for i = 1, 1e9 do table.insert(t, 1, i); table.remove(t, 1) end")
BAD(test_concat_metered, INSTRUCTIONS,
    "local t = {}\nfor i = 1, 100000 do t[i] = '' end\nfor i = 1, 1e9 do table.concat(t) end")
/* One search whose worst case (65,000 x 30,001 / 8 instructions) exceeds
 * the budget is refused before it runs; searches that fit it are charged
 * until it runs out. */
BAD(test_find_plain_big, INSTRUCTIONS,
    "local n = ('a'):rep(30000) .. 'b'\nlocal h = ('a'):rep(65000)\nlocal i = h:find(n, 1, true)")
BAD(test_find_plain_metered, INSTRUCTIONS,
    "local n = ('a'):rep(99) .. 'b'\nlocal h = ('a'):rep(60000)\nfor i = 1, 1e9 do h:find(n, 1, true) end")
BAD(test_find_pattern, NO_PATTERNS, "local i = ('abc'):find('b')")
BAD(test_pattern_balance, NO_PATTERNS, "local i = ('('):rep(60000):find('%b()')")
BAD(test_pattern_long, NO_PATTERNS, "local i = ('x'):find(('.'):rep(60000))")
BAD(test_pattern_optional, NO_PATTERNS,
    "local i = string.find(('a'):rep(60), ('a?'):rep(60) .. ('a'):rep(60))")
BAD(test_match, NOT_OFFERED("method 'match'"), "local m = ('abc'):match('.-.-b')")
BAD(test_gmatch, NOT_OFFERED("method 'gmatch'"), "for w in ('a b'):gmatch('%a+') do end")
BAD(test_gsub, NOT_OFFERED("method 'gsub'"), "local s = ('abc'):gsub('b', 'x')")
BAD(test_gc_metamethod, NOT_OFFERED("global 'setmetatable'"),
    "setmetatable({}, { __gc = function() while true do end end })")
BAD(test_close_metamethod, NOT_OFFERED("global 'setmetatable'"),
    "local x <close> = setmetatable({}, { __close = function() while true do end end })")
BAD(test_getmetatable, NOT_OFFERED("global 'getmetatable'"), "local mt = getmetatable('')")
BAD(test_next_scan, NOT_OFFERED("global 'next'"), "local t = {}\nfor i = 1, 1000 do t[i] = i end\nnext(t)")
BAD(test_pairs, NOT_OFFERED("global 'pairs'"), "for k in pairs({}) do end")
BAD(test_sort, NOT_OFFERED("field 'sort'"), "table.sort({ 3, 1, 2 })")
BAD(test_unpack, NOT_OFFERED("field 'unpack'"), "local a = table.unpack({ 1 })")
BAD(test_utf8_codes, NOT_OFFERED("field 'codes'"), "for p, c in utf8.codes('abc') do end")
BAD(test_random, NOT_OFFERED("field 'random'"), "local r = math.random()")
BAD(test_string_pack, NOT_OFFERED("field 'pack'"), "local s = string.pack('i4', 1)")
BAD(test_long_string, TOO_LONG, "local s = ('x'):rep(65536) .. ('y'):rep(64)")
BAD(test_long_string_concat, TOO_LONG, "local s = ('x'):rep(40000)\ns = s .. s")
BAD(test_long_string_in_pcall, TOO_LONG,
    "local s = ('x'):rep(40000)\nwhile true do pcall(function() return s .. s end) end")
BAD(test_tonumber_metered, INSTRUCTIONS, "local s = ('1'):rep(60000)\nfor i = 1, 1e9 do tonumber(s) end")
BAD(test_utf8_len_metered, INSTRUCTIONS, "local s = ('\\x80'):rep(60000)\nfor i = 1, 1e9 do utf8.len(s) end")
BAD(test_format_metered, INSTRUCTIONS, "local s = ('x'):rep(60000)\nfor i = 1, 1e9 do string.format('%.1s', s) end")
BAD(test_string_compare_loop, INSTRUCTIONS,
    "local a, b = ('x'):rep(8000) .. 'a', ('x'):rep(8000) .. 'b'\n"
    "for i = 1, 1e9 do local _ = a == b end")

/* What remains is total: the results are Lua's, and no call runs away. */
static void run_good(fixture *f, const char *code)
{
    pc_buf b = {0};
    pc_buf_puts(&b, code);
    pc_buf_puts(&b, "\n" PLAN("ok-plan"));
    pct_write(f->bad, b.data, b.len);
    pc_buf_free(&b);
    struct timespec t0, t1;
    clock_gettime(CLOCK_MONOTONIC, &t0);
    int rc = pct_open(&f->e, f->config, f->rules, f->plugins, f->d);
    clock_gettime(CLOCK_MONOTONIC, &t1);
    if (rc != 0 || pc_diag_count(f->d)) {
        pct_print(f->d);
        fail_msg("the rule file was refused (%d)", rc);
    }
    char *json = pct_describe_json(f->e);
    assert_true(pct_contains(json, "\"id\":\"ok-plan\""));
    free(json);
    double secs = (double)(t1.tv_sec - t0.tv_sec) + (double)(t1.tv_nsec - t0.tv_nsec) / 1e9;
    if (secs > 2.0)
        fail_msg("pc_engine_open took %.2f s", secs);
}

#define GOOD(name, code)                   \
    static void name(void **state)         \
    {                                      \
        run_good(*state, code);            \
    }

GOOD(test_rep_empty, "assert((''):rep(math.maxinteger) == '')\n"
                     "assert(string.rep('', math.maxinteger, '') == '')\n"
                     "assert(('ab'):rep(3, '-') == 'ab-ab-ab' and ('x'):rep(0) == '' and ('x'):rep(-5) == '')")
GOOD(test_offered_work,
     "assert(('Hello'):upper() == 'HELLO' and ('Hello'):lower() == 'hello' and ('abc'):reverse() == 'cba')\n"
     "assert(('hello'):sub(2, 3) == 'el' and #('hello') == 5 and ('A'):byte() == 65 and string.char(72, 105) == 'Hi')\n"
     "assert(('a.b'):find('.', 1, true) == 2 and ('有限公司'):find('公司', 1, true) == 7)\n"
     "assert(string.format('%d-%s-%.2f', 3, 'x', 1.5) == '3-x-1.50')\n"
     "local t = { 'a', 'b' }\ntable.insert(t, 'c')\ntable.insert(t, 1, 'z')\n"
     "assert(table.concat(t, ',') == 'z,a,b,c' and table.remove(t, 1) == 'z' and table.remove(t) == 'c')\n"
     "assert(math.floor(2.5) == 2 and math.max(1, 5, 3) == 5 and math.min(4, 2) == 2 and math.abs(-3) == 3)\n"
     "assert(math.tointeger(4.0) == 4 and math.type(1) == 'integer' and math.huge > math.maxinteger)\n"
     "assert(utf8.len('企业') == 2 and utf8.char(20225) == '企' and utf8.codepoint('企') == 20225)\n"
     "assert(tonumber('12') == 12 and tonumber('ff', 16) == 255 and tostring(12) == '12')\n"
     "assert(select('#', 1, 2, 3) == 3 and rawlen({ 1, 2 }) == 2 and rawequal('a', 'a'))\n"
     "local n = 0\nfor _, v in ipairs({ 1, 2, 3 }) do n = n + v end\nassert(n == 6)\n"
     "assert(pcall(error, 'x') == false and type(_VERSION) == 'string')\n"
     "assert(#(('x'):rep(65536)) == 65536)")
GOOD(test_not_offered, "for _, name in ipairs({ 'next', 'pairs', 'getmetatable', 'setmetatable', 'load', 'require',\n"
     "  'collectgarbage', 'print', 'dofile', 'loadfile', 'rawequal_', 'io', 'os', 'debug', 'coroutine', 'package' }) do\n"
     "  assert(name == 'rawequal_' or _G[name] == nil, name)\nend\n"
     "for _, name in ipairs({ 'match', 'gmatch', 'gsub', 'dump', 'pack', 'unpack', 'packsize' }) do\n"
     "  assert(string[name] == nil and ('').dump == nil, name)\nend\n"
     "assert(table.move == nil and table.sort == nil and table.unpack == nil and table.pack == nil)\n"
     "assert(math.random == nil and math.randomseed == nil and math.sin == nil)\n"
     "assert(utf8.codes == nil and utf8.offset == nil and utf8.charpattern == nil)")

/* dofile and loadfile of a valid Lua file outside the rules directory. */
static void run_with_helper(fixture *f, const char *fmt, const char *expect)
{
    char *helper = pct_write_in(f->tmp, "helper.lua", "return 1\n");
    pc_buf code = {0};
    pc_buf_printf(&code, fmt, helper);
    pc_buf_puts(&code, "\n" PLAN("bad-plan"));
    run_bad(f, code.data, code.len, expect);
    pc_buf_free(&code);
    free(helper);
}

static void test_dofile(void **state)
{
    run_with_helper(*state, "assert(dofile('%s') == 1)", NOT_OFFERED("global 'dofile'"));
}

static void test_loadfile(void **state)
{
    run_with_helper(*state, "assert(loadfile('%s')() == 1)", NOT_OFFERED("global 'loadfile'"));
}

/* Globals and library changes of one file stay in it. */
static void test_isolation(void **state)
{
    run_bad(*state,
            "leaked = true\n"
            "string.rep = function() return 'pwned' end\n"
            "math.floor = nil\n"
            "_G.tostring = function() return 'pwned' end\n"
            "_G.string.upper = function() return 'pwned' end\n"
            "error('deliberately failing after changing its own environment')\n"
            PLAN("bad-plan"),
            (size_t)-1, "deliberately failing after changing its own environment");
}

/* A second file declaring a plan id that is loaded already is refused,
 * naming both files; the first one stays. */
static void test_duplicate_plan_id(void **state)
{
    fixture *f = *state;
    char *first = pct_write_in(f->rules, "x/a-first.lua", PLAN("dup-plan"));
    char *second = pct_write_in(f->rules, "x/b-second.lua", "\n\n" PLAN("dup-plan"));
    int rc = pct_open(&f->e, f->config, f->rules, f->plugins, f->d);
    assert_int_equal(rc, 0);
    const pc_message *m = pct_expect(f->d, PC_EX_CONFIG, "dup-plan");
    assert_non_null(m);
    assert_string_equal(PCT_S(m->file), second);
    assert_int_equal(m->line, 3);
    assert_true(pct_contains(m->text, first));
    assert_int_equal(pct_count(f->d, 1), 1);
    pc_context *ctx = pc_context_new(f->e);
    assert_non_null(ctx);
    assert_int_equal(ctx->nplans, 1);
    assert_string_equal(ctx->plans[0].file, first);
    pc_context_free(ctx);
    free(first);
    free(second);
}

static void test_bytecode_junk(void **state)
{
    static const char junk[] = "\x1bLua\x54\x00\x19\x93\r\n\x1a\n\x04\x08\x08xV\x00\x00\x00\x00\x00\x00\x00";
    run_bad(*state, junk, sizeof junk - 1, "attempt to load a binary chunk");
}

static int collect(lua_State *L, const void *p, size_t n, void *ud)
{
    (void)L;
    pc_buf_add(ud, p, n);
    return 0;
}

/* A real Lua 5.4 chunk, compiled and dumped here, that would declare the
 * bad plan: refused because it is binary. */
static void test_bytecode_real(void **state)
{
    lua_State *L = luaL_newstate();
    assert_non_null(L);
    assert_int_equal(luaL_loadstring(L, PLAN("bad-plan")), LUA_OK);
    pc_buf chunk = {0};
    assert_int_equal(lua_dump(L, collect, &chunk, 0), 0);
    lua_close(L);
    assert_true(chunk.len > 4 && chunk.data[0] == '\x1b');
    run_bad(*state, chunk.data, chunk.len, "attempt to load a binary chunk");
    pc_buf_free(&chunk);
}

/* Every Lua API call the engine makes runs inside a protected call: a state
 * with no memory left makes loading the next rule file an error (it was
 * abort(), from the pushes that build its environment). */
static void test_run_file_without_memory(void **state)
{
    fixture *f = *state;
    char *good = pct_join(f->rules, "x/z-good.lua");
    pct_write(good, good_rule, (size_t)-1);
    assert_int_equal(pct_open(&f->e, f->config, f->rules, f->plugins, f->d), 0);
    pc_lua lua;
    char err[512];
    assert_int_equal(pc_lua_open(&lua, f->e, err, sizeof err), 0);
    lua_gc(lua.L, LUA_GCCOLLECT);
    lua.limit = lua.used;             /* not one byte more */
    assert_int_equal(pc_lua_run_file(&lua, f->e, good, err, sizeof err), -1);
    if (!strstr(err, "memory limit exceeded") || !strstr(err, good))
        fail_msg("expected a memory error naming the file, got: %s", err);
    pc_lua_close(&lua);
    free(good);
}

/* A memory limit too small for the libraries: an error, not abort(). */
static void test_open_without_memory(void **state)
{
    fixture *f = *state;
    assert_int_equal(pct_open(&f->e, f->config, f->rules, f->plugins, f->d), 0);
    size_t saved = f->e->config.lua_memory_bytes;
    f->e->config.lua_memory_bytes = 8192;
    pc_lua lua;
    char err[512] = "";
    int rc = pc_lua_open(&lua, f->e, err, sizeof err);
    f->e->config.lua_memory_bytes = saved;
    assert_int_equal(rc, -1);
    assert_true(err[0] != '\0');
    pc_lua_close(&lua);
}

#define T(name) cmocka_unit_test_setup_teardown(name, setup, teardown)

int main(void)
{
    const struct CMUnitTest tests[] = {
        T(test_control),
        T(test_control_bad_plan_alone),
        T(test_os_execute),
        T(test_io_open),
        T(test_require),
        T(test_load),
        T(test_loadstring),
        T(test_dofile),
        T(test_loadfile),
        T(test_string_dump),
        T(test_string_dump_method),
        T(test_collectgarbage),
        T(test_debug),
        T(test_coroutine),
        T(test_print),
        T(test_string_metatable),
        T(test_string_metatable_field),
        T(test_string_metatable_rawset),
        T(test_infinite_loop),
        T(test_infinite_loop_pcall),
        T(test_infinite_recursion),
        T(test_memory_string_rep),
        T(test_memory_table_of_strings),
        T(test_memory_table_growth),
        T(test_memory_pcall),
        T(test_error_table),
        T(test_rep_huge),
        T(test_rep_sep_huge),
        T(test_table_move),
        T(test_len_metamethod_insert),
        T(test_len_metamethod_remove),
        T(test_insert_shifts_metered),
        T(test_concat_metered),
        T(test_find_plain_big),
        T(test_find_plain_metered),
        T(test_find_pattern),
        T(test_pattern_balance),
        T(test_pattern_long),
        T(test_pattern_optional),
        T(test_match),
        T(test_gmatch),
        T(test_gsub),
        T(test_gc_metamethod),
        T(test_close_metamethod),
        T(test_getmetatable),
        T(test_next_scan),
        T(test_pairs),
        T(test_sort),
        T(test_unpack),
        T(test_utf8_codes),
        T(test_random),
        T(test_string_pack),
        T(test_long_string),
        T(test_long_string_concat),
        T(test_long_string_in_pcall),
        T(test_tonumber_metered),
        T(test_utf8_len_metered),
        T(test_format_metered),
        T(test_string_compare_loop),
        T(test_rep_empty),
        T(test_offered_work),
        T(test_not_offered),
        T(test_run_file_without_memory),
        T(test_open_without_memory),
        T(test_isolation),
        T(test_duplicate_plan_id),
        T(test_bytecode_junk),
        T(test_bytecode_real),
    };
    return cmocka_run_group_tests_name("unit/sandbox", tests, NULL, NULL);
}
