/*
 * out_whatif.c -- the values a what-if run changed (whatif.h), written: the
 * report's "what_if" list in JSON, "what-if:" lines at the head of the text.
 */
#include "internal.h"
#include "out.h"

#include <string.h>

void pc_out_whatif_json(pc_buf *b, const pc_report *rep)
{
    if (!rep->what_if.count)
        return;
    pc_buf_puts(b, ",\"what_if\":[");
    for (unsigned i = 0; i < rep->what_if.count; i++) {
        const pc_what_if *w = &rep->what_if.items[i];
        if (i)
            pc_buf_putc(b, ',');
        if (w->field < 0) {
            pc_buf_puts(b, "{\"param\":");
            pc_buf_json_string(b, w->param);
            pc_buf_puts(b, ",\"from\":");
            if (w->param_from)
                pc_buf_json_string(b, w->param_from);
            else
                pc_buf_puts(b, "null");
            pc_buf_puts(b, ",\"to\":");
            pc_buf_json_string(b, w->param_to);
            pc_buf_putc(b, '}');
            continue;
        }
        const pc_field *f = pc_out_field(rep, w->field);
        pc_buf_puts(b, "{\"field\":");
        pc_buf_json_string(b, f->def.name);
        pc_buf_puts(b, ",\"label\":");
        pc_buf_json_string(b, pc_field_label(f, rep->lang));
        if (w->year)
            pc_buf_printf(b, ",\"year\":%d", w->year);
        pc_buf_puts(b, ",\"from\":");
        pc_out_json_value(b, &w->from);
        pc_buf_puts(b, ",\"to\":");
        pc_out_json_value(b, &w->to);
        pc_buf_putc(b, '}');
    }
    pc_buf_putc(b, ']');
}

void pc_out_whatif_text(pc_buf *b, const pc_report *rep)
{
    for (unsigned i = 0; i < rep->what_if.count; i++) {
        const pc_what_if *w = &rep->what_if.items[i];
        pc_buf_printf(b, "%s ", MSG(rep, WHATIF));
        if (w->field < 0) {
            pc_buf_printf(b, "%s = %s", w->param, w->param_to);
            pc_buf_printf(b, MSG(rep, WHATIF_WAS), w->param_from ? w->param_from : MSG(rep, TRACE_UNSET));
        } else {
            if (w->year)
                pc_buf_printf(b, "%d ", w->year);
            const pc_field *f = pc_out_field(rep, w->field);
            pc_buf_printf(b, "%s = ", pc_field_label(f, rep->lang));
            pc_out_value(b, f, &w->to, rep->lang);
            pc_buf now = {0};
            pc_out_value(&now, f, &w->from, rep->lang);
            pc_buf_printf(b, MSG(rep, WHATIF_WAS), now.data ? now.data : "");
            pc_buf_free(&now);
        }
        pc_buf_putc(b, '\n');
    }
}
