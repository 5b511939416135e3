/*
 * unit/scalar -- the strict scalar parsers and writers: money (decimal yuan
 * to fen, never through a float), JSON reals as money, rates, integers,
 * booleans, dates, money and string output, message formats filled without
 * printf, GB 32100 credit codes.
 */
#include "common.h"

#include <stdlib.h>
#include <string.h>

/* ---- money ---------------------------------------------------------------------- */

static void money_ok(const char *text, int64_t fen)
{
    int64_t got = -12345;
    if (pc_money_parse(text, &got) != 0)
        fail_msg("pc_money_parse(\"%s\") refused, expected %lld fen", text, (long long)fen);
    if (got != fen)
        fail_msg("pc_money_parse(\"%s\") = %lld fen, expected %lld", text, (long long)got, (long long)fen);
}

static void money_refused(const char *text)
{
    int64_t got = -12345;
    if (pc_money_parse(text, &got) == 0)
        fail_msg("pc_money_parse(\"%s\") accepted it as %lld fen, expected a refusal", text, (long long)got);
    assert_int_equal(got, -12345); /* nothing written on refusal */
}

static void test_money_parse_accepts(void **state)
{
    (void)state;
    money_ok("0", 0);
    money_ok("12", 1200);
    money_ok("12.5", 1250);
    money_ok("12.50", 1250);
    money_ok("12.34", 1234);
    money_ok("0.01", 1);
    money_ok("1234.56", 123456);
    money_ok("300000", 30000000);
    money_ok("007", 700);
    /* the largest amount whole yuan can hold without overflow */
    money_ok("92233720368547758", INT64_C(9223372036854775800));
}

static void test_money_parse_refuses(void **state)
{
    (void)state;
    money_refused("12.345");   /* more than 2 decimals */
    money_refused("1e5");      /* no exponent */
    money_refused("-1");       /* no sign */
    money_refused("+1");
    money_refused("");
    money_refused("5.");       /* a dot needs decimals */
    money_refused(".");
    money_refused("1.2.3");
    money_refused(" 12");      /* no spaces */
    money_refused("12 ");
    money_refused("1,000");
    money_refused("abc");
    money_refused("92233720368547758.08");  /* INT64_MAX + 1 fen */
    money_refused("99999999999999999999");
}

/* ".5" has no integer digit: the documented syntax is digits[.digits]
 * ("12", "12.5", "12.50") and the brief asks for it to be refused. */
static void test_money_parse_refuses_missing_integer_part(void **state)
{
    (void)state;
    money_refused(".5");
    money_refused(".50");
}

/* ---- JSON reals as money ---------------------------------------------------------------- */

/* Contract (internal.h): "A JSON number's double, accepted as money when it
 * is exact to the fen."  Read as: the double must be the double nearest to
 * some whole number of fen (what a JSON text with at most 2 decimals parses
 * to), and the fen returned must be that number.  A double that is merely
 * close to a fen amount (a float artefact such as 0.1 + 0.2) was not written
 * with 2 decimals and is refused. */


/* 0.1 + 0.2 == 0.30000000000000004, not the double 0.30 parses to. */

/* A value below 0.01 yuan is not a whole number of fen. */

/* Below 2^53 fen every fen amount has its own double; 12345678901234.56
 * (1.2e13 yuan, 16 significant digits) must come back exactly or be refused,
 * never rounded to another amount. */

/* ---- rates ------------------------------------------------------------------------------ */

static void test_rate(void **state)
{
    (void)state;
    pc_rate r;
    int64_t out = -1;
    assert_int_equal(pc_rate_parse("0.035", &r), 0);
    assert_int_equal(r.num, 35);
    assert_int_equal(r.den, 1000);
    /* 12345 fen * 0.035 = 432.075 fen: rounded down to the fen */
    assert_int_equal(pc_rate_apply(r, 12345, &out), 0);
    assert_int_equal(out, 432);
    /* 0.5 of 1 fen is 0 fen; 0.999999999 of 1 yuan is 99 fen */
    assert_int_equal(pc_rate_parse("0.5", &r), 0);
    assert_int_equal(pc_rate_apply(r, 1, &out), 0);
    assert_int_equal(out, 0);
    assert_int_equal(pc_rate_parse("0.999999999", &r), 0);
    assert_int_equal(pc_rate_apply(r, 100, &out), 0);
    assert_int_equal(out, 99);
    /* 1.5 * 3 fen = 4.5 -> 4 */
    assert_int_equal(pc_rate_parse("1.5", &r), 0);
    assert_int_equal(pc_rate_apply(r, 3, &out), 0);
    assert_int_equal(out, 4);
    assert_int_equal(pc_rate_parse("1", &r), 0);
    assert_int_equal(pc_rate_apply(r, 30000000, &out), 0);
    assert_int_equal(out, 30000000);
    /* a large product that fits only thanks to 128-bit arithmetic */
    assert_int_equal(pc_rate_parse("0.5", &r), 0);
    assert_int_equal(pc_rate_apply(r, INT64_MAX, &out), 0);
    assert_int_equal(out, INT64_MAX / 2);
    /* overflow */
    assert_int_equal(pc_rate_parse("2", &r), 0);
    assert_int_not_equal(pc_rate_apply(r, INT64_MAX, &out), 0);
}

static void test_rate_parse_refuses(void **state)
{
    (void)state;
    pc_rate r;
    static const char *const bad[] = {"", "-0.1", "0.0000000001", "1e-3", "abc", "5.", "0,5", "50%", " 0.5", NULL};
    for (int i = 0; bad[i]; i++)
        if (pc_rate_parse(bad[i], &r) == 0)
            fail_msg("pc_rate_parse(\"%s\") accepted it", bad[i]);
}

/* The same syntax as money: digits[.digits]. */
static void test_rate_parse_refuses_missing_integer_part(void **state)
{
    (void)state;
    pc_rate r;
    if (pc_rate_parse(".5", &r) == 0)
        fail_msg("pc_rate_parse(\".5\") accepted it as %lld/%lld", (long long)r.num, (long long)r.den);
}

/* ---- integers and booleans -------------------------------------------------------------- */

static void test_int_parse(void **state)
{
    (void)state;
    int64_t v = 0;
    assert_int_equal(pc_int_parse("0", &v), 0);
    assert_int_equal(v, 0);
    assert_int_equal(pc_int_parse("-42", &v), 0);
    assert_int_equal(v, -42);
    assert_int_equal(pc_int_parse("9223372036854775807", &v), 0);
    assert_true(v == INT64_MAX);
    assert_int_equal(pc_int_parse("-9223372036854775808", &v), 0);
    assert_true(v == INT64_MIN);
    v = 7;
    assert_int_not_equal(pc_int_parse("9223372036854775808", &v), 0);   /* INT64_MAX + 1 */
    assert_int_not_equal(pc_int_parse("-9223372036854775809", &v), 0);  /* INT64_MIN - 1 */
    assert_int_not_equal(pc_int_parse("18446744073709551616", &v), 0);
    assert_int_not_equal(pc_int_parse("99999999999999999999", &v), 0);
    assert_int_equal(v, 7);
    static const char *const bad[] = {"", "-", "+", "12a", "1.0", " 1", "1 ", "1e3", "0x10", "--1",
                                      "99999999999999999a", "999999999999999999a", "1\xc2\xb2", NULL};
    for (int i = 0; bad[i]; i++)
        if (pc_int_parse(bad[i], &v) == 0)
            fail_msg("pc_int_parse(\"%s\") accepted it as %lld", bad[i], (long long)v);
}

/* Around the 18 digits read without an overflow check per digit. */
static void test_int_parse_long(void **state)
{
    (void)state;
    static const struct {
        const char *text;
        int64_t v;
    } good[] = {
        {"999999999999999999", INT64_C(999999999999999999)},        /* 18 digits */
        {"-999999999999999999", -INT64_C(999999999999999999)},
        {"1000000000000000000", INT64_C(1000000000000000000)},      /* 19 */
        {"+1000000000000000001", INT64_C(1000000000000000001)},
        {"00000000000000000000000012", 12},                          /* leading zeros */
        {"-0000000000000000009223372036854775808", INT64_MIN},
        {"+5", 5},
        {"-0", 0},
    };
    for (size_t i = 0; i < sizeof good / sizeof good[0]; i++) {
        int64_t v = 7;
        if (pc_int_parse(good[i].text, &v) != 0 || v != good[i].v)
            fail_msg("pc_int_parse(\"%s\") gave %lld, expected %lld", good[i].text, (long long)v, (long long)good[i].v);
    }
    static const char *const bad[] = {"92233720368547758070", "-9223372036854775809", "000000000000000000009223372036854775808",
                                      "1000000000000000000x", NULL};
    for (int i = 0; bad[i]; i++) {
        int64_t v = 7;
        if (pc_int_parse(bad[i], &v) == 0 || v != 7)
            fail_msg("pc_int_parse(\"%s\") accepted it as %lld", bad[i], (long long)v);
    }
}

/* By length, as JSON numbers come (followed by ',' or '}', not a NUL). */
static void test_parse_by_length(void **state)
{
    (void)state;
    int64_t v = 0;
    assert_int_equal(pc_int_parse_n("12,", 2, &v), 0);
    assert_int_equal(v, 12);
    assert_int_equal(pc_int_parse_n("-9223372036854775808}", 20, &v), 0);
    assert_true(v == INT64_MIN);
    assert_int_not_equal(pc_int_parse_n("12,", 3, &v), 0);
    assert_int_not_equal(pc_int_parse_n("1\0002", 3, &v), 0);
    assert_int_not_equal(pc_int_parse_n("-5", 1, &v), 0);
    assert_int_not_equal(pc_int_parse_n("5", 0, &v), 0);
    assert_int_equal(pc_money_parse_n("385730.87,", 9, &v), 0);
    assert_int_equal(v, 38573087);
    assert_int_equal(pc_money_parse_n("12.5}", 4, &v), 0);
    assert_int_equal(v, 1250);
    assert_int_equal(pc_money_parse_n("12.345", 5, &v), 0);   /* 12.34: the 5 is not read */
    assert_int_equal(v, 1234);
    assert_int_not_equal(pc_money_parse_n("12.345", 6, &v), 0);
    assert_int_not_equal(pc_money_parse_n("12.", 3, &v), 0);
    assert_int_not_equal(pc_money_parse_n("1\0002", 3, &v), 0);
    assert_int_not_equal(pc_money_parse_n("", 0, &v), 0);
}

static void test_bool_parse(void **state)
{
    (void)state;
    static const char *const yes[] = {"true", "yes", "1", "是", NULL};
    static const char *const no[] = {"false", "no", "0", "否", NULL};
    static const char *const junk[] = {"", "maybe", "2", "tru", "y", "n", "on", "off", " true", "是的",
                                       "truex", "true ", "t", "f", "fals", "falsey", "false ", "tRue", NULL};
    for (int i = 0; yes[i]; i++) {
        int b = -1;
        assert_int_equal(pc_bool_parse(yes[i], &b), 0);
        assert_int_equal(b, 1);
    }
    for (int i = 0; no[i]; i++) {
        int b = -1;
        assert_int_equal(pc_bool_parse(no[i], &b), 0);
        assert_int_equal(b, 0);
    }
    for (int i = 0; junk[i]; i++) {
        int b = -1;
        if (pc_bool_parse(junk[i], &b) == 0)
            fail_msg("pc_bool_parse(\"%s\") accepted it as %d", junk[i], b);
    }
}

/* ---- dates ------------------------------------------------------------------------------ */

static void test_date_parse(void **state)
{
    (void)state;
    pc_date d = 0;
    assert_int_equal(pc_date_parse("2020-02-29", &d), 0);   /* leap year */
    assert_int_equal(d, 20200229);
    assert_int_equal(pc_date_parse("2000-02-29", &d), 0);   /* divisible by 400 */
    assert_int_equal(d, 20000229);
    assert_int_equal(pc_date_parse("2015-12-31", &d), 0);
    assert_int_equal(d, 20151231);
    assert_int_equal(pc_date_parse("2016-01-01", &d), 0);
    assert_int_equal(d, 20160101);
    d = 1;
    static const char *const bad[] = {
        "2019-02-29", /* not a leap year */
        "1900-02-29", /* divisible by 100, not by 400 */
        "2020-1-01", "2020-01-1", "20-01-01", "2020-13-01", "2020-00-10", "2020-04-31", "2020-01-32",
        "2020-01-00", "2020/01/01", "2020-01-01x", " 2020-01-01", "", "2020-01", "abcd-ef-gh", NULL};
    for (int i = 0; bad[i]; i++)
        if (pc_date_parse(bad[i], &d) == 0)
            fail_msg("pc_date_parse(\"%s\") accepted it as %d", bad[i], (int)d);
    assert_int_equal(d, 1);
    assert_int_not_equal(pc_date_parse(NULL, &d), 0);
    char out[11];
    pc_date_format(20200229, out);
    assert_string_equal(out, "2020-02-29");
    pc_date_format(PC_DATE(2016, 1, 1), out);
    assert_string_equal(out, "2016-01-01");
    /* two digits at a time: each pair's edges */
    pc_date_format(PC_DATE(1900, 1, 1), out);
    assert_string_equal(out, "1900-01-01");
    pc_date_format(PC_DATE(2009, 10, 9), out);
    assert_string_equal(out, "2009-10-09");
    pc_date_format(PC_DATE(9999, 12, 31), out);
    assert_string_equal(out, "9999-12-31");
    pc_date_format(PC_DATE(2100, 9, 30), out);
    assert_string_equal(out, "2100-09-30");
}

/* ---- output -------------------------------------------------------------------------------- */

static void money_text(int64_t fen, const char *expected)
{
    pc_buf b = {0};
    pc_buf_money(&b, fen);
    if (strcmp(b.data, expected) != 0)
        fail_msg("pc_buf_money(%lld) wrote '%s', expected '%s'", (long long)fen, b.data, expected);
    pc_buf_free(&b);
}

static void test_buf_money(void **state)
{
    (void)state;
    money_text(30000000, "300000");
    money_text(123450, "1234.5");
    money_text(123456, "1234.56");
    money_text(1, "0.01");
    money_text(10, "0.1");
    money_text(0, "0");
    money_text(100, "1");
    money_text(-150, "-1.5");
    money_text(5, "0.05");
    money_text(-5, "-0.05");
    money_text(90, "0.9");
    money_text(-100, "-1");
    money_text(1000000, "10000");
    money_text(INT64_MAX, "92233720368547758.07");
    money_text(INT64_MIN, "-92233720368547758.08");
}

static void json_text(const char *in, const char *expected)
{
    pc_buf b = {0};
    pc_buf_json_string(&b, in);
    if (strcmp(b.data, expected) != 0)
        fail_msg("pc_buf_json_string wrote '%s', expected '%s'", b.data, expected);
    pc_buf_free(&b);
}

static void test_buf_json_string(void **state)
{
    (void)state;
    json_text("plain", "\"plain\"");
    json_text("", "\"\"");
    json_text(NULL, "\"\"");
    json_text("say \"hi\"", "\"say \\\"hi\\\"\"");
    json_text("a\\b", "\"a\\\\b\"");
    json_text("l1\nl2\r\tx", "\"l1\\nl2\\r\\tx\"");
    json_text("\x01\x1f", "\"\\u0001\\u001f\"");
    json_text("大连市 (210200)", "\"大连市 (210200)\"");
    json_text("</script>", "\"</script>\"");
}

static void test_buf_real(void **state)
{
    (void)state;
    static const struct { double v; const char *text; } cases[] = {
        {1.5, "1.5"}, {2.0, "2"}, {0.0, "0"}, {-0.00001, "0"}, {2.71828, "2.7183"}, {-3.25, "-3.25"}, {100, "100"}};
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        pc_buf b = {0};
        pc_buf_real(&b, cases[i].v);
        if (strcmp(b.data, cases[i].text) != 0)
            fail_msg("pc_buf_real(%g) wrote '%s', expected '%s'", cases[i].v, b.data, cases[i].text);
        pc_buf_free(&b);
    }
    pc_buf b = {0};
    pc_buf_real(&b, 0.0 / 0.0);
    assert_string_equal(b.data, "null");
    pc_buf_free(&b);
}

/* ---- credit codes ------------------------------------------------------------------------- */

/* pc_buf_fill writes what snprintf writes for the formats it is given (the
 * message table's, per result): each language, positional or not, %d as text. */
static void fill_is_printf(const char *fmt, const char *const *args, int nargs, const char *printed)
{
    pc_buf b = {0};
    pc_buf_fill(&b, fmt, args, nargs);
    if (strcmp(b.data ? b.data : "", printed) != 0)
        fail_msg("pc_buf_fill('%s') wrote '%s', snprintf '%s'", fmt, b.data ? b.data : "", printed);
    pc_buf_free(&b);
}

static void test_buf_fill(void **state)
{
    (void)state;
    char out[512], n[24];
    for (int lang = 0; lang < 2; lang++) {
        pc_lang l = lang ? PC_LANG_ZH : PC_LANG_EN;
        const char *fmt = pc_msg(l, PC_MSG_CAP_PLAN);
        snprintf(out, sizeof out, fmt, "300,000 yuan", "0 yuan", "300,000 yuan");
        fill_is_printf(fmt, (const char *[]){"300,000 yuan", "0 yuan", "300,000 yuan"}, 3, out);
        fmt = pc_msg(l, PC_MSG_CAP_YEAR);
        snprintf(out, sizeof out, fmt, "500,000 元", 2021, "1 元", "499,999 元");
        fill_is_printf(fmt, (const char *[]){"500,000 元", pc_int_text(n, 2021), "1 元", "499,999 元"}, 4, out);
        fmt = pc_msg(l, PC_MSG_CAP_USED_UP);
        snprintf(out, sizeof out, fmt, "12.5 yuan");
        fill_is_printf(fmt, (const char *[]){"12.5 yuan"}, 1, out);
        fmt = pc_msg(l, PC_MSG_PARAM_UNSET);
        snprintf(out, sizeof out, fmt, "label", "p", "plan", "rule", "p");
        fill_is_printf(fmt, (const char *[]){"label", "p", "plan", "rule", "p"}, 5, out);
        fmt = pc_msg(l, PC_MSG_WARN_TEXT);
        snprintf(out, sizeof out, fmt, "100% as given");
        fill_is_printf(fmt, (const char *[]){"100% as given"}, 1, out);
        fmt = pc_msg(l, PC_MSG_WARN_PART_OF);
        snprintf(out, sizeof out, fmt, "dalian-2015", "210200", "210204");
        fill_is_printf(fmt, (const char *[]){"dalian-2015", "210200", "210204"}, 3, out);
        static const pc_msg_id two[] = {PC_MSG_WARN_NOT_ISSUED, PC_MSG_WARN_NOT_YET, PC_MSG_WARN_ENDED,
                                        PC_MSG_WARN_NO_PLAN_IN_FORCE, PC_MSG_WARN_NO_PLAN_ISSUED};
        for (size_t i = 0; i < sizeof two / sizeof two[0]; i++) {
            fmt = pc_msg(l, two[i]);
            snprintf(out, sizeof out, fmt, "210204", "2021-06-30");
            fill_is_printf(fmt, (const char *[]){"210204", "2021-06-30"}, 2, out);
        }
        fmt = pc_msg(l, PC_MSG_WARN_ENDS_SOON);
        snprintf(out, sizeof out, fmt, "dalian-2015", "2020-12-31", -7);
        fill_is_printf(fmt, (const char *[]){"dalian-2015", "2020-12-31", pc_int_text(n, -7)}, 3, out);
    }
    fill_is_printf("100%% of %s", (const char *[]){"it"}, 1, "100% of it");
    assert_string_equal(pc_int_text(n, 0), "0");
    assert_string_equal(pc_int_text(n, INT64_MIN), "-9223372036854775808");
    assert_string_equal(pc_int_text(n, INT64_MAX), "9223372036854775807");
}

static void test_credit_code(void **state)
{
    (void)state;
    char expected = '?';
    assert_int_equal(pc_credit_code_check("91210204MA0QF3K591", &expected), 0);
    assert_int_equal(expected, '1');
    expected = '?';
    assert_int_equal(pc_credit_code_check("91210204MA0QF3K592", &expected), 1);
    assert_int_equal(expected, '1');   /* the character it should have been */
    assert_int_equal(pc_credit_code_check("91110000100000000X", &expected), 1);
    assert_int_equal(expected, 'R');
    assert_int_equal(pc_credit_code_check("91110000100000000R", &expected), 0);
    /* check sum 0 maps to '0' (31 - 0 % 31 == 31) */
    assert_int_equal(pc_credit_code_check("000000000000000000", &expected), 0);
    assert_int_equal(expected, '0');
    /* characters outside the alphabet (I, O, S, V, Z, lower case) and short codes */
    assert_int_equal(pc_credit_code_check("91210204IA0QF3K591", &expected), -1);
    assert_int_equal(pc_credit_code_check("91210204ma0qf3k591", &expected), -1);
    assert_int_equal(pc_credit_code_check("9121020", &expected), -1);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_money_parse_accepts),
        cmocka_unit_test(test_money_parse_refuses),
        cmocka_unit_test(test_money_parse_refuses_missing_integer_part),
        cmocka_unit_test(test_rate),
        cmocka_unit_test(test_rate_parse_refuses),
        cmocka_unit_test(test_rate_parse_refuses_missing_integer_part),
        cmocka_unit_test(test_int_parse),
        cmocka_unit_test(test_int_parse_long),
        cmocka_unit_test(test_parse_by_length),
        cmocka_unit_test(test_bool_parse),
        cmocka_unit_test(test_date_parse),
        cmocka_unit_test(test_buf_money),
        cmocka_unit_test(test_buf_json_string),
        cmocka_unit_test(test_buf_real),
        cmocka_unit_test(test_buf_fill),
        cmocka_unit_test(test_credit_code),
    };
    return cmocka_run_group_tests_name("unit/scalar", tests, NULL, NULL);
}
