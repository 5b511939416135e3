/*
 * out_csv.c -- a report as CSV rows, one per result (batch --format csv):
 * the columns of pc_out_csv_header.  A record without results still has a
 * row (status no_plan or no_results), and a record that failed one row with
 * status error.
 */
#include "internal.h"
#include "out.h"

#include <string.h>

const char pc_out_csv_header[] = "record,id,name,region,plan,rule,kind,status,amount_yuan,cap_yuan,capped,"
                                 "target,actual,unit,progress,due,cite,missing,warnings,errors\n";
const char pc_out_csv_bom[] = "\xEF\xBB\xBF";

void pc_out_csv_cell(pc_buf *b, const char *s)
{
    if (!strpbrk(s, ",\"\r\n")) {
        pc_buf_puts(b, s);
        return;
    }
    pc_buf_putc(b, '"');
    for (; *s; s++) {
        if (*s == '"')
            pc_buf_putc(b, '"');
        pc_buf_putc(b, *s);
    }
    pc_buf_putc(b, '"');
}

/* Quotes the cell written into b from start on, in place, when it needs it. */
static void quote_from(pc_buf *b, size_t start)
{
    if (b->len == start || !strpbrk(b->data + start, ",\"\r\n"))
        return;
    size_t n = b->len - start, quotes = 0;
    for (size_t i = start; i < b->len; i++)
        quotes += b->data[i] == '"';
    pc_buf_grow(b, quotes + 2);
    char *d = b->data + start;
    size_t src = n, dst = n + quotes + 2;
    d[dst] = '\0';
    d[--dst] = '"';
    while (src > 0) {
        char c = d[--src];
        d[--dst] = c;
        if (c == '"')
            d[--dst] = '"';
    }
    d[0] = '"';
    b->len = start + n + quotes + 2;
}

/* record,id,name,region, */
static void subject_cells(pc_buf *out, long record, const char *id, const char *name, const char *region)
{
    pc_buf_printf(out, "%ld,", record);
    pc_out_csv_cell(out, id ? id : "");
    pc_buf_putc(out, ',');
    pc_out_csv_cell(out, name ? name : "");
    pc_buf_putc(out, ',');
    pc_buf_puts(out, region ? region : "");
    pc_buf_putc(out, ',');
}

/* The report's warnings as one cell, as JSON words them, "; " between. */
static void warnings_cell(pc_buf *out, const pc_report *rep)
{
    size_t start = out->len;
    for (unsigned i = 0; i < rep->warnings.count; i++) {
        if (i)
            pc_buf_puts(out, "; ");
        pc_out_warning(out, rep, &rep->warnings.items[i]);
    }
    quote_from(out, start);
}

/* Appends again the len bytes written into out from at on. */
static void repeat(pc_buf *out, size_t at, size_t len)
{
    if (!len)
        return;
    pc_buf_grow(out, len);   /* copied from out itself: no move while copying */
    pc_buf_add(out, out->data + at, len);
}

static void target_cells(pc_buf *out, const pc_report *rep, const pc_result *r)
{
    pc_out_target_number(out, rep, r);
    pc_buf_putc(out, ',');
    pc_out_actual_number(out, r);
    pc_buf_putc(out, ',');
    pc_out_csv_cell(out, pc_out_unit(rep, r->item));
    pc_buf_putc(out, ',');
    if (r->has_progress)
        pc_buf_real(out, r->progress);
    pc_buf_printf(out, ",%d,", r->item->due);
}

void pc_out_csv(const pc_report *rep, long record, pc_buf *out)
{
    if (!rep->nresults) {
        subject_cells(out, record, rep->id, rep->name, rep->region);
        pc_buf_printf(out, ",,,%s,,,,,,,,,,,", pc_status_name(pc_report_empty_status(rep)));
        warnings_cell(out, rep);
        pc_buf_puts(out, ",\n");
        return;
    }
    /* the subject's cells and the warnings cell are the same on every row
     * of the record: written once, then copied */
    size_t subject_at = 0, subject_len = 0, warn_at = 0, warn_len = 0;
    for (size_t i = 0; i < rep->nresults; i++) {
        const pc_result *r = &rep->results[i];
        if (i == 0) {
            subject_at = out->len;
            subject_cells(out, record, rep->id, rep->name, rep->region);
            subject_len = out->len - subject_at;
        } else {
            repeat(out, subject_at, subject_len);
        }
        pc_buf_printf(out, "%s,%s,%s,%s,", r->plan->id, r->item->id, pc_item_kind_name[r->item->kind],
                      pc_status_name(r->status));
        if (r->status == PC_S_ELIGIBLE && r->has_amount)
            pc_buf_money(out, r->amount_fen);
        pc_buf_putc(out, ',');
        if (r->has_cap)
            pc_buf_money(out, r->cap_fen);
        pc_buf_putc(out, ',');
        if (r->item->kind == PC_ITEM_SUBSIDY)
            pc_buf_puts(out, r->capped ? "true" : "false");
        pc_buf_putc(out, ',');
        if (r->item->kind == PC_ITEM_TARGET)
            target_cells(out, rep, r);
        else
            pc_buf_puts(out, ",,,,,");
        pc_out_csv_cell(out, r->item->cite);
        pc_buf_putc(out, ',');
        size_t start = out->len;
        for (size_t k = 0; k < r->missing.count; k++) {
            if (k)
                pc_buf_putc(out, ' ');
            pc_buf_puts(out, r->missing.items[k]);
        }
        quote_from(out, start);   /* field names hold no separators; a cell that would is quoted */
        pc_buf_putc(out, ',');
        if (i == 0) {
            warn_at = out->len;
            warnings_cell(out, rep);
            warn_len = out->len - warn_at;
        } else {
            repeat(out, warn_at, warn_len);
        }
        pc_buf_puts(out, ",\n");
    }
}

void pc_out_csv_error(pc_buf *out, long record, const char *id, const char *name, const char *region,
                      const char *errors, int eligible_list)
{
    subject_cells(out, record, id, name, region);
    /* the screening list has no status column: its errors column is the 10th */
    pc_buf_puts(out, eligible_list ? ",,,,," : ",,,error,,,,,,,,,,,,");
    pc_out_csv_cell(out, errors);
    pc_buf_putc(out, '\n');
}

void pc_out_diag_text(pc_buf *b, const pc_diag *d, pc_lang lang)
{
    for (size_t i = 0; d && i < pc_diag_count(d); i++) {
        if (i)
            pc_buf_puts(b, "; ");
        pc_diag_message_where(b, pc_diag_get(d, i), lang);
        pc_diag_message_text(b, pc_diag_get(d, i), lang);
    }
}
