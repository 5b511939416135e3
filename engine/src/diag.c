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

#define PC_X_DIAG_TEXTS(id, zh, en) {#id, zh, en},
static const char *const diag_table[][3] = {{NULL, "", ""}, PC_DIAGS(PC_X_DIAG_TEXTS)};
_Static_assert(sizeof diag_table / sizeof diag_table[0] == PC_D_COUNT, "PC_DIAGS and its table");

const char *pc_diag_format(pc_diag_id id, pc_lang lang)
{
    return diag_table[id][lang == PC_LANG_ZH ? 1 : 2];
}

const char *pc_diag_id_name(pc_diag_id id)
{
    return diag_table[id][0];
}

static void push(pc_diag *d, int code, const char *file, long line, const char *field, pc_diag_id id,
                 char *zh, char *en)
{
    pc_message m = {code, pc_strdup(file), line, 0, pc_strdup(field), en, NULL, zh, pc_diag_id_name(id)};
    PC_PUSH(d->items, d->count, d->cap, m);
}

static void vadd(pc_diag *d, int code, const char *file, long line, const char *field,
                 const char *fmt, va_list ap)
{
    pc_buf text = {0};
    pc_buf_vprintf(&text, fmt, ap);
    push(d, code, file, line, field, PC_D_NONE, NULL, pc_buf_take(&text));
}

void pc_diag_add(pc_diag *d, int code, const char *file, long line, const char *field,
                 const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    vadd(d, code, file, line, field, fmt, ap);
    va_end(ap);
}

void pc_diag_vsay(pc_diag *d, int code, const char *file, long line, const char *field, pc_diag_id id,
                  va_list ap)
{
    pc_buf zh = {0}, en = {0};
    pc_diag_vformat_both(&zh, &en, id, ap);
    push(d, code, file, line, field, id, pc_buf_take(&zh), pc_buf_take(&en));
}

void pc_diag_vformat_both(pc_buf *zh, pc_buf *en, pc_diag_id id, va_list ap)
{
    va_list again;
    va_copy(again, ap);
    pc_buf_vprintf(zh, pc_diag_format(id, PC_LANG_ZH), ap);
    pc_buf_vprintf(en, pc_diag_format(id, PC_LANG_EN), again);
    va_end(again);
}

void pc_diag_say(pc_diag *d, int code, const char *file, long line, const char *field, pc_diag_id id, ...)
{
    va_list ap;
    va_start(ap, id);
    pc_diag_vsay(d, code, file, line, field, id, ap);
    va_end(ap);
}

void pc_diag_add_texts(pc_diag *d, int code, const char *file, long line, const char *field, pc_diag_id id,
                       const char *zh, const char *en)
{
    push(d, code, file, line, field, id, pc_strdup(zh), pc_strdup(en));
}

void pc_diag_copy(pc_diag *d, const pc_message *m)
{
    pc_message c = *m;
    c.file = pc_strdup(m->file);
    c.field = pc_strdup(m->field);
    c.text = pc_strdup(m->text);
    c.label = pc_strdup(m->label);
    c.text_zh = pc_strdup(m->text_zh);
    PC_PUSH(d->items, d->count, d->cap, c);
}

void pc_diag_format_in(pc_buf *b, pc_lang lang, pc_diag_id id, ...)
{
    va_list ap;
    va_start(ap, id);
    pc_buf_vprintf(b, pc_diag_format(id, lang), ap);
    va_end(ap);
}

static char *appended(const char *text, const char *fmt, va_list ap)
{
    pc_buf b = {0};
    pc_buf_puts(&b, text ? text : "");
    pc_buf_vprintf(&b, fmt, ap);
    return pc_buf_take(&b);
}

void pc_diag_append(pc_diag *d, pc_diag_id id, ...)
{
    if (!d->count)
        return;
    pc_message *m = &d->items[d->count - 1];
    va_list ap, again;
    va_start(ap, id);
    va_copy(again, ap);
    /* a message with only an English text stays English whole */
    char *en = appended(m->text, pc_diag_format(id, PC_LANG_EN), ap);
    char *zh = m->text_zh ? appended(m->text_zh, pc_diag_format(id, PC_LANG_ZH), again) : NULL;
    va_end(again);
    va_end(ap);
    free((char *)m->text);
    free((char *)m->text_zh);
    m->text = en;
    m->text_zh = zh;
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
        free((char *)m->text_zh);
    }
}

void pc_diag_set_label(pc_diag *d, size_t from, const char *label)
{
    for (size_t i = from; i < d->count; i++)
        if (!d->items[i].label && d->items[i].field && label)
            d->items[i].label = pc_strdup(label);
}

/* A message with no zh text is written in English, frame and all. */
static pc_lang lang_of(const pc_message *m, pc_lang lang)
{
    return lang == PC_LANG_ZH && m->text_zh ? PC_LANG_ZH : PC_LANG_EN;
}

static const char *text_in(const pc_message *m, pc_lang lang)
{
    return lang_of(m, lang) == PC_LANG_ZH ? m->text_zh : m->text;
}

void pc_diag_message_text(pc_buf *b, const pc_message *m, pc_lang lang)
{
    lang = lang_of(m, lang);
    if (m->field && m->label)
        pc_buf_printf(b, pc_msg(lang, PC_MSG_DIAG_FIELD_LABEL), m->field, m->label);
    else if (m->field)
        pc_buf_printf(b, pc_msg(lang, PC_MSG_DIAG_FIELD), m->field);
    pc_buf_puts(b, text_in(m, lang));
    if (m->label)
        pc_buf_printf(b, pc_msg(lang, PC_MSG_DIAG_LABEL), m->label);
}

void pc_diag_message_where(pc_buf *b, const pc_message *m, pc_lang lang)
{
    lang = lang_of(m, lang);
    if (m->file && m->line > 0)
        pc_buf_printf(b, pc_msg(lang, PC_MSG_DIAG_AT_LINE), m->file, m->line);
    else if (m->file)
        pc_buf_printf(b, pc_msg(lang, PC_MSG_DIAG_AT_FILE), m->file);
}

void pc_diag_message_line(pc_buf *b, const pc_message *m, pc_lang lang)
{
    lang = lang_of(m, lang);
    pc_buf_puts(b, "plancheck: ");
    pc_diag_message_where(b, m, lang);
    if (m->record > 0)
        pc_buf_printf(b, pc_msg(lang, PC_MSG_DIAG_RECORD), m->record);
    if (m->code == 0)
        pc_buf_puts(b, pc_msg(lang, PC_MSG_DIAG_WARNING));
    pc_diag_message_text(b, m, lang);
    pc_buf_putc(b, '\n');
}

const char *pc_message_text(const pc_message *m, pc_lang lang, char *buf, size_t size)
{
    pc_buf b = {0};
    pc_diag_message_text(&b, m, lang);
    if (size) {
        size_t n = b.len < size ? b.len : size - 1;
        memcpy(buf, b.data ? b.data : "", n);
        buf[n] = '\0';
    }
    pc_buf_free(&b);
    return buf;
}

void pc_diag_print_lang(const pc_diag *d, FILE *out, pc_lang lang)
{
    pc_buf b = {0};
    for (size_t i = 0; i < d->count; i++)
        pc_diag_message_line(&b, &d->items[i], lang);
    if (b.len)
        fwrite(b.data, 1, b.len, out);
    pc_buf_free(&b);
}

void pc_diag_print(const pc_diag *d, FILE *out)
{
    pc_diag_print_lang(d, out, PC_LANG_EN);
}

void pc_diag_json(const pc_diag *d, pc_buf *b, long default_line, pc_lang lang)
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
        if (m->msg_id) {
            pc_buf_puts(b, ",\"message_id\":");
            pc_buf_json_string(b, m->msg_id);
        }
        pc_buf_puts(b, ",\"message\":");
        pc_buf_json_string(b, text_in(m, lang));
        pc_buf_putc(b, '}');
    }
    pc_buf_putc(b, ']');
}

void pc_diag_write_json(const pc_diag *d, FILE *out)
{
    pc_diag_write_json_lang(d, out, PC_LANG_EN);
}

void pc_diag_write_json_lang(const pc_diag *d, FILE *out, pc_lang lang)
{
    pc_buf b = {0};
    pc_diag_json(d, &b, 0, lang);
    fwrite(b.data, 1, b.len, out);
    pc_buf_free(&b);
}
