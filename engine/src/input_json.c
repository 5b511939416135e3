/*
 * input_json.c -- an enterprise or a region from JSON, parsed with jansson.
 *
 *   enterprise: {"id": ..., "region": ..., <field>: value, ..., "received": {"plan/rule": yuan}}
 *   region:     {"region": "210200", "name": "大连市", "years": {"2019": {<metric>: value}}}
 *
 * Scalars are turned into the text the INI reader would have seen and go
 * through the same typed parse (subject.c), so both formats accept and
 * refuse the same values.  JSON reals are accepted as money only when they
 * are exact to the fen.
 */
#include "internal.h"

#include <jansson.h>
#include <stdlib.h>
#include <string.h>

/* Text for a JSON scalar as a field of the given type; -1 if it cannot be one. */
static int scalar_text(const json_t *v, const pc_field *f, char *buf, size_t n)
{
    switch (json_typeof(v)) {
    case JSON_STRING:
        snprintf(buf, n, "%s", json_string_value(v));
        return 0;
    case JSON_INTEGER:
        snprintf(buf, n, "%lld", (long long)json_integer_value(v));
        return 0;
    case JSON_REAL: {
        double d = json_real_value(v);
        if (f && f->def.type == PC_FIELD_MONEY) {
            int64_t fen;
            if (pc_money_from_double(d, &fen) != 0)
                return -1;
            snprintf(buf, n, "%lld.%02lld", (long long)(fen / 100), (long long)(fen % 100));
            return 0;
        }
        if (f && f->def.type != PC_FIELD_NUMBER)
            return -1;
        snprintf(buf, n, "%.17g", d);
        return 0;
    }
    case JSON_TRUE:
        snprintf(buf, n, "true");
        return 0;
    case JSON_FALSE:
        snprintf(buf, n, "false");
        return 0;
    default:
        return -1;
    }
}

static void describe(const json_t *v, char *buf, size_t n)
{
    char *dump = json_dumps(v, JSON_ENCODE_ANY | JSON_COMPACT);
    snprintf(buf, n, "%.60s", dump ? dump : "?");
    free(dump);
}

static int set_field(pc_subject *s, pc_year_values *year, const char *key, const json_t *v, long line, pc_diag *diag)
{
    if (json_is_null(v))
        return 0;
    int fi = pc_dict_find_label(s->dict, s->kind, key);
    const pc_field *f = fi >= 0 ? &s->dict->fields[fi] : NULL;
    char text[512];
    if (f && scalar_text(v, f, text, sizeof text) != 0) {
        char got[80];
        describe(v, got, sizeof got);
        pc_diag_add(diag, PC_EX_DATAERR, s->file, line, f->def.name, "expected %s, got %s",
                    pc_field_type_name(f->def.type), got);
        return PC_EX_DATAERR;
    }
    if (!f)
        text[0] = '\0';
    return pc_subject_set_text(s, year, key, text, line, diag);
}

static int read_received(pc_subject *s, const json_t *obj, long line, pc_diag *diag)
{
    if (!json_is_object(obj)) {
        pc_diag_add(diag, PC_EX_DATAERR, s->file, line, "received",
                    "expected an object {\"plan-id/rule-id\": yuan}");
        return PC_EX_DATAERR;
    }
    int rc = 0;
    const char *key;
    json_t *v;
    static const pc_field money = {{PC_SUBJECT_ENTERPRISE, "received", PC_FIELD_MONEY, "", "", 0, 0, 0}, "core", 0};
    json_object_foreach((json_t *)obj, key, v) {
        char text[64];
        if (scalar_text(v, &money, text, sizeof text) != 0 || json_is_boolean(v)) {
            pc_diag_add(diag, PC_EX_DATAERR, s->file, line, key, "expected money (yuan, at most 2 decimals)");
            rc = PC_EX_DATAERR;
            continue;
        }
        int r = pc_subject_add_received(s, key, text, line, diag);
        if (r > rc)
            rc = r;
    }
    return rc;
}

static int read_enterprise(pc_subject *s, json_t *root, long line, pc_diag *diag)
{
    int rc = 0;
    const char *key;
    json_t *v;
    json_object_foreach(root, key, v) {
        int r = strcmp(key, "received") == 0 ? read_received(s, v, line, diag) : set_field(s, NULL, key, v, line, diag);
        if (r > rc)
            rc = r;
    }
    return rc;
}

static int read_region(pc_subject *s, json_t *root, long line, pc_diag *diag)
{
    int rc = 0;
    const char *key;
    json_t *v;
    json_object_foreach(root, key, v) {
        if (strcmp(key, "region") == 0 || strcmp(key, "code") == 0) {
            if (!json_is_string(v) || !pc_region_code_valid(json_string_value(v))) {
                pc_diag_add(diag, PC_EX_DATAERR, s->file, line, key, "expected a six-digit GB/T 2260 region code");
                rc = PC_EX_DATAERR;
            } else {
                memcpy(s->region, json_string_value(v), 7);
            }
        } else if (strcmp(key, "name") == 0) {
            if (json_is_string(v))
                s->name = (char *)pc_subject_keep(s, json_string_value(v));
        } else if (strcmp(key, "years") == 0 && json_is_object(v)) {
            const char *ykey;
            json_t *yv;
            json_object_foreach(v, ykey, yv) {
                int64_t y;
                if (strlen(ykey) != 4 || pc_int_parse(ykey, &y) != 0 || y < 1900 || y > 2200 || !json_is_object(yv)) {
                    pc_diag_add(diag, PC_EX_DATAERR, s->file, line, ykey,
                                "\"years\" maps a four-digit year to an object of metrics");
                    rc = PC_EX_DATAERR;
                    continue;
                }
                pc_year_values *yr = pc_subject_year(s, (int)y, line);
                const char *mkey;
                json_t *mv;
                json_object_foreach(yv, mkey, mv) {
                    int r = set_field(s, yr, mkey, mv, line, diag);
                    if (r > rc)
                        rc = r;
                }
            }
        } else {
            pc_diag_add(diag, PC_EX_DATAERR, s->file, line, key,
                        "unknown key (a region is {\"region\", \"name\", \"years\": {\"YYYY\": {...}}})");
            rc = PC_EX_DATAERR;
        }
    }
    return rc;
}

int pc_input_json(pc_engine *e, pc_subject *s, const char *text, size_t len, long first_line, pc_diag *diag)
{
    (void)e;
    json_error_t jerr;
    json_t *root = json_loadb(text, len, JSON_REJECT_DUPLICATES, &jerr);
    if (!root) {
        pc_diag_add(diag, PC_EX_DATAERR, s->file, first_line + (jerr.line > 0 ? jerr.line - 1 : 0), NULL,
                    "invalid JSON at column %d: %s", jerr.column, jerr.text);
        return PC_EX_DATAERR;
    }
    if (!json_is_object(root)) {
        pc_diag_add(diag, PC_EX_DATAERR, s->file, first_line, NULL, "expected a JSON object");
        json_decref(root);
        return PC_EX_DATAERR;
    }
    s->line = first_line > 1 ? first_line : 0;
    long line = s->line;
    int rc = s->kind == PC_SUBJECT_ENTERPRISE ? read_enterprise(s, root, line, diag) : read_region(s, root, line, diag);
    json_decref(root);
    return rc;
}
