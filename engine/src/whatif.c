/*
 * whatif.c -- what-if: `--set` changes a subject's value after it was read,
 * through the same parser and checks as a file's value (subject.c), and
 * `--param` adds [plan.<id>] entries to the config after the file's, applied
 * and checked as they are (dsl.c).  Each change is listed in the report.
 */
#include "internal.h"

#include <stdlib.h>
#include <string.h>

#define SET_FILE "--set"

static int usage(pc_diag *diag, pc_diag_id id, const char *arg)
{
    pc_diag_say(diag, PC_EX_USAGE, NULL, 0, NULL, id, arg);
    return PC_EX_USAGE;
}

int pc_subject_set(pc_subject *s, const char *assignment, pc_diag *diag)
{
    int region = s->kind == PC_SUBJECT_REGION;
    const char *eq = strchr(assignment, '=');
    if (!eq || eq == assignment)
        return usage(diag, region ? PC_D_SET_REGION : PC_D_SET_ENTERPRISE, assignment);
    char *name = pc_strdup(assignment);
    name[eq - assignment] = '\0';
    const char *field = name;
    int year = 0;
    if (region) {
        char *dot = strchr(name, '.');
        int64_t y;
        if (!dot || dot - name != 4 || (*dot = '\0', pc_int_parse(name, &y) != 0) || y < 1900 || y > 2200) {
            free(name);
            return usage(diag, PC_D_SET_YEAR, assignment);
        }
        year = (int)y;
        field = dot + 1;
    }
    /* Messages name the option as a file's name: "--set: field 'x': ...". */
    char *file = s->file;
    s->file = SET_FILE;
    int rc = 0, fi = pc_dict_find_label(s->dict, s->kind, field);
    if (fi < 0) {
        pc_subject_unknown_field(s, field, 0, diag);
        rc = PC_EX_DATAERR;
    } else {
        const pc_field *f = &s->dict->fields[fi];
        pc_year_values *y = region ? pc_subject_year(s, year, 0) : NULL;
        pc_value *slot = y ? &y->values[f->index] : &s->values[f->index];
        pc_value before = *slot;
        *slot = (pc_value){PC_NIL, {0}};
        rc = pc_subject_set_field(s, y, fi, eq + 1, 0, diag);
        if (rc) {
            *slot = before;
        } else {
            pc_what_if w = {fi, year, before, *slot, NULL, NULL, NULL};
            PC_PUSH(s->what_if, s->nwhat_if, s->what_if_cap, w);
        }
    }
    s->file = file;
    free(name);
    return rc;
}

int pc_whatif_params(pc_config *c, const char *const *params, size_t n, pc_diag *diag)
{
    for (size_t i = 0; i < n; i++) {
        const char *p = params[i], *slash = strchr(p, '/'), *eq = strchr(p, '=');
        const char *dot = slash ? strchr(slash, '.') : NULL;
        if (!slash || !eq || slash == p || !dot || dot == slash + 1 || dot > eq || dot + 1 == eq)
            return usage(diag, PC_D_PARAM_FORM, p);
        pc_config_entry ce = {0};
        pc_buf section = {0};
        pc_buf_printf(&section, "plan.%.*s", (int)(slash - p), p);
        ce.section = pc_buf_take(&section);
        pc_buf key = {0};
        pc_buf_printf(&key, "%.*s", (int)(eq - slash - 1), slash + 1);
        ce.key = pc_buf_take(&key);
        ce.value = pc_strdup(eq + 1);
        ce.what_if = 1;
        PC_PUSH(c->entries, c->count, c->cap, ce);
    }
    return 0;
}

static pc_value kept(pc_report *rep, pc_value v)
{
    if (v.type == PC_STRING)
        v.u.s = pc_arena_strdup(&rep->arena, v.u.s);
    return v;
}

void pc_whatif_report(pc_report *rep, const pc_subject *s, const pc_engine *e)
{
    rep->what_if.count = 0;
    for (size_t i = 0; i < e->config.count; i++) {
        const pc_config_entry *ce = &e->config.entries[i];
        if (!ce->what_if)
            continue;
        pc_what_if *w = PC_POOL_ADD(rep->what_if);
        pc_buf key = {0};
        pc_buf_printf(&key, "%s/%s", ce->section + 5, ce->key);
        w->field = -1;
        w->param = pc_arena_strdup(&rep->arena, key.data);
        pc_buf_free(&key);
        w->param_from = ce->was ? pc_arena_strdup(&rep->arena, ce->was) : NULL;
        w->param_to = pc_arena_strdup(&rep->arena, ce->value);
    }
    for (size_t i = 0; i < s->nwhat_if; i++) {
        pc_what_if *w = PC_POOL_ADD(rep->what_if);
        *w = s->what_if[i];
        w->from = kept(rep, w->from);
        w->to = kept(rep, w->to);
    }
}
