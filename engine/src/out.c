/* out.c -- the table of writers and the API that writes a report. */
#include "internal.h"
#include "out.h"
#include "out_html.h"

#include <stdlib.h>
#include <string.h>

#define PC_X_WRITER(id, name, fn) [PC_FORMAT_##id] = {name, fn},
const pc_writer pc_writers[] = {PC_FORMATS(PC_X_WRITER)};
PC_VOCAB_ASSERT(pc_writers, PC_FORMATS);
#define PC_X_LAST(id, name, fn) _Static_assert(PC_FORMAT_##id < sizeof pc_writers / sizeof pc_writers[0], "PC_FORMATS and pc_format agree");
PC_FORMATS(PC_X_LAST)
#define NWRITERS (sizeof pc_writers / sizeof pc_writers[0])

int pc_format_parse(const char *name, pc_format *format)
{
    for (size_t i = 0; i < NWRITERS; i++)
        if (strcmp(pc_writers[i].name, name) == 0) {
            *format = (pc_format)i;
            return 0;
        }
    return -1;
}

char *pc_report_format(const pc_report *rep, pc_format format, size_t *len)
{
    char *text = NULL;
    size_t n = 0, cap = 0;
    pc_report_append(rep, format, &text, &n, &cap);
    if (len)
        *len = n;
    return text;
}

void pc_report_append(const pc_report *rep, pc_format format, char **out, size_t *len, size_t *cap)
{
    pc_buf b = {*out, *len, *cap};
    if ((unsigned)format < NWRITERS)
        pc_writers[format].write(rep, 1, &b);
    if (!b.data)
        b.data = pc_strdup("");
    else if (b.len < b.cap)
        b.data[b.len] = '\0';
    *out = b.data;
    *len = b.len;
    *cap = b.cap;
}

int pc_report_write(const pc_report *rep, pc_format format, FILE *out)
{
    size_t len;
    char *text = pc_report_format(rep, format, &len);
    int rc = fwrite(text, 1, len, out) == len ? 0 : PC_EX_IOERR;
    free(text);
    return rc;
}

int pc_csv_write_header(const pc_engine *e, int no_bom, FILE *out)
{
    int bom = !no_bom && e->config.csv_bom;
    return (bom && fputs(pc_out_csv_bom, out) < 0) || fputs(pc_out_csv_header, out) < 0 ? PC_EX_IOERR : 0;
}

int pc_csv_write_record(const pc_report *rep, const pc_diag *errors, long record, pc_lang lang, FILE *out)
{
    pc_buf b = {0};
    if (rep && !pc_diag_count(rep->errors)) {
        pc_out_csv(rep, record, &b);
    } else {
        pc_buf text = {0};
        pc_out_diag_text(&text, rep ? rep->errors : errors, lang);
        pc_out_csv_error(&b, record, rep ? rep->id : NULL, rep ? rep->name : NULL, rep ? rep->region : NULL,
                         text.data ? text.data : "", 0);
        pc_buf_free(&text);
    }
    int rc = b.len && fwrite(b.data, 1, b.len, out) != b.len ? PC_EX_IOERR : 0;
    pc_buf_free(&b);
    return rc;
}
