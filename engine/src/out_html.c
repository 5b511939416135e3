/*
 * out_html.c -- a report as one self-contained HTML page: inline CSS and
 * SVG, no script, no external request of any kind; a print stylesheet for
 * A4.  An enterprise: per plan, one card per subsidy or obligation (status,
 * amount, cap and room left, the conditions as a checklist, what is
 * missing, the clause cited with its quote).  A region: a tally of the
 * targets' statuses, then per target its chart (out_svg.c) and a table of
 * the same numbers.  Every piece of data is escaped.
 */
#include "internal.h"
#include "out.h"
#include "out_html.h"

#include <string.h>

static const char css[] =
    ":root{--ok:#1a7f37;--bad:#b42318;--warn:#b54708;--na:#667085;--ink:#1d2939;--line:#d0d5dd}"
    "*{box-sizing:border-box}"
    "body{margin:0;color:var(--ink);background:#f8f9fb;font:16px/1.55 \"WenQuanYi Micro Hei\",\"Noto Sans CJK SC\","
    "\"Microsoft YaHei\",\"PingFang SC\",sans-serif}"
    "header.page,main,footer.page{max-width:60rem;margin:0 auto;padding:0 1rem}"
    "header.page{padding-top:1rem}"
    "h1{font-size:1.6rem;margin:.5rem 0}h2{font-size:1.3rem;margin:1.5rem 0 .25rem}h3{font-size:1.1rem;margin:0 0 .5rem}"
    "a{color:#1849a9}a:focus,input:focus,select:focus,button:focus,summary:focus{outline:3px solid #f79009;outline-offset:2px}"
    ".meta{color:#475467;margin:.25rem 0}"
    ".warn{border-left:4px solid var(--warn);padding:.25rem .75rem;background:#fffaeb}"
    ".errors{border-left:4px solid var(--bad);padding:.25rem .75rem;background:#fef3f2}"
    ".card{background:#fff;border:1px solid var(--line);border-left:6px solid var(--na);border-radius:6px;"
    "padding:.75rem 1rem;margin:.75rem 0}"
    ".card.s-eligible,.card.s-compliant,.card.s-met,.card.s-on_track{border-left-color:var(--ok)}"
    ".card.s-ineligible,.card.s-non_compliant,.card.s-not_met{border-left-color:var(--bad)}"
    ".card.s-behind{border-left-color:var(--warn)}"
    ".status{display:inline-block;font-weight:bold;padding:0 .5rem;border-radius:4px;color:#fff;background:var(--na)}"
    ".status.s-eligible,.status.s-compliant,.status.s-met,.status.s-on_track{background:var(--ok)}"
    ".status.s-ineligible,.status.s-non_compliant,.status.s-not_met{background:var(--bad)}"
    ".status.s-behind{background:var(--warn)}"
    "dl.facts{display:grid;grid-template-columns:max-content 1fr;gap:.1rem 1rem;margin:.5rem 0}"
    "dl.facts dt{font-weight:bold}dl.facts dd{margin:0}"
    "table{border-collapse:collapse;width:100%;margin:.5rem 0;font-size:.95rem}"
    "th,td{border:1px solid var(--line);padding:.2rem .5rem;text-align:left;vertical-align:top}"
    "th{background:#f2f4f7}td.num{text-align:right;font-variant-numeric:tabular-nums}"
    "td.o-true{color:var(--ok);font-weight:bold}td.o-false{color:var(--bad);font-weight:bold}td.o-unknown{color:var(--na)}"
    "tr.group td{font-style:italic;background:#fcfcfd}td.d1{padding-left:1.5rem}td.d2{padding-left:2.5rem}td.d3{padding-left:3.5rem}"
    "blockquote{margin:.5rem 0;padding:.25rem .75rem;border-left:3px solid var(--line);color:#344054}"
    "ul.tally{display:flex;flex-wrap:wrap;gap:.5rem;list-style:none;padding:0}"
    "ul.tally li{border:1px solid var(--line);border-radius:6px;padding:.25rem .75rem;background:#fff}"
    "ul.tally b{font-size:1.3rem;margin-right:.25rem}"
    "svg.chart{width:100%;max-width:40rem;height:auto;display:block;background:#fff}"
    "svg.chart text{font-size:12px;fill:#475467}svg.chart .grid{stroke:#eaecf0}svg.chart .base{stroke:#98a2b3}"
    "svg.chart .line{stroke:#667085;stroke-dasharray:6 4;stroke-width:1.5}"
    "svg.chart .series{fill:none;stroke:#1849a9;stroke-width:2}"
    "svg.chart .baseline{fill:none;stroke:#1849a9;stroke-width:1.5}"
    "svg.chart .target{fill:#fff;stroke:var(--ink);stroke-width:2}"
    "svg.chart .pt{fill:#1849a9}svg.chart .pt.s-met,svg.chart .pt.s-on_track{fill:var(--ok)}"
    "svg.chart .pt.s-behind{fill:var(--warn)}svg.chart .pt.s-not_met{fill:var(--bad)}"
    "svg.chart .pt.s-no_data,svg.chart .pt.s-not_judged{fill:var(--na)}"
    ".legend{font-size:.9rem;color:#475467}"
    "ul.to-qualify{list-style:none;border-left:4px solid #1849a9;background:#eff4ff;padding:.25rem .75rem;margin:.5rem 0}"
    "footer.page{color:#667085;font-size:.85rem;padding:1rem}"
    "nav{max-width:60rem;margin:0 auto;padding:.5rem 1rem;border-bottom:1px solid var(--line)}"
    "fieldset{border:1px solid var(--line);border-radius:6px;margin:1rem 0;background:#fff}legend{font-weight:bold}"
    ".field{margin:.6rem 0}.field label{display:block;font-weight:bold}"
    ".field input,.field select,.field textarea{font:inherit;padding:.3rem;border:1px solid #98a2b3;border-radius:4px;"
    "min-width:18rem;max-width:100%}"
    ".field .help{display:block;color:#475467;font-size:.9rem}"
    ".field.bad input,.field.bad select{border:2px solid var(--bad);background:#fef3f2}"
    ".field-error{color:var(--bad);font-weight:bold;margin:.2rem 0}"
    "button{font:inherit;padding:.4rem 1.2rem;background:#1849a9;color:#fff;border:0;border-radius:4px}"
    ".vh{position:absolute;left:-9999px;width:1px;height:1px;overflow:hidden}"
    "table.figures input{width:7rem;font:inherit;padding:.2rem}"
    "p.actions,form.actions{max-width:60rem;margin:.5rem auto;padding:0 1rem}.regions ul{list-style:none;padding-left:1.2rem}.regions>ul{padding-left:0}.old{color:var(--warn)}"
    "@page{size:A4;margin:15mm 14mm}"
    "@media print{body{background:#fff;font-size:10.5pt}header.page,main,footer.page{max-width:none;padding:0}"
    "nav,form,.noprint{display:none}a{color:inherit;text-decoration:none}"
    ".card{border-width:1px 1px 1px 4px;padding:.4rem .6rem;margin:.4rem 0}h2,h3{break-after:avoid}"
    "figure,table,tr,dl.facts,blockquote,ul.to-qualify li{break-inside:avoid}"
    ".viz{display:grid;grid-template-columns:50% 1fr;gap:4mm;align-items:start}.viz figure{margin:0}"
    ".legend{font-size:8pt}article.target~article.target .legend{display:none}figure.cite{margin:.3rem 0}blockquote{margin:.2rem 0}"
    "dl.facts{grid-template-columns:repeat(6,max-content);gap:0 .6rem}ul.reasons{margin:.2rem 0}"
    ".status{color:#000;background:none!important;border:1px solid #000}"
    "svg.chart{max-width:none}svg.chart text{font-size:18px}}";

void pc_html_escape(pc_buf *b, const char *s)
{
    if (!s)
        return;
    for (const char *p = s; *p; p++) {
        switch (*p) {
        case '&': pc_buf_puts(b, "&amp;"); break;
        case '<': pc_buf_puts(b, "&lt;"); break;
        case '>': pc_buf_puts(b, "&gt;"); break;
        case '"': pc_buf_puts(b, "&quot;"); break;
        case '\'': pc_buf_puts(b, "&#39;"); break;
        default: pc_buf_putc(b, *p);
        }
    }
}

void pc_html_page_open(pc_buf *b, pc_lang lang, const char *title)
{
    pc_buf_printf(b, "<!DOCTYPE html>\n<html lang=\"%s\">\n<head>\n<meta charset=\"utf-8\">\n"
                     "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>",
                  lang == PC_LANG_ZH ? "zh-CN" : "en");
    pc_html_escape(b, title);
    pc_buf_puts(b, "</title>\n<style>");
    pc_buf_puts(b, css);
    pc_buf_puts(b, "</style>\n</head>\n<body>\n");
}

void pc_html_page_close(pc_buf *b)
{
    pc_buf_puts(b, "</body>\n</html>\n");
}

/* ---- pieces ---- */

static void status_badge(pc_buf *b, const pc_report *rep, pc_status s)
{
    pc_buf_printf(b, "<span class=\"status s-%s\">%s ", pc_status_name(s), pc_status_mark[s]);
    pc_buf_puts(b, (rep->lang == PC_LANG_ZH ? pc_status_zh : pc_status_en)[s]);
    pc_buf_puts(b, "</span>");
}

static void money(pc_buf *b, const pc_report *rep, int64_t fen)
{
    pc_out_money_text(b, fen, rep->lang);
}

static void date_or_dash(pc_buf *b, pc_date d)
{
    char s[11];
    if (!d) {
        pc_buf_puts(b, "—");
        return;
    }
    pc_date_format(d, s);
    pc_buf_puts(b, s);
}

static void fact(pc_buf *b, const char *term)
{
    pc_buf_puts(b, "<dt>");
    pc_html_escape(b, term);
    pc_buf_puts(b, "</dt><dd>");
}

static const char *title_of(const pc_report *rep, const pc_item *it)
{
    return rep->lang == PC_LANG_ZH ? it->title_zh : it->title_en;
}

/* ---- conditions: a checklist ---- */

static int is_group(const pc_cond *k)
{
    return k->op == PC_C_ALL || k->op == PC_C_ANY || k->op == PC_C_NO;
}

static void outcome_cell(pc_buf *b, const pc_report *rep, unsigned char outcome)
{
    const char *mark = outcome == PC_T_TRUE ? "✓" : outcome == PC_T_FALSE ? "✗" : "?";
    pc_buf_printf(b, "<td class=\"o-%s\"><span aria-hidden=\"true\">%s</span> ", pc_outcome_name[outcome], mark);
    pc_buf_puts(b, outcome == PC_T_TRUE    ? MSG(rep, HTML_MET)
                   : outcome == PC_T_FALSE ? MSG(rep, HTML_NOT_MET)
                                           : MSG(rep, DATA_MISSING));
    pc_buf_puts(b, "</td>");
}

static void required_words(pc_buf *b, const pc_report *rep, const pc_cond *k, pc_buf *scratch)
{
    scratch->len = 0;
    if (k->op == PC_C_IS) {
        pc_buf_puts(scratch, MSG(rep, YES));
    } else if (k->op == PC_C_ISNT) {
        pc_buf_puts(scratch, MSG(rep, NO));
    } else if (k->op == PC_C_ONE_OF) {
        for (size_t i = 0; i < k->nvalues; i++) {
            if (i)
                pc_buf_puts(scratch, " / ");
            pc_out_value(scratch, pc_out_field(rep, k->field), &k->values[i], rep->lang);
        }
    } else if (k->nvalues) {
        pc_buf_puts(scratch, pc_cond_op_symbol[k->op]);
        pc_buf_putc(scratch, ' ');
        pc_out_value(scratch, pc_out_field(rep, k->field), &k->values[0], rep->lang);
    }
    pc_html_escape(b, scratch->data ? scratch->data : "");
}

static void checklist(pc_buf *b, const pc_report *rep, const pc_result *r, pc_buf *scratch)
{
    if (!r->conds.count)
        return;
    pc_buf_puts(b, "<table class=\"checklist\"><caption>");
    pc_buf_puts(b, MSG(rep, HTML_CONDITIONS));
    pc_buf_printf(b, "</caption><thead><tr><th scope=\"col\">%s</th><th scope=\"col\">%s</th><th scope=\"col\">%s</th>"
                     "<th scope=\"col\">%s</th></tr></thead><tbody>",
                  MSG(rep, HTML_CONDITION), MSG(rep, HTML_REQUIRED), MSG(rep, HTML_ACTUAL), MSG(rep, HTML_RESULT));
    /* depth of each node: a stack of the groups' ends */
    unsigned ends[32];
    int depth = 0;
    for (unsigned i = r->conds.first; i < r->conds.first + r->conds.count; i++) {
        while (depth && i >= ends[depth - 1])
            depth--;
        const pc_cond_result *n = &rep->conds.items[i];
        const pc_cond *k = n->cond;
        int d = depth > 3 ? 3 : depth;
        const char *role = rep->lang == PC_LANG_ZH ? pc_role_zh[n->role] : pc_role_en[n->role];
        if (is_group(k)) {
            if (k->op != PC_C_ALL || depth) {
                pc_buf_printf(b, "<tr class=\"group\"><td class=\"d%d\" colspan=\"3\">", d);
                pc_buf_puts(b, k->op == PC_C_ANY ? MSG(rep, HTML_ANY) : k->op == PC_C_NO ? MSG(rep, HTML_NONE_OF) : MSG(rep, HTML_ALL));
                pc_buf_puts(b, "</td>");
                outcome_cell(b, rep, n->outcome);
                pc_buf_puts(b, "</tr>");
                if (depth < 32)
                    ends[depth++] = i + n->size;
            }
            continue;
        }
        pc_buf_printf(b, "<tr><td class=\"d%d\">", d);
        pc_html_escape(b, k->op == PC_C_CHECK ? (rep->lang == PC_LANG_ZH ? k->label_zh : k->label_en)
                                             : pc_field_label(pc_out_field(rep, k->field), rep->lang));
        pc_buf_puts(b, " <small>(");
        pc_html_escape(b, role);
        pc_buf_puts(b, ")</small></td><td>");
        if (k->op != PC_C_CHECK)
            required_words(b, rep, k, scratch);
        pc_buf_puts(b, "</td><td>");
        if (k->op != PC_C_CHECK) {
            scratch->len = 0;
            if (n->actual.type == PC_NIL)
                pc_buf_puts(scratch, MSG(rep, DATA_MISSING));
            else
                pc_out_value(scratch, pc_out_field(rep, k->field), &n->actual, rep->lang);
            pc_html_escape(b, scratch->data ? scratch->data : "");
        }
        pc_buf_puts(b, "</td>");
        outcome_cell(b, rep, n->outcome);
        pc_buf_puts(b, "</tr>");
    }
    pc_buf_puts(b, "</tbody></table>");
}

/* ---- reasons, missing data, citation ---- */

typedef struct li_sink {
    pc_buf *b;
    const char *class;
    int count;
} li_sink;

static void li_line(void *arg, const char *text, size_t len)
{
    li_sink *s = arg;
    (void)len;
    if (!s->count++)
        pc_buf_printf(s->b, "<ul class=\"%s\">", s->class);
    pc_buf_puts(s->b, "<li>");
    pc_html_escape(s->b, text);
    pc_buf_puts(s->b, "</li>");
}

/* The reasons the checklist does not show already: amount, cap, notes. */
static void reasons(pc_buf *b, const pc_report *rep, const pc_result *r, pc_buf *scratch)
{
    li_sink s = {b, "reasons", 0};
    pc_out_reasons_after_conditions(rep, r, scratch, 1, li_line, &s);
    if (s.count)
        pc_buf_puts(b, "</ul>");
}

/* What would make it eligible or compliant (gap.c's to_qualify and
 * alternatives), as the text report words it. */
static void to_qualify(pc_buf *b, const pc_report *rep, const pc_result *r, pc_buf *scratch)
{
    li_sink s = {b, "to-qualify", 0};
    pc_out_gap_text(rep, r, scratch, li_line, &s);
    if (s.count)
        pc_buf_puts(b, "</ul>");
}

static void missing(pc_buf *b, const pc_report *rep, const pc_result *r)
{
    if (!r->missing.count)
        return;
    pc_buf_printf(b, "<p class=\"missing\"><strong>%s</strong>: ", MSG(rep, HTML_MISSING));
    for (size_t i = 0; i < r->missing.count; i++) {
        if (i)
            pc_buf_puts(b, ", ");
        pc_buf_puts(b, "<code>");
        pc_html_escape(b, r->missing.items[i]);
        pc_buf_puts(b, "</code>");
    }
    pc_buf_puts(b, "</p>");
}

static void citation(pc_buf *b, const pc_report *rep, const pc_result *r)
{
    const pc_item *it = r->item;
    const pc_plan *plan = r->plan;
    int zh = rep->lang == PC_LANG_ZH;
    pc_buf_printf(b, "<figure class=\"cite\"><figcaption>%s: ", MSG(rep, TRACE_CITATION));
    pc_html_escape(b, plan->document);
    pc_buf_puts(b, " ");
    pc_html_escape(b, it->cite);
    pc_buf_puts(b, " <small>(");
    pc_html_escape(b, plan->id);
    pc_buf_puts(b, "/");
    pc_html_escape(b, it->id);
    pc_buf_puts(b, ")</small></figcaption>");
    if (it->quote) {
        pc_buf_puts(b, "<blockquote lang=\"zh-CN\">");
        pc_html_escape(b, it->quote);
        pc_buf_puts(b, "</blockquote>");
    }
    const char *note = zh ? it->note_zh : it->note_en;
    if (note) {
        pc_buf_printf(b, "<p class=\"reading\">%s: ", MSG(rep, HTML_READING));
        pc_html_escape(b, note);
        pc_buf_puts(b, "</p>");
    }
    pc_buf_puts(b, "</figure>");
}

/* ---- an enterprise's card ---- */

static void amount_facts(pc_buf *b, const pc_report *rep, const pc_result *r)
{
    const pc_item *it = r->item;
    if (it->kind != PC_ITEM_SUBSIDY)
        return;
    if (r->status == PC_S_ELIGIBLE) {
        fact(b, MSG(rep, HTML_AMOUNT));
        if (r->has_amount) {
            pc_buf_puts(b, "<strong class=\"amount\">");
            money(b, rep, r->amount_fen);
            pc_buf_puts(b, "</strong>");
            if (r->capped)
                pc_buf_puts(b, MSG(rep, TEXT_CAPPED));
        } else if (r->amount_state == PC_AMOUNT_NOT_FIXED || r->amount_state == PC_AMOUNT_UNSET) {
            const char *basis = rep->lang == PC_LANG_ZH ? it->basis_zh : it->basis_en;
            pc_buf_puts(b, "<span class=\"amount open\">");
            if (basis) {
                pc_buf_puts(b, MSG(rep, HTML_AMOUNT_SET_BY));
                pc_html_escape(b, basis);
            } else {
                pc_buf_puts(b, MSG(rep, TEXT_AMOUNT_OPEN));
            }
            pc_buf_puts(b, "</span>");
        } else {
            pc_buf_puts(b, MSG(rep, TEXT_AMOUNT_MISSING));
        }
        pc_buf_puts(b, "</dd>");
    }
    if (r->has_cap) {
        fact(b, it->cap_per_year ? MSG(rep, HTML_CAP_YEAR) : MSG(rep, HTML_CAP));
        money(b, rep, r->cap_fen);
        pc_buf_puts(b, "</dd>");
        fact(b, MSG(rep, HTML_RECEIVED));
        money(b, rep, r->received_fen);
        if (it->cap_per_year)
            pc_buf_printf(b, MSG(rep, TEXT_OF_YEAR), r->received_year);
        pc_buf_puts(b, "</dd>");
        fact(b, MSG(rep, HTML_ROOM_LEFT));
        money(b, rep, r->remaining_fen);
        pc_buf_puts(b, "</dd>");
    }
}

/* <article class="CLASS s-STATUS" id="plan.item"><h3>badge title</h3> */
static void card_head(pc_buf *b, const pc_report *rep, const pc_result *r, const char *class)
{
    pc_buf_printf(b, "<article class=\"%s s-%s\" id=\"", class, pc_status_name(r->status));
    pc_html_escape(b, r->plan->id);
    pc_buf_putc(b, '.');
    pc_html_escape(b, r->item->id);
    pc_buf_puts(b, "\"><h3>");
    status_badge(b, rep, r->status);
    pc_buf_putc(b, ' ');
    pc_html_escape(b, title_of(rep, r->item));
    pc_buf_puts(b, "</h3>");
}

static void card(pc_buf *b, const pc_report *rep, const pc_result *r, pc_buf *scratch)
{
    const pc_item *it = r->item;
    card_head(b, rep, r, "card");
    pc_buf_puts(b, "<dl class=\"facts\">");
    amount_facts(b, rep, r);
    if (r->priority) {
        fact(b, MSG(rep, HTML_PRIORITY));
        pc_html_escape(b, rep->lang == PC_LANG_ZH ? it->priority_zh : it->priority_en);
        pc_buf_puts(b, "</dd>");
    }
    pc_buf_puts(b, "</dl>");
    checklist(b, rep, r, scratch);
    missing(b, rep, r);
    to_qualify(b, rep, r, scratch);
    reasons(b, rep, r, scratch);
    citation(b, rep, r);
    pc_buf_puts(b, "</article>\n");
}

/* ---- a region's target ---- */

static void value_cell(pc_buf *b, int has, int is_money, int64_t fen, double v, const pc_report *rep)
{
    pc_buf_puts(b, "<td class=\"num\">");
    if (!has)
        pc_buf_puts(b, "—");
    else if (is_money)
        money(b, rep, fen);
    else
        pc_buf_decimal(b, v, 2);
    pc_buf_puts(b, "</td>");
}

/* " 件" after a figure. */
static void unit(pc_buf *b, const pc_report *rep, const pc_item *it)
{
    const char *u = pc_out_unit(rep, it);
    if (u && *u) {
        pc_buf_putc(b, ' ');
        pc_html_escape(b, u);
    }
}

static void series_table(pc_buf *b, const pc_report *rep, const pc_result *r)
{
    const pc_item *it = r->item;
    int is_money = pc_svg_money(rep, r);
    pc_buf_puts(b, "<table class=\"series\"><caption>");
    pc_html_escape(b, title_of(rep, it));
    pc_buf_puts(b, " (");
    pc_html_escape(b, pc_out_unit(rep, it));
    pc_buf_printf(b, ")</caption><thead><tr><th scope=\"col\">%s</th><th scope=\"col\">%s</th><th scope=\"col\">%s</th></tr></thead><tbody>",
                  MSG(rep, HTML_YEAR), MSG(rep, HTML_ACTUAL), MSG(rep, HTML_LINE_EXPECTS));
    int due_listed = 0;
    for (unsigned i = 0; i < r->points.count; i++) {
        const pc_point *p = &rep->points.items[r->points.first + i];
        pc_buf_printf(b, "<tr><th scope=\"row\">%d%s</th>", p->year,
                      p->year == r->plan->baseline_year ? MSG(rep, HTML_BASELINE_MARK) : "");
        value_cell(b, p->has_actual, p->money, p->actual_fen, p->actual, rep);
        if (p->year == it->due)
            due_listed = 1;
        if (p->has_expected && is_money)
            value_cell(b, 1, 1, (int64_t)(p->expected * 100 + (p->expected < 0 ? -0.5 : 0.5)), 0, rep);
        else
            value_cell(b, p->has_expected, 0, 0, p->expected, rep);
        pc_buf_puts(b, "</tr>");
    }
    if (!due_listed && it->compare != PC_CMP_REPORT && it->compare != PC_CMP_INCREASING && it->compare != PC_CMP_ABOVE) {
        double t = r->has_target ? r->target : it->value;
        pc_buf_printf(b, "<tr><th scope=\"row\">%d%s</th><td class=\"num\">—</td>", it->due, MSG(rep, HTML_TARGET_MARK));
        if (pc_out_target_is_money(rep, it) && !r->has_target)
            value_cell(b, 1, 1, (int64_t)(t * 100 + 0.5), 0, rep);
        else
            value_cell(b, 1, 0, 0, t, rep);
        pc_buf_puts(b, "</tr>");
    }
    pc_buf_puts(b, "</tbody></table>");
}

static void target_section(pc_buf *b, const pc_report *rep, const pc_result *r, unsigned index, pc_buf *scratch)
{
    const pc_item *it = r->item;
    card_head(b, rep, r, "card target");
    /* the same line as the text report: target, actual, progress */
    scratch->len = 0;
    pc_buf_puts(b, "<dl class=\"facts\">");
    fact(b, MSG(rep, HTML_TARGET));
    if (it->compare == PC_CMP_REPORT || it->compare == PC_CMP_INCREASING || it->compare == PC_CMP_ABOVE) {
        pc_buf_puts(b, it->compare == PC_CMP_REPORT ? MSG(rep, TEXT_NO_FIGURE) : it->compare == PC_CMP_INCREASING
                                                                                 ? MSG(rep, TEXT_INCREASING)
                                                                                 : pc_compare_name[it->compare]);
    } else if (pc_out_target_is_money(rep, it) && !r->has_target) {
        money(b, rep, (int64_t)(it->value * 100 + 0.5));
    } else {
        pc_buf_decimal(b, r->has_target ? r->target : it->value, 2);
        unit(b, rep, it);
    }
    pc_buf_printf(b, MSG(rep, TEXT_BY_YEAR), it->due);
    pc_buf_puts(b, "</dd>");
    if (r->has_actual) {
        fact(b, MSG(rep, HTML_ACTUAL));
        if (r->actual_is_money) {
            money(b, rep, r->actual_fen);
        } else {
            pc_buf_decimal(b, r->actual, 2);
            unit(b, rep, it);
        }
        pc_buf_printf(b, MSG(rep, TEXT_OF_YEAR), r->data_year);
        pc_buf_puts(b, "</dd>");
    }
    if (r->has_progress) {
        fact(b, MSG(rep, HTML_PROGRESS));
        pc_buf_decimal(b, r->progress * 100, 1);
        pc_buf_puts(b, "%</dd>");
    }
    pc_buf_puts(b, "</dl>");
    /* the chart beside its table on paper */
    pc_buf_puts(b, "<div class=\"viz\">");
    if (pc_svg_drawable(rep, r)) {
        pc_buf_puts(b, "<figure class=\"chart\">");
        pc_out_svg_target(b, rep, r, index);
        pc_buf_printf(b, "<figcaption class=\"legend\">%s</figcaption></figure>", MSG(rep, HTML_LEGEND));
    }
    if (r->points.count)
        series_table(b, rep, r);
    pc_buf_puts(b, "</div>");
    missing(b, rep, r);
    reasons(b, rep, r, scratch);
    citation(b, rep, r);
    pc_buf_puts(b, "</article>\n");
}

/* The tally of the targets' statuses. */
static void tally(pc_buf *b, const pc_report *rep)
{
    const pc_status *shown = pc_out_tally_shown;
    size_t count[PC_S_COUNT] = {0}, others = rep->nresults;
    for (size_t i = 0; i < rep->nresults; i++)
        count[rep->results[i].status]++;
    pc_buf_printf(b, "<h2>%s</h2><ul class=\"tally\">", MSG(rep, TALLY));
    for (size_t i = 0; i < PC_OUT_TALLY_SHOWN; i++) {
        pc_buf_printf(b, "<li class=\"s-%s\"><b>%zu</b>", pc_status_name(shown[i]), count[shown[i]]);
        status_badge(b, rep, shown[i]);
        pc_buf_puts(b, "</li>");
        others -= count[shown[i]];
    }
    if (others)
        pc_buf_printf(b, "<li class=\"s-other\"><b>%zu</b>%s</li>", others, MSG(rep, HTML_OTHER));
    pc_buf_printf(b, "</ul><p class=\"meta\">%s</p>", MSG(rep, HTML_ROUNDED));
}

/* ---- the page ---- */

static void head(pc_buf *b, const pc_report *rep, pc_buf *scratch)
{
    pc_buf_puts(b, "<header class=\"page\"><h1>");
    pc_buf_puts(b, rep->kind == PC_SUBJECT_ENTERPRISE ? MSG(rep, HTML_TITLE_ENTERPRISE) : MSG(rep, HTML_TITLE_REGION));
    pc_buf_puts(b, "</h1><p class=\"meta\">");
    if (rep->name) {
        pc_html_escape(b, rep->name);
        pc_buf_puts(b, " · ");
    }
    pc_html_escape(b, rep->id);
    if (strcmp(rep->id, rep->region) != 0) {
        pc_buf_printf(b, " · %s ", MSG(rep, HTML_REGION));
        pc_html_escape(b, rep->region);
    }
    pc_buf_printf(b, " · %s ", MSG(rep, AS_OF));
    date_or_dash(b, rep->as_of);
    pc_buf_puts(b, "</p></header>\n<main>\n");
    for (unsigned i = 0; i < rep->warnings.count; i++) {
        scratch->len = 0;
        pc_out_warning(scratch, rep, &rep->warnings.items[i]);
        pc_buf_printf(b, "<p class=\"warn\">%s ", MSG(rep, WARNING));
        pc_html_escape(b, scratch->data ? scratch->data : "");
        pc_buf_puts(b, "</p>");
    }
    if (pc_diag_count(rep->errors)) {
        pc_buf_puts(b, "<ul class=\"errors\">");
        for (size_t i = 0; i < pc_diag_count(rep->errors); i++) {
            const pc_message *m = pc_diag_get(rep->errors, i);
            pc_buf_puts(b, "<li>");
            int zh = rep->lang == PC_LANG_ZH;
            if (m->field) {
                if (zh && m->label)
                    pc_html_escape(b, m->label);
                pc_buf_puts(b, zh && m->label ? "(<code>" : "<code>");
                pc_html_escape(b, m->field);
                pc_buf_puts(b, zh && m->label ? "</code>): " : "</code>: ");
            }
            pc_html_escape(b, zh && m->text_zh ? m->text_zh : m->text);
            if (m->label && !zh) {
                pc_buf_puts(b, " [");
                pc_html_escape(b, m->label);
                pc_buf_putc(b, ']');
            }
            pc_buf_puts(b, "</li>");
        }
        pc_buf_puts(b, "</ul>");
    }
}

static void plan_head(pc_buf *b, const pc_report *rep, const pc_plan *plan)
{
    pc_buf_puts(b, "<section class=\"plan\"><h2>");
    pc_html_escape(b, rep->lang == PC_LANG_ZH ? plan->title_zh : plan->title_en);
    pc_buf_printf(b, "</h2><p class=\"meta\">%s ", MSG(rep, HTML_DOCUMENT));
    pc_html_escape(b, plan->document);
    pc_buf_printf(b, " · %s ", MSG(rep, HTML_IN_FORCE));
    date_or_dash(b, plan->in_force_from);
    pc_buf_puts(b, " – ");
    date_or_dash(b, plan->in_force_to);
    pc_buf_puts(b, "</p>\n");
}

void pc_out_html_main(const pc_report *rep, pc_buf *b)
{
    pc_buf scratch = {0};
    head(b, rep, &scratch);
    if (rep->kind == PC_SUBJECT_REGION && rep->nresults)
        tally(b, rep);
    const pc_plan *plan = NULL;
    unsigned charts = 0;
    for (size_t i = 0; i < rep->nresults; i++) {
        const pc_result *r = &rep->results[i];
        if (r->plan != plan) {
            if (plan)
                pc_buf_puts(b, "</section>\n");
            plan = r->plan;
            plan_head(b, rep, plan);
        }
        if (r->item->kind == PC_ITEM_TARGET)
            target_section(b, rep, r, charts++, &scratch);
        else
            card(b, rep, r, &scratch);
    }
    if (plan)
        pc_buf_puts(b, "</section>\n");
    if (!rep->nresults)
        pc_buf_printf(b, "<p>%s</p>", MSG(rep, HTML_NO_RESULTS));
    if (rep->kind == PC_SUBJECT_ENTERPRISE && rep->nresults) {
        pc_buf_printf(b, "<p class=\"total\"><strong>%s</strong>: ", MSG(rep, HTML_TOTAL));
        money(b, rep, rep->total_fen);
        pc_buf_puts(b, "</p>\n");
    }
    pc_buf_puts(b, "</main>\n");
    pc_buf_free(&scratch);
}

void pc_out_html(const pc_report *rep, long record, pc_buf *out)
{
    (void)record;
    pc_buf b = *out;
    pc_buf title = {0};
    pc_buf_puts(&title, rep->kind == PC_SUBJECT_ENTERPRISE ? MSG(rep, HTML_TITLE_ENTERPRISE) : MSG(rep, HTML_TITLE_REGION));
    pc_buf_puts(&title, " · ");
    pc_buf_puts(&title, rep->name ? rep->name : rep->id);
    pc_html_page_open(&b, rep->lang, title.data);
    pc_buf_free(&title);
    pc_out_html_main(rep, &b);
    pc_buf_printf(&b, "<footer class=\"page\">%s</footer>\n", MSG(rep, HTML_FOOTER));
    pc_html_page_close(&b);
    *out = b;
}

/* ---- the public API ---- */

void pc_write_html_text(const char *s, FILE *out)
{
    pc_buf b = {0};
    pc_html_escape(&b, s);
    if (b.len)
        fwrite(b.data, 1, b.len, out);
    pc_buf_free(&b);
}

char *pc_report_html_body(const pc_report *rep, size_t *len)
{
    pc_buf b = {0};
    pc_out_html_main(rep, &b);
    if (!b.data)
        b.data = pc_strdup("");
    if (len)
        *len = b.len;
    return b.data;
}

char *pc_html_page(pc_lang lang, const char *title, const char *body, size_t *len)
{
    pc_buf b = {0};
    pc_html_page_open(&b, lang, title);
    pc_buf_puts(&b, body);
    pc_html_page_close(&b);
    if (len)
        *len = b.len;
    return b.data;
}
