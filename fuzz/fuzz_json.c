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

/* Reads the text as a subject of kind; for well-formed UTF-8, again as a
 * text known to be so (as batch and check FILE give it), which must read the
 * same: the same outcome and messages. */
static void one(pc_subject_kind kind, const char *text, size_t len, long first_line)
{
    pc_diag *d = pc_diag_new();
    pc_subject *s = pc_subject_new(engine, kind, "fuzz.json");
    int rc = pc_input_json(engine, s, text, len, first_line, 0, d);
    if (pc_utf8_valid_n(text, len)) {
        pc_diag *d8 = pc_diag_new();
        pc_subject *s8 = pc_subject_new(engine, kind, "fuzz.json");
        int rc8 = pc_input_json(engine, s8, text, len, first_line, 1, d8);
        FZ_ASSERT(rc8 == rc && pc_diag_count(d8) == pc_diag_count(d),
                  "known UTF-8: rc %d and %zu messages, else rc %d and %zu", rc8, pc_diag_count(d8), rc,
                  pc_diag_count(d));
        for (size_t i = 0; i < pc_diag_count(d); i++)
            FZ_ASSERT(strcmp(pc_diag_get(d, i)->text, pc_diag_get(d8, i)->text) == 0,
                      "known UTF-8: message %zu differs", i);
        pc_subject_free(s8);
        pc_diag_free(d8);
    }
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
