/*
 * serve_pages.c -- the pages of `plancheck serve` for people (docs/serve.md,
 * "Pages"): / (choose a region), /check (the form of the fields the plans in
 * force there read, then the enterprise page), /progress (a region file,
 * then the region page), /plans and /plans/{id}.  The report pages are the
 * engine's HTML writer (pc_report_html_body); these add the forms and the
 * navigation.  No script: every page works with JavaScript off, under a
 * Content-Security-Policy that allows only the page's own style sheet
 * (its SHA-256 in the header).
 */
#include "serve.h"

#include <jansson.h>
#include <nettle/base64.h>
#include <nettle/sha2.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

/* The pages' own words: X(ID, zh, en). */
#define SV_WORDS(X)                                                                                       \
    X(HOME, "首页", "Home")                                                                               \
    X(CHECK, "企业自检", "Self-check")                                                                    \
    X(PROGRESS, "区域进展", "Region progress")                                                            \
    X(PLANS, "规划", "Plans")                                                                             \
    X(OTHER_LANG, "English", "中文")                                                                      \
    X(SITE, "plancheck 知识产权政策自检", "plancheck: IP policy self-check")                              \
    X(CHOOSE, "选择行政区划", "Choose a region")                                                          \
    X(CHOOSE_HELP, "省 → 市 → 县(区)。选择后填写该地现行规划所需的数据。",                                \
      "Province → city → county. Then fill in the data the plans in force there read.")                   \
    X(OLD_CODE, "旧代码,已停用", "old code, no longer in use")                                           \
    X(REPLACED_BY, "现为", "now")                                                                         \
    X(FORM_FOR, "企业自检:%s", "Self-check: %s")                                                        \
    X(FORM_HELP, "只列出该地现行规划读取的数据项。未填写的项按“缺少数据”处理。",                           \
      "Only the data the plans in force there read. What you leave empty counts as missing.")             \
    X(AS_OF, "评估日期", "As of")                                                                         \
    X(AS_OF_HELP, "YYYY-MM-DD;留空为今天", "YYYY-MM-DD; empty: today")                                    \
    X(NAME, "企业名称", "Company name")                                                                   \
    X(ID, "统一社会信用代码", "Unified social credit code")                                               \
    X(YEAR, "数据年度", "Data year")                                                                      \
    X(YEAR_HELP, "所填数据所属的年度,如 2024", "the year the figures describe, such as 2024")              \
    X(UNSET, "(未填)", "(not given)")                                                                    \
    X(YES, "是", "yes")                                                                                   \
    X(NO, "否", "no")                                                                                     \
    X(MONEY_HELP, "元。可写 1000000、1,000,000.50、100万 或 1.5亿;最多精确到分(两位小数),不接受负数或其他写法。", \
      "yuan. Write 1000000, 1,000,000.50, 100万 (10,000s) or 1.5亿 (100 millions); at most two decimals (fen), no negative amounts.") \
    X(BAD_VALUE, "%s:无法识别“%s”,请按填写说明改正", "%s: '%s' is not understood; see the help")           \
    X(HELP_BOOL, "是或否", "yes or no")                                                                   \
    X(HELP_ENUM, "从列表中选择", "one of the list")                                                       \
    X(HELP_COUNT, "非负整数,如 3", "a whole number, 0 or more, such as 3")                               \
    X(HELP_INT, "整数", "a whole number")                                                                 \
    X(HELP_NUMBER, "数字,可带小数,如 12.5", "a number, decimals allowed, such as 12.5")                  \
    X(HELP_TEXT, "文字", "text")                                                                          \
    X(HELP_REGION, "六位行政区划代码,如 370883", "a six-digit region code, such as 370883")              \
    X(SUBMIT, "检查", "Check")                                                                            \
    X(ERRORS, "请更正以下数据:", "Please correct the data below:")                                       \
    X(DOWNLOAD_PAGE, "下载本页(HTML)", "Download this page (HTML)")                                      \
    X(DOWNLOAD_JSON, "下载 JSON", "Download the JSON")                                                    \
    X(EDIT, "修改数据", "Change the data")                                                                \
    X(PROGRESS_HELP, "上传区域数据文件(INI 或 JSON,格式见 docs/cli.md),或把文件内容粘贴到下框。",       \
      "Upload a region file (INI or JSON, see docs/cli.md), or paste its content below.")                 \
    X(FIGURES_FOR, "区域进展:%s", "Region progress: %s")                                               \
    X(FIGURES_HELP, "填写各年年末数据(只列出该地规划目标读取的指标);也可在下方上传区域数据文件。",       \
      "Fill in the year-end figures (only the metrics the region's plan targets read); or upload a region file below.") \
    X(METRIC, "指标", "Metric")                                                                           \
    X(FIGURES, "按年填写", "Figures by year")                                                             \
    X(FILE, "区域数据文件", "Region file")                                                                \
    X(TEXT, "或粘贴文件内容", "Or paste its content")                                                     \
    X(SHOW, "生成进展报告", "Show the progress")                                                          \
    X(NOTHING, "没有收到文件或内容", "No file and no text was given")                                     \
    X(PLANS_TITLE, "已加载的规划", "Plans loaded")                                                       \
    X(IN_FORCE, "施行期", "In force")                                                                     \
    X(DOCUMENT, "文号", "Document")                                                                       \
    X(JURISDICTION, "行政区划", "Region")                                                                 \
    X(RULES, "条目", "Rules")                                                                             \
    X(KIND, "类别", "Kind")                                                                               \
    X(CITE, "出处", "Clause")                                                                             \
    X(TITLE, "内容", "Title")                                                                             \
    X(QUOTE, "原文", "Quote")                                                                             \
    X(NO_PLAN, "没有这个规划:", "No such plan: ")                                                        \
    X(NO_REGION, "未知的行政区划:", "Unknown region: ")                                                  \
    X(NOT_FOUND, "没有这个页面", "No such page")

typedef enum sv_word {
#define SV_W_ENUM(id, zh, en) W_##id,
    SV_WORDS(SV_W_ENUM) W_COUNT
} sv_word;

static const char *word(pc_lang lang, sv_word w)
{
    static const char *const table[][2] = {
#define SV_W_PAIR(id, zh, en) {zh, en},
        SV_WORDS(SV_W_PAIR)};
    return table[w][lang == PC_LANG_ZH ? 0 : 1];
}

#define W(id) word(pg->lang, W_##id)

typedef struct page {
    sv_request *r;
    pc_lang lang;
    pc_date as_of;
    FILE *f;
    char *text;
    size_t len;
} page;

static void h(page *pg, const char *s)
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
static void q(FILE *f, const char *key, const char *value, int first)
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
static void self_link(page *pg, const char *lang, const char *download)
{
    fputs(pg->r->path, pg->f);
    int first = 1;
    for (size_t i = 0; i < pg->r->nargs; i++) {
        const sv_kv *a = &pg->r->args[i];
        if (strcmp(a->key, "lang") == 0 || strcmp(a->key, "download") == 0 || strcmp(a->key, "file") == 0 ||
            strcmp(a->key, "text") == 0)
            continue;
        q(pg->f, a->key, a->value, first);
        first = 0;
    }
    q(pg->f, "lang", lang, first);
    if (download)
        q(pg->f, "download", download, 0);
}

static void page_begin(page *pg)
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
        self_link(pg, pg->lang == PC_LANG_ZH ? "en" : "zh", NULL);
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

static void set_html(sv_response *out, sv_request *r, unsigned status, char *html, size_t len)
{
    char hash[64];
    style_hash(html, hash);
    snprintf(r->csp, sizeof r->csp,
             "default-src 'none'; style-src 'sha256-%s'; img-src 'self' data:; form-action 'self'; base-uri 'none'; "
             "frame-ancestors 'none'",
             hash);
    out->status = status;
    out->content_type = "text/html; charset=utf-8";
    out->body = html;
    out->len = len;
    out->fd = -1;
}

static void page_end(page *pg, sv_response *out, unsigned status, const char *title)
{
    fprintf(pg->f, "<footer class=\"page\">plancheck · rules %.12s</footer>\n", pg->r->rules ? pg->r->rules->version : "");
    fclose(pg->f);
    size_t len;
    char *html = pc_html_page(pg->lang, title, pg->text ? pg->text : "", &len);
    free(pg->text);
    set_html(out, pg->r, status, html, len);
}

/* ---- / : choose a region ---- */

static const char *region_name(page *pg, const pc_region_info *ri)
{
    return pg->lang == PC_LANG_ZH ? ri->name_zh : ri->name_en;
}

static void region_item(page *pg, const pc_region_info *ri)
{
    const char *lang = pg->lang == PC_LANG_ZH ? "zh" : "en";
    fprintf(pg->f, "<a href=\"/check?region=%s&amp;lang=%s\">", ri->code, lang);
    h(pg, region_name(pg, ri));
    fprintf(pg->f, "</a> <small>%s · <a href=\"/progress?region=%s&amp;lang=%s\">%s</a></small>", ri->code, ri->code,
            lang, W(PROGRESS));
    if (ri->valid_to) {
        char to[32];
        snprintf(to, sizeof to, "%04d-%02d-%02d", ri->valid_to / 10000, ri->valid_to / 100 % 100, ri->valid_to % 100);
        fprintf(pg->f, " <small class=\"old\">(%s, %s", W(OLD_CODE), to);
        if (ri->replaced_by[0])
            fprintf(pg->f, "; %s %s", W(REPLACED_BY), ri->replaced_by);
        fputs(")</small>", pg->f);
    }
}

static void region_tree(page *pg, pc_engine *e, const char *parent, int depth)
{
    size_t n = pc_engine_region_count(e);
    int open = 0;
    for (size_t i = 0; i < n; i++) {
        pc_region_info ri;
        pc_engine_region_get(e, i, &ri);
        if (strcmp(ri.parent, parent) != 0)
            continue;
        if (!open++)
            fputs("<ul>", pg->f);
        fputs("<li>", pg->f);
        region_item(pg, &ri);
        if (depth < 3)
            region_tree(pg, e, ri.code, depth + 1);
        fputs("</li>", pg->f);
    }
    if (open)
        fputs("</ul>", pg->f);
}

static void home(page *pg, sv_response *out)
{
    page_begin(pg);
    fprintf(pg->f, "<header class=\"page\"><h1>%s</h1></header><main><h2>%s</h2><p>%s</p>", W(SITE), W(CHOOSE),
            W(CHOOSE_HELP));
    fputs("<div class=\"regions\">", pg->f);
    region_tree(pg, pg->r->rules->engine, "", 1);
    fputs("</div></main>\n", pg->f);
    page_end(pg, out, 200, W(SITE));
}

/* ---- /check ---- */

typedef struct form_error {
    const char *field;   /* NULL: about the record */
    char *text;
} form_error;

typedef struct form {
    const pc_field_def **fields;
    size_t n;
    form_error *errors;
    size_t nerrors;
} form;

static void field_error(page *pg, const form *fm, const char *name)
{
    for (size_t i = 0; i < fm->nerrors; i++)
        if (fm->errors[i].field && strcmp(fm->errors[i].field, name) == 0) {
            fprintf(pg->f, "<p class=\"field-error\" id=\"e-%s\" role=\"alert\">", name);
            h(pg, fm->errors[i].text);
            fputs("</p>", pg->f);
        }
}

static int has_error(const form *fm, const char *name)
{
    for (size_t i = 0; i < fm->nerrors; i++)
        if (fm->errors[i].field && strcmp(fm->errors[i].field, name) == 0)
            return 1;
    return 0;
}

/* One labelled input: label, control, help, the error beside it. */
static void input(page *pg, const form *fm, const char *name, const char *label, const char *unit, const char *help,
                  const pc_field_def *d)
{
    const char *value = sv_arg(pg->r, name);
    int bad = has_error(fm, name);
    fprintf(pg->f, "<div class=\"field%s\"><label for=\"f-%s\">", bad ? " bad" : "", name);
    h(pg, label);
    if (unit && *unit) {
        fputs("(", pg->f);
        h(pg, unit);
        fputs(")", pg->f);
    }
    fputs("</label>", pg->f);
    char describedby[160];
    snprintf(describedby, sizeof describedby, "h-%s%s%s", name, bad ? " e-" : "", bad ? name : "");
    if (d && (d->type == PC_FIELD_BOOL || d->type == PC_FIELD_ENUM)) {
        fprintf(pg->f, "<select id=\"f-%s\" name=\"%s\" aria-describedby=\"%s\"%s><option value=\"\">%s</option>", name,
                name, describedby, bad ? " aria-invalid=\"true\"" : "", W(UNSET));
        if (d->type == PC_FIELD_BOOL) {
            fprintf(pg->f, "<option value=\"true\"%s>%s</option><option value=\"false\"%s>%s</option>",
                    value && strcmp(value, "true") == 0 ? " selected" : "", W(YES),
                    value && strcmp(value, "false") == 0 ? " selected" : "", W(NO));
        } else {
            for (size_t k = 0; d->enum_values && d->enum_values[k]; k++) {
                const char *zh = pc_engine_enum_label(pg->r->rules->engine, d->subject, d->name, d->enum_values[k]);
                fputs("<option value=\"", pg->f);
                h(pg, d->enum_values[k]);
                fprintf(pg->f, "\"%s>", value && strcmp(value, d->enum_values[k]) == 0 ? " selected" : "");
                h(pg, pg->lang == PC_LANG_ZH && zh ? zh : d->enum_values[k]);
                if (zh && pg->lang == PC_LANG_ZH) {
                    fputs(" (", pg->f);
                    h(pg, d->enum_values[k]);
                    fputs(")", pg->f);
                }
                fputs("</option>", pg->f);
            }
        }
        fputs("</select>", pg->f);
    } else {
        fprintf(pg->f, "<input type=\"text\" id=\"f-%s\" name=\"%s\" aria-describedby=\"%s\"%s value=\"", name, name,
                describedby, bad ? " aria-invalid=\"true\"" : "");
        h(pg, value);
        fputs("\">", pg->f);
    }
    fprintf(pg->f, "<small class=\"help\" id=\"h-%s\">", name);
    h(pg, help);
    fputs("</small>", pg->f);
    field_error(pg, fm, name);
    fputs("</div>\n", pg->f);
}

static const char *region_display(page *pg, const char *code, char *buf, size_t n)
{
    pc_engine *e = pg->r->rules->engine;
    for (size_t i = 0; i < pc_engine_region_count(e); i++) {
        pc_region_info ri;
        pc_engine_region_get(e, i, &ri);
        if (strcmp(ri.code, code) == 0) {
            snprintf(buf, n, "%s %s", region_name(pg, &ri), code);
            return buf;
        }
    }
    snprintf(buf, n, "%s", code);
    return buf;
}

/* What a field of a type takes, in the page's language. */
static const char *type_help(page *pg, const pc_field_def *d)
{
    switch (d->type) {
    case PC_FIELD_MONEY: return W(MONEY_HELP);
    case PC_FIELD_BOOL: return W(HELP_BOOL);
    case PC_FIELD_ENUM: return W(HELP_ENUM);
    case PC_FIELD_COUNT: return W(HELP_COUNT);
    case PC_FIELD_INT: return W(HELP_INT);
    case PC_FIELD_NUMBER: return W(HELP_NUMBER);
    case PC_FIELD_REGION: return W(HELP_REGION);
    default: return W(HELP_TEXT);
    }
}

static void check_form(page *pg, sv_response *out, const char *region, form *fm, unsigned status)
{
    char where[160], title[256];
    region_display(pg, region, where, sizeof where);
    snprintf(title, sizeof title, W(FORM_FOR), where);
    page_begin(pg);
    fputs("<header class=\"page\"><h1>", pg->f);
    h(pg, title);
    fprintf(pg->f, "</h1><p class=\"meta\">%s</p></header><main>", W(FORM_HELP));
    if (fm->nerrors) {
        fprintf(pg->f, "<div class=\"errors\" role=\"alert\"><p>%s</p><ul>", W(ERRORS));
        for (size_t i = 0; i < fm->nerrors; i++) {
            fputs("<li>", pg->f);
            if (fm->errors[i].field)
                fprintf(pg->f, "<a href=\"#f-%s\">", fm->errors[i].field);
            h(pg, fm->errors[i].text);
            if (fm->errors[i].field)
                fputs("</a>", pg->f);
            fputs("</li>", pg->f);
        }
        fputs("</ul></div>", pg->f);
    }
    fputs("<form method=\"get\" action=\"/check\" class=\"check\">", pg->f);
    fputs("<input type=\"hidden\" name=\"region\" value=\"", pg->f);
    h(pg, region);
    fprintf(pg->f, "\"><input type=\"hidden\" name=\"lang\" value=\"%s\">", pg->lang == PC_LANG_ZH ? "zh" : "en");
    fputs("<fieldset><legend>", pg->f);
    h(pg, where);
    fputs("</legend>", pg->f);
    input(pg, fm, "name", W(NAME), NULL, "", NULL);
    input(pg, fm, "id", W(ID), NULL, "", NULL);
    input(pg, fm, "year", W(YEAR), NULL, W(YEAR_HELP), NULL);
    input(pg, fm, "as_of", W(AS_OF), NULL, W(AS_OF_HELP), NULL);
    fputs("</fieldset><fieldset><legend>", pg->f);
    fputs(W(CHECK), pg->f);
    fputs("</legend>", pg->f);
    for (size_t i = 0; i < fm->n; i++) {
        const pc_field_def *d = fm->fields[i];
        if (strcmp(d->name, "region") == 0 || strcmp(d->name, "year") == 0 || strcmp(d->name, "id") == 0 ||
            strcmp(d->name, "name") == 0)
            continue;
        input(pg, fm, d->name, pg->lang == PC_LANG_ZH ? d->label_zh : d->label_en,
              pg->lang == PC_LANG_ZH ? d->unit_zh : d->unit_en, type_help(pg, d), d);
    }
    fprintf(pg->f, "</fieldset><p><button type=\"submit\" name=\"go\" value=\"1\">%s</button></p></form></main>\n",
            W(SUBMIT));
    page_end(pg, out, status, title);
}

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
static char *number_text(const char *s)
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

static int is_key(const char *key, const form *fm)
{
    if (strcmp(key, "name") == 0 || strcmp(key, "id") == 0 || strcmp(key, "year") == 0)
        return 1;
    for (size_t i = 0; i < fm->n; i++)
        if (strcmp(fm->fields[i]->name, key) == 0)
            return 1;
    return 0;
}

/* The form's values as the JSON object /v1/check takes. */
static char *form_json(page *pg, const char *region, const form *fm, size_t *len)
{
    char *text = NULL;
    FILE *f = open_memstream(&text, len);
    fputs("{\"region\":", f);
    pc_write_json_string(region, f);
    for (size_t i = 0; i < pg->r->nargs; i++) {
        const sv_kv *a = &pg->r->args[i];
        if (!*a->value || strcmp(a->key, "region") == 0 || !is_key(a->key, fm))
            continue;
        const pc_field_def *d = NULL;
        for (size_t k = 0; k < fm->n; k++)
            if (strcmp(fm->fields[k]->name, a->key) == 0)
                d = fm->fields[k];
        fputc(',', f);
        pc_write_json_string(a->key, f);
        fputc(':', f);
        if (strcmp(a->key, "year") == 0 && strspn(a->value, "0123456789") == strlen(a->value) && strlen(a->value) <= 4) {
            fputs(a->value, f);
        } else if (d && d->type == PC_FIELD_MONEY) {
            char *m = number_text(a->value);
            pc_write_json_string(m, f);
            free(m);
        } else {
            pc_write_json_string(a->value, f);
        }
    }
    fputc('}', f);
    fclose(f);
    return text;
}

/* The engine's messages beside the fields they name.  Its words are
 * English: on a zh page a bad value of a form field is told in the page's
 * words (the help under the field says what it takes). */
static void diag_to_form(page *pg, const pc_diag *d, form *fm)
{
    for (size_t i = 0; i < pc_diag_count(d); i++) {
        const pc_message *m = pc_diag_get(d, i);
        fm->errors = realloc(fm->errors, (fm->nerrors + 1) * sizeof *fm->errors);
        form_error *e = &fm->errors[fm->nerrors++];
        const pc_field_def *def = NULL;
        for (size_t k = 0; m->field && k < fm->n && !def; k++)
            if (strcmp(fm->fields[k]->name, m->field) == 0)
                def = fm->fields[k];
        e->field = def                                   ? def->name
                   : !m->field                           ? NULL
                   : strcmp(m->field, "id") == 0         ? "id"
                   : strcmp(m->field, "year") == 0       ? "year"
                   : strcmp(m->field, "name") == 0       ? "name"
                                                         : NULL;
        const char *value = def ? sv_arg(pg->r, def->name) : NULL;
        if (value && pg->lang == PC_LANG_ZH) {
            size_t len = strlen(W(BAD_VALUE)) + strlen(def->label_zh) + strlen(value) + 1;
            e->text = malloc(len);
            snprintf(e->text, len, W(BAD_VALUE), def->label_zh, value);
        } else {
            e->text = strdup(m->text);
        }
    }
}

static void form_free(form *fm)
{
    for (size_t i = 0; i < fm->nerrors; i++)
        free(fm->errors[i].text);
    free(fm->errors);
    free(fm->fields);
}

static void add_error(form *fm, const char *field, const char *text)
{
    fm->errors = realloc(fm->errors, (fm->nerrors + 1) * sizeof *fm->errors);
    fm->errors[fm->nerrors].field = field;
    fm->errors[fm->nerrors++].text = strdup(text);
}

/* The report page of a subject: its body with the links, or a download. */
static void report_page(page *pg, sv_response *out, pc_report *rep, const char *json_in, size_t json_len)
{
    sv_server *s = pg->r->srv;
    const char *download = sv_arg(pg->r, "download");
    sv_log_decision(s, pg->r, pg->r->id, json_in, json_len, 200, rep);
    if (download && strcmp(download, "json") == 0) {
        size_t len;
        char *json = pc_report_format(rep, PC_FORMAT_JSON, &len);
        out->status = 200;
        out->content_type = "application/json";
        out->body = sv_with_ids(json, len, pg->r->rules->version, pg->r->id, &out->len);
        out->fd = -1;
        free(json);
        snprintf(pg->r->disposition, sizeof pg->r->disposition, "attachment; filename=\"plancheck-%.40s.json\"",
                 pc_report_subject_id(rep));
        return;
    }
    if (download && strcmp(download, "html") == 0) {
        size_t len;
        char *html = pc_report_format(rep, PC_FORMAT_HTML, &len);
        set_html(out, pg->r, 200, html, len);
        snprintf(pg->r->disposition, sizeof pg->r->disposition, "attachment; filename=\"plancheck-%.40s.html\"",
                 pc_report_subject_id(rep));
        return;
    }
    page_begin(pg);
    if (strcmp(pg->r->method, "GET") == 0) {
        fputs("<p class=\"noprint actions\"><a href=\"", pg->f);
        self_link(pg, pg->lang == PC_LANG_ZH ? "zh" : "en", "html");
        fprintf(pg->f, "\" download>%s</a> · <a href=\"", W(DOWNLOAD_PAGE));
        self_link(pg, pg->lang == PC_LANG_ZH ? "zh" : "en", "json");
        fprintf(pg->f, "\" download>%s</a>", W(DOWNLOAD_JSON));
        if (strcmp(pg->r->path, "/check") == 0) {
            fputs(" · <a href=\"/check", pg->f);
            int first = 1;
            for (size_t i = 0; i < pg->r->nargs; i++)
                if (strcmp(pg->r->args[i].key, "go") != 0 && strcmp(pg->r->args[i].key, "download") != 0) {
                    q(pg->f, pg->r->args[i].key, pg->r->args[i].value, first);
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
        h(pg, sv_arg(pg->r, "as_of"));
        fputs("\"><input type=\"hidden\" name=\"text\" value=\"", pg->f);
        h(pg, json_in);
        fprintf(pg->f, "\"><button type=\"submit\" name=\"download\" value=\"html\">%s</button> "
                       "<button type=\"submit\" name=\"download\" value=\"json\">%s</button></form>",
                W(DOWNLOAD_PAGE), W(DOWNLOAD_JSON));
    }
    size_t len;
    char *body = pc_report_html_body(rep, &len);
    fwrite(body, 1, len, pg->f);
    free(body);
    page_end(pg, out, 200, pc_report_subject_id(rep));
}

static int parse_as_of(page *pg, form *fm)
{
    const char *a = sv_arg(pg->r, "as_of");
    if (!a || !*a)
        return 0;
    if (pc_date_parse(a, &pg->as_of) != 0) {
        char text[256];
        snprintf(text, sizeof text, "%s: YYYY-MM-DD", a);
        add_error(fm, "as_of", text);
        return -1;
    }
    return 0;
}

static void check_page(page *pg, sv_response *out)
{
    sv_request *r = pg->r;
    pc_engine *e = r->rules->engine;
    const char *region = sv_arg(r, "region");
    if (!region || !*region) {
        home(pg, out);
        return;
    }
    form fm = {0};
    parse_as_of(pg, &fm);
    pc_diag *diag = pc_diag_new();
    if (pc_engine_region_fields(e, region, PC_SUBJECT_ENTERPRISE, pg->as_of, &fm.fields, &fm.n, diag) != 0) {
        page_begin(pg);
        fprintf(pg->f, "<main><h1>%s", W(NO_REGION));
        h(pg, region);
        fputs("</h1><ul class=\"errors\">", pg->f);
        for (size_t i = 0; i < pc_diag_count(diag); i++) {
            fputs("<li>", pg->f);
            h(pg, pc_diag_get(diag, i)->text);
            fputs("</li>", pg->f);
        }
        fputs("</ul></main>", pg->f);
        page_end(pg, out, 404, W(NO_REGION));
        pc_diag_free(diag);
        form_free(&fm);
        return;
    }
    if (!sv_arg(r, "go") || fm.nerrors) {
        check_form(pg, out, region, &fm, fm.nerrors ? 422 : 200);
        pc_diag_free(diag);
        form_free(&fm);
        return;
    }
    size_t len;
    char *json = form_json(pg, region, &fm, &len);
    pc_subject *subject = NULL;
    pc_report *rep = NULL;
    int rc = pc_subject_read_json(e, PC_SUBJECT_ENTERPRISE, json, len, "form", 1, &subject, diag);
    if (rc == 0) {
        pc_eval_options opt = {pg->as_of, pg->lang, 0};
        rc = sv_evaluate(r, subject, &opt, &rep);
        if (rc == SV_GIVEN_UP) {
            char text[512];
            sv_given_up_text(r->rules, text, sizeof text);
            add_error(&fm, NULL, text);
        } else if (rc) {
            diag_to_form(pg, pc_report_errors(rep), &fm);
        }
    } else {
        diag_to_form(pg, diag, &fm);
    }
    if (rc)
        check_form(pg, out, region, &fm, rc == SV_GIVEN_UP ? 500 : 422);
    else
        report_page(pg, out, rep, json, len);
    free(json);
    pc_report_free(rep);
    pc_subject_free(subject);
    pc_diag_free(diag);
    form_free(&fm);
}

/* ---- /progress ---- */

static const char *js(json_t *o, const char *key);

/* The years a region's plans span: the earliest baseline to the last
 * period year, at most the as-of year. */
static void plan_years(page *pg, const char *region, int *from, int *to)
{
    pc_engine *e = pg->r->rules->engine;
    char chain[4][7] = {{0}};
    snprintf(chain[0], 7, "%s", region);
    for (int k = 1; k < 4; k++)
        for (size_t i = 0; i < pc_engine_region_count(e); i++) {
            pc_region_info ri;
            pc_engine_region_get(e, i, &ri);
            if (strcmp(ri.code, chain[k - 1]) == 0) {
                snprintf(chain[k], 7, "%s", ri.parent);
                break;
            }
        }
    char *text = NULL;
    size_t len = 0;
    FILE *f = open_memstream(&text, &len);
    pc_engine_describe_json(e, 0, f);
    fclose(f);
    json_t *doc = json_loadb(text, len, 0, NULL);
    free(text);
    int now = pg->as_of / 10000;
    *from = *to = 0;
    size_t i;
    json_t *p;
    json_array_foreach(json_object_get(doc, "plans"), i, p)
    {
        const char *j = js(p, "jurisdiction");
        int covers = 0;
        for (int k = 0; k < 4; k++)
            covers |= chain[k][0] && strcmp(chain[k], j) == 0;
        if (!covers)
            continue;
        int base = (int)json_integer_value(json_object_get(p, "baseline_year"));
        int last = (int)json_integer_value(json_array_get(json_object_get(p, "period"), 1));
        if (base && (!*from || base < *from))
            *from = base;
        if (last > *to)
            *to = last;
    }
    json_decref(doc);
    if (*to > now || !*to)
        *to = now;
    if (!*from || *from > *to)
        *from = *to - 3;
    if (*to - *from > 12)
        *from = *to - 12;
}

static void figures_form(page *pg, const char *region, const pc_field_def **fields, size_t n, const pc_diag *errors)
{
    int from, to;
    plan_years(pg, region, &from, &to);
    char where[160];
    region_display(pg, region, where, sizeof where);
    fprintf(pg->f, "<form method=\"post\" action=\"/progress\" enctype=\"application/x-www-form-urlencoded\">"
                   "<input type=\"hidden\" name=\"lang\" value=\"%s\"><input type=\"hidden\" name=\"region\" value=\"",
            pg->lang == PC_LANG_ZH ? "zh" : "en");
    h(pg, region);
    fprintf(pg->f, "\"><fieldset><legend>%s</legend><p>%s</p><table class=\"figures\"><thead><tr><th scope=\"col\">%s</th>",
            W(FIGURES), W(FIGURES_HELP), W(METRIC));
    for (int y = from; y <= to; y++)
        fprintf(pg->f, "<th scope=\"col\">%d</th>", y);
    fputs("</tr></thead><tbody>", pg->f);
    for (size_t i = 0; i < n; i++) {
        const pc_field_def *d = fields[i];
        const char *label = pg->lang == PC_LANG_ZH ? d->label_zh : d->label_en;
        const char *unit = pg->lang == PC_LANG_ZH ? d->unit_zh : d->unit_en;
        fprintf(pg->f, "<tr><th scope=\"row\" id=\"m-%s\">", d->name);
        h(pg, label);
        if (unit && *unit) {
            fputs("(", pg->f);
            h(pg, unit);
            fputs(")", pg->f);
        }
        for (size_t k = 0; errors && k < pc_diag_count(errors); k++) {
            const pc_message *m = pc_diag_get(errors, k);
            if (m->field && strcmp(m->field, d->name) == 0) {
                fprintf(pg->f, "<p class=\"field-error\" id=\"e-%s\">", d->name);
                h(pg, m->text);
                fputs("</p>", pg->f);
            }
        }
        fputs("</th>", pg->f);
        for (int y = from; y <= to; y++) {
            char key[128];
            snprintf(key, sizeof key, "%d.%s", y, d->name);
            fprintf(pg->f, "<td><label class=\"vh\" for=\"f-%s\">", key);
            h(pg, label);
            fprintf(pg->f, " %d</label><input type=\"text\" size=\"10\" id=\"f-%s\" name=\"%s\" value=\"", y, key, key);
            h(pg, sv_arg(pg->r, key));
            fputs("\"></td>", pg->f);
        }
        fputs("</tr>", pg->f);
    }
    fprintf(pg->f, "</tbody></table><div class=\"field\"><label for=\"g-as_of\">%s</label>"
                   "<input type=\"text\" id=\"g-as_of\" name=\"as_of\" aria-describedby=\"h-g-as_of\" value=\"",
            W(AS_OF));
    h(pg, sv_arg(pg->r, "as_of"));
    fprintf(pg->f, "\"><small class=\"help\" id=\"h-g-as_of\">%s</small></div></fieldset>"
                   "<p><button type=\"submit\" name=\"go\" value=\"figures\">%s</button></p></form>",
            W(AS_OF_HELP), W(SHOW));
}

/* The figures typed as the JSON /v1/progress takes. */
static char *figures_json(page *pg, const char *region, size_t *len)
{
    char *text = NULL;
    FILE *f = open_memstream(&text, len);
    fputs("{\"region\":", f);
    pc_write_json_string(region, f);
    fputs(",\"years\":{", f);
    int years = 0;
    for (size_t i = 0; i < pg->r->nargs; i++) {
        const sv_kv *a = &pg->r->args[i];
        const char *dot = strchr(a->key, '.');
        if (!dot || dot - a->key != 4 || strspn(a->key, "0123456789") != 4 || !*a->value)
            continue;
        /* this year, unless written already */
        int seen = 0;
        for (size_t k = 0; k < i && !seen; k++)
            seen = strncmp(pg->r->args[k].key, a->key, 5) == 0 && *pg->r->args[k].value &&
                   strspn(pg->r->args[k].key, "0123456789") == 4;
        if (seen)
            continue;
        fprintf(f, "%s\"%.4s\":{", years++ ? "," : "", a->key);
        int metrics = 0;
        for (size_t k = i; k < pg->r->nargs; k++) {
            const sv_kv *b = &pg->r->args[k];
            if (strncmp(b->key, a->key, 5) != 0 || !*b->value)
                continue;
            fputs(metrics++ ? "," : "", f);
            pc_write_json_string(b->key + 5, f);
            fputc(':', f);
            char *m = number_text(b->value);
            pc_write_json_string(m, f);
            free(m);
        }
        fputc('}', f);
    }
    fputs("}}", f);
    fclose(f);
    return text;
}

static void progress_form(page *pg, sv_response *out, const pc_diag *errors, const char *problem, unsigned status)
{
    page_begin(pg);
    fprintf(pg->f, "<header class=\"page\"><h1>%s</h1><p class=\"meta\">%s</p></header><main>", W(PROGRESS),
            W(PROGRESS_HELP));
    if (problem || (errors && pc_diag_count(errors))) {
        fprintf(pg->f, "<div class=\"errors\" role=\"alert\"><p>%s</p><ul>", W(ERRORS));
        if (problem) {
            fputs("<li>", pg->f);
            h(pg, problem);
            fputs("</li>", pg->f);
        }
        for (size_t i = 0; errors && i < pc_diag_count(errors); i++) {
            const pc_message *m = pc_diag_get(errors, i);
            fputs("<li>", pg->f);
            if (m->line)
                fprintf(pg->f, "%ld: ", m->line);
            if (m->field) {
                fputs("<code>", pg->f);
                h(pg, m->field);
                fputs("</code>: ", pg->f);
            }
            h(pg, m->text);
            fputs("</li>", pg->f);
        }
        fputs("</ul></div>", pg->f);
    }
    const char *region = sv_arg(pg->r, "region");
    if (region && *region) {
        const pc_field_def **fields = NULL;
        size_t n = 0;
        pc_diag *d = pc_diag_new();
        if (pc_engine_region_fields(pg->r->rules->engine, region, PC_SUBJECT_REGION, pg->as_of, &fields, &n, d) == 0)
            figures_form(pg, region, fields, n, errors);
        free(fields);
        pc_diag_free(d);
    }
    const char *text = sv_arg(pg->r, "text"), *as_of = sv_arg(pg->r, "as_of");
    fprintf(pg->f, "<form method=\"post\" action=\"/progress\" enctype=\"multipart/form-data\">"
                   "<input type=\"hidden\" name=\"lang\" value=\"%s\"><fieldset><legend>%s</legend>",
            pg->lang == PC_LANG_ZH ? "zh" : "en", W(PROGRESS));
    fprintf(pg->f, "<div class=\"field\"><label for=\"f-file\">%s</label><input type=\"file\" id=\"f-file\" name=\"file\" "
                   "accept=\".ini,.json,.txt\"></div>",
            W(FILE));
    fprintf(pg->f, "<div class=\"field\"><label for=\"f-text\">%s</label><textarea id=\"f-text\" name=\"text\" rows=\"12\" "
                   "cols=\"70\">",
            W(TEXT));
    h(pg, text);
    fprintf(pg->f, "</textarea></div><div class=\"field\"><label for=\"f-as_of\">%s</label>"
                   "<input type=\"text\" id=\"f-as_of\" name=\"as_of\" aria-describedby=\"h-as_of\" value=\"",
            W(AS_OF));
    h(pg, as_of);
    fprintf(pg->f, "\"><small class=\"help\" id=\"h-as_of\">%s</small></div></fieldset>"
                   "<p><button type=\"submit\">%s</button></p></form></main>\n",
            W(AS_OF_HELP), W(SHOW));
    page_end(pg, out, status, W(PROGRESS));
}

static void progress_page(page *pg, sv_response *out)
{
    sv_request *r = pg->r;
    if (strcmp(r->method, "POST") != 0) {
        form fm = {0};
        parse_as_of(pg, &fm);
        progress_form(pg, out, NULL, fm.nerrors ? fm.errors[0].text : NULL, fm.nerrors ? 422 : 200);
        form_free(&fm);
        return;
    }
    const char *file = sv_arg(r, "file"), *text = sv_arg(r, "text"), *region = sv_arg(r, "region");
    const char *content = file && *file ? file : text && *text ? text : NULL;
    form fm = {0};
    char *figures = NULL;
    size_t flen = 0;
    if (!content && region && *region) {
        figures = figures_json(pg, region, &flen);
        content = figures;
    }
    if (parse_as_of(pg, &fm) != 0 || !content) {
        free(figures);
        progress_form(pg, out, NULL, fm.nerrors ? fm.errors[0].text : W(NOTHING), 422);
        form_free(&fm);
        return;
    }
    form_free(&fm);
    pc_diag *diag = pc_diag_new();
    /* the engine reads INI and JSON files and tells them apart by content */
    char path[] = "/tmp/plancheck-page-XXXXXX";
    int fd = mkstemp(path);
    size_t clen = strlen(content);
    if (fd < 0 || write(fd, content, clen) != (ssize_t)clen) {
        if (fd >= 0) {
            close(fd);
            unlink(path);
        }
        sv_problem(out, r, 500, NULL, "cannot spool the upload");
        pc_diag_free(diag);
        free(figures);
        return;
    }
    close(fd);
    pc_subject *subject = NULL;
    int rc = pc_subject_read_file(r->rules->engine, PC_SUBJECT_REGION, path, &subject, diag);
    unlink(path);
    pc_report *rep = NULL;
    if (rc == 0) {
        pc_eval_options opt = {pg->as_of, pg->lang, 0};
        rc = sv_evaluate(r, subject, &opt, &rep);
    }
    char given_up[512];
    if (rc == SV_GIVEN_UP) {
        sv_given_up_text(r->rules, given_up, sizeof given_up);
        progress_form(pg, out, NULL, given_up, 500);
    } else if (rc) {
        progress_form(pg, out, rep ? pc_report_errors(rep) : diag, NULL, 422);
    } else {
        report_page(pg, out, rep, content, clen);
    }
    free(figures);
    pc_report_free(rep);
    pc_subject_free(subject);
    pc_diag_free(diag);
}

/* ---- /plans, /plans/{id} ---- */

static const char *js(json_t *o, const char *key)
{
    const char *v = json_string_value(json_object_get(o, key));
    return v ? v : "";
}

static void plans_page(page *pg, sv_response *out)
{
    char *text = NULL;
    size_t len = 0;
    FILE *f = open_memstream(&text, &len);
    pc_engine_describe_json(pg->r->rules->engine, 0, f);
    fclose(f);
    json_t *doc = json_loadb(text, len, 0, NULL);
    free(text);
    page_begin(pg);
    fprintf(pg->f, "<header class=\"page\"><h1>%s</h1></header><main><table><thead><tr><th scope=\"col\">%s</th>"
                   "<th scope=\"col\">%s</th><th scope=\"col\">%s</th><th scope=\"col\">%s</th></tr></thead><tbody>",
            W(PLANS_TITLE), W(PLANS), W(DOCUMENT), W(JURISDICTION), W(IN_FORCE));
    size_t i;
    json_t *p;
    json_array_foreach(json_object_get(doc, "plans"), i, p)
    {
        fputs("<tr><td><a href=\"/plans/", pg->f);
        h(pg, js(p, "id"));
        fprintf(pg->f, "?lang=%s\">", pg->lang == PC_LANG_ZH ? "zh" : "en");
        h(pg, js(p, pg->lang == PC_LANG_ZH ? "title_zh" : "title_en"));
        fputs("</a></td><td>", pg->f);
        h(pg, js(p, "document"));
        fputs("</td><td>", pg->f);
        h(pg, js(p, "jurisdiction"));
        fputs("</td><td>", pg->f);
        json_t *in = json_object_get(p, "in_force");
        h(pg, js(in, "from"));
        fputs(" – ", pg->f);
        h(pg, js(in, "to"));
        fputs("</td></tr>", pg->f);
    }
    fputs("</tbody></table></main>\n", pg->f);
    json_decref(doc);
    page_end(pg, out, 200, W(PLANS_TITLE));
}

static void plan_page(page *pg, sv_response *out, const char *id)
{
    char *text = NULL;
    size_t len = 0;
    FILE *f = open_memstream(&text, &len);
    int rc = pc_engine_describe_plan_json(pg->r->rules->engine, id, f);
    fclose(f);
    page_begin(pg);
    if (rc != 0) {
        fprintf(pg->f, "<main><h1>%s", W(NO_PLAN));
        h(pg, id);
        fprintf(pg->f, "</h1><p><a href=\"/plans?lang=%s\">%s</a></p></main>", pg->lang == PC_LANG_ZH ? "zh" : "en",
                W(PLANS_TITLE));
        free(text);
        page_end(pg, out, 404, W(NO_PLAN));
        return;
    }
    json_t *p = json_loadb(text, len, 0, NULL);
    free(text);
    const char *title = js(p, pg->lang == PC_LANG_ZH ? "title_zh" : "title_en");
    fputs("<header class=\"page\"><h1>", pg->f);
    h(pg, title);
    fprintf(pg->f, "</h1><p class=\"meta\">%s ", W(DOCUMENT));
    h(pg, js(p, "document"));
    fprintf(pg->f, " · %s ", W(IN_FORCE));
    json_t *in = json_object_get(p, "in_force");
    h(pg, js(in, "from"));
    fputs(" – ", pg->f);
    h(pg, js(in, "to"));
    fprintf(pg->f, "</p></header><main><table><thead><tr><th scope=\"col\">%s</th><th scope=\"col\">%s</th>"
                   "<th scope=\"col\">%s</th><th scope=\"col\">%s</th></tr></thead><tbody>",
            W(CITE), W(KIND), W(TITLE), W(QUOTE));
    size_t i;
    json_t *rule;
    json_array_foreach(json_object_get(p, "rules"), i, rule)
    {
        fputs("<tr id=\"", pg->f);
        h(pg, js(rule, "id"));
        fputs("\"><td>", pg->f);
        h(pg, js(rule, "cite"));
        fputs("</td><td>", pg->f);
        h(pg, js(rule, "kind"));
        fputs("</td><td>", pg->f);
        h(pg, js(rule, pg->lang == PC_LANG_ZH ? "title_zh" : "title_en"));
        fputs("</td><td><blockquote lang=\"zh-CN\">", pg->f);
        h(pg, js(rule, "quote"));
        fputs("</blockquote></td></tr>", pg->f);
    }
    fputs("</tbody></table></main>\n", pg->f);
    page_end(pg, out, 200, title);
    json_decref(p);
}

/* ---- dispatch ---- */

int sv_is_page(sv_endpoint e)
{
    return e == SV_PAGE_HOME || e == SV_PAGE_CHECK || e == SV_PAGE_PROGRESS || e == SV_PAGE_PLANS ||
           e == SV_PAGE_PLAN;
}

void sv_page_handle(sv_request *r, sv_response *out)
{
    page pg = {r, r->srv->default_lang, pc_date_today(), NULL, NULL, 0};
    const char *lang = sv_arg(r, "lang");
    if (lang && strcmp(lang, "zh") == 0)
        pg.lang = PC_LANG_ZH;
    else if (lang && strcmp(lang, "en") == 0)
        pg.lang = PC_LANG_EN;
    switch (r->ep) {
    case SV_PAGE_HOME: home(&pg, out); return;
    case SV_PAGE_CHECK: check_page(&pg, out); return;
    case SV_PAGE_PROGRESS: progress_page(&pg, out); return;
    case SV_PAGE_PLANS: plans_page(&pg, out); return;
    case SV_PAGE_PLAN: plan_page(&pg, out, r->path + 7); return;
    default: break;
    }
}
