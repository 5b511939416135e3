/*
 * region.c -- the region registry: GB/T 2260 codes, their parents, names and
 * validity dates as the plugins declare them, reference figures, and the
 * resolution of a code given in input to the code in use on a date.
 */
#include "internal.h"

#include <stdlib.h>
#include <string.h>

/* Province-level prefixes of GB/T 2260, by their two digits. */
static const unsigned char provinces[100] = {
    [11] = 1, [12] = 1, [13] = 1, [14] = 1, [15] = 1, [21] = 1, [22] = 1, [23] = 1, [31] = 1, [32] = 1, [33] = 1,
    [34] = 1, [35] = 1, [36] = 1, [37] = 1, [41] = 1, [42] = 1, [43] = 1, [44] = 1, [45] = 1, [46] = 1, [50] = 1,
    [51] = 1, [52] = 1, [53] = 1, [54] = 1, [61] = 1, [62] = 1, [63] = 1, [64] = 1, [65] = 1, [71] = 1, [81] = 1,
    [82] = 1};

int pc_region_code_valid(const char *code)
{
    if (!code || strlen(code) != 6)
        return 0;
    for (int i = 0; i < 6; i++)
        if (code[i] < '0' || code[i] > '9')
            return 0;
    return 1;
}

/* A GB/T 2260 province prefix, or a top-level region a plugin declared
 * (a template or test jurisdiction outside the standard's range). */
static int province_known(const pc_regions *r, const char *code)
{
    if (provinces[(code[0] - '0') * 10 + (code[1] - '0')])
        return 1;
    for (size_t i = 0; i < r->count; i++)
        if (!r->items[i].parent[0] && memcmp(r->items[i].code, code, 2) == 0)
            return 1;
    return 0;
}

static int parse_opt_date(const char *s, pc_date *d)
{
    *d = 0;
    return s ? pc_date_parse(s, d) : 0;
}

static size_t code_hash(const char *code)
{
    size_t h = 0;
    for (int i = 0; i < 6; i++)
        h = h * 10 + (size_t)(code[i] - '0');
    return h * 2654435761u;
}

static void index_put(pc_regions *r, size_t i)
{
    size_t mask = r->nslots - 1, k = code_hash(r->items[i].code) & mask;
    while (r->slots[k])
        k = (k + 1) & mask;
    r->slots[k] = (int)i + 1;
}

/* The index stays at most a quarter full; rebuilt when it grows or shrinks. */
static void reindex(pc_regions *r)
{
    size_t n = 64;
    while (n < r->count * 4)
        n *= 2;
    free(r->slots);
    r->slots = pc_xcalloc(n, sizeof *r->slots);
    r->nslots = n;
    for (size_t i = 0; i < r->count; i++)
        index_put(r, i);
}

int pc_regions_add(pc_regions *r, const pc_region_def *def, const char *owner, pc_diag *why)
{
    pc_region n;
    memset(&n, 0, sizeof n);
    if (!pc_region_code_valid(def->code) || (def->parent && !pc_region_code_valid(def->parent)) ||
        (def->replaced_by && !pc_region_code_valid(def->replaced_by))) {
        pc_diag_say(why, 0, NULL, 0, NULL, PC_D_REG_REGION_CODES, def->code ? def->code : "(null)");
        return -1;
    }
    if (!def->name_zh || !def->name_en) {
        pc_diag_say(why, 0, NULL, 0, NULL, PC_D_REG_REGION_NAMES, def->code);
        return -1;
    }
    if (parse_opt_date(def->valid_from, &n.valid_from) || parse_opt_date(def->valid_to, &n.valid_to)) {
        pc_diag_say(why, 0, NULL, 0, NULL, PC_D_REG_REGION_DATES, def->code);
        return -1;
    }
    if (def->replaced_by && !def->valid_to) {
        pc_diag_say(why, 0, NULL, 0, NULL, PC_D_REG_REGION_REPLACED, def->code);
        return -1;
    }
    const pc_region *old = pc_regions_find(r, def->code);
    if (old) {
        /* Plugins of nested jurisdictions both declare the shared parents;
         * that is fine as long as they agree. */
        if (strcmp(old->name_zh, def->name_zh) != 0) {
            pc_diag_say(why, 0, NULL, 0, NULL, PC_D_REG_REGION_NAME_DIFFERS, def->code, old->owner, old->name_zh, def->name_zh);
            return -1;
        }
        if (strcmp(old->parent, def->parent ? def->parent : "") != 0) {
            pc_diag_say(why, 0, NULL, 0, NULL, PC_D_REG_REGION_PARENT_DIFFERS, def->code, old->owner, old->parent[0] ? old->parent : "(none)",
                        def->parent ? def->parent : "(none)");
            return -1;
        }
        return 0;
    }
    memcpy(n.code, def->code, 7);
    if (def->parent)
        memcpy(n.parent, def->parent, 7);
    if (def->replaced_by)
        memcpy(n.replaced_by, def->replaced_by, 7);
    n.name_zh = pc_strdup(def->name_zh);
    n.name_en = pc_strdup(def->name_en);
    n.note = pc_strdup(def->note);
    n.owner = owner;
    PC_PUSH(r->items, r->count, r->cap, n);
    if (r->count * 4 > r->nslots)
        reindex(r);
    else
        index_put(r, r->count - 1);
    return 0;
}

void pc_regions_truncate(pc_regions *r, size_t count)
{
    while (r->count > count) {
        pc_region *g = &r->items[--r->count];
        free(g->name_zh);
        free(g->name_en);
        free(g->note);
    }
    reindex(r);
}

int pc_regions_cycle(const pc_regions *r, size_t from, char *out, size_t n)
{
    for (size_t i = from; i < r->count; i++) {
        const pc_region *start = &r->items[i], *cur = start;
        size_t len = (size_t)snprintf(out, n, "%s", start->code);
        for (size_t hops = 0; hops <= r->count && cur && cur->replaced_by[0]; hops++) {
            if (len < n)
                len += (size_t)snprintf(out + len, n - len, " -> %s", cur->replaced_by);
            cur = pc_regions_find(r, cur->replaced_by);
            if (cur == start)
                return 1;
        }
    }
    return 0;
}

const pc_region *pc_regions_find(const pc_regions *r, const char *code)
{
    if (!r->nslots || !pc_region_code_valid(code))
        return NULL;
    size_t mask = r->nslots - 1;
    for (size_t k = code_hash(code) & mask; r->slots[k]; k = (k + 1) & mask)
        if (memcmp(r->items[r->slots[k] - 1].code, code, 7) == 0)
            return &r->items[r->slots[k] - 1];
    return NULL;
}

int pc_regions_parent(const pc_regions *r, const char *code, char parent[7])
{
    const pc_region *reg = pc_regions_find(r, code);
    if (reg && reg->parent[0]) {
        memcpy(parent, reg->parent, 7);
        return 0;
    }
    if (strcmp(code + 2, "0000") == 0)
        return -1;
    memcpy(parent, code, 7);
    if (strcmp(code + 4, "00") == 0)
        memcpy(parent + 2, "0000", 4);
    else
        memcpy(parent + 4, "00", 2);
    return 0;
}

void pc_regions_chain(const pc_regions *r, const char *code, pc_region_chain *chain)
{
    memcpy(chain->codes[0], code, 7);
    chain->count = 1;
    while (chain->count < PC_REGION_DEPTH &&
           pc_regions_parent(r, chain->codes[chain->count - 1], chain->codes[chain->count]) == 0)
        chain->count++;
}

int pc_region_chain_covers(const pc_region_chain *chain, const char *jurisdiction)
{
    for (int i = 0; i < chain->count; i++)
        if (memcmp(chain->codes[i], jurisdiction, 7) == 0)
            return 1;
    return 0;
}

int pc_regions_covers(const pc_regions *r, const char *jurisdiction, const char *code)
{
    pc_region_chain chain;
    pc_regions_chain(r, code, &chain);
    return pc_region_chain_covers(&chain, jurisdiction);
}

const pc_reference *pc_regions_reference(const pc_regions *r, const char *code, int metric, int year)
{
    for (size_t i = 0; i < r->nrefs; i++)
        if (r->refs[i].metric == metric && r->refs[i].year == year && strcmp(r->refs[i].code, code) == 0)
            return &r->refs[i];
    return NULL;
}

void pc_regions_free(pc_regions *r)
{
    for (size_t i = 0; i < r->count; i++) {
        free(r->items[i].name_zh);
        free(r->items[i].name_en);
        free(r->items[i].note);
    }
    for (size_t i = 0; i < r->nrefs; i++)
        free(r->refs[i].source);
    free(r->items);
    free(r->refs);
    free(r->slots);
    memset(r, 0, sizeof *r);
}

static const char *region_name(const pc_region *reg, pc_lang lang)
{
    return lang == PC_LANG_ZH ? reg->name_zh : reg->name_en;
}

int pc_region_resolve(const pc_engine *e, const char *code, pc_date as_of, char out[7],
                      pc_buf *warning, pc_lang lang, pc_diag *diag, const char *file, long line, const char *field)
{
    if (!pc_region_code_valid(code) || !province_known(&e->regions, code)) {
        pc_diag_say(diag, PC_EX_DATAERR, file, line, field, PC_D_REGION_NOT_GBT, code);
        return -1;
    }
    const pc_region *reg = pc_regions_find(&e->regions, code);
    if (!reg) {
        pc_region_chain chain;
        pc_regions_chain(&e->regions, code, &chain);
        /* A plugin lists every region of its jurisdiction: a code beneath a
         * plugin's jurisdiction that it does not list does not exist. */
        for (size_t i = 0; i < e->nplugins; i++) {
            const pc_plugin *p = &e->plugins[i];
            if (!p->initialised)
                continue;
            const char *j = p->desc->jurisdiction;
            if (strcmp(j, code) != 0 && pc_region_chain_covers(&chain, j)) {
                pc_diag_say(diag, PC_EX_DATAERR, file, line, field, PC_D_REGION_NOT_LISTED, code, p->desc->name,
                            p->desc->name_en, p->desc->name_zh);
                return -1;
            }
        }
        /* Beneath a plan's jurisdiction that no plugin covers, nothing says
         * which codes exist: evaluating 370199 as a district of 370100
         * would judge a region that is not there. */
        for (size_t i = 0; e->main && i < e->main->nplans; i++) {
            const pc_plan *plan = &e->main->plans[i];
            if (strcmp(plan->jurisdiction, code) != 0 && pc_region_chain_covers(&chain, plan->jurisdiction)) {
                pc_diag_say(diag, PC_EX_DATAERR, file, line, field, PC_D_REGION_NO_PLUGIN, code, plan->jurisdiction,
                            plan->id);
                return -1;
            }
        }
        memcpy(out, code, 7);
        return 0;
    }
    const pc_region *cur = reg;
    for (int hops = 0; hops < 8; hops++) {
        if (cur->valid_to && as_of > cur->valid_to && cur->replaced_by[0]) {
            const pc_region *next = pc_regions_find(&e->regions, cur->replaced_by);
            char until[11];
            pc_date_format(cur->valid_to, until);
            if (warning->len)
                pc_buf_puts(warning, "; ");
            pc_diag_format_in(warning, lang, PC_D_REGION_REPLACED, cur->code, region_name(cur, lang), until,
                              cur->replaced_by, next ? region_name(next, lang) : "?");
            if (!next) {
                memcpy(out, cur->replaced_by, 7);
                return 0;
            }
            cur = next;
            continue;
        }
        if (cur->valid_from && as_of < cur->valid_from) {
            char from[11];
            pc_date_format(cur->valid_from, from);
            if (warning->len)
                pc_buf_puts(warning, "; ");
            pc_diag_format_in(warning, lang, PC_D_REGION_NOT_YET, cur->code, region_name(cur, lang), from);
        }
        memcpy(out, cur->code, 7);
        return 0;
    }
    pc_diag_say(diag, PC_EX_DATAERR, file, line, field, PC_D_REGION_CHAIN, code);
    return -1;
}
