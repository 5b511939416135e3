/* plugins.h -- loading and checking plugins (plugins.c). */
#ifndef PC_PLUGINS_H
#define PC_PLUGINS_H

#include "plancheck/plancheck.h"
#include "plancheck/plugin.h"

typedef struct pc_native {
    char *name;
    pc_native_fn fn;
} pc_native;

struct pc_plugin_ctx {
    pc_engine *engine;
    size_t index;
    pc_diag *diag;
};

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
extern const pc_host_api pc_host_api_table;
/* Runs the validate hook of every plugin whose jurisdiction covers region. */
void pc_plugins_validate(pc_engine *e, const pc_subject *s, const char *region, pc_diag *diag);

#endif /* PC_PLUGINS_H */
