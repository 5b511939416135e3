/*
 * describe.c -- what the engine loaded, for `plancheck plans`: plugins with
 * their jurisdictions, plans with their counts of targets, subsidies and
 * obligations, and every rule with its citation and parameters.
 */
#include "internal.h"
#include "out.h"

#include <string.h>

static void counts(const pc_plan *p, size_t n[3])
{
    n[0] = n[1] = n[2] = 0;
    for (size_t i = 0; i < p->nitems; i++)
        n[p->items[i].kind]++;
}

static const char *kind_name(pc_item_kind k, pc_lang lang)
{
    return (lang == PC_LANG_ZH ? pc_item_kind_zh : pc_item_kind_name)[k];
}

/* Whether a plan is in force on a date, and how many days it has left. */
static int in_force_on(const pc_plan *p, pc_date as_of, long *left)
{
    *left = pc_date_days(p->in_force_to) - pc_date_days(as_of);
    return as_of >= p->in_force_from && as_of <= p->in_force_to;
}

#define M(id) pc_msg(lang, PC_MSG_##id)

void pc_engine_describe_text(pc_engine *e, pc_lang lang, pc_date as_of, FILE *out)
{
    pc_buf b = {0};
    int zh = lang == PC_LANG_ZH;
    pc_buf_puts(&b, M(DESCRIBE_PLUGINS));
    for (size_t i = 0; i < e->nplugins; i++) {
        const pc_plugin *p = &e->plugins[i];
        size_t regions = 0;
        for (size_t k = 0; k < e->regions.count; k++)
            regions += strcmp(e->regions.items[k].owner, p->desc->name) == 0;
        pc_buf_printf(&b, M(DESCRIBE_PLUGIN), p->desc->name, p->desc->version, p->desc->jurisdiction,
                      zh ? p->desc->name_zh : p->desc->name_en, regions, p->path);
    }
    if (e->nrefused)
        pc_buf_puts(&b, M(DESCRIBE_REFUSED));
    for (size_t i = 0; i < e->nrefused; i++) {
        const pc_refused *r = &e->refused[i];
        pc_buf_printf(&b, "  %-10s %s  %s: %s\n", r->name ? r->name : "?", r->jurisdiction[0] ? r->jurisdiction : "      ",
                      r->path, zh && r->reason_zh ? r->reason_zh : r->reason);
    }
    pc_buf_puts(&b, M(DESCRIBE_PLANS));
    const pc_context *ctx = e->main;
    for (size_t i = 0; i < ctx->nplans; i++) {
        const pc_plan *p = &ctx->plans[i];
        size_t n[3];
        counts(p, n);
        char from[11], to[11];
        pc_date_format(p->in_force_from, from);
        pc_date_format(p->in_force_to, to);
        pc_buf_printf(&b, M(DESCRIBE_PLAN), p->id, zh ? p->title_zh : p->title_en, p->document, p->jurisdiction, from, to);
        if (as_of) {
            char on[11];
            long left;
            pc_date_format(as_of, on);
            if (in_force_on(p, as_of, &left))
                pc_buf_printf(&b, M(DESCRIBE_IN_FORCE_ON), on, left);
            else
                pc_buf_printf(&b, as_of < p->in_force_from ? M(DESCRIBE_NOT_YET) : M(DESCRIBE_ENDED), on);
        }
        pc_buf_printf(&b, M(DESCRIBE_COUNTS), n[0], n[1], n[2], p->file);
        for (size_t k = 0; k < p->nitems; k++) {
            const pc_item *it = &p->items[k];
            pc_buf_puts(&b, "      ");
            pc_buf_pad(&b, kind_name(it->kind, lang), 11);
            pc_buf_pad(&b, it->cite, 14);
            pc_buf_pad(&b, it->id, 37);
            pc_buf_printf(&b, "%s\n", zh ? it->title_zh : it->title_en);
            for (size_t q = 0; q < it->nparams; q++) {
                const pc_param *pp = &it->params[q];
                pc_buf_printf(&b, "          %s.%s = ", it->id, pp->name);
                pc_out_param_words(&b, pp, lang);
                pc_buf_putc(&b, '\n');
            }
        }
    }
    fwrite(b.data, 1, b.len, out);
    pc_buf_free(&b);
}

/* One plan: its document, in-force window, rules with citations and
 * parameters; with quotes, each rule's quoted plan text. */
static void plan_json(pc_buf *b, const pc_plan *p, int quotes, pc_date as_of)
{
    size_t n[3];
    counts(p, n);
    char from[11], to[11], issued[11];
    pc_date_format(p->in_force_from, from);
    pc_date_format(p->in_force_to, to);
    pc_date_format(p->issued, issued);
    pc_buf_puts(b, "{\"id\":");
    pc_buf_json_string(b, p->id);
    pc_buf_puts(b, ",\"title_zh\":");
    pc_buf_json_string(b, p->title_zh);
    pc_buf_puts(b, ",\"title_en\":");
    pc_buf_json_string(b, p->title_en);
    pc_buf_puts(b, ",\"document\":");
    pc_buf_json_string(b, p->document);
    pc_buf_printf(b, ",\"jurisdiction\":\"%s\",\"issued\":\"%s\",\"in_force\":{\"from\":\"%s\",\"to\":\"%s\"}",
                  p->jurisdiction, issued, from, to);
    if (as_of) {
        long left;
        int now = in_force_on(p, as_of, &left);
        pc_buf_printf(b, ",\"in_force_as_of\":%s", now ? "true" : "false");
        if (now)
            pc_buf_printf(b, ",\"days_left\":%ld", left);
    }
    pc_buf_printf(b, ",\"period\":[%d,%d],\"baseline_year\":%d", p->first_year, p->last_year, p->baseline_year);
    pc_buf_printf(b, ",\"counts\":{\"targets\":%zu,\"subsidies\":%zu,\"obligations\":%zu}", n[0], n[1], n[2]);
    pc_buf_puts(b, ",\"file\":");
    pc_buf_json_string(b, p->file);
    pc_buf_puts(b, ",\"rules\":[");
    for (size_t k = 0; k < p->nitems; k++) {
        const pc_item *it = &p->items[k];
        pc_buf_printf(b, "%s{\"id\":", k ? "," : "");
        pc_buf_json_string(b, it->id);
        pc_buf_printf(b, ",\"kind\":\"%s\",\"cite\":", kind_name(it->kind, PC_LANG_EN));
        pc_buf_json_string(b, it->cite);
        pc_buf_puts(b, ",\"title_zh\":");
        pc_buf_json_string(b, it->title_zh);
        pc_buf_puts(b, ",\"title_en\":");
        pc_buf_json_string(b, it->title_en);
        pc_buf_printf(b, ",\"line\":%ld", it->line);
        if (quotes && it->quote) {
            pc_buf_puts(b, ",\"quote\":");
            pc_buf_json_string(b, it->quote);
        }
        if (it->note_en) {
            pc_buf_puts(b, ",\"note\":");
            pc_buf_json_string(b, it->note_en);
        }
        if (it->nparams) {
            pc_buf_puts(b, ",\"params\":[");
            for (size_t q = 0; q < it->nparams; q++) {
                const pc_param *pp = &it->params[q];
                pc_buf_printf(b, "%s{\"name\":", q ? "," : "");
                pc_buf_json_string(b, pp->name);
                pc_buf_puts(b, ",\"value\":");
                if (pp->set)
                    pc_buf_json_string(b, pp->text);
                else
                    pc_buf_puts(b, "null");
                pc_buf_puts(b, ",\"source\":");
                pc_buf_json_string(b, pp->source);
                pc_buf_putc(b, '}');
            }
            pc_buf_putc(b, ']');
        }
        if (it->has_cap) {
            pc_buf_puts(b, ",\"cap_yuan\":");
            pc_buf_money(b, it->cap_fen);
        }
        pc_buf_putc(b, '}');
    }
    pc_buf_puts(b, "]}");
}

static void describe_json(pc_engine *e, pc_buf *out, pc_date as_of)
{
    pc_buf b = *out;
    pc_buf_puts(&b, "{");
    if (as_of) {
        char on[11];
        pc_date_format(as_of, on);
        pc_buf_printf(&b, "\"as_of\":\"%s\",", on);
    }
    pc_buf_puts(&b, "\"plugins\":[");
    for (size_t i = 0; i < e->nplugins; i++) {
        const pc_plugin *p = &e->plugins[i];
        pc_buf_printf(&b, "%s{\"name\":", i ? "," : "");
        pc_buf_json_string(&b, p->desc->name);
        pc_buf_puts(&b, ",\"version\":");
        pc_buf_json_string(&b, p->desc->version);
        pc_buf_puts(&b, ",\"jurisdiction\":");
        pc_buf_json_string(&b, p->desc->jurisdiction);
        pc_buf_puts(&b, ",\"name_zh\":");
        pc_buf_json_string(&b, p->desc->name_zh);
        pc_buf_puts(&b, ",\"name_en\":");
        pc_buf_json_string(&b, p->desc->name_en);
        pc_buf_puts(&b, ",\"path\":");
        pc_buf_json_string(&b, p->path);
        pc_buf_puts(&b, ",\"regions\":[");
        int first = 1;
        for (size_t k = 0; k < e->regions.count; k++) {
            const pc_region *r = &e->regions.items[k];
            if (strcmp(r->owner, p->desc->name) != 0)
                continue;
            pc_buf_printf(&b, "%s{\"code\":\"%s\",\"name_zh\":", first ? "" : ",", r->code);
            pc_buf_json_string(&b, r->name_zh);
            pc_buf_puts(&b, ",\"name_en\":");
            pc_buf_json_string(&b, r->name_en);
            if (r->parent[0])
                pc_buf_printf(&b, ",\"parent\":\"%s\"", r->parent);
            char d[11];
            if (r->valid_from)
                pc_date_format(r->valid_from, d), pc_buf_printf(&b, ",\"valid_from\":\"%s\"", d);
            if (r->valid_to)
                pc_date_format(r->valid_to, d), pc_buf_printf(&b, ",\"valid_to\":\"%s\"", d);
            if (r->replaced_by[0])
                pc_buf_printf(&b, ",\"replaced_by\":\"%s\"", r->replaced_by);
            pc_buf_putc(&b, '}');
            first = 0;
        }
        pc_buf_puts(&b, "]}");
    }
    pc_buf_puts(&b, "],\"refused_plugins\":[");
    for (size_t i = 0; i < e->nrefused; i++) {
        const pc_refused *r = &e->refused[i];
        pc_buf_puts(&b, i ? ",{\"name\":" : "{\"name\":");
        if (r->name)
            pc_buf_json_string(&b, r->name);
        else
            pc_buf_puts(&b, "null");
        pc_buf_puts(&b, ",\"jurisdiction\":");
        if (r->jurisdiction[0])
            pc_buf_json_string(&b, r->jurisdiction);
        else
            pc_buf_puts(&b, "null");
        pc_buf_puts(&b, ",\"path\":");
        pc_buf_json_string(&b, r->path);
        pc_buf_puts(&b, ",\"reason\":");
        pc_buf_json_string(&b, r->reason);
        pc_buf_putc(&b, '}');
    }
    pc_buf_puts(&b, "],\"plans\":[");
    const pc_context *ctx = e->main;
    for (size_t i = 0; i < ctx->nplans; i++) {
        if (i)
            pc_buf_putc(&b, ',');
        plan_json(&b, &ctx->plans[i], 0, as_of);
    }
    pc_buf_puts(&b, "]}\n");
    *out = b;
}

void pc_engine_describe_json(pc_engine *e, pc_date as_of, FILE *out)
{
    pc_buf b = {0};
    describe_json(e, &b, as_of);
    fwrite(b.data, 1, b.len, out);
    pc_buf_free(&b);
}

int pc_engine_describe_plan_json(pc_engine *e, const char *id, FILE *out)
{
    const pc_context *ctx = e->main;
    for (size_t i = 0; i < ctx->nplans; i++) {
        if (strcmp(ctx->plans[i].id, id) != 0)
            continue;
        pc_buf b = {0};
        plan_json(&b, &ctx->plans[i], 1, 0);
        fwrite(b.data, 1, b.len, out);
        pc_buf_free(&b);
        return 0;
    }
    return -1;
}
