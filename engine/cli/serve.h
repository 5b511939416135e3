/* serve.h -- `plancheck serve`: what its files share (docs/serve.md). */
#ifndef PC_SERVE_H
#define PC_SERVE_H

#include "plancheck/plancheck.h"

#include <pthread.h>
#include <stdatomic.h>
#include <stdint.h>

/* Endpoints: enum name, path, method; metrics and logs name them by path. */
#define SV_ENDPOINTS(X)                             \
    X(CHECK, "/v1/check", "POST")                   \
    X(PROGRESS, "/v1/progress", "POST")             \
    X(BATCH, "/v1/batch", "POST")                   \
    X(PLANS, "/v1/plans", "GET")                    \
    X(PLAN, "/v1/plans/{id}", "GET")                \
    X(FIELDS, "/v1/fields", "GET")                  \
    X(HEALTH, "/v1/health", "GET")                  \
    X(READY, "/v1/ready", "GET")                    \
    X(OPENAPI, "/v1/openapi.json", "GET")           \
    X(SCHEMA, "/v1/schema/{name}", "GET")           \
    X(METRICS, "/metrics", "GET")                   \
    X(PAGE_HOME, "/", "GET")                        \
    X(PAGE_CHECK, "/check", "GET")                  \
    X(PAGE_PROGRESS, "/progress", "GET")            \
    X(PAGE_PLANS, "/plans", "GET")                  \
    X(PAGE_PLAN, "/plans/{id}", "GET")              \
    X(OTHER, "other", "")

typedef enum sv_endpoint {
#define SV_ENUM(e, path, method) SV_##e,
    SV_ENDPOINTS(SV_ENUM)
    SV_NENDPOINTS
} sv_endpoint;

const char *sv_endpoint_path(sv_endpoint e);
const char *sv_endpoint_method(sv_endpoint e);

/* The documents served as they are in docs/ (engine/embed_docs.cmake, at
 * build time): /v1/openapi.json and /v1/schema/NAME, the JSON Schemas of
 * docs/schema/ its responses refer to; the table ends with a NULL path. */
typedef struct sv_document {
    const char *path;
    const char *body;
    size_t size;
} sv_document;
extern const sv_document sv_documents[];

/* Status codes the metrics count one by one; others count as "other". */
#define SV_STATUSES(X) X(200) X(400) X(404) X(405) X(411) X(413) X(415) X(422) X(500) X(503)
enum {
#define SV_STATUS_ENUM(code) SV_STATUS_##code,
    SV_STATUSES(SV_STATUS_ENUM)
    SV_STATUS_OTHER, SV_NSTATUSES
};

/* Latency histogram bounds, seconds (at most 15; +Inf is added). */
#define SV_BUCKETS(X) X(0.0005) X(0.001) X(0.002) X(0.005) X(0.01) X(0.025) X(0.05) X(0.1) X(0.25) X(0.5) X(1) X(2.5) X(5)

typedef struct sv_metrics {
    atomic_uint_fast64_t requests[SV_NENDPOINTS][SV_NSTATUSES];
    atomic_uint_fast64_t buckets[SV_NENDPOINTS][16];   /* cumulative counts are built when written */
    atomic_uint_fast64_t latency_us[SV_NENDPOINTS];
    atomic_uint_fast64_t evaluations, evaluation_errors, evaluations_given_up;
    atomic_uint_fast64_t reloads_ok, reloads_failed;
    atomic_uint_fast64_t rejected_too_large, rejected_no_length, rejected_media_type, rejected_overloaded;
    atomic_int inflight;
} sv_metrics;

void sv_metrics_request(sv_metrics *m, sv_endpoint e, unsigned status, double seconds);
/* The Prometheus text exposition of m, in a new string. */
char *sv_metrics_text(sv_metrics *m, const char *rules_version, size_t *len);

/* An evaluation context with its watch (the rules' watchdog; NULL when
 * [engine] eval_timeout_ms is 0), and the subject, report and messages
 * /v1/check and /v1/progress reuse request after request
 * (pc_subject_read_json, pc_evaluate). */
typedef struct sv_context {
    pc_context *ctx;
    pc_watch *watch;
    pc_subject *subject;
    pc_report *report;
    pc_diag *diag;
} sv_context;

/* One set of loaded rules: requests take a reference and a context from it;
 * a reload installs a new one, and the old one is freed when its last
 * request ends. */
typedef struct sv_rules {
    pc_engine *engine;
    char version[65];
    pc_watchdog *dog;         /* the deadline per evaluation, or NULL */
    sv_context **free_contexts;
    size_t nfree, cap;
    int refs;                 /* under the server's lock */
    int retired;
} sv_rules;

/* The logs: one line per request (access) and per decision; reopened on SIGHUP. */
typedef struct sv_log {
    pthread_mutex_t lock;
    char *path;               /* NULL: stderr (access) or off (decisions) */
    int fd;
    int off;
} sv_log;

int sv_log_open(sv_log *log, const char *path, int is_off, pc_lang lang, char *err, size_t errlen);
int sv_log_reopen(sv_log *log, pc_lang lang, char *err, size_t errlen);
void sv_log_close(sv_log *log);
/* Writes one line (newline added) in one write(). */
void sv_log_line(sv_log *log, const char *line, size_t len);

typedef struct sv_settings {
    char listen[128];
    int threads;
    unsigned timeout_s, drain_timeout_s;
    unsigned max_connections;
    size_t max_body_bytes;
    int max_inflight;
    size_t connection_memory;
    char *decision_log, *access_log, *cors_origin;
    int decision_log_input, access_log_off;
} sv_settings;

/* A buffer an answer is written into, kept for the next answer once
 * libmicrohttpd has sent it (sv_answer_give): an answer costs no malloc. */
typedef struct sv_answer {
    struct sv_server *srv;
    char *buf;
    size_t cap;
} sv_answer;

typedef struct sv_server {
    sv_settings set;
    pc_engine_options engine_options;
    pc_lang default_lang;
    pthread_mutex_t lock;
    sv_rules *rules;          /* the current rules, under lock */
    sv_answer **answers;      /* answer buffers not in use, under lock */
    size_t nanswers;
    sv_metrics metrics;
    sv_log access, decisions;
    atomic_int draining;
    void *daemon;             /* struct MHD_Daemon */
    unsigned port;
    char csp[192];            /* Content-Security-Policy of the HTML answers (sv_pages_init) */
} sv_server;

/* Rules: acquire/release a reference; a context of them for one call. */
sv_rules *sv_rules_acquire(sv_server *s);
void sv_rules_release(sv_server *s, sv_rules *r);
sv_context *sv_context_take(sv_server *s, sv_rules *r);
void sv_context_give(sv_server *s, sv_rules *r, sv_context *c);
/* Around one evaluation on c, under the rules' watchdog.  sv_watch_end
 * returns 1 when the watchdog gave the evaluation up: its result is dropped
 * (it points into c), then c with sv_context_drop, never given back. */
void sv_watch_begin(sv_context *c);
int sv_watch_end(sv_context *c);
void sv_context_drop(sv_rules *r, sv_context *c);
/* An answer buffer of the server's (empty, its capacity kept from before),
 * and back (libmicrohttpd's free callback of the response sent from it). */
sv_answer *sv_answer_take(sv_server *s);
void sv_answer_give(void *answer);
/* What a request given up is answered ("the evaluation did not end ..."), in lang. */
void sv_given_up_text(const sv_rules *r, pc_lang lang, char *buf, size_t n);


/* serve_http.c: starts libmicrohttpd; 0 or -1 with the reason in err. */
int sv_http_start(sv_server *s, char *err, size_t errlen);
/* Stops accepting connections (requests on open ones are still answered). */
void sv_http_quiesce(sv_server *s);
void sv_http_stop(sv_server *s);

typedef struct sv_response {
    unsigned status;
    const char *content_type;
    char *body;               /* malloc'ed, or answer->buf; NULL with fd >= 0 */
    size_t len;
    int fd;                   /* a spool file to send from, -1 for none */
    const char *allow;        /* 405: the Allow header */
    sv_answer *answer;        /* the buffer body is in, given back once sent; or NULL */
} sv_response;

typedef struct sv_batch sv_batch;

/* A query or form field of a page request. */
typedef struct sv_kv {
    char *key, *value;
} sv_kv;

/* A request as the routes see it (serve_http.c creates and frees it). */
typedef struct sv_request {
    sv_server *srv;
    sv_endpoint ep;
    char id[37];              /* the decision id */
    double start;
    sv_rules *rules;
    char remote[64];
    char *method, *path;
    const char *plan_id;      /* /v1/plans/{id}: points into path */
    char *q_as_of, *q_lang, *q_explain, *q_kind, *q_region;
    pc_eval_options eval;
    pc_subject_kind kind;
    char *body;               /* check, progress: the whole body */
    size_t len, cap;
    sv_batch *batch;
    size_t too_long;          /* a chunked body over the limit: bytes drained, not kept */
    unsigned status;          /* of the response queued */
    size_t bytes_out;
    int responded;
    /* pages (serve_pages.c) */
    sv_kv *args;              /* the query's fields, then a POSTed form's */
    size_t nargs, args_cap;
    void *post;               /* struct MHD_PostProcessor of a POSTed form */
    size_t posted;            /* bytes of form data so far */
    const char *csp;          /* the server's Content-Security-Policy, on an HTML answer */
    char disposition[128];    /* Content-Disposition of a download */
} sv_request;

/* One subject evaluated on a context of the request's rules, counted in
 * the metrics: pc_evaluate's return, or SV_GIVEN_UP (*report NULL). */
#define SV_GIVEN_UP (-1)
int sv_evaluate(sv_request *r, const pc_subject *subject, const pc_eval_options *opt, pc_report **report);
/* The same on a context the caller took (sv_context_take) and gives back
 * once done with the report, unless SV_GIVEN_UP: c is then dropped. */
int sv_evaluate_on(sv_request *r, sv_context *c, const pc_subject *subject, const pc_eval_options *opt,
                   pc_report **report);

/* What the service itself says (problem details, its lines on stderr), once:
 * X(ID, zh, en), both formats taking the same arguments in the same order.
 * A problem is in the request's language (sv_request_lang), a line on
 * stderr in the server's (--lang). */
#define SV_MESSAGES(X) \
    X(TEXT, "%s", "%s") \
    X(QUERY_AS_OF, "查询参数 as_of: 应为日期 YYYY-MM-DD,实际为“%s”", "query as_of: expected a date YYYY-MM-DD, got '%s'") \
    X(QUERY_LANG, "查询参数 lang: 应为 zh 或 en,实际为“%s”", "query lang: expected zh or en, got '%s'") \
    X(QUERY_EXPLAIN, "查询参数 explain: 应为 true 或 false,实际为“%s”", "query explain: expected true or false, got '%s'") \
    X(QUERY_EXPLAIN_WHERE, "查询参数 explain: 只用于 /v1/check 和 /v1/progress", \
      "query explain: goes with /v1/check and /v1/progress") \
    X(QUERY_KIND_WHERE, "查询参数 kind: 只用于 /v1/batch 和 /v1/fields", "query kind: goes with /v1/batch and /v1/fields") \
    X(QUERY_KIND, "查询参数 kind: 应为 enterprise 或 region,实际为“%s”", "query kind: expected enterprise or region, got '%s'") \
    X(QUERY_REGION, "查询参数 region: 必须给出,为六位 GB/T 2260 行政区划代码", \
      "query region: required, a six-digit GB/T 2260 region code") \
    X(BODY_EMPTY, "请求体为空:应为一个 JSON 对象", "the body is empty: expected one JSON object") \
    X(NO_SCHEMA, "没有名为“%s”的 schema(GET /v1/openapi.json 引用的即是全部)", \
      "no schema named '%s' (GET /v1/openapi.json refers to those there are)") \
    X(NO_PLAN, "没有已加载的 id 为“%s”的方案(GET /v1/plans 列出全部方案)", \
      "no plan with id '%s' is loaded (GET /v1/plans lists them)") \
    X(SHUTTING_DOWN, "服务正在关闭", "shutting down") \
    X(NO_RESOURCE, "没有此资源:%s", "no such resource: %s") \
    X(NO_RESOURCE_LISTED, "没有此资源:%s(GET /v1/openapi.json 列出全部资源)", \
      "no such resource: %s (GET /v1/openapi.json lists them)") \
    X(BUSY, "服务器繁忙:%d 个请求正在处理;请稍后重试", "the server is busy: %d requests in progress; retry later") \
    X(METHOD, "%s 只接受 %s,不接受 %s", "%s takes %s, not %s") \
    X(FORM_TYPE, "应为 Content-Type multipart/form-data 或 application/x-www-form-urlencoded", \
      "expected Content-Type multipart/form-data or application/x-www-form-urlencoded") \
    X(CONTENT_TYPE, "应为 Content-Type %s,实际为 %s", "expected Content-Type %s, got %s") \
    X(CONTENT_TYPE_NONE, "应为 Content-Type %s,实际未给出", "expected Content-Type %s, got none") \
    X(NO_LENGTH, "请求体须有 Content-Length 或分块传输编码(chunked)", \
      "a body needs a Content-Length or chunked transfer encoding") \
    X(TOO_LARGE, "请求体有 %llu 字节;最多接受 %zu 字节(max_body_bytes)", \
      "the body is %llu bytes; at most %zu are accepted (max_body_bytes)") \
    X(SPOOL_CREATE, "无法为结果创建暂存文件:%s", "cannot create a spool file for the results: %s") \
    X(BATCH_EMPTY, "请求体中没有记录:应为 JSON Lines,每行一个对象", \
      "the body holds no record: expected JSON Lines, one object per line") \
    X(SPOOL_UPLOAD, "无法暂存上传的内容", "cannot spool the upload") \
    X(SPOOL_WRITE, "将结果写入暂存文件失败:%s", "writing the results to the spool file failed: %s") \
    /* lines on stderr, in the server's language */ \
    X(LOG_GIVEN_UP, "plancheck: 一次评估未在时限([engine] eval_timeout_ms)内结束:已放弃;其工作线程一直占用,直到占住它的代码返回\n", \
      "plancheck: an evaluation did not end within its deadline ([engine] eval_timeout_ms): given up; " \
      "its worker stays busy until the code that holds it returns\n") \
    X(LOG_CONFIG, "plancheck: %s 第 %ld 行: 字段 serve.%s: 应为 %s,实际为“%s”\n", \
      "plancheck: %s:%ld: field 'serve.%s': expected %s, got '%s'\n") \
    X(LOG_CONFIG_NUMBER, "%ld 到 %ld 的整数", "a whole number from %ld to %ld") \
    X(LOG_CONFIG_FLAG, "true 或 false", "true or false") \
    X(LOG_RELOAD_FAILED, "plancheck: 重新加载失败;仍以规则 %s 提供服务\n", "plancheck: reload failed; still serving rules %s\n") \
    X(LOG_RELOADED, "plancheck: 已重新加载:规则 %s(原为 %s)\n", "plancheck: reloaded: rules %s (were %s)\n") \
    X(LOG_CANNOT_OPEN, "%s: 无法打开:%s", "%s: cannot open: %s") \
    X(LOG_CANNOT_REOPEN, "%s: 无法重新打开:%s(仍写入原文件)", "%s: cannot reopen: %s (still writing to the old file)") \
    X(LOG_LISTEN_FORM, "listen: 应为 地址:端口,实际为“%s”", "listen: expected ADDRESS:PORT, got '%s'") \
    X(LOG_LISTEN_NUMERIC, "listen: “%s”不是数字形式的地址和端口:%s", "listen: '%s' is not a numeric address and port: %s") \
    X(LOG_LISTEN_FAILED, "无法在 %s 上监听(已被占用,或不是本机的地址?)", \
      "cannot listen on %s (in use, or not an address of this machine?)") \
    X(LOG_SERVING, "plancheck: 在 http://%.*s:%u/ 提供服务,%d 个线程,规则 %.12s\n", \
      "plancheck: serving http://%.*s:%u/ with %d threads, rules %.12s\n") \
    X(LOG_STOPPING, "plancheck: %s:正在停止;先完成处理中的请求\n", "plancheck: %s: stopping; finishing the requests in flight\n") \
    X(LOG_DRAIN_LEFT, "plancheck: %2$u 秒后仍有 %1$d 个请求未完成;将其关闭\n", \
      "plancheck: %1$d requests still in flight after %2$u s; closing them\n") \
    X(LOG_STOPPED, "plancheck: 已停止\n", "plancheck: stopped\n") \
    X(TITLE_400, "请求有误", "Bad Request") \
    X(TITLE_404, "未找到", "Not Found") \
    X(TITLE_405, "方法不允许", "Method Not Allowed") \
    X(TITLE_411, "需要 Content-Length", "Length Required") \
    X(TITLE_413, "内容过大", "Content Too Large") \
    X(TITLE_415, "不支持的媒体类型", "Unsupported Media Type") \
    X(TITLE_422, "无法处理的内容", "Unprocessable Content") \
    X(TITLE_503, "服务不可用", "Service Unavailable") \
    X(TITLE_500, "服务器内部错误", "Internal Server Error")

typedef enum sv_msg {
#define SV_MSG_ENUM(id, zh, en) SV_M_##id,
    SV_MESSAGES(SV_MSG_ENUM)
#undef SV_MSG_ENUM
    SV_M_COUNT
} sv_msg;

/* A message of the list in a language (a printf format). */
const char *sv_words(pc_lang lang, sv_msg id);
/* The language of a request's answers: its query's lang=zh|en, else the server's. */
pc_lang sv_request_lang(const sv_request *r);

/* serve_routes.c: query parameters (0, or -1 with a 400 in out), then the
 * answer of a request whose body has been read. */
int sv_route_query(sv_request *r, sv_response *out);
void sv_route_handle(sv_request *r, sv_response *out);
/* A problem+json (RFC 9457) response: its title and the detail (message id
 * with its arguments) in the request's language; errors may be NULL. */
void sv_problem(sv_response *out, const sv_request *r, unsigned status, const pc_diag *errors, sv_msg id, ...);
/* Appends ,"rules_version":..,"decision_id":..} in place of the closing brace
 * of the JSON object json (len bytes, possibly followed by a newline), in
 * json itself (malloc'ed, cap bytes or 0 when unknown; grown if need be, and
 * returned). */
char *sv_add_ids(char *json, size_t len, size_t *cap, const char *version, const char *id, size_t *outlen);

/* serve_batch.c: POST /v1/batch, records evaluated as the body arrives,
 * results spooled to an unlinked file and sent from it. */
int sv_batch_begin(sv_request *r, sv_response *out);
void sv_batch_feed(sv_request *r, const char *data, size_t len);
void sv_batch_end(sv_request *r, sv_response *out);
void sv_batch_free(sv_batch *b);

/* serve_pages.c: the pages for people (/, /check, /progress, /plans). */
int sv_is_page(sv_endpoint e);
/* The server's Content-Security-Policy: the pages' style sheet is fixed, hashed once at start. */
void sv_pages_init(sv_server *s);
void sv_page_handle(sv_request *r, sv_response *out);
/* A field of the request (NULL when absent); adding appends to the last
 * field when it has the same key and append is set. */
const char *sv_arg(const sv_request *r, const char *key);
void sv_arg_add(sv_request *r, const char *key, const char *value, size_t len, int append);
void sv_args_free(sv_request *r);

/* serve_log.c: the access line and decision lines. */
void sv_log_access(sv_server *s, const sv_request *r, double seconds);
void sv_log_decision(sv_server *s, const sv_request *r, const char *decision_id, const char *input, size_t len,
                     unsigned status, const pc_report *report);

/* A decision id: a random UUID (version 4). */
void sv_new_id(char out[37]);
/* The current time as RFC 3339 UTC with milliseconds. */
void sv_time_rfc3339(char out[32]);

#endif
