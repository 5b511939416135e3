/* no_entry.c -- a shared object that exports something, but not
 * pc_plugin_entry: the host must refuse it. */
#include "plancheck/plugin.h"

PC_PLUGIN_EXPORT const pc_plugin_descriptor *pc_plugin_entry_misspelt(void);

static const pc_plugin_descriptor descriptor = {
    .abi_version = PC_PLUGIN_ABI_VERSION,
    .struct_size = sizeof(pc_plugin_descriptor),
    .name = "no_entry",
    .version = "0.0.1",
    .jurisdiction = "150400",
    .name_zh = "无入口",
    .name_en = "No entry",
};

PC_PLUGIN_EXPORT const pc_plugin_descriptor *pc_plugin_entry_misspelt(void)
{
    return &descriptor;
}
