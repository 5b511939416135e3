/*
 * eval.c -- evaluates one subject against the compiled plans of a context:
 * conditions (three-valued, with the values read written as reasons),
 * amounts in fen with caps and amounts already received, and targets with
 * the straight-line "on track" test.  docs/dsl.md states the semantics.
 */
#include "internal.h"
#include "judge.h"

#include <lauxlib.h>
#include <lua.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

typedef enum tri { T_FALSE = 0, T_TRUE = 1, T_UNKNOWN = 2 } tri;

typedef struct ev {
    pc_context *ctx;
    const pc_subject *s;
    pc_report *rep;
    pc_lang lang;
    pc_date as_of;
    char region[7];
    const pc_plan *plan;
    const pc_item *item;
    pc_buf *scratch;        /* reasons are composed here (the context's) */
    int explain;
    const char *role;       /* which condition of the item is being evaluated */
    char *failure;          /* set when a rule fails: the subject fails */
    const char *failure_file;
    long failure_line;
} ev;

static const pc_field *field_at(const ev *v, int fi)
{
    return &v->ctx->engine->dict.fields[fi];
}

static void value_text(pc_buf *b, const pc_value *val, pc_lang lang)
{
    switch (val->type) {
    case PC_BOOL: pc_buf_puts(b, val->u.b ? (lang == PC_LANG_ZH ? "是" : "yes") : (lang == PC_LANG_ZH ? "否" : "no")); break;
    case PC_INT: pc_buf_int(b, val->u.i); break;
    case PC_NUMBER: pc_buf_real(b, val->u.n); break;
    case PC_MONEY: pc_buf_money(b, val->u.fen); pc_buf_puts(b, lang == PC_LANG_ZH ? "元" : " yuan"); break;
    case PC_STRING: pc_buf_puts(b, val->u.s); break;
    default: pc_buf_puts(b, lang == PC_LANG_ZH ? "(无)" : "(none)");
    }
}

/* ---- the trace (--explain) ------------------------------------------------------------ */

static void json_value(pc_buf *b, const pc_value *val)
{
    switch (val->type) {
    case PC_BOOL: pc_buf_puts(b, val->u.b ? "true" : "false"); break;
    case PC_INT: pc_buf_int(b, val->u.i); break;
    case PC_NUMBER: pc_buf_real(b, val->u.n); break;
    case PC_MONEY: pc_buf_money(b, val->u.fen); break;
    case PC_STRING: pc_buf_json_string(b, val->u.s); break;
    default: pc_buf_puts(b, "null");
    }
}

static const char *role_label(const ev *v)
{
    static const char *const roles[][3] = {{"applies", "适用对象", "applies to"},
                                           {"eligible", "资格条件", "eligibility"},
                                           {"requires", "义务要求", "requirement"},
                                           {"priority", "优先支持", "priority"},
                                           {"amount", "金额条件", "amount condition"}};
    for (size_t i = 0; i < sizeof roles / sizeof roles[0]; i++)
        if (strcmp(roles[i][0], v->role) == 0)
            return roles[i][v->lang == PC_LANG_ZH ? 1 : 2];
    return v->role;
}

/* Adds a step: json is one JSON object, text the same for a person. */
static void trace_step(pc_result *r, const char *json, const char *text)
{
    pc_strlist_add(&r->trace, json);
    pc_strlist_add(&r->trace_text, text);
}

static void trace_citation(ev *v, pc_result *r)
{
    const pc_item *it = v->item;
    pc_buf j = {0}, t = {0};
    pc_buf_puts(&j, "{\"step\":\"citation\",\"plan\":");
    pc_buf_json_string(&j, v->plan->id);
    pc_buf_puts(&j, ",\"document\":");
    pc_buf_json_string(&j, v->plan->document);
    pc_buf_puts(&j, ",\"cite\":");
    pc_buf_json_string(&j, it->cite);
    pc_buf_printf(&t, "[%s] %s %s %s", v->lang == PC_LANG_ZH ? "出处" : "citation", v->plan->document, it->cite,
                  v->lang == PC_LANG_ZH ? v->plan->title_zh : v->plan->title_en);
    if (it->quote) {
        pc_buf_puts(&j, ",\"quote\":");
        pc_buf_json_string(&j, it->quote);
        pc_buf_printf(&t, ":“%s”", it->quote);
    }
    const char *basis = v->lang == PC_LANG_ZH ? it->basis_zh : it->basis_en;
    if (basis) {
        pc_buf_puts(&j, ",\"basis\":");
        pc_buf_json_string(&j, basis);
        pc_buf_printf(&t, v->lang == PC_LANG_ZH ? ";依据 %s" : "; under %s", basis);
    }
    const char *note = v->lang == PC_LANG_ZH ? it->note_zh : it->note_en;
    if (note) {
        pc_buf_puts(&j, ",\"note\":");
        pc_buf_json_string(&j, note);
        pc_buf_printf(&t, v->lang == PC_LANG_ZH ? "\n          解读:%s" : "\n          reading: %s", note);
    }
    pc_buf_putc(&j, '}');
    trace_step(r, j.data, t.data);
    pc_buf_free(&j);
    pc_buf_free(&t);
}

static void trace_params(ev *v, pc_result *r)
{
    const pc_item *it = v->item;
    for (size_t i = 0; i < it->nparams; i++) {
        const pc_param *p = &it->params[i];
        pc_buf j = {0}, t = {0};
        pc_buf_puts(&j, "{\"step\":\"parameter\",\"name\":");
        pc_buf_json_string(&j, p->name);
        pc_buf_puts(&j, ",\"label\":");
        pc_buf_json_string(&j, v->lang == PC_LANG_ZH ? p->label_zh : p->label_en);
        pc_buf_puts(&j, ",\"value\":");
        if (p->set)
            pc_buf_json_string(&j, p->text);
        else
            pc_buf_puts(&j, "null");
        pc_buf_puts(&j, ",\"source\":");
        pc_buf_json_string(&j, p->source);
        pc_buf_putc(&j, '}');
        pc_buf_printf(&t, "[%s] %s.%s = %s (%s; %s)", v->lang == PC_LANG_ZH ? "参数" : "parameter", it->id, p->name,
                      p->set ? p->text : (v->lang == PC_LANG_ZH ? "未设定" : "unset"),
                      v->lang == PC_LANG_ZH ? p->label_zh : p->label_en, p->source);
        trace_step(r, j.data, t.data);
        pc_buf_free(&j);
        pc_buf_free(&t);
    }
}

/* -1, 0, 1 for a numeric field value against a compiled operand. */
static int compare(const pc_value *a, const pc_value *b)
{
    if (a->type == PC_MONEY && b->type == PC_MONEY)
        return (a->u.fen > b->u.fen) - (a->u.fen < b->u.fen);
    if (a->type == PC_INT && b->type == PC_INT)
        return (a->u.i > b->u.i) - (a->u.i < b->u.i);
    double x = a->type == PC_INT ? (double)a->u.i : a->type == PC_MONEY ? a->u.fen / 100.0 : a->u.n;
    double y = b->type == PC_INT ? (double)b->u.i : b->type == PC_MONEY ? b->u.fen / 100.0 : b->u.n;
    return (x > y) - (x < y);
}

static int equal(const pc_value *a, const pc_value *b)
{
    if (a->type == PC_STRING || b->type == PC_STRING)
        return a->type == b->type && (a->u.s == b->u.s || strcmp(a->u.s, b->u.s) == 0);
    if (a->type == PC_BOOL || b->type == PC_BOOL)
        return a->type == b->type && a->u.b == b->u.b;
    return compare(a, b) == 0;
}

static void add_missing(pc_result *r, const char *name)
{
    if (!pc_strlist_has(&r->missing, name))
        pc_strlist_add(&r->missing, name);
}

typedef struct check_call {
    ev *v;
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
        const pc_field *f = field_at(call->v, k->fields[i]);
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

static tri call_check(ev *v, const pc_cond *k, pc_result *r)
{
    for (size_t i = 0; i < k->nfields; i++)
        if (v->s->values[field_at(v, k->fields[i])->index].type == PC_NIL) {
            for (size_t j = 0; j < k->nfields; j++)
                if (v->s->values[field_at(v, k->fields[j])->index].type == PC_NIL)
                    add_missing(r, field_at(v, k->fields[j])->def.name);
            pc_strlist_addf(&r->reasons, "%s: %s", v->lang == PC_LANG_ZH ? k->label_zh : k->label_en,
                            v->lang == PC_LANG_ZH ? "缺少数据" : "data missing");
            return T_UNKNOWN;
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
        if (!v->failure) {
            char text[1024], buf[256];
            const char *msg = lua_gettop(L) > top && lua_type(L, -1) == LUA_TSTRING ? lua_tostring(L, -1) : NULL;
            pc_lua_error_text(v->plan->file, pc_lua_failure(&v->ctx->lua, status, msg, buf, sizeof buf), text,
                              sizeof text);
            pc_buf b = {0};
            pc_buf_printf(&b, "rule %s/%s failed: %s", v->plan->id, v->item->id, text);
            v->failure = pc_buf_take(&b);
            v->failure_file = v->plan->file;
            v->failure_line = v->item->line;
        }
        lua_settop(L, top);
        return T_UNKNOWN;
    }
    tri t = lua_toboolean(L, -1) ? T_TRUE : T_FALSE;
    lua_settop(L, top);
    pc_strlist_addf(&r->reasons, "%s %s", v->lang == PC_LANG_ZH ? k->label_zh : k->label_en, t ? "✓" : "✗");
    return t;
}

static tri eval_cond(ev *v, const pc_cond *k, pc_result *r)
{
    static const char *const symbols[] = {"", "", ">", "≥", "<", "≤", "=", ""};
    switch (k->op) {
    case PC_C_ALL:
    case PC_C_ANY: {
        int any_true = 0, any_false = 0, any_unknown = 0;
        for (size_t i = 0; i < k->nkids; i++) {
            tri t = eval_cond(v, k->kids[i], r);
            any_true |= t == T_TRUE;
            any_false |= t == T_FALSE;
            any_unknown |= t == T_UNKNOWN;
        }
        if (k->op == PC_C_ALL)
            return any_false ? T_FALSE : any_unknown ? T_UNKNOWN : T_TRUE;
        return any_true ? T_TRUE : any_unknown ? T_UNKNOWN : T_FALSE;
    }
    case PC_C_NO: {
        tri t = eval_cond(v, k->kids[0], r);
        return t == T_UNKNOWN ? T_UNKNOWN : t == T_TRUE ? T_FALSE : T_TRUE;
    }
    case PC_C_CHECK:
        return call_check(v, k, r);
    default:
        break;
    }
    const pc_field *f = field_at(v, k->field);
    const char *label = pc_field_label(f, v->lang);
    const pc_value *val = &v->s->values[f->index];
    if (val->type == PC_NIL) {
        add_missing(r, f->def.name);
        pc_strlist_addf(&r->reasons, "%s: %s", label, v->lang == PC_LANG_ZH ? "缺少数据" : "data missing");
        if (v->explain) {
            pc_buf j = {0}, tx = {0};
            pc_buf_printf(&j, "{\"step\":\"condition\",\"role\":\"%s\",\"field\":\"%s\",\"value\":null,\"result\":null}",
                          v->role, f->def.name);
            pc_buf_printf(&tx, "[%s] %s: %s", role_label(v), label, v->lang == PC_LANG_ZH ? "缺少数据" : "data missing");
            trace_step(r, j.data, tx.data);
            pc_buf_free(&j);
            pc_buf_free(&tx);
        }
        return T_UNKNOWN;
    }
    int c = 0;
    tri t = T_FALSE;
    switch (k->op) {
    case PC_C_IS: t = val->u.b ? T_TRUE : T_FALSE; break;
    case PC_C_ISNT: t = val->u.b ? T_FALSE : T_TRUE; break;
    case PC_C_GT: c = compare(val, &k->values[0]); t = c > 0; break;
    case PC_C_GE: c = compare(val, &k->values[0]); t = c >= 0; break;
    case PC_C_LT: c = compare(val, &k->values[0]); t = c < 0; break;
    case PC_C_LE: c = compare(val, &k->values[0]); t = c <= 0; break;
    case PC_C_EQ: t = equal(val, &k->values[0]); break;
    case PC_C_ONE_OF:
        for (size_t i = 0; i < k->nvalues && t == T_FALSE; i++)
            t = equal(val, &k->values[i]);
        break;
    default: break;
    }
    pc_buf *b = v->scratch;
    b->len = 0;
    pc_buf_puts(b, label);
    pc_buf_add(b, " = ", 3);
    value_text(b, val, v->lang);
    if (k->op == PC_C_ONE_OF) {
        pc_buf_puts(b, v->lang == PC_LANG_ZH ? ",应为 " : ", one of ");
        for (size_t i = 0; i < k->nvalues; i++) {
            if (i)
                pc_buf_putc(b, '/');
            value_text(b, &k->values[i], v->lang);
        }
    } else if (k->op != PC_C_IS && k->op != PC_C_ISNT) {
        pc_buf_putc(b, ' ');
        if (!t) {
            pc_buf_puts(b, v->lang == PC_LANG_ZH ? "不满足" : "not");
            pc_buf_putc(b, ' ');
        }
        pc_buf_puts(b, symbols[k->op]);
        pc_buf_putc(b, ' ');
        value_text(b, &k->values[0], v->lang);
    } else if (k->op == PC_C_ISNT) {
        pc_buf_puts(b, v->lang == PC_LANG_ZH ? "(应为否)" : " (must be no)");
    }
    pc_buf_puts(b, t ? " ✓" : " ✗");
    pc_strlist_add(&r->reasons, b->data);
    if (v->explain) {
        static const char *const ops[] = {"is", "isnt", "gt", "ge", "lt", "le", "eq", "one_of"};
        pc_buf j = {0}, tx = {0};
        pc_buf_printf(&j, "{\"step\":\"condition\",\"role\":\"%s\",\"field\":\"%s\",\"test\":\"%s\"", v->role, f->def.name,
                      ops[k->op]);
        if (k->nvalues) {
            pc_buf_puts(&j, ",\"operand\":");
            if (k->op == PC_C_ONE_OF)
                pc_buf_putc(&j, '[');
            for (size_t i = 0; i < k->nvalues; i++) {
                if (i)
                    pc_buf_putc(&j, ',');
                json_value(&j, &k->values[i]);
            }
            if (k->op == PC_C_ONE_OF)
                pc_buf_putc(&j, ']');
        }
        pc_buf_puts(&j, ",\"value\":");
        json_value(&j, val);
        pc_buf_printf(&j, ",\"result\":%s}", t ? "true" : "false");
        pc_buf_printf(&tx, "[%s] %s", role_label(v), b->data);
        trace_step(r, j.data, tx.data);
        pc_buf_free(&j);
        pc_buf_free(&tx);
    }
    return t;
}

/* ---- amounts ------------------------------------------------------------------------ */

static int eval_amount(ev *v, const pc_amount *a, pc_result *r, int64_t *fen, pc_buf *how);

/* when(cond, a[, b]): the condition's leaves are reasons like any other. */
static int eval_amount_when(ev *v, const pc_amount *a, pc_result *r, int64_t *fen, pc_buf *how)
{
    const char *role = v->role;
    v->role = "amount";
    tri t = eval_cond(v, a->cond, r);
    v->role = role;
    if (t == T_UNKNOWN)
        return 2;
    if (t == T_FALSE && a->nkids < 2) {
        *fen = 0;
        pc_buf_puts(how, "0");
        return 0;
    }
    return eval_amount(v, a->kids[t == T_TRUE ? 0 : 1], r, fen, how);
}

/* 0: *fen set; 1: a parameter is unset; 2: a field is missing; 3: overflow.
 * how receives the arithmetic, e.g. "12 × 20000 + 3 × 50000". */
static int eval_amount(ev *v, const pc_amount *a, pc_result *r, int64_t *fen, pc_buf *how)
{
    const pc_item *it = v->item;
    if (a->op == PC_A_WHEN)
        return eval_amount_when(v, a, r, fen, how);
    if (a->op == PC_A_SUM || a->op == PC_A_MIN) {
        int worst = 0;
        int64_t acc = 0;
        if (a->op == PC_A_MIN)
            pc_buf_puts(how, "min(");
        else if (how->len)
            pc_buf_putc(how, '(');
        size_t outer = how->len;
        for (size_t i = 0; i < a->nkids; i++) {
            int64_t part;
            if (i)
                pc_buf_puts(how, a->op == PC_A_MIN ? ", " : " + ");
            int rc = eval_amount(v, a->kids[i], r, &part, how);
            if (rc > worst)
                worst = rc;
            if (rc)
                continue;
            if (a->op == PC_A_SUM) {
                if (__builtin_add_overflow(acc, part, &acc))
                    worst = 3;
            } else if (i == 0 || part < acc) {
                acc = part;
            }
        }
        if (a->op == PC_A_MIN || outer > 1)
            pc_buf_putc(how, ')');
        *fen = acc;
        return worst;
    }
    const pc_param *p = &it->params[a->param];
    int rc = 0;
    if (!p->set) {
        pc_buf b = {0};
        pc_buf_printf(&b, v->lang == PC_LANG_ZH ? "%s(%s)未由规划确定,需在配置中设定 [plan.%s] %s.%s"
                                                 : "%s (%s) is not fixed by the plan; set [plan.%s] %s.%s in the config",
                      v->lang == PC_LANG_ZH ? p->label_zh : p->label_en, p->name, v->plan->id, it->id, p->name);
        if (!pc_strlist_has(&r->reasons, b.data))
            pc_strlist_add(&r->reasons, b.data);
        pc_buf_free(&b);
        rc = 1;
    }
    if (a->op == PC_A_FIXED) {
        *fen = p->fen;
        if (p->set)
            pc_buf_money(how, p->fen);
        return rc;
    }
    const pc_field *f = field_at(v, a->field);
    const pc_value *val = &v->s->values[f->index];
    if (val->type == PC_NIL) {
        add_missing(r, f->def.name);
        return 2;
    }
    if (rc)
        return rc;
    if (a->op == PC_A_PER_ITEM) {
        pc_buf_int(how, val->u.i);
        pc_buf_puts(how, " × ");
        pc_buf_money(how, p->fen);
        return __builtin_mul_overflow(val->u.i, p->fen, fen) ? 3 : 0;
    }
    pc_buf_money(how, val->u.fen);
    pc_buf_puts(how, " × ");
    pc_buf_puts(how, p->text);
    return pc_rate_apply(p->rate, val->u.fen, fen) == 0 ? 0 : 3;
}

static int64_t received_for(const ev *v)
{
    size_t plen = strlen(v->plan->id);
    for (size_t i = 0; i < v->s->nreceived; i++) {
        const char *k = v->s->received[i].key;
        if (strncmp(k, v->plan->id, plen) == 0 && k[plen] == '/' && strcmp(k + plen + 1, v->item->id) == 0)
            return v->s->received[i].fen;
    }
    return 0;
}

static void money_reason(pc_buf *b, int64_t fen, pc_lang lang)
{
    pc_buf_money(b, fen);
    pc_buf_puts(b, lang == PC_LANG_ZH ? "元" : " yuan");
}

static void apply_amount(ev *v, pc_result *r)
{
    const pc_item *it = v->item;
    pc_lang lang = v->lang;
    r->received_fen = received_for(v);
    if (it->has_cap) {
        r->has_cap = 1;
        r->cap_fen = it->cap_fen;
    }
    if (v->explain)
        trace_params(v, r);
    if (!it->amount) {
        pc_strlist_add(&r->reasons, lang == PC_LANG_ZH ? "规划未规定补助金额(金额待定)" : "the plan does not fix the amount");
        return;
    }
    int64_t fen;
    pc_buf how = {0};
    int rc = eval_amount(v, it->amount, r, &fen, &how);
    if (rc == 3) {
        pc_buf_free(&how);
        pc_strlist_add(&r->reasons, lang == PC_LANG_ZH ? "金额超出可表示范围" : "amount out of range");
        return;
    }
    if (rc != 0) {
        pc_buf_free(&how);
        return;
    }
    pc_buf *b = v->scratch;
    b->len = 0;
    pc_buf_puts(b, lang == PC_LANG_ZH ? "金额 " : "amount ");
    pc_buf_puts(b, how.data ? how.data : "");
    pc_buf_puts(b, " = ");
    pc_buf_free(&how);
    money_reason(b, fen, lang);
    pc_strlist_add(&r->reasons, b->data);
    if (v->explain) {
        pc_buf j = {0}, tx = {0};
        pc_buf_puts(&j, "{\"step\":\"amount\",\"arithmetic\":");
        const char *eq = strstr(b->data, " = ");
        pc_buf sub = {0};
        const char *start = b->data + strlen(lang == PC_LANG_ZH ? "金额 " : "amount ");
        pc_buf_add(&sub, start, eq ? (size_t)(eq - start) : strlen(start));
        pc_buf_json_string(&j, sub.data ? sub.data : "");
        pc_buf_free(&sub);
        pc_buf_puts(&j, ",\"yuan\":");
        pc_buf_money(&j, fen);
        pc_buf_putc(&j, '}');
        pc_buf_puts(&tx, b->data);
        trace_step(r, j.data, tx.data);
        pc_buf_free(&j);
        pc_buf_free(&tx);
    }
    r->has_amount = 1;
    r->amount_fen = fen;
    if (it->has_cap) {
        int64_t left = it->cap_fen - r->received_fen;
        if (left < 0)
            left = 0;
        pc_buf *c = v->scratch;
        c->len = 0;
        if (lang == PC_LANG_ZH) {
            pc_buf_puts(c, it->cap_per_year ? "年度上限 " : "规划期内上限 ");
            money_reason(c, it->cap_fen, lang);
            pc_buf_puts(c, ",已获 ");
            money_reason(c, r->received_fen, lang);
            pc_buf_puts(c, ",尚可获 ");
            money_reason(c, left, lang);
        } else {
            pc_buf_puts(c, "cap ");
            money_reason(c, it->cap_fen, lang);
            pc_buf_puts(c, it->cap_per_year ? " per year, already received " : " per plan period, already received ");
            money_reason(c, r->received_fen, lang);
            pc_buf_puts(c, ", remaining ");
            money_reason(c, left, lang);
        }
        pc_strlist_add(&r->reasons, c->data);
        if (fen > left) {
            r->amount_fen = left;
            r->capped = 1;
        }
        if (v->explain) {
            pc_buf j = {0}, tx = {0};
            pc_buf_puts(&j, "{\"step\":\"cap\",\"cap_yuan\":");
            pc_buf_money(&j, it->cap_fen);
            pc_buf_printf(&j, ",\"per\":\"%s\",\"received_yuan\":", it->cap_per_year ? "year" : "plan");
            pc_buf_money(&j, r->received_fen);
            pc_buf_puts(&j, ",\"remaining_yuan\":");
            pc_buf_money(&j, left);
            pc_buf_printf(&j, ",\"applied\":%s}", r->capped ? "true" : "false");
            pc_buf_printf(&tx, "%s%s", c->data,
                          r->capped ? (lang == PC_LANG_ZH ? ",已核减" : "; applied") : (lang == PC_LANG_ZH ? ",未触及" : "; not reached"));
            trace_step(r, j.data, tx.data);
            pc_buf_free(&j);
            pc_buf_free(&tx);
        }
    }
}

/* ---- enterprise items ------------------------------------------------------------------- */

static void eval_enterprise_item(ev *v, pc_result *r)
{
    const pc_item *it = v->item;
    int subsidy = it->kind == PC_ITEM_SUBSIDY;
    if (v->explain)
        trace_citation(v, r);
    if (it->applies) {
        v->role = "applies";
        tri t = eval_cond(v, it->applies, r);
        if (t == T_FALSE)
            pc_strlist_clear(&r->missing);
        if (t != T_TRUE) {
            r->status = t == T_FALSE ? PC_S_NOT_APPLICABLE : PC_S_UNKNOWN;
            if (subsidy && it->has_cap) {
                r->has_cap = 1;
                r->cap_fen = it->cap_fen;
            }
            return;
        }
    }
    v->role = subsidy ? "eligible" : "requires";
    tri t = eval_cond(v, it->condition, r);
    /* A decided result needs nothing more: what an undecided branch lacked
     * is not missing. */
    if (t != T_UNKNOWN)
        pc_strlist_clear(&r->missing);
    if (!subsidy) {
        r->status = t == T_TRUE ? PC_S_COMPLIANT : t == T_FALSE ? PC_S_NON_COMPLIANT : PC_S_UNKNOWN;
        return;
    }
    if (it->has_cap) {
        r->has_cap = 1;
        r->cap_fen = it->cap_fen;
    }
    if (t != T_TRUE) {
        r->status = t == T_FALSE ? PC_S_INELIGIBLE : PC_S_UNKNOWN;
        return;
    }
    r->status = PC_S_ELIGIBLE;
    apply_amount(v, r);
    if (it->priority) {
        pc_result scratch;
        memset(&scratch, 0, sizeof scratch);
        v->role = "priority";
        if (eval_cond(v, it->priority, &scratch) == T_TRUE) {
            r->priority = 1;
            pc_strlist_add(&r->reasons, v->lang == PC_LANG_ZH ? it->priority_zh : it->priority_en);
        }
        pc_strlist_free(&scratch.reasons);
        pc_strlist_free(&scratch.missing);
        pc_strlist_free(&scratch.trace);
        pc_strlist_free(&scratch.trace_text);
    }
}

/* ---- targets ---------------------------------------------------------------------------- */

typedef struct measured {
    int ok, money;
    double value;
    int64_t fen;
} measured;

static const pc_value *region_value(const ev *v, int fi, int year)
{
    int idx = field_at(v, fi)->index;
    for (size_t i = 0; i < v->s->nyears; i++)
        if (v->s->years[i].year == year)
            return v->s->years[i].values[idx].type != PC_NIL ? &v->s->years[i].values[idx] : NULL;
    return NULL;
}

/* A metric of the region at year-end `year`: from the region's data, else
 * from a reference figure its plugin carries (population, district counts). */
static int number_of(const ev *v, int fi, int year, double *out, pc_result *r)
{
    const pc_value *val = region_value(v, fi, year);
    if (!val) {
        const pc_reference *ref = pc_regions_reference(&v->ctx->engine->regions, v->region, field_at(v, fi)->index, year);
        if (ref) {
            *out = ref->value;
            return 0;
        }
        if (r)
            pc_strlist_addf(&r->missing, "%s@%d", field_at(v, fi)->def.name, year);
        return -1;
    }
    *out = val->type == PC_INT ? (double)val->u.i : val->type == PC_MONEY ? val->u.fen / 100.0 : val->u.n;
    return 0;
}

static int population_field(const ev *v)
{
    return pc_dict_find(&v->ctx->engine->dict, PC_SUBJECT_REGION, "population_10k");
}

/* The item's metric at year-end y: the sum of its metrics, also in fen
 * when they are money.  r collects what is missing (may be NULL). */
static int metric_at(const ev *v, int y, pc_result *r, double *x, int64_t *fen)
{
    const pc_item *it = v->item;
    int ok = 1;
    *x = 0;
    *fen = 0;
    for (int i = 0; i < it->nmetrics; i++) {
        double part;
        if (number_of(v, it->metrics[i], y, &part, r) != 0) {
            ok = 0;
            continue;
        }
        *x += part;
        const pc_value *val = region_value(v, it->metrics[i], y);
        if (val && val->type == PC_MONEY)
            *fen += val->u.fen;
    }
    return ok ? 0 : -1;
}

/* The item's measure at year-end y; r collects what is missing (may be NULL). */
static measured measure(const ev *v, int y, pc_result *r)
{
    const pc_item *it = v->item;
    measured m = {0, 0, 0, 0};
    int money = field_at(v, it->metric)->def.type == PC_FIELD_MONEY;
    double x, d;
    int64_t fx, fd;
    switch (it->measure) {
    case PC_M_PLAIN:
        if (metric_at(v, y, r, &x, &fx) != 0)
            return m;
        m.value = x;
        m.money = money;
        m.fen = fx;
        break;
    case PC_M_PER_10K: {
        int ok = metric_at(v, y, r, &x, &fx) == 0;
        ok &= number_of(v, population_field(v), y, &d, r) == 0;
        if (!ok || d <= 0)
            return m;
        m.value = x / d;
        break;
    }
    case PC_M_SHARE: {
        int ok = metric_at(v, y, r, &x, &fx) == 0;
        ok &= number_of(v, it->other, y, &d, r) == 0;
        if (!ok || d == 0)
            return m;
        m.value = x / d;
        break;
    }
    case PC_M_RATIO_TO_YEAR:
    case PC_M_GROWTH: {
        int ok = metric_at(v, y, r, &x, &fx) == 0;
        ok &= metric_at(v, it->measure == PC_M_GROWTH ? y - 1 : it->ref_year, r, &d, &fd) == 0;
        if (!ok || d == 0)
            return m;
        m.value = it->measure == PC_M_GROWTH ? 100.0 * (x / d - 1.0) : x / d;
        break;
    }
    case PC_M_CUMULATIVE: {
        int ok = 1;
        m.value = 0;
        for (int k = v->plan->first_year; k <= y; k++) {
            if (metric_at(v, k, r, &x, &fx) != 0) {
                ok = 0;
                continue;
            }
            m.value += x;
            m.fen += fx;
        }
        if (!ok)
            return m;
        m.money = money;
        break;
    }
    case PC_M_NEW_SINCE: {
        int ok = metric_at(v, y, r, &x, &fx) == 0;
        ok &= metric_at(v, it->ref_year, r, &d, &fd) == 0;
        if (!ok)
            return m;
        m.value = x - d;
        m.money = money;
        m.fen = fx - fd;
        break;
    }
    }
    m.ok = 1;
    return m;
}

static int satisfied(const ev *v, double actual, int y, pc_result *r, int *known)
{
    const pc_item *it = v->item;
    *known = 1;
    switch (it->compare) {
    case PC_CMP_AT_LEAST: return actual >= it->value;
    case PC_CMP_AT_MOST: return actual <= it->value;
    case PC_CMP_ABOUT: return fabs(actual - it->value) <= it->tolerance * it->value;
    case PC_CMP_ABOVE: {
        double o;
        if (number_of(v, it->other, y, &o, r) != 0) {
            *known = 0;
            return 0;
        }
        return actual > o;
    }
    default:   /* the exact comparisons are judged in judge.c */
        *known = 0;
        return 0;
    }
}

static void set_actual(pc_result *r, const measured *m, int year)
{
    r->has_actual = 1;
    r->actual = m->value;
    r->actual_is_money = m->money;
    r->actual_fen = m->fen;
    r->data_year = year;
}

static void set_progress(const ev *v, pc_result *r, int y)
{
    const pc_item *it = v->item;
    double target = it->value;
    if (it->compare == PC_CMP_ABOVE) {
        if (number_of(v, it->other, y, &target, NULL) != 0)
            return;
        /* The bar an "above" target must clear is the other metric's value. */
        r->has_target = 1;
        r->target = target;
    }
    if (it->compare == PC_CMP_AT_MOST) {
        if (r->actual != 0) {
            r->progress = target / r->actual;
            r->has_progress = 1;
        }
    } else if (target != 0) {
        r->progress = r->actual / target;
        r->has_progress = 1;
    }
}

static void trace_target(ev *v, pc_result *r)
{
    if (!v->explain || !r->has_actual)
        return;
    static const char *const measures[] = {"value", "per_10k_people", "share", "ratio_to_year", "cumulative",
                                           "new_since", "growth_pct"};
    pc_buf j = {0}, tx = {0};
    pc_buf_printf(&j, "{\"step\":\"measure\",\"measure\":\"%s\",\"year\":%d,\"value\":", measures[v->item->measure],
                  r->data_year);
    if (r->actual_is_money)
        pc_buf_money(&j, r->actual_fen);
    else
        pc_buf_real(&j, r->actual);
    if (r->has_expected) {
        pc_buf_printf(&j, ",\"line_from\":%d,\"expected\":", v->plan->baseline_year);
        pc_buf_real(&j, r->expected);
    }
    pc_buf_putc(&j, '}');
    pc_buf_printf(&tx, "[%s] %s %d: ", v->lang == PC_LANG_ZH ? "测度" : "measure", measures[v->item->measure], r->data_year);
    if (r->actual_is_money)
        pc_buf_money(&tx, r->actual_fen);
    else
        pc_buf_real(&tx, r->actual);
    if (r->has_expected) {
        pc_buf_puts(&tx, v->lang == PC_LANG_ZH ? ";直线应达 " : "; the line expects ");
        pc_buf_real(&tx, r->expected);
    }
    trace_step(r, j.data, tx.data);
    pc_buf_free(&j);
    pc_buf_free(&tx);
}

static void eval_target_inner(ev *v, pc_result *r);

static void eval_target(ev *v, pc_result *r)
{
    if (v->explain)
        trace_citation(v, r);
    eval_target_inner(v, r);
    trace_target(v, r);
}

static void eval_target_inner(ev *v, pc_result *r)
{
    const pc_item *it = v->item;
    pc_lang lang = v->lang;
    if (it->exact) {
        pc_judge j = {v->ctx->engine, v->s, v->region, v->plan, it, v->as_of, lang};
        pc_judge_target(&j, r);
        return;
    }
    int as_of_year = PC_DATE_YEAR(v->as_of);
    /* Year-end figures of year y are known from 31 December of y. */
    int known_year = v->as_of >= PC_DATE(as_of_year, 12, 31) ? as_of_year : as_of_year - 1;
    int past_due = known_year >= it->due;
    int last = known_year < it->due ? known_year : it->due;

    if (it->every_year) {
        int fails = 0, gaps = 0, seen = 0;
        for (int y = v->plan->first_year; y <= last; y++) {
            measured m = measure(v, y, r);
            int known = 0, ok = m.ok ? satisfied(v, m.value, y, r, &known) : 0;
            if (!m.ok || !known) {
                gaps++;
                continue;
            }
            seen++;
            set_actual(r, &m, y);
            set_progress(v, r, y);
            if (!ok) {
                fails++;
                pc_strlist_addf(&r->reasons, lang == PC_LANG_ZH ? "%d年未达到" : "not reached in %d", y);
            }
        }
        if (fails)
            r->status = past_due ? PC_S_NOT_MET : PC_S_BEHIND;
        else if (!seen || (past_due && gaps))
            r->status = PC_S_NO_DATA;
        else
            r->status = past_due ? PC_S_MET : PC_S_ON_TRACK;
        return;
    }

    /* The latest year up to `last` whose measure (and comparison) is known;
     * what the year `last` lacks is recorded as missing. */
    measured m = {0, 0, 0, 0};
    int year = last, ok = 0, known = 0;
    for (; year >= v->plan->baseline_year && year > last - 50; year--) {
        pc_result *sink = year == last ? r : NULL;
        m = measure(v, year, sink);
        if (m.ok)
            ok = satisfied(v, m.value, year, sink, &known);
        if (m.ok && known)
            break;
    }
    if (!m.ok || !known) {
        r->status = PC_S_NO_DATA;
        return;
    }
    set_actual(r, &m, year);
    set_progress(v, r, year);
    if (past_due) {
        if (year == it->due) {
            r->status = ok ? PC_S_MET : PC_S_NOT_MET;
        } else {
            r->status = PC_S_NO_DATA;
            pc_strlist_addf(&r->reasons, lang == PC_LANG_ZH ? "缺少%d年数据;最近数据为%d年" : "no data for %d; the latest is for %d",
                            it->due, year);
        }
        return;
    }
    pc_strlist_clear(&r->missing);
    if (ok && it->compare == PC_CMP_AT_LEAST) {
        r->status = PC_S_MET;
        pc_strlist_addf(&r->reasons, lang == PC_LANG_ZH ? "%d年已达到目标" : "reached in %d, ahead of the due year", year);
        return;
    }
    if (it->compare == PC_CMP_ABOVE) {
        r->status = ok ? PC_S_ON_TRACK : PC_S_BEHIND;
        return;
    }
    double base;
    if (it->measure == PC_M_CUMULATIVE || it->measure == PC_M_NEW_SINCE) {
        base = 0;
    } else if (it->measure == PC_M_RATIO_TO_YEAR) {
        base = 1;
    } else {
        measured b = measure(v, v->plan->baseline_year, r);
        if (!b.ok) {
            r->status = PC_S_NO_DATA;
            pc_strlist_addf(&r->reasons, lang == PC_LANG_ZH ? "缺少基准年(%d)数据,无法判断进度" : "no baseline (%d) to judge the pace by",
                            v->plan->baseline_year);
            return;
        }
        base = b.value;
    }
    int span = it->due - v->plan->baseline_year;
    double expected = span > 0 ? base + (it->value - base) * (year - v->plan->baseline_year) / span : it->value;
    r->expected = expected;
    r->has_expected = 1;
    int on_line = it->compare == PC_CMP_AT_MOST ? m.value <= expected : m.value >= expected;
    if (it->compare == PC_CMP_ABOUT && ok)
        on_line = 1;
    r->status = on_line ? PC_S_ON_TRACK : PC_S_BEHIND;
    pc_buf b = {0};
    pc_buf_printf(&b, lang == PC_LANG_ZH ? "按%d年基准至%d年目标的直线,%d年应达 " : "the straight line from %d to the %d target expects ",
                  v->plan->baseline_year, it->due, year);
    if (field_at(v, it->metric)->def.type == PC_FIELD_MONEY && it->measure != PC_M_PER_10K)
        pc_buf_money(&b, (int64_t)(expected * 100 + 0.5));
    else
        pc_buf_real(&b, expected);
    if (lang != PC_LANG_ZH)
        pc_buf_printf(&b, " by %d", year);
    pc_strlist_add(&r->reasons, b.data);
    pc_buf_free(&b);
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
    /* A slot used by an earlier record keeps its lists' storage. */
    pc_strlist lists[4] = {r->reasons, r->missing, r->trace, r->trace_text};
    memset(r, 0, sizeof *r);
    r->reasons = lists[0];
    r->missing = lists[1];
    r->trace = lists[2];
    r->trace_text = lists[3];
    pc_strlist *all[4] = {&r->reasons, &r->missing, &r->trace, &r->trace_text};
    for (int i = 0; i < 4; i++) {
        all[i]->count = 0;
        all[i]->arena = &rep->arena;
    }
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
    *out = pc_report_new();
    return pc_evaluate_into(ctx, s, opt, *out);
}

int pc_evaluate_into(pc_context *ctx, const pc_subject *s, const pc_eval_options *opt, pc_report *rep)
{
    pc_engine *e = ctx->engine;
    /* start from empty, keeping the storage */
    rep->nresults = 0;
    rep->total_fen = 0;
    pc_strlist_clear(&rep->warnings);
    pc_diag_clear(rep->errors);
    pc_arena_reset(&rep->arena);
    rep->kind = s->kind;
    rep->id = pc_arena_strdup(&rep->arena, s->id ? s->id : s->region);
    rep->name = s->name ? pc_arena_strdup(&rep->arena, s->name) : NULL;
    rep->region_given = pc_arena_strdup(&rep->arena, s->region);
    rep->region = rep->region_given;
    rep->as_of = opt->as_of;
    rep->lang = opt->lang;
    rep->dict = &e->dict;

    ev v;
    memset(&v, 0, sizeof v);
    v.ctx = ctx;
    v.scratch = &ctx->scratch;
    v.explain = opt->explain;
    v.role = "";
    v.s = s;
    v.rep = rep;
    v.lang = opt->lang;
    v.as_of = opt->as_of;
    char err[512];
    pc_buf warning = {0};
    if (pc_region_resolve(e, s->region, opt->as_of, v.region, &warning, opt->lang, err, sizeof err) != 0) {
        pc_diag_add(rep->errors, PC_EX_DATAERR, s->file, s->region_line, s->kind == PC_SUBJECT_ENTERPRISE ? "region" : "code",
                    "%s", err);
        pc_buf_free(&warning);
        return PC_EX_DATAERR;
    }
    rep->region = pc_arena_strdup(&rep->arena, v.region);
    if (warning.len)
        pc_strlist_add(&rep->warnings, warning.data);
    pc_buf_free(&warning);

    pc_plugins_validate(e, s, v.region, rep->errors);
    if (pc_diag_count(rep->errors))
        return PC_EX_DATAERR;

    size_t covering = 0;
    for (size_t p = 0; p < ctx->nplans; p++) {
        const pc_plan *plan = &ctx->plans[p];
        if (!pc_regions_covers(&e->regions, plan->jurisdiction, v.region))
            continue;
        if (s->kind == PC_SUBJECT_REGION && strcmp(plan->jurisdiction, v.region) != 0) {
            /* A plan's targets are for its jurisdiction as a whole: a part's
             * figures are not judged against them. */
            pc_strlist_addf(&rep->warnings,
                            opt->lang == PC_LANG_ZH ? "规划 %s 的目标针对 %s 全域,%s 是其一部分,不按其目标评估"
                                                    : "plan %s sets targets for %s as a whole; %s is part of it and is not judged against them",
                            plan->id, plan->jurisdiction, v.region);
            continue;
        }
        if (!plan_applies(plan, s->kind, opt->as_of)) {
            char from[11], to[11];
            pc_date_format(plan->in_force_from, from);
            pc_date_format(s->kind == PC_SUBJECT_ENTERPRISE ? plan->in_force_to : plan->issued, to);
            if (s->kind == PC_SUBJECT_REGION)
                pc_strlist_addf(&rep->warnings, opt->lang == PC_LANG_ZH ? "规划 %s 于 %s 发布,晚于评估日期" : "plan %s was issued on %s, after the as-of date",
                                plan->id, to);
            else if (opt->as_of < plan->in_force_from)
                pc_strlist_addf(&rep->warnings, opt->lang == PC_LANG_ZH ? "规划 %s 自 %s 起施行,评估日期尚未生效" : "plan %s is in force only from %s",
                                plan->id, from);
            else
                pc_strlist_addf(&rep->warnings, opt->lang == PC_LANG_ZH ? "规划 %s 已于 %s 期满" : "plan %s ended on %s", plan->id, to);
            continue;
        }
        covering++;
        v.plan = plan;
        for (size_t i = 0; i < plan->nitems; i++) {
            const pc_item *it = &plan->items[i];
            if ((s->kind == PC_SUBJECT_REGION) != (it->kind == PC_ITEM_TARGET))
                continue;
            v.item = it;
            pc_result *r = new_result(rep, plan, it);
            if (it->kind == PC_ITEM_TARGET)
                eval_target(&v, r);
            else
                eval_enterprise_item(&v, r);
            if (r->status == PC_S_ELIGIBLE && r->has_amount)
                rep->total_fen += r->amount_fen;
            if (v.failure)
                break;
        }
        if (v.failure)
            break;
    }
    if (v.failure) {
        /* A failing rule fails this subject alone: no partial answer. */
        pc_diag_add(rep->errors, PC_EX_DATAERR, v.failure_file, v.failure_line, NULL, "%s", v.failure);
        free(v.failure);
        rep->nresults = 0;
        rep->total_fen = 0;
        return PC_EX_DATAERR;
    }
    if (!covering) {
        char date[11];
        pc_date_format(opt->as_of, date);
        pc_buf *b = v.scratch;
        b->len = 0;
        if (opt->lang == PC_LANG_ZH) {
            pc_buf_puts(b, "截至 ");
            pc_buf_puts(b, date);
            pc_buf_puts(b, ",没有覆盖行政区划 ");
            pc_buf_puts(b, v.region);
            pc_buf_puts(b, s->kind == PC_SUBJECT_ENTERPRISE ? " 的现行规划" : " 的已发布规划");
        } else {
            pc_buf_puts(b, s->kind == PC_SUBJECT_ENTERPRISE ? "no plan in force covers region " : "no plan issued by then covers region ");
            pc_buf_puts(b, v.region);
            pc_buf_puts(b, " as of ");
            pc_buf_puts(b, date);
        }
        pc_strlist_add(&rep->warnings, b->data);
    }
    return 0;
}
