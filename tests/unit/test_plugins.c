/*
 * unit/plugins -- the plugin loader's checks, on the deliberately broken
 * plugins of tests/plugins/, each in a directory of its own under the
 * build's test-plugins/: a refused plugin is reported with its file and the
 * reason, its registrations are rolled back, and the engine runs on
 * (pc_engine_open returns 0) unless the config marks the plugin required.
 */
#include "common.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define CASES PC_TEST_PLUGIN_CASES_DIR

typedef struct fixture {
    char *tmp, *rules;   /* rules: an empty directory unless a test writes to it */
    pc_engine *e;
    pc_diag *d;
} fixture;

static int setup(void **state)
{
    fixture *f = calloc(1, sizeof *f);
    f->tmp = pct_mkdtemp();
    f->rules = pct_join(f->tmp, "rules");
    pct_mkdirs(f->rules);
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
    free(f);
    return 0;
}

static int open_case(fixture *f, const char *config, const char *dir)
{
    return pct_open(&f->e, config, f->rules, dir, f->d);
}

/* A message with this code about file path that says why (needle). */
static void expect_about(const pc_diag *d, int code, const char *path, const char *needle)
{
    for (size_t i = 0; i < pc_diag_count(d); i++) {
        const pc_message *m = pc_diag_get(d, i);
        if (m->code == code && m->file && strcmp(m->file, path) == 0 && strstr(m->text, needle))
            return;
    }
    pct_print(d);
    fail_msg("no message with code %d about %s saying '%s'", code, path, needle);
}

static int loaded(pc_engine *e, const char *name)
{
    for (size_t i = 0; i < e->nplugins; i++)
        if (e->plugins[i].initialised && strcmp(e->plugins[i].desc->name, name) == 0)
            return 1;
    return 0;
}

static void expect_rc(const fixture *f, int rc, int expected)
{
    if (rc != expected) {
        pct_print(f->d);
        fail_msg("pc_engine_open returned %d, expected %d", rc, expected);
    }
}

/* ---- one refusal per directory ----------------------------------------------------------- */

static void refused_alone(fixture *f, const char *dir, const char *file, const char *why)
{
    char *plugins = pct_join(CASES, dir);
    char *path = pct_join(plugins, file);
    int rc = open_case(f, NULL, plugins);
    expect_rc(f, rc, 0);
    expect_about(f->d, 0, path, why);
    assert_int_equal(pct_count(f->d, 1), 0);   /* a warning: nothing fatal */
    assert_int_equal(f->e->nplugins, 0);
    assert_int_equal(f->e->regions.count, 0);
    char *json = pct_describe_json(f->e);
    assert_true(pct_contains(json, "\"plugins\":[]"));
    free(json);
    free(path);
    free(plugins);
}

static void test_bad_abi(void **state)
{
    fixture *f = *state;
    refused_alone(f, "bad_abi", "bad_abi.so", "ABI version");
    /* it says which version it found and which the host speaks */
    char found[64];
    snprintf(found, sizeof found, "version %d", PC_PLUGIN_ABI_VERSION + 1);
    assert_non_null(pct_expect(f->d, 0, found));
    assert_non_null(pct_expect(f->d, 0, "bad_abi"));
}

static void test_no_entry(void **state)
{
    refused_alone(*state, "no_entry", "no_entry.so", PC_PLUGIN_ENTRY_SYMBOL);
}

static void test_small_descriptor(void **state)
{
    fixture *f = *state;
    refused_alone(f, "small_descriptor", "small_descriptor.so", "descriptor");
    char size[64];
    snprintf(size, sizeof size, "%zu", sizeof(pc_plugin_descriptor));
    assert_non_null(pct_expect(f->d, 0, size));   /* the size the host expects */
}

static void test_not_a_shared_object(void **state)
{
    refused_alone(*state, "not_a_shared_object", "junk.so", "not a loadable shared object");
}

static void test_failing_init(void **state)
{
    fixture *f = *state;
    refused_alone(f, "failing_init", "failing_init.so", "init() failed");
    /* its own log line is passed on, naming it */
    assert_non_null(pct_expect(f->d, 0, "deliberately failing"));
    /* everything it registered is rolled back */
    assert_null(pc_regions_find(&f->e->regions, "150199"));
    assert_null(pc_regions_find(&f->e->regions, "150100"));
    assert_int_equal(pc_dict_find(&f->e->dict, PC_SUBJECT_ENTERPRISE, "pc_test_field"), -1);
    pc_dict core;
    pc_dict_init(&core);
    assert_int_equal(f->e->dict.count, core.count);
    assert_int_equal(f->e->dict.n_enterprise, core.n_enterprise);
    pc_dict_free(&core);
}

/* A NaN population (reference data) is refused when the plugin loads, and
 * with it the plugin; nothing it registered stays. */
static void test_nan_reference(void **state)
{
    fixture *f = *state;
    refused_alone(f, "bad_nan", "bad_nan.so", "reference 150100/population_10k/2020: the value nan is not a finite number");
    assert_null(pc_regions_find(&f->e->regions, "150100"));
    assert_int_equal(f->e->regions.nrefs, 0);
}

/* Region codes that replace one another in a cycle are found when the
 * plugin loads (they failed each record naming them, with "replacement chain
 * too long"); the plugin is refused and rolled back. */
static void test_replacement_cycle(void **state)
{
    fixture *f = *state;
    refused_alone(f, "bad_cycle", "bad_cycle.so", "region codes replace one another in a cycle (150101 -> 150102 -> 150101)");
    assert_null(pc_regions_find(&f->e->regions, "150101"));
    assert_null(pc_regions_find(&f->e->regions, "150100"));
}

static void test_duplicate_jurisdiction(void **state)
{
    fixture *f = *state;
    char *plugins = pct_join(CASES, "duplicate");
    char *second = pct_join(plugins, "dup_b.so");
    int rc = open_case(f, NULL, plugins);
    expect_rc(f, rc, 0);
    /* dup_a loads first (name order); dup_b is refused, naming dup_a */
    assert_true(loaded(f->e, "dup_a"));
    assert_false(loaded(f->e, "dup_b"));
    expect_about(f->d, 0, second, "150700");
    expect_about(f->d, 0, second, "dup_a");
    assert_int_equal(pct_count(f->d, 1), 0);
    const pc_region *reg = pc_regions_find(&f->e->regions, "150700");
    assert_non_null(reg);
    assert_string_equal(reg->owner, "dup_a");
    free(second);
    free(plugins);
}

/* Marked required, the plugin that sorts second loads first and keeps the
 * jurisdiction; the other, loaded later, is the one refused. */
static void test_required_loads_first(void **state)
{
    fixture *f = *state;
    char *plugins = pct_join(CASES, "duplicate");
    char *first = pct_join(plugins, "dup_a.so");
    char *config = pct_write_in(f->tmp, "plancheck.ini", "[plugin.dup_b]\nrequired = true\n");
    int rc = open_case(f, config, plugins);
    expect_rc(f, rc, 0);
    assert_true(loaded(f->e, "dup_b"));
    assert_false(loaded(f->e, "dup_a"));
    expect_about(f->d, 0, first, "jurisdiction 150700 is provided already by plugin 'dup_b'");
    expect_about(f->d, 0, first, "loaded before it");
    assert_int_equal(pc_diag_count(f->d), 1);
    assert_int_equal(f->e->nrefused, 1);
    assert_string_equal(f->e->refused[0].name, "dup_a");
    assert_string_equal(f->e->refused[0].jurisdiction, "150700");
    free(config);
    free(first);
    free(plugins);
}

/* [engine] strict_plugins: the same refusal is a configuration error. */
static void test_strict_plugins(void **state)
{
    fixture *f = *state;
    char *plugins = pct_join(CASES, "duplicate");
    char *second = pct_join(plugins, "dup_b.so");
    char *config = pct_write_in(f->tmp, "plancheck.ini", "[engine]\nstrict_plugins = true\n");
    int rc = open_case(f, config, plugins);
    expect_rc(f, rc, PC_EX_CONFIG);
    expect_about(f->d, PC_EX_CONFIG, second, "strict_plugins");
    free(config);
    free(second);
    free(plugins);
}

/* ---- the good plugin ------------------------------------------------------------------------ */

static const char native_rule[] =
    "-- calls the good plugin's native function at load time\n"
    "assert(native.good.answer() == 42, 'native.good.answer() did not return 42')\n"
    "plan {\n"
    "  id = 'native-plan',\n"
    "  title = { zh = '测试计划', en = 'Test plan' },\n"
    "  document = '测试〔2020〕1号',\n"
    "  jurisdiction = '150100',\n"
    "  issued = '2020-01-01',\n"
    "  period = { 2020, 2022 },\n"
    "}\n";

static void expect_good_loaded(fixture *f)
{
    assert_true(loaded(f->e, "good"));
    char *json = pct_describe_json(f->e);
    if (!pct_contains(json, "\"name\":\"good\"") || !pct_contains(json, "\"code\":\"150100\"") ||
        !pct_contains(json, "\"id\":\"native-plan\"")) {
        pct_print(f->d);
        fail_msg("the good plugin or the plan calling its native function is missing: %s", json);
    }
    free(json);
    const pc_region *reg = pc_regions_find(&f->e->regions, "150100");
    assert_non_null(reg);
    assert_string_equal(reg->name_en, "Testville");
    assert_string_equal(reg->owner, "good");
    assert_true(pc_dict_find(&f->e->dict, PC_SUBJECT_ENTERPRISE, "pc_test_field") >= 0);
}

static void test_good(void **state)
{
    fixture *f = *state;
    char *rule = pct_join(f->rules, "testville/native-plan.lua");
    pct_write(rule, native_rule, (size_t)-1);
    char *plugins = pct_join(CASES, "good");
    int rc = open_case(f, NULL, plugins);
    expect_rc(f, rc, 0);
    if (pc_diag_count(f->d) != 0) {
        pct_print(f->d);
        fail_msg("the good plugin drew messages");
    }
    expect_good_loaded(f);
    /* a further context compiles the plans again, native call included */
    pc_context *ctx = pc_context_new(f->e);
    assert_non_null(ctx);
    assert_int_equal(ctx->nplans, 1);
    pc_context_free(ctx);
    free(plugins);
    free(rule);
}

/* Two engines in one process each get their own plugin state. */
static void test_good_two_engines(void **state)
{
    fixture *f = *state;
    char *rule = pct_join(f->rules, "testville/native-plan.lua");
    pct_write(rule, native_rule, (size_t)-1);
    char *plugins = pct_join(CASES, "good");
    expect_rc(f, open_case(f, NULL, plugins), 0);
    pc_engine *second = NULL;
    pc_diag *d2 = pc_diag_new();
    int rc = pct_open(&second, NULL, f->rules, plugins, d2);
    if (rc != 0 || pc_diag_count(d2) != 0) {
        pct_print(d2);
        fail_msg("a second engine on the good plugin: rc %d", rc);
    }
    pc_engine_close(second);   /* fini of the second engine's state only */
    pc_diag_free(d2);
    expect_good_loaded(f);     /* the first engine still works */
    pc_context *ctx = pc_context_new(f->e);
    assert_non_null(ctx);
    assert_int_equal(ctx->nplans, 1);
    pc_context_free(ctx);
    free(plugins);
    free(rule);
}

/* ---- every refusal and the good plugin in one directory ------------------------------------ */

static void test_mixed_directory(void **state)
{
    fixture *f = *state;
    char *rule = pct_join(f->rules, "testville/native-plan.lua");
    pct_write(rule, native_rule, (size_t)-1);
    char *plugins = pct_join(CASES, "mixed");
    int rc = open_case(f, NULL, plugins);
    expect_rc(f, rc, 0);
    static const struct { const char *file, *why; } refusals[] = {
        {"a_bad_abi.so", "ABI version"},
        {"b_no_entry.so", PC_PLUGIN_ENTRY_SYMBOL},
        {"c_small_descriptor.so", "descriptor"},
        {"d_failing_init.so", "init() failed"},
        {"z_junk.so", "not a loadable shared object"},
    };
    for (size_t i = 0; i < sizeof refusals / sizeof refusals[0]; i++) {
        char *path = pct_join(plugins, refusals[i].file);
        expect_about(f->d, 0, path, refusals[i].why);
        free(path);
    }
    assert_int_equal(pct_count(f->d, 1), 0);
    /* failing_init registered 150100 under another name and the field good
     * adds: good loads only if both were rolled back */
    expect_good_loaded(f);
    assert_int_equal(f->e->nplugins, 1);
    assert_null(pc_regions_find(&f->e->regions, "150199"));
    free(plugins);
    free(rule);
}

/* ---- required plugins ------------------------------------------------------------------------- */

static char *config_in(fixture *f, const char *text)
{
    return pct_write_in(f->tmp, "plancheck.ini", text);
}

static void test_required_refusal_is_fatal(void **state)
{
    fixture *f = *state;
    char *config = config_in(f, "; plugins that must load\n[plugin.failing_init]\nrequired = true\n");
    char *plugins = pct_join(CASES, "failing_init");
    char *path = pct_join(plugins, "failing_init.so");
    int rc = open_case(f, config, plugins);
    expect_rc(f, rc, PC_EX_CONFIG);
    expect_about(f->d, PC_EX_CONFIG, path, "init() failed");
    expect_about(f->d, PC_EX_CONFIG, path, "required");
    free(path);
    free(plugins);
    free(config);
}

static void test_required_bad_abi_is_fatal(void **state)
{
    fixture *f = *state;
    char *config = config_in(f, "[plugin.bad_abi]\nrequired = yes\n");
    char *plugins = pct_join(CASES, "bad_abi");
    char *path = pct_join(plugins, "bad_abi.so");
    int rc = open_case(f, config, plugins);
    expect_rc(f, rc, PC_EX_CONFIG);
    expect_about(f->d, PC_EX_CONFIG, path, "ABI version");
    free(path);
    free(plugins);
    free(config);
}

/* A plugin whose name cannot be read (no entry point) is matched by the
 * check for required plugins that did not load: the config line is named. */
static void test_required_missing_is_fatal(void **state)
{
    fixture *f = *state;
    char *config = config_in(f, "[engine]\nlang = en\n\n[plugin.no_entry]\nrequired = true\n");
    char *plugins = pct_join(CASES, "no_entry");
    int rc = open_case(f, config, plugins);
    expect_rc(f, rc, PC_EX_CONFIG);
    const pc_message *m = pct_expect(f->d, PC_EX_CONFIG, "no_entry");
    assert_non_null(m);
    assert_string_equal(PCT_S(m->file), config);
    assert_int_equal(m->line, 5);
    free(plugins);
    free(config);
}

static void test_required_good_in_mixed(void **state)
{
    fixture *f = *state;
    char *rule = pct_join(f->rules, "testville/native-plan.lua");
    pct_write(rule, native_rule, (size_t)-1);
    char *config = config_in(f, "[plugin.good]\nrequired = true\n");
    char *plugins = pct_join(CASES, "mixed");
    int rc = open_case(f, config, plugins);
    expect_rc(f, rc, 0);
    assert_int_equal(pct_count(f->d, 1), 0);
    expect_good_loaded(f);
    free(plugins);
    free(config);
    free(rule);
}

static void test_disabled_plugin(void **state)
{
    fixture *f = *state;
    char *config = config_in(f, "[plugin.good]\nenabled = false\n");
    char *plugins = pct_join(CASES, "good");
    int rc = open_case(f, config, plugins);
    expect_rc(f, rc, 0);
    assert_false(loaded(f->e, "good"));
    assert_null(pc_regions_find(&f->e->regions, "150100"));
    free(plugins);
    free(config);
}

static void test_missing_plugins_dir(void **state)
{
    fixture *f = *state;
    char *plugins = pct_join(f->tmp, "no-such-dir");
    int rc = open_case(f, NULL, plugins);
    expect_rc(f, rc, PC_EX_CONFIG);
    const pc_message *m = pct_expect(f->d, PC_EX_CONFIG, NULL);
    assert_non_null(m);
    assert_string_equal(PCT_S(m->file), plugins);
    free(plugins);
}

/* ---- plugin.h's inline helpers, against a recording host ---- */

typedef struct recorder {
    char calls[512];   /* "r:CODE f:NAME n:FIELD x:METRIC " in call order */
    char log[256];     /* the last line logged */
    const char *refuse; /* the item whose registration fails */
} recorder;

static recorder *as_recorder(pc_plugin_ctx *ctx)
{
    return (recorder *)(void *)ctx;
}

static int record(pc_plugin_ctx *ctx, char kind, const char *item)
{
    recorder *r = as_recorder(ctx);
    size_t n = strlen(r->calls);
    snprintf(r->calls + n, sizeof r->calls - n, "%c:%s ", kind, item);
    return r->refuse && strcmp(r->refuse, item) == 0 ? -1 : 0;
}

static int rec_region(pc_plugin_ctx *ctx, const pc_region_def *d) { return record(ctx, 'r', d->code); }
static int rec_field(pc_plugin_ctx *ctx, const pc_field_def *d) { return record(ctx, 'f', d->name); }
static int rec_names(pc_plugin_ctx *ctx, const pc_field_names *d) { return record(ctx, 'n', d->field); }
static int rec_reference(pc_plugin_ctx *ctx, const pc_reference_def *d) { return record(ctx, 'x', d->metric); }

static void rec_log(pc_plugin_ctx *ctx, pc_log_level level, const char *fmt, ...)
{
    (void)level;
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(as_recorder(ctx)->log, sizeof as_recorder(ctx)->log, fmt, ap);
    va_end(ap);
}

static pc_value rec_subject_get(const pc_subject *subject, const char *field)
{
    (void)subject;
    pc_value v = {PC_NIL, {0}};
    if (strcmp(field, "count") == 0) {
        v.type = PC_INT;
        v.u.i = INT64_MAX;
    } else if (strcmp(field, "loan_yuan") == 0) {
        v.type = PC_MONEY;
        v.u.fen = 12345;
    }
    return v;
}

static const pc_region_def t_regions[] = {
    {"990000", NULL, "示例省", "Example Province", NULL, NULL, NULL, NULL},
    {"990100", "990000", "示例市", "Example City", NULL, NULL, NULL, NULL},
};
static const pc_field_def t_fields[] = {
    {PC_SUBJECT_REGION, "t_metric", PC_FIELD_COUNT, "指标", "metric", NULL, NULL, NULL},
    {PC_SUBJECT_ENTERPRISE, "t_field", PC_FIELD_COUNT, "字段", "field", NULL, NULL, NULL},
};
static const char *const t_aliases[] = {"别名", NULL};
static const pc_field_names t_names[] = {{"t_field", t_aliases, NULL, NULL}};
static const pc_reference_def t_references[] = {{"990100", "t_metric", 2020, 1.0, "fictional"}};
static const pc_plugin_tables t_tables = {
    .regions = t_regions, .nregions = PC_COUNT(t_regions),
    .fields = t_fields, .nfields = PC_COUNT(t_fields),
    .field_names = t_names, .nfield_names = PC_COUNT(t_names),
    .references = t_references, .nreferences = PC_COUNT(t_references),
};

static pc_host_api recording_host(void)
{
    pc_host_api h;
    memset(&h, 0, sizeof h);
    h.abi_version = PC_PLUGIN_ABI_VERSION;
    h.struct_size = sizeof h;
    h.log = rec_log;
    h.add_region = rec_region;
    h.add_reference = rec_reference;
    h.add_field = rec_field;
    h.add_field_names = rec_names;
    h.subject_get = rec_subject_get;
    return h;
}

/* Regions, fields, names, then figures (a figure may be of a metric the
 * plugin adds); all of them. */
static void test_add_tables_order(void **state)
{
    (void)state;
    recorder r = {0};
    pc_host_api h = recording_host();
    assert_int_equal(pc_plugin_add_tables(&h, (pc_plugin_ctx *)(void *)&r, &t_tables), 0);
    assert_string_equal(r.calls, "r:990000 r:990100 f:t_metric f:t_field n:t_field x:t_metric ");
    assert_string_equal(r.log, "");
}

/* The first refusal stops the registration, logged with the item. */
static void test_add_tables_refused(void **state)
{
    (void)state;
    recorder r = {.refuse = "t_metric"};
    pc_host_api h = recording_host();
    assert_int_equal(pc_plugin_add_tables(&h, (pc_plugin_ctx *)(void *)&r, &t_tables), -1);
    assert_string_equal(r.calls, "r:990000 r:990100 f:t_metric ");
    assert_string_equal(r.log, "cannot register field t_metric");
    recorder r2 = {.refuse = "990100"};
    assert_int_equal(pc_plugin_add_tables(&h, (pc_plugin_ctx *)(void *)&r2, &t_tables), -1);
    assert_string_equal(r2.log, "cannot register region 990100 (示例市)");
}

/* A host older than add_field_names: the names are skipped, not called
 * through a pointer past the end of its table. */
static void test_add_tables_older_host(void **state)
{
    (void)state;
    recorder r = {0};
    pc_host_api h = recording_host();
    h.struct_size = (uint32_t)offsetof(pc_host_api, add_field_names);
    h.add_field_names = NULL;
    assert_int_equal(pc_plugin_add_tables(&h, (pc_plugin_ctx *)(void *)&r, &t_tables), 0);
    assert_string_equal(r.calls, "r:990000 r:990100 f:t_metric f:t_field x:t_metric ");
    static const pc_plugin_tables none = {0};
    recorder empty = {0};
    assert_int_equal(pc_plugin_add_tables(&h, (pc_plugin_ctx *)(void *)&empty, &none), 0);
    assert_string_equal(empty.calls, "");
}

static void test_get_int_and_fen(void **state)
{
    (void)state;
    pc_host_api h = recording_host();
    int64_t v = -1;
    assert_int_equal(pc_plugin_get_int(&h, NULL, "count", &v), 1);
    assert_true(v == INT64_MAX);
    v = -1;
    assert_int_equal(pc_plugin_get_int(&h, NULL, "loan_yuan", &v), 0);   /* money is not an integer */
    assert_int_equal(pc_plugin_get_int(&h, NULL, "absent", &v), 0);
    assert_true(v == -1);
    assert_int_equal(pc_plugin_get_fen(&h, NULL, "loan_yuan", &v), 1);
    assert_true(v == 12345);
    assert_int_equal(pc_plugin_get_fen(&h, NULL, "count", &v), 0);
}

#define T(name) cmocka_unit_test_setup_teardown(name, setup, teardown)

int main(void)
{
    /* The build made the case directories with the umask of the day; the
     * loader refuses group-writable plugins, which is not what these
     * cases test. */
    pct_chmod_go_w(CASES);
    const struct CMUnitTest tests[] = {
        T(test_bad_abi),
        T(test_no_entry),
        T(test_small_descriptor),
        T(test_not_a_shared_object),
        T(test_failing_init),
        T(test_nan_reference),
        T(test_replacement_cycle),
        T(test_duplicate_jurisdiction),
        T(test_required_loads_first),
        T(test_strict_plugins),
        T(test_good),
        T(test_good_two_engines),
        T(test_mixed_directory),
        T(test_required_refusal_is_fatal),
        T(test_required_bad_abi_is_fatal),
        T(test_required_missing_is_fatal),
        T(test_required_good_in_mixed),
        T(test_disabled_plugin),
        T(test_missing_plugins_dir),
        cmocka_unit_test(test_add_tables_order),
        cmocka_unit_test(test_add_tables_refused),
        cmocka_unit_test(test_add_tables_older_host),
        cmocka_unit_test(test_get_int_and_fen),
    };
    return cmocka_run_group_tests_name("unit/plugins", tests, NULL, NULL);
}
