/*
 * messages.h -- every zh/en text the writers print, once (messages.c):
 * X(ID, zh, en).  printf formats take their arguments in the order the ID's
 * comment in the writer gives; a format that reorders them uses %n$.
 */
#ifndef PC_MESSAGES_H
#define PC_MESSAGES_H

#include "plancheck/plancheck.h"

#define PC_MESSAGES(X)                                                                                   \
    /* plancheck test's report (ruletest.c) */                                                          \
    X(RT_OK, "通过 %s 第 %ld 行: %s", "ok   %s:%ld: %s")                                                 \
    X(RT_FAIL_CASE, "失败 %s 第 %ld 行: %s:%s", "FAIL %s:%ld: %s: %s")                                   \
    X(RT_FAIL, "失败 %s:%s", "FAIL %s: %s")                                                              \
    X(RT_FAIL_TEXT, "失败 %s", "FAIL %s")                                                                \
    X(RT_NO_PLAN_BESIDE, "旁边没有已加载的规划(规则目录中应有规则文件 %.*s.lua)",                       \
      "no loaded plan beside it (expected the rule file %.*s.lua in the rules directory)")               \
    X(RT_NO_CASE, "文件中没有 case{}", "no case{} in the file")                                          \
    X(RT_CASE_FAILED, "第 %zu 个用例:%s", "case %zu: %s")                                               \
    X(RT_NO_TESTS, "那里没有 *.test.lua", "no *.test.lua there")                                        \
    X(RT_COVERAGE, "覆盖 %1$s:已测试 %2$zu 条规则,共 %3$zu 条", "coverage %s: %zu of %zu rules tested") \
    X(RT_UNTESTED, ";未测试:%s", "; untested: %s")                                                     \
    X(RT_TOTAL, "%ld 个通过,%ld 个失败", "%ld passed, %ld failed")                                      \
    X(RT_SEP, ";", "; ")                                                                                \
    X(RT_REFUSED_ACCEPTED, "应以“%s”拒绝该数据,但数据被接受了",                                          \
      "expected the data to be refused with '%s', but it was accepted")                                  \
    X(RT_ERROR_OTHER, "应出现含“%s”的错误,实际为:%s", "expected an error with '%s', got: %s")            \
    X(RT_UNEXPECTED_RESULT, "不应有 %s 的结果,实际有规则 %s 的结果", "expected no result of %s, got rule %s") \
    X(RT_NO_RESULT, "规则 %s:没有结果(不在规划 %s 中,或规划在 %d-%02d-%02d 不适用)",                   \
      "rule %s: no result (not in plan %s, or the plan does not apply on %d-%02d-%02d)")                 \
    X(RT_RULE, "规则 %s:%s", "rule %s: %s")                                                             \
    X(RT_KEY_MISMATCH, "%s:应为 %s,实际为 %s", "%s: expected %s, got %s")                               \
    X(RT_BAD_KEY, "%s:不是测试可以检查的键(status、amount_yuan、cap_yuan、capped、priority、progress、actual、missing)", \
      "%s: not a key a test can expect (status, amount_yuan, cap_yuan, capped, priority, progress, actual, missing)") \
    X(RT_NO_EXPECT, "没有 expect = {...}(或 expect_none = true、expect_error = \"...\")",                \
      "no expect = {...} (or expect_none = true, expect_error = \"...\")")                               \
    /* values */                                                                                         \
    X(YES, "是", "yes")                                                                                  \
    X(NO, "否", "no")                                                                                    \
    X(NONE, "(无)", "(none)")                                                                            \
    X(YUAN, " 元", " yuan")                                                                            \
    X(UNIT_PER_10K, "件/万人", "per 10,000 people")                                                      \
    X(UNIT_RATIO, "倍", "ratio")                                                                         \
    /* conditions */                                                                                     \
    X(DATA_MISSING, "缺少数据", "data missing")                                                          \
    X(ONE_OF, ",应为 ", ", one of ")                                                                     \
    X(NOT, "不满足", "not")                                                                              \
    X(MUST_BE_NO, "(应为否)", " (must be no)")                                                           \
    /* amounts */                                                                                        \
    X(PARAM_UNSET, "%s(%s)未由规划确定,需在配置中设定 [plan.%s] %s.%s",                                  \
      "%s (%s) is not fixed by the plan; set [plan.%s] %s.%s in the config")                             \
    X(NO_AMOUNT, "规划未规定补助金额(金额待定)", "the plan does not fix the amount")                     \
    X(AMOUNT_OVERFLOW, "金额超出可表示范围", "amount out of range")                                      \
    X(AMOUNT, "金额 ", "amount ")                                                                        \
    X(CAP_PLAN, "规划期内上限 %s,已获 %s,尚可获 %s", "cap %s per plan period, already received %s, remaining %s") \
    X(CAP_YEAR, "年度上限 %1$s,%2$d年已获 %3$s,尚可获 %4$s", "cap %1$s per year, already received %3$s in %2$d, remaining %4$s") \
    X(CAP_USED_UP, "上限已用完:已获金额超出上限 %s", "the cap is used up: what was received exceeds it by %s") \
    /* target notes (PC_NOTES) */                                                                        \
    X(NOTE_NOT_REACHED_IN, "%d年未达到", "not reached in %d")                                            \
    X(NOTE_NOT_ABOVE_PREVIOUS, "%d年未高于%d年", "%d is not above %d")                                   \
    X(NOTE_REPORTED_ONLY, "规划未给出数字(如“一批”),只报告实际值,不作判断",                              \
      "the plan states no figure (such as 一批, 'a batch'): the value is reported, not judged")          \
    X(NOTE_REACHED_IN, "%d年已达到目标", "reached in %d, ahead of the due year")                         \
    X(NOTE_ALREADY_REACHED, "%d年数据已达到目标值,但目标按%d年数据考核",                                 \
      "the %d figure already reaches the target; the target is judged on the %d figure")                 \
    X(NOTE_NO_DATA_FOR_DUE, "缺少%d年数据;最近数据为%d年", "no data for %d; the latest is for %d")      \
    X(NOTE_NO_BASELINE, "缺少基准年(%d)数据,无法判断进度", "no baseline (%d) to judge the pace by")      \
    X(NOTE_ONLY_BASELINE, "只有基准年(%d)的数据,尚无法判断", "only the baseline year (%d) is known; nothing can be judged yet") \
    X(NOTE_NOTHING_COUNTED, "自%d年起尚无计入的数据", "no figure counted since %d yet")                  \
    X(NOTE_FAILED_EVERY_YEAR, "每年目标%d年未达到,已无法达成", "an every-year target not reached in %d can no longer be met") \
    X(NOTE_LINE, "按%d年基准至%d年目标的直线,%d年应达 ", "the straight line from %d to the %d target expects ") \
    X(NOTE_YEAR_BEFORE_PLAN, "企业数据年度 %d 早于规划期(%d年起),不计入本规划",                        \
      "the data year %d is before the plan's period (from %d); it does not count for this plan")         \
    X(NOTE_NOT_EXACT, "数值超出精确比较范围", "the figures are beyond exact comparison")                 \
    /* warnings (PC_WARNINGS) */                                                                         \
    X(WARN_TEXT, "%s", "%s")                                                                             \
    X(WARN_PART_OF, "规划 %s 的目标针对 %s 全域,%s 是其一部分,不按其目标评估",                           \
      "plan %s sets targets for %s as a whole; %s is part of it and is not judged against them")         \
    X(WARN_NOT_ISSUED, "规划 %s 于 %s 发布,晚于评估日期", "plan %s was issued on %s, after the as-of date") \
    X(WARN_NOT_YET, "规划 %s 自 %s 起施行,评估日期尚未生效", "plan %s is in force only from %s")          \
    X(WARN_ENDED, "规划 %s 已于 %s 期满", "plan %s ended on %s")                                         \
    X(WARN_NO_PLAN_IN_FORCE, "截至 %2$s,没有覆盖行政区划 %1$s 的现行规划", "no plan in force covers region %s as of %s") \
    X(WARN_NO_PLAN_ISSUED, "截至 %2$s,没有覆盖行政区划 %1$s 的已发布规划", "no plan issued by then covers region %s as of %s") \
    X(WARN_ENDS_SOON, "规划 %s 将于 %s 期满,还有 %d 天", "%s ends on %s, in %d days")                             \
    /* diagnostics around their text (diag.c; the texts are in diag_messages.h) */                      \
    X(DIAG_AT_LINE, "%s 第 %ld 行: ", "%s:%ld: ")                                                        \
    X(DIAG_AT_FILE, "%s: ", "%s: ")                                                                      \
    X(DIAG_LINE, "第 %ld 行: ", "line %ld: ")                                                            \
    X(DIAG_RECORD, "第 %ld 条记录: ", "record %ld: ")                                                    \
    X(DIAG_WARNING, "警告: ", "warning: ")                                                               \
    X(DIAG_FIELD, "字段 %s: ", "field '%s': ")                                                           \
    X(DIAG_FIELD_LABEL, "字段 %2$s(%1$s): ", "field '%s': ")                                            \
    X(DIAG_LABEL, "", " [%s]")                                                                           \
    /* the text report */                                                                                \
    X(AS_OF, "评估日期", "as of")                                                                        \
    X(WARNING, "注意:", "warning:")                                                                     \
    X(ERROR, "错误:", "error:")                                                                         \
    X(TEXT_AMOUNT, "      金额: ", "      amount: ")                                                    \
    X(TEXT_AMOUNT_MISSING, "无法计算(缺少数据)", "unknown: data missing")                              \
    X(TEXT_AMOUNT_OPEN, "规划未定(另行规定)", "not fixed by the plan")                                 \
    X(TEXT_CAP, ";上限 ", "; cap ")                                                                     \
    X(TEXT_CAPPED, "(已按上限核减)", " (capped)")                                                      \
    X(TEXT_REMAINING, ";尚可获 ", "; remaining ")                                                       \
    X(TEXT_PRIORITY, ";优先支持", "; priority case")                                                    \
    X(TEXT_TARGET, "      目标 ", "      target ")                                                      \
    X(TEXT_ABOVE, "高于 %s ", "above %s ")                                                               \
    X(TEXT_BY_YEAR, "(%d年)", " by %d")                                                                \
    X(TEXT_ACTUAL, ";实际 ", "; actual ")                                                               \
    X(TEXT_OF_YEAR, "(%d年)", " (%d)")                                                                 \
    X(TEXT_PROGRESS, ";完成 %.1f%%", "; progress %.1f%%")                                               \
    X(TEXT_STRIVE, ";力争目标", "; strive-for target")                                                  \
    X(TEXT_NO_FIGURE, "无数字", "no figure")                                                             \
    X(TEXT_INCREASING, "逐年高于上一年", "above the year before, every year")                            \
    X(TEXT_MIN_GROWTH, ",增幅至少 ", ", by at least ")                                                  \
    X(TEXT_AT_LEAST_ABOUT, "不低于约 ", "at least about ")                                               \
    X(TEXT_AT_MOST_ABOUT, "不高于约 ", "at most about ")                                                 \
    X(TEXT_TOLERANCE, "(容差 ", " (tolerance ")                                                        \
    X(TEXT_TRACE, "      推理过程:\n", "      trace:\n")                                               \
    X(TEXT_MISSING, "      缺少: ", "      missing: ")                                                 \
    X(TEXT_MISSING_FIELD, "%2$s(%1$s)", "%2$s (%1$s)")                                                 \
    X(TEXT_LIST_SEP, "、", ", ")                                                                         \
    X(TEXT_TOTAL, "\n合计(金额已确定部分): ", "\nTotal of fixed amounts: ")                            \
    X(TEXT_TOTAL_COUNTS, ";符合条件 %zu 项,其中 %zu 项金额待定\n", "; %zu eligible, %zu of them with the amount not fixed\n") \
    X(TALLY, "目标概况", "Targets at a glance")                                                          \
    /* the batch summary (out_summary.c) */                                                             \
    X(BATCH_COUNTS, "读取 %ld 条,评估 %ld 条,失败 %ld 条", "%ld records read, %ld evaluated, %ld failed") \
    X(BATCH_SECONDS, ",用时 %.2f 秒", " in %.2f s")                                                     \
    X(BATCH_STATUS, "%2$s %1$ld", "%ld %s")                                                              \
    X(BATCH_AND, ",", ", ")                                                                             \
    X(BATCH_AMOUNTS, ";确定金额合计 %s 元", "; fixed amounts %s yuan")                                  \
    X(BATCH_AMOUNTS_OVERFLOW, ";确定金额合计超出可表示范围(逾 92233720368547758.07 元)",                \
      "; fixed amounts beyond what can be added up (over 92233720368547758.07 yuan)")                    \
    X(BATCH_MISSING, "缺少的数据(缺少该项的记录数):", "missing data (records lacking it):")               \
    X(BATCH_REGIONS, "各行政区划:", "per region:")                                                       \
    X(BATCH_RECORDS, "%ld 条记录", "%ld records")                                                       \
    X(BATCH_RECORD, "%ld 条记录", "%ld record")                                                         \
    X(BATCH_REGION_ELIGIBLE, "其中 %ld 条有符合条件的补助", "%ld eligible for a subsidy")             \
    /* the trace */                                                                                      \
    X(TRACE_CITATION, "出处", "citation")                                                                \
    X(TRACE_BASIS, ";依据 %s", "; under %s")                                                            \
    X(TRACE_READING, "\n          解读:%s", "\n          reading: %s")                                  \
    X(TRACE_PARAMETER, "参数", "parameter")                                                              \
    X(TRACE_UNSET, "未设定", "unset")                                                                    \
    X(TRACE_MEASURE, "测度", "measure")                                                                  \
    X(TRACE_LINE, ";直线应达 ", "; the line expects ")                                                 \
    /* plancheck plans (describe.c) */                                                                   \
    X(DESCRIBE_PLUGINS, "插件\n", "Plugins\n")                                                           \
    X(DESCRIBE_PLUGIN, "  %-10s %-8s %s %s  (%zu 个区划)  %s\n", "  %-10s %-8s %s %s  (%zu regions)  %s\n") \
    X(DESCRIBE_REFUSED, "\n未加载的插件\n", "\nRefused plugins\n")                                       \
    X(DESCRIBE_PLANS, "\n规划\n", "\nPlans\n")                                                           \
    X(DESCRIBE_PLAN, "\n  %s  %s\n    %s · 辖区 %s · 有效期 %s–%s\n",                                      \
      "\n  %s  %s\n    %s · jurisdiction %s · in force %s–%s\n")                                           \
    X(DESCRIBE_IN_FORCE_ON, "    %s 现行有效,还有 %ld 天期满\n", "    in force on %s, %ld days left\n")  \
    X(DESCRIBE_NOT_YET, "    %s 不在有效期内(尚未生效)\n", "    not in force on %s (not yet)\n")        \
    X(DESCRIBE_ENDED, "    %s 不在有效期内(已期满)\n", "    not in force on %s (ended)\n")             \
    X(DESCRIBE_COUNTS, "    目标 %zu 项,补助 %zu 项,义务 %zu 项  (%s)\n",                           \
      "    %zu targets, %zu subsidies, %zu obligations  (%s)\n")                                          \
    X(PARAM_DEFAULT, "规划规定的默认值", "default")                                                      \
    /* what it would take, what-if (out_gap.c, out_whatif.c, out_needed.c) */                      \
    X(GAP_ELIGIBLE_WITH, "满足以下条件即符合条件:", "would be eligible with: ")                         \
    X(GAP_COMPLIANT_WITH, "满足以下条件即合规:", "would be compliant with: ")                           \
    X(GAP_OR_WITH, "或:", "or with: ")                                                                  \
    X(GAP_APPLIES_WITH, "不属于本措施的适用对象;除界定适用对象的条件外,不对企业数据提出修改建议;满足以下条件才适用:", \
      "outside this measure's addressees; no change to the enterprise's data is suggested beyond what defines them; it would apply with: ") \
    X(GAP_PROVIDE_FIRST, "是否适用尚无法判断,请先提供:", "whom it applies to is undecided; provide first: ") \
    X(GAP_DATA_CANNOT_HELP, "仅补充缺少的数据无济于事:已知数据已不满足条件",                           \
      "providing the missing data alone cannot help: known values already fail")                         \
    X(GAP_NOT_ANALYSABLE, "无法给出修改建议:结果取决于自定义检查“%s”,不作反推",                        \
      "no change can be suggested: the custom check '%s' decides, and it is not inverted")               \
    X(GAP_IMPOSSIBLE, "任何数据修改都无法满足条件", "no change of the data meets the conditions")       \
    X(GAP_NOW, "(现为 %s)", " (now %s)")                                                              \
    X(GAP_NOW_MISSING, "(缺少数据)", " (data missing)")                                                \
    X(GAP_ONE_OF, " 为以下之一:", " one of ")                                                           \
    X(GAP_NOT_ONE_OF, " 不为以下任一:", " none of ")                                                    \
    X(GAP_AND, ";", "; ")                                                                               \
    X(WHATIF, "假设:", "what-if:")                                                                      \
    X(WHATIF_WAS, "(原为 %s)", " (was %s)")                                                            \
    X(NEEDED, "每年需达到:", "needed: ")                                                               \
    X(NEEDED_FIGURE, "(%s:", " (%s: ")                                                                  \
    X(NEEDED_CLOSE, ")", ")")                                                                           \
    /* the HTML pages (out_html.c, out_svg.c) */                                                        \
    X(HTML_TITLE_ENTERPRISE, "企业政策自检报告(一企一档)", "Policy self-check report")                 \
    X(HTML_TITLE_REGION, "规划目标进展报告", "Progress report on the plans' targets")                    \
    X(HTML_DOCUMENT, "文号", "Document")                                                                 \
    X(HTML_IN_FORCE, "施行期", "in force")                                                               \
    X(HTML_REGION, "行政区划", "region")                                                                 \
    X(HTML_AMOUNT, "金额", "Amount")                                                                     \
    X(HTML_AMOUNT_SET_BY, "金额由以下文件确定:", "amount set by ")                                       \
    X(HTML_CAP, "上限(规划期内)", "Cap (plan period)")                                                 \
    X(HTML_CAP_YEAR, "年度上限", "Cap per year")                                                         \
    X(HTML_RECEIVED, "已获", "Received")                                                                 \
    X(HTML_ROOM_LEFT, "尚可获", "Room left")                                                             \
    X(HTML_PRIORITY, "优先支持", "Priority")                                                             \
    X(HTML_CONDITIONS, "条件核对", "Conditions")                                                         \
    X(HTML_CONDITION, "条件", "Condition")                                                               \
    X(HTML_REQUIRED, "要求", "Required")                                                                 \
    X(HTML_ACTUAL, "实际", "Actual")                                                                     \
    X(HTML_RESULT, "结果", "Result")                                                                     \
    X(HTML_MET, "满足", "met")                                                                           \
    X(HTML_NOT_MET, "不满足", "not met")                                                                 \
    X(HTML_ALL, "以下全部满足", "all of the following")                                                  \
    X(HTML_ANY, "以下任一项满足", "any of the following")                                                \
    X(HTML_NONE_OF, "以下不得满足", "none of the following")                                             \
    X(HTML_MISSING, "缺少的数据", "Missing data")                                                        \
    X(HTML_READING, "解读", "Reading")                                                                   \
    X(HTML_TOTAL, "合计(金额已确定部分)", "Total of the fixed amounts")                                \
    X(HTML_NO_RESULTS, "没有适用的规划条目", "No plan item applies")                                     \
    X(HTML_OTHER, "其他", "other")                                                                       \
    X(HTML_TARGET, "目标", "Target")                                                                     \
    X(HTML_PROGRESS, "完成", "Progress")                                                                 \
    X(HTML_YEAR, "年份", "Year")                                                                         \
    X(HTML_LINE_EXPECTS, "直线应达", "The line expects")                                                 \
    X(HTML_BASELINE_MARK, "(基准年)", " (baseline)")                                                   \
    X(HTML_TARGET_MARK, "(目标年)", " (due)")                                                          \
    X(HTML_LEGEND, "实线与圆点:各年实际值(评估年按状态着色);空心圆:基准年;虚线:基准至目标的直线;菱形:目标年的目标值", \
      "Solid line and dots: the yearly values (the judged year coloured by its status); ring: the baseline; dashed: the straight line to the target; diamond: the target at the due year") \
    X(HTML_ROUNDED, "本页数值四舍五入显示:百分比保留一位小数,其他数值最多两位小数;JSON 输出保留原值。", \
      "The figures on this page are rounded for display: percentages to one decimal, other values to at most two; the JSON output keeps them unrounded.") \
    X(HTML_UNIT_YUAN, "元", "yuan")                                                                      \
    X(HTML_UNIT_WAN_YUAN, "万元", "10,000 yuan")                                                         \
    X(HTML_UNIT_YI_YUAN, "亿元", "100 million yuan")                                                     \
    X(HTML_FOOTER, "由 plancheck 生成。判断以所引规划原文为准。", "Made by plancheck. The plans' own text, as cited, prevails.")

#define PC_X_MSG(id, ...) PC_MSG_##id,
typedef enum pc_msg_id { PC_MESSAGES(PC_X_MSG) PC_MSG_COUNT } pc_msg_id;
#undef PC_X_MSG

/* The text of a message in a language. */
const char *pc_msg(pc_lang lang, pc_msg_id id);

#endif /* PC_MESSAGES_H */
