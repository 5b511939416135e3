/* diag.h -- adding diagnostics (diag.c). */
#ifndef PC_DIAG_H
#define PC_DIAG_H

#include "plancheck/plancheck.h"
#include "plancheck/plugin.h"
#include "buf.h"
#include <stdarg.h>

void pc_diag_add(pc_diag *d, int code, const char *file, long line, const char *field,
                 const char *fmt, ...) PC_PRINTF(6, 7);
void pc_diag_vadd(pc_diag *d, int code, const char *file, long line, const char *field,
                  const char *fmt, va_list ap);
void pc_diag_set_record(pc_diag *d, size_t from, long record);
/* Drops the messages added after the first count. */
void pc_diag_truncate(pc_diag *d, size_t count);
/* Gives the messages from index from on that name a field its zh label. */
void pc_diag_set_label(pc_diag *d, size_t from, const char *label);
/* "field 'x': text [zh label]": one message without where it comes from. */
void pc_diag_message_text(pc_buf *b, const pc_message *m);
/* "plancheck: file:line: record N: warning: field 'x': text [zh label]\n",
 * one line of pc_diag_print. */
void pc_diag_message_line(pc_buf *b, const pc_message *m);
/* The messages as a JSON array of {file, line, field, label, record, message};
 * default_line stands in for messages without a line. */
void pc_diag_json(const pc_diag *d, pc_buf *b, long default_line);

#endif /* PC_DIAG_H */
