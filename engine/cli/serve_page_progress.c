/* serve_page_progress.c -- /progress: a region's figures by form, or a
 * region file uploaded or pasted, then the region page (docs/serve.md,
 * "Pages"). */
#include "serve_pages.h"

#include <stdlib.h>
#include <unistd.h>
#include <string.h>

/* The years a region's plans span: the earliest baseline to the last
 * period year, at most the as-of year. */
static void plan_years(sv_page *pg, const char *region, int *from, int *to)
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
    json_t *doc = sv_plans_json(pg);
    int now = pg->as_of / 10000;
    *from = *to = 0;
    size_t i;
    json_t *p;
    json_array_foreach(json_object_get(doc, "plans"), i, p)
    {
        const char *j = sv_js(p, "jurisdiction");
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

static void figures_form(sv_page *pg, const char *region, const pc_field_def **fields, size_t n, const pc_diag *errors)
{
    int from, to;
    plan_years(pg, region, &from, &to);
    char where[160];
    sv_region_display(pg, region, where, sizeof where);
    fprintf(pg->f, "<form method=\"post\" action=\"/progress\" enctype=\"application/x-www-form-urlencoded\">"
                   "<input type=\"hidden\" name=\"lang\" value=\"%s\"><input type=\"hidden\" name=\"region\" value=\"",
            pg->lang == PC_LANG_ZH ? "zh" : "en");
    sv_text(pg, region);
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
        sv_text(pg, label);
        if (unit && *unit) {
            fputs("(", pg->f);
            sv_text(pg, unit);
            fputs(")", pg->f);
        }
        for (size_t k = 0; errors && k < pc_diag_count(errors); k++) {
            const pc_message *m = pc_diag_get(errors, k);
            if (m->field && strcmp(m->field, d->name) == 0) {
                fprintf(pg->f, "<p class=\"field-error\" id=\"e-%s\">", d->name);
                sv_text(pg, SV_MSG_TEXT(pg, m));
                fputs("</p>", pg->f);
            }
        }
        fputs("</th>", pg->f);
        for (int y = from; y <= to; y++) {
            char key[128];
            snprintf(key, sizeof key, "%d.%s", y, d->name);
            fprintf(pg->f, "<td><label class=\"vh\" for=\"f-%s\">", key);
            sv_text(pg, label);
            fprintf(pg->f, " %d</label><input type=\"text\" size=\"10\" id=\"f-%s\" name=\"%s\" value=\"", y, key, key);
            sv_text(pg, sv_arg(pg->r, key));
            fputs("\"></td>", pg->f);
        }
        fputs("</tr>", pg->f);
    }
    fprintf(pg->f, "</tbody></table><div class=\"field\"><label for=\"g-as_of\">%s</label>"
                   "<input type=\"text\" id=\"g-as_of\" name=\"as_of\" aria-describedby=\"h-g-as_of\" value=\"",
            W(AS_OF));
    sv_text(pg, sv_arg(pg->r, "as_of"));
    fprintf(pg->f, "\"><small class=\"help\" id=\"h-g-as_of\">%s</small></div></fieldset>"
                   "<p><button type=\"submit\" name=\"go\" value=\"figures\">%s</button></p></form>",
            W(AS_OF_HELP), W(SHOW));
}

/* The figures typed as the JSON /v1/progress takes. */
static char *figures_json(sv_page *pg, const char *region, size_t *len)
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
            char *m = sv_number_text(b->value);
            pc_write_json_string(m, f);
            free(m);
        }
        fputc('}', f);
    }
    fputs("}}", f);
    fclose(f);
    return text;
}

static void progress_form(sv_page *pg, sv_response *out, const pc_diag *errors, const char *problem, unsigned status)
{
    sv_page_begin(pg);
    fprintf(pg->f, "<header class=\"page\"><h1>%s</h1><p class=\"meta\">%s</p></header><main>", W(PROGRESS),
            W(PROGRESS_HELP));
    if (problem || (errors && pc_diag_count(errors))) {
        fprintf(pg->f, "<div class=\"errors\" role=\"alert\"><p>%s</p><ul>", W(ERRORS));
        if (problem) {
            fputs("<li>", pg->f);
            sv_text(pg, problem);
            fputs("</li>", pg->f);
        }
        for (size_t i = 0; errors && i < pc_diag_count(errors); i++) {
            const pc_message *m = pc_diag_get(errors, i);
            fputs("<li>", pg->f);
            if (m->line)
                fprintf(pg->f, "%ld: ", m->line);
            if (m->field) {
                fputs("<code>", pg->f);
                sv_text(pg, m->field);
                fputs("</code>: ", pg->f);
            }
            sv_text(pg, SV_MSG_TEXT(pg, m));
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
    sv_text(pg, text);
    fprintf(pg->f, "</textarea></div><div class=\"field\"><label for=\"f-as_of\">%s</label>"
                   "<input type=\"text\" id=\"f-as_of\" name=\"as_of\" aria-describedby=\"h-as_of\" value=\"",
            W(AS_OF));
    sv_text(pg, as_of);
    fprintf(pg->f, "\"><small class=\"help\" id=\"h-as_of\">%s</small></div></fieldset>"
                   "<p><button type=\"submit\">%s</button></p></form></main>\n",
            W(AS_OF_HELP), W(SHOW));
    sv_page_end(pg, out, status, W(PROGRESS));
}

void sv_page_progress(sv_page *pg, sv_response *out)
{
    sv_request *r = pg->r;
    if (strcmp(r->method, "POST") != 0) {
        sv_form fm = {0};
        sv_parse_as_of(pg, &fm);
        progress_form(pg, out, NULL, fm.nerrors ? fm.errors[0].text : NULL, fm.nerrors ? 422 : 200);
        sv_form_free(&fm);
        return;
    }
    const char *file = sv_arg(r, "file"), *text = sv_arg(r, "text"), *region = sv_arg(r, "region");
    const char *content = file && *file ? file : text && *text ? text : NULL;
    sv_form fm = {0};
    char *figures = NULL;
    size_t flen = 0;
    if (!content && region && *region) {
        figures = figures_json(pg, region, &flen);
        content = figures;
    }
    if (sv_parse_as_of(pg, &fm) != 0 || !content) {
        free(figures);
        progress_form(pg, out, NULL, fm.nerrors ? fm.errors[0].text : W(NOTHING), 422);
        sv_form_free(&fm);
        return;
    }
    sv_form_free(&fm);
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
        sv_problem(out, r, 500, NULL, SV_M_SPOOL_UPLOAD);
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
        sv_given_up_text(r->rules, pg->lang, given_up, sizeof given_up);
        progress_form(pg, out, NULL, given_up, 500);
    } else if (rc) {
        progress_form(pg, out, rep ? pc_report_errors(rep) : diag, NULL, 422);
    } else {
        sv_report_page(pg, out, rep, content, clen);
    }
    free(figures);
    pc_report_free(rep);
    pc_subject_free(subject);
    pc_diag_free(diag);
}
