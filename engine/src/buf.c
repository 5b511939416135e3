/*
 * buf.c -- growable text buffers and the few JSON writing primitives the
 * reports need.  Results are written straight into a buffer, without a JSON
 * tree, so that money is printed from fen exactly.
 */
#include "internal.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

void *pc_xmalloc(size_t n)
{
    void *p = malloc(n ? n : 1);
    if (!p) {
        fputs("plancheck: out of memory\n", stderr);
        abort();
    }
    return p;
}

void *pc_xcalloc(size_t n, size_t size)
{
    void *p = calloc(n ? n : 1, size ? size : 1);
    if (!p) {
        fputs("plancheck: out of memory\n", stderr);
        abort();
    }
    return p;
}

void *pc_xrealloc(void *p, size_t n)
{
    void *q = realloc(p, n ? n : 1);
    if (!q) {
        fputs("plancheck: out of memory\n", stderr);
        abort();
    }
    return q;
}

char *pc_strdup(const char *s)
{
    if (!s)
        return NULL;
    size_t n = strlen(s) + 1;
    return memcpy(pc_xmalloc(n), s, n);
}

void pc_buf_free(pc_buf *b)
{
    free(b->data);
    b->data = NULL;
    b->len = b->cap = 0;
}

void pc_buf_grow(pc_buf *b, size_t extra)
{
    size_t cap = b->cap ? b->cap : 256;
    while (cap < b->len + extra + 1)
        cap *= 2;
    b->data = pc_xrealloc(b->data, cap);
    b->cap = cap;
}

static inline void reserve(pc_buf *b, size_t extra)
{
    if (b->len + extra + 1 > b->cap)
        pc_buf_grow(b, extra);
}




void pc_buf_vprintf(pc_buf *b, const char *fmt, va_list ap)
{
    va_list ap2;
    va_copy(ap2, ap);
    reserve(b, 64);
    /* One pass when it fits, which is nearly always. */
    int n = vsnprintf(b->data + b->len, b->cap - b->len, fmt, ap2);
    va_end(ap2);
    if (n < 0)
        return;
    if ((size_t)n >= b->cap - b->len) {
        reserve(b, (size_t)n);
        vsnprintf(b->data + b->len, (size_t)n + 1, fmt, ap);
    }
    b->len += (size_t)n;
}

void pc_buf_printf(pc_buf *b, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    pc_buf_vprintf(b, fmt, ap);
    va_end(ap);
}

/* The next conversion of a message template (%s, %d, %1$s .. %9$s, %%) at
 * or after fmt: the literal text before it ends at *literal_end, *k is the
 * argument it takes (numbered, or the next in turn), -1 for "%%".  Returns
 * where the template goes on after it, or NULL when there is none. */
static const char *template_next(const char *fmt, const char **literal_end, int *k, int *next)
{
    const char *pct = strchr(fmt, '%');
    if (!pct)
        return NULL;
    *literal_end = pct;
    const char *p = pct + 1;
    if (*p == '%') {
        *k = -1;
        return p + 1;
    }
    *k = (*next)++;
    if (*p >= '1' && *p <= '9' && p[1] == '$') {
        *k = *p - '1';
        p += 2;
    }
    return *p ? p + 1 : p;   /* past the s or d */
}

void pc_buf_fill(pc_buf *b, const char *fmt, const char *const *args, int nargs)
{
    int next = 0, k;
    for (const char *end, *rest; (rest = template_next(fmt, &end, &k, &next)) != NULL; fmt = rest) {
        pc_buf_add(b, fmt, (size_t)(end - fmt));
        if (k < 0)
            pc_buf_putc(b, '%');
        else if (k < nargs)
            pc_buf_puts(b, args[k]);
    }
    pc_buf_puts(b, fmt);
}

/* n bytes of s escaped for JSON, through t. */
static void json_piece(pc_buf *b, pc_buf *t, const char *s, size_t n)
{
    t->len = 0;
    pc_buf_add(t, s, n);
    pc_buf_json_chars(b, t->data);
}

int pc_cut_prepare(pc_cut *c, const char *fmt, const char *const *args, int nargs)
{
    pc_buf b = {0}, t = {0};
    int next = 0, rc = 0, k;
    c->n = 0;
    for (const char *end, *rest; (rest = template_next(fmt, &end, &k, &next)) != NULL; fmt = rest) {
        json_piece(&b, &t, fmt, (size_t)(end - fmt));
        if (k < 0) {
            pc_buf_putc(&b, '%');
        } else if (k < nargs && args[k]) {
            pc_buf_json_chars(&b, args[k]);
        } else if (k < nargs) {
            if (c->n == PC_CUT_MAX)
                rc = -1;
            else {
                c->end[c->n] = b.len;
                c->arg[c->n++] = (unsigned char)k;
            }
        }
    }
    pc_buf_json_chars(&b, fmt);
    pc_buf_free(&t);
    if (rc) {
        pc_buf_free(&b);
        c->n = 0;
        c->text = NULL;
        return -1;
    }
    c->end[c->n] = b.len;
    c->text = pc_buf_take(&b);
    return 0;
}

void pc_cut_fill(pc_buf *b, const pc_cut *c, const char *const *args)
{
    size_t start = 0;
    for (int i = 0; i < c->n; i++) {
        pc_buf_add(b, c->text + start, c->end[i] - start);
        pc_buf_puts(b, args[c->arg[i]]);
        start = c->end[i];
    }
    pc_buf_add(b, c->text + start, c->end[c->n] - start);
}

void pc_cut_free(pc_cut *c)
{
    free(c->text);
    c->text = NULL;
    c->n = 0;
}

/* 1 for the bytes a JSON string holds as they are: printable ASCII but the
 * quote and the backslash. */
static const unsigned char json_safe[256] = {
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
    1, 1, 0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
    1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 1, 1, 1,
    1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
};

int pc_json_plain(const char *s)
{
    const unsigned char *p = (const unsigned char *)s;
    while (json_safe[*p])
        p++;
    return !*p;
}

void pc_buf_json_string(pc_buf *b, const char *s)
{
    if (!s)
        s = "";
    const unsigned char *p = (const unsigned char *)s;
    while (json_safe[*p])
        p++;
    if (!*p) {
        /* nothing to escape (most strings): written in one piece */
        size_t n = (size_t)(p - (const unsigned char *)s);
        reserve(b, n + 2);
        char *d = b->data + b->len;
        d[0] = '"';
        memcpy(d + 1, s, n);
        d[n + 1] = '"';
        d[n + 2] = '\0';
        b->len += n + 2;
        return;
    }
    /* the plain start as it is, the rest escaped */
    pc_buf_putc(b, '"');
    if (p != (const unsigned char *)s)
        pc_buf_add(b, s, (size_t)(p - (const unsigned char *)s));
    pc_buf_json_chars(b, (const char *)p);
    pc_buf_putc(b, '"');
}

void pc_buf_json_chars(pc_buf *b, const char *s)
{
    static const char hex[] = "0123456789abcdef";
    const unsigned char *p = (const unsigned char *)(s ? s : "");
    for (;;) {
        /* Copy the run of bytes that need no escaping in one go: printable
         * ASCII but the quote and backslash, and well-formed UTF-8. */
        const unsigned char *run = p;
        for (;;) {
            while (json_safe[*p])
                p++;
            /* most CJK: a lead E1-EC takes any two continuation bytes */
            if ((unsigned)(*p - 0xE1) <= 0xEC - 0xE1 && (p[1] & 0xC0) == 0x80 && (p[2] & 0xC0) == 0x80) {
                p += 3;
                continue;
            }
            if (*p >= 0x80) {
                int n = pc_utf8_sequence(p);
                if (!n)
                    break;
                p += n;
            } else {
                break;
            }
        }
        if (p > run)
            pc_buf_add(b, (const char *)run, (size_t)(p - run));
        if (!*p)
            break;
        if (*p >= 0x80) {
            /* ill-formed UTF-8 becomes U+FFFD, so the output is valid JSON
             * whatever bytes an input held */
            pc_buf_add(b, "\\ufffd", 6);
            p++;
            continue;
        }
        switch (*p) {
        case '"': pc_buf_add(b, "\\\"", 2); break;
        case '\\': pc_buf_add(b, "\\\\", 2); break;
        case '\n': pc_buf_add(b, "\\n", 2); break;
        case '\r': pc_buf_add(b, "\\r", 2); break;
        case '\t': pc_buf_add(b, "\\t", 2); break;
        default: {
            char u[6] = {'\\', 'u', '0', '0', hex[*p >> 4], hex[*p & 15]};
            pc_buf_add(b, u, 6);
        }
        }
        p++;
    }
}

const char pc_digit_pairs[201] = "00010203040506070809101112131415161718192021222324252627282930313233343536373839"
                            "40414243444546474849505152535455565758596061626364656667686970717273747576777879"
                            "8081828384858687888990919293949596979899";

/* The digits of v, written backwards from end; returns where they start. */
static char *digits(char *end, uint64_t v)
{
    char *p = end;
    while (v >= 100) {
        unsigned d = (unsigned)(v % 100) * 2;
        v /= 100;
        *--p = pc_digit_pairs[d + 1];
        *--p = pc_digit_pairs[d];
    }
    if (v >= 10) {
        *--p = pc_digit_pairs[v * 2 + 1];
        *--p = pc_digit_pairs[v * 2];
    } else {
        *--p = (char)('0' + v);
    }
    return p;
}

/* How many decimal digits v has (1 for 0). */
static inline unsigned ndigits(uint64_t v)
{
    static const uint64_t tens[20] = {1,
                                      10,
                                      100,
                                      1000,
                                      10000,
                                      100000,
                                      1000000,
                                      10000000,
                                      100000000,
                                      1000000000,
                                      10000000000ULL,
                                      100000000000ULL,
                                      1000000000000ULL,
                                      10000000000000ULL,
                                      100000000000000ULL,
                                      1000000000000000ULL,
                                      10000000000000000ULL,
                                      100000000000000000ULL,
                                      1000000000000000000ULL,
                                      10000000000000000000ULL};
    /* log10 from log2 (1233 / 4096 ~ log10(2)), then one comparison */
    if (!v)
        return 1;
    unsigned t = (unsigned)(64 - __builtin_clzll(v)) * 1233 >> 12;
    return t + 1 - (v < tens[t]);
}

/* The digits of v written at out, forwards; returns the end. */
static inline char *put_uint(char *out, uint64_t v)
{
    char *end = out + ndigits(v);
    digits(end, v);
    return end;
}

/* Numbers are written straight into the buffer, room made first for the
 * longest: a sign, 20 digits, a point and two decimals. */
void pc_buf_uint(pc_buf *b, uint64_t v)
{
    reserve(b, 24);
    char *p = put_uint(b->data + b->len, v);
    *p = '\0';
    b->len = (size_t)(p - b->data);
}

void pc_buf_int(pc_buf *b, int64_t v)
{
    reserve(b, 24);
    char *p = b->data + b->len;
    if (v < 0)
        *p++ = '-';
    p = put_uint(p, v < 0 ? (uint64_t)0 - (uint64_t)v : (uint64_t)v);
    *p = '\0';
    b->len = (size_t)(p - b->data);
}

const char *pc_int_text(char out[24], int64_t v)
{
    out[23] = '\0';
    char *p = digits(out + 23, v < 0 ? (uint64_t)0 - (uint64_t)v : (uint64_t)v);
    if (v < 0)
        *--p = '-';
    return p;
}

void pc_buf_money(pc_buf *b, int64_t fen)
{
    reserve(b, 24);
    char *p = b->data + b->len;
    uint64_t a = fen < 0 ? (uint64_t)0 - (uint64_t)fen : (uint64_t)fen;
    if (fen < 0)
        *p++ = '-';
    p = put_uint(p, a / 100);
    unsigned cents = (unsigned)(a % 100);
    if (cents) {
        *p++ = '.';
        *p++ = (char)('0' + cents / 10);
        if (cents % 10)
            *p++ = (char)('0' + cents % 10);
    }
    *p = '\0';
    b->len = (size_t)(p - b->data);
}

size_t pc_money_words(char out[32], int64_t fen)
{
    uint64_t a = fen < 0 ? (uint64_t)0 - (uint64_t)fen : (uint64_t)fen, w = a / 100;
    unsigned cents = (unsigned)(a % 100), n = ndigits(w);
    /* its length first, then backwards from its end, a group of three at a time */
    size_t len = (size_t)(fen < 0) + n + (n - 1) / 3 + (cents ? 3 : 0);
    char *p = out + len;
    if (cents) {
        p -= 2;
        memcpy(p, pc_digit_pairs + cents * 2, 2);
        *--p = '.';
    }
    while (w >= 1000) {
        unsigned g = (unsigned)(w % 1000);
        w /= 1000;
        p -= 3;
        p[0] = (char)('0' + g / 100);
        memcpy(p + 1, pc_digit_pairs + g % 100 * 2, 2);
        *--p = ',';
    }
    if (w >= 100) {
        p -= 3;
        p[0] = (char)('0' + w / 100);
        memcpy(p + 1, pc_digit_pairs + w % 100 * 2, 2);
    } else if (w >= 10) {
        p -= 2;
        memcpy(p, pc_digit_pairs + w * 2, 2);
    } else {
        *--p = (char)('0' + w);
    }
    if (fen < 0)
        *--p = '-';
    return len;
}

void pc_buf_real(pc_buf *b, double v)
{
    pc_buf_decimal(b, v, 4);
}

void pc_buf_decimal(pc_buf *b, double v, int places)
{
    if (!isfinite(v)) {
        pc_buf_puts(b, "null");
        return;
    }
    char tmp[64];
    snprintf(tmp, sizeof tmp, "%.*f", places, v);
    char *dot = strchr(tmp, '.');
    if (dot) {
        char *end = tmp + strlen(tmp) - 1;
        while (end > dot && *end == '0')
            *end-- = '\0';
        if (end == dot)
            *end = '\0';
    }
    if (strcmp(tmp, "-0") == 0)
        strcpy(tmp, "0");
    pc_buf_puts(b, tmp);
}

/* Display columns of UTF-8 text: East Asian wide characters take two. */
static size_t display_width(const char *s)
{
    size_t w = 0;
    for (const unsigned char *p = (const unsigned char *)s; *p;) {
        unsigned cp;
        int n = *p < 0x80 ? 1 : *p < 0xE0 ? 2 : *p < 0xF0 ? 3 : 4;
        cp = n == 1 ? *p : (unsigned)(*p & (0x3F >> (n - 1)));
        for (int i = 1; i < n && p[i]; i++)
            cp = (cp << 6) | (p[i] & 0x3F);
        for (int i = 0; i < n && *p; i++)
            p++;
        w += (cp >= 0x1100 && cp <= 0x115F) || (cp >= 0x2E80 && cp <= 0xA4CF) || (cp >= 0xAC00 && cp <= 0xD7A3) ||
                     (cp >= 0xF900 && cp <= 0xFAFF) || (cp >= 0xFE30 && cp <= 0xFE4F) || (cp >= 0xFF00 && cp <= 0xFF60) ||
                     (cp >= 0xFFE0 && cp <= 0xFFE6)
                 ? 2
                 : 1;
    }
    return w;
}

void pc_buf_pad(pc_buf *b, const char *s, size_t width)
{
    pc_buf_puts(b, s);
    size_t w = display_width(s);
    do
        pc_buf_putc(b, ' ');
    while (++w < width);
}

char *pc_buf_take(pc_buf *b)
{
    char *s = b->data ? b->data : pc_strdup("");
    b->data = NULL;
    b->len = b->cap = 0;
    return s;
}

void pc_write_json_string(const char *s, FILE *out)
{
    pc_buf b = {0};
    pc_buf_json_string(&b, s);
    fwrite(b.data, 1, b.len, out);
    pc_buf_free(&b);
}
