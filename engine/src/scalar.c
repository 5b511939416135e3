/*
 * scalar.c -- strict parsing of the scalar values input may hold: integers,
 * booleans, money in decimal yuan and rates.  Money never passes through a
 * float: "1234.56" becomes 123456 fen by integer arithmetic.
 */
#include "internal.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

int pc_int_parse(const char *s, int64_t *out)
{
    return pc_int_parse_n(s, strlen(s), out);
}

int pc_int_parse_signed(const char *s, size_t len, int64_t *out)
{
    const char *end = s + len;
    int neg = 0;
    if (s < end && (*s == '-' || *s == '+'))
        neg = *s++ == '-';
    if (s == end)
        return -1;
    uint64_t v = 0;
    for (; s < end; s++) {
        unsigned d = (unsigned)(unsigned char)*s - '0';
        if (d > 9)
            return -1;
        if (v > (UINT64_C(9223372036854775808) - d) / 10)
            return -1;
        v = v * 10 + d;
    }
    if (!neg && v > INT64_MAX)
        return -1;
    *out = neg ? (int64_t)(0 - v) : (int64_t)v;
    return 0;
}

int pc_bool_parse(const char *s, int *out)
{
    static const char *const yes[] = {"true", "yes", "1", "是", "True", "TRUE", "Yes", "YES", NULL};
    static const char *const no[] = {"false", "no", "0", "否", "False", "FALSE", "No", "NO", NULL};
    /* The common spellings first, without a loop. */
    if (s[0] == 't' && s[1] == 'r' && s[2] == 'u' && s[3] == 'e' && !s[4])
        return *out = 1, 0;
    if (s[0] == 'f' && s[1] == 'a' && s[2] == 'l' && s[3] == 's' && s[4] == 'e' && !s[5])
        return *out = 0, 0;
    for (int i = 0; yes[i]; i++)
        if (strcmp(s, yes[i]) == 0)
            return *out = 1, 0;
    for (int i = 0; no[i]; i++)
        if (strcmp(s, no[i]) == 0)
            return *out = 0, 0;
    return -1;
}

/* Parses digits[.digits] into value * 10^scale with at most max_decimals
 * decimals; returns the number of decimals or -1. */
static int parse_decimal(const char *s, size_t len, int max_decimals, int64_t *mantissa)
{
    int64_t v = 0;
    int decimals = -1, digits = 0;
    for (const char *end = s + len; s < end; s++) {
        if (*s == '.' && decimals < 0) {
            if (!digits)
                return -1;   /* ".5": digits come first */
            decimals = 0;
            continue;
        }
        if (*s < '0' || *s > '9')
            return -1;
        if (decimals >= 0 && ++decimals > max_decimals)
            return -1;
        if (v > (INT64_MAX - 9) / 10)
            return -1;
        v = v * 10 + (*s - '0');
        digits++;
    }
    if (!digits || decimals == 0)
        return -1;
    *mantissa = v;
    return decimals < 0 ? 0 : decimals;
}

int pc_money_parse(const char *s, int64_t *fen)
{
    return pc_money_parse_n(s, strlen(s), fen);
}

int pc_money_parse_n(const char *s, size_t len, int64_t *fen)
{
    int64_t v;
    int dec = parse_decimal(s, len, 2, &v);
    if (dec < 0)
        return -1;
    for (; dec < 2; dec++) {
        if (v > INT64_MAX / 10)
            return -1;
        v *= 10;
    }
    *fen = v;
    return 0;
}

int pc_rate_parse(const char *s, pc_rate *rate)
{
    int64_t v;
    int dec = parse_decimal(s, strlen(s), 9, &v);
    if (dec < 0)
        return -1;
    int64_t den = 1;
    for (int i = 0; i < dec; i++)
        den *= 10;
    rate->num = v;
    rate->den = den;
    return 0;
}

int pc_rate_apply(pc_rate rate, int64_t fen, int64_t *out)
{
    __int128 p = (__int128)fen * rate.num / rate.den;
    if (p > INT64_MAX || p < INT64_MIN)
        return -1;
    *out = (int64_t)p;
    return 0;
}
