/* good.c -- a minimal valid plugin for a made-up use of code 150100:
 * one region, one field, one native function native.good.answer() -> 42,
 * per-engine state allocated in init() and freed in fini(). */
#include <stdlib.h>

#include "plancheck/plugin.h"

typedef struct good_state {
    int64_t answer;
} good_state;

static const pc_region_def region = {"150100", "150000", "测试市", "Testville", NULL, NULL, NULL, NULL};

static const pc_field_def field = {
    PC_SUBJECT_ENTERPRISE, "pc_test_field", PC_FIELD_COUNT, "测试字段", "test field", NULL, NULL, NULL};

static int good_answer(void *state, int argc, const pc_value *argv, pc_value *result, char *err, size_t errlen)
{
    (void)argc, (void)argv, (void)err, (void)errlen;
    result->type = PC_INT;
    result->u.i = ((const good_state *)state)->answer;
    return 0;
}

static int good_init(const pc_host_api *host, pc_plugin_ctx *ctx, void **state)
{
    good_state *s = malloc(sizeof *s);
    if (!s)
        return 1;
    s->answer = 42;
    *state = s;
    if (host->add_region(ctx, &region) != 0 || host->add_field(ctx, &field) != 0 ||
        host->add_function(ctx, "answer", good_answer) != 0) {
        free(s);
        *state = NULL;
        return 1;
    }
    return 0;
}

static void good_fini(void *state)
{
    free(state);
}

static const pc_plugin_descriptor descriptor = {
    .abi_version = PC_PLUGIN_ABI_VERSION,
    .struct_size = sizeof(pc_plugin_descriptor),
    .name = "good",
    .version = "1.0.0",
    .jurisdiction = "150100",
    .name_zh = "测试市",
    .name_en = "Testville",
    .init = good_init,
    .fini = good_fini,
};

PC_PLUGIN_EXPORT const pc_plugin_descriptor *pc_plugin_entry(void);
PC_PLUGIN_EXPORT const pc_plugin_descriptor *pc_plugin_entry(void)
{
    return &descriptor;
}
