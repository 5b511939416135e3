/*
 * fields_doc.c -- docs/fields.md's tables are generated from the field
 * dictionary, the one source of names, zh labels, aliases, allowed values
 * and units, with the plugins of this tree loaded (their fields included).
 *
 * The page holds blocks between "<!-- fields: KIND OWNER -->" and
 * "<!-- end fields -->" (KIND enterprise or region, OWNER core or a plugin
 * name); every block is the table of that owner's fields of that kind.
 * Every owner and kind that has fields must have its block.
 *
 * usage: fields_doc PLUGINS_DIR RULES_DIR docs/fields.md          check (CI)
 *        fields_doc PLUGINS_DIR RULES_DIR docs/fields.md --write  regenerate
 */
#include "internal.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define BEGIN "<!-- fields: "
#define END "<!-- end fields -->"

static const char *type_text(const pc_field *f, pc_buf *b)
{
    switch (f->def.type) {
    case PC_FIELD_BOOL: return "boolean (`true/false`, `yes/no`, `1/0`, `是/否`)";
    case PC_FIELD_MONEY: return "money: decimal yuan, at most 2 places (fen inside)";
    case PC_FIELD_REGION: return "six-digit GB/T 2260 code";
    case PC_FIELD_ENUM:
        pc_buf_puts(b, "one of ");
        for (size_t k = 0; f->def.enum_values[k]; k++) {
            pc_buf_printf(b, "%s`%s`", k ? ", " : "", f->def.enum_values[k]);
            if (f->enum_labels)
                pc_buf_printf(b, " %s", f->enum_labels[k]);
        }
        for (size_t k = 0; f->enum_aliases && f->enum_aliases[k]; k += 2)
            pc_buf_printf(b, "%s%s = `%s`", k ? ", " : "; also ", f->enum_aliases[k], f->enum_aliases[k + 1]);
        return b->data;
    default: return pc_field_type_name(f->def.type);
    }
}

/* The table of one owner's fields of one kind; 0 rows when it has none. */
static size_t table(const pc_dict *d, pc_subject_kind kind, const char *owner, pc_buf *out)
{
    size_t rows = 0;
    for (size_t i = 0; i < d->count; i++) {
        const pc_field *f = &d->fields[i];
        if (f->def.subject != kind || strcmp(f->owner, owner) != 0)
            continue;
        if (!rows++)
            pc_buf_printf(out, "| %s | zh | aliases | en | type | unit |\n|---|---|---|---|---|---|\n",
                          kind == PC_SUBJECT_ENTERPRISE ? "field" : "metric");
        pc_buf aliases = {0}, type = {0};
        for (const char *const *a = f->aliases; a && *a; a++)
            pc_buf_printf(&aliases, "%s%s", aliases.len ? ", " : "", *a);
        pc_buf_printf(out, "| `%s` | %s | %s | %s | %s |", f->def.name, f->def.label_zh, aliases.len ? aliases.data : "",
                      f->def.label_en, type_text(f, &type));
        if (f->def.unit_zh)
            pc_buf_printf(out, " %s / %s |\n", f->def.unit_zh, f->def.unit_en ? f->def.unit_en : "");
        else
            pc_buf_puts(out, "  |\n");
        pc_buf_free(&aliases);
        pc_buf_free(&type);
    }
    return rows;
}

int main(int argc, char **argv)
{
    if (argc != 4 && !(argc == 5 && strcmp(argv[4], "--write") == 0)) {
        fprintf(stderr, "usage: fields_doc PLUGINS_DIR RULES_DIR docs/fields.md [--write]\n");
        return 2;
    }
    int write = argc == 5;
    pc_diag *diag = pc_diag_new();
    pc_engine *e = NULL;
    pc_engine_options o = {.plugins_dir = argv[1], .rules_dir = argv[2], .skip_rules = 1};
    if (pc_engine_open(&e, &o, diag) != 0 || pc_diag_count(diag)) {
        pc_diag_print(diag, stderr);
        return 2;
    }
    FILE *f = fopen(argv[3], "r");
    if (!f) {
        perror(argv[3]);
        return 2;
    }
    pc_buf page = {0}, out = {0};
    char chunk[65536];
    size_t n;
    while ((n = fread(chunk, 1, sizeof chunk, f)) > 0)
        pc_buf_add(&page, chunk, n);
    fclose(f);

    /* owners: core, then the plugins in load order */
    size_t nowners = e->nplugins + 1;
    const char **owners = calloc(nowners, sizeof *owners);
    owners[0] = "core";
    for (size_t i = 0; i < e->nplugins; i++)
        owners[i + 1] = e->plugins[i].desc->name;
    char *seen = calloc(nowners * 3, 1);

    int bad = 0;
    const char *p = page.data;
    for (;;) {
        const char *b = strstr(p, BEGIN);
        if (!b) {
            pc_buf_puts(&out, p);
            break;
        }
        const char *b_end = strstr(b, "-->"), *end = b_end ? strstr(b_end, END) : NULL;
        char kind_s[32], owner[64];
        if (!end || sscanf(b + strlen(BEGIN), "%31s %63s", kind_s, owner) != 2) {
            fprintf(stderr, "%s: a '" BEGIN "KIND OWNER -->' block without its '" END "'\n", argv[3]);
            return 2;
        }
        pc_subject_kind kind = strcmp(kind_s, "region") == 0 ? PC_SUBJECT_REGION : PC_SUBJECT_ENTERPRISE;
        pc_buf_add(&out, p, (size_t)(b_end + 3 - p));
        pc_buf_putc(&out, '\n');
        size_t before = out.len;
        size_t rows = table(&e->dict, kind, owner, &out);
        size_t k = 0;
        while (k < nowners && strcmp(owners[k], owner) != 0)
            k++;
        if (!rows || k == nowners) {
            fprintf(stderr, "%s: block '%s %s' names no fields of the engine (owner core or a loaded plugin)\n",
                    argv[3], kind_s, owner);
            bad = 1;
        } else {
            seen[k * 3 + kind] = 1;
        }
        const char *old = b_end + 3;
        while (*old == '\n')
            old++;
        if ((size_t)(end - old) != out.len - before || memcmp(old, out.data + before, out.len - before) != 0) {
            if (!write)
                fprintf(stderr, "%s: the table of the %s fields of %s differs from the dictionary\n", argv[3], kind_s, owner);
            bad |= !write;
        }
        p = end;
    }
    for (size_t k = 0; k < nowners; k++)
        for (int kind = PC_SUBJECT_ENTERPRISE; kind <= PC_SUBJECT_REGION; kind++) {
            pc_buf probe = {0};
            if (table(&e->dict, (pc_subject_kind)kind, owners[k], &probe) && !seen[k * 3 + kind]) {
                fprintf(stderr, "%s lacks the block '" BEGIN "%s %s -->' (%s fields of %s)\n", argv[3],
                        kind == PC_SUBJECT_REGION ? "region" : "enterprise", owners[k],
                        kind == PC_SUBJECT_REGION ? "region" : "enterprise", owners[k]);
                bad = 1;
            }
            pc_buf_free(&probe);
        }
    if (write && !bad) {
        f = fopen(argv[3], "w");
        if (!f || fwrite(out.data, 1, out.len, f) != out.len || fclose(f) != 0) {
            perror(argv[3]);
            return 1;
        }
    }
    if (!write && bad)
        fprintf(stderr, "regenerate with: cmake --build build --target fields-doc\n");
    printf("%zu fields checked\n", e->dict.count);
    free(owners);
    free(seen);
    pc_buf_free(&page);
    pc_buf_free(&out);
    pc_engine_close(e);
    pc_diag_free(diag);
    return bad;
}
