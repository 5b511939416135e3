/* subject.h -- subjects and their input readers (subject.c, input_ini.c, input_json.c). */
#ifndef PC_SUBJECT_H
#define PC_SUBJECT_H

#include "plancheck/plancheck.h"
#include "plancheck/plugin.h"
#include "buf.h"
#include "diag.h"
#include "fields.h"
#include "scalar.h"
#include "whatif.h"

#include <string.h>

typedef struct pc_year_values {
    int year;
    long line;
    pc_value *values;   /* n_region */
    long *lines;
} pc_year_values;

typedef struct pc_received {
    char *key;          /* plan-id/rule-id */
    int64_t fen;
    long line;
    int year;           /* the year it was received in; 0: a total */
} pc_received;

#define PC_KEY_CACHE 64

struct pc_subject {
    pc_subject_kind kind;
    struct {
        char key[48];
        size_t len;      /* 0: none */
        int field;
    } key_cache[PC_KEY_CACHE];   /* JSON keys by position: see pc_subject_key_field */
    char *file;
    long line;           /* line of the record (batch), else 0 */
    char *id, *name;
    char region[7];
    long region_line;
    pc_value *values;    /* enterprise: n_enterprise */
    long *lines;         /* where each value was read, 0 if unknown */
    pc_year_values *years;
    size_t nyears, years_cap;
    pc_received *received;
    size_t nreceived, received_cap;
    pc_what_if *what_if; /* --set (whatif.c) */
    size_t nwhat_if, what_if_cap;
    pc_arena arena;      /* string values */
    const pc_dict *dict;
};

pc_subject *pc_subject_new(const pc_engine *e, pc_subject_kind kind, const char *file);
/* Empties a subject for the next record, keeping its allocations. */
void pc_subject_reset(pc_subject *s);
/* Sets one field from text (INI, CSV); reports with file/line/field. */
int pc_subject_set_text(pc_subject *s, pc_year_values *year, const char *name, const char *text,
                        long line, pc_diag *diag);
/* Adds a data error about field (NULL: none) of the subject's file; a field
 * of the dictionary gets its zh label (pc_message.label). */
void pc_subject_error(pc_diag *diag, const pc_subject *s, long line, const char *field, pc_diag_id id, ...);
/* Gives the messages of diag from index from on the zh label of field, when
 * it is a field of the dictionary. */
void pc_subject_label(pc_diag *diag, const pc_subject *s, size_t from, const char *field);
/* Reports a key that names no field, with the nearest field if one is close. */
void pc_subject_unknown_field(const pc_subject *s, const char *name, long line, pc_diag *diag);
/* The same for a field already looked up (a dictionary index). */
int pc_subject_set_field(pc_subject *s, pc_year_values *year, int field, const char *text, long line,
                         pc_diag *diag);
/* The same for text known to be well-formed UTF-8. */
int pc_subject_set_utf8(pc_subject *s, pc_year_values *year, int field, const char *text, long line,
                        pc_diag *diag);
/* An integer field's value from len bytes of text: 1 when its type takes it. */
static inline int pc_subject_int_value(pc_field_type t, const char *text, size_t len, pc_value *v)
{
    v->type = PC_INT;
    return pc_int_parse_n(text, len, &v->u.i) == 0 && (t == PC_FIELD_INT || v->u.i >= 0);
}

/* An enterprise's field from a JSON number (len bytes, no NUL after them)
 * or a JSON boolean: what pc_subject_set_utf8 does with its text.  Inline
 * for an integer or a boolean into an empty slot (id, name and region, which
 * pc_subject also keeps apart, are text: not these), the rest out of line. */
int pc_subject_set_number_slow(pc_subject *s, int field, const char *number, size_t len, long line, pc_diag *diag);
static inline int pc_subject_set_number(pc_subject *s, int field, const char *number, size_t len, long line,
                                        pc_diag *diag)
{
    const pc_field *f = &s->dict->fields[field];
    pc_field_type t = f->def.type;
    pc_value v;
    if ((t == PC_FIELD_COUNT || t == PC_FIELD_INT) && s->values[f->index].type == PC_NIL &&
        pc_subject_int_value(t, number, len, &v)) {
        s->values[f->index] = v;
        s->lines[f->index] = line;
        return 0;
    }
    return pc_subject_set_number_slow(s, field, number, len, line, diag);
}

static inline int pc_subject_set_bool(pc_subject *s, int field, int b, long line, pc_diag *diag)
{
    const pc_field *f = &s->dict->fields[field];
    if (f->def.type != PC_FIELD_BOOL || s->values[f->index].type != PC_NIL)
        return pc_subject_set_utf8(s, NULL, field, b ? "true" : "false", line, diag);
    s->values[f->index] = (pc_value){PC_BOOL, {.b = b}};
    s->lines[f->index] = line;
    return 0;
}

/* The dictionary index of the key at this position of a record, or -1,
 * looked up; a field's key of fewer than 48 bytes is kept for the next
 * record at that position. */
int pc_subject_key_lookup(pc_subject *s, size_t position, const char *key, size_t len);
/* The field of the key the last record had at this position when the key
 * is the same (records of one batch name their fields in the same order),
 * else -1: a compare of len < 48 bytes, a few words at a time, no call. */
static inline int pc_subject_key_cached(const pc_subject *s, size_t position, const char *key, size_t len)
{
    if (position >= PC_KEY_CACHE || !len || s->key_cache[position].len != len)
        return -1;
    const char *c = s->key_cache[position].key;
    if (len >= 8) {
        uint64_t x, y;
        for (size_t i = 0; i + 8 < len; i += 8)
            if (memcpy(&x, c + i, 8), memcpy(&y, key + i, 8), x != y)
                return -1;
        memcpy(&x, c + len - 8, 8), memcpy(&y, key + len - 8, 8);   /* the last eight, overlapping */
        return x == y ? s->key_cache[position].field : -1;
    }
    if (len >= 4) {
        uint32_t x, y, u, v;
        memcpy(&x, c, 4), memcpy(&y, key, 4), memcpy(&u, c + len - 4, 4), memcpy(&v, key + len - 4, 4);
        return x == y && u == v ? s->key_cache[position].field : -1;
    }
    for (size_t i = 0; i < len; i++)
        if (c[i] != key[i])
            return -1;
    return s->key_cache[position].field;
}

/* The dictionary index of the key at this position of a record, or -1. */
static inline int pc_subject_key_field(pc_subject *s, size_t position, const char *key, size_t len)
{
    int f = pc_subject_key_cached(s, position, key, len);
    return f >= 0 ? f : pc_subject_key_lookup(s, position, key, len);
}
pc_year_values *pc_subject_year(pc_subject *s, int year, long line);
/* An amount received, keyed plan-id/rule-id (a total) or plan-id/rule-id.YYYY
 * (INI, CSV). */
int pc_subject_add_received(pc_subject *s, const char *key, const char *text, long line, pc_diag *diag);
/* The same with the year apart (0: a total), as JSON gives it. */
int pc_subject_add_received_year(pc_subject *s, const char *rule, int year, const char *text, long line,
                                 pc_diag *diag);
/* Checks required fields and the credit code once everything is read. */
int pc_subject_finish(pc_engine *e, pc_subject *s, pc_diag *diag);
const char *pc_subject_keep(pc_subject *s, const char *text);
int pc_credit_code_check(const char *code, char *expected);

int pc_input_ini(pc_engine *e, pc_subject *s, const char *text, size_t len, pc_diag *diag);
/* utf8: the text is known to be well-formed UTF-8 (checked or converted
 * whole): its strings are not checked again. */
int pc_input_json(pc_engine *e, pc_subject *s, const char *text, size_t len, long first_line, int utf8,
                  pc_diag *diag);

#endif /* PC_SUBJECT_H */
