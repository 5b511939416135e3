/* serve_page_plans.c -- / (choose a region), /plans and /plans/{id}
 * (docs/serve.md, "Pages"). */
#include "serve_pages.h"

#include <stdlib.h>
#include <string.h>

static void region_item(sv_page *pg, const pc_region_info *ri)
{
    const char *lang = pg->lang == PC_LANG_ZH ? "zh" : "en";
    fprintf(pg->f, "<a href=\"/check?region=%s&amp;lang=%s\">", ri->code, lang);
    sv_text(pg, sv_region_name(pg, ri));
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

static void region_tree(sv_page *pg, pc_engine *e, const char *parent, int depth)
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

void sv_page_home(sv_page *pg, sv_response *out)
{
    sv_page_begin(pg);
    fprintf(pg->f, "<header class=\"page\"><h1>%s</h1></header><main><h2>%s</h2><p>%s</p>", W(SITE), W(CHOOSE),
            W(CHOOSE_HELP));
    fputs("<div class=\"regions\">", pg->f);
    region_tree(pg, pg->r->rules->engine, "", 1);
    fputs("</div></main>\n", pg->f);
    sv_page_end(pg, out, 200, W(SITE));
}

/* ---- /plans, /plans/{id} ---- */

void sv_page_plans(sv_page *pg, sv_response *out)
{
    json_t *doc = sv_plans_json(pg);
    sv_page_begin(pg);
    fprintf(pg->f, "<header class=\"page\"><h1>%s</h1></header><main><table><thead><tr><th scope=\"col\">%s</th>"
                   "<th scope=\"col\">%s</th><th scope=\"col\">%s</th><th scope=\"col\">%s</th></tr></thead><tbody>",
            W(PLANS_TITLE), W(PLANS), W(DOCUMENT), W(JURISDICTION), W(IN_FORCE));
    size_t i;
    json_t *p;
    json_array_foreach(json_object_get(doc, "plans"), i, p)
    {
        fputs("<tr><td><a href=\"/plans/", pg->f);
        sv_text(pg, sv_js(p, "id"));
        fprintf(pg->f, "?lang=%s\">", pg->lang == PC_LANG_ZH ? "zh" : "en");
        sv_text(pg, sv_js(p, pg->lang == PC_LANG_ZH ? "title_zh" : "title_en"));
        fputs("</a></td><td>", pg->f);
        sv_text(pg, sv_js(p, "document"));
        fputs("</td><td>", pg->f);
        sv_text(pg, sv_js(p, "jurisdiction"));
        fputs("</td><td>", pg->f);
        json_t *in = json_object_get(p, "in_force");
        sv_text(pg, sv_js(in, "from"));
        fputs(" – ", pg->f);
        sv_text(pg, sv_js(in, "to"));
        fputs("</td></tr>", pg->f);
    }
    fputs("</tbody></table></main>\n", pg->f);
    json_decref(doc);
    sv_page_end(pg, out, 200, W(PLANS_TITLE));
}

void sv_page_plan(sv_page *pg, sv_response *out, const char *id)
{
    char *text = NULL;
    size_t len = 0;
    FILE *f = open_memstream(&text, &len);
    int rc = pc_engine_describe_plan_json(pg->r->rules->engine, id, f);
    fclose(f);
    sv_page_begin(pg);
    if (rc != 0) {
        fprintf(pg->f, "<main><h1>%s", W(NO_PLAN));
        sv_text(pg, id);
        fprintf(pg->f, "</h1><p><a href=\"/plans?lang=%s\">%s</a></p></main>", pg->lang == PC_LANG_ZH ? "zh" : "en",
                W(PLANS_TITLE));
        free(text);
        sv_page_end(pg, out, 404, W(NO_PLAN));
        return;
    }
    json_t *p = json_loadb(text, len, 0, NULL);
    free(text);
    const char *title = sv_js(p, pg->lang == PC_LANG_ZH ? "title_zh" : "title_en");
    fputs("<header class=\"page\"><h1>", pg->f);
    sv_text(pg, title);
    fprintf(pg->f, "</h1><p class=\"meta\">%s ", W(DOCUMENT));
    sv_text(pg, sv_js(p, "document"));
    fprintf(pg->f, " · %s ", W(IN_FORCE));
    json_t *in = json_object_get(p, "in_force");
    sv_text(pg, sv_js(in, "from"));
    fputs(" – ", pg->f);
    sv_text(pg, sv_js(in, "to"));
    fprintf(pg->f, "</p></header><main><table><thead><tr><th scope=\"col\">%s</th><th scope=\"col\">%s</th>"
                   "<th scope=\"col\">%s</th><th scope=\"col\">%s</th></tr></thead><tbody>",
            W(CITE), W(KIND), W(TITLE), W(QUOTE));
    size_t i;
    json_t *rule;
    json_array_foreach(json_object_get(p, "rules"), i, rule)
    {
        fputs("<tr id=\"", pg->f);
        sv_text(pg, sv_js(rule, "id"));
        fputs("\"><td>", pg->f);
        sv_text(pg, sv_js(rule, "cite"));
        fputs("</td><td>", pg->f);
        sv_text(pg, sv_js(rule, "kind"));
        fputs("</td><td>", pg->f);
        sv_text(pg, sv_js(rule, pg->lang == PC_LANG_ZH ? "title_zh" : "title_en"));
        fputs("</td><td><blockquote lang=\"zh-CN\">", pg->f);
        sv_text(pg, sv_js(rule, "quote"));
        fputs("</blockquote></td></tr>", pg->f);
    }
    fputs("</tbody></table></main>\n", pg->f);
    sv_page_end(pg, out, 200, title);
    json_decref(p);
}
