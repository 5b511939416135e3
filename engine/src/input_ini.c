/*
 * input_ini.c -- an enterprise or a region from an INI file, read with inih.
 *
 *   enterprise:  [enterprise] field = value ...   [received] plan-id/rule-id = yuan
 *   region:      [region] code = ..., name = ...   [YYYY] metric = value ...
 */
#include "subject.h"
#include "diag.h"
#include "encoding.h"
#include "engine.h"
#include "suggest.h"

#include <ini.h>
#include <stdlib.h>
#include <string.h>

typedef struct subject_reader {
    const char *text, *end;
    long line;
    pc_engine *e;
    pc_subject *s;
    pc_diag *diag;
    int rc;
} subject_reader;

/* inih reads a line into a buffer of INI_MAX_LINE (200) bytes and would
 * take the rest of a longer line for a line of its own: such a line is
 * reported here, whole, and inih is handed an empty comment instead. */
static char *next_line(char *str, int num, void *stream)
{
    subject_reader *r = stream;
    if (r->text >= r->end || num < 3)
        return NULL;
    const char *nl = memchr(r->text, '\n', (size_t)(r->end - r->text));
    size_t len = nl ? (size_t)(nl - r->text) + 1 : (size_t)(r->end - r->text);
    r->line++;
    if (len > (size_t)num - 1) {
        const char *p = r->text;
        while (p < r->end && (*p == ' ' || *p == '\t'))
            p++;
        r->text += len;
        memcpy(str, ";\n", 3);
        if (p < r->end && (*p == ';' || *p == '#'))
            return str;   /* a long comment is still a comment */
        pc_diag_say(r->diag, PC_EX_DATAERR, r->s->file, r->line, NULL, PC_D_INI_LINE_TOO_LONG, len - (nl ? 1 : 0),
                    num - 2);
        if (r->rc < PC_EX_DATAERR)
            r->rc = PC_EX_DATAERR;
        return str;
    }
    if (memchr(r->text, '\0', len)) {
        /* inih would stop reading the value at the NUL: refuse the line */
        pc_diag_say(r->diag, PC_EX_DATAERR, r->s->file, r->line, NULL, PC_D_INI_NUL_BYTE);
        if (r->rc < PC_EX_DATAERR)
            r->rc = PC_EX_DATAERR;
        r->text += len;
        memcpy(str, ";\n", 3);
        return str;
    }
    memcpy(str, r->text, len);
    str[len] = '\0';
    r->text += len;
    return str;
}

static long current_line(const subject_reader *r)
{
    /* The line just read; next_line already counted it. */
    return r->line;
}

static void fail(subject_reader *r, int rc)
{
    if (rc > r->rc)
        r->rc = rc;
}

static int year_of(const char *section, int *year)
{
    int64_t y;
    if (strlen(section) != 4 || pc_int_parse(section, &y) != 0 || y < 1900 || y > 2200)
        return -1;
    *year = (int)y;
    return 0;
}

static int on_entry(void *user, const char *section, const char *key, const char *value)
{
    subject_reader *r = user;
    pc_subject *s = r->s;
    long line = current_line(r);
    if (s->kind == PC_SUBJECT_ENTERPRISE) {
        if (strcmp(section, "enterprise") == 0)
            fail(r, pc_subject_set_text(s, NULL, key, value, line, r->diag));
        else if (strcmp(section, "received") == 0)
            fail(r, pc_subject_add_received(s, key, value, line, r->diag));
        else {
            pc_diag_say(r->diag, PC_EX_DATAERR, s->file, line, NULL, PC_D_INI_SECTION_ENTERPRISE, section);
            fail(r, PC_EX_DATAERR);
        }
        return 1;
    }
    int year;
    if (strcmp(section, "region") == 0) {
        if (strcmp(key, "code") == 0) {
            if (!pc_region_code_valid(value)) {
                pc_diag_say(r->diag, PC_EX_DATAERR, s->file, line, "code", PC_D_EXPECTED_REGION_CODE, value);
                fail(r, PC_EX_DATAERR);
            } else if (s->region[0]) {
                pc_diag_say(r->diag, PC_EX_DATAERR, s->file, line, "code", PC_D_GIVEN_TWICE, s->region_line);
                fail(r, PC_EX_DATAERR);
            } else {
                memcpy(s->region, value, 7);
                s->region_line = line;
            }
        } else if (strcmp(key, "name") == 0) {
            if (!pc_utf8_valid(value)) {
                pc_diag_say(r->diag, PC_EX_DATAERR, s->file, line, "name", PC_D_NOT_UTF8_TEXT);
                fail(r, PC_EX_DATAERR);
            }
            s->name = (char *)pc_subject_keep(s, value);
        } else {
            static const char *const keys[] = {"code", "name", NULL};
            const char *near = pc_suggest(key, keys);
            int metric = pc_dict_find_label(s->dict, PC_SUBJECT_REGION, key) >= 0;
            pc_diag_say(r->diag, PC_EX_DATAERR, s->file, line, key, PC_D_INI_REGION_KEY);
            if (near)
                pc_diag_append(r->diag, PC_D_DID_YOU_MEAN, near);
            else if (metric)
                pc_diag_append(r->diag, PC_D_METRICS_IN_YEAR);
            fail(r, PC_EX_DATAERR);
        }
    } else if (year_of(section, &year) == 0) {
        fail(r, pc_subject_set_text(s, pc_subject_year(s, year, line), key, value, line, r->diag));
    } else {
        pc_diag_say(r->diag, PC_EX_DATAERR, s->file, line, NULL, PC_D_INI_SECTION_REGION, section);
        fail(r, PC_EX_DATAERR);
    }
    return 1;
}

int pc_input_ini(pc_engine *e, pc_subject *s, const char *text, size_t len, pc_diag *diag)
{
    subject_reader r = {text, text + len, 0, e, s, diag, 0};
    int rc = ini_parse_stream(next_line, &r, on_entry, &r);
    if (rc > 0) {
        pc_diag_say(diag, PC_EX_DATAERR, s->file, rc, NULL, PC_D_INI_NOT_A_LINE);
        fail(&r, PC_EX_DATAERR);
    }
    if (r.rc == 0 && s->kind == PC_SUBJECT_ENTERPRISE && !s->id && !s->region[0] && r.line == 0)
        pc_diag_say(diag, PC_EX_DATAERR, s->file, 0, NULL, PC_D_FILE_EMPTY);
    return r.rc;
}
