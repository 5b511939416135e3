/*
 * messages_gap.h -- the zh/en words of gap analysis, what-if and deadlines
 * (X(ID, zh, en), part of PC_MESSAGES in messages.h).
 */
#ifndef PC_MESSAGES_GAP_H
#define PC_MESSAGES_GAP_H

#define PC_MESSAGES_GAP(X)                                                                               \
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
    X(WARN_ENDS_SOON, "规划 %s 将于 %s 期满,还有 %d 天", "%s ends on %s, in %d days")

#endif /* PC_MESSAGES_GAP_H */
