/*
 * encoding.c -- input must be UTF-8; a file that is not is refused once, at
 * its first bad line, and when its bytes read as GBK/GB18030 (what Excel on a
 * Chinese Windows saves) the message says so.  --encoding gbk|gb18030
 * converts with glibc's iconv, for whole files and, line by line, for the
 * streams batch reads.  In GBK and GB18030 the byte 0x0A is always a newline
 * (no multi-byte sequence contains it), so lines are counted on the raw bytes.
 */
#define _GNU_SOURCE
#include "internal.h"
#include "encoding.h"

#include <errno.h>
#include <iconv.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

int pc_encoding_parse(const char *name, pc_encoding *out)
{
    if (!name)
        return -1;
    if (strcasecmp(name, "utf-8") == 0 || strcasecmp(name, "utf8") == 0)
        *out = PC_ENC_UTF8;
    else if (strcasecmp(name, "gbk") == 0)
        *out = PC_ENC_GBK;
    else if (strcasecmp(name, "gb18030") == 0)
        *out = PC_ENC_GB18030;
    else
        return -1;
    return 0;
}

static const char *iconv_name(pc_encoding enc)
{
    return enc == PC_ENC_GBK ? "GBK" : "GB18030";
}

const pc_utf8_lead pc_utf8_leads[256] = {
    [0xC2 ... 0xDF] = {1, 0x80, 0xBF},
    [0xE0] = {2, 0xA0, 0xBF},
    [0xE1 ... 0xEC] = {2, 0x80, 0xBF},
    [0xED] = {2, 0x80, 0x9F},
    [0xEE ... 0xEF] = {2, 0x80, 0xBF},
    [0xF0] = {3, 0x90, 0xBF},
    [0xF1 ... 0xF3] = {3, 0x80, 0xBF},
    [0xF4] = {3, 0x80, 0x8F},
};

/* Length of the well-formed UTF-8 prefix of p[0..n); *incomplete is set when
 * what stops it is a sequence cut short by the end of the data. */
static size_t utf8_prefix(const unsigned char *p, size_t n, int *incomplete)
{
    size_t i = 0;
    *incomplete = 0;
    while (i < n) {
        unsigned c = p[i];
        if (c < 0x80) {
            uint64_t w;
            if (i + 8 <= n && (memcpy(&w, p + i, 8), (w & 0x8080808080808080u) == 0))
                i += 8;   /* eight ASCII bytes */
            else
                i++;
            continue;
        }
        /* E1-EC: three bytes, both continuations 80-BF (most CJK) */
        if (c >= 0xE1 && c <= 0xEC && i + 2 < n && (p[i + 1] & 0xC0) == 0x80 && (p[i + 2] & 0xC0) == 0x80) {
            i += 3;
            continue;
        }
        size_t k = pc_utf8_leads[c].more;
        if (!k)
            return i;
        unsigned lo = pc_utf8_leads[c].lo, hi = pc_utf8_leads[c].hi;   /* the second byte's range */
        for (size_t j = 1; j <= k; j++) {
            if (i + j >= n) {
                *incomplete = 1;
                return i;
            }
            unsigned b = p[i + j];
            if (j == 1 ? (b < lo || b > hi) : (b & 0xC0) != 0x80)
                return i;
        }
        i += k + 1;
    }
    return i;
}

int pc_utf8_valid(const char *text)
{
    return pc_utf8_valid_n(text, strlen(text));
}

int pc_utf8_valid_n(const char *text, size_t len)
{
    /* Most values are ASCII: a few words of it (the last ones overlap). */
    uint64_t any = 0, w;
    uint32_t h, t;
    if (len >= 8) {
        for (size_t i = 0; i + 8 < len; i += 8)
            any |= (memcpy(&w, text + i, 8), w);
        any |= (memcpy(&w, text + len - 8, 8), w);
    } else if (len >= 4) {
        any = (memcpy(&h, text, 4), h) | (memcpy(&t, text + len - 4, 4), t);
    } else {
        for (size_t i = 0; i < len; i++)
            any |= (unsigned char)text[i];
    }
    if (!(any & 0x8080808080808080u))
        return 1;
    int incomplete;
    return utf8_prefix((const unsigned char *)text, len, &incomplete) == len;
}

static long count_lines(const char *p, size_t n)
{
    long lines = 0;
    for (const char *q = p; (q = memchr(q, '\n', n - (size_t)(q - p))) != NULL; q++)
        lines++;
    return lines;
}

/* Whether bytes that are not UTF-8 decode as GB18030 (GBK is a subset) and
 * hold at least one multi-byte character. */
static int looks_gb(const char *p, size_t n)
{
    if (n > 4096)
        n = 4096;
    iconv_t cd = iconv_open("UTF-8", "GB18030");
    if (cd == (iconv_t)-1)
        return 0;
    char out[16384];
    char *in = (char *)p, *o = out;
    size_t left = n, room = sizeof out;
    size_t r = iconv(cd, &in, &left, &o, &room);
    int ok = r != (size_t)-1 || errno == EINVAL || errno == E2BIG;   /* a cut at the end of the sample is fine */
    iconv_close(cd);
    int multibyte = 0;
    for (size_t i = 0; i < n && !multibyte; i++)
        multibyte = (unsigned char)p[i] >= 0x81;
    return ok && multibyte;
}

static void report_not_utf8(pc_diag *diag, const char *name, long line, const char *from, size_t n, int stream)
{
    pc_diag_say(diag, PC_EX_DATAERR, name, line, NULL, looks_gb(from, n) ? PC_D_NOT_UTF8_GB : PC_D_NOT_UTF8);
    if (stream)
        pc_diag_append(diag, PC_D_NOTHING_READ);
}

static void report_not_enc(pc_diag *diag, const char *name, long line, pc_encoding enc, int stream)
{
    pc_diag_say(diag, PC_EX_DATAERR, name, line, NULL, PC_D_NOT_ENCODING, enc == PC_ENC_GBK ? "GBK" : "GB18030");
    if (stream)
        pc_diag_append(diag, PC_D_NOTHING_READ);
}

int pc_text_decode(pc_encoding enc, const char *name, char **text, size_t *len, pc_diag *diag)
{
    if (enc == PC_ENC_UTF8) {
        int incomplete;
        size_t ok = utf8_prefix((const unsigned char *)*text, *len, &incomplete);
        if (ok == *len)
            return 0;
        const char *line_start = *text + ok;
        while (line_start > *text && line_start[-1] != '\n')
            line_start--;
        report_not_utf8(diag, name, count_lines(*text, ok) + 1, line_start, *len - (size_t)(line_start - *text), 0);
        return PC_EX_DATAERR;
    }
    iconv_t cd = iconv_open("UTF-8", iconv_name(enc));
    if (cd == (iconv_t)-1) {
        pc_diag_say(diag, PC_EX_SOFTWARE, name, 0, NULL, PC_D_ICONV_FAILED, iconv_name(enc),
                    strerror(errno));
        return PC_EX_SOFTWARE;
    }
    pc_buf out = {0};
    char *in = *text;
    size_t left = *len;
    int rc = 0;
    while (left) {
        pc_buf_grow(&out, left * 2 + 16);
        char *o = out.data + out.len;
        size_t room = out.cap - out.len - 1;
        size_t r = iconv(cd, &in, &left, &o, &room);
        out.len = (size_t)(o - out.data);
        if (r == (size_t)-1 && errno != E2BIG) {
            report_not_enc(diag, name, count_lines(*text, (size_t)(in - *text)) + 1, enc, 0);
            rc = PC_EX_DATAERR;
            break;
        }
    }
    iconv_close(cd);
    if (rc) {
        pc_buf_free(&out);
        return rc;
    }
    pc_buf_putc(&out, '\0');
    out.len--;
    free(*text);
    *len = out.len;
    *text = pc_buf_take(&out);
    return 0;
}

/* ---- streams ----------------------------------------------------------------------- */

#define DECODE_READ (1 << 16)
/* A line longer than this is handed on in pieces (memory stays bounded);
 * when such a line turns out bad after a piece was handed on, the stream
 * ends with a read error rather than a cut line that might parse. */
#define MAX_HELD (256u << 10)

struct pc_decoder {
    FILE *in;
    pc_encoding enc;
    iconv_t cd;
    const char *name;
    pc_diag *diag;
    pc_buf raw;       /* bytes read and not yet converted or checked */
    pc_buf ready;     /* UTF-8 whole lines to hand out */
    size_t ready_pos;
    long lines;       /* raw lines consumed so far */
    int done, failed;
    int cut;          /* what was handed on ends inside a line */
};

/* Moves the complete lines at the start of raw (up to its last newline, or
 * all of it at the end of input) to ready, checking or converting them. */
static void decode_lines(pc_decoder *d, int at_end)
{
    size_t n = d->raw.len;
    if (!at_end) {
        const char *nl = n ? memrchr(d->raw.data, '\n', n) : NULL;
        if (nl)
            n = (size_t)(nl - d->raw.data) + 1;
        else if (n < MAX_HELD)
            return;
    }
    if (!n)
        return;
    if (d->enc == PC_ENC_UTF8) {
        int incomplete;
        size_t ok = utf8_prefix((const unsigned char *)d->raw.data, n, &incomplete);
        if (ok < n && incomplete && !at_end && n == d->raw.len)
            n = ok;   /* a long line cut inside a character: wait for the rest */
        else if (ok < n) {
            /* hand on the lines before the bad one, then stop */
            size_t start = ok;
            while (start > 0 && d->raw.data[start - 1] != '\n')
                start--;
            pc_buf_add(&d->ready, d->raw.data, start);
            if (start)
                d->cut = 0;
            report_not_utf8(d->diag, d->name, d->lines + count_lines(d->raw.data, ok) + 1, d->raw.data + start,
                            d->raw.len - start, 1);
            d->failed = d->done = 1;
            return;
        }
        pc_buf_add(&d->ready, d->raw.data, n);
    } else {
        char *in = d->raw.data;
        size_t left = n;
        while (left) {
            pc_buf_grow(&d->ready, left * 2 + 16);
            char *o = d->ready.data + d->ready.len;
            size_t room = d->ready.cap - d->ready.len - 1;
            size_t r = iconv(d->cd, &in, &left, &o, &room);
            d->ready.len = (size_t)(o - d->ready.data);
            if (r != (size_t)-1 || errno == E2BIG)
                continue;
            if (errno == EINVAL && !at_end)
                break;   /* a character cut by the end of a long line's piece: wait */
            /* drop the part of the bad line already converted */
            while (d->ready.len > d->ready_pos && d->ready.data[d->ready.len - 1] != '\n')
                d->ready.len--;
            if (d->ready.len > d->ready_pos)
                d->cut = 0;
            report_not_enc(d->diag, d->name, d->lines + count_lines(d->raw.data, (size_t)(in - d->raw.data)) + 1, d->enc,
                           1);
            d->failed = d->done = 1;
            return;
        }
        n = (size_t)(in - d->raw.data);
    }
    d->cut = n && d->raw.data[n - 1] != '\n';
    d->lines += count_lines(d->raw.data, n);
    memmove(d->raw.data, d->raw.data + n, d->raw.len - n);
    d->raw.len -= n;
}

static ssize_t decoder_read(void *cookie, char *buf, size_t size)
{
    pc_decoder *d = cookie;
    while (d->ready_pos == d->ready.len && !d->done) {
        d->ready.len = d->ready_pos = 0;
        char chunk[DECODE_READ];
        size_t n = fread(chunk, 1, sizeof chunk, d->in);
        if (n)
            pc_buf_add(&d->raw, chunk, n);
        if (!n && ferror(d->in))
            return -1;
        if (!n)
            d->done = 1;
        decode_lines(d, !n);
    }
    if (d->ready_pos == d->ready.len && d->failed && d->cut) {
        errno = EILSEQ;
        return -1;
    }
    size_t give = d->ready.len - d->ready_pos;
    if (give > size)
        give = size;
    if (!give)
        return 0;   /* the end (ready may never have been allocated) */
    memcpy(buf, d->ready.data + d->ready_pos, give);
    d->ready_pos += give;
    return (ssize_t)give;
}

FILE *pc_decoder_open(FILE *in, pc_encoding enc, const char *name, pc_diag *diag, pc_decoder **out)
{
    *out = NULL;
    pc_decoder *d = pc_xcalloc(1, sizeof *d);
    d->in = in;
    d->enc = enc;
    d->name = name;
    d->diag = diag;
    d->cd = (iconv_t)-1;
    if (enc != PC_ENC_UTF8 && (d->cd = iconv_open("UTF-8", iconv_name(enc))) == (iconv_t)-1) {
        pc_diag_say(diag, PC_EX_SOFTWARE, name, 0, NULL, PC_D_ICONV_FAILED, iconv_name(enc),
                    strerror(errno));
        free(d);
        return NULL;
    }
    cookie_io_functions_t io = {decoder_read, NULL, NULL, NULL};
    FILE *f = fopencookie(d, "r", io);
    if (!f) {
        if (d->cd != (iconv_t)-1)
            iconv_close(d->cd);
        free(d);
        return NULL;
    }
    *out = d;
    return f;
}

int pc_decoder_failed(const pc_decoder *d)
{
    return d && d->failed;
}

int pc_decoder_close(FILE *f, pc_decoder *d)
{
    if (f)
        fclose(f);
    if (!d)
        return 0;
    int failed = d->failed;
    if (d->cd != (iconv_t)-1)
        iconv_close(d->cd);
    pc_buf_free(&d->raw);
    pc_buf_free(&d->ready);
    free(d);
    return failed ? PC_EX_DATAERR : 0;
}
