/* encoding.h -- input text that must be UTF-8, or GBK/GB18030 converted to it (encoding.c). */
#ifndef PC_ENCODING_H
#define PC_ENCODING_H

#include "plancheck/plancheck.h"
#include <stdio.h>

typedef enum pc_encoding { PC_ENC_UTF8 = 0, PC_ENC_GBK, PC_ENC_GB18030 } pc_encoding;

/* Well-formed UTF-8 (RFC 3629): no stray continuation bytes, no overlong
 * forms, no surrogates, nothing above U+10FFFF.  The one check for whole
 * files, streams and single values. */
int pc_utf8_valid(const char *text);
/* The same for len bytes (a NUL among them is valid). */
int pc_utf8_valid_n(const char *text, size_t len);

/* For each byte that may start a multi-byte sequence: how many bytes follow
 * (0: none may start here) and the range of the first of them (RFC 3629:
 * the ranges leave out overlong forms, surrogates and what is above
 * U+10FFFF); the others are 0x80-0xBF. */
typedef struct pc_utf8_lead {
    unsigned char more, lo, hi;
} pc_utf8_lead;
extern const pc_utf8_lead pc_utf8_leads[256];

/* The length of the well-formed multi-byte sequence at p (2 to 4), or 0;
 * reads no further than a NUL. */
static inline int pc_utf8_sequence(const unsigned char *p)
{
    const pc_utf8_lead *l = &pc_utf8_leads[*p];
    if (!l->more || p[1] < l->lo || p[1] > l->hi)
        return 0;
    for (int i = 2; i <= l->more; i++)
        if ((p[i] & 0xC0) != 0x80)
            return 0;
    return l->more + 1;
}

/* "utf-8"/"utf8", "gbk", "gb18030" (any case); -1 for anything else. */
int pc_encoding_parse(const char *name, pc_encoding *out);

/* A whole text read into memory (check, progress): validated as UTF-8, or
 * converted from enc into a new buffer that replaces *text.  Returns 0, or
 * PC_EX_DATAERR after one message naming the file, the first bad line and,
 * for UTF-8 input that reads as GBK/GB18030, saying so. */
int pc_text_decode(pc_encoding enc, const char *name, char **text, size_t *len, pc_diag *diag);

/* A stream (batch): a FILE that yields the input as UTF-8, converting from
 * enc, a whole line at a time, without reading all of it first.  At the
 * first line that is not valid, it reports it once (as pc_text_decode) and
 * ends as if the input ended before that line.  NULL if the stream cannot be
 * made (then read in directly). */
typedef struct pc_decoder pc_decoder;
FILE *pc_decoder_open(FILE *in, pc_encoding enc, const char *name, pc_diag *diag, pc_decoder **out);
/* Whether the input had a bad line (so far); 0 for NULL. */
int pc_decoder_failed(const pc_decoder *d);
/* Closes the FILE (not in) and frees the decoder; returns PC_EX_DATAERR when
 * the input had a bad line, else 0. */
int pc_decoder_close(FILE *f, pc_decoder *d);

#endif /* PC_ENCODING_H */
