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
