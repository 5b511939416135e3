/* registry_list.c -- the region registry, the field dictionary and its enum
 * labels as the public API lists them (the forms of serve's pages, `types`). */
#include "engine.h"

size_t pc_engine_region_count(const pc_engine *e)
{
    return e->regions.count;
}

void pc_engine_region_get(const pc_engine *e, size_t i, pc_region_info *info)
{
    const pc_region *r = &e->regions.items[i];
    info->code = r->code;
    info->parent = r->parent;
    info->name_zh = r->name_zh;
    info->name_en = r->name_en ? r->name_en : r->name_zh;
    info->replaced_by = r->replaced_by;
    info->valid_from = r->valid_from;
    info->valid_to = r->valid_to;
}

const char *pc_engine_enum_label(const pc_engine *e, pc_subject_kind kind, const char *field, const char *value)
{
    int i = pc_dict_find(&e->dict, kind, field);
    return i < 0 ? NULL : pc_field_enum_label(&e->dict.fields[i], value);
}

size_t pc_engine_field_count(const pc_engine *e)
{
    return e->dict.count;
}

const pc_field_def *pc_engine_field_get(const pc_engine *e, size_t i, const char **owner)
{
    *owner = e->dict.fields[i].owner;
    return &e->dict.fields[i].def;
}
