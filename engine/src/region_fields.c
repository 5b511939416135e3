/*
 * region_fields.c -- the fields the plans in force in a region read: what a
 * form (or a blank input file) for that region must ask for.  Plans are
 * chosen as evaluation chooses them; a rule reads the fields of its
 * conditions (check{} functions declare theirs), of its amount and, for
 * targets, its metrics and what they are compared with.
 */
#include "engine.h"
#include "diag.h"

#include <stdlib.h>
#include <string.h>

static void mark_cond(const pc_cond *c, char *used)
{
    if (!c)
        return;
    if (c->field >= 0)
        used[c->field] = 1;
    for (size_t i = 0; i < c->nfields; i++)
        used[c->fields[i]] = 1;
    for (size_t i = 0; i < c->nkids; i++)
        mark_cond(c->kids[i], used);
}

static void mark_amount(const pc_amount *a, char *used)
{
    if (!a)
        return;
    if (a->op == PC_A_PER_ITEM || a->op == PC_A_RATE)
        used[a->field] = 1;
    for (size_t i = 0; i < a->nkids; i++)
        mark_amount(a->kids[i], used);
}

static void mark_item(const pc_engine *e, const pc_item *it, char *used)
{
    if (it->kind != PC_ITEM_TARGET) {
        mark_cond(it->applies, used);
        mark_cond(it->condition, used);
        mark_cond(it->priority, used);
        mark_amount(it->amount, used);
        return;
    }
    for (int i = 0; i < it->nmetrics; i++)
        used[it->metrics[i]] = 1;
    if ((it->compare == PC_CMP_ABOVE || it->measure == PC_M_SHARE) && it->other >= 0)
        used[it->other] = 1;
    if (it->measure == PC_M_PER_10K) {
        int pop = pc_dict_find(&e->dict, PC_SUBJECT_REGION, "population_10k");
        if (pop >= 0)
            used[pop] = 1;
    }
}

int pc_engine_region_fields(pc_engine *e, const char *code, pc_subject_kind kind, pc_date as_of,
                            const pc_field_def ***out, size_t *count, pc_diag *diag)
{
    *out = NULL;
    *count = 0;
    char region[7];
    pc_buf warning = {0};
    int rc = pc_region_resolve(e, code, as_of, region, &warning, PC_LANG_EN, diag, NULL, 0, "region");
    pc_buf_free(&warning);
    if (rc != 0)
        return PC_EX_DATAERR;
    char *used = pc_xcalloc(e->dict.count ? e->dict.count : 1, 1);
    if (kind == PC_SUBJECT_ENTERPRISE) {
        /* every record says who and where it is */
        int id = pc_dict_find(&e->dict, kind, "id"), where = pc_dict_find(&e->dict, kind, "region");
        if (id >= 0)
            used[id] = 1;
        if (where >= 0)
            used[where] = 1;
    }
    const pc_context *ctx = e->main;
    for (size_t p = 0; p < ctx->nplans; p++) {
        const pc_plan *plan = &ctx->plans[p];
        if (!pc_regions_covers(&e->regions, plan->jurisdiction, region))
            continue;
        if (kind == PC_SUBJECT_REGION && (strcmp(plan->jurisdiction, region) != 0 || as_of < plan->issued))
            continue;
        if (kind == PC_SUBJECT_ENTERPRISE && (as_of < plan->in_force_from || as_of > plan->in_force_to))
            continue;
        for (size_t i = 0; i < plan->nitems; i++)
            if ((plan->items[i].kind == PC_ITEM_TARGET) == (kind == PC_SUBJECT_REGION))
                mark_item(e, &plan->items[i], used);
    }
    size_t n = 0;
    for (size_t i = 0; i < e->dict.count; i++)
        n += used[i] && e->dict.fields[i].def.subject == kind;
    const pc_field_def **list = pc_xcalloc(n ? n : 1, sizeof *list);
    n = 0;
    for (size_t i = 0; i < e->dict.count; i++)
        if (used[i] && e->dict.fields[i].def.subject == kind)
            list[n++] = &e->dict.fields[i].def;
    free(used);
    *out = list;
    *count = n;
    return 0;
}
