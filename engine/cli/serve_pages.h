/*
 * serve_pages.h -- what the pages of `plancheck serve` share (serve_pages.c:
 * the words, the page frame, the report page, the request's fields; then a
 * file per page: serve_page_check.c, serve_page_progress.c,
 * serve_page_plans.c).
 */
#ifndef PC_SERVE_PAGES_H
#define PC_SERVE_PAGES_H

#include "serve.h"

#include <jansson.h>
#include <stdio.h>

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
    X(NO_REGION, "未知的行政区划:", "Unknown region: ")

typedef enum sv_word {
#define SV_W_ENUM(id, zh, en) W_##id,
    SV_WORDS(SV_W_ENUM) W_COUNT
} sv_word;

/* A word of the pages in a language; W(ID) in page pg's. */
const char *sv_word_text(pc_lang lang, sv_word w);
#define W(id) sv_word_text(pg->lang, W_##id)
/* A message's text in the page's language (its English text when it has no zh one). */
#define SV_MSG_TEXT(pg, m) ((pg)->lang == PC_LANG_ZH && (m)->text_zh ? (m)->text_zh : (m)->text)

/* A page being written: its request, language, as-of date, and its body
 * (f writes text, len bytes). */
typedef struct sv_page {
    sv_request *r;
    pc_lang lang;
    pc_date as_of;
    FILE *f;
    char *text;
    size_t len;
} sv_page;

typedef struct sv_form_error {
    const char *field;   /* NULL: about the record */
    char *text;
} sv_form_error;

typedef struct sv_form {
    const pc_field_def **fields;
    size_t n;
    sv_form_error *errors;
    size_t nerrors;
} sv_form;

/* The frame: a page's text (escaped), its navigation, its end (the HTML
 * page, its CSP, the response). */
void sv_text(sv_page *pg, const char *s);
/* "?key=value" (first) or "&amp;key=value", the value percent-encoded. */
void sv_query_part(FILE *f, const char *key, const char *value, int first);
/* The current request's query with lang set to lang and download set (NULL: dropped). */
void sv_self_link(sv_page *pg, const char *lang, const char *download);
void sv_page_begin(sv_page *pg);
void sv_page_end(sv_page *pg, sv_response *out, unsigned status, const char *title);
void sv_set_html(sv_response *out, sv_request *r, unsigned status, char *html, size_t len);
const char *sv_region_name(sv_page *pg, const pc_region_info *ri);
/* "邹城市 370883", or the code alone when unknown. */
const char *sv_region_display(sv_page *pg, const char *code, char *buf, size_t n);
/* The report page of a subject: its body with the links, or a download. */
void sv_report_page(sv_page *pg, sv_response *out, pc_report *rep, const char *json_in, size_t json_len);
/* The plans loaded, as /v1/plans lists them (json_decref it). */
json_t *sv_plans_json(sv_page *pg);
/* A string member of a JSON object, "" when absent. */
const char *sv_js(json_t *o, const char *key);

/* The forms: the number a person wrote as the engine reads it (a new
 * string), the as_of field, the errors. */
char *sv_number_text(const char *s);
int sv_parse_as_of(sv_page *pg, sv_form *fm);
void sv_form_add_error(sv_form *fm, const char *field, const char *text);
void sv_form_free(sv_form *fm);

/* The pages. */
void sv_page_home(sv_page *pg, sv_response *out);
void sv_page_check(sv_page *pg, sv_response *out);
void sv_page_progress(sv_page *pg, sv_response *out);
void sv_page_plans(sv_page *pg, sv_response *out);
void sv_page_plan(sv_page *pg, sv_response *out, const char *id);

#endif /* PC_SERVE_PAGES_H */
