/* fields.h -- the field dictionary (fields.c). */
#ifndef PC_FIELDS_H
#define PC_FIELDS_H

#include "plancheck/plancheck.h"
#include "plancheck/plugin.h"

typedef struct pc_field {
    pc_field_def def;
    const char *owner;   /* "core" or the plugin name */
    int index;           /* position among the fields of its subject kind */
} pc_field;

typedef struct pc_dict {
    pc_field *fields;
    size_t count, cap;
    size_t n_enterprise, n_region;
    /* Open-addressing index of names and zh labels: slot = field index + 1. */
    int *slots;
    uint32_t *hashes;   /* the full hash per slot: most probes end without a strcmp */
    size_t nslots;
} pc_dict;

int pc_dict_init(pc_dict *d);
void pc_dict_free(pc_dict *d);
int pc_dict_add(pc_dict *d, const pc_field_def *def, const char *owner, char *err, size_t errlen);
/* Drops the fields added after the first count (a plugin whose init failed). */
void pc_dict_truncate(pc_dict *d, size_t count);
/* Index into d->fields, or -1. */
int pc_dict_find(const pc_dict *d, pc_subject_kind subject, const char *name);
int pc_dict_find_label(const pc_dict *d, pc_subject_kind subject, const char *name_or_label);
const char *pc_field_type_name(pc_field_type t);
const char *pc_field_label(const pc_field *f, pc_lang lang);
const char *pc_field_unit(const pc_field *f, pc_lang lang);

#endif /* PC_FIELDS_H */
