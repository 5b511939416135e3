/* plugins.h -- loading and checking plugins (plugins.c). */
#ifndef PC_PLUGINS_H
#define PC_PLUGINS_H

#include "plancheck/plancheck.h"
#include "plancheck/plugin.h"
#include "buf.h"
#include "region.h"

typedef struct pc_native {
    char *name;
    pc_native_fn fn;
} pc_native;

struct pc_plugin_ctx {
    pc_engine *engine;
    size_t index;
    pc_diag *diag;
    int in_init;
    pc_diag *first_error;   /* during init(): the first registration refused (its message), or NULL */
};

/* A plugin the loader refused, for `plans` and for leaving its plans out. */
typedef struct pc_refused {
    char *path;
    char *name;              /* NULL when the descriptor could not be read */
    char jurisdiction[7];    /* "" when unknown */
    char *reason;
    char *reason_zh;         /* the reason in zh, NULL when it has only English */
    int fatal;               /* required, or [engine] strict_plugins */
} pc_refused;

typedef struct pc_plugin {
    char *path;
    void *handle;
    const pc_plugin_descriptor *desc;
    void *state;
    pc_native *natives;
    size_t nnatives, natives_cap;
    struct pc_plugin_ctx ctx;
    int initialised;
} pc_plugin;

int pc_plugins_load_dir(pc_engine *e, const char *dir, pc_diag *diag);
void pc_plugins_unload(pc_engine *e);
/* The refused plugin whose jurisdiction covers this code, or NULL. */
const pc_refused *pc_plugins_refused_for(const pc_engine *e, const char *jurisdiction);
/* Whether a loaded plugin's jurisdiction covers this code. */
int pc_plugins_cover(const pc_engine *e, const char *jurisdiction);
extern const pc_host_api pc_host_api_table;
/* Runs the validate hook of every plugin whose jurisdiction covers the
 * region (its chain: pc_regions_chain). */
void pc_plugins_validate(pc_engine *e, const pc_subject *s, const pc_region_chain *region, pc_diag *diag);

#endif /* PC_PLUGINS_H */
