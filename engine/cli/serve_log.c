/*
 * serve_log.c -- the service's two logs.  The access log has one logfmt line
 * per request; the decision log one JSON line per decision (docs/serve.md
 * gives both formats).  Each line is written with one write() to a file
 * opened O_APPEND, under the log's lock, so lines from concurrent requests
 * are never interleaved or lost; SIGHUP reopens the files (log rotation).
 */
#include "serve.h"

#include <errno.h>
#include <fcntl.h>
#include <nettle/sha2.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/random.h>
#include <time.h>
#include <unistd.h>

int sv_log_open(sv_log *log, const char *path, int is_off, pc_lang lang, char *err, size_t errlen)
{
    pthread_mutex_init(&log->lock, NULL);
    log->off = is_off;
    log->fd = is_off ? -1 : 2;
    log->path = path && *path && strcmp(path, "-") != 0 ? strdup(path) : NULL;
    if (!log->path)
        return 0;
    log->fd = open(log->path, O_WRONLY | O_APPEND | O_CREAT | O_CLOEXEC, 0640);
    if (log->fd < 0) {
        snprintf(err, errlen, sv_words(lang, SV_M_LOG_CANNOT_OPEN), log->path, strerror(errno));
        return -1;
    }
    return 0;
}

int sv_log_reopen(sv_log *log, pc_lang lang, char *err, size_t errlen)
{
    if (!log->path)
        return 0;
    int fd = open(log->path, O_WRONLY | O_APPEND | O_CREAT | O_CLOEXEC, 0640);
    if (fd < 0) {
        snprintf(err, errlen, sv_words(lang, SV_M_LOG_CANNOT_REOPEN), log->path, strerror(errno));
        return -1;
    }
    pthread_mutex_lock(&log->lock);
    int old = log->fd;
    log->fd = fd;
    pthread_mutex_unlock(&log->lock);
    close(old);
    return 0;
}

void sv_log_close(sv_log *log)
{
    if (log->path && log->fd >= 0)
        close(log->fd);
    free(log->path);
    log->path = NULL;
    log->fd = -1;
    pthread_mutex_destroy(&log->lock);
}

void sv_log_line(sv_log *log, const char *line, size_t len)
{
    if (log->off)
        return;
    pthread_mutex_lock(&log->lock);
    size_t done = 0;
    while (done < len) {
        ssize_t n = write(log->fd, line + done, len - done);
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            break;
        done += (size_t)n;
    }
    pthread_mutex_unlock(&log->lock);
}

void sv_new_id(char out[37])
{
    unsigned char b[16];
    size_t got = 0;
    while (got < sizeof b) {
        ssize_t n = getrandom(b + got, sizeof b - got, 0);
        if (n > 0)
            got += (size_t)n;
        else if (errno != EINTR)
            break;
    }
    b[6] = (unsigned char)((b[6] & 0x0f) | 0x40);
    b[8] = (unsigned char)((b[8] & 0x3f) | 0x80);
    snprintf(out, 37, "%02x%02x%02x%02x-%02x%02x-%02x%02x-%02x%02x-%02x%02x%02x%02x%02x%02x", b[0], b[1], b[2], b[3],
             b[4], b[5], b[6], b[7], b[8], b[9], b[10], b[11], b[12], b[13], b[14], b[15]);
}

void sv_time_rfc3339(char out[32])
{
    struct timespec t;
    clock_gettime(CLOCK_REALTIME, &t);
    struct tm tm;
    gmtime_r(&t.tv_sec, &tm);
    size_t n = strftime(out, 32, "%Y-%m-%dT%H:%M:%S", &tm);
    snprintf(out + n, 32 - n, ".%03ldZ", t.tv_nsec / 1000000);
}

/* time=... remote=... method=... path=... status=... bytes=... duration_ms=... decision_id=... */
void sv_log_access(sv_server *s, const sv_request *r, double seconds)
{
    if (s->access.off)
        return;
    char when[32], line[1024];
    sv_time_rfc3339(when);
    int n = snprintf(line, sizeof line, "time=%s remote=%s method=%s path=%s status=%u bytes=%zu duration_ms=%.3f "
                     "decision_id=%s\n", when, r->remote, r->method ? r->method : "-",
                     sv_endpoint_path(r->ep), r->status, r->bytes_out, seconds * 1e3, r->id);
    if (n > 0)
        sv_log_line(&s->access, line, (size_t)n < sizeof line ? (size_t)n : sizeof line - 1);
}

static void money(FILE *f, int64_t fen)
{
    if (fen % 100 == 0)
        fprintf(f, "%lld", (long long)(fen / 100));
    else if (fen % 10 == 0)
        fprintf(f, "%lld.%lld", (long long)(fen / 100), (long long)(fen % 100 / 10));
    else
        fprintf(f, "%lld.%02lld", (long long)(fen / 100), (long long)(fen % 100));
}

void sv_log_decision(sv_server *s, const sv_request *r, const char *decision_id, const char *input, size_t len,
                     unsigned status, const pc_report *rep)
{
    if (s->decisions.off)
        return;
    uint8_t digest[SHA256_DIGEST_SIZE];
    struct sha256_ctx h;
    sha256_init(&h);
    sha256_update(&h, len, (const uint8_t *)input);
    sha256_digest(&h, sizeof digest, digest);
    char when[32];
    sv_time_rfc3339(when);
    char *text = NULL;
    size_t tlen = 0;
    FILE *f = open_memstream(&text, &tlen);
    fprintf(f, "{\"decision_id\":\"%s\",\"time\":\"%s\",\"endpoint\":\"%s\",\"rules_version\":\"%s\",\"input_sha256\":\"",
            decision_id, when, sv_endpoint_path(r->ep), r->rules ? r->rules->version : "");
    for (size_t i = 0; i < sizeof digest; i++)
        fprintf(f, "%02x", digest[i]);
    fprintf(f, "\",\"status\":%u", status);
    if (rep && status == 200) {
        fputs(",\"subject\":", f);
        pc_write_json_string(pc_report_subject_id(rep), f);
        fputs(",\"region\":", f);
        pc_write_json_string(pc_report_region(rep), f);
        fputs(",\"results\":[", f);
        for (size_t i = 0; i < pc_report_result_count(rep); i++) {
            pc_result_info info;
            pc_report_result(rep, i, &info);
            fprintf(f, "%s{\"plan\":", i ? "," : "");
            pc_write_json_string(info.plan, f);
            fputs(",\"rule\":", f);
            pc_write_json_string(info.rule, f);
            fprintf(f, ",\"status\":\"%s\"", info.status);
            if (info.has_amount) {
                fputs(",\"amount_yuan\":", f);
                money(f, info.amount_fen);
            }
            fputc('}', f);
        }
        fputs("],\"total_yuan\":", f);
        money(f, pc_report_total_fen(rep));
    }
    if (s->set.decision_log_input) {
        /* as a string: the body may span lines, the log may not */
        char *copy = malloc(len + 1);
        memcpy(copy, input, len);
        copy[len] = '\0';
        fputs(",\"input\":", f);
        pc_write_json_string(copy, f);
        free(copy);
    }
    fputs("}\n", f);
    fclose(f);
    sv_log_line(&s->decisions, text, tlen);
    free(text);
}
