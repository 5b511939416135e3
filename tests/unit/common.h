/*
 * common.h -- helpers the unit tests share: temporary directories and files,
 * searching a pc_diag, capturing describe output.
 */
#ifndef PC_TEST_COMMON_H
#define PC_TEST_COMMON_H

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>

#include <cmocka.h>

#include "internal.h"

/* A string for assert_string_equal that may be NULL. */
#define PCT_S(p) ((p) ? (const char *)(p) : "(null)")

/* A fresh directory under $TMPDIR (or /tmp); malloc'd path. */
char *pct_mkdtemp(void);
/* rm -rf; ignores a NULL path. */
void pct_rmtree(const char *path);
/* dir/name, malloc'd. */
char *pct_join(const char *dir, const char *name);
/* mkdir -p. */
void pct_mkdirs(const char *path);
/* chmod go-w on a tree (the plugin loader refuses group-writable plugins). */
void pct_chmod_go_w(const char *path);
/* Writes len bytes (strlen when len is (size_t)-1), creating parent directories. */
void pct_write(const char *path, const char *data, size_t len);
/* Writes dir/name; returns the malloc'd path. */
char *pct_write_in(const char *dir, const char *name, const char *text);

/* The first message with this code (-1: any code) whose text contains needle
 * (NULL: any text); NULL when there is none. */
const pc_message *pct_find(const pc_diag *d, int code, const char *needle);
/* The same, printing every message to stderr when none matches, so that a
 * failing assertion shows what the engine said. */
const pc_message *pct_expect(const pc_diag *d, int code, const char *needle);
/* Messages whose code is at least code. */
size_t pct_count(const pc_diag *d, int code);
void pct_print(const pc_diag *d);

/* pc_engine_describe_json into a malloc'd string. */
char *pct_describe_json(pc_engine *e);
/* Whether text contains needle. */
int pct_contains(const char *text, const char *needle);

/* Opens an engine on these directories (config may be NULL).  The engine is
 * returned even when opening fails, as pc_engine_open does; close it. */
int pct_open(pc_engine **e, const char *config, const char *rules, const char *plugins, pc_diag *d);

#endif
