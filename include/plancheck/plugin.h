/*
 * plancheck/plugin.h -- the jurisdiction plugin ABI.
 *
 * A jurisdiction plugin is a shared object that describes one GB/T 2260
 * jurisdiction to the host: its code and names, its parent chain, its
 * sub-regions with their validity dates, reference data that its rules need
 * (resident population, ...), extra input fields, native functions callable
 * from rule files, and a validation hook for its own input fields.
 *
 * The contract, in the manner of SQLite's sqlite3ext.h and Redis's
 * redismodule.h:
 *
 *   - The plugin exports exactly one symbol, PC_PLUGIN_ENTRY_SYMBOL
 *     ("pc_plugin_entry"), a function returning a pointer to a static
 *     pc_plugin_descriptor.
 *   - The descriptor starts with the ABI version and its own size.  The host
 *     refuses a plugin whose abi_version differs from PC_PLUGIN_ABI_VERSION or
 *     whose struct_size is smaller than the host's descriptor, before calling
 *     anything else in it, and says which file and why.
 *   - The host hands the plugin a table of host functions (pc_host_api).  The
 *     plugin calls the host only through that table, so it links to nothing of
 *     the host: build it with no -l flag for plancheck at all.
 *   - Plugins never see a lua_State.  Values cross the boundary as pc_value,
 *     whose strings are owned by whoever produced them (see pc_value).
 *
 * Lifetime: init() is called once per engine after the checks pass; fini()
 * once when the engine closes.  All host callbacks are valid only during
 * init(), validate() and native function calls.  A plugin keeps its state in
 * the pointer it stores through *state in init(); it must not keep mutable
 * globals, because several engines may load it in one process.
 *
 * Threads: validate() and native functions may be called from several
 * threads at once (one evaluation context per thread); they must treat the
 * plugin state as read-only.
 */
#ifndef PLANCHECK_PLUGIN_H
#define PLANCHECK_PLUGIN_H

#include <stddef.h>
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

/* Bumped on every incompatible change of any struct or function below. */
#define PC_PLUGIN_ABI_VERSION 1

/* The single symbol a plugin exports. */
#define PC_PLUGIN_ENTRY_SYMBOL "pc_plugin_entry"

/* Declares the entry point with the right linkage and visibility. */
#if defined(__GNUC__)
#define PC_PLUGIN_EXPORT __attribute__((visibility("default")))
#else
#define PC_PLUGIN_EXPORT
#endif

/* ---- values ------------------------------------------------------------ */

typedef enum pc_type {
    PC_NIL = 0,    /* absent / unknown */
    PC_BOOL,       /* u.b: 0 or 1 */
    PC_INT,        /* u.i: a count or other integer */
    PC_NUMBER,     /* u.n: a real number (never money) */
    PC_MONEY,      /* u.fen: an amount in fen (1 yuan = 100 fen), exact */
    PC_STRING      /* u.s: NUL-terminated UTF-8 */
} pc_type;

/*
 * A value crossing the boundary.  A string handed to the plugin is owned by
 * the host and valid until the callback returns; a string the plugin returns
 * is copied by the host at once, so it may point to plugin-owned storage.
 */
typedef struct pc_value {
    pc_type type;
    union {
        int b;
        int64_t i;
        double n;
        int64_t fen;
        const char *s;
    } u;
} pc_value;

/* ---- descriptions the plugin registers ---------------------------------- */

/*
 * A region the jurisdiction contains (or a parent it sits in).  Dates are
 * "YYYY-MM-DD"; NULL means unbounded.  A code that ceased to exist names the
 * code that replaced it, so input recorded under the old code is resolved to
 * today's jurisdiction (with a warning once the code is no longer valid).
 */
typedef struct pc_region_def {
    const char *code;         /* six-digit GB/T 2260 code */
    const char *parent;       /* parent code, NULL for a province */
    const char *name_zh;
    const char *name_en;
    const char *valid_from;   /* first day the code was in use, or NULL */
    const char *valid_to;     /* last day the code was in use, or NULL */
    const char *replaced_by;  /* code in use after valid_to, or NULL */
    const char *note;         /* source of the change (e.g. a State Council approval), or NULL */
} pc_region_def;

/*
 * A reference figure about a region: "population_10k" (resident population
 * in units of 10,000 people) is the one the engine itself reads, for the
 * per-10,000-people targets.  Every figure names its source.
 */
typedef struct pc_reference_def {
    const char *region;       /* six-digit code */
    const char *metric;       /* a region metric of the field dictionary */
    int year;                 /* the year the figure describes (year-end) */
    double value;
    const char *source;       /* publication the figure comes from */
} pc_reference_def;

/* Field kinds a plugin may add to the dictionary. */
typedef enum pc_field_type {
    PC_FIELD_STRING = 1,
    PC_FIELD_BOOL,
    PC_FIELD_COUNT,     /* non-negative integer */
    PC_FIELD_INT,
    PC_FIELD_NUMBER,
    PC_FIELD_MONEY,     /* decimal yuan in input, fen inside */
    PC_FIELD_ENUM,      /* one of enum_values */
    PC_FIELD_REGION     /* six-digit region code */
} pc_field_type;

typedef enum pc_subject_kind {
    PC_SUBJECT_ENTERPRISE = 1,
    PC_SUBJECT_REGION = 2
} pc_subject_kind;

/* An input field (enterprise) or metric (region) the plugin's rules use. */
typedef struct pc_field_def {
    pc_subject_kind subject;
    const char *name;         /* [a-z][a-z0-9_]*, unique across the engine */
    pc_field_type type;
    const char *label_zh;
    const char *label_en;
    const char *unit_zh;      /* may be NULL */
    const char *unit_en;      /* may be NULL */
    const char *const *enum_values; /* NULL-terminated, for PC_FIELD_ENUM */
} pc_field_def;

/*
 * Other names input may use for a field the plugin added, and the zh labels
 * of its enum values (registered with add_field_names, after add_field).
 * Every array is NULL-terminated and may itself be NULL.  An alias, like the
 * zh label, must not be the name, label or alias of another field of the same
 * subject kind; an enum label or alias must not stand for two values.
 */
typedef struct pc_field_names {
    const char *field;                  /* name of a field this plugin added */
    const char *const *aliases;         /* other names of the field */
    const char *const *enum_labels_zh;  /* zh label of each enum value, in enum_values order */
    const char *const *enum_aliases;    /* pairs: an alias, then the enum value it stands for */
} pc_field_names;

/* ---- the host API --------------------------------------------------------- */

typedef struct pc_plugin_ctx pc_plugin_ctx;   /* opaque: the host's view of one plugin */
typedef struct pc_subject pc_subject;         /* opaque: one record under evaluation */
typedef struct pc_diag pc_diag;               /* opaque: where validation reports go */

/*
 * A native function callable from rule files as native.<plugin>.<name>(...).  It
 * receives the plugin state, the arguments, and writes one result.  It
 * returns 0 on success; on failure it writes a message to err (at most
 * errlen bytes) and returns non-zero, which fails the rule that called it.
 */
typedef int (*pc_native_fn)(void *state, int argc, const pc_value *argv,
                            pc_value *result, char *err, size_t errlen);

typedef enum pc_log_level { PC_LOG_DEBUG, PC_LOG_INFO, PC_LOG_WARN, PC_LOG_ERROR } pc_log_level;

typedef struct pc_host_api {
    uint32_t abi_version;     /* PC_PLUGIN_ABI_VERSION of the host */
    uint32_t struct_size;     /* sizeof(pc_host_api) of the host */

    /* Logs through the host (prefixed with the plugin name). */
    void (*log)(pc_plugin_ctx *ctx, pc_log_level level, const char *fmt, ...)
#if defined(__GNUC__)
        __attribute__((format(printf, 3, 4)))
#endif
        ;

    /* Registration, during init() only.  Each returns 0, or -1 after it has
     * recorded an error that names the plugin and the item; init() should
     * then return non-zero. */
    int (*add_region)(pc_plugin_ctx *ctx, const pc_region_def *region);
    int (*add_reference)(pc_plugin_ctx *ctx, const pc_reference_def *ref);
    int (*add_field)(pc_plugin_ctx *ctx, const pc_field_def *field);
    int (*add_function)(pc_plugin_ctx *ctx, const char *name, pc_native_fn fn);

    /* A setting from the plugin's section [plugin.<name>] of the config, or
     * NULL when not set.  Valid for the life of the engine. */
    const char *(*config_get)(pc_plugin_ctx *ctx, const char *key);

    /* During validate(): reads a field of the subject (PC_NIL if absent). */
    pc_value (*subject_get)(const pc_subject *subject, const char *field);
    /* During validate(): reports a problem with one field; the subject is then
     * rejected as bad input (exit 65), and the message is shown with the
     * file, line and field. */
    void (*report)(pc_diag *diag, const char *field, const char *fmt, ...)
#if defined(__GNUC__)
        __attribute__((format(printf, 3, 4)))
#endif
        ;

    /* Added in ABI 1 after the members above: call it only when
     * PC_HOST_HAS(host, add_field_names) (an older host lacks it).  During
     * init(): aliases and enum labels of a field the plugin added; 0, or -1
     * after recording an error. */
    int (*add_field_names)(pc_plugin_ctx *ctx, const pc_field_names *names);

    /* Added in ABI 1 after add_field_names: call it only when
     * PC_HOST_HAS(host, report_lang).  report() with the text in Chinese and
     * in English: two formats that take the same arguments in the same order
     * (zh may reorder them with %n$, numbering every one).  The host shows
     * the one of the output's language (--lang). */
    void (*report_lang)(pc_diag *diag, const char *field, const char *zh_fmt, const char *en_fmt, ...)
#if defined(__GNUC__)
        __attribute__((format(printf, 4, 5)))
#endif
        ;
} pc_host_api;

/* Whether the host's table holds a member added to ABI 1 after the first
 * ones: an older host's table ends before it (struct_size says where). */
#define PC_HOST_HAS(host, member) \
    ((host)->struct_size >= offsetof(pc_host_api, member) + sizeof(((pc_host_api *)0)->member))

/* A problem in both languages: report_lang() when the host has it, else
 * report() with the English text (a host older than report_lang). */
#define PC_REPORT(host, diag, field, zh_fmt, en_fmt, ...)                                  \
    (PC_HOST_HAS(host, report_lang) ? (host)->report_lang(diag, field, zh_fmt, en_fmt, __VA_ARGS__) \
                                    : (host)->report(diag, field, en_fmt, __VA_ARGS__))

/* ---- helpers compiled into the plugin (not part of the ABI) ----------------- */

/* The number of elements of an array. */
#define PC_COUNT(a) (sizeof(a) / sizeof((a)[0]))

/* A plugin's tables, each array with its length (PC_COUNT); any may be NULL, 0. */
typedef struct pc_plugin_tables {
    const pc_region_def *regions;
    size_t nregions;
    const pc_field_def *fields;
    size_t nfields;
    const pc_field_names *field_names;   /* skipped by a host without add_field_names */
    size_t nfield_names;
    const pc_reference_def *references;
    size_t nreferences;
} pc_plugin_tables;

/* What most init()s do: registers the regions, fields, their names and the
 * reference figures, in that order (a figure may be of a metric the plugin
 * adds).  At the first the host refuses, logs which it was and returns -1
 * (init() then returns non-zero); else 0. */
static inline int pc_plugin_add_tables(const pc_host_api *host, pc_plugin_ctx *ctx, const pc_plugin_tables *t)
{
    for (size_t i = 0; i < t->nregions; i++)
        if (host->add_region(ctx, &t->regions[i]) != 0) {
            host->log(ctx, PC_LOG_ERROR, "cannot register region %s (%s)", t->regions[i].code,
                      t->regions[i].name_zh);
            return -1;
        }
    for (size_t i = 0; i < t->nfields; i++)
        if (host->add_field(ctx, &t->fields[i]) != 0) {
            host->log(ctx, PC_LOG_ERROR, "cannot register field %s", t->fields[i].name);
            return -1;
        }
    for (size_t i = 0; i < t->nfield_names && PC_HOST_HAS(host, add_field_names); i++)
        if (host->add_field_names(ctx, &t->field_names[i]) != 0) {
            host->log(ctx, PC_LOG_ERROR, "cannot register the names of field %s", t->field_names[i].field);
            return -1;
        }
    for (size_t i = 0; i < t->nreferences; i++)
        if (host->add_reference(ctx, &t->references[i]) != 0) {
            host->log(ctx, PC_LOG_ERROR, "cannot register %s of %s for %d", t->references[i].metric,
                      t->references[i].region, t->references[i].year);
            return -1;
        }
    return 0;
}

/* During validate(): an integer (type PC_INT: a count or integer field) or
 * an amount in fen (PC_MONEY) of the subject.  1 and *out when given, 0 when
 * absent (the host has type-checked the input, so another type cannot occur). */
static inline int pc_plugin_get_int64(const pc_host_api *host, const pc_subject *subject, const char *field,
                                      pc_type type, int64_t *out)
{
    pc_value v = host->subject_get(subject, field);
    if (v.type != type || (type != PC_INT && type != PC_MONEY))
        return 0;
    *out = type == PC_MONEY ? v.u.fen : v.u.i;
    return 1;
}
static inline int pc_plugin_get_int(const pc_host_api *host, const pc_subject *subject, const char *field,
                                    int64_t *out)
{
    return pc_plugin_get_int64(host, subject, field, PC_INT, out);
}
static inline int pc_plugin_get_fen(const pc_host_api *host, const pc_subject *subject, const char *field,
                                    int64_t *out)
{
    return pc_plugin_get_int64(host, subject, field, PC_MONEY, out);
}

/* ---- the descriptor --------------------------------------------------------- */

typedef struct pc_plugin_descriptor {
    uint32_t abi_version;     /* must be PC_PLUGIN_ABI_VERSION */
    uint32_t struct_size;     /* must be sizeof(pc_plugin_descriptor) */
    const char *name;         /* unique plugin name, [a-z][a-z0-9_-]* */
    const char *version;      /* the plugin's own version, free text */
    const char *jurisdiction; /* GB/T 2260 code of the jurisdiction */
    const char *name_zh;
    const char *name_en;

    /* Registers everything.  Returns 0, or non-zero to refuse loading (after
     * host->log() of the reason). *state is passed back to every callback. */
    int (*init)(const pc_host_api *host, pc_plugin_ctx *ctx, void **state);

    /* Optional (may be NULL): checks jurisdiction-specific fields of one
     * subject whose region lies in this jurisdiction.  Problems go through
     * host->report(); the return value is ignored. */
    void (*validate)(const pc_host_api *host, void *state,
                     const pc_subject *subject, pc_diag *diag);

    /* Optional: frees the state. */
    void (*fini)(void *state);
} pc_plugin_descriptor;

/* The type of the entry point. */
typedef const pc_plugin_descriptor *(*pc_plugin_entry_fn)(void);

#ifdef __cplusplus
}
#endif

#endif /* PLANCHECK_PLUGIN_H */
