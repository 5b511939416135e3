/* diag.h -- adding diagnostics (diag.c). */
#ifndef PC_DIAG_H
#define PC_DIAG_H

#include "plancheck/plancheck.h"
#include "plancheck/plugin.h"
#include "buf.h"
#include "diag_messages.h"
#include <stdarg.h>

void pc_diag_add(pc_diag *d, int code, const char *file, long line, const char *field,
                 const char *fmt, ...) PC_PRINTF(6, 7);
/* A message of the vocabulary (diag_messages.h): its zh and en texts from one
 * list of arguments, and its id. */
void pc_diag_say(pc_diag *d, int code, const char *file, long line, const char *field, pc_diag_id id, ...);
void pc_diag_vsay(pc_diag *d, int code, const char *file, long line, const char *field, pc_diag_id id,
                  va_list ap);
/* A message whose two texts were written apart (an argument that is itself
 * worded per language: a plugin's own text, a type's name). */
void pc_diag_add_texts(pc_diag *d, int code, const char *file, long line, const char *field, pc_diag_id id,
                       const char *zh, const char *en);
/* The message id in one language, appended to b. */
void pc_diag_format_in(pc_buf *b, pc_lang lang, pc_diag_id id, ...);
/* The message id's text in both languages, from the same arguments (appended to zh and en). */
void pc_diag_vformat_both(pc_buf *zh, pc_buf *en, pc_diag_id id, va_list ap);
/* Adds an ending of the vocabulary ("; did you mean ...") to the last message, in both languages. */
void pc_diag_append(pc_diag *d, pc_diag_id id, ...);
/* A copy of a message (from another list) at the end of d. */
void pc_diag_copy(pc_diag *d, const pc_message *m);
void pc_diag_set_record(pc_diag *d, size_t from, long record);
/* Drops the messages added after the first count. */
void pc_diag_truncate(pc_diag *d, size_t count);
/* Gives the messages from index from on that name a field its zh label. */
void pc_diag_set_label(pc_diag *d, size_t from, const char *label);
/* "field 'x': text [zh label]" (en) or "字段 标签(x): 文本" (zh): one message
 * without where it comes from. */
void pc_diag_message_text(pc_buf *b, const pc_message *m, pc_lang lang);
/* "file:line: " (en) or "file 第 N 行: " (zh), or nothing without a file. */
void pc_diag_message_where(pc_buf *b, const pc_message *m, pc_lang lang);
/* "plancheck: file:line: record N: warning: field 'x': text [zh label]\n",
 * one line of pc_diag_print. */
void pc_diag_message_line(pc_buf *b, const pc_message *m, pc_lang lang);
/* The messages as a JSON array of {file, line, field, label, record, message_id, message};
 * default_line stands in for messages without a line. */
void pc_diag_json(const pc_diag *d, pc_buf *b, long default_line, pc_lang lang);

#endif /* PC_DIAG_H */
