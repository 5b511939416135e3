/* small_descriptor.c -- a descriptor that declares itself smaller than the
 * host's (as a plugin built against an older header would): refused before
 * init is called (init aborts the process if it is called). */
#include <stddef.h>
#include <stdlib.h>

#include "plancheck/plugin.h"

static int small_init(const pc_host_api *host, pc_plugin_ctx *ctx, void **state)
{
    (void)host, (void)ctx, (void)state;
    abort(); /* the host must never get here */
}

static const pc_plugin_descriptor descriptor = {
    .abi_version = PC_PLUGIN_ABI_VERSION,
    .struct_size = (uint32_t)offsetof(pc_plugin_descriptor, validate),
    .name = "small_descriptor",
    .version = "0.0.1",
    .jurisdiction = "150500",
    .name_zh = "小描述符",
    .name_en = "Small descriptor",
    .init = small_init,
};

PC_PLUGIN_EXPORT const pc_plugin_descriptor *pc_plugin_entry(void);
PC_PLUGIN_EXPORT const pc_plugin_descriptor *pc_plugin_entry(void)
{
    return &descriptor;
}
