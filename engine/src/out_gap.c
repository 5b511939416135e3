/*
 * out_gap.c -- what it would take (gap.c), written: as JSON keys of a result
 * (gap, to_qualify, alternatives, check) and as text lines ("would be
 * eligible with: 国内发明专利授权量 ≥ 1 (now 0)").
 */
#include "internal.h"
#include "gap.h"
#include "out.h"

#include <stdlib.h>
#include <string.h>

#define MAX_OTHERS 64

static int is_list(const pc_gap_change *c)
{
    return c->op == PC_GOP_ONE_OF || c->op == PC_GOP_NOT_ONE_OF;
}

/* The values of a one_of (not_one_of: neg) change of a leaf on field f: the
 * rule's list, or for an enum to avoid, the values it leaves. */
static size_t list_values(const pc_field *f, const pc_cond *leaf, int neg, pc_value *out, size_t n)
{
    if (neg && f->def.type == PC_FIELD_ENUM) {
        const char *others[MAX_OTHERS];
        size_t count = pc_gap_others(f, leaf, others, n < MAX_OTHERS ? n : MAX_OTHERS);
        for (size_t i = 0; i < count; i++)
            out[i] = (pc_value){PC_STRING, {.s = others[i]}};
        return count;
    }
    size_t count = leaf->nvalues < n ? leaf->nvalues : n;
    memcpy(out, leaf->values, count * sizeof *out);
    return count;
}

/* per result of a batch: no printf */
static void json_op(pc_buf *b, pc_gap_op op)
{
#define PC_X_OP(id, name, symbol) {",\"op\":\"" name "\"}", sizeof(",\"op\":\"" name "\"}") - 1},
    static const struct {
        const char *s;
        size_t len;
    } ops[] = {PC_GAP_OPS(PC_X_OP)};
#undef PC_X_OP
    pc_buf_add(b, ops[op].s, ops[op].len);
}

/* ,"to":[..],"op":..} of a one_of leaf's change (neg: under a no(),
 * not_one_of): the plan's alone, made when it is compiled. */
static void json_list_to(pc_buf *b, const pc_field *f, const pc_cond *leaf, int neg)
{
    pc_value values[MAX_OTHERS];
    size_t n = list_values(f, leaf, neg, values, MAX_OTHERS);
    pc_buf_add(b, ",\"to\":[", 7);
    for (size_t i = 0; i < n; i++) {
        if (i)
            pc_buf_putc(b, ',');
        pc_out_json_value(b, &values[i]);
    }
    pc_buf_putc(b, ']');
    if (neg && f->def.type == PC_FIELD_ENUM)
        pc_buf_puts(b, ",\"op\":\"one_of\"}");   /* the values it leaves */
    else
        json_op(b, neg ? PC_GOP_NOT_ONE_OF : PC_GOP_ONE_OF);
}

void pc_out_gap_prepare(pc_cond *k, const pc_field *f)
{
    for (int neg = 0; neg < 2; neg++) {
        pc_buf b = {0};
        json_list_to(&b, f, k, neg);
        free(k->json_to[neg]);
        k->json_to_len[neg] = b.len;
        k->json_to[neg] = pc_buf_take(&b);
    }
}

static void json_change(pc_buf *b, const pc_report *rep, const pc_gap_change *c)
{
    int zh = rep->lang == PC_LANG_ZH;
    /* {"field":..,"label":..,"from": of the leaf (whose field it is), made
     * when the plan was compiled */
    pc_buf_add(b, c->leaf->json_change[zh], c->leaf->json_change_len[zh]);
    pc_out_json_value(b, &c->from);
    if (is_list(c)) {
        int neg = c->op == PC_GOP_NOT_ONE_OF;
        if (c->leaf->json_to[neg])
            pc_buf_add(b, c->leaf->json_to[neg], c->leaf->json_to_len[neg]);
        else
            json_list_to(b, pc_out_field(rep, c->field), c->leaf, neg);
        return;
    }
    pc_buf_add(b, ",\"to\":", 6);
    pc_out_json_value(b, &c->to);
    json_op(b, c->op);
}

static void json_option(pc_buf *b, const pc_report *rep, const pc_gap_option *o)
{
    pc_buf_putc(b, '[');
    for (unsigned i = 0; i < o->count; i++) {
        if (i)
            pc_buf_putc(b, ',');
        json_change(b, rep, &o->changes[i]);
    }
    pc_buf_putc(b, ']');
}

void pc_out_gap_json(pc_buf *b, const pc_report *rep, const pc_result *r)
{
    pc_gap g;
    pc_gap_of(rep, r, &g);
    if (g.kind == PC_GAP_NONE)
        return;
#define PC_X_GAP(id, name) {",\"gap\":\"" name "\",\"to_qualify\":", sizeof(",\"gap\":\"" name "\",\"to_qualify\":") - 1},
    static const struct {
        const char *s;
        size_t len;
    } kinds[] = {PC_GAPS(PC_X_GAP)};
#undef PC_X_GAP
    pc_buf_add(b, kinds[g.kind].s, kinds[g.kind].len);
    if (g.noptions)
        json_option(b, rep, &g.options[0]);
    else
        pc_buf_puts(b, "[]");
    pc_buf_puts(b, ",\"alternatives\":[");
    for (unsigned i = 1; i < g.noptions; i++) {
        if (i > 1)
            pc_buf_putc(b, ',');
        json_option(b, rep, &g.options[i]);
    }
    pc_buf_putc(b, ']');
    if (g.kind == PC_GAP_NOT_ANALYSABLE) {
        pc_buf_puts(b, ",\"check\":");
        pc_buf_json_string(b, rep->lang == PC_LANG_ZH ? g.check->label_zh : g.check->label_en);
    }
    pc_gap_free(&g);
}

/* ---- text ---- */

static void text_change(pc_buf *b, const pc_report *rep, const pc_gap_change *c)
{
    const pc_field *f = pc_out_field(rep, c->field);
    pc_buf_puts(b, pc_field_label(f, rep->lang));
    if (is_list(c)) {
        int leaves = c->op == PC_GOP_NOT_ONE_OF && f->def.type == PC_FIELD_ENUM;
        pc_buf_puts(b, c->op == PC_GOP_ONE_OF || leaves ? MSG(rep, GAP_ONE_OF) : MSG(rep, GAP_NOT_ONE_OF));
        pc_value values[MAX_OTHERS];
        size_t n = list_values(f, c->leaf, c->op == PC_GOP_NOT_ONE_OF, values, MAX_OTHERS);
        for (size_t i = 0; i < n; i++) {
            if (i)
                pc_buf_putc(b, '/');
            pc_out_value(b, f, &values[i], rep->lang);
        }
    } else {
        pc_buf_printf(b, " %s ", pc_gap_op_symbol[c->op]);
        pc_out_value(b, f, &c->to, rep->lang);
    }
    if (c->from.type == PC_NIL) {
        pc_buf_puts(b, MSG(rep, GAP_NOW_MISSING));
    } else {
        pc_buf now = {0};
        pc_out_value(&now, f, &c->from, rep->lang);
        pc_buf_printf(b, MSG(rep, GAP_NOW), now.data ? now.data : "");
        pc_buf_free(&now);
    }
}

static void text_option(pc_buf *b, const pc_report *rep, const pc_gap_option *o)
{
    for (unsigned i = 0; i < o->count; i++) {
        if (i)
            pc_buf_puts(b, MSG(rep, GAP_AND));
        text_change(b, rep, &o->changes[i]);
    }
}

void pc_out_gap_text(const pc_report *rep, const pc_result *r, pc_buf *b, pc_out_line out, void *arg)
{
    pc_gap g;
    pc_gap_of(rep, r, &g);
    b->len = 0;
    switch (g.kind) {
    case PC_GAP_NONE:
    case PC_GAP_OUTSIDE_PERIOD:
        break;
    case PC_GAP_NOT_ANALYSABLE:
        pc_buf_printf(b, MSG(rep, GAP_NOT_ANALYSABLE), rep->lang == PC_LANG_ZH ? g.check->label_zh : g.check->label_en);
        pc_out_emit(b, out, arg);
        break;
    case PC_GAP_IMPOSSIBLE:
        pc_buf_puts(b, MSG(rep, GAP_IMPOSSIBLE));
        pc_out_emit(b, out, arg);
        break;
    default:
        if (g.kind == PC_GAP_PROVIDE_AND_CHANGE) {
            pc_buf_puts(b, MSG(rep, GAP_DATA_CANNOT_HELP));
            pc_out_emit(b, out, arg);
        }
        pc_buf_puts(b, g.kind == PC_GAP_ADDRESSEES       ? MSG(rep, GAP_APPLIES_WITH)
                       : g.kind == PC_GAP_PROVIDE_FIRST  ? MSG(rep, GAP_PROVIDE_FIRST)
                       : r->item->kind == PC_ITEM_SUBSIDY ? MSG(rep, GAP_ELIGIBLE_WITH)
                                                          : MSG(rep, GAP_COMPLIANT_WITH));
        text_option(b, rep, &g.options[0]);
        pc_out_emit(b, out, arg);
        for (unsigned i = 1; i < g.noptions; i++) {
            pc_buf_puts(b, MSG(rep, GAP_OR_WITH));
            text_option(b, rep, &g.options[i]);
            pc_out_emit(b, out, arg);
        }
    }
    pc_gap_free(&g);
}
