/* common.c -- see common.h. */
#define _GNU_SOURCE
#include "common.h"

#include <errno.h>
#include <ftw.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

char *pct_mkdtemp(void)
{
    const char *tmp = getenv("TMPDIR");
    pc_buf b = {0};
    pc_buf_printf(&b, "%s/plancheck-unit-XXXXXX", tmp && *tmp ? tmp : "/tmp");
    char *path = pc_buf_take(&b);
    if (!mkdtemp(path)) {
        fprintf(stderr, "mkdtemp %s: %s\n", path, strerror(errno));
        abort();
    }
    return path;
}

static int rm_one(const char *path, const struct stat *st, int flag, struct FTW *ftw)
{
    (void)st, (void)flag, (void)ftw;
    return remove(path);
}

void pct_rmtree(const char *path)
{
    if (path)
        nftw(path, rm_one, 16, FTW_DEPTH | FTW_PHYS);
}

char *pct_join(const char *dir, const char *name)
{
    pc_buf b = {0};
    pc_buf_printf(&b, "%s/%s", dir, name);
    return pc_buf_take(&b);
}

/* Directories and files the tests make are writable by their owner only,
 * whatever the umask: the plugin loader refuses group- or world-writable
 * plugin directories. */
void pct_mkdirs(const char *path)
{
    char *p = pc_strdup(path);
    for (char *s = p + 1; *s; s++)
        if (*s == '/') {
            *s = '\0';
            if (mkdir(p, 0755) == 0)
                chmod(p, 0755);
            *s = '/';
        }
    if (mkdir(p, 0755) == 0)
        chmod(p, 0755);
    free(p);
}

static int no_group_write(const char *path, const struct stat *st, int flag, struct FTW *ftw)
{
    (void)flag, (void)ftw;
    if (st->st_mode & (S_IWGRP | S_IWOTH))
        chmod(path, st->st_mode & 07755);
    return 0;
}

void pct_chmod_go_w(const char *path)
{
    nftw(path, no_group_write, 16, FTW_PHYS);
}

void pct_write(const char *path, const char *data, size_t len)
{
    char *dir = pc_strdup(path);
    char *slash = strrchr(dir, '/');
    if (slash && slash != dir) {
        *slash = '\0';
        pct_mkdirs(dir);
    }
    free(dir);
    FILE *f = fopen(path, "wb");
    if (!f) {
        fprintf(stderr, "cannot write %s: %s\n", path, strerror(errno));
        abort();
    }
    if (len == (size_t)-1)
        len = strlen(data);
    if (fwrite(data, 1, len, f) != len || fclose(f) != 0) {
        fprintf(stderr, "cannot write %s\n", path);
        abort();
    }
    chmod(path, 0644);
}

char *pct_write_in(const char *dir, const char *name, const char *text)
{
    char *path = pct_join(dir, name);
    pct_write(path, text, (size_t)-1);
    return path;
}

const pc_message *pct_find(const pc_diag *d, int code, const char *needle)
{
    for (size_t i = 0; i < pc_diag_count(d); i++) {
        const pc_message *m = pc_diag_get(d, i);
        if ((code < 0 || m->code == code) && (!needle || strstr(m->text, needle)))
            return m;
    }
    return NULL;
}

void pct_print(const pc_diag *d)
{
    fprintf(stderr, "  -- %zu message(s):\n", pc_diag_count(d));
    for (size_t i = 0; i < pc_diag_count(d); i++) {
        const pc_message *m = pc_diag_get(d, i);
        fprintf(stderr, "  [%d] file=%s line=%ld field=%s: %s\n", m->code, m->file ? m->file : "(null)", m->line,
                m->field ? m->field : "(null)", m->text);
    }
}

const pc_message *pct_expect(const pc_diag *d, int code, const char *needle)
{
    const pc_message *m = pct_find(d, code, needle);
    if (!m) {
        fprintf(stderr, "  no message with code %d containing '%s'\n", code, needle ? needle : "");
        pct_print(d);
    }
    return m;
}

size_t pct_count(const pc_diag *d, int code)
{
    size_t n = 0;
    for (size_t i = 0; i < pc_diag_count(d); i++)
        n += pc_diag_get(d, i)->code >= code;
    return n;
}

char *pct_describe_json(pc_engine *e)
{
    char *text = NULL;
    size_t len = 0;
    FILE *f = open_memstream(&text, &len);
    if (!f)
        abort();
    pc_engine_describe_json(e, 0, f);
    fclose(f);
    return text;
}

int pct_contains(const char *text, const char *needle)
{
    return text && needle && strstr(text, needle) != NULL;
}

int pct_open(pc_engine **e, const char *config, const char *rules, const char *plugins, pc_diag *d)
{
    pc_engine_options o = {.config_path = config, .rules_dir = rules, .plugins_dir = plugins};
    return pc_engine_open(e, &o, d);
}
