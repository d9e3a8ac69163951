/* check.c - `tlc-c Spec.tla`: load, configure, check assumptions, explore, and report as TLC does. */
#include "cli.h"
#include "model.h"
#include "report.h"

#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

static double now(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + ts.tv_nsec / 1e9;
}

/* Spec.cfg beside Spec.tla, unless -config names one. */
static char *config_path(const cli_options *o)
{
    if (o->config) return util_xstrdup(o->config);
    const char *spec = cli_spec_path(o->spec);
    size_t n = strlen(spec);
    char *p = util_xmalloc(n + 1);
    memcpy(p, spec, n - 4);
    memcpy(p + n - 4, ".cfg", 5);
    return p;
}

static void progress(void *ctx, const explore_stats *s)
{
    (void)ctx;
    report_stats rs = {s->generated, s->distinct, s->queue, s->depth, s->seconds};
    double minutes = s->seconds > 0 ? s->seconds / 60 : 1;
    report_progress(stdout, &rs, (double)s->generated / minutes, (double)s->distinct / minutes);
}

static void on_sigint(int sig)
{
    (void)sig;
    explore_request_stop();
}

static void print_trace(model *m, const explore_result *r, bool difftrace)
{
    report_trace_header(stdout);
    for (uint32_t i = 0; i < r->trace_len; i++) {
        const explore_trace_state *s = &r->trace[i];
        const explore_trace_state *prev = i ? &r->trace[i - 1] : NULL;
        model_print_state(m, stdout, i + 1, s->bytes, s->len, s->action, prev ? prev->bytes : NULL,
                          prev ? prev->len : 0, difftrace);
    }
}

/* Print what went wrong and return TLC's exit code for it. */
static int report_violation(model *m, const explore_result *r, const cli_options *o)
{
    const model_fault *f = model_last_fault(m);
    switch (r->verdict) {
    case EXPLORE_DEADLOCK:
        printf("Error: Deadlock reached.\n");
        print_trace(m, r, o->difftrace);
        return EXIT_DEADLOCK;
    case EXPLORE_VIOLATED:
        if (f->kind == MODEL_FAULT_INVARIANT) {
            printf("Error: Invariant %s is violated.\n", f->name);
            print_trace(m, r, o->difftrace);
            return EXIT_SAFETY;
        }
        printf("Error: Action property %s is violated.\n", f->name);
        print_trace(m, r, o->difftrace);
        return EXIT_LIVENESS;
    case EXPLORE_FAILED:
        if (f->kind == MODEL_FAULT_ASSERT) {
            printf("Error: %s\n", f->error.message);
        } else {
            printf("Error: TLC-c could not evaluate an expression while checking the model:\n");
        }
        fflush(stdout);
        report_eval_error(stdout, &f->error);
        if (r->trace_len) print_trace(m, r, o->difftrace);
        return f->kind == MODEL_FAULT_ASSERT ? EXIT_ASSERT : EXIT_EVAL;
    default: return EXIT_SYSTEM;
    }
}

int cli_check(const cli_options *o)
{
    double start = now();
    sema_program *p = cli_load(o->spec);
    if (!p) return EXIT_PARSE;
    char *cfg_path = config_path(o);
    arena cfg_mem;
    arena_init(&cfg_mem);
    cfg_file *cfg = cfg_read_file(&cfg_mem, cfg_path);
    if (!cfg) {
        free(cfg_path);
        sema_free(p);
        return EXIT_CONFIG;
    }
    int rc = 0;
    int cores = (int)sysconf(_SC_NPROCESSORS_ONLN);
    int workers = o->workers ? o->workers : (cores > 0 ? cores : 1);
    model_options mo = {.deadlock_off = o->deadlock_off, .workers = workers};
    model *m = model_new(p, cfg, &mo, &rc);
    if (!m) goto done;
    report_banner(stdout, o->spec, workers, cores);
    rc = model_check_assumptions(m, stdout);
    if (rc) goto done;
    if (!model_has_behaviour(m)) {
        /* Only constants and assumptions: TLC checks them and reports an empty state space. */
        report_success(stdout, 0);
        report_stats none = {0, 0, 0, 0, now() - start};
        report_summary(stdout, &none);
        report_finished(stdout, now() - start);
        goto done;
    }
    report_init_start(stdout);
    signal(SIGINT, on_sigint);
    explore_options eo = {
        .workers = workers,
        .check_deadlock = model_checks_deadlock(m),
        .progress = progress,
        .progress_ctx = NULL,
        .progress_seconds = 60,
    };
    explore_result r;
    explore_model em = model_interface(m);
    explore_run(&em, &eo, &r);
    signal(SIGINT, SIG_DFL);
    if (r.verdict == EXPLORE_SUCCESS) {
        report_success(stdout, r.collision_probability);
    } else if (r.verdict == EXPLORE_INTERRUPTED) {
        printf("tlc-c: interrupted; the counts below are those reached so far.\n");
        rc = EXIT_SYSTEM;
    } else {
        rc = report_violation(m, &r, o);
    }
    report_stats rs = {r.stats.generated, r.stats.distinct, r.stats.queue, r.stats.depth, now() - start};
    report_summary(stdout, &rs);
    report_finished(stdout, now() - start);
    explore_result_free(&r);
done:
    model_free(m);
    arena_free(&cfg_mem);
    free(cfg_path);
    sema_free(p);
    return rc;
}
