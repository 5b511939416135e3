/*
 * compare.c -- the decisions that changed between two batch outputs.
 *
 * Both files are JSON Lines as `batch` writes them.  Records are matched by
 * subject id (the n-th occurrence of an id in one file with the n-th in the
 * other, so a registry listing an enterprise twice still pairs up), error
 * objects without an id by their record number.  Within a record, results
 * are matched by plan and rule.  Amounts are compared in fen, read from the
 * numbers' text, never through a double.
 */
#include "internal.h"
#include "out.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <yajl/yajl_tree.h>

typedef struct decision {
    const char *plan, *rule, *kind, *status;
    int has_amount;
    int64_t fen;
} decision;

typedef struct record {
    const char *key, *id, *name, *region;
    long recno;                 /* an error object's record number, else 0 */
    int unreadable;             /* a result could not be read: not compared */
    size_t first, count;        /* its decisions */
    size_t later;               /* the first record of an id: how many more have it */
    int matched;
} record;

typedef struct side {
    const char *name;
    record *records;
    size_t nrecords, records_cap;
    decision *decisions;
    size_t ndecisions, decisions_cap;
    size_t *slots;              /* open addressing by key: record index + 1 */
    size_t nslots;
    pc_arena arena;
} side;

static uint64_t hash_text(const char *s)
{
    uint64_t h = 1469598103934665603u;
    for (; *s; s++)
        h = (h ^ (unsigned char)*s) * 1099511628211u;
    return h;
}

static void index_record(side *sd, size_t i)
{
    if ((sd->nrecords + 1) * 2 > sd->nslots) {
        size_t n = sd->nslots ? sd->nslots * 2 : 1024;
        free(sd->slots);
        sd->slots = pc_xcalloc(n, sizeof *sd->slots);
        sd->nslots = n;
        for (size_t j = 0; j < sd->nrecords; j++)
            if (j != i)
                index_record(sd, j);
    }
    size_t mask = sd->nslots - 1, at = hash_text(sd->records[i].key) & mask;
    while (sd->slots[at])
        at = (at + 1) & mask;
    sd->slots[at] = i + 1;
}

static record *find_record(const side *sd, const char *key)
{
    if (!sd->nslots)
        return NULL;
    size_t mask = sd->nslots - 1, at = hash_text(key) & mask;
    for (; sd->slots[at]; at = (at + 1) & mask)
        if (strcmp(sd->records[sd->slots[at] - 1].key, key) == 0)
            return &sd->records[sd->slots[at] - 1];
    return NULL;
}

static const char *string_at(yajl_val obj, const char *a, const char *b)
{
    const char *path[] = {a, b, NULL};
    yajl_val v = yajl_tree_get(obj, path, yajl_t_string);
    return v ? YAJL_GET_STRING(v) : NULL;
}

/* A record's key: subject.id, else "#<record number>" for error objects
 * (their line when they have none). */
static void record_key(yajl_val obj, long lineno, char *key, size_t n, const char **id, long *recno)
{
    *id = string_at(obj, "subject", "id");
    *recno = 0;
    if (*id) {
        snprintf(key, n, "%s", *id);
        return;
    }
    const char *path[] = {"record", NULL};
    yajl_val rec = yajl_tree_get(obj, path, yajl_t_number);
    *recno = rec && YAJL_IS_INTEGER(rec) ? (long)YAJL_GET_INTEGER(rec) : lineno;
    snprintf(key, n, "#%ld", *recno);
}

static int read_decision(side *sd, yajl_val res, const char *file, long lineno, pc_diag *diag)
{
    const char *plan = string_at(res, "plan", NULL), *rule = string_at(res, "rule", NULL),
               *kind = string_at(res, "kind", NULL), *status = string_at(res, "status", NULL);
    if (!plan || !rule || !status) {
        pc_diag_say(diag, PC_EX_DATAERR, file, lineno, "results", PC_D_COMPARE_RESULT);
        return -1;
    }
    decision d = {pc_arena_strdup(&sd->arena, plan), pc_arena_strdup(&sd->arena, rule),
                  kind ? pc_arena_strdup(&sd->arena, kind) : NULL, pc_arena_strdup(&sd->arena, status), 0, 0};
    const char *path[] = {"amount_yuan", NULL};
    yajl_val amount = yajl_tree_get(res, path, yajl_t_any);
    if (amount && YAJL_IS_NUMBER(amount)) {
        const char *text = YAJL_GET_NUMBER(amount);
        if (pc_money_parse(text, &d.fen) != 0) {
            pc_diag_say(diag, PC_EX_DATAERR, file, lineno, "amount_yuan", PC_D_COMPARE_AMOUNT, text);
            return -1;
        }
        d.has_amount = 1;
    } else if (amount && !YAJL_IS_NULL(amount)) {
        pc_diag_say(diag, PC_EX_DATAERR, file, lineno, "amount_yuan", PC_D_COMPARE_AMOUNT_TYPE);
        return -1;
    }
    PC_PUSH(sd->decisions, sd->ndecisions, sd->decisions_cap, d);
    return 0;
}

static int read_line(side *sd, char *line, long lineno, pc_diag *diag)
{
    char err[256];
    yajl_val obj = yajl_tree_parse(line, err, sizeof err);
    if (!obj || !YAJL_IS_OBJECT(obj)) {
        pc_diag_say(diag, PC_EX_DATAERR, sd->name, lineno, NULL, PC_D_COMPARE_LINE);
        yajl_tree_free(obj);
        return -1;
    }
    const char *results_path[] = {"results", NULL};
    yajl_val results = yajl_tree_get(obj, results_path, yajl_t_array);
    if (!results) {
        pc_diag_say(diag, PC_EX_DATAERR, sd->name, lineno, "results", PC_D_COMPARE_RESULTS);
        yajl_tree_free(obj);
        return -1;
    }
    const char *id;
    long recno;
    char key[512];
    record_key(obj, lineno, key, sizeof key, &id, &recno);
    /* The n-th occurrence of an id pairs with the n-th in the other file;
     * the first one counts them. */
    record *first = id ? find_record(sd, key) : NULL;
    if (first) {
        size_t len = strlen(key);
        snprintf(key + len, sizeof key - len, "\x1f%zu", ++first->later + 1);
    }
    record r = {pc_arena_strdup(&sd->arena, key), id ? pc_arena_strdup(&sd->arena, id) : NULL, NULL, NULL, recno, 0,
                sd->ndecisions, 0, 0, 0};
    const char *name = string_at(obj, "subject", "name"), *region = string_at(obj, "subject", "region");
    r.name = name ? pc_arena_strdup(&sd->arena, name) : NULL;
    r.region = region ? pc_arena_strdup(&sd->arena, region) : NULL;
    int rc = 0;
    for (size_t i = 0; i < YAJL_GET_ARRAY(results)->len; i++)
        if (read_decision(sd, YAJL_GET_ARRAY(results)->values[i], sd->name, lineno, diag) != 0)
            rc = -1;
    r.count = sd->ndecisions - r.first;
    r.unreadable = rc != 0;
    yajl_tree_free(obj);
    if (find_record(sd, r.key)) {
        pc_diag_say(diag, PC_EX_DATAERR, sd->name, lineno, "record", PC_D_COMPARE_RECORD_TWICE, r.key);
        return -1;
    }
    PC_PUSH(sd->records, sd->nrecords, sd->records_cap, r);
    index_record(sd, sd->nrecords - 1);
    return rc;
}

static int read_side(side *sd, FILE *in, pc_diag *diag)
{
    char *line = NULL;
    size_t cap = 0;
    ssize_t len;
    long lineno = 0;
    int rc = 0;
    errno = 0;
    while ((len = getline(&line, &cap, in)) != -1) {
        lineno++;
        while (len > 0 && (line[len - 1] == '\n' || line[len - 1] == '\r'))
            line[--len] = '\0';
        if (len == 0)
            continue;
        if (memchr(line, '\0', (size_t)len) || !pc_utf8_valid(line)) {
            pc_diag_say(diag, PC_EX_DATAERR, sd->name, lineno, NULL, PC_D_COMPARE_TEXT);
            rc = PC_EX_DATAERR;
            continue;
        }
        if (read_line(sd, line, lineno, diag) != 0)
            rc = PC_EX_DATAERR;
    }
    if (ferror(in)) {
        pc_diag_say(diag, PC_EX_NOINPUT, sd->name, 0, NULL, PC_D_READ_ERROR, strerror(errno));
        rc = PC_EX_NOINPUT;
    }
    free(line);
    return rc;
}

static void side_free(side *sd)
{
    free(sd->records);
    free(sd->decisions);
    free(sd->slots);
    pc_arena_free(&sd->arena);
}

#define PC_COMPARE_CHANGES(X)                                                         \
    X(RECORD_ADDED, "record_added")                                                   \
    X(RECORD_REMOVED, "record_removed")                                               \
    X(NEWLY_ELIGIBLE, "newly_eligible")                                               \
    X(NO_LONGER_ELIGIBLE, "no_longer_eligible")                                       \
    X(AMOUNT_CHANGED, "amount_changed")                                               \
    X(STATUS_CHANGED, "status_changed")                                               \
    X(RULE_ADDED, "rule_added")                                                       \
    X(RULE_REMOVED, "rule_removed")

typedef enum change {
#define X(id, name) CH_##id,
    PC_COMPARE_CHANGES(X)
#undef X
    CH_COUNT
} change;

static const char *const change_names[] = {
#define X(id, name) name,
    PC_COMPARE_CHANGES(X)
#undef X
};
_Static_assert(sizeof change_names / sizeof change_names[0] == CH_COUNT, "one name per change");

typedef struct writer {
    FILE *out;
    int csv;
    pc_buf line;
    long counts[CH_COUNT];
} writer;

static void json_or_null(pc_buf *b, const char *s)
{
    if (s)
        pc_buf_json_string(b, s);
    else
        pc_buf_puts(b, "null");
}

static void amount_json(pc_buf *b, const decision *d)
{
    if (d && d->has_amount)
        pc_buf_money(b, d->fen);
    else
        pc_buf_puts(b, "null");
}

static void amount_csv(pc_buf *b, const decision *d)
{
    if (d && d->has_amount)
        pc_buf_money(b, d->fen);
}

/* One change: a record's (rec) rule decision d_old -> d_new (either NULL). */
static int emit(writer *w, change ch, const record *rec, const decision *d_old, const decision *d_new)
{
    const decision *d = d_new ? d_new : d_old;
    pc_buf *b = &w->line;
    b->len = 0;
    if (w->csv) {
        const char *cells[] = {rec->id, rec->name, rec->region, d ? d->plan : NULL, d ? d->rule : NULL,
                               change_names[ch], d_old ? d_old->status : NULL, d_new ? d_new->status : NULL};
        for (size_t i = 0; i < sizeof cells / sizeof *cells; i++) {
            pc_out_csv_cell(b, cells[i] ? cells[i] : "");
            pc_buf_putc(b, ',');
        }
        amount_csv(b, d_old);
        pc_buf_putc(b, ',');
        amount_csv(b, d_new);
        pc_buf_puts(b, "\r\n");
    } else {
        pc_buf_puts(b, "{\"id\":");
        json_or_null(b, rec->id);
        if (!rec->id) {
            pc_buf_puts(b, ",\"record\":");
            pc_buf_int(b, rec->recno);
        }
        pc_buf_puts(b, ",\"name\":");
        json_or_null(b, rec->name);
        pc_buf_puts(b, ",\"region\":");
        json_or_null(b, rec->region);
        if (d) {
            pc_buf_puts(b, ",\"plan\":");
            pc_buf_json_string(b, d->plan);
            pc_buf_puts(b, ",\"rule\":");
            pc_buf_json_string(b, d->rule);
            pc_buf_puts(b, ",\"kind\":");
            json_or_null(b, d->kind);
        }
        pc_buf_puts(b, ",\"change\":");
        pc_buf_json_string(b, change_names[ch]);
        if (d) {
            pc_buf_puts(b, ",\"old\":");
            if (d_old) {
                pc_buf_puts(b, "{\"status\":");
                pc_buf_json_string(b, d_old->status);
                pc_buf_puts(b, ",\"amount_yuan\":");
                amount_json(b, d_old);
                pc_buf_putc(b, '}');
            } else {
                pc_buf_puts(b, "null");
            }
            pc_buf_puts(b, ",\"new\":");
            if (d_new) {
                pc_buf_puts(b, "{\"status\":");
                pc_buf_json_string(b, d_new->status);
                pc_buf_puts(b, ",\"amount_yuan\":");
                amount_json(b, d_new);
                pc_buf_putc(b, '}');
            } else {
                pc_buf_puts(b, "null");
            }
        }
        pc_buf_puts(b, "}\n");
    }
    w->counts[ch]++;
    return fwrite(b->data, 1, b->len, w->out) == b->len ? 0 : -1;
}

static int is_eligible(const decision *d)
{
    return d && strcmp(d->status, "eligible") == 0;
}

static const decision *find_decision(const side *sd, const record *r, const decision *like)
{
    for (size_t i = r->first; i < r->first + r->count; i++)
        if (strcmp(sd->decisions[i].plan, like->plan) == 0 && strcmp(sd->decisions[i].rule, like->rule) == 0)
            return &sd->decisions[i];
    return NULL;
}

static int same_amount(const decision *a, const decision *b)
{
    return a->has_amount == b->has_amount && (!a->has_amount || a->fen == b->fen);
}

/* The change between two decisions of one rule, or -1 for none. */
static int classify(const decision *d_old, const decision *d_new)
{
    if (is_eligible(d_new) && !is_eligible(d_old))
        return CH_NEWLY_ELIGIBLE;
    if (is_eligible(d_old) && !is_eligible(d_new))
        return CH_NO_LONGER_ELIGIBLE;
    if (!d_old)
        return CH_RULE_ADDED;
    if (!d_new)
        return CH_RULE_REMOVED;
    if (strcmp(d_old->status, d_new->status) != 0)
        return CH_STATUS_CHANGED;
    if (!same_amount(d_old, d_new))
        return CH_AMOUNT_CHANGED;
    return -1;
}

static int compare_record(writer *w, const side *old, const record *ro, const side *new, const record *rn)
{
    if ((ro && ro->unreadable) || (rn && rn->unreadable))
        return 0;   /* reported while reading; half a record would claim changes it does not show */
    if (!ro || !rn) {
        const record *r = ro ? ro : rn;
        const side *sd = ro ? old : new;
        if (emit(w, ro ? CH_RECORD_REMOVED : CH_RECORD_ADDED, r, NULL, NULL) != 0)
            return -1;
        for (size_t i = r->first; i < r->first + r->count; i++) {
            const decision *d = &sd->decisions[i];
            int ch = classify(ro ? d : NULL, ro ? NULL : d);
            if (emit(w, (change)ch, r, ro ? d : NULL, ro ? NULL : d) != 0)
                return -1;
        }
        return 0;
    }
    for (size_t i = rn->first; i < rn->first + rn->count; i++) {
        const decision *dn = &new->decisions[i], *dold = find_decision(old, ro, dn);
        int ch = classify(dold, dn);
        if (ch >= 0 && emit(w, (change)ch, rn, dold, dn) != 0)
            return -1;
    }
    for (size_t i = ro->first; i < ro->first + ro->count; i++) {
        const decision *dold = &old->decisions[i];
        if (!find_decision(new, rn, dold) && emit(w, (change)classify(dold, NULL), rn, dold, NULL) != 0)
            return -1;
    }
    return 0;
}

int pc_compare_run(FILE *old_in, const char *old_name, FILE *new_in, const char *new_name, FILE *out,
                   const pc_compare_options *opt, pc_compare_summary *summary, pc_diag *diag)
{
    side old = {.name = old_name}, new = {.name = new_name};
    int rc = read_side(&old, old_in, diag);
    int rc2 = read_side(&new, new_in, diag);
    if (rc2 > rc)
        rc = rc2;
    writer w = {out, opt && opt->csv, {0}, {0}};
    int failed = 0;
    if (w.csv && opt->header) {
        static const char header[] =
            "id,name,region,plan,rule,change,old_status,new_status,old_amount_yuan,new_amount_yuan\r\n";
        failed = (!opt->no_bom && fputs(pc_out_csv_bom, out) < 0) || fwrite(header, 1, sizeof header - 1, out) != sizeof header - 1;
    }
    for (size_t i = 0; i < new.nrecords && !failed; i++) {
        record *rn = &new.records[i], *ro = find_record(&old, rn->key);
        if (ro)
            ro->matched = 1;
        failed = compare_record(&w, &old, ro, &new, rn) != 0;
    }
    for (size_t i = 0; i < old.nrecords && !failed; i++)
        if (!old.records[i].matched)
            failed = compare_record(&w, &old, &old.records[i], &new, NULL) != 0;
    if (summary) {
        summary->old_records = (long)old.nrecords;
        summary->new_records = (long)new.nrecords;
        summary->newly_eligible = w.counts[CH_NEWLY_ELIGIBLE];
        summary->no_longer_eligible = w.counts[CH_NO_LONGER_ELIGIBLE];
        summary->amount_changed = w.counts[CH_AMOUNT_CHANGED];
        summary->changes = 0;
        for (int c = 0; c < CH_COUNT; c++)
            summary->changes += w.counts[c];
    }
    pc_buf_free(&w.line);
    side_free(&old);
    side_free(&new);
    if (failed) {
        pc_diag_say(diag, PC_EX_IOERR, NULL, 0, NULL, PC_D_COMPARE_WRITE, strerror(errno));
        return PC_EX_IOERR;
    }
    return rc;
}
