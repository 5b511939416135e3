/*
 * common.h -- what the plancheck fuzz targets share: one engine per process,
 * opened in LLVMFuzzerInitialize from PLANCHECK_FUZZ_RULES and
 * PLANCHECK_FUZZ_PLUGINS (defaults set at compile time), and the oracles
 * every target applies to what the engine gives back.
 */
#ifndef PC_FUZZ_COMMON_H
#define PC_FUZZ_COMMON_H

#include "internal.h"
#include "out.h"

#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

/* Opens the engine (rules compiled unless skip_rules) or aborts with the
 * reason: a fuzzer that runs on a half-loaded engine measures nothing. */
pc_engine *fz_engine_open(int skip_rules);

/* /dev/null, opened once. */
FILE *fz_null(void);

/* Aborts (a crash libFuzzer keeps) with the message when cond is false. */
#define FZ_ASSERT(cond, ...)                                                                   \
    do {                                                                                       \
        if (!(cond))                                                                           \
            fz_fail(__FILE__, __LINE__, #cond, __VA_ARGS__);                                   \
    } while (0)
void fz_fail(const char *file, int line, const char *cond, const char *fmt, ...)
    __attribute__((noreturn, format(printf, 4, 5)));

/* The checks on a diagnostic list after a read:
 *   - the code returned is 0 or one of the allowed codes;
 *   - a failure has at least one message with that code, and (with
 *     need_file) every message carrying a code also carries a file name;
 *   - the list prints (text and JSON) and its JSON is well-formed. */
void fz_check_diag(const pc_diag *d, int rc, int allowed1, int allowed2, int need_file);

/* Whether text[0..len) is well-formed JSON (a single value, or JSON Lines
 * when lines is set), its strings valid UTF-8 (not checked with
 * PLANCHECK_FUZZ_UTF8=0 in the environment). */
int fz_json_ok(const char *text, size_t len, int lines, char *err, size_t errlen);

/* Evaluates a subject that read cleanly at several dates (each plan's
 * years), with and without --explain, in both languages; writes the
 * report as JSON (checked well-formed) and as text. */
void fz_evaluate(pc_context *ctx, const pc_subject *s);

#endif
