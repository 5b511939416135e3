/*
 * common.c -- see common.h.
 */
#include "common.h"

#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#include <yajl/yajl_parse.h>

#ifndef PLANCHECK_FUZZ_DEFAULT_RULES
#define PLANCHECK_FUZZ_DEFAULT_RULES "rules"
#endif
#ifndef PLANCHECK_FUZZ_DEFAULT_PLUGINS
#define PLANCHECK_FUZZ_DEFAULT_PLUGINS "plugins"
#endif

void fz_fail(const char *file, int line, const char *cond, const char *fmt, ...)
{
    fprintf(stderr, "\n==plancheck-fuzz== oracle failed at %s:%d: %s\n==plancheck-fuzz== ", file, line, cond);
    va_list ap;
    va_start(ap, fmt);
    vfprintf(stderr, fmt, ap);
    va_end(ap);
    fputc('\n', stderr);
    abort();
}

FILE *fz_null(void)
{
    static FILE *null;
    if (!null) {
        null = fopen("/dev/null", "w");
        if (!null) {
            perror("plancheck-fuzz: /dev/null");
            abort();
        }
    }
    return null;
}

pc_engine *fz_engine_open(int skip_rules)
{
    const char *rules = getenv("PLANCHECK_FUZZ_RULES");
    const char *plugins = getenv("PLANCHECK_FUZZ_PLUGINS");
    pc_engine_options o;
    memset(&o, 0, sizeof o);
    o.rules_dir = rules && *rules ? rules : PLANCHECK_FUZZ_DEFAULT_RULES;
    o.plugins_dir = plugins && *plugins ? plugins : PLANCHECK_FUZZ_DEFAULT_PLUGINS;
    o.skip_rules = skip_rules;
    pc_diag *d = pc_diag_new();
    pc_engine *e = NULL;
    int rc = pc_engine_open(&e, &o, d);
    if (rc != 0 || pc_diag_worst(d) != 0 || e->nplugins == 0 || (!skip_rules && e->main->nplans == 0)) {
        fprintf(stderr, "plancheck-fuzz: cannot open the engine (rules %s, plugins %s; set PLANCHECK_FUZZ_RULES "
                        "and PLANCHECK_FUZZ_PLUGINS):\n", o.rules_dir, o.plugins_dir);
        pc_diag_print(d, stderr);
        if (e && e->nplugins == 0)
            fputs("plancheck-fuzz: no plugin loaded\n", stderr);
        exit(1);
    }
    pc_diag_free(d);
    return e;
}

/* ---- JSON well-formedness, with yajl (already linked by the engine) ---------------------- */

int fz_json_ok(const char *text, size_t len, int lines, char *err, size_t errlen)
{
    static int utf8 = -1;
    if (utf8 < 0) {
        const char *v = getenv("PLANCHECK_FUZZ_UTF8");
        utf8 = !(v && strcmp(v, "0") == 0);
    }
    if (lines) {
        /* JSON Lines of no line at all: nothing to parse. */
        size_t i = 0;
        while (i < len && (text[i] == ' ' || text[i] == '\n' || text[i] == '\r' || text[i] == '\t'))
            i++;
        if (i == len)
            return 1;
    }
    yajl_handle h = yajl_alloc(NULL, NULL, NULL);
    yajl_config(h, yajl_dont_validate_strings, !utf8);
    if (lines)
        yajl_config(h, yajl_allow_multiple_values, 1);
    yajl_status st = yajl_parse(h, (const unsigned char *)text, len);
    if (st == yajl_status_ok)
        st = yajl_complete_parse(h);
    int ok = st == yajl_status_ok;
    if (!ok && err) {
        unsigned char *m = yajl_get_error(h, 1, (const unsigned char *)text, len);
        snprintf(err, errlen, "%s", (const char *)m);
        yajl_free_error(h, m);
    }
    yajl_free(h);
    return ok;
}

/* ---- diagnostics ------------------------------------------------------------------------------ */

void fz_check_diag(const pc_diag *d, int rc, int allowed1, int allowed2, int need_file)
{
    FZ_ASSERT(rc == 0 || rc == allowed1 || rc == allowed2, "unexpected return code %d", rc);
    size_t n = pc_diag_count(d);
    int found = rc == 0;
    for (size_t i = 0; i < n; i++) {
        const pc_message *m = pc_diag_get(d, i);
        FZ_ASSERT(m->text != NULL, "message %zu has no text", i);
        if (m->code && need_file) {
            FZ_ASSERT(m->file != NULL, "message %zu (code %d, '%s') names no file", i, m->code, m->text);
        }
        FZ_ASSERT(m->line >= 0, "message %zu has line %ld", i, m->line);
        if (m->code == rc)
            found = 1;
    }
    FZ_ASSERT(found, "return code %d but no message with that code (%zu messages)", rc, n);
    FZ_ASSERT(rc == 0 || pc_diag_worst(d) == rc, "return code %d but the worst message has %d", rc, pc_diag_worst(d));
    pc_diag_print(d, fz_null());
    pc_buf b = {0};
    pc_diag_json(d, &b, 1, PC_LANG_EN);
    char err[512];
    FZ_ASSERT(fz_json_ok(b.data ? b.data : "[]", b.len ? b.len : 2, 0, err, sizeof err),
              "the messages' JSON is not well-formed: %s\n%s", err, b.data);
    pc_buf_free(&b);
}

/* ---- evaluation --------------------------------------------------------------------------------- */

void fz_evaluate(pc_context *ctx, const pc_subject *s)
{
    /* One date in the years of each plan (harbin 2007, jilin 2012, dalian 2015-2020,
     * guangzhou 2016-2018, zoucheng 2024-2026) and one after them all. */
    static const pc_date dates[] = {PC_DATE(2008, 6, 30), PC_DATE(2013, 3, 1), PC_DATE(2017, 6, 30),
                                    PC_DATE(2018, 12, 31), PC_DATE(2025, 6, 30), PC_DATE(2031, 1, 1)};
    for (size_t i = 0; i < sizeof dates / sizeof *dates; i++) {
        pc_eval_options o = {dates[i], (pc_lang)(i & 1), (int)(i % 3 == 0)};
        pc_report *rep = NULL;
        int rc = pc_evaluate(ctx, s, &o, &rep);
        FZ_ASSERT(rep != NULL, "pc_evaluate returned no report (rc %d)", rc);
        FZ_ASSERT(rc == 0 || rc == PC_EX_DATAERR, "pc_evaluate returned %d", rc);
        FZ_ASSERT(rc == 0 || pc_diag_count(rep->errors) > 0, "pc_evaluate returned %d with no error", rc);
        pc_buf b = {0};
        pc_out_json(rep, 0, &b);
        char err[512];
        FZ_ASSERT(fz_json_ok(b.data, b.len, 0, err, sizeof err), "the report's JSON is not well-formed: %s\n%s", err,
                  b.data);
        pc_buf_free(&b);
        pc_report_write(rep, PC_FORMAT_TEXT, fz_null());
        pc_report_free(rep);
    }
}
