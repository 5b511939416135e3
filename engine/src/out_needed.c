/*
 * out_needed.c -- what each remaining year of a target must reach
 * (needed.c), written: the result's "needed" list in JSON, a "needed:" line
 * in text.
 */
#include "internal.h"
#include "out.h"

void pc_out_needed_json(pc_buf *b, const pc_report *rep, const pc_result *r)
{
    if (!r->needed.count)
        return;
    pc_buf_puts(b, ",\"needed\":[");
    for (unsigned i = 0; i < r->needed.count; i++) {
        const pc_needed *n = &rep->needed.items[r->needed.first + i];
        pc_buf_printf(b, "%s{\"year\":%d,\"value\":", i ? "," : "", n->year);
        pc_buf_real(b, pc_q_double(n->value));
        if (n->has_figure) {
            pc_buf_puts(b, ",\"figure\":");
            pc_buf_real(b, pc_q_double(n->figure));
        }
        if (n->has_denominator) {
            pc_buf_puts(b, ",\"denominator\":");
            pc_buf_real(b, pc_q_double(n->denominator));
            pc_buf_printf(b, ",\"denominator_year\":%d", n->denominator_year);
        }
        pc_buf_putc(b, '}');
    }
    pc_buf_putc(b, ']');
}

/* A needed figure as a person reads it: money (to the fen, as needed.c
 * rounded it) with separators and the unit. */
static void figure_words(pc_buf *b, const pc_report *rep, pc_q q, int money)
{
    pc_q fen;
    if (money && pc_q_mul(q, PC_Q_INT(100), &fen) == 0 && fen.d == 1)
        pc_out_money_text(b, fen.n, rep->lang);
    else
        pc_out_real_text(b, pc_q_double(q));
}

void pc_out_needed_text(const pc_report *rep, const pc_result *r, pc_buf *b, pc_out_line emit, void *arg)
{
    if (!r->needed.count)
        return;
    const pc_item *it = r->item;
    const char *op = it->compare == PC_CMP_AT_MOST ? "≤" : it->compare == PC_CMP_ABOUT ? "≈" : "≥";
    b->len = 0;
    pc_buf_puts(b, MSG(rep, NEEDED));
    const pc_needed *first = &rep->needed.items[r->needed.first];
    for (unsigned i = 0; i < r->needed.count; i++) {
        pc_buf_printf(b, "%s%d %s ", i ? MSG(rep, GAP_AND) : "", first[i].year, op);
        figure_words(b, rep, first[i].value, first[i].money && pc_out_target_is_money(rep, it));
    }
    if (first->has_figure) {
        /* the metric's figures, in the same order */
        pc_buf_printf(b, MSG(rep, NEEDED_FIGURE), pc_field_label(pc_out_field(rep, it->metric), rep->lang));
        for (unsigned i = 0; i < r->needed.count; i++) {
            if (i)
                pc_buf_puts(b, MSG(rep, GAP_AND));
            figure_words(b, rep, first[i].figure, first[i].money);
        }
        pc_buf_puts(b, MSG(rep, NEEDED_CLOSE));
    }
    pc_out_emit(b, emit, arg);
}
