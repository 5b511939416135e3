/*
 * unit/exact -- exact rationals (engine/src/exact.c): decimals read as
 * written, doubles as their shortest decimal, comparisons by 128-bit
 * cross-multiplication, and results that do not fit refused, never rounded.
 */
#include "common.h"
#include "exact.h"

static pc_q q(const char *s)
{
    pc_q out = {0, 0};
    if (pc_q_parse(s, &out) != 0)
        fail_msg("pc_q_parse(\"%s\") refused", s);
    return out;
}

static void test_parse(void **state)
{
    (void)state;
    pc_q a = q("12.07");
    assert_int_equal(a.n, 1207);
    assert_int_equal(a.d, 100);
    a = q("0.10");
    assert_int_equal(a.n, 1);
    assert_int_equal(a.d, 10);
    a = q("-3.5");
    assert_int_equal(a.n, -7);
    assert_int_equal(a.d, 2);
    a = q("1.2e+10");
    assert_int_equal(a.n, 12000000000);
    assert_int_equal(a.d, 1);
    a = q("5e-3");
    assert_int_equal(a.n, 1);
    assert_int_equal(a.d, 200);
    pc_q out;
    assert_int_equal(pc_q_parse("", &out), -1);
    assert_int_equal(pc_q_parse("1.2.3", &out), -1);
    assert_int_equal(pc_q_parse("abc", &out), -1);
    assert_int_equal(pc_q_parse("99999999999999999999", &out), -1);
}

static void test_from_double(void **state)
{
    (void)state;
    pc_q a;
    assert_int_equal(pc_q_from_double(12.07, &a), 0);
    assert_int_equal(a.n, 1207);
    assert_int_equal(a.d, 100);
    assert_int_equal(pc_q_from_double(0.1, &a), 0);
    assert_int_equal(a.n, 1);
    assert_int_equal(a.d, 10);
    assert_int_equal(pc_q_from_double(115.99, &a), 0);
    assert_int_equal(a.n, 11599);
    assert_int_equal(a.d, 100);
    assert_int_equal(pc_q_from_double(1.0 / 0.0, &a), -1);
}

static void test_exact_where_doubles_fail(void **state)
{
    (void)state;
    /* 121 * 1.1 is 133.1 exactly; in doubles it is 133.10000000000002 */
    pc_q m;
    volatile double x = 121, y = 1.1;
    assert_int_equal(pc_q_mul(q("121"), q("1.1"), &m), 0);
    assert_int_equal(pc_q_cmp(m, q("133.1")), 0);
    assert_true(x * y > 133.1);
    /* 2750 / 2500 - 1 is exactly 0.1 */
    pc_q g;
    assert_int_equal(pc_q_div(q("2750"), q("2500"), &g), 0);
    assert_int_equal(pc_q_sub(g, q("1"), &g), 0);
    assert_int_equal(pc_q_cmp(g, q("0.1")), 0);
    /* 5000 * (1 - 0.1) = 4500 */
    pc_q f;
    assert_int_equal(pc_q_sub(q("1"), q("0.1"), &f), 0);
    assert_int_equal(pc_q_mul(q("5000"), f, &f), 0);
    assert_int_equal(pc_q_cmp(f, q("4500")), 0);
    assert_int_equal(pc_q_cmp(q("4499"), f), -1);
}

static void test_overflow_refused(void **state)
{
    (void)state;
    pc_q big = {INT64_MAX, 1}, out;
    assert_int_equal(pc_q_add(big, big, &out), -1);
    assert_int_equal(pc_q_mul(big, (pc_q){2, 1}, &out), -1);
    assert_int_equal(pc_q_div(big, (pc_q){0, 1}, &out), -1);
    /* cross-multiplication of large operands still compares right */
    assert_int_equal(pc_q_cmp((pc_q){INT64_MAX, 3}, (pc_q){INT64_MAX - 1, 3}), 1);
    assert_int_equal(pc_q_cmp((pc_q){INT64_MAX, INT64_MAX - 1}, (pc_q){1, 1}), 1);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_parse),
        cmocka_unit_test(test_from_double),
        cmocka_unit_test(test_exact_where_doubles_fail),
        cmocka_unit_test(test_overflow_refused),
    };
    return cmocka_run_group_tests_name("exact", tests, NULL, NULL);
}
