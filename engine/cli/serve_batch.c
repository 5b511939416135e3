/*
 * serve_batch.c -- POST /v1/batch: JSON Lines in, JSON Lines out in input
 * order.  Records are cut from the body as it arrives and evaluated at once
 * (pc_batch_record: the same line `plancheck batch` writes, with
 * rules_version and decision_id added); results go to an unlinked spool file
 * that the response is then sent from.  Memory holds one record at a time
 * whatever the size of the upload; a record longer than the batch limit is
 * counted, not kept, and answered with its error object.
 */
#include "serve.h"

#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

struct sv_batch {
    int fd;
    int write_errno;
    long line, records, failed;
    char *rec;               /* the record being cut */
    size_t len, cap;
    size_t too_long;         /* bytes of a record over the limit, 0 when none */
    pc_report *report;
    char *out;               /* formatted lines of one upload chunk */
    size_t out_len, out_cap;
    char *line_buf;
    size_t line_len, line_cap;
};

static int spool_open(void)
{
    const char *dir = getenv("TMPDIR");
    if (!dir || !*dir)
        dir = "/tmp";
    char path[4096];
    snprintf(path, sizeof path, "%s/plancheck-batch-XXXXXX", dir);
    int fd = mkstemp(path);
    if (fd >= 0)
        unlink(path);
    return fd;
}

int sv_batch_begin(sv_request *r, sv_response *out)
{
    sv_batch *b = calloc(1, sizeof *b);
    b->fd = spool_open();
    if (b->fd < 0) {
        sv_problem(out, r, 500, NULL, SV_M_SPOOL_CREATE, strerror(errno));
        free(b);
        return -1;
    }
    b->report = pc_report_new();
    r->batch = b;
    return 0;
}

static void put(sv_batch *b, const char *s, size_t n)
{
    if (b->out_len + n > b->out_cap) {
        size_t cap = b->out_cap ? b->out_cap : 65536;
        while (cap < b->out_len + n)
            cap *= 2;
        b->out = realloc(b->out, cap);
        b->out_cap = cap;
    }
    memcpy(b->out + b->out_len, s, n);
    b->out_len += n;
}

static void spool(sv_batch *b)
{
    size_t done = 0;
    while (done < b->out_len && !b->write_errno) {
        ssize_t n = write(b->fd, b->out + done, b->out_len - done);
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            b->write_errno = n < 0 ? errno : EIO;
        else
            done += (size_t)n;
    }
    b->out_len = 0;
}

/* The error object of a record the watchdog gave up, in place of its line. */
static void given_up_line(sv_request *r, size_t start)
{
    sv_batch *b = r->batch;
    char text[512];
    sv_given_up_text(r->rules, sv_request_lang(r), text, sizeof text);
    char *line = NULL;
    size_t len = 0;
    FILE *f = open_memstream(&line, &len);
    fprintf(f, "{\"record\":%ld,\"line\":%ld,\"results\":[],\"errors\":[{\"file\":\"request\",\"line\":%ld,"
               "\"field\":null,\"message\":",
            b->records, b->line, b->line);
    pc_write_json_string(text, f);
    fputs("}]}", f);
    fclose(f);
    b->line_len = start;
    if (b->line_len + len > b->line_cap) {
        b->line_cap = b->line_len + len;
        b->line_buf = realloc(b->line_buf, b->line_cap);
    }
    memcpy(b->line_buf + b->line_len, line, len);
    b->line_len += len;
    free(line);
}

/* One complete line (without its newline). */
static void record(sv_request *r, sv_context **ctx, const char *text, size_t len, size_t full_len)
{
    sv_batch *b = r->batch;
    sv_server *s = r->srv;
    b->line++;
    if (full_len == len) {
        while (len && (text[len - 1] == '\r' || text[len - 1] == ' ' || text[len - 1] == '\t'))
            len--;
        if (b->line == 1 && len >= 3 && memcmp(text, "\xEF\xBB\xBF", 3) == 0)
            text += 3, len -= 3;
        full_len = len;
    }
    if (!full_len)
        return;
    if (!*ctx)
        *ctx = sv_context_take(s, r->rules);
    char id[37];
    sv_new_id(id);
    sv_watch_begin(*ctx);
    size_t start = b->line_len;
    int rc = pc_batch_record((*ctx)->ctx, r->kind, text, full_len, "request", ++b->records, b->line, &r->eval, b->report,
                             &b->line_buf, &b->line_len, &b->line_cap);
    int given_up = sv_watch_end(*ctx);
    if (given_up) {
        /* the report points into the context: dropped with it, the line replaced */
        pc_report_free(b->report);
        b->report = pc_report_new();
        sv_context_drop(r->rules, *ctx);
        *ctx = NULL;
        given_up_line(r, start);
        rc = 1;
    }
    atomic_fetch_add(&s->metrics.evaluations, 1);
    if (rc) {
        b->failed++;
        atomic_fetch_add(&s->metrics.evaluation_errors, 1);
    }
    size_t n;
    b->line_buf = sv_add_ids(b->line_buf, b->line_len, &b->line_cap, r->rules->version, id, &n);
    put(b, b->line_buf, n);
    b->line_len = 0;
    if (given_up)
        sv_log_decision(s, r, id, text, len, 500, NULL);
    else if (full_len == len)
        sv_log_decision(s, r, id, text, len, rc ? 422 : 200, rc ? NULL : b->report);
    else
        sv_log_decision(s, r, id, "", 0, 422, NULL);
}

void sv_batch_feed(sv_request *r, const char *data, size_t len)
{
    sv_batch *b = r->batch;
    sv_context *ctx = NULL;
    while (len) {
        const char *nl = memchr(data, '\n', len);
        size_t n = nl ? (size_t)(nl - data) : len;
        if (b->too_long) {
            b->too_long += n;
        } else if (b->len + n > PC_MAX_RECORD_BYTES) {
            /* keep the start only: the record is refused unread */
            b->too_long = b->len + n;
        } else {
            if (b->len + n + 1 > b->cap) {
                size_t cap = b->cap ? b->cap : 4096;
                while (cap < b->len + n + 1)
                    cap *= 2;
                b->rec = realloc(b->rec, cap);
                b->cap = cap;
            }
            memcpy(b->rec + b->len, data, n);
            b->len += n;
        }
        if (!nl)
            break;
        record(r, &ctx, b->rec ? b->rec : "", b->len, b->too_long ? b->too_long : b->len);
        b->len = 0;
        b->too_long = 0;
        data += n + 1;
        len -= n + 1;
    }
    if (ctx)
        sv_context_give(r->srv, r->rules, ctx);
    spool(b);
}

void sv_batch_end(sv_request *r, sv_response *out)
{
    sv_batch *b = r->batch;
    if (b->len || b->too_long)
        sv_batch_feed(r, "\n", 1);
    if (!b->records) {
        sv_problem(out, r, 422, NULL, SV_M_BATCH_EMPTY);
        return;
    }
    struct stat st;
    if (b->write_errno || fstat(b->fd, &st) != 0) {
        sv_problem(out, r, 500, NULL, SV_M_SPOOL_WRITE,
                   strerror(b->write_errno ? b->write_errno : errno));
        return;
    }
    out->status = 200;
    out->content_type = "application/x-ndjson";
    out->fd = b->fd;
    out->len = (size_t)st.st_size;
    b->fd = -1;   /* the response owns it now */
}

void sv_batch_free(sv_batch *b)
{
    if (b->fd >= 0)
        close(b->fd);
    pc_report_free(b->report);
    free(b->rec);
    free(b->out);
    free(b->line_buf);
    free(b);
}
