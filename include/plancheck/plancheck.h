/*
 * plancheck/plancheck.h -- the engine API.
 *
 * An engine (pc_engine) owns everything: the configuration, the field
 * dictionary, the loaded jurisdiction plugins, the region registry and the
 * list of rule files.  Evaluation happens in contexts (pc_context), each with
 * its own Lua state in which every plan's rules are compiled once; a context
 * is used by one thread at a time, and several contexts of one engine may run
 * on several threads.  Subjects (pc_subject) are enterprises or regions read
 * from INI or JSON; evaluating one yields a report (pc_report) that can be
 * written as JSON or text.
 *
 * Errors go to a pc_diag, a list of messages that each carry the sysexits
 * code they imply, the file, line and field where there is one, and text
 * saying what was expected.  Functions that can fail return 0 on success or
 * that exit code.
 */
#ifndef PLANCHECK_H
#define PLANCHECK_H

#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

#include "plugin.h"

#ifdef __cplusplus
extern "C" {
#endif

#define PC_VERSION "0.1.0"

/* Marks the functions the shared library exports; everything else is hidden. */
#if defined(__GNUC__)
#define PC_API __attribute__((visibility("default")))
#else
#define PC_API
#endif

/* Exit codes, as sysexits.h. */
enum {
    PC_OK = 0,
    PC_EX_USAGE = 64,
    PC_EX_DATAERR = 65,
    PC_EX_NOINPUT = 66,
    PC_EX_SOFTWARE = 70,
    PC_EX_CANTCREAT = 73,
    PC_EX_IOERR = 74,
    PC_EX_CONFIG = 78
};

typedef enum pc_lang { PC_LANG_EN = 0, PC_LANG_ZH = 1 } pc_lang;

/* A date as the integer YYYYMMDD. */
typedef int32_t pc_date;

typedef struct pc_engine pc_engine;
typedef struct pc_context pc_context;
typedef struct pc_report pc_report;
/* pc_subject and pc_diag are declared in plugin.h. */

/* ---- diagnostics ---------------------------------------------------------- */

typedef struct pc_message {
    int code;            /* exit code it implies; 0 for a warning */
    const char *file;    /* NULL when none */
    long line;           /* 0 when none */
    long record;         /* record number in a batch, 0 when none */
    const char *field;   /* NULL when none */
    const char *text;
    const char *label;   /* the field's zh label when the field is a known one, else NULL */
    /* Added after the members above (existing callers are unaffected): */
    const char *text_zh; /* the text in Chinese; NULL when the message has only text */
    const char *msg_id;  /* a stable code for the message ("UNKNOWN_ENTERPRISE_FIELD", the
                          * list in docs/cli.md), whatever the language; NULL when none */
} pc_message;

PC_API pc_diag *pc_diag_new(void);
PC_API void pc_diag_free(pc_diag *diag);
PC_API size_t pc_diag_count(const pc_diag *diag);
PC_API const pc_message *pc_diag_get(const pc_diag *diag, size_t i);
/* The highest exit code among the messages (0 if only warnings). */
PC_API int pc_diag_worst(const pc_diag *diag);
/* Writes every message as "file:line: field 'name': text [zh label]" lines. */
PC_API void pc_diag_print(const pc_diag *diag, FILE *out);
PC_API void pc_diag_clear(pc_diag *diag);
/* Writes the messages as a JSON array of {file, line, field, label, record, message}
 * (label and record only when set). */
PC_API void pc_diag_write_json(const pc_diag *diag, FILE *out);
/* The same in a language: PC_LANG_ZH writes each message's text_zh (its text
 * when it has none) framed in Chinese ("文件 第 N 行: 字段 标签(name): ..."),
 * and JSON "message" in that language; both add "message_id" to JSON. */
PC_API void pc_diag_print_lang(const pc_diag *diag, FILE *out, pc_lang lang);
PC_API void pc_diag_write_json_lang(const pc_diag *diag, FILE *out, pc_lang lang);
/* One message's text in a language, with the field it names ("field 'x': text [label]",
 * "字段 标签(x): 文本"), into buf (truncated to size); returns buf. */
PC_API const char *pc_message_text(const pc_message *message, pc_lang lang, char *buf, size_t size);

/* ---- the engine ------------------------------------------------------------ */

typedef struct pc_engine_options {
    const char *config_path;  /* INI config, or NULL for none */
    const char *rules_dir;    /* overrides the config; NULL: config or default */
    const char *plugins_dir;  /* overrides the config; NULL: config or default */
    const char *default_rules_dir;   /* used when neither sets one */
    const char *default_plugins_dir;
    int skip_rules;           /* find the rule files but compile none (lint, test) */
    /* Encoding of input files and batch input: NULL or "utf-8" (input that is
     * not UTF-8 is refused at its first bad line), "gbk" or "gb18030"
     * (converted with iconv). */
    const char *input_encoding;
    /* What-if: "PLAN/RULE.PARAM=VALUE" each, applied after the config's
     * [plan.PLAN] keys and checked as they are; listed in every report. */
    const char *const *params;
    size_t nparams;
} pc_engine_options;

/*
 * Reads the config, loads the plugins and compiles every rule file once to
 * check them.  A plugin or rule file that fails to load is reported (and
 * left out); unless the config marks it required, the engine runs on without
 * it and pc_engine_open returns 0.  Returns PC_EX_CONFIG when the config
 * itself is bad or a required part failed.
 */
PC_API int pc_engine_open(pc_engine **engine, const pc_engine_options *options, pc_diag *diag);
PC_API void pc_engine_close(pc_engine *engine);

/* Checks rule files without evaluating anything: every error the loader
 * reports plus mistakes that still load (see docs/toolkit.md).  With no
 * files, every rule file of the rules directory.  Returns 0 when clean,
 * PC_EX_CONFIG with the problems in diag otherwise. */
PC_API int pc_lint(pc_engine *engine, int nfiles, char **files, pc_diag *diag);

/* Runs the rule test cases (<plan>.test.lua beside <plan>.lua) under the
 * given files or directories (none: the whole rules directory), writes a
 * line per case, coverage per plan and "N passed, N failed" to out.
 * Returns 0 when every case passed, 1 otherwise. */
PC_API int pc_test(pc_engine *engine, int npaths, char **paths, pc_lang lang, FILE *out);

/* The config's [engine] lang, if set; else -1. */
PC_API int pc_engine_config_lang(const pc_engine *engine);

/* Writes plugins, jurisdictions, plans and their rules; with as_of (0:
 * none), whether each plan is in force on that date (text: a line; JSON:
 * "as_of", and per plan "in_force_as_of" and "days_left"). */
PC_API void pc_engine_describe_text(pc_engine *engine, pc_lang lang, pc_date as_of, FILE *out);
PC_API void pc_engine_describe_json(pc_engine *engine, pc_date as_of, FILE *out);
/* Writes one plan as the object pc_engine_describe_json lists it with, its
 * rules' quotes included; returns 0, or -1 when no plan has that id. */
PC_API int pc_engine_describe_plan_json(pc_engine *engine, const char *id, FILE *out);

/* The rules' version: a SHA-256 (64 hex digits) of every rule file, plugin
 * and the config the engine loaded, computed on the first call (later calls
 * return it; thread-safe).  Two engines that give the same answers have the
 * same version. */
PC_API const char *pc_engine_rules_version(const pc_engine *engine);

/* A value of the config, NULL when absent; *line (when not NULL) gets its
 * line in the config file. */
PC_API const char *pc_engine_config_get(pc_engine *engine, const char *section, const char *key, long *line);
/* The config file's path, NULL when none. */
PC_API const char *pc_engine_config_path(const pc_engine *engine);

/*
 * The fields the plans in force in a region on as_of read (for enterprises:
 * subsidies and obligations of the plans in force; for regions: targets of
 * the plans issued by then), in dictionary order: what a form for that region
 * needs.  The region code is resolved as evaluation resolves it.  *fields is
 * a new array of pointers into the engine's dictionary (free() the array
 * only).  Returns 0, or PC_EX_DATAERR with the reason in diag.
 */
PC_API int pc_engine_region_fields(pc_engine *engine, const char *region, pc_subject_kind kind, pc_date as_of,
                                   const pc_field_def ***fields, size_t *count, pc_diag *diag);
/* The regions the plugins registered, in registration order (a province
 * before its cities and counties).  Strings point into the engine. */
typedef struct pc_region_info {
    const char *code, *parent, *name_zh, *name_en;   /* parent: "" for a province */
    const char *replaced_by;                         /* "" when not replaced */
    pc_date valid_from, valid_to;                    /* 0: unbounded */
} pc_region_info;
PC_API size_t pc_engine_region_count(const pc_engine *engine);
/* Fills info for region i (< pc_engine_region_count). */
PC_API void pc_engine_region_get(const pc_engine *engine, size_t i, pc_region_info *info);
/* The field dictionary: the core fields, then each plugin's in the order it
 * registered them (`plancheck types` lists them).  *owner is "core" or the
 * plugin's name.  Strings point into the engine. */
PC_API size_t pc_engine_field_count(const pc_engine *engine);
/* Field i (< pc_engine_field_count). */
PC_API const pc_field_def *pc_engine_field_get(const pc_engine *engine, size_t i, const char **owner);
/* The zh label of an enum field's value ("市级" for ip_advantage_level
 * "municipal"), NULL when it has none. */
PC_API const char *pc_engine_enum_label(const pc_engine *engine, pc_subject_kind kind, const char *field,
                                        const char *value);
/* A field type as docs/fields.md describes it ("money (yuan, at most 2 decimals)"). */
PC_API const char *pc_field_type_name(pc_field_type type);
/* A field type as one word for programs: string, boolean, count, integer,
 * number, money, enum, region. */
PC_API const char *pc_field_type_key(pc_field_type type);

/* ---- contexts ---------------------------------------------------------------- */

/* The context pc_engine_open compiled every plan into, owned by the engine:
 * for a caller that evaluates on one thread, no second compilation. */
PC_API pc_context *pc_engine_context(pc_engine *engine);

/* A new evaluation context: a Lua state with every plan compiled.  Problems
 * in rule files were reported by pc_engine_open already and are not repeated. */
PC_API pc_context *pc_context_new(pc_engine *engine);
PC_API void pc_context_free(pc_context *ctx);

/* ---- subjects ------------------------------------------------------------------ */

/* Reads one subject from an INI or JSON file ("-" reads JSON from stdin).
 * The format is detected from the content.  Returns 0, PC_EX_NOINPUT or
 * PC_EX_DATAERR (with messages in diag). */
PC_API int pc_subject_read_file(pc_engine *engine, pc_subject_kind kind, const char *path,
                         pc_subject **subject, pc_diag *diag);
/* Reads one subject from JSON text (one record of a batch).  *subject is
 * NULL, or a subject this engine read before with this function, which is
 * emptied and reused: its storage and its cache of the record's keys are
 * kept, so records of one shape read faster (a service reading a request
 * after another).  *subject is the subject read, on failure too. */
PC_API int pc_subject_read_json(pc_engine *engine, pc_subject_kind kind, const char *text, size_t len,
                         const char *file, long line, pc_subject **subject, pc_diag *diag);
PC_API void pc_subject_free(pc_subject *subject);
/* What-if: changes one value of a subject read, "FIELD=VALUE" for an
 * enterprise (the field by name, zh label or alias), "YEAR.METRIC=VALUE" for
 * a region, parsed and checked as a file's value is (errors name the file
 * "--set"); the report lists the change.  Returns 0, PC_EX_USAGE when the
 * text is not of that form, or PC_EX_DATAERR (messages in diag). */
PC_API int pc_subject_set(pc_subject *subject, const char *assignment, pc_diag *diag);
/* Checks that text is one well-formed JSON value, without reading it as a
 * subject: 0, or PC_EX_DATAERR with the parser's message at file:line. */
PC_API int pc_json_check(const char *text, size_t len, const char *file, long line, pc_diag *diag);

/* ---- evaluation ------------------------------------------------------------------- */

typedef struct pc_eval_options {
    pc_date as_of;
    pc_lang lang;
    int explain;      /* add each rule's trace: conditions, parameters, amount, cap, citation */
} pc_eval_options;

/*
 * Evaluates a subject against every plan covering its region: for an
 * enterprise the subsidies and obligations of the plans in force on as_of,
 * for a region the targets of the plans issued by as_of.  Always yields a
 * report; problems with the subject's data are in the report's errors (and
 * make the return value PC_EX_DATAERR); a rule that fails fails this subject
 * alone (PC_EX_DATAERR, the rule named in the errors).  *report is NULL for
 * a new report, or a report of an earlier evaluation, emptied and reused
 * (its storage kept: a service evaluating request after request).
 */
PC_API int pc_evaluate(pc_context *ctx, const pc_subject *subject, const pc_eval_options *options,
                pc_report **report);
PC_API void pc_report_free(pc_report *report);
/* An empty report, for pc_batch_record to reuse. */
PC_API pc_report *pc_report_new(void);

/* One result of a report, for callers that log decisions. */
typedef struct pc_result_info {
    const char *plan, *rule;
    const char *status;       /* as in the JSON: "eligible", "met", ... */
    int has_amount;           /* an eligible subsidy whose amount the plan fixes */
    int64_t amount_fen;
} pc_result_info;

PC_API size_t pc_report_result_count(const pc_report *report);
PC_API void pc_report_result(const pc_report *report, size_t i, pc_result_info *info);
/* The subject's id (credit code, or region code) and resolved region. */
PC_API const char *pc_report_subject_id(const pc_report *report);
PC_API const char *pc_report_region(const pc_report *report);
PC_API int64_t pc_report_total_fen(const pc_report *report);
/* The problems with the subject's data and the rules that failed (print
 * them with pc_diag_print). */
PC_API const pc_diag *pc_report_errors(const pc_report *report);

/* ---- output formats ------------------------------------------------------------------------- */

/* The writers of a report (docs/architecture.md, "The output layer"). */
typedef enum pc_format { PC_FORMAT_TEXT, PC_FORMAT_JSON, PC_FORMAT_CSV, PC_FORMAT_HTML } pc_format;

/* The format named "text", "json", "csv" or "html"; returns 0, or -1 for another name. */
PC_API int pc_format_parse(const char *name, pc_format *format);
/* Writes the report in a format (JSON: one object as the contract says, no
 * trailing newline; CSV: one row per result, without the header).  Returns 0, or PC_EX_IOERR
 * when the write failed. */
PC_API int pc_report_write(const pc_report *report, pc_format format, FILE *out);
/* The same into memory: a NUL-terminated string the caller frees with
 * free(); *len (when not NULL) receives its length. */
PC_API char *pc_report_format(const pc_report *report, pc_format format, size_t *len);
/* The same appended to *out, a malloc'ed buffer of *cap bytes holding *len
 * (NULL/0/0 to start), grown when needed and left NUL-terminated: a caller
 * that knows the size to expect allocates once. */
PC_API void pc_report_append(const pc_report *report, pc_format format, char **out, size_t *len, size_t *cap);
/* CSV as `batch --format csv` writes it, for callers writing records one by
 * one (check and progress --format csv).  The header, after the UTF-8 byte
 * order mark unless no_bom or the config's [engine] csv_bom = false: */
PC_API int pc_csv_write_header(const pc_engine *engine, int no_bom, FILE *out);
/* The rows of record number `record`: the report's (one per result, or one
 * saying why there is none), or when its evaluation failed, or report is
 * NULL (an input that could not be read), one row with status "error" and
 * the messages of the report's errors (or of errors) in lang.  Returns 0,
 * or PC_EX_IOERR when the write failed. */
PC_API int pc_csv_write_record(const pc_report *report, const pc_diag *errors, long record, pc_lang lang, FILE *out);

/* ---- batches ------------------------------------------------------------------------------ */

typedef struct pc_batch_options {
    pc_subject_kind kind;
    int threads;              /* worker threads; 1 evaluates in the calling thread */
    pc_eval_options eval;
    int csv_output;           /* one CSV row per record and rule instead of JSON Lines */
    int no_bom;               /* with csv_output: no UTF-8 BOM before the header (also [engine] csv_bom = false) */
    int no_rules;             /* read and write only (to measure what evaluation adds) */
    int only_eligible;        /* enterprises: a row per record and eligible subsidy (the screening list) */
    const char *input_name;   /* for messages */
    const char *output_name;  /* for messages; NULL: "standard output" */
    long eval_timeout_ms;     /* the watchdog's deadline: 0 the config's [engine] eval_timeout_ms, -1 none */
    /* Polled between reads: non-zero stops the run (an interrupt). */
    int (*cancelled)(void *arg);
    void *cancel_arg;
    /* Called after each read with the records read and bytes read so far. */
    void (*progress)(void *arg, long records, size_t bytes);
    void *progress_arg;
} pc_batch_options;

/* Counts per status in a batch summary: index i counts the status
 * pc_batch_status_name(i) names ("eligible", ..., and "no_plan",
 * "no_results", "error" for whole records). */
#define PC_BATCH_STATUS_SLOTS 16
/* The name of status slot i, or NULL past the last. */
PC_API const char *pc_batch_status_name(int i);

typedef struct pc_batch_rule {
    const char *plan, *rule;
    long eligible;            /* records eligible */
    long statuses[PC_BATCH_STATUS_SLOTS];   /* records per status of this rule */
    int64_t yuan_fen;         /* total of the fixed amounts, in fen */
    int has_amounts;
    int overflow;             /* the total is beyond int64 fen (yuan_fen is then meaningless) */
} pc_batch_rule;

/* A field some results lacked: in how many records (once per record). */
typedef struct pc_batch_missing {
    const char *field;        /* as in the results' "missing" (a region's metric with @year) */
    const char *label_zh, *label_en;   /* the field's labels; NULL when not a dictionary field */
    long records;
} pc_batch_missing;

/* Enterprises evaluated in one region (the code evaluated, after replacements). */
typedef struct pc_batch_region {
    char code[7];
    const char *name_zh, *name_en;     /* from the plugins' registry; NULL when unknown */
    long records;
    long eligible;            /* records eligible for at least one subsidy */
    long statuses[PC_BATCH_STATUS_SLOTS];   /* records without results: no_plan, no_results */
    int64_t yuan_fen;         /* total of their fixed amounts, in fen */
    int overflow;
} pc_batch_region;

typedef struct pc_batch_summary {
    long read, evaluated, failed;
    pc_batch_rule *rules;     /* every rule with a result, in the order met; free with pc_batch_summary_free */
    size_t nrules;
    pc_batch_missing *missing;   /* the fields lacked, most often lacked first */
    size_t nmissing;
    pc_batch_region *regions; /* enterprise batches: per region, by code */
    size_t nregions;
} pc_batch_summary;

/*
 * Reads records from in (JSON Lines, or CSV with a header row of field names
 * or zh labels; detected from the content), writes one result per record to
 * out in input order.  Bad records yield error objects and messages on
 * stderr; the rest are evaluated.  Returns 0, PC_EX_DATAERR when a record
 * failed or the input is malformed, PC_EX_NOINPUT on a read error,
 * PC_EX_IOERR when writing to out failed (checked on every write and on a
 * final fflush; the run stops reading then).  Closing and syncing out is
 * the caller's.
 */
PC_API int pc_batch_run(pc_engine *engine, FILE *in, FILE *out, const pc_batch_options *options,
                        pc_batch_summary *summary, pc_diag *diag);
PC_API void pc_batch_summary_free(pc_batch_summary *summary);
/* Writes the summary as `batch` prints it on stderr, in lang: records read,
 * evaluated and failed (and the seconds taken, unless seconds < 0), per rule
 * the count of each status and the total of the fixed amounts, the missing
 * fields by frequency, per region the records, those eligible for a subsidy
 * and their fixed amounts.  Returns 0, or PC_EX_IOERR when the write failed. */
PC_API int pc_batch_summary_write(const pc_batch_summary *summary, double seconds, pc_lang lang, FILE *out);

/* The longest JSON record (line) a batch reads: far above any real enterprise. */
#define PC_MAX_RECORD_BYTES (1 << 20)

/*
 * One JSON record of a batch, for callers that stream records themselves:
 * reads it (the same checks as pc_batch_run, the same record size limit),
 * evaluates it into report (reused; see pc_report_new) and appends the line
 * pc_batch_run writes for it, without the newline, to *out (a malloc'ed
 * buffer of *len bytes and *cap capacity; NULL/0/0 to start).  Returns 0, or
 * PC_EX_DATAERR when the record was bad or its rules failed (the line is
 * then the error object {"record", "line", "results": [], "errors"}).  A
 * record longer than PC_MAX_RECORD_BYTES is refused unread: text may then
 * hold only its start.
 */
PC_API int pc_batch_record(pc_context *ctx, pc_subject_kind kind, const char *text, size_t len, const char *input_name,
                           long number, long line, const pc_eval_options *options, pc_report *report, char **out,
                           size_t *outlen, size_t *outcap);

/* ---- comparing two batch outputs ------------------------------------------------------ */

typedef struct pc_compare_options {
    int csv;                  /* CSV rows instead of JSON Lines */
    int header;               /* with csv: a header row first */
    int no_bom;               /* with csv and header: no UTF-8 BOM before the header */
} pc_compare_options;

typedef struct pc_compare_summary {
    long old_records, new_records;
    long changes, newly_eligible, no_longer_eligible, amount_changed;
} pc_compare_summary;

/*
 * Reads two outputs of `batch` (JSON Lines) and writes, per record (matched
 * by subject id) and rule (plan and rule id), every decision that changed:
 * newly_eligible, no_longer_eligible, amount_changed, status_changed,
 * rule_added, rule_removed, and records only in one file (record_added,
 * record_removed).  Records of NEW come in its order, then those only in
 * OLD.  Returns 0, PC_EX_DATAERR when a line could not be read (the others
 * are still compared), PC_EX_NOINPUT on a read error, PC_EX_IOERR when out
 * could not be written.
 */
PC_API int pc_compare_run(FILE *old_in, const char *old_name, FILE *new_in, const char *new_name, FILE *out,
                          const pc_compare_options *options, pc_compare_summary *summary, pc_diag *diag);

/* ---- the watchdog ------------------------------------------------------------------------ */

/*
 * A wall-clock deadline per evaluation, behind the sandbox's metering
 * (docs/security.md, "Watchdog").  A monitor thread checks every registered
 * watch each tick (a twentieth of the timeout, 5 to 100 ms).
 *
 *   - At the deadline the evaluation is interrupted: every rule call it makes
 *     from then on fails ("evaluation deadline exceeded"), which stops any
 *     Lua code within a few hundred instructions.
 *   - If it has still not ended after a grace period (half the timeout,
 *     100 ms to 2 s) -- a native function or library call that does not return
 *     -- the watch expires and on_expire(arg, 1) is called on the monitor
 *     thread.  The evaluating thread is given up, not killed: when (if) it
 *     returns, pc_watch_end tells it so, and it must then touch nothing it
 *     shares, free its context and subject, pc_watch_free the watch,
 *     pc_engine_release the engine (the watchdog took a reference for it, so
 *     the engine, its plugins and their code stay alive while it runs) and
 *     end.  The owner replaces it with a new thread and a new context.
 *
 * Usage, per evaluating thread (several threads share one watchdog):
 *   pc_watch *w = pc_watch_new(dog, ctx, arg);
 *   for each subject: pc_watch_begin(w); pc_evaluate(ctx, ...);
 *                     if (pc_watch_end(w)) { drop the result; clean up; end the thread }
 *   pc_watch_free(w);
 * The service (plancheck serve) and batch use it alike.
 */
typedef struct pc_watchdog pc_watchdog;
typedef struct pc_watch pc_watch;

/* timeout_ms <= 0: the config's [engine] eval_timeout_ms.  Returns NULL
 * when that is 0 (no watchdog). */
PC_API pc_watchdog *pc_watchdog_new(pc_engine *engine, long timeout_ms, void (*on_expire)(void *arg, int deadline));
/* Stops the monitor.  Threads given up may still run; they never touch it again. */
PC_API void pc_watchdog_free(pc_watchdog *dog);
PC_API long pc_watchdog_timeout_ms(const pc_watchdog *dog);
/* What an evaluation given up is told ("the evaluation did not end within N
 * ms ... given up"), in lang: the words batch's error object has, for a
 * caller that answers for it (a service).  Returns buf. */
PC_API const char *pc_watchdog_given_up_text(const pc_watchdog *dog, pc_lang lang, char *buf, size_t size);
/* Gives up every evaluation running now (an interrupt): each one's
 * pc_watch_end returns 1; on_expire(arg, 0) is called for each, on the
 * calling thread. */
PC_API void pc_watchdog_expire_all(pc_watchdog *dog);
/* One evaluating thread's watch over its context. */
PC_API pc_watch *pc_watch_new(pc_watchdog *dog, pc_context *ctx, void *arg);
PC_API void pc_watch_free(pc_watch *watch);
/* Around one evaluation.  begin returns 1 (and nothing starts) when the
 * watch has expired already; end returns 0 when the evaluation ended in
 * time, 1 when it was given up. */
PC_API int pc_watch_begin(pc_watch *watch);
PC_API int pc_watch_end(pc_watch *watch);

/* The engine is reference-counted: pc_engine_close releases the caller's
 * reference, and the engine is freed when threads given up by a watchdog
 * (which takes a reference for each) have released theirs too. */
PC_API void pc_engine_release(pc_engine *engine);

/* ---- small utilities the CLI shares ------------------------------------------------- */

/* Parses a strict YYYY-MM-DD; returns 0 or -1. */
PC_API int pc_date_parse(const char *text, pc_date *date);
/* Writes s as a JSON string literal, quotes included. */
PC_API void pc_write_json_string(const char *s, FILE *out);
/* Writes s as HTML text or a quoted attribute value (& < > " ' escaped). */
PC_API void pc_write_html_text(const char *s, FILE *out);

/* ---- HTML pages (out_html.c; docs/cli.md "HTML pages") ---------------------------- */

/* The report as the body of a page (its <header> and <main>), as
 * --format html writes it, in a new string. */
PC_API char *pc_report_html_body(const pc_report *report, size_t *len);
/* A whole page: the document head (title escaped, the inline style sheet),
 * then body as it is, in a new string. */
PC_API char *pc_html_page(pc_lang lang, const char *title, const char *body, size_t *len);
/* Today's date in local time. */
PC_API pc_date pc_date_today(void);

#ifdef __cplusplus
}
#endif

#endif /* PLANCHECK_H */
