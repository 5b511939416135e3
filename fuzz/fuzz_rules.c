/*
 * fuzz_rules.c -- a rule file: the bytes are written to a temporary .lua
 * file (once per input) and linted with pc_lint_file, which runs the file
 * in the sandbox, compiles its declarations (dsl.c) and runs its check{}
 * code once.  A small instruction budget and 16 MB of Lua memory keep runs
 * short.
 */
#include "common.h"

#include <stdlib.h>
#include <string.h>
#include <unistd.h>

static pc_engine *engine;
static char path[4096];
static int fd = -1;

int LLVMFuzzerInitialize(int *argc, char ***argv);
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static void cleanup(void)
{
    if (path[0])
        unlink(path);
}

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    (void)argc;
    (void)argv;
    engine = fz_engine_open(1);
    engine->config.lua_instructions = 200000;
    engine->config.lua_memory_bytes = 16u << 20;
    const char *tmp = getenv("TMPDIR");
    snprintf(path, sizeof path, "%s/plancheck-fuzz-rules-XXXXXX.lua", tmp && *tmp ? tmp : "/tmp");
    fd = mkstemps(path, 4);
    if (fd < 0) {
        perror("plancheck-fuzz: mkstemps");
        exit(1);
    }
    atexit(cleanup);
    return 0;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    FZ_ASSERT(ftruncate(fd, 0) == 0, "ftruncate failed");
    for (size_t off = 0; off < size;) {
        ssize_t n = pwrite(fd, data + off, size - off, (off_t)off);
        FZ_ASSERT(n > 0, "pwrite failed");
        off += (size_t)n;
    }
    pc_diag *d = pc_diag_new();
    int rc = pc_lint_file(engine, path, d);
    fz_check_diag(d, rc, PC_EX_CONFIG, PC_EX_SOFTWARE, 0);
    pc_diag_free(d);
    return 0;
}
