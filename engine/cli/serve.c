/*
 * serve.c -- `plancheck serve`: settings (config [serve], then the command
 * line), the loaded rules and their evaluation contexts, and the signals:
 * SIGHUP reloads rules, plugins and config (new requests get the new rules,
 * requests in flight finish on the old ones, a reload that fails keeps the
 * old ones) and reopens the logs; SIGTERM/SIGINT stop accepting, let the
 * requests in flight finish, and exit 0.  Signals are taken by sigwait() in
 * the main thread; libmicrohttpd's threads never see them.
 */
#include "cli.h"
#include "serve.h"

#include <errno.h>
#include <limits.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <time.h>
#include <unistd.h>

/* ---- rules and contexts ----------------------------------------------------------- */

/* The watchdog gave an evaluation up (arg: the server): its worker stays
 * busy until the native call returns; the operator sees it here. */
static void given_up(void *arg, int deadline)
{
    sv_server *s = arg;
    if (!deadline)
        return;
    atomic_fetch_add(&s->metrics.evaluations_given_up, 1);
    fputs(sv_words(s->default_lang, SV_M_LOG_GIVEN_UP), stderr);
}

static sv_context *context_new(sv_server *s, sv_rules *r, pc_context *ctx)
{
    sv_context *c = calloc(1, sizeof *c);
    c->ctx = ctx;
    c->watch = r->dog && ctx ? pc_watch_new(r->dog, ctx, s) : NULL;
    return c;
}

static void context_free(sv_rules *r, sv_context *c)
{
    pc_watch_free(c->watch);
    pc_subject_free(c->subject);
    pc_report_free(c->report);
    pc_diag_free(c->diag);
    if (c->ctx != pc_engine_context(r->engine))
        pc_context_free(c->ctx);
    free(c);
}

static sv_rules *rules_new(sv_server *s, pc_engine *e, int threads)
{
    sv_rules *r = calloc(1, sizeof *r);
    r->engine = e;
    snprintf(r->version, sizeof r->version, "%s", pc_engine_rules_version(e));
    r->dog = pc_watchdog_new(e, 0, given_up);
    r->cap = (size_t)threads + 1;
    r->free_contexts = calloc(r->cap, sizeof *r->free_contexts);
    /* compiled before the rules are installed: no request waits for it */
    r->free_contexts[r->nfree++] = context_new(s, r, pc_engine_context(e));
    for (int i = 1; i < threads; i++)
        r->free_contexts[r->nfree++] = context_new(s, r, pc_context_new(e));
    return r;
}

static void rules_free(sv_rules *r)
{
    for (size_t i = 0; i < r->nfree; i++)
        context_free(r, r->free_contexts[i]);
    free(r->free_contexts);
    pc_watchdog_free(r->dog);
    pc_engine_close(r->engine);
    free(r);
}

/* Buffers kept at the most, and the largest kept: what a few requests per
 * thread in flight use; a rare huge answer's buffer is not held. */
#define ANSWERS_KEPT 64
#define ANSWER_KEPT_BYTES (256 * 1024)

sv_answer *sv_answer_take(sv_server *s)
{
    pthread_mutex_lock(&s->lock);
    sv_answer *a = s->nanswers ? s->answers[--s->nanswers] : NULL;
    pthread_mutex_unlock(&s->lock);
    if (!a) {
        a = calloc(1, sizeof *a);
        if (!a)
            abort();
        a->srv = s;
    }
    return a;
}

void sv_answer_give(void *answer)
{
    sv_answer *a = answer;
    sv_server *s = a->srv;
    if (a->cap <= ANSWER_KEPT_BYTES) {
        pthread_mutex_lock(&s->lock);
        int kept = s->nanswers < ANSWERS_KEPT;
        if (kept)
            s->answers[s->nanswers++] = a;
        pthread_mutex_unlock(&s->lock);
        if (kept)
            return;
    }
    free(a->buf);
    free(a);
}

static void answers_free(sv_server *s)
{
    for (size_t i = 0; i < s->nanswers; i++) {
        free(s->answers[i]->buf);
        free(s->answers[i]);
    }
    free(s->answers);
}

sv_rules *sv_rules_acquire(sv_server *s)
{
    pthread_mutex_lock(&s->lock);
    sv_rules *r = s->rules;
    r->refs++;
    pthread_mutex_unlock(&s->lock);
    return r;
}

void sv_rules_release(sv_server *s, sv_rules *r)
{
    pthread_mutex_lock(&s->lock);
    int gone = --r->refs == 0 && r->retired;
    pthread_mutex_unlock(&s->lock);
    if (gone)
        rules_free(r);
}

sv_context *sv_context_take(sv_server *s, sv_rules *r)
{
    pthread_mutex_lock(&s->lock);
    sv_context *c = r->nfree ? r->free_contexts[--r->nfree] : NULL;
    pthread_mutex_unlock(&s->lock);
    return c ? c : context_new(s, r, pc_context_new(r->engine));
}

void sv_context_give(sv_server *s, sv_rules *r, sv_context *c)
{
    pthread_mutex_lock(&s->lock);
    if (r->nfree == r->cap) {
        r->cap *= 2;
        r->free_contexts = realloc(r->free_contexts, r->cap * sizeof *r->free_contexts);
    }
    r->free_contexts[r->nfree++] = c;
    pthread_mutex_unlock(&s->lock);
}

void sv_watch_begin(sv_context *c)
{
    if (c->watch)
        pc_watch_begin(c->watch);
}

int sv_watch_end(sv_context *c)
{
    return c->watch && pc_watch_end(c->watch);
}

void sv_context_drop(sv_rules *r, sv_context *c)
{
    context_free(r, c);
    pc_engine_release(r->engine);   /* the watchdog's reference, taken for this thread */
}

void sv_given_up_text(const sv_rules *r, pc_lang lang, char *buf, size_t n)
{
    pc_watchdog_given_up_text(r->dog, lang, buf, n);
}

int sv_evaluate_on(sv_request *r, sv_context *c, const pc_subject *subject, const pc_eval_options *opt,
                   pc_report **report)
{
    sv_server *s = r->srv;
    sv_watch_begin(c);
    int rc = pc_evaluate(c->ctx, subject, opt, report);
    if (sv_watch_end(c)) {
        pc_report_free(*report);
        *report = NULL;
        sv_context_drop(r->rules, c);
        rc = SV_GIVEN_UP;
    }
    atomic_fetch_add(&s->metrics.evaluations, 1);
    if (rc)
        atomic_fetch_add(&s->metrics.evaluation_errors, 1);
    return rc;
}

int sv_evaluate(sv_request *r, const pc_subject *subject, const pc_eval_options *opt, pc_report **report)
{
    sv_context *c = sv_context_take(r->srv, r->rules);
    int rc = sv_evaluate_on(r, c, subject, opt, report);
    if (rc != SV_GIVEN_UP)
        sv_context_give(r->srv, r->rules, c);
    return rc;
}

/* ---- settings ------------------------------------------------------------------------ */

typedef struct reader {
    pc_engine *e;
    pc_lang lang;
    int bad;
} reader;

static const char *get(reader *rd, const char *key, long *line)
{
    return pc_engine_config_get(rd->e, "serve", key, line);
}

static void complain(reader *rd, const char *key, long line, const char *expected, const char *value)
{
    const char *path = pc_engine_config_path(rd->e);
    fprintf(stderr, sv_words(rd->lang, SV_M_LOG_CONFIG), path ? path : "config", line, key, expected, value);
    rd->bad = 1;
}

static void number(reader *rd, const char *key, long min, long max, long *out)
{
    long line;
    const char *v = get(rd, key, &line);
    if (!v)
        return;
    char *end;
    errno = 0;
    long n = strtol(v, &end, 10);
    if (errno || end == v || *end || n < min || n > max) {
        char expected[96];
        snprintf(expected, sizeof expected, sv_words(rd->lang, SV_M_LOG_CONFIG_NUMBER), min, max);
        complain(rd, key, line, expected, v);
        return;
    }
    *out = n;
}

static void flag(reader *rd, const char *key, int *out)
{
    long line;
    const char *v = get(rd, key, &line);
    if (!v)
        return;
    if (strcmp(v, "true") == 0 || strcmp(v, "false") == 0)
        *out = strcmp(v, "true") == 0;
    else
        complain(rd, key, line, sv_words(rd->lang, SV_M_LOG_CONFIG_FLAG), v);
}

/* A path of the config is relative to the config's directory. */
static char *path_value(reader *rd, const char *key)
{
    const char *v = get(rd, key, NULL);
    if (!v || !*v)
        return NULL;
    const char *config = pc_engine_config_path(rd->e);
    if (v[0] == '/' || strcmp(v, "-") == 0 || strcmp(v, "off") == 0 || !config)
        return strdup(v);
    const char *slash = strrchr(config, '/');
    size_t n = strlen(v) + (slash ? (size_t)(slash - config) : 1) + 2;
    char *out = malloc(n);
    snprintf(out, n, "%.*s/%s", slash ? (int)(slash - config) : 1, slash ? config : ".", v);
    return out;
}

static int settings(sv_settings *set, pc_engine *e, const cli *c, pc_lang lang)
{
    long cores = sysconf(_SC_NPROCESSORS_ONLN);
    snprintf(set->listen, sizeof set->listen, "127.0.0.1:8080");
    long threads = cores > 0 ? cores : 1, timeout = 10, drain = 30, conns = 4096, body = 1 << 20, inflight = 1024;
    reader rd = {e, lang, 0};
    long line;
    const char *listen = get(&rd, "listen", &line);
    if (listen)
        snprintf(set->listen, sizeof set->listen, "%s", listen);
    number(&rd, "threads", 1, 256, &threads);
    number(&rd, "timeout_s", 1, 3600, &timeout);
    number(&rd, "drain_timeout_s", 0, 3600, &drain);
    number(&rd, "max_connections", 1, 1000000, &conns);
    number(&rd, "max_body_bytes", 1, PC_MAX_RECORD_BYTES, &body);
    number(&rd, "max_inflight", 1, 1000000, &inflight);
    flag(&rd, "decision_log_input", &set->decision_log_input);
    set->decision_log = path_value(&rd, "decision_log");
    set->access_log = path_value(&rd, "access_log");
    const char *cors = get(&rd, "cors_origin", NULL);
    set->cors_origin = cors && *cors ? strdup(cors) : NULL;
    if (rd.bad)
        return PC_EX_CONFIG;
    if (c->listen)
        snprintf(set->listen, sizeof set->listen, "%s", c->listen);
    if (c->threads)
        threads = c->threads;
    if (c->decision_log) {
        free(set->decision_log);
        set->decision_log = strdup(c->decision_log);
    }
    set->threads = (int)threads;
    set->timeout_s = (unsigned)timeout;
    set->drain_timeout_s = (unsigned)drain;
    set->max_connections = (unsigned)conns;
    set->max_body_bytes = (size_t)body;
    set->max_inflight = (int)inflight;
    set->connection_memory = 32 * 1024;   /* request line and headers, and the read buffer */
    set->access_log_off = set->access_log && strcmp(set->access_log, "off") == 0;
    return 0;
}

/* Enough descriptors for every connection allowed, within the hard limit. */
static void raise_fd_limit(unsigned connections)
{
    struct rlimit rl;
    if (getrlimit(RLIMIT_NOFILE, &rl) != 0)
        return;
    rlim_t want = (rlim_t)connections + 256;
    if (rl.rlim_max != RLIM_INFINITY && want > rl.rlim_max)
        want = rl.rlim_max;
    if (want > rl.rlim_cur) {
        rl.rlim_cur = want;
        setrlimit(RLIMIT_NOFILE, &rl);
    }
}

/* ---- signals ------------------------------------------------------------------------------ */

static void reload(sv_server *s)
{
    pc_diag *diag = pc_diag_new();
    pc_engine *e = NULL;
    int rc = pc_engine_open(&e, &s->engine_options, diag);
    if (rc || pc_diag_worst(diag)) {
        pc_diag_print_lang(diag, stderr, s->default_lang);
        fprintf(stderr, sv_words(s->default_lang, SV_M_LOG_RELOAD_FAILED), s->rules->version);
        atomic_fetch_add(&s->metrics.reloads_failed, 1);
        pc_engine_close(e);
    } else {
        sv_rules *fresh = rules_new(s, e, s->set.threads);
        pthread_mutex_lock(&s->lock);
        sv_rules *old = s->rules;
        s->rules = fresh;
        old->retired = 1;
        int gone = old->refs == 0;
        pthread_mutex_unlock(&s->lock);
        fprintf(stderr, sv_words(s->default_lang, SV_M_LOG_RELOADED), fresh->version, old->version);
        if (gone)
            rules_free(old);
        atomic_fetch_add(&s->metrics.reloads_ok, 1);
    }
    pc_diag_free(diag);
    char err[512];
    if (sv_log_reopen(&s->access, s->default_lang, err, sizeof err) != 0)
        fprintf(stderr, "plancheck: %s\n", err);
    if (sv_log_reopen(&s->decisions, s->default_lang, err, sizeof err) != 0)
        fprintf(stderr, "plancheck: %s\n", err);
}

static double now(void)
{
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return (double)t.tv_sec + t.tv_nsec / 1e9;
}

/* Stops accepting, waits for the requests in flight, stops. */
static void drain(sv_server *s)
{
    atomic_store(&s->draining, 1);
    sv_http_quiesce(s);
    double until = now() + s->set.drain_timeout_s;
    struct timespec tick = {0, 10 * 1000 * 1000};
    while (atomic_load(&s->metrics.inflight) > 0 && now() < until)
        nanosleep(&tick, NULL);
    int left = atomic_load(&s->metrics.inflight);
    if (left > 0)
        fprintf(stderr, sv_words(s->default_lang, SV_M_LOG_DRAIN_LEFT), left, s->set.drain_timeout_s);
    sv_http_stop(s);
}

int run_serve(pc_engine **engine, const pc_engine_options *eo, const cli *c, pc_lang lang)
{
    sv_server *s = calloc(1, sizeof *s);
    int rc = settings(&s->set, *engine, c, lang);
    if (rc) {
        free(s);
        return rc;
    }
    s->engine_options = *eo;
    s->default_lang = lang;
    sv_pages_init(s);
    pthread_mutex_init(&s->lock, NULL);
    s->answers = calloc(ANSWERS_KEPT, sizeof *s->answers);
    s->rules = rules_new(s, *engine, s->set.threads);
    *engine = NULL;   /* the server owns it now */

    char err[512];
    rc = 0;
    if (sv_log_open(&s->access, s->set.access_log_off ? NULL : s->set.access_log, s->set.access_log_off, lang, err,
                    sizeof err) != 0 ||
        sv_log_open(&s->decisions, s->set.decision_log, s->set.decision_log == NULL, lang, err, sizeof err) != 0) {
        fprintf(stderr, "plancheck: %s\n", err);
        rc = PC_EX_CANTCREAT;
    }
    sigset_t sigs;
    sigemptyset(&sigs);
    sigaddset(&sigs, SIGHUP);
    sigaddset(&sigs, SIGTERM);
    sigaddset(&sigs, SIGINT);
    /* blocked before libmicrohttpd starts its threads, which inherit the mask */
    pthread_sigmask(SIG_BLOCK, &sigs, NULL);
    signal(SIGPIPE, SIG_IGN);
    raise_fd_limit(s->set.max_connections);
    if (!rc && sv_http_start(s, err, sizeof err) != 0) {
        fprintf(stderr, "plancheck: %s\n", err);
        rc = PC_EX_CONFIG;
    }
    if (!rc) {
        const char *colon = strrchr(s->set.listen, ':');
        fprintf(stderr, sv_words(lang, SV_M_LOG_SERVING), (int)(colon - s->set.listen), s->set.listen, s->port, s->set.threads, s->rules->version);
        for (;;) {
            int sig = 0;
            if (sigwait(&sigs, &sig) != 0)
                continue;
            if (sig == SIGHUP) {
                reload(s);
                continue;
            }
            fprintf(stderr, sv_words(lang, SV_M_LOG_STOPPING), sig == SIGINT ? "SIGINT" : "SIGTERM");
            break;
        }
        drain(s);
        fputs(sv_words(lang, SV_M_LOG_STOPPED), stderr);
    }
    rules_free(s->rules);
    answers_free(s);   /* libmicrohttpd has stopped: every answer was given back */
    sv_log_close(&s->access);
    sv_log_close(&s->decisions);
    pthread_mutex_destroy(&s->lock);
    free(s->set.decision_log);
    free(s->set.access_log);
    free(s->set.cors_origin);
    free(s);
    return rc;
}
