/* fields.h -- the field dictionary (fields.c). */
#ifndef PC_FIELDS_H
#define PC_FIELDS_H

#include "plancheck/plancheck.h"
#include "plancheck/plugin.h"
#include "buf.h"

typedef struct pc_field {
    pc_field_def def;
    const char *owner;   /* "core" or the plugin name */
    int index;           /* position among the fields of its subject kind */
    /* From pc_field_names (core: fields.c; plugins: add_field_names). */
    const char *const *aliases;
    const char *const *enum_labels;   /* zh label per enum value, or NULL */
    const char *const *enum_aliases;  /* pairs: alias, value */
} pc_field;

/* The first core enterprise fields (fields.c), which a subject keeps apart
 * too (pc_subject's id, name and region). */
enum { PC_CORE_ID, PC_CORE_NAME, PC_CORE_REGION };

typedef struct pc_dict {
    pc_field *fields;
    size_t count, cap;
    size_t n_enterprise, n_region;
    /* Open-addressing index of names, zh labels and aliases: slot = field
     * index + 1, keys[slot] the string indexed there. */
    int *slots;
    const char **keys;
    uint32_t *hashes;   /* the full hash per slot: most probes end without a strcmp */
    size_t nslots, nkeys;
} pc_dict;

int pc_dict_init(pc_dict *d);
void pc_dict_free(pc_dict *d);
int pc_dict_add(pc_dict *d, const pc_field_def *def, const char *owner, pc_diag *why);
/* Drops the fields added after the first count (a plugin whose init failed). */
void pc_dict_truncate(pc_dict *d, size_t count);
/* Index into d->fields, or -1. */
int pc_dict_find(const pc_dict *d, pc_subject_kind subject, const char *name);
/* By name, zh label or alias. */
int pc_dict_find_label(const pc_dict *d, pc_subject_kind subject, const char *name_or_label);
/* Registers aliases and enum labels of a field owned by owner. */
int pc_dict_add_names(pc_dict *d, const pc_field_names *names, const char *owner, pc_diag *why);
/* The enum value text stands for (the value itself, its zh label or an
 * alias), as the dictionary's own string; NULL if none. */
const char *pc_field_enum_value(const pc_field *f, const char *text);
/* The zh label of an enum value, or NULL. */
const char *pc_field_enum_label(const pc_field *f, const char *value);
/* The field whose name, label or alias is closest to an unknown key, or -1. */
int pc_dict_suggest(const pc_dict *d, pc_subject_kind subject, const char *key);
/* The enum value closest to text (by value, label or alias), or NULL. */
const char *pc_field_enum_suggest(const pc_field *f, const char *text);
/* Ends the last message of diag with "; did you mean 'name' (label)?" (in
 * both languages) when a field is close to key. */
void pc_dict_hint(pc_diag *diag, const pc_dict *d, pc_subject_kind subject, const char *key);
/* Ends it with "; did you mean 'value'?" when an enum value is close to text. */
void pc_field_enum_hint(pc_diag *diag, const pc_field *f, const char *text);
/* "v1 (label1), v2 (label2), ..." */
void pc_field_enum_list(const pc_field *f, pc_buf *out);
/* The same in zh: "标签1(v1)、标签2(v2)、..." */
void pc_field_enum_list_lang(const pc_field *f, pc_buf *out, pc_lang lang);
const char *pc_field_label(const pc_field *f, pc_lang lang);
/* A type described for people in a language ("money (yuan, at most 2 decimals)"). */
const char *pc_field_type_words(pc_field_type t, pc_lang lang);
const char *pc_field_unit(const pc_field *f, pc_lang lang);

#endif /* PC_FIELDS_H */
