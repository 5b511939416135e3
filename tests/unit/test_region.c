/*
 * unit/region -- the region registry (pc_regions_*) on a table built by
 * hand, and pc_region_resolve on a hand-built engine (replacement chains,
 * cycles) and on an engine with the real dalian plugin (Pulandian 210282 ->
 * 210214, unknown Dalian codes, codes no plugin covers).
 */
#include "common.h"

#include <stdlib.h>
#include <string.h>

static void add_ok(pc_regions *r, const char *code, const char *parent, const char *zh, const char *en,
                   const char *from, const char *to, const char *replaced_by)
{
    pc_region_def def = {code, parent, zh, en, from, to, replaced_by, NULL};
    pc_diag *why = pc_diag_new();
    if (pc_regions_add(r, &def, "test", why) != 0)
        fail_msg("pc_regions_add(%s) refused: %s", code, pc_diag_get(why, 0)->text);
    pc_diag_free(why);
}

/* Liaoning > Dalian > Shahekou, and Jiyuan (419001), a county-level city
 * directly under Henan whose code does not follow the structure. */
static void small_table(pc_regions *r)
{
    memset(r, 0, sizeof *r);
    add_ok(r, "210000", NULL, "辽宁省", "Liaoning", NULL, NULL, NULL);
    add_ok(r, "210200", "210000", "大连市", "Dalian", NULL, NULL, NULL);
    add_ok(r, "210204", "210200", "沙河口区", "Shahekou District", NULL, NULL, NULL);
    add_ok(r, "410000", NULL, "河南省", "Henan", NULL, NULL, NULL);
    add_ok(r, "419001", "410000", "济源市", "Jiyuan", NULL, NULL, NULL);
}

/* Syntax only: six digits.  Whether the province prefix exists is decided
 * by pc_region_resolve, which also knows the top-level regions plugins
 * declare (test_resolve_province below). */
static void test_code_valid(void **state)
{
    (void)state;
    static const char *const good[] = {"210204", "110105", "210000", "820000", "650100", "990100", NULL};
    static const char *const bad[] = {"", "21020", "2102040", "21020a", "2 0204", "-21020", "２１０２０４", NULL};
    for (int i = 0; good[i]; i++)
        if (!pc_region_code_valid(good[i]))
            fail_msg("'%s' refused as a region code", good[i]);
    for (int i = 0; bad[i]; i++)
        if (pc_region_code_valid(bad[i]))
            fail_msg("'%s' accepted as a region code", bad[i]);
    assert_false(pc_region_code_valid(NULL));
}

static void test_add_find(void **state)
{
    (void)state;
    pc_regions r;
    small_table(&r);
    assert_int_equal(r.count, 5);
    const pc_region *reg = pc_regions_find(&r, "210204");
    assert_non_null(reg);
    assert_string_equal(reg->code, "210204");
    assert_string_equal(reg->parent, "210200");
    assert_string_equal(reg->name_zh, "沙河口区");
    assert_string_equal(reg->name_en, "Shahekou District");
    assert_string_equal(reg->owner, "test");
    assert_int_equal(reg->valid_from, 0);
    assert_int_equal(reg->valid_to, 0);
    assert_string_equal(pc_regions_find(&r, "210000")->parent, "");
    assert_null(pc_regions_find(&r, "110105"));
    assert_null(pc_regions_find(&r, "2102"));

    /* names are copied */
    char zh[32] = "西岗区";
    add_ok(&r, "210203", "210200", zh, "Xigang District", "1990-01-01", NULL, NULL);
    strcpy(zh, "changed");
    reg = pc_regions_find(&r, "210203");
    assert_non_null(reg);
    assert_string_equal(reg->name_zh, "西岗区");
    assert_int_equal(reg->valid_from, 19900101);

    /* the same region declared again, identically (plugins of nested
     * jurisdictions both declare shared parents): accepted, not duplicated */
    add_ok(&r, "210000", NULL, "辽宁省", "Liaoning", NULL, NULL, NULL);
    add_ok(&r, "210200", "210000", "大连市", "Dalian", NULL, NULL, NULL);
    assert_int_equal(r.count, 6);
    pc_regions_free(&r);
    assert_int_equal(r.count, 0);
    assert_null(r.items);
}

static void add_refused(pc_regions *r, const pc_region_def *def, const char *needle)
{
    char err[256] = "";
    size_t before = r->count;
    pc_diag *why = pc_diag_new();
    int rc = pc_regions_add(r, def, "other", why);
    snprintf(err, sizeof err, "%s", pc_diag_count(why) ? pc_diag_get(why, 0)->text : "");
    pc_diag_free(why);
    if (rc == 0)
        fail_msg("pc_regions_add(%s) accepted it, expected a refusal containing '%s'",
                 def->code ? def->code : "(null)", needle);
    if (!strstr(err, needle))
        fail_msg("pc_regions_add(%s) said '%s', expected it to contain '%s'", def->code ? def->code : "(null)", err,
                 needle);
    assert_int_equal(r->count, before);
}

static void test_add_refusals(void **state)
{
    (void)state;
    pc_regions r;
    small_table(&r);
    pc_region_def d1 = {"21020", "210000", "x", "x", NULL, NULL, NULL, NULL};
    add_refused(&r, &d1, "21020");
    pc_region_def d2 = {"21020a", NULL, "x", "x", NULL, NULL, NULL, NULL};
    add_refused(&r, &d2, "21020a");
    pc_region_def d3 = {"210205", "2102", "x", "x", NULL, NULL, NULL, NULL};
    add_refused(&r, &d3, "six-digit");
    pc_region_def d4 = {"210206", "210200", "x", "x", NULL, "2015-12-31", "21021", NULL};
    add_refused(&r, &d4, "six-digit");
    pc_region_def d5 = {"210207", "210200", NULL, "x", NULL, NULL, NULL, NULL};
    add_refused(&r, &d5, "name");
    pc_region_def d6 = {"210208", "210200", "x", NULL, NULL, NULL, NULL, NULL};
    add_refused(&r, &d6, "name");
    pc_region_def d7 = {"210209", "210200", "x", "x", "2015-13-01", NULL, NULL, NULL};
    add_refused(&r, &d7, "YYYY-MM-DD");
    pc_region_def d8 = {"210209", "210200", "x", "x", NULL, "2015/12/31", NULL, NULL};
    add_refused(&r, &d8, "YYYY-MM-DD");
    pc_region_def d9 = {"210210", "210200", "x", "x", NULL, NULL, "210204", NULL};
    add_refused(&r, &d9, "valid_to");
    /* declared already, differently: the message names the first owner, the
     * attribute that differs and both values */
    pc_region_def d10 = {"210204", "210200", "别的区", "Another District", NULL, NULL, NULL, NULL};
    add_refused(&r, &d10, "declared already by plugin test with name_zh '沙河口区'; this plugin says '别的区'");
    pc_region_def d11 = {"210204", "210000", "沙河口区", "Shahekou District", NULL, NULL, NULL, NULL};
    add_refused(&r, &d11, "declared already by plugin test with parent 210200; this plugin says 210000");
    pc_region_def d12 = {NULL, NULL, "x", "x", NULL, NULL, NULL, NULL};
    add_refused(&r, &d12, "(null)");
    pc_regions_free(&r);
}

static void test_parent(void **state)
{
    (void)state;
    pc_regions r;
    small_table(&r);
    char p[7] = "";
    /* from the table */
    assert_int_equal(pc_regions_parent(&r, "210204", p), 0);
    assert_string_equal(p, "210200");
    assert_int_equal(pc_regions_parent(&r, "210200", p), 0);
    assert_string_equal(p, "210000");
    assert_int_equal(pc_regions_parent(&r, "210000", p), -1);   /* a province has none */
    /* the table wins over the structure: 419001 is directly under Henan */
    assert_int_equal(pc_regions_parent(&r, "419001", p), 0);
    assert_string_equal(p, "410000");
    /* by structure, for codes the table does not list */
    assert_int_equal(pc_regions_parent(&r, "110105", p), 0);
    assert_string_equal(p, "110100");
    assert_int_equal(pc_regions_parent(&r, "110100", p), 0);
    assert_string_equal(p, "110000");
    assert_int_equal(pc_regions_parent(&r, "110000", p), -1);
    assert_int_equal(pc_regions_parent(&r, "210299", p), 0);
    assert_string_equal(p, "210200");
    pc_regions_free(&r);

    /* an empty table: structure only */
    pc_regions empty;
    memset(&empty, 0, sizeof empty);
    assert_int_equal(pc_regions_parent(&empty, "419001", p), 0);
    assert_string_equal(p, "419000");
}

static void test_covers(void **state)
{
    (void)state;
    pc_regions r;
    small_table(&r);
    assert_true(pc_regions_covers(&r, "210204", "210204"));   /* itself */
    assert_true(pc_regions_covers(&r, "210200", "210204"));
    assert_true(pc_regions_covers(&r, "210000", "210204"));   /* two levels up */
    assert_true(pc_regions_covers(&r, "210000", "210200"));
    assert_false(pc_regions_covers(&r, "210204", "210200"));  /* not downwards */
    assert_false(pc_regions_covers(&r, "210204", "210000"));
    assert_false(pc_regions_covers(&r, "210200", "210300"));  /* a sibling city */
    assert_false(pc_regions_covers(&r, "210203", "210204"));  /* a sibling district */
    assert_false(pc_regions_covers(&r, "110000", "210204"));  /* another province */
    /* codes not in the table, by structure */
    assert_true(pc_regions_covers(&r, "110000", "110105"));
    assert_true(pc_regions_covers(&r, "110100", "110105"));
    assert_true(pc_regions_covers(&r, "210200", "210299"));
    /* the table's parent, not the structure */
    assert_true(pc_regions_covers(&r, "410000", "419001"));
    assert_false(pc_regions_covers(&r, "419000", "419001"));
    pc_regions_free(&r);
}

/* ---- resolution on a hand-built engine (no plugin) -------------------------------------- */

typedef struct resolved {
    int rc;
    char out[7];
    char *warning;
    char err[256];
} resolved;

static resolved resolve(const pc_engine *e, const char *code, pc_date as_of, pc_lang lang)
{
    resolved r;
    memset(&r, 0, sizeof r);
    pc_buf w = {0};
    pc_diag *d = pc_diag_new();
    r.rc = pc_region_resolve(e, code, as_of, r.out, &w, lang, d, NULL, 0, "region");
    if (pc_diag_count(d))
        snprintf(r.err, sizeof r.err, "%s", pc_diag_get(d, 0)->text);
    pc_diag_free(d);
    r.warning = pc_buf_take(&w);
    return r;
}

static void test_resolve_chain(void **state)
{
    (void)state;
    pc_engine e;
    memset(&e, 0, sizeof e);
    /* A (to 2010) -> B (2011-2015) -> C (from 2016) */
    add_ok(&e.regions, "210281", "210200", "甲", "Alpha", NULL, "2010-12-31", "210282");
    add_ok(&e.regions, "210282", "210200", "乙", "Beta", "2011-01-01", "2015-12-31", "210283");
    add_ok(&e.regions, "210283", "210200", "丙", "Gamma", "2016-01-01", NULL, NULL);

    resolved r = resolve(&e, "210281", PC_DATE(2010, 12, 31), PC_LANG_EN);   /* last day in use */
    assert_int_equal(r.rc, 0);
    assert_string_equal(r.out, "210281");
    assert_string_equal(r.warning, "");
    free(r.warning);

    r = resolve(&e, "210281", PC_DATE(2012, 6, 30), PC_LANG_EN);
    assert_int_equal(r.rc, 0);
    assert_string_equal(r.out, "210282");
    assert_true(pct_contains(r.warning, "210281") && pct_contains(r.warning, "210282"));
    assert_false(pct_contains(r.warning, "210283"));
    free(r.warning);

    r = resolve(&e, "210281", PC_DATE(2020, 1, 1), PC_LANG_EN);   /* two hops */
    assert_int_equal(r.rc, 0);
    assert_string_equal(r.out, "210283");
    assert_true(pct_contains(r.warning, "210281") && pct_contains(r.warning, "210282") &&
                pct_contains(r.warning, "210283"));
    free(r.warning);

    /* before a code came into use: evaluated as given, with a warning */
    r = resolve(&e, "210283", PC_DATE(2015, 6, 30), PC_LANG_EN);
    assert_int_equal(r.rc, 0);
    assert_string_equal(r.out, "210283");
    assert_true(pct_contains(r.warning, "2016-01-01"));
    free(r.warning);

    r = resolve(&e, "210283", PC_DATE(2015, 6, 30), PC_LANG_ZH);
    assert_int_equal(r.rc, 0);
    assert_true(pct_contains(r.warning, "丙"));
    free(r.warning);

    /* no plugin: a code the table does not list is taken as given */
    r = resolve(&e, "210299", PC_DATE(2020, 1, 1), PC_LANG_EN);
    assert_int_equal(r.rc, 0);
    assert_string_equal(r.out, "210299");
    assert_string_equal(r.warning, "");
    free(r.warning);
    pc_regions_free(&e.regions);
}

static void test_resolve_cycle_and_dangling(void **state)
{
    (void)state;
    pc_engine e;
    memset(&e, 0, sizeof e);
    add_ok(&e.regions, "210281", "210200", "甲", "Alpha", NULL, "2010-12-31", "210282");
    add_ok(&e.regions, "210282", "210200", "乙", "Beta", NULL, "2010-12-31", "210281");
    /* replaced by a code the table does not list */
    add_ok(&e.regions, "210283", "210200", "丙", "Gamma", NULL, "2010-12-31", "210284");

    resolved r = resolve(&e, "210281", PC_DATE(2020, 1, 1), PC_LANG_EN);
    assert_int_not_equal(r.rc, 0);
    assert_true(pct_contains(r.err, "210281"));
    free(r.warning);

    r = resolve(&e, "210283", PC_DATE(2020, 1, 1), PC_LANG_EN);
    assert_int_equal(r.rc, 0);
    assert_string_equal(r.out, "210284");
    assert_true(pct_contains(r.warning, "210283") && pct_contains(r.warning, "210284"));
    free(r.warning);
    pc_regions_free(&e.regions);
}

/* A code whose province prefix GB/T 2260 does not have is refused, unless
 * a plugin declared a top-level region with that prefix (template and test
 * jurisdictions such as 990100). */
static void test_resolve_province(void **state)
{
    (void)state;
    pc_engine e;
    memset(&e, 0, sizeof e);
    resolved r = resolve(&e, "990102", PC_DATE(2020, 1, 1), PC_LANG_EN);
    assert_int_not_equal(r.rc, 0);
    assert_true(pct_contains(r.err, "990102"));
    free(r.warning);
    r = resolve(&e, "000000", PC_DATE(2020, 1, 1), PC_LANG_EN);
    assert_int_not_equal(r.rc, 0);
    free(r.warning);

    add_ok(&e.regions, "990100", "990000", "示例市", "Example City", NULL, NULL, NULL);
    r = resolve(&e, "990102", PC_DATE(2020, 1, 1), PC_LANG_EN);
    assert_int_not_equal(r.rc, 0);   /* 990100 has a parent: not a province */
    free(r.warning);

    add_ok(&e.regions, "990000", NULL, "示例省", "Example Province", NULL, NULL, NULL);
    r = resolve(&e, "990102", PC_DATE(2020, 1, 1), PC_LANG_EN);
    assert_int_equal(r.rc, 0);
    assert_string_equal(r.out, "990102");
    free(r.warning);
    r = resolve(&e, "980102", PC_DATE(2020, 1, 1), PC_LANG_EN);
    assert_int_not_equal(r.rc, 0);
    free(r.warning);
    pc_regions_free(&e.regions);
}

/* ---- resolution with the real dalian plugin --------------------------------------------- */

static pc_engine *dalian;

static int dalian_setup(void **state)
{
    (void)state;
    pc_diag *d = pc_diag_new();
    int rc = pct_open(&dalian, NULL, PC_TEST_SOURCE_DIR "/rules", PC_TEST_PLUGINS_DIR, d);
    if (rc != 0)
        pct_print(d);
    pc_diag_free(d);
    return rc == 0 ? 0 : -1;
}

static int dalian_teardown(void **state)
{
    (void)state;
    pc_engine_close(dalian);
    dalian = NULL;
    return 0;
}

static void test_dalian_pulandian(void **state)
{
    (void)state;
    /* 210282 普兰店市 was in use through 2015-12-31, then replaced by 210214 */
    resolved r = resolve(dalian, "210282", PC_DATE(2015, 11, 30), PC_LANG_EN);
    assert_int_equal(r.rc, 0);
    assert_string_equal(r.out, "210282");
    assert_string_equal(r.warning, "");
    free(r.warning);

    r = resolve(dalian, "210282", PC_DATE(2015, 12, 31), PC_LANG_EN);
    assert_int_equal(r.rc, 0);
    assert_string_equal(r.out, "210282");
    assert_string_equal(r.warning, "");
    free(r.warning);

    r = resolve(dalian, "210282", PC_DATE(2018, 6, 30), PC_LANG_EN);
    assert_int_equal(r.rc, 0);
    assert_string_equal(r.out, "210214");
    if (!pct_contains(r.warning, "210282") || !pct_contains(r.warning, "210214"))
        fail_msg("warning '%s' does not name both 210282 and 210214", r.warning);
    assert_true(pct_contains(r.warning, "2015-12-31"));
    free(r.warning);

    r = resolve(dalian, "210282", PC_DATE(2018, 6, 30), PC_LANG_ZH);
    assert_int_equal(r.rc, 0);
    assert_string_equal(r.out, "210214");
    assert_true(pct_contains(r.warning, "210282") && pct_contains(r.warning, "210214") &&
                pct_contains(r.warning, "普兰店"));
    free(r.warning);

    /* the new code itself, in its time: no warning */
    r = resolve(dalian, "210214", PC_DATE(2018, 6, 30), PC_LANG_EN);
    assert_int_equal(r.rc, 0);
    assert_string_equal(r.out, "210214");
    assert_string_equal(r.warning, "");
    free(r.warning);
}

static void test_dalian_unknown_code(void **state)
{
    (void)state;
    resolved r = resolve(dalian, "210299", PC_DATE(2018, 6, 30), PC_LANG_EN);
    assert_int_not_equal(r.rc, 0);
    if (!pct_contains(r.err, "210299") || !pct_contains(r.err, "dalian"))
        fail_msg("error '%s' does not name 210299 and the dalian plugin", r.err);
    free(r.warning);

    /* a listed district and the city itself */
    r = resolve(dalian, "210204", PC_DATE(2018, 6, 30), PC_LANG_EN);
    assert_int_equal(r.rc, 0);
    assert_string_equal(r.out, "210204");
    free(r.warning);
    r = resolve(dalian, "210200", PC_DATE(2018, 6, 30), PC_LANG_EN);
    assert_int_equal(r.rc, 0);
    assert_string_equal(r.out, "210200");
    free(r.warning);
}

static void test_dalian_invalid_and_uncovered(void **state)
{
    (void)state;
    resolved r = resolve(dalian, "991234", PC_DATE(2018, 6, 30), PC_LANG_EN);
    assert_int_not_equal(r.rc, 0);
    assert_true(pct_contains(r.err, "991234"));
    free(r.warning);

    r = resolve(dalian, "21020", PC_DATE(2018, 6, 30), PC_LANG_EN);
    assert_int_not_equal(r.rc, 0);
    free(r.warning);

    /* Beijing Chaoyang: no plugin covers it, taken as given */
    r = resolve(dalian, "110105", PC_DATE(2018, 6, 30), PC_LANG_EN);
    assert_int_equal(r.rc, 0);
    assert_string_equal(r.out, "110105");
    assert_string_equal(r.warning, "");
    free(r.warning);

    /* Another city of Liaoning: Liaoning is listed by dalian only as a parent,
     * not as its jurisdiction, so Shenyang's codes are taken as given */
    r = resolve(dalian, "210102", PC_DATE(2018, 6, 30), PC_LANG_EN);
    assert_int_equal(r.rc, 0);
    assert_string_equal(r.out, "210102");
    free(r.warning);
}

static void test_dalian_reference(void **state)
{
    (void)state;
    int fi = pc_dict_find(&dalian->dict, PC_SUBJECT_REGION, "population_10k");
    assert_true(fi >= 0);
    int metric = dalian->dict.fields[fi].index;
    const pc_reference *ref = pc_regions_reference(&dalian->regions, "210200", metric, 2020);
    assert_non_null(ref);
    assert_true(ref->value == 745.08);
    assert_non_null(ref->source);
    assert_null(pc_regions_reference(&dalian->regions, "210200", metric, 2013));
    assert_null(pc_regions_reference(&dalian->regions, "210204", metric, 2020));
    /* the dalian plugin's regions are owned by it */
    const pc_region *reg = pc_regions_find(&dalian->regions, "210282");
    assert_non_null(reg);
    assert_string_equal(reg->owner, "dalian");
    assert_string_equal(reg->replaced_by, "210214");
    assert_int_equal(reg->valid_to, 20151231);
}

int main(void)
{
    const struct CMUnitTest table[] = {
        cmocka_unit_test(test_code_valid),
        cmocka_unit_test(test_add_find),
        cmocka_unit_test(test_add_refusals),
        cmocka_unit_test(test_parent),
        cmocka_unit_test(test_covers),
        cmocka_unit_test(test_resolve_chain),
        cmocka_unit_test(test_resolve_cycle_and_dangling),
        cmocka_unit_test(test_resolve_province),
    };
    const struct CMUnitTest with_plugin[] = {
        cmocka_unit_test(test_dalian_pulandian),
        cmocka_unit_test(test_dalian_unknown_code),
        cmocka_unit_test(test_dalian_invalid_and_uncovered),
        cmocka_unit_test(test_dalian_reference),
    };
    int failed = cmocka_run_group_tests_name("unit/region (table)", table, NULL, NULL);
    failed += cmocka_run_group_tests_name("unit/region (dalian plugin)", with_plugin, dalian_setup, dalian_teardown);
    return failed;
}
