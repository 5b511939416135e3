/*
 * out_text.c -- a report for a person to read, in zh or en: per plan, each
 * result with its status, amount or target line, reasons, trace and what is
 * missing, then the total.
 */
#include "internal.h"
#include "out.h"

#include <string.h>

typedef struct line_sink {
    pc_buf *b;
    const char *indent;
} line_sink;

static void indented_line(void *arg, const char *text, size_t len)
{
    line_sink *s = arg;
    pc_buf_puts(s->b, s->indent);
    pc_buf_add(s->b, text, len);
    pc_buf_putc(s->b, '\n');
}

static void text_amount(pc_buf *b, const pc_report *rep, const pc_result *r)
{
    pc_lang lang = rep->lang;
    pc_buf_puts(b, MSG(rep, TEXT_AMOUNT));
    if (r->has_amount)
        pc_out_money_text(b, r->amount_fen, lang);
    else if (r->missing.count)
        pc_buf_puts(b, MSG(rep, TEXT_AMOUNT_MISSING));
    else
        pc_buf_puts(b, MSG(rep, TEXT_AMOUNT_OPEN));
    if (r->has_cap) {
        pc_buf_puts(b, MSG(rep, TEXT_CAP));
        pc_out_money_text(b, r->cap_fen, lang);
        if (r->capped)
            pc_buf_puts(b, MSG(rep, TEXT_CAPPED));
        if (!r->has_amount) {
            /* the room left under the cap, when the amount itself is open */
            pc_buf_puts(b, MSG(rep, TEXT_REMAINING));
            pc_out_money_text(b, r->remaining_fen, lang);
        }
    }
    if (r->priority)
        pc_buf_puts(b, MSG(rep, TEXT_PRIORITY));
    pc_buf_putc(b, '\n');
}

static void text_target(pc_buf *b, const pc_report *rep, const pc_result *r)
{
    const pc_item *it = r->item;
    pc_lang lang = rep->lang;
    pc_buf_puts(b, MSG(rep, TEXT_TARGET));
    if (it->compare == PC_CMP_ABOVE) {
        pc_buf_printf(b, MSG(rep, TEXT_ABOVE), pc_field_label(pc_out_field(rep, it->other), lang));
        if (r->has_target)
            pc_out_real_text(b, r->target);
        pc_buf_printf(b, " %s", pc_out_unit(rep, it));
    } else if (it->compare == PC_CMP_REPORT) {
        pc_buf_puts(b, MSG(rep, TEXT_NO_FIGURE));
    } else if (it->compare == PC_CMP_INCREASING) {
        pc_buf_puts(b, MSG(rep, TEXT_INCREASING));
        if (it->has_min_growth) {
            pc_buf_puts(b, MSG(rep, TEXT_MIN_GROWTH));
            pc_buf_real(b, pc_q_double(it->min_growth_q) * 100);
            pc_buf_putc(b, '%');
        }
    } else if (it->compare == PC_CMP_AT_LEAST_ABOUT || it->compare == PC_CMP_AT_MOST_ABOUT) {
        pc_buf_puts(b, it->compare == PC_CMP_AT_LEAST_ABOUT ? MSG(rep, TEXT_AT_LEAST_ABOUT) : MSG(rep, TEXT_AT_MOST_ABOUT));
        pc_out_real_text(b, it->value);
        pc_buf_printf(b, " %s", pc_out_unit(rep, it));
        pc_buf_puts(b, MSG(rep, TEXT_TOLERANCE));
        pc_buf_real(b, it->tolerance * 100);
        pc_buf_puts(b, "%)");
    } else if (pc_out_target_is_money(rep, it)) {
        pc_out_money_text(b, (int64_t)(it->value * 100 + 0.5), lang);
    } else {
        pc_out_real_text(b, it->value);
        pc_buf_printf(b, " %s", pc_out_unit(rep, it));
    }
    pc_buf_printf(b, MSG(rep, TEXT_BY_YEAR), it->due);
    if (r->has_actual) {
        pc_buf_puts(b, MSG(rep, TEXT_ACTUAL));
        if (r->actual_is_money)
            pc_out_money_text(b, r->actual_fen, lang);
        else
            pc_out_real_text(b, r->actual);
        pc_buf_printf(b, MSG(rep, TEXT_OF_YEAR), r->data_year);
    }
    if (r->has_progress)
        pc_buf_printf(b, MSG(rep, TEXT_PROGRESS), r->progress * 100);
    if (it->strive)
        pc_buf_puts(b, MSG(rep, TEXT_STRIVE));
    pc_buf_putc(b, '\n');
}

static void text_result(pc_buf *b, const pc_report *rep, const pc_result *r, pc_buf *scratch)
{
    const pc_item *it = r->item;
    pc_lang lang = rep->lang;
    const char *status = (lang == PC_LANG_ZH ? pc_status_zh : pc_status_en)[r->status];
    pc_buf_printf(b, "  %s ", pc_status_mark[r->status]);
    pc_buf_pad(b, status, 15);
    pc_buf_printf(b, "%s  [%s] %s\n", lang == PC_LANG_ZH ? it->title_zh : it->title_en, it->cite, it->id);
    if (it->kind == PC_ITEM_SUBSIDY && r->status == PC_S_ELIGIBLE)
        text_amount(b, rep, r);
    if (it->kind == PC_ITEM_TARGET)
        text_target(b, rep, r);
    line_sink reasons = {b, "      - "};
    pc_out_reasons(rep, r, scratch, indented_line, &reasons);
    line_sink gap = {b, "      → "};
    pc_out_gap_text(rep, r, scratch, indented_line, &gap);
    pc_out_needed_text(rep, r, scratch, indented_line, &gap);
    if (rep->explain) {
        pc_buf_puts(b, MSG(rep, TEXT_TRACE));
        line_sink steps = {b, "        "};
        pc_out_trace_text(rep, r, scratch, indented_line, &steps);
    }
    if (r->missing.count) {
        pc_buf_puts(b, MSG(rep, TEXT_MISSING));
        for (size_t i = 0; i < r->missing.count; i++) {
            /* a field by its label, then its name (the key to add to the file) */
            const char *name = r->missing.items[i];
            int fi = rep->dict ? pc_dict_find(rep->dict, rep->kind, name) : -1;
            const char *label = fi >= 0 ? pc_field_label(&rep->dict->fields[fi], rep->lang) : NULL;
            if (i)
                pc_buf_puts(b, MSG(rep, TEXT_LIST_SEP));
            if (label)
                pc_buf_printf(b, MSG(rep, TEXT_MISSING_FIELD), name, label);
            else
                pc_buf_puts(b, name);
        }
        pc_buf_putc(b, '\n');
    }
}

static void text_head(pc_buf *b, const pc_report *rep, pc_buf *scratch)
{
    char date[11];
    pc_date_format(rep->as_of, date);
    pc_buf_printf(b, "%s%s%s%s", rep->name ? rep->name : "", rep->name ? " (" : "", rep->id, rep->name ? ")" : "");
    if (strcmp(rep->id, rep->region) != 0)
        pc_buf_printf(b, " · %s", rep->region);
    pc_buf_printf(b, " · %s %s\n", MSG(rep, AS_OF), date);
    pc_out_whatif_text(b, rep);
    for (unsigned i = 0; i < rep->warnings.count; i++) {
        scratch->len = 0;
        pc_out_warning(scratch, rep, &rep->warnings.items[i]);
        pc_buf_printf(b, "%s %s\n", MSG(rep, WARNING), scratch->data);
    }
    for (size_t i = 0; i < pc_diag_count(rep->errors); i++) {
        const pc_message *m = pc_diag_get(rep->errors, i);
        pc_buf_printf(b, "%s ", MSG(rep, ERROR));
        pc_diag_message_where(b, m, rep->lang);
        pc_diag_message_text(b, m, rep->lang);
        pc_buf_putc(b, '\n');
    }
}

/* A region's last lines: per plan, how many targets have each status. */
static void text_tally(pc_buf *b, const pc_report *rep)
{
    const char *const *words = rep->lang == PC_LANG_ZH ? pc_status_zh : pc_status_en;
    pc_buf_printf(b, "\n%s\n", MSG(rep, TALLY));
    pc_out_tally t;
    for (size_t first = 0, next; first < rep->nresults; first = next) {
        next = pc_out_plan_tally(rep, first, &t);
        pc_buf_printf(b, "  %s  ", rep->results[first].plan->id);
        for (int k = 0; k < t.n; k++)
            pc_buf_printf(b, "%s%s %zu", k ? " · " : "", words[t.status[k]], t.count[k]);
        pc_buf_putc(b, '\n');
    }
}

void pc_out_text(const pc_report *rep, long record, pc_buf *b)
{
    (void)record;
    pc_buf scratch = {0};
    text_head(b, rep, &scratch);
    const pc_plan *plan = NULL;
    for (size_t i = 0; i < rep->nresults; i++) {
        const pc_result *r = &rep->results[i];
        if (r->plan != plan) {
            plan = r->plan;
            pc_buf_printf(b, "\n%s  %s  %s\n", plan->id, rep->lang == PC_LANG_ZH ? plan->title_zh : plan->title_en,
                          plan->document);
        }
        text_result(b, rep, r, &scratch);
    }
    pc_buf_free(&scratch);
    if (rep->kind == PC_SUBJECT_REGION && rep->nresults)
        text_tally(b, rep);
    if (rep->kind != PC_SUBJECT_ENTERPRISE || !rep->nresults)
        return;
    size_t eligible = 0, open = 0;
    for (size_t i = 0; i < rep->nresults; i++) {
        const pc_result *r = &rep->results[i];
        eligible += r->status == PC_S_ELIGIBLE;
        open += r->status == PC_S_ELIGIBLE && !r->has_amount && r->item->kind == PC_ITEM_SUBSIDY;
    }
    pc_buf_puts(b, MSG(rep, TEXT_TOTAL));
    pc_out_money_text(b, rep->total_fen, rep->lang);
    pc_buf_printf(b, MSG(rep, TEXT_TOTAL_COUNTS), eligible, open);
}
