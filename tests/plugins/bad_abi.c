/* bad_abi.c -- a plugin built for a future ABI: the host must refuse it
 * before calling anything in it (init aborts the process if it is called). */
#include <stdlib.h>

#include "plancheck/plugin.h"

static int bad_abi_init(const pc_host_api *host, pc_plugin_ctx *ctx, void **state)
{
    (void)host, (void)ctx, (void)state;
    abort(); /* the host must never get here */
}

static const pc_plugin_descriptor descriptor = {
    .abi_version = PC_PLUGIN_ABI_VERSION + 1,
    .struct_size = sizeof(pc_plugin_descriptor),
    .name = "bad_abi",
    .version = "0.0.1",
    .jurisdiction = "150300",
    .name_zh = "错误ABI",
    .name_en = "Bad ABI",
    .init = bad_abi_init,
};

PC_PLUGIN_EXPORT const pc_plugin_descriptor *pc_plugin_entry(void);
PC_PLUGIN_EXPORT const pc_plugin_descriptor *pc_plugin_entry(void)
{
    return &descriptor;
}
