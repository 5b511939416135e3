/*
 * fuzz_json.c -- an enterprise and a region read from the same JSON bytes
 * (pc_input_json + pc_subject_finish), each evaluated on a context of the
 * real engine when it reads cleanly.
 */
#include "common.h"

#include <stdlib.h>
#include <string.h>

static pc_engine *engine;
static pc_context *ctx;

int LLVMFuzzerInitialize(int *argc, char ***argv);
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    (void)argc;
    (void)argv;
    engine = fz_engine_open(0);
    ctx = pc_context_new(engine);
    FZ_ASSERT(ctx != NULL, "no context");
    return 0;
}

static void one(pc_subject_kind kind, const char *text, size_t len, long first_line)
{
    pc_diag *d = pc_diag_new();
    pc_subject *s = pc_subject_new(engine, kind, "fuzz.json");
    int rc = pc_input_json(engine, s, text, len, first_line, d);
    fz_check_diag(d, rc, PC_EX_DATAERR, PC_EX_DATAERR, 1);
    if (rc == 0) {
        rc = pc_subject_finish(engine, s, d);
        fz_check_diag(d, rc, PC_EX_DATAERR, PC_EX_DATAERR, 1);
    }
    if (rc == 0)
        fz_evaluate(ctx, s);
    pc_subject_free(s);
    pc_diag_free(d);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    /* An exact-size copy: the reader must not look past len (no NUL after it). */
    char *text = malloc(size ? size : 1);
    if (size)
        memcpy(text, data, size);
    one(PC_SUBJECT_ENTERPRISE, text, size, 1);
    one(PC_SUBJECT_REGION, text, size, 1);
    /* As a record of a batch: line numbers start further down. */
    one(PC_SUBJECT_ENTERPRISE, text, size, 1000);
    free(text);
    return 0;
}
