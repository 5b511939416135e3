/*
 * subject.c -- one record under evaluation: an enterprise (one set of field
 * values) or a region (field values per year).  Values are parsed by the
 * dictionary's type of the field, from text, so INI, CSV and JSON share one
 * set of checks and one wording of errors.
 */
#include "subject.h"
#include "diag.h"
#include "encoding.h"
#include "engine.h"
#include "suggest.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

pc_subject *pc_subject_new(const pc_engine *e, pc_subject_kind kind, const char *file)
{
    pc_subject *s = pc_xcalloc(1, sizeof *s);
    s->kind = kind;
    s->file = pc_strdup(file);
    s->dict = &e->dict;
    if (kind == PC_SUBJECT_ENTERPRISE) {
        s->values = pc_xcalloc(e->dict.n_enterprise, sizeof *s->values);
        s->lines = pc_xcalloc(e->dict.n_enterprise, sizeof *s->lines);
    }
    return s;
}

void pc_subject_reset(pc_subject *s)
{
    size_t n = s->dict->n_enterprise;
    pc_arena_reset(&s->arena);
    for (size_t i = 0; i < s->nyears; i++) {
        free(s->years[i].values);
        free(s->years[i].lines);
    }
    s->nyears = 0;
    for (size_t i = 0; i < s->nreceived; i++)
        free(s->received[i].key);
    s->nreceived = 0;
    s->nwhat_if = 0;
    if (s->values) {
        memset(s->values, 0, n * sizeof *s->values);
        memset(s->lines, 0, n * sizeof *s->lines);
    }
    s->id = s->name = NULL;
    s->region[0] = '\0';
    s->region_line = s->line = 0;
}

void pc_subject_free(pc_subject *s)
{
    if (!s)
        return;
    pc_arena_free(&s->arena);
    for (size_t i = 0; i < s->nyears; i++) {
        free(s->years[i].values);
        free(s->years[i].lines);
    }
    for (size_t i = 0; i < s->nreceived; i++)
        free(s->received[i].key);
    free(s->years);
    free(s->received);
    free(s->what_if);
    free(s->values);
    free(s->lines);
    free(s->file);
    free(s);
}

const char *pc_subject_keep(pc_subject *s, const char *text)
{
    return pc_arena_strdup(&s->arena, text);
}

int pc_subject_key_lookup(pc_subject *s, size_t position, const char *key, size_t len)
{
    char name[256];
    if (len >= sizeof name)
        return -1;
    memcpy(name, key, len);
    name[len] = '\0';
    int fi = pc_dict_find_label(s->dict, s->kind, name);
    if (position < PC_KEY_CACHE && len < sizeof s->key_cache[0].key && fi >= 0) {
        memcpy(s->key_cache[position].key, key, len);
        s->key_cache[position].len = len;
        s->key_cache[position].field = fi;
    }
    return fi;
}

pc_year_values *pc_subject_year(pc_subject *s, int year, long line)
{
    for (size_t i = 0; i < s->nyears; i++)
        if (s->years[i].year == year)
            return &s->years[i];
    size_t n = s->dict->n_region;
    pc_year_values y = {year, line, pc_xcalloc(n, sizeof(pc_value)), pc_xcalloc(n, sizeof(long))};
    /* Keep years sorted: targets walk them in order. */
    PC_PUSH(s->years, s->nyears, s->years_cap, y);
    for (size_t i = s->nyears - 1; i > 0 && s->years[i - 1].year > s->years[i].year; i--) {
        pc_year_values t = s->years[i];
        s->years[i] = s->years[i - 1];
        s->years[i - 1] = t;
    }
    for (size_t i = 0; i < s->nyears; i++)
        if (s->years[i].year == year)
            return &s->years[i];
    return NULL;
}

static int parse_number(const char *text, double *out)
{
    char *end;
    if (!*text || strchr(text, 'x') || strchr(text, 'X'))
        return -1;
    double v = strtod(text, &end);
    if (*end || !isfinite(v))
        return -1;
    *out = v;
    return 0;
}

void pc_subject_unknown_field(const pc_subject *s, const char *name, long line, pc_diag *diag)
{
    pc_diag_say(diag, PC_EX_DATAERR, s->file, line, name,
                s->kind == PC_SUBJECT_ENTERPRISE ? PC_D_UNKNOWN_ENTERPRISE_FIELD : PC_D_UNKNOWN_REGION_METRIC);
    pc_dict_hint(diag, s->dict, s->kind, name);
}

int pc_subject_set_text(pc_subject *s, pc_year_values *year, const char *name, const char *text,
                        long line, pc_diag *diag)
{
    int fi = pc_dict_find_label(s->dict, s->kind, name);
    if (fi < 0) {
        pc_subject_unknown_field(s, name, line, diag);
        return PC_EX_DATAERR;
    }
    return pc_subject_set_field(s, year, fi, text, line, diag);
}

void pc_subject_label(pc_diag *diag, const pc_subject *s, size_t from, const char *field)
{
    int i = field ? pc_dict_find(s->dict, s->kind, field) : -1;
    if (i >= 0)
        pc_diag_set_label(diag, from, s->dict->fields[i].def.label_zh);
}

void pc_subject_error(pc_diag *diag, const pc_subject *s, long line, const char *field, pc_diag_id id, ...)
{
    size_t from = pc_diag_count(diag);
    va_list ap;
    va_start(ap, id);
    pc_diag_vsay(diag, PC_EX_DATAERR, s->file, line, field, id, ap);
    va_end(ap);
    pc_subject_label(diag, s, from, field);
}

/* The message for a value its field's type refuses. */
__attribute__((noinline)) static int refuse(pc_subject *s, const pc_field *f, const char *text, long line, pc_diag *diag)
{
    if (f->def.type == PC_FIELD_ENUM) {
        /* the list is worded per language: each text written apart */
        pc_buf zh_list = {0}, en_list = {0}, zh = {0}, en = {0};
        pc_field_enum_list_lang(f, &zh_list, PC_LANG_ZH);
        pc_field_enum_list(f, &en_list);
        size_t from = pc_diag_count(diag);
        pc_diag_format_in(&zh, PC_LANG_ZH, PC_D_EXPECTED_ENUM, zh_list.data, text);
        pc_diag_format_in(&en, PC_LANG_EN, PC_D_EXPECTED_ENUM, en_list.data, text);
        pc_diag_add_texts(diag, PC_EX_DATAERR, s->file, line, f->def.name, PC_D_EXPECTED_ENUM, zh.data, en.data);
        pc_subject_label(diag, s, from, f->def.name);
        pc_field_enum_hint(diag, f, text);
        pc_buf_free(&zh_list);
        pc_buf_free(&en_list);
        pc_buf_free(&zh);
        pc_buf_free(&en);
    } else if (f->def.type == PC_FIELD_REGION) {
        pc_subject_error(diag, s, line, f->def.name, PC_D_EXPECTED_REGION_CODE, text);
    } else {
        /* the type is worded per language: each text written apart */
        pc_buf zh = {0}, en = {0};
        size_t from = pc_diag_count(diag);
        pc_diag_format_in(&zh, PC_LANG_ZH, PC_D_EXPECTED_TYPE, pc_field_type_words(f->def.type, PC_LANG_ZH), text);
        pc_diag_format_in(&en, PC_LANG_EN, PC_D_EXPECTED_TYPE, pc_field_type_words(f->def.type, PC_LANG_EN), text);
        pc_diag_add_texts(diag, PC_EX_DATAERR, s->file, line, f->def.name, PC_D_EXPECTED_TYPE, zh.data, en.data);
        pc_subject_label(diag, s, from, f->def.name);
        pc_buf_free(&zh);
        pc_buf_free(&en);
    }
    return PC_EX_DATAERR;
}

int pc_subject_set_field(pc_subject *s, pc_year_values *year, int fi, const char *text, long line, pc_diag *diag)
{
    if (!pc_utf8_valid(text)) {
        pc_subject_error(diag, s, line, s->dict->fields[fi].def.name, PC_D_NOT_UTF8_TEXT);
        return PC_EX_DATAERR;
    }
    return pc_subject_set_utf8(s, year, fi, text, line, diag);
}

static pc_value *slot_of(pc_subject *s, pc_year_values *year, const pc_field *f)
{
    return year ? &year->values[f->index] : &s->values[f->index];
}

__attribute__((noinline)) static int given_twice(pc_subject *s, pc_year_values *year, const pc_field *f, long line,
                                                 pc_diag *diag)
{
    pc_subject_error(diag, s, line, f->def.name, PC_D_GIVEN_TWICE, year ? year->lines[f->index] : s->lines[f->index]);
    return PC_EX_DATAERR;
}

/* v into the empty slot of field f. */
static void store(pc_subject *s, pc_year_values *year, const pc_field *f, pc_value *slot, pc_value v, long line)
{
    *slot = v;
    if (year) {
        year->lines[f->index] = line;
        return;
    }
    s->lines[f->index] = line;
    if (s->kind != PC_SUBJECT_ENTERPRISE)
        return;
    if (f->index == PC_CORE_ID)
        s->id = (char *)v.u.s;
    else if (f->index == PC_CORE_NAME)
        s->name = (char *)v.u.s;
    else if (f->index == PC_CORE_REGION) {
        memcpy(s->region, v.u.s, 7);
        s->region_line = line;
    }
}

static int money_value(const char *text, size_t len, pc_value *v)
{
    v->type = PC_MONEY;
    return pc_money_parse_n(text, len, &v->u.fen) == 0;
}

int pc_subject_set_utf8(pc_subject *s, pc_year_values *year, int fi, const char *text, long line, pc_diag *diag)
{
    const pc_field *f = &s->dict->fields[fi];
    pc_value *slot = slot_of(s, year, f);
    if (slot->type != PC_NIL)
        return given_twice(s, year, f, line, diag);
    pc_value v = {PC_NIL, {0}};
    int ok = 1;
    switch (f->def.type) {
    case PC_FIELD_STRING:
        v.type = PC_STRING;
        v.u.s = pc_subject_keep(s, text);
        ok = *text != '\0';
        break;
    case PC_FIELD_BOOL:
        v.type = PC_BOOL;
        ok = pc_bool_parse(text, &v.u.b) == 0;
        break;
    case PC_FIELD_COUNT:
    case PC_FIELD_INT:
        ok = pc_subject_int_value(f->def.type, text, strlen(text), &v);
        break;
    case PC_FIELD_NUMBER:
        v.type = PC_NUMBER;
        ok = parse_number(text, &v.u.n) == 0;
        break;
    case PC_FIELD_MONEY:
        ok = money_value(text, strlen(text), &v);
        break;
    case PC_FIELD_ENUM:
        v.type = PC_STRING;
        v.u.s = pc_field_enum_value(f, text);
        ok = v.u.s != NULL;
        break;
    case PC_FIELD_REGION:
        v.type = PC_STRING;
        ok = pc_region_code_valid(text);
        v.u.s = ok ? pc_subject_keep(s, text) : NULL;
        break;
    }
    if (!ok)
        return refuse(s, f, text, line, diag);
    store(s, year, f, slot, v, line);
    return 0;
}

/* The number as text of its own, for the types that parse it so. */
__attribute__((noinline)) static int set_number_text(pc_subject *s, int fi, const char *number, size_t len, long line,
                                                     pc_diag *diag)
{
    char small[64], *text = len < sizeof small ? small : pc_xmalloc(len + 1);
    memcpy(text, number, len);
    text[len] = '\0';
    int rc = pc_subject_set_utf8(s, NULL, fi, text, line, diag);
    if (text != small)
        free(text);
    return rc;
}

int pc_subject_set_number_slow(pc_subject *s, int fi, const char *number, size_t len, long line, pc_diag *diag)
{
    const pc_field *f = &s->dict->fields[fi];
    pc_value *slot = slot_of(s, NULL, f);
    pc_value v;
    if (slot->type == PC_NIL && f->def.type == PC_FIELD_MONEY && money_value(number, len, &v)) {
        store(s, NULL, f, slot, v, line);
        return 0;
    }
    return set_number_text(s, fi, number, len, line, diag);
}

int pc_subject_add_received(pc_subject *s, const char *key, const char *text, long line, pc_diag *diag)
{
    /* plan-id/rule-id.YYYY: the amount received in that year (ids have no '.') */
    const char *dot = strchr(key, '.');
    if (!dot)
        return pc_subject_add_received_year(s, key, 0, text, line, diag);
    int64_t y;
    if (strlen(dot + 1) != 4 || pc_int_parse(dot + 1, &y) != 0) {
        pc_diag_say(diag, PC_EX_DATAERR, s->file, line, key, PC_D_RECEIVED_KEY);
        return PC_EX_DATAERR;
    }
    char *rule = pc_strdup(key);
    rule[dot - key] = '\0';
    int rc = pc_subject_add_received_year(s, rule, (int)y, text, line, diag);
    free(rule);
    return rc;
}

int pc_subject_add_received_year(pc_subject *s, const char *rule, int year, const char *text, long line,
                                 pc_diag *diag)
{
    /* messages name the key as written: plan-id/rule-id, with .YYYY */
    char field[512];
    snprintf(field, sizeof field, year ? "%s.%04d" : "%s", rule, year);
    const char *slash = strchr(rule, '/');
    if (!slash || slash == rule || !slash[1]) {
        pc_diag_say(diag, PC_EX_DATAERR, s->file, line, field, PC_D_RECEIVED_KEYED);
        return PC_EX_DATAERR;
    }
    if (year && (year < 1949 || year > 2100)) {
        pc_diag_say(diag, PC_EX_DATAERR, s->file, line, field, PC_D_RECEIVED_YEAR, year);
        return PC_EX_DATAERR;
    }
    int64_t fen;
    if (pc_money_parse(text, &fen) != 0) {
        pc_diag_say(diag, PC_EX_DATAERR, s->file, line, field, PC_D_EXPECTED_MONEY, text);
        return PC_EX_DATAERR;
    }
    for (size_t i = 0; i < s->nreceived; i++)
        if (strcmp(s->received[i].key, rule) == 0 && s->received[i].year == year) {
            pc_diag_say(diag, PC_EX_DATAERR, s->file, line, field, PC_D_GIVEN_TWICE, s->received[i].line);
            return PC_EX_DATAERR;
        }
    pc_received r = {pc_strdup(rule), fen, line, year};
    PC_PUSH(s->received, s->nreceived, s->received_cap, r);
    return 0;
}

/* GB 32100-2015: the unified social credit code and its check character.
 * The alphabet is the digits and the capitals without I, O, Z, S, V. */
static const char credit_alphabet[] = "0123456789ABCDEFGHJKLMNPQRTUWXY";

/* Value of a character in the alphabet, or -1 (the table holds value + 1). */
static int credit_value(char c)
{
    static const signed char table[256] = {['0'] = 1, ['1'] = 2, ['2'] = 3, ['3'] = 4, ['4'] = 5, ['5'] = 6, ['6'] = 7, ['7'] = 8, ['8'] = 9, ['9'] = 10, ['A'] = 11, ['B'] = 12, ['C'] = 13, ['D'] = 14, ['E'] = 15, ['F'] = 16, ['G'] = 17, ['H'] = 18, ['J'] = 19, ['K'] = 20, ['L'] = 21, ['M'] = 22, ['N'] = 23, ['P'] = 24, ['Q'] = 25, ['R'] = 26, ['T'] = 27, ['U'] = 28, ['W'] = 29, ['X'] = 30, ['Y'] = 31};
    return table[(unsigned char)c] - 1;
}

int pc_credit_code_check(const char *code, char *expected)
{
    static const int weights[17] = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};
    int sum = 0;
    for (int i = 0; i < 17; i++) {
        int v = code[i] ? credit_value(code[i]) : -1;
        if (v < 0)
            return -1;
        sum += v * weights[i];
    }
    int c = 31 - sum % 31;
    *expected = credit_alphabet[c == 31 ? 0 : c];
    return code[17] == *expected ? 0 : 1;
}

int pc_subject_finish(pc_engine *e, pc_subject *s, pc_diag *diag)
{
    (void)e;
    int rc = 0;
    if (s->kind == PC_SUBJECT_ENTERPRISE && !s->id) {
        pc_subject_error(diag, s, s->line, "id", PC_D_REQUIRED_ID);
        rc = PC_EX_DATAERR;
    }
    if (!s->region[0]) {
        pc_subject_error(diag, s, s->line, s->kind == PC_SUBJECT_ENTERPRISE ? "region" : "code",
                         s->kind == PC_SUBJECT_ENTERPRISE ? PC_D_REQUIRED_ENTERPRISE_REGION : PC_D_REQUIRED_REGION_CODE);
        rc = PC_EX_DATAERR;
    }
    char expected;
    /* An id of 18 characters of the alphabet is taken for a credit code. */
    if (s->id && pc_credit_code_check(s->id, &expected) == 1 && credit_value(s->id[17]) >= 0 && !s->id[18]) {
        pc_subject_error(diag, s, s->lines[PC_CORE_ID], "id", PC_D_CREDIT_CODE_CHECK, s->id, expected);
        rc = PC_EX_DATAERR;
    }
    if (s->kind == PC_SUBJECT_REGION && s->nyears == 0) {
        pc_diag_say(diag, PC_EX_DATAERR, s->file, s->line, NULL, PC_D_REGION_NO_YEARS);
        rc = PC_EX_DATAERR;
    }
    return rc;
}
