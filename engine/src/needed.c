/*
 * needed.c -- what each remaining year of a target must reach, before its
 * due year, for a target that is behind or not yet met: the straight line
 * from the latest known value to the target at the due year (an every_year
 * target: the target itself, each year), in exact rationals.  Where the
 * measure is not the metric itself, the metric's figure that gives it: the
 * numerator at the latest known denominator (per 10,000 people, a share, a
 * ratio to a year), the year's own figure (a cumulative sum: what it adds),
 * or the figure of that year (新增: the reference year's figure plus the
 * increase).  A count needed is the next whole number, money the next fen
 * (rounded down for an at_most target).  The later constructs (it->exact) and
 * comparisons other than at_least, at_most and about get none.
 */
#include "internal.h"
#include "eval.h"

#include <string.h>

/* The least integer >= q (up) or the greatest <= q. */
static pc_q whole(pc_q q, int up)
{
    int64_t n = q.n / q.d, rem = q.n % q.d;
    if (rem && up && q.n > 0)
        n++;
    else if (rem && !up && q.n < 0)
        n--;
    return PC_Q_INT(n);
}

/* A figure of a count field to a whole number, of money to a fen. */
static int round_figure(const pc_field *f, int up, pc_q *q)
{
    if (f->def.type == PC_FIELD_COUNT || f->def.type == PC_FIELD_INT) {
        *q = whole(*q, up);
        return 0;
    }
    if (f->def.type == PC_FIELD_MONEY) {
        pc_q fen;
        if (pc_q_mul(*q, PC_Q_INT(100), &fen) != 0)
            return -1;
        return pc_q_div(whole(fen, up), PC_Q_INT(100), q);
    }
    return 0;
}

static int reached(const pc_item *it, pc_q actual, pc_q target)
{
    int c = pc_q_cmp(actual, target);
    return it->compare == PC_CMP_AT_MOST ? c <= 0 : it->compare == PC_CMP_AT_LEAST ? c >= 0 : c == 0;
}

/* The denominator of the measure at year y, and its year; -1 when none. */
static int denominator(const pc_ev *v, int y, pc_q *out, int *year)
{
    const pc_item *it = v->item;
    *year = y;
    switch (it->measure) {
    case PC_M_PER_10K:
        return pc_eval_target_metric(v, pc_dict_find(&v->ctx->engine->dict, PC_SUBJECT_REGION, "population_10k"), y,
                                     out);
    case PC_M_SHARE: return pc_eval_target_metric(v, it->other, y, out);
    case PC_M_RATIO_TO_YEAR:
    case PC_M_NEW_SINCE: *year = it->ref_year; return pc_eval_target_metric(v, -1, it->ref_year, out);
    default: return -1;
    }
}

void pc_eval_needed(pc_ev *v, pc_result *r)
{
    const pc_item *it = v->item;
    if (it->exact || (r->status != PC_S_BEHIND && r->status != PC_S_ON_TRACK) || !r->has_actual ||
        (it->compare != PC_CMP_AT_LEAST && it->compare != PC_CMP_AT_MOST && it->compare != PC_CMP_ABOUT) ||
        it->measure == PC_M_GROWTH || r->data_year >= it->due)
        return;
    pc_q actual, target = it->value_q, den = PC_Q_INT(0);
    int den_year = 0;
    if (pc_eval_target_measure(v, r->data_year, &actual) != 0)
        return;
    if (!it->every_year && reached(it, actual, target))
        return;   /* reached already: the due year's figure must hold, nothing more */
    int has_den = denominator(v, r->data_year, &den, &den_year) == 0;
    if (it->measure != PC_M_PLAIN && it->measure != PC_M_CUMULATIVE && !has_den)
        return;
    const pc_field *f = &v->ctx->engine->dict.fields[it->metric];
    int up = it->compare != PC_CMP_AT_MOST;
    unsigned first = v->rep->needed.count;
    pc_q previous = actual;
    for (int y = r->data_year + 1; y <= it->due; y++) {
        pc_q value = target;
        if (!it->every_year && pc_eval_target_line(v, r->data_year, actual, y, &value) != 0)
            goto inexact;
        pc_needed n;
        memset(&n, 0, sizeof n);
        n.year = y;
        n.money = f->def.type == PC_FIELD_MONEY;
        int ok = 0;
        switch (it->measure) {
        case PC_M_PLAIN:
            ok = round_figure(f, up, &value);
            break;
        case PC_M_CUMULATIVE:
            /* what the year adds: its own figure */
            ok = round_figure(f, up, &value) || pc_q_sub(value, previous, &n.figure);
            n.has_figure = 1;
            previous = value;
            break;
        case PC_M_NEW_SINCE:
            ok = round_figure(f, up, &value) || pc_q_add(value, den, &n.figure);
            n.has_figure = n.has_denominator = 1;
            break;
        default:   /* per 10k, share, ratio to a year: the numerator at the known denominator */
            ok = pc_q_mul(value, den, &n.figure) || round_figure(f, up, &n.figure);
            n.has_figure = n.has_denominator = 1;
        }
        if (ok)
            goto inexact;
        n.value = value;
        n.denominator = den;
        n.denominator_year = den_year;
        *PC_POOL_ADD(v->rep->needed) = n;
    }
    r->needed.first = first;
    r->needed.count = v->rep->needed.count - first;
    return;
inexact:
    /* beyond exact arithmetic: nothing claimed */
    v->rep->needed.count = first;
}
