/*
 * ruletest.c -- `plancheck test`: rule test cases that live beside the rule
 * files (<plan>.test.lua next to <plan>.lua), written by the policy analyst
 * who wrote the rules:
 *
 *   case {
 *     name = "grant subsidy capped at 300,000",
 *     as_of = "2018-06-30",
 *     params = { ["invention-grant-subsidy.domestic_grant_yuan"] = "20000" },
 *     enterprise = { id = "91210204MA0QF3K591", region = "210204", invention_grants_domestic = 12 },
 *     expect = { ["invention-grant-subsidy"] = { status = "eligible", amount_yuan = 300000, capped = true } },
 *   }
 *
 * (or region = { code = "210200", years = { [2017] = { ... } } }).  Each case
 * is evaluated like `check`/`progress`; each expected key is compared with
 * the result; the run ends with "N passed, N failed" and, per plan, the rules
 * no case expects anything of.
 */
#include "internal.h"

#include <lauxlib.h>
#include <limits.h>
#include <lua.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include <sys/stat.h>

/* Sets the case's parameters; remembers the old values to put back. */
typedef struct saved_param {
    pc_param *p;
    pc_param old;
} saved_param;

typedef struct tester {
    pc_engine *e;
    pc_context *ctx;
    FILE *out;
    pc_lang lang;
    long passed, failed;
    char **covered;       /* "plan/rule" expected by some case */
    size_t ncovered, covered_cap;
    pc_diag *diag;
    saved_param saved[32];  /* parameters the running case set */
    size_t nsaved;
} tester;

static void cover(tester *t, const char *plan, const char *rule)
{
    char key[512];
    snprintf(key, sizeof key, "%s/%s", plan, rule);
    for (size_t i = 0; i < t->ncovered; i++)
        if (strcmp(t->covered[i], key) == 0)
            return;
    PC_PUSH(t->covered, t->ncovered, t->covered_cap, pc_strdup(key));
}

/* A Lua scalar as the text an INI file would hold. */
static int lua_text(lua_State *L, int idx, char *buf, size_t n)
{
    switch (lua_type(L, idx)) {
    case LUA_TBOOLEAN: snprintf(buf, n, "%s", lua_toboolean(L, idx) ? "true" : "false"); return 0;
    case LUA_TNUMBER:
        if (lua_isinteger(L, idx))
            snprintf(buf, n, "%lld", (long long)lua_tointeger(L, idx));
        else
            snprintf(buf, n, "%.15g", lua_tonumber(L, idx));
        return 0;
    case LUA_TSTRING: snprintf(buf, n, "%s", lua_tostring(L, idx)); return 0;
    default: return -1;
    }
}

static void fields_from(tester *t, lua_State *L, int tbl, pc_subject *s, pc_year_values *year, long line, pc_diag *d)
{
    lua_pushnil(L);
    while (lua_next(L, tbl)) {
        char text[512];
        if (lua_type(L, -2) == LUA_TSTRING) {
            const char *key = lua_tostring(L, -2);
            if (!year && strcmp(key, "received") == 0 && lua_istable(L, -1)) {
                int rt = lua_absindex(L, -1);
                lua_pushnil(L);
                while (lua_next(L, rt)) {
                    if (lua_type(L, -2) == LUA_TSTRING && lua_text(L, -1, text, sizeof text) == 0)
                        pc_subject_add_received(s, lua_tostring(L, -2), text, line, d);
                    lua_pop(L, 1);
                }
            } else if (lua_text(L, -1, text, sizeof text) == 0) {
                pc_subject_set_text(s, year, key, text, line, d);
            } else {
                pc_diag_say(d, PC_EX_DATAERR, s->file, line, key, PC_D_RULETEST_VALUE);
            }
        }
        lua_pop(L, 1);
    }
    (void)t;
}

/* Builds the case's subject: enterprise = {...} or region = {code, name, years}. */
static pc_subject *case_subject(tester *t, lua_State *L, int c, const char *file, long line, pc_diag *d)
{
    pc_subject *s = NULL;
    if (pc_lua_rawfield(L, c, "enterprise") == LUA_TTABLE) {
        s = pc_subject_new(t->e, PC_SUBJECT_ENTERPRISE, file);
        fields_from(t, L, lua_absindex(L, -1), s, NULL, line, d);
    } else if (pc_lua_rawfield(L, c, "region") == LUA_TTABLE) {
        int r = lua_absindex(L, -1);
        s = pc_subject_new(t->e, PC_SUBJECT_REGION, file);
        if (pc_lua_rawfield(L, r, "code") == LUA_TSTRING && pc_region_code_valid(lua_tostring(L, -1)))
            memcpy(s->region, lua_tostring(L, -1), 7);
        lua_pop(L, 1);
        if (pc_lua_rawfield(L, r, "name") == LUA_TSTRING)
            s->name = (char *)pc_subject_keep(s, lua_tostring(L, -1));
        lua_pop(L, 1);
        if (pc_lua_rawfield(L, r, "years") == LUA_TTABLE) {
            int y = lua_absindex(L, -1);
            lua_pushnil(L);
            while (lua_next(L, y)) {
                if (lua_isinteger(L, -2) && lua_istable(L, -1))
                    fields_from(t, L, lua_absindex(L, -1), s, pc_subject_year(s, (int)lua_tointeger(L, -2), line), line, d);
                lua_pop(L, 1);
            }
        }
        lua_pop(L, 1);
        lua_pop(L, 1);
    } else {
        lua_pop(L, 1);
        pc_diag_say(d, PC_EX_DATAERR, file, line, NULL, PC_D_RULETEST_NO_SUBJECT);
    }
    lua_pop(L, 1);
    if (s)
        s->line = line;
    return s;
}

static int set_params(tester *t, lua_State *L, int c, const pc_plan *plan, const char *file, long line, pc_diag *d)
{
    int rc = 0;
    if (pc_lua_rawfield(L, c, "params") != LUA_TTABLE) {
        lua_pop(L, 1);
        return 0;
    }
    int pt = lua_absindex(L, -1);
    lua_pushnil(L);
    while (lua_next(L, pt)) {
        char text[128];
        const char *key = lua_type(L, -2) == LUA_TSTRING ? lua_tostring(L, -2) : "";
        const char *dot = strchr(key, '.');
        pc_param *p = NULL;
        for (size_t i = 0; dot && i < plan->nitems && !p; i++) {
            pc_item *it = &plan->items[i];
            if (strlen(it->id) == (size_t)(dot - key) && strncmp(it->id, key, (size_t)(dot - key)) == 0)
                for (size_t k = 0; k < it->nparams; k++)
                    if (strcmp(it->params[k].name, dot + 1) == 0)
                        p = &it->params[k];
        }
        if (!p || lua_text(L, -1, text, sizeof text) != 0 || t->nsaved >= sizeof t->saved / sizeof *t->saved) {
            pc_diag_say(d, PC_EX_DATAERR, file, line, key, PC_D_RULETEST_NO_PARAM, plan->id);
            rc = 1;
        } else {
            t->saved[t->nsaved].p = p;
            t->saved[t->nsaved].old = *p;
            t->nsaved++;
            if (pc_dsl_param_value(p, text) != 0) {
                pc_diag_say(d, PC_EX_DATAERR, file, line, key,
                            p->type == PC_P_MONEY ? PC_D_CONFIG_PARAM_MONEY : PC_D_CONFIG_PARAM_RATE, text);
                rc = 1;
            }
            p->set = 1;
            p->text = pc_strdup(text);   /* freed on restore */
        }
        lua_pop(L, 1);
    }
    lua_pop(L, 1);
    return rc;
}

static void restore_params(tester *t)
{
    while (t->nsaved > 0) {
        saved_param *sp = &t->saved[--t->nsaved];
        free(sp->p->text);
        *sp->p = sp->old;
    }
}

/* Compares one expected key with the result; appends a failure line. */
static void expect_key(lua_State *L, const char *key, const pc_result *r, pc_lang lang, pc_buf *why)
{
    int ty = lua_type(L, -1);
    char want[128] = "", got[128] = "";
    int ok = 1;
    if (strcmp(key, "status") == 0) {
        ok = ty == LUA_TSTRING && strcmp(lua_tostring(L, -1), pc_status_name(r->status)) == 0;
        snprintf(got, sizeof got, "%s", pc_status_name(r->status));
    } else if (strcmp(key, "amount_yuan") == 0 || strcmp(key, "cap_yuan") == 0) {
        int is_amount = key[0] == 'a';
        int has = is_amount ? r->status == PC_S_ELIGIBLE && r->has_amount : r->has_cap;
        int64_t fen = is_amount ? r->amount_fen : r->cap_fen;
        pc_buf g = {0};
        if (has)
            pc_buf_money(&g, fen);
        snprintf(got, sizeof got, "%s", has ? g.data : "null");
        pc_buf_free(&g);
        int64_t wfen;
        if ((ty == LUA_TSTRING && strcmp(lua_tostring(L, -1), "null") == 0) || ty == LUA_TBOOLEAN)
            ok = !has;
        else if (ty == LUA_TNUMBER && lua_isinteger(L, -1))
            ok = has && fen == lua_tointeger(L, -1) * 100;
        else if (ty == LUA_TSTRING && pc_money_parse(lua_tostring(L, -1), &wfen) == 0)
            ok = has && fen == wfen;
        else
            ok = 0;
    } else if (strcmp(key, "capped") == 0 || strcmp(key, "priority") == 0) {
        int v = key[0] == 'c' ? r->capped : r->priority;
        ok = ty == LUA_TBOOLEAN && lua_toboolean(L, -1) == v;
        snprintf(got, sizeof got, "%s", v ? "true" : "false");
    } else if (strcmp(key, "progress") == 0 || strcmp(key, "actual") == 0) {
        int has = key[0] == 'p' ? r->has_progress : r->has_actual;
        double v = key[0] == 'p' ? r->progress : r->actual;
        snprintf(got, sizeof got, has ? "%.4f" : "null", v);
        ok = ty == LUA_TNUMBER ? has && fabs(lua_tonumber(L, -1) - v) < 0.00005 + 1e-9 * fabs(v) : !has;
    } else if (strcmp(key, "missing") == 0) {
        pc_buf g = {0};
        for (size_t i = 0; i < r->missing.count; i++)
            pc_buf_printf(&g, "%s%s", i ? "," : "", r->missing.items[i]);
        snprintf(got, sizeof got, "{%s}", g.data ? g.data : "");
        pc_buf_free(&g);
        ok = ty == LUA_TTABLE && lua_rawlen(L, -1) == r->missing.count;
        for (size_t i = 0; ok && i < r->missing.count; i++) {
            lua_rawgeti(L, -1, (lua_Integer)i + 1);
            ok = lua_type(L, -1) == LUA_TSTRING && strcmp(lua_tostring(L, -1), r->missing.items[i]) == 0;
            lua_pop(L, 1);
        }
    } else {
        if (why->len)
            pc_buf_puts(why, pc_msg(lang, PC_MSG_RT_SEP));
        pc_buf_printf(why, pc_msg(lang, PC_MSG_RT_BAD_KEY), key);
        return;
    }
    if (ok)
        return;
    if (ty == LUA_TTABLE) {
        snprintf(want, sizeof want, "{");
        /* the list may claim any length: show what fits */
        lua_Integer len = (lua_Integer)lua_rawlen(L, -1);
        for (lua_Integer i = 1; i <= len && strlen(want) < sizeof want - 8; i++) {
            lua_rawgeti(L, -1, i);
            size_t n = strlen(want);
            snprintf(want + n, sizeof want - n, "%s%s", i > 1 ? "," : "",
                     lua_type(L, -1) == LUA_TSTRING ? lua_tostring(L, -1) : "?");
            lua_pop(L, 1);
        }
        if (strlen(want) >= sizeof want - 8)
            snprintf(want + sizeof want - 8, 8, "...");
        size_t n = strlen(want);
        snprintf(want + n, sizeof want - n, "}");
    } else {
        /* no luaL_tolstring: a __tostring metamethod would run outside a protected call */
        if (ty == LUA_TSTRING || ty == LUA_TNUMBER)
            snprintf(want, sizeof want, "%s", lua_tostring(L, -1));
        else if (ty == LUA_TBOOLEAN)
            snprintf(want, sizeof want, "%s", lua_toboolean(L, -1) ? "true" : "false");
        else
            snprintf(want, sizeof want, "(%s)", lua_typename(L, ty));
    }
    if (why->len)
        pc_buf_puts(why, pc_msg(lang, PC_MSG_RT_SEP));
    pc_buf_printf(why, pc_msg(lang, PC_MSG_RT_KEY_MISMATCH), key, want, got);
}

/* "FAIL path: why" in the report's language. */
static void fail_line(FILE *out, pc_lang lang, const char *path, const char *why)
{
    fprintf(out, pc_msg(lang, PC_MSG_RT_FAIL), path, why);
    fputc('\n', out);
}

static void run_case(tester *t, lua_State *L, int c, const pc_plan *plan, const char *file)
{
    long line = 0;
    if (pc_lua_rawfield(L, c, "line") == LUA_TNUMBER)
        line = (long)lua_tointeger(L, -1);
    lua_pop(L, 1);
    char *name = pc_strdup("?");
    if (pc_lua_rawfield(L, c, "name") == LUA_TSTRING) {
        free(name);
        name = pc_strdup(lua_tostring(L, -1));
    }
    lua_pop(L, 1);
    /* expect_error = "text": the case's data must be refused with that text;
     * expect_none = true: no result of the plan (not in force, not covered) */
    char *expect_error = NULL;
    if (pc_lua_rawfield(L, c, "expect_error") == LUA_TSTRING)
        expect_error = pc_strdup(lua_tostring(L, -1));
    lua_pop(L, 1);
    int expect_none = pc_lua_rawfield(L, c, "expect_none") == LUA_TBOOLEAN && lua_toboolean(L, -1);
    lua_pop(L, 1);
    /* as_of absent: today; anything but a valid date is the case's error */
    pc_eval_options opt = {pc_date_today(), t->lang, 0};
    int as_of_type = pc_lua_rawfield(L, c, "as_of"), as_of_bad = 1;
    if (as_of_type == LUA_TSTRING) {
        size_t len;
        const char *text = lua_tolstring(L, -1, &len);
        as_of_bad = strlen(text) != len || pc_date_parse(text, &opt.as_of) != 0;
    }
    lua_pop(L, 1);

    pc_diag *d = pc_diag_new();
    if (as_of_type != LUA_TNIL && as_of_bad)
        pc_diag_say(d, PC_EX_DATAERR, file, line, "as_of",
                    as_of_type == LUA_TSTRING ? PC_D_RULETEST_AS_OF : PC_D_RULETEST_AS_OF_STRING);
    set_params(t, L, c, plan, file, line, d);
    pc_subject *s = case_subject(t, L, c, file, line, d);
    if (s && !pc_diag_count(d))
        pc_subject_finish(t->e, s, d);
    pc_buf why = {0}, errors = {0};
    pc_report *rep = NULL;
    if (!pc_diag_count(d)) {
        pc_evaluate(t->ctx, s, &opt, &rep);
        for (size_t i = 0; i < pc_diag_count(rep->errors); i++)
            pc_diag_copy(d, pc_diag_get(rep->errors, i));
    }
    /* the errors in each language: expect_error matches either text */
    pc_buf errors_in[2] = {{0}};
    for (int l = 0; l < 2; l++) {
        pc_lang in = l ? PC_LANG_EN : PC_LANG_ZH;
        for (size_t i = 0; i < pc_diag_count(d); i++) {
            const pc_message *m = pc_diag_get(d, i);
            if (errors_in[l].len)
                pc_buf_puts(&errors_in[l], pc_msg(in, PC_MSG_RT_SEP));
            if (in == PC_LANG_ZH)
                pc_diag_message_text(&errors_in[l], m, in);   /* 字段 标签(x): 文本 */
            else if (m->field)
                pc_buf_printf(&errors_in[l], "%s: %s", m->field, m->text);
            else
                pc_buf_puts(&errors_in[l], m->text);
        }
    }
    const pc_buf *shown = &errors_in[t->lang == PC_LANG_ZH ? 0 : 1];
    if (shown->len)
        pc_buf_puts(&errors, shown->data);
    if (expect_error) {
        if (!errors.len)
            pc_buf_printf(&why, pc_msg(t->lang, PC_MSG_RT_REFUSED_ACCEPTED), expect_error);
        else if (!strstr(errors_in[0].data, expect_error) && !strstr(errors_in[1].data, expect_error))
            pc_buf_printf(&why, pc_msg(t->lang, PC_MSG_RT_ERROR_OTHER), expect_error, errors.data);
    } else if (errors.len) {
        pc_buf_puts(&why, errors.data);
    } else if (expect_none) {
        for (size_t i = 0; i < rep->nresults; i++)
            if (rep->results[i].plan == plan) {
                pc_buf_printf(&why, pc_msg(t->lang, PC_MSG_RT_UNEXPECTED_RESULT), plan->id, rep->results[i].item->id);
                break;
            }
    } else if (pc_lua_rawfield(L, c, "expect") == LUA_TTABLE) {
        int ex = lua_absindex(L, -1);
        lua_pushnil(L);
        while (lua_next(L, ex)) {
            const char *rule = lua_type(L, -2) == LUA_TSTRING ? lua_tostring(L, -2) : "?";
            const pc_result *r = NULL;
            for (size_t i = 0; i < rep->nresults && !r; i++)
                if (rep->results[i].plan == plan && strcmp(rep->results[i].item->id, rule) == 0)
                    r = &rep->results[i];
            cover(t, plan->id, rule);
            if (!r) {
                if (why.len)
                    pc_buf_puts(&why, pc_msg(t->lang, PC_MSG_RT_SEP));
                pc_buf_printf(&why, pc_msg(t->lang, PC_MSG_RT_NO_RESULT), rule, plan->id, (int)(opt.as_of / 10000),
                              (int)(opt.as_of / 100 % 100), (int)(opt.as_of % 100));
            } else if (lua_istable(L, -1)) {
                int et = lua_absindex(L, -1);
                pc_buf rule_why = {0};
                lua_pushnil(L);
                while (lua_next(L, et)) {
                    if (lua_type(L, -2) == LUA_TSTRING)
                        expect_key(L, lua_tostring(L, -2), r, t->lang, &rule_why);
                    lua_pop(L, 1);
                }
                if (rule_why.len) {
                    if (why.len)
                        pc_buf_puts(&why, pc_msg(t->lang, PC_MSG_RT_SEP));
                    pc_buf_printf(&why, pc_msg(t->lang, PC_MSG_RT_RULE), rule, rule_why.data);
                }
                pc_buf_free(&rule_why);
            }
            lua_pop(L, 1);
        }
        lua_pop(L, 1);
    } else {
        lua_pop(L, 1);
        pc_buf_puts(&why, pc_msg(t->lang, PC_MSG_RT_NO_EXPECT));
    }
    pc_report_free(rep);
    pc_buf_free(&errors);
    pc_buf_free(&errors_in[0]);
    pc_buf_free(&errors_in[1]);
    restore_params(t);
    if (why.len) {
        t->failed++;
        fprintf(t->out, pc_msg(t->lang, PC_MSG_RT_FAIL_CASE), file, line, name, why.data);
        fputc('\n', t->out);
    } else {
        t->passed++;
        fprintf(t->out, pc_msg(t->lang, PC_MSG_RT_OK), file, line, name);
        fputc('\n', t->out);
    }
    pc_buf_free(&why);
    pc_subject_free(s);
    pc_diag_free(d);
    free(name);
    free(expect_error);
}

typedef struct case_call {
    tester *t;
    const pc_plan *plan;
    const char *path;
} case_call;

/* run_case in a protected call: reading the test file's tables can run out
 * of its memory. */
static int case_protected(lua_State *L)
{
    const case_call *call = lua_touserdata(L, 1);
    if (lua_istable(L, 2))
        run_case(call->t, L, 2, call->plan, call->path);
    return 0;
}

/* The plan a test file is for: the rule file beside it, same name without .test. */
static const pc_plan *plan_for(tester *t, const char *test_path)
{
    char want[PATH_MAX], rule[PATH_MAX];
    size_t n = strlen(test_path);
    if (n < 9 || n - 9 + 5 >= sizeof rule)
        return NULL;
    snprintf(rule, sizeof rule, "%.*s.lua", (int)(n - 9), test_path);
    if (!realpath(rule, want))
        return NULL;
    for (size_t i = 0; i < t->ctx->nplans; i++) {
        char have[PATH_MAX];
        if (realpath(t->ctx->plans[i].file, have) && strcmp(have, want) == 0)
            return &t->ctx->plans[i];
    }
    return NULL;
}

static void run_file(tester *t, const char *path)
{
    const pc_plan *plan = plan_for(t, path);
    if (!plan) {
        t->failed++;
        pc_buf why = {0};
        pc_buf_printf(&why, pc_msg(t->lang, PC_MSG_RT_NO_PLAN_BESIDE), (int)(strlen(path) > 9 ? strlen(path) - 9 : 0), path);
        fail_line(t->out, t->lang, path, why.data);
        pc_buf_free(&why);
        return;
    }
    pc_lua lua;
    char err[1024];
    if (pc_lua_open(&lua, t->e, err, sizeof err) != 0 || pc_lua_run_file(&lua, t->e, path, err, sizeof err) != 0) {
        t->failed++;
        fprintf(t->out, pc_msg(t->lang, PC_MSG_RT_FAIL_TEXT), err);
        fputc('\n', t->out);
        pc_lua_close(&lua);
        return;
    }
    lua_State *L = lua.L;
    pc_lua_rawfield(L, -1, "cases");
    int cases = lua_absindex(L, -1);
    size_t n = lua_rawlen(L, cases);
    if (!n) {
        t->failed++;
        fail_line(t->out, t->lang, path, pc_msg(t->lang, PC_MSG_RT_NO_CASE));
    }
    for (size_t i = 1; i <= n; i++) {
        case_call call = {t, plan, path};
        lua_pushcfunction(L, case_protected);
        lua_pushlightuserdata(L, &call);
        lua_rawgeti(L, cases, (lua_Integer)i);
        pc_lua_arm(&lua);
        int status = lua_pcall(L, 2, 0, 0);
        if (status != LUA_OK) {
            /* the test file left too little memory to read its case */
            char buf[256];
            const char *msg = lua_type(L, -1) == LUA_TSTRING ? lua_tostring(L, -1) : NULL;
            restore_params(t);
            t->failed++;
            pc_buf why = {0};
            pc_buf_printf(&why, pc_msg(t->lang, PC_MSG_RT_CASE_FAILED), i, pc_lua_failure(&lua, status, msg, buf, sizeof buf));
            fail_line(t->out, t->lang, path, why.data);
            pc_buf_free(&why);
            lua_pop(L, 1);
        }
    }
    pc_lua_close(&lua);
}

/* Test files under a directory, in name order. */
static void collect(const char *path, char ***files, size_t *n, size_t *cap, int depth)
{
    struct stat st;
    if (stat(path, &st) != 0)
        return;
    size_t len = strlen(path);
    if (S_ISREG(st.st_mode)) {
        if (len > 9 && strcmp(path + len - 9, ".test.lua") == 0)
            PC_PUSH(*files, *n, *cap, pc_strdup(path));
        return;
    }
    if (!S_ISDIR(st.st_mode) || depth > 4)
        return;
    char **names;
    size_t nn;
    if (pc_dir_list(path, NULL, &names, &nn) != 0)
        return;
    for (size_t i = 0; i < nn; i++) {
        pc_buf p = {0};
        pc_buf_printf(&p, "%s/%s", path, names[i]);
        collect(p.data, files, n, cap, depth + 1);
        pc_buf_free(&p);
    }
    pc_dir_free(names, nn);
}

int pc_test(pc_engine *e, int npaths, char **paths, pc_lang lang, FILE *out)
{
    tester t;
    memset(&t, 0, sizeof t);
    t.e = e;
    t.out = out;
    t.lang = lang;
    t.ctx = e->main;   /* parameters a case sets are put back after it */
    char **files = NULL;
    size_t n = 0, cap = 0;
    if (npaths == 0) {
        collect(e->rules_dir, &files, &n, &cap, 0);
        for (size_t i = 0; i < e->nmisplaced; i++) {
            t.failed++;
            fail_line(out, lang, e->misplaced[i], pc_diag_format(PC_D_MISPLACED_RULE_FILE, lang));
        }
    }
    for (int i = 0; i < npaths; i++) {
        size_t before = n;
        collect(paths[i], &files, &n, &cap, 0);
        if (n == before) {
            t.failed++;
            fail_line(out, lang, paths[i], pc_msg(lang, PC_MSG_RT_NO_TESTS));
        }
    }
    for (size_t i = 0; i < n; i++)
        run_file(&t, files[i]);

    /* Coverage: per plan that has tests, the rules no case expects anything of. */
    for (size_t p = 0; p < t.ctx->nplans; p++) {
        const pc_plan *plan = &t.ctx->plans[p];
        size_t covered = 0;
        pc_buf missing = {0};
        for (size_t i = 0; i < plan->nitems; i++) {
            char key[512];
            snprintf(key, sizeof key, "%s/%s", plan->id, plan->items[i].id);
            int hit = 0;
            for (size_t k = 0; k < t.ncovered && !hit; k++)
                hit = strcmp(t.covered[k], key) == 0;
            if (hit)
                covered++;
            else
                pc_buf_printf(&missing, "%s%s", missing.len ? pc_msg(lang, PC_MSG_TEXT_LIST_SEP) : "", plan->items[i].id);
        }
        if (!covered && npaths)
            continue;   /* a plan these paths do not test */
        fprintf(out, pc_msg(lang, PC_MSG_RT_COVERAGE), plan->id, covered, plan->nitems);
        if (missing.len)
            fprintf(out, pc_msg(lang, PC_MSG_RT_UNTESTED), missing.data);
        fputc('\n', out);
        pc_buf_free(&missing);
    }
    fprintf(out, pc_msg(lang, PC_MSG_RT_TOTAL), t.passed, t.failed);
    fputc('\n', out);
    for (size_t i = 0; i < n; i++)
        free(files[i]);
    free(files);
    for (size_t i = 0; i < t.ncovered; i++)
        free(t.covered[i]);
    free(t.covered);
    return t.failed ? 1 : 0;
}
