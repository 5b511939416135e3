/*
 * unit/config -- configuration errors: each is PC_EX_CONFIG (78) from
 * pc_engine_open, with a message naming the config file, the line and,
 * where there is one, the section.key.
 */
#include "common.h"

#include <stdlib.h>
#include <string.h>

typedef struct fixture {
    char *tmp, *rules, *plugins, *config;
    pc_engine *e;
    pc_diag *d;
} fixture;

static int setup(void **state)
{
    fixture *f = calloc(1, sizeof *f);
    f->tmp = pct_mkdtemp();
    f->rules = pct_join(f->tmp, "rules");
    f->plugins = pct_join(f->tmp, "plugins");
    f->config = pct_join(f->tmp, "plancheck.ini");
    pct_mkdirs(f->rules);
    pct_mkdirs(f->plugins);
    f->d = pc_diag_new();
    *state = f;
    return 0;
}

static int teardown(void **state)
{
    fixture *f = *state;
    pc_engine_close(f->e);
    pc_diag_free(f->d);
    pct_rmtree(f->tmp);
    free(f->tmp);
    free(f->rules);
    free(f->plugins);
    free(f->config);
    free(f);
    return 0;
}

/* Opens an engine on the config text, with empty rules and plugins
 * directories, or with the bundled ones (real = 1). */
static int open_with(fixture *f, const char *text, int real)
{
    pct_write(f->config, text, (size_t)-1);
    if (real)
        return pct_open(&f->e, f->config, PC_TEST_SOURCE_DIR "/rules", PC_TEST_PLUGINS_DIR, f->d);
    return pct_open(&f->e, f->config, f->rules, f->plugins, f->d);
}

static void expect_rc(const fixture *f, int rc, int expected)
{
    if (rc != expected) {
        pct_print(f->d);
        fail_msg("pc_engine_open returned %d, expected %d", rc, expected);
    }
}

/* A message with this code, about the config, on this line, saying needle,
 * with this field (NULL: not checked). */
static void expect_at(const fixture *f, int code, long line, const char *needle, const char *field)
{
    for (size_t i = 0; i < pc_diag_count(f->d); i++) {
        const pc_message *m = pc_diag_get(f->d, i);
        if (m->code != code || !strstr(m->text, needle))
            continue;
        if (!m->file || strcmp(m->file, f->config) != 0 || m->line != line ||
            (field && (!m->field || strcmp(m->field, field) != 0))) {
            pct_print(f->d);
            fail_msg("the message '%s' is at %s:%ld field %s; expected %s:%ld field %s", m->text, PCT_S(m->file),
                     m->line, PCT_S(m->field), f->config, line, field ? field : "(any)");
        }
        return;
    }
    pct_print(f->d);
    fail_msg("no message with code %d saying '%s'", code, needle);
}

/* A test that the config text is refused (78) with this message among others. */
static void expect_refused(fixture *f, const char *text, int real, long line, const char *needle, const char *field)
{
    expect_rc(f, open_with(f, text, real), PC_EX_CONFIG);
    expect_at(f, PC_EX_CONFIG, line, needle, field);
}
#define REFUSED(name, text, real, line, needle, field) \
    static void name(void **state) { expect_refused(*state, text, real, line, needle, field); }

static void test_control(void **state)
{
    fixture *f = *state;
    int rc = open_with(f,
                       "; a valid config\n"
                       "[engine]\n"
                       "lang = zh\n"
                       "lua_memory_mb = 16\n"
                       "lua_instructions = 2000000\n", 0);
    expect_rc(f, rc, 0);
    assert_int_equal(pc_diag_count(f->d), 0);
    assert_int_equal(pc_engine_config_lang(f->e), PC_LANG_ZH);
    assert_int_equal(f->e->config.lua_memory_bytes, (size_t)16 << 20);
    assert_int_equal(f->e->config.lua_instructions, 2000000);
}

static void test_no_config(void **state)
{
    fixture *f = *state;
    int rc = pct_open(&f->e, NULL, f->rules, f->plugins, f->d);
    expect_rc(f, rc, 0);
    assert_int_equal(pc_engine_config_lang(f->e), -1);
}

REFUSED(test_unknown_engine_key, "; line 1\n[engine]\nlang = en\nlua_memry_mb = 16\n", 0,
        4, "lua_memry_mb", "engine.lua_memry_mb")

REFUSED(test_bad_lang, "[engine]\n\nlang = fr\n", 0,
        3, "'fr'", "engine.lang")

static void test_bad_lua_limits(void **state)
{
    fixture *f = *state;
    int rc = open_with(f,
                       "[engine]\n"
                       "lua_memory_mb = 0\n"         /* 2 */
                       "[engine]\n"
                       "lua_memory_mb = 16MB\n"      /* 4 */
                       "lua_memory_mb = 65537\n"     /* 5 */
                       "lua_memory_mb = -1\n"        /* 6 */
                       "lua_instructions = 999\n"    /* 7 */
                       "lua_instructions = lots\n",  /* 8 */
                       0);
    expect_rc(f, rc, PC_EX_CONFIG);
    expect_at(f, PC_EX_CONFIG, 2, "'0'", "engine.lua_memory_mb");
    expect_at(f, PC_EX_CONFIG, 4, "'16MB'", "engine.lua_memory_mb");
    expect_at(f, PC_EX_CONFIG, 5, "'65537'", "engine.lua_memory_mb");
    expect_at(f, PC_EX_CONFIG, 6, "'-1'", "engine.lua_memory_mb");
    expect_at(f, PC_EX_CONFIG, 7, "'999'", "engine.lua_instructions");
    expect_at(f, PC_EX_CONFIG, 8, "'lots'", "engine.lua_instructions");
}

/* The unknown section's message is on the line of its first entry (the
 * reader sees entries, not section headers). */
REFUSED(test_unknown_section, "[engine]\nlang = en\n\n[engnie]\nlua_memory_mb = 16\n", 0,
        5, "[engnie]", NULL)

static void test_plan_unknown_parameter(void **state)
{
    fixture *f = *state;
    int rc = open_with(f,
                       "[plan.dalian-2015]\n"
                       "invention-grant-subsidy.domestic_grant_yuan = 5000\n"     /* 2: fine */
                       "invention-grant-subsidy.no_such_param = 5\n"              /* 3 */
                       "no-such-rule.domestic_grant_yuan = 5\n"                   /* 4 */
                       "domestic_grant_yuan = 5\n", 1);                           /* 5 */
    expect_rc(f, rc, PC_EX_CONFIG);
    expect_at(f, PC_EX_CONFIG, 3, "no_such_param", "invention-grant-subsidy.no_such_param");
    expect_at(f, PC_EX_CONFIG, 4, "no-such-rule", "no-such-rule.domestic_grant_yuan");
    expect_at(f, PC_EX_CONFIG, 5, "'domestic_grant_yuan'", "domestic_grant_yuan");
    assert_null(pct_find(f->d, PC_EX_CONFIG, "invention-grant-subsidy.domestic_grant_yuan'"));
}

static void test_plan_parameter_control(void **state)
{
    fixture *f = *state;
    int rc = open_with(f,
                       "[plan.dalian-2015]\n"
                       "invention-grant-subsidy.domestic_grant_yuan = 5000\n"
                       "invention-grant-subsidy.foreign_grant_yuan = 10000.50\n", 1);
    expect_rc(f, rc, 0);
    for (size_t i = 0; i < pc_diag_count(f->d); i++) {
        const pc_message *m = pc_diag_get(f->d, i);
        if (m->file && strcmp(m->file, f->config) == 0) {
            pct_print(f->d);
            fail_msg("a valid parameter drew a message about the config");
        }
    }
    char *json = pct_describe_json(f->e);
    assert_true(pct_contains(json, "\"value\":\"10000.50\""));
    free(json);
}

REFUSED(test_plan_bad_parameter_value, "[plan.dalian-2015]\n\ninvention-grant-subsidy.domestic_grant_yuan = 12.345\n", 1,
        3, "'12.345'", "invention-grant-subsidy.domestic_grant_yuan")

REFUSED(test_unknown_plan, "[engine]\nlang = en\n[plan.dalian-2051]\nenabled = true\n", 1,
        4, "dalian-2051", NULL)

REFUSED(test_set_twice, "[plugin.dalian]\nenabled = true\n; again\nenabled = false\n", 1,
        4, "line 2", "plugin.dalian.enabled")

/* [engine] keys too: a second lang (even the same value) is refused with both lines. */
REFUSED(test_engine_key_twice, "[engine]\nlang = en\nlua_instructions = 100000\nlang = en\n", 0,
        4, "set twice (first on line 2)", "engine.lang")

/* The same key in a repeated section header is the same key. */
REFUSED(test_engine_key_twice_across_sections,
        "[engine]\nlua_memory_mb = 32\n[plan.x]\nenabled = false\n[engine]\nlua_memory_mb = 64\n", 0,
        6, "set twice (first on line 2)", "engine.lua_memory_mb")

REFUSED(test_plan_key_twice, "[plan.dalian-2015]\ninvention-grant-subsidy.domestic_grant_yuan = 1\n"
        "invention-grant-subsidy.domestic_grant_yuan = 2\n", 1,
        3, "set twice (first on line 2)", "plan.dalian-2015.invention-grant-subsidy.domestic_grant_yuan")

static void test_bad_eval_timeout(void **state)
{
    fixture *f = *state;
    int rc = open_with(f, "[engine]\neval_timeout_ms = -1\n[plan.x]\nenabled = false\n[engine]\neval_timeout_ms = 10s\n", 0);
    expect_rc(f, rc, PC_EX_CONFIG);
    expect_at(f, PC_EX_CONFIG, 2, "expected milliseconds, 0 (no watchdog) to 86400000, got '-1'", "engine.eval_timeout_ms");
    expect_at(f, PC_EX_CONFIG, 6, "got '10s'", "engine.eval_timeout_ms");
}

REFUSED(test_bad_boolean, "[plugin.dalian]\nrequired = maybe\n", 1,
        2, "'maybe'", "plugin.dalian.required")

REFUSED(test_not_ini, "[engine]\nlang = en\nthis line is not INI\n", 0,
        3, "not an INI line", NULL)

static void test_unread_plugin_key(void **state)
{
    fixture *f = *state;
    int rc = open_with(f, "[plugin.dalian]\nenabled = true\ncolour = blue\n", 1);
    expect_rc(f, rc, 0);   /* a warning only */
    expect_at(f, 0, 3, "did not read", "colour");
}

/* Lines longer than inih's 200-byte buffer: a long Chinese comment and a
 * long (absolute) rules path. */
static void test_long_lines(void **state)
{
    fixture *f = *state;
    char dir[2048], text[4096] = "; ";
    int n = snprintf(dir, sizeof dir, "%s/", f->tmp);
    for (int i = 0; i < 12; i++)
        n += snprintf(dir + n, sizeof dir - (size_t)n, "a-rather-long-directory-name-");
    pct_mkdirs(dir);
    for (int i = 0; i < 80; i++)
        strcat(text, "注");
    snprintf(text + strlen(text), sizeof text - strlen(text), "\n[engine]\nrules = %s\nlang = fr\n", dir);
    pct_write(f->config, text, (size_t)-1);
    pc_engine_options o = {.config_path = f->config, .plugins_dir = f->plugins};
    int rc = pc_engine_open(&f->e, &o, f->d);
    expect_rc(f, rc, PC_EX_CONFIG);
    /* The long comment is skipped; the rules line, longer than the 200-byte
     * line buffer of Debian's inih, is refused whole on line 3; the bad
     * lang keeps its line 4. */
    expect_at(f, PC_EX_CONFIG, 3, "at most", NULL);
    expect_at(f, PC_EX_CONFIG, 4, "'fr'", "engine.lang");
    if (pct_count(f->d, 1) != 2) {
        pct_print(f->d);
        fail_msg("expected exactly two errors");
    }
}

static void test_missing_config(void **state)
{
    fixture *f = *state;
    char *path = pct_join(f->tmp, "nowhere.ini");
    int rc = pct_open(&f->e, path, f->rules, f->plugins, f->d);
    expect_rc(f, rc, PC_EX_CONFIG);
    const pc_message *m = pct_expect(f->d, PC_EX_CONFIG, NULL);
    assert_non_null(m);
    assert_string_equal(PCT_S(m->file), path);
    free(path);
}

/* rules = relative to the config file's directory. */
static void test_relative_rules(void **state)
{
    fixture *f = *state;
    char *rule = pct_join(f->tmp, "my-rules/x/p.lua");
    pct_write(rule,
              "plan { id = 'relative-plan', title = { zh = '测试', en = 'Test' }, document = 'd',"
              " jurisdiction = '150100', issued = '2020-01-01', period = { 2020, 2022 } }\n", (size_t)-1);
    pct_write(f->config, "[engine]\nrules = my-rules\n", (size_t)-1);
    pc_engine_options o = {.config_path = f->config, .plugins_dir = f->plugins, .default_rules_dir = f->rules};
    int rc = pc_engine_open(&f->e, &o, f->d);
    expect_rc(f, rc, 0);
    char *json = pct_describe_json(f->e);
    assert_true(pct_contains(json, "\"id\":\"relative-plan\""));
    free(json);
    free(rule);
}

static void test_missing_rules_dir(void **state)
{
    fixture *f = *state;
    char *rules = pct_join(f->tmp, "no-rules");
    int rc = pct_open(&f->e, NULL, rules, f->plugins, f->d);
    expect_rc(f, rc, PC_EX_CONFIG);
    const pc_message *m = pct_expect(f->d, PC_EX_CONFIG, "rules");
    assert_non_null(m);
    assert_string_equal(PCT_S(m->file), rules);
    free(rules);
}

#define T(name) cmocka_unit_test_setup_teardown(name, setup, teardown)

int main(void)
{
    const struct CMUnitTest tests[] = {
        T(test_control),
        T(test_no_config),
        T(test_unknown_engine_key),
        T(test_bad_lang),
        T(test_bad_lua_limits),
        T(test_unknown_section),
        T(test_plan_unknown_parameter),
        T(test_plan_parameter_control),
        T(test_plan_bad_parameter_value),
        T(test_unknown_plan),
        T(test_set_twice),
        T(test_engine_key_twice),
        T(test_engine_key_twice_across_sections),
        T(test_plan_key_twice),
        T(test_bad_eval_timeout),
        T(test_bad_boolean),
        T(test_not_ini),
        T(test_unread_plugin_key),
        T(test_long_lines),
        T(test_missing_config),
        T(test_relative_rules),
        T(test_missing_rules_dir),
    };
    return cmocka_run_group_tests_name("unit/config", tests, NULL, NULL);
}
