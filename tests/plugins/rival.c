/* rival.c -- a plugin for 济南市 (370100) that declares the shared parent
 * 370000 as "山东" where the shipped Zoucheng plugin says "山东省": the two
 * cannot both be loaded.  Sorted before zoucheng.so, it loads first. */
#include <stddef.h>

#include "plancheck/plugin.h"

static const pc_region_def regions[] = {
    {"370000", NULL, "山东", "Shandong", NULL, NULL, NULL, NULL},
    {"370100", "370000", "济南市", "Jinan", NULL, NULL, NULL, NULL},
    {"370102", "370100", "历下区", "Lixia", NULL, NULL, NULL, NULL},
};

static int rival_init(const pc_host_api *host, pc_plugin_ctx *ctx, void **state)
{
    *state = NULL;
    for (size_t i = 0; i < sizeof regions / sizeof regions[0]; i++)
        if (host->add_region(ctx, &regions[i]) != 0) {
            host->log(ctx, PC_LOG_ERROR, "cannot register region %s", regions[i].code);
            return 1;
        }
    return 0;
}

static const pc_plugin_descriptor descriptor = {
    .abi_version = PC_PLUGIN_ABI_VERSION,
    .struct_size = sizeof(pc_plugin_descriptor),
    .name = "rival",
    .version = "0.1",
    .jurisdiction = "370100",
    .name_zh = "济南市",
    .name_en = "Jinan",
    .init = rival_init,
};

PC_PLUGIN_EXPORT const pc_plugin_descriptor *pc_plugin_entry(void);
PC_PLUGIN_EXPORT const pc_plugin_descriptor *pc_plugin_entry(void)
{
    return &descriptor;
}
