/*
 * unit/out -- the JSON writer's short cuts: the message texts it copies into
 * its strings without escaping them, money as words at its edges, numbers
 * written straight into the buffer, and
 * reasons whose words were escaped when the plan was compiled (a plan
 * written to a temporary directory, labels with quotes and backslashes).
 */
#include "common.h"
#include "out.h"

#include <stdlib.h>
#include <string.h>

/* The messages out_words.c writes into a JSON string as they are (a reason
 * worded straight into the answer, a yes/no value, missing data): none may
 * hold a byte JSON escapes. */
static void test_raw_messages_need_no_escaping(void **state)
{
    (void)state;
    static const pc_msg_id raw[] = {PC_MSG_NO_AMOUNT, PC_MSG_AMOUNT,  PC_MSG_AMOUNT_OVERFLOW, PC_MSG_CAP_PLAN,
                                    PC_MSG_CAP_YEAR,  PC_MSG_CAP_USED_UP, PC_MSG_YUAN,        PC_MSG_YES,
                                    PC_MSG_NO,        PC_MSG_DATA_MISSING, PC_MSG_WARN_TEXT, PC_MSG_WARN_PART_OF,
                                    PC_MSG_WARN_NOT_ISSUED, PC_MSG_WARN_NOT_YET, PC_MSG_WARN_ENDED,
                                    PC_MSG_WARN_NO_PLAN_IN_FORCE, PC_MSG_WARN_NO_PLAN_ISSUED, PC_MSG_WARN_ENDS_SOON};
    for (int zh = 0; zh < 2; zh++)
        for (size_t i = 0; i < sizeof raw / sizeof raw[0]; i++) {
            const char *text = pc_msg(zh ? PC_LANG_ZH : PC_LANG_EN, raw[i]);
            pc_buf b = {0};
            pc_buf_json_chars(&b, text);
            if (strcmp(b.data ? b.data : "", text) != 0)
                fail_msg("message %d (%s) needs escaping in JSON: '%s'", (int)raw[i], zh ? "zh" : "en", text);
            pc_buf_free(&b);
        }
}

static void money_words(int64_t fen, const char *words)
{
    for (int zh = 0; zh < 2; zh++) {
        pc_buf b = {0};
        pc_out_money_text(&b, fen, zh ? PC_LANG_ZH : PC_LANG_EN);
        char want[64];
        snprintf(want, sizeof want, "%s%s", words, zh ? " 元" : " yuan");
        if (strcmp(b.data, want) != 0)
            fail_msg("pc_out_money_text(%lld) wrote '%s', expected '%s'", (long long)fen, b.data, want);
        pc_buf_free(&b);
        char out[32];
        size_t n = pc_money_words(out, fen);
        assert_int_equal(n, strlen(words));
        assert_memory_equal(out, words, n);
    }
}

static void test_money_words(void **state)
{
    (void)state;
    money_words(0, "0");
    money_words(5, "0.05");
    money_words(-5, "-0.05");
    money_words(10, "0.10");
    money_words(100, "1");
    money_words(99999, "999.99");
    money_words(100000, "1,000");
    money_words(-30000000, "-300,000");
    money_words(99999900, "999,999");
    money_words(100000000, "1,000,000");
    money_words(123456789, "1,234,567.89");
    money_words(INT64_MAX, "92,233,720,368,547,758.07");
    money_words(INT64_MIN, "-92,233,720,368,547,758.08");
    /* each side of every power of ten, against a digit-by-digit reference */
    int64_t ten = 1;
    for (int k = 0; k <= 18; k++) {
        const int64_t near[] = {ten - 1, ten, ten + 1, ten * 2 - 1, -ten, -(ten + 1)};
        for (size_t i = 0; i < sizeof near / sizeof near[0]; i++) {
            int64_t fen = near[i];
            uint64_t a = fen < 0 ? (uint64_t)0 - (uint64_t)fen : (uint64_t)fen, w = a / 100;
            char rev[40], want[40];
            int n = 0, m = 0;
            if (a % 100) {
                rev[n++] = (char)('0' + a % 10);
                rev[n++] = (char)('0' + a / 10 % 10);
                rev[n++] = '.';
            }
            for (int d = 0; d == 0 || w; d++, w /= 10) {
                if (d && d % 3 == 0)
                    rev[n++] = ',';
                rev[n++] = (char)('0' + w % 10);
            }
            if (fen < 0)
                rev[n++] = '-';
            while (n)
                want[m++] = rev[--n];
            char out[32];
            size_t len = pc_money_words(out, fen);
            if (len != (size_t)m || memcmp(out, want, len) != 0)
                fail_msg("pc_money_words(%lld) wrote '%.*s', expected '%.*s'", (long long)fen, (int)len, out, m, want);
        }
        if (k < 18)
            ten *= 10;
    }
}

/* Numbers are written straight into the buffer after counting their
 * digits: each side of every power of ten, and the limits, as printf. */
static void test_numbers_at_powers_of_ten(void **state)
{
    (void)state;
    char want[32];
    uint64_t ten = 1;
    for (int k = 0; k <= 20; k++) {
        const uint64_t near[] = {ten - 1, ten, ten + 1, ten * 2 - 1};
        for (size_t i = 0; i < 4; i++) {
            uint64_t v = near[i];
            pc_buf b = {0};
            pc_buf_add(&b, "x", 1);
            pc_buf_uint(&b, v);
            snprintf(want, sizeof want, "x%llu", (unsigned long long)v);
            if (strcmp(b.data, want) != 0)
                fail_msg("pc_buf_uint(%llu) wrote '%s'", (unsigned long long)v, b.data);
            assert_int_equal(b.len, strlen(want));
            b.len = 0;
            pc_buf_int(&b, -(int64_t)(v & INT64_MAX));
            snprintf(want, sizeof want, "%lld", -(long long)(v & INT64_MAX));
            assert_string_equal(b.data, want);
            b.len = 0;
            pc_buf_money(&b, (int64_t)(v & INT64_MAX));
            int64_t fen = (int64_t)(v & INT64_MAX);
            if (fen % 100 == 0)
                snprintf(want, sizeof want, "%lld", (long long)(fen / 100));
            else if (fen % 10 == 0)
                snprintf(want, sizeof want, "%lld.%lld", (long long)(fen / 100), (long long)(fen % 100 / 10));
            else
                snprintf(want, sizeof want, "%lld.%02lld", (long long)(fen / 100), (long long)(fen % 100));
            assert_string_equal(b.data, want);
            pc_buf_free(&b);
        }
        if (k < 19)
            ten *= 10;
        else
            ten = UINT64_MAX;   /* then the largest */
    }
    pc_buf b = {0};
    pc_buf_int(&b, INT64_MIN);
    assert_string_equal(b.data, "-9223372036854775808");
    b.len = 0;
    pc_buf_int(&b, 0);
    assert_string_equal(b.data, "0");
    b.len = 0;
    pc_buf_uint(&b, UINT64_MAX);
    assert_string_equal(b.data, "18446744073709551615");
    pc_buf_free(&b);
}

/* pc_buf_json_string writes a plain string in one piece and escapes the
 * rest of any other after its plain start: always the quotes around what
 * pc_buf_json_chars writes. */
static void test_json_string_pieces(void **state)
{
    (void)state;
    static const char *const cases[] = {"", "plain ascii 123", "ends with a quote\"", "\"starts", "mid\\dle",
                                        "tab\there", "中文 after ascii", "ascii then bad \xff byte", "\x01",
                                        "long plain text long plain text long plain text long plain text x"};
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        pc_buf got = {0}, chars = {0};
        pc_buf_add(&got, "x", 1);
        pc_buf_json_string(&got, cases[i]);
        pc_buf_putc(&chars, 'x');
        pc_buf_putc(&chars, '"');
        pc_buf_json_chars(&chars, cases[i]);
        pc_buf_putc(&chars, '"');
        assert_string_equal(got.data, chars.data);
        assert_int_equal(got.len, chars.len);
        pc_buf_free(&got);
        pc_buf_free(&chars);
    }
    pc_buf b = {0};
    pc_buf_json_string(&b, NULL);
    assert_string_equal(b.data, "\"\"");
    pc_buf_free(&b);
}

/* The three-byte step (leads E1-EC) and what it must leave to the full
 * check: E0 and ED (narrower second bytes), a sequence cut short. */
static void test_json_utf8_edges(void **state)
{
    (void)state;
    static const struct {
        const char *in, *out;
    } cases[] = {
        {"\xE4\xB8\xAD", "\"\xE4\xB8\xAD\""},                         /* 中 */
        {"a\xE5\x9B\xBD\"b", "\"a\xE5\x9B\xBD\\\"b\""},               /* 国, then a quote */
        {"\xEC\xBF\xBF\xE1\x80\x80", "\"\xEC\xBF\xBF\xE1\x80\x80\""}, /* the step's ends */
        {"\xEE\x80\x80", "\"\xEE\x80\x80\""},                         /* past it: the full check */
        {"\xE1\x80", "\"\\ufffd\\ufffd\""},                           /* cut short */
        {"\xE1\x80x", "\"\\ufffd\\ufffdx\""},
        {"\xED\xA0\x80", "\"\\ufffd\\ufffd\\ufffd\""},              /* a surrogate */
        {"\xE0\x80\x80", "\"\\ufffd\\ufffd\\ufffd\""},              /* overlong */
        {"\xE0\xA0\x80", "\"\xE0\xA0\x80\""},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        pc_buf b = {0};
        pc_buf_json_string(&b, cases[i].in);
        if (strcmp(b.data, cases[i].out) != 0)
            fail_msg("case %zu: pc_buf_json_string wrote '%s', expected '%s'", i, b.data, cases[i].out);
        pc_buf_free(&b);
    }
}

/* A format cut once (pc_cut_prepare) and filled (pc_cut_fill) writes what
 * pc_buf_fill writes, escaped for JSON: known arguments and the format's
 * own words escaped, the others as given. */
static void cut_is_fill(const char *fmt, const char *const *known, const char *const *all, int nargs)
{
    pc_buf want = {0}, escaped = {0}, got = {0};
    pc_buf_fill(&want, fmt, all, nargs);
    pc_buf_json_chars(&escaped, want.data);
    pc_cut c;
    assert_int_equal(pc_cut_prepare(&c, fmt, known, nargs), 0);
    pc_buf_add(&got, "", 0);
    pc_cut_fill(&got, &c, all);
    if (strcmp(got.data, escaped.data ? escaped.data : "") != 0)
        fail_msg("pc_cut of '%s' wrote '%s', expected '%s'", fmt, got.data, escaped.data);
    pc_cut_free(&c);
    pc_buf_free(&want);
    pc_buf_free(&escaped);
    pc_buf_free(&got);
}

static void test_cut(void **state)
{
    (void)state;
    for (int zh = 0; zh < 2; zh++) {
        pc_lang l = zh ? PC_LANG_ZH : PC_LANG_EN;
        cut_is_fill(pc_msg(l, PC_MSG_CAP_PLAN), (const char *[]){"300,000 元", NULL, NULL},
                    (const char *[]){"300,000 元", "0 元", "300,000 元"}, 3);
        cut_is_fill(pc_msg(l, PC_MSG_CAP_YEAR), (const char *[]){"500,000 yuan", NULL, NULL, NULL},
                    (const char *[]){"500,000 yuan", "2021", "1 yuan", "499,999 yuan"}, 4);
    }
    /* quotes and backslashes in the format and in a known argument; %%; an
     * argument the format does not have; the order of %N$s */
    cut_is_fill("say \"%2$s\" to %1$s, 100%% \\ %s", (const char *[]){"a \"b\"", NULL},
                (const char *[]){"a \"b\"", "hi"}, 2);
    cut_is_fill("%s and %s and %s", (const char *[]){NULL, "x", NULL}, (const char *[]){"1", "x", "3"}, 2);
    cut_is_fill("no arguments", (const char *[]){NULL}, (const char *[]){"unused"}, 1);
    /* more than PC_CUT_MAX left: refused, nothing kept */
    pc_cut c;
    assert_int_equal(pc_cut_prepare(&c, "%s%s%s%s%s", (const char *[]){NULL, NULL, NULL, NULL, NULL}, 5), -1);
    assert_null(c.text);
}

/* A plan whose labels need escaping, and amounts at the money's edges. */
static const char plan_lua[] =
    "plan { id = \"out-test\", title = { zh = \"输出测试\", en = \"Output test\" }, document = \"测试\",\n"
    "  jurisdiction = \"210200\", issued = \"2016-01-15\", period = { 2016, 2019 } }\n"
    "subsidy {\n"
    "  id = \"quoted\", cite = \"一\", title = { zh = \"引号\", en = \"Quotes\" },\n"
    "  eligible = check { fields = { \"pct_applications\" },\n"
    "    zh = \"标签 \\\"引号\\\" \\\\ 反斜杠\", en = \"label \\\"quoted\\\" \\\\ back\",\n"
    "    fn = function(e) return e.pct_applications > 0 end },\n"
    "  params = { each = money_param { zh = \"每件 \\\"补助\\\"\", en = \"per \\\"item\\\"\" } },\n"
    "  amount = per_item(\"pct_applications\", \"each\"),\n"
    "  cap = { yuan = 1234567, per = \"plan\" },\n"
    "}\n"
    "subsidy {\n"
    "  id = \"tiny\", cite = \"二\", title = { zh = \"小额\", en = \"Tiny\" },\n"
    "  eligible = one_of(\"ip_advantage_level\", { \"provincial\", \"national\" }),\n"
    "  params = { tiny = money_param { zh = \"小额\", en = \"tiny\", default = \"0.05\" } },\n"
    "  amount = fixed(\"tiny\"),\n"
    "  cap = { yuan = \"900000000000000.05\", per = \"year\" },\n"
    "}\n"
    "subsidy {\n"
    "  id = \"few\", cite = \"三\", title = { zh = \"少\", en = \"Few\" },\n"
    "  eligible = all { lt(\"pct_applications\", 2), ge(\"ip_pledge_loan_yuan\", \"0.05\") },\n"
    "}\n";

static const char subject_json[] = "{\"id\":\"T-1\",\"name\":\"测试 \\\"公司\\\"\",\"region\":\"210204\",\"year\":2017,"
                                   "\"pct_applications\":3,\"ip_advantage_level\":\"national\","
                                   "\"ip_pledge_loan_yuan\":0.04}";

static void expect_in(const char *json, const char *part)
{
    if (!strstr(json, part))
        fail_msg("the answer does not hold\n  %s\nit is\n  %s", part, json);
}

static void test_reasons_escaped(void **state)
{
    (void)state;
    char *tmp = pct_mkdtemp(), *rules = pct_join(tmp, "rules");
    free(pct_write_in(rules, "t/out-test.lua", plan_lua));
    pc_diag *d = pc_diag_new();
    pc_engine *e = NULL;
    if (pct_open(&e, NULL, rules, PC_TEST_PLUGINS_DIR, d) != 0) {
        pct_print(d);
        fail_msg("the test plan did not load");
    }
    pc_subject *s = NULL;
    assert_int_equal(pc_subject_read_json(e, PC_SUBJECT_ENTERPRISE, subject_json, strlen(subject_json), "s", 1, &s, d), 0);
    pc_report *rep = NULL;
    for (int zh = 0; zh < 2; zh++) {
        pc_eval_options o = {20170630, zh ? PC_LANG_ZH : PC_LANG_EN, 0};
        assert_int_equal(pc_evaluate(pc_engine_context(e), s, &o, &rep), 0);
        char *json = pc_report_format(rep, PC_FORMAT_JSON, NULL);
        expect_in(json, "\"name\":\"测试 \\\"公司\\\"\"");
        if (zh) {
            expect_in(json, "\"reasons\":[\"标签 \\\"引号\\\" \\\\ 反斜杠 ✓\",\"每件 \\\"补助\\\"(each)未由规划确定,"
                            "需在配置中设定 [plan.out-test] quoted.each\",\"规划期内上限 1,234,567 元,已获 0 元,"
                            "尚可获 1,234,567 元\"]");
            expect_in(json, "\"reasons\":[\"知识产权优势示范企业级别 = 国家级,应为 省级/国家级 ✓\",\"金额 0.05 = 0.05 元\","
                            "\"年度上限 900,000,000,000,000.05 元,2017年已获 0 元,尚可获 900,000,000,000,000.05 元\"]");
            expect_in(json, "\"reasons\":[\"PCT国际专利申请量 = 3 不满足 < 2 ✗\",\"知识产权质押贷款额 = 0.04 元 不满足 ≥ "
                            "0.05 元 ✗\"]");
        } else {
            expect_in(json, "\"reasons\":[\"label \\\"quoted\\\" \\\\ back ✓\",\"per \\\"item\\\" (each) is not fixed by "
                            "the plan; set [plan.out-test] quoted.each in the config\",\"cap 1,234,567 yuan per plan "
                            "period, already received 0 yuan, remaining 1,234,567 yuan\"]");
            expect_in(json, "\"reasons\":[\"IP advantage/demonstration level = national, one of provincial/national ✓\","
                            "\"amount 0.05 = 0.05 yuan\",\"cap 900,000,000,000,000.05 yuan per year, already received "
                            "0 yuan in 2017, remaining 900,000,000,000,000.05 yuan\"]");
            expect_in(json, "\"steps\":[{\"param\":\"tiny\",\"kind\":\"fixed\",\"count\":1,\"value_yuan\":0.05,"
                            "\"yuan\":0.05,\"source\":\"default\"}]");
            expect_in(json, "\"cap_yuan\":900000000000000.05");
            expect_in(json, "\"reasons\":[\"PCT applications = 3 not < 2 ✗\",\"IP pledge loans = 0.04 yuan not ≥ 0.05 "
                            "yuan ✗\"]");
        }
        free(json);
    }
    pc_report_free(rep);
    pc_subject_free(s);
    pc_diag_free(d);
    pc_engine_close(e);
    pct_rmtree(tmp);
    free(rules);
    free(tmp);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_raw_messages_need_no_escaping),
        cmocka_unit_test(test_money_words),
        cmocka_unit_test(test_numbers_at_powers_of_ten),
        cmocka_unit_test(test_json_string_pieces),
        cmocka_unit_test(test_json_utf8_edges),
        cmocka_unit_test(test_cut),
        cmocka_unit_test(test_reasons_escaped),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
