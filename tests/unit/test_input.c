/*
 * unit/input -- enterprises and regions read through the public API
 * (pc_subject_read_file, pc_subject_read_json) from INI and JSON fixtures
 * written to a temporary directory, with an engine opened on the bundled
 * rules and plugins.  Values are read back through the host API's
 * subject_get (what plugins see) and, where that cannot, the subject struct.
 */
#include "common.h"

#include <stdlib.h>
#include <string.h>

typedef struct fixture {
    char *tmp;
    pc_engine *engine;
} fixture;

static fixture F;

static int group_setup(void **state)
{
    (void)state;
    F.tmp = pct_mkdtemp();
    pc_diag *d = pc_diag_new();
    int rc = pct_open(&F.engine, NULL, PC_TEST_SOURCE_DIR "/rules", PC_TEST_PLUGINS_DIR, d);
    if (rc != 0) {
        pct_print(d);
        pc_diag_free(d);
        return -1;
    }
    pc_diag_free(d);
    return 0;
}

static int group_teardown(void **state)
{
    (void)state;
    pc_engine_close(F.engine);
    pct_rmtree(F.tmp);
    free(F.tmp);
    return 0;
}

/* One read: the file written from text, the subject and the messages. */
typedef struct read_result {
    int rc;
    char *path;
    pc_subject *s;
    pc_diag *d;
} read_result;

/* The read in progress, freed by the teardown when a failed assertion
 * skipped the test's own done(). */
static read_result pending;

static read_result read_text(pc_subject_kind kind, const char *name, const char *text, size_t len)
{
    read_result r = {0, pct_join(F.tmp, name), NULL, pc_diag_new()};
    pct_write(r.path, text, len);
    r.rc = pc_subject_read_file(F.engine, kind, r.path, &r.s, r.d);
    pending = r;
    return r;
}

static read_result read_enterprise(const char *name, const char *text)
{
    return read_text(PC_SUBJECT_ENTERPRISE, name, text, (size_t)-1);
}

static void done(read_result *r)
{
    pc_subject_free(r->s);
    pc_diag_free(r->d);
    free(r->path);
    if (pending.d == r->d)
        memset(&pending, 0, sizeof pending);
    memset(r, 0, sizeof *r);
}

static int test_teardown(void **state)
{
    (void)state;
    if (pending.d)
        done(&pending);
    return 0;
}

static pc_value get(const pc_subject *s, const char *field)
{
    return pc_host_api_table.subject_get(s, field);
}

/* Asserts one error message: code 65, this file, line, field, and text. */
static void expect_error(const read_result *r, const char *needle, long line, const char *field)
{
    const pc_message *m = pct_expect(r->d, PC_EX_DATAERR, needle);
    assert_non_null(m);
    assert_non_null(m->file);
    assert_string_equal(PCT_S(m->file), r->path);
    if (m->line != line) {
        pct_print(r->d);
        fail_msg("message '%s' is on line %ld, expected line %ld", m->text, m->line, line);
    }
    if (field) {
        assert_non_null(m->field);
        assert_string_equal(PCT_S(m->field), field);
    }
}

static void expect_ok(const read_result *r)
{
    if (r->rc != 0 || pct_count(r->d, 1) != 0) {
        pct_print(r->d);
        fail_msg("reading %s returned %d, expected 0 with no error", r->path, r->rc);
    }
    assert_non_null(r->s);
}

/* ---- INI enterprises ------------------------------------------------------------------ */

static void test_ini_good_enterprise(void **state)
{
    (void)state;
    read_result r = read_enterprise("good.ini",
        "; an enterprise of Shahekou District, Dalian\n"      /* 1 */
        "[enterprise]\n"                                       /* 2 */
        "id = 91210204MA0QF3K591\n"                            /* 3 */
        "name = 大连测试科技有限公司\n"                         /* 4 */
        "region = 210204\n"                                    /* 5 */
        "industry = electronic_information\n"                  /* 6 */
        "year = 2017\n"                                        /* 7 */
        "is_high_tech = 是\n"                                  /* 8 */
        "is_sme = no\n"                                        /* 9 */
        "invention_grants_domestic = 12\n"                     /* 10 */
        "ip_pledge_loan_yuan = 1234.56\n"                      /* 11 */
        "\n"                                                   /* 12 */
        "[received]\n"                                         /* 13 */
        "dalian-2015/invention-grants = 5000.5\n");            /* 14 */
    expect_ok(&r);
    pc_subject *s = r.s;
    assert_int_equal(s->kind, PC_SUBJECT_ENTERPRISE);
    assert_string_equal(s->id, "91210204MA0QF3K591");
    assert_string_equal(s->name, "大连测试科技有限公司");
    assert_string_equal(s->region, "210204");
    assert_int_equal(s->region_line, 5);

    pc_value v = get(s, "industry");
    assert_int_equal(v.type, PC_STRING);
    assert_string_equal(v.u.s, "electronic_information");
    v = get(s, "year");
    assert_int_equal(v.type, PC_INT);
    assert_int_equal(v.u.i, 2017);
    v = get(s, "is_high_tech");
    assert_int_equal(v.type, PC_BOOL);
    assert_int_equal(v.u.b, 1);
    v = get(s, "is_sme");
    assert_int_equal(v.type, PC_BOOL);
    assert_int_equal(v.u.b, 0);
    v = get(s, "invention_grants_domestic");
    assert_int_equal(v.type, PC_INT);
    assert_int_equal(v.u.i, 12);
    v = get(s, "ip_pledge_loan_yuan");
    assert_int_equal(v.type, PC_MONEY);
    assert_int_equal(v.u.fen, 123456);
    assert_int_equal(get(s, "pct_applications").type, PC_NIL);   /* not given */

    /* where each value was read */
    int fi = pc_dict_find(s->dict, PC_SUBJECT_ENTERPRISE, "invention_grants_domestic");
    assert_true(fi >= 0);
    assert_int_equal(s->lines[s->dict->fields[fi].index], 10);

    assert_int_equal(s->nreceived, 1);
    assert_string_equal(s->received[0].key, "dalian-2015/invention-grants");
    assert_int_equal(s->received[0].fen, 500050);
    assert_int_equal(s->received[0].line, 14);
    done(&r);
}

static void test_ini_wrong_type(void **state)
{
    (void)state;
    read_result r = read_enterprise("wrong-type.ini",
        "[enterprise]\n"
        "id = ACME-001\n"
        "region = 210204\n"
        "invention_grants_domestic = abc\n");
    assert_int_equal(r.rc, PC_EX_DATAERR);
    expect_error(&r, "abc", 4, "invention_grants_domestic");
    assert_non_null(pct_expect(r.d, PC_EX_DATAERR, "non-negative integer"));
    done(&r);

    /* a negative count, a bad boolean, a bad enum value, a bad region */
    r = read_enterprise("wrong-types.ini",
        "[enterprise]\n"
        "id = ACME-001\n"
        "region = 210204\n"
        "pct_applications = -3\n"
        "is_sme = maybe\n"
        "industry = mining\n"
        "ip_pledge_loan_yuan = 12.345\n");
    assert_int_equal(r.rc, PC_EX_DATAERR);
    expect_error(&r, "'-3'", 4, "pct_applications");
    expect_error(&r, "'maybe'", 5, "is_sme");
    expect_error(&r, "'mining'", 6, "industry");
    expect_error(&r, "'12.345'", 7, "ip_pledge_loan_yuan");
    done(&r);

    r = read_enterprise("bad-region.ini", "[enterprise]\nid = ACME-001\nregion = 21020x\n");
    assert_int_equal(r.rc, PC_EX_DATAERR);
    expect_error(&r, "21020x", 3, "region");
    done(&r);
}

static void test_ini_duplicate_key(void **state)
{
    (void)state;
    read_result r = read_enterprise("dup.ini",
        "[enterprise]\n"
        "id = ACME-001\n"
        "name = First Name\n"
        "region = 210204\n"
        "name = Second Name\n");
    assert_int_equal(r.rc, PC_EX_DATAERR);
    /* the message is on the second line and names the first */
    expect_error(&r, "line 3", 5, "name");
    done(&r);

    /* the same field given once by name and once by its zh label */
    r = read_enterprise("dup-label.ini",
        "[enterprise]\n"
        "id = ACME-001\n"
        "region = 210204\n"
        "invention_grants_domestic = 1\n"
        "当年国内发明专利授权量 = 2\n");
    assert_int_equal(r.rc, PC_EX_DATAERR);
    expect_error(&r, "line 4", 5, "invention_grants_domestic");
    done(&r);
}

static void test_ini_unknown_field(void **state)
{
    (void)state;
    read_result r = read_enterprise("unknown.ini",
        "[enterprise]\n"
        "id = ACME-001\n"
        "region = 210204\n"
        "invention_grants_domestik = 3\n");
    assert_int_equal(r.rc, PC_EX_DATAERR);
    expect_error(&r, "unknown enterprise field", 4, "invention_grants_domestik");
    done(&r);

    /* a region metric is not an enterprise field */
    r = read_enterprise("metric.ini", "[enterprise]\nid = ACME-001\nregion = 210204\npopulation_10k = 5\n");
    assert_int_equal(r.rc, PC_EX_DATAERR);
    expect_error(&r, "unknown enterprise field", 4, "population_10k");
    done(&r);

    /* an unknown section of an enterprise file */
    r = read_enterprise("section.ini", "[enterprise]\nid = ACME-001\nregion = 210204\n[extra]\nfoo = 1\n");
    assert_int_equal(r.rc, PC_EX_DATAERR);
    expect_error(&r, "[extra]", 5, NULL);
    done(&r);
}

static void test_ini_zh_labels(void **state)
{
    (void)state;
    read_result r = read_enterprise("zh.ini",
        "[enterprise]\n"
        "统一社会信用代码或编号 = 91210204MA0QF3K591\n"
        "企业名称 = 大连测试科技有限公司\n"
        "所在地行政区划代码 = 210204\n"
        "当年国内发明专利授权量 = 7\n"
        "高新技术企业 = 否\n"
        "知识产权质押贷款额 = 300000\n");
    expect_ok(&r);
    assert_string_equal(r.s->id, "91210204MA0QF3K591");
    assert_string_equal(r.s->name, "大连测试科技有限公司");
    assert_string_equal(r.s->region, "210204");
    pc_value v = get(r.s, "invention_grants_domestic");
    assert_int_equal(v.type, PC_INT);
    assert_int_equal(v.u.i, 7);
    v = get(r.s, "is_high_tech");
    assert_int_equal(v.type, PC_BOOL);
    assert_int_equal(v.u.b, 0);
    v = get(r.s, "ip_pledge_loan_yuan");
    assert_int_equal(v.type, PC_MONEY);
    assert_int_equal(v.u.fen, 30000000);
    done(&r);
}

static void test_ini_missing_required(void **state)
{
    (void)state;
    read_result r = read_enterprise("no-id.ini", "[enterprise]\nname = Nameless\nregion = 210204\n");
    assert_int_equal(r.rc, PC_EX_DATAERR);
    const pc_message *m = pct_expect(r.d, PC_EX_DATAERR, "required");
    assert_non_null(m);
    assert_string_equal(PCT_S(m->file), r.path);
    assert_non_null(m->field);
    assert_string_equal(PCT_S(m->field), "id");
    done(&r);

    r = read_enterprise("no-region.ini", "[enterprise]\nid = ACME-001\nname = Placeless\n");
    assert_int_equal(r.rc, PC_EX_DATAERR);
    m = pct_expect(r.d, PC_EX_DATAERR, "required");
    assert_non_null(m);
    assert_string_equal(PCT_S(m->file), r.path);
    assert_non_null(m->field);
    assert_string_equal(PCT_S(m->field), "region");
    assert_null(pct_find(r.d, PC_EX_DATAERR, "credit code or id"));  /* the id is there */
    done(&r);
}

static void test_ini_bad_credit_code(void **state)
{
    (void)state;
    read_result r = read_enterprise("bad-code.ini",
        "[enterprise]\n"
        "region = 210204\n"
        "id = 91210204MA0QF3K592\n");
    assert_int_equal(r.rc, PC_EX_DATAERR);
    expect_error(&r, "91210204MA0QF3K592", 3, "id");
    /* it says which check character was expected */
    assert_non_null(pct_expect(r.d, PC_EX_DATAERR, "'1'"));
    done(&r);

    /* an id that is not a credit code at all is not checked */
    r = read_enterprise("plain-id.ini", "[enterprise]\nid = ACME-2017-001\nregion = 210204\n");
    expect_ok(&r);
    done(&r);
}

static void test_ini_long_line(void **state)
{
    (void)state;
    /* 100 Chinese characters: 300 bytes, longer than the 200-byte line
     * buffer of Debian's inih.  The line is refused whole, with its
     * number, and the lines after it keep theirs. */
    char name[512] = "", text[1024];
    for (int i = 0; i < 100; i++)
        strcat(name, "测");
    snprintf(text, sizeof text, "[enterprise]\nid = ACME-001\nname = %s\nregion = 210204\nyear = x\n", name);
    read_result r = read_enterprise("long.ini", text);
    assert_int_equal(r.rc, PC_EX_DATAERR);
    expect_error(&r, "at most", 3, NULL);
    expect_error(&r, "'x'", 5, "year");
    done(&r);
}

/* A comment line longer than inih's 200-byte buffer (67 Chinese characters
 * are 201 bytes): it stays a comment, and later lines keep their numbers. */
static void test_ini_long_comment(void **state)
{
    (void)state;
    char text[1024] = "; ";
    for (int i = 0; i < 80; i++)
        strcat(text, "注");
    strcat(text, "\n[enterprise]\nid = ACME-001\nregion = 210204\nyear = x\n");
    read_result r = read_enterprise("long-comment.ini", text);
    assert_int_equal(r.rc, PC_EX_DATAERR);
    /* the one error is the bad year, on line 5 */
    expect_error(&r, "'x'", 5, "year");
    if (pct_count(r.d, 1) != 1) {
        pct_print(r.d);
        fail_msg("expected exactly one error");
    }
    done(&r);
}

static void test_ini_crlf(void **state)
{
    (void)state;
    read_result r = read_enterprise("crlf.ini",
        "[enterprise]\r\nid = ACME-001\r\nname = ACME\r\nregion = 210204\r\nyear = x\r\n");
    assert_int_equal(r.rc, PC_EX_DATAERR);
    expect_error(&r, "'x'", 5, "year");
    assert_string_equal(r.s->name, "ACME");
    done(&r);
}

/* ---- JSON enterprises ------------------------------------------------------------------ */

static read_result read_json_n(const char *text, size_t len)
{
    read_result r = {0, pc_strdup("batch.jsonl"), NULL, pc_diag_new()};
    r.rc = pc_subject_read_json(F.engine, PC_SUBJECT_ENTERPRISE, text, len, "batch.jsonl", 7, &r.s, r.d);
    pending = r;
    return r;
}

static read_result read_json(const char *text)
{
    return read_json_n(text, strlen(text));
}

static void test_json_good_enterprise(void **state)
{
    (void)state;
    read_result r = read_enterprise("good.json",
        "{\"id\": \"91210204MA0QF3K591\", \"name\": \"大连测试\", \"region\": \"210204\",\n"
        " \"year\": 2017, \"is_high_tech\": true, \"invention_grants_domestic\": 12,\n"
        " \"ip_pledge_loan_yuan\": 1234.56, \"received\": {\"dalian-2015/invention-grants\": 100.5}}\n");
    expect_ok(&r);
    assert_string_equal(r.s->id, "91210204MA0QF3K591");
    assert_string_equal(r.s->region, "210204");
    pc_value v = get(r.s, "year");
    assert_int_equal(v.type, PC_INT);
    assert_int_equal(v.u.i, 2017);
    v = get(r.s, "is_high_tech");
    assert_int_equal(v.type, PC_BOOL);
    assert_int_equal(v.u.b, 1);
    v = get(r.s, "ip_pledge_loan_yuan");
    assert_int_equal(v.type, PC_MONEY);
    assert_int_equal(v.u.fen, 123456);
    assert_int_equal(r.s->nreceived, 1);
    assert_int_equal(r.s->received[0].fen, 10050);
    done(&r);
}

static void test_json_duplicate_key(void **state)
{
    (void)state;
    /* a field given twice: the message is on the second and names the first */
    read_result r = read_json("{\"id\": \"ACME-001\", \"region\": \"210204\", \"id\": \"ACME-002\"}");
    assert_int_equal(r.rc, PC_EX_DATAERR);
    const pc_message *m = pct_expect(r.d, PC_EX_DATAERR, NULL);
    assert_non_null(m);
    assert_string_equal(PCT_S(m->file), "batch.jsonl");
    assert_int_equal(m->line, 7);
    assert_string_equal(PCT_S(m->field), "id");
    done(&r);

    r = read_enterprise("dup.json", "{\"id\": \"ACME-001\",\n \"region\": \"210204\",\n \"region\": \"210203\"}\n");
    assert_int_equal(r.rc, PC_EX_DATAERR);
    expect_error(&r, "line 2", 3, "region");
    done(&r);

    /* the same received amount twice */
    r = read_enterprise("dup-received.json",
                        "{\"id\": \"ACME-001\", \"region\": \"210204\",\n"
                        " \"received\": {\"dalian-2015/x\": 100,\n"
                        "              \"dalian-2015/x\": 200}}\n");
    assert_int_equal(r.rc, PC_EX_DATAERR);
    expect_error(&r, "line 2", 3, "dalian-2015/x");
    done(&r);
}

/* A subject reused for the next record (pc_subject_read_json with a subject
 * read before, as plancheck serve does per context): nothing of the previous
 * record stays, keys in another order are read by name, not by position. */
static void test_json_reuse(void **state)
{
    (void)state;
    read_result r = read_json("{\"id\": \"91210204MA0QF3K591\", \"region\": \"210204\", \"year\": 2017,"
                              " \"is_high_tech\": true, \"received\": {\"dalian-2015/invention-grants\": 100}}");
    expect_ok(&r);
    pc_subject *first = r.s;
    const char *next = "{\"region\": \"210203\", \"id\": \"ACME-002\", \"is_sme\": true}";
    pc_diag_clear(r.d);
    r.rc = pc_subject_read_json(F.engine, PC_SUBJECT_ENTERPRISE, next, strlen(next), "batch.jsonl", 7, &r.s, r.d);
    pending.s = r.s;
    expect_ok(&r);
    assert_ptr_equal(r.s, first);
    assert_string_equal(r.s->id, "ACME-002");
    assert_string_equal(r.s->region, "210203");
    assert_int_equal(get(r.s, "year").type, PC_NIL);
    assert_int_equal(get(r.s, "is_high_tech").type, PC_NIL);
    assert_int_equal(get(r.s, "is_sme").type, PC_BOOL);
    assert_int_equal(r.s->nreceived, 0);

    /* a bad record, then a good one again: the bad one leaves nothing */
    const char *bad = "{\"id\": \"ACME-003\", \"year\": \"x\"}";
    pc_diag_clear(r.d);
    r.rc = pc_subject_read_json(F.engine, PC_SUBJECT_ENTERPRISE, bad, strlen(bad), "other.jsonl", 3, &r.s, r.d);
    pending.s = r.s;
    assert_int_equal(r.rc, PC_EX_DATAERR);
    const pc_message *m = pct_expect(r.d, PC_EX_DATAERR, NULL);
    assert_non_null(m);
    assert_string_equal(PCT_S(m->file), "other.jsonl");
    pc_diag_clear(r.d);
    r.rc = pc_subject_read_json(F.engine, PC_SUBJECT_ENTERPRISE, next, strlen(next), "batch.jsonl", 7, &r.s, r.d);
    pending.s = r.s;
    expect_ok(&r);
    assert_string_equal(r.s->id, "ACME-002");
    assert_int_equal(get(r.s, "year").type, PC_NIL);

    /* another kind: a new subject of that kind */
    const char *region = "{\"region\": \"210200\", \"years\": {\"2019\": {\"pct_applications\": 3}}}";
    pc_diag_clear(r.d);
    r.rc = pc_subject_read_json(F.engine, PC_SUBJECT_REGION, region, strlen(region), "batch.jsonl", 7, &r.s, r.d);
    pending.s = r.s;
    expect_ok(&r);
    assert_int_equal(r.s->kind, PC_SUBJECT_REGION);
    assert_string_equal(r.s->region, "210200");
    done(&r);
}

/* A report reused for the next evaluation (pc_evaluate with a report of an
 * earlier one, as plancheck serve does per context) says what a new report
 * says, and nothing of the earlier subject. */
static void test_evaluate_reuse(void **state)
{
    (void)state;
    const char *a = "{\"id\": \"91210204MA0QF3K591\", \"region\": \"210204\", \"year\": 2017,"
                    " \"invention_grants_domestic\": 12, \"is_high_tech\": true}";
    const char *b = "{\"id\": \"ACME-002\", \"region\": \"440106\", \"year\": 2017}";
    pc_context *ctx = pc_engine_context(F.engine);
    pc_eval_options o = {20170630, PC_LANG_EN, 0};
    pc_diag *d = pc_diag_new();
    pc_subject *sa = NULL, *sb = NULL;
    assert_int_equal(pc_subject_read_json(F.engine, PC_SUBJECT_ENTERPRISE, a, strlen(a), "a", 1, &sa, d), 0);
    assert_int_equal(pc_subject_read_json(F.engine, PC_SUBJECT_ENTERPRISE, b, strlen(b), "b", 1, &sb, d), 0);
    pc_report *fresh = NULL, *reused = NULL;
    pc_evaluate(ctx, sb, &o, &fresh);
    pc_evaluate(ctx, sa, &o, &reused);
    pc_report *first = reused;
    assert_true(pc_report_result_count(reused) > 0);
    pc_evaluate(ctx, sb, &o, &reused);
    assert_ptr_equal(reused, first);
    char *want = pc_report_format(fresh, PC_FORMAT_JSON, NULL), *got = pc_report_format(reused, PC_FORMAT_JSON, NULL);
    assert_string_equal(got, want);
    /* pc_report_append: the same text after what the buffer holds */
    char *buf = pc_strdup("head:");
    size_t len = 5, cap = 6;
    pc_report_append(reused, PC_FORMAT_JSON, &buf, &len, &cap);
    assert_int_equal(len, 5 + strlen(want));
    assert_true(cap > len);
    assert_int_equal(strncmp(buf, "head:", 5), 0);
    assert_string_equal(buf + 5, want);
    free(buf);
    free(want);
    free(got);
    pc_report_free(fresh);
    pc_report_free(reused);
    pc_subject_free(sa);
    pc_subject_free(sb);
    pc_diag_free(d);
}

/* A region's own keys given twice must be refused as well, not silently
 * overwritten (last one wins) or merged. */
static void test_json_region_duplicate_key(void **state)
{
    (void)state;
    read_result r = read_text(PC_SUBJECT_REGION, "dup-region.json",
        "{\"region\": \"210200\", \"name\": \"大连市\",\n"
        " \"region\": \"210203\",\n"
        " \"years\": {\"2019\": {\"pct_applications\": 3}}}\n", (size_t)-1);
    if (r.rc != PC_EX_DATAERR) {
        pct_print(r.d);
        fail_msg("\"region\" given twice was accepted (rc %d; region read as %s)", r.rc, r.s ? r.s->region : "?");
    }
    expect_error(&r, "", 2, "region");
    done(&r);

    r = read_text(PC_SUBJECT_REGION, "dup-year.json",
        "{\"region\": \"210200\",\n"
        " \"years\": {\"2019\": {\"pct_applications\": 3},\n"
        "           \"2019\": {\"registered_trademarks\": 5}}}\n", (size_t)-1);
    if (r.rc != PC_EX_DATAERR) {
        pct_print(r.d);
        fail_msg("year \"2019\" given twice was accepted (rc %d)", r.rc);
    }
    expect_error(&r, "", 3, NULL);
    done(&r);
}

static void test_json_wrong_types(void **state)
{
    (void)state;
    read_result r = read_json("{\"id\": \"ACME-001\", \"region\": \"210204\", \"invention_grants_domestic\": \"abc\"}");
    assert_int_equal(r.rc, PC_EX_DATAERR);
    const pc_message *m = pct_expect(r.d, PC_EX_DATAERR, "abc");
    assert_non_null(m);
    assert_string_equal(PCT_S(m->file), "batch.jsonl");
    assert_int_equal(m->line, 7);
    assert_non_null(m->field);
    assert_string_equal(PCT_S(m->field), "invention_grants_domestic");
    done(&r);

    /* a real for a count, even a whole one */
    static const char *const reals[] = {"3.5", "3.0", "1e2", NULL};
    for (int i = 0; reals[i]; i++) {
        pc_buf t = {0};
        pc_buf_printf(&t, "{\"id\": \"ACME-001\", \"region\": \"210204\", \"pct_applications\": %s}", reals[i]);
        r = read_json(t.data);
        pc_buf_free(&t);
        if (r.rc != PC_EX_DATAERR)
            fail_msg("pct_applications = %s was accepted (rc %d)", reals[i], r.rc);
        m = pct_expect(r.d, PC_EX_DATAERR, NULL);
        assert_non_null(m);
        assert_non_null(m->field);
        assert_string_equal(PCT_S(m->field), "pct_applications");
        done(&r);
    }

    /* a boolean for a count, a number for a boolean, an object for a string, an array */
    r = read_json("{\"id\": \"ACME-001\", \"region\": \"210204\", \"pct_applications\": true}");
    assert_int_equal(r.rc, PC_EX_DATAERR);
    assert_non_null(pct_expect(r.d, PC_EX_DATAERR, NULL));
    m = pct_find(r.d, PC_EX_DATAERR, NULL);
    assert_non_null(m);
    assert_string_equal(PCT_S(m->field), "pct_applications");
    done(&r);
    r = read_json("{\"id\": \"ACME-001\", \"region\": \"210204\", \"is_sme\": 2}");
    assert_int_equal(r.rc, PC_EX_DATAERR);
    m = pct_expect(r.d, PC_EX_DATAERR, NULL);
    assert_non_null(m);
    assert_string_equal(PCT_S(m->field), "is_sme");
    done(&r);
    r = read_json("{\"id\": \"ACME-001\", \"region\": \"210204\", \"name\": {\"zh\": \"x\"}}");
    assert_int_equal(r.rc, PC_EX_DATAERR);
    m = pct_expect(r.d, PC_EX_DATAERR, NULL);
    assert_non_null(m);
    assert_string_equal(PCT_S(m->field), "name");
    done(&r);
}

static void test_json_unknown_field(void **state)
{
    (void)state;
    read_result r = read_json("{\"id\": \"ACME-001\", \"region\": \"210204\", \"employees\": 12}");
    assert_int_equal(r.rc, PC_EX_DATAERR);
    const pc_message *m = pct_expect(r.d, PC_EX_DATAERR, "unknown enterprise field");
    assert_non_null(m);
    assert_non_null(m->field);
    assert_string_equal(PCT_S(m->field), "employees");
    done(&r);

    /* an empty key names no field, whatever the subject read before (it
     * was read as the field the key cache had at its place: "id" at first) */
    static const char *const empty[] = {"{\"\": \"ACME-009\", \"id\": \"ACME-001\", \"region\": \"210204\"}",
                                        "{\"id\": \"ACME-001\", \"region\": \"210204\", \"\": \"x\"}", NULL};
    for (int i = 0; empty[i]; i++) {
        r = read_json(empty[i]);
        for (int again = 0; again < 2; again++) {
            assert_int_equal(r.rc, PC_EX_DATAERR);
            m = pct_expect(r.d, PC_EX_DATAERR, "unknown enterprise field");
            assert_non_null(m);
            assert_string_equal(PCT_S(m->field), "");
            pc_diag_clear(r.d);
            r.rc = pc_subject_read_json(F.engine, PC_SUBJECT_ENTERPRISE, empty[i], strlen(empty[i]), "batch.jsonl", 7, &r.s, r.d);
            pending.s = r.s;
        }
        done(&r);
    }
}

static void test_json_money(void **state)
{
    (void)state;
    read_result r = read_json("{\"id\": \"ACME-001\", \"region\": \"210204\", \"ip_pledge_loan_yuan\": 1234.567}");
    assert_int_equal(r.rc, PC_EX_DATAERR);
    const pc_message *m = pct_expect(r.d, PC_EX_DATAERR, "1234.567");
    assert_non_null(m);
    assert_string_equal(PCT_S(m->field), "ip_pledge_loan_yuan");
    done(&r);

    /* a string is parsed as decimal text, exactly */
    r = read_json("{\"id\": \"ACME-001\", \"region\": \"210204\", \"ip_pledge_loan_yuan\": \"1234.56\"}");
    expect_ok(&r);
    pc_value v = get(r.s, "ip_pledge_loan_yuan");
    assert_int_equal(v.type, PC_MONEY);
    assert_int_equal(v.u.fen, 123456);
    done(&r);

    /* an integer */
    r = read_json("{\"id\": \"ACME-001\", \"region\": \"210204\", \"ip_pledge_loan_yuan\": 300000}");
    expect_ok(&r);
    v = get(r.s, "ip_pledge_loan_yuan");
    assert_int_equal(v.type, PC_MONEY);
    assert_int_equal(v.u.fen, 30000000);
    done(&r);

    /* negative, a string with 3 decimals, a float artefact */
    static const char *const bad[] = {"-5", "\"1234.567\"", "\"-1\"", "\"1e3\"", "0.30000000000000004", NULL};
    for (int i = 0; bad[i]; i++) {
        pc_buf t = {0};
        pc_buf_printf(&t, "{\"id\": \"ACME-001\", \"region\": \"210204\", \"ip_pledge_loan_yuan\": %s}", bad[i]);
        r = read_json(t.data);
        pc_buf_free(&t);
        if (r.rc != PC_EX_DATAERR) {
            v = get(r.s, "ip_pledge_loan_yuan");
            fail_msg("ip_pledge_loan_yuan = %s was accepted as %lld fen (rc %d)", bad[i], (long long)v.u.fen, r.rc);
        }
        done(&r);
    }
}

/* Text read straight from yajl's buffers (numbers, booleans, keys) and its
 * checks of UTF-8, which are laxer than ours. */
static void test_json_fields_fast_path(void **state)
{
    (void)state;
    /* the edges of int64 and of a count */
    read_result r = read_json("{\"id\": \"ACME-001\", \"region\": \"210204\", \"year\": 9223372036854775807}");
    expect_ok(&r);
    assert_true(get(r.s, "year").u.i == INT64_MAX);
    done(&r);
    r = read_json("{\"id\": \"ACME-001\", \"region\": \"210204\", \"year\": -9223372036854775808}");
    expect_ok(&r);
    assert_true(get(r.s, "year").u.i == INT64_MIN);
    done(&r);
    static const char *const bad[] = {"\"year\": 9223372036854775808", "\"year\": -9223372036854775809",
                                      "\"pct_applications\": -1", "\"pct_applications\": 1.5e1",
                                      "\"is_sme\": \"tru\"", "\"is_sme\": \"truex\"", "\"is_sme\": 10",
                                      "\"ip_pledge_loan_yuan\": 0.001", "\"ip_pledge_loan_yuan\": 12.345",
                                      "\"industry\": \"tourismx\"", "\"industry\": true", NULL};
    for (int i = 0; bad[i]; i++) {
        pc_buf t = {0};
        pc_buf_printf(&t, "{\"id\": \"ACME-001\", \"region\": \"210204\", %s}", bad[i]);
        r = read_json(t.data);
        pc_buf_free(&t);
        if (r.rc != PC_EX_DATAERR || pct_count(r.d, 1) != 1) {
            pct_print(r.d);
            fail_msg("%s: rc %d, expected one refusal", bad[i], r.rc);
        }
        done(&r);
    }
    /* booleans and numbers of their own spelling for a boolean */
    r = read_json("{\"id\": \"ACME-001\", \"region\": \"210204\", \"is_sme\": 1, \"is_high_tech\": \"是\","
                  " \"is_state_owned\": false, \"industry\": \"tourism\"}");
    expect_ok(&r);
    assert_int_equal(get(r.s, "is_sme").u.b, 1);
    assert_int_equal(get(r.s, "is_high_tech").u.b, 1);
    assert_int_equal(get(r.s, "is_state_owned").type, PC_BOOL);
    assert_int_equal(get(r.s, "is_state_owned").u.b, 0);
    assert_string_equal(get(r.s, "industry").u.s, "tourism");
    done(&r);

    /* a number for a text field: the message names the key as written
     * (a zh label, an escaped key yajl decoded into its own buffer) */
    static const struct {
        const char *key, *field;
    } keys[] = {{"name", "name"}, {"企业名称", "企业名称"}, {"n\\u0061me", "name"}, {"\\u4f01\\u4e1a\\u540d\\u79f0", "企业名称"}};
    for (size_t i = 0; i < sizeof keys / sizeof keys[0]; i++) {
        pc_buf t = {0};
        pc_buf_printf(&t, "{\"id\": \"ACME-001\", \"region\": \"210204\", \"%s\": 5, \"year\": 2020}", keys[i].key);
        r = read_json(t.data);
        pc_buf_free(&t);
        assert_int_equal(r.rc, PC_EX_DATAERR);
        const pc_message *m = pct_expect(r.d, PC_EX_DATAERR, NULL);
        assert_non_null(m);
        assert_string_equal(PCT_S(m->field), keys[i].field);
        done(&r);
    }

    /* keys longer than the key cache keeps (zh labels of 48 and 51 bytes),
     * read twice by one subject, and a key longer than the reader keeps */
    const char *longer = "{\"id\": \"ACME-001\", \"region\": \"210204\", \"使用专利信息服务资源开展创新活动\": true,"
                         " \"专利侵权纠纷调处获胜或诉讼胜诉案件\": 3}";
    r = read_json(longer);
    expect_ok(&r);
    for (int i = 0; i < 2; i++) {
        pc_diag_clear(r.d);
        r.rc = pc_subject_read_json(F.engine, PC_SUBJECT_ENTERPRISE, longer, strlen(longer), "batch.jsonl", 7, &r.s, r.d);
        pending.s = r.s;
        expect_ok(&r);
        assert_int_equal(get(r.s, "uses_patent_info_services").u.b, 1);
        assert_int_equal(get(r.s, "patent_disputes_won").u.i, 3);
    }
    done(&r);
    pc_buf t = {0};
    pc_buf_puts(&t, "{\"id\": \"ACME-001\", \"region\": \"210204\", \"");
    for (int i = 0; i < 300; i++)
        pc_buf_puts(&t, "k");
    pc_buf_puts(&t, "\": 1}");
    r = read_json(t.data);
    pc_buf_free(&t);
    assert_int_equal(r.rc, PC_EX_DATAERR);
    const pc_message *m = pct_expect(r.d, PC_EX_DATAERR, "unknown enterprise field");
    assert_non_null(m);
    assert_int_equal(strlen(PCT_S(m->field)), 255);
    done(&r);

    /* UTF-8 yajl lets through: an overlong '/', an encoded surrogate, a
     * code point above U+10FFFF; and well-formed text next to them */
    static const char *const not_utf8[] = {"\xc0\xaf", "\xed\xa0\x80", "\xf4\x90\x80\x80", "ab\xe0\x80\xafz", NULL};
    for (int i = 0; not_utf8[i]; i++) {
        pc_buf b = {0};
        pc_buf_printf(&b, "{\"id\": \"ACME-001\", \"region\": \"210204\", \"name\": \"%s\"}", not_utf8[i]);
        r = read_json(b.data);
        pc_buf_free(&b);
        assert_int_equal(r.rc, PC_EX_DATAERR);
        m = pct_expect(r.d, PC_EX_DATAERR, NULL);
        assert_non_null(m);
        assert_string_equal(PCT_S(m->field), "name");
        done(&r);
    }
    /* NUL: only from an escape (yajl refuses a raw one) */
    static const char *const nul[] = {"{\"id\": \"ACME-001\", \"region\": \"210204\", \"name\": \"a\\u0000b\"}",
                                      "{\"id\": \"ACME-001\", \"region\": \"210204\", \"name\": \"\\u0000\"}",
                                      "{\"id\": \"ACME-001\", \"region\": \"210204\", \"industry\": \"other\\u0000\"}", NULL};
    for (int i = 0; nul[i]; i++) {
        r = read_json(nul[i]);
        assert_int_equal(r.rc, PC_EX_DATAERR);
        assert_non_null(pct_expect(r.d, PC_EX_DATAERR, "NUL"));
        done(&r);
    }
    static const char raw_nul[] = "{\"id\": \"ACME-001\", \"region\": \"210204\", \"name\": \"a\0b\"}";
    r = read_json_n(raw_nul, sizeof raw_nul - 1);
    assert_int_equal(r.rc, PC_EX_DATAERR);
    assert_non_null(pct_expect(r.d, PC_EX_DATAERR, "invalid JSON"));
    done(&r);
    r = read_json("{\"id\": \"ACME-001\", \"region\": \"210204\", \"name\": \"大连\\u00e9\\ud83d\\ude00 ok\"}");
    expect_ok(&r);
    assert_string_equal(r.s->name, "大连\xc3\xa9\xf0\x9f\x98\x80 ok");
    done(&r);
}

/* An id of 18 characters of the credit code's alphabet is checked as one;
 * any other id is not. */
static void test_json_credit_code(void **state)
{
    (void)state;
    read_result r = read_json("{\"id\": \"91210204MA0QF3K592\", \"region\": \"210204\"}");
    assert_int_equal(r.rc, PC_EX_DATAERR);
    assert_non_null(pct_expect(r.d, PC_EX_DATAERR, "'1'"));
    done(&r);
    static const char *const not_codes[] = {"91210204MA0QF3K59", "91210204MA0QF3K5921", "91210204MA0QF3K59I",
                                            "91210204MA0QF3K59a", "9121020IMA0QF3K592", NULL};
    for (int i = 0; not_codes[i]; i++) {
        pc_buf t = {0};
        pc_buf_printf(&t, "{\"id\": \"%s\", \"region\": \"210204\"}", not_codes[i]);
        r = read_json(t.data);
        pc_buf_free(&t);
        expect_ok(&r);
        done(&r);
    }
}

static void test_json_null_is_absent(void **state)
{
    (void)state;
    read_result r = read_json("{\"id\": \"ACME-001\", \"region\": \"210204\", \"name\": null, "
                              "\"invention_grants_domestic\": null, \"ip_pledge_loan_yuan\": null}");
    expect_ok(&r);
    assert_null(r.s->name);
    assert_int_equal(get(r.s, "invention_grants_domestic").type, PC_NIL);
    assert_int_equal(get(r.s, "ip_pledge_loan_yuan").type, PC_NIL);
    done(&r);

    /* a null required field is missing */
    r = read_json("{\"id\": null, \"region\": \"210204\"}");
    assert_int_equal(r.rc, PC_EX_DATAERR);
    const pc_message *m = pct_expect(r.d, PC_EX_DATAERR, "required");
    assert_non_null(m);
    assert_string_equal(PCT_S(m->field), "id");
    done(&r);
}

static void test_json_not_an_object(void **state)
{
    (void)state;
    read_result r = read_json("[1, 2]");
    assert_int_equal(r.rc, PC_EX_DATAERR);
    assert_non_null(pct_expect(r.d, PC_EX_DATAERR, "object"));
    done(&r);
    r = read_json("{\"id\": \"ACME-001\", ");
    assert_int_equal(r.rc, PC_EX_DATAERR);
    assert_non_null(pct_expect(r.d, PC_EX_DATAERR, "invalid JSON"));
    done(&r);

    /* after the object: whitespace only (a number there is seen only when
     * yajl is told the text ended) */
    static const char *const after_ok[] = {"", " ", "\n", " \r\n\t ", "\f\v", NULL};   /* yajl takes \f and \v too */
    static const char *const after_bad[] = {" 5", "5", "0", " 1.5", " -", " tru", " x", "}", " {}", ",", " /", "\f5", NULL};
    for (int i = 0; after_ok[i]; i++) {
        pc_buf t = {0};
        pc_buf_printf(&t, "{\"id\": \"ACME-001\", \"region\": \"210204\", \"year\": 2020}%s", after_ok[i]);
        r = read_json(t.data);
        pc_buf_free(&t);
        expect_ok(&r);
        done(&r);
    }
    for (int i = 0; after_bad[i]; i++) {
        pc_buf t = {0};
        pc_buf_printf(&t, "{\"id\": \"ACME-001\", \"region\": \"210204\", \"year\": 2020}%s", after_bad[i]);
        r = read_json(t.data);
        pc_buf_free(&t);
        if (r.rc != PC_EX_DATAERR || !pct_find(r.d, PC_EX_DATAERR, "invalid JSON"))
            fail_msg("'%s' after the object: rc %d, expected invalid JSON", after_bad[i], r.rc);
        done(&r);
    }
}

/* ---- regions ------------------------------------------------------------------------------- */

static const pc_year_values *year_of(const pc_subject *s, int year)
{
    for (size_t i = 0; i < s->nyears; i++)
        if (s->years[i].year == year)
            return &s->years[i];
    return NULL;
}

static pc_value metric(const pc_subject *s, int year, const char *name)
{
    pc_value nil = {PC_NIL, {0}};
    const pc_year_values *y = year_of(s, year);
    int fi = pc_dict_find(s->dict, PC_SUBJECT_REGION, name);
    if (!y || fi < 0)
        return nil;
    return y->values[s->dict->fields[fi].index];
}

static void test_region_ini(void **state)
{
    (void)state;
    read_result r = read_text(PC_SUBJECT_REGION, "dalian.ini",
        "[region]\n"
        "code = 210200\n"
        "name = 大连市\n"
        "\n"
        "[2020]\n"
        "valid_invention_patents = 13000\n"
        "\n"
        "[2019]\n"
        "valid_invention_patents = 12345\n"
        "population_10k = 699.7\n"
        "技术市场登记的技术合同交易总额 = 1000000.50\n", (size_t)-1);
    expect_ok(&r);
    pc_subject *s = r.s;
    assert_int_equal(s->kind, PC_SUBJECT_REGION);
    assert_string_equal(s->region, "210200");
    assert_string_equal(s->name, "大连市");
    assert_int_equal(s->nyears, 2);
    assert_int_equal(s->years[0].year, 2019);   /* sorted */
    assert_int_equal(s->years[1].year, 2020);
    pc_value v = metric(s, 2019, "valid_invention_patents");
    assert_int_equal(v.type, PC_INT);
    assert_int_equal(v.u.i, 12345);
    v = metric(s, 2020, "valid_invention_patents");
    assert_int_equal(v.type, PC_INT);
    assert_int_equal(v.u.i, 13000);
    v = metric(s, 2019, "population_10k");
    assert_int_equal(v.type, PC_NUMBER);
    assert_true(v.u.n == 699.7);
    v = metric(s, 2019, "tech_contract_turnover_yuan");
    assert_int_equal(v.type, PC_MONEY);
    assert_int_equal(v.u.fen, 100000050);
    assert_int_equal(metric(s, 2020, "population_10k").type, PC_NIL);
    /* subject_get gives plugins the latest year */
    v = get(s, "valid_invention_patents");
    assert_int_equal(v.type, PC_INT);
    assert_int_equal(v.u.i, 13000);
    done(&r);
}

static void test_region_ini_errors(void **state)
{
    (void)state;
    read_result r = read_text(PC_SUBJECT_REGION, "bad-region.ini",
        "[region]\n"
        "code = 210200\n"
        "name = 大连市\n"
        "[2019]\n"
        "valid_invention_patents = many\n"
        "enterprise_count = 5\n"
        "[statistics]\n"
        "population_10k = 699.7\n"
        "[region]\n"
        "mayor = someone\n", (size_t)-1);
    assert_int_equal(r.rc, PC_EX_DATAERR);
    expect_error(&r, "'many'", 5, "valid_invention_patents");
    expect_error(&r, "unknown region metric", 6, "enterprise_count");
    /* the first entry of an unknown section carries the message */
    expect_error(&r, "[statistics]", 8, NULL);
    expect_error(&r, "unknown key in [region]", 10, "mayor");
    done(&r);

    /* a bad code, and a region without any year */
    r = read_text(PC_SUBJECT_REGION, "bad-code.ini", "[region]\ncode = 2102\nname = x\n", (size_t)-1);
    assert_int_equal(r.rc, PC_EX_DATAERR);
    expect_error(&r, "'2102'", 2, "code");
    done(&r);
    r = read_text(PC_SUBJECT_REGION, "no-years.ini", "[region]\ncode = 210200\nname = 大连市\n", (size_t)-1);
    assert_int_equal(r.rc, PC_EX_DATAERR);
    assert_non_null(pct_expect(r.d, PC_EX_DATAERR, "no year"));
    done(&r);
    r = read_text(PC_SUBJECT_REGION, "no-code.ini", "[region]\nname = 大连市\n[2019]\npct_applications = 3\n",
                  (size_t)-1);
    assert_int_equal(r.rc, PC_EX_DATAERR);
    const pc_message *m = pct_expect(r.d, PC_EX_DATAERR, "required");
    assert_non_null(m);
    assert_string_equal(PCT_S(m->field), "code");
    done(&r);
}

static void test_region_json(void **state)
{
    (void)state;
    read_result r = read_text(PC_SUBJECT_REGION, "dalian.json",
        "{\"region\": \"210200\", \"name\": \"大连市\",\n"
        " \"years\": {\"2019\": {\"valid_invention_patents\": 12345, \"population_10k\": 699.7,\n"
        "                      \"tech_contract_turnover_yuan\": \"1000000.50\"},\n"
        "           \"2018\": {\"valid_invention_patents\": 11000, \"gdp_growth_pct\": null}}}\n", (size_t)-1);
    expect_ok(&r);
    assert_string_equal(r.s->region, "210200");
    assert_string_equal(r.s->name, "大连市");
    assert_int_equal(r.s->nyears, 2);
    assert_int_equal(r.s->years[0].year, 2018);
    pc_value v = metric(r.s, 2019, "valid_invention_patents");
    assert_int_equal(v.type, PC_INT);
    assert_int_equal(v.u.i, 12345);
    v = metric(r.s, 2019, "tech_contract_turnover_yuan");
    assert_int_equal(v.type, PC_MONEY);
    assert_int_equal(v.u.fen, 100000050);
    assert_int_equal(metric(r.s, 2018, "gdp_growth_pct").type, PC_NIL);
    done(&r);

    r = read_text(PC_SUBJECT_REGION, "bad.json",
        "{\"region\": \"210200\", \"years\": {\"19\": {}, \"2019\": {\"valid_invention_patents\": 1.5}}, \"mayor\": 1}",
        (size_t)-1);
    assert_int_equal(r.rc, PC_EX_DATAERR);
    const pc_message *m = pct_expect(r.d, PC_EX_DATAERR, "four-digit year");
    assert_non_null(m);
    assert_string_equal(PCT_S(m->field), "19");
    m = pct_expect(r.d, PC_EX_DATAERR, "1.5");
    assert_non_null(m);
    assert_string_equal(PCT_S(m->field), "valid_invention_patents");
    m = pct_expect(r.d, PC_EX_DATAERR, "unknown key");
    assert_non_null(m);
    assert_string_equal(PCT_S(m->field), "mayor");
    done(&r);
}

/* ---- files ---------------------------------------------------------------------------------- */

static void test_empty_file(void **state)
{
    (void)state;
    static const char *const empties[] = {"", "\n\n", "  \t\r\n", "\xEF\xBB\xBF", NULL};
    for (int i = 0; empties[i]; i++) {
        read_result r = read_enterprise("empty.ini", empties[i]);
        if (r.rc != PC_EX_DATAERR)
            fail_msg("empty file #%d: rc %d, expected %d", i, r.rc, PC_EX_DATAERR);
        const pc_message *m = pct_expect(r.d, PC_EX_DATAERR, "empty");
        assert_non_null(m);
        assert_string_equal(PCT_S(m->file), r.path);
        done(&r);
    }
}

static void test_missing_file(void **state)
{
    (void)state;
    char *path = pct_join(F.tmp, "does-not-exist.ini");
    pc_diag *d = pc_diag_new();
    pc_subject *s = (pc_subject *)1;
    int rc = pc_subject_read_file(F.engine, PC_SUBJECT_ENTERPRISE, path, &s, d);
    assert_int_equal(rc, PC_EX_NOINPUT);
    assert_null(s);
    const pc_message *m = pct_expect(d, PC_EX_NOINPUT, NULL);
    assert_non_null(m);
    assert_string_equal(PCT_S(m->file), path);
    assert_int_equal(pc_diag_worst(d), PC_EX_NOINPUT);
    pc_diag_free(d);
    free(path);
}

static void test_bom(void **state)
{
    (void)state;
    read_result r = read_enterprise("bom.ini",
        "\xEF\xBB\xBF[enterprise]\n"
        "id = ACME-001\n"
        "region = 210204\n");
    expect_ok(&r);
    assert_string_equal(r.s->id, "ACME-001");
    done(&r);

    /* line numbers are unchanged by the BOM */
    r = read_enterprise("bom-bad.ini", "\xEF\xBB\xBF[enterprise]\nid = ACME-001\nregion = 210204\nyear = x\n");
    assert_int_equal(r.rc, PC_EX_DATAERR);
    expect_error(&r, "'x'", 4, "year");
    done(&r);

    r = read_enterprise("bom.json", "\xEF\xBB\xBF{\"id\": \"ACME-001\", \"region\": \"210204\"}\n");
    expect_ok(&r);
    assert_string_equal(r.s->id, "ACME-001");
    assert_string_equal(r.s->region, "210204");
    done(&r);

    r = read_text(PC_SUBJECT_REGION, "bom-region.json",
                  "\xEF\xBB\xBF{\"region\": \"210200\", \"years\": {\"2019\": {\"pct_applications\": 3}}}", (size_t)-1);
    expect_ok(&r);
    done(&r);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test_teardown(test_ini_good_enterprise, test_teardown),
        cmocka_unit_test_teardown(test_ini_wrong_type, test_teardown),
        cmocka_unit_test_teardown(test_ini_duplicate_key, test_teardown),
        cmocka_unit_test_teardown(test_ini_unknown_field, test_teardown),
        cmocka_unit_test_teardown(test_ini_zh_labels, test_teardown),
        cmocka_unit_test_teardown(test_ini_missing_required, test_teardown),
        cmocka_unit_test_teardown(test_ini_bad_credit_code, test_teardown),
        cmocka_unit_test_teardown(test_ini_long_line, test_teardown),
        cmocka_unit_test_teardown(test_ini_long_comment, test_teardown),
        cmocka_unit_test_teardown(test_ini_crlf, test_teardown),
        cmocka_unit_test_teardown(test_json_good_enterprise, test_teardown),
        cmocka_unit_test_teardown(test_json_duplicate_key, test_teardown),
        cmocka_unit_test_teardown(test_json_reuse, test_teardown),
        cmocka_unit_test_teardown(test_evaluate_reuse, test_teardown),
        cmocka_unit_test_teardown(test_json_region_duplicate_key, test_teardown),
        cmocka_unit_test_teardown(test_json_wrong_types, test_teardown),
        cmocka_unit_test_teardown(test_json_unknown_field, test_teardown),
        cmocka_unit_test_teardown(test_json_money, test_teardown),
        cmocka_unit_test_teardown(test_json_fields_fast_path, test_teardown),
        cmocka_unit_test_teardown(test_json_credit_code, test_teardown),
        cmocka_unit_test_teardown(test_json_null_is_absent, test_teardown),
        cmocka_unit_test_teardown(test_json_not_an_object, test_teardown),
        cmocka_unit_test_teardown(test_region_ini, test_teardown),
        cmocka_unit_test_teardown(test_region_ini_errors, test_teardown),
        cmocka_unit_test_teardown(test_region_json, test_teardown),
        cmocka_unit_test_teardown(test_empty_file, test_teardown),
        cmocka_unit_test_teardown(test_missing_file, test_teardown),
        cmocka_unit_test_teardown(test_bom, test_teardown),
    };
    return cmocka_run_group_tests_name("unit/input", tests, group_setup, group_teardown);
}
