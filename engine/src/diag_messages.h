/*
 * diag_messages.h -- every diagnostic the engine raises, once (diag.c):
 * X(ID, zh, en).  The zh and en formats take the same arguments in the same
 * order; a format that reorders them uses %n$ and then names every argument
 * up to its last one (trailing arguments a language does not need go last).
 * The ID as written is the message's stable code (pc_message.msg_id).
 * Entries whose en text starts with "; " are endings added to a message
 * (pc_diag_append).
 */
#ifndef PC_DIAG_MESSAGES_H
#define PC_DIAG_MESSAGES_H

#include "plancheck/plancheck.h"

#define PC_DIAGS(X)                                                                                          \
    /* endings */                                                                                            \
    X(DID_YOU_MEAN, ";是否应为“%s”?", "; did you mean '%s'?")                                               \
    X(DID_YOU_MEAN_LABEL, ";是否应为“%2$s”(%1$s)?", "; did you mean '%s' (%s)?")                          \
    X(DID_YOU_MEAN_VALUE, ";是否应为“%2$s”(%1$s)?", "; did you mean '%s'?")                               \
    X(METRICS_IN_YEAR, ";指标应写在 [YYYY] 节中", "; metrics go in a [YYYY] section")                        \
    X(NOTHING_READ, ";自此行起的内容均未读取", "; nothing from this line on is read")                         \
    X(DID_YOU_MEAN_SECTION, ";是否应为 [%s]?", "; did you mean [%s]?")                                    \
    /* reading any input */                                                                                  \
    X(FILE_EMPTY, "文件为空", "the file is empty")                                                           \
    X(NOT_UTF8_TEXT, "不是有效的 UTF-8 文本", "not valid UTF-8 text")                                        \
    X(GIVEN_TWICE, "重复给出(首次在第 %ld 行)", "given twice (first on line %ld)")                         \
    X(GIVEN_TWICE_HERE, "重复给出", "given twice")                                                           \
    X(EXPECTED_REGION_CODE, "应为六位 GB/T 2260 行政区划代码,实际为“%s”",                                     \
      "expected a six-digit GB/T 2260 region code, got '%s'")                                                \
    X(EXPECTED_YEAR, "应为四位年份,实际为“%s”", "expected a four-digit year, got '%s'")                        \
    X(EXPECTED_TYPE, "应为%s,实际为“%s”", "expected %s, got '%s'")                                          \
    X(EXPECTED_ENUM, "应为以下之一:%s;实际为“%s”", "expected one of %s, got '%s'")                          \
    X(UNKNOWN_ENTERPRISE_FIELD, "未知的企业字段(见 docs/fields.md)", "unknown enterprise field (docs/fields.md lists them)") \
    X(UNKNOWN_REGION_METRIC, "未知的地区指标(见 docs/fields.md)", "unknown region metric (docs/fields.md lists them)") \
    /* encodings (encoding.c) */                                                                             \
    X(NOT_UTF8_GB, "文件不是 UTF-8 文本(首个错误字节在此行);看来是 GBK/GB18030 编码(中文 Windows 上的 Excel 如此保存):" \
      "请加 --encoding gbk(或 gb18030),或另存为 UTF-8",                                                     \
      "the file is not UTF-8 text (first bad bytes on this line); it looks like GBK/GB18030, as Excel "       \
      "on a Chinese Windows saves it: give --encoding gbk (or gb18030), or save it as UTF-8")                \
    X(NOT_UTF8, "文件不是 UTF-8 文本(首个错误字节在此行);请另存为 UTF-8",                                    \
      "the file is not UTF-8 text (first bad bytes on this line); save it as UTF-8")                         \
    X(NOT_ENCODING, "文件也不是 %s 文本(首个错误字节在此行)", "the file is not %s text either (first bad bytes on this line)") \
    X(ICONV_FAILED, "iconv 无法从 %s 转换:%s", "iconv cannot convert from %s: %s")                          \
    /* INI (input_ini.c) */                                                                                  \
    X(INI_LINE_TOO_LONG, "该行长 %zu 字节,INI 的一行最多 %d 字节(更长的值请用 JSON)",                       \
      "the line is %zu bytes long; an INI line may have at most %d (use JSON for longer values)")           \
    X(INI_NUL_BYTE, "该行含有 NUL 字节", "the line holds a NUL byte")                                        \
    X(INI_SECTION_ENTERPRISE, "未知的节 [%s](企业文件只有 [enterprise] 和 [received] 两节)",               \
      "unknown section [%s] (an enterprise file has [enterprise] and [received])")                           \
    X(INI_SECTION_REGION, "未知的节 [%s](地区文件有 [region] 和每年一个 [YYYY] 节)",                        \
      "unknown section [%s] (a region file has [region] and one [YYYY] per year)")                           \
    X(INI_REGION_KEY, "[region] 中的未知键(应为 code、name)", "unknown key in [region] (expected code, name)") \
    X(INI_NOT_A_LINE, "不是 INI 行(应为 [节]、键 = 值 或 ; 注释)",                                          \
      "not an INI line (expected [section], key = value, or a ; comment)")                                   \
    /* JSON (input_json.c) */                                                                                \
    X(JSON_INVALID, "JSON 格式错误:%s", "invalid JSON: %s")                                                  \
    X(JSON_SURROGATE, "JSON 格式错误:转义的 UTF-16 代理项(\\u%.4s)缺少配对",                                \
      "invalid JSON: an escaped UTF-16 surrogate (\\u%.4s) without its pair")                                \
    X(JSON_EXPECTED_OBJECT, "应为 JSON 对象", "expected a JSON object")                                      \
    X(JSON_EXPECTED_RECEIVED, "应为对象 {\"plan-id/rule-id\": 元}", "expected an object {\"plan-id/rule-id\": yuan}") \
    X(JSON_EXPECTED_REGION_CODE, "应为六位 GB/T 2260 行政区划代码", "expected a six-digit GB/T 2260 region code") \
    X(JSON_EXPECTED_YEARS, "应为对象 {\"YYYY\": {指标: 值}}", "expected an object {\"YYYY\": {metric: value}}") \
    X(JSON_EXPECTED_YEAR, "应为该年度的指标对象", "expected an object of metrics for the year")               \
    X(JSON_EXPECTED_CODE_STRING, "应为字符串(代码按文本保留其数字)", "expected a string (codes keep their digits as text)") \
    X(JSON_NUMBER_TOO_LONG, "应为不超过 63 个字符的数字", "expected a number of at most 63 characters")      \
    X(JSON_EXPECTED_NO_NUL, "应为不含 NUL 字符的文本", "expected text without NUL characters")               \
    X(JSON_EXPECTED_VALUE_NOT_OBJECT, "应为单个值,而不是对象", "expected a single value, not an object")    \
    X(JSON_EXPECTED_VALUE_NOT_ARRAY, "应为单个值,而不是数组", "expected a single value, not an array")      \
    X(JSON_REGION_TWICE, "行政区划代码重复给出(首次在第 %ld 行)", "the region code is given twice (first on line %ld)") \
    X(JSON_REGION_KEY, "未知的键(地区应为 {\"region\", \"name\", \"years\": {\"YYYY\": {...}}})",          \
      "unknown key (a region is {\"region\", \"name\", \"years\": {\"YYYY\": {...}}})")                       \
    X(JSON_RECEIVED_YEAR_KEY, "各年度已获金额应以四位年份为键,实际为“%s”",                                  \
      "amounts received per year are keyed by a four-digit year, got '%s'")                                  \
    X(JSON_YEARS_KEY, "\"years\" 应以四位年份为键", "\"years\" are keyed by a four-digit year")              \
    X(JSON_YEAR_TWICE, "年份重复给出(首次在第 %ld 行)", "the year is given twice (first on line %ld)")      \
    /* subjects (subject.c) */                                                                               \
    X(RECEIVED_KEY, "应为 plan-id/rule-id 或 plan-id/rule-id.YYYY", "expected plan-id/rule-id or plan-id/rule-id.YYYY") \
    X(RECEIVED_KEYED, "已获金额应以 plan-id/rule-id 为键", "received amounts are keyed plan-id/rule-id")      \
    X(RECEIVED_YEAR, "应为 1949-2100 之间的年份,实际为 %d", "expected a year 1949-2100, got %d")            \
    X(EXPECTED_MONEY, "应为金额(元,最多两位小数),实际为“%s”", "expected money (yuan, at most 2 decimals), got '%s'") \
    X(REQUIRED_ID, "必填:企业的统一社会信用代码或编号", "required: the enterprise's credit code or id")      \
    X(REQUIRED_ENTERPRISE_REGION, "必填:企业所在地的六位行政区划代码", "required: the enterprise's six-digit region code") \
    X(REQUIRED_REGION_CODE, "必填:地区的六位行政区划代码", "required: the region's six-digit region code")   \
    X(CREDIT_CODE_CHECK, "“%s”不是有效的统一社会信用代码:校验码应为“%c”(GB 32100-2015)",                 \
      "'%s' is not a valid unified social credit code: its check character should be '%c' (GB 32100-2015)") \
    X(REGION_NO_YEARS, "地区没有任何年度的数据([YYYY] 节或 \"years\")",                                     \
      "the region has no year of data ([YYYY] sections or \"years\")")                                       \
    /* region codes (region.c) */                                                                            \
    X(REGION_NOT_GBT, "“%s”不是 GB/T 2260 行政区划代码(应为六位数字,省级前缀有效)",                        \
      "'%s' is not a GB/T 2260 region code (six digits, a valid province prefix)")                           \
    X(REGION_NOT_LISTED, "未知的行政区划代码 %1$s:%2$s 插件未列出%4$s(%3$s)有此区划",                     \
      "unknown region code %s: the %s plugin lists no such region of %s")                                   \
    X(REGION_NO_PLUGIN, "未知的行政区划代码 %1$s:它位于规划 %3$s 的辖区 %2$s 之下,但没有插件列出该地的区划(辖区需要其插件)", \
      "unknown region code %s: it lies beneath %s, the jurisdiction of plan %s, and no plugin "              \
      "lists the regions there (a jurisdiction needs its plugin)")                                           \
    X(REGION_CHAIN, "行政区划代码 %s:替代链过长", "region code %s: replacement chain too long")              \
    /* warnings of a region resolved (code, name, date[, replacement, its name]) */                        \
    X(REGION_REPLACED, "行政区划代码 %1$s(%2$s)已于 %3$s 后停用,由 %4$s(%5$s)取代,按 %4$s 评估",          \
      "region code %1$s (%2$s) was replaced by %4$s (%5$s) after %3$s; evaluated as %4$s")                  \
    X(REGION_NOT_YET, "行政区划代码 %s(%s)自 %s 起启用,早于该日期仍按其评估",                                \
      "region code %s (%s) is in use only from %s; evaluated as given")                                     \
    /* evaluation (eval.c) */                                                                                \
    X(RULE_FAILED, "规则 %s/%s 运行失败:%s", "rule %s/%s failed: %s")                                        \
    X(AMOUNT_OVERFLOW, "规则 %s/%s 的金额超出可表示范围(int64 分)", "rule %s/%s: the amount is beyond the representable range (int64 fen)") \
    X(TOTAL_OVERFLOW, "各项金额合计超出可表示范围(int64 分)", "the total of the amounts is beyond the representable range (int64 fen)") \
    X(RECEIVED_OVERFLOW, "已获金额合计超出可表示范围(int64 分)", "the amounts received add up beyond the representable range (int64 fen)") \
    X(YEAR_AFTER_AS_OF, "数据年度 %d 晚于评估日期 %s", "the data year %d is after the as-of date %s")        \
    /* loading plugins (plugins.c) */                                                                        \
    X(PLUGIN_REFUSED, "插件%s%s 被拒绝:%s", "plugin%s%s refused: %s")                                       \
    X(PLUGIN_REFUSED_REQUIRED, "(配置标明它是必需的)", " (the config marks it required)")                  \
    X(PLUGIN_REFUSED_STRICT, "(已设置 [engine] strict_plugins)", " ([engine] strict_plugins is set)")      \
    X(PLUGIN_REFUSED_RUNNING, ";不带它及其规划继续运行", "; running without it and its plans")             \
    X(PLUGIN_NO_DESCRIPTOR, "其入口函数没有返回描述符", "its entry point returned no descriptor")            \
    X(PLUGIN_ABI, "它是为插件 ABI 版本 %u 构建的,本程序使用版本 %d", "it was built for plugin ABI version %u, this host speaks version %d") \
    X(PLUGIN_DESCRIPTOR_SIZE, "其描述符为 %u 字节,本程序要求至少 %zu 字节", "its descriptor is %u bytes, the host expects at least %zu") \
    X(PLUGIN_NAME, "其名称缺失或不符合 [a-z0-9_-]+", "its name is missing or not [a-z0-9_-]+")                \
    X(PLUGIN_JURISDICTION, "其辖区不是六位 GB/T 2260 代码", "its jurisdiction is not a six-digit GB/T 2260 code") \
    X(PLUGIN_DESCRIPTOR_LACKS, "其描述符缺少 name_zh、name_en 或 init", "its descriptor lacks name_zh, name_en or init") \
    X(PLUGIN_NAME_TAKEN, "名为“%s”的插件已从 %s 加载", "a plugin named '%s' is loaded already from %s")      \
    X(PLUGIN_JURISDICTION_TAKEN, "辖区 %s 已由先加载的插件“%s”(%s)提供", "jurisdiction %s is provided already by plugin '%s' (%s), loaded before it") \
    X(PLUGIN_UNRESOLVED, "无法解析其路径:%s", "it cannot be resolved: %s")                                  \
    X(PLUGIN_OUTSIDE, "它指向 %s,在插件目录 %s 之外", "it resolves to %s, outside the plugins directory %s") \
    X(PLUGIN_NOT_REGULAR, "它不是普通文件", "it is not a regular file")                                      \
    X(PLUGIN_WRITABLE_OTHERS, "其他用户可写(权限 %03o):请 chmod go-w", "it is writable by others (mode %03o): chmod go-w it") \
    X(PLUGIN_WRITABLE_GROUP, "同组用户可写(权限 %03o):请 chmod go-w", "it is writable by its group (mode %03o): chmod go-w it") \
    X(PLUGIN_NOT_SO, "不是可加载的共享库:%s", "not a loadable shared object: %s")                           \
    X(PLUGIN_NO_ENTRY, "它没有导出 %s", "it does not export %s")                                              \
    X(PLUGIN_CYCLE, "其行政区划代码循环相互取代(%s)", "its region codes replace one another in a cycle (%s)") \
    X(PLUGIN_INIT_FAILED, "其 init() 失败", "its init() failed")                                             \
    X(PLUGINS_DIR_CANNOT_OPEN, "无法打开插件目录", "cannot open the plugins directory")                      \
    X(PLUGINS_DIR_WRITABLE_OTHERS, "插件目录其他用户可写(权限 %03o):能写入该目录的人都能在 plancheck 中运行代码;请 chmod go-w", \
      "the plugins directory is writable by others (mode %03o): anyone who can write there could run code in plancheck; chmod go-w it") \
    X(PLUGINS_DIR_WRITABLE_GROUP, "插件目录同组用户可写(权限 %03o):能写入该目录的人都能在 plancheck 中运行代码;请 chmod go-w", \
      "the plugins directory is writable by its group (mode %03o): anyone who can write there could run code in plancheck; chmod go-w it") \
    X(PLUGIN_REPLACED_UNLISTED, "插件 %s:行政区划 %s 由 %s 取代,但没有已加载的插件列出后者", "plugin %s: region %s is replaced by %s, which no loaded plugin lists") \
    X(PLUGIN_REQUIRED_MISSING, "必需的插件“%s”没有从 %s 加载", "required plugin '%s' is not loaded from %s") \
    X(PLUGIN_SAYS, "插件 %s:%s", "plugin %s: %s")                                                           \
    /* a plugin's registrations (region.c, fields.c, plugins.c) */                                          \
    X(REG_NULL, "%s(NULL)", "%s(NULL)")                                                                      \
    X(REG_REGION_CODES, "行政区划“%s”:代码应为六位 GB/T 2260 代码", "region '%s': codes must be six-digit GB/T 2260 codes") \
    X(REG_REGION_NAMES, "行政区划 %s:需要 name_zh 和 name_en", "region %s: needs name_zh and name_en")       \
    X(REG_REGION_DATES, "行政区划 %s:日期应为 YYYY-MM-DD", "region %s: dates must be YYYY-MM-DD")            \
    X(REG_REGION_REPLACED, "行政区划 %s:有 replaced_by 就需要 valid_to", "region %s: replaced_by needs valid_to") \
    X(REG_REGION_NAME_DIFFERS, "行政区划 %s 已由插件 %s 以 name_zh“%s”声明;本插件写作“%s”",                \
      "region %s is declared already by plugin %s with name_zh '%s'; this plugin says '%s'")                 \
    X(REG_REGION_PARENT_DIFFERS, "行政区划 %s 已由插件 %s 以上级 %s 声明;本插件写作 %s",                   \
      "region %s is declared already by plugin %s with parent %s; this plugin says %s")                      \
    X(REG_REFERENCE_VALUE, "参考数据 %s/%s/%d:值 %g 不是有限数", "reference %s/%s/%d: the value %g is not a finite number") \
    X(REG_REFERENCE_NEEDS, "参考数据 %s/%s/%d:需要行政区划代码、已知的地区指标、年份和来源",             \
      "reference %s/%s/%d: needs a region code, a known region metric, a year and a source")                 \
    X(REG_FUNCTION, "add_function“%s”:需要唯一的名称 [a-z0-9_]+ 和一个函数", "add_function '%s': needs a unique name [a-z0-9_]+ and a function") \
    X(REG_FIELD_NEEDS, "字段“%s”:需要名称 [a-z][a-z0-9_]*、主体、类型、中英文标签",                       \
      "field '%s': needs a name [a-z][a-z0-9_]*, a subject, a type, zh and en labels")                      \
    X(REG_FIELD_NEEDS_ENUM, "字段“%s”:需要名称 [a-z][a-z0-9_]*、主体、类型、中英文标签和枚举值",          \
      "field '%s': needs a name [a-z][a-z0-9_]*, a subject, a type, zh and en labels and enum values")       \
    X(REG_FIELD_DIFFERS, "字段“%s”已由 %s 定义,且定义不同(类型或标签)", "field '%s' is already defined by %s, differently (type or labels)") \
    X(REG_FIELD_LABEL_TAKEN, "字段“%s”:其中文标签“%s”已是“%s”的标签或别名",                               \
      "field '%s': its zh label '%s' is the label or an alias of '%s' already")                              \
    X(REG_FIELD_NAME_TAKEN, "字段“%s”:其名称已是“%s”的别名", "field '%s': its name is an alias of '%s' already") \
    X(REG_ALIAS_EMPTY, "字段“%s”:别名“%s”为空", "field '%s': alias '%s' is empty")                          \
    X(REG_ALIAS_TAKEN, "字段“%s”:别名“%s”已是名称、标签或别名(属于“%s”)",                                  \
      "field '%s': alias '%s' is a name, label or alias already (of '%s')")                                  \
    X(REG_ALIAS_TWICE, "字段“%s”:别名“%s”重复给出", "field '%s': alias '%s' is given twice")               \
    X(REG_ENUM_NOT_ENUM, "字段“%s”:不是枚举字段,却给了枚举标签或别名", "field '%s': enum labels or aliases for a field that is not an enum") \
    X(REG_ENUM_LABEL_COUNT, "字段“%s”:%zu 个枚举标签对应 %zu 个枚举值", "field '%s': %zu enum labels for %zu enum values") \
    X(REG_ENUM_PAIRS, "字段“%s”:枚举别名应成对给出(别名, 值)", "field '%s': enum aliases come in pairs (alias, value)") \
    X(REG_ENUM_LABEL_TAKEN, "字段“%s”:枚举标签“%s”为空或已代表另一个值",                                   \
      "field '%s': enum label '%s' is empty or stands for another value already")                            \
    X(REG_ENUM_ALIAS_TAKEN, "字段“%s”:枚举别名“%s”->“%s”:别名为空或已代表某个值",                         \
      "field '%s': enum alias '%s' -> '%s': the alias is empty or stands for a value already")               \
    X(REG_ENUM_ALIAS_VALUE, "字段“%s”:枚举别名“%s”->“%s”:后者不是该字段的取值",                           \
      "field '%s': enum alias '%s' -> '%s': not one of the field's values")                                  \
    X(REG_NAMES_NO_FIELD, "“%s”的字段名称:%s 没有这个字段(请先 add_field)", "field names for '%s': no such field of %s (add_field it first)") \
    X(REG_NAMES_TWICE, "字段“%s”:其名称已登记过", "field '%s': its names are registered already")         \
    X(OUT_OF_MEMORY, "内存不足", "out of memory")                                                            \
    /* plugins' checks (plugins.c) */                                                                        \
    X(PLUGIN_CHECKED, "%s(由插件 %s 检查)", "%s (checked by plugin %s)")                                   \
    /* batches (batch.c) */                                                                                  \
    X(RECORD_TOO_LONG, "该记录长 %zu 字节,一条记录最多 %d 字节", "the record is %zu bytes long; a record may have at most %d") \
    X(EVAL_TIMEOUT, "评估未在 %ld 毫秒内结束([engine] eval_timeout_ms):已放弃(插件的原生函数或沙箱无法中断的其他代码)", \
      "the evaluation did not end within %ld ms ([engine] eval_timeout_ms): given up (a plugin's native "    \
      "function or other code the sandbox cannot interrupt)")                                                \
    /* the sandbox's refusals inside a rule's failure (lua.c, said in English inside Lua) */              \
    X(LUA_INSTRUCTIONS, "指令数超出上限(%lld 条指令;[engine] lua_instructions)",                           \
      "instruction limit exceeded (%lld instructions; [engine] lua_instructions)")                           \
    X(LUA_MEMORY, "内存超出上限(%lld MB;[engine] lua_memory_mb)", "memory limit exceeded (%lld MB; [engine] lua_memory_mb)") \
    X(LUA_ALLOCATION, "分配预算超出上限(一次调用分配了 %lld MB:[engine] lua_memory_mb 的 4 倍)",             \
      "allocation budget exceeded (%lld MB allocated in one call: 4 times [engine] lua_memory_mb)")           \
    X(LUA_STRING, "字符串超过 %lld KiB(规则代码可生成的最长字符串)",                                         \
      "string longer than %lld KiB (the longest string rule code may make)")                                 \
    X(LUA_DEADLINE, "评估超出时限(%lld 毫秒;[engine] eval_timeout_ms)",                                      \
      "evaluation deadline exceeded (%lld ms; [engine] eval_timeout_ms)")                                    \
    X(CSV_HEADER_UNKNOWN, "表头第 %zu 列不是已知字段(字段名和中文名见 docs/fields.md)",                    \
      "column %zu of the header is not a known field (docs/fields.md lists names and zh labels)")            \
    X(CSV_REGION_COLUMNS, "地区 CSV 需要行政区划列和年份列(每个地区每年一行)",                              \
      "a region CSV needs a region column and a year column (one row per region and year)")                  \
    X(CSV_HEADER_BAD, "表头:%s", "the header: %s")                                                          \
    X(CSV_CELLS, "%zu 个单元格,表头有 %zu 列", "%zu cells, the header has %zu columns")                    \
    X(CSV_MALFORMED, "CSV 格式错误:%s", "malformed CSV: %s")                                                 \
    X(CSV_QUOTE_NOT_CLOSED, "CSV 格式错误:带引号的单元格到文件末尾仍未结束",                                \
      "malformed CSV: a quoted cell is not closed at the end of the file")                                   \
    X(CSV_QUOTE_INSIDE, "CSV 格式错误:未加引号的单元格中有引号(请给整个单元格加引号,并把其中的引号写两遍)", \
      "malformed CSV: a quote inside an unquoted cell (quote the whole cell and double the quote)")          \
    X(CSV_TEXT_AFTER_QUOTE, "CSV 格式错误:单元格的结束引号后还有文字", "malformed CSV: text after the closing quote of a cell") \
    X(CSV_QUOTE_TOO_LONG, "CSV 格式错误:带引号的单元格超过 1 MiB(引号未闭合?)",                            \
      "malformed CSV: a quoted cell runs on for more than 1 MiB (a quote not closed?)")                      \
    X(READ_ERROR, "读取错误:%s", "read error: %s")                                                           \
    X(WRITE_FAILED, "写出结果失败:%s", "writing the results failed: %s")                                     \
    /* compare (compare.c) */                                                                                \
    X(COMPARE_RESULT, "每个结果应有字符串 plan、rule 和 status", "expected each result to have plan, rule and status strings") \
    X(COMPARE_AMOUNT, "应为以元计、最多两位小数的金额,实际为“%s”", "expected an amount in yuan with at most 2 decimals, got '%s'") \
    X(COMPARE_AMOUNT_TYPE, "应为数字或 null", "expected a number or null")                                  \
    X(COMPARE_LINE, "每行应为一个 JSON 对象(batch 的输出格式)", "expected one JSON object per line, as batch writes them") \
    X(COMPARE_RESULTS, "应有 \"results\" 数组", "expected a \"results\" array")                          \
    X(COMPARE_RECORD_TWICE, "记录 %s 出现两次", "record %s appears twice")                                 \
    X(COMPARE_TEXT, "应为不含 NUL 字节的 UTF-8 文本", "expected UTF-8 text without NUL bytes")              \
    X(COMPARE_WRITE, "无法写出比较结果:%s", "cannot write the comparison: %s")                              \
    /* lint (lint.c) */                                                                                      \
    X(LINT_ITEM, "%s“%s”:%s", "%s '%s': %s")                                                                \
    X(LINT_CHECK_UNKNOWN_FIELD, "check{} 代码读取 e.%s,字段词典中没有它(见 docs/fields.md)",             \
      "check{} code reads e.%s, which the field dictionary does not know (docs/fields.md)")                 \
    X(LINT_CHECK_UNLISTED_FIELD, "check{} 代码读取 e.%s,但其 fields 列表没有列出它:在那里它总是 nil",     \
      "check{} code reads e.%s, which its fields list does not name: it is always nil there")               \
    X(LINT_CHECK_FAILED, "check{} 代码无法在样例值上运行:%s", "check{} code could not be run on sample values: %s") \
    X(LINT_CAP_BELOW_AMOUNT, "上限(%s 元)低于 %s 的单笔金额(%s 元)", "the cap (%s yuan) is below a single amount of %s (%s yuan)") \
    X(LINT_CAP_BELOW_ITEM, "上限(%s 元)低于 %s 的单件金额(%s 元)", "the cap (%s yuan) is below a single item of %s (%s yuan)") \
    X(LINT_WHEN_SAME, "when():两个分支金额相同,条件不起作用", "when(): both branches are the same amount, so the condition changes nothing") \
    X(LINT_TOLERANCE, "容差 %g:偏离其数字超过 50%% 的“左右”算不上“约”", "tolerance %g: 左右 more than 50%% off its figure is hardly 'about'") \
    X(LINT_ADDED_SUBTRACTED, "指标 %s 既被加上又被减去", "metric %s is both added and subtracted")           \
    X(LINT_INCREASING_CUMULATIVE, "对累计值判断逐年递增,只要当年数字大于 0 就总成立:请比较指标本身",       \
      "increasing on a cumulative sum holds whenever the year's figure is above 0: compare the metric itself") \
    X(LINT_FROM_FIRST_YEAR, "from = %d 已是规划期的第一年:请去掉它", "from = %d is the period's first year already: leave it out") \
    X(LINT_UNIT_DIFFERS, "单位“%s”,但指标 %s 以“%s”计", "unit '%s' but the metric %s is counted in '%s'")     \
    X(LINT_UNIT_OWN, "单位“%s”是指标本身的单位,但测度(每万人、占比、比值或增长率)并不以它计",           \
      "unit '%s' is the metric's own, but the measure (per 10,000 people, a share, a ratio or a growth rate) is not counted in it") \
    X(LINT_PARAM_UNUSED, "参数 %s 已声明,但没有金额用到它", "parameter %s is declared but no amount uses it") \
    X(LINT_NO_PLUGIN, "规划 %s:没有已加载的插件覆盖其辖区 %s,因此没有人列出其下的行政区划代码,那里的输入会被拒绝(见 docs/guide-write-a-plugin.md)", \
      "plan %s: no loaded plugin covers its jurisdiction %s, so no one lists the region codes beneath it and input there is refused (docs/guide-write-a-plugin.md)") \
    /* the config (config.c) */                                                                              \
    X(CONFIG_LINE_TOO_LONG, "该行长 %zu 字节,配置文件的一行最多 %d 字节", "the line is %zu bytes long; a config line may have at most %d") \
    X(CONFIG_LANG, "应为 zh 或 en,实际为“%s”", "expected zh or en, got '%s'")                              \
    X(CONFIG_MEMORY, "应为兆字节数,1 到 65536,实际为“%s”", "expected megabytes, 1 to 65536, got '%s'")      \
    X(CONFIG_INSTRUCTIONS, "应为不少于 1000 的指令数,实际为“%s”", "expected an instruction count of at least 1000, got '%s'") \
    X(CONFIG_BOOL, "应为 true 或 false,实际为“%s”", "expected true or false, got '%s'")                    \
    X(CONFIG_TIMEOUT, "应为毫秒数,0(不设看门狗)到 86400000,实际为“%s”",                                  \
      "expected milliseconds, 0 (no watchdog) to 86400000, got '%s'")                                        \
    X(CONFIG_ENGINE_KEY, "未知的键“%s”(应为 rules、plugins、lang、lua_memory_mb、lua_instructions、strict_plugins、eval_timeout_ms 或 csv_bom)", \
      "unknown key '%s' (expected rules, plugins, lang, lua_memory_mb, lua_instructions, strict_plugins, eval_timeout_ms or csv_bom)") \
    X(CONFIG_SERVE_KEY, "未知的键(应为以下之一:%s)", "unknown key (expected one of%s)")                   \
    X(CONFIG_TWICE, "重复设置(首次在第 %ld 行)", "set twice (first on line %ld)")                         \
    X(CONFIG_SECTION, "未知的节 [%s](应为 [engine]、[serve]、[plugin.<name>] 或 [plan.<id>])",            \
      "unknown section [%s] (expected [engine], [serve], [plugin.<name>] or [plan.<id>])")                   \
    X(CONFIG_UNREADABLE, "无法读取配置文件", "cannot read config")                                           \
    X(CONFIG_CANNOT_OPEN, "无法打开配置文件:%s", "cannot open config: %s")                                 \
    X(CONFIG_NO_PLAN, "[%1$s]:%3$s 中没有加载 id 为“%2$s”的规划", "[%s]: no plan with id '%s' is loaded from %s") \
    X(CONFIG_NO_PARAM, "规划 %s 没有参数“%s”(应为 <rule-id>.<param>;`plancheck plans` 列出各参数)",     \
      "plan %s has no parameter '%s' (expected <rule-id>.<param>; `plancheck plans` lists them)")           \
    X(CONFIG_PARAM_MONEY, "应为以元计、最多两位小数的金额(如 20000 或 1234.56),实际为“%s”",               \
      "expected decimal yuan with at most 2 decimals (e.g. 20000 or 1234.56), got '%s'")                     \
    X(CONFIG_PARAM_RATE, "应为 0 到 1 之间的小数(如 0.5 或 0.035),实际为“%s”",                              \
      "expected a decimal fraction from 0 to 1 (e.g. 0.5 or 0.035), got '%s'")                               \
    X(CONFIG_PLUGIN_KEY_UNREAD, "[%s]:插件没有读取这个键", "[%s]: the plugin did not read this key")          \
    /* loading (engine.c) */                                                                                 \
    X(CANNOT_OPEN, "无法打开:%s", "cannot open: %s")                                                        \
    X(INPUT_ENCODING, "输入编码“%s”:应为 utf-8、gbk 或 gb18030", "input encoding '%s': expected utf-8, gbk or gb18030") \
    X(NO_RULES_DIR, "规则目录不存在(请用 --rules 或 [engine] rules 设定)", "the rules directory does not exist (set --rules or [engine] rules)") \
    X(NO_PLUGINS_DIR, "没有插件目录(请用 --plugins 或 [engine] plugins 设定)", "no plugins directory (set --plugins or [engine] plugins)") \
    X(MISPLACED_RULE_FILE, "规则文件的目录层级不对,未加载:规则文件应为 <rules>/<辖区>/<规划>.lua",         \
      "rule file at the wrong depth, not loaded: rule files are <rules>/<jurisdiction>/<plan>.lua")         \
    X(PLAN_PLUGIN_REFUSED, "规划 %s 未加载:其辖区 %s 属于插件 %s,而该插件已被拒绝",                        \
      "plan %s not loaded: its jurisdiction %s is that of plugin %s, which was refused")                   \
    X(PLAN_PLUGIN_REFUSED_NO_ID, "规划未加载:其辖区 %s 属于插件 %s,而该插件已被拒绝",                      \
      "plan not loaded: its jurisdiction %s is that of plugin %s, which was refused")                       \
    X(PLAN_ID_TWICE, "规划 id“%s”已在 %s 中声明", "plan id '%s' is declared already in %s")                  \
    /* rule files (dsl.c) */ \
    X(DSL_NUL_BYTE, "字符串“%s\\0...”含有 NUL 字节", \
      "the string \"%s\\0...\" holds a NUL byte") \
    X(DSL_KEY_NOT_NAME, "%s:键必须是名称", \
      "%s: keys must be names") \
    X(DSL_ZH_EN_REQUIRED, "缺少必填的“%s”:{zh = \"...\", en = \"...\"}", \
      "'%s' is required: {zh = \"...\", en = \"...\"}") \
    X(DSL_ZH_EN_BOTH, "“%s”需要 zh 和 en 两项,均为非空字符串", \
      "'%s' needs both zh and en, non-empty strings") \
    X(DSL_ZH_EN_FORM, "“%s”应为 {zh = \"...\", en = \"...\"}", \
      "'%s' must be {zh = \"...\", en = \"...\"}") \
    X(DSL_ZH_EN_OR_STRING, "“%s”应为 {zh = \"...\", en = \"...\"} 或字符串", \
      "'%s' must be {zh = \"...\", en = \"...\"} or a string") \
    X(DSL_STRING, "“%s”应为字符串", \
      "'%s' must be a string") \
    X(DSL_STRING_REQUIRED, "缺少必填的“%s”(应为字符串)", \
      "'%s' must be a string (required)") \
    X(DSL_INTEGER, "“%s”应为整数", \
      "'%s' must be an integer") \
    X(DSL_YEAR, "“%s” = %lld 不是 %d-%d 之间的年份", \
      "'%s' = %lld is not a year %d-%d") \
    X(DSL_BOOL, "“%s”应为 true 或 false", \
      "'%s' must be true or false") \
    X(DSL_MONEY_RANGE, "%s:金额超出范围", \
      "%s: money out of range") \
    X(DSL_MONEY_FORM, "%s:金额应为整数元(300000)或小数字符串(\"1234.56\"),不能是浮点数", \
      "%s: money must be integer yuan (300000) or a decimal string (\"1234.56\"), not a float") \
    X(DSL_LIST_TOO_LONG, "%s 列出 %zu 项;最多 %d 项", \
      "%s lists %zu entries; at most %d") \
    X(DSL_COND_LIST_EMPTY, "%s{} 需要非空的条件列表", \
      "%s{} needs a non-empty list of conditions") \
    X(DSL_CHECK_FIELDS, "check{} 需要 fields = {\"field\", ...}:列出 fn 读取的字段", \
      "check{} needs fields = {\"field\", ...}: the fields fn reads") \
    X(DSL_CHECK_FIELD_ENTRY, "check{} fields:第 %zu 项应为字段名(字符串),而不是 %s", \
      "check{} fields: entry %zu must be a field name (a string), not a %s") \
    X(DSL_CHECK_FN, "check{} 需要 fn = function(e) ... end", \
      "check{} needs fn = function(e) ... end") \
    X(DSL_NEEDS_FIELD, "%s() 的第一个参数应为字段名", \
      "%s() needs a field name first") \
    X(DSL_ONE_OF_EMPTY, "one_of(\"%s\", {...}) 需要非空列表", \
      "one_of(\"%s\", {...}) needs a non-empty list") \
    X(DSL_COND_DEPTH, "条件嵌套超过 %d 层", \
      "conditions nested more than %d deep") \
    X(DSL_NOT_CONDITION, "“%s”应为条件:gt(\"field\", n)、is(\"field\")、all{...} 等", \
      "'%s' must be a condition: gt(\"field\", n), is(\"field\"), all{...}, ...") \
    X(DSL_BAD_CONDITION, "%s:不是有效的条件", \
      "%s: not a valid condition") \
    X(DSL_PARAMS_TABLE, "“params”应为由 name = money_param{...} 组成的表", \
      "'params' must be a table of name = money_param{...}") \
    X(DSL_PARAMS_ENTRY, "params:每一项应为 name = money_param{...} 或 rate_param{...}", \
      "params: each entry must be name = money_param{...} or rate_param{...}") \
    X(DSL_PARAM_DEFAULT_MONEY, "参数 %s:default 应为以元计、最多两位小数的金额(如 20000 或 1234.56),写作整数或字符串", \
      "param %s: default must be decimal yuan with at most 2 decimals (e.g. 20000 or 1234.56), written as an integer or a string") \
    X(DSL_PARAM_DEFAULT_RATE, "参数 %s:default 应为 0 到 1 之间的小数(如 0.5 或 0.035),写作整数或字符串", \
      "param %s: default must be a decimal fraction from 0 to 1 (e.g. 0.5 or 0.035), written as an integer or a string") \
    X(DSL_PARAM_LABEL, "参数 %s:需要 {zh = ..., en = ...}", \
      "param %s: needs {zh = ..., en = ...}") \
    X(DSL_WHEN_COND, "when(cond, amount[, otherwise]) 的第一个参数应为条件", \
      "when(cond, amount[, otherwise]) needs a condition first") \
    X(DSL_WHEN_AMOUNT, "when(cond, amount[, otherwise]) 需要条件成立时的金额", \
      "when(cond, amount[, otherwise]) needs the amount for when cond holds") \
    X(DSL_AMOUNT_DEPTH, "金额嵌套超过 %d 层", \
      "amounts nested more than %d deep") \
    X(DSL_AMOUNT_FORM, "“amount”应为 fixed()、per_item()、rate()、sum{}、min_of{} 或 when()", \
      "'amount' must be fixed(), per_item(), rate(), sum{}, min_of{} or when()") \
    X(DSL_AMOUNT_LIST_EMPTY, "%s{} 需要非空的金额列表", \
      "%s{} needs a non-empty list of amounts") \
    X(DSL_PARAM_UNDECLARED, "%s():“%s”不是 params 中声明的参数", \
      "%s(): '%s' is not a parameter declared in params") \
    X(DSL_PARAM_KIND, "%s():参数“%s”应为 %s", \
      "%s(): parameter '%s' must be a %s") \
    X(DSL_PER_ITEM_COUNT, "per_item():字段 %s 应为计数", \
      "per_item(): field %s must be a count") \
    X(DSL_RATE_MONEY, "rate():字段 %s 应为金额", \
      "rate(): field %s must be money") \
    X(DSL_NUMBER, "“%s”应为数值", \
      "'%s' must be a number") \
    X(DSL_OUT_OF_RANGE, "“%s”超出范围", \
      "'%s' is out of range") \
    X(DSL_METRIC_LIST, "%s 应为地区指标名,或最多 8 个指标名的列表(%s)", \
      "%s must be a region metric name, or a list of up to 8 names to %s") \
    X(DSL_METRIC_ENTRY, "%s:第 %zu 项应为地区指标名", \
      "%s: entry %zu must be a region metric name") \
    X(DSL_METRIC_KEYS, "metric = {...}:只能列出指标名和 minus = {...}", \
      "metric = {...}: only metric names and minus = {...} may be listed") \
    X(DSL_MINUS_MIXED, "minus %s:金额与计数不能相减", \
      "minus %s: money and counts cannot be combined") \
    X(DSL_TARGET_POSITIVE, "目标值应为正数", \
      "the target value must be positive") \
    X(DSL_SIDED_TOLERANCE, "%s = v 需要 tolerance = 0 到 1 之间的小数(0.1 即 10%%):写明“左右”允许多少", \
      "%s = v needs tolerance = a fraction between 0 and 1 (0.1 is 10%%): state how much 左右 allows") \
    X(DSL_MIN_GROWTH_INCREASING, "min_growth 只能与 increasing = true 一起使用", \
      "min_growth goes with increasing = true only") \
    X(DSL_MIN_GROWTH_POSITIVE, "min_growth 应为正的小数(0.05 即每年 5%%);单用 increasing 已要求高于上一年", \
      "min_growth must be a positive fraction (0.05 is 5%% a year); increasing alone already asks for more than the year before") \
    X(DSL_FROM_MEASURE, "from = Y 只能与 cumulative、every_year 或 increasing 一起使用:它们开始计算的年份", \
      "from = Y goes with cumulative, every_year or increasing: the first year they count") \
    X(DSL_FROM_DUE, "from = %d 应为不晚于截止年份 %d 的年份", \
      "from = %d must be a year up to the due year %d") \
    X(DSL_FROM_EARLY, "from = %d 早于规划期(%d-%d)十年以上", \
      "from = %d lies more than ten years before the plan period (%d-%d)") \
    X(DSL_REPORT_STRIVE, "report = true 不设数字,因此无从“力争”(strive)", \
      "report = true states no figure, so there is nothing to strive for") \
    X(DSL_REPORT_EVERY_YEAR, "report = true 不作判断,因此 every_year 没有意义", \
      "report = true judges nothing, so every_year has no meaning") \
    X(DSL_INCREASING_MEASURE, "increasing 把每年与上一年比较:请用指标本身,而不是 new_since 或 ratio_to_year", \
      "increasing compares each year with the year before: use the metric itself, not new_since or ratio_to_year") \
    X(DSL_EXACT_MEASURE, "at_least_about、at_most_about、increasing、report、minus、share_of 列表和 from 只能用于指标本身、每万人、占比或累计值(不能用于 growth、ratio_to_year 或 new_since)", \
      "at_least_about, at_most_about, increasing, report, minus, a share_of list and from take a metric, per 10,000 people, a share or a cumulative sum (not growth, ratio_to_year or new_since)") \
    X(DSL_PER_UNIT, "per = \"%s\":唯一的单位是 \"10k_people\"", \
      "per = \"%s\": the only unit is \"10k_people\"") \
    X(DSL_ONE_MEASURE, "目标最多只能有 per、share_of、ratio_to_year、new_since、cumulative、growth 中的一项", \
      "a target takes at most one of per, share_of, ratio_to_year, new_since, cumulative, growth") \
    X(DSL_REF_YEAR, "参照年份 %d 应不晚于规划的最后一年 %d", \
      "the reference year %d must be a year up to the plan's last year %d") \
    X(DSL_MONEY_TARGET_FLOAT, "金额指标上的“%s”应为整数元(120亿元即 12000000000),不能是浮点数", \
      "'%s' on a money metric must be integer yuan (120亿元 is 12000000000), not a float") \
    X(DSL_MONEY_TARGET_RANGE, "“%s” = %lld 元超出 plancheck 能表示的金额(最多 %lld 元)", \
      "'%s' = %lld yuan is beyond the amounts of money plancheck holds (at most %lld)") \
    X(DSL_TARGET_FINITE, "“%s”应为绝对值不超过 2^53 的有限数,实际为 %g", \
      "'%s' must be a finite number of at most 2^53, got %g") \
    X(DSL_ABOVE_SHARE, "above 不能与 share_of 一起使用", \
      "above cannot be combined with share_of") \
    X(DSL_METRIC_NOT_NUMBER, "指标 %s 不是数值", \
      "metric %s is not a number") \
    X(DSL_METRIC_SUM_MIXED, "指标 %s:金额与计数不能相加", \
      "metric %s: money and counts cannot be summed") \
    X(DSL_ONE_COMPARE, "目标须有且只有 at_least、at_most、about、above、at_least_about、at_most_about、increasing、report 中的一项", \
      "a target needs exactly one of at_least, at_most, about, above, at_least_about, at_most_about, increasing, report") \
    X(DSL_ABOUT_TOLERANCE, "about = v 需要 tolerance = 0 到 1 之间的小数(0.05 即 ±5%%):写明“左右”允许多少", \
      "about = v needs tolerance = a fraction between 0 and 1 (0.05 is ±5%%): state how much 左右 allows") \
    X(DSL_TOLERANCE_ALONE, "tolerance 只能与 about、at_least_about 或 at_most_about 一起使用", \
      "tolerance goes with about, at_least_about or at_most_about only") \
    X(DSL_DUE_REQUIRED, "缺少必填的“due”(判断其年末数值的年份)", \
      "'due' (the year whose year-end value is judged) is required") \
    X(DSL_DUE_PERIOD, "due %d 不在规划期 %d-%d 之内", \
      "due %d lies outside the plan period %d-%d") \
    X(DSL_REQUIRED, "缺少必填的“%s”", \
      "'%s' is required") \
    X(DSL_CAP_PER, "cap.per 应为 \"plan\" 或 \"year\"", \
      "cap.per must be \"plan\" or \"year\"") \
    X(DSL_CAP_FORM, "“cap”应为 {yuan = N, per = \"plan\" | \"year\"}", \
      "'cap' must be {yuan = N, per = \"plan\" | \"year\"}") \
    X(DSL_DATE, "“%s”应为日期 YYYY-MM-DD,实际为“%s”", \
      "'%s' must be a date YYYY-MM-DD, got '%s'") \
    X(DSL_PLAN_ID, "规划 id“%s”只能由 [a-z0-9-]+ 组成", \
      "plan id '%s' must be [a-z0-9-]+") \
    X(DSL_JURISDICTION, "辖区“%s”不是 GB/T 2260 行政区划代码", \
      "jurisdiction '%s' is not a GB/T 2260 code") \
    X(DSL_PERIOD, "“period”应为 {first_year, last_year},年份在 %d-%d 之间,如 {2015, 2020}", \
      "'period' must be {first_year, last_year}, years %d-%d, e.g. {2015, 2020}") \
    X(DSL_IN_FORCE, "“in_force”应为 {from = \"YYYY-MM-DD\", to = \"YYYY-MM-DD\"}", \
      "'in_force' must be {from = \"YYYY-MM-DD\", to = \"YYYY-MM-DD\"}") \
    X(DSL_BASELINE_YEAR, "baseline_year 应早于规划的最后一年", \
      "baseline_year must lie before the plan's last year") \
    X(DSL_NO_PLAN, "文件没有声明 plan{}", \
      "the file declares no plan{}") \
    X(DSL_KIND_CHANGED, "声明的“kind”在声明之后被改动了", \
      "the declaration's 'kind' was changed after it was declared") \
    X(DSL_ITEM_ID, "id 只能由 [a-z0-9-]+ 组成", \
      "id must be [a-z0-9-]+") \
    X(DSL_DUPLICATE_ID, "id 重复(首次在第 %ld 行)", \
      "duplicate id (first on line %ld)") \
    X(DSL_CITE_EMPTY, "“cite”应写明所依据的条款,如 \"三、(一)\"", \
      "'cite' must name the clause, e.g. \"三、(一)\"") \
    X(DSL_UNKNOWN_KEY, "%s:未知的键“%s”", \
      "%s: unknown key '%s'") \
    X(DSL_UNKNOWN_FIELD, "未知的企业字段“%s”(见 docs/fields.md)", \
      "unknown enterprise field '%s' (see docs/fields.md)") \
    X(DSL_UNKNOWN_METRIC, "未知的地区指标“%s”(见 docs/fields.md)", \
      "unknown region metric '%s' (see docs/fields.md)") \
    X(DSL_USE_FIELD_NAME, ";规则中请写字段名:“%s”", \
      "; rules use the field's name: '%s'") \
    X(DSL_NOT_A_VALUE, "“%s”不是 %s 的取值", \
      "'%s' is not a value of %s") \
    X(DSL_USE_VALUE, ";规则中请写取值本身:“%s”", \
      "; rules use the value itself: '%s'") \
    X(DSL_COMPARED_TYPE, "与 %2$s 比较的值应为%1$s", \
      "the value compared with %2$s must be %1$s") \
    X(DSL_NOT_BOOLEAN, "%2$s(\"%3$s\"):该字段是%1$s,不是布尔值", \
      "%2$s(\"%3$s\"): the field is %1$s, not boolean") \
    X(DSL_NOT_NUMBER_FIELD, "%2$s(\"%3$s\", ...):该字段是%1$s,不是数值", \
      "%2$s(\"%3$s\", ...): the field is %1$s, not a number") \
    X(DSL_UNKNOWN_CONDITION, "未知的条件“%s”", \
      "unknown condition '%s'") \
    X(DSL_UNREADABLE, "无法读取声明:%s", \
      "the declarations could not be read: %s") \
    /* plancheck test's cases (ruletest.c) */                                                          \
    X(RULETEST_VALUE, "应为数值、布尔值或字符串", "expected a number, a boolean or a string")                  \
    X(RULETEST_NO_SUBJECT, "用例需要 enterprise = {...} 或 region = {...}", "a case needs enterprise = {...} or region = {...}") \
    X(RULETEST_NO_PARAM, "规划 %s 没有这个名称的参数 <rule-id>.<param>", "no parameter <rule-id>.<param> of plan %s by that name") \
    X(RULETEST_AS_OF, "应为日期 YYYY-MM-DD", "must be a date YYYY-MM-DD")                                   \
    X(RULETEST_AS_OF_STRING, "应为日期 YYYY-MM-DD(字符串)", "must be a date YYYY-MM-DD (a string)")         \
    /* what-if (whatif.c) */                                                                                 \
    X(SET_ENTERPRISE, "--set: 应为 FIELD=VALUE,实际为“%s”", "--set: expected FIELD=VALUE, got '%s'")        \
    X(SET_REGION, "--set: 应为 YEAR.METRIC=VALUE,实际为“%s”", "--set: expected YEAR.METRIC=VALUE, got '%s'") \
    X(SET_YEAR, "--set: 应为 YEAR.METRIC=VALUE(年份在 1900 到 2200 之间),实际为“%s”",                     \
      "--set: expected YEAR.METRIC=VALUE (a year from 1900 to 2200), got '%s'")                              \
    X(PARAM_FORM, "--param: 应为 PLAN/RULE.PARAM=VALUE(即配置中的 [plan.PLAN] RULE.PARAM),实际为“%s”",      \
      "--param: expected PLAN/RULE.PARAM=VALUE (the config's [plan.PLAN] RULE.PARAM), got '%s'")

#define PC_X_DIAG_ID(id, zh, en) PC_D_##id,
typedef enum pc_diag_id { PC_D_NONE, PC_DIAGS(PC_X_DIAG_ID) PC_D_COUNT } pc_diag_id;
#undef PC_X_DIAG_ID

/* The format of a message in a language; its stable code ("GIVEN_TWICE"),
 * NULL for PC_D_NONE. */
const char *pc_diag_format(pc_diag_id id, pc_lang lang);
const char *pc_diag_id_name(pc_diag_id id);

#endif /* PC_DIAG_MESSAGES_H */
