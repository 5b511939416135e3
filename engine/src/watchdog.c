/*
 * watchdog.c -- a wall-clock deadline per evaluation, the last line behind
 * the sandbox's metering (docs/security.md, "Watchdog").
 *
 * A monitor thread looks at every registered watch each tick.  An
 * evaluation still running at its deadline is interrupted: the sandbox's
 * count hook, which runs on the evaluating thread every few hundred Lua
 * instructions, sees the request and fails every rule call from then on.
 * That stops Lua code but not a C function that never returns (a plugin's
 * native function, a library call): if the evaluation has not ended after
 * the grace period too, the watch expires.  The evaluating thread is then
 * given up: nothing can stop a thread safely, so it is left to run, and
 * whatever it returns to is its own (pc_watch_end returns 1 and the thread
 * frees its context and releases the engine); on_expire tells the owner,
 * which replaces the thread and its context.
 *
 * A watch's state is one atomic word, (sequence << 2) | phase, so the
 * evaluating thread never takes a lock per evaluation and an interrupt or
 * expiry aimed at one evaluation can never hit the next.
 */
#include "internal.h"

#include <errno.h>
#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

enum { W_IDLE = 0, W_RUNNING = 1, W_EXPIRED = 2 };

struct pc_watch {
    pc_watchdog *dog;
    pc_context *ctx;
    void *arg;
    unsigned long state;     /* (seq << 2) | phase, atomic */
    int64_t started_ms;      /* atomic; valid while RUNNING */
    unsigned long interrupted_seq;   /* monitor only: the evaluation interrupted last, and when */
    int64_t interrupted_ms;
    pc_watch *next;          /* the monitor's list, under dog->lock */
};

struct pc_watchdog {
    pc_engine *engine;
    long timeout_ms, grace_ms, tick_ms;
    void (*on_expire)(void *arg, int deadline);
    pthread_mutex_t lock;
    pthread_cond_t wake;
    pthread_t monitor;
    int stop;
    pc_watch *watches;
};

static int64_t now_ms(void)
{
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return (int64_t)t.tv_sec * 1000 + t.tv_nsec / 1000000;
}

static long clamp(long v, long lo, long hi)
{
    return v < lo ? lo : v > hi ? hi : v;
}

/* Unlinks a watch; under dog->lock. */
static void unlink_watch(pc_watchdog *d, pc_watch *w)
{
    for (pc_watch **p = &d->watches; *p; p = &(*p)->next)
        if (*p == w) {
            *p = w->next;
            break;
        }
    w->next = NULL;
}

/* Gives a running watch up: the monitor (or pc_watchdog_expire_all) won the
 * race with pc_watch_end.  Under dog->lock.  The thread now owns the watch
 * and one reference to the engine. */
static int expire(pc_watchdog *d, pc_watch *w, unsigned long seen)
{
    unsigned long expired = (seen & ~3ul) | W_EXPIRED;
    if (!__atomic_compare_exchange_n(&w->state, &seen, expired, 0, __ATOMIC_SEQ_CST, __ATOMIC_SEQ_CST))
        return 0;
    unlink_watch(d, w);
    pc_engine_retain(d->engine);
    return 1;
}

static void *monitor(void *arg)
{
    pc_watchdog *d = arg;
    pthread_mutex_lock(&d->lock);
    while (!d->stop) {
        void *expired[16];
        int n = 0;
        int64_t now = now_ms();
        for (pc_watch *w = d->watches, *next; w && n < 16; w = next) {
            next = w->next;
            unsigned long st = __atomic_load_n(&w->state, __ATOMIC_SEQ_CST);
            if ((st & 3) != W_RUNNING)
                continue;
            int64_t started = __atomic_load_n(&w->started_ms, __ATOMIC_SEQ_CST);
            if (__atomic_load_n(&w->state, __ATOMIC_SEQ_CST) != st)
                continue;   /* it ended and the next one began meanwhile */
            int64_t ran = now - started;
            if (ran >= d->timeout_ms && w->interrupted_seq != st >> 2) {
                w->interrupted_seq = st >> 2;
                w->interrupted_ms = now;
                pc_lua_interrupt(&w->ctx->lua, st >> 2, d->timeout_ms);
            } else if (w->interrupted_seq == st >> 2 && now - w->interrupted_ms >= d->grace_ms && expire(d, w, st)) {
                /* the whole grace period since the interrupt, however late the monitor ran */
                expired[n++] = w->arg;
            }
        }
        if (n) {
            /* the owner's callback may take its own locks, and replace threads */
            pthread_mutex_unlock(&d->lock);
            for (int i = 0; i < n; i++)
                d->on_expire(expired[i], 1);
            pthread_mutex_lock(&d->lock);
            continue;
        }
        struct timespec until;
        clock_gettime(CLOCK_REALTIME, &until);
        until.tv_nsec += d->tick_ms * 1000000L;
        until.tv_sec += until.tv_nsec / 1000000000L;
        until.tv_nsec %= 1000000000L;
        pthread_cond_timedwait(&d->wake, &d->lock, &until);
    }
    pthread_mutex_unlock(&d->lock);
    return NULL;
}

pc_watchdog *pc_watchdog_new(pc_engine *engine, long timeout_ms, void (*on_expire)(void *arg, int deadline))
{
    if (timeout_ms <= 0)
        timeout_ms = engine->config.eval_timeout_ms;
    if (timeout_ms <= 0)
        return NULL;
    pc_watchdog *d = pc_xcalloc(1, sizeof *d);
    d->engine = engine;
    d->timeout_ms = timeout_ms;
    d->grace_ms = clamp(timeout_ms / 2, 100, 2000);
    d->tick_ms = clamp(timeout_ms / 20, 5, 100);
    d->on_expire = on_expire;
    pthread_mutex_init(&d->lock, NULL);
    pthread_cond_init(&d->wake, NULL);
    if (pthread_create(&d->monitor, NULL, monitor, d) != 0) {
        pthread_mutex_destroy(&d->lock);
        pthread_cond_destroy(&d->wake);
        free(d);
        return NULL;
    }
    return d;
}

long pc_watchdog_timeout_ms(const pc_watchdog *d)
{
    return d ? d->timeout_ms : 0;
}

const char *pc_watchdog_given_up_text(const pc_watchdog *d, pc_lang lang, char *buf, size_t size)
{
    snprintf(buf, size, pc_diag_format(PC_D_EVAL_TIMEOUT, lang), pc_watchdog_timeout_ms(d));
    return buf;
}

void pc_watchdog_free(pc_watchdog *d)
{
    if (!d)
        return;
    pthread_mutex_lock(&d->lock);
    d->stop = 1;
    pthread_cond_signal(&d->wake);
    pthread_mutex_unlock(&d->lock);
    pthread_join(d->monitor, NULL);
    /* Watches still registered belong to threads that outlive the dog:
     * they must not come back to it. */
    for (pc_watch *w = d->watches; w; w = w->next)
        w->dog = NULL;
    pthread_mutex_destroy(&d->lock);
    pthread_cond_destroy(&d->wake);
    free(d);
}

pc_watch *pc_watch_new(pc_watchdog *d, pc_context *ctx, void *arg)
{
    pc_watch *w = pc_xcalloc(1, sizeof *w);
    w->dog = d;
    w->ctx = ctx;
    w->arg = arg;
    pthread_mutex_lock(&d->lock);
    w->next = d->watches;
    d->watches = w;
    pthread_mutex_unlock(&d->lock);
    return w;
}

void pc_watch_free(pc_watch *w)
{
    if (!w)
        return;
    unsigned long st = __atomic_load_n(&w->state, __ATOMIC_SEQ_CST);
    if ((st & 3) != W_EXPIRED && w->dog) {
        pthread_mutex_lock(&w->dog->lock);
        unlink_watch(w->dog, w);
        pthread_mutex_unlock(&w->dog->lock);
    }
    free(w);
}

int pc_watch_begin(pc_watch *w)
{
    unsigned long st = __atomic_load_n(&w->state, __ATOMIC_SEQ_CST);
    if ((st & 3) == W_EXPIRED)
        return 1;
    unsigned long seq = (st >> 2) + 1;
    pc_lua_begin(&w->ctx->lua, seq);
    __atomic_store_n(&w->started_ms, now_ms(), __ATOMIC_SEQ_CST);
    __atomic_store_n(&w->state, (seq << 2) | W_RUNNING, __ATOMIC_SEQ_CST);
    return 0;
}

int pc_watch_end(pc_watch *w)
{
    unsigned long st = __atomic_load_n(&w->state, __ATOMIC_SEQ_CST);
    if ((st & 3) != W_RUNNING)
        return (st & 3) == W_EXPIRED;
    unsigned long idle = (st & ~3ul) | W_IDLE;
    if (__atomic_compare_exchange_n(&w->state, &st, idle, 0, __ATOMIC_SEQ_CST, __ATOMIC_SEQ_CST))
        return 0;
    return 1;   /* expired meanwhile */
}

void pc_watchdog_expire_all(pc_watchdog *d)
{
    if (!d)
        return;
    for (;;) {
        void *arg = NULL;
        pthread_mutex_lock(&d->lock);
        for (pc_watch *w = d->watches; w && !arg; w = w->next) {
            unsigned long st = __atomic_load_n(&w->state, __ATOMIC_SEQ_CST);
            if ((st & 3) == W_RUNNING) {
                void *a = w->arg;
                if (expire(d, w, st))
                    arg = a;
            }
        }
        pthread_mutex_unlock(&d->lock);
        if (!arg)
            return;
        d->on_expire(arg, 0);
    }
}
