/*
 * whatif.h -- what-if (whatif.c): values changed for one run by
 * `--set FIELD=VALUE` (`--set YEAR.METRIC=VALUE` for a region) and rule
 * parameters changed by `--param PLAN/RULE.PARAM=VALUE`, read and checked as
 * file input and the config's [plan.<id>] keys are, and listed in the report.
 */
#ifndef PC_WHATIF_H
#define PC_WHATIF_H

#include "plancheck/plancheck.h"
#include "plancheck/plugin.h"

/* One changed value. */
typedef struct pc_what_if {
    int field;              /* dictionary index; -1: a parameter */
    int year;               /* a region's year; 0 for an enterprise */
    pc_value from, to;      /* a field's values (from PC_NIL: it was absent) */
    const char *param;      /* "plan/rule.param" */
    const char *param_from; /* the parameter's value before (NULL: unset) */
    const char *param_to;
} pc_what_if;

struct pc_config;
struct pc_engine;
/* Adds each "PLAN/RULE.PARAM=VALUE" to the config as a [plan.PLAN] entry
 * RULE.PARAM = VALUE marked as a what-if (after the file's, so it wins).
 * PC_EX_USAGE with a message when one is not of that form. */
int pc_whatif_params(struct pc_config *c, const char *const *params, size_t n, pc_diag *diag);

#endif /* PC_WHATIF_H */
