/* serve_page_check.c -- /check: the form of the fields the plans in force in
 * a region read, then the enterprise page (docs/serve.md, "Pages"). */
#include "serve_pages.h"

#include <stdlib.h>
#include <string.h>

static void field_error(sv_page *pg, const sv_form *fm, const char *name)
{
    for (size_t i = 0; i < fm->nerrors; i++)
        if (fm->errors[i].field && strcmp(fm->errors[i].field, name) == 0) {
            fprintf(pg->f, "<p class=\"field-error\" id=\"e-%s\" role=\"alert\">", name);
            sv_text(pg, fm->errors[i].text);
            fputs("</p>", pg->f);
        }
}

static int has_error(const sv_form *fm, const char *name)
{
    for (size_t i = 0; i < fm->nerrors; i++)
        if (fm->errors[i].field && strcmp(fm->errors[i].field, name) == 0)
            return 1;
    return 0;
}

/* One labelled input: label, control, help, the error beside it. */
static void input(sv_page *pg, const sv_form *fm, const char *name, const char *label, const char *unit, const char *help,
                  const pc_field_def *d)
{
    const char *value = sv_arg(pg->r, name);
    int bad = has_error(fm, name);
    fprintf(pg->f, "<div class=\"field%s\"><label for=\"f-%s\">", bad ? " bad" : "", name);
    sv_text(pg, label);
    if (unit && *unit) {
        fputs("(", pg->f);
        sv_text(pg, unit);
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
                sv_text(pg, d->enum_values[k]);
                fprintf(pg->f, "\"%s>", value && strcmp(value, d->enum_values[k]) == 0 ? " selected" : "");
                sv_text(pg, pg->lang == PC_LANG_ZH && zh ? zh : d->enum_values[k]);
                if (zh && pg->lang == PC_LANG_ZH) {
                    fputs(" (", pg->f);
                    sv_text(pg, d->enum_values[k]);
                    fputs(")", pg->f);
                }
                fputs("</option>", pg->f);
            }
        }
        fputs("</select>", pg->f);
    } else {
        fprintf(pg->f, "<input type=\"text\" id=\"f-%s\" name=\"%s\" aria-describedby=\"%s\"%s value=\"", name, name,
                describedby, bad ? " aria-invalid=\"true\"" : "");
        sv_text(pg, value);
        fputs("\">", pg->f);
    }
    fprintf(pg->f, "<small class=\"help\" id=\"h-%s\">", name);
    sv_text(pg, help);
    fputs("</small>", pg->f);
    field_error(pg, fm, name);
    fputs("</div>\n", pg->f);
}

static const char *type_help(sv_page *pg, const pc_field_def *d)
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

static void check_form(sv_page *pg, sv_response *out, const char *region, sv_form *fm, unsigned status)
{
    char where[160], title[256];
    sv_region_display(pg, region, where, sizeof where);
    snprintf(title, sizeof title, W(FORM_FOR), where);
    sv_page_begin(pg);
    fputs("<header class=\"page\"><h1>", pg->f);
    sv_text(pg, title);
    fprintf(pg->f, "</h1><p class=\"meta\">%s</p></header><main>", W(FORM_HELP));
    if (fm->nerrors) {
        fprintf(pg->f, "<div class=\"errors\" role=\"alert\"><p>%s</p><ul>", W(ERRORS));
        for (size_t i = 0; i < fm->nerrors; i++) {
            fputs("<li>", pg->f);
            if (fm->errors[i].field)
                fprintf(pg->f, "<a href=\"#f-%s\">", fm->errors[i].field);
            sv_text(pg, fm->errors[i].text);
            if (fm->errors[i].field)
                fputs("</a>", pg->f);
            fputs("</li>", pg->f);
        }
        fputs("</ul></div>", pg->f);
    }
    fputs("<form method=\"get\" action=\"/check\" class=\"check\">", pg->f);
    fputs("<input type=\"hidden\" name=\"region\" value=\"", pg->f);
    sv_text(pg, region);
    fprintf(pg->f, "\"><input type=\"hidden\" name=\"lang\" value=\"%s\">", pg->lang == PC_LANG_ZH ? "zh" : "en");
    fputs("<fieldset><legend>", pg->f);
    sv_text(pg, where);
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
    sv_page_end(pg, out, status, title);
}

static int is_key(const char *key, const sv_form *fm)
{
    if (strcmp(key, "name") == 0 || strcmp(key, "id") == 0 || strcmp(key, "year") == 0)
        return 1;
    for (size_t i = 0; i < fm->n; i++)
        if (strcmp(fm->fields[i]->name, key) == 0)
            return 1;
    return 0;
}

/* The form's values as the JSON object /v1/check takes. */
static char *form_json(sv_page *pg, const char *region, const sv_form *fm, size_t *len)
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
            char *m = sv_number_text(a->value);
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
static void diag_to_form(sv_page *pg, const pc_diag *d, sv_form *fm)
{
    for (size_t i = 0; i < pc_diag_count(d); i++) {
        const pc_message *m = pc_diag_get(d, i);
        fm->errors = realloc(fm->errors, (fm->nerrors + 1) * sizeof *fm->errors);
        sv_form_error *e = &fm->errors[fm->nerrors++];
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
            e->text = strdup(SV_MSG_TEXT(pg, m));
        }
    }
}

void sv_page_check(sv_page *pg, sv_response *out)
{
    sv_request *r = pg->r;
    pc_engine *e = r->rules->engine;
    const char *region = sv_arg(r, "region");
    if (!region || !*region) {
        sv_page_home(pg, out);
        return;
    }
    sv_form fm = {0};
    sv_parse_as_of(pg, &fm);
    pc_diag *diag = pc_diag_new();
    if (pc_engine_region_fields(e, region, PC_SUBJECT_ENTERPRISE, pg->as_of, &fm.fields, &fm.n, diag) != 0) {
        sv_page_begin(pg);
        fprintf(pg->f, "<main><h1>%s", W(NO_REGION));
        sv_text(pg, region);
        fputs("</h1><ul class=\"errors\">", pg->f);
        for (size_t i = 0; i < pc_diag_count(diag); i++) {
            fputs("<li>", pg->f);
            sv_text(pg, SV_MSG_TEXT(pg, pc_diag_get(diag, i)));
            fputs("</li>", pg->f);
        }
        fputs("</ul></main>", pg->f);
        sv_page_end(pg, out, 404, W(NO_REGION));
        pc_diag_free(diag);
        sv_form_free(&fm);
        return;
    }
    if (!sv_arg(r, "go") || fm.nerrors) {
        check_form(pg, out, region, &fm, fm.nerrors ? 422 : 200);
        pc_diag_free(diag);
        sv_form_free(&fm);
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
            sv_given_up_text(r->rules, pg->lang, text, sizeof text);
            sv_form_add_error(&fm, NULL, text);
        } else if (rc) {
            diag_to_form(pg, pc_report_errors(rep), &fm);
        }
    } else {
        diag_to_form(pg, diag, &fm);
    }
    if (rc)
        check_form(pg, out, region, &fm, rc == SV_GIVEN_UP ? 500 : 422);
    else
        sv_report_page(pg, out, rep, json, len);
    free(json);
    pc_report_free(rep);
    pc_subject_free(subject);
    pc_diag_free(diag);
    sv_form_free(&fm);
}
