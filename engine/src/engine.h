/* engine.h -- the engine handle and contexts (engine.c). */
#ifndef PC_ENGINE_H
#define PC_ENGINE_H

#include "plancheck/plancheck.h"
#include "plancheck/plugin.h"
#include "buf.h"
#include "config.h"
#include "fields.h"
#include "region.h"
#include "plugins.h"
#include "plan.h"
#include "sandbox.h"

#include <pthread.h>

typedef struct pc_rule_file {
    char *path;
    int ok;
} pc_rule_file;

struct pc_engine {
    pc_config config;
    pc_dict dict;
    pc_regions regions;
    pc_plugin *plugins;
    size_t nplugins, plugins_cap;
    pc_refused *refused;
    size_t nrefused, refused_cap;
    pc_rule_file *files;
    size_t nfiles, files_cap;
    char **misplaced;       /* .lua files not at rules/<jurisdiction>/<plan>.lua */
    size_t nmisplaced, misplaced_cap;
    char *rules_dir, *plugins_dir;
    int encoding;           /* pc_encoding of input */
    pc_context *main;       /* the context open() compiled, for describe() */
    /* version.c: hashed on first request (only the service asks for it),
     * not at every start-up: hashing the plugins' objects costs more than
     * evaluating an enterprise. */
    pthread_mutex_t version_lock;
    int versioned;
    char rules_version[65];
    int refs;               /* atomic: the caller's, and one per thread a watchdog gave up */
};


/* Hashes the rule files, plugins and config into e->rules_version (out:
 * 65 bytes). */
void pc_engine_hash(const pc_engine *e, char *out);
/* One more reference (pc_engine_release drops it): a thread a watchdog gives up. */
void pc_engine_retain(pc_engine *e);

struct pc_context {
    pc_engine *engine;
    pc_buf scratch;         /* evaluation's working text, reused */
    pc_lua lua;
    pc_plan *plans;
    size_t nplans, plans_cap;
};

/* Resolves a subject's region code as of a date: follows replacements, and
 * returns 0 with the code to use (and a warning in *warning when the code
 * was replaced), or -1 with the reason in diag (at file, line, field). */
int pc_region_resolve(const pc_engine *e, const char *code, pc_date as_of, char out[7],
                      pc_buf *warning, pc_lang lang, pc_diag *diag, const char *file, long line, const char *field);

#endif /* PC_ENGINE_H */
