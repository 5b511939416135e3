/*
 * serve_http.c -- the HTTP side of `plancheck serve`, on libmicrohttpd: an
 * epoll thread pool with every limit set (connection timeout, connection
 * limit, memory per connection), requests routed by path and method, bodies
 * checked before they are read (length, media type, size) and read in the
 * handler, responses with the rules' version and the decision id.
 */
#include "serve.h"

#include <arpa/inet.h>
#include <microhttpd.h>
#include <netdb.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/socket.h>
#include <time.h>
#include <unistd.h>

/* A chunked body over the limit is drained to answer 413; beyond this the
 * connection is closed instead. */
#define DRAIN_LIMIT ((size_t)64 << 20)
/* A body of a Content-Length under this has its buffer allocated before it arrives. */
#define PRESIZE_LIMIT (64u << 10)

static double now(void)
{
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return (double)t.tv_sec + t.tv_nsec / 1e9;
}

static char *dup_or_null(const char *s)
{
    return s ? strdup(s) : NULL;
}

static enum MHD_Result collect_arg(void *cls, enum MHD_ValueKind kind, const char *key, const char *value)
{
    (void)kind;
    if (key)
        sv_arg_add(cls, key, value ? value : "", value ? strlen(value) : 0, 0);
    return MHD_YES;
}

static enum MHD_Result collect_post(void *cls, enum MHD_ValueKind kind, const char *key, const char *filename,
                                    const char *content_type, const char *transfer_encoding, const char *data,
                                    uint64_t off, size_t size)
{
    (void)kind, (void)filename, (void)content_type, (void)transfer_encoding;
    if (key)
        sv_arg_add(cls, key, data ? data : "", data ? size : 0, off > 0);
    return MHD_YES;
}

static sv_endpoint route(const char *url)
{
#define SV_ROUTE(e, path, method) \
    if (SV_##e != SV_OTHER && !strchr(path, '{') && strcmp(url, path) == 0) return SV_##e;
    SV_ENDPOINTS(SV_ROUTE)
    if (strncmp(url, "/v1/plans/", 10) == 0 && url[10] && !strchr(url + 10, '/'))
        return SV_PLAN;
    if (strncmp(url, "/plans/", 7) == 0 && url[7] && !strchr(url + 7, '/'))
        return SV_PAGE_PLAN;
    if (strncmp(url, "/v1/schema/", 11) == 0 && url[11] && !strchr(url + 11, '/'))
        return SV_SCHEMA;
    return SV_OTHER;
}

static enum MHD_Result queue(sv_request *r, struct MHD_Connection *c, sv_response *resp, int close)
{
    struct MHD_Response *m;
    if (resp->fd >= 0) {
        m = MHD_create_response_from_fd(resp->len, resp->fd);
    } else if (resp->answer) {
        m = MHD_create_response_from_buffer_with_free_callback_cls(resp->len, resp->body, sv_answer_give, resp->answer);
        if (!m)
            sv_answer_give(resp->answer);
        resp->body = NULL;
    } else {
        m = MHD_create_response_from_buffer(resp->len, resp->body ? resp->body : (void *)"",
                                            resp->body ? MHD_RESPMEM_MUST_FREE : MHD_RESPMEM_PERSISTENT);
    }
    if (!m) {
        free(resp->body);
        return MHD_NO;
    }
    MHD_add_response_header(m, MHD_HTTP_HEADER_CONTENT_TYPE, resp->content_type);
    MHD_add_response_header(m, MHD_HTTP_HEADER_CACHE_CONTROL, "no-store");
    MHD_add_response_header(m, "Plancheck-Decision-Id", r->id);
    if (r->rules)
        MHD_add_response_header(m, "Plancheck-Rules-Version", r->rules->version);
    if (resp->allow)
        MHD_add_response_header(m, MHD_HTTP_HEADER_ALLOW, resp->allow);
    if (resp->status == 503)
        MHD_add_response_header(m, MHD_HTTP_HEADER_RETRY_AFTER, "1");
    if (r->srv->set.cors_origin)
        MHD_add_response_header(m, MHD_HTTP_HEADER_ACCESS_CONTROL_ALLOW_ORIGIN, r->srv->set.cors_origin);
    if (r->csp) {
        MHD_add_response_header(m, "Content-Security-Policy", r->csp);
        MHD_add_response_header(m, "X-Content-Type-Options", "nosniff");
        MHD_add_response_header(m, "Referrer-Policy", "no-referrer");
    }
    if (r->disposition[0])
        MHD_add_response_header(m, MHD_HTTP_HEADER_CONTENT_DISPOSITION, r->disposition);
    if (close || atomic_load(&r->srv->draining))
        MHD_add_response_header(m, MHD_HTTP_HEADER_CONNECTION, "close");
    enum MHD_Result ok = MHD_queue_response(c, resp->status, m);
    MHD_destroy_response(m);
    r->status = resp->status;
    r->bytes_out = resp->len;
    r->responded = 1;
    return ok;
}

/* A refusal before the body is read: the connection is closed after it. */
static enum MHD_Result refuse(sv_request *r, struct MHD_Connection *c, sv_response *resp)
{
    return queue(r, c, resp, 1);
}

static int media_type_is(const char *value, const char *const *types)
{
    if (!value)
        return 0;
    size_t n = strcspn(value, ";");
    while (n && value[n - 1] == ' ')
        n--;
    for (; *types; types++)
        if (strlen(*types) == n && strncasecmp(value, *types, n) == 0)
            return 1;
    return 0;
}

static void client_address(struct MHD_Connection *c, char *out, size_t n)
{
    const union MHD_ConnectionInfo *ci = MHD_get_connection_info(c, MHD_CONNECTION_INFO_CLIENT_ADDRESS);
    snprintf(out, n, "-");
    if (!ci || !ci->client_addr)
        return;
    if (ci->client_addr->sa_family == AF_INET)
        inet_ntop(AF_INET, &((const struct sockaddr_in *)ci->client_addr)->sin_addr, out, (socklen_t)n);
    else if (ci->client_addr->sa_family == AF_INET6)
        inet_ntop(AF_INET6, &((const struct sockaddr_in6 *)ci->client_addr)->sin6_addr, out, (socklen_t)n);
}

/* The first call for a request: headers only.  Refuses what can be refused
 * without reading the body. */
static enum MHD_Result begin(sv_server *s, struct MHD_Connection *c, const char *url, const char *method,
                             sv_request *r)
{
    sv_response resp = {0, "application/problem+json", NULL, 0, -1, NULL, NULL};
    client_address(c, r->remote, sizeof r->remote);
    r->method = strdup(method);
    r->path = strdup(url);
    r->ep = route(url);
    if (r->ep == SV_PLAN)
        r->plan_id = r->path + 10;
    r->q_lang = dup_or_null(MHD_lookup_connection_value(c, MHD_GET_ARGUMENT_KIND, "lang"));   /* of every answer */
    if (atomic_load(&s->metrics.inflight) > s->set.max_inflight) {
        atomic_fetch_add(&s->metrics.rejected_overloaded, 1);
        sv_problem(&resp, r, 503, NULL, SV_M_BUSY,
                   atomic_load(&s->metrics.inflight));
        return refuse(r, c, &resp);
    }
    r->rules = sv_rules_acquire(s);
    if (r->ep == SV_OTHER) {
        sv_problem(&resp, r, 404, NULL, SV_M_NO_RESOURCE_LISTED, url);
        return refuse(r, c, &resp);
    }
    const char *want = sv_endpoint_method(r->ep);
    int is_get = strcmp(want, "GET") == 0;
    int form_post = r->ep == SV_PAGE_PROGRESS && strcmp(method, "POST") == 0;
    if (strcmp(method, want) != 0 && !(is_get && strcmp(method, "HEAD") == 0) && !form_post) {
        resp.allow = r->ep == SV_PAGE_PROGRESS ? "GET, HEAD, POST" : is_get ? "GET, HEAD" : want;
        sv_problem(&resp, r, 405, NULL, SV_M_METHOD, sv_endpoint_path(r->ep), want, method);
        return refuse(r, c, &resp);
    }
    if (sv_is_page(r->ep)) {
        MHD_get_connection_values(c, MHD_GET_ARGUMENT_KIND, collect_arg, r);
        if (!form_post)
            return MHD_YES;
        r->post = MHD_create_post_processor(c, 16 * 1024, collect_post, r);
        if (!r->post) {
            atomic_fetch_add(&s->metrics.rejected_media_type, 1);
            sv_problem(&resp, r, 415, NULL, SV_M_FORM_TYPE);
            return refuse(r, c, &resp);
        }
        return MHD_YES;
    }
    r->q_as_of = dup_or_null(MHD_lookup_connection_value(c, MHD_GET_ARGUMENT_KIND, "as_of"));
    r->q_explain = dup_or_null(MHD_lookup_connection_value(c, MHD_GET_ARGUMENT_KIND, "explain"));
    r->q_kind = dup_or_null(MHD_lookup_connection_value(c, MHD_GET_ARGUMENT_KIND, "kind"));
    r->q_region = dup_or_null(MHD_lookup_connection_value(c, MHD_GET_ARGUMENT_KIND, "region"));
    if (sv_route_query(r, &resp) != 0)
        return refuse(r, c, &resp);
    if (is_get)
        return MHD_YES;

    const char *type = MHD_lookup_connection_value(c, MHD_HEADER_KIND, MHD_HTTP_HEADER_CONTENT_TYPE);
    static const char *const json[] = {"application/json", NULL};
    static const char *const lines[] = {"application/x-ndjson", "application/jsonl", "application/json", NULL};
    if (!media_type_is(type, r->ep == SV_BATCH ? lines : json)) {
        atomic_fetch_add(&s->metrics.rejected_media_type, 1);
        sv_problem(&resp, r, 415, NULL, type ? SV_M_CONTENT_TYPE : SV_M_CONTENT_TYPE_NONE,
                   r->ep == SV_BATCH ? "application/x-ndjson (JSON Lines)" : "application/json", type);
        return refuse(r, c, &resp);
    }
    const char *length = MHD_lookup_connection_value(c, MHD_HEADER_KIND, MHD_HTTP_HEADER_CONTENT_LENGTH);
    const char *te = MHD_lookup_connection_value(c, MHD_HEADER_KIND, MHD_HTTP_HEADER_TRANSFER_ENCODING);
    if (!length && !(te && strcasecmp(te, "chunked") == 0)) {
        atomic_fetch_add(&s->metrics.rejected_no_length, 1);
        sv_problem(&resp, r, 411, NULL, SV_M_NO_LENGTH);
        return refuse(r, c, &resp);
    }
    if (length && r->ep != SV_BATCH) {
        unsigned long long n = strtoull(length, NULL, 10);
        if (n > s->set.max_body_bytes) {
            atomic_fetch_add(&s->metrics.rejected_too_large, 1);
            sv_problem(&resp, r, 413, NULL, SV_M_TOO_LARGE, n,
                       s->set.max_body_bytes);
            return refuse(r, c, &resp);
        }
        /* the body's buffer at its size, allocated once; a large one still
         * grows as it arrives (a slow client does not hold it all at once) */
        r->cap = n < PRESIZE_LIMIT ? (size_t)n + 1 : 0;
        r->body = r->cap ? malloc(r->cap) : NULL;
        if (!r->body)
            r->cap = 0;
    }
    if (r->ep == SV_BATCH && sv_batch_begin(r, &resp) != 0)
        return refuse(r, c, &resp);
    return MHD_YES;
}

static enum MHD_Result on_request(void *cls, struct MHD_Connection *c, const char *url, const char *method,
                                  const char *version, const char *upload, size_t *upload_size, void **con_cls)
{
    (void)version;
    sv_server *s = cls;
    sv_request *r = *con_cls;
    if (!r) {
        r = calloc(1, sizeof *r);
        if (!r)
            return MHD_NO;
        r->srv = s;
        r->start = now();
        sv_new_id(r->id);
        *con_cls = r;
        atomic_fetch_add(&s->metrics.inflight, 1);
        return begin(s, c, url, method, r);
    }
    if (r->responded) {
        *upload_size = 0;   /* refused: the rest is not read */
        return MHD_YES;
    }
    if (*upload_size) {
        size_t n = *upload_size;
        *upload_size = 0;
        if (r->ep == SV_BATCH) {
            sv_batch_feed(r, upload, n);
            return MHD_YES;
        }
        if (r->post) {
            r->posted += n;
            if (r->posted > s->set.max_body_bytes) {
                r->too_long = r->posted;
                return MHD_YES;
            }
            return MHD_post_process(r->post, upload, n) == MHD_YES ? MHD_YES : MHD_NO;
        }
        if (r->too_long || r->len + n > s->set.max_body_bytes) {
            /* libmicrohttpd answers only before or after the upload: the
             * rest of a chunked body is drained, not kept, up to a bound */
            r->too_long += r->too_long ? n : r->len + n;
            return r->too_long > DRAIN_LIMIT ? MHD_NO : MHD_YES;
        }
        if (r->len + n + 1 > r->cap) {
            size_t cap = r->cap ? r->cap : 4096;
            while (cap < r->len + n + 1)
                cap *= 2;
            char *p = realloc(r->body, cap);
            if (!p)
                return MHD_NO;
            r->body = p;
            r->cap = cap;
        }
        memcpy(r->body + r->len, upload, n);
        r->len += n;
        r->body[r->len] = '\0';
        return MHD_YES;
    }
    sv_response resp = {200, "application/json", NULL, 0, -1, NULL, NULL};
    if (r->too_long) {
        atomic_fetch_add(&s->metrics.rejected_too_large, 1);
        sv_problem(&resp, r, 413, NULL, SV_M_TOO_LARGE, (unsigned long long)r->too_long,
                   s->set.max_body_bytes);
        return queue(r, c, &resp, 1);
    }
    if (r->ep == SV_BATCH)
        sv_batch_end(r, &resp);
    else if (sv_is_page(r->ep))
        sv_page_handle(r, &resp);
    else
        sv_route_handle(r, &resp);
    return queue(r, c, &resp, 0);
}

static void on_completed(void *cls, struct MHD_Connection *c, void **con_cls, enum MHD_RequestTerminationCode why)
{
    (void)c;
    sv_server *s = cls;
    sv_request *r = *con_cls;
    if (!r)
        return;
    double seconds = now() - r->start;
    if (!r->responded)
        r->status = 0;   /* cut before an answer: a timeout or a closed connection */
    else if (why != MHD_REQUEST_TERMINATED_COMPLETED_OK)
        r->status = r->status ? r->status : 0;
    sv_metrics_request(&s->metrics, r->ep, r->status, seconds);
    sv_log_access(s, r, seconds);
    if (r->batch)
        sv_batch_free(r->batch);
    if (r->rules)
        sv_rules_release(s, r->rules);
    free(r->method);
    free(r->path);
    free(r->q_as_of);
    free(r->q_lang);
    free(r->q_explain);
    free(r->q_kind);
    free(r->q_region);
    if (r->post)
        MHD_destroy_post_processor(r->post);
    sv_args_free(r);
    free(r->body);
    free(r);
    *con_cls = NULL;
    atomic_fetch_sub(&s->metrics.inflight, 1);
}

int sv_http_start(sv_server *s, char *err, size_t errlen)
{
    char host[128];
    const char *port = NULL;
    snprintf(host, sizeof host, "%s", s->set.listen);
    char *colon = strrchr(host, ':');
    if (!colon) {
        snprintf(err, errlen, sv_words(s->default_lang, SV_M_LOG_LISTEN_FORM), s->set.listen);
        return -1;
    }
    *colon = '\0';
    port = colon + 1;
    char *h = host;
    if (h[0] == '[' && colon > host && colon[-1] == ']') {
        h++;
        colon[-1] = '\0';
    }
    struct addrinfo hints, *ai = NULL;
    memset(&hints, 0, sizeof hints);
    hints.ai_flags = AI_NUMERICHOST | AI_NUMERICSERV | AI_PASSIVE;
    hints.ai_socktype = SOCK_STREAM;
    int rc = getaddrinfo(h, port, &hints, &ai);
    if (rc != 0) {
        snprintf(err, errlen, sv_words(s->default_lang, SV_M_LOG_LISTEN_NUMERIC), s->set.listen, gai_strerror(rc));
        return -1;
    }
    unsigned flags = MHD_USE_EPOLL_INTERNAL_THREAD | MHD_USE_ITC | MHD_USE_ERROR_LOG;
    if (ai->ai_family == AF_INET6)
        flags |= MHD_USE_IPv6;
    struct MHD_OptionItem pool[] = {
        {MHD_OPTION_THREAD_POOL_SIZE, s->set.threads, NULL},
        {MHD_OPTION_END, 0, NULL},
    };
    struct MHD_Daemon *d = MHD_start_daemon(
        flags, 0, NULL, NULL, on_request, s,
        MHD_OPTION_SOCK_ADDR, ai->ai_addr,
        MHD_OPTION_CONNECTION_TIMEOUT, s->set.timeout_s,
        MHD_OPTION_CONNECTION_LIMIT, s->set.max_connections,
        MHD_OPTION_CONNECTION_MEMORY_LIMIT, s->set.connection_memory,
        MHD_OPTION_LISTEN_BACKLOG_SIZE, 4096u,
        MHD_OPTION_NOTIFY_COMPLETED, on_completed, s,
        MHD_OPTION_ARRAY, s->set.threads > 1 ? pool : pool + 1,
        MHD_OPTION_END);
    freeaddrinfo(ai);
    if (!d) {
        snprintf(err, errlen, sv_words(s->default_lang, SV_M_LOG_LISTEN_FAILED), s->set.listen);
        return -1;
    }
    s->daemon = d;
    const union MHD_DaemonInfo *info = MHD_get_daemon_info(d, MHD_DAEMON_INFO_BIND_PORT);
    s->port = info ? info->port : 0;
    return 0;
}

void sv_http_quiesce(sv_server *s)
{
    MHD_socket fd = MHD_quiesce_daemon(s->daemon);
    if (fd != MHD_INVALID_SOCKET)
        close(fd);
}

void sv_http_stop(sv_server *s)
{
    if (s->daemon)
        MHD_stop_daemon(s->daemon);
    s->daemon = NULL;
}
