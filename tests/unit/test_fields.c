/*
 * unit/fields -- the field dictionary as the one source of names: zh labels
 * and aliases find a field, enum values accept their zh labels and short
 * forms, conflicting aliases are refused, and "did you mean" finds the
 * nearest name, label or alias by edit distance over code points.
 */
#include "common.h"

#include <stdlib.h>
#include <string.h>

#define E PC_SUBJECT_ENTERPRISE

static const pc_field *field(const pc_dict *d, const char *key)
{
    int i = pc_dict_find_label(d, E, key);
    return i >= 0 ? &d->fields[i] : NULL;
}

static void test_aliases_find_fields(void **state)
{
    (void)state;
    pc_dict d;
    assert_int_equal(pc_dict_init(&d), 0);
    assert_string_equal(PCT_S(field(&d, "统一社会信用代码") ? field(&d, "统一社会信用代码")->def.name : NULL), "id");
    assert_string_equal(field(&d, "统一社会信用代码或编号")->def.name, "id");
    assert_string_equal(field(&d, "credit_code")->def.name, "id");
    assert_string_equal(field(&d, "行政区划代码")->def.name, "region");
    /* pc_dict_find is by code name only: rules do not use labels */
    assert_int_equal(pc_dict_find(&d, E, "统一社会信用代码"), -1);
    assert_int_equal(pc_dict_find(&d, E, "所属产业"), -1);
    assert_true(pc_dict_find(&d, E, "industry") >= 0);
    pc_dict_free(&d);
}

static void test_enum_labels_and_short_forms(void **state)
{
    (void)state;
    pc_dict d;
    pc_dict_init(&d);
    const pc_field *industry = field(&d, "industry"), *level = field(&d, "ip_advantage_level");
    assert_string_equal(PCT_S(pc_field_enum_value(industry, "高端装备")), "advanced_equipment");
    assert_string_equal(PCT_S(pc_field_enum_value(industry, "先进装备制造")), "advanced_equipment");
    assert_string_equal(PCT_S(pc_field_enum_value(industry, "advanced_equipment")), "advanced_equipment");
    assert_string_equal(PCT_S(pc_field_enum_value(industry, "生物医药产业")), "biomedicine");
    assert_null(pc_field_enum_value(industry, "装备"));
    assert_string_equal(PCT_S(pc_field_enum_value(level, "省级")), "provincial");
    assert_string_equal(PCT_S(pc_field_enum_value(level, "市级")), "municipal");
    assert_string_equal(PCT_S(pc_field_enum_value(level, "国家级")), "national");
    assert_string_equal(PCT_S(pc_field_enum_value(level, "无")), "none");
    /* the canonical string is the dictionary's own: rules compare pointers */
    assert_ptr_equal(pc_field_enum_value(level, "省级"), pc_field_enum_value(level, "provincial"));
    assert_string_equal(PCT_S(pc_field_enum_label(level, "provincial")), "省级");
    pc_dict_free(&d);
}

static const char *const plugin_values[] = {"alpha", "beta", NULL};
static const pc_field_def plugin_field = {E, "test_kind", PC_FIELD_ENUM, "测试类型", "test kind", NULL, NULL, plugin_values};

/* The English text of the refusal's message in err. */
static int refusal(int rc, pc_diag *why, char *err, size_t len)
{
    snprintf(err, len, "%s", pc_diag_count(why) ? pc_diag_get(why, pc_diag_count(why) - 1)->text : "");
    pc_diag_free(why);
    return rc;
}

static int add_names(pc_dict *d, const pc_field_names *n, char *err, size_t len)
{
    pc_diag *why = pc_diag_new();
    return refusal(pc_dict_add_names(d, n, "testplugin", why), why, err, len);
}

static int add_field(pc_dict *d, const pc_field_def *def, char *err, size_t len)
{
    pc_diag *why = pc_diag_new();
    return refusal(pc_dict_add(d, def, "testplugin", why), why, err, len);
}

static void test_conflicting_names_refused(void **state)
{
    (void)state;
    pc_dict d;
    char err[512];
    pc_dict_init(&d);
    assert_int_equal(add_field(&d, &plugin_field, err, sizeof err), 0);

    static const char *const taken[] = {"统一社会信用代码", NULL};
    pc_field_names n1 = {"test_kind", taken, NULL, NULL};
    assert_int_equal(add_names(&d, &n1, err, sizeof err), -1);
    assert_true(pct_contains(err, "'统一社会信用代码'") && pct_contains(err, "'id'"));

    static const char *const few_labels[] = {"甲", NULL};
    pc_field_names n2 = {"test_kind", NULL, few_labels, NULL};
    assert_int_equal(add_names(&d, &n2, err, sizeof err), -1);
    assert_true(pct_contains(err, "1 enum labels for 2 enum values"));

    static const char *const same_labels[] = {"甲", "甲", NULL};
    pc_field_names n3 = {"test_kind", NULL, same_labels, NULL};
    assert_int_equal(add_names(&d, &n3, err, sizeof err), -1);

    static const char *const labels[] = {"甲", "乙", NULL};
    static const char *const bad_alias[] = {"甲", "beta", NULL};
    pc_field_names n4 = {"test_kind", NULL, labels, bad_alias};
    assert_int_equal(add_names(&d, &n4, err, sizeof err), -1);
    assert_true(pct_contains(err, "stands for a value already"));

    static const char *const unknown_value[] = {"丙", "gamma", NULL};
    pc_field_names n5 = {"test_kind", NULL, labels, unknown_value};
    assert_int_equal(add_names(&d, &n5, err, sizeof err), -1);
    assert_true(pct_contains(err, "not one of the field's values"));

    /* only the plugin that added a field names it */
    static const char *const aliases[] = {"种类", NULL};
    pc_field_names n6 = {"industry", aliases, NULL, NULL};
    assert_int_equal(add_names(&d, &n6, err, sizeof err), -1);

    static const char *const good_alias[] = {"第一种", "alpha", NULL};
    pc_field_names ok = {"test_kind", aliases, labels, good_alias};
    assert_int_equal(add_names(&d, &ok, err, sizeof err), 0);
    assert_string_equal(field(&d, "种类")->def.name, "test_kind");
    assert_string_equal(PCT_S(pc_field_enum_value(field(&d, "种类"), "第一种")), "alpha");
    assert_string_equal(PCT_S(pc_field_enum_value(field(&d, "种类"), "乙")), "beta");
    /* a new field cannot take an alias as its name or label */
    static const pc_field_def alias_name = {E, "credit_code", PC_FIELD_STRING, "某代码", "some code", NULL, NULL, NULL};
    assert_int_equal(add_field(&d, &alias_name, err, sizeof err), -1);
    assert_true(pct_contains(err, "its name is an alias of 'id'"));
    static const pc_field_def alias_label = {E, "test_other", PC_FIELD_STRING, "种类", "other", NULL, NULL, NULL};
    assert_int_equal(add_field(&d, &alias_label, err, sizeof err), -1);
    assert_true(pct_contains(err, "is the label or an alias of 'test_kind'"));
    /* a second registration is refused */
    assert_int_equal(add_names(&d, &ok, err, sizeof err), -1);
    pc_dict_free(&d);
}

static void test_did_you_mean(void **state)
{
    (void)state;
    pc_dict d;
    pc_dict_init(&d);
    int i = pc_dict_suggest(&d, E, "is_hightech");
    assert_true(i >= 0);
    assert_string_equal(d.fields[i].def.name, "is_high_tech");
    /* a zh label one character off: one edit, not three bytes */
    i = pc_dict_suggest(&d, E, "知识产权专职工作人");
    assert_true(i >= 0);
    assert_string_equal(d.fields[i].def.name, "ip_full_time_staff");
    assert_int_equal(pc_dict_suggest(&d, E, "completely_unrelated_key"), -1);
    assert_string_equal(PCT_S(pc_field_enum_suggest(field(&d, "industry"), "advanced_equipmnt")), "advanced_equipment");
    assert_string_equal(PCT_S(pc_field_enum_suggest(field(&d, "industry"), "新材")), "new_materials");
    pc_diag *diag = pc_diag_new();
    pc_diag_say(diag, PC_EX_DATAERR, NULL, 0, NULL, PC_D_UNKNOWN_ENTERPRISE_FIELD);
    pc_dict_hint(diag, &d, E, "is_hightech");
    pc_dict_hint(diag, &d, E, "completely_unrelated_key");
    assert_string_equal(pc_diag_get(diag, 0)->text,
                        "unknown enterprise field (docs/fields.md lists them); did you mean 'is_high_tech' (高新技术企业)?");
    assert_string_equal(pc_diag_get(diag, 0)->text_zh, "未知的企业字段(见 docs/fields.md);是否应为“高新技术企业”(is_high_tech)?");
    pc_diag_free(diag);
    pc_dict_free(&d);
}

static void test_edit_distance(void **state)
{
    (void)state;
    assert_int_equal(pc_edit_distance("kitten", "sitting", 5), 3);
    assert_int_equal(pc_edit_distance("高端装备", "高端装备制造", 5), 2);
    assert_int_equal(pc_edit_distance("abc", "abcdefgh", 2), 3); /* capped at limit + 1 */
    static const char *const words[] = {"rules", "plugins", "lang", NULL};
    assert_string_equal(PCT_S(pc_suggest("plugin", words)), "plugins");
    assert_null(pc_suggest("x", words));
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_aliases_find_fields),
        cmocka_unit_test(test_enum_labels_and_short_forms),
        cmocka_unit_test(test_conflicting_names_refused),
        cmocka_unit_test(test_did_you_mean),
        cmocka_unit_test(test_edit_distance),
    };
    return cmocka_run_group_tests_name("unit/fields", tests, NULL, NULL);
}
