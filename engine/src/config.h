/* config.h -- the INI config (config.c). */
#ifndef PC_CONFIG_H
#define PC_CONFIG_H

#include "plancheck/plancheck.h"
#include "plancheck/plugin.h"

/* The keys of the [serve] section (docs/serve.md); `plancheck serve` checks
 * their values. */
#define PC_SERVE_KEYS(X) \
    X(listen) X(threads) X(decision_log) X(decision_log_input) X(access_log) X(timeout_s) \
    X(max_connections) X(max_body_bytes) X(max_inflight) X(drain_timeout_s) X(cors_origin)

typedef struct pc_config_entry {
    char *section, *key, *value;
    long line;
    int used;
    int what_if;                 /* from --param (whatif.c), not the file */
    char *was;                   /* what_if: the parameter's value before (NULL: unset) */
} pc_config_entry;

typedef struct pc_config {
    char *path;
    pc_config_entry *entries;
    size_t count, cap;
    char *rules_dir, *plugins_dir;
    int lang;                    /* -1 unset */
    size_t lua_memory_bytes;
    int64_t lua_instructions;
    int strict_plugins;          /* [engine] strict_plugins: any refused plugin is exit 78 */
    long eval_timeout_ms;        /* the watchdog's deadline per evaluation; 0 off */
    int csv_bom;                 /* [engine] csv_bom: CSV output starts with a UTF-8 BOM (default true) */
} pc_config;

int pc_config_read(pc_config *c, const char *path, pc_diag *diag);
/* The same from an open stream; path names it in messages. */
int pc_config_read_stream(pc_config *c, const char *path, FILE *f, pc_diag *diag);
void pc_config_free(pc_config *c);
/* The value of section/key, marking it used; NULL when absent. */
const pc_config_entry *pc_config_get(pc_config *c, const char *section, const char *key);

#endif /* PC_CONFIG_H */
