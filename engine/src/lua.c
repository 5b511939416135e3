/*
 * lua.c -- the sandbox rule files run in: a Lua 5.4 state whose rule code
 * sees only the allow-list of rulelib.c, text chunks only, an allocator that
 * enforces a memory limit, an allocation budget and a string length limit,
 * and a count hook that enforces an instruction limit per protected call
 * (C functions charge their work to it, pc_lua_charge).  Each rule file gets
 * an environment of its own from the prelude's factory.
 */
#include "internal.h"

#include <lauxlib.h>
#include <lua.h>
#include <lualib.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

extern const char pc_prelude_lua[];
extern const size_t pc_prelude_lua_size;

#define HOOK_STEP 1000
#define STRING_HEADER 32   /* at least sizeof(TString) + 1, which lua.h does not show */

static void count_hook(lua_State *L, lua_Debug *ar);

/* The sandbox's refusals (exhausted 1-5), their words in PC_DIAGS. */
static const pc_diag_id refusals[] = {PC_D_NONE, PC_D_LUA_INSTRUCTIONS, PC_D_LUA_MEMORY, PC_D_LUA_ALLOCATION,
                                      PC_D_LUA_STRING, PC_D_LUA_DEADLINE};

/* Refusal state (1-5) of s in lang, written to buf. */
static const char *refusal(const pc_lua *s, int state, pc_lang lang, char *buf, size_t n)
{
    long long arg = state == 1   ? (long long)s->limit_instr
                    : state == 2 ? (long long)(s->limit >> 20)
                    : state == 3 ? (long long)(s->churn_limit >> 20)
                    : state == 4 ? (long long)(PC_LUA_STRING_MAX / 1024)
                                 : (long long)__atomic_load_n(&s->timeout_ms, __ATOMIC_SEQ_CST);
    snprintf(buf, n, pc_diag_format(refusals[state], lang), arg);
    return buf;
}

int pc_lua_refusal_in(const pc_lua *s, pc_lang lang, const char *text, char *out, size_t n)
{
    char en[256], said[256];
    for (int state = 1; state <= 5; state++) {
        const char *at = strstr(text, refusal(s, state, PC_LANG_EN, en, sizeof en));
        if (at) {
            snprintf(out, n, "%.*s%s%s", (int)(at - text), text, refusal(s, state, lang, said, sizeof said),
                     at + strlen(en));
            return 1;
        }
    }
    return 0;
}

/* Where the rule code runs: "file:line: " of the innermost Lua function, for
 * an error raised later than its cause (reading the call stack allocates
 * nothing). */
static void locate(pc_lua *s)
{
    lua_Debug ar;
    s->where[0] = '\0';
    for (int level = 0; level < 4 && lua_getstack(s->L, level, &ar); level++)
        if (lua_getinfo(s->L, "Sl", &ar) && ar.currentline > 0) {
            snprintf(s->where, sizeof s->where, "%s:%d: ", ar.short_src, ar.currentline);
            return;
        }
}

static void *limited_alloc(void *ud, void *ptr, size_t osize, size_t nsize)
{
    pc_lua *s = ud;
    /* A new string longer than the limit: every string comparison, hash or
     * copy the VM does in one instruction stays short (see docs/security.md). */
    if (!ptr && osize == LUA_TSTRING && nsize > PC_LUA_STRING_MAX + STRING_HEADER && s->L) {
        if (!s->exhausted) {
            s->exhausted = 4;
            lua_sethook(s->L, count_hook, LUA_MASKCOUNT, 1);
            locate(s);
        }
        return NULL;
    }
    if (!ptr)
        osize = 0;
    if (nsize == 0) {
        free(ptr);
        s->used -= osize;
        return NULL;
    }
    /* Bytes allocated per protected call are budgeted too: the instruction
     * count does not see that one string.rep or '..' copies megabytes, and
     * a loop of them would run for hours within the memory limit. */
    if (nsize > osize) {
        s->churn += nsize - osize;
        if (s->churn > s->churn_limit && s->L && !s->exhausted) {
            s->exhausted = 3;
            lua_sethook(s->L, count_hook, LUA_MASKCOUNT, 1);
            return NULL;
        }
    }
    if (nsize > osize && s->used + (nsize - osize) > s->limit) {
        /* Lua answers a failed allocation with an emergency collection and
         * one more try; when that fails too, the memory is really gone.  From
         * then on every instruction fails (see count_hook): a rule catching
         * the error with pcall and allocating again would otherwise run a
         * full collection per attempt, forever. */
        if (s->last_failed && s->L && !s->exhausted) {
            s->exhausted = 2;
            lua_sethook(s->L, count_hook, LUA_MASKCOUNT, 1);
        }
        s->last_failed = 1;
        return NULL;
    }
    void *p = realloc(ptr, nsize);
    if (p) {
        s->used = s->used - osize + nsize;
        s->last_failed = 0;
    }
    return p;
}

static pc_lua *sandbox_of(lua_State *L)
{
    void *ud;
    lua_getallocf(L, &ud);
    return ud;
}

static void count_hook(lua_State *L, lua_Debug *ar)
{
    pc_lua *s = sandbox_of(L);
    char said[256];
    s->budget -= s->exhausted ? 1 : HOOK_STEP;
    if (s->exhausted == 2 || s->exhausted == 3) {
        lua_pushstring(L, refusal(s, s->exhausted, PC_LANG_EN, said, sizeof said));
        lua_error(L);
    }
    if (s->exhausted == 4) {
        lua_pushfstring(L, "%s%s", s->where, refusal(s, 4, PC_LANG_EN, said, sizeof said));
        lua_error(L);
    }
    if (s->eval_seq && __atomic_load_n(&s->interrupt, __ATOMIC_SEQ_CST) == s->eval_seq) {
        if (!s->exhausted) {
            s->exhausted = 5;
            lua_sethook(L, count_hook, LUA_MASKCOUNT, 1);
        }
        lua_pushstring(L, refusal(s, 5, PC_LANG_EN, said, sizeof said));
        lua_error(L);
    }
    if (s->budget > 0)
        return;
    /* From now on every instruction fails, so a pcall in the rule cannot
     * catch the error and loop on. */
    if (!s->exhausted) {
        s->exhausted = 1;
        lua_sethook(L, count_hook, LUA_MASKCOUNT, 1);
    }
    /* Name where the rule was when its budget ran out. */
    if (lua_getinfo(L, "Sl", ar) && ar->currentline > 0)
        lua_pushfstring(L, "%s:%d: ", ar->short_src, ar->currentline);
    else
        lua_pushliteral(L, "");
    lua_pushstring(L, refusal(s, 1, PC_LANG_EN, said, sizeof said));
    lua_concat(L, 2);
    lua_error(L);
}

void pc_lua_charge(lua_State *L, lua_Unsigned units)
{
    pc_lua *s = sandbox_of(L);
    if (!s->exhausted && units < (lua_Unsigned)s->budget) {
        s->budget -= (int64_t)units;
        return;
    }
    /* The call would run past the budget: it does not run, and from now on
     * every instruction fails, as when the hook finds the budget spent. */
    s->budget = 0;
    if (!s->exhausted) {
        s->exhausted = 1;
        lua_sethook(L, count_hook, LUA_MASKCOUNT, 1);
    }
    char said[256];
    luaL_error(L, "%s", refusal(s, 1, PC_LANG_EN, said, sizeof said));
}

const char *pc_lua_failure(const pc_lua *s, int status, const char *msg, char *buf, size_t n)
{
    if (status != LUA_ERRMEM)
        return msg;
    char said[256];
    snprintf(buf, n, "%s%s", s->exhausted == 4 ? s->where : "",
             refusal(s, s->exhausted == 4 ? 4 : 2, PC_LANG_EN, said, sizeof said));
    return buf;
}

void pc_lua_arm(pc_lua *s)
{
    if (s->exhausted >= 2)
        lua_gc(s->L, LUA_GCCOLLECT);   /* give the next call the memory back */
    s->churn = 0;
    s->budget = s->limit_instr;
    s->exhausted = 0;
    s->last_failed = 0;
    lua_sethook(s->L, count_hook, LUA_MASKCOUNT, HOOK_STEP);
}

void pc_lua_begin(pc_lua *s, unsigned long seq)
{
    s->eval_seq = seq;
}

void pc_lua_interrupt(pc_lua *s, unsigned long seq, long timeout_ms)
{
    __atomic_store_n(&s->timeout_ms, timeout_ms, __ATOMIC_SEQ_CST);
    __atomic_store_n(&s->interrupt, seq, __ATOMIC_SEQ_CST);
}

/* where(level): "line" of the function at that level, for the prelude. */
static int lua_where(lua_State *L)
{
    lua_Debug ar;
    int level = (int)luaL_checkinteger(L, 1);
    if (lua_getstack(L, level, &ar) && lua_getinfo(L, "l", &ar))
        lua_pushinteger(L, ar.currentline);
    else
        lua_pushinteger(L, 0);
    return 1;
}

/* native.<plugin>.<name>(...): converts arguments, calls the plugin. */
static int call_native(lua_State *L)
{
    const pc_plugin *p = lua_touserdata(L, lua_upvalueindex(1));
    const pc_native *n = &p->natives[lua_tointeger(L, lua_upvalueindex(2))];
    int argc = lua_gettop(L);
    if (argc > 16)
        return luaL_error(L, "native.%s.%s: at most 16 arguments", p->desc->name, n->name);
    pc_value argv[16];
    for (int i = 0; i < argc; i++) {
        switch (lua_type(L, i + 1)) {
        case LUA_TNIL: argv[i].type = PC_NIL; break;
        case LUA_TBOOLEAN: argv[i].type = PC_BOOL; argv[i].u.b = lua_toboolean(L, i + 1); break;
        case LUA_TNUMBER:
            if (lua_isinteger(L, i + 1)) {
                argv[i].type = PC_INT;
                argv[i].u.i = lua_tointeger(L, i + 1);
            } else {
                argv[i].type = PC_NUMBER;
                argv[i].u.n = lua_tonumber(L, i + 1);
            }
            break;
        case LUA_TSTRING: argv[i].type = PC_STRING; argv[i].u.s = lua_tostring(L, i + 1); break;
        default:
            return luaL_error(L, "native.%s.%s: argument %d must be nil, boolean, number or string",
                              p->desc->name, n->name, i + 1);
        }
    }
    pc_value result = {PC_NIL, {0}};
    char err[256] = "";
    if (n->fn(p->state, argc, argv, &result, err, sizeof err) != 0)
        return luaL_error(L, "native.%s.%s: %s", p->desc->name, n->name, err[0] ? err : "failed");
    switch (result.type) {
    case PC_BOOL: lua_pushboolean(L, result.u.b); break;
    case PC_INT: lua_pushinteger(L, result.u.i); break;
    case PC_MONEY: lua_pushinteger(L, result.u.fen); break;
    case PC_NUMBER: lua_pushnumber(L, result.u.n); break;
    case PC_STRING: lua_pushstring(L, result.u.s ? result.u.s : ""); break;
    default: lua_pushnil(L);
    }
    return 1;
}

static void push_natives(lua_State *L, pc_engine *e)
{
    lua_newtable(L);
    for (size_t i = 0; i < e->nplugins; i++) {
        pc_plugin *p = &e->plugins[i];
        if (!p->initialised || !p->nnatives)
            continue;
        lua_newtable(L);
        for (size_t k = 0; k < p->nnatives; k++) {
            lua_pushlightuserdata(L, p);
            lua_pushinteger(L, (lua_Integer)k);
            lua_pushcclosure(L, call_native, 2);
            lua_setfield(L, -2, p->natives[k].name);
        }
        lua_setfield(L, -2, p->desc->name);
    }
}

static void open_libs(lua_State *L)
{
    static const luaL_Reg libs[] = {
        {LUA_GNAME, luaopen_base}, {LUA_STRLIBNAME, luaopen_string}, {LUA_TABLIBNAME, luaopen_table},
        {LUA_MATHLIBNAME, luaopen_math}, {LUA_UTF8LIBNAME, luaopen_utf8}, {NULL, NULL}};
    for (const luaL_Reg *l = libs; l->func; l++) {
        luaL_requiref(L, l->name, l->func, 1);
        lua_pop(L, 1);
    }
    static const char *const drop[] = {"load", "dofile", "loadfile", "collectgarbage", "print", "require", NULL};
    for (int i = 0; drop[i]; i++) {
        lua_pushnil(L);
        lua_setglobal(L, drop[i]);
    }
    lua_getglobal(L, LUA_STRLIBNAME);
    lua_pushnil(L);
    lua_setfield(L, -2, "dump");
    lua_pop(L, 1);
}

/* Strings share one metatable: its methods are the offered string functions
 * (rulelib at the top of the stack), and it is hidden so no rule can change
 * how every other rule's strings behave. */
static void string_methods(lua_State *L)
{
    lua_pushliteral(L, "");
    if (lua_getmetatable(L, -1)) {
        lua_getfield(L, -3, "string");
        lua_setfield(L, -2, "__index");
        lua_pushboolean(L, 0);
        lua_setfield(L, -2, "__metatable");
        lua_pop(L, 1);
    }
    lua_pop(L, 1);
}

/* Opens the libraries, builds what rule code is offered and runs the
 * prelude, in a protected call: each step allocates, and a memory limit
 * set too low must be an error, not abort(). */
static int open_protected(lua_State *L)
{
    open_libs(L);
    if (luaL_loadbufferx(L, pc_prelude_lua, pc_prelude_lua_size, "=prelude", "t") != LUA_OK)
        return lua_error(L);
    lua_pushcfunction(L, lua_where);
    pc_lua_push_rulelib(L);
    string_methods(L);
    lua_call(L, 2, 1);
    sandbox_of(L)->factory_ref = luaL_ref(L, LUA_REGISTRYINDEX);
    return 0;
}

int pc_lua_open(pc_lua *s, pc_engine *e, char *err, size_t errlen)
{
    memset(s, 0, sizeof *s);
    s->limit = e->config.lua_memory_bytes;
    s->churn_limit = e->config.lua_memory_bytes * 4;
    s->limit_instr = e->config.lua_instructions;
    s->L = lua_newstate(limited_alloc, s);
    if (!s->L) {
        snprintf(err, errlen, "cannot create a Lua state");
        return -1;
    }
    lua_State *L = s->L;
    luaL_checkversion(L);
    pc_lua_arm(s);
    lua_pushcfunction(L, open_protected);
    int status = lua_pcall(L, 0, 0, 0);
    if (status != LUA_OK) {
        char buf[256];
        snprintf(err, errlen, "prelude: %s",
                 pc_lua_failure(s, status, lua_type(L, -1) == LUA_TSTRING ? lua_tostring(L, -1) : "?", buf, sizeof buf));
        return -1;
    }
    return 0;
}

void pc_lua_close(pc_lua *s)
{
    if (s->L)
        lua_close(s->L);
    s->L = NULL;
}

int pc_lua_rawfield(lua_State *L, int t, const char *k)
{
    t = lua_absindex(L, t);
    lua_pushstring(L, k);
    return lua_rawget(L, t);
}

void pc_lua_error_text(const char *path, const char *msg, char *out, size_t n)
{
    size_t plen = strlen(path);
    const char *tail = msg ? strstr(msg, ".lua:") : NULL;
    if (!msg) {
        snprintf(out, n, "%s: error object is not a string", path);
    } else if (strncmp(msg, path, plen) == 0) {
        snprintf(out, n, "%s", msg);
    } else if (strncmp(msg, "...", 3) == 0 && tail && plen >= 4) {
        /* Lua shortened a long chunk name to "...tail": put the path back. */
        snprintf(out, n, "%s%s", path, tail + 4);
    } else {
        snprintf(out, n, "%s: %s", path, msg);
    }
}

/* A fresh environment from the prelude's factory, with the plugins' native
 * functions, and the rule file loaded into it: in a protected call, since
 * the previous file may have left too little memory for any of it. */
static int prepare_file(lua_State *L)
{
    pc_engine *e = lua_touserdata(L, 1);
    const char *path = lua_touserdata(L, 2);
    lua_settop(L, 0);
    lua_rawgeti(L, LUA_REGISTRYINDEX, sandbox_of(L)->factory_ref);
    push_natives(L, e);
    lua_call(L, 1, 2);              /* env, collected */
    if (luaL_loadfilex(L, path, "t") != LUA_OK)
        return lua_error(L);
    lua_pushvalue(L, 1);
    lua_setupvalue(L, -2, 1);       /* the chunk's _ENV */
    return 2;                       /* collected, chunk */
}

int pc_lua_run_file(pc_lua *s, pc_engine *e, const char *path, char *err, size_t errlen)
{
    lua_State *L = s->L;
    int top = lua_gettop(L);
    char buf[256];
    pc_lua_arm(s);
    int status = lua_checkstack(L, 4) ? LUA_OK : LUA_ERRMEM;
    if (status == LUA_OK) {
        lua_pushcfunction(L, prepare_file);
        lua_pushlightuserdata(L, e);
        lua_pushlightuserdata(L, (void *)(uintptr_t)path);
        status = lua_pcall(L, 2, 2, 0);
        if (status == LUA_OK) {
            pc_lua_arm(s);
            status = lua_pcall(L, 0, 0, 0);
        }
    }
    if (status != LUA_OK) {
        const char *msg = lua_gettop(L) > top && lua_type(L, -1) == LUA_TSTRING ? lua_tostring(L, -1) : NULL;
        pc_lua_error_text(path, pc_lua_failure(s, status, msg, buf, sizeof buf), err, errlen);
        lua_settop(L, top);
        return -1;
    }
    return 0;                       /* leaves collected */
}
