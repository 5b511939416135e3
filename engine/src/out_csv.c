/*
 * out_csv.c -- a report as CSV rows, one per result (batch --format csv):
 * the columns of pc_out_csv_header.
 */
#include "internal.h"
#include "out.h"

#include <stdlib.h>
#include <string.h>

const char pc_out_csv_header[] = "record,id,name,region,plan,rule,kind,status,amount_yuan,cap_yuan,capped,cite,missing,errors\n";

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

void pc_out_csv(const pc_report *rep, long record, pc_buf *out)
{
    for (size_t i = 0; i < rep->nresults; i++) {
        const pc_result *r = &rep->results[i];
        pc_buf_printf(out, "%ld,", record);
        pc_out_csv_cell(out, rep->id ? rep->id : "");
        pc_buf_putc(out, ',');
        pc_out_csv_cell(out, rep->name ? rep->name : "");
        pc_buf_printf(out, ",%s,%s,%s,%s,%s,", rep->region, r->plan->id, r->item->id, pc_item_kind_name[r->item->kind],
                      pc_status_name(r->status));
        if (r->status == PC_S_ELIGIBLE && r->has_amount)
            pc_buf_money(out, r->amount_fen);
        pc_buf_putc(out, ',');
        if (r->has_cap)
            pc_buf_money(out, r->cap_fen);
        pc_buf_printf(out, ",%s,", r->capped ? "true" : "false");
        pc_out_csv_cell(out, r->item->cite);
        pc_buf_putc(out, ',');
        size_t start = out->len;
        for (size_t k = 0; k < r->missing.count; k++)
            pc_buf_printf(out, "%s%s", k ? " " : "", r->missing.items[k]);
        /* field names hold no separators; a cell that would is quoted */
        if (strpbrk(out->data + start, ",\"\r\n")) {
            char *m = pc_strdup(out->data + start);
            out->len = start;
            pc_out_csv_cell(out, m);
            free(m);
        }
        pc_buf_puts(out, ",\n");
    }
}
