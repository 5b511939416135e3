/* exact.h -- exact rational numbers for judging targets (exact.c): a
 * measure, a target value and a tolerance are compared by
 * cross-multiplication, never as doubles. */
#ifndef PC_EXACT_H
#define PC_EXACT_H

#include <stdint.h>

typedef struct pc_q {
    int64_t n, d;              /* d > 0; reduced */
} pc_q;

#define PC_Q_INT(i) ((pc_q){(i), 1})

/* "12", "-3.5", "0.035", "1.2e+10": the exact decimal; -1 on junk or overflow. */
int pc_q_parse(const char *s, pc_q *out);
/* A double as the shortest decimal that reads back as it (what a rule file
 * or a data file wrote: 12.07 is 1207/100); -1 if not finite or too large. */
int pc_q_from_double(double x, pc_q *out);
/* -1, 0, 1; exact (128-bit cross-multiplication). */
int pc_q_cmp(pc_q a, pc_q b);
/* 0, or -1 when the exact result does not fit (or division by zero). */
int pc_q_add(pc_q a, pc_q b, pc_q *out);
int pc_q_sub(pc_q a, pc_q b, pc_q *out);
int pc_q_mul(pc_q a, pc_q b, pc_q *out);
int pc_q_div(pc_q a, pc_q b, pc_q *out);
double pc_q_double(pc_q a);

#endif /* PC_EXACT_H */
