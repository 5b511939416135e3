/*
 * fields_doc.c -- docs/fields.md and the field dictionary must agree: every
 * field the engine knows has a row, and every row names a field it knows,
 * with the same zh label.
 * usage: fields_doc docs/fields.md
 */
#include "internal.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int main(int argc, char **argv)
{
    if (argc != 2)
        return 2;
    FILE *f = fopen(argv[1], "r");
    if (!f) {
        perror(argv[1]);
        return 2;
    }
    pc_dict d;
    pc_dict_init(&d);
    char *seen = calloc(d.count, 1);
    int bad = 0, kind = 0;
    char line[4096];
    while (fgets(line, sizeof line, f)) {
        if (strncmp(line, "## Enterprise", 13) == 0)
            kind = PC_SUBJECT_ENTERPRISE;
        else if (strncmp(line, "## Region", 9) == 0)
            kind = PC_SUBJECT_REGION;
        if (strncmp(line, "| `", 3) != 0 || !kind)
            continue;
        char *name = line + 3, *end = strchr(name, '`');
        if (!end)
            continue;
        *end = '\0';
        char *zh = end + 4, *zh_end = strstr(zh, " |");
        if (zh_end)
            *zh_end = '\0';
        int i = pc_dict_find(&d, (pc_subject_kind)kind, name);
        if (i < 0) {
            fprintf(stderr, "docs/fields.md lists '%s', which the engine does not know\n", name);
            bad = 1;
            continue;
        }
        seen[i] = 1;
        if (strcmp(d.fields[i].def.label_zh, zh) != 0) {
            fprintf(stderr, "docs/fields.md: '%s' has zh label '%s', the engine '%s'\n", name, zh, d.fields[i].def.label_zh);
            bad = 1;
        }
    }
    fclose(f);
    for (size_t i = 0; i < d.count; i++)
        if (!seen[i]) {
            fprintf(stderr, "docs/fields.md lacks the %s field '%s'\n",
                    d.fields[i].def.subject == PC_SUBJECT_ENTERPRISE ? "enterprise" : "region", d.fields[i].def.name);
            bad = 1;
        }
    printf("%zu fields checked\n", d.count);
    free(seen);
    pc_dict_free(&d);
    return bad;
}
