/* cli.h -- what the command line's files share. */
#ifndef PC_CLI_H
#define PC_CLI_H

#include "plancheck/plancheck.h"

#include <stdio.h>

/* The commands: X(ID, name), one list (main.c names and dispatches them). */
#define PC_COMMANDS(X)         \
    X(CHECK, "check")          \
    X(PROGRESS, "progress")    \
    X(PLANS, "plans")          \
    X(BATCH, "batch")          \
    X(LINT, "lint")            \
    X(TEST, "test")            \
    X(SERVE, "serve")          \
    X(TEMPLATE, "template")    \
    X(TYPES, "types")          \
    X(COMPARE, "compare")

#define PC_X_CMD(id, name) CMD_##id,
typedef enum cli_command { CMD_NONE = -1, PC_COMMANDS(PC_X_CMD) CMD_COUNT } cli_command;
#undef PC_X_CMD

typedef struct cli {
    const char *config, *rules, *plugins, *out, *kind;
    const char *listen, *decision_log;   /* serve */
    pc_date as_of;
    int json, csv, html, quiet, verbose, threads, no_rules, explain;
    int lang;   /* -1: from config or LANG */
    const char *encoding;   /* --encoding: of input files and batch input */
    const char *region;   /* template */
    /* what-if: --set (check, progress), --param (check, progress, batch, plans); argv's strings */
    const char **sets, **params;
    size_t nsets, nparams;
    int only_eligible;   /* batch --only eligible */
    int no_bom;          /* --no-bom: CSV output without the UTF-8 BOM */
} cli;

/* `plancheck batch`: returns the exit code. */
int run_batch(pc_engine *e, const cli *c, const char *input, pc_lang lang);

/* `plancheck template --region CODE` (template_cmd.c): returns the exit code. */
int run_template(pc_engine *e, const cli *c, pc_lang lang);

/* `plancheck types` (types_cmd.c): the field names of the rule DSL's editor
 * definitions (rules/.types/fields.lua) to out; returns the exit code. */
int run_types(const pc_engine *e, FILE *out);

/* `plancheck compare OLD NEW`: returns the exit code. */
int run_compare(const cli *c, const char *old_path, const char *new_path);

/* `plancheck serve` (serve.c): takes the engine over (sets *e to NULL) and
 * reopens engines with eo on SIGHUP; returns the exit code. */
int run_serve(pc_engine **e, const pc_engine_options *eo, const cli *c, pc_lang lang);

#endif
