/* sandbox.h -- the Lua sandbox (lua.c). */
#ifndef PC_SANDBOX_H
#define PC_SANDBOX_H

#include "plancheck/plancheck.h"
#include "plancheck/plugin.h"

typedef struct lua_State lua_State;

/* The longest string rule code may make (bytes). */
#define PC_LUA_STRING_MAX (64 * 1024)

typedef struct pc_lua {
    lua_State *L;
    size_t used, limit;           /* bytes */
    int64_t budget, limit_instr;  /* instructions left / per call */
    int exhausted;                /* 1: instructions, 2: memory, 3: allocation budget, 4: a string too long,
                                   * 5: the watchdog's deadline */
    size_t churn, churn_limit;    /* bytes allocated in this protected call, and the most */
    int last_failed;              /* the previous allocation failed */
    int factory_ref;              /* the prelude's environment factory */
    char where[128];              /* "file:line: " where a string went over the limit */
    unsigned long eval_seq;       /* the evaluation under way (pc_lua_begin) */
    unsigned long interrupt;      /* atomic: the evaluation the watchdog stops */
    long timeout_ms;              /* atomic: the deadline that was missed, for the message */
} pc_lua;

int pc_lua_open(pc_lua *s, pc_engine *e, char *err, size_t errlen);
void pc_lua_close(pc_lua *s);
/* Arms the instruction budget for one protected call. */
void pc_lua_arm(pc_lua *s);
/* Charges units of work a C function is about to do to the instruction
 * budget; raises the instruction-limit error instead when it would run out. */
void pc_lua_charge(lua_State *L, unsigned long long units);
/* Pushes the library rule code is offered (rulelib.c): a table of base,
 * string, table, math and utf8. */
void pc_lua_push_rulelib(lua_State *L);
/* The message of a failed protected call: msg, or for a memory error the
 * limit that was reached (written to buf). */
const char *pc_lua_failure(const pc_lua *s, int status, const char *msg, char *buf, size_t n);
/* text (a failure's message) with the sandbox's refusal in it (an instruction,
 * memory, allocation, string or deadline limit, as Lua was told it in English)
 * said in lang, to out: 1, or 0 when text holds none. */
int pc_lua_refusal_in(const pc_lua *s, pc_lang lang, const char *text, char *out, size_t n);
/* The watchdog (watchdog.c): pc_lua_begin marks the start of evaluation
 * seq on the evaluating thread; pc_lua_interrupt, from any thread, makes
 * every rule call of that evaluation fail from the next count hook on. */
void pc_lua_begin(pc_lua *s, unsigned long seq);
void pc_lua_interrupt(pc_lua *s, unsigned long seq, long timeout_ms);
/* An error message of a rule file, with its full path (Lua shortens long
 * chunk names) and "file: " in front when the message has no location. */
void pc_lua_error_text(const char *path, const char *msg, char *out, size_t n);
/* t[k] without metamethods (the tables rule files declare are theirs). */
int pc_lua_rawfield(lua_State *L, int t, const char *k);
/* Loads one rule file into a fresh environment and runs it; leaves the
 * collected declarations table on the stack. */
int pc_lua_run_file(pc_lua *s, pc_engine *e, const char *path, char *err, size_t errlen);

#endif /* PC_SANDBOX_H */
