/*
 * out_eligible.c -- the screening list of `batch --only eligible` (免申即享:
 * the government pushes a subsidy to the enterprises that qualify): one row
 * per record and eligible subsidy, as JSON Lines or CSV.
 */
#include "internal.h"
#include "out.h"

const char pc_out_eligible_csv_header[] = "record,id,name,region,plan,rule,cite,amount_yuan,cap_room_yuan,errors\n";

static void money_or(pc_buf *b, int has, int64_t fen, const char *none)
{
    if (has)
        pc_buf_money(b, fen);
    else
        pc_buf_puts(b, none);
}

void pc_out_eligible(const pc_report *rep, long record, pc_buf *out, int csv)
{
    for (size_t i = 0; i < rep->nresults; i++) {
        const pc_result *r = &rep->results[i];
        if (r->item->kind != PC_ITEM_SUBSIDY || r->status != PC_S_ELIGIBLE)
            continue;
        if (csv) {
            pc_buf_printf(out, "%ld,", record);
            pc_out_csv_cell(out, rep->id ? rep->id : "");
            pc_buf_putc(out, ',');
            pc_out_csv_cell(out, rep->name ? rep->name : "");
            pc_buf_printf(out, ",%s,%s,%s,", rep->region, r->plan->id, r->item->id);
            pc_out_csv_cell(out, r->item->cite);
            pc_buf_putc(out, ',');
            money_or(out, r->has_amount, r->amount_fen, "");
            pc_buf_putc(out, ',');
            money_or(out, r->has_cap, r->remaining_fen, "");
            pc_buf_puts(out, ",\n");
            continue;
        }
        pc_buf_printf(out, "{\"record\":%ld,\"id\":", record);
        pc_buf_json_string(out, rep->id ? rep->id : "");
        pc_buf_puts(out, ",\"name\":");
        if (rep->name)
            pc_buf_json_string(out, rep->name);
        else
            pc_buf_puts(out, "null");
        pc_buf_printf(out, ",\"region\":\"%s\",\"plan\":", rep->region);
        pc_buf_json_string(out, r->plan->id);
        pc_buf_puts(out, ",\"rule\":");
        pc_buf_json_string(out, r->item->id);
        pc_buf_puts(out, ",\"cite\":");
        pc_buf_json_string(out, r->item->cite);
        pc_buf_puts(out, ",\"amount_yuan\":");
        money_or(out, r->has_amount, r->amount_fen, "null");
        pc_buf_puts(out, ",\"cap_room_yuan\":");
        money_or(out, r->has_cap, r->remaining_fen, "null");
        pc_buf_puts(out, "}\n");
    }
}
