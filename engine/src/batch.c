/*
 * batch.c -- many records, streamed: JSON Lines or CSV in (detected from the
 * content), one result per record out, in input order, with bounded memory.
 *
 * The reading thread cuts the input into chunks of records; worker threads,
 * each with its own evaluation context (Lua state), parse, evaluate and
 * format a chunk into its own buffer; the reading thread writes finished
 * chunks in order.  A record that cannot be read or whose rules fail yields
 * an error object with its record number and line, and every other record
 * is still evaluated: records in = results out + errors out.
 */
#include "internal.h"
#include "out.h"

#include <csv.h>
#include <errno.h>
#include <stdarg.h>
#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#define CHUNK_RECORDS 256
#define PC_MAX_RECORD PC_MAX_RECORD_BYTES   /* bytes of one record: far above any real enterprise */

/* CSV columns that are not dictionary fields. */
enum { COL_RECEIVED = -1, COL_REGION = -3, COL_NAME = -4, COL_YEAR = -5 };
#define READ_SIZE (1 << 20)

typedef struct record {
    size_t offset;        /* into the chunk's data */
    size_t len;           /* JSON: bytes; CSV: number of fields */
    long line, number;
    int bad;              /* unreadable: the data is the reason, NUL-terminated */
} record;

/* Counts per rule.  Contexts compile the same plans in the same order, so
 * (plan index, item index) names a rule across workers (row_of finds its row).  A chunk keeps its
 * rows from round to round (the counts are emptied), so counting allocates
 * only for a rule, field or region it has not met before. */
typedef struct stat_row {
    size_t plan, item;
    char *plan_id, *rule_id;
    long status[PC_S_COUNT];
    int64_t fen;
    int overflow;         /* the total of fen is beyond int64 */
    size_t in_sum;        /* its row in the summary + 1, once merged (0: not yet) */
    unsigned missing_seen[4];   /* the missing rows (+ 1) of its first missing fields last time */
} stat_row;

/* A field results lacked: in how many records; last, the record counted
 * last.  len, head and tail (its first and last 8 bytes) tell most fields
 * apart before their bytes are compared. */
typedef struct missing_row {
    char *field;
    size_t len;
    uint64_t head, tail;
    long records, last;
    size_t in_sum;
} missing_row;

typedef struct region_row {
    uint64_t key;         /* the code's bytes */
    char code[7];
    long records, eligible, status[PC_S_COUNT];
    int64_t fen;
    int overflow;
    size_t in_sum;
} region_row;

/* Where a chunk of records is in its round: the reader fills a free one, a
 * worker takes a filled one and evaluates it, the writer writes done ones in
 * order and frees them. */
typedef enum chunk_state { CHUNK_FILLING = -1, CHUNK_FREE, CHUNK_FILLED, CHUNK_TAKEN, CHUNK_DONE } chunk_state;

typedef struct chunk {
    pc_buf data;          /* JSON lines, or CSV fields each NUL-terminated */
    record *records;
    size_t count, cap;
    pc_buf out, err;      /* formatted results and stderr messages */
    long evaluated, failed;
    stat_row *stats;
    size_t nstats, stats_cap;
    unsigned **row_of;    /* [plan index][item index]: its stats row + 1, 0 none yet */
    size_t nrow_of;
    missing_row *missing;
    size_t nmissing, missing_cap;
    unsigned *missing_slots;   /* open addressing by hash: a missing row + 1, 0 empty */
    size_t nmissing_slots;     /* a power of two, at least twice nmissing */
    region_row *regions;
    size_t nregions, regions_cap;
    unsigned *region_slots;    /* open addressing by code: a region row + 1, 0 empty */
    size_t nregion_slots;      /* a power of two, at least twice nregions */
    chunk_state state;
    long seq;
    size_t pos;           /* the first record not yet done (a given-up worker's chunk resumes there) */
} chunk;

typedef struct worker worker;

typedef struct batch {
    pc_engine *engine;
    const pc_batch_options *opt;
    int csv;
    int utf8;             /* the input is checked or converted as it is read (pc_decoder) */
    int *columns;         /* CSV: dictionary index per column, or one of the COL_ values */
    char **received_keys; /* CSV: plan/rule per "received:" column */
    size_t ncolumns;
    chunk *chunks;
    size_t nchunks;
    long next_fill, next_write;
    pthread_mutex_t lock;
    pthread_cond_t filled, done;
    int finished;         /* no more chunks will be filled */
    pc_context *inline_ctx;     /* one thread: the reading thread evaluates */
    pc_subject *inline_subject;
    pc_report *inline_report;
    pc_watchdog *dog;     /* the deadline per evaluation, or NULL */
    worker **workers;     /* the live ones; a given-up worker is replaced */
    size_t nworkers, workers_cap;
    int live;             /* workers not yet ended, under lock */
    int stop;             /* atomic: interrupted, every worker ends */
} batch;

/* A worker thread.  Once given up by the watchdog it owns this struct and
 * touches nothing of the batch again. */
struct worker {
    batch *b;
    pc_engine *engine;
    pthread_t thread;
    pc_watch *watch;
    chunk *c;             /* what it works on, for on_expire */
    size_t i;
};

enum { RUN_DONE, RUN_STOPPED, RUN_GIVEN_UP };   /* how process_chunk ended */

/* ---- formatting one record ------------------------------------------------------------ */

/* What of a failed record's subject was read and can name it in a CSV row. */
static const char *readable(const char *text)
{
    return text && *text && pc_utf8_valid(text) ? text : NULL;
}

/* s: the record's subject as far as it was read, NULL when nothing was. */
static void error_object(pc_buf *out, pc_buf *err, const pc_diag *d, const pc_subject *s, long number, long line,
                         const char *file, int csv, int only_eligible, pc_lang lang)
{
    if (csv) {
        /* one row, status "error", the messages in the last column */
        pc_buf text = {0};
        for (size_t i = 0; i < pc_diag_count(d); i++) {
            pc_message at = *pc_diag_get(d, i);
            at.file = file;
            at.line = at.line ? at.line : line;
            at.record = number;
            if (i)
                pc_buf_puts(&text, "; ");
            pc_buf_printf(&text, pc_msg(lang, PC_MSG_DIAG_LINE), at.line);
            pc_diag_message_text(&text, &at, lang);
            pc_diag_message_line(err, &at, lang);
        }
        const char *region = s ? readable(s->region) : NULL;
        pc_out_csv_error(out, number, s ? (readable(s->id) ? s->id : region) : NULL, s ? readable(s->name) : NULL, region,
                         text.data ? text.data : "", only_eligible);
        pc_buf_free(&text);
        return;
    }
    pc_buf_printf(out, "{\"record\":%ld,\"line\":%ld,\"results\":[],\"errors\":", number, line);
    pc_diag_json(d, out, line, lang);
    pc_buf_puts(out, "}\n");
    for (size_t i = 0; i < pc_diag_count(d); i++) {
        pc_message at = *pc_diag_get(d, i);
        /* a message about another file (a rule that failed) keeps the record's line */
        at.line = at.line && (!at.file || strcmp(at.file, file) == 0) ? at.line : line;
        at.file = file;
        at.record = number;
        pc_diag_message_line(err, &at, lang);
    }
}

/* The first and last 8 bytes of a string of n bytes (zero-padded below 8). */
static void ends(const char *s, size_t n, uint64_t *head, uint64_t *tail)
{
    *head = *tail = 0;
    memcpy(head, s, n < 8 ? n : 8);
    if (n >= 8)
        memcpy(tail, s + n - 8, 8);
}

static size_t missing_hash(size_t n, uint64_t head, uint64_t tail)
{
    uint64_t h = (head ^ (tail * 0x9E3779B97F4A7C15ull) ^ n) * 0xFF51AFD7ED558CCDull;
    return (size_t)(h >> 32);
}

static void missing_rehash(chunk *c)
{
    free(c->missing_slots);
    c->nmissing_slots = c->nmissing_slots ? c->nmissing_slots * 2 : 64;
    c->missing_slots = pc_xcalloc(c->nmissing_slots, sizeof *c->missing_slots);
    for (size_t k = 0; k < c->nmissing; k++) {
        const missing_row *m = &c->missing[k];
        size_t i = missing_hash(m->len, m->head, m->tail) & (c->nmissing_slots - 1);
        while (c->missing_slots[i])
            i = (i + 1) & (c->nmissing_slots - 1);
        c->missing_slots[i] = (unsigned)k + 1;
    }
}

/* The row of a missing field, made when new; seen: the row this rule's
 * field at this place had last time (+ 1; 0 none), tried first: a rule
 * lacks the same fields record after record. */
static missing_row *missing_row_of(chunk *c, const char *field, unsigned seen)
{
    if (seen && strcmp(c->missing[seen - 1].field, field) == 0)
        return &c->missing[seen - 1];
    size_t n = strlen(field);
    uint64_t head, tail;
    ends(field, n, &head, &tail);
    if (!c->nmissing_slots)
        missing_rehash(c);
    size_t i = missing_hash(n, head, tail) & (c->nmissing_slots - 1);
    missing_row *m = NULL;
    for (; c->missing_slots[i]; i = (i + 1) & (c->nmissing_slots - 1)) {
        m = &c->missing[c->missing_slots[i] - 1];
        if (m->len == n && m->head == head && m->tail == tail && (n <= 16 || memcmp(m->field, field, n) == 0))
            break;
        m = NULL;
    }
    if (!m) {
        missing_row row = {pc_strdup(field), n, head, tail, 0, 0, 0};
        PC_PUSH(c->missing, c->nmissing, c->missing_cap, row);
        c->missing_slots[i] = (unsigned)c->nmissing;
        m = &c->missing[c->nmissing - 1];
        if (c->nmissing * 2 > c->nmissing_slots)
            missing_rehash(c);
    }
    return m;
}

static size_t region_hash(uint64_t key)
{
    return (size_t)((key * 0x9E3779B97F4A7C15ull) >> 40);
}

static void region_rehash(chunk *c)
{
    free(c->region_slots);
    c->nregion_slots = c->nregion_slots ? c->nregion_slots * 2 : 64;
    c->region_slots = pc_xcalloc(c->nregion_slots, sizeof *c->region_slots);
    for (size_t k = 0; k < c->nregions; k++) {
        size_t i = region_hash(c->regions[k].key) & (c->nregion_slots - 1);
        while (c->region_slots[i])
            i = (i + 1) & (c->nregion_slots - 1);
        c->region_slots[i] = (unsigned)k + 1;
    }
}

/* The row of a region (its code as key), made when new. */
static region_row *region_row_of(chunk *c, uint64_t key, const char *code)
{
    if (!c->nregion_slots)
        region_rehash(c);
    size_t i = region_hash(key) & (c->nregion_slots - 1);
    for (; c->region_slots[i]; i = (i + 1) & (c->nregion_slots - 1))
        if (c->regions[c->region_slots[i] - 1].key == key)
            return &c->regions[c->region_slots[i] - 1];
    region_row row;
    memset(&row, 0, sizeof row);
    row.key = key;
    snprintf(row.code, sizeof row.code, "%s", code);
    PC_PUSH(c->regions, c->nregions, c->regions_cap, row);
    c->region_slots[i] = (unsigned)c->nregions;
    if (c->nregions * 2 > c->nregion_slots)
        region_rehash(c);
    return &c->regions[c->nregions - 1];
}

static void count_results(chunk *c, const pc_context *ctx, const pc_report *rep, long number, int regions)
{
    int eligible = 0;
    for (size_t i = 0; i < rep->nresults; i++) {
        const pc_result *r = &rep->results[i];
        size_t p = (size_t)(r->plan - ctx->plans), it = (size_t)(r->item - r->plan->items);
        if (p >= c->nrow_of) {
            c->row_of = pc_xrealloc(c->row_of, ctx->nplans * sizeof *c->row_of);
            memset(c->row_of + c->nrow_of, 0, (ctx->nplans - c->nrow_of) * sizeof *c->row_of);
            c->nrow_of = ctx->nplans;
        }
        if (!c->row_of[p])
            c->row_of[p] = pc_xcalloc(r->plan->nitems, sizeof **c->row_of);
        if (!c->row_of[p][it]) {
            stat_row row = {p, it, pc_strdup(r->plan->id), pc_strdup(r->item->id), {0}, 0, 0, 0, {0}};
            PC_PUSH(c->stats, c->nstats, c->stats_cap, row);
            c->row_of[p][it] = (unsigned)c->nstats;
        }
        stat_row *row = &c->stats[c->row_of[p][it] - 1];
        row->status[r->status]++;
        if (r->status == PC_S_ELIGIBLE && r->item->kind == PC_ITEM_SUBSIDY) {
            eligible = 1;
            if (r->has_amount && __builtin_add_overflow(row->fen, r->amount_fen, &row->fen))
                row->overflow = 1;
        }
        for (size_t k = 0; k < r->missing.count; k++) {
            unsigned *seen = k < sizeof row->missing_seen / sizeof *row->missing_seen ? &row->missing_seen[k] : NULL;
            missing_row *m = missing_row_of(c, r->missing.items[k], seen ? *seen : 0);
            if (seen)
                *seen = (unsigned)(m - c->missing) + 1;
            if (m->last != number) {   /* a field several rules lack counts once per record */
                m->last = number;
                m->records++;
            }
        }
    }
    if (!regions)
        return;
    uint64_t key = 0;
    memcpy(&key, rep->region, 6);   /* an evaluated region is a six-digit code */
    region_row *row = region_row_of(c, key, rep->region);
    row->records++;
    row->eligible += eligible;
    if (!rep->nresults)
        row->status[pc_report_empty_status(rep)]++;
    if (__builtin_add_overflow(row->fen, rep->total_fen, &row->fen))
        row->overflow = 1;
}

/* Sets a subject from CSV cells: one row (enterprise), or the rows of one
 * region (ncells a multiple of the header's columns, one row per year). */
static int csv_subject(batch *b, pc_subject *s, const char *cell, size_t ncells, long line, pc_diag *diag)
{
    pc_engine *e = b->engine;
    int rc = 0;
    pc_year_values *year = NULL;
    long row_line = line;
    for (size_t i = 0; i < ncells; i++) {
        size_t col = i % b->ncolumns, n = strlen(cell);
        const char *text = cell;
        cell += n + 1;
        if (col == 0 && i) {
            row_line++;
            year = NULL;
        }
        if (s->kind == PC_SUBJECT_REGION && col == 0) {
            /* find this row's year first: metrics go into it */
            const char *c2 = text;
            for (size_t k = 0; k < b->ncolumns && i + k < ncells; k++) {
                int64_t y;
                if (b->columns[k] == COL_YEAR) {
                    if (pc_int_parse(c2, &y) != 0 || y < 1900 || y > 2200) {
                        pc_diag_say(diag, PC_EX_DATAERR, b->opt->input_name, row_line, "year", PC_D_EXPECTED_YEAR, c2);
                        rc = PC_EX_DATAERR;
                    } else {
                        year = pc_subject_year(s, (int)y, row_line);
                    }
                }
                c2 += strlen(c2) + 1;
            }
        }
        if (!n)
            continue;
        int r = 0;
        switch (b->columns[col]) {
        case COL_RECEIVED:
            r = pc_subject_add_received(s, b->received_keys[col], text, row_line, diag);
            break;
        case COL_REGION:
            if (!pc_region_code_valid(text)) {
                pc_diag_say(diag, PC_EX_DATAERR, b->opt->input_name, row_line, "region", PC_D_EXPECTED_REGION_CODE, text);
                r = PC_EX_DATAERR;
            } else {
                memcpy(s->region, text, 7);
                s->region_line = row_line;
            }
            break;
        case COL_NAME:
            if (!pc_utf8_valid(text)) {
                pc_diag_say(diag, PC_EX_DATAERR, b->opt->input_name, row_line, "name", PC_D_NOT_UTF8_TEXT);
                r = PC_EX_DATAERR;
            }
            s->name = (char *)pc_subject_keep(s, text);
            break;
        case COL_YEAR:
            break;
        default:
            if (s->kind == PC_SUBJECT_REGION && !year)
                break;   /* reported with the year */
            r = pc_subject_set_text(s, s->kind == PC_SUBJECT_REGION ? year : NULL,
                                    e->dict.fields[b->columns[col]].def.name, text, row_line, diag);
        }
        if (r > rc)
            rc = r;
    }
    s->line = line;
    return rc;
}

/* Starts the watch over one record; RUN_DONE when it may go on. */
static int watch_record(batch *b, worker *w, size_t i)
{
    w->i = i;
    if (pc_watch_begin(w->watch))
        return RUN_GIVEN_UP;
    /* after begin: an interrupt either sees this evaluation running or is seen here */
    if (__atomic_load_n(&b->stop, __ATOMIC_SEQ_CST))
        return pc_watch_end(w->watch) ? RUN_GIVEN_UP : RUN_STOPPED;
    return RUN_DONE;
}

/* Reads, evaluates and formats the records of a chunk from c->pos on.  w is
 * NULL when the reading thread evaluates. */
static int process_chunk(batch *b, worker *w, pc_context *ctx, pc_subject **subject, pc_report *rep, chunk *c)
{
    const pc_batch_options *opt = b->opt;
    pc_engine *e = b->engine;
    pc_diag *diag = pc_diag_new();
    int ended = RUN_DONE;
    for (size_t i = c->pos; i < c->count; i++) {
        const record *rec = &c->records[i];
        if (w && !w->watch && __atomic_load_n(&b->stop, __ATOMIC_SEQ_CST)) {
            ended = RUN_STOPPED;
            break;
        }
        pc_diag_clear(diag);
        pc_subject_reset(*subject);
        pc_subject *s = *subject;
        int rc;
        if (rec->bad) {
            const char *id = c->data.data + rec->offset, *zh = id + strlen(id) + 1, *en = zh + strlen(zh) + 1;
            pc_diag_add_texts(diag, PC_EX_DATAERR, opt->input_name, rec->line, NULL, (pc_diag_id)atoi(id), zh, en);
            rc = PC_EX_DATAERR;
        } else if (b->csv) {
            rc = csv_subject(b, s, c->data.data + rec->offset, rec->len, rec->line, diag);
        } else {
            rc = pc_input_json(e, s, c->data.data + rec->offset, rec->len, rec->line, b->utf8, diag);
        }
        /* From here on plugin and rule code runs: under the watchdog. */
        int watched = w && w->watch && !rec->bad;
        if (watched && (ended = watch_record(b, w, i)) != RUN_DONE)
            break;
        if (rc == 0)
            rc = pc_subject_finish(e, s, diag);
        int evaluated = rc == 0 && !opt->no_rules;
        if (evaluated)
            rc = pc_evaluate_into(ctx, s, &opt->eval, rep);
        if (watched && pc_watch_end(w->watch)) {
            ended = RUN_GIVEN_UP;   /* on_expire answered for this record: touch nothing */
            break;
        }
        if (rc) {
            error_object(&c->out, &c->err, evaluated ? rep->errors : diag, rec->bad ? NULL : s, rec->number, rec->line,
                         opt->input_name, opt->csv_output, opt->only_eligible, opt->eval.lang);
            c->failed++;
        } else if (opt->no_rules) {
            /* Reading and writing only: what the engine adds is measured against this. */
            pc_buf_printf(&c->out, "{\"record\":%ld,\"id\":", rec->number);
            pc_buf_json_string(&c->out, s->id ? s->id : s->region);
            pc_buf_puts(&c->out, ",\"results\":[]}\n");
            c->evaluated++;
        } else {
            if (opt->only_eligible) {
                pc_out_eligible(rep, rec->number, &c->out, opt->csv_output);
            } else if (opt->csv_output) {
                pc_out_csv(rep, rec->number, &c->out);
            } else {
                pc_out_json(rep, rec->number, &c->out);
                pc_buf_putc(&c->out, '\n');
            }
            count_results(c, ctx, rep, rec->number, opt->kind == PC_SUBJECT_ENTERPRISE);
            c->evaluated++;
        }
        if (ended == RUN_DONE)
            c->pos = i + 1;
    }
    pc_diag_free(diag);
    return ended;
}

int pc_batch_record(pc_context *ctx, pc_subject_kind kind, const char *text, size_t len, const char *input_name,
                    long number, long line, const pc_eval_options *opt, pc_report *rep, char **out, size_t *outlen,
                    size_t *outcap)
{
    pc_engine *e = ctx->engine;
    pc_buf o = {*out, *outlen, *outcap}, err = {0};
    pc_diag *diag = pc_diag_new();
    pc_subject *s = pc_subject_new(e, kind, input_name);
    int rc;
    if (len > PC_MAX_RECORD) {
        pc_diag_say(diag, PC_EX_DATAERR, input_name, line, NULL, PC_D_RECORD_TOO_LONG, len, PC_MAX_RECORD);
        rc = PC_EX_DATAERR;
    } else {
        rc = pc_input_json(e, s, text, len, line, 0, diag);
    }
    if (rc == 0)
        rc = pc_subject_finish(e, s, diag);
    if (rc) {
        error_object(&o, &err, diag, NULL, number, line, input_name, 0, 0, opt->lang);
    } else {
        rc = pc_evaluate_into(ctx, s, opt, rep);
        if (rc)
            error_object(&o, &err, rep->errors, NULL, number, line, input_name, 0, 0, opt->lang);
        else
            pc_out_json(rep, number, &o);
    }
    /* error_object ends its line; the caller adds newlines */
    if (o.len && o.data[o.len - 1] == '\n')
        o.data[--o.len] = '\0';
    pc_buf_free(&err);
    pc_subject_free(s);
    pc_diag_free(diag);
    *out = o.data;
    *outlen = o.len;
    *outcap = o.cap;
    return rc;
}

/* ---- threads -------------------------------------------------------------------------- */

static void *work(void *arg);

static int start_worker(batch *b)
{
    worker *w = pc_xcalloc(1, sizeof *w);
    w->b = b;
    w->engine = b->engine;
    if (pthread_create(&w->thread, NULL, work, w) != 0) {
        free(w);
        return -1;
    }
    PC_PUSH(b->workers, b->nworkers, b->workers_cap, w);
    return 0;
}

static void *work(void *arg)
{
    worker *w = arg;
    batch *b = w->b;
    pc_engine *e = w->engine;
    pc_context *ctx = pc_context_new(e);
    pc_subject *subject = pc_subject_new(e, b->opt->kind, b->opt->input_name);
    pc_report *rep = pc_report_new();
    w->watch = b->dog && ctx ? pc_watch_new(b->dog, ctx, w) : NULL;
    int ended = RUN_DONE;
    pthread_mutex_lock(&b->lock);
    for (;;) {
        chunk *c = NULL;
        for (size_t i = 0; i < b->nchunks && !c; i++)
            if (b->chunks[i].state == CHUNK_FILLED)
                c = &b->chunks[i];
        if (!c) {
            if (b->finished || __atomic_load_n(&b->stop, __ATOMIC_SEQ_CST))
                break;
            pthread_cond_wait(&b->filled, &b->lock);
            continue;
        }
        c->state = CHUNK_TAKEN;
        w->c = c;
        pthread_mutex_unlock(&b->lock);
        ended = process_chunk(b, w, ctx, &subject, rep, c);
        if (ended == RUN_GIVEN_UP)
            break;   /* without the lock: the batch is not ours to touch any more */
        pthread_mutex_lock(&b->lock);
        if (ended == RUN_STOPPED)
            break;
        c->state = CHUNK_DONE;
        pthread_cond_broadcast(&b->done);
    }
    if (ended != RUN_GIVEN_UP) {
        b->live--;
        pthread_cond_broadcast(&b->done);
        pthread_mutex_unlock(&b->lock);
    }
    pc_watch_free(w->watch);
    pc_report_free(rep);
    pc_subject_free(subject);
    pc_context_free(ctx);
    if (ended == RUN_GIVEN_UP) {
        pc_engine_release(e);   /* the watchdog's reference, taken for this thread */
        free(w);
    }
    return NULL;
}

/* The watchdog gave a worker up (deadline), or the run was interrupted and
 * every running evaluation was (deadline = 0).  Its record fails, its chunk
 * goes on from the next record in a new worker with a new context, and the
 * old thread is left to itself. */
static void on_expire(void *arg, int deadline)
{
    worker *w = arg;
    batch *b = w->b;
    pthread_mutex_lock(&b->lock);
    if (deadline && !__atomic_load_n(&b->stop, __ATOMIC_SEQ_CST)) {
        chunk *c = w->c;
        const record *rec = &c->records[w->i];
        pc_diag *d = pc_diag_new();
        pc_diag_say(d, PC_EX_DATAERR, b->opt->input_name, rec->line, NULL, PC_D_EVAL_TIMEOUT,
                    pc_watchdog_timeout_ms(b->dog));
        /* the given-up worker's subject is its own now: the row has the record's number only */
        error_object(&c->out, &c->err, d, NULL, rec->number, rec->line, b->opt->input_name, b->opt->csv_output,
                     b->opt->only_eligible, b->opt->eval.lang);
        pc_diag_free(d);
        c->failed++;
        c->pos = w->i + 1;
        c->state = CHUNK_FILLED;
        if (start_worker(b) == 0)
            b->live++;
        pthread_cond_broadcast(&b->filled);
    }
    for (size_t i = 0; i < b->nworkers; i++)
        if (b->workers[i] == w) {
            b->workers[i] = b->workers[--b->nworkers];
            break;
        }
    pthread_detach(w->thread);
    b->live--;
    pthread_cond_broadcast(&b->done);
    pthread_mutex_unlock(&b->lock);
}

/* Interrupted: every worker ends now, those stuck in an evaluation given up. */
static void stop_workers(batch *b)
{
    if (__atomic_exchange_n(&b->stop, 1, __ATOMIC_SEQ_CST))
        return;
    pc_watchdog_expire_all(b->dog);
    pthread_mutex_lock(&b->lock);
    pthread_cond_broadcast(&b->filled);
    pthread_mutex_unlock(&b->lock);
}

static int stopping(batch *b)
{
    if (__atomic_load_n(&b->stop, __ATOMIC_SEQ_CST))
        return 1;
    if (b->opt->cancelled && b->opt->cancelled(b->opt->cancel_arg)) {
        pthread_mutex_unlock(&b->lock);
        stop_workers(b);
        pthread_mutex_lock(&b->lock);
        return 1;
    }
    return 0;
}

/* Waits on cond for at most 100 ms, so that an interrupt is seen even while
 * every worker is stuck. */
static void wait_a_while(pthread_cond_t *cond, pthread_mutex_t *lock)
{
    struct timespec until;
    clock_gettime(CLOCK_REALTIME, &until);
    until.tv_nsec += 100000000L;
    until.tv_sec += until.tv_nsec / 1000000000L;
    until.tv_nsec %= 1000000000L;
    pthread_cond_timedwait(cond, lock, &until);
}

/* ---- the reading side ------------------------------------------------------------------ */

typedef struct sink {
    FILE *out;
    pc_batch_summary *sum;
    int write_failed;
    const pc_engine *engine;
    pc_subject_kind kind;
} sink;

static char *dup_or_null(const char *s)
{
    return s ? pc_strdup(s) : NULL;
}

/* Adds b to *a; a total beyond int64 fen is reported as such, never wrapped. */
static void add_fen(int64_t *a, int *a_overflow, int64_t b, int b_overflow)
{
    if (b_overflow || __builtin_add_overflow(*a, b, a))
        *a_overflow = 1;
}

/* Adds a chunk's counts to the summary.  A chunk's row keeps where it was
 * merged: the summary's rows keep their places until the run ends. */
static void merge_stats(sink *k, chunk *c)
{
    pc_batch_summary *sum = k->sum;
    for (size_t i = 0; i < c->nstats; i++) {
        stat_row *s = &c->stats[i];
        size_t j = s->in_sum ? s->in_sum - 1 : 0;
        while (!s->in_sum && j < sum->nrules && !(strcmp(sum->rules[j].plan, s->plan_id) == 0 && strcmp(sum->rules[j].rule, s->rule_id) == 0))
            j++;
        if (j == sum->nrules) {
            int any = 0;
            for (int st = 0; st < PC_S_COUNT; st++)
                any |= s->status[st] != 0;
            if (!any)
                continue;
            sum->rules = pc_xrealloc(sum->rules, (sum->nrules + 1) * sizeof *sum->rules);
            memset(&sum->rules[j], 0, sizeof sum->rules[j]);
            sum->rules[j].plan = pc_strdup(s->plan_id);
            sum->rules[j].rule = pc_strdup(s->rule_id);
            sum->nrules++;
        }
        s->in_sum = j + 1;
        pc_batch_rule *r = &sum->rules[j];
        for (int st = 0; st < PC_S_COUNT; st++)
            r->statuses[st] += s->status[st];
        r->eligible = r->statuses[PC_S_ELIGIBLE];
        add_fen(&r->yuan_fen, &r->overflow, s->fen, s->overflow);
        r->has_amounts |= s->fen != 0 || s->overflow;
    }
    for (size_t i = 0; i < c->nmissing; i++) {
        missing_row *m = &c->missing[i];
        if (!m->records)
            continue;
        size_t j = m->in_sum ? m->in_sum - 1 : 0;
        while (!m->in_sum && j < sum->nmissing && strcmp(sum->missing[j].field, m->field) != 0)
            j++;
        if (j == sum->nmissing) {
            /* a region's metric is missing for a year: name@year */
            char name[128];
            snprintf(name, sizeof name, "%.*s", (int)strcspn(m->field, "@"), m->field);
            int fi = pc_dict_find(&k->engine->dict, k->kind, name);
            const pc_field *f = fi >= 0 ? &k->engine->dict.fields[fi] : NULL;
            pc_batch_missing row = {pc_strdup(m->field), f ? dup_or_null(pc_field_label(f, PC_LANG_ZH)) : NULL,
                                    f ? dup_or_null(pc_field_label(f, PC_LANG_EN)) : NULL, 0};
            sum->missing = pc_xrealloc(sum->missing, (sum->nmissing + 1) * sizeof *sum->missing);
            sum->missing[sum->nmissing++] = row;
        }
        m->in_sum = j + 1;
        sum->missing[j].records += m->records;
    }
    for (size_t i = 0; i < c->nregions; i++) {
        region_row *g = &c->regions[i];
        if (!g->records)
            continue;
        size_t j = g->in_sum ? g->in_sum - 1 : 0;
        while (!g->in_sum && j < sum->nregions && strcmp(sum->regions[j].code, g->code) != 0)
            j++;
        if (j == sum->nregions) {
            const pc_region *reg = pc_regions_find(&k->engine->regions, g->code);
            sum->regions = pc_xrealloc(sum->regions, (sum->nregions + 1) * sizeof *sum->regions);
            memset(&sum->regions[j], 0, sizeof sum->regions[j]);
            memcpy(sum->regions[j].code, g->code, sizeof g->code);
            sum->regions[j].name_zh = reg ? dup_or_null(reg->name_zh) : NULL;
            sum->regions[j].name_en = reg ? dup_or_null(reg->name_en) : NULL;
            sum->nregions++;
        }
        g->in_sum = j + 1;
        pc_batch_region *r = &sum->regions[j];
        r->records += g->records;
        r->eligible += g->eligible;
        for (int st = 0; st < PC_S_COUNT; st++)
            r->statuses[st] += g->status[st];
        add_fen(&r->yuan_fen, &r->overflow, g->fen, g->overflow);
    }
}

/* Empties a chunk's counts, keeping its rows for the next round. */
static void clear_stats(chunk *c)
{
    for (size_t i = 0; i < c->nstats; i++) {
        memset(c->stats[i].status, 0, sizeof c->stats[i].status);
        c->stats[i].fen = 0;
        c->stats[i].overflow = 0;
    }
    for (size_t i = 0; i < c->nmissing; i++)
        c->missing[i].records = 0;
    for (size_t i = 0; i < c->nregions; i++) {
        region_row *g = &c->regions[i];
        g->records = g->eligible = 0;
        memset(g->status, 0, sizeof g->status);
        g->fen = 0;
        g->overflow = 0;
    }
}

static void free_stats(chunk *c)
{
    for (size_t i = 0; i < c->nstats; i++) {
        free(c->stats[i].plan_id);
        free(c->stats[i].rule_id);
    }
    free(c->stats);
    for (size_t i = 0; i < c->nrow_of; i++)
        free(c->row_of[i]);
    free(c->row_of);
    for (size_t i = 0; i < c->nmissing; i++)
        free(c->missing[i].field);
    free(c->missing);
    free(c->missing_slots);
    free(c->regions);
    free(c->region_slots);
}

/* Writes a done chunk and makes it free again. */
static void flush_chunk(sink *k, chunk *c)
{
    errno = 0;
    if (!k->write_failed && c->out.len && fwrite(c->out.data, 1, c->out.len, k->out) != c->out.len)
        k->write_failed = errno ? errno : EIO;
    if (c->err.len)
        fwrite(c->err.data, 1, c->err.len, stderr);
    k->sum->evaluated += c->evaluated;
    k->sum->failed += c->failed;
    merge_stats(k, c);
    clear_stats(c);
    c->data.len = c->out.len = c->err.len = 0;
    c->count = c->pos = 0;
    c->evaluated = c->failed = 0;
    c->state = CHUNK_FREE;
}

/* Where the CSV splitter is within a record (RFC 4180 quoting, as libcsv
 * reads it: spaces before an opening quote and after a closing one are
 * allowed). */
enum { Q_FIELD, Q_PLAIN, Q_QUOTED, Q_CLOSED };

typedef struct filler {
    batch *b;
    sink *k;
    chunk *cur;
    long records, line;
    pc_buf why;           /* the reason of the bad record being added */
    /* a line over the record limit, being skipped */
    int skipping;
    size_t skipped;       /* its bytes so far */
    long skip_line;       /* where its record started */
    /* CSV */
    struct csv_parser csv;
    pc_buf rec;           /* the record being gathered: one line, more inside quotes */
    long rec_line;
    int qstate;
    pc_diag_id rec_bad;   /* why it is malformed, or PC_D_NONE */
    long rescanned;       /* the last line read again after an unclosed quote */
    pc_buf fields;        /* the current row's fields, NUL-separated */
    size_t nfields;
    long row_line;        /* where the current row started */
    int header_done;
    pc_diag *diag;
    int fatal;
    int worker_count;
    /* region rows being grouped */
    int region_column;
    pc_buf group;
    size_t group_cells;
    long group_line;
    char group_region[16];
} filler;

static void submit(filler *f);

static chunk *take_free_chunk(filler *f)
{
    batch *b = f->b;
    pthread_mutex_lock(&b->lock);
    for (;;) {
        /* write what is done, in order */
        for (;;) {
            chunk *next = NULL;
            for (size_t i = 0; i < b->nchunks; i++)
                if (b->chunks[i].state == CHUNK_DONE && b->chunks[i].seq == b->next_write)
                    next = &b->chunks[i];
            if (!next)
                break;
            pthread_mutex_unlock(&b->lock);
            flush_chunk(f->k, next);
            pthread_mutex_lock(&b->lock);
            b->next_write++;
        }
        for (size_t i = 0; i < b->nchunks; i++)
            if (b->chunks[i].state == CHUNK_FREE) {
                chunk *c = &b->chunks[i];
                c->seq = b->next_fill++;
                c->state = CHUNK_FILLING;
                pthread_mutex_unlock(&b->lock);
                return c;
            }
        if (stopping(b)) {
            pthread_mutex_unlock(&b->lock);
            return NULL;
        }
        wait_a_while(&b->done, &b->lock);
    }
}

static void add_record(filler *f, const char *data, size_t len, size_t nfields, long line)
{
    if (!f->cur)
        f->cur = take_free_chunk(f);
    chunk *c = f->cur;
    if (!c)
        return;   /* interrupted */
    record r = {c->data.len, f->b->csv ? nfields : len, line, ++f->records, data == NULL};
    if (!data) {   /* a bad record: the reason is in f->why */
        data = f->why.data;
        len = f->why.len;
    }
    pc_buf_add(&c->data, data, len);
    pc_buf_putc(&c->data, '\0');
    PC_PUSH(c->records, c->count, c->cap, r);
    f->k->sum->read++;
    if (c->count == CHUNK_RECORDS)
        submit(f);
}

static void submit(filler *f)
{
    chunk *c = f->cur;
    if (!c)
        return;
    f->cur = NULL;
    batch *b = f->b;
    if (f->worker_count == 0) {
        /* One thread: no handoff, the reading thread evaluates. */
        process_chunk(b, NULL, b->inline_ctx, &b->inline_subject, b->inline_report, c);
        c->state = CHUNK_DONE;
        return;
    }
    pthread_mutex_lock(&b->lock);
    c->state = CHUNK_FILLED;
    pthread_cond_signal(&b->filled);
    pthread_mutex_unlock(&b->lock);
}

/* CSV: the header maps columns to fields; "received:plan/rule" columns hold
 * amounts already received. */
static int read_header(filler *f)
{
    batch *b = f->b;
    const char *p = f->fields.data;
    int has_year = 0;
    f->region_column = -1;
    b->ncolumns = f->nfields;
    b->columns = pc_xcalloc(f->nfields, sizeof *b->columns);
    b->received_keys = pc_xcalloc(f->nfields, sizeof *b->received_keys);
    int bad = 0;
    for (size_t i = 0; i < f->nfields; i++) {
        size_t n = strlen(p);
        const char *name = p;
        if (i == 0 && n >= 3 && memcmp(name, "\xEF\xBB\xBF", 3) == 0)
            name += 3;
        while (*name == ' ')
            name++;
        int fi = pc_dict_find_label(&b->engine->dict, b->opt->kind, name);
        int region_kind = b->opt->kind == PC_SUBJECT_REGION;
        if (fi >= 0) {
            b->columns[i] = fi;
        } else if (region_kind && (strcmp(name, "region") == 0 || strcmp(name, "code") == 0)) {
            b->columns[i] = COL_REGION;
            f->region_column = (int)i;
        } else if (region_kind && strcmp(name, "name") == 0) {
            b->columns[i] = COL_NAME;
        } else if (region_kind && strcmp(name, "year") == 0) {
            b->columns[i] = COL_YEAR;
            has_year = 1;
        } else if (strncmp(name, "received:", 9) == 0 && strchr(name + 9, '/')) {
            b->columns[i] = COL_RECEIVED;
            b->received_keys[i] = pc_strdup(name + 9);
        } else {
            pc_diag_say(f->diag, PC_EX_DATAERR, b->opt->input_name, f->row_line, name, PC_D_CSV_HEADER_UNKNOWN, i + 1);
            pc_dict_hint(f->diag, &b->engine->dict, b->opt->kind, name);
            bad = 1;
        }
        p += n + 1;
    }
    if (b->opt->kind == PC_SUBJECT_REGION && (f->region_column < 0 || !has_year)) {
        pc_diag_say(f->diag, PC_EX_DATAERR, b->opt->input_name, f->row_line, NULL, PC_D_CSV_REGION_COLUMNS);
        bad = 1;
    }
    return bad ? -1 : 0;
}

/* Regions: consecutive rows of one region make one record. */
static void flush_group(filler *f)
{
    if (f->group.len)
        add_record(f, f->group.data, f->group.len, f->group_cells, f->group_line);
    f->group.len = 0;
    f->group_cells = 0;
    f->group_region[0] = '\0';
}

/* One record that cannot be read: an error object in its place, in order.
 * Its reason is kept as "id\0zh\0en" (bad_record reads it). */
static void add_bad(filler *f, long line, pc_diag_id why, ...)
{
    pc_buf zh = {0}, en = {0};
    va_list ap;
    va_start(ap, why);
    pc_diag_vformat_both(&zh, &en, why, ap);
    va_end(ap);
    if (f->b->csv && !f->header_done) {
        pc_buf hzh = {0}, hen = {0};
        pc_diag_format_in(&hzh, PC_LANG_ZH, PC_D_CSV_HEADER_BAD, zh.data);
        pc_diag_format_in(&hen, PC_LANG_EN, PC_D_CSV_HEADER_BAD, en.data);
        pc_diag_add_texts(f->diag, PC_EX_DATAERR, f->b->opt->input_name, line, NULL, why, hzh.data, hen.data);
        pc_buf_free(&hzh);
        pc_buf_free(&hen);
        pc_buf_free(&zh);
        pc_buf_free(&en);
        f->fatal = PC_EX_DATAERR;
        return;
    }
    f->why.len = 0;
    pc_buf_printf(&f->why, "%d", (int)why);
    pc_buf_putc(&f->why, '\0');
    pc_buf_add(&f->why, zh.data, zh.len);
    pc_buf_putc(&f->why, '\0');
    pc_buf_add(&f->why, en.data, en.len);
    pc_buf_free(&zh);
    pc_buf_free(&en);
    flush_group(f);
    add_record(f, NULL, 0, 0, line);
}

static void on_csv_field(void *s, size_t len, void *data)
{
    filler *f = data;
    if (s)
        pc_buf_add(&f->fields, s, len);
    else
        pc_buf_add(&f->fields, "", 0);
    pc_buf_putc(&f->fields, '\0');
    f->nfields++;
}

static void on_csv_row(int c, void *data)
{
    (void)c;
    filler *f = data;
    if (f->fatal)
        goto reset;
    if (f->nfields == 1 && f->fields.len <= 1)
        goto reset;   /* a blank line */
    if (!f->header_done) {
        f->header_done = 1;
        if (read_header(f) != 0)
            f->fatal = PC_EX_DATAERR;
        goto reset;
    }
    if (f->nfields != f->b->ncolumns) {
        /* never read as another row or year: the cells would land in the wrong fields */
        add_bad(f, f->row_line, PC_D_CSV_CELLS, f->nfields, f->b->ncolumns);
        goto reset;
    }
    if (f->b->opt->kind == PC_SUBJECT_REGION) {
        const char *cell = f->fields.data;
        for (int k = 0; k < f->region_column; k++)
            cell += strlen(cell) + 1;
        if (strncmp(cell, f->group_region, sizeof f->group_region) != 0)
            flush_group(f);
        if (!f->group.len) {
            snprintf(f->group_region, sizeof f->group_region, "%s", cell);
            f->group_line = f->row_line;
        }
        pc_buf_add(&f->group, f->fields.data, f->fields.len);
        f->group_cells += f->nfields;
        goto reset;
    }
    add_record(f, f->fields.data, f->fields.len, f->nfields, f->row_line);
reset:
    f->fields.len = 0;
    f->nfields = 0;
}

static void csv_line(filler *f, const char *p, size_t n, int nl);

/* A quote that is never closed (at the end of the file, or after 1 MiB):
 * the record's first line is one bad record, and the lines after it are
 * read again as records of their own.  Each line is read again at most
 * once, so the work stays linear in the input. */
static void csv_rescan(filler *f, pc_diag_id why)
{
    pc_buf rest = f->rec;
    long first = f->rec_line, last = f->line;
    memset(&f->rec, 0, sizeof f->rec);
    f->rec_bad = PC_D_NONE;
    f->qstate = Q_FIELD;
    add_bad(f, first, why);
    f->rescanned = last;
    const char *p = rest.len ? memchr(rest.data, '\n', rest.len) : NULL, *end = rest.data + rest.len;
    f->line = first;
    while (p && ++p < end && !f->fatal) {
        const char *q = memchr(p, '\n', (size_t)(end - p));
        f->line++;
        csv_line(f, p, q ? (size_t)(q - p) : (size_t)(end - p), q != NULL);
        p = q;
    }
    f->line = last;
    pc_buf_free(&rest);
}

/* A whole CSV record, split off by csv_line: libcsv reads its cells. */
static void csv_record(filler *f, int eof)
{
    if (!f->rec_bad && eof && f->qstate == Q_QUOTED) {
        if (f->rec_line > f->rescanned) {
            csv_rescan(f, PC_D_CSV_QUOTE_NOT_CLOSED);
            return;
        }
        f->rec_bad = PC_D_CSV_QUOTE_NOT_CLOSED;
    }
    if (f->rec_bad) {
        add_bad(f, f->rec_line, f->rec_bad);
    } else if (f->rec.len) {
        f->row_line = f->rec_line;
        if (csv_parse(&f->csv, f->rec.data, f->rec.len, on_csv_field, on_csv_row, f) != f->rec.len ||
            csv_fini(&f->csv, on_csv_field, on_csv_row, f) != 0) {
            add_bad(f, f->rec_line, PC_D_CSV_MALFORMED, csv_strerror(csv_error(&f->csv)));
            csv_free(&f->csv);   /* libcsv keeps its state after an error: start afresh */
            csv_init(&f->csv, CSV_STRICT | CSV_STRICT_FINI | CSV_APPEND_NULL);
            f->fields.len = 0;
            f->nfields = 0;
        }
    }
    f->rec.len = 0;
    f->rec_bad = PC_D_NONE;
    f->qstate = Q_FIELD;
}

/* Splits CSV into records before libcsv sees them, so that a malformed
 * record is one bad record and reading goes on at the next line: a
 * record ends at the end of a line outside quotes.  A quote inside an
 * unquoted cell, or text after a closing quote, makes the record bad (and
 * unquoted from there on: it ends at the end of its line). */
static void csv_line(filler *f, const char *p, size_t n, int nl)
{
    if (!f->rec.len && !f->rec_bad)
        f->rec_line = f->line;
    for (size_t i = 0; i < n; i++) {
        char ch = p[i];
        switch (f->qstate) {
        case Q_FIELD:
            if (ch == '"')
                f->qstate = Q_QUOTED;
            else if (ch != ',' && ch != ' ' && ch != '\t')
                f->qstate = Q_PLAIN;
            break;
        case Q_PLAIN:
            if (ch == ',')
                f->qstate = Q_FIELD;
            else if (ch == '"') {
                if (!f->rec_bad)
                    f->rec_bad = PC_D_CSV_QUOTE_INSIDE;
            }
            break;
        case Q_QUOTED:
            if (ch == '"')
                f->qstate = Q_CLOSED;
            break;
        case Q_CLOSED:
            if (ch == '"')
                f->qstate = Q_QUOTED;   /* "" inside quotes */
            else if (ch == ',')
                f->qstate = Q_FIELD;
            else if (ch != ' ' && ch != '\t' && ch != '\r') {
                if (!f->rec_bad)
                    f->rec_bad = PC_D_CSV_TEXT_AFTER_QUOTE;
                f->qstate = Q_PLAIN;
            }
            break;
        }
    }
    if (!f->rec_bad) {
        pc_buf_add(&f->rec, p, n);
        if (nl)
            pc_buf_putc(&f->rec, '\n');
    }
    if (f->qstate != Q_QUOTED || f->rec_bad)
        csv_record(f, 0);
    else if (!nl)
        csv_record(f, 1);
}

/* A line (without its newline) of the input. */
static void take_line(filler *f, const char *line, size_t len, int nl)
{
    size_t skip = f->line == 1 && len >= 3 && memcmp(line, "\xEF\xBB\xBF", 3) == 0 ? 3 : 0;
    line += skip;
    len -= skip;
    if (f->b->csv) {
        if (f->rec.len + len >= PC_MAX_RECORD && f->qstate == Q_QUOTED && f->rec_line > f->rescanned) {
            f->line--;
            csv_rescan(f, PC_D_CSV_QUOTE_TOO_LONG);
            f->line++;
        }
        if (f->rec.len + len >= PC_MAX_RECORD) {
            add_bad(f, f->rec.len ? f->rec_line : f->line, PC_D_RECORD_TOO_LONG, f->rec.len + len, PC_MAX_RECORD);
            f->rec.len = 0;
            f->rec_bad = PC_D_NONE;
            f->qstate = Q_FIELD;   /* read on at the next line, whatever the quotes */
        } else {
            csv_line(f, line, len, nl);
        }
        return;
    }
    while (len && (line[len - 1] == '\r' || line[len - 1] == ' ' || line[len - 1] == '\t'))
        len--;
    if (len > PC_MAX_RECORD)
        add_bad(f, f->line, PC_D_RECORD_TOO_LONG, len, PC_MAX_RECORD);
    else if (len)
        add_record(f, line, len, 0, f->line);
}

/* The rest of a line too long to be a record: counted, not kept. */
static void end_skip(filler *f, size_t tail)
{
    size_t len = f->skipped + tail;
    if (f->b->csv)
        len += f->rec.len;
    add_bad(f, f->b->csv && f->rec.len ? f->rec_line : f->skip_line, PC_D_RECORD_TOO_LONG, len, PC_MAX_RECORD);
    f->rec.len = 0;
    f->rec_bad = PC_D_NONE;
    f->qstate = Q_FIELD;
    f->skipping = 0;
    f->skipped = 0;
}

static int read_input(filler *f, FILE *in, const char *first, size_t first_len, int (*cancelled)(void *), void *arg,
                      void (*progress)(void *, long, size_t), void *parg)
{
    batch *b = f->b;
    char *buf = pc_xmalloc(READ_SIZE);
    pc_buf pending = {0};
    pc_buf_add(&pending, first, first_len);
    size_t total = first_len;
    int eof = 0;
    while (!eof && !f->fatal) {
        if ((cancelled && cancelled(arg)) || f->k->write_failed)
            break;   /* interrupted, or the output is lost: reading on is pointless */
        size_t n = fread(buf, 1, READ_SIZE, in);
        if (n == 0)
            eof = 1;
        else
            pc_buf_add(&pending, buf, n);
        total += n;
        /* Hand every complete line over. */
        size_t start = 0;
        while (!f->fatal) {
            char *nl = pending.len > start ? memchr(pending.data + start, '\n', pending.len - start) : NULL;
            size_t end = nl ? (size_t)(nl - pending.data) : pending.len;
            if (f->skipping) {
                if (!nl && !eof) {
                    f->skipped += end - start;
                    start = end;
                    break;
                }
                f->line++;
                end_skip(f, end - start);
            } else {
                if (!nl && !(eof && end > start)) {
                    /* A line longer than a record can be is not kept whole:
                     * memory stays bounded whatever the input. */
                    if (end - start > PC_MAX_RECORD + (size_t)(b->csv ? 0 : 4096)) {
                        f->skipping = 1;
                        f->skipped = end - start;
                        f->skip_line = f->line + 1;
                        start = end;
                    }
                    break;
                }
                f->line++;
                take_line(f, pending.data + start, end - start, nl != NULL);
            }
            start = end + 1;
            if (!nl)
                break;
        }
        if (start > pending.len)
            start = pending.len;
        memmove(pending.data, pending.data + start, pending.len - start);
        pending.len -= start;
        if (progress)
            progress(parg, f->records, total);
    }
    if (b->csv && !f->fatal) {
        if (f->rec.len || f->rec_bad)
            csv_record(f, 1);
        flush_group(f);
    }
    if (ferror(in)) {
        pc_diag_say(f->diag, PC_EX_NOINPUT, b->opt->input_name, f->line, NULL, PC_D_READ_ERROR, strerror(errno));
        f->fatal = PC_EX_NOINPUT;
    }
    pc_buf_free(&pending);
    free(buf);
    return f->fatal;
}

_Static_assert(PC_S_COUNT <= PC_BATCH_STATUS_SLOTS, "a batch summary counts every status");

const char *pc_batch_status_name(int i)
{
    return i >= 0 && i < PC_S_COUNT ? pc_status_name((pc_status)i) : NULL;
}

static int by_frequency(const void *a, const void *b)
{
    const pc_batch_missing *x = a, *y = b;
    return x->records != y->records ? (x->records < y->records ? 1 : -1) : strcmp(x->field, y->field);
}

static int by_code(const void *a, const void *b)
{
    return strcmp(((const pc_batch_region *)a)->code, ((const pc_batch_region *)b)->code);
}

int pc_batch_run(pc_engine *e, FILE *in, FILE *out, const pc_batch_options *opt, pc_batch_summary *sum, pc_diag *diag)
{
    memset(sum, 0, sizeof *sum);
    batch b;
    memset(&b, 0, sizeof b);
    b.engine = e;
    b.opt = opt;
    pthread_mutex_init(&b.lock, NULL);
    pthread_cond_init(&b.filled, NULL);
    pthread_cond_init(&b.done, NULL);

    /* Whole lines of UTF-8, converted or checked as they are read. */
    pc_decoder *decoder = NULL;
    FILE *decoded = pc_decoder_open(in, (pc_encoding)e->encoding, opt->input_name, diag, &decoder);
    if (decoded)
        in = decoded;
    b.utf8 = decoded != NULL;

    /* Detect the format from the first bytes. */
    char first[4096];
    size_t got = fread(first, 1, sizeof first, in);
    size_t i = got >= 3 && memcmp(first, "\xEF\xBB\xBF", 3) == 0 ? 3 : 0;
    while (i < got && (first[i] == ' ' || first[i] == '\t' || first[i] == '\r' || first[i] == '\n'))
        i++;
    b.csv = i < got && first[i] != '{';

    int threads = opt->threads > 0 ? opt->threads : 1;
    /* Under a watchdog even one thread evaluates in a worker: a worker stuck
     * in code nothing can interrupt is given up and replaced, which the
     * reading thread could not do to itself. */
    b.dog = opt->no_rules || opt->eval_timeout_ms < 0 ? NULL : pc_watchdog_new(e, opt->eval_timeout_ms, on_expire);
    int workers = threads > 1 || b.dog ? threads : 0;
    b.nchunks = workers ? (size_t)workers * 3 : 1;
    b.chunks = pc_xcalloc(b.nchunks, sizeof *b.chunks);
    if (!workers) {
        b.inline_ctx = e->main;   /* one thread: the engine's own context */
        b.inline_subject = pc_subject_new(e, opt->kind, opt->input_name);
        b.inline_report = pc_report_new();
    }
    pthread_mutex_lock(&b.lock);
    for (int w = 0; w < workers; w++)
        if (start_worker(&b) == 0)
            b.live++;
    pthread_mutex_unlock(&b.lock);

    sink k = {out, sum, 0, e, opt->kind};
    filler f;
    memset(&f, 0, sizeof f);
    f.b = &b;
    f.k = &k;
    f.diag = diag;
    f.worker_count = workers;
    f.row_line = 1;
    if (b.csv)
        csv_init(&f.csv, CSV_STRICT | CSV_STRICT_FINI | CSV_APPEND_NULL);
    if (opt->csv_output && ((!opt->no_bom && e->config.csv_bom && fputs(pc_out_csv_bom, out) < 0) ||
                            fputs(opt->only_eligible ? pc_out_eligible_csv_header : pc_out_csv_header, out) < 0))
        k.write_failed = errno ? errno : EIO;

    int rc = 0;
    if (i >= got && feof(in) && !pc_decoder_failed(decoder)) {
        pc_diag_say(diag, PC_EX_DATAERR, opt->input_name, 0, NULL, PC_D_FILE_EMPTY);
        rc = PC_EX_DATAERR;
    } else {
        rc = read_input(&f, in, first, got, opt->cancelled, opt->cancel_arg, opt->progress, opt->progress_arg);
    }
    submit(&f);

    pthread_mutex_lock(&b.lock);
    b.finished = 1;
    pthread_cond_broadcast(&b.filled);
    pthread_mutex_unlock(&b.lock);
    for (;;) {
        pthread_mutex_lock(&b.lock);
        chunk *next = NULL;
        int pending = 0;
        for (size_t c = 0; c < b.nchunks; c++) {
            if (b.chunks[c].state == CHUNK_DONE && b.chunks[c].seq == b.next_write)
                next = &b.chunks[c];
            if (b.chunks[c].state > CHUNK_FREE)
                pending = 1;
        }
        if (!next && pending && !stopping(&b)) {
            wait_a_while(&b.done, &b.lock);
            pthread_mutex_unlock(&b.lock);
            continue;
        }
        pthread_mutex_unlock(&b.lock);
        if (!next)
            break;
        flush_chunk(&k, next);
        b.next_write++;
    }
    /* Every worker ends (a given-up one was taken off the list by on_expire,
     * which also counted it out); then the live ones are joined. */
    pthread_mutex_lock(&b.lock);
    while (b.live > 0)
        pthread_cond_wait(&b.done, &b.lock);
    pthread_mutex_unlock(&b.lock);
    for (size_t w = 0; w < b.nworkers; w++) {
        pthread_join(b.workers[w]->thread, NULL);
        free(b.workers[w]);
    }
    free(b.workers);
    pc_watchdog_free(b.dog);
    pc_report_free(b.inline_report);
    pc_subject_free(b.inline_subject);

    if (!k.write_failed && (fflush(out) != 0 || ferror(out)))
        k.write_failed = errno ? errno : EIO;
    if (k.write_failed) {
        pc_diag_say(diag, PC_EX_IOERR, opt->output_name ? opt->output_name : "standard output", 0, NULL,
                    PC_D_WRITE_FAILED, strerror(k.write_failed));
        rc = PC_EX_IOERR;
    }
    for (size_t c = 0; c < b.nchunks; c++) {
        pc_buf_free(&b.chunks[c].data);
        pc_buf_free(&b.chunks[c].out);
        pc_buf_free(&b.chunks[c].err);
        free(b.chunks[c].records);
        free_stats(&b.chunks[c]);
    }
    free(b.chunks);
    for (size_t c = 0; c < b.ncolumns; c++)
        free(b.received_keys[c]);
    free(b.received_keys);
    free(b.columns);
    pc_buf_free(&f.fields);
    pc_buf_free(&f.group);
    pc_buf_free(&f.rec);
    pc_buf_free(&f.why);
    if (b.csv)
        csv_free(&f.csv);
    pthread_mutex_destroy(&b.lock);
    pthread_cond_destroy(&b.filled);
    pthread_cond_destroy(&b.done);
    if (sum->nmissing)
        qsort(sum->missing, sum->nmissing, sizeof *sum->missing, by_frequency);
    if (sum->nregions)
        qsort(sum->regions, sum->nregions, sizeof *sum->regions, by_code);
    if (!rc && sum->failed)
        rc = PC_EX_DATAERR;
    int bad_text = pc_decoder_close(decoded, decoder);
    if (bad_text > rc)
        rc = bad_text;
    return rc;
}

void pc_batch_summary_free(pc_batch_summary *sum)
{
    for (size_t i = 0; i < sum->nrules; i++) {
        free((char *)sum->rules[i].plan);
        free((char *)sum->rules[i].rule);
    }
    free(sum->rules);
    for (size_t i = 0; i < sum->nmissing; i++) {
        free((char *)sum->missing[i].field);
        free((char *)sum->missing[i].label_zh);
        free((char *)sum->missing[i].label_en);
    }
    free(sum->missing);
    for (size_t i = 0; i < sum->nregions; i++) {
        free((char *)sum->regions[i].name_zh);
        free((char *)sum->regions[i].name_en);
    }
    free(sum->regions);
    memset(sum, 0, sizeof *sum);
}
