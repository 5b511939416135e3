/*
 * plancheck -- the command line.  Parses options, opens the engine, and
 * runs one command; see `plancheck --help` and ../shared CONTRACT.
 */
#include "plancheck/plancheck.h"

#include <errno.h>
#include <getopt.h>
#include <libgen.h>
#include <limits.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <unistd.h>

#ifndef PC_REL_RULES
#define PC_REL_RULES "../share/plancheck/rules"
#endif
#ifndef PC_REL_PLUGINS
#define PC_REL_PLUGINS "../lib/plancheck/plugins"
#endif

#include "cli.h"

static void usage(FILE *out, pc_lang lang)
{
    fputs(cli_text(lang, CLI_HELP), out);
}

#define PC_X_CLI_TEXT(id, zh, en) {zh, en},
static const char *const cli_texts[][2] = {PC_CLI_MESSAGES(PC_X_CLI_TEXT)};
#undef PC_X_CLI_TEXT
_Static_assert(sizeof cli_texts / sizeof cli_texts[0] == CLI_COUNT, "PC_CLI_MESSAGES and its table");

const char *cli_text(pc_lang lang, cli_msg id)
{
    return cli_texts[id][lang == PC_LANG_ZH ? 0 : 1];
}

static int usage_error(const cli *c, cli_msg id, const char *arg)
{
    int zh = c->usage_lang == PC_LANG_ZH;
    fputs("plancheck: ", stderr);
    fprintf(stderr, cli_text(c->usage_lang, id), arg);
    fputs(zh ? "\n用法见 'plancheck --help'。\n" : "\nTry 'plancheck --help'.\n", stderr);
    return PC_EX_USAGE;
}

/* Directory of the running executable, for the default rules/plugins. */
static int exe_dir(char *out, size_t n)
{
    char path[PATH_MAX];
    ssize_t len = readlink("/proc/self/exe", path, sizeof path - 1);
    if (len <= 0)
        return -1;
    path[len] = '\0';
    snprintf(out, n, "%s", dirname(path));
    return 0;
}

static int exists(const char *path)
{
    return access(path, F_OK) == 0;
}

static void default_dirs(char *rules, char *plugins, size_t n)
{
    char dir[PATH_MAX];
    rules[0] = plugins[0] = '\0';
    if (exe_dir(dir, sizeof dir) != 0)
        return;
    /* The build tree keeps rules/ and plugins/ beside the binary; an
     * installed prefix keeps them where GNUInstallDirs puts them. */
    snprintf(rules, n, "%s/rules", dir);
    snprintf(plugins, n, "%s/plugins", dir);
    if (exists(rules) && exists(plugins))
        return;
    snprintf(rules, n, "%s/%s", dir, PC_REL_RULES);
    snprintf(plugins, n, "%s/%s", dir, PC_REL_PLUGINS);
}

static pc_lang lang_from_env(void)
{
    const char *vars[] = {"LC_ALL", "LC_MESSAGES", "LANG"};
    for (int i = 0; i < 3; i++) {
        const char *v = getenv(vars[i]);
        if (v && *v)
            return strncmp(v, "zh", 2) == 0 ? PC_LANG_ZH : PC_LANG_EN;
    }
    return PC_LANG_EN;
}

/* The language of usage errors, before the options are read: --lang zh|en
 * wherever it stands, else LANG. */
static pc_lang usage_lang(int argc, char **argv)
{
    for (int i = 1; i < argc; i++) {
        const char *v = strncmp(argv[i], "--lang=", 7) == 0 ? argv[i] + 7
                        : strcmp(argv[i], "--lang") == 0 && i + 1 < argc ? argv[i + 1] : NULL;
        if (v && (strcmp(v, "zh") == 0 || strcmp(v, "en") == 0))
            return strcmp(v, "zh") == 0 ? PC_LANG_ZH : PC_LANG_EN;
        if (strcmp(argv[i], "--") == 0)
            break;
    }
    return lang_from_env();
}

static int evaluate_files(pc_engine *e, const cli *c, pc_subject_kind kind, int argc, char **argv, pc_lang lang)
{
    pc_context *ctx = pc_engine_context(e);
    pc_eval_options opt = {c->as_of, lang, c->explain};
    int worst = 0;
    if (c->csv)
        pc_csv_write_header(e, c->no_bom, stdout);
    for (int i = 0; i < argc; i++) {
        pc_diag *diag = pc_diag_new();
        pc_subject *s = NULL;
        int rc = pc_subject_read_file(e, kind, argv[i], &s, diag);
        for (size_t k = 0; k < c->nsets && !rc; k++)
            rc = pc_subject_set(s, c->sets[k], diag);
        if (rc) {
            pc_diag_print_lang(diag, stderr, lang);
            if (c->csv)
                pc_csv_write_record(NULL, diag, i + 1, lang, stdout);
            if (c->json) {
                /* Every input yields an object, so counts add up. */
                fputs("{\"subject\":{\"file\":", stdout);
                pc_write_json_string(argv[i], stdout);
                fputs("},\"results\":[],\"errors\":", stdout);
                pc_diag_write_json_lang(diag, stdout, lang);
                fputs("}\n", stdout);
            }
            if (rc > worst)
                worst = rc;
            pc_subject_free(s);
            pc_diag_free(diag);
            continue;
        }
        pc_report *rep = NULL;
        rc = pc_evaluate(ctx, s, &opt, &rep);
        if (c->json) {
            pc_report_write(rep, PC_FORMAT_JSON, stdout);
            fputc('\n', stdout);
        } else if (c->csv) {
            pc_csv_write_record(rep, NULL, i + 1, lang, stdout);
        } else if (c->html) {
            pc_report_write(rep, PC_FORMAT_HTML, stdout);
        } else {
            if (i)
                fputc('\n', stdout);
            pc_report_write(rep, PC_FORMAT_TEXT, stdout);
        }
        if (rc)
            pc_diag_print_lang(pc_report_errors(rep), stderr, lang);
        if (rc > worst)
            worst = rc;
        pc_report_free(rep);
        pc_subject_free(s);
        pc_diag_free(diag);
    }
    return worst;
}

static int parse_options(int argc, char **argv, cli *c)
{
    enum { O_CONFIG = 256, O_RULES, O_PLUGINS, O_AS_OF, O_FORMAT, O_LANG, O_VERSION, O_HELP, O_KIND, O_THREADS,
           O_OUT, O_NO_RULES, O_EXPLAIN, O_LISTEN, O_DECISION_LOG, O_ENCODING, O_REGION, O_SET, O_PARAM, O_ONLY,
           O_NO_BOM };
    static const struct option opts[] = {
        {"config", required_argument, 0, O_CONFIG}, {"rules", required_argument, 0, O_RULES},
        {"plugins", required_argument, 0, O_PLUGINS}, {"as-of", required_argument, 0, O_AS_OF},
        {"format", required_argument, 0, O_FORMAT}, {"lang", required_argument, 0, O_LANG},
        {"quiet", no_argument, 0, 'q'}, {"verbose", no_argument, 0, 'v'},
        {"version", no_argument, 0, O_VERSION}, {"help", no_argument, 0, O_HELP},
        {"kind", required_argument, 0, O_KIND}, {"threads", required_argument, 0, O_THREADS},
        {"out", required_argument, 0, O_OUT}, {"no-rules", no_argument, 0, O_NO_RULES},
        {"explain", no_argument, 0, O_EXPLAIN}, {"listen", required_argument, 0, O_LISTEN},
        {"decision-log", required_argument, 0, O_DECISION_LOG},
        {"encoding", required_argument, 0, O_ENCODING}, {"region", required_argument, 0, O_REGION},
        {"set", required_argument, 0, O_SET}, {"param", required_argument, 0, O_PARAM},
        {"only", required_argument, 0, O_ONLY}, {"no-bom", no_argument, 0, O_NO_BOM}, {0, 0, 0, 0}};
    opterr = 0;
    int ch;
    /* GNU getopt permutes: options may come before or after the command. */
    while ((ch = getopt_long(argc, argv, ":qv", opts, NULL)) != -1) {
        switch (ch) {
        case O_CONFIG: c->config = optarg; break;
        case O_RULES: c->rules = optarg; break;
        case O_PLUGINS: c->plugins = optarg; break;
        case O_AS_OF:
            if (pc_date_parse(optarg, &c->as_of) != 0)
                return usage_error(c, CLI_AS_OF, optarg);
            break;
        case O_FORMAT: {
            pc_format format;
            if (pc_format_parse(optarg, &format) != 0)
                return usage_error(c, CLI_FORMAT, optarg);
            c->json = format == PC_FORMAT_JSON;
            c->csv = format == PC_FORMAT_CSV;
            c->html = format == PC_FORMAT_HTML;
            break;
        }
        case O_KIND:
            if (strcmp(optarg, "enterprise") != 0 && strcmp(optarg, "region") != 0)
                return usage_error(c, CLI_KIND, optarg);
            c->kind = optarg;
            break;
        case O_THREADS: {
            char *end;
            long n = strtol(optarg, &end, 10);
            if (*end || n < 1 || n > 256)
                return usage_error(c, CLI_THREADS, optarg);
            c->threads = (int)n;
            break;
        }
        case O_OUT: c->out = optarg; break;
        case O_NO_RULES: c->no_rules = 1; break;
        case O_NO_BOM: c->no_bom = 1; break;
        case O_EXPLAIN: c->explain = 1; break;
        case O_LISTEN: c->listen = optarg; break;
        case O_DECISION_LOG: c->decision_log = optarg; break;
        case O_REGION: c->region = optarg; break;
        case O_ENCODING:
            if (strcasecmp(optarg, "utf-8") != 0 && strcasecmp(optarg, "utf8") != 0 && strcasecmp(optarg, "gbk") != 0 &&
                strcasecmp(optarg, "gb18030") != 0)
                return usage_error(c, CLI_ENCODING, optarg);
            c->encoding = optarg;
            break;
        case O_ONLY:
            if (strcmp(optarg, "eligible") != 0)
                return usage_error(c, CLI_ONLY, optarg);
            c->only_eligible = 1;
            break;
        case O_SET:
        case O_PARAM: {
            const char ***list = ch == O_SET ? &c->sets : &c->params;
            size_t *n = ch == O_SET ? &c->nsets : &c->nparams;
            *list = realloc(*list, (*n + 1) * sizeof **list);
            if (!*list) {
                perror("plancheck");
                return PC_EX_SOFTWARE;
            }
            (*list)[(*n)++] = optarg;
            break;
        }
        case O_LANG:
            if (strcmp(optarg, "zh") != 0 && strcmp(optarg, "en") != 0)
                return usage_error(c, CLI_LANG, optarg);
            c->lang = strcmp(optarg, "zh") == 0 ? PC_LANG_ZH : PC_LANG_EN;
            break;
        case 'q': c->quiet = 1; break;
        case 'v': c->verbose = 1; break;
        case O_VERSION: printf("plancheck %s (plugin ABI %d)\n", PC_VERSION, PC_PLUGIN_ABI_VERSION); return -1;
        case O_HELP: usage(stdout, c->usage_lang); return -1;
        case ':':
            return usage_error(c, CLI_NEEDS_VALUE, argv[optind - 1]);
        default:
            return usage_error(c, CLI_UNKNOWN_OPTION, argv[optind - 1]);
        }
    }
    return 0;
}

#define PC_X_NAME(id, name) name,
static const char *const command_names[] = {PC_COMMANDS(PC_X_NAME)};
_Static_assert(sizeof command_names / sizeof command_names[0] == CMD_COUNT, "a name per command");

static cli_command command_of(const char *name)
{
    for (int i = 0; i < CMD_COUNT; i++)
        if (strcmp(command_names[i], name) == 0)
            return (cli_command)i;
    return CMD_NONE;
}

static int run_command(const cli *options, int argc, char **argv, pc_lang *lang);

/* *lang: the language the command ended in (its last words are main's). */
static int run(int argc, char **argv, pc_lang *lang)
{
    cli c = {.as_of = pc_date_today(), .lang = -1, .usage_lang = usage_lang(argc, argv)};
    *lang = c.usage_lang;
    int rc = parse_options(argc, argv, &c);
    if (!rc)
        rc = run_command(&c, argc, argv, lang);
    free(c.sets);
    free(c.params);
    return rc < 0 ? 0 : rc;
}

static int run_command(const cli *options, int argc, char **argv, pc_lang *out_lang)
{
    cli c = *options;
    int rc;
    if (optind >= argc)
        return usage_error(&c, CLI_NO_COMMAND, NULL);
    const char *command = argv[optind++];
    char **args = argv + optind;
    int nargs = argc - optind;
    cli_command cmd = command_of(command);
    if (c.no_bom && !c.csv)
        return usage_error(&c, CLI_NO_BOM, command);
    if (cmd == CMD_COMPARE) {
        /* Reads two outputs; needs no rules, plugins or config. */
        if (nargs != 2)
            return usage_error(&c, CLI_COMPARE_ARGS, NULL);
        if (c.kind || c.threads || c.out || c.no_rules || c.explain || c.listen || c.decision_log || c.region)
            return usage_error(&c, CLI_COMPARE_OPTIONS, NULL);
        return run_compare(&c, args[0], args[1]);
    }


    if (cmd == CMD_NONE) {
        return usage_error(&c, CLI_UNKNOWN_COMMAND, command);
    }
    if (cmd != CMD_TEMPLATE && c.region)
        return usage_error(&c, CLI_REGION_WITH_TEMPLATE, command);
    if (cmd == CMD_TEMPLATE && (nargs || !c.region || c.csv || c.threads || c.out || c.no_rules || c.explain))
        return usage_error(&c, nargs ? CLI_TEMPLATE_ARGS : !c.region ? CLI_TEMPLATE_REGION : CLI_TEMPLATE_OPTIONS, NULL);
    if (cmd != CMD_BATCH && cmd != CMD_TEMPLATE && (c.kind || (c.threads && cmd != CMD_SERVE) || c.out || c.no_rules))
        return usage_error(&c, CLI_BATCH_OPTIONS, command);
    if (cmd != CMD_SERVE && (c.listen || c.decision_log))
        return usage_error(&c, CLI_SERVE_OPTIONS, command);
    if (cmd == CMD_SERVE && (nargs || c.json || c.csv || c.html))
        return usage_error(&c, CLI_SERVE_ARGS, NULL);
    if (cmd == CMD_TYPES && (nargs || c.json || c.csv || c.html))
        return usage_error(&c, CLI_TYPES_ARGS, NULL);
    if (c.explain && cmd != CMD_CHECK && cmd != CMD_PROGRESS)
        return usage_error(&c, CLI_EXPLAIN, command);
    if (cmd != CMD_BATCH && cmd != CMD_CHECK && cmd != CMD_PROGRESS && c.csv)
        return usage_error(&c, CLI_FORMAT_CSV, command);
    if (c.explain && c.csv)
        return usage_error(&c, CLI_EXPLAIN_CSV, command);
    if (cmd != CMD_CHECK && cmd != CMD_PROGRESS && c.html)
        return usage_error(&c, CLI_FORMAT_HTML, command);
    if (c.html && nargs != 1)
        return usage_error(&c, CLI_HTML_ONE, command);
    if (cmd == CMD_BATCH && nargs != 1)
        return usage_error(&c, CLI_BATCH_ONE, NULL);
    if (cmd != CMD_PLANS && cmd != CMD_LINT && cmd != CMD_TEST && cmd != CMD_SERVE && cmd != CMD_TEMPLATE &&
        cmd != CMD_TYPES && nargs == 0) {
        return usage_error(&c, CLI_NO_INPUT, command);
    }
    if (c.only_eligible && (cmd != CMD_BATCH || (c.kind && strcmp(c.kind, "region") == 0)))
        return usage_error(&c, CLI_ONLY_ELIGIBLE, command);
    if (c.nsets && cmd != CMD_CHECK && cmd != CMD_PROGRESS)
        return usage_error(&c, CLI_SET, command);
    if (c.nparams && cmd != CMD_CHECK && cmd != CMD_PROGRESS && cmd != CMD_BATCH && cmd != CMD_PLANS)
        return usage_error(&c, CLI_PARAM, command);
    for (size_t i = 0; i < c.nsets; i++)
        if (!strchr(c.sets[i], '=') || c.sets[i][0] == '=')
            return usage_error(&c, cmd == CMD_CHECK ? CLI_SET_ENTERPRISE : CLI_SET_REGION, c.sets[i]);
    if (cmd == CMD_PLANS && nargs) {
        return usage_error(&c, CLI_PLANS_ARGS, args[0]);
    }

    if (!c.config) {
        const char *env = getenv("PLANCHECK_CONFIG");
        if (env && *env)
            c.config = env;
        else if (access("plancheck.ini", F_OK) == 0)
            c.config = "plancheck.ini";
    }
    char rules[PATH_MAX + 64], plugins[PATH_MAX + 64];
    default_dirs(rules, plugins, sizeof rules);
    pc_engine_options eo = {c.config, c.rules, c.plugins, rules, plugins, cmd == CMD_LINT || cmd == CMD_TYPES, c.encoding,
                          c.params, c.nparams};
    pc_diag *diag = pc_diag_new();
    pc_engine *e = NULL;
    rc = pc_engine_open(&e, &eo, diag);
    if (!c.quiet || pc_diag_worst(diag))
        pc_diag_print_lang(diag, stderr, c.lang >= 0 ? (pc_lang)c.lang : lang_from_env());
    int load_worst = pc_diag_worst(diag);
    pc_diag_free(diag);
    if (rc) {
        pc_engine_close(e);
        return rc;
    }
    pc_lang lang = c.lang >= 0 ? (pc_lang)c.lang
                   : pc_engine_config_lang(e) >= 0 ? (pc_lang)pc_engine_config_lang(e) : lang_from_env();
    *out_lang = lang;
    if (cmd == CMD_SERVE) {
        /* a rule file or plugin that failed to load: a service does not start half-loaded */
        rc = load_worst ? load_worst : run_serve(&e, &eo, &c, lang);
    } else if (cmd == CMD_TEMPLATE) {
        rc = run_template(e, &c, lang);
    } else if (cmd == CMD_TYPES) {
        rc = run_types(e, stdout);
    } else if (cmd == CMD_TEST) {
        rc = pc_test(e, nargs, args, lang, stdout);
    } else if (cmd == CMD_LINT) {
        pc_diag *problems = pc_diag_new();
        rc = pc_lint(e, nargs, args, problems);
        pc_diag_print_lang(problems, stderr, lang);
        size_t n = pc_diag_count(problems);
        if (n)
            fprintf(stderr, cli_text(lang, n == 1 ? CLI_LINT_PROBLEM : CLI_LINT_PROBLEMS), n);
        else if (!c.quiet)
            fputs(cli_text(lang, CLI_LINT_NONE), stderr);
        pc_diag_free(problems);
    } else if (cmd == CMD_BATCH) {
        rc = run_batch(e, &c, args[0], lang);
    } else if (cmd == CMD_PLANS) {
        if (c.json)
            pc_engine_describe_json(e, c.as_of, stdout);
        else
            pc_engine_describe_text(e, lang, c.as_of, stdout);
        rc = 0;
    } else {
        rc = evaluate_files(e, &c, cmd == CMD_CHECK ? PC_SUBJECT_ENTERPRISE : PC_SUBJECT_REGION, nargs, args, lang);
    }
    pc_engine_close(e);
    /* A rule file that failed to load is a configuration error even though
     * the other plans were evaluated; a lost output (74) still says so. */
    if (load_worst > rc && rc != PC_EX_IOERR)
        rc = load_worst;
    return rc;
}

int main(int argc, char **argv)
{
    /* Beyond a file size limit (ulimit -f) a write fails with EFBIG and is
     * reported like any other failed write, instead of killing the process. */
    signal(SIGXFSZ, SIG_IGN);
    pc_lang lang;
    int rc = run(argc, argv, &lang);
    /* Output is never lost silently: what stdio could not write shows up in
     * the error flag or in the last flush and close.  A lost write is exit
     * 74 whatever else happened, except an interrupt. */
    int interrupted = rc > 128;
    errno = 0;
    int flushed = fflush(stdout);
    int failed = ferror(stdout) || flushed != 0;
    int err = errno;
    if (fclose(stdout) != 0 && !failed) {
        failed = 1;
        err = errno;
    }
    if (failed && rc != PC_EX_IOERR)
        fprintf(stderr, cli_text(lang, CLI_STDOUT_WRITE_FAILED),
                err ? strerror(err) : cli_text(lang, CLI_STDOUT_SOME_LOST));
    if (failed && !interrupted)
        rc = PC_EX_IOERR;
    /* stderr carries lint's findings and every message: losing it is a
     * write failure too, which can only be said through the exit code. */
    if ((fflush(stderr) != 0 || ferror(stderr)) && !interrupted)
        rc = PC_EX_IOERR;
    return rc;
}
