/* plan.h -- the compiled plans: conditions, parameters, amounts, items (dsl.c builds them). */
#ifndef PC_PLAN_H
#define PC_PLAN_H

#include "plancheck/plancheck.h"
#include "plancheck/plugin.h"
#include "scalar.h"
#include "exact.h"
#include "vocab.h"
#include "buf.h"

#define PC_X_C(id, ...) PC_C_##id,
typedef enum pc_cond_op { PC_COND_OPS(PC_X_C) PC_C_COUNT } pc_cond_op;
#undef PC_X_C

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
    /* Output: the node's constant JSON up to its value (en, zh), after a
     * comma, escaped once when the plan is compiled (report.c). */
    char *json_head[2];
    size_t json_head_len[2];
    /* a leaf's reason as a JSON string in an array: ,"label (the field's,
     * or a check's) escaped, then after its value (pc_out_leaf_after) the
     * rest, escaped, and the closing quote: [zh][met] */
    char *json_label[2];
    size_t json_label_len[2];
    char *json_after[2][2];
    size_t json_after_len[2][2];
    /* a leaf's change in a gap (out_gap.c): {"field":..,"label":..,"from": */
    char *json_change[2];
    size_t json_change_len[2];
    /* one_of: its change's ,"to":[..],"op":..} in a gap, [under a no()] */
    char *json_to[2];
    size_t json_to_len[2];
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
    /* Output: money as JSON writes it, made whenever the value is set
     * (pc_dsl_param_value, pc_param_prepare_output); valid while json_fen
     * is fen and json_money_len is not 0 */
    char json_money[24];
    size_t json_money_len;
    int64_t json_fen;
} pc_param;

#define PC_X_A(id, ...) PC_A_##id,
typedef enum pc_amount_op { PC_AMOUNT_OPS(PC_X_A) PC_A_COUNT } pc_amount_op;
#undef PC_X_A

typedef struct pc_amount {
    pc_amount_op op;
    int field;                 /* dictionary index */
    int param;                 /* index into the item's params */
    struct pc_amount **kids;   /* when: kids[0] if cond is true, kids[1] (or 0 yuan) if false */
    size_t nkids;
    pc_cond *cond;             /* when */
    /* Output: a step's constant JSON, {"param":..,"kind":.. up to its count
     * (fixed: the count too; rate: up to "base_yuan":), made when the plan
     * is compiled (report.c). */
    char *json_head;
    size_t json_head_len;
} pc_amount;

#define PC_X_K(id, ...) PC_ITEM_##id,
typedef enum pc_item_kind { PC_ITEM_KINDS(PC_X_K) PC_ITEM_COUNT } pc_item_kind;
#undef PC_X_K

#define PC_X_M(id, ...) PC_M_##id,
typedef enum pc_measure { PC_MEASURES(PC_X_M) PC_M_COUNT } pc_measure;
#undef PC_X_M

#define PC_X_CMP(id, ...) PC_CMP_##id,
typedef enum pc_compare { PC_COMPARES(PC_X_CMP) PC_CMP_COUNT } pc_compare;
#undef PC_X_CMP

/* The vocabularies' names (vocab.c). */
extern const char *const pc_cond_op_test[PC_C_COUNT], *const pc_cond_op_model[PC_C_COUNT],
    *const pc_cond_op_symbol[PC_C_COUNT];
extern const char *const pc_item_kind_name[PC_ITEM_COUNT], *const pc_item_kind_zh[PC_ITEM_COUNT];
extern const char *const pc_measure_name[PC_M_COUNT], *const pc_measure_zh[PC_M_COUNT],
    *const pc_measure_en[PC_M_COUNT];
extern const char *const pc_compare_name[PC_CMP_COUNT];
extern const char *const pc_amount_op_name[PC_A_COUNT];

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
    /* exact: one of the later constructs (docs/dsl.md), the comparisons after
     * PC_CMP_ABOVE or the measures below; they take no growth, ratio or 新增. */
    int exact;
    int minus[8], nminus;       /* metric = {"a", "b", minus = {"c"}}: a + b - c (a union) */
    int others[8], nothers;     /* share_of = {"x", "y"}: divided by x + y; other is others[0] */
    int from;                   /* first year of a cumulative sum or of the every_year range; 0: the period's */
    pc_q value_q, tolerance_q, min_growth_q;
    int has_min_growth;
    /* Output fragments escaped once at compile time (report.c); the tails
     * end with ,"reasons":[ */
    char *json_head, *json_tail_zh, *json_tail_en;
    size_t json_head_len, json_tail_zh_len, json_tail_en_len;
    pc_cut json_cap[2];         /* the cap's reason, the cap in place (en, zh; pc_out_cap_cut) */
    char json_cap_yuan[40];     /* ,"cap_yuan":300000 (or null): 12 and at most 21 */
    size_t json_cap_yuan_len;
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
/* Builds the items' and conditions' constant JSON fragments (the field
 * dictionary gives the conditions' labels). */
struct pc_dict;
void pc_plan_prepare_output(pc_plan *p, const struct pc_dict *dict);
/* A money parameter's JSON text, after its value is set (report.c). */
void pc_param_prepare_output(pc_param *p);

#endif /* PC_PLAN_H */
