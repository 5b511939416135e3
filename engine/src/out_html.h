/*
 * out_html.h -- the HTML writer (out_html.c: one self-contained page, inline
 * CSS and SVG, no script, no external request) and the charts it draws
 * (out_svg.c).
 */
#ifndef PC_OUT_HTML_H
#define PC_OUT_HTML_H

#include "buf.h"
#include "report.h"

/* Text as HTML character data or a quoted attribute value. */
void pc_html_escape(pc_buf *b, const char *s);
/* The page up to and including <body>; title is escaped. */
void pc_html_page_open(pc_buf *b, pc_lang lang, const char *title);
void pc_html_page_close(pc_buf *b);
/* The report as a <main> element (the page's body). */
void pc_out_html_main(const pc_report *rep, pc_buf *b);
void pc_out_html(const pc_report *rep, long record, pc_buf *b);

/* ---- out_svg.c ---- */

/* The chart of a target result (index: unique on the page, for ids). */
void pc_out_svg_target(pc_buf *b, const pc_report *rep, const pc_result *r, unsigned index);
/* Whether the result has a figure to draw. */
int pc_svg_drawable(const pc_report *rep, const pc_result *r);
/* The unit of the chart's y axis; money is shown in 元, 万元 or 亿元
 * (*scale: yuan per unit shown). */
const char *pc_svg_unit(const pc_report *rep, const pc_result *r, double *scale);
int pc_svg_money(const pc_report *rep, const pc_result *r);

#endif /* PC_OUT_HTML_H */
