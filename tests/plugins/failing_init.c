/* failing_init.c -- registers a region, a field and a native function, then
 * fails in init().  The host must roll all of it back.  The registrations
 * deliberately clash with good.c (same region code with another name, same
 * field name), so a good plugin loaded after it fails if they survive. */
#include <stdlib.h>

#include "plancheck/plugin.h"

static const pc_region_def regions[] = {
    {"150100", "150000", "失败市", "Failtown", NULL, NULL, NULL, NULL},
    {"150199", "150100", "失败区", "Fail District", NULL, NULL, NULL, NULL},
};

static const pc_field_def field = {
    PC_SUBJECT_ENTERPRISE, "pc_test_field", PC_FIELD_COUNT, "测试字段", "test field", NULL, NULL, NULL};

static int failing_native(void *state, int argc, const pc_value *argv, pc_value *result, char *err, size_t errlen)
{
    (void)state, (void)argc, (void)argv, (void)err, (void)errlen;
    result->type = PC_INT;
    result->u.i = -1;
    return 0;
}

static int failing_init(const pc_host_api *host, pc_plugin_ctx *ctx, void **state)
{
    *state = NULL;
    for (size_t i = 0; i < sizeof regions / sizeof regions[0]; i++)
        if (host->add_region(ctx, &regions[i]) != 0)
            return 1;
    if (host->add_field(ctx, &field) != 0 || host->add_function(ctx, "answer", failing_native) != 0)
        return 1;
    host->log(ctx, PC_LOG_ERROR, "deliberately failing after registering 150199");
    return -1;
}

static const pc_plugin_descriptor descriptor = {
    .abi_version = PC_PLUGIN_ABI_VERSION,
    .struct_size = sizeof(pc_plugin_descriptor),
    .name = "failing_init",
    .version = "0.0.1",
    .jurisdiction = "150600",
    .name_zh = "初始化失败",
    .name_en = "Failing init",
    .init = failing_init,
};

PC_PLUGIN_EXPORT const pc_plugin_descriptor *pc_plugin_entry(void);
PC_PLUGIN_EXPORT const pc_plugin_descriptor *pc_plugin_entry(void)
{
    return &descriptor;
}
