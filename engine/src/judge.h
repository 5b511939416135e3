/* judge.h -- targets judged in exact arithmetic (judge.c): the one-sided
 * about, increasing, report-only targets, unions and sums as denominators,
 * and ranges from a stated year (the items dsl.c marks `exact`). */
#ifndef PC_JUDGE_H
#define PC_JUDGE_H

#include "engine.h"
#include "plan.h"
#include "report.h"
#include "subject.h"

typedef struct pc_judge {
    const pc_engine *e;
    const pc_subject *s;
    const char *region;       /* the resolved code */
    const pc_plan *plan;
    const pc_item *item;
    pc_date as_of;
    pc_report *rep;           /* notes and the series go to its pools */
} pc_judge;

/* Judges the target into r (status, actual, notes) and adds its baseline
 * and series. */
void pc_judge_target(const pc_judge *j, pc_result *r);

#endif /* PC_JUDGE_H */
