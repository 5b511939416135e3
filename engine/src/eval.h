/* eval.h -- what the evaluator's files share (eval.c: the subject,
 * conditions and amounts; eval_target.c: targets).  Evaluation records
 * facts in the result model (result.h) and words nothing. */
#ifndef PC_EVAL_H
#define PC_EVAL_H

#include "engine.h"
#include "report.h"
#include "subject.h"

typedef struct pc_ev {
    pc_context *ctx;
    const pc_subject *s;
    pc_report *rep;
    pc_date as_of;
    char region[7];
    pc_region_chain chain;  /* region and its ancestors */
    const pc_plan *plan;
    const pc_item *item;
    pc_role role;           /* which condition of the item is being evaluated */
    int data_year;          /* an enterprise's data year; 0: none given */
    int failure;            /* set when a rule fails: the subject fails (the message is in rep->errors) */
} pc_ev;

static inline const pc_field *pc_ev_field(const pc_ev *v, int fi)
{
    return &v->ctx->engine->dict.fields[fi];
}

void pc_eval_target(pc_ev *v, pc_result *r);
/* The item's measure at year-end y (eval_target.c); -1 when unknown. */
int pc_eval_target_measure(const pc_ev *v, int year, pc_q *out);
/* A region metric at year-end y (fi < 0: the item's metric, its metrics
 * summed); -1 when unknown. */
int pc_eval_target_metric(const pc_ev *v, int fi, int year, pc_q *out);
/* The straight line from base in year `from` to the target's bar at its due
 * year, at year y, exactly; -1 beyond exact arithmetic. */
int pc_eval_target_line(const pc_ev *v, int from, pc_q base, int y, pc_q *out);
/* needed.c: what each remaining year of a target behind or not yet met
 * must reach, before its due year. */
void pc_eval_needed(pc_ev *v, pc_result *r);
/* A value as an exact rational: integers, money (fen / 100), numbers as the
 * decimal written; -1 for other types. */
int pc_eval_q(const pc_value *v, pc_q *out);
/* A leaf condition (not a check) tested on a value: unknown when it is
 * absent (gap.c tests changed values with it). */
pc_outcome pc_eval_test(const pc_cond *k, const pc_value *val);
/* all_of / any_of (op) of the children's outcomes, three-valued: seen has
 * PC_SEEN(t) of each child's outcome t; and not (gap.c too). */
#define PC_SEEN(t) (1u << (t))
pc_outcome pc_eval_group(pc_cond_op op, unsigned seen);
pc_outcome pc_eval_not(pc_outcome t);
void pc_eval_add_missing(pc_result *r, const char *name);
void pc_eval_note(pc_ev *v, pc_result *r, pc_note_id id, int a, int b, int c);
/* Fails the subject with a message (the first failure wins). */
void pc_eval_fail(pc_ev *v, const char *file, long line, pc_diag_id id, ...);

#endif /* PC_EVAL_H */
