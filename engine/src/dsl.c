/*
 * dsl.c -- compiles what a rule file declared (the tables the prelude
 * collected) into pc_plan: checks every key against the DSL, every field
 * against the dictionary, every amount for exactness, and reports mistakes
 * as file:line with exit code 78.  docs/dsl.md documents what is checked.
 */
#include "internal.h"

#include <lauxlib.h>
#include <math.h>
#include <lua.h>
#include <stdlib.h>
#include <string.h>


/* A rule file's declarations are data the engine walks recursively and
 * sizes arrays by: both are bounded before anything is allocated. */
#define MAX_DEPTH 32      /* conditions or amounts nested in one another */
#define MAX_LIST 10000    /* entries of one all{}, any{}, one_of, fields, sum{}, min_of{} list */
#define YEAR_MIN 1949     /* the years a plan, its baseline, references and targets may name */
#define YEAR_MAX 2100
#define EXACT_MAX 9007199254740992.0   /* 2^53: beyond it a target is not a number a double holds exactly */

typedef struct cc {
    pc_engine *e;
    lua_State *L;
    const char *path;
    pc_diag *diag;
    int errors;
    const char *what;   /* "subsidy 'x'" for messages */
    pc_item *item;
} cc;

/* A compile error in its two texts; inside an item, framed with it:
 * "subsidy 'x': text" / "补助“x”:text". */
static void cerr_texts(cc *c, long line, pc_diag_id id, const char *zh, const char *en)
{
    if (!c->item) {
        pc_diag_add_texts(c->diag, PC_EX_CONFIG, c->path, line, NULL, id, zh, en);
    } else {
        pc_buf text[2] = {{0}};
        pc_diag_format_in(&text[0], PC_LANG_ZH, PC_D_LINT_ITEM, pc_item_kind_zh[c->item->kind],
                          c->item->id ? c->item->id : "?", zh);
        /* en: the kind as the rule file wrote it */
        pc_buf_printf(&text[1], "%s: %s", c->what, en);
        pc_diag_add_texts(c->diag, PC_EX_CONFIG, c->path, line, NULL, id, text[0].data, text[1].data);
        pc_buf_free(&text[0]);
        pc_buf_free(&text[1]);
    }
    c->errors++;
}

/* A compile error of the vocabulary (diag_messages.h), as pc_diag_say. */
static void cerr(cc *c, long line, pc_diag_id id, ...)
{
    pc_buf msg[2] = {{0}};
    va_list ap;
    va_start(ap, id);
    pc_diag_vformat_both(&msg[0], &msg[1], id, ap);
    va_end(ap);
    cerr_texts(c, line, id, msg[0].data, msg[1].data);
    pc_buf_free(&msg[0]);
    pc_buf_free(&msg[1]);
}

/* A compile error naming a field's type (worded per language): the
 * message's arguments are the type's words, a and b. */
static void cerr_type(cc *c, long line, pc_diag_id id, pc_field_type type, const char *a, const char *b)
{
    pc_buf msg[2] = {{0}};
    pc_diag_format_in(&msg[0], PC_LANG_ZH, id, pc_field_type_words(type, PC_LANG_ZH), a, b);
    pc_diag_format_in(&msg[1], PC_LANG_EN, id, pc_field_type_words(type, PC_LANG_EN), a, b);
    cerr_texts(c, line, id, msg[0].data, msg[1].data);
    pc_buf_free(&msg[0]);
    pc_buf_free(&msg[1]);
}

static long line_of(lua_State *L, int t)
{
    long line = 0;
    if (pc_lua_rawfield(L, t, "line") == LUA_TNUMBER)
        line = (long)lua_tointeger(L, -1);
    lua_pop(L, 1);
    return line;
}

/* The string at idx, or NULL when it is not one.  A string holding a NUL
 * byte is reported and refused: C would read it cut short, and "id\0x"
 * would pass for "id". */
static const char *str_at(cc *c, int idx, long line)
{
    size_t len;
    if (lua_type(c->L, idx) != LUA_TSTRING)
        return NULL;
    const char *s = lua_tolstring(c->L, idx, &len);
    if (strlen(s) != len) {
        cerr(c, line, PC_D_DSL_NUL_BYTE, s);
        return NULL;
    }
    return s;
}

/* Reports keys of table t that are not in allowed (a NULL-terminated list). */
static void check_keys(cc *c, int t, long line, const char *construct, const char *const *allowed)
{
    lua_State *L = c->L;
    t = lua_absindex(L, t);
    lua_pushnil(L);
    while (lua_next(L, t)) {
        lua_pop(L, 1);
        if (lua_type(L, -1) != LUA_TSTRING) {
            cerr(c, line, PC_D_DSL_KEY_NOT_NAME, construct);
            continue;
        }
        const char *k = str_at(c, -1, line);
        if (!k)
            continue;
        int ok = 0;
        for (int i = 0; allowed[i] && !ok; i++)
            ok = strcmp(allowed[i], k) == 0;
        if (!ok) {
            cerr(c, line, PC_D_DSL_UNKNOWN_KEY, construct, k);
            const char *near = pc_suggest(k, allowed);
            if (near)
                pc_diag_append(c->diag, PC_D_DID_YOU_MEAN, near);
        }
    }
}

/* A string at t[key]: NULL when absent (reported if required). */
static char *get_str(cc *c, int t, const char *key, int required, long line)
{
    lua_State *L = c->L;
    int ty = pc_lua_rawfield(L, t, key);
    char *s = NULL;
    if (ty == LUA_TSTRING) {
        const char *v = str_at(c, -1, line);
        s = v ? pc_strdup(v) : NULL;
    } else if (ty != LUA_TNIL || required)
        cerr(c, line, ty == LUA_TNIL ? PC_D_DSL_STRING_REQUIRED : PC_D_DSL_STRING, key);
    lua_pop(L, 1);
    return s;
}

/* {zh=, en=} at t[key]; when plain_ok a plain string fills both. */
static int get_zh_en(cc *c, int t, const char *key, int required, int plain_ok, long line, char **zh, char **en)
{
    lua_State *L = c->L;
    int ty = pc_lua_rawfield(L, t, key);
    *zh = *en = NULL;
    if (ty == LUA_TNIL) {
        lua_pop(L, 1);
        if (required)
            cerr(c, line, PC_D_DSL_ZH_EN_REQUIRED, key);
        return 0;
    }
    if (ty == LUA_TSTRING && plain_ok) {
        const char *v = str_at(c, -1, line);
        *zh = v ? pc_strdup(v) : NULL;
        *en = v ? pc_strdup(v) : NULL;
    } else if (ty == LUA_TTABLE) {
        int tt = lua_absindex(L, -1);
        static const char *const keys[] = {"zh", "en", NULL};
        check_keys(c, tt, line, key, keys);
        if (pc_lua_rawfield(L, tt, "zh") == LUA_TSTRING && str_at(c, -1, line))
            *zh = pc_strdup(lua_tostring(L, -1));
        lua_pop(L, 1);
        if (pc_lua_rawfield(L, tt, "en") == LUA_TSTRING && str_at(c, -1, line))
            *en = pc_strdup(lua_tostring(L, -1));
        lua_pop(L, 1);
        if (!*zh || !*en || !**zh || !**en)
            cerr(c, line, PC_D_DSL_ZH_EN_BOTH, key);
    } else {
        cerr(c, line, plain_ok ? PC_D_DSL_ZH_EN_OR_STRING : PC_D_DSL_ZH_EN_FORM, key);
    }
    lua_pop(L, 1);
    return 0;
}

/* An integer at t[key]; returns 1 when present. */
static int get_int(cc *c, int t, const char *key, long line, int64_t *out)
{
    lua_State *L = c->L;
    int ty = pc_lua_rawfield(L, t, key);
    int present = 0;
    if (ty == LUA_TNUMBER && lua_isinteger(L, -1)) {
        *out = lua_tointeger(L, -1);
        present = 1;
    } else if (ty != LUA_TNIL) {
        cerr(c, line, PC_D_DSL_INTEGER, key);
    }
    lua_pop(L, 1);
    return present;
}

/* A year at t[key], within YEAR_MIN..YEAR_MAX; returns 1 when present. */
static int get_year(cc *c, int t, const char *key, long line, int *out)
{
    int64_t y;
    if (!get_int(c, t, key, line, &y))
        return 0;
    if (y < YEAR_MIN || y > YEAR_MAX) {
        cerr(c, line, PC_D_DSL_YEAR, key, (long long)y, YEAR_MIN, YEAR_MAX);
        return 0;
    }
    *out = (int)y;
    return 1;
}

static int get_bool(cc *c, int t, const char *key, long line)
{
    lua_State *L = c->L;
    int ty = pc_lua_rawfield(L, t, key), v = 0;
    if (ty == LUA_TBOOLEAN)
        v = lua_toboolean(L, -1);
    else if (ty != LUA_TNIL)
        cerr(c, line, PC_D_DSL_BOOL, key);
    lua_pop(L, 1);
    return v;
}

/* Money in a rule file: integer yuan or a decimal string, never a float. */
static int money_at(cc *c, int idx, long line, const char *what, int64_t *fen)
{
    lua_State *L = c->L;
    if (lua_type(L, idx) == LUA_TNUMBER && lua_isinteger(L, idx)) {
        lua_Integer y = lua_tointeger(L, idx);
        if (y < 0 || y > INT64_MAX / 100) {
            cerr(c, line, PC_D_DSL_MONEY_RANGE, what);
            return -1;
        }
        *fen = (int64_t)y * 100;
        return 0;
    }
    if (lua_type(L, idx) == LUA_TSTRING && str_at(c, idx, line) && pc_money_parse(lua_tostring(L, idx), fen) == 0)
        return 0;
    cerr(c, line, PC_D_DSL_MONEY_FORM, what);
    return -1;
}

static int field_of(cc *c, pc_subject_kind kind, const char *name, long line)
{
    if (!name)
        return -1;
    int i = pc_dict_find(&c->e->dict, kind, name);
    if (i < 0) {
        /* Rules name fields by their code name: a label is pointed at its name. */
        int by_label = pc_dict_find_label(&c->e->dict, kind, name);
        cerr(c, line, kind == PC_SUBJECT_ENTERPRISE ? PC_D_DSL_UNKNOWN_FIELD : PC_D_DSL_UNKNOWN_METRIC, name);
        if (by_label >= 0)
            pc_diag_append(c->diag, PC_D_DSL_USE_FIELD_NAME, c->e->dict.fields[by_label].def.name);
        else
            pc_dict_hint(c->diag, &c->e->dict, kind, name);
    }
    return i;
}

static int is_numeric(pc_field_type t)
{
    return t == PC_FIELD_COUNT || t == PC_FIELD_INT || t == PC_FIELD_NUMBER || t == PC_FIELD_MONEY;
}

/* ---- conditions --------------------------------------------------------------------- */

static void cond_free(pc_cond *k);

static int operand(cc *c, int idx, const pc_field *f, long line, pc_value *v)
{
    lua_State *L = c->L;
    const char *name = f->def.name;
    memset(v, 0, sizeof *v);
    switch (f->def.type) {
    case PC_FIELD_BOOL:
        if (lua_type(L, idx) != LUA_TBOOLEAN)
            break;
        v->type = PC_BOOL;
        v->u.b = lua_toboolean(L, idx);
        return 0;
    case PC_FIELD_MONEY:
        if (money_at(c, idx, line, name, &v->u.fen) != 0)
            return -1;
        v->type = PC_MONEY;
        return 0;
    case PC_FIELD_COUNT:
    case PC_FIELD_INT:
    case PC_FIELD_NUMBER:
        if (lua_type(L, idx) != LUA_TNUMBER)
            break;
        if (lua_isinteger(L, idx)) {
            v->type = PC_INT;
            v->u.i = lua_tointeger(L, idx);
        } else {
            v->type = PC_NUMBER;
            v->u.n = lua_tonumber(L, idx);
        }
        return 0;
    case PC_FIELD_ENUM:
        if (lua_type(L, idx) != LUA_TSTRING)
            break;
        if (!str_at(c, idx, line))
            return -1;
        for (const char *const *ev = f->def.enum_values; *ev; ev++)
            if (strcmp(*ev, lua_tostring(L, idx)) == 0) {
                /* the dictionary's own string: input values point at it too,
                 * so equality is mostly a pointer comparison */
                v->type = PC_STRING;
                v->u.s = *ev;
                return 0;
            }
        {
            /* Rules use the values themselves: a label or alias is pointed at its value. */
            const char *text = lua_tostring(L, idx), *value = pc_field_enum_value(f, text);
            cerr(c, line, PC_D_DSL_NOT_A_VALUE, text, name);
            if (value)
                pc_diag_append(c->diag, PC_D_DSL_USE_VALUE, value);
            else
                pc_field_enum_hint(c->diag, f, text);
        }
        return -1;
    case PC_FIELD_STRING:
    case PC_FIELD_REGION:
        if (lua_type(L, idx) != LUA_TSTRING)
            break;
        if (!str_at(c, idx, line))
            return -1;
        v->type = PC_STRING;
        v->u.s = pc_strdup(lua_tostring(L, idx));
        return 0;
    }
    cerr_type(c, line, PC_D_DSL_COMPARED_TYPE, f->def.type, name, "");
    return -1;
}

/* The length of the list at the top of the stack, or 0 (reported) when it
 * is longer than MAX_LIST. */
static size_t list_len(cc *c, long line, const char *what)
{
    size_t n = lua_rawlen(c->L, -1);
    if (n > MAX_LIST) {
        cerr(c, line, PC_D_DSL_LIST_TOO_LONG, what, n, MAX_LIST);
        return 0;
    }
    return n;
}

static pc_cond *compile_cond(cc *c, int idx, const char *role, int depth);

/* all{}, any{}, no{}: the kids, each compiled one level deeper. */
static int compile_cond_list(cc *c, int idx, long line, const char *op, pc_cond *k, int depth)
{
    lua_State *L = c->L;
    int ok = 1;
    if (pc_lua_rawfield(L, idx, "kids") != LUA_TTABLE || lua_rawlen(L, -1) == 0) {
        cerr(c, line, PC_D_DSL_COND_LIST_EMPTY, op);
        ok = 0;
    } else {
        size_t n = list_len(c, line, op);
        ok = n > 0;
        k->kids = pc_xcalloc(n ? n : 1, sizeof *k->kids);
        for (size_t i = 1; i <= n; i++) {
            lua_rawgeti(L, -1, (lua_Integer)i);
            pc_cond *kid = compile_cond(c, -1, op, depth + 1);
            lua_pop(L, 1);
            if (!kid)
                ok = 0;
            else
                k->kids[k->nkids++] = kid;
        }
    }
    lua_pop(L, 1);
    return ok;
}

/* check{fields = {...}, zh =, en =, fn = function(e) ... end}. */
static int compile_cond_check(cc *c, int idx, long line, pc_cond *k)
{
    lua_State *L = c->L;
    int ok = 1;
    static const char *const keys[] = {"op", "line", "fields", "zh", "en", "fn", NULL};
    check_keys(c, idx, line, "check{}", keys);
    k->label_zh = get_str(c, idx, "zh", 1, line);
    k->label_en = get_str(c, idx, "en", 1, line);
    if (pc_lua_rawfield(L, idx, "fields") != LUA_TTABLE) {
        cerr(c, line, PC_D_DSL_CHECK_FIELDS);
        ok = 0;
    } else {
        size_t n = list_len(c, line, "check{} fields");
        if (!n && lua_rawlen(L, -1))
            ok = 0;
        k->fields = pc_xcalloc(n ? n : 1, sizeof *k->fields);
        for (size_t i = 1; i <= n; i++) {
            lua_rawgeti(L, -1, (lua_Integer)i);
            int f = -1;
            if (lua_type(L, -1) == LUA_TSTRING)
                f = field_of(c, PC_SUBJECT_ENTERPRISE, str_at(c, -1, line), line);
            else
                cerr(c, line, PC_D_DSL_CHECK_FIELD_ENTRY, i,
                     luaL_typename(L, -1));
            lua_pop(L, 1);
            if (f < 0)
                ok = 0;
            else
                k->fields[k->nfields++] = f;
        }
    }
    lua_pop(L, 1);
    if (pc_lua_rawfield(L, idx, "fn") != LUA_TFUNCTION) {
        lua_pop(L, 1);
        cerr(c, line, PC_D_DSL_CHECK_FN);
        ok = 0;
    } else {
        k->fn_ref = luaL_ref(L, LUA_REGISTRYINDEX);
    }
    return ok;
}

/* is, isnt, one_of and the comparisons: a field and its operands. */
static int compile_cond_field(cc *c, int idx, long line, const char *op, pc_cond *k)
{
    lua_State *L = c->L;
    int ok = 1;
    static const char *const keys[] = {"op", "line", "field", "value", NULL};
    check_keys(c, idx, line, op, keys);
    const pc_field *f = NULL;
    if (pc_lua_rawfield(L, idx, "field") == LUA_TSTRING) {
        k->field = field_of(c, PC_SUBJECT_ENTERPRISE, str_at(c, -1, line), line);
        if (k->field >= 0)
            f = &c->e->dict.fields[k->field];
        k->borrowed = f && f->def.type == PC_FIELD_ENUM;
    } else {
        cerr(c, line, PC_D_DSL_NEEDS_FIELD, op);
    }
    lua_pop(L, 1);
    if (!f) {
        ok = 0;
    } else if (k->op == PC_C_IS || k->op == PC_C_ISNT) {
        if (f->def.type != PC_FIELD_BOOL) {
            cerr_type(c, line, PC_D_DSL_NOT_BOOLEAN, f->def.type, op, f->def.name);
            ok = 0;
        }
    } else if (k->op == PC_C_ONE_OF) {
        if (pc_lua_rawfield(L, idx, "value") != LUA_TTABLE || lua_rawlen(L, -1) == 0) {
            cerr(c, line, PC_D_DSL_ONE_OF_EMPTY, f->def.name);
            ok = 0;
        } else {
            size_t n = list_len(c, line, "one_of");
            ok = n > 0;
            k->values = pc_xcalloc(n ? n : 1, sizeof *k->values);
            for (size_t i = 1; i <= n; i++) {
                lua_rawgeti(L, -1, (lua_Integer)i);
                if (operand(c, -1, f, line, &k->values[k->nvalues]) == 0)
                    k->nvalues++;
                else
                    ok = 0;
                lua_pop(L, 1);
            }
        }
        lua_pop(L, 1);
    } else {
        if (k->op != PC_C_EQ && !is_numeric(f->def.type)) {
            cerr_type(c, line, PC_D_DSL_NOT_NUMBER_FIELD, f->def.type, op, f->def.name);
            ok = 0;
        }
        pc_lua_rawfield(L, idx, "value");
        k->values = pc_xcalloc(1, sizeof *k->values);
        if (ok && operand(c, -1, f, line, &k->values[0]) == 0)
            k->nvalues = 1;
        else
            ok = 0;
        lua_pop(L, 1);
    }
    return ok;
}

static pc_cond *compile_cond(cc *c, int idx, const char *role, int depth)
{
    lua_State *L = c->L;
    idx = lua_absindex(L, idx);
    if (depth > MAX_DEPTH) {
        cerr(c, lua_type(L, idx) == LUA_TTABLE ? line_of(L, idx) : c->item ? c->item->line : 0,
             PC_D_DSL_COND_DEPTH, MAX_DEPTH);
        return NULL;
    }
    luaL_checkstack(L, 8, "conditions nested too deep");
    int errors = c->errors;
    if (lua_type(L, idx) != LUA_TTABLE || pc_lua_rawfield(L, idx, "op") != LUA_TSTRING) {
        if (lua_type(L, idx) == LUA_TTABLE)
            lua_pop(L, 1);
        cerr(c, c->item ? c->item->line : 0, PC_D_DSL_NOT_CONDITION, role);
        return NULL;
    }
    static const char *const ops[] = {"is", "isnt", "gt", "ge", "lt", "le", "eq", "one_of", "all", "any", "no", "check", NULL};
    long line = line_of(L, idx);
    const char *op = str_at(c, -1, line);
    int opi = 0;
    while (op && ops[opi] && strcmp(ops[opi], op) != 0)
        opi++;
    lua_pop(L, 1);
    if (!op)
        return NULL;
    if (!ops[opi]) {
        cerr(c, line, PC_D_DSL_UNKNOWN_CONDITION, op);
        const char *near = pc_suggest(op, ops);
        if (near)
            pc_diag_append(c->diag, PC_D_DID_YOU_MEAN, near);
        return NULL;
    }
    pc_cond *k = pc_xcalloc(1, sizeof *k);
    k->op = (pc_cond_op)opi;
    k->field = -1;
    k->fn_ref = LUA_NOREF;
    int ok;
    if (k->op == PC_C_ALL || k->op == PC_C_ANY || k->op == PC_C_NO)
        ok = compile_cond_list(c, idx, line, op, k, depth);
    else if (k->op == PC_C_CHECK)
        ok = compile_cond_check(c, idx, line, k);
    else
        ok = compile_cond_field(c, idx, line, op, k);
    if (!ok) {
        if (c->errors == errors)
            cerr(c, line, PC_D_DSL_BAD_CONDITION, op);
        cond_free(k);
        return NULL;
    }
    return k;
}

static void cond_free(pc_cond *k)
{
    if (!k)
        return;
    for (size_t i = 0; i < k->nkids; i++)
        cond_free(k->kids[i]);
    for (size_t i = 0; i < k->nvalues; i++)
        if (k->values[i].type == PC_STRING && !k->borrowed)
            free((char *)k->values[i].u.s);
    free(k->kids);
    free(k->values);
    free(k->fields);
    free(k->label_zh);
    free(k->label_en);
    free(k->json_head[0]);
    free(k->json_head[1]);
    free(k->json_label[0]);
    free(k->json_label[1]);
    for (int zh = 0; zh < 2; zh++) {
        for (int met = 0; met < 2; met++)
            free(k->json_after[zh][met]);
        free(k->json_change[zh]);
        free(k->json_to[zh]);
    }
    free(k);
}

/* ---- parameters and amounts ---------------------------------------------------------- */

int pc_dsl_param_value(pc_param *p, const char *text)
{
    if (p->type == PC_P_MONEY) {
        if (pc_money_parse(text, &p->fen) != 0)
            return -1;
        pc_param_prepare_output(p);
        return 0;
    }
    pc_rate r;
    if (pc_rate_parse(text, &r) != 0 || r.num > r.den)
        return -1;
    p->rate = r;
    return 0;
}

static int by_param_name(const void *a, const void *b)
{
    return strcmp(((const pc_param *)a)->name, ((const pc_param *)b)->name);
}

static void compile_params(cc *c, int t, pc_item *it)
{
    lua_State *L = c->L;
    int ty = pc_lua_rawfield(L, t, "params");
    if (ty == LUA_TNIL) {
        lua_pop(L, 1);
        return;
    }
    if (ty != LUA_TTABLE) {
        cerr(c, it->line, PC_D_DSL_PARAMS_TABLE);
        lua_pop(L, 1);
        return;
    }
    int pt = lua_absindex(L, -1);
    size_t cap = 0;
    lua_pushnil(L);
    while (lua_next(L, pt)) {
        int v = lua_absindex(L, -1);
        const char *name = str_at(c, -2, it->line);
        int looked = name && lua_type(L, v) == LUA_TTABLE;
        if (!looked || pc_lua_rawfield(L, v, "ptype") != LUA_TSTRING) {
            if (looked)
                lua_pop(L, 1);
            cerr(c, it->line, PC_D_DSL_PARAMS_ENTRY);
            lua_pop(L, 1);
            continue;
        }
        const char *ptype = lua_tostring(L, -1);
        lua_pop(L, 1);
        long line = line_of(L, v);
        pc_param p;
        memset(&p, 0, sizeof p);
        p.name = pc_strdup(name);
        p.type = strcmp(ptype, "money") == 0 ? PC_P_MONEY : PC_P_RATE;
        p.source = pc_strdup("unset");
        if (pc_lua_rawfield(L, v, "spec") == LUA_TTABLE) {
            int sp = lua_absindex(L, -1);
            static const char *const keys[] = {"zh", "en", "default", NULL};
            check_keys(c, sp, line, name, keys);
            p.label_zh = get_str(c, sp, "zh", 1, line);
            p.label_en = get_str(c, sp, "en", 1, line);
            int dt = pc_lua_rawfield(L, sp, "default");
            if (dt != LUA_TNIL) {
                char text[64];
                if (dt == LUA_TNUMBER && lua_isinteger(L, -1))
                    snprintf(text, sizeof text, "%lld", (long long)lua_tointeger(L, -1));
                else if (dt == LUA_TSTRING && str_at(c, -1, line))
                    snprintf(text, sizeof text, "%s", lua_tostring(L, -1));
                else
                    text[0] = '\0';
                if (pc_dsl_param_value(&p, text) != 0) {
                    cerr(c, line, p.type == PC_P_MONEY ? PC_D_DSL_PARAM_DEFAULT_MONEY : PC_D_DSL_PARAM_DEFAULT_RATE, name);
                } else {
                    p.set = 1;
                    p.text = pc_strdup(text);
                    free(p.source);
                    p.source = pc_strdup("default");
                }
            }
            lua_pop(L, 1);
        } else {
            cerr(c, line, PC_D_DSL_PARAM_LABEL, name);
        }
        lua_pop(L, 1);
        PC_PUSH(it->params, it->nparams, cap, p);
        lua_pop(L, 1);
    }
    lua_pop(L, 1);
    /* Lua tables have no order; names do. */
    if (it->nparams)
        qsort(it->params, it->nparams, sizeof *it->params, by_param_name);
}

static int param_index(const pc_item *it, const char *name)
{
    for (size_t i = 0; i < it->nparams; i++)
        if (strcmp(it->params[i].name, name) == 0)
            return (int)i;
    return -1;
}

static void amount_free(pc_amount *a)
{
    if (!a)
        return;
    for (size_t i = 0; i < a->nkids; i++)
        amount_free(a->kids[i]);
    free(a->kids);
    cond_free(a->cond);
    free(a->json_head);
    free(a);
}

static pc_amount *compile_amount(cc *c, int idx, pc_item *it, int depth);

/* when(cond, a[, b]): a when the enterprise meets cond, else b (else 0 yuan). */
static int compile_amount_when(cc *c, int idx, long line, pc_item *it, pc_amount *a, int depth)
{
    lua_State *L = c->L;
    int ok = 1;
    a->op = PC_A_WHEN;
    if (pc_lua_rawfield(L, idx, "cond") == LUA_TNIL) {
        cerr(c, line, PC_D_DSL_WHEN_COND);
        ok = 0;
    } else if (!(a->cond = compile_cond(c, -1, "when", depth + 1))) {
        ok = 0;
    }
    lua_pop(L, 1);
    a->kids = pc_xcalloc(2, sizeof *a->kids);
    static const char *const branch[] = {"then", "otherwise"};
    for (int i = 0; i < 2; i++) {
        int ty = pc_lua_rawfield(L, idx, branch[i]);
        if (ty == LUA_TNIL && i == 1) {
            lua_pop(L, 1);
            break;
        }
        pc_amount *k = ty == LUA_TNIL ? NULL : compile_amount(c, -1, it, depth + 1);
        if (ty == LUA_TNIL)
            cerr(c, line, PC_D_DSL_WHEN_AMOUNT);
        lua_pop(L, 1);
        if (k)
            a->kids[a->nkids++] = k;
        else
            ok = 0;
    }
    return ok;
}

static pc_amount *compile_amount(cc *c, int idx, pc_item *it, int depth)
{
    lua_State *L = c->L;
    idx = lua_absindex(L, idx);
    if (depth > MAX_DEPTH) {
        cerr(c, lua_type(L, idx) == LUA_TTABLE ? line_of(L, idx) : it->line, PC_D_DSL_AMOUNT_DEPTH,
             MAX_DEPTH);
        return NULL;
    }
    luaL_checkstack(L, 8, "amounts nested too deep");
    if (lua_type(L, idx) != LUA_TTABLE || pc_lua_rawfield(L, idx, "aop") != LUA_TSTRING) {
        if (lua_type(L, idx) == LUA_TTABLE)
            lua_pop(L, 1);
        cerr(c, it->line, PC_D_DSL_AMOUNT_FORM);
        return NULL;
    }
    long line = line_of(L, idx);
    const char *aop = str_at(c, -1, line);
    lua_pop(L, 1);
    if (!aop)
        return NULL;
    pc_amount *a = pc_xcalloc(1, sizeof *a);
    a->field = a->param = -1;
    int ok = 1;
    if (strcmp(aop, "when") == 0) {
        ok = compile_amount_when(c, idx, line, it, a, depth);
    } else if (strcmp(aop, "sum") == 0 || strcmp(aop, "min") == 0) {
        a->op = aop[0] == 's' ? PC_A_SUM : PC_A_MIN;
        if (pc_lua_rawfield(L, idx, "kids") != LUA_TTABLE || lua_rawlen(L, -1) == 0) {
            cerr(c, line, PC_D_DSL_AMOUNT_LIST_EMPTY, aop[0] == 's' ? "sum" : "min_of");
            ok = 0;
        } else {
            size_t n = list_len(c, line, aop[0] == 's' ? "sum{}" : "min_of{}");
            ok = n > 0;
            a->kids = pc_xcalloc(n ? n : 1, sizeof *a->kids);
            for (size_t i = 1; i <= n; i++) {
                lua_rawgeti(L, -1, (lua_Integer)i);
                pc_amount *k = compile_amount(c, -1, it, depth + 1);
                lua_pop(L, 1);
                if (k)
                    a->kids[a->nkids++] = k;
                else
                    ok = 0;
            }
        }
        lua_pop(L, 1);
    } else {
        a->op = strcmp(aop, "fixed") == 0 ? PC_A_FIXED : strcmp(aop, "per_item") == 0 ? PC_A_PER_ITEM : PC_A_RATE;
        pc_param_type want = a->op == PC_A_RATE ? PC_P_RATE : PC_P_MONEY;
        if (pc_lua_rawfield(L, idx, "param") == LUA_TSTRING)
            a->param = str_at(c, -1, line) ? param_index(it, lua_tostring(L, -1)) : -1;
        if (a->param < 0) {
            cerr(c, line, PC_D_DSL_PARAM_UNDECLARED, aop,
                 lua_type(L, -1) == LUA_TSTRING ? lua_tostring(L, -1) : "?");
            ok = 0;
        } else if (it->params[a->param].type != want) {
            cerr(c, line, PC_D_DSL_PARAM_KIND, aop, it->params[a->param].name,
                 want == PC_P_RATE ? "rate_param" : "money_param");
            ok = 0;
        }
        lua_pop(L, 1);
        if (a->op != PC_A_FIXED) {
            if (pc_lua_rawfield(L, idx, "field") == LUA_TSTRING)
                a->field = field_of(c, PC_SUBJECT_ENTERPRISE, str_at(c, -1, line), line);
            else
                cerr(c, line, PC_D_DSL_NEEDS_FIELD, aop);
            lua_pop(L, 1);
            if (a->field < 0) {
                ok = 0;
            } else {
                pc_field_type ft = c->e->dict.fields[a->field].def.type;
                if (a->op == PC_A_PER_ITEM && ft != PC_FIELD_COUNT && ft != PC_FIELD_INT) {
                    cerr(c, line, PC_D_DSL_PER_ITEM_COUNT, c->e->dict.fields[a->field].def.name);
                    ok = 0;
                }
                if (a->op == PC_A_RATE && ft != PC_FIELD_MONEY) {
                    cerr(c, line, PC_D_DSL_RATE_MONEY, c->e->dict.fields[a->field].def.name);
                    ok = 0;
                }
            }
        }
    }
    if (!ok) {
        amount_free(a);
        return NULL;
    }
    return a;
}

/* ---- items ------------------------------------------------------------------------------- */

static const char *const common_keys[] = {"id", "cite", "title", "note", "quote", "kind", "line"};

static void check_item_keys(cc *c, int t, long line, const char *kind, const char *const *extra)
{
    const char *all[40];
    size_t n = 0;
    for (size_t i = 0; i < sizeof common_keys / sizeof *common_keys; i++)
        all[n++] = common_keys[i];
    for (size_t i = 0; extra[i] && n < 39; i++)
        all[n++] = extra[i];
    all[n] = NULL;
    char construct[64];
    snprintf(construct, sizeof construct, "%s{}", kind);
    check_keys(c, t, line, construct, all);
}

static int valid_id(const char *s)
{
    if (!s || !*s)
        return 0;
    for (; *s; s++)
        if (!((*s >= 'a' && *s <= 'z') || (*s >= '0' && *s <= '9') || *s == '-'))
            return 0;
    return 1;
}

/* ---- the later target constructs (eval_target.c): one-sided about, increasing, report,
 * unions, sums as denominators, ranges from a stated year ------------------------------------ */

/* A number of the rule file as an exact decimal: an integer as is, a float
 * as the shortest decimal that reads back as it (12.07 is 1207/100). */
static int exact_number(cc *c, int idx, long line, const char *key, pc_q *q)
{
    lua_State *L = c->L;
    if (lua_type(L, idx) != LUA_TNUMBER) {
        cerr(c, line, PC_D_DSL_NUMBER, key);
        return -1;
    }
    int bad = lua_isinteger(L, idx) ? (*q = PC_Q_INT(lua_tointeger(L, idx)), 0) : pc_q_from_double(lua_tonumber(L, idx), q);
    if (bad)
        cerr(c, line, PC_D_DSL_OUT_OF_RANGE, key);
    return bad ? -1 : 0;
}

/* The region metrics named by the value at the top of the stack: one name,
 * or a list of up to 8 (key names it in messages, verb says what is done
 * with them).  Writes their indices to out and returns how many are known. */
static int metric_names(cc *c, long line, const char *key, const char *verb, int out[8])
{
    lua_State *L = c->L;
    int t = lua_absindex(L, -1), ty = lua_type(L, t);
    size_t n = ty == LUA_TTABLE ? lua_rawlen(L, t) : ty == LUA_TSTRING ? 1 : 0;
    if (n == 0 || n > 8) {
        cerr(c, line, PC_D_DSL_METRIC_LIST, key, verb);
        return 0;
    }
    int count = 0;
    for (size_t i = 1; i <= n; i++) {
        if (ty == LUA_TTABLE)
            lua_rawgeti(L, t, (lua_Integer)i);
        else
            lua_pushvalue(L, t);
        int f = -1;
        if (lua_type(L, -1) == LUA_TSTRING)
            f = field_of(c, PC_SUBJECT_REGION, str_at(c, -1, line), line);
        else
            cerr(c, line, PC_D_DSL_METRIC_ENTRY, key, i);
        lua_pop(L, 1);
        if (f >= 0)
            out[count++] = f;
    }
    return count;
}

/* metric = {"a", "b", minus = {"c"}}: the metrics after minus are subtracted
 * (a union: invention or service applications = both kinds - service inventions). */
static void compile_metric_minus(cc *c, int mt, pc_item *it)
{
    lua_State *L = c->L;
    lua_pushnil(L);
    while (lua_next(L, mt)) {
        lua_pop(L, 1);
        if (lua_type(L, -1) == LUA_TNUMBER && lua_isinteger(L, -1) && lua_tointeger(L, -1) >= 1 &&
            (size_t)lua_tointeger(L, -1) <= lua_rawlen(L, mt))
            continue;
        if (lua_type(L, -1) != LUA_TSTRING || strcmp(lua_tostring(L, -1), "minus") != 0)
            cerr(c, it->line, PC_D_DSL_METRIC_KEYS);
    }
    if (pc_lua_rawfield(L, mt, "minus") == LUA_TNIL) {
        lua_pop(L, 1);
        return;
    }
    it->nminus = metric_names(c, it->line, "minus", "subtract", it->minus);
    lua_pop(L, 1);
    for (int i = 0; i < it->nminus && it->nmetrics; i++) {
        const pc_field *f = &c->e->dict.fields[it->minus[i]];
        if ((f->def.type == PC_FIELD_MONEY) != (c->e->dict.fields[it->metrics[0]].def.type == PC_FIELD_MONEY))
            cerr(c, it->line, PC_D_DSL_MINUS_MIXED, f->def.name);
    }
    it->exact = 1;
}

/* share_of = {"x", "y"}: the denominator is the sum.  Returns 1 when share_of
 * was such a list (a string is left to compile_target). */
static int compile_share_list(cc *c, int t, pc_item *it)
{
    lua_State *L = c->L;
    if (pc_lua_rawfield(L, t, "share_of") != LUA_TTABLE) {
        lua_pop(L, 1);
        return 0;
    }
    it->nothers = metric_names(c, it->line, "share_of", "sum", it->others);
    lua_pop(L, 1);
    it->measure = PC_M_SHARE;
    it->other = it->nothers ? it->others[0] : -1;
    it->exact = 1;
    return 1;
}

/* The later comparisons; returns how many the table states. */
static int compile_target_exact(cc *c, int t, pc_item *it, int before)
{
    lua_State *L = c->L;
    int compares = 0;
    static const char *const sided[] = {"at_least_about", "at_most_about"};
    for (int i = 0; i < 2; i++) {
        if (pc_lua_rawfield(L, t, sided[i]) != LUA_TNIL) {
            compares++;
            it->compare = i == 0 ? PC_CMP_AT_LEAST_ABOUT : PC_CMP_AT_MOST_ABOUT;
            if (exact_number(c, -1, it->line, sided[i], &it->value_q) == 0) {
                it->value = pc_q_double(it->value_q);
                if (it->value_q.n <= 0)
                    cerr(c, it->line, PC_D_DSL_TARGET_POSITIVE);
            }
            int has_tol = pc_lua_rawfield(L, t, "tolerance") != LUA_TNIL;
            if (!has_tol || exact_number(c, -1, it->line, "tolerance", &it->tolerance_q) != 0 ||
                it->tolerance_q.n <= 0 || it->tolerance_q.n >= it->tolerance_q.d)
                cerr(c, it->line, PC_D_DSL_SIDED_TOLERANCE, sided[i]);
            it->tolerance = pc_q_double(it->tolerance_q);
            lua_pop(L, 1);
        }
        lua_pop(L, 1);
    }
    if (get_bool(c, t, "increasing", it->line)) {
        compares++;
        it->compare = PC_CMP_INCREASING;   /* every_year too: compile_target_range */
    }
    if (pc_lua_rawfield(L, t, "min_growth") != LUA_TNIL) {
        if (it->compare != PC_CMP_INCREASING || compares == 0)
            cerr(c, it->line, PC_D_DSL_MIN_GROWTH_INCREASING);
        else if (exact_number(c, -1, it->line, "min_growth", &it->min_growth_q) == 0) {
            if (it->min_growth_q.n <= 0)
                cerr(c, it->line, PC_D_DSL_MIN_GROWTH_POSITIVE);
            it->has_min_growth = 1;
        }
    }
    lua_pop(L, 1);
    if (get_bool(c, t, "report", it->line)) {
        compares++;
        it->compare = PC_CMP_REPORT;
    }
    if (compares) {
        it->exact = 1;
        if (before)
            return compares;   /* reported by the caller: more than one comparison */
    }
    /* the exact value of the older comparisons (eval_target.c compares it) */
    if (!compares && (it->compare == PC_CMP_AT_LEAST || it->compare == PC_CMP_AT_MOST || it->compare == PC_CMP_ABOUT)) {
        static const char *const keys[] = {"at_least", "at_most", "about"};
        if (pc_lua_rawfield(L, t, keys[it->compare]) == LUA_TNUMBER)
            exact_number(c, -1, it->line, keys[it->compare], &it->value_q);
        lua_pop(L, 1);
        if (it->compare == PC_CMP_ABOUT) {
            if (pc_lua_rawfield(L, t, "tolerance") == LUA_TNUMBER)
                exact_number(c, -1, it->line, "tolerance", &it->tolerance_q);
            lua_pop(L, 1);
        }
    }
    return compares;
}

/* from = Y, and what the exact comparisons do not combine with. */
static void compile_target_range(cc *c, int t, const pc_plan *plan, pc_item *it)
{
    if (it->compare == PC_CMP_INCREASING)
        it->every_year = 1;
    if (get_year(c, t, "from", it->line, &it->from)) {
        it->exact = 1;
        if (it->measure != PC_M_CUMULATIVE && !it->every_year)
            cerr(c, it->line, PC_D_DSL_FROM_MEASURE);
        else if (it->due && it->from > it->due)
            cerr(c, it->line, PC_D_DSL_FROM_DUE, it->from, it->due);
        else if (it->from < plan->first_year - 10)
            cerr(c, it->line, PC_D_DSL_FROM_EARLY, it->from,
                 plan->first_year, plan->last_year);
    }
    if (it->compare == PC_CMP_REPORT && it->strive)
        cerr(c, it->line, PC_D_DSL_REPORT_STRIVE);
    if (it->compare == PC_CMP_REPORT && it->every_year)
        cerr(c, it->line, PC_D_DSL_REPORT_EVERY_YEAR);
    if (it->compare == PC_CMP_INCREASING && (it->measure == PC_M_NEW_SINCE || it->measure == PC_M_RATIO_TO_YEAR))
        cerr(c, it->line, PC_D_DSL_INCREASING_MEASURE);
    if (it->exact && (it->measure == PC_M_GROWTH || it->measure == PC_M_RATIO_TO_YEAR || it->measure == PC_M_NEW_SINCE))
        cerr(c, it->line, PC_D_DSL_EXACT_MEASURE);
}

/* The measure: per, share_of, ratio_to_year, new_since, cumulative or growth
 * (none: the metric itself). */
static void compile_target_measure(cc *c, int t, const pc_plan *plan, pc_item *it)
{
    int measures = 0;
    char *per = get_str(c, t, "per", 0, it->line);
    if (per) {
        measures++;
        it->measure = PC_M_PER_10K;
        if (strcmp(per, "10k_people") != 0)
            cerr(c, it->line, PC_D_DSL_PER_UNIT, per);
        free(per);
    }
    char *share = compile_share_list(c, t, it) ? NULL : get_str(c, t, "share_of", 0, it->line);
    if (it->nothers)
        measures++;
    if (share) {
        measures++;
        it->measure = PC_M_SHARE;
        it->other = field_of(c, PC_SUBJECT_REGION, share, it->line);
        free(share);
    }
    if (get_year(c, t, "ratio_to_year", it->line, &it->ref_year)) {
        measures++;
        it->measure = PC_M_RATIO_TO_YEAR;
    }
    if (get_year(c, t, "new_since", it->line, &it->ref_year)) {
        measures++;
        it->measure = PC_M_NEW_SINCE;
    }
    if (get_bool(c, t, "cumulative", it->line)) {
        measures++;
        it->measure = PC_M_CUMULATIVE;
    }
    if (get_bool(c, t, "growth", it->line)) {
        measures++;
        it->measure = PC_M_GROWTH;
    }
    if (measures > 1)
        cerr(c, it->line, PC_D_DSL_ONE_MEASURE);
    if ((it->measure == PC_M_RATIO_TO_YEAR || it->measure == PC_M_NEW_SINCE) &&
        it->ref_year > plan->last_year)
        cerr(c, it->line, PC_D_DSL_REF_YEAR, it->ref_year, plan->last_year);
}

/* at_least, at_most, about or above; returns how many the table states. */
static int compile_target_compare(cc *c, int t, pc_item *it)
{
    lua_State *L = c->L;
    int compares = 0;
    static const char *const cmp[] = {"at_least", "at_most", "about"};
    for (int i = 0; i < 3; i++) {
        int vt = pc_lua_rawfield(L, t, cmp[i]);
        if (vt == LUA_TNUMBER) {
            compares++;
            it->compare = (pc_compare)i;
            it->value = lua_tonumber(L, -1);
            int in_yuan = it->metric >= 0 && c->e->dict.fields[it->metric].def.type == PC_FIELD_MONEY &&
                          it->measure != PC_M_PER_10K && it->measure != PC_M_SHARE &&
                          it->measure != PC_M_RATIO_TO_YEAR && it->measure != PC_M_GROWTH;
            if (in_yuan && !lua_isinteger(L, -1))
                cerr(c, it->line, PC_D_DSL_MONEY_TARGET_FLOAT,
                     cmp[i]);
            else if (in_yuan && (lua_tointeger(L, -1) < 0 || lua_tointeger(L, -1) > INT64_MAX / 100))
                cerr(c, it->line, PC_D_DSL_MONEY_TARGET_RANGE,
                     cmp[i], (long long)lua_tointeger(L, -1), (long long)(INT64_MAX / 100));
            else if (!isfinite(it->value) || fabs(it->value) > EXACT_MAX)
                cerr(c, it->line, PC_D_DSL_TARGET_FINITE, cmp[i], it->value);
        } else if (vt != LUA_TNIL) {
            cerr(c, it->line, PC_D_DSL_NUMBER, cmp[i]);
        }
        lua_pop(L, 1);
    }
    char *above = get_str(c, t, "above", 0, it->line);
    if (above) {
        compares++;
        it->compare = PC_CMP_ABOVE;
        it->other = field_of(c, PC_SUBJECT_REGION, above, it->line);
        if (it->measure == PC_M_SHARE)
            cerr(c, it->line, PC_D_DSL_ABOVE_SHARE);
        free(above);
    }
    return compares;
}

static void compile_target(cc *c, int t, pc_plan *plan, pc_item *it)
{
    static const char *const keys[] = {"metric", "per", "share_of", "ratio_to_year", "cumulative",
                                       "new_since", "growth", "at_least", "at_most", "about", "tolerance",
                                       "above", "due", "every_year", "strive", "unit", "at_least_about",
                                       "at_most_about", "increasing", "min_growth", "report", "from", NULL};
    lua_State *L = c->L;
    check_item_keys(c, t, it->line, "target", keys);
    it->metric = it->other = -1;
    /* metric = "name", or a list of names whose values are summed. */
    int ty = pc_lua_rawfield(L, t, "metric");
    it->nmetrics = metric_names(c, it->line, "'metric'", "sum", it->metrics);
    for (int i = 0; i < it->nmetrics; i++) {
        const pc_field *f = &c->e->dict.fields[it->metrics[i]];
        if (!is_numeric(f->def.type))
            cerr(c, it->line, PC_D_DSL_METRIC_NOT_NUMBER, f->def.name);
        else if (i && (f->def.type == PC_FIELD_MONEY) != (c->e->dict.fields[it->metrics[0]].def.type == PC_FIELD_MONEY))
            cerr(c, it->line, PC_D_DSL_METRIC_SUM_MIXED, f->def.name);
    }
    if (ty == LUA_TTABLE)
        compile_metric_minus(c, lua_absindex(L, -1), it);
    lua_pop(L, 1);
    if (it->nmetrics)
        it->metric = it->metrics[0];

    compile_target_measure(c, t, plan, it);
    int compares = compile_target_compare(c, t, it);
    compares += compile_target_exact(c, t, it, compares);
    if (compares != 1)
        cerr(c, it->line, PC_D_DSL_ONE_COMPARE);
    int has_tol = pc_lua_rawfield(L, t, "tolerance") == LUA_TNUMBER;
    it->tolerance = has_tol ? lua_tonumber(L, -1) : 0;
    lua_pop(L, 1);
    if (it->compare == PC_CMP_ABOUT && compares == 1 && (!has_tol || !(it->tolerance > 0 && it->tolerance < 1)))
        cerr(c, it->line, PC_D_DSL_ABOUT_TOLERANCE);
    if (has_tol && it->compare != PC_CMP_ABOUT && it->compare != PC_CMP_AT_LEAST_ABOUT && it->compare != PC_CMP_AT_MOST_ABOUT)
        cerr(c, it->line, PC_D_DSL_TOLERANCE_ALONE);
    if (it->compare == PC_CMP_AT_LEAST || it->compare == PC_CMP_AT_MOST || it->compare == PC_CMP_ABOUT) {
        if (compares == 1 && it->value <= 0 && it->compare != PC_CMP_AT_MOST)
            cerr(c, it->line, PC_D_DSL_TARGET_POSITIVE);
    }
    it->due = 0;
    int due_type = pc_lua_rawfield(L, t, "due");
    lua_pop(L, 1);
    if (due_type == LUA_TNIL)
        cerr(c, it->line, PC_D_DSL_DUE_REQUIRED);
    else
        get_year(c, t, "due", it->line, &it->due);
    if (it->due && (it->due < plan->first_year || it->due > plan->last_year))
        cerr(c, it->line, PC_D_DSL_DUE_PERIOD, it->due, plan->first_year, plan->last_year);
    it->every_year = get_bool(c, t, "every_year", it->line);
    it->strive = get_bool(c, t, "strive", it->line);
    get_zh_en(c, t, "unit", 0, 0, it->line, &it->unit_zh, &it->unit_en);
    compile_target_range(c, t, plan, it);
}

static void compile_enterprise_item(cc *c, int t, pc_item *it)
{
    static const char *const subsidy_keys[] = {"applies", "eligible", "params", "amount", "cap", "basis",
                                               "priority", "priority_label", NULL};
    static const char *const obligation_keys[] = {"applies", "requires", NULL};
    lua_State *L = c->L;
    int subsidy = it->kind == PC_ITEM_SUBSIDY;
    check_item_keys(c, t, it->line, subsidy ? "subsidy" : "obligation", subsidy ? subsidy_keys : obligation_keys);
    if (pc_lua_rawfield(L, t, "applies") != LUA_TNIL)
        it->applies = compile_cond(c, -1, "applies", 1);
    lua_pop(L, 1);
    const char *key = subsidy ? "eligible" : "requires";
    if (pc_lua_rawfield(L, t, key) == LUA_TNIL)
        cerr(c, it->line, PC_D_DSL_REQUIRED, key);
    else
        it->condition = compile_cond(c, -1, key, 1);
    lua_pop(L, 1);
    if (!subsidy)
        return;
    compile_params(c, t, it);
    if (pc_lua_rawfield(L, t, "amount") != LUA_TNIL)
        it->amount = compile_amount(c, -1, it, 1);
    lua_pop(L, 1);
    if (pc_lua_rawfield(L, t, "cap") == LUA_TTABLE) {
        int cp = lua_absindex(L, -1);
        static const char *const keys[] = {"yuan", "per", NULL};
        check_keys(c, cp, it->line, "cap", keys);
        pc_lua_rawfield(L, cp, "yuan");
        if (money_at(c, -1, it->line, "cap.yuan", &it->cap_fen) == 0)
            it->has_cap = 1;
        lua_pop(L, 1);
        char *per = get_str(c, cp, "per", 1, it->line);
        if (per && strcmp(per, "year") == 0)
            it->cap_per_year = 1;
        else if (per && strcmp(per, "plan") != 0)
            cerr(c, it->line, PC_D_DSL_CAP_PER);
        free(per);
    } else if (lua_type(L, -1) != LUA_TNIL) {
        cerr(c, it->line, PC_D_DSL_CAP_FORM);
    }
    lua_pop(L, 1);
    get_zh_en(c, t, "basis", 0, 1, it->line, &it->basis_zh, &it->basis_en);
    if (pc_lua_rawfield(L, t, "priority") != LUA_TNIL) {
        it->priority = compile_cond(c, -1, "priority", 1);
        get_zh_en(c, t, "priority_label", 1, 0, it->line, &it->priority_zh, &it->priority_en);
    }
    lua_pop(L, 1);
}

static void item_free(pc_item *it)
{
    free(it->id);
    free(it->cite);
    free(it->title_zh);
    free(it->title_en);
    free(it->note_zh);
    free(it->note_en);
    free(it->quote);
    cond_free(it->applies);
    cond_free(it->condition);
    cond_free(it->priority);
    free(it->priority_zh);
    free(it->priority_en);
    free(it->basis_zh);
    free(it->basis_en);
    for (size_t i = 0; i < it->nparams; i++) {
        free(it->params[i].name);
        free(it->params[i].label_zh);
        free(it->params[i].label_en);
        free(it->params[i].text);
        free(it->params[i].source);
    }
    free(it->params);
    amount_free(it->amount);
    free(it->unit_zh);
    free(it->unit_en);
    free(it->json_head);
    free(it->json_tail_zh);
    free(it->json_tail_en);
    pc_cut_free(&it->json_cap[0]);
    pc_cut_free(&it->json_cap[1]);
}

void pc_plan_free(pc_plan *p)
{
    for (size_t i = 0; i < p->nitems; i++)
        item_free(&p->items[i]);
    free(p->items);
    free(p->id);
    free(p->title_zh);
    free(p->title_en);
    free(p->document);
    free(p->source);
    free(p->note_zh);
    free(p->note_en);
    free(p->file);
    memset(p, 0, sizeof *p);
}

/* ---- the plan -------------------------------------------------------------------------------- */

static int get_date(cc *c, int t, const char *key, int required, long line, pc_date *d)
{
    char *s = get_str(c, t, key, required, line);
    int present = s != NULL;
    if (s && pc_date_parse(s, d) != 0)
        cerr(c, line, PC_D_DSL_DATE, key, s);
    free(s);
    return present;
}

static void compile_plan(cc *c, int t, pc_plan *plan)
{
    lua_State *L = c->L;
    static const char *const keys[] = {"id", "title", "document", "jurisdiction", "issued", "period",
                                       "in_force", "baseline_year", "source", "note", "line", NULL};
    plan->line = line_of(L, t);
    check_keys(c, t, plan->line, "plan{}", keys);
    plan->id = get_str(c, t, "id", 1, plan->line);
    if (plan->id && !valid_id(plan->id))
        cerr(c, plan->line, PC_D_DSL_PLAN_ID, plan->id);
    get_zh_en(c, t, "title", 1, 0, plan->line, &plan->title_zh, &plan->title_en);
    plan->document = get_str(c, t, "document", 1, plan->line);
    char *j = get_str(c, t, "jurisdiction", 1, plan->line);
    if (j && !pc_region_code_valid(j))
        cerr(c, plan->line, PC_D_DSL_JURISDICTION, j);
    else if (j)
        memcpy(plan->jurisdiction, j, 7);
    free(j);
    get_date(c, t, "issued", 1, plan->line, &plan->issued);
    if (pc_lua_rawfield(L, t, "period") == LUA_TTABLE && lua_rawlen(L, -1) == 2) {
        lua_rawgeti(L, -1, 1);
        lua_rawgeti(L, -2, 2);
        lua_Integer first = lua_isinteger(L, -2) ? lua_tointeger(L, -2) : 0;
        lua_Integer last = lua_isinteger(L, -1) ? lua_tointeger(L, -1) : 0;
        if (first >= YEAR_MIN && last >= first && last <= YEAR_MAX) {
            plan->first_year = (int)first;
            plan->last_year = (int)last;
        }
        lua_pop(L, 2);
    }
    lua_pop(L, 1);
    if (!plan->first_year)
        cerr(c, plan->line, PC_D_DSL_PERIOD, YEAR_MIN, YEAR_MAX);
    plan->in_force_from = plan->issued;
    plan->in_force_to = PC_DATE(plan->last_year, 12, 31);
    if (pc_lua_rawfield(L, t, "in_force") == LUA_TTABLE) {
        int f = lua_absindex(L, -1);
        static const char *const fkeys[] = {"from", "to", NULL};
        check_keys(c, f, plan->line, "in_force", fkeys);
        get_date(c, f, "from", 0, plan->line, &plan->in_force_from);
        get_date(c, f, "to", 0, plan->line, &plan->in_force_to);
    } else if (lua_type(L, -1) != LUA_TNIL) {
        cerr(c, plan->line, PC_D_DSL_IN_FORCE);
    }
    lua_pop(L, 1);
    plan->baseline_year = plan->first_year - 1;
    if (get_year(c, t, "baseline_year", plan->line, &plan->baseline_year) && plan->baseline_year >= plan->last_year)
        cerr(c, plan->line, PC_D_DSL_BASELINE_YEAR);
    plan->source = get_str(c, t, "source", 0, plan->line);
    get_zh_en(c, t, "note", 0, 1, plan->line, &plan->note_zh, &plan->note_en);
}

typedef struct compile_call {
    pc_engine *e;
    const char *path;
    pc_plan *plan;
    pc_diag *diag;
    int rc;
} compile_call;

static int compile_declarations(pc_engine *e, lua_State *L, const char *path, pc_plan *plan, pc_diag *diag);

/* Runs in a protected call: a memory error while reading the declarations
 * (or any other Lua error) must not abort the process. */
static int compile_protected(lua_State *L)
{
    compile_call *cc_ = lua_touserdata(L, 1);
    lua_remove(L, 1);
    cc_->rc = compile_declarations(cc_->e, L, cc_->path, cc_->plan, cc_->diag);
    return 0;
}

int pc_dsl_compile(pc_engine *e, pc_lua *s, const char *path, pc_plan *plan, pc_diag *diag)
{
    lua_State *L = s->L;
    compile_call call = {e, path, plan, diag, PC_EX_CONFIG};
    memset(plan, 0, sizeof *plan);
    /* stack: collected -> f, &call, collected */
    lua_pushcfunction(L, compile_protected);
    lua_insert(L, -2);
    lua_pushlightuserdata(L, &call);
    lua_insert(L, -2);
    if (lua_pcall(L, 2, 0, 0) != LUA_OK) {
        const char *msg = lua_type(L, -1) == LUA_TSTRING ? lua_tostring(L, -1) : "error object is not a string";
        pc_diag_say(diag, PC_EX_CONFIG, path, 0, NULL, PC_D_DSL_UNREADABLE, msg);
        lua_pop(L, 1);
        pc_plan_free(plan);
        return PC_EX_CONFIG;
    }
    return call.rc;
}

static int compile_declarations(pc_engine *e, lua_State *L, const char *path, pc_plan *plan, pc_diag *diag)
{
    cc c = {e, L, path, diag, 0, NULL, NULL};
    int col = lua_gettop(L);
    memset(plan, 0, sizeof *plan);
    plan->file = pc_strdup(path);
    if (pc_lua_rawfield(L, col, "plan") != LUA_TTABLE) {
        cerr(&c, 0, PC_D_DSL_NO_PLAN);
        lua_settop(L, col - 1);
        pc_plan_free(plan);
        return PC_EX_CONFIG;
    }
    compile_plan(&c, lua_absindex(L, -1), plan);
    lua_pop(L, 1);
    pc_lua_rawfield(L, col, "items");
    size_t n = lua_rawlen(L, -1);
    char what[160];
    for (size_t i = 1; i <= n; i++) {
        lua_rawgeti(L, -1, (lua_Integer)i);
        int t = lua_absindex(L, -1);
        pc_item it;
        memset(&it, 0, sizeof it);
        it.line = line_of(L, t);
        /* the rule file may have changed the table after declaring it */
        const char *kind = pc_lua_rawfield(L, t, "kind") == LUA_TSTRING ? lua_tostring(L, -1) : "?";
        it.kind = strcmp(kind, "target") == 0 ? PC_ITEM_TARGET
                  : strcmp(kind, "subsidy") == 0 ? PC_ITEM_SUBSIDY : PC_ITEM_OBLIGATION;
        if (strcmp(kind, "target") != 0 && strcmp(kind, "subsidy") != 0 && strcmp(kind, "obligation") != 0)
            cerr(&c, it.line, PC_D_DSL_KIND_CHANGED);
        it.id = get_str(&c, t, "id", 1, it.line);
        snprintf(what, sizeof what, "%s '%s'", kind, it.id ? it.id : "?");
        lua_pop(L, 1);
        c.what = what;
        c.item = &it;
        if (it.id && !valid_id(it.id))
            cerr(&c, it.line, PC_D_DSL_ITEM_ID);
        for (size_t k = 0; it.id && k < plan->nitems; k++)
            if (plan->items[k].id && strcmp(plan->items[k].id, it.id) == 0)
                cerr(&c, it.line, PC_D_DSL_DUPLICATE_ID, plan->items[k].line);
        it.cite = get_str(&c, t, "cite", 1, it.line);
        if (it.cite && !*it.cite)
            cerr(&c, it.line, PC_D_DSL_CITE_EMPTY);
        get_zh_en(&c, t, "title", 1, 0, it.line, &it.title_zh, &it.title_en);
        get_zh_en(&c, t, "note", 0, 1, it.line, &it.note_zh, &it.note_en);
        it.quote = get_str(&c, t, "quote", 0, it.line);
        if (it.kind == PC_ITEM_TARGET)
            compile_target(&c, t, plan, &it);
        else
            compile_enterprise_item(&c, t, &it);
        PC_PUSH(plan->items, plan->nitems, plan->items_cap, it);
        c.what = NULL;
        c.item = NULL;
        lua_pop(L, 1);
    }
    lua_settop(L, col - 1);
    if (c.errors) {
        /* the jurisdiction stays: the caller tells a plan of a refused plugin */
        char jurisdiction[7];
        memcpy(jurisdiction, plan->jurisdiction, 7);
        pc_plan_free(plan);
        memcpy(plan->jurisdiction, jurisdiction, 7);
        return PC_EX_CONFIG;
    }
    pc_plan_prepare_output(plan, &c.e->dict);
    return 0;
}

/* One [plan.<id>] entry on the plan's parameters; -1 when it is bad. */
static int apply_entry(pc_engine *e, pc_plan *plan, pc_config_entry *ce, pc_diag *diag)
{
    /* a --param entry is named after the option, as a file is */
    const char *origin = ce->what_if ? "--param" : e->config.path;
    ce->used = 1;
    const char *dot = strchr(ce->key, '.');
    pc_item *it = NULL;
    for (size_t k = 0; dot && k < plan->nitems; k++)
        if (strlen(plan->items[k].id) == (size_t)(dot - ce->key) &&
            strncmp(plan->items[k].id, ce->key, (size_t)(dot - ce->key)) == 0)
            it = &plan->items[k];
    int pi = it ? param_index(it, dot + 1) : -1;
    if (pi < 0) {
        pc_diag_say(diag, PC_EX_CONFIG, origin, ce->line, ce->key, PC_D_CONFIG_NO_PARAM, plan->id, ce->key);
        return -1;
    }
    pc_param *p = &it->params[pi];
    if (pc_dsl_param_value(p, ce->value) != 0) {
        pc_diag_say(diag, PC_EX_CONFIG, origin, ce->line, ce->key,
                    p->type == PC_P_MONEY ? PC_D_CONFIG_PARAM_MONEY : PC_D_CONFIG_PARAM_RATE, ce->value);
        return -1;
    }
    /* the value a what-if replaces, recorded once, while the engine's first
     * context compiles (before any other thread runs) */
    if (ce->what_if && !e->main && !ce->was && p->set)
        ce->was = pc_strdup(p->text);
    p->set = 1;
    free(p->text);
    p->text = pc_strdup(ce->value);
    free(p->source);
    pc_buf src = {0};
    if (ce->what_if)
        pc_buf_puts(&src, "--param");
    else
        pc_buf_printf(&src, "%s:%ld", e->config.path, ce->line);
    p->source = pc_buf_take(&src);
    return 0;
}

int pc_dsl_apply_config(pc_engine *e, pc_plan *plan, pc_diag *diag)
{
    pc_buf section = {0};
    pc_buf_printf(&section, "plan.%s", plan->id);
    int failed = 0;
    /* the file's entries, then the --param ones over them */
    for (int what_if = 0; what_if < 2; what_if++)
        for (size_t i = 0; i < e->config.count; i++) {
            pc_config_entry *ce = &e->config.entries[i];
            if (ce->what_if != what_if || strcmp(ce->section, section.data) != 0 || strcmp(ce->key, "enabled") == 0)
                continue;
            if (apply_entry(e, plan, ce, diag) != 0)
                failed = 1;
        }
    pc_buf_free(&section);
    return failed ? PC_EX_CONFIG : 0;
}
