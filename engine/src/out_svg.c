/*
 * out_svg.c -- a target's path as an inline SVG chart (out_html.c puts it
 * on the region page): the yearly values, the baseline, the target at the
 * due year, the straight line between them, the judged year's point in the
 * result's status, axes with the unit and the years.  The page's table
 * carries the same numbers; the chart never is their only carrier.
 * Coordinates are printed with one decimal, so the same report gives the
 * same bytes (tests/html/ compares a golden file).
 */
#include "internal.h"
#include "out.h"
#include "out_html.h"

#include <math.h>
#include <string.h>

enum { W = 640, H = 300, LEFT = 78, RIGHT = 24, TOP = 28, BOTTOM = 44 };

typedef struct chart {
    int y0, y1;             /* the years on the x axis */
    double v0, v1;          /* the value range on the y axis */
    double scale;           /* money: yuan per unit shown (1, 1e4, 1e8) */
} chart;

static double px(const chart *c, int year)
{
    return LEFT + (double)(year - c->y0) * (W - LEFT - RIGHT) / (c->y1 > c->y0 ? c->y1 - c->y0 : 1);
}

static double py(const chart *c, double v)
{
    return TOP + (c->v1 - v) * (H - TOP - BOTTOM) / (c->v1 > c->v0 ? c->v1 - c->v0 : 1);
}

/* The tick step: 1, 2 or 5 times a power of ten, about five ticks. */
static double nice_step(double range)
{
    if (!(range > 0))
        return 1;
    double raw = range / 5, p = pow(10, floor(log10(raw))), m = raw / p;
    return (m <= 1 ? 1 : m <= 2 ? 2 : m <= 5 ? 5 : 10) * p;
}

static double point_value(const pc_point *p)
{
    return p->money ? (double)p->actual_fen / 100 : p->actual;
}

static double target_value(const pc_result *r)
{
    return r->has_target ? r->target : r->item->value;
}

static int has_target_figure(const pc_result *r)
{
    pc_compare c = r->item->compare;
    return c != PC_CMP_REPORT && c != PC_CMP_INCREASING && c != PC_CMP_ABOVE;
}

static int has_line(const pc_result *r)
{
    return has_target_figure(r) && r->has_baseline && r->baseline_has_value && r->item->due > r->plan->baseline_year;
}

static double baseline_value(const pc_result *r)
{
    return r->baseline_money ? (double)r->baseline_fen / 100 : r->baseline_value;
}

int pc_svg_money(const pc_report *rep, const pc_result *r)
{
    for (unsigned i = 0; i < r->points.count; i++)
        if (rep->points.items[r->points.first + i].money)
            return 1;
    return r->baseline_money || r->actual_is_money;
}

const char *pc_svg_unit(const pc_report *rep, const pc_result *r, double *scale)
{
    *scale = 1;
    if (!pc_svg_money(rep, r))
        return pc_out_unit(rep, r->item);
    double top = fabs(has_target_figure(r) ? target_value(r) : 0);
    for (unsigned i = 0; i < r->points.count; i++) {
        const pc_point *p = &rep->points.items[r->points.first + i];
        if (p->has_actual && fabs(point_value(p)) > top)
            top = fabs(point_value(p));
    }
    if (top >= 1e8) {
        *scale = 1e8;
        return MSG(rep, HTML_UNIT_YI_YUAN);
    }
    if (top >= 1e4) {
        *scale = 1e4;
        return MSG(rep, HTML_UNIT_WAN_YUAN);
    }
    return MSG(rep, HTML_UNIT_YUAN);
}

static void fit(chart *c, double v)
{
    if (v < c->v0)
        c->v0 = v;
    if (v > c->v1)
        c->v1 = v;
}

int pc_svg_drawable(const pc_report *rep, const pc_result *r)
{
    for (unsigned i = 0; i < r->points.count; i++)
        if (rep->points.items[r->points.first + i].has_actual)
            return 1;
    return 0;   /* a line without a single figure tells nothing: the table says "—" */
}

void pc_out_svg_target(pc_buf *b, const pc_report *rep, const pc_result *r, unsigned index)
{
    const pc_item *it = r->item;
    chart c = {0};
    const char *unit = pc_svg_unit(rep, r, &c.scale);
    c.y0 = c.y1 = r->has_baseline ? r->plan->baseline_year
                  : r->points.count ? rep->points.items[r->points.first].year : it->due;
    for (unsigned i = 0; i < r->points.count; i++) {
        const pc_point *p = &rep->points.items[r->points.first + i];
        if (p->year < c.y0)
            c.y0 = p->year;
        if (p->year > c.y1)
            c.y1 = p->year;
        if (p->has_actual)
            fit(&c, point_value(p) / c.scale);
    }
    if (has_target_figure(r)) {
        if (it->due > c.y1)
            c.y1 = it->due;
        if (it->due < c.y0)
            c.y0 = it->due;
        fit(&c, target_value(r) / c.scale);
    }
    if (has_line(r))
        fit(&c, baseline_value(r) / c.scale);
    if (c.y1 == c.y0)
        c.y1 = c.y0 + 1;
    double step = nice_step(c.v1 - c.v0);
    c.v0 = floor(c.v0 / step) * step;
    c.v1 = ceil(c.v1 / step) * step;
    if (c.v1 <= c.v0)
        c.v1 = c.v0 + step;

    const char *title = rep->lang == PC_LANG_ZH ? it->title_zh : it->title_en;
    pc_buf_printf(b, "<svg class=\"chart\" id=\"chart-%u\" viewBox=\"0 0 %d %d\" role=\"img\" aria-label=\"", index, W, H);
    pc_html_escape(b, title);
    pc_buf_puts(b, "\"><title>");
    pc_html_escape(b, title);
    pc_buf_puts(b, "</title>");

    /* the y axis: grid lines and their values */
    pc_buf_puts(b, "<g class=\"axis\">");
    for (double v = c.v0; v <= c.v1 + step / 2; v += step) {
        double y = py(&c, v);
        pc_buf_printf(b, "<line class=\"grid\" x1=\"%d\" y1=\"%.1f\" x2=\"%d\" y2=\"%.1f\"/>", LEFT, y, W - RIGHT, y);
        pc_buf_printf(b, "<text x=\"%d\" y=\"%.1f\" text-anchor=\"end\">", LEFT - 6, y + 4);
        pc_buf_real(b, fabs(v) < step / 1e6 ? 0 : v);
        pc_buf_puts(b, "</text>");
    }
    pc_buf_printf(b, "<text class=\"unit\" x=\"%d\" y=\"%d\">", 4, TOP - 12);
    pc_html_escape(b, unit);
    pc_buf_puts(b, "</text>");
    /* the x axis: one tick per year (every second one beyond twelve years) */
    int every = c.y1 - c.y0 > 12 ? 2 : 1;
    pc_buf_printf(b, "<line class=\"base\" x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\"/>", LEFT, H - BOTTOM, W - RIGHT, H - BOTTOM);
    for (int y = c.y0; y <= c.y1; y += every)
        pc_buf_printf(b, "<text x=\"%.1f\" y=\"%d\" text-anchor=\"middle\">%d</text>", px(&c, y), H - BOTTOM + 18, y);
    pc_buf_puts(b, "</g>");

    /* the straight line from the baseline to the target */
    if (has_line(r)) {
        pc_buf_printf(b, "<line class=\"line\" x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\"/>", px(&c, r->plan->baseline_year),
                      py(&c, baseline_value(r) / c.scale), px(&c, it->due), py(&c, target_value(r) / c.scale));
        pc_buf_printf(b, "<circle class=\"baseline\" cx=\"%.1f\" cy=\"%.1f\" r=\"7\"/>", px(&c, r->plan->baseline_year),
                      py(&c, baseline_value(r) / c.scale));
    }
    if (has_target_figure(r)) {
        double x = px(&c, it->due), y = py(&c, target_value(r) / c.scale);
        pc_buf_printf(b, "<path class=\"target\" d=\"M%.1f %.1fl7 7l-7 7l-7 -7z\"><title>", x, y - 7);
        pc_buf_puts(b, MSG(rep, HTML_TARGET));
        pc_buf_printf(b, " %d: ", it->due);
        pc_buf_real(b, target_value(r));
        pc_buf_puts(b, "</title></path>");
    }
    /* the yearly values, joined, each a point; the judged year in the result's status */
    pc_buf_puts(b, "<polyline class=\"series\" points=\"");
    int n = 0;
    for (unsigned i = 0; i < r->points.count; i++) {
        const pc_point *p = &rep->points.items[r->points.first + i];
        if (p->has_actual)
            pc_buf_printf(b, "%s%.1f,%.1f", n++ ? " " : "", px(&c, p->year), py(&c, point_value(p) / c.scale));
    }
    pc_buf_puts(b, "\"/>");
    for (unsigned i = 0; i < r->points.count; i++) {
        const pc_point *p = &rep->points.items[r->points.first + i];
        if (!p->has_actual)
            continue;
        int judged = r->has_actual && p->year == r->data_year;
        pc_buf_printf(b, "<circle class=\"pt %s%s\" data-year=\"%d\" cx=\"%.1f\" cy=\"%.1f\" r=\"5\"><title>%d: ",
                      judged ? "s-" : "", judged ? pc_status_name(r->status) : "past", p->year, px(&c, p->year),
                      py(&c, point_value(p) / c.scale), p->year);
        if (p->money)
            pc_out_money_text(b, p->actual_fen, rep->lang);
        else
            pc_buf_real(b, p->actual);
        pc_buf_puts(b, "</title></circle>");
    }
    pc_buf_puts(b, "</svg>");
}
