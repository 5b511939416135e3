/*
 * serve_metrics.c -- counters the service keeps and their Prometheus text
 * exposition (version 0.0.4): requests by endpoint and status, a latency
 * histogram per endpoint, evaluations, rule reloads, rejected requests.
 * Counters are atomics: request threads add, /metrics reads.
 */
#include "serve.h"

#include <stdio.h>
#include <stdlib.h>

static const double bounds[] = {
#define SV_BOUND(b) b,
    SV_BUCKETS(SV_BOUND)};
#define NBOUNDS (sizeof bounds / sizeof bounds[0])

static const unsigned codes[] = {
#define SV_CODE(c) c,
    SV_STATUSES(SV_CODE)};

void sv_metrics_request(sv_metrics *m, sv_endpoint e, unsigned status, double seconds)
{
    size_t k = 0;
    while (k < SV_STATUS_OTHER && codes[k] != status)
        k++;
    atomic_fetch_add(&m->requests[e][k], 1);
    size_t b = 0;
    while (b < NBOUNDS && seconds > bounds[b])
        b++;
    atomic_fetch_add(&m->buckets[e][b], 1);
    atomic_fetch_add(&m->latency_us[e], (uint_fast64_t)(seconds * 1e6 + 0.5));
}

char *sv_metrics_text(sv_metrics *m, const char *rules_version, size_t *len)
{
    char *text = NULL;
    FILE *f = open_memstream(&text, len);
    fputs("# HELP plancheck_requests_total HTTP requests answered, by endpoint and status (0: cut before an answer).\n"
          "# TYPE plancheck_requests_total counter\n", f);
    for (int e = 0; e < SV_NENDPOINTS; e++)
        for (int k = 0; k < SV_NSTATUSES; k++) {
            uint_fast64_t n = atomic_load(&m->requests[e][k]);
            if (!n)
                continue;
            if (k < SV_STATUS_OTHER)
                fprintf(f, "plancheck_requests_total{endpoint=\"%s\",status=\"%u\"} %llu\n", sv_endpoint_path(e),
                        codes[k], (unsigned long long)n);
            else
                fprintf(f, "plancheck_requests_total{endpoint=\"%s\",status=\"other\"} %llu\n", sv_endpoint_path(e),
                        (unsigned long long)n);
        }
    fputs("# HELP plancheck_request_duration_seconds Time from a request's headers to the end of its answer.\n"
          "# TYPE plancheck_request_duration_seconds histogram\n", f);
    for (int e = 0; e < SV_NENDPOINTS; e++) {
        uint_fast64_t total = 0;
        for (size_t b = 0; b <= NBOUNDS; b++)
            total += atomic_load(&m->buckets[e][b]);
        if (!total)
            continue;
        uint_fast64_t cum = 0;
        for (size_t b = 0; b <= NBOUNDS; b++) {
            cum += atomic_load(&m->buckets[e][b]);
            if (b < NBOUNDS)
                fprintf(f, "plancheck_request_duration_seconds_bucket{endpoint=\"%s\",le=\"%g\"} %llu\n",
                        sv_endpoint_path(e), bounds[b], (unsigned long long)cum);
            else
                fprintf(f, "plancheck_request_duration_seconds_bucket{endpoint=\"%s\",le=\"+Inf\"} %llu\n",
                        sv_endpoint_path(e), (unsigned long long)cum);
        }
        fprintf(f, "plancheck_request_duration_seconds_sum{endpoint=\"%s\"} %.6f\n", sv_endpoint_path(e),
                (double)atomic_load(&m->latency_us[e]) / 1e6);
        fprintf(f, "plancheck_request_duration_seconds_count{endpoint=\"%s\"} %llu\n", sv_endpoint_path(e),
                (unsigned long long)cum);
    }
    fprintf(f,
            "# HELP plancheck_evaluations_total Subjects evaluated (a batch record is one).\n"
            "# TYPE plancheck_evaluations_total counter\n"
            "plancheck_evaluations_total %llu\n"
            "# HELP plancheck_evaluation_errors_total Evaluations that ended in an error (bad data or a failing rule).\n"
            "# TYPE plancheck_evaluation_errors_total counter\n"
            "plancheck_evaluation_errors_total %llu\n"
            "# HELP plancheck_evaluations_given_up_total Evaluations the watchdog gave up: past [engine] eval_timeout_ms "
            "and its grace period, in code the sandbox cannot interrupt.\n"
            "# TYPE plancheck_evaluations_given_up_total counter\n"
            "plancheck_evaluations_given_up_total %llu\n"
            "# HELP plancheck_rule_reloads_total Rule reloads (SIGHUP), by result.\n"
            "# TYPE plancheck_rule_reloads_total counter\n"
            "plancheck_rule_reloads_total{result=\"ok\"} %llu\n"
            "plancheck_rule_reloads_total{result=\"failed\"} %llu\n"
            "# HELP plancheck_rejected_requests_total Requests refused before their body was read, by reason.\n"
            "# TYPE plancheck_rejected_requests_total counter\n"
            "plancheck_rejected_requests_total{reason=\"too_large\"} %llu\n"
            "plancheck_rejected_requests_total{reason=\"length_required\"} %llu\n"
            "plancheck_rejected_requests_total{reason=\"media_type\"} %llu\n"
            "plancheck_rejected_requests_total{reason=\"overloaded\"} %llu\n"
            "# HELP plancheck_requests_in_flight Requests being read, evaluated or answered.\n"
            "# TYPE plancheck_requests_in_flight gauge\n"
            "plancheck_requests_in_flight %d\n"
            "# HELP plancheck_rules_info The rules in force.\n"
            "# TYPE plancheck_rules_info gauge\n"
            "plancheck_rules_info{version=\"%s\"} 1\n",
            (unsigned long long)atomic_load(&m->evaluations), (unsigned long long)atomic_load(&m->evaluation_errors),
            (unsigned long long)atomic_load(&m->evaluations_given_up),
            (unsigned long long)atomic_load(&m->reloads_ok), (unsigned long long)atomic_load(&m->reloads_failed),
            (unsigned long long)atomic_load(&m->rejected_too_large),
            (unsigned long long)atomic_load(&m->rejected_no_length),
            (unsigned long long)atomic_load(&m->rejected_media_type),
            (unsigned long long)atomic_load(&m->rejected_overloaded), atomic_load(&m->inflight), rules_version);
    fclose(f);
    return text;
}
