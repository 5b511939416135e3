/*
 * batch_cmd.c -- `plancheck batch`: opens the input and the output (a
 * temporary file renamed into place only when the run completes), shows a
 * progress line on a terminal, stops cleanly on SIGINT/SIGTERM, and prints
 * the summary.
 */
#include "cli.h"

#include <errno.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

/* The one piece of process-wide state: a signal can only reach a global. */
static volatile sig_atomic_t interrupted;

static void on_signal(int sig)
{
    interrupted = sig;
}

static int is_cancelled(void *arg)
{
    (void)arg;
    return interrupted != 0;
}

typedef struct progress {
    double started, last;
    size_t total;        /* input size, 0 when unknown */
    pc_lang lang;
} progress;

static double now(void)
{
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return (double)t.tv_sec + t.tv_nsec / 1e9;
}

static void show_progress(void *arg, long records, size_t bytes)
{
    progress *p = arg;
    double t = now();
    if (t - p->last < 0.25)
        return;
    p->last = t;
    double rate = records / (t - p->started > 1e-9 ? t - p->started : 1e-9);
    fprintf(stderr, cli_text(p->lang, CLI_BATCH_PROGRESS), records, rate);
    if (p->total && bytes && bytes < p->total) {
        double eta = (t - p->started) * (double)(p->total - bytes) / (double)bytes;
        fprintf(stderr, cli_text(p->lang, CLI_BATCH_PROGRESS_ETA), 100.0 * (double)bytes / (double)p->total, eta);
    }
    fflush(stderr);
}

int run_batch(pc_engine *e, const cli *c, const char *input, pc_lang lang)
{
    int from_stdin = strcmp(input, "-") == 0;
    FILE *in = from_stdin ? stdin : fopen(input, "rb");
    if (!in) {
        fprintf(stderr, cli_text(lang, CLI_CANNOT_OPEN), input, strerror(errno));
        return PC_EX_NOINPUT;
    }
    FILE *out = stdout;
    char *tmp = NULL;
    if (c->out) {
        size_t n = strlen(c->out) + 16;
        tmp = malloc(n);
        snprintf(tmp, n, "%s.tmp-XXXXXX", c->out);
        int fd = mkstemp(tmp);
        if (fd >= 0) {
            /* mkstemp creates 0600; the result gets the mode any new file
             * would (0666 less the umask). */
            mode_t mask = umask(0);
            umask(mask);
            if (fchmod(fd, 0666 & ~mask) != 0) {
                close(fd);
                unlink(tmp);
                fd = -1;
            }
        }
        out = fd >= 0 ? fdopen(fd, "w") : NULL;
        if (!out) {
            fprintf(stderr, cli_text(lang, CLI_CANNOT_CREATE), c->out, strerror(errno));
            free(tmp);
            if (!from_stdin)
                fclose(in);
            return PC_EX_CANTCREAT;
        }
    }
    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sa.sa_handler = on_signal;
    sigaction(SIGINT, &sa, NULL);
    sigaction(SIGTERM, &sa, NULL);

    progress prog = {now(), 0, 0, lang};
    struct stat st;
    if (!from_stdin && fstat(fileno(in), &st) == 0 && S_ISREG(st.st_mode))
        prog.total = (size_t)st.st_size;
    long cores = sysconf(_SC_NPROCESSORS_ONLN);
    pc_batch_options opt;
    memset(&opt, 0, sizeof opt);
    opt.kind = c->kind && strcmp(c->kind, "region") == 0 ? PC_SUBJECT_REGION : PC_SUBJECT_ENTERPRISE;
    opt.threads = c->threads ? c->threads : (int)(cores > 0 ? cores : 1);
    opt.eval.as_of = c->as_of;
    opt.eval.lang = lang;
    opt.csv_output = c->csv;
    opt.no_bom = c->no_bom;
    opt.no_rules = c->no_rules;
    opt.only_eligible = c->only_eligible;
    opt.input_name = from_stdin ? "<stdin>" : input;
    opt.output_name = c->out;
    opt.cancelled = is_cancelled;
    if (!c->quiet && isatty(fileno(stderr))) {
        opt.progress = show_progress;
        opt.progress_arg = &prog;
    }
    pc_batch_summary sum;
    pc_diag *diag = pc_diag_new();
    int rc = pc_batch_run(e, in, out, &opt, &sum, diag);
    if (opt.progress)
        fputs("\r\033[K", stderr);
    pc_diag_print_lang(diag, stderr, lang);
    pc_diag_free(diag);
    if (!from_stdin)
        fclose(in);
    if (tmp && rc != PC_EX_IOERR) {
        /* The file is complete only once it is flushed, on disk and closed. */
        int step = fflush(out) != 0 || ferror(out) ? CLI_WRITE_FAILED
                   : fsync(fileno(out)) != 0       ? CLI_SYNC_FAILED
                                                   : -1;
        int err = errno;
        if (fclose(out) != 0 && step < 0) {
            step = CLI_CLOSE_FAILED;
            err = errno;
        }
        out = NULL;
        if (step >= 0) {
            fprintf(stderr, cli_text(lang, (cli_msg)step), c->out, strerror(err));
            rc = PC_EX_IOERR;
        }
    }
    if (interrupted) {
        fprintf(stderr, cli_text(lang, tmp ? CLI_INTERRUPTED_NOT_WRITTEN : CLI_INTERRUPTED_INCOMPLETE), sum.read);
        rc = 128 + interrupted;
    }
    if (tmp) {
        if (out)
            fclose(out);
        if (interrupted || rc == PC_EX_IOERR || rc == PC_EX_SOFTWARE) {
            unlink(tmp);
        } else if (rename(tmp, c->out) != 0) {
            fprintf(stderr, cli_text(lang, CLI_CANNOT_RENAME), c->out, strerror(errno));
            unlink(tmp);
            rc = PC_EX_CANTCREAT;
        }
        free(tmp);
    }
    if (!c->quiet)
        pc_batch_summary_write(&sum, now() - prog.started, lang, stderr);
    pc_batch_summary_free(&sum);
    return rc;
}
