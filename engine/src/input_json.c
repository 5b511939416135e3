/*
 * input_json.c -- an enterprise or a region from JSON, read with yajl's
 * streaming parser: no document tree is built, numbers arrive as the text
 * they were written in (so money is parsed exactly, "1e5" and "1.234" are
 * refused as money), and every value knows its line.
 *
 *   enterprise: {"id": ..., "region": ..., <field>: value, ..., "received": {"plan/rule": yuan}}
 *   region:     {"region": "210200", "name": "大连市", "years": {"2019": {<metric>: value}}}
 *
 * Scalars go through the same typed parse as INI values (subject.c).
 */
#include "subject.h"
#include "diag.h"
#include "encoding.h"
#include "engine.h"
#include "suggest.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <yajl/yajl_parse.h>

typedef enum where {
    AT_TOP,        /* inside the top-level object: field names */
    AT_RECEIVED,   /* inside "received" */
    AT_RECEIVED_YEARS, /* inside "received": {"plan/rule": {"YYYY": yuan}} */
    AT_YEARS,      /* inside "years": year keys */
    AT_YEAR        /* inside one year: metric names */
} where;

typedef struct reader {
    pc_subject *s;
    pc_diag *diag;
    yajl_handle h;
    const char *text;
    size_t len;
    size_t scanned;     /* bytes counted for lines so far */
    long line;          /* line of the byte at `scanned` */
    int one_line;       /* the text has no newline (JSON Lines): every value is on r->line */
    int depth;          /* nesting depth of maps and arrays */
    int skip;           /* > 0: inside a value being skipped, at this depth */
    where at;
    pc_year_values *year;
    char key[256];
    const unsigned char *key_at; /* a field's key, not yet copied to key (a stretch of text) */
    size_t key_len;
    char rule_key[256]; /* AT_RECEIVED_YEARS: the plan/rule the years are of */
    int field;          /* dictionary index of key at the top level, or -1 */
    size_t keys;        /* top-level keys seen */
    size_t closed;      /* bytes up to the end of the top-level object, once read */
    int utf8;           /* the text is known to be well-formed UTF-8 */
    int rc;
} reader;

static long line_now(reader *r)
{
    if (r->one_line)
        return r->line;
    size_t upto = yajl_get_bytes_consumed(r->h);
    for (; r->scanned < upto; r->scanned++)
        if (r->text[r->scanned] == '\n')
            r->line++;
    return r->line;
}

static void fail(reader *r, int rc)
{
    if (rc > r->rc)
        r->rc = rc;
}

/* The current key in r->key, copied from the text if on_key left it there. */
static void key_copy(reader *r)
{
    if (!r->key_at)
        return;
    size_t len = r->key_len < sizeof r->key ? r->key_len : sizeof r->key - 1;
    memcpy(r->key, r->key_at, len);
    r->key[len] = '\0';
    r->key_at = NULL;
}

static void bad_value(reader *r, pc_diag_id what)
{
    key_copy(r);
    pc_subject_error(r->diag, r->s, line_now(r), r->key[0] ? r->key : NULL, what);
    fail(r, PC_EX_DATAERR);
}

/* One scalar, as the text the INI reader would have seen. */
static int scalar(void *ctx, const char *text, int is_string)
{
    reader *r = ctx;
    if (r->skip)
        return 1;
    key_copy(r);
    long line = line_now(r);
    pc_subject *s = r->s;
    if (r->depth == 0) {
        bad_value(r, PC_D_JSON_EXPECTED_OBJECT);
        return 1;
    }
    switch (r->at) {
    case AT_TOP:
        if (r->depth != 1)
            break;
        if (s->kind == PC_SUBJECT_ENTERPRISE) {
            if (r->field >= 0)
                fail(r, pc_subject_set_field(s, NULL, r->field, text, line, r->diag));
            else if (strcmp(r->key, "received") == 0)
                bad_value(r, PC_D_JSON_EXPECTED_RECEIVED);
            else
                fail(r, pc_subject_set_text(s, NULL, r->key, text, line, r->diag));
        } else if (strcmp(r->key, "region") == 0 || strcmp(r->key, "code") == 0) {
            if (s->region[0]) {
                pc_diag_say(r->diag, PC_EX_DATAERR, s->file, line, r->key, PC_D_JSON_REGION_TWICE, s->region_line);
                fail(r, PC_EX_DATAERR);
            } else if (!is_string || !pc_region_code_valid(text)) {
                bad_value(r, PC_D_JSON_EXPECTED_REGION_CODE);
            } else {
                memcpy(s->region, text, 7);
                s->region_line = line;
            }
        } else if (strcmp(r->key, "name") == 0 && is_string) {
            if (!pc_utf8_valid(text)) {
                pc_diag_say(r->diag, PC_EX_DATAERR, s->file, line, "name", PC_D_NOT_UTF8_TEXT);
                fail(r, PC_EX_DATAERR);
            }
            if (s->name) {
                pc_diag_say(r->diag, PC_EX_DATAERR, s->file, line, "name", PC_D_GIVEN_TWICE_HERE);
                fail(r, PC_EX_DATAERR);
            }
            s->name = (char *)pc_subject_keep(s, text);
        } else if (strcmp(r->key, "years") == 0) {
            bad_value(r, PC_D_JSON_EXPECTED_YEARS);
        } else {
            static const char *const keys[] = {"region", "name", "years", NULL};
            const char *near = pc_suggest(r->key, keys);
            pc_diag_say(r->diag, PC_EX_DATAERR, s->file, line, r->key, PC_D_JSON_REGION_KEY);
            if (near)
                pc_diag_append(r->diag, PC_D_DID_YOU_MEAN, near);
            fail(r, PC_EX_DATAERR);
        }
        break;
    case AT_RECEIVED:
        fail(r, pc_subject_add_received(s, r->key, text, line, r->diag));
        break;
    case AT_RECEIVED_YEARS: {
        int64_t y;
        if (strlen(r->key) != 4 || pc_int_parse(r->key, &y) != 0) {
            pc_diag_say(r->diag, PC_EX_DATAERR, s->file, line, r->rule_key, PC_D_JSON_RECEIVED_YEAR_KEY, r->key);
            fail(r, PC_EX_DATAERR);
            break;
        }
        fail(r, pc_subject_add_received_year(s, r->rule_key, (int)y, text, line, r->diag));
        break;
    }
    case AT_YEARS:
        bad_value(r, PC_D_JSON_EXPECTED_YEAR);
        break;
    case AT_YEAR:
        fail(r, pc_subject_set_text(s, r->year, r->key, text, line, r->diag));
        break;
    }
    return 1;
}

/* Whether yajl gave p from the text rather than from the buffer it decodes
 * escapes into (the text is parsed as one piece: a key in it is whole). */
static int in_text(const reader *r, const unsigned char *p)
{
    return (uintptr_t)p - (uintptr_t)r->text < r->len;
}

/* Whether the value read now is a field of an enterprise (the common case):
 * on_key found the field (at depth 1, not skipping, so at AT_TOP), and a
 * scalar at depth 1 is the value of the key just read. */
static int at_field(const reader *r)
{
    return r->field >= 0 && r->depth == 1;
}

static int on_null(void *ctx)
{
    (void)ctx;   /* null is absent */
    return 1;
}

static int on_boolean(void *ctx, int b)
{
    reader *r = ctx;
    if (at_field(r)) {
        fail(r, pc_subject_set_bool(r->s, r->field, b, line_now(r), r->diag));
        return 1;
    }
    return scalar(ctx, b ? "true" : "false", 0);
}

#define NUMBER_MAX 64   /* a number's text is shorter */

/* A number that is not a field's of the types numbers are for. */
__attribute__((noinline)) static int number_other(reader *r, const char *s, size_t len)
{
    if (at_field(r)) {
        pc_field_type t = r->s->dict->fields[r->field].def.type;
        if (t == PC_FIELD_STRING || t == PC_FIELD_REGION || t == PC_FIELD_ENUM) {
            bad_value(r, PC_D_JSON_EXPECTED_CODE_STRING);
            return 1;
        }
    }
    if (len >= NUMBER_MAX) {
        bad_value(r, PC_D_JSON_NUMBER_TOO_LONG);
        return 1;
    }
    char text[NUMBER_MAX];
    memcpy(text, s, len);
    text[len] = '\0';
    return scalar(r, text, 0);
}

static int on_number(void *ctx, const char *s, size_t len)
{
    reader *r = ctx;
    if (at_field(r) && len < NUMBER_MAX) {
        pc_field_type t = r->s->dict->fields[r->field].def.type;
        if (t != PC_FIELD_STRING && t != PC_FIELD_REGION && t != PC_FIELD_ENUM) {
            fail(r, pc_subject_set_number(r->s, r->field, s, len, line_now(r), r->diag));
            return 1;
        }
    }
    return number_other(r, s, len);
}

static int on_string(void *ctx, const unsigned char *s, size_t len)
{
    reader *r = ctx;
    /* yajl refuses a raw NUL (a control character): one can come only from
     * "\u0000", decoded into its buffer */
    if (!in_text(r, s) && memchr(s, '\0', len)) {
        bad_value(r, PC_D_JSON_EXPECTED_NO_NUL);
        return 1;
    }
    char small[256], *text = len < sizeof small ? small : pc_xmalloc(len + 1);
    memcpy(text, s, len);
    text[len] = '\0';
    if (at_field(r)) {
        /* yajl lets overlong forms and encoded surrogates through (what it
         * decodes from escapes is well-formed: unpaired surrogates are
         * refused first); pc_subject_set_field says what is wrong */
        long line = line_now(r);
        if (r->utf8 || pc_utf8_valid_n(text, len))
            fail(r, pc_subject_set_utf8(r->s, NULL, r->field, text, line, r->diag));
        else
            fail(r, pc_subject_set_field(r->s, NULL, r->field, text, line, r->diag));
    } else {
        scalar(ctx, text, 1);
    }
    if (text != small)
        free(text);
    return 1;
}

/* A key on_key did not settle at once. */
__attribute__((noinline)) static int key_other(reader *r, const unsigned char *s, size_t len)
{
    /* "id\u0000x" is no field: its NUL is kept visible ("\u0000") in the key
     * the messages name, so the key is unknown rather than cut to "id" */
    const unsigned char *nul = memchr(s, '\0', len);
    r->field = r->depth == 1 && r->s->kind == PC_SUBJECT_ENTERPRISE && !nul
                   ? pc_subject_key_field(r->s, r->keys, (const char *)s, len)
                   : -1;
    r->keys += r->depth == 1 && r->s->kind == PC_SUBJECT_ENTERPRISE;
    if (r->field >= 0 && in_text(r, s)) {
        r->key_at = s;
        r->key_len = len;
        return 1;
    }
    r->key_at = NULL;
    size_t n = 0;
    for (size_t i = 0; i < len && n + 1 < sizeof r->key; i++) {
        if (s[i]) {
            r->key[n++] = (char)s[i];
        } else if (n + 6 < sizeof r->key) {
            memcpy(r->key + n, "\\u0000", 6);
            n += 6;
        }
    }
    r->key[n] = '\0';
    return 1;
}

static int on_key(void *ctx, const unsigned char *s, size_t len)
{
    reader *r = ctx;
    if (r->skip)
        return 1;
    /* A field's key is wanted only for messages: left where it is, in the
     * text, and copied if one is written. */
    int field;
    if (r->depth == 1 && r->s->kind == PC_SUBJECT_ENTERPRISE &&
        (field = pc_subject_key_cached(r->s, r->keys, (const char *)s, len)) >= 0 && in_text(r, s)) {
        r->keys++;
        r->field = field;
        r->key_at = s;
        r->key_len = len;
        return 1;
    }
    return key_other(r, s, len);
}

static int on_start_map(void *ctx)
{
    reader *r = ctx;
    r->depth++;
    if (r->skip)
        return 1;
    key_copy(r);
    pc_subject *s = r->s;
    if (r->depth == 1)
        return 1;
    if (r->depth == 2 && r->at == AT_TOP && s->kind == PC_SUBJECT_ENTERPRISE && strcmp(r->key, "received") == 0) {
        r->at = AT_RECEIVED;
        return 1;
    }
    if (r->depth == 3 && r->at == AT_RECEIVED) {
        snprintf(r->rule_key, sizeof r->rule_key, "%s", r->key);
        r->at = AT_RECEIVED_YEARS;
        return 1;
    }
    if (r->depth == 2 && r->at == AT_TOP && s->kind == PC_SUBJECT_REGION && strcmp(r->key, "years") == 0) {
        r->at = AT_YEARS;
        return 1;
    }
    if (r->depth == 3 && r->at == AT_YEARS) {
        int64_t y;
        if (strlen(r->key) != 4 || pc_int_parse(r->key, &y) != 0 || y < 1900 || y > 2200) {
            pc_diag_say(r->diag, PC_EX_DATAERR, s->file, line_now(r), r->key, PC_D_JSON_YEARS_KEY);
            fail(r, PC_EX_DATAERR);
            r->skip = r->depth;
            return 1;
        }
        for (size_t i = 0; i < s->nyears; i++)
            if (s->years[i].year == (int)y) {
                pc_diag_say(r->diag, PC_EX_DATAERR, s->file, line_now(r), r->key, PC_D_JSON_YEAR_TWICE, s->years[i].line);
                fail(r, PC_EX_DATAERR);
            }
        r->year = pc_subject_year(s, (int)y, line_now(r));
        r->at = AT_YEAR;
        return 1;
    }
    bad_value(r, r->depth == 1 ? PC_D_JSON_EXPECTED_OBJECT : PC_D_JSON_EXPECTED_VALUE_NOT_OBJECT);
    r->skip = r->depth;
    return 1;
}

static int on_end_map(void *ctx)
{
    reader *r = ctx;
    if (r->depth == 1)
        r->closed = yajl_get_bytes_consumed(r->h);
    if (r->skip == r->depth)
        r->skip = 0;
    else if (!r->skip && r->at == AT_YEAR)
        r->at = AT_YEARS;
    else if (!r->skip && r->at == AT_RECEIVED_YEARS)
        r->at = AT_RECEIVED;
    else if (!r->skip && (r->at == AT_YEARS || r->at == AT_RECEIVED))
        r->at = AT_TOP;
    r->depth--;
    return 1;
}

static int on_start_array(void *ctx)
{
    reader *r = ctx;
    r->depth++;
    if (r->skip)
        return 1;
    bad_value(r, r->depth == 1 ? PC_D_JSON_EXPECTED_OBJECT : PC_D_JSON_EXPECTED_VALUE_NOT_ARRAY);
    r->skip = r->depth;
    return 1;
}

static int on_end_array(void *ctx)
{
    reader *r = ctx;
    if (r->skip == r->depth)
        r->skip = 0;
    r->depth--;
    return 1;
}

static const yajl_callbacks callbacks = {
    on_null, on_boolean, NULL, NULL, on_number, on_string,
    on_start_map, on_key, on_end_map, on_start_array, on_end_array};

/* yajl's allocations for one record (its handle, lexer, stack and string
 * buffer: about 2.4 KB) are carved from a block on the reader's stack, freed
 * all at once when the record is read; what does not fit comes from malloc.
 * Each piece is preceded by its size, for realloc. */
#define HEAP_ALIGN 16
typedef struct record_heap {
    size_t used;
    _Alignas(HEAP_ALIGN) unsigned char block[8192];
} record_heap;

static int in_block(const record_heap *h, const void *p)
{
    uintptr_t a = (uintptr_t)p, lo = (uintptr_t)h->block;
    return a >= lo && a < lo + sizeof h->block;
}

static void *heap_malloc(void *ctx, size_t n)
{
    record_heap *h = ctx;
    size_t need = HEAP_ALIGN + ((n + HEAP_ALIGN - 1) & ~(size_t)(HEAP_ALIGN - 1));
    if (n > sizeof h->block || need > sizeof h->block - h->used)
        return pc_xmalloc(n);
    unsigned char *p = h->block + h->used + HEAP_ALIGN;
    memcpy(p - sizeof n, &n, sizeof n);
    h->used += need;
    return p;
}

static void heap_free(void *ctx, void *p)
{
    if (!in_block(ctx, p))
        free(p);
}

static void *heap_realloc(void *ctx, void *p, size_t n)
{
    if (!p)
        return heap_malloc(ctx, n);
    if (!in_block(ctx, p))
        return pc_xrealloc(p, n);
    size_t old;
    memcpy(&old, (unsigned char *)p - sizeof old, sizeof old);
    void *q = heap_malloc(ctx, n);
    memcpy(q, p, old < n ? old : n);
    return q;
}

static int hex4(const char *p, unsigned *v)
{
    *v = 0;
    for (int i = 0; i < 4; i++) {
        char c = p[i];
        int d = c >= '0' && c <= '9' ? c - '0' : c >= 'a' && c <= 'f' ? c - 'a' + 10 : c >= 'A' && c <= 'F' ? c - 'A' + 10 : -1;
        if (d < 0)
            return -1;
        *v = *v * 16 + (unsigned)d;
    }
    return 0;
}

/* yajl turns an unpaired surrogate escape into some other character without
 * a word; find them first.  Returns the offset of the first, or -1. */
static long unpaired_surrogate(const char *text, size_t len)
{
    for (size_t i = 0; i + 6 <= len; i++) {
        if (text[i] != '\\')
            continue;
        if (text[i + 1] != 'u') {
            i++;   /* skip the escaped character */
            continue;
        }
        unsigned v, w;
        if (hex4(text + i + 2, &v) != 0)
            continue;
        if (v >= 0xDC00 && v <= 0xDFFF)
            return (long)i;
        if (v >= 0xD800 && v <= 0xDBFF) {
            if (i + 12 > len || text[i + 6] != '\\' || text[i + 7] != 'u' || hex4(text + i + 8, &w) != 0 ||
                w < 0xDC00 || w > 0xDFFF)
                return (long)i;
            i += 11;
            continue;
        }
        i += 5;
    }
    return -1;
}

static int only_space(const char *p, size_t n)
{
    for (size_t i = 0; i < n; i++)
        if (p[i] != ' ' && p[i] != '\n' && p[i] != '\t' && p[i] != '\r')
            return 0;
    return 1;
}

int pc_input_json(pc_engine *e, pc_subject *s, const char *text, size_t len, long first_line, int utf8,
                  pc_diag *diag)
{
    long bad = memchr(text, '\\', len) ? unpaired_surrogate(text, len) : -1;
    if (bad >= 0) {
        long line = first_line > 0 ? first_line : 1;
        for (long i = 0; i < bad; i++)
            line += text[i] == '\n';
        pc_diag_say(diag, PC_EX_DATAERR, s->file, line, NULL, PC_D_JSON_SURROGATE, text + bad + 2);
        return PC_EX_DATAERR;
    }
    (void)e;
    reader r;   /* not zeroed whole: the key buffers are written before they are read */
    r.s = s;
    r.diag = diag;
    r.text = text;
    r.len = len;
    r.scanned = 0;
    r.line = first_line > 0 ? first_line : 1;
    r.one_line = memchr(text, '\n', len) == NULL;
    r.depth = r.skip = 0;
    r.at = AT_TOP;
    r.year = NULL;
    r.key[0] = r.rule_key[0] = '\0';
    r.key_at = NULL;
    r.key_len = 0;
    r.field = -1;
    r.keys = 0;
    r.closed = 0;
    r.utf8 = utf8;
    r.rc = 0;
    s->line = first_line > 1 ? first_line : 0;
    record_heap heap;
    heap.used = 0;
    yajl_alloc_funcs funcs = {heap_malloc, heap_realloc, heap_free, &heap};
    r.h = yajl_alloc(&callbacks, &funcs, &r);
    if (utf8)   /* checked already, and more strictly than yajl does */
        yajl_config(r.h, yajl_dont_validate_strings, 1);
    yajl_status st = yajl_parse(r.h, (const unsigned char *)text, len);
    /* yajl_complete_parse ends a value the text left open (a number at its
     * end, trailing garbage yajl could not tell yet): nothing to end when
     * the object closed and only JSON whitespace follows it */
    if (st == yajl_status_ok && !(r.closed && only_space(text + r.closed, len - r.closed)))
        st = yajl_complete_parse(r.h);
    if (st != yajl_status_ok) {
        unsigned char *msg = yajl_get_error(r.h, 0, (const unsigned char *)text, len);
        char *nl = strchr((char *)msg, '\n');
        if (nl)
            *nl = '\0';
        pc_diag_say(diag, PC_EX_DATAERR, s->file, line_now(&r), NULL, PC_D_JSON_INVALID, (char *)msg);
        yajl_free_error(r.h, msg);
        fail(&r, PC_EX_DATAERR);
    }
    yajl_free(r.h);
    return r.rc;
}

int pc_json_check(const char *text, size_t len, const char *file, long line, pc_diag *diag)
{
    yajl_handle h = yajl_alloc(NULL, NULL, NULL);
    yajl_status st = yajl_parse(h, (const unsigned char *)text, len);
    if (st == yajl_status_ok)
        st = yajl_complete_parse(h);
    if (st != yajl_status_ok) {
        size_t upto = yajl_get_bytes_consumed(h);
        long at = line > 0 ? line : 1;
        for (size_t i = 0; i < upto && i < len; i++)
            at += text[i] == '\n';
        unsigned char *msg = yajl_get_error(h, 0, (const unsigned char *)text, len);
        char *nl = strchr((char *)msg, '\n');
        if (nl)
            *nl = '\0';
        pc_diag_say(diag, PC_EX_DATAERR, file, at, NULL, PC_D_JSON_INVALID, (char *)msg);
        yajl_free_error(h, msg);
    }
    yajl_free(h);
    return st == yajl_status_ok ? 0 : PC_EX_DATAERR;
}
