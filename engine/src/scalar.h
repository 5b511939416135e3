/* scalar.h -- dates, money, rates, integers, booleans (date.c, scalar.c). */
#ifndef PC_SCALAR_H
#define PC_SCALAR_H

#include "plancheck/plancheck.h"
#include "plancheck/plugin.h"

void pc_date_format(pc_date d, char out[11]);
/* Days since 1970-01-01 (for the days between two dates). */
long pc_date_days(pc_date d);
#define PC_DATE(y, m, d) ((pc_date)((y) * 10000 + (m) * 100 + (d)))
#define PC_DATE_YEAR(d) ((int)((d) / 10000))

/* Parses decimal yuan ("12", "12.5", "12.50") into fen; -1 on bad syntax or
 * more than 2 decimals or overflow.  No sign, no exponent, no spaces. */
int pc_money_parse(const char *s, int64_t *fen);
/* The same for len bytes (a NUL among them is refused). */
int pc_money_parse_n(const char *s, size_t len, int64_t *fen);

typedef struct pc_rate {
    int64_t num, den;   /* den a power of ten */
} pc_rate;
int pc_rate_parse(const char *s, pc_rate *rate);
/* fen * rate, rounded down; -1 on overflow. */
int pc_rate_apply(pc_rate rate, int64_t fen, int64_t *out);
/* Strict integer parse, whole string; -1 on junk or overflow. */
int pc_int_parse(const char *s, int64_t *out);
/* The same for len bytes: up to 18 digits at once (they cannot overflow),
 * anything else (a sign, more digits, junk) by pc_int_parse_signed, which
 * checks each digit for overflow. */
int pc_int_parse_signed(const char *s, size_t len, int64_t *out);
static inline int pc_int_parse_n(const char *s, size_t len, int64_t *out)
{
    if (len - 1 >= 18 || (unsigned)(unsigned char)*s - '0' > 9)
        return pc_int_parse_signed(s, len, out);
    uint64_t v = 0;
    for (size_t i = 0; i < len; i++) {
        unsigned d = (unsigned)(unsigned char)s[i] - '0';
        if (d > 9)
            return -1;
        v = v * 10 + d;
    }
    *out = (int64_t)v;
    return 0;
}
int pc_bool_parse(const char *s, int *out);

#endif /* PC_SCALAR_H */
