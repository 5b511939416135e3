/*
 * fuzz_check.c -- rule code: the bytes are the body of a check{} function,
 * put into a rule file (fuzz_check_template below) that is loaded in a
 * fresh sandbox, compiled, and evaluated on three enterprise records (one
 * with a 60,000-byte name).  Beyond the sanitizers it checks the metering
 * (issue 9): no input may take longer than PLANCHECK_FUZZ_CHECK_SECONDS
 * (default 5) of wall-clock time for the load and the three evaluations
 * together, whatever its code does -- a function that runs unmetered in C
 * is a "hang" crash here long before libFuzzer's own -timeout.  The budget
 * is 100,000 instructions and 16 MB of Lua memory per call.
 */
#include "common.h"

#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

static pc_engine *engine;
static pc_subject *records[3];
static char path[4096];
static int fd = -1;
static double limit_seconds = 5;

int LLVMFuzzerInitialize(int *argc, char ***argv);
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static const char head[] =
    "plan { id = 'fuzz-check', title = { zh = '模糊测试', en = 'fuzz' }, document = 'fuzz',\n"
    "  jurisdiction = '210200', issued = '2015-01-01', period = { 2015, 2030 } }\n"
    "subsidy { id = 'c', cite = '一', title = { zh = '检查', en = 'check' },\n"
    "  eligible = check { zh = '检查', en = 'check',\n"
    "    fields = { 'invention_grants_domestic', 'name', 'region', 'ip_pledge_loan_yuan', 'is_sme', 'industry' },\n"
    "    fn = function(e)\n";
static const char tail[] = "\nend } }\n";

static void cleanup(void)
{
    if (path[0])
        unlink(path);
}

static double now(void)
{
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return (double)t.tv_sec + (double)t.tv_nsec / 1e9;
}

static pc_subject *record(const char *json)
{
    pc_diag *d = pc_diag_new();
    pc_subject *s = pc_subject_new(engine, PC_SUBJECT_ENTERPRISE, "fuzz-check.jsonl");
    int rc = pc_input_json(engine, s, json, strlen(json), 1, 0, d);
    if (rc == 0)
        rc = pc_subject_finish(engine, s, d);
    FZ_ASSERT(rc == 0, "a fixed record of fuzz_check does not read (%d)", rc);
    pc_diag_free(d);
    return s;
}

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    (void)argc;
    (void)argv;
    engine = fz_engine_open(1);
    engine->config.lua_instructions = 100000;
    engine->config.lua_memory_bytes = 16u << 20;
    const char *lim = getenv("PLANCHECK_FUZZ_CHECK_SECONDS");
    if (lim && atof(lim) > 0)
        limit_seconds = atof(lim);
    records[0] = record("{\"id\": \"91210204MA0QF3K591\", \"region\": \"210204\", \"name\": \"大连示例数控机床有限公司\", "
                        "\"invention_grants_domestic\": 12, \"ip_pledge_loan_yuan\": \"3456789.50\", \"is_sme\": true, "
                        "\"industry\": \"advanced_equipment\"}");
    records[1] = record("{\"id\": \"x2\", \"region\": \"210202\", \"name\": \"乙\", \"invention_grants_domestic\": 0, "
                        "\"ip_pledge_loan_yuan\": 0, \"is_sme\": false, \"industry\": \"other\"}");
    pc_buf big = {0};
    pc_buf_puts(&big, "{\"id\": \"x3\", \"region\": \"210204\", \"name\": \"");
    for (int i = 0; i < 60000; i++)
        pc_buf_putc(&big, 'n');
    pc_buf_puts(&big, "\", \"invention_grants_domestic\": 9223372036854775807, \"ip_pledge_loan_yuan\": \"9223372036854775.07\", "
                      "\"is_sme\": true, \"industry\": \"biomedicine\"}");
    records[2] = record(big.data);
    pc_buf_free(&big);
    const char *tmp = getenv("TMPDIR");
    snprintf(path, sizeof path, "%s/plancheck-fuzz-check-XXXXXX.lua", tmp && *tmp ? tmp : "/tmp");
    fd = mkstemps(path, 4);
    if (fd < 0) {
        perror("plancheck-fuzz: mkstemps");
        exit(1);
    }
    atexit(cleanup);
    return 0;
}

static void put(const void *p, size_t n, off_t *off)
{
    for (size_t done = 0; done < n;) {
        ssize_t w = pwrite(fd, (const char *)p + done, n - done, *off);
        FZ_ASSERT(w > 0, "pwrite failed");
        done += (size_t)w;
        *off += w;
    }
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    FZ_ASSERT(ftruncate(fd, 0) == 0, "ftruncate failed");
    off_t off = 0;
    put(head, sizeof head - 1, &off);
    put(data, size, &off);
    put(tail, sizeof tail - 1, &off);

    double start = now();
    pc_context *ctx = pc_xcalloc(1, sizeof *ctx);
    ctx->engine = engine;
    char err[1024];
    FZ_ASSERT(pc_lua_open(&ctx->lua, engine, err, sizeof err) == 0, "no sandbox: %s", err);
    pc_diag *d = pc_diag_new();
    if (pc_lua_run_file(&ctx->lua, engine, path, err, sizeof err) == 0) {
        pc_plan plan;
        int rc = pc_dsl_compile(engine, &ctx->lua, path, &plan, d);
        fz_check_diag(d, rc, PC_EX_CONFIG, PC_EX_CONFIG, 1);
        if (rc == 0)
            PC_PUSH(ctx->plans, ctx->nplans, ctx->plans_cap, plan);
    }
    for (size_t i = 0; i < sizeof records / sizeof *records && ctx->nplans; i++) {
        pc_eval_options o = {PC_DATE(2020, 6, 30), (pc_lang)(i & 1), (int)(i == 0)};
        pc_report *rep = NULL;
        int rc = pc_evaluate(ctx, records[i], &o, &rep);
        FZ_ASSERT(rep != NULL, "pc_evaluate returned no report (rc %d)", rc);
        FZ_ASSERT(rc == 0 || rc == PC_EX_DATAERR, "pc_evaluate returned %d", rc);
        pc_buf b = {0};
        pc_out_json(rep, 0, &b);
        FZ_ASSERT(fz_json_ok(b.data, b.len, 0, err, sizeof err), "the report's JSON is not well-formed: %s", err);
        pc_buf_free(&b);
        pc_report_free(rep);
    }
    pc_context_free(ctx);   /* lua_close runs what is left to finalize: inside the time too */
    double secs = now() - start;
    FZ_ASSERT(secs < limit_seconds, "rule code ran %.1f s (more than %.0f s: something runs unmetered)", secs,
              limit_seconds);
    pc_diag_free(d);
    return 0;
}
