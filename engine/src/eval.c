/*
 * eval.c -- evaluates one subject against the compiled plans of a context:
 * conditions (three-valued; each node's operands, value read and outcome
 * kept in the result model), amounts in fen with caps and amounts already
 * received (each step kept), and, through eval_target.c, targets.
 * docs/dsl.md states the semantics; the writers (out_*.c) word the results.
 */
#include "internal.h"
#include "eval.h"

#include <lauxlib.h>
#include <lua.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

void pc_eval_fail(pc_ev *v, const char *file, long line, pc_diag_id id, ...)
{
    if (v->failure)
        return;
    va_list ap;
    va_start(ap, id);
    pc_diag_vsay(v->rep->errors, PC_EX_DATAERR, file, line, NULL, id, ap);
    va_end(ap);
    v->failure = 1;
}

/* A rule's failure whose reason is worded per language (the sandbox's refusals). */
static void fail_worded(pc_ev *v, const char *zh, const char *en)
{
    if (v->failure)
        return;
    pc_buf z = {0}, e = {0};
    pc_diag_format_in(&z, PC_LANG_ZH, PC_D_RULE_FAILED, v->plan->id, v->item->id, zh);
    pc_diag_format_in(&e, PC_LANG_EN, PC_D_RULE_FAILED, v->plan->id, v->item->id, en);
    pc_diag_add_texts(v->rep->errors, PC_EX_DATAERR, v->plan->file, v->item->line, NULL, PC_D_RULE_FAILED, z.data,
                      e.data);
    pc_buf_free(&z);
    pc_buf_free(&e);
    v->failure = 1;
}

void pc_eval_add_missing(pc_result *r, const char *name)
{
    if (!pc_strlist_has(&r->missing, name))
        pc_strlist_add(&r->missing, name);
}

void pc_eval_note(pc_ev *v, pc_result *r, pc_note_id id, int a, int b, int c)
{
    pc_report_note(v->rep, r, id, a, b, c);
}

int pc_eval_q(const pc_value *v, pc_q *out)
{
    switch (v->type) {
    case PC_INT: *out = PC_Q_INT(v->u.i); return 0;
    case PC_MONEY: return pc_q_div(PC_Q_INT(v->u.fen), PC_Q_INT(100), out);
    case PC_NUMBER: return pc_q_from_double(v->u.n, out);
    default: return -1;
    }
}

/* -1, 0, 1 for a numeric field value against a compiled operand, exactly. */
static int compare(const pc_value *a, const pc_value *b)
{
    if (a->type == PC_MONEY && b->type == PC_MONEY)
        return (a->u.fen > b->u.fen) - (a->u.fen < b->u.fen);
    if (a->type == PC_INT && b->type == PC_INT)
        return (a->u.i > b->u.i) - (a->u.i < b->u.i);
    pc_q x, y;
    if (pc_eval_q(a, &x) == 0 && pc_eval_q(b, &y) == 0)
        return pc_q_cmp(x, y);
    double p = a->type == PC_INT ? (double)a->u.i : a->type == PC_MONEY ? (double)a->u.fen / 100.0 : a->u.n;
    double q = b->type == PC_INT ? (double)b->u.i : b->type == PC_MONEY ? (double)b->u.fen / 100.0 : b->u.n;
    return (p > q) - (p < q);
}

static int equal(const pc_value *a, const pc_value *b)
{
    if (a->type == PC_STRING || b->type == PC_STRING)
        return a->type == b->type && (a->u.s == b->u.s || strcmp(a->u.s, b->u.s) == 0);
    if (a->type == PC_BOOL || b->type == PC_BOOL)
        return a->type == b->type && a->u.b == b->u.b;
    return compare(a, b) == 0;
}

/* ---- conditions ------------------------------------------------------------------------ */

typedef struct check_call {
    pc_ev *v;
    const pc_cond *k;
} check_call;

/* Builds e and calls fn, in a protected call: every push can run out of the
 * memory the rule code left (its failure is the record's, not the process's). */
static int check_protected(lua_State *L)
{
    const check_call *call = lua_touserdata(L, 1);
    const pc_cond *k = call->k;
    lua_rawgeti(L, LUA_REGISTRYINDEX, k->fn_ref);
    lua_createtable(L, 0, (int)k->nfields);
    for (size_t i = 0; i < k->nfields; i++) {
        const pc_field *f = pc_ev_field(call->v, k->fields[i]);
        const pc_value *val = &call->v->s->values[f->index];
        switch (val->type) {
        case PC_BOOL: lua_pushboolean(L, val->u.b); break;
        case PC_INT: lua_pushinteger(L, val->u.i); break;
        case PC_NUMBER: lua_pushnumber(L, val->u.n); break;
        case PC_MONEY: lua_pushinteger(L, val->u.fen); break;  /* money reaches rules in fen */
        case PC_STRING: lua_pushstring(L, val->u.s); break;
        default: lua_pushnil(L);
        }
        lua_setfield(L, -2, f->def.name);
    }
    lua_call(L, 1, 1);
    return 1;
}

static pc_outcome call_check(pc_ev *v, const pc_cond *k, pc_result *r)
{
    for (size_t i = 0; i < k->nfields; i++)
        if (v->s->values[pc_ev_field(v, k->fields[i])->index].type == PC_NIL) {
            for (size_t j = 0; j < k->nfields; j++)
                if (v->s->values[pc_ev_field(v, k->fields[j])->index].type == PC_NIL)
                    pc_eval_add_missing(r, pc_ev_field(v, k->fields[j])->def.name);
            return PC_T_UNKNOWN;
        }
    lua_State *L = v->ctx->lua.L;
    int top = lua_gettop(L);
    check_call call = {v, k};
    pc_lua_arm(&v->ctx->lua);
    int status = lua_checkstack(L, 3) ? LUA_OK : LUA_ERRMEM;
    if (status == LUA_OK) {
        lua_pushcfunction(L, check_protected);
        lua_pushlightuserdata(L, &call);
        status = lua_pcall(L, 1, 1, 0);
    }
    if (status != LUA_OK) {
        char text[1024], buf[256];
        const char *msg = lua_gettop(L) > top && lua_type(L, -1) == LUA_TSTRING ? lua_tostring(L, -1) : NULL;
        pc_lua_error_text(v->plan->file, pc_lua_failure(&v->ctx->lua, status, msg, buf, sizeof buf), text, sizeof text);
        char zh[1024];
        if (pc_lua_refusal_in(&v->ctx->lua, PC_LANG_ZH, text, zh, sizeof zh))
            fail_worded(v, zh, text);
        else
            pc_eval_fail(v, v->plan->file, v->item->line, PC_D_RULE_FAILED, v->plan->id, v->item->id, text);
        lua_settop(L, top);
        return PC_T_UNKNOWN;
    }
    pc_outcome t = lua_toboolean(L, -1) ? PC_T_TRUE : PC_T_FALSE;
    lua_settop(L, top);
    return t;
}

pc_outcome pc_eval_test(const pc_cond *k, const pc_value *val)
{
    if (val->type == PC_NIL)
        return PC_T_UNKNOWN;
    int t = 0;
    switch (k->op) {
    case PC_C_IS: t = val->u.b; break;
    case PC_C_ISNT: t = !val->u.b; break;
    case PC_C_GT: t = compare(val, &k->values[0]) > 0; break;
    case PC_C_GE: t = compare(val, &k->values[0]) >= 0; break;
    case PC_C_LT: t = compare(val, &k->values[0]) < 0; break;
    case PC_C_LE: t = compare(val, &k->values[0]) <= 0; break;
    case PC_C_EQ: t = equal(val, &k->values[0]); break;
    case PC_C_ONE_OF:
        for (size_t i = 0; i < k->nvalues && !t; i++)
            t = equal(val, &k->values[i]);
        break;
    default: break;
    }
    return t ? PC_T_TRUE : PC_T_FALSE;
}

pc_outcome pc_eval_group(pc_cond_op op, unsigned seen)
{
    if (op == PC_C_ALL)
        return seen & PC_SEEN(PC_T_FALSE) ? PC_T_FALSE : seen & PC_SEEN(PC_T_UNKNOWN) ? PC_T_UNKNOWN : PC_T_TRUE;
    return seen & PC_SEEN(PC_T_TRUE) ? PC_T_TRUE : seen & PC_SEEN(PC_T_UNKNOWN) ? PC_T_UNKNOWN : PC_T_FALSE;
}

pc_outcome pc_eval_not(pc_outcome t)
{
    return t == PC_T_UNKNOWN ? t : t == PC_T_TRUE ? PC_T_FALSE : PC_T_TRUE;
}

static pc_outcome eval_leaf(pc_ev *v, const pc_cond *k, pc_result *r, pc_value *actual)
{
    const pc_field *f = pc_ev_field(v, k->field);
    const pc_value *val = &v->s->values[f->index];
    *actual = *val;
    if (val->type == PC_STRING)
        actual->u.s = pc_arena_strdup(&v->rep->arena, val->u.s);
    if (val->type == PC_NIL)
        pc_eval_add_missing(r, f->def.name);
    return pc_eval_test(k, val);
}

/* Evaluates a condition tree, appending its nodes in preorder to the
 * report's pool (every branch is evaluated: the model shows all of it). */
static pc_outcome eval_cond(pc_ev *v, const pc_cond *k, pc_result *r)
{
    unsigned at = v->rep->conds.count;
    pc_cond_result *node = PC_POOL_ADD(v->rep->conds);
    node->cond = k;
    node->role = (unsigned char)v->role;
    pc_value actual = {PC_NIL, {0}};
    pc_outcome t;
    switch (k->op) {
    case PC_C_ALL:
    case PC_C_ANY: {
        unsigned seen = 0;
        for (size_t i = 0; i < k->nkids; i++)
            seen |= PC_SEEN(eval_cond(v, k->kids[i], r));
        t = pc_eval_group(k->op, seen);
        break;
    }
    case PC_C_NO: t = pc_eval_not(eval_cond(v, k->kids[0], r)); break;
    case PC_C_CHECK: t = call_check(v, k, r); break;
    default: t = eval_leaf(v, k, r, &actual); break;
    }
    node = &v->rep->conds.items[at];   /* the pool may have moved */
    node->actual = actual;
    node->outcome = (unsigned char)t;
    node->size = v->rep->conds.count - at;
    return t;
}

static pc_outcome eval_root(pc_ev *v, pc_role role, const pc_cond *k, pc_result *r)
{
    if (!r->conds.count)
        r->conds.first = v->rep->conds.count;
    v->role = role;
    pc_outcome t = eval_cond(v, k, r);
    r->conds.count = v->rep->conds.count - r->conds.first;
    return t;
}

/* ---- amounts ------------------------------------------------------------------------ */

enum { AM_OK, AM_UNSET, AM_MISSING, AM_OVERFLOW };

static int eval_amount(pc_ev *v, const pc_amount *a, pc_result *r, int64_t *fen);

static pc_amount_step *add_step(pc_ev *v, pc_result *r, const pc_amount *a)
{
    if (!r->steps.count)
        r->steps.first = v->rep->steps.count;
    r->steps.count++;
    pc_amount_step *step = PC_POOL_ADD(v->rep->steps);
    step->node = a;
    return step;
}

/* when(cond, a[, b]): the condition joins the result's conditions (role
 * amount); a step records the branch taken (count 0: a, 1: b, 2: none, 0
 * yuan; has_count 0: unknown). */
static int eval_amount_when(pc_ev *v, const pc_amount *a, pc_result *r, int64_t *fen)
{
    pc_role role = v->role;
    pc_outcome t = eval_root(v, PC_ROLE_AMOUNT, a->cond, r);
    v->role = role;
    pc_amount_step *step = add_step(v, r, a);
    if (t == PC_T_UNKNOWN)
        return AM_MISSING;
    step->has_count = 1;
    if (t == PC_T_FALSE && a->nkids < 2) {
        step->count = 2;
        step->has_fen = 1;
        *fen = 0;
        return AM_OK;
    }
    step->count = t == PC_T_TRUE ? 0 : 1;
    return eval_amount(v, a->kids[step->count], r, fen);
}

/* Computes an amount formula into *fen, recording each leaf as a step. */
static int eval_amount(pc_ev *v, const pc_amount *a, pc_result *r, int64_t *fen)
{
    if (a->op == PC_A_WHEN)
        return eval_amount_when(v, a, r, fen);
    if (a->op == PC_A_SUM || a->op == PC_A_MIN) {
        int worst = AM_OK;
        int64_t acc = 0;
        for (size_t i = 0; i < a->nkids; i++) {
            int64_t part = 0;
            int rc = eval_amount(v, a->kids[i], r, &part);
            if (rc > worst)
                worst = rc;
            if (rc)
                continue;
            if (a->op == PC_A_SUM) {
                if (__builtin_add_overflow(acc, part, &acc))
                    worst = AM_OVERFLOW;
            } else if (i == 0 || part < acc) {
                acc = part;
            }
        }
        *fen = acc;
        return worst;
    }
    pc_amount_step *step = add_step(v, r, a);
    const pc_param *p = &v->item->params[a->param];
    int rc = p->set ? AM_OK : AM_UNSET;
    if (a->op == PC_A_FIXED) {
        *fen = p->fen;
        step->fen = p->fen;
        step->has_fen = p->set;
        return rc;
    }
    const pc_field *f = pc_ev_field(v, a->field);
    const pc_value *val = &v->s->values[f->index];
    if (val->type == PC_NIL) {
        pc_eval_add_missing(r, f->def.name);
        return AM_MISSING;
    }
    step->count = a->op == PC_A_PER_ITEM ? val->u.i : val->u.fen;
    step->has_count = 1;
    if (rc)
        return rc;
    int over = a->op == PC_A_PER_ITEM ? __builtin_mul_overflow(val->u.i, p->fen, fen)
                                      : pc_rate_apply(p->rate, val->u.fen, fen) != 0;
    if (over)
        return AM_OVERFLOW;
    step->fen = *fen;
    step->has_fen = 1;
    return AM_OK;
}

static int year_field(const pc_ev *v)
{
    return pc_dict_find(&v->ctx->engine->dict, PC_SUBJECT_ENTERPRISE, "year");
}

/* The enterprise's data year, or 0 when it gives none. */
static int data_year(const pc_ev *v)
{
    int fi = year_field(v);
    if (fi < 0)
        return 0;
    const pc_value *y = &v->s->values[pc_ev_field(v, fi)->index];
    return y->type == PC_INT && y->u.i > 0 && y->u.i < 10000 ? (int)y->u.i : 0;
}

/* What was received under this item and counts against its cap: all of it
 * for a cap per plan; a cap per year counts that year's and totals given
 * without a year.  -1 on overflow. */
static int received_for(const pc_ev *v, int year, int64_t *out)
{
    size_t plen = strlen(v->plan->id);
    int64_t sum = 0;
    for (size_t i = 0; i < v->s->nreceived; i++) {
        const pc_received *rc = &v->s->received[i];
        const char *k = rc->key;
        if (strncmp(k, v->plan->id, plen) != 0 || k[plen] != '/' || strcmp(k + plen + 1, v->item->id) != 0)
            continue;
        if (year && rc->year && rc->year != year)
            continue;
        if (__builtin_add_overflow(sum, rc->fen, &sum))
            return -1;
    }
    *out = sum;
    return 0;
}

static void apply_cap(pc_ev *v, pc_result *r)
{
    const pc_item *it = v->item;
    if (!it->has_cap)
        return;
    r->has_cap = 1;
    r->cap_fen = it->cap_fen;
    r->received_year = it->cap_per_year ? (v->data_year ? v->data_year : PC_DATE_YEAR(v->as_of)) : 0;
    if (received_for(v, r->received_year, &r->received_fen) != 0) {
        pc_eval_fail(v, v->s->file, v->s->line, PC_D_RECEIVED_OVERFLOW);
        return;
    }
    r->remaining_fen = r->received_fen < it->cap_fen ? it->cap_fen - r->received_fen : 0;
    r->exceeded_fen = r->received_fen > it->cap_fen ? r->received_fen - it->cap_fen : 0;
}

static void apply_amount(pc_ev *v, pc_result *r)
{
    const pc_item *it = v->item;
    apply_cap(v, r);
    if (!it->has_cap && received_for(v, 0, &r->received_fen) != 0)
        pc_eval_fail(v, v->s->file, v->s->line, PC_D_RECEIVED_OVERFLOW);
    if (!it->amount) {
        r->amount_state = PC_AMOUNT_NOT_FIXED;
        return;
    }
    int64_t fen = 0;
    int rc = eval_amount(v, it->amount, r, &fen);
    static const pc_amount_state states[] = {PC_AMOUNT_OK, PC_AMOUNT_UNSET, PC_AMOUNT_MISSING, PC_AMOUNT_OVERFLOW};
    r->amount_state = states[rc];
    if (rc == AM_OVERFLOW) {
        /* A sum beyond int64 fen is an error on the record, never a wrap. */
        pc_eval_fail(v, v->plan->file, it->line, PC_D_AMOUNT_OVERFLOW, v->plan->id, it->id);
        return;
    }
    if (rc != AM_OK)
        return;
    r->has_amount = 1;
    r->has_before_cap = 1;
    r->before_cap_fen = fen;
    r->amount_fen = fen;
    if (it->has_cap && fen > r->remaining_fen) {
        r->amount_fen = r->remaining_fen;
        r->capped = 1;
    }
}

/* ---- enterprise items ------------------------------------------------------------------- */

static void eval_enterprise_item(pc_ev *v, pc_result *r)
{
    const pc_item *it = v->item;
    int subsidy = it->kind == PC_ITEM_SUBSIDY;
    int year = v->data_year;
    if (subsidy && year && year < v->plan->first_year) {
        /* Data of a year before the plan's period is not what it subsidises. */
        r->status = PC_S_NOT_APPLICABLE;
        pc_eval_note(v, r, PC_NOTE_YEAR_BEFORE_PLAN, year, v->plan->first_year, 0);
        apply_cap(v, r);
        return;
    }
    if (it->applies) {
        pc_outcome t = eval_root(v, PC_ROLE_APPLIES, it->applies, r);
        if (t == PC_T_FALSE)
            pc_strlist_clear(&r->missing);
        if (t != PC_T_TRUE) {
            r->status = t == PC_T_FALSE ? PC_S_NOT_APPLICABLE : PC_S_UNKNOWN;
            if (subsidy)
                apply_cap(v, r);
            return;
        }
    }
    pc_outcome t = eval_root(v, subsidy ? PC_ROLE_ELIGIBLE : PC_ROLE_REQUIRES, it->condition, r);
    /* A decided result needs nothing more: what an undecided branch lacked
     * is not missing. */
    if (t != PC_T_UNKNOWN)
        pc_strlist_clear(&r->missing);
    if (!subsidy) {
        r->status = t == PC_T_TRUE ? PC_S_COMPLIANT : t == PC_T_FALSE ? PC_S_NON_COMPLIANT : PC_S_UNKNOWN;
        return;
    }
    if (t != PC_T_TRUE) {
        r->status = t == PC_T_FALSE ? PC_S_INELIGIBLE : PC_S_UNKNOWN;
        apply_cap(v, r);
        return;
    }
    r->status = PC_S_ELIGIBLE;
    apply_amount(v, r);
    if (it->priority) {
        /* What a priority case lacks is not missing for the subsidy. */
        pc_strlist keep = r->missing;
        pc_strlist scratch = {0};
        scratch.arena = &v->rep->arena;
        r->missing = scratch;
        r->priority = eval_root(v, PC_ROLE_PRIORITY, it->priority, r) == PC_T_TRUE;
        free(r->missing.items);
        r->missing = keep;
    }
}

/* ---- the subject -------------------------------------------------------------------------- */

static pc_result *new_result(pc_report *rep, const pc_plan *plan, const pc_item *it)
{
    if (rep->nresults == rep->results_cap) {
        size_t cap = rep->results_cap ? rep->results_cap * 2 : 8;
        rep->results = pc_xrealloc(rep->results, cap * sizeof *rep->results);
        memset(rep->results + rep->results_cap, 0, (cap - rep->results_cap) * sizeof *rep->results);
        rep->results_cap = cap;
    }
    pc_result *r = &rep->results[rep->nresults++];
    /* A slot used by an earlier record keeps its list's storage. */
    pc_strlist missing = r->missing;
    memset(r, 0, sizeof *r);
    r->missing = missing;
    r->missing.count = 0;
    r->missing.arena = &rep->arena;
    r->plan = plan;
    r->item = it;
    return r;
}

static int plan_applies(const pc_plan *p, pc_subject_kind kind, pc_date as_of)
{
    if (kind == PC_SUBJECT_ENTERPRISE)
        return as_of >= p->in_force_from && as_of <= p->in_force_to;
    return as_of >= p->issued;
}

int pc_evaluate(pc_context *ctx, const pc_subject *s, const pc_eval_options *opt, pc_report **out)
{
    if (!*out)
        *out = pc_report_new();
    return pc_evaluate_into(ctx, s, opt, *out);
}

static void report_start(pc_report *rep, const pc_subject *s, const pc_eval_options *opt, const pc_dict *dict)
{
    rep->nresults = 0;
    rep->total_fen = 0;
    rep->conds.count = rep->steps.count = rep->notes.count = rep->points.count = rep->warnings.count = 0;
    rep->needed.count = 0;
    pc_diag_clear(rep->errors);
    pc_arena_reset(&rep->arena);
    rep->kind = s->kind;
    rep->id = pc_arena_strdup(&rep->arena, s->id ? s->id : s->region);
    rep->name = s->name ? pc_arena_strdup(&rep->arena, s->name) : NULL;
    rep->region_given = pc_arena_strdup(&rep->arena, s->region);
    rep->region = rep->region_given;
    rep->as_of = opt->as_of;
    rep->lang = opt->lang;
    rep->explain = opt->explain;
    rep->dict = dict;
}


/* The subject's own checks against the as-of date: a data year after it is
 * bad input. */
static int check_subject(pc_ev *v)
{
    if (v->s->kind != PC_SUBJECT_ENTERPRISE)
        return 0;
    int year = v->data_year;
    if (year && year > PC_DATE_YEAR(v->as_of)) {
        char date[11];
        pc_date_format(v->as_of, date);
        int fi = year_field(v);
        pc_diag_say(v->rep->errors, PC_EX_DATAERR, v->s->file, v->s->lines[pc_ev_field(v, fi)->index], "year",
                    PC_D_YEAR_AFTER_AS_OF, year, date);
        pc_subject_label(v->rep->errors, v->s, pc_diag_count(v->rep->errors) - 1, "year");
        return PC_EX_DATAERR;
    }
    return 0;
}

/* Whether a plan is evaluated for the subject; a warning says why not. */
static int plan_covers(pc_ev *v, const pc_plan *plan)
{
    const pc_subject *s = v->s;
    pc_report *rep = v->rep;
    if (!pc_region_chain_covers(&v->chain, plan->jurisdiction))
        return 0;
    if (s->kind == PC_SUBJECT_REGION && strcmp(plan->jurisdiction, v->region) != 0) {
        /* A plan's targets are for its jurisdiction as a whole: a part's
         * figures are not judged against them. */
        pc_report_add_warning(rep, PC_WARN_PART_OF, plan, 0, NULL);
        return 0;
    }
    if (!plan_applies(plan, s->kind, v->as_of)) {
        if (s->kind == PC_SUBJECT_REGION)
            pc_report_add_warning(rep, PC_WARN_NOT_ISSUED, plan, plan->issued, NULL);
        else if (v->as_of < plan->in_force_from)
            pc_report_add_warning(rep, PC_WARN_NOT_YET, plan, plan->in_force_from, NULL);
        else
            pc_report_add_warning(rep, PC_WARN_ENDED, plan, plan->in_force_to, NULL);
        return 0;
    }
    /* a plan in force that ends within PC_ENDS_SOON_DAYS of the as-of date */
    long left = pc_date_days(plan->in_force_to) - pc_date_days(v->as_of);
    if (v->as_of >= plan->in_force_from && left >= 0 && left <= PC_ENDS_SOON_DAYS) {
        pc_report_add_warning(rep, PC_WARN_ENDS_SOON, plan, plan->in_force_to, NULL);
        rep->warnings.items[rep->warnings.count - 1].days = (int)left;
    }
    return 1;
}

static void eval_plan(pc_ev *v, const pc_plan *plan)
{
    pc_report *rep = v->rep;
    v->plan = plan;
    for (size_t i = 0; i < plan->nitems && !v->failure; i++) {
        const pc_item *it = &plan->items[i];
        if ((v->s->kind == PC_SUBJECT_REGION) != (it->kind == PC_ITEM_TARGET))
            continue;
        v->item = it;
        pc_result *r = new_result(rep, plan, it);
        if (it->kind == PC_ITEM_TARGET)
            pc_eval_target(v, r);
        else
            eval_enterprise_item(v, r);
        if (r->status == PC_S_ELIGIBLE && r->has_amount && __builtin_add_overflow(rep->total_fen, r->amount_fen, &rep->total_fen))
            pc_eval_fail(v, v->s->file, v->s->line, PC_D_TOTAL_OVERFLOW);
    }
}

int pc_evaluate_into(pc_context *ctx, const pc_subject *s, const pc_eval_options *opt, pc_report *rep)
{
    pc_engine *e = ctx->engine;
    report_start(rep, s, opt, &e->dict);
    pc_whatif_report(rep, s, e);
    pc_ev v;
    memset(&v, 0, sizeof v);
    v.ctx = ctx;
    v.s = s;
    v.rep = rep;
    v.as_of = opt->as_of;
    v.data_year = s->kind == PC_SUBJECT_ENTERPRISE ? data_year(&v) : 0;
    pc_buf warning = {0};
    const char *where = s->kind == PC_SUBJECT_ENTERPRISE ? "region" : "code";
    size_t from = pc_diag_count(rep->errors);
    if (pc_region_resolve(e, s->region, opt->as_of, v.region, &warning, opt->lang, rep->errors, s->file, s->region_line,
                          where) != 0) {
        pc_subject_label(rep->errors, s, from, where);
        pc_buf_free(&warning);
        return PC_EX_DATAERR;
    }
    rep->region = pc_arena_strdup(&rep->arena, v.region);
    if (warning.len)
        pc_report_add_warning(rep, PC_WARN_TEXT, NULL, 0, warning.data);
    pc_buf_free(&warning);

    pc_regions_chain(&e->regions, v.region, &v.chain);
    pc_plugins_validate(e, s, &v.chain, rep->errors);
    if (pc_diag_count(rep->errors) || check_subject(&v))
        return PC_EX_DATAERR;

    size_t covering = 0;
    for (size_t p = 0; p < ctx->nplans && !v.failure; p++) {
        if (!plan_covers(&v, &ctx->plans[p]))
            continue;
        covering++;
        eval_plan(&v, &ctx->plans[p]);
    }
    if (v.failure) {
        /* A failing rule fails this subject alone: no partial answer. */
        rep->nresults = 0;
        rep->total_fen = 0;
        return PC_EX_DATAERR;
    }
    if (!covering)
        pc_report_add_warning(rep, s->kind == PC_SUBJECT_ENTERPRISE ? PC_WARN_NO_PLAN_IN_FORCE : PC_WARN_NO_PLAN_ISSUED,
                              NULL, opt->as_of, NULL);
    return 0;
}
