/*
 * exact.c -- exact rationals (see exact.h).  Products are formed in 128
 * bits and reduced; a result that does not fit 64 bits is refused, never
 * rounded.
 */
#include "exact.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

typedef __int128 wide;

static wide gcd_wide(wide a, wide b)
{
    if (a < 0)
        a = -a;
    if (b < 0)
        b = -b;
    while (b) {
        wide t = a % b;
        a = b;
        b = t;
    }
    return a;
}

static int make(wide n, wide d, pc_q *out)
{
    if (d == 0)
        return -1;
    if (d < 0) {
        n = -n;
        d = -d;
    }
    wide g = gcd_wide(n, d);
    if (g > 1) {
        n /= g;
        d /= g;
    }
    if (n > INT64_MAX || n < -INT64_MAX || d > INT64_MAX)
        return -1;
    out->n = (int64_t)n;
    out->d = (int64_t)d;
    return 0;
}

int pc_q_parse(const char *s, pc_q *out)
{
    wide n = 0, d = 1;
    int neg = 0, digits = 0;
    if (*s == '-' || *s == '+')
        neg = *s++ == '-';
    for (; *s >= '0' && *s <= '9'; s++, digits++)
        if ((n = n * 10 + (*s - '0')) > INT64_MAX)
            return -1;
    if (*s == '.')
        for (s++; *s >= '0' && *s <= '9'; s++, digits++) {
            if ((n = n * 10 + (*s - '0')) > INT64_MAX || (d *= 10) > INT64_MAX)
                return -1;
        }
    if (!digits)
        return -1;
    if (*s == 'e' || *s == 'E') {
        char *end;
        long e = strtol(s + 1, &end, 10);
        if (end == s + 1 || e > 30 || e < -30)
            return -1;
        s = end;
        for (; e > 0; e--)
            if (d % 10 == 0)
                d /= 10;
            else if ((n *= 10) > INT64_MAX)
                return -1;
        for (; e < 0; e++)
            if ((d *= 10) > INT64_MAX)
                return -1;
    }
    if (*s)
        return -1;
    return make(neg ? -n : n, d, out);
}

int pc_q_from_double(double x, pc_q *out)
{
    if (!isfinite(x) || fabs(x) > 9e18)
        return -1;
    char buf[40];
    for (int prec = 1; prec <= 17; prec++) {
        snprintf(buf, sizeof buf, "%.*g", prec, x);
        if (strtod(buf, NULL) == x)
            return pc_q_parse(buf, out);
    }
    return -1;
}

int pc_q_cmp(pc_q a, pc_q b)
{
    wide l = (wide)a.n * b.d, r = (wide)b.n * a.d;
    return l < r ? -1 : l > r;
}

int pc_q_add(pc_q a, pc_q b, pc_q *out)
{
    return make((wide)a.n * b.d + (wide)b.n * a.d, (wide)a.d * b.d, out);
}

int pc_q_sub(pc_q a, pc_q b, pc_q *out)
{
    return make((wide)a.n * b.d - (wide)b.n * a.d, (wide)a.d * b.d, out);
}

int pc_q_mul(pc_q a, pc_q b, pc_q *out)
{
    /* reduce crosswise first so products of reduced operands stay small */
    wide g1 = gcd_wide(a.n, b.d), g2 = gcd_wide(b.n, a.d);
    if (g1 == 0)
        g1 = 1;
    if (g2 == 0)
        g2 = 1;
    return make(((wide)a.n / g1) * ((wide)b.n / g2), ((wide)a.d / g2) * ((wide)b.d / g1), out);
}

int pc_q_div(pc_q a, pc_q b, pc_q *out)
{
    if (b.n == 0)
        return -1;
    return pc_q_mul(a, (pc_q){b.d, b.n}, out);   /* make() moves the sign up */
}

double pc_q_double(pc_q a)
{
    return (double)a.n / (double)a.d;
}
