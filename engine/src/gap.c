/*
 * gap.c -- what it would take: from the condition trees of a result (the
 * nodes eval.c kept, with the values read and the outcomes), the smallest
 * changes to the subject's data that make it eligible or compliant.
 *
 * Each node yields a list of options (sets of changes), cheapest first: a
 * failing leaf the nearest value that satisfies it, all{} the combinations of
 * its children's options, any{} its children's options side by side, no() its
 * child under the opposite polarity, a check{} that would have to change an
 * option that cannot be analysed.  Every option is then verified by
 * evaluating the item's trees again with the changed values (check{} reads
 * of a changed field are unknown): an option that does not decide the result
 * favourably is dropped, never offered.
 */
#include "internal.h"
#include "eval.h"
#include "gap.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#define PC_X_NAME(id, name) name,
const char *const pc_gap_name[PC_GAP_COUNT] = {PC_GAPS(PC_X_NAME)};
#undef PC_X_NAME
#define PC_X_OP(id, name, symbol) name,
const char *const pc_gap_op_name[PC_GOP_COUNT] = {PC_GAP_OPS(PC_X_OP)};
#undef PC_X_OP
#define PC_X_SYM(id, name, symbol) symbol,
const char *const pc_gap_op_symbol[PC_GOP_COUNT] = {PC_GAP_OPS(PC_X_SYM)};
#undef PC_X_SYM

#define MAX_OPTIONS PC_GAP_MAX_OPTIONS   /* per node too */

typedef struct optlist {
    pc_gap_option o[MAX_OPTIONS];
    unsigned n;
} optlist;

typedef struct gap_ctx {
    const pc_report *rep;
    const pc_cond_result *nodes;   /* the report's pool */
    pc_gap_store *store;
} gap_ctx;

struct pc_gap_spill {
    pc_gap_spill *next;
    pc_gap_change changes[];
};

static pc_gap_change *store_alloc(const gap_ctx *g, unsigned n)
{
    pc_gap_store *st = g->store;
    if (n <= sizeof st->block / sizeof st->block[0] - st->used) {
        pc_gap_change *c = st->block + st->used;
        st->used += n;
        return c;
    }
    pc_gap_spill *b = pc_xmalloc(sizeof *b + n * sizeof b->changes[0]);
    b->next = st->spill;
    st->spill = b;
    return b->changes;
}

static void option_push(const gap_ctx *g, pc_gap_option *o, const pc_gap_change *c)
{
    if (o->count == o->room) {
        unsigned room = o->room ? o->room * 2 : 2;
        pc_gap_change *changes = store_alloc(g, room);
        if (o->count)
            memcpy(changes, o->changes, o->count * sizeof *changes);
        o->changes = changes;
        o->room = room;
    }
    o->changes[o->count++] = *c;
}

/* A copy with room for extra more changes. */
static pc_gap_option option_copy(const gap_ctx *g, const pc_gap_option *o, unsigned extra)
{
    pc_gap_option c = *o;
    c.room = o->count + extra;
    c.changes = c.room ? store_alloc(g, c.room) : NULL;
    if (o->count)
        memcpy(c.changes, o->changes, o->count * sizeof *o->changes);
    return c;
}

static unsigned provides(const pc_gap_option *o)
{
    unsigned n = 0;
    for (unsigned i = 0; i < o->count; i++)
        n += o->changes[i].from.type == PC_NIL;
    return n;
}

/* How far a count or an amount moves (0 for other values). */
static uint64_t distance(const pc_gap_change *c)
{
    int64_t from, to;
    if (c->pick.type == PC_INT && c->from.type == PC_INT)
        from = c->from.u.i, to = c->pick.u.i;
    else if (c->pick.type == PC_MONEY && c->from.type == PC_MONEY)
        from = c->from.u.fen, to = c->pick.u.fen;
    else
        return 0;
    return to > from ? (uint64_t)to - (uint64_t)from : (uint64_t)from - (uint64_t)to;
}

/* Of two options changing the same field, the one that moves it less. */
static int nearer(const pc_gap_option *a, const pc_gap_option *b)
{
    int a_less = 0, b_less = 0;
    for (unsigned i = 0; i < a->count; i++)
        for (unsigned j = 0; j < b->count; j++)
            if (a->changes[i].field == b->changes[j].field) {
                uint64_t da = distance(&a->changes[i]), db = distance(&b->changes[j]);
                a_less |= da < db;
                b_less |= db < da;
            }
    return a_less && !b_less ? -1 : b_less && !a_less ? 1 : 0;
}

/* Cheapest first: analysable before not, fewer changes, then more of them
 * data to provide (the subject may already meet them), then smaller moves of
 * the same fields. */
static int option_cmp(const pc_gap_option *a, const pc_gap_option *b)
{
    if (!a->check != !b->check)
        return a->check ? 1 : -1;
    if (a->count != b->count)
        return a->count < b->count ? -1 : 1;
    unsigned pa = provides(a), pb = provides(b);
    if (pa != pb)
        return pa > pb ? -1 : 1;
    return nearer(a, b);
}

static int option_same(const pc_gap_option *a, const pc_gap_option *b)
{
    if (a->count != b->count || a->check != b->check)
        return 0;
    for (unsigned i = 0; i < a->count; i++) {
        unsigned j = 0;
        while (j < b->count && !(a->changes[i].field == b->changes[j].field && a->changes[i].op == b->changes[j].op &&
                                 pc_value_same(&a->changes[i].pick, &b->changes[j].pick)))
            j++;
        if (j == b->count)
            return 0;
    }
    return 1;
}

/* Adds an option in cost order, dropping a duplicate and the most costly
 * beyond MAX_OPTIONS (their changes stay in the store until pc_gap_free). */
static void list_add(optlist *l, pc_gap_option o)
{
    for (unsigned i = 0; i < l->n; i++)
        if (option_same(&l->o[i], &o))
            return;
    unsigned at = l->n;
    while (at > 0 && option_cmp(&o, &l->o[at - 1]) < 0)
        at--;
    if (at == MAX_OPTIONS)
        return;
    if (l->n == MAX_OPTIONS)
        l->n--;
    memmove(&l->o[at + 1], &l->o[at], (l->n - at) * sizeof l->o[0]);
    l->o[at] = o;
    l->n++;
}

/* ---- a failing leaf: the nearest value that satisfies it ---- */

static const pc_field *field_of(const gap_ctx *g, int fi)
{
    return &g->rep->dict->fields[fi];
}

static int in_list(const pc_cond *k, const char *s)
{
    for (size_t i = 0; i < k->nvalues; i++)
        if (k->values[i].type == PC_STRING && strcmp(k->values[i].u.s, s) == 0)
            return 1;
    return 0;
}

/* The operand as a value of the field's type; -1 when it has none (a count
 * equal to 2.5). */
static int as_field_type(const pc_field *f, const pc_value *v, pc_value *out)
{
    *out = *v;
    if (f->def.type == PC_FIELD_NUMBER && v->type == PC_INT) {
        out->type = PC_NUMBER;
        out->u.n = (double)v->u.i;
    } else if ((f->def.type == PC_FIELD_COUNT || f->def.type == PC_FIELD_INT) && v->type == PC_NUMBER) {
        if (v->u.n != floor(v->u.n) || fabs(v->u.n) > 9e18)
            return -1;
        out->type = PC_INT;
        out->u.i = (int64_t)v->u.n;
    }
    if (f->def.type == PC_FIELD_COUNT && out->type == PC_INT && out->u.i < 0)
        return -1;
    return 0;
}

/* An integer bound: the least integer >= x (up) or the greatest <= x. */
static int int_bound(const pc_value *v, int up, int strict, int64_t *out)
{
    if (v->type == PC_INT) {
        int64_t n = v->u.i;
        if (strict && (up ? __builtin_add_overflow(n, 1, &n) : __builtin_sub_overflow(n, 1, &n)))
            return -1;
        *out = n;
        return 0;
    }
    double x = v->u.n;
    if (fabs(x) > 9e18)
        return -1;
    double b = up ? (strict ? floor(x) + 1 : ceil(x)) : (strict ? ceil(x) - 1 : floor(x));
    *out = (int64_t)b;
    return 0;
}

/* The first value of an enum that is not excluded; NULL when none. */
static const char *other_enum(const pc_field *f, const pc_cond *k)
{
    for (const char *const *ev = f->def.enum_values; ev && *ev; ev++)
        if (!in_list(k, *ev))
            return *ev;
    return NULL;
}

size_t pc_gap_others(const pc_field *f, const pc_cond *leaf, const char **out, size_t n)
{
    size_t count = 0;
    for (const char *const *ev = f->def.enum_values; ev && *ev; ev++)
        if (!in_list(leaf, *ev) && count < n)
            out[count++] = *ev;
    return count;
}

/* The change a leaf needs to hold (neg: to fail); -1 when no value can. */
static int leaf_change(const gap_ctx *g, const pc_cond_result *n, int neg, pc_gap_change *c)
{
    const pc_cond *k = n->cond;
    const pc_field *f = field_of(g, k->field);
    memset(c, 0, sizeof *c);
    c->field = k->field;
    c->from = n->actual;
    c->leaf = k;
    c->negated = neg;
    pc_cond_op op = k->op;
    if (neg) {
        static const pc_cond_op opposite[PC_C_COUNT] = {
            [PC_C_IS] = PC_C_ISNT, [PC_C_ISNT] = PC_C_IS, [PC_C_GT] = PC_C_LE, [PC_C_GE] = PC_C_LT,
            [PC_C_LT] = PC_C_GE,   [PC_C_LE] = PC_C_GT,   [PC_C_EQ] = PC_C_EQ, [PC_C_ONE_OF] = PC_C_ONE_OF};
        op = opposite[op];
    }
    if (op == PC_C_IS || op == PC_C_ISNT) {
        c->op = PC_GOP_EQ;
        c->to.type = c->pick.type = PC_BOOL;
        c->to.u.b = c->pick.u.b = op == PC_C_IS;
        return 0;
    }
    if (op == PC_C_ONE_OF) {
        c->op = neg ? PC_GOP_NOT_ONE_OF : PC_GOP_ONE_OF;
        if (!neg)
            return as_field_type(f, &k->values[0], &c->pick) == 0 || k->nvalues > 1 ? 0 : -1;
        if (f->def.type != PC_FIELD_ENUM)
            return 0;   /* no pick: the list says what to avoid */
        const char *other = other_enum(f, k);
        if (!other)
            return -1;
        c->pick.type = PC_STRING;
        c->pick.u.s = other;
        return 0;
    }
    const pc_value *v = &k->values[0];
    if (op == PC_C_EQ) {
        c->to = *v;
        if (!neg) {
            c->op = PC_GOP_EQ;
            return as_field_type(f, v, &c->pick);
        }
        c->op = PC_GOP_NE;
        switch (v->type) {
        case PC_BOOL:
            c->op = PC_GOP_EQ;
            c->pick.type = PC_BOOL;
            c->to.u.b = c->pick.u.b = !v->u.b;
            return 0;
        case PC_STRING:
            if (f->def.type == PC_FIELD_ENUM && other_enum(f, k)) {
                c->pick.type = PC_STRING;
                c->pick.u.s = other_enum(f, k);
            }
            return 0;
        case PC_MONEY:
            c->pick = *v;
            return __builtin_add_overflow(v->u.fen, 1, &c->pick.u.fen) ? -1 : 0;
        case PC_INT:
            c->pick = *v;
            if (f->def.type == PC_FIELD_NUMBER) {
                c->pick.type = PC_NUMBER;
                c->pick.u.n = (double)v->u.i + 1;
                return 0;
            }
            return __builtin_add_overflow(v->u.i, 1, &c->pick.u.i) ? -1 : 0;
        default:
            return 0;
        }
    }
    int up = op == PC_C_GT || op == PC_C_GE, strict = op == PC_C_GT || op == PC_C_LT;
    c->to = *v;
    c->op = up ? (strict ? PC_GOP_GT : PC_GOP_GE) : (strict ? PC_GOP_LT : PC_GOP_LE);
    switch (f->def.type) {
    case PC_FIELD_COUNT:
    case PC_FIELD_INT: {
        int64_t b;
        if (int_bound(v, up, strict, &b) != 0 || (f->def.type == PC_FIELD_COUNT && b < 0))
            return -1;
        c->op = up ? PC_GOP_GE : PC_GOP_LE;
        c->to.type = c->pick.type = PC_INT;
        c->to.u.i = c->pick.u.i = b;
        return 0;
    }
    case PC_FIELD_MONEY: {
        int64_t fen = v->u.fen;
        if (strict && (up ? __builtin_add_overflow(fen, 1, &fen) : __builtin_sub_overflow(fen, 1, &fen)))
            return -1;
        if (fen < 0)
            return -1;   /* money is never negative */
        c->op = up ? PC_GOP_GE : PC_GOP_LE;
        c->to.u.fen = c->pick.u.fen = fen;
        c->pick.type = PC_MONEY;
        return 0;
    }
    default:
        /* a rate: the bound itself, exactly; a strict one has no nearest value */
        if (!strict)
            return as_field_type(f, v, &c->pick);
        return 0;
    }
}

/* ---- the options of a node ---- */

static void need(const gap_ctx *g, unsigned i, int neg, optlist *out);

/* Merges b's changes into a; -1 when a field would need two values no one
 * value meets. */
static int merge(const gap_ctx *g, pc_gap_option *a, const pc_gap_option *b)
{
    for (unsigned j = 0; j < b->count; j++) {
        const pc_gap_change *c = &b->changes[j];
        unsigned i = 0;
        while (i < a->count && a->changes[i].field != c->field)
            i++;
        if (i == a->count) {
            option_push(g, a, c);
            continue;
        }
        pc_gap_change *d = &a->changes[i];
        if (d->leaf == c->leaf && d->negated == c->negated)
            continue;
        if (d->pick.type == PC_NIL || c->pick.type == PC_NIL)
            return -1;
        int d_meets_c = (pc_eval_test(c->leaf, &d->pick) == PC_T_TRUE) != c->negated;
        int c_meets_d = (pc_eval_test(d->leaf, &c->pick) == PC_T_TRUE) != d->negated;
        if (d_meets_c)
            continue;
        if (!c_meets_d)
            return -1;
        *d = *c;
    }
    if (b->check && !a->check)
        a->check = b->check;
    return 0;
}

/* Every child must hold: the cheapest combinations of their options. */
static void need_every(const gap_ctx *g, unsigned i, int neg, optlist *out)
{
    const pc_cond_result *n = &g->nodes[i];
    out->n = 0;
    list_add(out, (pc_gap_option){NULL, 0, 0, NULL});
    unsigned end = i + n->size, j = i + 1;
    while (j < end && out->n) {
        /* only o[0..n) is read: no need to clear the rest */
        optlist kid, next;
        next.n = 0;
        need(g, j, neg, &kid);
        for (unsigned a = 0; a < out->n; a++)
            for (unsigned b = 0; b < kid.n; b++) {
                pc_gap_option o = option_copy(g, &out->o[a], kid.o[b].count);
                if (merge(g, &o, &kid.o[b]) == 0)
                    list_add(&next, o);
            }
        *out = next;
        j += g->nodes[j].size;
    }
}

/* Some child must hold: each child's options. */
static void need_some(const gap_ctx *g, unsigned i, int neg, optlist *out)
{
    const pc_cond_result *n = &g->nodes[i];
    out->n = 0;
    for (unsigned j = i + 1; j < i + n->size; j += g->nodes[j].size) {
        optlist kid;
        need(g, j, neg, &kid);
        for (unsigned b = 0; b < kid.n; b++)
            list_add(out, kid.o[b]);
    }
}

/* The options that make node i true (neg: false), cheapest first; none
 * when no value can. */
static void need(const gap_ctx *g, unsigned i, int neg, optlist *out)
{
    const pc_cond_result *n = &g->nodes[i];
    const pc_cond *k = n->cond;
    out->n = 0;
    switch (k->op) {
    case PC_C_ALL:
        if (neg)
            need_some(g, i, neg, out);
        else
            need_every(g, i, neg, out);
        return;
    case PC_C_ANY:
        if (neg)
            need_every(g, i, neg, out);
        else
            need_some(g, i, neg, out);
        return;
    case PC_C_NO:
        need(g, i + 1, !neg, out);
        return;
    default:
        break;
    }
    pc_outcome want = neg ? PC_T_FALSE : PC_T_TRUE;
    if (n->outcome == want) {
        list_add(out, (pc_gap_option){NULL, 0, 0, NULL});
        return;
    }
    if (k->op == PC_C_CHECK) {
        list_add(out, (pc_gap_option){NULL, 0, 0, k});
        return;
    }
    pc_gap_change c;
    if (leaf_change(g, n, neg, &c) != 0)
        return;
    pc_gap_option o = {NULL, 0, 0, NULL};
    option_push(g, &o, &c);
    list_add(out, o);
}

/* ---- verification: the item's trees again, with the changed values ---- */

static const pc_gap_change *changed(const pc_gap_option *o, int field)
{
    for (unsigned i = 0; i < o->count; i++)
        if (o->changes[i].field == field)
            return &o->changes[i];
    return NULL;
}

static pc_outcome reeval(const gap_ctx *g, unsigned i, const pc_gap_option *o)
{
    const pc_cond_result *n = &g->nodes[i];
    const pc_cond *k = n->cond;
    switch (k->op) {
    case PC_C_ALL:
    case PC_C_ANY: {
        unsigned seen = 0;
        for (unsigned j = i + 1; j < i + n->size; j += g->nodes[j].size)
            seen |= PC_SEEN(reeval(g, j, o));
        return pc_eval_group(k->op, seen);
    }
    case PC_C_NO: return pc_eval_not(reeval(g, i + 1, o));
    case PC_C_CHECK:
        for (size_t j = 0; j < k->nfields; j++)
            if (changed(o, k->fields[j]))
                return PC_T_UNKNOWN;   /* the rule's function is not run again */
        return (pc_outcome)n->outcome;
    default: {
        const pc_gap_change *c = changed(o, k->field);
        if (!c)
            return (pc_outcome)n->outcome;
        if (c->pick.type != PC_NIL)
            return pc_eval_test(k, &c->pick);
        /* no exact value (a rate above a bound): it meets its own leaf only */
        if (c->leaf == k)
            return c->negated ? PC_T_FALSE : PC_T_TRUE;
        return PC_T_UNKNOWN;
    }
    }
}

/* ---- a result ---- */

static int has_note(const pc_report *rep, const pc_result *r, pc_note_id id)
{
    for (unsigned i = 0; i < r->notes.count; i++)
        if (rep->notes.items[r->notes.first + i].id == id)
            return 1;
    return 0;
}

void pc_gap_free(pc_gap *g)
{
    for (pc_gap_spill *b = g->store.spill, *next; b; b = next) {
        next = b->next;
        free(b);
    }
    g->store.spill = NULL;
    g->store.used = 0;
    g->noptions = 0;
    g->kind = PC_GAP_NONE;
}

void pc_gap_of(const pc_report *rep, const pc_result *r, pc_gap *gap)
{
    gap->kind = PC_GAP_NONE;
    gap->noptions = 0;
    gap->check = NULL;
    gap->store.used = 0;
    gap->store.spill = NULL;
    const pc_item *it = r->item;
    if (it->kind == PC_ITEM_TARGET)
        return;
    if (r->status == PC_S_NOT_APPLICABLE && has_note(rep, r, PC_NOTE_YEAR_BEFORE_PLAN)) {
        gap->kind = PC_GAP_OUTSIDE_PERIOD;
        return;
    }
    if (r->status != PC_S_INELIGIBLE && r->status != PC_S_NON_COMPLIANT && r->status != PC_S_UNKNOWN &&
        r->status != PC_S_NOT_APPLICABLE)
        return;
    gap_ctx g = {rep, rep->conds.items, &gap->store};
    /* the roots: who it applies to, and what it requires */
    unsigned applies = 0, main = 0, end = r->conds.first + r->conds.count;
    int has_applies = 0, has_main = 0;
    for (unsigned i = r->conds.first; i < end; i += g.nodes[i].size) {
        if (g.nodes[i].role == PC_ROLE_APPLIES && !has_applies)
            applies = i, has_applies = 1;
        else if ((g.nodes[i].role == PC_ROLE_ELIGIBLE || g.nodes[i].role == PC_ROLE_REQUIRES) && !has_main)
            main = i, has_main = 1;
    }
    unsigned root;
    if (r->status == PC_S_NOT_APPLICABLE || (r->status == PC_S_UNKNOWN && !has_main)) {
        if (!has_applies)
            return;
        root = applies;
        gap->kind = r->status == PC_S_NOT_APPLICABLE ? PC_GAP_ADDRESSEES : PC_GAP_PROVIDE_FIRST;
        has_main = 0;   /* what it requires was not evaluated */
    } else {
        if (!has_main)
            return;
        root = main;
        gap->kind = PC_GAP_CHANGE;
    }
    optlist l;
    need(&g, root, 0, &l);
    /* keep what decides the result favourably; a check{} that would have to
     * change is remembered to say so */
    for (unsigned i = 0; i < l.n; i++) {
        pc_gap_option *o = &l.o[i];
        int ok = !o->check && reeval(&g, root, o) == PC_T_TRUE &&
                 (!has_applies || root == applies || reeval(&g, applies, o) == PC_T_TRUE);
        if (o->check && !gap->check)
            gap->check = o->check;
        if (ok)
            gap->options[gap->noptions++] = *o;
    }
    if (!gap->noptions) {
        gap->kind = gap->check ? PC_GAP_NOT_ANALYSABLE : PC_GAP_IMPOSSIBLE;
        return;
    }
    if (gap->kind != PC_GAP_CHANGE)
        return;
    unsigned missing = provides(&gap->options[0]), count = gap->options[0].count;
    if (missing)
        gap->kind = missing == count ? PC_GAP_PROVIDE : PC_GAP_PROVIDE_AND_CHANGE;
}
