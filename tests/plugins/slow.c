/* slow.c -- a plugin whose native functions do what the sandbox cannot
 * meter, for the watchdog's tests (tests/watchdog/run.sh): made-up region
 * 150100, a field slow_ms, and
 *   native.slow.sleep_ms(n)  sleeps n milliseconds in C, then returns true
 *   native.slow.spin_ms(n)   spins on the clock for n milliseconds
 * No Lua instruction runs meanwhile, so neither the instruction budget nor
 * an interrupt from the watchdog can stop them: only giving the thread up. */
#include <stdint.h>
#include <time.h>

#include "plancheck/plugin.h"

static const pc_region_def region = {"150100", "150000", "测试市", "Testville", NULL, NULL, NULL, NULL};

static const pc_field_def field = {
    PC_SUBJECT_ENTERPRISE, "slow_ms", PC_FIELD_COUNT, "耗时毫秒", "milliseconds to take", NULL, NULL, NULL};

static int64_t ms_arg(int argc, const pc_value *argv)
{
    return argc >= 1 && argv[0].type == PC_INT && argv[0].u.i > 0 ? argv[0].u.i : 0;
}

static int slow_sleep(void *state, int argc, const pc_value *argv, pc_value *result, char *err, size_t errlen)
{
    (void)state, (void)err, (void)errlen;
    int64_t ms = ms_arg(argc, argv);
    struct timespec t = {(time_t)(ms / 1000), (long)(ms % 1000) * 1000000L};
    while (nanosleep(&t, &t) != 0) {
    }
    result->type = PC_BOOL;
    result->u.b = 1;
    return 0;
}

static int slow_spin(void *state, int argc, const pc_value *argv, pc_value *result, char *err, size_t errlen)
{
    (void)state, (void)err, (void)errlen;
    int64_t ms = ms_arg(argc, argv);
    struct timespec start, now;
    clock_gettime(CLOCK_MONOTONIC, &start);
    do
        clock_gettime(CLOCK_MONOTONIC, &now);
    while ((now.tv_sec - start.tv_sec) * 1000 + (now.tv_nsec - start.tv_nsec) / 1000000 < ms);
    result->type = PC_BOOL;
    result->u.b = 1;
    return 0;
}

static int slow_init(const pc_host_api *host, pc_plugin_ctx *ctx, void **state)
{
    *state = NULL;
    if (host->add_region(ctx, &region) != 0 || host->add_field(ctx, &field) != 0 ||
        host->add_function(ctx, "sleep_ms", slow_sleep) != 0 || host->add_function(ctx, "spin_ms", slow_spin) != 0)
        return 1;
    return 0;
}

static const pc_plugin_descriptor descriptor = {
    .abi_version = PC_PLUGIN_ABI_VERSION,
    .struct_size = sizeof(pc_plugin_descriptor),
    .name = "slow",
    .version = "1.0.0",
    .jurisdiction = "150100",
    .name_zh = "测试市",
    .name_en = "Testville",
    .init = slow_init,
};

PC_PLUGIN_EXPORT const pc_plugin_descriptor *pc_plugin_entry(void);
PC_PLUGIN_EXPORT const pc_plugin_descriptor *pc_plugin_entry(void)
{
    return &descriptor;
}
