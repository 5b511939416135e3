/*
 * report.c -- a subject's report: its storage (an arena for its strings,
 * pools for the result model), reused from record to record.  The writers
 * are out_*.c.
 */
#include "internal.h"
#include "out.h"

#include <stdlib.h>
#include <string.h>

#define ARENA_BLOCK 16384

char *pc_arena_strdup(pc_arena *a, const char *s)
{
    size_t n = strlen(s) + 1;
    pc_arena_block *b = a->head;
    /* the head block is the one being filled; reset keeps every block */
    while (b && b->used + n > b->size)
        b = b->next;
    if (!b) {
        size_t size = n > ARENA_BLOCK ? n : ARENA_BLOCK;
        b = pc_xmalloc(sizeof *b + size);
        b->size = size;
        b->used = 0;
        b->next = a->head;
        a->head = b;
    }
    char *p = memcpy(b->data + b->used, s, n);
    b->used += n;
    return p;
}

void pc_arena_reset(pc_arena *a)
{
    for (pc_arena_block *b = a->head; b; b = b->next)
        b->used = 0;
}

void pc_arena_free(pc_arena *a)
{
    while (a->head) {
        pc_arena_block *next = a->head->next;
        free(a->head);
        a->head = next;
    }
}

void pc_strlist_add(pc_strlist *l, const char *s)
{
    char *copy = l->arena ? pc_arena_strdup(l->arena, s) : pc_strdup(s);
    PC_PUSH(l->items, l->count, l->cap, copy);
}

int pc_value_same(const pc_value *a, const pc_value *b)
{
    if (a->type != b->type)
        return 0;
    switch (a->type) {
    case PC_NIL: return 1;
    case PC_BOOL: return a->u.b == b->u.b;
    case PC_INT: return a->u.i == b->u.i;
    case PC_NUMBER: return a->u.n == b->u.n;
    case PC_MONEY: return a->u.fen == b->u.fen;
    case PC_STRING: return strcmp(a->u.s, b->u.s) == 0;
    }
    return 0;
}

int pc_strlist_has(const pc_strlist *l, const char *s)
{
    for (size_t i = 0; i < l->count; i++)
        if (strcmp(l->items[i], s) == 0)
            return 1;
    return 0;
}

void pc_strlist_clear(pc_strlist *l)
{
    if (!l->arena)
        for (size_t i = 0; i < l->count; i++)
            free(l->items[i]);
    l->count = 0;
}

void pc_strlist_free(pc_strlist *l)
{
    pc_strlist_clear(l);
    free(l->items);
    l->items = NULL;
    l->cap = 0;
}

pc_report *pc_report_new(void)
{
    pc_report *rep = pc_xcalloc(1, sizeof *rep);
    rep->errors = pc_diag_new();
    return rep;
}

void pc_report_free(pc_report *rep)
{
    if (!rep)
        return;
    for (size_t i = 0; i < rep->results_cap; i++)
        pc_strlist_free(&rep->results[i].missing);
    free(rep->results);
    free(rep->conds.items);
    free(rep->steps.items);
    free(rep->notes.items);
    free(rep->points.items);
    free(rep->needed.items);
    free(rep->warnings.items);
    free(rep->what_if.items);
    pc_diag_free(rep->errors);
    pc_arena_free(&rep->arena);
    free(rep);
}

size_t pc_report_result_count(const pc_report *rep)
{
    return rep->nresults;
}

void pc_report_result(const pc_report *rep, size_t i, pc_result_info *info)
{
    const pc_result *r = &rep->results[i];
    info->plan = r->plan->id;
    info->rule = r->item->id;
    info->status = pc_status_name(r->status);
    info->has_amount = r->item->kind == PC_ITEM_SUBSIDY && r->status == PC_S_ELIGIBLE && r->has_amount;
    info->amount_fen = info->has_amount ? r->amount_fen : 0;
}

const char *pc_report_subject_id(const pc_report *rep)
{
    return rep->id;
}

const char *pc_report_region(const pc_report *rep)
{
    return rep->region;
}

int64_t pc_report_total_fen(const pc_report *rep)
{
    return rep->total_fen;
}

const pc_diag *pc_report_errors(const pc_report *rep)
{
    return rep->errors;
}

void pc_report_note(pc_report *rep, pc_result *r, pc_note_id id, int a, int b, int c)
{
    if (!r->notes.count)
        r->notes.first = rep->notes.count;
    pc_note *n = PC_POOL_ADD(rep->notes);
    n->id = (unsigned char)id;
    n->a = a;
    n->b = b;
    n->c = c;
    r->notes.count++;
}

void pc_report_add_warning(pc_report *rep, pc_warning_id id, const pc_plan *plan, pc_date date, const char *text)
{
    pc_warning *w = PC_POOL_ADD(rep->warnings);
    w->id = id;
    w->plan = plan;
    w->date = date;
    w->text = text ? pc_arena_strdup(&rep->arena, text) : NULL;
}

/* The constant part of a condition node's JSON, in each language, after a
 * comma (for a node after another): up to
 * "conditions":[ for a group, up to "actual": for a leaf, the whole but the
 * outcome for a check{}. */
static void prepare_cond(pc_cond *k, pc_role role, const pc_dict *dict)
{
    if (!k)
        return;
    for (int zh = 0; zh < 2; zh++) {
        pc_buf b = {0};
        /* a comma first, for a node after another */
        pc_buf_printf(&b, ",{\"role\":\"%s\",\"op\":\"%s\"", pc_role_name[role], pc_cond_op_model[k->op]);
        if (k->op == PC_C_ALL || k->op == PC_C_ANY || k->op == PC_C_NO) {
            pc_buf_puts(&b, ",\"conditions\":[");
        } else if (k->op == PC_C_CHECK) {
            pc_buf_puts(&b, ",\"note\":");
            pc_buf_json_string(&b, zh ? k->label_zh : k->label_en);
            pc_buf_puts(&b, ",\"fields\":[");
            for (size_t f = 0; f < k->nfields; f++) {
                if (f)
                    pc_buf_putc(&b, ',');
                pc_buf_json_string(&b, dict->fields[k->fields[f]].def.name);
            }
            pc_buf_putc(&b, ']');
        } else {
            const pc_field *f = &dict->fields[k->field];
            pc_buf_puts(&b, ",\"field\":");
            pc_buf_json_string(&b, f->def.name);
            pc_buf_puts(&b, ",\"label\":");
            pc_buf_json_string(&b, pc_field_label(f, zh ? PC_LANG_ZH : PC_LANG_EN));
            pc_buf_puts(&b, ",\"expected\":");
            if (k->op == PC_C_IS || k->op == PC_C_ISNT) {
                pc_buf_puts(&b, k->op == PC_C_IS ? "true" : "false");
            } else {
                if (k->op == PC_C_ONE_OF)
                    pc_buf_putc(&b, '[');
                for (size_t v = 0; v < k->nvalues; v++) {
                    if (v)
                        pc_buf_putc(&b, ',');
                    pc_out_json_value(&b, &k->values[v]);
                }
                if (k->op == PC_C_ONE_OF)
                    pc_buf_putc(&b, ']');
            }
            pc_buf_puts(&b, ",\"actual\":");
        }
        free(k->json_head[zh]);
        k->json_head_len[zh] = b.len;
        k->json_head[zh] = pc_buf_take(&b);
        if (k->op != PC_C_ALL && k->op != PC_C_ANY && k->op != PC_C_NO) {
            /* a reason in the JSON array: ,"label ... what follows the value" */
            pc_buf_puts(&b, ",\"");
            pc_buf_json_chars(&b, k->op == PC_C_CHECK ? (zh ? k->label_zh : k->label_en)
                                                      : pc_field_label(&dict->fields[k->field], zh ? PC_LANG_ZH : PC_LANG_EN));
            free(k->json_label[zh]);
            k->json_label_len[zh] = b.len;
            k->json_label[zh] = b.data ? pc_buf_take(&b) : pc_strdup("");
            for (int met = 0; met < 2; met++) {
                pc_buf words = {0};
                pc_out_leaf_after(&words, k->op == PC_C_CHECK ? NULL : &dict->fields[k->field], k,
                                  zh ? PC_LANG_ZH : PC_LANG_EN, met);
                pc_buf_json_chars(&b, words.data);
                pc_buf_putc(&b, '"');
                pc_buf_free(&words);
                free(k->json_after[zh][met]);
                k->json_after_len[zh][met] = b.len;
                k->json_after[zh][met] = pc_buf_take(&b);
            }
        }
        if (k->op != PC_C_ALL && k->op != PC_C_ANY && k->op != PC_C_NO && k->op != PC_C_CHECK) {
            pc_buf_puts(&b, "{\"field\":");
            pc_buf_json_string(&b, dict->fields[k->field].def.name);
            pc_buf_puts(&b, ",\"label\":");
            pc_buf_add(&b, k->json_label[zh] + 1, k->json_label_len[zh] - 1);   /* from the quote */
            pc_buf_puts(&b, "\",\"from\":");
            free(k->json_change[zh]);
            k->json_change_len[zh] = b.len;
            k->json_change[zh] = pc_buf_take(&b);
        }
    }
    if (k->op == PC_C_ONE_OF)
        pc_out_gap_prepare(k, &dict->fields[k->field]);
    for (size_t i = 0; i < k->nkids; i++)
        prepare_cond(k->kids[i], role, dict);
}

/* The conditions of when() amounts, and each step's constant JSON. */
static void prepare_amount(pc_amount *a, const pc_item *it, const pc_dict *dict)
{
    if (!a)
        return;
    if (a->op == PC_A_WHEN)
        prepare_cond(a->cond, PC_ROLE_AMOUNT, dict);
    if (a->op == PC_A_FIXED || a->op == PC_A_PER_ITEM || a->op == PC_A_RATE) {
        pc_buf b = {0};
        pc_buf_puts(&b, "{\"param\":");
        pc_buf_json_string(&b, it->params[a->param].name);
        pc_buf_puts(&b, ",\"kind\":");
        pc_buf_json_string(&b, pc_amount_op_name[a->op]);
        if (a->op != PC_A_FIXED) {
            pc_buf_puts(&b, ",\"field\":");
            pc_buf_json_string(&b, dict->fields[a->field].def.name);
        }
        pc_buf_puts(&b, a->op == PC_A_FIXED ? ",\"count\":1" : a->op == PC_A_RATE ? ",\"count\":null,\"base_yuan\":" : ",\"count\":");
        free(a->json_head);
        a->json_head_len = b.len;
        a->json_head = pc_buf_take(&b);
    }
    for (size_t i = 0; i < a->nkids; i++)
        prepare_amount(a->kids[i], it, dict);
}

void pc_plan_prepare_output(pc_plan *p, const pc_dict *dict)
{
    for (size_t i = 0; i < p->nitems; i++) {
        pc_item *it = &p->items[i];
        pc_buf b = {0};
        pc_buf_puts(&b, "{\"plan\":");
        pc_buf_json_string(&b, p->id);
        pc_buf_puts(&b, ",\"rule\":");
        pc_buf_json_string(&b, it->id);
        pc_buf_puts(&b, ",\"kind\":");
        pc_buf_json_string(&b, pc_item_kind_name[it->kind]);
        it->json_head_len = b.len;
        it->json_head = pc_buf_take(&b);
        prepare_cond(it->applies, PC_ROLE_APPLIES, dict);
        prepare_cond(it->condition, it->kind == PC_ITEM_SUBSIDY ? PC_ROLE_ELIGIBLE : PC_ROLE_REQUIRES, dict);
        prepare_cond(it->priority, PC_ROLE_PRIORITY, dict);
        prepare_amount(it->amount, it, dict);
        pc_buf_puts(&b, ",\"cap_yuan\":");
        if (it->has_cap)
            pc_buf_money(&b, it->cap_fen);
        else
            pc_buf_puts(&b, "null");
        it->json_cap_yuan_len = b.len;
        memcpy(it->json_cap_yuan, b.data, b.len + 1);
        pc_buf_free(&b);
        if (it->has_cap)
            for (int zh = 0; zh < 2; zh++) {
                pc_cut_free(&it->json_cap[zh]);
                pc_out_cap_cut(&it->json_cap[zh], it, zh ? PC_LANG_ZH : PC_LANG_EN);
            }
        for (int zh = 0; zh < 2; zh++) {
            pc_buf_puts(&b, ",\"cite\":");
            pc_buf_json_string(&b, it->cite);
            pc_buf_puts(&b, ",\"title\":");
            pc_buf_json_string(&b, zh ? it->title_zh : it->title_en);
            char from[11], to[11];
            pc_date_format(p->in_force_from, from);
            pc_date_format(p->in_force_to, to);
            pc_buf_printf(&b, ",\"in_force\":{\"from\":\"%s\",\"to\":\"%s\"},\"reasons\":[", from, to);
            if (zh) {
                it->json_tail_zh_len = b.len;
                it->json_tail_zh = pc_buf_take(&b);
            } else {
                it->json_tail_en_len = b.len;
                it->json_tail_en = pc_buf_take(&b);
            }
        }
    }
}

void pc_param_prepare_output(pc_param *p)
{
    pc_buf b = {0};
    pc_buf_money(&b, p->fen);
    p->json_money_len = 0;
    if (b.len < sizeof p->json_money) {
        memcpy(p->json_money, b.data, b.len);
        p->json_money_len = b.len;
        p->json_fen = p->fen;
    }
    pc_buf_free(&b);
}

pc_status pc_report_empty_status(const pc_report *rep)
{
    for (unsigned i = 0; i < rep->warnings.count; i++)
        if (rep->warnings.items[i].id == PC_WARN_NO_PLAN_IN_FORCE || rep->warnings.items[i].id == PC_WARN_NO_PLAN_ISSUED)
            return PC_S_NO_PLAN;
    return PC_S_NO_RESULTS;
}
