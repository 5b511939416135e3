/* plan.h -- the compiled plans: conditions, parameters, amounts, items (dsl.c builds them). */
#ifndef PC_PLAN_H
#define PC_PLAN_H

#include "plancheck/plancheck.h"
#include "plancheck/plugin.h"
#include "scalar.h"
#include "exact.h"

typedef enum pc_cond_op {
    PC_C_IS, PC_C_ISNT, PC_C_GT, PC_C_GE, PC_C_LT, PC_C_LE, PC_C_EQ, PC_C_ONE_OF,
    PC_C_ALL, PC_C_ANY, PC_C_NO, PC_C_CHECK
} pc_cond_op;

typedef struct pc_cond {
    pc_cond_op op;
    int field;                 /* dictionary index (enterprise) or -1 */
    pc_value *values;          /* the operand(s), strings owned here */
    int borrowed;              /* enum operands point at the dictionary's strings */
    size_t nvalues;
    struct pc_cond **kids;
    size_t nkids;
    int fn_ref;                /* check: Lua registry reference */
    int *fields;               /* check: dictionary indexes */
    size_t nfields;
    char *label_zh, *label_en; /* check */
} pc_cond;

typedef enum pc_param_type { PC_P_MONEY = 1, PC_P_RATE } pc_param_type;

typedef struct pc_param {
    char *name;
    pc_param_type type;
    char *label_zh, *label_en;
    int set;
    int64_t fen;
    pc_rate rate;
    char *text;                /* the value as written */
    char *source;              /* "default" or "file:line" of the config */
} pc_param;

typedef enum pc_amount_op { PC_A_FIXED, PC_A_PER_ITEM, PC_A_RATE, PC_A_SUM, PC_A_MIN, PC_A_WHEN } pc_amount_op;

typedef struct pc_amount {
    pc_amount_op op;
    int field;                 /* dictionary index */
    int param;                 /* index into the item's params */
    struct pc_amount **kids;   /* when: kids[0] if cond is true, kids[1] (or 0 yuan) if false */
    size_t nkids;
    pc_cond *cond;             /* when */
} pc_amount;

typedef enum pc_item_kind { PC_ITEM_TARGET, PC_ITEM_SUBSIDY, PC_ITEM_OBLIGATION } pc_item_kind;

typedef enum pc_measure {
    PC_M_PLAIN, PC_M_PER_10K, PC_M_SHARE, PC_M_RATIO_TO_YEAR, PC_M_CUMULATIVE,
    PC_M_NEW_SINCE, PC_M_GROWTH
} pc_measure;

typedef enum pc_compare {
    PC_CMP_AT_LEAST, PC_CMP_AT_MOST, PC_CMP_ABOUT, PC_CMP_ABOVE,
    PC_CMP_AT_LEAST_ABOUT, PC_CMP_AT_MOST_ABOUT,   /* one-sided 左右: >= v(1-t), <= v(1+t) */
    PC_CMP_INCREASING,                             /* each year above the year before */
    PC_CMP_REPORT                                  /* no figure: reported, never judged */
} pc_compare;

typedef struct pc_item {
    pc_item_kind kind;
    char *id, *cite, *title_zh, *title_en, *note_zh, *note_en, *quote;
    long line;
    /* subsidy, obligation */
    pc_cond *applies, *condition, *priority;   /* condition: eligible or requires */
    char *priority_zh, *priority_en, *basis_zh, *basis_en;
    pc_param *params;
    size_t nparams;
    pc_amount *amount;
    int has_cap, cap_per_year;
    int64_t cap_fen;
    /* target */
    int metric, other;          /* dictionary indexes; other: share_of / above */
    int metrics[8], nmetrics;   /* metric = {"a", "b"} sums them; metric is metrics[0] */
    pc_measure measure;
    int ref_year;               /* ratio_to_year, new_since */
    pc_compare compare;
    double value, tolerance;
    int due, every_year, strive;
    char *unit_zh, *unit_en;
    /* Judged exactly by judge.c: the comparisons after PC_CMP_ABOVE, and the
     * measures below. */
    int exact;
    int minus[8], nminus;       /* metric = {"a", "b", minus = {"c"}}: a + b - c (a union) */
    int others[8], nothers;     /* share_of = {"x", "y"}: divided by x + y; other is others[0] */
    int from;                   /* first year of a cumulative sum or of the every_year range; 0: the period's */
    pc_q value_q, tolerance_q, min_growth_q;
    int has_min_growth;
    /* Output fragments escaped once at compile time (report.c). */
    char *json_head, *json_tail_zh, *json_tail_en;
    size_t json_head_len, json_tail_zh_len, json_tail_en_len;
} pc_item;

typedef struct pc_plan {
    char *id, *title_zh, *title_en, *document, *source, *note_zh, *note_en, *file;
    char jurisdiction[7];
    pc_date issued, in_force_from, in_force_to;
    int first_year, last_year, baseline_year;
    pc_item *items;
    size_t nitems, items_cap;
    long line;
} pc_plan;

void pc_plan_free(pc_plan *p);
/* Builds the items' constant JSON fragments. */
void pc_plan_prepare_output(pc_plan *p);

#endif /* PC_PLAN_H */
