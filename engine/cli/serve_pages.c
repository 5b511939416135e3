/*
 * serve_pages.c -- the pages of `plancheck serve` for people (docs/serve.md,
 * "Pages"): / (choose a region), /check (the form of the fields the plans in
 * force there read, then the enterprise page), /progress (a region file,
 * then the region page), /plans and /plans/{id}.  The report pages are the
 * engine's HTML writer (pc_report_html_body); these add the forms and the
 * navigation.  No script: every page works with JavaScript off, under a
 * Content-Security-Policy that allows only the page's own style sheet
 * (its SHA-256 in the header).  This file: the words, the frame, the
 * report page, what the forms share and the dispatch; a file per page.
 */
#include "serve_pages.h"

#include <nettle/base64.h>
#include <nettle/sha2.h>
#include <stdlib.h>
#include <string.h>

const char *sv_word_text(pc_lang lang, sv_word w)
{
    static const char *const table[][2] = {
#define SV_W_PAIR(id, zh, en) {zh, en},
        SV_WORDS(SV_W_PAIR)};
    return table[w][lang == PC_LANG_ZH ? 0 : 1];
}

void sv_text(sv_page *pg, const char *s)
{
    pc_write_html_text(s ? s : "", pg->f);
}

const char *sv_arg(const sv_request *r, const char *key)
{
    for (size_t i = 0; i < r->nargs; i++)
        if (strcmp(r->args[i].key, key) == 0)
            return r->args[i].value;
    return NULL;
}

void sv_arg_add(sv_request *r, const char *key, const char *value, size_t len, int append)
{
    if (append && r->nargs && strcmp(r->args[r->nargs - 1].key, key) == 0) {
        sv_kv *a = &r->args[r->nargs - 1];
        size_t old = strlen(a->value);
        char *p = realloc(a->value, old + len + 1);
        if (!p)
            return;
        memcpy(p + old, value, len);
        p[old + len] = '\0';
        a->value = p;
        return;
    }
    if (r->nargs == r->args_cap) {
        size_t cap = r->args_cap ? r->args_cap * 2 : 16;
        sv_kv *p = realloc(r->args, cap * sizeof *p);
        if (!p)
            return;
        r->args = p;
        r->args_cap = cap;
    }
    sv_kv *a = &r->args[r->nargs++];
    a->key = strdup(key);
    a->value = malloc(len + 1);
    memcpy(a->value, value, len);
    a->value[len] = '\0';
}

void sv_args_free(sv_request *r)
{
    for (size_t i = 0; i < r->nargs; i++) {
        free(r->args[i].key);
        free(r->args[i].value);
    }
    free(r->args);
}

/* ---- the page frame ---- */

/* A URL query part: key=value, percent-encoded. */
void sv_query_part(FILE *f, const char *key, const char *value, int first)
{
    fputs(first ? "?" : "&amp;", f);
    fputs(key, f);
    fputc('=', f);
    for (const unsigned char *p = (const unsigned char *)value; *p; p++) {
        if ((*p >= 'a' && *p <= 'z') || (*p >= 'A' && *p <= 'Z') || (*p >= '0' && *p <= '9') || strchr("-_.~", *p))
            fputc(*p, f);
        else
            fprintf(f, "%%%02X", *p);
    }
}

/* The current request's query with lang set to lang and download set (NULL: dropped). */
void sv_self_link(sv_page *pg, const char *lang, const char *download)
{
    fputs(pg->r->path, pg->f);
    int first = 1;
    for (size_t i = 0; i < pg->r->nargs; i++) {
        const sv_kv *a = &pg->r->args[i];
        if (strcmp(a->key, "lang") == 0 || strcmp(a->key, "download") == 0 || strcmp(a->key, "file") == 0 ||
            strcmp(a->key, "text") == 0)
            continue;
        sv_query_part(pg->f, a->key, a->value, first);
        first = 0;
    }
    sv_query_part(pg->f, "lang", lang, first);
    if (download)
        sv_query_part(pg->f, "download", download, 0);
}

void sv_page_begin(sv_page *pg)
{
    pg->f = open_memstream(&pg->text, &pg->len);
    const char *lang = pg->lang == PC_LANG_ZH ? "zh" : "en";
    fprintf(pg->f, "<nav class=\"noprint\" aria-label=\"%s\"><p><a href=\"/?lang=%s\">%s</a> · "
                   "<a href=\"/plans?lang=%s\">%s</a> · <a href=\"/progress?lang=%s\">%s</a> · ",
            W(SITE), lang, W(HOME), lang, W(PLANS), lang, W(PROGRESS));
    fprintf(pg->f, "<a lang=\"%s\" hreflang=\"%s\" href=\"", pg->lang == PC_LANG_ZH ? "en" : "zh-CN",
            pg->lang == PC_LANG_ZH ? "en" : "zh-CN");
    if (strcmp(pg->r->method, "POST") == 0)
        fprintf(pg->f, "%s?lang=%s", pg->r->path, pg->lang == PC_LANG_ZH ? "en" : "zh");
    else
        sv_self_link(pg, pg->lang == PC_LANG_ZH ? "en" : "zh", NULL);
    fprintf(pg->f, "\">%s</a></p></nav>\n", W(OTHER_LANG));
}

/* The style sheet's SHA-256 for the Content-Security-Policy. */
static void style_hash(const char *html, char out[64])
{
    const char *a = strstr(html, "<style>"), *b = a ? strstr(a, "</style>") : NULL;
    out[0] = '\0';
    if (!a || !b)
        return;
    a += 7;
    struct sha256_ctx ctx;
    uint8_t digest[SHA256_DIGEST_SIZE];
    sha256_init(&ctx);
    sha256_update(&ctx, (size_t)(b - a), (const uint8_t *)a);
    sha256_digest(&ctx, sizeof digest, digest);
    char b64[BASE64_ENCODE_RAW_LENGTH(SHA256_DIGEST_SIZE) + 1];
    base64_encode_raw(b64, sizeof digest, digest);
    b64[BASE64_ENCODE_RAW_LENGTH(SHA256_DIGEST_SIZE)] = '\0';
    snprintf(out, 64, "%s", b64);
}

void sv_pages_init(sv_server *s)
{
    /* every page and report page has the one style sheet of pc_html_page */
    size_t len;
    char *html = pc_html_page(PC_LANG_EN, "", "", &len);
    char hash[64];
    style_hash(html, hash);
    free(html);
    snprintf(s->csp, sizeof s->csp,
             "default-src 'none'; style-src 'sha256-%s'; img-src 'self' data:; form-action 'self'; base-uri 'none'; "
             "frame-ancestors 'none'",
             hash);
}

void sv_set_html(sv_response *out, sv_request *r, unsigned status, char *html, size_t len)
{
    r->csp = r->srv->csp;
    out->status = status;
    out->content_type = "text/html; charset=utf-8";
    out->body = html;
    out->len = len;
    out->fd = -1;
}

void sv_page_end(sv_page *pg, sv_response *out, unsigned status, const char *title)
{
    fprintf(pg->f, "<footer class=\"page\">plancheck · rules %.12s</footer>\n", pg->r->rules ? pg->r->rules->version : "");
    fclose(pg->f);
    size_t len;
    char *html = pc_html_page(pg->lang, title, pg->text ? pg->text : "", &len);
    free(pg->text);
    sv_set_html(out, pg->r, status, html, len);
}

const char *sv_region_name(sv_page *pg, const pc_region_info *ri)
{
    return pg->lang == PC_LANG_ZH ? ri->name_zh : ri->name_en;
}

const char *sv_region_display(sv_page *pg, const char *code, char *buf, size_t n)
{
    pc_engine *e = pg->r->rules->engine;
    for (size_t i = 0; i < pc_engine_region_count(e); i++) {
        pc_region_info ri;
        pc_engine_region_get(e, i, &ri);
        if (strcmp(ri.code, code) == 0) {
            snprintf(buf, n, "%s %s", sv_region_name(pg, &ri), code);
            return buf;
        }
    }
    snprintf(buf, n, "%s", code);
    return buf;
}

/* What a field of a type takes, in the page's language. */

json_t *sv_plans_json(sv_page *pg)
{
    char *text = NULL;
    size_t len = 0;
    FILE *f = open_memstream(&text, &len);
    pc_engine_describe_json(pg->r->rules->engine, 0, f);
    fclose(f);
    json_t *doc = json_loadb(text, len, 0, NULL);
    free(text);
    return doc;
}

const char *sv_js(json_t *o, const char *key)
{
    const char *v = json_string_value(json_object_get(o, key));
    return v ? v : "";
}

/* ---- the forms ---- */

static int ends_with(const char *s, const char *end, const char *tail)
{
    size_t n = strlen(tail);
    return (size_t)(end - s) >= n && memcmp(end - n, tail, n) == 0;
}

/* Money or a figure as a person writes it, as the engine reads numbers:
 * "1,000,000.00" (commas only between groups of three digits), "100万",
 * "1.5亿元" (the decimal point moved exactly: 万 4 places, 亿 8), a trailing
 * "元" dropped.  Anything else is passed on as written, for the engine to
 * refuse. */
char *sv_number_text(const char *s)
{
    size_t n = strlen(s);
    const char *end = s + n;
    size_t shift = 0;
    if (ends_with(s, end, "元"))
        end -= strlen("元");
    if (ends_with(s, end, "万"))
        shift = 4, end -= strlen("万");
    else if (ends_with(s, end, "亿"))
        shift = 8, end -= strlen("亿");
    const char *dot = memchr(s, '.', (size_t)(end - s)), *whole_end = dot ? dot : end;
    char *digits = malloc(n + 1);
    size_t nd = 0, run = 0, groups = 0;
    int ok = whole_end > s;
    for (const char *p = s; p < whole_end && ok; p++) {
        if (*p == ',') {
            ok = groups++ ? run == 3 : run >= 1 && run <= 3;
            run = 0;
        } else if (*p >= '0' && *p <= '9') {
            digits[nd++] = *p;
            run++;
        } else {
            ok = 0;
        }
    }
    ok = ok && (!groups || run == 3);
    size_t whole = nd;
    if (dot) {
        ok = ok && dot + 1 < end;
        for (const char *p = dot + 1; p < end && ok; p++)
            ok = *p >= '0' && *p <= '9' && (digits[nd++] = *p);
    }
    if (!ok || (!groups && end == s + n)) {
        free(digits);
        return strdup(s);
    }
    size_t point = whole + shift, total = nd > point ? nd : point, i = 0;
    char *out = malloc(total + 2), *o = out;
    while (i + 1 < point && (i < nd ? digits[i] : '0') == '0')
        i++;   /* leading zeros */
    for (; i < total; i++) {
        if (i == point)
            *o++ = '.';
        *o++ = i < nd ? digits[i] : '0';
    }
    *o = '\0';
    free(digits);
    return out;
}

void sv_form_free(sv_form *fm)
{
    for (size_t i = 0; i < fm->nerrors; i++)
        free(fm->errors[i].text);
    free(fm->errors);
    free(fm->fields);
}

void sv_form_add_error(sv_form *fm, const char *field, const char *text)
{
    fm->errors = realloc(fm->errors, (fm->nerrors + 1) * sizeof *fm->errors);
    fm->errors[fm->nerrors].field = field;
    fm->errors[fm->nerrors++].text = strdup(text);
}

/* The report page of a subject: its body with the links, or a download. */

int sv_parse_as_of(sv_page *pg, sv_form *fm)
{
    const char *a = sv_arg(pg->r, "as_of");
    if (!a || !*a)
        return 0;
    if (pc_date_parse(a, &pg->as_of) != 0) {
        char text[256];
        snprintf(text, sizeof text, "%s: YYYY-MM-DD", a);
        sv_form_add_error(fm, "as_of", text);
        return -1;
    }
    return 0;
}

/* ---- the report page ---- */

void sv_report_page(sv_page *pg, sv_response *out, pc_report *rep, const char *json_in, size_t json_len)
{
    sv_server *s = pg->r->srv;
    const char *download = sv_arg(pg->r, "download");
    sv_log_decision(s, pg->r, pg->r->id, json_in, json_len, 200, rep);
    if (download && strcmp(download, "json") == 0) {
        size_t len;
        char *json = pc_report_format(rep, PC_FORMAT_JSON, &len);
        out->status = 200;
        out->content_type = "application/json";
        out->body = sv_add_ids(json, len, NULL, pg->r->rules->version, pg->r->id, &out->len);
        out->fd = -1;
        snprintf(pg->r->disposition, sizeof pg->r->disposition, "attachment; filename=\"plancheck-%.40s.json\"",
                 pc_report_subject_id(rep));
        return;
    }
    if (download && strcmp(download, "html") == 0) {
        size_t len;
        char *html = pc_report_format(rep, PC_FORMAT_HTML, &len);
        sv_set_html(out, pg->r, 200, html, len);
        snprintf(pg->r->disposition, sizeof pg->r->disposition, "attachment; filename=\"plancheck-%.40s.html\"",
                 pc_report_subject_id(rep));
        return;
    }
    sv_page_begin(pg);
    if (strcmp(pg->r->method, "GET") == 0) {
        fputs("<p class=\"noprint actions\"><a href=\"", pg->f);
        sv_self_link(pg, pg->lang == PC_LANG_ZH ? "zh" : "en", "html");
        fprintf(pg->f, "\" download>%s</a> · <a href=\"", W(DOWNLOAD_PAGE));
        sv_self_link(pg, pg->lang == PC_LANG_ZH ? "zh" : "en", "json");
        fprintf(pg->f, "\" download>%s</a>", W(DOWNLOAD_JSON));
        if (strcmp(pg->r->path, "/check") == 0) {
            fputs(" · <a href=\"/check", pg->f);
            int first = 1;
            for (size_t i = 0; i < pg->r->nargs; i++)
                if (strcmp(pg->r->args[i].key, "go") != 0 && strcmp(pg->r->args[i].key, "download") != 0) {
                    sv_query_part(pg->f, pg->r->args[i].key, pg->r->args[i].value, first);
                    first = 0;
                }
            fprintf(pg->f, "\">%s</a>", W(EDIT));
        }
        fputs("</p>", pg->f);
    } else {
        /* a POSTed file: the downloads post it again */
        fprintf(pg->f, "<form class=\"noprint actions\" method=\"post\" action=\"%s\" enctype=\"multipart/form-data\">"
                       "<input type=\"hidden\" name=\"lang\" value=\"%s\"><input type=\"hidden\" name=\"as_of\" value=\"",
                pg->r->path, pg->lang == PC_LANG_ZH ? "zh" : "en");
        sv_text(pg, sv_arg(pg->r, "as_of"));
        fputs("\"><input type=\"hidden\" name=\"text\" value=\"", pg->f);
        sv_text(pg, json_in);
        fprintf(pg->f, "\"><button type=\"submit\" name=\"download\" value=\"html\">%s</button> "
                       "<button type=\"submit\" name=\"download\" value=\"json\">%s</button></form>",
                W(DOWNLOAD_PAGE), W(DOWNLOAD_JSON));
    }
    size_t len;
    char *body = pc_report_html_body(rep, &len);
    fwrite(body, 1, len, pg->f);
    free(body);
    sv_page_end(pg, out, 200, pc_report_subject_id(rep));
}

/* ---- dispatch ---- */

int sv_is_page(sv_endpoint e)
{
    return e == SV_PAGE_HOME || e == SV_PAGE_CHECK || e == SV_PAGE_PROGRESS || e == SV_PAGE_PLANS ||
           e == SV_PAGE_PLAN;
}

void sv_page_handle(sv_request *r, sv_response *out)
{
    sv_page pg = {r, r->srv->default_lang, pc_date_today(), NULL, NULL, 0};
    const char *lang = sv_arg(r, "lang");
    if (lang && strcmp(lang, "zh") == 0)
        pg.lang = PC_LANG_ZH;
    else if (lang && strcmp(lang, "en") == 0)
        pg.lang = PC_LANG_EN;
    switch (r->ep) {
    case SV_PAGE_HOME: sv_page_home(&pg, out); return;
    case SV_PAGE_CHECK: sv_page_check(&pg, out); return;
    case SV_PAGE_PROGRESS: sv_page_progress(&pg, out); return;
    case SV_PAGE_PLANS: sv_page_plans(&pg, out); return;
    case SV_PAGE_PLAN: sv_page_plan(&pg, out, r->path + 7); return;
    default: break;
    }
}
