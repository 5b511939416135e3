/* sandbox.h -- the Lua sandbox (lua.c). */
#ifndef PC_SANDBOX_H
#define PC_SANDBOX_H

#include "plancheck/plancheck.h"
#include "plancheck/plugin.h"

typedef struct lua_State lua_State;

typedef struct pc_lua {
    lua_State *L;
    size_t used, limit;           /* bytes */
    int64_t budget, limit_instr;  /* instructions left / per call */
    int exhausted;                /* 1: instructions, 2: memory, 3: allocation budget */
    size_t churn, churn_limit;    /* bytes allocated in this protected call, and the most */
    int last_failed;              /* the previous allocation failed */
    int factory_ref;              /* the prelude's environment factory */
} pc_lua;

int pc_lua_open(pc_lua *s, pc_engine *e, char *err, size_t errlen);
void pc_lua_close(pc_lua *s);
/* Arms the instruction budget for one protected call. */
void pc_lua_arm(pc_lua *s);
/* An error message of a rule file, with its full path (Lua shortens long
 * chunk names) and "file: " in front when the message has no location. */
void pc_lua_error_text(const char *path, const char *msg, char *out, size_t n);
/* t[k] without metamethods (the tables rule files declare are theirs). */
int pc_lua_rawfield(lua_State *L, int t, const char *k);
/* Loads one rule file into a fresh environment and runs it; leaves the
 * collected declarations table on the stack. */
int pc_lua_run_file(pc_lua *s, pc_engine *e, const char *path, char *err, size_t errlen);

#endif /* PC_SANDBOX_H */
