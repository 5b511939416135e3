/*
 * judge.c -- judges the targets dsl.c marks `exact` (docs/dsl.md, "Targets
 * judged exactly"): every measure is an exact rational (counts, fen, the
 * decimal a data file wrote) and every comparison a cross-multiplication.
 *
 * A figure of year y is known from 31 December of y.  Past the due year
 * the due year's figure decides; before it a floor reached on a cumulative
 * sum is met (a sum cannot fall back), a figure reached early is on track,
 * and otherwise the straight line from the baseline decides.  An
 * every_year or increasing target is not_met as soon as one year of its
 * range failed.  A report target is never judged: not_judged.
 */
#include "internal.h"
#include "judge.h"

#include <string.h>

/* The value of metric fi at year-end y: the region's data, else its
 * plugin's reference figure; -1 (and fi@y in r's missing) when neither. */
static int value_at(const pc_judge *j, int fi, int y, pc_result *r, pc_q *out)
{
    const pc_field *f = &j->e->dict.fields[fi];
    for (size_t i = 0; i < j->s->nyears; i++) {
        if (j->s->years[i].year != y)
            continue;
        const pc_value *v = &j->s->years[i].values[f->index];
        if (v->type == PC_INT)
            return *out = PC_Q_INT(v->u.i), 0;
        if (v->type == PC_MONEY)
            return pc_q_div(PC_Q_INT(v->u.fen), PC_Q_INT(100), out);
        if (v->type == PC_NUMBER)
            return pc_q_from_double(v->u.n, out);
        break;
    }
    const pc_reference *ref = pc_regions_reference(&j->e->regions, j->region, f->index, y);
    if (ref && pc_q_from_double(ref->value, out) == 0)
        return 0;
    if (r) {
        char name[160];
        snprintf(name, sizeof name, "%s@%d", f->def.name, y);
        if (!pc_strlist_has(&r->missing, name))
            pc_strlist_add(&r->missing, name);
    }
    return -1;
}

/* sum of list - sum of minus, at year-end y. */
static int sum_at(const pc_judge *j, const int *list, int n, const int *minus, int nminus, int y, pc_result *r, pc_q *out)
{
    int ok = 1;
    *out = PC_Q_INT(0);
    for (int i = 0; i < n + nminus; i++) {
        pc_q part;
        if (value_at(j, i < n ? list[i] : minus[i - n], y, r, &part) != 0) {
            ok = 0;
            continue;
        }
        if (ok && (i < n ? pc_q_add(*out, part, out) : pc_q_sub(*out, part, out)) != 0)
            return -1;
    }
    return ok ? 0 : -1;
}

static int population(const pc_judge *j)
{
    return pc_dict_find(&j->e->dict, PC_SUBJECT_REGION, "population_10k");
}

static int first_year(const pc_judge *j)
{
    return j->item->from ? j->item->from : j->plan->first_year;
}

/* The item's measure at year-end y. */
static int measure_at(const pc_judge *j, int y, pc_result *r, pc_q *out)
{
    const pc_item *it = j->item;
    pc_q x, d;
    switch (it->measure) {
    case PC_M_PLAIN:
        return sum_at(j, it->metrics, it->nmetrics, it->minus, it->nminus, y, r, out);
    case PC_M_PER_10K: {
        int p = population(j);
        int ok = sum_at(j, it->metrics, it->nmetrics, it->minus, it->nminus, y, r, &x) == 0;
        ok &= p >= 0 && value_at(j, p, y, r, &d) == 0;
        return ok && d.n > 0 ? pc_q_div(x, d, out) : -1;
    }
    case PC_M_SHARE: {
        const int *den = it->nothers ? it->others : &it->other;
        int nden = it->nothers ? it->nothers : 1;
        int ok = sum_at(j, it->metrics, it->nmetrics, it->minus, it->nminus, y, r, &x) == 0;
        ok &= sum_at(j, den, nden, NULL, 0, y, r, &d) == 0;
        return ok && d.n != 0 ? pc_q_div(x, d, out) : -1;
    }
    case PC_M_CUMULATIVE: {
        int ok = 1;
        *out = PC_Q_INT(0);
        for (int k = first_year(j); k <= y; k++) {
            if (sum_at(j, it->metrics, it->nmetrics, it->minus, it->nminus, k, r, &x) != 0)
                ok = 0;
            else if (ok && pc_q_add(*out, x, out) != 0)
                return -1;
        }
        return ok ? 0 : -1;
    }
    default:
        return -1;   /* dsl.c refuses the other measures for exact items */
    }
}

/* The bar the measure must clear (or stay under) at year y. */
static int threshold(const pc_judge *j, int y, pc_result *r, pc_q *out)
{
    const pc_item *it = j->item;
    pc_q one = PC_Q_INT(1), f;
    switch (it->compare) {
    case PC_CMP_AT_LEAST_ABOUT:
        return pc_q_sub(one, it->tolerance_q, &f) || pc_q_mul(it->value_q, f, out) ? -1 : 0;
    case PC_CMP_AT_MOST_ABOUT:
        return pc_q_add(one, it->tolerance_q, &f) || pc_q_mul(it->value_q, f, out) ? -1 : 0;
    case PC_CMP_ABOVE:
        return value_at(j, it->other, y, r, out);
    default:
        *out = it->value_q;
        return 0;
    }
}

/* 1 met, 0 not, -1 unknown. */
static int holds(const pc_judge *j, pc_q m, int y, pc_result *r)
{
    const pc_item *it = j->item;
    pc_q bar, lo, hi, t;
    if (it->compare == PC_CMP_INCREASING) {
        if (measure_at(j, y - 1, r, &bar) != 0)
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
    if (threshold(j, y, r, &bar) != 0)
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

static int is_money(const pc_judge *j)
{
    const pc_item *it = j->item;
    return j->e->dict.fields[it->metric].def.type == PC_FIELD_MONEY &&
           (it->measure == PC_M_PLAIN || it->measure == PC_M_CUMULATIVE);
}

static void set_actual(const pc_judge *j, pc_result *r, pc_q m, int y)
{
    r->has_actual = 1;
    r->actual = pc_q_double(m);
    r->data_year = y;
    pc_q fen;
    r->actual_is_money = is_money(j) && pc_q_mul(m, PC_Q_INT(100), &fen) == 0 && fen.d == 1;
    if (r->actual_is_money)
        r->actual_fen = fen.n;
}

/* progress: actual / target (target / actual for a ceiling); the bar of an
 * increasing target is the year before. */
static void set_progress(const pc_judge *j, pc_result *r, pc_q m, int y)
{
    const pc_item *it = j->item;
    pc_q bar, p;
    if (it->compare == PC_CMP_REPORT)
        return;
    if (it->compare == PC_CMP_INCREASING || it->compare == PC_CMP_ABOVE) {
        if ((it->compare == PC_CMP_INCREASING ? measure_at(j, y - 1, NULL, &bar) : value_at(j, it->other, y, NULL, &bar)) != 0)
            return;
        r->has_target = 1;
        r->target = pc_q_double(bar);
    } else {
        bar = it->value_q;
    }
    int ceiling = it->compare == PC_CMP_AT_MOST || it->compare == PC_CMP_AT_MOST_ABOUT;
    if (ceiling ? m.n != 0 && pc_q_div(bar, m, &p) == 0 : bar.n != 0 && pc_q_div(m, bar, &p) == 0) {
        r->progress = pc_q_double(p);
        r->has_progress = 1;
    }
}

static void judge_years(const pc_judge *j, pc_result *r, int last, int past_due)
{
    const pc_item *it = j->item;
    int fails = 0, gaps = 0, seen = 0;
    for (int y = first_year(j); y <= last; y++) {
        pc_q m, prev;
        int ok = measure_at(j, y, r, &m) == 0 ? holds(j, m, y, r) : -1;
        if (ok < 0 && it->compare == PC_CMP_INCREASING)
            measure_at(j, y - 1, r, &prev);   /* what the comparison lacks, too */
        if (ok < 0) {
            gaps++;
            continue;
        }
        seen++;
        set_actual(j, r, m, y);
        set_progress(j, r, m, y);
        if (!ok) {
            fails++;
            if (it->compare == PC_CMP_INCREASING)
                pc_report_note(j->rep, r, PC_NOTE_NOT_ABOVE_PREVIOUS, y, y - 1, 0);
            else
                pc_report_note(j->rep, r, PC_NOTE_NOT_REACHED_IN, y, 0, 0);
        }
    }
    if (fails) {
        r->status = PC_S_NOT_MET;   /* a failed year cannot be made good */
        pc_strlist_clear(&r->missing);
    } else if (!seen || (past_due && gaps)) {
        r->status = PC_S_NO_DATA;
    } else {
        r->status = past_due ? PC_S_MET : PC_S_ON_TRACK;
        if (past_due)
            pc_strlist_clear(&r->missing);
    }
}

/* The straight line from the baseline to the bar at the due year, at y. */
static int line_at(const pc_judge *j, int y, pc_result *r, pc_q *out, int *from)
{
    const pc_item *it = j->item;
    pc_q base, bar, span, step;
    if (it->measure == PC_M_CUMULATIVE) {
        *from = first_year(j) - 1;
        base = PC_Q_INT(0);
    } else {
        *from = j->plan->baseline_year;
        if (measure_at(j, *from, r, &base) != 0)
            return -1;
    }
    if (threshold(j, it->due, NULL, &bar) != 0 || it->due <= *from)
        return -1;
    span = PC_Q_INT(it->due - *from);
    step = PC_Q_INT(y - *from);
    pc_q diff, part;
    if (pc_q_sub(bar, base, &diff) || pc_q_mul(diff, step, &part) || pc_q_div(part, span, &part) ||
        pc_q_add(base, part, out))
        return -1;
    return 0;
}

static void judge_once(const pc_judge *j, pc_result *r, int last, int past_due)
{
    const pc_item *it = j->item;
    int floor_year = it->measure == PC_M_CUMULATIVE ? first_year(j) : j->plan->baseline_year;
    pc_q m = PC_Q_INT(0);
    int year = last, ok = -1;
    for (; year >= floor_year && year > last - 50; year--) {
        if (measure_at(j, year, year == last ? r : NULL, &m) != 0)
            continue;
        if (it->compare == PC_CMP_REPORT || (ok = holds(j, m, year, year == last ? r : NULL)) >= 0)
            break;
    }
    if (year < floor_year || year <= last - 50) {
        r->status = PC_S_NO_DATA;
        return;
    }
    set_actual(j, r, m, year);
    set_progress(j, r, m, year);
    if (it->compare == PC_CMP_REPORT) {
        r->status = PC_S_NOT_JUDGED;
        pc_strlist_clear(&r->missing);
        pc_report_note(j->rep, r, PC_NOTE_REPORTED_ONLY, 0, 0, 0);
        return;
    }
    if (past_due) {
        if (year == it->due) {
            r->status = ok ? PC_S_MET : PC_S_NOT_MET;
        } else {
            r->status = PC_S_NO_DATA;
            pc_report_note(j->rep, r, PC_NOTE_NO_DATA_FOR_DUE, it->due, year, 0);
        }
        return;
    }
    pc_strlist_clear(&r->missing);
    int floor = it->compare == PC_CMP_AT_LEAST || it->compare == PC_CMP_AT_LEAST_ABOUT;
    if (ok) {
        if (floor && it->measure == PC_M_CUMULATIVE) {
            r->status = PC_S_MET;
            pc_report_note(j->rep, r, PC_NOTE_REACHED_CUMULATIVE, year, 0, 0);
        } else {
            r->status = PC_S_ON_TRACK;
            pc_report_note(j->rep, r, PC_NOTE_ALREADY_REACHED, year, it->due, 0);
        }
        return;
    }
    if (it->compare == PC_CMP_ABOVE) {
        r->status = PC_S_BEHIND;
        return;
    }
    pc_q expected;
    int from;
    if (line_at(j, year, r, &expected, &from) != 0) {
        r->status = PC_S_NO_DATA;
        pc_report_note(j->rep, r, PC_NOTE_NO_BASELINE, j->plan->baseline_year, 0, 0);
        return;
    }
    r->expected = pc_q_double(expected);
    r->has_expected = 1;
    int ceiling = it->compare == PC_CMP_AT_MOST || it->compare == PC_CMP_AT_MOST_ABOUT;
    int c = pc_q_cmp(m, expected);
    r->status = (ceiling ? c <= 0 : c >= 0) ? PC_S_ON_TRACK : PC_S_BEHIND;
    pc_report_note(j->rep, r, PC_NOTE_LINE, from, it->due, year);
}

/* baseline {year, value} and a point per year from the line's start to the
 * last year judged (the line: to the bar at the due year). */
static void judge_series(const pc_judge *j, pc_result *r, int last)
{
    const pc_item *it = j->item;
    int from = it->measure == PC_M_CUMULATIVE ? first_year(j) - 1 : j->plan->baseline_year;
    pc_q base = PC_Q_INT(0), m, e;
    r->has_baseline = 1;
    if (it->measure == PC_M_CUMULATIVE || measure_at(j, from, NULL, &base) == 0) {
        r->baseline_has_value = 1;
        r->baseline_value = pc_q_double(base);
    }
    r->points.first = j->rep->points.count;
    for (int y = j->plan->baseline_year; y <= last; y++) {
        pc_point *p = PC_POOL_ADD(j->rep->points);
        r->points.count++;
        p->year = y;
        if (measure_at(j, y, NULL, &m) == 0) {
            p->has_actual = 1;
            p->actual = pc_q_double(m);
        }
        int line_from;
        if (it->every_year || it->compare == PC_CMP_INCREASING || it->compare == PC_CMP_REPORT ||
            it->compare == PC_CMP_ABOVE) {
            pc_q bar;
            p->has_expected = it->every_year && it->compare != PC_CMP_INCREASING && it->compare != PC_CMP_ABOVE &&
                              it->compare != PC_CMP_REPORT && threshold(j, y, NULL, &bar) == 0;
            if (p->has_expected)
                p->expected = pc_q_double(bar);
        } else if (y >= from && line_at(j, y, NULL, &e, &line_from) == 0) {
            p->has_expected = 1;
            p->expected = pc_q_double(e);
        }
    }
}

void pc_judge_target(const pc_judge *j, pc_result *r)
{
    const pc_item *it = j->item;
    int as_of_year = PC_DATE_YEAR(j->as_of);
    int known_year = j->as_of >= PC_DATE(as_of_year, 12, 31) ? as_of_year : as_of_year - 1;
    int past_due = known_year >= it->due;
    int last = known_year < it->due ? known_year : it->due;
    if (it->every_year)
        judge_years(j, r, last, past_due);
    else
        judge_once(j, r, last, past_due);
    judge_series(j, r, last);
}
