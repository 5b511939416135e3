/*
 * plugins.c -- loads jurisdiction plugins and checks them before use: the
 * entry symbol, the ABI version, the descriptor size, name and jurisdiction
 * uniqueness; then calls init() with the host API table.  A refused plugin
 * is reported with its file and the reason, its registrations are rolled
 * back, and the engine runs on without it (unless the config requires it).
 */
#include "internal.h"

#include <dlfcn.h>
#include <errno.h>
#include <limits.h>
#include <math.h>
#include <sys/stat.h>
#include <stdlib.h>
#include <string.h>

/* ---- the host API handed to plugins -------------------------------------------- */

static const char *plugin_name(const pc_plugin_ctx *ctx)
{
    return ctx->engine->plugins[ctx->index].desc->name;
}

static const char *plugin_path(const pc_plugin_ctx *ctx)
{
    return ctx->engine->plugins[ctx->index].path;
}

/* A registration the host refuses.  During init() the first one becomes the
 * reason the plugin is refused (one message, not one per follow-on error);
 * later ones are dropped. */
static void host_error(pc_plugin_ctx *ctx, const pc_diag *reasons)
{
    const pc_message *m = pc_diag_get(reasons, pc_diag_count(reasons) - 1);
    if (!ctx->in_init) {
        pc_buf zh = {0}, en = {0};
        pc_diag_format_in(&zh, PC_LANG_ZH, PC_D_PLUGIN_SAYS, plugin_name(ctx), m->text_zh ? m->text_zh : "");
        pc_diag_format_in(&en, PC_LANG_EN, PC_D_PLUGIN_SAYS, plugin_name(ctx), m->text);
        pc_diag_add_texts(ctx->diag, 0, plugin_path(ctx), 0, NULL, PC_D_PLUGIN_SAYS, m->text_zh ? zh.data : NULL, en.data);
        pc_buf_free(&zh);
        pc_buf_free(&en);
    } else if (!ctx->first_error) {
        ctx->first_error = pc_diag_new();
        pc_diag_copy(ctx->first_error, m);
    }
}

static void host_error_say(pc_plugin_ctx *ctx, pc_diag_id id, ...)
{
    pc_diag *why = pc_diag_new();
    va_list ap;
    va_start(ap, id);
    pc_diag_vsay(why, 0, NULL, 0, NULL, id, ap);
    va_end(ap);
    host_error(ctx, why);
    pc_diag_free(why);
}

static void host_log(pc_plugin_ctx *ctx, pc_log_level level, const char *fmt, ...)
{
    if (level < PC_LOG_WARN || (ctx->in_init && ctx->first_error))
        return;
    pc_buf msg = {0};
    va_list ap;
    va_start(ap, fmt);
    pc_buf_vprintf(&msg, fmt, ap);
    va_end(ap);
    pc_diag_add(ctx->diag, 0, plugin_path(ctx), 0, NULL, "plugin %s: %s", plugin_name(ctx), msg.data);
    pc_buf_free(&msg);
}

/* A registration's outcome (rc of the registry's add; null_call: the call
 * given NULL), its reasons in why, which it frees. */
static int registered(pc_plugin_ctx *ctx, int rc, const char *null_call, pc_diag *why)
{
    if (null_call)
        pc_diag_say(why, 0, NULL, 0, NULL, PC_D_REG_NULL, null_call);
    if (rc != 0)
        host_error(ctx, why);
    pc_diag_free(why);
    return rc != 0 ? -1 : 0;
}

static int host_add_region(pc_plugin_ctx *ctx, const pc_region_def *def)
{
    pc_diag *why = pc_diag_new();
    int rc = def ? pc_regions_add(&ctx->engine->regions, def, plugin_name(ctx), why) : -1;
    return registered(ctx, rc, def ? NULL : "add_region", why);
}

static int host_add_reference(pc_plugin_ctx *ctx, const pc_reference_def *def)
{
    pc_regions *r = &ctx->engine->regions;
    int metric = def ? pc_dict_find(&ctx->engine->dict, PC_SUBJECT_REGION, def->metric ? def->metric : "") : -1;
    if (def && !isfinite(def->value)) {
        host_error_say(ctx, PC_D_REG_REFERENCE_VALUE, def->region ? def->region : "?", def->metric ? def->metric : "?",
                       def->year, def->value);
        return -1;
    }
    if (!def || !pc_region_code_valid(def->region) || metric < 0 || !def->source || !*def->source ||
        def->year < 1900 || def->year > 2200) {
        host_error_say(ctx, PC_D_REG_REFERENCE_NEEDS, def && def->region ? def->region : "?",
                       def && def->metric ? def->metric : "?", def ? def->year : 0);
        return -1;
    }
    pc_reference ref;
    memset(&ref, 0, sizeof ref);
    memcpy(ref.code, def->region, 7);
    ref.metric = ctx->engine->dict.fields[metric].index;
    ref.year = def->year;
    ref.value = def->value;
    ref.source = pc_strdup(def->source);
    PC_PUSH(r->refs, r->nrefs, r->refs_cap, ref);
    return 0;
}

static int host_add_field(pc_plugin_ctx *ctx, const pc_field_def *def)
{
    pc_diag *why = pc_diag_new();
    int rc = def ? pc_dict_add(&ctx->engine->dict, def, plugin_name(ctx), why) : -1;
    return registered(ctx, rc, def ? NULL : "add_field", why);
}

static int host_add_field_names(pc_plugin_ctx *ctx, const pc_field_names *names)
{
    pc_diag *why = pc_diag_new();
    int rc = names ? pc_dict_add_names(&ctx->engine->dict, names, plugin_name(ctx), why) : -1;
    return registered(ctx, rc, names ? NULL : "add_field_names", why);
}

static int host_add_function(pc_plugin_ctx *ctx, const char *name, pc_native_fn fn)
{
    pc_plugin *p = &ctx->engine->plugins[ctx->index];
    int ok = name && fn && *name;
    for (const char *c = name; ok && *c; c++)
        ok = (*c >= 'a' && *c <= 'z') || (*c >= '0' && *c <= '9') || *c == '_';
    for (size_t i = 0; ok && i < p->nnatives; i++)
        ok = strcmp(p->natives[i].name, name) != 0;
    if (!ok) {
        host_error_say(ctx, PC_D_REG_FUNCTION, name ? name : "(null)");
        return -1;
    }
    pc_native n = {pc_strdup(name), fn};
    PC_PUSH(p->natives, p->nnatives, p->natives_cap, n);
    return 0;
}

static const char *host_config_get(pc_plugin_ctx *ctx, const char *key)
{
    pc_buf section = {0};
    pc_buf_printf(&section, "plugin.%s", plugin_name(ctx));
    const pc_config_entry *e = pc_config_get(&ctx->engine->config, section.data, key);
    pc_buf_free(&section);
    return e ? e->value : NULL;
}

static pc_value host_subject_get(const pc_subject *s, const char *name)
{
    pc_value nil = {PC_NIL, {0}};
    if (!s || !name)
        return nil;
    int i = pc_dict_find(s->dict, s->kind, name);
    if (i < 0)
        return nil;
    int idx = s->dict->fields[i].index;
    if (s->kind == PC_SUBJECT_ENTERPRISE)
        return s->values[idx];
    return s->nyears ? s->years[s->nyears - 1].values[idx] : nil;
}

/* The diag handed to validate() is a subject-scoped wrapper. */
typedef struct subject_diag {
    pc_diag *diag;
    const pc_subject *subject;
    const char *plugin;
} subject_diag;

/* A plugin's problem with a field: at the field's line, its texts framed
 * by PLUGIN_CHECKED; zh is the plugin's own zh text, or its en text. */
static void plugin_problem(subject_diag *sd, const char *field, const char *zh, const char *en)
{
    const pc_subject *s = sd->subject;
    long line = s->line;
    int i = field ? pc_dict_find(s->dict, s->kind, field) : -1;
    if (i >= 0 && s->kind == PC_SUBJECT_ENTERPRISE && s->lines[s->dict->fields[i].index])
        line = s->lines[s->dict->fields[i].index];
    pc_buf zh_text = {0}, en_text = {0};
    pc_diag_format_in(&zh_text, PC_LANG_ZH, PC_D_PLUGIN_CHECKED, zh, sd->plugin);
    pc_diag_format_in(&en_text, PC_LANG_EN, PC_D_PLUGIN_CHECKED, en, sd->plugin);
    size_t from = pc_diag_count(sd->diag);
    pc_diag_add_texts(sd->diag, PC_EX_DATAERR, s->file, line, field, PC_D_PLUGIN_CHECKED, zh_text.data, en_text.data);
    pc_subject_label(sd->diag, s, from, field);
    pc_buf_free(&zh_text);
    pc_buf_free(&en_text);
}

static void host_report(pc_diag *d, const char *field, const char *fmt, ...)
{
    pc_buf msg = {0};
    va_list ap;
    va_start(ap, fmt);
    pc_buf_vprintf(&msg, fmt, ap);
    va_end(ap);
    plugin_problem((subject_diag *)d, field, msg.data, msg.data);
    pc_buf_free(&msg);
}

static void host_report_lang(pc_diag *d, const char *field, const char *zh_fmt, const char *en_fmt, ...)
{
    pc_buf zh = {0}, en = {0};
    va_list ap, again;
    va_start(ap, en_fmt);
    va_copy(again, ap);
    pc_buf_vprintf(&zh, zh_fmt, ap);
    pc_buf_vprintf(&en, en_fmt, again);
    va_end(again);
    va_end(ap);
    plugin_problem((subject_diag *)d, field, zh.data, en.data);
    pc_buf_free(&zh);
    pc_buf_free(&en);
}

const pc_host_api pc_host_api_table = {
    PC_PLUGIN_ABI_VERSION,
    sizeof(pc_host_api),
    host_log,
    host_add_region,
    host_add_reference,
    host_add_field,
    host_add_function,
    host_config_get,
    host_subject_get,
    host_report,
    host_add_field_names,
    host_report_lang,
};

void pc_plugins_validate(pc_engine *e, const pc_subject *s, const pc_region_chain *region, pc_diag *diag)
{
    for (size_t i = 0; i < e->nplugins; i++) {
        pc_plugin *p = &e->plugins[i];
        if (!p->initialised || !p->desc->validate || !pc_region_chain_covers(region, p->desc->jurisdiction))
            continue;
        subject_diag sd = {diag, s, p->desc->name};
        p->desc->validate(&pc_host_api_table, p->state, s, (pc_diag *)&sd);
    }
}

/* ---- loading --------------------------------------------------------------------- */

static int config_flag(pc_engine *e, const char *name, const char *key, int dflt)
{
    pc_buf section = {0};
    pc_buf_printf(&section, "plugin.%s", name);
    const pc_config_entry *c = pc_config_get(&e->config, section.data, key);
    pc_buf_free(&section);
    int v = dflt;
    if (c)
        pc_bool_parse(c->value, &v);
    return v;
}

static int valid_name(const char *s)
{
    if (!s || !*s)
        return 0;
    for (; *s; s++)
        if (!((*s >= 'a' && *s <= 'z') || (*s >= '0' && *s <= '9') || *s == '_' || *s == '-'))
            return 0;
    return 1;
}

/* Reasons a plugin is refused go to a scratch list, one message each, in
 * both languages; refuse() frames the last one. */
static int why_say(pc_diag *why, pc_diag_id id, ...)
{
    va_list ap;
    va_start(ap, id);
    pc_diag_vsay(why, 0, NULL, 0, NULL, id, ap);
    va_end(ap);
    return 1;
}

/* Checks a descriptor before anything in the plugin runs; 0 if it fits. */
static int misfit(const pc_plugin_descriptor *d, pc_diag *why)
{
    if (!d)
        return why_say(why, PC_D_PLUGIN_NO_DESCRIPTOR);
    if (d->abi_version != PC_PLUGIN_ABI_VERSION)
        return why_say(why, PC_D_PLUGIN_ABI, (unsigned)d->abi_version, PC_PLUGIN_ABI_VERSION);
    if (d->struct_size < sizeof(pc_plugin_descriptor))
        return why_say(why, PC_D_PLUGIN_DESCRIPTOR_SIZE, (unsigned)d->struct_size, sizeof(pc_plugin_descriptor));
    if (!valid_name(d->name))
        return why_say(why, PC_D_PLUGIN_NAME);
    if (!pc_region_code_valid(d->jurisdiction))
        return why_say(why, PC_D_PLUGIN_JURISDICTION);
    if (!d->name_zh || !d->name_en || !d->init)
        return why_say(why, PC_D_PLUGIN_DESCRIPTOR_LACKS);
    return 0;
}

/* Whether a plugin loaded before this one clashes with it. */
static int clash(const pc_engine *e, const pc_plugin_descriptor *d, pc_diag *why)
{
    for (size_t i = 0; i < e->nplugins; i++) {
        const pc_plugin *o = &e->plugins[i];
        if (!o->initialised)
            continue;
        if (strcmp(o->desc->name, d->name) == 0)
            return why_say(why, PC_D_PLUGIN_NAME_TAKEN, d->name, o->path);
        if (strcmp(o->desc->jurisdiction, d->jurisdiction) == 0)
            return why_say(why, PC_D_PLUGIN_JURISDICTION_TAKEN, d->jurisdiction, o->desc->name, o->path);
    }
    return 0;
}

/* One message per refused plugin, and a record of it for `plans` and for
 * leaving its plans out without a cascade of errors. */
static void refuse(pc_engine *e, pc_diag *diag, const char *path, const pc_plugin_descriptor *d, const pc_diag *reasons)
{
    const pc_message *why = pc_diag_get(reasons, pc_diag_count(reasons) - 1);
    const char *name = d ? d->name : NULL;
    int required = name ? config_flag(e, name, "required", 0) : 0;
    int fatal = required || e->config.strict_plugins;
    pc_buf zh = {0}, en = {0};
    pc_diag_format_in(&zh, PC_LANG_ZH, PC_D_PLUGIN_REFUSED, name ? " " : "", name ? name : "",
                      why->text_zh ? why->text_zh : why->text);
    pc_diag_format_in(&en, PC_LANG_EN, PC_D_PLUGIN_REFUSED, name ? " " : "", name ? name : "", why->text);
    /* a reason worded only in English keeps the message English */
    pc_diag_add_texts(diag, fatal ? PC_EX_CONFIG : 0, path, 0, NULL, PC_D_PLUGIN_REFUSED, why->text_zh ? zh.data : NULL,
                      en.data);
    pc_diag_append(diag, required ? PC_D_PLUGIN_REFUSED_REQUIRED
                         : fatal  ? PC_D_PLUGIN_REFUSED_STRICT
                                  : PC_D_PLUGIN_REFUSED_RUNNING);
    pc_buf_free(&zh);
    pc_buf_free(&en);
    pc_refused r;
    memset(&r, 0, sizeof r);
    r.path = pc_strdup(path);
    r.name = pc_strdup(name);
    r.reason = pc_strdup(why->text);
    r.reason_zh = pc_strdup(why->text_zh);
    r.fatal = fatal;
    if (d && pc_region_code_valid(d->jurisdiction))
        memcpy(r.jurisdiction, d->jurisdiction, 7);
    PC_PUSH(e->refused, e->nrefused, e->refused_cap, r);
}

/* Plugins are trusted native code: only files the owner alone can change,
 * inside the plugins directory, are loaded. */
static int unsafe(const char *path, const char *dir_real, pc_diag *why)
{
    struct stat st;
    char real[PATH_MAX];
    if (!realpath(path, real) || stat(real, &st) != 0)
        return why_say(why, PC_D_PLUGIN_UNRESOLVED, strerror(errno));
    size_t dl = strlen(dir_real);
    if (strncmp(real, dir_real, dl) != 0 || real[dl] != '/')
        return why_say(why, PC_D_PLUGIN_OUTSIDE, real, dir_real);
    if (!S_ISREG(st.st_mode))
        return why_say(why, PC_D_PLUGIN_NOT_REGULAR);
    if (st.st_mode & (S_IWGRP | S_IWOTH))
        return why_say(why, st.st_mode & S_IWOTH ? PC_D_PLUGIN_WRITABLE_OTHERS : PC_D_PLUGIN_WRITABLE_GROUP,
                   (unsigned)(st.st_mode & 0777));
    return 0;
}

/* A plugin opened and checked, not yet initialised. */
typedef struct candidate {
    char *path;
    void *handle;
    const pc_plugin_descriptor *desc;
    int required;
} candidate;

/* Opens one file and checks its descriptor; 0 with a candidate, or -1
 * (refused or disabled, and closed again). */
static int open_one(pc_engine *e, const char *path, const char *dir_real, pc_diag *diag, candidate *out)
{
    pc_diag *why = pc_diag_new();
    int rc = -1;
    void *h = NULL;
    if (unsafe(path, dir_real, why)) {
        refuse(e, diag, path, NULL, why);
        goto out;
    }
    h = dlopen(path, RTLD_NOW | RTLD_LOCAL);
    if (!h) {
        why_say(why, PC_D_PLUGIN_NOT_SO, dlerror());
        refuse(e, diag, path, NULL, why);
        goto out;
    }
    pc_plugin_entry_fn entry;
    *(void **)&entry = dlsym(h, PC_PLUGIN_ENTRY_SYMBOL);
    if (!entry) {
        why_say(why, PC_D_PLUGIN_NO_ENTRY, PC_PLUGIN_ENTRY_SYMBOL);
        refuse(e, diag, path, NULL, why);
        goto out;
    }
    const pc_plugin_descriptor *d = entry();
    if (misfit(d, why)) {
        /* the name and jurisdiction only when the descriptor could be read */
        int readable = d && d->struct_size >= sizeof *d && valid_name(d->name);
        refuse(e, diag, path, readable ? d : NULL, why);
        goto out;
    }
    if (!config_flag(e, d->name, "enabled", 1))
        goto out;
    out->path = pc_strdup(path);
    out->handle = h;
    out->desc = d;
    out->required = config_flag(e, d->name, "required", 0);
    h = NULL;
    rc = 0;
out:
    if (h)
        dlclose(h);
    pc_diag_free(why);
    return rc;
}

static void init_one(pc_engine *e, candidate *c, pc_diag *diag)
{
    pc_diag *why = pc_diag_new();
    const pc_plugin_descriptor *d = c->desc;
    if (clash(e, d, why)) {
        refuse(e, diag, c->path, d, why);
        pc_diag_free(why);
        dlclose(c->handle);
        free(c->path);
        return;
    }
    pc_diag_clear(why);
    pc_plugin p;
    memset(&p, 0, sizeof p);
    p.path = c->path;
    p.handle = c->handle;
    p.desc = d;
    PC_PUSH(e->plugins, e->nplugins, e->plugins_cap, p);
    pc_plugin *pl = &e->plugins[e->nplugins - 1];
    pl->ctx.engine = e;
    pl->ctx.index = e->nplugins - 1;
    pl->ctx.diag = diag;
    pl->ctx.in_init = 1;

    size_t regions = e->regions.count, refs = e->regions.nrefs, fields = e->dict.count;
    int failed = d->init(&pc_host_api_table, &pl->ctx, &pl->state) != 0;
    pl = &e->plugins[e->nplugins - 1];
    pl->ctx.in_init = 0;
    /* Codes replaced by one another in a cycle would fail every record that
     * names one of them: found once, here. */
    char cycle[256];
    int cycled = !failed && !pl->ctx.first_error && pc_regions_cycle(&e->regions, regions, cycle, sizeof cycle);
    if (failed || cycled || pl->ctx.first_error) {
        /* Undo what the plugin registered before it failed. */
        pc_regions_truncate(&e->regions, regions);
        while (e->regions.nrefs > refs)
            free(e->regions.refs[--e->regions.nrefs].source);
        pc_dict_truncate(&e->dict, fields);
        if (!failed && d->fini)
            d->fini(pl->state);
        if (pl->ctx.first_error)   /* the first registration refused */
            pc_diag_copy(why, pc_diag_get(pl->ctx.first_error, 0));
        else if (cycled)
            why_say(why, PC_D_PLUGIN_CYCLE, cycle);
        else
            why_say(why, PC_D_PLUGIN_INIT_FAILED);
        refuse(e, diag, pl->path, d, why);
        pc_diag_free(why);
        pc_diag_free(pl->ctx.first_error);
        pl->ctx.first_error = NULL;
        for (size_t i = 0; i < pl->nnatives; i++)
            free(pl->natives[i].name);
        free(pl->natives);
        free(pl->path);
        e->nplugins--;
        dlclose(c->handle);
        return;
    }
    pc_diag_free(why);
    pl->initialised = 1;
}

int pc_plugins_load_dir(pc_engine *e, const char *dir, pc_diag *diag)
{
    char dir_real[PATH_MAX];
    struct stat st;
    if (!realpath(dir, dir_real) || stat(dir_real, &st) != 0 || !S_ISDIR(st.st_mode)) {
        pc_diag_say(diag, PC_EX_CONFIG, dir, 0, NULL, PC_D_PLUGINS_DIR_CANNOT_OPEN);
        return PC_EX_CONFIG;
    }
    if (st.st_mode & (S_IWGRP | S_IWOTH)) {
        pc_diag_say(diag, PC_EX_CONFIG, dir, 0, NULL,
                    st.st_mode & S_IWOTH ? PC_D_PLUGINS_DIR_WRITABLE_OTHERS : PC_D_PLUGINS_DIR_WRITABLE_GROUP,
                    (unsigned)(st.st_mode & 0777));
        return PC_EX_CONFIG;
    }
    char **names;
    size_t n;
    if (pc_dir_list(dir, ".so", &names, &n) != 0) {
        pc_diag_say(diag, PC_EX_CONFIG, dir, 0, NULL, PC_D_PLUGINS_DIR_CANNOT_OPEN);
        return PC_EX_CONFIG;
    }
    candidate *cands = pc_xcalloc(n ? n : 1, sizeof *cands);
    size_t ncands = 0;
    for (size_t i = 0; i < n; i++) {
        pc_buf path = {0};
        pc_buf_printf(&path, "%s/%s", dir, names[i]);
        if (open_one(e, path.data, dir_real, diag, &cands[ncands]) == 0)
            ncands++;
        pc_buf_free(&path);
    }
    pc_dir_free(names, n);
    /* Plugins the config marks required first, then the others, each in
     * file name order: of two that clash, the one initialised later is
     * refused, so a required plugin never loses to another. */
    for (int pass = 1; pass >= 0; pass--)
        for (size_t i = 0; i < ncands; i++)
            if (cands[i].required == pass)
                init_one(e, &cands[i], diag);
    free(cands);
    /* A replacement must name a region some plugin lists, or resolution would
     * land on a code nothing knows. */
    for (size_t i = 0; i < e->regions.count; i++) {
        const pc_region *r = &e->regions.items[i];
        if (r->replaced_by[0] && !pc_regions_find(&e->regions, r->replaced_by))
            pc_diag_say(diag, 0, NULL, 0, NULL, PC_D_PLUGIN_REPLACED_UNLISTED, r->owner, r->code, r->replaced_by);
    }
    /* A required plugin that is not there at all is a configuration error too. */
    for (size_t i = 0; i < e->config.count; i++) {
        pc_config_entry *c = &e->config.entries[i];
        int req = 0;
        if (strncmp(c->section, "plugin.", 7) != 0 || strcmp(c->key, "required") != 0 ||
            pc_bool_parse(c->value, &req) != 0 || !req)
            continue;
        int found = 0;
        for (size_t k = 0; k < e->nplugins; k++)
            found |= e->plugins[k].initialised && strcmp(e->plugins[k].desc->name, c->section + 7) == 0;
        for (size_t k = 0; k < e->nrefused; k++)
            found |= e->refused[k].name && strcmp(e->refused[k].name, c->section + 7) == 0; /* reported already */
        if (!found && config_flag(e, c->section + 7, "enabled", 1))
            pc_diag_say(diag, PC_EX_CONFIG, e->config.path, c->line, NULL, PC_D_PLUGIN_REQUIRED_MISSING, c->section + 7, dir);
    }
    return pc_diag_worst(diag) >= PC_EX_CONFIG ? PC_EX_CONFIG : 0;
}

const pc_refused *pc_plugins_refused_for(const pc_engine *e, const char *jurisdiction)
{
    for (size_t i = 0; i < e->nrefused; i++) {
        const pc_refused *r = &e->refused[i];
        if (r->jurisdiction[0] && pc_regions_covers(&e->regions, r->jurisdiction, jurisdiction))
            return r;
    }
    return NULL;
}

int pc_plugins_cover(const pc_engine *e, const char *jurisdiction)
{
    for (size_t i = 0; i < e->nplugins; i++)
        if (e->plugins[i].initialised && pc_regions_covers(&e->regions, e->plugins[i].desc->jurisdiction, jurisdiction))
            return 1;
    return 0;
}

void pc_plugins_unload(pc_engine *e)
{
    for (size_t i = e->nplugins; i-- > 0;) {
        pc_plugin *p = &e->plugins[i];
        if (p->initialised && p->desc->fini)
            p->desc->fini(p->state);
        for (size_t k = 0; k < p->nnatives; k++)
            free(p->natives[k].name);
        free(p->natives);
        free(p->path);
    }
    /* dlclose last: the dictionary and regions point at plugin strings. */
    for (size_t i = 0; i < e->nplugins; i++)
        dlclose(e->plugins[i].handle);
    free(e->plugins);
    e->plugins = NULL;
    e->nplugins = 0;
    for (size_t i = 0; i < e->nrefused; i++) {
        free(e->refused[i].path);
        free(e->refused[i].name);
        free(e->refused[i].reason);
        free(e->refused[i].reason_zh);
    }
    free(e->refused);
    e->refused = NULL;
    e->nrefused = 0;
}
