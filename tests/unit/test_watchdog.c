/*
 * unit/watchdog -- the watchdog's API (pc_watchdog_*, pc_watch_*), as the
 * batch and the service use it: an evaluation on a thread of its own, a
 * deadline of 400 ms (a grace period of 200 ms), the test plugin "slow" (tests/plugins/slow.c) whose
 * natives sleep in C, and the test plan tests/rules/watchdog.
 */
#include "common.h"

#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

typedef struct job {
    pc_engine *e;
    pc_watchdog *dog;
    const char *json;
    pthread_mutex_t lock;
    pthread_cond_t cond;
    int finished, ended, rc;   /* set by the thread, unless it was given up */
    int expired, deadline;     /* set by on_expire */
    char errors[1024];
} job;

static void on_expire(void *arg, int deadline)
{
    job *j = arg;
    pthread_mutex_lock(&j->lock);
    j->expired++;
    j->deadline = deadline;
    pthread_cond_broadcast(&j->cond);
    pthread_mutex_unlock(&j->lock);
}

static void *evaluate(void *arg)
{
    job *j = arg;
    pc_engine *e = j->e;
    pc_context *ctx = pc_context_new(e);
    pc_watch *w = pc_watch_new(j->dog, ctx, j);
    pc_diag *d = pc_diag_new();
    pc_subject *s = NULL;
    int rc = pc_subject_read_json(e, PC_SUBJECT_ENTERPRISE, j->json, strlen(j->json), "test", 1, &s, d);
    pc_report *rep = NULL;
    pc_eval_options o = {20210630, PC_LANG_EN, 0};
    pc_watch_begin(w);
    if (rc == 0)
        rc = pc_evaluate(ctx, s, &o, &rep);
    int ended = pc_watch_end(w);
    if (!ended) {
        pthread_mutex_lock(&j->lock);
        FILE *f = fmemopen(j->errors, sizeof j->errors - 1, "w");
        pc_diag_print(d, f);
        if (rep)
            pc_diag_print(pc_report_errors(rep), f);
        fclose(f);
        j->finished = 1;
        j->rc = rc;
        pthread_cond_broadcast(&j->cond);
        pthread_mutex_unlock(&j->lock);
    }
    /* given up or not, the thread frees what is its own; given up, it must
     * not touch j (its owner has moved on) and releases the engine */
    pc_report_free(rep);
    pc_subject_free(s);
    pc_diag_free(d);
    pc_watch_free(w);
    pc_context_free(ctx);
    if (ended)
        pc_engine_release(e);
    return NULL;
}

typedef struct fixture {
    char *tmp, *config;
    pc_engine *e;
    pc_diag *d;
    pc_watchdog *dog;
    job *j;
} fixture;

static int open_engine(fixture *f, const char *config_text)
{
    f->tmp = pct_mkdtemp();
    f->config = pct_write_in(f->tmp, "plancheck.ini", config_text);
    f->d = pc_diag_new();
    return pct_open(&f->e, f->config, PC_TEST_SOURCE_DIR "/tests/rules/watchdog", PC_TEST_PLUGIN_CASES_DIR "/slow", f->d);
}

static int setup(void **state)
{
    fixture *f = calloc(1, sizeof *f);
    *state = f;
    if (open_engine(f, "[engine]\neval_timeout_ms = 400\nlua_instructions = 1000000000000000\n") != 0) {
        pct_print(f->d);
        return -1;
    }
    return 0;
}

static int teardown(void **state)
{
    fixture *f = *state;
    pc_watchdog_free(f->dog);
    pc_engine_close(f->e);
    pc_diag_free(f->d);
    pct_rmtree(f->tmp);
    free(f->tmp);
    free(f->config);
    /* a job whose thread was given up stays: that thread may still look at it */
    if (f->j && !f->j->expired)
        free(f->j);
    free(f);
    return 0;
}

static long ms_since(const struct timespec *t0)
{
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return (long)((t.tv_sec - t0->tv_sec) * 1000 + (t.tv_nsec - t0->tv_nsec) / 1000000);
}

/* Runs one record on a thread of its own; waits until it finished or was
 * given up, at most wait_ms.  Returns the milliseconds it took. */
static long run(fixture *f, const char *json, long timeout_ms, long wait_ms)
{
    f->dog = pc_watchdog_new(f->e, timeout_ms, on_expire);
    assert_non_null(f->dog);
    job *j = f->j = calloc(1, sizeof *j);
    j->e = f->e;
    j->dog = f->dog;
    j->json = json;
    pthread_mutex_init(&j->lock, NULL);
    pthread_cond_init(&j->cond, NULL);
    struct timespec t0;
    clock_gettime(CLOCK_MONOTONIC, &t0);
    pthread_t t;
    assert_int_equal(pthread_create(&t, NULL, evaluate, j), 0);
    pthread_mutex_lock(&j->lock);
    while (!j->finished && !j->expired && ms_since(&t0) < wait_ms) {
        pthread_mutex_unlock(&j->lock);
        struct timespec nap = {0, 5000000};
        nanosleep(&nap, NULL);
        pthread_mutex_lock(&j->lock);
    }
    pthread_mutex_unlock(&j->lock);
    long took = ms_since(&t0);
    if (j->finished)
        pthread_join(t, NULL);
    else
        pthread_detach(t);
    return took;
}

static void test_in_time(void **state)
{
    fixture *f = *state;
    run(f, "{\"id\": \"t\", \"region\": \"150100\", \"slow_ms\": 0, \"is_sme\": false, \"is_high_tech\": false}", 0, 5000);
    assert_true(f->j->finished);
    if (f->j->rc)
        fprintf(stderr, "%s", f->j->errors);
    assert_int_equal(f->j->rc, 0);
    assert_int_equal(f->j->expired, 0);
    assert_int_equal(pc_watchdog_timeout_ms(f->dog), 400);   /* from the config */
}

/* A Lua loop: interrupted at the deadline, it ends within the grace period;
 * its rule fails with the reason, nothing is given up.  A deadline of its
 * own (1 s, a grace period of 500 ms: the thread must get the CPU within it
 * on a loaded machine), not the config's. */
static void test_lua_loop_interrupted(void **state)
{
    fixture *f = *state;
    long took = run(f, "{\"id\": \"t\", \"region\": \"150100\", \"slow_ms\": 0, \"is_sme\": false, \"is_high_tech\": true}", 1000,
                    10000);
    assert_true(f->j->finished);
    assert_int_equal(f->j->expired, 0);
    assert_int_equal(f->j->rc, PC_EX_DATAERR);
    assert_true(pct_contains(f->j->errors, "evaluation deadline exceeded (1000 ms; [engine] eval_timeout_ms)"));
    assert_true(took >= 1000 && took < 8000);
}

/* A native function that sleeps 60 s: given up after the deadline and the
 * grace period; on_expire says so; the thread is left to sleep. */
static void test_native_given_up(void **state)
{
    fixture *f = *state;
    long took = run(f, "{\"id\": \"t\", \"region\": \"150100\", \"slow_ms\": 60000, \"is_sme\": false, \"is_high_tech\": false}", 0, 5000);
    assert_false(f->j->finished);
    assert_int_equal(f->j->expired, 1);
    assert_int_equal(f->j->deadline, 1);
    assert_true(took >= 400 && took < 5000);
}

/* pc_watchdog_expire_all gives up what runs now, long before its deadline. */
static void test_expire_all(void **state)
{
    fixture *f = *state;
    f->dog = pc_watchdog_new(f->e, 60000, on_expire);
    job *j = f->j = calloc(1, sizeof *j);
    j->e = f->e;
    j->dog = f->dog;
    j->json = "{\"id\": \"t\", \"region\": \"150100\", \"slow_ms\": 60000, \"is_sme\": false, \"is_high_tech\": false}";
    pthread_mutex_init(&j->lock, NULL);
    pthread_cond_init(&j->cond, NULL);
    pthread_t t;
    assert_int_equal(pthread_create(&t, NULL, evaluate, j), 0);
    pthread_detach(t);
    struct timespec nap = {0, 300000000};
    nanosleep(&nap, NULL);   /* the context is compiled, the native sleeps */
    pc_watchdog_expire_all(f->dog);
    assert_int_equal(j->expired, 1);
    assert_int_equal(j->deadline, 0);
}

/* The words an evaluation given up gets, with the deadline, in each language. */
static void test_given_up_text(void **state)
{
    fixture *f = *state;
    f->dog = pc_watchdog_new(f->e, 1234, on_expire);
    char buf[512];
    assert_non_null(strstr(pc_watchdog_given_up_text(f->dog, PC_LANG_EN, buf, sizeof buf),
                           "did not end within 1234 ms"));
    assert_non_null(strstr(pc_watchdog_given_up_text(f->dog, PC_LANG_ZH, buf, sizeof buf), "1234 毫秒"));
}

/* eval_timeout_ms = 0: no watchdog. */
static void test_off(void **state)
{
    (void)state;
    fixture g = {0};
    assert_int_equal(open_engine(&g, "[engine]\neval_timeout_ms = 0\n"), 0);
    assert_null(pc_watchdog_new(g.e, 0, on_expire));
    pc_engine_close(g.e);
    pc_diag_free(g.d);
    pct_rmtree(g.tmp);
    free(g.tmp);
    free(g.config);
}

int main(void)
{
#define T(fn) cmocka_unit_test_setup_teardown(fn, setup, teardown)
    const struct CMUnitTest tests[] = {
        T(test_in_time), T(test_lua_loop_interrupted), T(test_native_given_up), T(test_expire_all), T(test_given_up_text),
        cmocka_unit_test(test_off),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
