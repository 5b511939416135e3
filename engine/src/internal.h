/*
 * internal.h -- what the engine's files share and nothing outside sees.
 * Prefixes: pc_buf_ (growable text), pc_dict_ (fields), pc_regions_ (region
 * registry), pc_config_ (INI config), pc_plugins_ (loader), pc_lua_ (sandbox),
 * pc_dsl_ (rule compiler), pc_eval_ (evaluation).
 */
#ifndef PC_INTERNAL_H
#define PC_INTERNAL_H

#include "plancheck/plancheck.h"
#include "plancheck/plugin.h"

#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>

#if defined(__GNUC__)
#define PC_PRINTF(a, b) __attribute__((format(printf, a, b)))
#else
#define PC_PRINTF(a, b)
#endif

typedef struct lua_State lua_State;

/* ---- buf.c -------------------------------------------------------------------- */

typedef struct pc_buf {
    char *data;
    size_t len, cap;
} pc_buf;

void pc_buf_free(pc_buf *b);
/* Makes room for extra more bytes and a NUL. */
void pc_buf_grow(pc_buf *b, size_t extra);
void pc_buf_puts(pc_buf *b, const char *s);

/* Inline: the output path calls these for every few bytes it writes. */
static inline void pc_buf_add(pc_buf *b, const char *s, size_t n)
{
    if (b->len + n + 1 > b->cap)
        pc_buf_grow(b, n);
    __builtin_memcpy(b->data + b->len, s, n);
    b->len += n;
    b->data[b->len] = '\0';
}

static inline void pc_buf_putc(pc_buf *b, char c)
{
    if (b->len + 2 > b->cap)
        pc_buf_grow(b, 1);
    b->data[b->len++] = c;
    b->data[b->len] = '\0';
}
void pc_buf_printf(pc_buf *b, const char *fmt, ...) PC_PRINTF(2, 3);
void pc_buf_vprintf(pc_buf *b, const char *fmt, va_list ap);
/* A JSON string literal, quotes included. */
void pc_buf_json_string(pc_buf *b, const char *s);
void pc_buf_uint(pc_buf *b, uint64_t v);
void pc_buf_int(pc_buf *b, int64_t v);
/* Money as a JSON number in yuan: 300000, 1234.5, 0.01. */
void pc_buf_money(pc_buf *b, int64_t fen);
/* A real as the shortest of %.4f that round-trips, trailing zeros cut. */
void pc_buf_real(pc_buf *b, double v);
/* s, then spaces up to width display columns (CJK characters count two). */
void pc_buf_pad(pc_buf *b, const char *s, size_t width);
/* Takes ownership of the text; the buffer is left empty. */
char *pc_buf_take(pc_buf *b);

char *pc_strdup(const char *s);
void *pc_xmalloc(size_t n);
void *pc_xcalloc(size_t n, size_t size);
void *pc_xrealloc(void *p, size_t n);
/* Appends one element to a growable array, growing it by doubling. */
#define PC_PUSH(arr, count, cap, value)                                              \
    do {                                                                             \
        if ((count) == (cap)) {                                                      \
            (cap) = (cap) ? (cap) * 2 : 8;                                           \
            (arr) = pc_xrealloc((arr), (cap) * sizeof *(arr));                       \
        }                                                                            \
        (arr)[(count)++] = (value);                                                  \
    } while (0)

/* A chain of blocks strings are copied into, freed or reset all at once: a
 * report's texts live here, so evaluating a record allocates nothing once
 * the report has been used before. */
typedef struct pc_arena_block {
    struct pc_arena_block *next;
    size_t used, size;
    char data[];
} pc_arena_block;

typedef struct pc_arena {
    pc_arena_block *head;
} pc_arena;

char *pc_arena_strdup(pc_arena *a, const char *s);
void pc_arena_reset(pc_arena *a);
void pc_arena_free(pc_arena *a);

/* ---- dir.c ------------------------------------------------------------------------ */

/* The names in dir (no dot files; with suffix, only those ending in it), sorted. */
int pc_dir_list(const char *dir, const char *suffix, char ***names, size_t *count);
void pc_dir_free(char **names, size_t count);

/* ---- diag.c ----------------------------------------------------------------------- */

void pc_diag_add(pc_diag *d, int code, const char *file, long line, const char *field,
                 const char *fmt, ...) PC_PRINTF(6, 7);
void pc_diag_vadd(pc_diag *d, int code, const char *file, long line, const char *field,
                  const char *fmt, va_list ap);
void pc_diag_set_record(pc_diag *d, size_t from, long record);
/* The messages as a JSON array of {file, line, field, record, message};
 * default_line stands in for messages without a line. */
void pc_diag_json(const pc_diag *d, pc_buf *b, long default_line);

/* ---- date.c / money.c ----------------------------------------------------------------- */

void pc_date_format(pc_date d, char out[11]);
#define PC_DATE(y, m, d) ((pc_date)((y) * 10000 + (m) * 100 + (d)))
#define PC_DATE_YEAR(d) ((int)((d) / 10000))

/* Parses decimal yuan ("12", "12.5", "12.50") into fen; -1 on bad syntax or
 * more than 2 decimals or overflow.  No sign, no exponent, no spaces. */
int pc_money_parse(const char *s, int64_t *fen);

typedef struct pc_rate {
    int64_t num, den;   /* den a power of ten */
} pc_rate;
int pc_rate_parse(const char *s, pc_rate *rate);
/* fen * rate, rounded down; -1 on overflow. */
int pc_rate_apply(pc_rate rate, int64_t fen, int64_t *out);
/* Strict integer parse, whole string; -1 on junk or overflow. */
int pc_int_parse(const char *s, int64_t *out);
int pc_bool_parse(const char *s, int *out);

/* ---- fields.c ------------------------------------------------------------------------ */

typedef struct pc_field {
    pc_field_def def;
    const char *owner;   /* "core" or the plugin name */
    int index;           /* position among the fields of its subject kind */
} pc_field;

typedef struct pc_dict {
    pc_field *fields;
    size_t count, cap;
    size_t n_enterprise, n_region;
    /* Open-addressing index of names and zh labels: slot = field index + 1. */
    int *slots;
    uint32_t *hashes;   /* the full hash per slot: most probes end without a strcmp */
    size_t nslots;
} pc_dict;

int pc_dict_init(pc_dict *d);
void pc_dict_free(pc_dict *d);
int pc_dict_add(pc_dict *d, const pc_field_def *def, const char *owner, char *err, size_t errlen);
/* Drops the fields added after the first count (a plugin whose init failed). */
void pc_dict_truncate(pc_dict *d, size_t count);
/* Index into d->fields, or -1. */
int pc_dict_find(const pc_dict *d, pc_subject_kind subject, const char *name);
int pc_dict_find_label(const pc_dict *d, pc_subject_kind subject, const char *name_or_label);
const char *pc_field_type_name(pc_field_type t);
const char *pc_field_label(const pc_field *f, pc_lang lang);
const char *pc_field_unit(const pc_field *f, pc_lang lang);

/* ---- region.c ---------------------------------------------------------------------- */

typedef struct pc_region {
    char code[7], parent[7], replaced_by[7];
    char *name_zh, *name_en, *note;
    pc_date valid_from, valid_to;   /* 0: unbounded */
    const char *owner;              /* plugin name */
} pc_region;

typedef struct pc_reference {
    char code[7];
    int metric;          /* region field index in the dictionary's region fields */
    int year;
    double value;
    char *source;
} pc_reference;

typedef struct pc_regions {
    pc_region *items;
    size_t count, cap;
    int *slots;          /* open-addressing index by code: item index + 1 */
    size_t nslots;
    pc_reference *refs;
    size_t nrefs, refs_cap;
} pc_regions;

/* Six digits; whether the province exists is decided on resolution. */
int pc_region_code_valid(const char *code);
int pc_regions_add(pc_regions *r, const pc_region_def *def, const char *owner, char *err, size_t errlen);
const pc_region *pc_regions_find(const pc_regions *r, const char *code);
/* Drops the regions added after the first count (a plugin whose init failed). */
void pc_regions_truncate(pc_regions *r, size_t count);
/* The parent of code: from the table, else by the code's structure. */
int pc_regions_parent(const pc_regions *r, const char *code, char parent[7]);
/* Whether jurisdiction is code or one of its ancestors. */
int pc_regions_covers(const pc_regions *r, const char *jurisdiction, const char *code);
const pc_reference *pc_regions_reference(const pc_regions *r, const char *code, int metric, int year);
void pc_regions_free(pc_regions *r);

/* ---- config.c ---------------------------------------------------------------------- */

typedef struct pc_config_entry {
    char *section, *key, *value;
    long line;
    int used;
} pc_config_entry;

typedef struct pc_config {
    char *path;
    pc_config_entry *entries;
    size_t count, cap;
    char *rules_dir, *plugins_dir;
    int lang;                    /* -1 unset */
    size_t lua_memory_bytes;
    int64_t lua_instructions;
} pc_config;

int pc_config_read(pc_config *c, const char *path, pc_diag *diag);
/* The same from an open stream; path names it in messages. */
int pc_config_read_stream(pc_config *c, const char *path, FILE *f, pc_diag *diag);
void pc_config_free(pc_config *c);
/* The value of section/key, marking it used; NULL when absent. */
const pc_config_entry *pc_config_get(pc_config *c, const char *section, const char *key);

/* ---- plugins.c ------------------------------------------------------------------------ */

typedef struct pc_native {
    char *name;
    pc_native_fn fn;
} pc_native;

struct pc_plugin_ctx {
    pc_engine *engine;
    size_t index;
    pc_diag *diag;
};

typedef struct pc_plugin {
    char *path;
    void *handle;
    const pc_plugin_descriptor *desc;
    void *state;
    pc_native *natives;
    size_t nnatives, natives_cap;
    struct pc_plugin_ctx ctx;
    int initialised;
} pc_plugin;

int pc_plugins_load_dir(pc_engine *e, const char *dir, pc_diag *diag);
void pc_plugins_unload(pc_engine *e);
extern const pc_host_api pc_host_api_table;
/* Runs the validate hook of every plugin whose jurisdiction covers region. */
void pc_plugins_validate(pc_engine *e, const pc_subject *s, const char *region, pc_diag *diag);

/* ---- the compiled plans (dsl.c) ------------------------------------------------------------------ */

typedef enum pc_cond_op {
    PC_C_IS, PC_C_ISNT, PC_C_GT, PC_C_GE, PC_C_LT, PC_C_LE, PC_C_EQ, PC_C_ONE_OF,
    PC_C_ALL, PC_C_ANY, PC_C_NO, PC_C_CHECK
} pc_cond_op;

typedef struct pc_cond {
    pc_cond_op op;
    int field;                 /* dictionary index (enterprise) or -1 */
    pc_value *values;          /* the operand(s), strings owned here */
    int borrowed;              /* enum operands point at the dictionary's strings */
    size_t nvalues;
    struct pc_cond **kids;
    size_t nkids;
    int fn_ref;                /* check: Lua registry reference */
    int *fields;               /* check: dictionary indexes */
    size_t nfields;
    char *label_zh, *label_en; /* check */
} pc_cond;

typedef enum pc_param_type { PC_P_MONEY = 1, PC_P_RATE } pc_param_type;

typedef struct pc_param {
    char *name;
    pc_param_type type;
    char *label_zh, *label_en;
    int set;
    int64_t fen;
    pc_rate rate;
    char *text;                /* the value as written */
    char *source;              /* "default" or "file:line" of the config */
} pc_param;

typedef enum pc_amount_op { PC_A_FIXED, PC_A_PER_ITEM, PC_A_RATE, PC_A_SUM, PC_A_MIN } pc_amount_op;

typedef struct pc_amount {
    pc_amount_op op;
    int field;                 /* dictionary index */
    int param;                 /* index into the item's params */
    struct pc_amount **kids;
    size_t nkids;
} pc_amount;

typedef enum pc_item_kind { PC_ITEM_TARGET, PC_ITEM_SUBSIDY, PC_ITEM_OBLIGATION } pc_item_kind;

typedef enum pc_measure {
    PC_M_PLAIN, PC_M_PER_10K, PC_M_SHARE, PC_M_RATIO_TO_YEAR, PC_M_CUMULATIVE,
    PC_M_NEW_SINCE, PC_M_GROWTH
} pc_measure;

typedef enum pc_compare { PC_CMP_AT_LEAST, PC_CMP_AT_MOST, PC_CMP_ABOUT, PC_CMP_ABOVE } pc_compare;

typedef struct pc_item {
    pc_item_kind kind;
    char *id, *cite, *title_zh, *title_en, *note_zh, *note_en, *quote;
    long line;
    /* subsidy, obligation */
    pc_cond *applies, *condition, *priority;   /* condition: eligible or requires */
    char *priority_zh, *priority_en, *basis_zh, *basis_en;
    pc_param *params;
    size_t nparams;
    pc_amount *amount;
    int has_cap, cap_per_year;
    int64_t cap_fen;
    /* target */
    int metric, other;          /* dictionary indexes; other: share_of / above */
    int metrics[8], nmetrics;   /* metric = {"a", "b"} sums them; metric is metrics[0] */
    pc_measure measure;
    int ref_year;               /* ratio_to_year, new_since */
    pc_compare compare;
    double value, tolerance;
    int due, every_year, strive;
    char *unit_zh, *unit_en;
    /* Output fragments escaped once at compile time (report.c). */
    char *json_head, *json_tail_zh, *json_tail_en;
    size_t json_head_len, json_tail_zh_len, json_tail_en_len;
} pc_item;

typedef struct pc_plan {
    char *id, *title_zh, *title_en, *document, *source, *note_zh, *note_en, *file;
    char jurisdiction[7];
    pc_date issued, in_force_from, in_force_to;
    int first_year, last_year, baseline_year;
    pc_item *items;
    size_t nitems, items_cap;
    long line;
} pc_plan;

void pc_plan_free(pc_plan *p);
/* Builds the items' constant JSON fragments. */
void pc_plan_prepare_output(pc_plan *p);

/* ---- lua.c: the sandbox ------------------------------------------------------------------ */

typedef struct pc_lua {
    lua_State *L;
    size_t used, limit;           /* bytes */
    int64_t budget, limit_instr;  /* instructions left / per call */
    int exhausted;                /* 1: instructions, 2: memory, 3: allocation budget */
    size_t churn, churn_limit;    /* bytes allocated in this protected call, and the most */
    int last_failed;              /* the previous allocation failed */
    int factory_ref;              /* the prelude's environment factory */
} pc_lua;

int pc_lua_open(pc_lua *s, pc_engine *e, char *err, size_t errlen);
void pc_lua_close(pc_lua *s);
/* Arms the instruction budget for one protected call. */
void pc_lua_arm(pc_lua *s);
/* An error message of a rule file, with its full path (Lua shortens long
 * chunk names) and "file: " in front when the message has no location. */
void pc_lua_error_text(const char *path, const char *msg, char *out, size_t n);
/* t[k] without metamethods (the tables rule files declare are theirs). */
int pc_lua_rawfield(lua_State *L, int t, const char *k);
/* Loads one rule file into a fresh environment and runs it; leaves the
 * collected declarations table on the stack. */
int pc_lua_run_file(pc_lua *s, pc_engine *e, const char *path, char *err, size_t errlen);

/* ---- dsl.c: compiles declarations into pc_plan ------------------------------------------ */

int pc_dsl_compile(pc_engine *e, pc_lua *s, const char *path, pc_plan *plan, pc_diag *diag);
/* lint.c: lints one rule file. */
int pc_lint_file(pc_engine *e, const char *path, pc_diag *diag);
/* Applies [plan.<id>] config entries to the plan's parameters. */
int pc_dsl_apply_config(pc_engine *e, pc_plan *plan, pc_diag *diag);

/* ---- subject.c -------------------------------------------------------------------------- */

typedef struct pc_year_values {
    int year;
    long line;
    pc_value *values;   /* n_region */
    long *lines;
} pc_year_values;

typedef struct pc_received {
    char *key;          /* plan-id/rule-id */
    int64_t fen;
    long line;
} pc_received;

#define PC_KEY_CACHE 64

struct pc_subject {
    pc_subject_kind kind;
    struct {
        char key[48];
        size_t len;
        int field;
    } key_cache[PC_KEY_CACHE];   /* JSON keys by position: see pc_subject_key_field */
    char *file;
    long line;           /* line of the record (batch), else 0 */
    char *id, *name;
    char region[7];
    long region_line;
    pc_value *values;    /* enterprise: n_enterprise */
    long *lines;         /* where each value was read, 0 if unknown */
    pc_year_values *years;
    size_t nyears, years_cap;
    pc_received *received;
    size_t nreceived, received_cap;
    pc_arena arena;      /* string values */
    const pc_dict *dict;
};

pc_subject *pc_subject_new(const pc_engine *e, pc_subject_kind kind, const char *file);
/* Empties a subject for the next record, keeping its allocations. */
void pc_subject_reset(pc_subject *s);
/* Sets one field from text (INI, CSV); reports with file/line/field. */
int pc_subject_set_text(pc_subject *s, pc_year_values *year, const char *name, const char *text,
                        long line, pc_diag *diag);
/* The same for a field already looked up (a dictionary index). */
int pc_subject_set_field(pc_subject *s, pc_year_values *year, int field, const char *text, long line,
                         pc_diag *diag);
/* The dictionary index of the key at this position of a record, or -1. */
int pc_subject_key_field(pc_subject *s, size_t position, const char *key, size_t len);
pc_year_values *pc_subject_year(pc_subject *s, int year, long line);
int pc_subject_add_received(pc_subject *s, const char *key, const char *text, long line, pc_diag *diag);
/* Checks required fields and the credit code once everything is read. */
int pc_subject_finish(pc_engine *e, pc_subject *s, pc_diag *diag);
const char *pc_subject_keep(pc_subject *s, const char *text);
int pc_credit_code_check(const char *code, char *expected);
int pc_utf8_valid(const char *text);

int pc_input_ini(pc_engine *e, pc_subject *s, const char *text, size_t len, pc_diag *diag);
int pc_input_json(pc_engine *e, pc_subject *s, const char *text, size_t len, long first_line,
                  pc_diag *diag);

/* ---- engine.c -------------------------------------------------------------------------- */

typedef struct pc_rule_file {
    char *path;
    int ok;
} pc_rule_file;

struct pc_engine {
    pc_config config;
    pc_dict dict;
    pc_regions regions;
    pc_plugin *plugins;
    size_t nplugins, plugins_cap;
    pc_rule_file *files;
    size_t nfiles, files_cap;
    char *rules_dir, *plugins_dir;
    pc_context *main;       /* the context open() compiled, for describe() */
};

struct pc_context {
    pc_engine *engine;
    pc_buf scratch;         /* evaluation's working text, reused */
    pc_lua lua;
    pc_plan *plans;
    size_t nplans, plans_cap;
};

/* Resolves a subject's region code as of a date: follows replacements, and
 * returns 0 with the code to use (and a warning in *warning when the code
 * was replaced), or -1 with the reason in err. */
int pc_region_resolve(const pc_engine *e, const char *code, pc_date as_of, char out[7],
                      pc_buf *warning, pc_lang lang, char *err, size_t errlen);

/* ---- eval.c / report.c -------------------------------------------------------------------- */

typedef enum pc_status {
    PC_S_ELIGIBLE, PC_S_INELIGIBLE, PC_S_NOT_APPLICABLE, PC_S_UNKNOWN,
    PC_S_COMPLIANT, PC_S_NON_COMPLIANT,
    PC_S_MET, PC_S_NOT_MET, PC_S_ON_TRACK, PC_S_BEHIND, PC_S_NO_DATA,
    PC_S_ERROR
} pc_status;

const char *pc_status_name(pc_status s);
/* Appends the report's JSON object to b. */
void pc_report_json(const pc_report *rep, pc_buf *b);
/* Evaluates into an existing report, reusing its storage (batch workers). */
int pc_evaluate_into(pc_context *ctx, const pc_subject *s, const pc_eval_options *opt, pc_report *rep);
pc_report *pc_report_new(void);



typedef struct pc_strlist {
    char **items;
    size_t count, cap;
    pc_arena *arena;      /* where items are copied; NULL: each is malloc'ed */
} pc_strlist;

void pc_strlist_add(pc_strlist *l, const char *s);
/* Empties the list, keeping its storage. */
void pc_strlist_clear(pc_strlist *l);
void pc_strlist_addf(pc_strlist *l, const char *fmt, ...) PC_PRINTF(2, 3);
int pc_strlist_has(const pc_strlist *l, const char *s);
void pc_strlist_free(pc_strlist *l);

typedef struct pc_result {
    const pc_plan *plan;
    const pc_item *item;
    pc_status status;
    int has_amount, has_cap, capped, priority;
    int64_t amount_fen, cap_fen, received_fen;
    /* targets */
    int has_actual, actual_is_money, has_progress, data_year;
    double actual, progress, expected, target;
    int has_expected, has_target;   /* has_target: a target value other than the item's */
    int64_t actual_fen;
    pc_strlist reasons, missing;
    pc_strlist trace, trace_text;   /* --explain: JSON objects, and the same as text */
} pc_result;

struct pc_report {
    pc_arena arena;           /* every string of the results */
    pc_subject_kind kind;
    char *id, *name, *region, *region_given;
    pc_date as_of;
    pc_lang lang;
    pc_result *results;
    size_t nresults, results_cap;
    int64_t total_fen;
    pc_strlist warnings;
    pc_diag *errors;
    const pc_dict *dict;
};

#endif /* PC_INTERNAL_H */
