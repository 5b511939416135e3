/*
 * template.c -- a jurisdiction plugin to copy.  It describes a fictional
 * jurisdiction, 990100 示例市 (GB/T 2260 has no province 99), and calls every
 * host function once, so each call can be read in context.
 *
 * To make a real plugin (docs/guide-write-a-plugin.md walks through it):
 *   1. in this tree: copy this directory to plugins/<name>/, rename the file
 *      and the CMake target (every folder of plugins/ with a CMakeLists.txt
 *      is built); out of tree: copy it anywhere and build standalone/ against
 *      an installed plancheck (find_package(plancheck) or pkg-config);
 *   2. set the descriptor: name, version, jurisdiction code, names;
 *   3. replace the tables (regions, references, fields) with real data, each
 *      figure with the publication it comes from;
 *   4. keep only the callbacks you need (validate and fini may be NULL);
 *   5. run `plancheck plans` (with the plugin in its plugins directory, or
 *      --plugins <dir> --rules <your rules>): it lists the plugin, or says on
 *      stderr why it was refused.
 *
 * Rules of the ABI (include/plancheck/plugin.h is authoritative):
 *   - export only pc_plugin_entry (PC_PLUGIN_EXPORT); everything else static;
 *   - call the host only through the pc_host_api table: link nothing of it;
 *   - no mutable globals: several engines may load the plugin in one process,
 *     so per-engine data goes in the state allocated by init();
 *   - validate() and native functions may run on several threads at once:
 *     they only read the state.
 */
#include <errno.h>
#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>

#include "plancheck/plugin.h"

/* Per-engine state: what init() read from the config.  Read-only after init. */
typedef struct template_state {
    int64_t max_example_count;
} template_state;

/* Tables are static const: shared by every engine, never written. */

/* The parent chain first, then the divisions.  A replaced code names its
 * successor, and its note names the act that replaced it. */
static const pc_region_def regions[] = {
    {"990000", NULL, "示例省", "Example Province", NULL, NULL, NULL, NULL},
    {"990100", "990000", "示例市", "Example City", NULL, NULL, NULL, NULL},
    {"990102", "990100", "示例区", "Example District", "2020-01-01", NULL, NULL,
     "fictional: set up by merging 990121"},
    {"990121", "990100", "示例县", "Example County", NULL, "2019-12-31", "990102",
     "fictional: abolished, merged into 990102"},
};

/* Reference figures the rules read; population_10k drives the per-10,000
 * people targets.  The source names the publication, never "internet". */
static const pc_reference_def references[] = {
    {"990100", "population_10k", 2020, 100.0, "fictional: 示例市2020年统计公报"},
};

/* Extra input fields.  Names are global to the engine, so prefix them with
 * the plugin name to avoid clashing with core fields and other plugins. */
static const pc_field_def fields[] = {
    {PC_SUBJECT_ENTERPRISE, "template_example_count", PC_FIELD_COUNT,
     "示例计数", "example count", "件", "items", NULL},
};

/* Other names input may use for a field (and, for an enum field, the zh
 * labels of its values): docs/plugin-abi.md, pc_field_names. */
static const char *const example_count_aliases[] = {"示例数量", NULL};
static const pc_field_names field_names[] = {
    {"template_example_count", example_count_aliases, NULL, NULL},
};

/*
 * A native function, called from rule files as native.template.per_10k(value, pop):
 * value per 10,000 people.  Arguments are checked here because rule files
 * can pass anything; a non-zero return fails the calling rule with err.
 */
static int fn_per_10k(void *state, int argc, const pc_value *argv,
                      pc_value *result, char *err, size_t errlen)
{
    (void)state; /* read-only if used: this may run on several threads */
    if (argc != 2) {
        snprintf(err, errlen, "per_10k: expected 2 arguments (value, population_10k), got %d", argc);
        return 1;
    }
    double x[2];
    for (int i = 0; i < 2; i++) {
        if (argv[i].type == PC_INT)
            x[i] = (double)argv[i].u.i;
        else if (argv[i].type == PC_NUMBER)
            x[i] = argv[i].u.n;
        else {
            snprintf(err, errlen, "per_10k: argument %d: expected a number", i + 1);
            return 1;
        }
    }
    if (x[1] <= 0) {
        snprintf(err, errlen, "per_10k: population_10k must be positive");
        return 1;
    }
    result->type = PC_NUMBER;
    result->u.n = x[0] / x[1];
    return 0;
}

static int template_init(const pc_host_api *host, pc_plugin_ctx *ctx, void **state)
{
    *state = NULL;

    /* host->abi_version and struct_size say which host this is; a plugin that
     * needs a host function added later checks struct_size before calling it. */

    /* config_get: a key of [plugin.template] in the config, or NULL.  The
     * string lives as long as the engine, so it could be kept as is. */
    int64_t max = 1000;
    const char *s = host->config_get(ctx, "max_example_count");
    if (s) {
        char *end;
        errno = 0;
        long long v = strtoll(s, &end, 10);
        if (errno || end == s || *end || v < 0) {
            /* log: goes to the host's log, prefixed with the plugin name.
             * PC_LOG_ERROR before a non-zero return says why loading failed. */
            host->log(ctx, PC_LOG_ERROR,
                      "max_example_count: expected a non-negative integer, got '%s'", s);
            return 1;
        }
        max = v;
    }

    template_state *st = malloc(sizeof *st);
    if (!st) {
        host->log(ctx, PC_LOG_ERROR, "out of memory");
        return 1;
    }
    st->max_example_count = max;

    /* add_region / add_field / add_field_names / add_reference / add_function:
     * only during init().  Each returns -1 after the host has recorded which
     * item failed; init() then logs and returns non-zero, and the plugin is
     * refused.  pc_plugin_add_tables (plugin.h) registers a plugin's tables in
     * one call and logs the item refused; add_field_names came later in ABI 1,
     * and it skips that for an older host. */
    static const pc_plugin_tables tables = {
        .regions = regions, .nregions = PC_COUNT(regions),
        .fields = fields, .nfields = PC_COUNT(fields),
        .field_names = field_names, .nfield_names = PC_COUNT(field_names),
        .references = references, .nreferences = PC_COUNT(references),
    };
    if (pc_plugin_add_tables(host, ctx, &tables) != 0)
        goto fail;
    if (host->add_function(ctx, "per_10k", fn_per_10k) != 0) {
        host->log(ctx, PC_LOG_ERROR, "cannot register function per_10k");
        goto fail;
    }

    *state = st;
    host->log(ctx, PC_LOG_DEBUG, "loaded; max_example_count = %" PRId64, max);
    return 0;

fail:
    /* Freed here and *state left NULL, so this is right whether or not the
     * host calls fini() after a failed init (fini(NULL) is a no-op). */
    free(st);
    *state = NULL;
    return 1;
}

/*
 * Checks one subject whose region lies in 990100.  Report only data that
 * cannot be right: a report rejects the whole subject as bad input (exit 65).
 */
static void template_validate(const pc_host_api *host, void *state,
                              const pc_subject *subject, pc_diag *diag)
{
    const template_state *st = state;

    /* subject_get: PC_NIL when absent; strings in it belong to the host and
     * last only until validate() returns. */
    pc_value v = host->subject_get(subject, "template_example_count");
    if (v.type == PC_INT && v.u.i > st->max_example_count)
        /* PC_REPORT: the text in zh and en; names the field; the host adds
         * the file and line (and falls back to report() on an older host). */
        PC_REPORT(host, diag, "template_example_count", "应不超过 %" PRId64 "(max_example_count),实际为 %" PRId64,
                     "expected at most %" PRId64 " (max_example_count), got %" PRId64,
                     st->max_example_count, v.u.i);
}

/* Frees what init() allocated; called once when the engine closes. */
static void template_fini(void *state)
{
    free(state);
}

static const pc_plugin_descriptor descriptor = {
    .abi_version = PC_PLUGIN_ABI_VERSION,       /* refused if it differs from the host's */
    .struct_size = sizeof(pc_plugin_descriptor),/* refused if smaller than the host's */
    .name = "template",                         /* [a-z][a-z0-9_-]*, unique */
    .version = "1.0.0",
    .jurisdiction = "990100",
    .name_zh = "示例市",
    .name_en = "Example City",
    .init = template_init,
    .validate = template_validate,
    .fini = template_fini,
};

/* The one exported symbol: PC_PLUGIN_ENTRY_SYMBOL.  Declared first so
 * -Wmissing-prototypes stays quiet. */
PC_PLUGIN_EXPORT const pc_plugin_descriptor *pc_plugin_entry(void);

PC_PLUGIN_EXPORT const pc_plugin_descriptor *pc_plugin_entry(void)
{
    return &descriptor;
}
