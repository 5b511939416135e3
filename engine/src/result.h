/*
 * result.h -- the result model: what evaluation found, as data (eval.c,
 * eval_target.c fill it; the writers out_*.c present it).  No text is made
 * here: a condition records its field, operator, operands, the value read and
 * the outcome; an amount its steps, cap and what was received; a target its
 * baseline, series and notes with their years.
 */
#ifndef PC_RESULT_H
#define PC_RESULT_H

#include "plancheck/plancheck.h"
#include "plancheck/plugin.h"
#include "buf.h"
#include "plan.h"
#include "vocab.h"

#define PC_X_S(id, ...) PC_S_##id,
typedef enum pc_status { PC_STATUSES(PC_X_S) PC_S_COUNT } pc_status;
#undef PC_X_S
#define PC_X_R(id, ...) PC_ROLE_##id,
typedef enum pc_role { PC_ROLES(PC_X_R) PC_ROLE_COUNT } pc_role;
#undef PC_X_R
#define PC_X_T(id, ...) PC_T_##id,
typedef enum pc_outcome { PC_OUTCOMES(PC_X_T) PC_T_COUNT } pc_outcome;
#undef PC_X_T

extern const char *const pc_status_name_table[PC_S_COUNT], *const pc_status_zh[PC_S_COUNT],
    *const pc_status_en[PC_S_COUNT], *const pc_status_mark[PC_S_COUNT];
extern const char *const pc_role_name[PC_ROLE_COUNT], *const pc_role_zh[PC_ROLE_COUNT],
    *const pc_role_en[PC_ROLE_COUNT];
extern const char *const pc_outcome_name[PC_T_COUNT];
const char *pc_status_name(pc_status s);

/* One node of a condition tree, in preorder: a leaf (a field compared), a
 * group (all_of, any_of, not) or a check{}. */
typedef struct pc_cond_result {
    const pc_cond *cond;     /* op, field, operands, a check's label */
    pc_value actual;         /* a leaf's value as read; PC_NIL when missing */
    unsigned char role, outcome;
    unsigned size;           /* this node and its descendants */
} pc_cond_result;

/* One leaf of an amount formula, in preorder of the formula. */
typedef struct pc_amount_step {
    const pc_amount *node;   /* fixed, per_item or rate */
    int64_t count;           /* per_item: the field's count; rate: the base in fen */
    int64_t fen;             /* what the step yields */
    unsigned char has_count, has_fen;
} pc_amount_step;

/* How far an amount could be computed. */
typedef enum pc_amount_state {
    PC_AMOUNT_NOT_EVALUATED, /* not eligible: only the cap is known */
    PC_AMOUNT_NOT_FIXED,     /* the plan fixes no amount */
    PC_AMOUNT_OK,
    PC_AMOUNT_UNSET,         /* a parameter the plan leaves open is not configured */
    PC_AMOUNT_MISSING,       /* a field it counts is missing */
    PC_AMOUNT_OVERFLOW       /* beyond int64 fen: the record fails */
} pc_amount_state;

/* A year of a target's series. */
typedef struct pc_point {
    int year;
    unsigned char has_actual, has_expected, money;
    double actual, expected;
    int64_t actual_fen;
} pc_point;

/* What a remaining year of a target must reach (needed.c): the measure on
 * the straight line from the latest known value to the target at the due
 * year (every_year: the target itself), and, where the measure is not the
 * metric itself, the metric's figure that gives it at the known
 * denominator (per 10k, share, ratio to a year), the year's own figure
 * (cumulative) or the figure over the reference year (新增). */
typedef struct pc_needed {
    int year;
    pc_q value;
    int has_figure, has_denominator, money;
    pc_q figure, denominator;
    int denominator_year;
} pc_needed;

/* What the writers word about a target or an item (messages.h has the
 * words, PC_MSG_NOTE_<ID>, taking the note's integers a, b, c in order). */
#define PC_NOTES(X) \
    X(NOT_REACHED_IN) \
    X(NOT_ABOVE_PREVIOUS) \
    X(REPORTED_ONLY) \
    X(REACHED_IN) \
    X(ALREADY_REACHED) \
    X(NO_DATA_FOR_DUE) \
    X(NO_BASELINE) \
    X(ONLY_BASELINE) \
    X(NOTHING_COUNTED) \
    X(FAILED_EVERY_YEAR) \
    X(LINE) \
    X(YEAR_BEFORE_PLAN) \
    X(NOT_EXACT)

#define PC_X_N(id) PC_NOTE_##id,
typedef enum pc_note_id { PC_NOTES(PC_X_N) PC_NOTE_COUNT } pc_note_id;
#undef PC_X_N

typedef struct pc_note {
    unsigned char id;
    int a, b, c;
} pc_note;

typedef struct pc_strlist {
    char **items;
    size_t count, cap;
    pc_arena *arena;      /* where items are copied; NULL: each is malloc'ed */
} pc_strlist;

void pc_strlist_add(pc_strlist *l, const char *s);
/* Empties the list, keeping its storage. */
void pc_strlist_clear(pc_strlist *l);
int pc_strlist_has(const pc_strlist *l, const char *s);
void pc_strlist_free(pc_strlist *l);

/* Whether two values are the same: of one type and equal (two absent ones are). */
int pc_value_same(const pc_value *a, const pc_value *b);

/* A span of one of the report's pools. */
typedef struct pc_span {
    unsigned first, count;
} pc_span;

typedef struct pc_result {
    const pc_plan *plan;
    const pc_item *item;
    pc_status status;
    pc_span conds, steps, notes, points, needed;
    /* subsidies */
    pc_amount_state amount_state;
    int has_amount, has_before_cap, has_cap, capped, priority;
    int64_t amount_fen;        /* after the cap */
    int64_t before_cap_fen, cap_fen, received_fen, remaining_fen;
    int64_t exceeded_fen;      /* received beyond the cap */
    int received_year;         /* a cap per year: the year counted */
    /* targets */
    int has_actual, actual_is_money, has_progress, data_year;
    double actual, progress, expected, target;
    int has_expected, has_target;   /* has_target: a target value other than the item's */
    int64_t actual_fen;
    int has_baseline, baseline_has_value, baseline_money;
    double baseline_value;
    int64_t baseline_fen;
    pc_strlist missing;
} pc_result;

/* Warnings evaluation raises about a subject as a whole (worded by
 * PC_MSG_WARN_<ID>). */
#define PC_WARNINGS(X) \
    X(TEXT) \
    X(PART_OF) \
    X(NOT_ISSUED) \
    X(NOT_YET) \
    X(ENDED) \
    X(NO_PLAN_IN_FORCE) \
    X(NO_PLAN_ISSUED) \
    X(ENDS_SOON)

/* ENDS_SOON: a plan in force ending within this many days of the as-of date. */
#define PC_ENDS_SOON_DAYS 90

#define PC_X_W(id) PC_WARN_##id,
typedef enum pc_warning_id { PC_WARNINGS(PC_X_W) PC_WARN_COUNT } pc_warning_id;
#undef PC_X_W

typedef struct pc_warning {
    pc_warning_id id;
    const pc_plan *plan;
    pc_date date;
    const char *text;          /* TEXT: already worded (region replacements) */
    int days;                  /* ENDS_SOON: days from the as-of date to the end */
} pc_warning;

#endif /* PC_RESULT_H */
