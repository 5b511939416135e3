/*
 * report.c -- a subject's report: its results, written as the contract's
 * JSON object or as text for a person.  Money is printed from fen.
 */
#include "internal.h"

#include <stdlib.h>
#include <string.h>

const char *pc_status_name(pc_status s)
{
    static const char *const names[] = {"eligible", "ineligible", "not_applicable", "unknown",
                                        "compliant", "non_compliant", "met", "not_met", "on_track",
                                        "behind", "no_data", "error", "not_judged"};
    return names[s];
}

static const char *status_zh(pc_status s)
{
    static const char *const names[] = {"符合条件", "不符合条件", "不适用", "无法判断",
                                        "合规", "不合规", "已达成", "未达成", "进度正常",
                                        "进度落后", "缺少数据", "出错", "不作判断(无数字)"};
    return names[s];
}

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

void pc_strlist_addf(pc_strlist *l, const char *fmt, ...)
{
    pc_buf b = {0};
    va_list ap;
    va_start(ap, fmt);
    pc_buf_vprintf(&b, fmt, ap);
    va_end(ap);
    pc_strlist_add(l, b.data ? b.data : "");
    pc_buf_free(&b);
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
    rep->warnings.arena = &rep->arena;
    return rep;
}

void pc_report_free(pc_report *rep)
{
    if (!rep)
        return;
    for (size_t i = 0; i < rep->results_cap; i++) {
        pc_strlist_free(&rep->results[i].reasons);
        pc_strlist_free(&rep->results[i].missing);
        pc_strlist_free(&rep->results[i].trace);
        pc_strlist_free(&rep->results[i].trace_text);
    }
    free(rep->results);
    pc_strlist_free(&rep->warnings);
    pc_diag_free(rep->errors);
    pc_arena_free(&rep->arena);
    free(rep);
}

/* ---- JSON ------------------------------------------------------------------------------ */

static void json_list(pc_buf *b, const pc_strlist *l)
{
    pc_buf_putc(b, '[');
    for (size_t i = 0; i < l->count; i++) {
        if (i)
            pc_buf_putc(b, ',');
        pc_buf_json_string(b, l->items[i]);
    }
    pc_buf_putc(b, ']');
}

/* ,"key": for a literal key, copied without escaping. */
#define json_key(b, key) pc_buf_add((b), "," "\"" key "\":", sizeof("," "\"" key "\":") - 1)

static const char *item_kind(pc_item_kind k)
{
    return k == PC_ITEM_TARGET ? "target" : k == PC_ITEM_SUBSIDY ? "subsidy" : "obligation";
}

static const pc_field *metric_field(const pc_report *rep, const pc_item *it)
{
    return &rep->dict->fields[it->metric];
}

static const char *unit_of(const pc_report *rep, const pc_item *it)
{
    if (it->unit_zh)
        return rep->lang == PC_LANG_ZH ? it->unit_zh : it->unit_en;
    if (it->measure == PC_M_PER_10K)
        return rep->lang == PC_LANG_ZH ? "件/万人" : "per 10,000 people";
    if (it->measure == PC_M_SHARE || it->measure == PC_M_RATIO_TO_YEAR)
        return rep->lang == PC_LANG_ZH ? "倍" : "ratio";
    if (it->measure == PC_M_GROWTH)
        return "%";
    return pc_field_unit(metric_field(rep, it), rep->lang);
}

static int target_is_money(const pc_report *rep, const pc_item *it)
{
    return metric_field(rep, it)->def.type == PC_FIELD_MONEY &&
           (it->measure == PC_M_PLAIN || it->measure == PC_M_CUMULATIVE || it->measure == PC_M_NEW_SINCE);
}

static void json_result(pc_buf *b, const pc_report *rep, const pc_result *r)
{
    const pc_item *it = r->item;
    /* {"plan":..,"rule":..,"kind":.., escaped once when the plan was compiled */
    pc_buf_add(b, it->json_head, it->json_head_len);
    json_key(b, "status");
    pc_buf_putc(b, '"');
    pc_buf_puts(b, pc_status_name(r->status));
    pc_buf_putc(b, '"');
    if (it->kind == PC_ITEM_SUBSIDY) {
        json_key(b, "amount_yuan");
        if (r->status == PC_S_ELIGIBLE && r->has_amount)
            pc_buf_money(b, r->amount_fen);
        else
            pc_buf_puts(b, "null");
        json_key(b, "cap_yuan");
        if (r->has_cap)
            pc_buf_money(b, r->cap_fen);
        else
            pc_buf_puts(b, "null");
        json_key(b, "capped");
        pc_buf_puts(b, r->capped ? "true" : "false");
        if (r->received_fen) {
            json_key(b, "received_yuan");
            pc_buf_money(b, r->received_fen);
        }
        if (it->priority) {
            json_key(b, "priority");
            pc_buf_puts(b, r->priority ? "true" : "false");
        }
    }
    if (it->kind == PC_ITEM_TARGET) {
        int money = target_is_money(rep, it);
        json_key(b, "metric");
        pc_buf json_name = {0};
        for (int i = 0; i < it->nmetrics; i++)
            pc_buf_printf(&json_name, "%s%s", i ? "+" : "", rep->dict->fields[it->metrics[i]].def.name);
        for (int i = 0; i < it->nminus; i++)
            pc_buf_printf(&json_name, "-%s", rep->dict->fields[it->minus[i]].def.name);
        pc_buf_json_string(b, json_name.data);
        pc_buf_free(&json_name);
        json_key(b, "target");
        if (it->compare == PC_CMP_REPORT || (it->compare == PC_CMP_INCREASING && !r->has_target))
            pc_buf_puts(b, "null");
        else if (r->has_target)
            pc_buf_real(b, r->target);
        else if (money)
            pc_buf_money(b, (int64_t)(it->value * 100 + 0.5));
        else
            pc_buf_real(b, it->value);
        if (it->compare == PC_CMP_ABOVE) {
            json_key(b, "compared_with");
            pc_buf_json_string(b, rep->dict->fields[it->other].def.name);
        } else if (it->measure == PC_M_SHARE) {
            json_key(b, "share_of");
            pc_buf den = {0};
            for (int i = 0; i < (it->nothers ? it->nothers : 1); i++)
                pc_buf_printf(&den, "%s%s", i ? "+" : "", rep->dict->fields[it->nothers ? it->others[i] : it->other].def.name);
            pc_buf_json_string(b, den.data);
            pc_buf_free(&den);
        }
        json_key(b, "actual");
        if (!r->has_actual)
            pc_buf_puts(b, "null");
        else if (r->actual_is_money)
            pc_buf_money(b, r->actual_fen);
        else
            pc_buf_real(b, r->actual);
        json_key(b, "unit");
        pc_buf_json_string(b, unit_of(rep, it));
        json_key(b, "due");
        pc_buf_int(b, it->due);
        json_key(b, "progress");
        if (r->has_progress)
            pc_buf_real(b, r->progress);
        else
            pc_buf_puts(b, "null");
        json_key(b, "year");
        if (r->has_actual)
            pc_buf_int(b, r->data_year);
        else
            pc_buf_puts(b, "null");
        if (r->has_expected) {
            json_key(b, "expected");
            pc_buf_real(b, r->expected);
        }
        json_key(b, "comparison");
        static const char *const cmp[] = {"at_least", "at_most", "about", "above", "at_least_about", "at_most_about",
                                          "increasing", "report"};
        pc_buf_json_string(b, cmp[it->compare]);
        if (it->compare == PC_CMP_ABOUT || it->compare == PC_CMP_AT_LEAST_ABOUT || it->compare == PC_CMP_AT_MOST_ABOUT) {
            json_key(b, "tolerance");
            pc_buf_real(b, it->tolerance);
        }
        if (it->has_min_growth) {
            json_key(b, "min_growth");
            pc_buf_real(b, pc_q_double(it->min_growth_q));
        }
        if (it->from) {
            json_key(b, "from");
            pc_buf_int(b, it->from);
        }
        if (it->strive) {
            json_key(b, "strive");
            pc_buf_puts(b, "true");
        }
    }
    /* ,"cite":..,"title":.. likewise */
    if (rep->lang == PC_LANG_ZH)
        pc_buf_add(b, it->json_tail_zh, it->json_tail_zh_len);
    else
        pc_buf_add(b, it->json_tail_en, it->json_tail_en_len);
    json_key(b, "reasons");
    json_list(b, &r->reasons);
    json_key(b, "missing");
    json_list(b, &r->missing);
    if (r->trace.count) {
        json_key(b, "trace");
        pc_buf_putc(b, '[');
        for (size_t i = 0; i < r->trace.count; i++) {
            if (i)
                pc_buf_putc(b, ',');
            pc_buf_puts(b, r->trace.items[i]);   /* already JSON */
        }
        pc_buf_putc(b, ']');
    }
    pc_buf_putc(b, '}');
}

char *pc_report_json_string(const pc_report *rep, size_t *len)
{
    pc_buf b = {0};
    pc_report_json(rep, &b);
    *len = b.len;
    return pc_buf_take(&b);
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

void pc_report_write_json(const pc_report *rep, FILE *out)
{
    pc_buf b = {0};
    pc_report_json(rep, &b);
    fwrite(b.data, 1, b.len, out);
    pc_buf_free(&b);
}

void pc_report_json(const pc_report *rep, pc_buf *out)
{
    pc_buf b = *out;
    char date[11];
    pc_date_format(rep->as_of, date);
    pc_buf_puts(&b, "{\"subject\":{\"kind\":");
    pc_buf_json_string(&b, rep->kind == PC_SUBJECT_ENTERPRISE ? "enterprise" : "region");
    json_key(&b, "id");
    pc_buf_json_string(&b, rep->id);
    json_key(&b, "name");
    if (rep->name)
        pc_buf_json_string(&b, rep->name);
    else
        pc_buf_puts(&b, "null");
    json_key(&b, "region");
    pc_buf_json_string(&b, rep->region);
    if (rep->region_given && strcmp(rep->region_given, rep->region) != 0) {
        json_key(&b, "region_given");
        pc_buf_json_string(&b, rep->region_given);
    }
    pc_buf_puts(&b, "},\"as_of\":");
    pc_buf_json_string(&b, date);
    pc_buf_puts(&b, ",\"results\":[");
    for (size_t i = 0; i < rep->nresults; i++) {
        if (i)
            pc_buf_putc(&b, ',');
        json_result(&b, rep, &rep->results[i]);
    }
    pc_buf_puts(&b, "],\"total_yuan\":");
    pc_buf_money(&b, rep->total_fen);
    json_key(&b, "warnings");
    json_list(&b, &rep->warnings);
    json_key(&b, "errors");
    pc_diag_json(rep->errors, &b, 0);
    pc_buf_putc(&b, '}');
    *out = b;
}

/* ---- text ------------------------------------------------------------------------------ */

static const char *status_mark(pc_status s)
{
    switch (s) {
    case PC_S_ELIGIBLE: case PC_S_COMPLIANT: case PC_S_MET: case PC_S_ON_TRACK: return "✔";
    case PC_S_INELIGIBLE: case PC_S_NON_COMPLIANT: case PC_S_NOT_MET: case PC_S_BEHIND: return "✘";
    case PC_S_NOT_APPLICABLE: return "·";
    default: return "?";
    }
}

/* Money with thousands separators, for reading. */
static void text_money(pc_buf *b, int64_t fen, pc_lang lang)
{
    char digits[32];
    snprintf(digits, sizeof digits, "%lld", (long long)(fen / 100));
    size_t n = strlen(digits);
    for (size_t i = 0; i < n; i++) {
        pc_buf_putc(b, digits[i]);
        if ((n - i - 1) % 3 == 0 && i + 1 < n)
            pc_buf_putc(b, ',');
    }
    if (fen % 100)
        pc_buf_printf(b, ".%02lld", (long long)(fen % 100));
    pc_buf_puts(b, lang == PC_LANG_ZH ? " 元" : " yuan");
}

static void text_result(pc_buf *b, const pc_report *rep, const pc_result *r)
{
    const pc_item *it = r->item;
    pc_lang lang = rep->lang;
    const char *status = lang == PC_LANG_ZH ? status_zh(r->status) : pc_status_name(r->status);
    pc_buf_printf(b, "  %s ", status_mark(r->status));
    pc_buf_pad(b, status, 15);
    pc_buf_printf(b, "%s  [%s] %s\n", lang == PC_LANG_ZH ? it->title_zh : it->title_en, it->cite, it->id);
    if (it->kind == PC_ITEM_SUBSIDY && r->status == PC_S_ELIGIBLE) {
        pc_buf_puts(b, lang == PC_LANG_ZH ? "      金额: " : "      amount: ");
        if (r->has_amount)
            text_money(b, r->amount_fen, lang);
        else if (r->missing.count)
            pc_buf_puts(b, lang == PC_LANG_ZH ? "无法计算(缺少数据)" : "unknown: data missing");
        else
            pc_buf_puts(b, lang == PC_LANG_ZH ? "规划未定(另行规定)" : "not fixed by the plan");
        if (r->has_cap) {
            pc_buf_puts(b, lang == PC_LANG_ZH ? ";上限 " : "; cap ");
            text_money(b, r->cap_fen, lang);
            if (r->capped)
                pc_buf_puts(b, lang == PC_LANG_ZH ? "(已按上限核减)" : " (capped)");
        }
        if (r->priority)
            pc_buf_puts(b, lang == PC_LANG_ZH ? ";优先支持" : "; priority case");
        pc_buf_putc(b, '\n');
    }
    if (it->kind == PC_ITEM_TARGET) {
        int money = target_is_money(rep, it);
        pc_buf_puts(b, lang == PC_LANG_ZH ? "      目标 " : "      target ");
        if (it->compare == PC_CMP_ABOVE) {
            pc_buf_printf(b, lang == PC_LANG_ZH ? "高于 %s " : "above %s ", pc_field_label(&rep->dict->fields[it->other], lang));
            if (r->has_target)
                pc_buf_real(b, r->target);
            pc_buf_printf(b, " %s", unit_of(rep, it));
        } else if (it->compare == PC_CMP_REPORT) {
            pc_buf_puts(b, lang == PC_LANG_ZH ? "无数字" : "no figure");
        } else if (it->compare == PC_CMP_INCREASING) {
            pc_buf_puts(b, lang == PC_LANG_ZH ? "逐年高于上一年" : "above the year before, every year");
            if (it->has_min_growth) {
                pc_buf_puts(b, lang == PC_LANG_ZH ? ",增幅至少 " : ", by at least ");
                pc_buf_real(b, pc_q_double(it->min_growth_q) * 100);
                pc_buf_putc(b, '%');
            }
        } else if (it->compare == PC_CMP_AT_LEAST_ABOUT || it->compare == PC_CMP_AT_MOST_ABOUT) {
            pc_buf_puts(b, it->compare == PC_CMP_AT_LEAST_ABOUT ? (lang == PC_LANG_ZH ? "不低于约 " : "at least about ")
                                                                : (lang == PC_LANG_ZH ? "不高于约 " : "at most about "));
            pc_buf_real(b, it->value);
            pc_buf_printf(b, " %s", unit_of(rep, it));
            pc_buf_puts(b, lang == PC_LANG_ZH ? "(容差 " : " (tolerance ");
            pc_buf_real(b, it->tolerance * 100);
            pc_buf_puts(b, "%)");
        } else if (money) {
            text_money(b, (int64_t)(it->value * 100 + 0.5), lang);
        } else {
            pc_buf_real(b, it->value), pc_buf_printf(b, " %s", unit_of(rep, it));
        }
        pc_buf_printf(b, lang == PC_LANG_ZH ? "(%d年)" : " by %d", it->due);
        if (r->has_actual) {
            pc_buf_puts(b, lang == PC_LANG_ZH ? ";实际 " : "; actual ");
            if (r->actual_is_money)
                text_money(b, r->actual_fen, lang);
            else
                pc_buf_real(b, r->actual);
            pc_buf_printf(b, lang == PC_LANG_ZH ? "(%d年)" : " (%d)", r->data_year);
        }
        if (r->has_progress) {
            pc_buf_printf(b, lang == PC_LANG_ZH ? ";完成 %.1f%%" : "; progress %.1f%%", r->progress * 100);
        }
        if (it->strive)
            pc_buf_puts(b, lang == PC_LANG_ZH ? ";力争目标" : "; strive-for target");
        pc_buf_putc(b, '\n');
    }
    for (size_t i = 0; i < r->reasons.count; i++)
        pc_buf_printf(b, "      - %s\n", r->reasons.items[i]);
    if (r->trace_text.count) {
        pc_buf_puts(b, lang == PC_LANG_ZH ? "      推理过程:\n" : "      trace:\n");
        for (size_t i = 0; i < r->trace_text.count; i++)
            pc_buf_printf(b, "        %s\n", r->trace_text.items[i]);
    }
    if (r->missing.count) {
        pc_buf_puts(b, lang == PC_LANG_ZH ? "      缺少: " : "      missing: ");
        for (size_t i = 0; i < r->missing.count; i++)
            pc_buf_printf(b, "%s%s", i ? ", " : "", r->missing.items[i]);
        pc_buf_putc(b, '\n');
    }
}

void pc_report_write_text(const pc_report *rep, FILE *out)
{
    pc_buf b = {0};
    pc_lang lang = rep->lang;
    char date[11];
    pc_date_format(rep->as_of, date);
    pc_buf_printf(&b, "%s%s%s%s", rep->name ? rep->name : "", rep->name ? " (" : "", rep->id, rep->name ? ")" : "");
    if (strcmp(rep->id, rep->region) != 0)
        pc_buf_printf(&b, " · %s", rep->region);
    pc_buf_printf(&b, " · %s %s\n", lang == PC_LANG_ZH ? "评估日期" : "as of", date);
    for (size_t i = 0; i < rep->warnings.count; i++)
        pc_buf_printf(&b, "%s %s\n", lang == PC_LANG_ZH ? "注意:" : "warning:", rep->warnings.items[i]);
    for (size_t i = 0; i < pc_diag_count(rep->errors); i++) {
        const pc_message *m = pc_diag_get(rep->errors, i);
        pc_buf_printf(&b, "%s ", lang == PC_LANG_ZH ? "错误:" : "error:");
        if (m->file)
            pc_buf_printf(&b, m->line ? "%s:%ld: " : "%s: ", m->file, m->line);
        if (m->field)
            pc_buf_printf(&b, "field '%s': ", m->field);
        pc_buf_printf(&b, "%s\n", m->text);
    }
    const pc_plan *plan = NULL;
    for (size_t i = 0; i < rep->nresults; i++) {
        const pc_result *r = &rep->results[i];
        if (r->plan != plan) {
            plan = r->plan;
            pc_buf_printf(&b, "\n%s  %s  %s\n", plan->id, lang == PC_LANG_ZH ? plan->title_zh : plan->title_en,
                          plan->document);
        }
        text_result(&b, rep, r);
    }
    if (rep->kind == PC_SUBJECT_ENTERPRISE && rep->nresults) {
        size_t eligible = 0, open = 0;
        for (size_t i = 0; i < rep->nresults; i++) {
            eligible += rep->results[i].status == PC_S_ELIGIBLE;
            open += rep->results[i].status == PC_S_ELIGIBLE && !rep->results[i].has_amount &&
                    rep->results[i].item->kind == PC_ITEM_SUBSIDY;
        }
        pc_buf_puts(&b, lang == PC_LANG_ZH ? "\n合计(金额已确定部分): " : "\nTotal of fixed amounts: ");
        text_money(&b, rep->total_fen, lang);
        if (lang == PC_LANG_ZH)
            pc_buf_printf(&b, ";符合条件 %zu 项,其中 %zu 项金额待定\n", eligible, open);
        else
            pc_buf_printf(&b, "; %zu eligible, %zu of them with the amount not fixed\n", eligible, open);
    }
    fwrite(b.data, 1, b.len, out);
    pc_buf_free(&b);
}

void pc_plan_prepare_output(pc_plan *p)
{
    for (size_t i = 0; i < p->nitems; i++) {
        pc_item *it = &p->items[i];
        pc_buf b = {0};
        pc_buf_puts(&b, "{\"plan\":");
        pc_buf_json_string(&b, p->id);
        json_key(&b, "rule");
        pc_buf_json_string(&b, it->id);
        json_key(&b, "kind");
        pc_buf_json_string(&b, item_kind(it->kind));
        it->json_head_len = b.len;
        it->json_head = pc_buf_take(&b);
        for (int zh = 0; zh < 2; zh++) {
            json_key(&b, "cite");
            pc_buf_json_string(&b, it->cite);
            json_key(&b, "title");
            pc_buf_json_string(&b, zh ? it->title_zh : it->title_en);
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

void pc_report_print_errors(const pc_report *rep, FILE *out)
{
    pc_diag_print(rep->errors, out);
}
