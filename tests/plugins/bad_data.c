/* bad_data.c -- a plugin whose code is fine and whose data is not, built
 * twice: with PC_BAD_NAN it gives a NaN population for 150100; with
 * PC_BAD_CYCLE its region codes 150101 and 150102 each replace the other.
 * The loader must refuse it when it loads (not per record later) and roll
 * back what it registered. */
#include <math.h>
#include <stddef.h>

#include "plancheck/plugin.h"

static const pc_region_def regions[] = {
    {"150100", "150000", "测试市", "Testville", NULL, NULL, NULL, NULL},
#ifdef PC_BAD_CYCLE
    {"150101", "150100", "甲区", "District A", NULL, "2019-12-31", "150102", NULL},
    {"150102", "150100", "乙区", "District B", NULL, "2019-12-31", "150101", NULL},
#endif
};

static int bad_init(const pc_host_api *host, pc_plugin_ctx *ctx, void **state)
{
    *state = NULL;
    for (size_t i = 0; i < sizeof regions / sizeof *regions; i++)
        if (host->add_region(ctx, &regions[i]) != 0)
            return 1;
#ifdef PC_BAD_NAN
    pc_reference_def pop = {"150100", "population_10k", 2020, NAN, "made up"};
    if (host->add_reference(ctx, &pop) != 0)
        return 1;
#endif
    return 0;
}

static const pc_plugin_descriptor descriptor = {
    .abi_version = PC_PLUGIN_ABI_VERSION,
    .struct_size = sizeof(pc_plugin_descriptor),
    .name = PC_BAD_NAME,
    .version = "1.0.0",
    .jurisdiction = "150100",
    .name_zh = "测试市",
    .name_en = "Testville",
    .init = bad_init,
};

PC_PLUGIN_EXPORT const pc_plugin_descriptor *pc_plugin_entry(void);
PC_PLUGIN_EXPORT const pc_plugin_descriptor *pc_plugin_entry(void)
{
    return &descriptor;
}
