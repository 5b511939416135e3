/* report.h -- evaluation results and reports (eval.c, report.c). */
#ifndef PC_REPORT_H
#define PC_REPORT_H

#include "plancheck/plancheck.h"
#include "plancheck/plugin.h"
#include "buf.h"
#include "fields.h"
#include "plan.h"

typedef enum pc_status {
    PC_S_ELIGIBLE, PC_S_INELIGIBLE, PC_S_NOT_APPLICABLE, PC_S_UNKNOWN,
    PC_S_COMPLIANT, PC_S_NON_COMPLIANT,
    PC_S_MET, PC_S_NOT_MET, PC_S_ON_TRACK, PC_S_BEHIND, PC_S_NO_DATA,
    PC_S_ERROR, PC_S_NOT_JUDGED
} pc_status;

const char *pc_status_name(pc_status s);
/* Appends the report's JSON object to b. */
void pc_report_json(const pc_report *rep, pc_buf *b);
/* Evaluates into an existing report, reusing its storage (batch workers). */
int pc_evaluate_into(pc_context *ctx, const pc_subject *s, const pc_eval_options *opt, pc_report *rep);



typedef struct pc_strlist {
    char **items;
    size_t count, cap;
    pc_arena *arena;      /* where items are copied; NULL: each is malloc'ed */
} pc_strlist;

void pc_strlist_add(pc_strlist *l, const char *s);
/* Empties the list, keeping its storage. */
void pc_strlist_clear(pc_strlist *l);
void pc_strlist_addf(pc_strlist *l, const char *fmt, ...) PC_PRINTF(2, 3);
int pc_strlist_has(const pc_strlist *l, const char *s);
void pc_strlist_free(pc_strlist *l);

typedef struct pc_result {
    const pc_plan *plan;
    const pc_item *item;
    pc_status status;
    int has_amount, has_cap, capped, priority;
    int64_t amount_fen, cap_fen, received_fen;
    /* targets */
    int has_actual, actual_is_money, has_progress, data_year;
    double actual, progress, expected, target;
    int has_expected, has_target;   /* has_target: a target value other than the item's */
    int64_t actual_fen;
    pc_strlist reasons, missing;
    pc_strlist trace, trace_text;   /* --explain: JSON objects, and the same as text */
} pc_result;

struct pc_report {
    pc_arena arena;           /* every string of the results */
    pc_subject_kind kind;
    char *id, *name, *region, *region_given;
    pc_date as_of;
    pc_lang lang;
    pc_result *results;
    size_t nresults, results_cap;
    int64_t total_fen;
    pc_strlist warnings;
    pc_diag *errors;
    const pc_dict *dict;
};

#endif /* PC_REPORT_H */
