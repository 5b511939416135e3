/*
 * engine.c -- the engine handle: reads the config, loads plugins, finds the
 * rule files and compiles them once into the main context to check them;
 * creates further contexts (one Lua state each) for evaluation; reads
 * subjects from files.
 */
#include "internal.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

static int is_dir(const char *path)
{
    struct stat st;
    return stat(path, &st) == 0 && S_ISDIR(st.st_mode);
}

/* Rule files: rules/<jurisdiction>/<plan>.lua, in name order.  A .lua file
 * one level too high or too deep is not loaded, and is remembered so that
 * lint, test and every command can say so instead of ignoring it. */
static void find_rule_files(pc_engine *e, const char *dir, int depth)
{
    char **names;
    size_t n;
    if (depth > 3 || pc_dir_list(dir, NULL, &names, &n) != 0)
        return;
    for (size_t i = 0; i < n; i++) {
        pc_buf path = {0};
        pc_buf_printf(&path, "%s/%s", dir, names[i]);
        size_t len = strlen(names[i]);
        int lua = len > 4 && strcmp(names[i] + len - 4, ".lua") == 0 &&
                  !(len > 9 && strcmp(names[i] + len - 9, ".test.lua") == 0);
        if (is_dir(path.data)) {
            find_rule_files(e, path.data, depth + 1);
        } else if (lua && depth == 1) {
            pc_rule_file f = {pc_buf_take(&path), 1};
            PC_PUSH(e->files, e->nfiles, e->files_cap, f);
        } else if (lua) {
            char *p = pc_buf_take(&path);
            PC_PUSH(e->misplaced, e->nmisplaced, e->misplaced_cap, p);
        }
        pc_buf_free(&path);
    }
    pc_dir_free(names, n);
}

static int plan_enabled(pc_engine *e, const char *id)
{
    pc_buf section = {0};
    pc_buf_printf(&section, "plan.%s", id);
    const pc_config_entry *c = pc_config_get(&e->config, section.data, "enabled");
    pc_buf_free(&section);
    int v = 1;
    if (c)
        pc_bool_parse(c->value, &v);
    return v;
}

/* Compiles every rule file into ctx; with a diag, reports problems and
 * marks failed files so later contexts skip them. */
static void compile_all(pc_context *ctx, pc_diag *diag)
{
    pc_engine *e = ctx->engine;
    pc_diag *scratch = diag ? NULL : pc_diag_new();
    pc_diag *d = diag ? diag : scratch;
    for (size_t i = 0; i < e->nfiles; i++) {
        pc_rule_file *f = &e->files[i];
        if (!f->ok)
            continue;
        char err[1024];
        if (pc_lua_run_file(&ctx->lua, e, f->path, err, sizeof err) != 0) {
            char zh[1024];
            if (pc_lua_refusal_in(&ctx->lua, PC_LANG_ZH, err, zh, sizeof zh))
                pc_diag_add_texts(d, PC_EX_CONFIG, NULL, 0, NULL, PC_D_NONE, zh, err);
            else
                pc_diag_add(d, PC_EX_CONFIG, NULL, 0, NULL, "%s", err);
            f->ok = 0;
            continue;
        }
        pc_plan plan;
        size_t before = pc_diag_count(d);
        int failed = pc_dsl_compile(e, &ctx->lua, f->path, &plan, d) != 0;
        /* a plan of a refused plugin, unless a loaded plugin covers it too */
        const pc_refused *refused = plan.jurisdiction[0] && !pc_plugins_cover(e, plan.jurisdiction)
                                        ? pc_plugins_refused_for(e, plan.jurisdiction)
                                        : NULL;
        if (refused) {
            /* Its fields and regions are gone with the plugin: one message
             * instead of one per field the plan names. */
            pc_diag_truncate(d, before);
            if (plan.id)
                pc_diag_say(d, refused->fatal ? PC_EX_CONFIG : 0, f->path, plan.line, NULL, PC_D_PLAN_PLUGIN_REFUSED,
                            plan.id, plan.jurisdiction, refused->name);
            else
                pc_diag_say(d, refused->fatal ? PC_EX_CONFIG : 0, f->path, plan.line, NULL, PC_D_PLAN_PLUGIN_REFUSED_NO_ID,
                            plan.jurisdiction, refused->name);
            if (!failed)
                pc_plan_free(&plan);
            f->ok = 0;
            continue;
        }
        if (failed) {
            f->ok = 0;
            continue;
        }
        int dup = 0;
        for (size_t k = 0; k < ctx->nplans; k++)
            if (strcmp(ctx->plans[k].id, plan.id) == 0) {
                pc_diag_say(d, PC_EX_CONFIG, f->path, plan.line, NULL, PC_D_PLAN_ID_TWICE, plan.id, ctx->plans[k].file);
                dup = 1;
            }
        if (dup || !plan_enabled(e, plan.id)) {
            f->ok = dup ? 0 : f->ok;
            pc_plan_free(&plan);
            continue;
        }
        pc_dsl_apply_config(e, &plan, d);
        PC_PUSH(ctx->plans, ctx->nplans, ctx->plans_cap, plan);
    }
    pc_diag_free(scratch);
}

static pc_context *context_new(pc_engine *e, pc_diag *diag)
{
    pc_context *ctx = pc_xcalloc(1, sizeof *ctx);
    ctx->engine = e;
    char err[512];
    if (pc_lua_open(&ctx->lua, e, err, sizeof err) != 0) {
        if (diag)
            pc_diag_add(diag, PC_EX_SOFTWARE, NULL, 0, NULL, "%s", err);
        pc_context_free(ctx);
        return NULL;
    }
    compile_all(ctx, diag);
    return ctx;
}

pc_context *pc_context_new(pc_engine *e)
{
    return context_new(e, NULL);
}

void pc_context_free(pc_context *ctx)
{
    if (!ctx)
        return;
    for (size_t i = 0; i < ctx->nplans; i++)
        pc_plan_free(&ctx->plans[i]);
    free(ctx->plans);
    pc_buf_free(&ctx->scratch);
    pc_lua_close(&ctx->lua);
    free(ctx);
}

/* Config sections that name no loaded plan or plugin are mistakes. */
static void check_config_names(pc_engine *e, pc_diag *diag)
{
    for (size_t i = 0; i < e->config.count; i++) {
        pc_config_entry *c = &e->config.entries[i];
        if (strncmp(c->section, "plan.", 5) == 0) {
            int found = 0;
            for (size_t k = 0; k < e->main->nplans && !found; k++)
                found = strcmp(e->main->plans[k].id, c->section + 5) == 0;
            for (size_t k = 0; k < e->nfiles && !found; k++)
                found = !e->files[k].ok; /* a plan that failed to load: already reported */
            if (!found && plan_enabled(e, c->section + 5))
                pc_diag_say(diag, PC_EX_CONFIG, c->what_if ? "--param" : e->config.path, c->line, NULL, PC_D_CONFIG_NO_PLAN,
                            c->section, c->section + 5, e->rules_dir);
        } else if (strncmp(c->section, "plugin.", 7) == 0 && !c->used && strcmp(c->key, "enabled") != 0 &&
                   strcmp(c->key, "required") != 0) {
            pc_diag_say(diag, 0, e->config.path, c->line, c->key, PC_D_CONFIG_PLUGIN_KEY_UNREAD, c->section);
        }
    }
}

int pc_engine_open(pc_engine **out, const pc_engine_options *opt, pc_diag *diag)
{
    pc_engine *e = pc_xcalloc(1, sizeof *e);
    e->refs = 1;
    pthread_mutex_init(&e->version_lock, NULL);
    *out = e;
    int rc = pc_config_read(&e->config, opt->config_path, diag);
    if (!rc)
        rc = pc_whatif_params(&e->config, opt->params, opt->nparams, diag);
    if (rc)
        return rc;
    pc_encoding enc = PC_ENC_UTF8;
    if (opt->input_encoding && pc_encoding_parse(opt->input_encoding, &enc) != 0) {
        pc_diag_say(diag, PC_EX_USAGE, NULL, 0, NULL, PC_D_INPUT_ENCODING, opt->input_encoding);
        return PC_EX_USAGE;
    }
    e->encoding = (int)enc;
    pc_dict_init(&e->dict);
    e->rules_dir = pc_strdup(opt->rules_dir ? opt->rules_dir
                             : e->config.rules_dir ? e->config.rules_dir : opt->default_rules_dir);
    e->plugins_dir = pc_strdup(opt->plugins_dir ? opt->plugins_dir
                               : e->config.plugins_dir ? e->config.plugins_dir : opt->default_plugins_dir);
    if (!e->rules_dir || !is_dir(e->rules_dir)) {
        pc_diag_say(diag, PC_EX_CONFIG, e->rules_dir, 0, NULL, PC_D_NO_RULES_DIR);
        return PC_EX_CONFIG;
    }
    if (!e->plugins_dir) {
        pc_diag_say(diag, PC_EX_CONFIG, NULL, 0, NULL, PC_D_NO_PLUGINS_DIR);
        return PC_EX_CONFIG;
    }
    if (pc_plugins_load_dir(e, e->plugins_dir, diag) != 0)
        return PC_EX_CONFIG;
    find_rule_files(e, e->rules_dir, 0);
    if (!opt->skip_rules)
        for (size_t i = 0; i < e->nmisplaced; i++)
            pc_diag_say(diag, 0, e->misplaced[i], 0, NULL, PC_D_MISPLACED_RULE_FILE);
    if (opt->skip_rules) {
        /* lint and test compile what they are given, and report it once */
        e->main = pc_xcalloc(1, sizeof *e->main);
        e->main->engine = e;
        char err[512];
        if (pc_lua_open(&e->main->lua, e, err, sizeof err) != 0) {
            pc_diag_add(diag, PC_EX_SOFTWARE, NULL, 0, NULL, "%s", err);
            return PC_EX_SOFTWARE;
        }
        return 0;
    }
    e->main = context_new(e, diag);
    if (!e->main)
        return PC_EX_SOFTWARE;
    check_config_names(e, diag);
    /* Bad parameter values in the config are configuration errors, fatal. */
    for (size_t i = 0; i < pc_diag_count(diag); i++) {
        const pc_message *m = pc_diag_get(diag, i);
        if (m->code == PC_EX_CONFIG && m->file &&
            ((e->config.path && strcmp(m->file, e->config.path) == 0) || strcmp(m->file, "--param") == 0))
            return PC_EX_CONFIG;
    }
    return 0;
}

void pc_engine_retain(pc_engine *e)
{
    __atomic_add_fetch(&e->refs, 1, __ATOMIC_SEQ_CST);
}

void pc_engine_close(pc_engine *e)
{
    pc_engine_release(e);
}

/* The last reference frees: a thread a watchdog gave up may still be
 * running rule or plugin code that needs the engine. */
void pc_engine_release(pc_engine *e)
{
    if (!e || __atomic_sub_fetch(&e->refs, 1, __ATOMIC_SEQ_CST) > 0)
        return;
    pc_context_free(e->main);
    for (size_t i = 0; i < e->nfiles; i++)
        free(e->files[i].path);
    free(e->files);
    for (size_t i = 0; i < e->nmisplaced; i++)
        free(e->misplaced[i]);
    free(e->misplaced);
    pc_regions_free(&e->regions);
    pc_dict_free(&e->dict);
    pc_plugins_unload(e);
    pc_config_free(&e->config);
    free(e->rules_dir);
    free(e->plugins_dir);
    pthread_mutex_destroy(&e->version_lock);
    free(e);
}

pc_context *pc_engine_context(pc_engine *e)
{
    return e->main;
}

int pc_engine_config_lang(const pc_engine *e)
{
    return e->config.lang;
}

const char *pc_engine_config_get(pc_engine *e, const char *section, const char *key, long *line)
{
    const pc_config_entry *c = pc_config_get(&e->config, section, key);
    if (line)
        *line = c ? c->line : 0;
    return c ? c->value : NULL;
}

const char *pc_engine_config_path(const pc_engine *e)
{
    return e->config.path;
}

const char *pc_engine_rules_version(const pc_engine *e)
{
    pc_engine *m = (pc_engine *)e;   /* a cache: the engine's answer does not change */
    pthread_mutex_lock(&m->version_lock);
    if (!m->versioned) {
        pc_engine_hash(e, m->rules_version);
        m->versioned = 1;
    }
    pthread_mutex_unlock(&m->version_lock);
    return e->rules_version;
}

/* ---- subjects from files --------------------------------------------------------------- */

static char *slurp(FILE *f, size_t *len)
{
    pc_buf b = {0};
    char chunk[65536];
    size_t n;
    while ((n = fread(chunk, 1, sizeof chunk, f)) > 0)
        pc_buf_add(&b, chunk, n);
    *len = b.len;
    return pc_buf_take(&b);
}

int pc_subject_read_file(pc_engine *e, pc_subject_kind kind, const char *path, pc_subject **out, pc_diag *diag)
{
    *out = NULL;
    int from_stdin = strcmp(path, "-") == 0;
    FILE *f = from_stdin ? stdin : fopen(path, "rb");
    if (!f) {
        pc_diag_say(diag, PC_EX_NOINPUT, path, 0, NULL, PC_D_CANNOT_OPEN, strerror(errno));
        return PC_EX_NOINPUT;
    }
    size_t len;
    char *text = slurp(f, &len);
    if (!from_stdin)
        fclose(f);
    const char *name = from_stdin ? "<stdin>" : path;
    pc_subject *s = pc_subject_new(e, kind, name);
    /* Not UTF-8: one message for the file, not one per value. */
    int rc = pc_text_decode((pc_encoding)e->encoding, name, &text, &len, diag);
    size_t bom = !rc && len >= 3 && memcmp(text, "\xEF\xBB\xBF", 3) == 0 ? 3 : 0;
    const char *p = text + bom;
    while (*p == ' ' || *p == '\t' || *p == '\r' || *p == '\n')
        p++;
    if (rc) {
        /* reported */
    } else if (*p == '\0') {
        pc_diag_say(diag, PC_EX_DATAERR, name, 0, NULL, PC_D_FILE_EMPTY);
        rc = PC_EX_DATAERR;
    } else if (*p == '{' || from_stdin) {
        rc = pc_input_json(e, s, text + bom, len - bom, 1, 1, diag);
    } else {
        rc = pc_input_ini(e, s, text + bom, len - bom, diag);
    }
    free(text);
    if (rc == 0)
        rc = pc_subject_finish(e, s, diag);
    *out = s;
    return rc;
}

int pc_subject_read_json(pc_engine *e, pc_subject_kind kind, const char *text, size_t len, const char *file,
                         long line, pc_subject **out, pc_diag *diag)
{
    pc_subject *s = *out;
    if (s && (s->kind != kind || s->dict != &e->dict)) {
        pc_subject_free(s);
        s = NULL;
    }
    if (s) {
        pc_subject_reset(s);
        if (strcmp(s->file, file) != 0) {
            free(s->file);
            s->file = pc_strdup(file);
        }
    } else {
        s = pc_subject_new(e, kind, file);
    }
    int rc = pc_input_json(e, s, text, len, line, 0, diag);
    if (rc == 0)
        rc = pc_subject_finish(e, s, diag);
    *out = s;
    return rc;
}
