/*
 * diag.c -- diagnostics: messages that each carry the exit code they imply
 * and where the problem is (file, line, record, field).
 */
#include "internal.h"

#include <stdlib.h>
#include <string.h>

struct pc_diag {
    pc_message *items;
    size_t count, cap;
};

pc_diag *pc_diag_new(void)
{
    return pc_xcalloc(1, sizeof(pc_diag));
}

void pc_diag_clear(pc_diag *d)
{
    pc_diag_truncate(d, 0);
}

void pc_diag_free(pc_diag *d)
{
    if (!d)
        return;
    pc_diag_clear(d);
    free(d->items);
    free(d);
}

size_t pc_diag_count(const pc_diag *d)
{
    return d->count;
}

const pc_message *pc_diag_get(const pc_diag *d, size_t i)
{
    return i < d->count ? &d->items[i] : NULL;
}

int pc_diag_worst(const pc_diag *d)
{
    int worst = 0;
    for (size_t i = 0; i < d->count; i++)
        if (d->items[i].code > worst)
            worst = d->items[i].code;
    return worst;
}

void pc_diag_vadd(pc_diag *d, int code, const char *file, long line, const char *field,
                  const char *fmt, va_list ap)
{
    pc_buf text = {0};
    pc_buf_vprintf(&text, fmt, ap);
    pc_message m = {code, pc_strdup(file), line, 0, pc_strdup(field), pc_buf_take(&text), NULL};
    PC_PUSH(d->items, d->count, d->cap, m);
}

void pc_diag_add(pc_diag *d, int code, const char *file, long line, const char *field,
                 const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    pc_diag_vadd(d, code, file, line, field, fmt, ap);
    va_end(ap);
}

void pc_diag_set_record(pc_diag *d, size_t from, long record)
{
    for (size_t i = from; i < d->count; i++)
        d->items[i].record = record;
}

void pc_diag_truncate(pc_diag *d, size_t count)
{
    while (d->count > count) {
        pc_message *m = &d->items[--d->count];
        free((char *)m->file);
        free((char *)m->field);
        free((char *)m->text);
        free((char *)m->label);
    }
}

void pc_diag_set_label(pc_diag *d, size_t from, const char *label)
{
    for (size_t i = from; i < d->count; i++)
        if (!d->items[i].label && d->items[i].field && label)
            d->items[i].label = pc_strdup(label);
}

void pc_diag_message_text(pc_buf *b, const pc_message *m)
{
    if (m->field)
        pc_buf_printf(b, "field '%s': ", m->field);
    pc_buf_puts(b, m->text);
    if (m->label)
        pc_buf_printf(b, " [%s]", m->label);
}

void pc_diag_message_line(pc_buf *b, const pc_message *m)
{
    pc_buf_puts(b, "plancheck: ");
    if (m->file) {
        pc_buf_puts(b, m->file);
        if (m->line > 0)
            pc_buf_printf(b, ":%ld", m->line);
        pc_buf_puts(b, ": ");
    }
    if (m->record > 0)
        pc_buf_printf(b, "record %ld: ", m->record);
    if (m->code == 0)
        pc_buf_puts(b, "warning: ");
    pc_diag_message_text(b, m);
    pc_buf_putc(b, '\n');
}

void pc_diag_print(const pc_diag *d, FILE *out)
{
    pc_buf b = {0};
    for (size_t i = 0; i < d->count; i++)
        pc_diag_message_line(&b, &d->items[i]);
    if (b.len)
        fwrite(b.data, 1, b.len, out);
    pc_buf_free(&b);
}

void pc_diag_json(const pc_diag *d, pc_buf *b, long default_line)
{
    pc_buf_putc(b, '[');
    for (size_t i = 0; i < d->count; i++) {
        const pc_message *m = &d->items[i];
        pc_buf_puts(b, i ? ",{\"file\":" : "{\"file\":");
        if (m->file)
            pc_buf_json_string(b, m->file);
        else
            pc_buf_puts(b, "null");
        pc_buf_printf(b, ",\"line\":%ld,\"field\":", m->line ? m->line : default_line);
        if (m->field)
            pc_buf_json_string(b, m->field);
        else
            pc_buf_puts(b, "null");
        if (m->label) {
            pc_buf_puts(b, ",\"label\":");
            pc_buf_json_string(b, m->label);
        }
        if (m->record)
            pc_buf_printf(b, ",\"record\":%ld", m->record);
        pc_buf_puts(b, ",\"message\":");
        pc_buf_json_string(b, m->text);
        pc_buf_putc(b, '}');
    }
    pc_buf_putc(b, ']');
}

void pc_diag_write_json(const pc_diag *d, FILE *out)
{
    pc_buf b = {0};
    pc_diag_json(d, &b, 0);
    fwrite(b.data, 1, b.len, out);
    pc_buf_free(&b);
}
