/*
 * runner.c -- runs one CLI test case: a .test file that says how to call
 * plancheck and what must come out.
 *
 *   # comment
 *   args: --as-of 2018-06-30 --format json check examples/dalian/x.ini
 *   exit: 0                      expected exit code (default 0)
 *   stdin: path                  file fed to standard input
 *   expect: file.expected.json   default: <name>.expected.json beside the .test, if present
 *   stderr: text                 must appear in stderr (repeatable)
 *   stdout: text                 must appear in stdout (repeatable)
 *   no-stderr: text              must not appear in stderr (repeatable)
 *   no-stdout: text              must not appear in stdout (repeatable)
 *   env: NAME=value              set for the run (repeatable)
 *
 * The environment variable PLANCHECK_TEST_WRAPPER, when set, is a command
 * the binary runs under (valgrind in CI).
 * @SRC@ and @BUILD@ in values stand for the source and build directories.
 * The expectation is a subset of the output: object keys present must
 * match; an array of objects must have each expected element match a
 * distinct actual element; arrays of scalars must be equal; an empty array
 * means the actual one is empty; numbers compare numerically.  When stdout
 * holds several JSON lines, the actual value is the array of them.
 *
 * usage: runner PLANCHECK SRC_DIR BUILD_DIR CASE.test
 */
#include <jansson.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

static const char *src_dir, *build_dir;

/* Every string the runner allocates, freed at the end (the suite runs under
 * LeakSanitizer too). */
static char *owned[256];
static int nowned;

static char *own(char *p)
{
    if (nowned < 256)
        owned[nowned++] = p;
    return p;
}

static char *substitute(const char *in)
{
    size_t cap = strlen(in) * 4 + 4096, n = 0;
    char *out = malloc(cap);
    while (*in) {
        const char *rep = NULL;
        size_t skip = 0;
        if (strncmp(in, "@SRC@", 5) == 0)
            rep = src_dir, skip = 5;
        else if (strncmp(in, "@BUILD@", 7) == 0)
            rep = build_dir, skip = 7;
        if (rep) {
            n += (size_t)snprintf(out + n, cap - n, "%s", rep);
            in += skip;
        } else {
            out[n++] = *in++;
        }
    }
    out[n] = '\0';
    return out;
}

static char *slurp(const char *path)
{
    FILE *f = fopen(path, "rb");
    if (!f)
        return NULL;
    fseek(f, 0, SEEK_END);
    long len = ftell(f);
    fseek(f, 0, SEEK_SET);
    char *buf = malloc((size_t)len + 1);
    size_t got = fread(buf, 1, (size_t)len, f);
    buf[got] = '\0';
    fclose(f);
    return buf;
}

/* Splits on spaces; "double quotes" group. */
static int split_args(char *s, char **argv, int max)
{
    int n = 0;
    while (*s && n < max - 1) {
        while (*s == ' ')
            s++;
        if (!*s)
            break;
        if (*s == '"') {
            argv[n++] = ++s;
            while (*s && *s != '"')
                s++;
        } else {
            argv[n++] = s;
            while (*s && *s != ' ')
                s++;
        }
        if (*s)
            *s++ = '\0';
    }
    argv[n] = NULL;
    return n;
}

static int failures;

static void fail(const char *path, const char *fmt, const char *a, const char *b)
{
    fprintf(stderr, "FAIL %s: ", path);
    fprintf(stderr, fmt, a, b);
    fputc('\n', stderr);
    failures++;
}

static int subset(const json_t *exp, const json_t *act, const char *path, char *why, size_t n);

static int subset_array(const json_t *exp, const json_t *act, const char *path, char *why, size_t n)
{
    size_t ne = json_array_size(exp), na = json_array_size(act);
    if (ne == 0) {
        if (na) {
            snprintf(why, n, "%s: expected an empty array, got %zu elements", path, na);
            return 0;
        }
        return 1;
    }
    int objects = json_is_object(json_array_get(exp, 0));
    if (!objects) {
        if (!json_equal((json_t *)exp, (json_t *)act)) {
            char *a = json_dumps(act, JSON_COMPACT | JSON_ENCODE_ANY), *e = json_dumps(exp, JSON_COMPACT | JSON_ENCODE_ANY);
            snprintf(why, n, "%s: expected %s, got %s", path, e, a);
            free(a);
            free(e);
            return 0;
        }
        return 1;
    }
    char *used = calloc(na + 1, 1);
    for (size_t i = 0; i < ne; i++) {
        int found = 0;
        char best[1024] = "";
        for (size_t k = 0; k < na && !found; k++) {
            if (used[k])
                continue;
            char sub[1024];
            char p[512];
            snprintf(p, sizeof p, "%s[%zu]", path, k);
            if (subset(json_array_get(exp, i), json_array_get(act, k), p, sub, sizeof sub)) {
                used[k] = 1;
                found = 1;
            } else if (!best[0] || strstr(sub, "rule") == NULL) {
                snprintf(best, sizeof best, "%s", sub);
            }
        }
        if (!found) {
            char *e = json_dumps(json_array_get(exp, i), JSON_COMPACT);
            snprintf(why, n, "%s: no element matches %.300s (closest mismatch: %.400s)", path, e, best);
            free(e);
            free(used);
            return 0;
        }
    }
    free(used);
    return 1;
}

static int subset(const json_t *exp, const json_t *act, const char *path, char *why, size_t n)
{
    if (json_is_number(exp)) {
        if (!json_is_number(act) || json_number_value(exp) != json_number_value(act)) {
            char *a = json_dumps(act, JSON_ENCODE_ANY);
            snprintf(why, n, "%s: expected %g, got %s", path, json_number_value(exp), a ? a : "nothing");
            free(a);
            return 0;
        }
        return 1;
    }
    if (json_is_object(exp)) {
        if (!json_is_object(act)) {
            snprintf(why, n, "%s: expected an object", path);
            return 0;
        }
        const char *key;
        json_t *v;
        json_object_foreach((json_t *)exp, key, v) {
            char p[512];
            snprintf(p, sizeof p, "%s.%s", path, key);
            json_t *a = json_object_get(act, key);
            if (!a) {
                snprintf(why, n, "%s: missing", p);
                return 0;
            }
            if (!subset(v, a, p, why, n))
                return 0;
        }
        return 1;
    }
    if (json_is_array(exp)) {
        if (!json_is_array(act)) {
            snprintf(why, n, "%s: expected an array", path);
            return 0;
        }
        return subset_array(exp, act, path, why, n);
    }
    if (!json_equal((json_t *)exp, (json_t *)act)) {
        char *a = json_dumps(act, JSON_ENCODE_ANY), *e = json_dumps(exp, JSON_ENCODE_ANY);
        snprintf(why, n, "%s: expected %s, got %s", path, e, a ? a : "nothing");
        free(a);
        free(e);
        return 0;
    }
    return 1;
}

static json_t *parse_output(const char *out, char *why, size_t n)
{
    json_t *lines = json_array();
    const char *p = out;
    while (*p) {
        const char *nl = strchr(p, '\n');
        size_t len = nl ? (size_t)(nl - p) : strlen(p);
        if (len) {
            json_error_t err;
            json_t *v = json_loadb(p, len, 0, &err);
            if (!v) {
                snprintf(why, n, "stdout is not JSON Lines: %s: %.200s", err.text, p);
                json_decref(lines);
                return NULL;
            }
            json_array_append_new(lines, v);
        }
        p += len + (nl ? 1 : 0);
    }
    if (json_array_size(lines) == 1) {
        json_t *one = json_incref(json_array_get(lines, 0));
        json_decref(lines);
        return one;
    }
    return lines;
}

int main(int argc, char **argv)
{
    if (argc != 5) {
        fputs("usage: runner PLANCHECK SRC_DIR BUILD_DIR CASE.test\n", stderr);
        return 2;
    }
    const char *bin = argv[1], *test = argv[4];
    src_dir = argv[2];
    build_dir = argv[3];
    char *spec = slurp(test);
    if (!spec) {
        fprintf(stderr, "cannot read %s\n", test);
        return 2;
    }
    char *args = NULL, *stdin_path = NULL, *expect = NULL;
    char *stderr_has[16], *stdout_has[16], *stderr_not[16], *stdout_not[16], *envs[16];
    int nerr = 0, nout = 0, nnot = 0, noutnot = 0, nenv = 0, want_exit = 0;
    for (char *line = strtok(spec, "\n"); line; line = strtok(NULL, "\n")) {
        if (line[0] == '#' || !line[0])
            continue;
        char *colon = strchr(line, ':');
        if (!colon) {
            fprintf(stderr, "%s: bad line '%s'\n", test, line);
            return 2;
        }
        *colon = '\0';
        char *val = colon + 1;
        while (*val == ' ')
            val++;
        char *v = own(substitute(val));
        if (strcmp(line, "args") == 0) args = v;
        else if (strcmp(line, "exit") == 0) want_exit = atoi(v);
        else if (strcmp(line, "stdin") == 0) stdin_path = v;
        else if (strcmp(line, "expect") == 0) expect = v;
        else if (strcmp(line, "stderr") == 0 && nerr < 16) stderr_has[nerr++] = v;
        else if (strcmp(line, "stdout") == 0 && nout < 16) stdout_has[nout++] = v;
        else if (strcmp(line, "no-stderr") == 0 && nnot < 16) stderr_not[nnot++] = v;
        else if (strcmp(line, "no-stdout") == 0 && noutnot < 16) stdout_not[noutnot++] = v;
        else if (strcmp(line, "env") == 0 && nenv < 16) envs[nenv++] = v;
        else {
            fprintf(stderr, "%s: unknown key '%s'\n", test, line);
            return 2;
        }
    }
    if (!args) {
        fprintf(stderr, "%s: no args:\n", test);
        return 2;
    }
    if (!expect) {
        char guess[4096];
        snprintf(guess, sizeof guess, "%.*s.expected.json", (int)(strlen(test) - 5), test);
        if (access(guess, R_OK) == 0)
            expect = own(strdup(guess));
    } else if (expect[0] != '/') {
        char full[4096];
        snprintf(full, sizeof full, "%s/%s", src_dir, expect);
        expect = own(strdup(full));
    }

    char out_path[] = "/tmp/pc-runner-out-XXXXXX", err_path[] = "/tmp/pc-runner-err-XXXXXX";
    int out_fd = mkstemp(out_path), err_fd = mkstemp(err_path);
    pid_t pid = fork();
    if (pid == 0) {
        if (chdir(src_dir) != 0)
            _exit(127);
        dup2(out_fd, 1);
        dup2(err_fd, 2);
        if (stdin_path) {
            FILE *in = fopen(stdin_path, "rb");
            if (!in)
                _exit(126);
            dup2(fileno(in), 0);
        } else {
            FILE *in = fopen("/dev/null", "rb");
            dup2(fileno(in), 0);
        }
        for (int i = 0; i < nenv; i++)
            putenv(envs[i]);
        /* PLANCHECK_TEST_WRAPPER runs the binary under a tool, e.g. valgrind. */
        char *av[160];
        int n = 0;
        const char *wrap = getenv("PLANCHECK_TEST_WRAPPER");
        if (wrap && *wrap)
            n = split_args(own(strdup(wrap)), av, 32);
        av[n] = (char *)bin;
        split_args(args, av + n + 1, 127);
        execvp(av[0], av);
        _exit(127);
    }
    int status;
    waitpid(pid, &status, 0);
    close(out_fd);
    close(err_fd);
    char *out = slurp(out_path), *err = slurp(err_path);
    unlink(out_path);
    unlink(err_path);
    int code = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
    char num[32], want[32];
    snprintf(num, sizeof num, "%d", code);
    snprintf(want, sizeof want, "%d", want_exit);
    if (code != want_exit)
        fail(test, "exit code %s, expected %s", num, want);
    for (int i = 0; i < nerr; i++)
        if (!strstr(err, stderr_has[i]))
            fail(test, "stderr lacks '%s'%s", stderr_has[i], "");
    for (int i = 0; i < nnot; i++)
        if (strstr(err, stderr_not[i]))
            fail(test, "stderr has '%s'%s", stderr_not[i], "");
    for (int i = 0; i < nout; i++)
        if (!strstr(out, stdout_has[i]))
            fail(test, "stdout lacks '%s'%s", stdout_has[i], "");
    for (int i = 0; i < noutnot; i++)
        if (strstr(out, stdout_not[i]))
            fail(test, "stdout has '%s'%s", stdout_not[i], "");
    if (expect) {
        json_error_t jerr;
        json_t *exp = json_load_file(expect, 0, &jerr);
        char why[2048] = "";
        if (!exp) {
            fail(test, "cannot parse the expectation: %s %s", jerr.text, "");
        } else {
            json_t *act = parse_output(out, why, sizeof why);
            if (!act)
                fail(test, "%s%s", why, "");
            else if (!subset(exp, act, "$", why, sizeof why))
                fail(test, "%s%s", why, "");
            json_decref(act);
            json_decref(exp);
        }
    }
    int rc = 0;
    if (failures) {
        fprintf(stderr, "--- stderr ---\n%s--- stdout (first 2000 bytes) ---\n%.2000s\n", err, out);
        rc = 1;
    } else {
        printf("ok %s\n", test);
    }
    free(out);
    free(err);
    free(spec);
    for (int i = 0; i < nowned; i++)
        free(owned[i]);
    return rc;
}
