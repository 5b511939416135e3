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

static uint8_t *slurp(const char *path, size_t *size)
{
    FILE *f = fopen(path, "rb");
    if (!f)
        return NULL;
    size_t cap = 4096, n = 0;
    uint8_t *buf = malloc(cap);
    size_t got;
    while (buf && (got = fread(buf + n, 1, cap - n, f)) > 0) {
        n += got;
        if (n == cap) {
            uint8_t *more = realloc(buf, cap *= 2);
            if (!more) {
                free(buf);
                buf = NULL;
            }
            buf = more;
        }
    }
    int bad = ferror(f);
    fclose(f);
    if (bad) {
        free(buf);
        return NULL;
    }
    *size = n;
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
        /* a private copy of exactly size bytes, as libFuzzer gives: ASan
         * then sees a read past the end */
        uint8_t *copy = malloc(size ? size : 1);
        if (!copy)
            return 71;
        for (size_t k = 0; k < size; k++)
            copy[k] = data[k];
        free(data);
        fprintf(stderr, "replay: %s\n", argv[i]);   /* the input a failure below is of */
        LLVMFuzzerTestOneInput(copy, size);
        free(copy);
        inputs++;
    }
    printf("replay: %d inputs\n", inputs);
    return inputs ? 0 : 66;
}
