/*
 * config.c -- the INI configuration, read with inih.
 *
 *   [engine]          rules, plugins, lang, lua_memory_mb, lua_instructions, strict_plugins,
 *                     eval_timeout_ms, csv_bom
 *   [plugin.<name>]   enabled, required, and the plugin's own keys
 *   [plan.<id>]       enabled, and <rule-id>.<param> = value
 *   [serve]           the service's settings (PC_SERVE_KEYS)
 *
 * A key given twice in a section (or under two headers of one section) is refused.
 *
 * Every entry keeps its line so that a later check (an unknown parameter, a
 * bad value) can name it.  Relative paths are relative to the config file.
 */
#include "internal.h"

#include <errno.h>
#include <ini.h>
#include <libgen.h>
#include <stdlib.h>
#include <string.h>

#define DEFAULT_LUA_MEMORY (64u << 20)
#define DEFAULT_LUA_INSTRUCTIONS 10000000
#define DEFAULT_EVAL_TIMEOUT_MS 10000   /* an evaluation takes microseconds; far beyond any */

typedef struct reader {
    FILE *f;
    long line;
    pc_config *config;
    pc_diag *diag;
    int failed;
} reader;

/* inih reads line by line through this, which is how entries learn their line. */
/* inih reads line by line through this, which is how entries learn their
 * line.  A line longer than inih's buffer is reported whole (inih would
 * read its rest as a line of its own) and handed over as a comment. */
static char *read_line(char *str, int num, void *stream)
{
    reader *r = stream;
    char *s = fgets(str, num, r->f);
    if (!s)
        return NULL;
    r->line++;
    size_t len = strlen(s);
    if (len == (size_t)num - 1 && s[len - 1] != '\n' && !feof(r->f)) {
        int c;
        size_t total = len;
        while ((c = fgetc(r->f)) != EOF && c != '\n')
            total++;
        const char *p = s + strspn(s, " \t");
        if (*p != ';' && *p != '#') {   /* a long comment is still a comment */
            pc_diag_say(r->diag, PC_EX_CONFIG, r->config->path, r->line, NULL, PC_D_CONFIG_LINE_TOO_LONG, total, num - 2);
            r->failed = 1;
        }
        memcpy(str, ";\n", 3);
    }
    return s;
}

static char *relative_to(const char *config_path, const char *value)
{
    if (value[0] == '/')
        return pc_strdup(value);
    char *copy = pc_strdup(config_path);
    pc_buf b = {0};
    pc_buf_printf(&b, "%s/%s", dirname(copy), value);
    free(copy);
    return pc_buf_take(&b);
}

static void bad(reader *r, const char *section, const char *key, pc_diag_id id, ...)
{
    pc_buf field = {0};
    pc_buf_printf(&field, "%s.%s", section, key);
    va_list ap;
    va_start(ap, id);
    pc_diag_vsay(r->diag, PC_EX_CONFIG, r->config->path, r->line, field.data, id, ap);
    va_end(ap);
    pc_buf_free(&field);
    r->failed = 1;
}

static void engine_key(reader *r, const char *key, const char *value)
{
    pc_config *c = r->config;
    int64_t n;
    if (strcmp(key, "rules") == 0) {
        free(c->rules_dir);
        c->rules_dir = relative_to(c->path, value);
    } else if (strcmp(key, "plugins") == 0) {
        free(c->plugins_dir);
        c->plugins_dir = relative_to(c->path, value);
    } else if (strcmp(key, "lang") == 0) {
        if (strcmp(value, "zh") == 0)
            c->lang = PC_LANG_ZH;
        else if (strcmp(value, "en") == 0)
            c->lang = PC_LANG_EN;
        else
            bad(r, "engine", key, PC_D_CONFIG_LANG, value);
    } else if (strcmp(key, "lua_memory_mb") == 0) {
        if (pc_int_parse(value, &n) || n < 1 || n > 65536)
            bad(r, "engine", key, PC_D_CONFIG_MEMORY, value);
        else
            c->lua_memory_bytes = (size_t)n << 20;
    } else if (strcmp(key, "lua_instructions") == 0) {
        if (pc_int_parse(value, &n) || n < 1000)
            bad(r, "engine", key, PC_D_CONFIG_INSTRUCTIONS, value);
        else
            c->lua_instructions = n;
    } else if (strcmp(key, "strict_plugins") == 0) {
        if (pc_bool_parse(value, &c->strict_plugins) != 0)
            bad(r, "engine", key, PC_D_CONFIG_BOOL, value);
    } else if (strcmp(key, "eval_timeout_ms") == 0) {
        if (pc_int_parse(value, &n) || n < 0 || n > 86400000)
            bad(r, "engine", key, PC_D_CONFIG_TIMEOUT, value);
        else
            c->eval_timeout_ms = (long)n;
    } else if (strcmp(key, "csv_bom") == 0) {
        if (pc_bool_parse(value, &c->csv_bom) != 0)
            bad(r, "engine", key, PC_D_CONFIG_BOOL, value);
    } else {
        static const char *const keys[] = {"rules", "plugins", "lang", "lua_memory_mb", "lua_instructions",
                                           "strict_plugins", "eval_timeout_ms", "csv_bom", NULL};
        const char *near = pc_suggest(key, keys);
        bad(r, "engine", key, PC_D_CONFIG_ENGINE_KEY, key);
        if (near)
            pc_diag_append(r->diag, PC_D_DID_YOU_MEAN, near);
    }
}

static int serve_key(const char *key)
{
#define PC_SERVE_KEY_IS(k) if (strcmp(key, #k) == 0) return 1;
    PC_SERVE_KEYS(PC_SERVE_KEY_IS)
    return 0;
}

static int on_entry(void *user, const char *section, const char *key, const char *value)
{
    reader *r = user;
    pc_config *c = r->config;
    int engine = strcmp(section, "engine") == 0;
    int serve = strcmp(section, "serve") == 0;
    if (serve && !serve_key(key)) {
        pc_buf msg = {0};
#define PC_SERVE_KEY_NAME(k) pc_buf_puts(&msg, " " #k);
        PC_SERVE_KEYS(PC_SERVE_KEY_NAME)
#define PC_SERVE_KEY_STR(k) #k,
        static const char *const keys[] = {PC_SERVE_KEYS(PC_SERVE_KEY_STR) NULL};
        const char *near = pc_suggest(key, keys);
        bad(r, section, key, PC_D_CONFIG_SERVE_KEY, msg.data);
        if (near)
            pc_diag_append(r->diag, PC_D_DID_YOU_MEAN, near);
        pc_buf_free(&msg);
    } else if (engine || serve || strncmp(section, "plugin.", 7) == 0 || strncmp(section, "plan.", 5) == 0) {
        /* A key given twice in any section is a mistake, not "the last one
         * wins"; the value is still checked, so every mistake is said at once. */
        int twice = 0;
        for (size_t i = 0; i < c->count && !twice; i++)
            if (strcmp(c->entries[i].section, section) == 0 && strcmp(c->entries[i].key, key) == 0) {
                bad(r, section, key, PC_D_CONFIG_TWICE, c->entries[i].line);
                twice = 1;
            }
        if (!twice) {
            pc_config_entry e = {pc_strdup(section), pc_strdup(key), pc_strdup(value), r->line, engine, 0, NULL};
            PC_PUSH(c->entries, c->count, c->cap, e);
        }
        int b;
        if (engine)
            engine_key(r, key, value);
        else if ((strcmp(key, "enabled") == 0 || strcmp(key, "required") == 0) && pc_bool_parse(value, &b) != 0)
            bad(r, section, key, PC_D_CONFIG_BOOL, value);
    } else {
        static const char *const sections[] = {"engine", "serve", NULL};
        const char *near = strchr(section, '.') ? NULL : pc_suggest(section, sections);
        pc_diag_say(r->diag, PC_EX_CONFIG, c->path, r->line, NULL, PC_D_CONFIG_SECTION, section);
        if (near)
            pc_diag_append(r->diag, PC_D_DID_YOU_MEAN_SECTION, near);
        r->failed = 1;
    }
    return 1;
}

static void config_defaults(pc_config *c)
{
    memset(c, 0, sizeof *c);
    c->lang = -1;
    c->lua_memory_bytes = DEFAULT_LUA_MEMORY;
    c->lua_instructions = DEFAULT_LUA_INSTRUCTIONS;
    c->eval_timeout_ms = DEFAULT_EVAL_TIMEOUT_MS;
    c->csv_bom = 1;
}

int pc_config_read_stream(pc_config *c, const char *path, FILE *f, pc_diag *diag)
{
    config_defaults(c);
    c->path = pc_strdup(path);
    reader r = {f, 0, c, diag, 0};
    int rc = ini_parse_stream(read_line, &r, on_entry, &r);
    if (rc > 0) {
        pc_diag_say(diag, PC_EX_CONFIG, path, rc, NULL, PC_D_INI_NOT_A_LINE);
        r.failed = 1;
    } else if (rc < 0) {
        pc_diag_say(diag, PC_EX_CONFIG, path, 0, NULL, PC_D_CONFIG_UNREADABLE);
        r.failed = 1;
    }
    return r.failed ? PC_EX_CONFIG : 0;
}

int pc_config_read(pc_config *c, const char *path, pc_diag *diag)
{
    config_defaults(c);
    if (!path)
        return 0;
    FILE *f = fopen(path, "r");
    if (!f) {
        c->path = pc_strdup(path);
        pc_diag_say(diag, PC_EX_CONFIG, path, 0, NULL, PC_D_CONFIG_CANNOT_OPEN, strerror(errno));
        return PC_EX_CONFIG;
    }
    int rc = pc_config_read_stream(c, path, f, diag);
    fclose(f);
    return rc;
}

void pc_config_free(pc_config *c)
{
    for (size_t i = 0; i < c->count; i++) {
        free(c->entries[i].section);
        free(c->entries[i].key);
        free(c->entries[i].value);
        free(c->entries[i].was);
    }
    free(c->entries);
    free(c->path);
    free(c->rules_dir);
    free(c->plugins_dir);
    memset(c, 0, sizeof *c);
}

const pc_config_entry *pc_config_get(pc_config *c, const char *section, const char *key)
{
    for (size_t i = 0; i < c->count; i++)
        if (strcmp(c->entries[i].section, section) == 0 && strcmp(c->entries[i].key, key) == 0) {
            c->entries[i].used = 1;
            return &c->entries[i];
        }
    return NULL;
}
