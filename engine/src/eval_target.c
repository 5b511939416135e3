/*
 * eval_target.c -- a region's figures against a plan's targets.  Measures
 * are exact rationals (counts, fen, decimals as written), so "met" is never
 * decided by a floating-point edge; the straight line from the baseline to
 * the target is exact too.  A target that is a figure of its due year is met
 * only on that year's figure; cumulative and 新增 counts, which cannot fall
 * back, are met once reached.  docs/dsl.md states the semantics.
 */
#include "internal.h"
#include "eval.h"
#include "judge.h"

#include <string.h>

static int q_sign(pc_q q)
{
    return (q.n > 0) - (q.n < 0);
}

typedef struct measured {
    int ok, money, inexact;
    pc_q q;
    int64_t fen;
} measured;

static const pc_value *region_value(const pc_ev *v, int fi, int year)
{
    int idx = pc_ev_field(v, fi)->index;
    for (size_t i = 0; i < v->s->nyears; i++)
        if (v->s->years[i].year == year)
            return v->s->years[i].values[idx].type != PC_NIL ? &v->s->years[i].values[idx] : NULL;
    return NULL;
}

/* A metric of the region at year-end `year`: from the region's data, else
 * from a reference figure its plugin carries (population, district counts).
 * r collects what is missing (may be NULL). */
static int number_of(const pc_ev *v, int fi, int year, pc_q *out, pc_result *r)
{
    const pc_value *val = region_value(v, fi, year);
    if (!val) {
        const pc_reference *ref = pc_regions_reference(&v->ctx->engine->regions, v->region, pc_ev_field(v, fi)->index, year);
        if (ref && pc_q_from_double(ref->value, out) == 0)
            return 0;
        if (r) {
            char name[160];
            snprintf(name, sizeof name, "%s@%d", pc_ev_field(v, fi)->def.name, year);
            pc_eval_add_missing(r, name);
        }
        return -1;
    }
    return pc_eval_q(val, out);
}

static int population_field(const pc_ev *v)
{
    return pc_dict_find(&v->ctx->engine->dict, PC_SUBJECT_REGION, "population_10k");
}

/* The item's metric at year-end y: the sum of its metrics, also in fen
 * when they are money. */
static int metric_at(const pc_ev *v, int y, pc_result *r, measured *m)
{
    const pc_item *it = v->item;
    int ok = 1;
    m->q = PC_Q_INT(0);
    m->fen = 0;
    for (int i = 0; i < it->nmetrics; i++) {
        pc_q part;
        if (number_of(v, it->metrics[i], y, &part, r) != 0) {
            ok = 0;
            continue;
        }
        if (pc_q_add(m->q, part, &m->q) != 0)
            m->inexact = 1;
        const pc_value *val = region_value(v, it->metrics[i], y);
        if (val && val->type == PC_MONEY && __builtin_add_overflow(m->fen, val->u.fen, &m->fen))
            m->inexact = 1;
    }
    return ok ? 0 : -1;
}

static int is_count_up(const pc_item *it)
{
    return it->measure == PC_M_CUMULATIVE || it->measure == PC_M_NEW_SINCE;
}

/* The first year whose figure a target counts. */
static int first_counted_year(const pc_ev *v)
{
    const pc_item *it = v->item;
    if (it->measure == PC_M_CUMULATIVE)
        return v->plan->first_year;
    if (it->measure == PC_M_NEW_SINCE)
        return it->ref_year + 1;
    return v->plan->baseline_year;
}

static int quotient(pc_q x, pc_q d, pc_q *out)
{
    return q_sign(d) == 0 ? -1 : pc_q_div(x, d, out);
}

/* The item's measure at year-end y; r collects what is missing (may be NULL). */
static measured measure(const pc_ev *v, int y, pc_result *r)
{
    const pc_item *it = v->item;
    measured m, d;
    memset(&m, 0, sizeof m);
    memset(&d, 0, sizeof d);
    int money = pc_ev_field(v, it->metric)->def.type == PC_FIELD_MONEY;
    int ok = 1;
    switch (it->measure) {
    case PC_M_PLAIN:
        ok = metric_at(v, y, r, &m) == 0;
        m.money = money;
        break;
    case PC_M_PER_10K: {
        ok = metric_at(v, y, r, &m) == 0;
        pc_q pop;
        ok &= number_of(v, population_field(v), y, &pop, r) == 0;
        ok = ok && q_sign(pop) > 0 && quotient(m.q, pop, &m.q) == 0;
        break;
    }
    case PC_M_SHARE: {
        ok = metric_at(v, y, r, &m) == 0;
        pc_q whole;
        ok &= number_of(v, it->other, y, &whole, r) == 0;
        ok = ok && quotient(m.q, whole, &m.q) == 0;
        break;
    }
    case PC_M_RATIO_TO_YEAR:
        ok = metric_at(v, y, r, &m) == 0;
        ok &= metric_at(v, it->ref_year, r, &d) == 0;
        ok = ok && quotient(m.q, d.q, &m.q) == 0;
        break;
    case PC_M_GROWTH: {
        ok = metric_at(v, y, r, &m) == 0;
        ok &= metric_at(v, y - 1, r, &d) == 0;
        pc_q diff;
        /* 100 (x - d) / d, exactly: 2500 -> 2750 is 10, not 10.000000000000009 */
        ok = ok && pc_q_sub(m.q, d.q, &diff) == 0 && quotient(diff, d.q, &m.q) == 0 &&
             pc_q_mul(m.q, PC_Q_INT(100), &m.q) == 0;
        break;
    }
    case PC_M_CUMULATIVE: {
        pc_q sum = PC_Q_INT(0);
        int64_t fen = 0;
        if (y < v->plan->first_year)
            ok = 0;   /* nothing counted yet: no figure, not 0 */
        for (int k = v->plan->first_year; k <= y; k++) {
            measured part;
            memset(&part, 0, sizeof part);
            if (metric_at(v, k, r, &part) != 0) {
                ok = 0;
                continue;
            }
            if (pc_q_add(sum, part.q, &sum) != 0 || __builtin_add_overflow(fen, part.fen, &fen))
                m.inexact = 1;
        }
        m.q = sum;
        m.fen = fen;
        m.money = money;
        break;
    }
    case PC_M_NEW_SINCE:
        ok = y > it->ref_year && metric_at(v, y, r, &m) == 0;
        ok &= metric_at(v, it->ref_year, r, &d) == 0;
        ok = ok && pc_q_sub(m.q, d.q, &m.q) == 0 && !__builtin_sub_overflow(m.fen, d.fen, &m.fen);
        m.money = money;
        break;
    default:
        ok = 0;
    }
    m.inexact |= d.inexact;
    m.ok = ok && !m.inexact;
    return m;
}

static pc_q target_q(const pc_item *it)
{
    pc_q t;
    if (pc_q_from_double(it->value, &t) != 0)
        t = PC_Q_INT(0);
    return t;
}

/* Whether a measure satisfies the target in year y; *known is 0 when the
 * comparison needs a figure that is missing. */
static int satisfied(const pc_ev *v, pc_q actual, int y, pc_result *r, int *known)
{
    const pc_item *it = v->item;
    pc_q t = target_q(it), diff, room, tol;
    int res = 0;
    *known = 1;
    switch (it->compare) {
    case PC_CMP_AT_LEAST: res = pc_q_cmp(actual, t) >= 0; break;
    case PC_CMP_AT_MOST: res = pc_q_cmp(actual, t) <= 0; break;
    case PC_CMP_ABOUT:
        if (pc_q_sub(actual, t, &diff) != 0 || pc_q_from_double(it->tolerance, &tol) != 0 || pc_q_mul(tol, t, &room) != 0) {
            *known = 0;
            return 0;
        }
        if (q_sign(diff) < 0)
            diff.n = -diff.n;
        if (q_sign(room) < 0)
            room.n = -room.n;
        res = pc_q_cmp(diff, room) <= 0;
        break;
    case PC_CMP_ABOVE: {
        pc_q o;
        if (number_of(v, it->other, y, &o, r) != 0) {
            *known = 0;
            return 0;
        }
        res = pc_q_cmp(actual, o) > 0;
        break;
    }
    default: break;
    }
    return res;
}

static void set_actual(pc_result *r, const measured *m, int year)
{
    r->has_actual = 1;
    r->actual = pc_q_double(m->q);
    r->actual_is_money = m->money;
    r->actual_fen = m->fen;
    r->data_year = year;
}

static void set_progress(const pc_ev *v, pc_result *r, int y)
{
    const pc_item *it = v->item;
    double target = it->value;
    if (it->compare == PC_CMP_ABOVE) {
        pc_q o;
        if (number_of(v, it->other, y, &o, NULL) != 0)
            return;
        /* The bar an "above" target must clear is the other metric's value. */
        target = pc_q_double(o);
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

/* The start of the straight line: the baseline year's figure (0 for counts
 * since the period began, 1 for a ratio to a year).  -1 when unknown. */
static int line_base(const pc_ev *v, pc_q *base, pc_result *r)
{
    const pc_item *it = v->item;
    if (is_count_up(it)) {
        *base = PC_Q_INT(0);
        return 0;
    }
    if (it->measure == PC_M_RATIO_TO_YEAR) {
        *base = PC_Q_INT(1);
        return 0;
    }
    measured b = measure(v, v->plan->baseline_year, r);
    *base = b.q;
    return b.ok ? 0 : -1;
}

/* The straight line's value at year y. */
static int line_at(const pc_ev *v, pc_q base, int y, pc_q *out)
{
    const pc_item *it = v->item;
    int span = it->due - v->plan->baseline_year;
    pc_q t = target_q(it), rise;
    if (span <= 0) {
        *out = t;
        return 0;
    }
    pc_q frac;
    if (pc_q_div(PC_Q_INT(y - v->plan->baseline_year), PC_Q_INT(span), &frac) != 0 || pc_q_sub(t, base, &rise) != 0 ||
        pc_q_mul(rise, frac, &rise) != 0)
        return -1;
    return pc_q_add(base, rise, out);
}

/* baseline {year, value} and one point per year from the baseline year to
 * the last year judged, for a chart drawn from the output alone. */
static void add_series(pc_ev *v, pc_result *r, int last)
{
    const pc_item *it = v->item;
    pc_q base;
    int has_base = line_base(v, &base, NULL) == 0;
    r->has_baseline = 1;
    if (has_base) {
        r->baseline_has_value = 1;
        r->baseline_value = pc_q_double(base);
        r->baseline_money = pc_ev_field(v, it->metric)->def.type == PC_FIELD_MONEY && !is_count_up(it) &&
                            it->measure == PC_M_PLAIN;
        pc_q fen;
        if (r->baseline_money && (pc_q_mul(base, PC_Q_INT(100), &fen) != 0 || fen.d != 1))
            r->baseline_money = 0;
        else if (r->baseline_money)
            r->baseline_fen = fen.n;
    }
    r->points.first = v->rep->points.count;
    for (int y = v->plan->baseline_year; y <= last; y++) {
        measured m = measure(v, y, NULL);
        pc_point *p = PC_POOL_ADD(v->rep->points);
        r->points.count++;
        p->year = y;
        if (m.ok) {
            p->has_actual = 1;
            p->actual = pc_q_double(m.q);
            p->money = (unsigned char)m.money;
            p->actual_fen = m.fen;
        }
        pc_q e;
        if (it->every_year) {
            p->has_expected = y >= v->plan->first_year && it->compare != PC_CMP_ABOVE;
            p->expected = it->value;
        } else if (has_base && it->compare != PC_CMP_ABOVE && line_at(v, base, y, &e) == 0) {
            p->has_expected = 1;
            p->expected = pc_q_double(e);
        }
    }
}

static void eval_every_year(pc_ev *v, pc_result *r, int last, int past_due)
{
    int fails = 0, gaps = 0, seen = 0, first_failed = 0;
    for (int y = v->plan->first_year; y <= last; y++) {
        measured m = measure(v, y, r);
        int known = 0, ok = m.ok ? satisfied(v, m.q, y, r, &known) : 0;
        if (!m.ok || !known) {
            gaps++;
            continue;
        }
        seen++;
        set_actual(r, &m, y);
        set_progress(v, r, y);
        if (!ok) {
            if (!fails)
                first_failed = y;
            fails++;
            pc_eval_note(v, r, PC_NOTE_NOT_REACHED_IN, y, 0, 0);
        }
    }
    if (fails) {
        /* A year that failed can never be made good. */
        r->status = PC_S_NOT_MET;
        if (!past_due)
            pc_eval_note(v, r, PC_NOTE_FAILED_EVERY_YEAR, first_failed, 0, 0);
    } else if (!seen || (past_due && gaps)) {
        r->status = PC_S_NO_DATA;
    } else {
        r->status = past_due ? PC_S_MET : PC_S_ON_TRACK;
    }
}

/* Before the due year: on the straight line from the baseline or behind it. */
static void judge_pace(pc_ev *v, pc_result *r, const measured *m, int year, int ok)
{
    const pc_item *it = v->item;
    if (ok && it->compare == PC_CMP_AT_LEAST) {
        if (is_count_up(it)) {
            r->status = PC_S_MET;
            pc_eval_note(v, r, PC_NOTE_REACHED_IN, year, 0, 0);
        } else {
            /* A figure of the due year can still fall back: not met yet. */
            r->status = PC_S_ON_TRACK;
            pc_eval_note(v, r, PC_NOTE_ALREADY_REACHED, year, it->due, 0);
        }
        return;
    }
    if (it->compare == PC_CMP_ABOVE) {
        r->status = ok ? PC_S_ON_TRACK : PC_S_BEHIND;
        return;
    }
    pc_q base, expected;
    if (line_base(v, &base, r) != 0) {
        r->status = PC_S_NO_DATA;
        pc_eval_note(v, r, PC_NOTE_NO_BASELINE, v->plan->baseline_year, 0, 0);
        return;
    }
    if (line_at(v, base, year, &expected) != 0) {
        r->status = PC_S_NO_DATA;
        pc_eval_note(v, r, PC_NOTE_NOT_EXACT, 0, 0, 0);
        return;
    }
    r->expected = pc_q_double(expected);
    r->has_expected = 1;
    int c = pc_q_cmp(m->q, expected);
    int on_line = it->compare == PC_CMP_AT_MOST ? c <= 0 : c >= 0;
    if (it->compare == PC_CMP_ABOUT && ok)
        on_line = 1;
    r->status = on_line ? PC_S_ON_TRACK : PC_S_BEHIND;
    pc_eval_note(v, r, PC_NOTE_LINE, v->plan->baseline_year, it->due, year);
}

static void eval_target_inner(pc_ev *v, pc_result *r, int last, int past_due)
{
    const pc_item *it = v->item;
    if (it->every_year) {
        eval_every_year(v, r, last, past_due);
        return;
    }
    /* The latest year up to `last` whose measure (and comparison) is known;
     * what the year `last` lacks is recorded as missing. */
    measured m;
    memset(&m, 0, sizeof m);
    int lowest = first_counted_year(v);
    int year = last, ok = 0, known = 0;
    for (; year >= lowest && year > last - 50; year--) {
        pc_result *sink = year == last ? r : NULL;
        m = measure(v, year, sink);
        if (m.ok)
            ok = satisfied(v, m.q, year, sink, &known);
        if (m.ok && known)
            break;
    }
    if (!m.ok || !known || year < lowest) {
        r->status = PC_S_NO_DATA;
        if (is_count_up(it) && last < lowest)
            pc_eval_note(v, r, PC_NOTE_NOTHING_COUNTED, lowest, 0, 0);
        return;
    }
    set_actual(r, &m, year);
    set_progress(v, r, year);
    if (past_due) {
        if (year == it->due) {
            r->status = ok ? PC_S_MET : PC_S_NOT_MET;
        } else {
            r->status = PC_S_NO_DATA;
            pc_eval_note(v, r, PC_NOTE_NO_DATA_FOR_DUE, it->due, year, 0);
        }
        return;
    }
    if (year == v->plan->baseline_year && !is_count_up(it)) {
        /* The starting point alone says nothing about the pace. */
        r->status = PC_S_NO_DATA;
        pc_eval_note(v, r, PC_NOTE_ONLY_BASELINE, year, 0, 0);
        return;
    }
    pc_strlist_clear(&r->missing);
    judge_pace(v, r, &m, year, ok);
}

int pc_eval_target_measure(const pc_ev *v, int year, pc_q *out)
{
    measured m = measure(v, year, NULL);
    *out = m.q;
    return m.ok ? 0 : -1;
}

int pc_eval_target_metric(const pc_ev *v, int fi, int year, pc_q *out)
{
    if (fi < 0) {
        measured m;
        memset(&m, 0, sizeof m);
        int rc = metric_at(v, year, NULL, &m);
        *out = m.q;
        return rc || m.inexact ? -1 : 0;
    }
    return number_of(v, fi, year, out, NULL);
}

void pc_eval_target(pc_ev *v, pc_result *r)
{
    const pc_item *it = v->item;
    if (it->exact) {
        /* the constructs judge.c owns: one-sided about, increasing, report,
         * unions, sums as denominators, ranges from a stated year */
        pc_judge j = {v->ctx->engine, v->s, v->region, v->plan, it, v->as_of, v->rep};
        pc_judge_target(&j, r);
        return;
    }
    int as_of_year = PC_DATE_YEAR(v->as_of);
    /* Year-end figures of year y are known from 31 December of y. */
    int known_year = v->as_of >= PC_DATE(as_of_year, 12, 31) ? as_of_year : as_of_year - 1;
    int past_due = known_year >= it->due;
    int last = known_year < it->due ? known_year : it->due;
    eval_target_inner(v, r, last, past_due);
    add_series(v, r, last);
    if (!past_due)
        pc_eval_needed(v, r);
}
