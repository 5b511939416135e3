/*
 * serve_routes.c -- what each endpoint answers: the query parameters, the
 * JSON of check/progress (exactly the object `--format json` prints, with
 * rules_version and decision_id added), plans, fields, health, readiness,
 * the OpenAPI document and the JSON Schemas it refers to, metrics; and problem+json (RFC 9457) for every
 * failure.
 */
#include "serve.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

const char *sv_endpoint_path(sv_endpoint e)
{
    static const char *const paths[] = {
#define SV_PATH(e, path, method) path,
        SV_ENDPOINTS(SV_PATH)};
    return paths[e];
}

const char *sv_endpoint_method(sv_endpoint e)
{
    static const char *const methods[] = {
#define SV_METHOD(e, path, method) method,
        SV_ENDPOINTS(SV_METHOD)};
    return methods[e];
}

const char *sv_words(pc_lang lang, sv_msg id)
{
    static const char *const zh[] = {
#define SV_MSG_ZH(id, zh, en) zh,
        SV_MESSAGES(SV_MSG_ZH)
#undef SV_MSG_ZH
    };
    static const char *const en[] = {
#define SV_MSG_EN(id, zh, en) en,
        SV_MESSAGES(SV_MSG_EN)
#undef SV_MSG_EN
    };
    return lang == PC_LANG_ZH ? zh[id] : en[id];
}

pc_lang sv_request_lang(const sv_request *r)
{
    if (r->q_lang && strcmp(r->q_lang, "zh") == 0)
        return PC_LANG_ZH;
    if (r->q_lang && strcmp(r->q_lang, "en") == 0)
        return PC_LANG_EN;
    return r->srv->default_lang;
}

/* RFC 9457 4.2.1: with type about:blank, the status phrase, which may be localized. */
static sv_msg status_title(unsigned status)
{
    switch (status) {
    case 400: return SV_M_TITLE_400;
    case 404: return SV_M_TITLE_404;
    case 405: return SV_M_TITLE_405;
    case 411: return SV_M_TITLE_411;
    case 413: return SV_M_TITLE_413;
    case 415: return SV_M_TITLE_415;
    case 422: return SV_M_TITLE_422;
    case 503: return SV_M_TITLE_503;
    default: return SV_M_TITLE_500;
    }
}

static void json_str(FILE *f, const char *s)
{
    if (s)
        pc_write_json_string(s, f);
    else
        fputs("null", f);
}

void sv_problem(sv_response *out, const sv_request *r, unsigned status, const pc_diag *errors, sv_msg id, ...)
{
    pc_lang lang = sv_request_lang(r);
    char detail[1024];
    va_list ap;
    va_start(ap, id);
    vsnprintf(detail, sizeof detail, sv_words(lang, id), ap);
    va_end(ap);
    char *text = NULL;
    size_t len = 0;
    FILE *f = open_memstream(&text, &len);
    fputs("{\"type\":\"about:blank\",\"title\":", f);
    pc_write_json_string(sv_words(lang, status_title(status)), f);
    fprintf(f, ",\"status\":%u,\"detail\":", status);
    pc_write_json_string(detail, f);
    if (errors && pc_diag_count(errors)) {
        fputs(",\"errors\":", f);
        pc_diag_write_json_lang(errors, f, lang);
    }
    fputs(",\"rules_version\":", f);
    json_str(f, r->rules ? r->rules->version : NULL);
    fputs(",\"decision_id\":", f);
    json_str(f, r->id);
    fputs("}\n", f);
    fclose(f);
    if (out->answer)
        sv_answer_give(out->answer);
    else
        free(out->body);
    out->answer = NULL;
    out->status = status;
    out->content_type = "application/problem+json";
    out->body = text;
    out->len = len;
    out->fd = -1;
}

/* The detail of a problem from its messages: the first as the CLI prints it. */
static void first_message(const pc_diag *d, pc_lang lang, char *out, size_t n)
{
    char *text = NULL;
    size_t len = 0;
    FILE *f = open_memstream(&text, &len);
    pc_diag_print_lang(d, f, lang);
    fclose(f);
    const char *p = text && strncmp(text, "plancheck: ", 11) == 0 ? text + 11 : text ? text : "";
    snprintf(out, n, "%.*s", (int)strcspn(p, "\n"), p);
    free(text);
}

/* Where the ids go: the end of the object's members, before its closing brace. */
static size_t ids_at(const char *json, size_t len)
{
    while (len && (json[len - 1] == '\n' || json[len - 1] == ' '))
        len--;
    if (len && json[len - 1] == '}')
        len--;
    return len;
}

static size_t ids_room(size_t at, const char *version, const char *id)
{
    return at + 64 + strlen(id) + (version ? strlen(version) : 4);
}

/* Writes ,"rules_version":..,"decision_id":..}\n at out + at (room from
 * ids_room); the new length.  By hand: it runs for every answer. */
static size_t ids_write(char *out, size_t at, const char *version, const char *id)
{
    char *p = out + at;
#define PUT(s, n) (memcpy(p, s, n), p += (n))
#define LIT(s) PUT(s, sizeof s - 1)
    if (at && out[at - 1] != '{')
        *p++ = ',';
    LIT("\"rules_version\":");
    if (version) {
        *p++ = '"';
        PUT(version, strlen(version));
        *p++ = '"';
    } else {
        LIT("null");
    }
    LIT(",\"decision_id\":\"");
    PUT(id, strlen(id));
    LIT("\"}\n");
#undef LIT
#undef PUT
    *p = '\0';
    return (size_t)(p - out);
}

char *sv_add_ids(char *json, size_t len, size_t *cap, const char *version, const char *id, size_t *outlen)
{
    size_t at = ids_at(json, len), room = ids_room(at, version, id);
    char *out = cap && room <= *cap ? json : realloc(json, room);
    if (!out)
        abort();
    if (cap && room > *cap)
        *cap = room;
    *outlen = ids_write(out, at, version, id);
    return out;
}

static void set_json(sv_response *out, const sv_request *r, char *json, size_t len)
{
    out->status = 200;
    out->content_type = "application/json";
    out->body = sv_add_ids(json, len, NULL, r->rules ? r->rules->version : NULL, r->id, &out->len);
}

int sv_route_query(sv_request *r, sv_response *out)
{
    r->eval.as_of = r->q_as_of ? 0 : pc_date_today();
    r->eval.lang = sv_request_lang(r);
    r->kind = PC_SUBJECT_ENTERPRISE;
    if (r->q_lang && strcmp(r->q_lang, "zh") != 0 && strcmp(r->q_lang, "en") != 0) {
        sv_problem(out, r, 400, NULL, SV_M_QUERY_LANG, r->q_lang);
        return -1;
    }
    if (r->q_as_of && pc_date_parse(r->q_as_of, &r->eval.as_of) != 0) {
        sv_problem(out, r, 400, NULL, SV_M_QUERY_AS_OF, r->q_as_of);
        return -1;
    }
    if (r->q_explain) {
        if (strcmp(r->q_explain, "true") != 0 && strcmp(r->q_explain, "false") != 0 && strcmp(r->q_explain, "1") != 0 &&
            strcmp(r->q_explain, "0") != 0 && *r->q_explain) {
            sv_problem(out, r, 400, NULL, SV_M_QUERY_EXPLAIN, r->q_explain);
            return -1;
        }
        r->eval.explain = !*r->q_explain || strcmp(r->q_explain, "true") == 0 || strcmp(r->q_explain, "1") == 0;
        if (r->ep != SV_CHECK && r->ep != SV_PROGRESS && r->eval.explain) {
            sv_problem(out, r, 400, NULL, SV_M_QUERY_EXPLAIN_WHERE);
            return -1;
        }
    }
    if (r->ep == SV_PROGRESS)
        r->kind = PC_SUBJECT_REGION;
    if (r->q_kind) {
        if (r->ep != SV_BATCH && r->ep != SV_FIELDS) {
            sv_problem(out, r, 400, NULL, SV_M_QUERY_KIND_WHERE);
            return -1;
        }
        if (strcmp(r->q_kind, "enterprise") != 0 && strcmp(r->q_kind, "region") != 0) {
            sv_problem(out, r, 400, NULL, SV_M_QUERY_KIND, r->q_kind);
            return -1;
        }
        r->kind = strcmp(r->q_kind, "region") == 0 ? PC_SUBJECT_REGION : PC_SUBJECT_ENTERPRISE;
    }
    if (r->ep == SV_FIELDS && !r->q_region) {
        sv_problem(out, r, 400, NULL, SV_M_QUERY_REGION);
        return -1;
    }
    return 0;
}

/* A message about another file than the request is a rule's failure. */
static int rule_failed(const pc_diag *d)
{
    for (size_t i = 0; i < pc_diag_count(d); i++) {
        const pc_message *m = pc_diag_get(d, i);
        if (m->file && strcmp(m->file, "request") != 0)
            return 1;
    }
    return 0;
}

static void evaluate(sv_request *r, sv_response *out)
{
    sv_server *s = r->srv;
    pc_engine *e = r->rules->engine;
    char detail[1024];
    if (!r->len) {
        sv_problem(out, r, 400, NULL, SV_M_BODY_EMPTY);
        sv_log_decision(s, r, r->id, "", 0, 400, NULL);
        return;
    }
    /* subject, report and messages are the context's, reused; the report
     * may point into the context: it is given back once the answer is written */
    sv_context *c = sv_context_take(s, r->rules);
    if (!c->diag)
        c->diag = pc_diag_new();
    pc_diag_clear(c->diag);
    if (pc_subject_read_json(e, r->kind, r->body, r->len, "request", 1, &c->subject, c->diag) != 0) {
        /* the reader's messages, as the CLI gives them; 400 when the body
         * is not JSON at all, 422 when it is JSON with bad data */
        pc_diag *syntax = pc_diag_new();
        unsigned status = pc_json_check(r->body, r->len, "request", 1, syntax) != 0 ? 400 : 422;
        pc_diag_free(syntax);
        first_message(c->diag, r->eval.lang, detail, sizeof detail);
        sv_problem(out, r, status, c->diag, SV_M_TEXT, detail);
        sv_log_decision(s, r, r->id, r->body, r->len, status, NULL);
        sv_context_give(s, r->rules, c);
        return;
    }
    int rc = sv_evaluate_on(r, c, c->subject, &r->eval, &c->report);
    if (rc == SV_GIVEN_UP) {
        /* c is dropped, its report with it */
        sv_given_up_text(r->rules, sv_request_lang(r), detail, sizeof detail);
        sv_problem(out, r, 500, NULL, SV_M_TEXT, detail);
        sv_log_decision(s, r, r->id, r->body, r->len, 500, NULL);
        return;
    }
    const pc_report *rep = c->report;
    if (rc) {
        const pc_diag *errors = pc_report_errors(rep);
        unsigned status = rule_failed(errors) ? 500 : 422;
        first_message(errors, r->eval.lang, detail, sizeof detail);
        sv_problem(out, r, status, errors, SV_M_TEXT, detail);
        sv_log_decision(s, r, r->id, r->body, r->len, status, rep);
    } else {
        /* into a buffer of the server's, kept from an earlier answer */
        sv_answer *a = sv_answer_take(s);
        size_t len = 0;
        pc_report_append(rep, PC_FORMAT_JSON, &a->buf, &len, &a->cap);
        a->buf = sv_add_ids(a->buf, len, &a->cap, r->rules->version, r->id, &out->len);
        out->status = 200;
        out->content_type = "application/json";
        out->body = a->buf;
        out->answer = a;
        sv_log_decision(s, r, r->id, r->body, r->len, 200, rep);
    }
    sv_context_give(s, r->rules, c);
}

static void fields(sv_request *r, sv_response *out)
{
    pc_diag *diag = pc_diag_new();
    const pc_field_def **list = NULL;
    size_t n = 0;
    if (pc_engine_region_fields(r->rules->engine, r->q_region, r->kind, r->eval.as_of, &list, &n, diag) != 0) {
        char detail[1024];
        first_message(diag, r->eval.lang, detail, sizeof detail);
        sv_problem(out, r, 422, diag, SV_M_TEXT, detail);
        pc_diag_free(diag);
        return;
    }
    char *text = NULL;
    size_t len = 0;
    FILE *f = open_memstream(&text, &len);
    char date[16];
    snprintf(date, sizeof date, "%04d-%02d-%02d", r->eval.as_of / 10000, r->eval.as_of / 100 % 100, r->eval.as_of % 100);
    fputs("{\"region\":", f);
    pc_write_json_string(r->q_region, f);
    fprintf(f, ",\"kind\":\"%s\",\"as_of\":\"%s\",\"fields\":[", r->kind == PC_SUBJECT_REGION ? "region" : "enterprise",
            date);
    for (size_t i = 0; i < n; i++) {
        const pc_field_def *d = list[i];
        fputs(i ? ",{\"name\":" : "{\"name\":", f);
        json_str(f, d->name);
        fputs(",\"label_zh\":", f);
        json_str(f, d->label_zh);
        fputs(",\"label_en\":", f);
        json_str(f, d->label_en);
        fprintf(f, ",\"type\":\"%s\",\"unit_zh\":", pc_field_type_key(d->type));
        json_str(f, d->unit_zh);
        fputs(",\"unit_en\":", f);
        json_str(f, d->unit_en);
        if (d->enum_values) {
            fputs(",\"values\":[", f);
            for (size_t k = 0; d->enum_values[k]; k++) {
                if (k)
                    fputc(',', f);
                pc_write_json_string(d->enum_values[k], f);
            }
            fputc(']', f);
            int labelled = 0;
            for (size_t k = 0; d->enum_values[k]; k++) {
                const char *zh = pc_engine_enum_label(r->rules->engine, d->subject, d->name, d->enum_values[k]);
                if (!zh)
                    continue;
                fputs(labelled++ ? "," : ",\"value_labels_zh\":{", f);
                pc_write_json_string(d->enum_values[k], f);
                fputc(':', f);
                pc_write_json_string(zh, f);
            }
            if (labelled)
                fputc('}', f);
        }
        fputc('}', f);
    }
    fputs("]}", f);
    fclose(f);
    free(list);
    pc_diag_free(diag);
    set_json(out, r, text, len);
}

static void document(sv_request *r, sv_response *out)
{
    for (const sv_document *d = sv_documents; d->path; d++) {
        if (strcmp(d->path, r->path) == 0) {
            out->status = 200;
            out->content_type = r->ep == SV_SCHEMA ? "application/schema+json" : "application/json";
            out->body = malloc(d->size);
            memcpy(out->body, d->body, d->size);
            out->len = d->size;
            return;
        }
    }
    sv_problem(out, r, 404, NULL, SV_M_NO_SCHEMA, r->path + strlen("/v1/schema/"));
}

void sv_route_handle(sv_request *r, sv_response *out)
{
    sv_server *s = r->srv;
    char *text = NULL;
    size_t len = 0;
    FILE *f;
    switch (r->ep) {
    case SV_CHECK:
    case SV_PROGRESS:
        evaluate(r, out);
        return;
    case SV_PLANS:
        f = open_memstream(&text, &len);
        pc_engine_describe_json(r->rules->engine, pc_date_today(), f);   /* as `plans` does: as of today */
        fclose(f);
        set_json(out, r, text, len);
        return;
    case SV_PLAN:
        f = open_memstream(&text, &len);
        if (pc_engine_describe_plan_json(r->rules->engine, r->plan_id, f) != 0) {
            fclose(f);
            free(text);
            sv_problem(out, r, 404, NULL, SV_M_NO_PLAN, r->plan_id);
            return;
        }
        fclose(f);
        set_json(out, r, text, len);
        return;
    case SV_FIELDS:
        fields(r, out);
        return;
    case SV_HEALTH:
        set_json(out, r, strdup("{\"status\":\"ok\"}"), 15);
        return;
    case SV_READY:
        if (atomic_load(&s->draining)) {
            sv_problem(out, r, 503, NULL, SV_M_SHUTTING_DOWN);
            return;
        }
        set_json(out, r, strdup("{\"status\":\"ready\"}"), 18);
        return;
    case SV_OPENAPI:
    case SV_SCHEMA:
        document(r, out);
        return;
    case SV_METRICS:
        out->status = 200;
        out->content_type = "text/plain; version=0.0.4; charset=utf-8";
        out->body = sv_metrics_text(&s->metrics, r->rules ? r->rules->version : "", &out->len);
        return;
    default:
        sv_problem(out, r, 404, NULL, SV_M_NO_RESOURCE, r->path);
    }
}
