/*
 * lint.c -- `plancheck lint`: what the compiler refuses (dsl.c) plus the
 * mistakes that still compile: a unit that is not the metric's, a
 * parameter declared and never used, a cap below a single item's amount,
 * and check{} code that reads fields its list does not name or the
 * dictionary does not know (found by running it once on a recording proxy).
 */
#include "internal.h"

#include <lauxlib.h>
#include <lua.h>
#include <stdlib.h>
#include <string.h>

typedef struct linter {
    pc_engine *e;
    pc_lua *lua;
    const pc_plan *plan;
    const pc_item *item;
    pc_diag *diag;
    int problems;
} linter;

/* A problem with the item being linted: "subsidy 'x': text" in each language. */
static void problem(linter *l, long line, pc_diag_id id, ...)
{
    pc_buf msg[2] = {{0}}, text[2] = {{0}};
    va_list ap;
    va_start(ap, id);
    pc_diag_vformat_both(&msg[0], &msg[1], id, ap);
    va_end(ap);
    pc_diag_format_in(&text[0], PC_LANG_ZH, PC_D_LINT_ITEM, pc_item_kind_zh[l->item->kind], l->item->id, msg[0].data);
    pc_diag_format_in(&text[1], PC_LANG_EN, PC_D_LINT_ITEM, pc_item_kind_name[l->item->kind], l->item->id, msg[1].data);
    pc_diag_add_texts(l->diag, PC_EX_CONFIG, l->plan->file, line, NULL, id, text[0].data, text[1].data);
    for (int i = 0; i < 2; i++) {
        pc_buf_free(&msg[i]);
        pc_buf_free(&text[i]);
    }
    l->problems++;
}

/* ---- check{} code: which fields does it read? ---------------------------------------- */

static int record_read(lua_State *L)
{
    /* upvalue 1: the set of keys read; 2: the table of sample values */
    lua_pushvalue(L, 2);
    lua_pushboolean(L, 1);
    lua_rawset(L, lua_upvalueindex(1));
    lua_pushvalue(L, 2);
    lua_rawget(L, lua_upvalueindex(2));
    return 1;
}

static void push_sample(lua_State *L, const pc_field *f)
{
    switch (f->def.type) {
    case PC_FIELD_BOOL: lua_pushboolean(L, 1); break;
    case PC_FIELD_COUNT:
    case PC_FIELD_INT: lua_pushinteger(L, 1); break;
    case PC_FIELD_MONEY: lua_pushinteger(L, 100000); break;
    case PC_FIELD_NUMBER: lua_pushnumber(L, 1.5); break;
    case PC_FIELD_ENUM: lua_pushstring(L, f->def.enum_values[0]); break;
    default: lua_pushstring(L, "210200"); break;
    }
}

typedef struct lint_call {
    linter *l;
    const pc_cond *k;
} lint_call;

/* Runs in a protected call: every table and string it makes can run out of
 * the memory the rule file left. */
static int lint_protected(lua_State *L)
{
    const lint_call *call = lua_touserdata(L, 1);
    linter *l = call->l;
    const pc_cond *k = call->k;
    lua_newtable(L);                          /* keys read */
    int seen = lua_gettop(L);
    lua_newtable(L);                          /* samples of the listed fields */
    int samples = lua_gettop(L);
    for (size_t i = 0; i < k->nfields; i++) {
        const pc_field *f = &l->e->dict.fields[k->fields[i]];
        push_sample(L, f);
        lua_setfield(L, samples, f->def.name);
    }
    lua_rawgeti(L, LUA_REGISTRYINDEX, k->fn_ref);
    lua_newtable(L);                          /* e: empty, reads go through __index */
    lua_newtable(L);
    lua_pushvalue(L, seen);
    lua_pushvalue(L, samples);
    lua_pushcclosure(L, record_read, 2);
    lua_setfield(L, -2, "__index");
    lua_setmetatable(L, -2);
    pc_lua_arm(l->lua);
    /* Errors are not lint's business here: sample values may not suit the code. */
    lua_pcall(L, 1, 0, 0);
    lua_pushnil(L);
    while (lua_next(L, seen)) {
        lua_pop(L, 1);
        if (lua_type(L, -1) != LUA_TSTRING)
            continue;
        const char *name = lua_tostring(L, -1);
        int listed = 0;
        for (size_t i = 0; i < k->nfields && !listed; i++)
            listed = strcmp(l->e->dict.fields[k->fields[i]].def.name, name) == 0;
        if (listed)
            continue;
        if (pc_dict_find(&l->e->dict, PC_SUBJECT_ENTERPRISE, name) < 0)
            problem(l, l->item->line, PC_D_LINT_CHECK_UNKNOWN_FIELD, name);
        else
            problem(l, l->item->line, PC_D_LINT_CHECK_UNLISTED_FIELD, name);
    }
    return 0;
}

static void lint_check(linter *l, const pc_cond *k)
{
    lua_State *L = l->lua->L;
    int top = lua_gettop(L);
    lint_call call = {l, k};
    pc_lua_arm(l->lua);
    if (lua_checkstack(L, 3)) {
        lua_pushcfunction(L, lint_protected);
        lua_pushlightuserdata(L, &call);
        int status = lua_pcall(L, 1, 0, 0);
        if (status != LUA_OK) {
            char buf[256];
            const char *msg = lua_type(L, -1) == LUA_TSTRING ? lua_tostring(L, -1) : NULL;
            problem(l, l->item->line, PC_D_LINT_CHECK_FAILED, pc_lua_failure(l->lua, status, msg, buf, sizeof buf));
        }
    }
    lua_settop(L, top);
}

static void lint_cond(linter *l, const pc_cond *k)
{
    if (!k)
        return;
    if (k->op == PC_C_CHECK)
        lint_check(l, k);
    for (size_t i = 0; i < k->nkids; i++)
        lint_cond(l, k->kids[i]);
}

/* ---- amounts and caps ------------------------------------------------------------------ */

static void mark_params(const pc_amount *a, int *used)
{
    if (!a)
        return;
    if (a->param >= 0)
        used[a->param] = 1;
    for (size_t i = 0; i < a->nkids; i++)
        mark_params(a->kids[i], used);
}

/* A cap below one item's amount (or a fixed amount) can never be reached
 * as written: a typo in one of them, most likely. */
static void lint_cap(linter *l, const pc_amount *a)
{
    if (!a)
        return;
    if ((a->op == PC_A_FIXED || a->op == PC_A_PER_ITEM) && a->param >= 0) {
        const pc_param *p = &l->item->params[a->param];
        if (p->set && p->type == PC_P_MONEY && p->fen > l->item->cap_fen) {
            pc_buf m = {0}, c = {0};
            pc_buf_money(&m, p->fen);
            pc_buf_money(&c, l->item->cap_fen);
            problem(l, l->item->line, a->op == PC_A_FIXED ? PC_D_LINT_CAP_BELOW_AMOUNT : PC_D_LINT_CAP_BELOW_ITEM, c.data,
                    p->name, m.data);
            pc_buf_free(&m);
            pc_buf_free(&c);
        }
    }
    for (size_t i = 0; i < a->nkids; i++)
        lint_cap(l, a->kids[i]);
}

/* ---- the exact targets and when() (issue 15's constructs) ------------------------------ */

static int same_amount(const pc_amount *a, const pc_amount *b)
{
    if (!a || !b || a->op != b->op || a->field != b->field || a->param != b->param || a->nkids != b->nkids || a->cond)
        return 0;
    for (size_t i = 0; i < a->nkids; i++)
        if (!same_amount(a->kids[i], b->kids[i]))
            return 0;
    return 1;
}

static void lint_when(linter *l, const pc_amount *a)
{
    if (!a)
        return;
    if (a->op == PC_A_WHEN) {
        lint_cond(l, a->cond);
        if (a->nkids == 2 && same_amount(a->kids[0], a->kids[1]))
            problem(l, l->item->line, PC_D_LINT_WHEN_SAME);
    }
    for (size_t i = 0; i < a->nkids; i++)
        lint_when(l, a->kids[i]);
}

static void lint_exact_target(linter *l)
{
    const pc_item *it = l->item;
    const pc_dict *d = &l->e->dict;
    if ((it->compare == PC_CMP_AT_LEAST_ABOUT || it->compare == PC_CMP_AT_MOST_ABOUT) &&
        pc_q_cmp(it->tolerance_q, (pc_q){1, 2}) > 0)
        problem(l, it->line, PC_D_LINT_TOLERANCE, it->tolerance);
    for (int i = 0; i < it->nminus; i++)
        for (int k = 0; k < it->nmetrics; k++)
            if (it->minus[i] == it->metrics[k])
                problem(l, it->line, PC_D_LINT_ADDED_SUBTRACTED, d->fields[it->minus[i]].def.name);
    if (it->compare == PC_CMP_INCREASING && it->measure == PC_M_CUMULATIVE)
        problem(l, it->line, PC_D_LINT_INCREASING_CUMULATIVE);
    if (it->from && it->from == l->plan->first_year)
        problem(l, it->line, PC_D_LINT_FROM_FIRST_YEAR, it->from);
}

static void lint_item(linter *l)
{
    const pc_item *it = l->item;
    if (it->kind == PC_ITEM_TARGET) {
        const pc_field *f = &l->e->dict.fields[it->metric];
        int keeps_unit = it->measure == PC_M_PLAIN || it->measure == PC_M_CUMULATIVE || it->measure == PC_M_NEW_SINCE;
        /* "元/年" for a yearly figure in 元 is the same unit, said per year */
        size_t ul = f->def.unit_zh ? strlen(f->def.unit_zh) : 0;
        int same = it->unit_zh && f->def.unit_zh && strncmp(it->unit_zh, f->def.unit_zh, ul) == 0 &&
                   (it->unit_zh[ul] == '\0' || strcmp(it->unit_zh + ul, "/年") == 0);
        if (it->unit_zh && f->def.unit_zh && keeps_unit && !same)
            problem(l, it->line, PC_D_LINT_UNIT_DIFFERS, it->unit_zh, f->def.name, f->def.unit_zh);
        if (it->unit_zh && f->def.unit_zh && !keeps_unit && strcmp(it->unit_zh, f->def.unit_zh) == 0)
            problem(l, it->line, PC_D_LINT_UNIT_OWN, it->unit_zh);
        if (it->exact)
            lint_exact_target(l);
        return;
    }
    lint_cond(l, it->applies);
    lint_cond(l, it->condition);
    lint_cond(l, it->priority);
    if (it->kind != PC_ITEM_SUBSIDY)
        return;
    int *used = pc_xcalloc(it->nparams + 1, sizeof *used);
    mark_params(it->amount, used);
    lint_when(l, it->amount);
    for (size_t i = 0; i < it->nparams; i++)
        if (!used[i])
            problem(l, it->line, PC_D_LINT_PARAM_UNUSED, it->params[i].name);
    free(used);
    if (it->has_cap)
        lint_cap(l, it->amount);
}

int pc_lint_file(pc_engine *e, const char *path, pc_diag *diag)
{
    size_t before = pc_diag_count(diag);
    pc_lua lua;
    char err[1024];
    if (pc_lua_open(&lua, e, err, sizeof err) != 0) {
        pc_diag_add(diag, PC_EX_SOFTWARE, path, 0, NULL, "%s", err);
        return PC_EX_SOFTWARE;
    }
    if (pc_lua_run_file(&lua, e, path, err, sizeof err) != 0) {
        char zh[1024];
        if (pc_lua_refusal_in(&lua, PC_LANG_ZH, err, zh, sizeof zh))
            pc_diag_add_texts(diag, PC_EX_CONFIG, NULL, 0, NULL, PC_D_NONE, zh, err);
        else
            pc_diag_add(diag, PC_EX_CONFIG, NULL, 0, NULL, "%s", err);
        pc_lua_close(&lua);
        return PC_EX_CONFIG;
    }
    pc_plan plan;
    if (pc_dsl_compile(e, &lua, path, &plan, diag) == 0) {
        pc_dsl_apply_config(e, &plan, diag);
        linter l = {e, &lua, &plan, NULL, diag, 0};
        for (size_t i = 0; i < plan.nitems; i++) {
            l.item = &plan.items[i];
            lint_item(&l);
        }
        if (!pc_plugins_cover(e, plan.jurisdiction))
            pc_diag_say(diag, PC_EX_CONFIG, path, plan.line, NULL, PC_D_LINT_NO_PLUGIN, plan.id, plan.jurisdiction);
        pc_plan_free(&plan);
    }
    pc_lua_close(&lua);
    return pc_diag_count(diag) > before ? PC_EX_CONFIG : 0;
}

int pc_lint(pc_engine *e, int nfiles, char **files, pc_diag *diag)
{
    int rc = 0;
    if (nfiles == 0) {
        for (size_t i = 0; i < e->nmisplaced; i++) {
            pc_diag_say(diag, PC_EX_CONFIG, e->misplaced[i], 0, NULL, PC_D_MISPLACED_RULE_FILE);
            rc = PC_EX_CONFIG;
        }
        for (size_t i = 0; i < e->nfiles; i++) {
            int r = pc_lint_file(e, e->files[i].path, diag);
            if (r > rc)
                rc = r;
        }
        return rc;
    }
    for (int i = 0; i < nfiles; i++) {
        int r = pc_lint_file(e, files[i], diag);
        if (r > rc)
            rc = r;
    }
    return rc;
}
