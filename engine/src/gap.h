/*
 * gap.h -- what it would take (gap.c): from a result's condition trees, the
 * smallest change to the subject's data that makes an ineligible, unknown or
 * non-compliant result eligible or compliant (to_qualify), the other any{}
 * branches (alternatives), and what kind of answer that is.  Computed from
 * the result model; the writers word it (out_gap.c).
 */
#ifndef PC_GAP_H
#define PC_GAP_H

#include "report.h"

/* What kind of answer a gap is: X(ID, name). */
#define PC_GAPS(X)                                                                            \
    X(NONE, "none")                             /* nothing to change: decided favourably */   \
    X(CHANGE, "change")                         /* known values must change */                \
    X(PROVIDE, "provide")                       /* only missing data is needed */             \
    X(PROVIDE_AND_CHANGE, "provide_and_change") /* known values fail too: data alone cannot help */ \
    X(PROVIDE_FIRST, "provide_first")           /* whom it applies to is undecided */         \
    X(ADDRESSEES, "addressees")                 /* outside the addressees: only their definition */ \
    X(NOT_ANALYSABLE, "not_analysable")         /* a check{} decides: never guessed */        \
    X(IMPOSSIBLE, "impossible")                 /* no value of the fields meets the conditions */ \
    X(OUTSIDE_PERIOD, "outside_period")         /* data of a year before the plan's period */

#define PC_X_G(id, ...) PC_GAP_##id,
typedef enum pc_gap_kind { PC_GAPS(PC_X_G) PC_GAP_COUNT } pc_gap_kind;
#undef PC_X_G

/* The requirement a change meets, "field op to": X(ID, JSON op, symbol).
 * Counts and money are normalised to the nearest value (> 0 becomes >= 1,
 * > 100 yuan becomes >= 100.01 yuan), so `to` is then the value to give;
 * rates keep their exact bound. */
#define PC_GAP_OPS(X)                 \
    X(GE, ">=", "≥")                  \
    X(GT, ">", ">")                   \
    X(LE, "<=", "≤")                  \
    X(LT, "<", "<")                   \
    X(EQ, "=", "=")                   \
    X(NE, "!=", "≠")                  \
    X(ONE_OF, "one_of", "∈")          \
    X(NOT_ONE_OF, "not_one_of", "∉")

#define PC_X_GO(id, ...) PC_GOP_##id,
typedef enum pc_gap_op { PC_GAP_OPS(PC_X_GO) PC_GOP_COUNT } pc_gap_op;
#undef PC_X_GO

extern const char *const pc_gap_name[PC_GAP_COUNT], *const pc_gap_op_name[PC_GOP_COUNT],
    *const pc_gap_op_symbol[PC_GOP_COUNT];

typedef struct pc_gap_change {
    int field;              /* dictionary index */
    pc_gap_op op;
    pc_value from;          /* the value read; PC_NIL: to be provided */
    pc_value to;            /* the operand (one_of, not_one_of: unused) */
    pc_value pick;          /* a value meeting it (PC_NIL: none exact, a rate's > bound) */
    const pc_cond *leaf;    /* the condition it comes from (one_of: its list) */
    int negated;            /* under a no() */
} pc_gap_change;

typedef struct pc_gap_option {
    pc_gap_change *changes;  /* in the gap's store */
    unsigned count, room;
    const pc_cond *check;   /* set: a check{} would have to change (not analysable) */
} pc_gap_option;

/* Options kept: enough for the alternatives a person reads. */
#define PC_GAP_MAX_OPTIONS 8

/* The changes of every option considered for a result, freed at once by
 * pc_gap_free: a block that holds what a plan's rules need, then blocks
 * from malloc. */
typedef struct pc_gap_spill pc_gap_spill;
typedef struct pc_gap_store {
    size_t used;
    pc_gap_spill *spill;
    pc_gap_change block[48];
} pc_gap_store;

typedef struct pc_gap {
    pc_gap_kind kind;
    pc_gap_option options[PC_GAP_MAX_OPTIONS];  /* [0]: to_qualify; the rest: alternatives, cheapest first */
    unsigned noptions;
    const pc_cond *check;    /* NOT_ANALYSABLE: the check{} that decides */
    pc_gap_store store;
} pc_gap;

/* Computes the gap of a result (kind NONE for targets and favourable
 * results); pc_gap_free releases it. */
void pc_gap_of(const pc_report *rep, const pc_result *r, pc_gap *g);
void pc_gap_free(pc_gap *g);
/* The values a not_one_of change of a leaf on field f leaves: the enum's
 * values outside the leaf's list, in the dictionary's order, into out (at
 * most n); returns how many. */
size_t pc_gap_others(const pc_field *f, const pc_cond *leaf, const char **out, size_t n);

#endif /* PC_GAP_H */
