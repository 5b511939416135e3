/*
 * compare_cmd.c -- `plancheck compare OLD NEW`: what changed between two
 * batch outputs (engine/src/compare.c does the work).
 */
#include <errno.h>
#include <stdio.h>
#include <string.h>

#include "cli.h"

static FILE *open_input(const char *path)
{
    return strcmp(path, "-") == 0 ? stdin : fopen(path, "r");
}

int run_compare(const cli *c, const char *old_path, const char *new_path)
{
    if (strcmp(old_path, "-") == 0 && strcmp(new_path, "-") == 0) {
        fprintf(stderr, "plancheck: %s\n", cli_text(c->usage_lang, CLI_COMPARE_STDIN));
        return PC_EX_USAGE;
    }
    FILE *old_in = open_input(old_path);
    if (!old_in) {
        fprintf(stderr, cli_text(c->usage_lang, CLI_CANNOT_OPEN), old_path, strerror(errno));
        return PC_EX_NOINPUT;
    }
    FILE *new_in = open_input(new_path);
    if (!new_in) {
        fprintf(stderr, cli_text(c->usage_lang, CLI_CANNOT_OPEN), new_path, strerror(errno));
        if (old_in != stdin)
            fclose(old_in);
        return PC_EX_NOINPUT;
    }
    pc_compare_options opt = {c->csv, c->csv, c->no_bom};
    pc_compare_summary sum;
    pc_diag *diag = pc_diag_new();
    int rc = pc_compare_run(old_in, old_path, new_in, new_path, stdout, &opt, &sum, diag);
    if (old_in != stdin)
        fclose(old_in);
    if (new_in != stdin)
        fclose(new_in);
    if (fflush(stdout) != 0 || ferror(stdout)) {
        if (rc != PC_EX_IOERR)
            fprintf(stderr, cli_text(c->usage_lang, CLI_STDOUT_CANNOT_WRITE), strerror(errno));
        rc = PC_EX_IOERR;
    }
    pc_diag_print_lang(diag, stderr, c->usage_lang);
    pc_diag_free(diag);
    if (!c->quiet && rc != PC_EX_IOERR)
        fprintf(stderr, cli_text(c->usage_lang, CLI_COMPARE_SUMMARY), sum.old_records, old_path, sum.new_records,
                new_path, sum.changes, sum.newly_eligible, sum.no_longer_eligible, sum.amount_changed,
                sum.changes == 1 ? "" : "s", sum.amount_changed == 1 ? "" : "s");
    return rc;
}
