/*
 * suggest.c -- "did you mean": edit distance over code points, so that a
 * typo in a Chinese label counts one edit per character, not per byte.
 */
#include "suggest.h"

#include <stdint.h>
#include <string.h>

#define MAX_CP 64

/* Decodes up to MAX_CP code points; an ill-formed byte counts as one. */
static size_t decode(const char *s, uint32_t *out)
{
    const unsigned char *p = (const unsigned char *)s;
    size_t n = 0;
    while (*p && n < MAX_CP) {
        unsigned c = *p;
        int extra = c >= 0xF0 ? 3 : c >= 0xE0 ? 2 : c >= 0xC0 ? 1 : 0;
        uint32_t cp = extra ? c & (0x3F >> extra) : c;
        p++;
        for (int i = 0; i < extra && (*p & 0xC0) == 0x80; i++, p++)
            cp = (cp << 6) | (*p & 0x3F);
        out[n++] = cp;
    }
    return n;
}

size_t pc_edit_distance(const char *a, const char *b, size_t limit)
{
    uint32_t x[MAX_CP], y[MAX_CP];
    size_t m = decode(a, x), n = decode(b, y);
    if ((m > n ? m - n : n - m) > limit)
        return limit + 1;
    size_t row[MAX_CP + 1];
    for (size_t j = 0; j <= n; j++)
        row[j] = j;
    for (size_t i = 1; i <= m; i++) {
        size_t diag = row[0], best = row[0] = i;
        for (size_t j = 1; j <= n; j++) {
            size_t up = row[j];
            size_t v = diag + (x[i - 1] != y[j - 1]);
            if (up + 1 < v)
                v = up + 1;
            if (row[j - 1] + 1 < v)
                v = row[j - 1] + 1;
            row[j] = v;
            diag = up;
            if (v < best)
                best = v;
        }
        if (best > limit)
            return limit + 1;
    }
    return row[n] > limit ? limit + 1 : row[n];
}

int pc_suggest_close(const char *word, const char *candidate, size_t *distance)
{
    uint32_t tmp[MAX_CP];
    size_t len = decode(word, tmp);
    size_t limit = len / 3;
    if (limit < 1)
        limit = 1;
    if (limit > 3)
        limit = 3;
    size_t d = pc_edit_distance(word, candidate, limit);
    if (distance)
        *distance = d;
    return d <= limit && d > 0 && len > 1;
}

const char *pc_suggest(const char *word, const char *const *candidates)
{
    const char *best = NULL;
    size_t best_d = (size_t)-1, d;
    for (size_t i = 0; candidates && candidates[i]; i++)
        if (pc_suggest_close(word, candidates[i], &d) && d < best_d) {
            best = candidates[i];
            best_d = d;
        }
    return best;
}
