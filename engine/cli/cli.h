/* cli.h -- what the command line's files share. */
#ifndef PC_CLI_H
#define PC_CLI_H

#include "plancheck/plancheck.h"

#include <stdio.h>

/* The commands: X(ID, name), one list (main.c names and dispatches them). */
#define PC_COMMANDS(X)         \
    X(CHECK, "check")          \
    X(PROGRESS, "progress")    \
    X(PLANS, "plans")          \
    X(BATCH, "batch")          \
    X(LINT, "lint")            \
    X(TEST, "test")            \
    X(SERVE, "serve")          \
    X(TEMPLATE, "template")    \
    X(TYPES, "types")          \
    X(COMPARE, "compare")

#define PC_X_CMD(id, name) CMD_##id,
typedef enum cli_command { CMD_NONE = -1, PC_COMMANDS(PC_X_CMD) CMD_COUNT } cli_command;
#undef PC_X_CMD

/* The command line's own messages: X(ID, zh, en), the same arguments in the
 * same order (main.c's cli_text); usage errors take at most one %s. */
#define PC_CLI_MESSAGES(X) \
    X(AS_OF, "--as-of: 应为日期 YYYY-MM-DD,实际为“%s”", \
      "--as-of: expected a date YYYY-MM-DD, got '%s'") \
    X(FORMAT, "--format: 应为 text、json、csv 或 html,实际为“%s”", \
      "--format: expected text, json, csv or html, got '%s'") \
    X(KIND, "--kind: 应为 enterprise 或 region,实际为“%s”", \
      "--kind: expected enterprise or region, got '%s'") \
    X(THREADS, "--threads: 应为 1 到 256 的数字,实际为“%s”", \
      "--threads: expected a number from 1 to 256, got '%s'") \
    X(ENCODING, "--encoding: 应为 utf-8、gbk 或 gb18030,实际为“%s”", \
      "--encoding: expected utf-8, gbk or gb18030, got '%s'") \
    X(ONLY, "--only: 应为 eligible,实际为“%s”", \
      "--only: expected eligible, got '%s'") \
    X(LANG, "--lang: 应为 zh 或 en,实际为“%s”", \
      "--lang: expected zh or en, got '%s'") \
    X(NEEDS_VALUE, "选项“%s”需要一个值", \
      "option '%s' needs a value") \
    X(UNKNOWN_OPTION, "未知选项“%s”", \
      "unknown option '%s'") \
    X(NO_COMMAND, "未给出命令", \
      "no command given") \
    X(COMPARE_ARGS, "compare 需要两个文件:OLD NEW(batch 的输出,JSON Lines)", \
      "compare takes two files: OLD NEW (batch outputs, JSON Lines)") \
    X(COMPARE_OPTIONS, "compare: --kind、--threads、--out、--no-rules、--explain、--listen、--region 和 --decision-log 不适用", \
      "compare: --kind, --threads, --out, --no-rules, --explain, --listen, --region and --decision-log do not apply") \
    X(UNKNOWN_COMMAND, "未知命令“%s”(应为 check、progress、batch、plans、lint、test、template、types、compare 或 serve)", \
      "unknown command '%s' (expected check, progress, batch, plans, lint, test, template, types, compare or serve)") \
    X(REGION_WITH_TEMPLATE, "%s: --region 只用于 template", \
      "%s: --region goes with template") \
    X(TEMPLATE_ARGS, "template 不接受参数(地区用 --region CODE 给出)", \
      "template takes no arguments (the region is --region CODE)") \
    X(TEMPLATE_REGION, "template 需要 --region CODE(六位行政区划代码)", \
      "template needs --region CODE (a six-digit region code)") \
    X(TEMPLATE_OPTIONS, "template: --format csv、--threads、--out、--no-rules 和 --explain 不适用", \
      "template: --format csv, --threads, --out, --no-rules and --explain do not apply") \
    X(BATCH_OPTIONS, "%s: --kind、--threads、--out 和 --no-rules 只用于 batch", \
      "%s: --kind, --threads, --out and --no-rules go with batch") \
    X(SERVE_OPTIONS, "%s: --listen 和 --decision-log 只用于 serve", \
      "%s: --listen and --decision-log go with serve") \
    X(SERVE_ARGS, "serve 不接受参数,也不接受 --format(它以 JSON 回答)", \
      "serve takes no arguments and no --format (it answers JSON)") \
    X(TYPES_ARGS, "types 不接受参数,也不接受 --format(它输出 Lua)", \
      "types takes no arguments and no --format (it writes Lua)") \
    X(EXPLAIN, "%s: --explain 只用于 check 和 progress", \
      "%s: --explain goes with check and progress") \
    X(FORMAT_CSV, "%s: --format csv 只用于 check、progress、batch 和 compare", \
      "%s: --format csv goes with check, progress, batch and compare") \
    X(EXPLAIN_CSV, "%s: --explain 不能与 --format csv 同用(推理过程见文本和 JSON 输出)", \
      "%s: --explain does not go with --format csv (its trace is in text and JSON)") \
    X(FORMAT_HTML, "%s: --format html 只用于 check 和 progress", \
      "%s: --format html goes with check and progress") \
    X(HTML_ONE, "%s: --format html 只写一页:请给出一个输入文件", \
      "%s: --format html writes one page: give one input file") \
    X(BATCH_ONE, "batch 只接受一个输入文件(或 - 表示标准输入)", \
      "batch takes one input file (or - for standard input)") \
    X(NO_INPUT, "%s: 请至少给出一个输入文件(或 - 表示从标准输入读 JSON)", \
      "%s: give at least one input file (or - for JSON on stdin)") \
    X(ONLY_ELIGIBLE, "%s: --only eligible 只用于企业的 batch", \
      "%s: --only eligible goes with batch of enterprises") \
    X(SET, "%s: --set 只用于 check 和 progress", \
      "%s: --set goes with check and progress") \
    X(PARAM, "%s: --param 只用于 check、progress、batch 和 plans", \
      "%s: --param goes with check, progress, batch and plans") \
    X(SET_ENTERPRISE, "--set: 应为 FIELD=VALUE,实际为“%s”", \
      "--set: expected FIELD=VALUE, got '%s'") \
    X(SET_REGION, "--set: 应为 YEAR.METRIC=VALUE,实际为“%s”", \
      "--set: expected YEAR.METRIC=VALUE, got '%s'") \
    X(NO_BOM, "%s: --no-bom 只用于 --format csv", \
      "%s: --no-bom goes with --format csv") \
    X(COMPARE_STDIN, "compare: OLD 和 NEW 至多一个可以是标准输入", \
      "compare: at most one of OLD and NEW can be standard input") \
    X(CANNOT_OPEN, "plancheck: %s: 无法打开:%s\n", \
      "plancheck: %s: cannot open: %s\n") \
    X(CANNOT_CREATE, "plancheck: %s: 无法创建:%s\n", \
      "plancheck: %s: cannot create: %s\n") \
    X(WRITE_FAILED, "plancheck: %s: 写出结果失败:%s\n", \
      "plancheck: %s: writing the results failed: %s\n") \
    X(SYNC_FAILED, "plancheck: %s: 同步到磁盘失败:%s\n", \
      "plancheck: %s: syncing to disk failed: %s\n") \
    X(CLOSE_FAILED, "plancheck: %s: 关闭失败:%s\n", \
      "plancheck: %s: closing failed: %s\n") \
    X(CANNOT_RENAME, "plancheck: %s: 无法改名到位:%s\n", \
      "plancheck: %s: cannot rename into place: %s\n") \
    X(INTERRUPTED_NOT_WRITTEN, "plancheck: 读取 %ld 条记录后被中断;输出文件未写出\n", \
      "plancheck: interrupted after %ld records; the output file was not written\n") \
    X(INTERRUPTED_INCOMPLETE, "plancheck: 读取 %ld 条记录后被中断;输出不完整\n", \
      "plancheck: interrupted after %ld records; the output is incomplete\n") \
    X(STDOUT_CANNOT_WRITE, "plancheck: 标准输出:无法写入:%s\n", \
      "plancheck: standard output: cannot write: %s\n") \
    X(HELP, \
      "用法: plancheck [选项] 命令 [参数]\n" \
      "\n" \
      "命令:\n" \
      "  check 文件...      企业(INI 或 JSON;- 从标准输入读 JSON)对照覆盖它的每项有效规划的\n" \
      "                     补助与义务\n" \
      "  progress 文件...   地区(INI 或 JSON)对照规划目标\n" \
      "  batch [--kind enterprise|region] [--threads N] [--out 文件] 文件|-\n" \
      "                     大量记录,CSV(带表头行)或 JSON Lines;按输入顺序每条记录输出一行\n" \
      "                     JSON(--format csv:每条记录每条规则一行)\n" \
      "  plans              已加载的插件、辖区、规划及其规则\n" \
      "  lint [文件...]     检查规则文件(默认:全部),不作任何评估\n" \
      "  test [路径...]     运行规则测试用例(规则文件旁的 *.test.lua)\n" \
      "  compare 旧 新      两次 batch 输出(JSON Lines)之间发生变化的判定\n" \
      "                     (--format csv 输出 CSV 行)\n" \
      "  template --region 代码 [--kind enterprise|region]\n" \
      "                     空白输入文件(INI;--format json:JSON),含该地有效规划读取的字段,\n" \
      "                     以 ; 注释写明名称、单位和可选值:可在文本编辑器中填写的表\n" \
      "  types              规则 DSL 编辑器定义中的字段名,取自引擎和已加载的插件\n" \
      "                     (> RULES/.types/fields.lua;见 docs/toolkit.md)\n" \
      "  serve [--listen 地址:端口] [--threads N] [--decision-log 文件]\n" \
      "                     HTTP JSON 接口(默认 127.0.0.1:8080;见 docs/serve.md);\n" \
      "                     SIGHUP 重新加载规则,SIGTERM 在处理完进行中的请求后停止\n" \
      "\n" \
      "选项:\n" \
      "  --config 文件      INI 配置(默认:$PLANCHECK_CONFIG,否则 ./plancheck.ini)\n" \
      "  --rules 目录       规则目录\n" \
      "  --plugins 目录     插件目录\n" \
      "  --as-of 日期       YYYY-MM-DD(默认:今天):哪些规划有效,哪些目标到期\n" \
      "  --format 格式      text(默认)或 json;batch:json(默认)或 csv;\n" \
      "                     check、progress:html,一个自包含的页面,或 csv,即 batch --format csv\n" \
      "                     写出的行(每个输入文件一条记录)\n" \
      "  --no-bom           --format csv:开头不写 UTF-8 字节序标记(它告诉 Excel 文本是 UTF-8;\n" \
      "                     也可设 [engine] csv_bom = false)\n" \
      "  --lang zh|en       输出语言(默认:取自配置,否则取自 LANG)\n" \
      "  --encoding 编码    输入文件和 batch 输入为 utf-8(默认:其他字节在第一个错误行即被拒绝)、\n" \
      "                     gbk 或 gb18030(会被转换)\n" \
      "  --explain          check/progress:每条规则的推理过程(条件和取值、参数及其来源、金额、\n" \
      "                     上限、出处);JSON:一个 \"trace\" 键\n" \
      "  --set 字段=值      check:修改读入的每个企业的一个值(假设分析;可重复);\n" \
      "                     progress:--set 年份.指标=值\n" \
      "  --param 规划/规则.参数=值\n" \
      "                     像配置的 [plan.规划] 那样修改一个规则参数(假设分析;可重复;\n" \
      "                     check、progress、batch、plans)\n" \
      "  --only eligible    batch:每条记录每项符合条件的补助一行(筛选名单)\n" \
      "  -q, --quiet        不在 stderr 上输出警告\n" \
      "  -v, --verbose      在 stderr 上输出更多细节\n" \
      "  --version, --help\n" \
      "\n" \
      "退出码:0 成功,64 用法错误,65 输入数据有误,66 找不到输入,70 内部错误,\n" \
      "73 无法创建输出,74 写出输出失败,78 配置错误。\n" \
      "文档:docs/(安装在 share/doc/plancheck 下)。\n", \
      "usage: plancheck [OPTIONS] COMMAND [ARGS]\n" \
      "\n" \
      "Commands:\n" \
      "  check FILE...      enterprises (INI or JSON; - reads JSON from stdin) against the\n" \
      "                     subsidies and obligations of every plan in force covering them\n" \
      "  progress FILE...   regions (INI or JSON) against plan targets\n" \
      "  batch [--kind enterprise|region] [--threads N] [--out FILE] FILE|-\n" \
      "                     many records, CSV (header row) or JSON Lines; one JSON line per\n" \
      "                     record in input order (--format csv: one row per record and rule)\n" \
      "  plans              plugins, jurisdictions, plans and their rules, as loaded\n" \
      "  lint [FILE...]     check rule files (default: all) without evaluating anything\n" \
      "  test [PATH...]     run the rule test cases (*.test.lua beside the rule files)\n" \
      "  compare OLD NEW    the decisions that changed between two batch outputs (JSON Lines;\n" \
      "                     --format csv for CSV rows)\n" \
      "  template --region CODE [--kind enterprise|region]\n" \
      "                     a blank input file (INI; --format json: JSON) with the fields the\n" \
      "                     plans in force there read, labels, units and allowed values as\n" \
      "                     ; comments: a form to fill in a text editor\n" \
      "  types              the field names of the rule DSL's editor definitions, from the engine\n" \
      "                     and the plugins loaded (> RULES/.types/fields.lua; docs/toolkit.md)\n" \
      "  serve [--listen ADDR:PORT] [--threads N] [--decision-log FILE]\n" \
      "                     the HTTP JSON API (default 127.0.0.1:8080; docs/serve.md);\n" \
      "                     SIGHUP reloads the rules, SIGTERM stops after the requests in flight\n" \
      "\n" \
      "Options:\n" \
      "  --config FILE      INI config (default: $PLANCHECK_CONFIG, else ./plancheck.ini)\n" \
      "  --rules DIR        rules directory\n" \
      "  --plugins DIR      plugins directory\n" \
      "  --as-of DATE       YYYY-MM-DD (default: today): which plans are in force, which\n" \
      "                     targets are due\n" \
      "  --format FMT       text (default) or json; batch: json (default) or csv;\n" \
      "                     check, progress: html, one self-contained page, or csv, the rows\n" \
      "                     batch --format csv writes (one record per input file)\n" \
      "  --no-bom           --format csv: no UTF-8 byte order mark first (it tells Excel the\n" \
      "                     text is UTF-8; also [engine] csv_bom = false)\n" \
      "  --lang zh|en       language of the output (default: from the config, else LANG)\n" \
      "  --encoding ENC     input files and batch input are utf-8 (default: other bytes are\n" \
      "                     refused at the first bad line), gbk or gb18030 (converted)\n" \
      "  --explain          check/progress: each rule's trace (conditions and values, parameters\n" \
      "                     and their sources, amount, cap, citation); JSON: a \"trace\" key\n" \
      "  --set FIELD=VALUE  check: change a value of every enterprise read (what-if; repeatable);\n" \
      "                     progress: --set YEAR.METRIC=VALUE\n" \
      "  --param PLAN/RULE.PARAM=VALUE\n" \
      "                     change a rule parameter as the config's [plan.PLAN] would (what-if;\n" \
      "                     repeatable; check, progress, batch, plans)\n" \
      "  --only eligible    batch: a row per record and eligible subsidy (the screening list)\n" \
      "  -q, --quiet        no warnings on stderr\n" \
      "  -v, --verbose      more detail on stderr\n" \
      "  --version, --help\n" \
      "\n" \
      "Exit codes: 0 ok, 64 usage, 65 bad input data, 66 input not found, 70 internal error,\n" \
      "73 cannot create the output, 74 output write failed, 78 configuration error.\n" \
      "Documentation: docs/ (installed under share/doc/plancheck).\n") \
    X(STDOUT_WRITE_FAILED, "plancheck: 标准输出:写出失败:%s\n", \
      "plancheck: standard output: write failed: %s\n") \
    X(STDOUT_SOME_LOST, "部分输出未能写出", \
      "some output could not be written") \
    X(BATCH_PROGRESS, "\r\033[Kplancheck: %ld 条记录,每秒 %.0f 条", \
      "\r\033[Kplancheck: %ld records, %.0f records/s") \
    X(BATCH_PROGRESS_ETA, ",%.0f%%,还需 %.0f 秒", \
      ", %.0f%%, %.0f s left") \
    X(COMPARE_SUMMARY, "%2$s 中 %1$ld 条记录,%4$s 中 %3$ld 条:%5$ld 处变化(%6$ld 条新符合条件,%7$ld 条不再符合条件,%8$ld 个金额有变)\n", \
      "%1$ld records in %2$s, %3$ld in %4$s: %5$ld change%9$s (%6$ld newly eligible, %7$ld no longer eligible, %8$ld amount%10$s changed)\n") \
    X(TEMPLATE_REGION_UNKNOWN, "plancheck: --region %s: 没有已加载的插件声明此行政区划代码(`plancheck plans` 列出各辖区)\n", \
      "plancheck: --region %s: no loaded plugin declares this region code (`plancheck plans` lists the jurisdictions)\n") \
    X(LINT_PROBLEM, "plancheck: %zu 个问题\n", \
      "plancheck: %zu problem\n") \
    X(LINT_PROBLEMS, "plancheck: %zu 个问题\n", \
      "plancheck: %zu problems\n") \
    X(LINT_NONE, "plancheck: 没有问题\n", \
      "plancheck: no problems\n") \
    X(PLANS_ARGS, "plans 不接受参数,实际给出“%s”", \
      "plans takes no arguments, got '%s'")

#define PC_X_CLI(id, zh, en) CLI_##id,
typedef enum cli_msg { PC_CLI_MESSAGES(PC_X_CLI) CLI_COUNT } cli_msg;
#undef PC_X_CLI

/* A message of the list in a language. */
const char *cli_text(pc_lang lang, cli_msg id);

typedef struct cli {
    const char *config, *rules, *plugins, *out, *kind;
    const char *listen, *decision_log;   /* serve */
    pc_date as_of;
    int json, csv, html, quiet, verbose, threads, no_rules, explain;
    int lang;   /* -1: from config or LANG */
    pc_lang usage_lang;   /* of usage errors: --lang wherever it stands, else LANG */
    const char *encoding;   /* --encoding: of input files and batch input */
    const char *region;   /* template */
    /* what-if: --set (check, progress), --param (check, progress, batch, plans); argv's strings */
    const char **sets, **params;
    size_t nsets, nparams;
    int only_eligible;   /* batch --only eligible */
    int no_bom;          /* --no-bom: CSV output without the UTF-8 BOM */
} cli;

/* `plancheck batch`: returns the exit code. */
int run_batch(pc_engine *e, const cli *c, const char *input, pc_lang lang);

/* `plancheck template --region CODE` (template_cmd.c): returns the exit code. */
int run_template(pc_engine *e, const cli *c, pc_lang lang);

/* `plancheck types` (types_cmd.c): the field names of the rule DSL's editor
 * definitions (rules/.types/fields.lua) to out; returns the exit code. */
int run_types(const pc_engine *e, FILE *out);

/* `plancheck compare OLD NEW`: returns the exit code. */
int run_compare(const cli *c, const char *old_path, const char *new_path);

/* `plancheck serve` (serve.c): takes the engine over (sets *e to NULL) and
 * reopens engines with eo on SIGHUP; returns the exit code. */
int run_serve(pc_engine **e, const pc_engine_options *eo, const cli *c, pc_lang lang);

#endif
