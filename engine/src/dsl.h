/* dsl.h -- the rule compiler and linter (dsl.c, lint.c). */
#ifndef PC_DSL_H
#define PC_DSL_H

#include "plancheck/plancheck.h"
#include "plancheck/plugin.h"
#include "plan.h"
#include "sandbox.h"

int pc_dsl_compile(pc_engine *e, pc_lua *s, const char *path, pc_plan *plan, pc_diag *diag);
/* lint.c: lints one rule file. */
int pc_lint_file(pc_engine *e, const char *path, pc_diag *diag);
/* Sets a parameter from its text (money: yuan, 2 decimals at most; rate: a
 * fraction from 0 to 1), as the config and rule tests give it; -1 when the
 * text is not such a value (the parameter is unchanged): CONFIG_PARAM_MONEY
 * or CONFIG_PARAM_RATE say so. */
int pc_dsl_param_value(pc_param *p, const char *text);
/* Applies [plan.<id>] config entries to the plan's parameters. */
int pc_dsl_apply_config(pc_engine *e, pc_plan *plan, pc_diag *diag);

#endif /* PC_DSL_H */
