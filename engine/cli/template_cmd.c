/*
 * template_cmd.c -- `plancheck template --region CODE`: a blank input file
 * with the fields the plans in force there read (pc_engine_region_fields, as
 * GET /v1/fields), each with its label, type, unit and allowed values as INI
 * comments: a form to fill in a text editor.  JSON has no comments: there
 * every field is null (absent), to be replaced by a value.
 */
#include "cli.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static void ini_field(const pc_engine *e, const pc_field_def *d, const char *region, pc_lang lang, FILE *out)
{
    const char *label = lang == PC_LANG_ZH ? d->label_zh : d->label_en;
    const char *unit = lang == PC_LANG_ZH ? d->unit_zh : d->unit_en;
    fprintf(out, "\n; %s", label ? label : d->name);
    if (lang == PC_LANG_EN && d->label_zh)
        fprintf(out, " (%s)", d->label_zh);
    if (!d->enum_values)
        fprintf(out, "; %s", pc_field_type_name(d->type));
    if (unit)
        fprintf(out, lang == PC_LANG_ZH ? "; 单位: %s" : "; unit: %s", unit);
    fputc('\n', out);
    if (d->enum_values) {
        fputs(lang == PC_LANG_ZH ? "; 可选值:" : "; one of:", out);
        for (size_t k = 0; d->enum_values[k]; k++) {
            const char *zh = pc_engine_enum_label(e, d->subject, d->name, d->enum_values[k]);
            fprintf(out, k ? ", %s" : " %s", d->enum_values[k]);
            if (zh)
                fprintf(out, " (%s)", zh);
        }
        fputc('\n', out);
    }
    if (region)
        fprintf(out, "%s = %s\n", d->name, region);
    else
        fprintf(out, "%s =\n", d->name);
}

int run_template(pc_engine *e, const cli *c, pc_lang lang)
{
    pc_subject_kind kind = c->kind && strcmp(c->kind, "region") == 0 ? PC_SUBJECT_REGION : PC_SUBJECT_ENTERPRISE;
    pc_diag *diag = pc_diag_new();
    const pc_field_def **list = NULL;
    size_t n = 0;
    int rc = pc_engine_region_fields(e, c->region, kind, c->as_of, &list, &n, diag);
    if (rc) {
        pc_diag_print_lang(diag, stderr, lang);
        pc_diag_free(diag);
        return rc;
    }
    pc_diag_free(diag);
    /* a code the registry does not hold has no plans of its own to ask for */
    pc_region_info info = {0};
    for (size_t i = 0, nr = pc_engine_region_count(e); i < nr && !info.code; i++) {
        pc_engine_region_get(e, i, &info);
        if (strcmp(info.code, c->region) != 0)
            info.code = NULL;
    }
    const char *name_zh = info.code ? info.name_zh : NULL;
    const char *name = lang == PC_LANG_EN && name_zh && info.name_en && *info.name_en ? info.name_en : name_zh;
    if (!name) {
        fprintf(stderr, cli_text(lang, CLI_TEMPLATE_REGION_UNKNOWN), c->region);
        free(list);
        return PC_EX_DATAERR;
    }
    int year = c->as_of / 10000;
    char date[16];
    snprintf(date, sizeof date, "%04d-%02d-%02d", year, c->as_of / 100 % 100, c->as_of % 100);
    FILE *out = stdout;
    if (c->json && kind == PC_SUBJECT_ENTERPRISE) {
        fputs("{\n  \"region\": ", out);
        pc_write_json_string(c->region, out);
        for (size_t i = 0; i < n; i++) {
            if (strcmp(list[i]->name, "region") == 0)
                continue;
            fputs(",\n  ", out);
            pc_write_json_string(list[i]->name, out);
            fputs(": null", out);
        }
        fputs("\n}\n", out);
    } else if (c->json) {
        fputs("{\n  \"region\": ", out);
        pc_write_json_string(c->region, out);
        fputs(",\n  \"name\": ", out);
        pc_write_json_string(name_zh, out);
        fprintf(out, ",\n  \"years\": {\n    \"%d\": {", year);
        for (size_t i = 0; i < n; i++) {
            fputs(i ? ",\n      " : "\n      ", out);
            pc_write_json_string(list[i]->name, out);
            fputs(": null", out);
        }
        fputs("\n    }\n  }\n}\n", out);
    } else {
        if (lang == PC_LANG_ZH)
            fprintf(out,
                    "; plancheck %s模板: %s %s, 截至 %s 有效的方案读取的字段.\n"
                    "; 在 = 后填写; 不知道的值请删除该行 (方案会报告缺少数据), 空值会被拒绝.\n",
                    kind == PC_SUBJECT_REGION ? "地区" : "企业", c->region, name, date);
        else
            fprintf(out,
                    "; plancheck %s template for %s %s: the fields the plans in force on %s read.\n"
                    "; Fill in the values after '='; delete the line of a value you do not know (the\n"
                    "; plans then report it as missing data): an empty value is refused.\n",
                    kind == PC_SUBJECT_REGION ? "region" : "enterprise", c->region, name, date);
        if (kind == PC_SUBJECT_REGION) {
            fprintf(out, "\n[region]\ncode = %s\nname = %s\n\n[%d]\n", c->region, name_zh, year);
        } else {
            fputs("\n[enterprise]\n", out);
        }
        for (size_t i = 0; i < n; i++)
            ini_field(e, list[i], kind == PC_SUBJECT_ENTERPRISE && strcmp(list[i]->name, "region") == 0 ? c->region : NULL,
                      lang, out);
    }
    free(list);
    return 0;
}
