/*
 * types_cmd.c -- `plancheck types`: the field names of the rule DSL's editor
 * definitions (lua-language-server), from the engine's field dictionary and
 * the plugins loaded: rules/.types/fields.lua, beside the hand-written
 * rules/.types/plancheck.lua whose constructors take these aliases.  After a
 * plugin adds fields: `plancheck types > RULES/.types/fields.lua`.
 */
#include "cli.h"

#include <stdio.h>
#include <string.h>

static int any_enterprise(const pc_field_def *d)
{
    return d->subject == PC_SUBJECT_ENTERPRISE;
}

static int bool_enterprise(const pc_field_def *d)
{
    return d->subject == PC_SUBJECT_ENTERPRISE && d->type == PC_FIELD_BOOL;
}

static int numeric_enterprise(const pc_field_def *d)
{
    return d->subject == PC_SUBJECT_ENTERPRISE && (d->type == PC_FIELD_COUNT || d->type == PC_FIELD_INT ||
                                                   d->type == PC_FIELD_NUMBER || d->type == PC_FIELD_MONEY);
}

static int count_enterprise(const pc_field_def *d)
{
    return d->subject == PC_SUBJECT_ENTERPRISE && d->type == PC_FIELD_COUNT;
}

static int money_enterprise(const pc_field_def *d)
{
    return d->subject == PC_SUBJECT_ENTERPRISE && d->type == PC_FIELD_MONEY;
}

static int region_metric(const pc_field_def *d)
{
    return d->subject == PC_SUBJECT_REGION;
}

/* The aliases: name, the LuaLS doc line, which fields. */
static const struct {
    const char *name, *doc;
    int (*keep)(const pc_field_def *d);
} aliases[] = {
    {"FieldName", "An enterprise field (docs/fields.md; plugin fields carry the plugin's name).", any_enterprise},
    {"BoolField", "A boolean enterprise field: what is() and isnt() read.", bool_enterprise},
    {"NumericField", "A numeric enterprise field: what gt(), ge(), lt() and le() compare (money in yuan).",
     numeric_enterprise},
    {"CountField", "A count enterprise field: what per_item() multiplies.", count_enterprise},
    {"MoneyField", "A money enterprise field: what rate() multiplies.", money_enterprise},
    {"RegionMetric", "A region metric: what a target measures (year-end figures of one year).", region_metric},
};

/* One line: ---| '"name"' # zh · en · type [· unit] [· plugin x] */
static void entry(const pc_field_def *d, const char *owner, FILE *out)
{
    fprintf(out, "---| '\"%s\"' # %s · %s · ", d->name, d->label_zh, d->label_en);
    if (d->type == PC_FIELD_ENUM && d->enum_values) {
        fputs("one of ", out);
        for (const char *const *v = d->enum_values; *v; v++)
            fprintf(out, "%s%s", v == d->enum_values ? "" : "|", *v);
    } else {
        fputs(pc_field_type_name(d->type), out);
    }
    if (d->unit_en && *d->unit_en)
        fprintf(out, " · %s", d->unit_en);
    if (strcmp(owner, "core") != 0)
        fprintf(out, " · plugin %s", owner);
    fputc('\n', out);
}

int run_types(const pc_engine *e, FILE *out)
{
    fputs("---@meta\n"
          "-- plancheck rule DSL: the field names for lua-language-server, written by `plancheck types`\n"
          "-- from the engine's field dictionary and the plugins it loaded; do not edit.  After adding a\n"
          "-- field to the engine or a plugin: plancheck types > RULES/.types/fields.lua (docs/toolkit.md).\n",
          out);
    size_t n = pc_engine_field_count(e);
    for (size_t a = 0; a < sizeof aliases / sizeof aliases[0]; a++) {
        fprintf(out, "\n--- %s\n---@alias %s\n", aliases[a].doc, aliases[a].name);
        for (size_t i = 0; i < n; i++) {
            const char *owner;
            const pc_field_def *d = pc_engine_field_get(e, i, &owner);
            if (aliases[a].keep(d))
                entry(d, owner, out);
        }
    }
    return 0;
}
