/*
 * eval_target.c -- a region's figures against a plan's targets, every
 * measure and comparison of docs/dsl.md in one evaluator.  Measures are
 * exact rationals (counts, fen, decimals as written) and comparisons
 * cross-multiplications, so "met" is never decided by a floating-point
 * edge; the straight line from the baseline to the target is exact too.
 *
 * A figure of year y is known from 31 December of y.  Past the due year the
 * due year's figure decides; before it a floor reached on a cumulative or
 * 新增 count is met (a count cannot fall back), a figure reached early is on
 * track, and otherwise the straight line from the baseline decides.  An
 * every_year or increasing target is not_met as soon as one year of its
 * range failed.  A report target is never judged: not_judged.
 */
#include "internal.h"
#include "eval.h"

#include <string.h>

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

/* sum of list - sum of minus, at year-end y (every part's absence recorded). */
static int sum_at(const pc_ev *v, const int *list, int n, const int *minus, int nminus, int y, pc_result *r, pc_q *out)
{
    int ok = 1;
    *out = PC_Q_INT(0);
    for (int i = 0; i < n + nminus; i++) {
        pc_q part;
        if (number_of(v, i < n ? list[i] : minus[i - n], y, &part, r) != 0) {
            ok = 0;
            continue;
        }
        if (ok && (i < n ? pc_q_add(*out, part, out) : pc_q_sub(*out, part, out)) != 0)
            return -1;
    }
    return ok ? 0 : -1;
}

/* The item's metric at year-end y: its metrics summed, less its minus list. */
static int metric_at(const pc_ev *v, int y, pc_result *r, pc_q *out)
{
    const pc_item *it = v->item;
    return sum_at(v, it->metrics, it->nmetrics, it->minus, it->nminus, y, r, out);
}

static int population_field(const pc_ev *v)
{
    return pc_dict_find(&v->ctx->engine->dict, PC_SUBJECT_REGION, "population_10k");
}

static int is_count_up(const pc_item *it)
{
    return it->measure == PC_M_CUMULATIVE || it->measure == PC_M_NEW_SINCE;
}

/* The first year of a cumulative sum or of an every_year range. */
static int first_year(const pc_ev *v)
{
    return v->item->from ? v->item->from : v->plan->first_year;
}

/* The first year whose figure a target counts. */
static int first_counted_year(const pc_ev *v)
{
    const pc_item *it = v->item;
    if (it->measure == PC_M_CUMULATIVE)
        return first_year(v);
    if (it->measure == PC_M_NEW_SINCE)
        return it->ref_year + 1;
    return v->plan->baseline_year;
}

static int quotient(int ok, pc_q x, pc_q d, pc_q *out)
{
    return ok && d.n != 0 ? pc_q_div(x, d, out) : -1;
}

/* The item's measure at year-end y; r collects what is missing (may be NULL). */
static int measure(const pc_ev *v, int y, pc_result *r, pc_q *out)
{
    const pc_item *it = v->item;
    pc_q x, d;
    int ok;
    switch (it->measure) {
    case PC_M_PLAIN:
        return metric_at(v, y, r, out);
    case PC_M_PER_10K:
        ok = metric_at(v, y, r, &x) == 0;
        ok &= number_of(v, population_field(v), y, &d, r) == 0;
        return quotient(ok && d.n > 0, x, d, out);
    case PC_M_SHARE: {
        const int *den = it->nothers ? it->others : &it->other;
        ok = metric_at(v, y, r, &x) == 0;
        ok &= sum_at(v, den, it->nothers ? it->nothers : 1, NULL, 0, y, r, &d) == 0;
        return quotient(ok, x, d, out);
    }
    case PC_M_RATIO_TO_YEAR:
        ok = metric_at(v, y, r, &x) == 0;
        ok &= metric_at(v, it->ref_year, r, &d) == 0;
        return quotient(ok, x, d, out);
    case PC_M_GROWTH: {
        ok = metric_at(v, y, r, &x) == 0;
        ok &= metric_at(v, y - 1, r, &d) == 0;
        pc_q diff;
        /* 100 (x - d) / d, exactly: 2500 -> 2750 is 10, not 10.000000000000009 */
        return ok && pc_q_sub(x, d, &diff) == 0 && quotient(1, diff, d, out) == 0 && pc_q_mul(*out, PC_Q_INT(100), out) == 0
                   ? 0
                   : -1;
    }
    case PC_M_CUMULATIVE:
        ok = y >= first_year(v);   /* nothing counted yet: no figure, not 0 */
        *out = PC_Q_INT(0);
        for (int k = first_year(v); k <= y; k++) {
            if (metric_at(v, k, r, &x) != 0)
                ok = 0;
            else if (ok && pc_q_add(*out, x, out) != 0)
                return -1;
        }
        return ok ? 0 : -1;
    case PC_M_NEW_SINCE:
        ok = y > it->ref_year && metric_at(v, y, r, &x) == 0;
        ok &= metric_at(v, it->ref_year, r, &d) == 0;
        return ok ? pc_q_sub(x, d, out) : -1;
    default:
        return -1;
    }
}

/* The bar the measure must clear (or stay under) at year y. */
static int threshold(const pc_ev *v, int y, pc_result *r, pc_q *out)
{
    const pc_item *it = v->item;
    pc_q one = PC_Q_INT(1), f;
    switch (it->compare) {
    case PC_CMP_AT_LEAST_ABOUT:
        return pc_q_sub(one, it->tolerance_q, &f) || pc_q_mul(it->value_q, f, out) ? -1 : 0;
    case PC_CMP_AT_MOST_ABOUT:
        return pc_q_add(one, it->tolerance_q, &f) || pc_q_mul(it->value_q, f, out) ? -1 : 0;
    case PC_CMP_ABOVE:
        return number_of(v, it->other, y, out, r);
    default:
        *out = it->value_q;
        return 0;
    }
}

/* Whether measure m of year y satisfies the target: 1 met, 0 not, -1
 * unknown (a figure the comparison needs is missing). */
static int holds(const pc_ev *v, pc_q m, int y, pc_result *r)
{
    const pc_item *it = v->item;
    pc_q bar, lo, hi, t;
    if (it->compare == PC_CMP_INCREASING) {
        if (measure(v, y - 1, r, &bar) != 0)
            return -1;
        if (pc_q_cmp(m, bar) <= 0)
            return 0;
        if (!it->has_min_growth)
            return 1;
        pc_q f;
        if (pc_q_add(PC_Q_INT(1), it->min_growth_q, &f) || pc_q_mul(bar, f, &t))
            return -1;
        return pc_q_cmp(m, t) >= 0;
    }
    if (threshold(v, y, r, &bar) != 0)
        return -1;
    switch (it->compare) {
    case PC_CMP_AT_LEAST:
    case PC_CMP_AT_LEAST_ABOUT: return pc_q_cmp(m, bar) >= 0;
    case PC_CMP_AT_MOST:
    case PC_CMP_AT_MOST_ABOUT: return pc_q_cmp(m, bar) <= 0;
    case PC_CMP_ABOVE: return pc_q_cmp(m, bar) > 0;
    case PC_CMP_ABOUT:
        if (pc_q_mul(it->value_q, it->tolerance_q, &t) || pc_q_sub(it->value_q, t, &lo) || pc_q_add(it->value_q, t, &hi))
            return -1;
        return pc_q_cmp(m, lo) >= 0 && pc_q_cmp(m, hi) <= 0;
    default: return -1;
    }
}

static int is_floor(const pc_item *it)
{
    return it->compare == PC_CMP_AT_LEAST || it->compare == PC_CMP_AT_LEAST_ABOUT;
}

static int is_ceiling(const pc_item *it)
{
    return it->compare == PC_CMP_AT_MOST || it->compare == PC_CMP_AT_MOST_ABOUT;
}

/* A measure in money: the figure itself in fen when it is a whole fen. */
static int money_fen(const pc_ev *v, pc_q m, int64_t *fen)
{
    const pc_item *it = v->item;
    pc_q f;
    if (pc_ev_field(v, it->metric)->def.type != PC_FIELD_MONEY ||
        (it->measure != PC_M_PLAIN && !is_count_up(it)) || pc_q_mul(m, PC_Q_INT(100), &f) != 0 || f.d != 1)
        return 0;
    *fen = f.n;
    return 1;
}

static void set_actual(const pc_ev *v, pc_result *r, pc_q m, int y)
{
    r->has_actual = 1;
    r->actual = pc_q_double(m);
    r->actual_is_money = money_fen(v, m, &r->actual_fen);
    r->data_year = y;
}

/* progress: actual / target (target / actual for a ceiling); the bar of an
 * increasing target is the year before, of an above target the other metric. */
static void set_progress(const pc_ev *v, pc_result *r, pc_q m, int y)
{
    const pc_item *it = v->item;
    pc_q bar, p;
    if (it->compare == PC_CMP_REPORT)
        return;
    if (it->compare == PC_CMP_INCREASING || it->compare == PC_CMP_ABOVE) {
        if ((it->compare == PC_CMP_INCREASING ? measure(v, y - 1, NULL, &bar) : number_of(v, it->other, y, &bar, NULL)) != 0)
            return;
        r->has_target = 1;
        r->target = pc_q_double(bar);
    } else {
        bar = it->value_q;
    }
    if (is_ceiling(it) ? m.n != 0 && pc_q_div(bar, m, &p) == 0 : bar.n != 0 && pc_q_div(m, bar, &p) == 0) {
        r->progress = pc_q_double(p);
        r->has_progress = 1;
    }
}

/* The start of the straight line: the baseline year's figure (a count since
 * the period began: 0 the year before it; a ratio to a year: 1).  -1 when
 * unknown. */
static int line_start(const pc_ev *v, pc_result *r, int *from, pc_q *base)
{
    const pc_item *it = v->item;
    *from = it->measure == PC_M_CUMULATIVE ? first_year(v) - 1 : v->plan->baseline_year;
    if (is_count_up(it) || it->measure == PC_M_RATIO_TO_YEAR) {
        *base = PC_Q_INT(it->measure == PC_M_RATIO_TO_YEAR);
        return 0;
    }
    return measure(v, *from, r, base);
}

int pc_eval_target_line(const pc_ev *v, int from, pc_q base, int y, pc_q *out)
{
    const pc_item *it = v->item;
    pc_q bar, diff, part;
    if (threshold(v, it->due, NULL, &bar) != 0 || it->due <= from)
        return -1;
    if (pc_q_sub(bar, base, &diff) || pc_q_mul(diff, PC_Q_INT(y - from), &part) ||
        pc_q_div(part, PC_Q_INT(it->due - from), &part) || pc_q_add(base, part, out))
        return -1;
    return 0;
}

/* baseline {year, value} and one point per year from the baseline year to
 * the last year judged, for a chart drawn from the output alone. */
static void add_series(pc_ev *v, pc_result *r, int last)
{
    const pc_item *it = v->item;
    int from;
    pc_q base, m, e;
    int has_base = line_start(v, NULL, &from, &base) == 0;
    r->has_baseline = 1;
    if (has_base) {
        r->baseline_has_value = 1;
        r->baseline_value = pc_q_double(base);
        r->baseline_money = it->measure == PC_M_PLAIN && money_fen(v, base, &r->baseline_fen);
    }
    int line = !it->every_year && it->compare != PC_CMP_REPORT && it->compare != PC_CMP_ABOVE;
    int bar = it->every_year && it->compare != PC_CMP_INCREASING && it->compare != PC_CMP_ABOVE;
    r->points.first = v->rep->points.count;
    for (int y = v->plan->baseline_year; y <= last; y++) {
        pc_point *p = PC_POOL_ADD(v->rep->points);
        r->points.count++;
        p->year = y;
        if (measure(v, y, NULL, &m) == 0) {
            p->has_actual = 1;
            p->actual = pc_q_double(m);
            p->money = (unsigned char)money_fen(v, m, &p->actual_fen);
        }
        if ((bar && y >= first_year(v) && threshold(v, y, NULL, &e) == 0) ||
            (line && has_base && y >= from && pc_eval_target_line(v, from, base, y, &e) == 0)) {
            p->has_expected = 1;
            p->expected = pc_q_double(e);
        }
    }
}

/* every_year, increasing: each year of the range must hold. */
static void judge_years(pc_ev *v, pc_result *r, int last, int past_due)
{
    const pc_item *it = v->item;
    int fails = 0, gaps = 0, seen = 0, first_failed = 0;
    for (int y = first_year(v); y <= last; y++) {
        pc_q m, prev;
        int ok = measure(v, y, r, &m) == 0 ? holds(v, m, y, r) : -1;
        if (ok < 0 && it->compare == PC_CMP_INCREASING)
            measure(v, y - 1, r, &prev);   /* what the comparison lacks, too */
        if (ok < 0) {
            gaps++;
            continue;
        }
        seen++;
        set_actual(v, r, m, y);
        set_progress(v, r, m, y);
        if (!ok) {
            if (!fails)
                first_failed = y;
            fails++;
            if (it->compare == PC_CMP_INCREASING)
                pc_eval_note(v, r, PC_NOTE_NOT_ABOVE_PREVIOUS, y, y - 1, 0);
            else
                pc_eval_note(v, r, PC_NOTE_NOT_REACHED_IN, y, 0, 0);
        }
    }
    if (fails) {
        /* A year that failed can never be made good. */
        r->status = PC_S_NOT_MET;
        pc_strlist_clear(&r->missing);
        if (!past_due)
            pc_eval_note(v, r, PC_NOTE_FAILED_EVERY_YEAR, first_failed, 0, 0);
    } else if (!seen || (past_due && gaps)) {
        r->status = PC_S_NO_DATA;
    } else {
        r->status = past_due ? PC_S_MET : PC_S_ON_TRACK;
        if (past_due)
            pc_strlist_clear(&r->missing);
    }
}

/* Before the due year: reached early, or on the straight line from the
 * baseline or behind it. */
static void judge_pace(pc_ev *v, pc_result *r, pc_q m, int year, int ok)
{
    const pc_item *it = v->item;
    if (ok && is_floor(it)) {
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
    int from;
    pc_q base, expected;
    if (line_start(v, r, &from, &base) != 0) {
        r->status = PC_S_NO_DATA;
        pc_eval_note(v, r, PC_NOTE_NO_BASELINE, v->plan->baseline_year, 0, 0);
        return;
    }
    if (pc_eval_target_line(v, from, base, year, &expected) != 0) {
        r->status = PC_S_NO_DATA;
        pc_eval_note(v, r, PC_NOTE_NOT_EXACT, 0, 0, 0);
        return;
    }
    r->expected = pc_q_double(expected);
    r->has_expected = 1;
    int c = pc_q_cmp(m, expected);
    int on_line = is_ceiling(it) ? c <= 0 : c >= 0;
    if (it->compare == PC_CMP_ABOUT && ok)
        on_line = 1;
    r->status = on_line ? PC_S_ON_TRACK : PC_S_BEHIND;
    pc_eval_note(v, r, PC_NOTE_LINE, from, it->due, year);
}

/* A target judged on one year's figure: the latest year up to `last` whose
 * measure (and comparison) is known; what the year `last` lacks is recorded
 * as missing. */
static void judge_once(pc_ev *v, pc_result *r, int last, int past_due)
{
    const pc_item *it = v->item;
    int lowest = first_counted_year(v);
    pc_q m = PC_Q_INT(0);
    int year = last, ok = -1;
    for (; year >= lowest && year > last - 50; year--) {
        pc_result *sink = year == last ? r : NULL;
        if (measure(v, year, sink, &m) != 0)
            continue;
        if (it->compare == PC_CMP_REPORT || (ok = holds(v, m, year, sink)) >= 0)
            break;
    }
    if (year < lowest || year <= last - 50) {
        r->status = PC_S_NO_DATA;
        if (is_count_up(it) && last < lowest)
            pc_eval_note(v, r, PC_NOTE_NOTHING_COUNTED, lowest, 0, 0);
        return;
    }
    set_actual(v, r, m, year);
    set_progress(v, r, m, year);
    if (it->compare == PC_CMP_REPORT) {
        r->status = PC_S_NOT_JUDGED;
        pc_strlist_clear(&r->missing);
        pc_eval_note(v, r, PC_NOTE_REPORTED_ONLY, 0, 0, 0);
        return;
    }
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
    judge_pace(v, r, m, year, ok);
}

int pc_eval_target_measure(const pc_ev *v, int year, pc_q *out)
{
    return measure(v, year, NULL, out);
}

int pc_eval_target_metric(const pc_ev *v, int fi, int year, pc_q *out)
{
    return fi < 0 ? metric_at(v, year, NULL, out) : number_of(v, fi, year, out, NULL);
}

void pc_eval_target(pc_ev *v, pc_result *r)
{
    const pc_item *it = v->item;
    int as_of_year = PC_DATE_YEAR(v->as_of);
    /* Year-end figures of year y are known from 31 December of y. */
    int known_year = v->as_of >= PC_DATE(as_of_year, 12, 31) ? as_of_year : as_of_year - 1;
    int past_due = known_year >= it->due;
    int last = known_year < it->due ? known_year : it->due;
    if (it->every_year)
        judge_years(v, r, last, past_due);
    else
        judge_once(v, r, last, past_due);
    add_series(v, r, last);
    if (!past_due)
        pc_eval_needed(v, r);
}
