/*
 * replay.c -- runs a fuzz target of fuzz/ as an ordinary program: each file
 * named on the command line is one input to LLVMFuzzerTestOneInput, as
 * libFuzzer would give it.  Built by the test suite with the engine's own
 * compiler and warnings (and in the ASan build under the sanitizers), so the
 * harnesses keep building with the engine's API and run clean on the
 * repository's inputs; fuzz/run.sh does the fuzzing itself, with clang.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

int LLVMFuzzerInitialize(int *argc, char ***argv);
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

/* The file's bytes in a block of exactly their size, as libFuzzer gives an
 * input (ASan then sees a read past its end); NULL when it cannot be read. */
static uint8_t *slurp(const char *path, size_t *size)
{
    FILE *f = fopen(path, "rb");
    if (!f)
        return NULL;
    long n = fseek(f, 0, SEEK_END) == 0 ? ftell(f) : -1;
    uint8_t *buf = n >= 0 && fseek(f, 0, SEEK_SET) == 0 ? malloc(n ? (size_t)n : 1) : NULL;
    if (buf && fread(buf, 1, (size_t)n, f) != (size_t)n) {
        free(buf);
        buf = NULL;
    }
    fclose(f);
    *size = (size_t)n;
    return buf;
}

int main(int argc, char **argv)
{
    LLVMFuzzerInitialize(&argc, &argv);
    int inputs = 0;
    for (int i = 1; i < argc; i++) {
        size_t size = 0;
        uint8_t *data = slurp(argv[i], &size);
        if (!data) {
            fprintf(stderr, "replay: cannot read %s\n", argv[i]);
            return 66;
        }
        fprintf(stderr, "replay: %s\n", argv[i]);   /* the input a failure below is of */
        LLVMFuzzerTestOneInput(data, size);
        free(data);
        inputs++;
    }
    printf("replay: %d inputs\n", inputs);
    return inputs ? 0 : 66;
}
