/*
 * vocab.h -- every closed vocabulary of the engine, each declared once as an
 * X-macro list: the enum and its names (for JSON, CSV, the DSL and the text
 * writer) come from the same line, and a static assert keeps each name table
 * as long as its enum.
 */
#ifndef PC_VOCAB_H
#define PC_VOCAB_H

/* Condition operators: X(ID, trace test, model op, text symbol). */
#define PC_COND_OPS(X)                 \
    X(IS, "is", "=", "")                \
    X(ISNT, "isnt", "=", "")            \
    X(GT, "gt", ">", ">")               \
    X(GE, "ge", ">=", "≥")              \
    X(LT, "lt", "<", "<")               \
    X(LE, "le", "<=", "≤")              \
    X(EQ, "eq", "=", "=")               \
    X(ONE_OF, "one_of", "one_of", "")   \
    X(ALL, "all_of", "all_of", "")      \
    X(ANY, "any_of", "any_of", "")      \
    X(NO, "not", "not", "")             \
    X(CHECK, "check", "check", "")

/* Item kinds: X(ID, name, zh); the name is the en word. */
#define PC_ITEM_KINDS(X)           \
    X(TARGET, "target", "目标")    \
    X(SUBSIDY, "subsidy", "补助")  \
    X(OBLIGATION, "obligation", "义务")

/* Result statuses: X(ID, name, zh, en, text mark).  ERROR, NO_PLAN and
 * NO_RESULTS are a whole record's, in CSV rows and batch summaries: it
 * failed, no plan covers its region, or the plans covering it have no item
 * for it. */
#define PC_STATUSES(X)                                                          \
    X(ELIGIBLE, "eligible", "符合条件", "eligible", "✔")                        \
    X(INELIGIBLE, "ineligible", "不符合条件", "ineligible", "✘")                \
    X(NOT_APPLICABLE, "not_applicable", "不适用", "not applicable", "·")        \
    X(UNKNOWN, "unknown", "无法判断", "unknown", "?")                           \
    X(COMPLIANT, "compliant", "合规", "compliant", "✔")                         \
    X(NON_COMPLIANT, "non_compliant", "不合规", "non-compliant", "✘")           \
    X(MET, "met", "已达成", "met", "✔")                                         \
    X(NOT_MET, "not_met", "未达成", "not met", "✘")                             \
    X(ON_TRACK, "on_track", "进度正常", "on track", "✔")                        \
    X(BEHIND, "behind", "进度落后", "behind", "✘")                              \
    X(NO_DATA, "no_data", "缺少数据", "no data", "?")                           \
    X(ERROR, "error", "出错", "error", "?")                                     \
    X(NOT_JUDGED, "not_judged", "不作判断(无数字)", "not judged (no figure)", "·")   \
    X(NO_PLAN, "no_plan", "无覆盖规划", "not covered by a plan", "·")            \
    X(NO_RESULTS, "no_results", "无适用条目", "with no item that applies", "·")

/* The part of an item a condition belongs to: X(ID, name, zh, en). */
#define PC_ROLES(X)                                        \
    X(APPLIES, "applies", "适用对象", "applies to")        \
    X(ELIGIBLE, "eligible", "资格条件", "eligibility")     \
    X(REQUIRES, "requires", "义务要求", "requirement")     \
    X(PRIORITY, "priority", "优先支持", "priority")     \
    X(AMOUNT, "amount", "金额条件", "amount condition")

/* Three-valued outcomes: X(ID, name). */
#define PC_OUTCOMES(X) \
    X(FALSE, "false")  \
    X(TRUE, "true")    \
    X(UNKNOWN, "unknown")

/* Target measures: X(ID, name, zh, en). */
#define PC_MEASURES(X)                                                        \
    X(PLAIN, "value", "数值", "value")                                        \
    X(PER_10K, "per_10k_people", "每万人口", "per 10,000 people")             \
    X(SHARE, "share", "占比", "share")                                        \
    X(RATIO_TO_YEAR, "ratio_to_year", "与某年之比", "ratio to a year")        \
    X(CUMULATIVE, "cumulative", "累计", "cumulative")                         \
    X(NEW_SINCE, "new_since", "新增", "new since")                            \
    X(GROWTH, "growth_pct", "增长率", "growth")

/* Target comparisons: X(ID, name).  After ABOVE: the later constructs
 * (one-sided 左右: >= v(1-t), <= v(1+t); each year above the year before;
 * no figure: reported, never judged). */
#define PC_COMPARES(X)                     \
    X(AT_LEAST, "at_least")                \
    X(AT_MOST, "at_most")                  \
    X(ABOUT, "about")                      \
    X(ABOVE, "above")                      \
    X(AT_LEAST_ABOUT, "at_least_about")    \
    X(AT_MOST_ABOUT, "at_most_about")      \
    X(INCREASING, "increasing")            \
    X(REPORT, "report")

/* Amount formulas: X(ID, name). */
#define PC_AMOUNT_OPS(X)      \
    X(FIXED, "fixed")         \
    X(PER_ITEM, "per_item")   \
    X(RATE, "rate")           \
    X(SUM, "sum")             \
    X(MIN, "min")             \
    X(WHEN, "when")

/* Output formats: X(ID, name, writer); pc_format (plancheck.h) has an
 * enumerator PC_FORMAT_<ID> for each. */
#define PC_FORMATS(X)               \
    X(TEXT, "text", pc_out_text)    \
    X(JSON, "json", pc_out_json)    \
    X(CSV, "csv", pc_out_csv)       \
    X(HTML, "html", pc_out_html)

#define PC_VOCAB_COUNT(...) +1
#define PC_VOCAB_ASSERT(table, list) \
    _Static_assert(sizeof(table) / sizeof((table)[0]) == 0 list(PC_VOCAB_COUNT), #table " matches " #list)

#endif /* PC_VOCAB_H */
