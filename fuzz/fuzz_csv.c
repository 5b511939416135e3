/*
 * fuzz_csv.c -- pc_batch_run on the bytes (through fmemopen), as
 * enterprises and as regions, one thread, JSON Lines and CSV output.  The
 * input is usually CSV (the seeds are) but JSON Lines is detected from the
 * content too.  The output must be well-formed JSON Lines and hold one
 * object per record read.
 */
#include "common.h"

#include <stdlib.h>
#include <string.h>

static pc_engine *engine;

int LLVMFuzzerInitialize(int *argc, char ***argv);
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    (void)argc;
    (void)argv;
    engine = fz_engine_open(0);
    return 0;
}

static size_t count_lines(const char *s, size_t n)
{
    size_t k = 0;
    for (size_t i = 0; i < n; i++)
        k += s[i] == '\n';
    return k;
}

static void one(pc_subject_kind kind, int csv_output, const uint8_t *data, size_t size)
{
    /* fmemopen cannot open a zero-size buffer in every libc: give it one byte
     * and read none of it. */
    FILE *in = fmemopen(size ? (void *)data : (void *)"", size ? size : 1, "r");
    FZ_ASSERT(in != NULL, "fmemopen failed");
    if (!size)
        fgetc(in);
    char *out_text = NULL;
    size_t out_len = 0;
    FILE *out = open_memstream(&out_text, &out_len);
    FZ_ASSERT(out != NULL, "open_memstream failed");
    pc_batch_options o;
    memset(&o, 0, sizeof o);
    o.kind = kind;
    o.threads = 1;
    o.eval_timeout_ms = -1;   /* no watchdog: libFuzzer times runs itself, and one thread stays inline */
    o.eval.as_of = PC_DATE(2017, 6, 30);
    o.eval.lang = csv_output ? PC_LANG_ZH : PC_LANG_EN;
    o.csv_output = csv_output;
    o.input_name = "fuzz.csv";
    pc_batch_summary sum;
    pc_diag *d = pc_diag_new();
    int rc = pc_batch_run(engine, in, out, &o, &sum, d);
    fclose(in);
    fclose(out);
    fz_check_diag(d, rc == PC_EX_DATAERR && pc_diag_count(d) == 0 ? 0 : rc, PC_EX_DATAERR, PC_EX_NOINPUT, 1);
    FZ_ASSERT(rc == 0 || rc == PC_EX_DATAERR || rc == PC_EX_NOINPUT, "pc_batch_run returned %d", rc);
    FZ_ASSERT(sum.read == sum.evaluated + sum.failed, "read %ld, evaluated %ld, failed %ld", sum.read, sum.evaluated,
              sum.failed);
    FZ_ASSERT(!sum.failed || rc != 0, "%ld records failed but pc_batch_run returned 0", sum.failed);
    if (!csv_output) {
        char err[512];
        FZ_ASSERT(fz_json_ok(out_text, out_len, 1, err, sizeof err), "the output is not JSON Lines: %s", err);
        FZ_ASSERT(count_lines(out_text, out_len) == (size_t)sum.read, "%zu output lines for %ld records read",
                  count_lines(out_text, out_len), sum.read);
    }
    pc_batch_summary_free(&sum);
    pc_diag_free(d);
    free(out_text);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    one(PC_SUBJECT_ENTERPRISE, 0, data, size);
    one(PC_SUBJECT_REGION, size & 1, data, size);
    return 0;
}
