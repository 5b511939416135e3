/* buf.h -- growable text, JSON and money writers, allocation, arenas (buf.c). */
#ifndef PC_BUF_H
#define PC_BUF_H

#include "plancheck/plancheck.h"
#include "plancheck/plugin.h"

#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>

#if defined(__GNUC__)
#define PC_PRINTF(a, b) __attribute__((format(printf, a, b)))
#else
#define PC_PRINTF(a, b)
#endif

typedef struct pc_buf {
    char *data;
    size_t len, cap;
} pc_buf;

void pc_buf_free(pc_buf *b);
/* Makes room for extra more bytes and a NUL. */
void pc_buf_grow(pc_buf *b, size_t extra);

/* Inline: the output path calls these for every few bytes it writes. */
static inline void pc_buf_add(pc_buf *b, const char *s, size_t n)
{
    if (b->len + n + 1 > b->cap)
        pc_buf_grow(b, n);
    __builtin_memcpy(b->data + b->len, s, n);
    b->len += n;
    b->data[b->len] = '\0';
}

/* Inline too: a literal's length is then known when compiling. */
static inline void pc_buf_puts(pc_buf *b, const char *s)
{
    pc_buf_add(b, s, __builtin_strlen(s));
}

static inline void pc_buf_putc(pc_buf *b, char c)
{
    if (b->len + 2 > b->cap)
        pc_buf_grow(b, 1);
    b->data[b->len++] = c;
    b->data[b->len] = '\0';
}
void pc_buf_printf(pc_buf *b, const char *fmt, ...) PC_PRINTF(2, 3);
void pc_buf_vprintf(pc_buf *b, const char *fmt, va_list ap);
/* What printf writes for a format of %s and %d conversions (or %N$s, %N$d)
 * and %%, each argument given as its text: for the message table's
 * formats on paths run per result, where vsnprintf's set-up costs more
 * than the words.  A conversion with no argument writes nothing. */
void pc_buf_fill(pc_buf *b, const char *fmt, const char *const *args, int nargs);
/* A format of pc_buf_fill prepared once for JSON: its text, with the
 * arguments known then in place, escaped, and cut where the others go. */
#define PC_CUT_MAX 4
typedef struct pc_cut {
    char *text;
    int n;                           /* arguments left */
    unsigned char arg[PC_CUT_MAX];   /* the argument after piece i */
    size_t end[PC_CUT_MAX + 1];      /* where piece i ends in text (it starts where i - 1 ends) */
} pc_cut;
/* args[k] NULL: left to pc_cut_fill.  -1 (c empty) when more than
 * PC_CUT_MAX are left. */
int pc_cut_prepare(pc_cut *c, const char *fmt, const char *const *args, int nargs);
/* The pieces with the arguments left between them, these as they are
 * (nothing in them may need escaping); args as given to pc_cut_prepare. */
void pc_cut_fill(pc_buf *b, const pc_cut *c, const char *const *args);
void pc_cut_free(pc_cut *c);
/* A JSON string literal, quotes included. */
void pc_buf_json_string(pc_buf *b, const char *s);
/* Whether s stands in a JSON string as it is: printable ASCII, neither
 * quote nor backslash. */
int pc_json_plain(const char *s);
/* The same without the quotes: s escaped for inside a JSON string. */
void pc_buf_json_chars(pc_buf *b, const char *s);
/* "00" to "99" one after the other: a number written two digits at a time. */
extern const char pc_digit_pairs[201];
void pc_buf_uint(pc_buf *b, uint64_t v);
void pc_buf_int(pc_buf *b, int64_t v);
/* v in decimal, written into out; returns where it starts (pc_buf_fill's
 * arguments). */
const char *pc_int_text(char out[24], int64_t v);
/* Money as a JSON number in yuan: 300000, 1234.5, 0.01. */
void pc_buf_money(pc_buf *b, int64_t fen);
/* Money in yuan with thousands separators, without the unit, into out
 * (not NUL-terminated): "1,234,567.5", "-0.05"; returns the length (at most
 * 1 sign, 17 digits, 5 separators and 3 for the fen). */
size_t pc_money_words(char out[32], int64_t fen);
/* A real as the shortest of %.4f that round-trips, trailing zeros cut. */
void pc_buf_real(pc_buf *b, double v);
/* v rounded to at most places decimals, trailing zeros dropped (a page's
 * display; pc_buf_real is this with 4). */
void pc_buf_decimal(pc_buf *b, double v, int places);
/* s, then spaces up to width display columns (CJK characters count two),
 * at least one. */
void pc_buf_pad(pc_buf *b, const char *s, size_t width);
/* Takes ownership of the text; the buffer is left empty. */
char *pc_buf_take(pc_buf *b);

char *pc_strdup(const char *s);
void *pc_xmalloc(size_t n);
void *pc_xcalloc(size_t n, size_t size);
void *pc_xrealloc(void *p, size_t n);
/* Appends one element to a growable array, growing it by doubling. */
#define PC_PUSH(arr, count, cap, value)                                              \
    do {                                                                             \
        if ((count) == (cap)) {                                                      \
            (cap) = (cap) ? (cap) * 2 : 8;                                           \
            (arr) = pc_xrealloc((arr), (cap) * sizeof *(arr));                       \
        }                                                                            \
        (arr)[(count)++] = (value);                                                  \
    } while (0)

/* A chain of blocks strings are copied into, freed or reset all at once: a
 * report's texts live here, so evaluating a record allocates nothing once
 * the report has been used before. */
typedef struct pc_arena_block {
    struct pc_arena_block *next;
    size_t used, size;
    char data[];
} pc_arena_block;

typedef struct pc_arena {
    pc_arena_block *head;
} pc_arena;

char *pc_arena_strdup(pc_arena *a, const char *s);
void pc_arena_reset(pc_arena *a);
void pc_arena_free(pc_arena *a);

#endif /* PC_BUF_H */
