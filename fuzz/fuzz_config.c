/*
 * fuzz_config.c -- pc_config_read_stream on the bytes (through fmemopen).
 * A config that reads cleanly is then applied to the plans of a context
 * (pc_dsl_apply_config: [plan.<id>] parameters, money and rates) and the
 * example enterprises are evaluated with it; the plans' parameters are put
 * back afterwards so every input starts from the same state.
 */
#include "common.h"

#include <stdlib.h>
#include <string.h>

#ifndef PLANCHECK_FUZZ_DEFAULT_EXAMPLES
#define PLANCHECK_FUZZ_DEFAULT_EXAMPLES "examples"
#endif

static pc_engine *engine;
static pc_context *ctx;
static pc_subject *subjects[8];
static size_t nsubjects;

int LLVMFuzzerInitialize(int *argc, char ***argv);
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    (void)argc;
    (void)argv;
    engine = fz_engine_open(0);
    ctx = pc_context_new(engine);
    FZ_ASSERT(ctx != NULL, "no context");
    /* Enterprises whose amounts depend on configured parameters. */
    static const char *const files[] = {"dalian/enterprise-grants.ini", "guangzhou/enterprise-domestic-case.ini",
                                        "harbin/enterprise-qualifies.ini", "jilin/enterprise-changchun.ini",
                                        "zoucheng/enterprise-high-tech.ini"};
    const char *dir = getenv("PLANCHECK_FUZZ_EXAMPLES");
    if (!dir || !*dir)
        dir = PLANCHECK_FUZZ_DEFAULT_EXAMPLES;
    for (size_t i = 0; i < sizeof files / sizeof *files; i++) {
        pc_buf path = {0};
        pc_buf_printf(&path, "%s/%s", dir, files[i]);
        pc_diag *d = pc_diag_new();
        pc_subject *s = NULL;
        if (pc_subject_read_file(engine, PC_SUBJECT_ENTERPRISE, path.data, &s, d) == 0) {
            subjects[nsubjects++] = s;
        } else {
            fprintf(stderr, "plancheck-fuzz: %s does not read (set PLANCHECK_FUZZ_EXAMPLES):\n", path.data);
            pc_diag_print(d, stderr);
            pc_subject_free(s);
        }
        pc_diag_free(d);
        pc_buf_free(&path);
    }
    return 0;
}

typedef struct saved {
    pc_param *p;
    int set;
    int64_t fen;
    pc_rate rate;
    char *text, *source;
} saved;

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    FILE *f = fmemopen(size ? (void *)data : (void *)"", size ? size : 1, "r");
    FZ_ASSERT(f != NULL, "fmemopen failed");
    if (!size)
        fgetc(f);
    pc_config c;
    pc_diag *d = pc_diag_new();
    int rc = pc_config_read_stream(&c, "fuzz.ini", f, d);
    fclose(f);
    fz_check_diag(d, rc, PC_EX_CONFIG, PC_EX_CONFIG, 1);
    if (rc == 0) {
        /* Every [section] key of the config, looked up as the engine does. */
        for (size_t i = 0; i < c.count; i++)
            FZ_ASSERT(pc_config_get(&c, c.entries[i].section, c.entries[i].key) != NULL, "entry %zu not found", i);
        saved *sv = NULL;
        size_t nsv = 0, cap = 0;
        for (size_t i = 0; i < ctx->nplans; i++)
            for (size_t k = 0; k < ctx->plans[i].nitems; k++)
                for (size_t j = 0; j < ctx->plans[i].items[k].nparams; j++) {
                    pc_param *p = &ctx->plans[i].items[k].params[j];
                    saved s = {p, p->set, p->fen, p->rate, pc_strdup(p->text), pc_strdup(p->source)};
                    PC_PUSH(sv, nsv, cap, s);
                }
        pc_config keep = engine->config;
        engine->config = c;
        pc_diag_clear(d);
        int worst = 0;
        for (size_t i = 0; i < ctx->nplans; i++) {
            int r = pc_dsl_apply_config(engine, &ctx->plans[i], d);
            FZ_ASSERT(r == 0 || r == PC_EX_CONFIG, "pc_dsl_apply_config returned %d", r);
            if (r > worst)
                worst = r;
        }
        fz_check_diag(d, worst, PC_EX_CONFIG, PC_EX_CONFIG, 1);
        for (size_t i = 0; i < nsubjects; i++)
            fz_evaluate(ctx, subjects[i]);
        c = engine->config;
        engine->config = keep;
        for (size_t i = 0; i < nsv; i++) {
            pc_param *p = sv[i].p;
            free(p->text);
            free(p->source);
            p->set = sv[i].set;
            p->fen = sv[i].fen;
            p->rate = sv[i].rate;
            p->text = sv[i].text;
            p->source = sv[i].source;
        }
        free(sv);
    }
    pc_config_free(&c);
    pc_diag_free(d);
    return 0;
}
