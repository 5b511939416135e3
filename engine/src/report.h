/* report.h -- a subject's report: its results and the pools the result
 * model's spans point into (report.c; eval.c fills it). */
#ifndef PC_REPORT_H
#define PC_REPORT_H

#include "plancheck/plancheck.h"
#include "plancheck/plugin.h"
#include "buf.h"
#include "fields.h"
#include "plan.h"
#include "result.h"
#include "whatif.h"

/* Evaluates into an existing report, reusing its storage (batch workers). */
int pc_evaluate_into(pc_context *ctx, const pc_subject *s, const pc_eval_options *opt, pc_report *rep);

/* A growable pool of T: items, count, cap. */
#define PC_POOL(T) struct { T *items; unsigned count, cap; }

struct pc_report {
    pc_arena arena;           /* every string of the results */
    pc_subject_kind kind;
    char *id, *name, *region, *region_given;
    pc_date as_of;
    pc_lang lang;
    int explain;
    pc_result *results;
    size_t nresults, results_cap;
    int64_t total_fen;
    PC_POOL(pc_cond_result) conds;
    PC_POOL(pc_amount_step) steps;
    PC_POOL(pc_note) notes;
    PC_POOL(pc_point) points;
    PC_POOL(pc_needed) needed;   /* needed.c */
    PC_POOL(pc_warning) warnings;
    PC_POOL(pc_what_if) what_if;   /* --set and --param (whatif.c) */
    pc_diag *errors;
    const pc_dict *dict;
};

/* Appends an element to one of the report's pools and returns it (zeroed). */
#define PC_POOL_ADD(pool)                                                                      \
    ((pool).count == (pool).cap                                                                \
         ? ((pool).cap = (pool).cap ? (pool).cap * 2 : 16,                                     \
            (pool).items = pc_xrealloc((pool).items, (pool).cap * sizeof *(pool).items), 0)    \
         : 0,                                                                                  \
     memset(&(pool).items[(pool).count], 0, sizeof *(pool).items), &(pool).items[(pool).count++])

/* Appends a note to the result (the last result being evaluated). */
void pc_report_note(pc_report *rep, pc_result *r, pc_note_id id, int a, int b, int c);
/* Lists the subject's --set changes and the engine's --param ones in the
 * report (whatif.c). */
void pc_whatif_report(pc_report *rep, const pc_subject *s, const struct pc_engine *e);
void pc_report_add_warning(pc_report *rep, pc_warning_id id, const pc_plan *plan, pc_date date, const char *text);
/* Why a report has no results: PC_S_NO_PLAN when no plan covers the region
 * (its warning says so), else PC_S_NO_RESULTS. */
pc_status pc_report_empty_status(const pc_report *rep);

#endif /* PC_REPORT_H */
