/* duplicate.c -- built twice (dup_a, dup_b) with different names but the
 * same jurisdiction: the second one loaded must be refused. */
#include "plancheck/plugin.h"

#ifndef PC_DUP_NAME
#error "define PC_DUP_NAME"
#endif

static const pc_region_def region = {"150700", "150000", "重复市", "Duplicate City", NULL, NULL, NULL, NULL};

static int dup_init(const pc_host_api *host, pc_plugin_ctx *ctx, void **state)
{
    *state = NULL;
    return host->add_region(ctx, &region) != 0;
}

static const pc_plugin_descriptor descriptor = {
    .abi_version = PC_PLUGIN_ABI_VERSION,
    .struct_size = sizeof(pc_plugin_descriptor),
    .name = PC_DUP_NAME,
    .version = "0.0.1",
    .jurisdiction = "150700",
    .name_zh = "重复市",
    .name_en = "Duplicate City",
    .init = dup_init,
};

PC_PLUGIN_EXPORT const pc_plugin_descriptor *pc_plugin_entry(void);
PC_PLUGIN_EXPORT const pc_plugin_descriptor *pc_plugin_entry(void)
{
    return &descriptor;
}
