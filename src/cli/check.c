/* check.c - `tlc-c Spec.tla`: load, configure, check assumptions, explore, and report as TLC does. */
#include "cli.h"
#include "liveness.h"
#include "pcal.h"
#include "model.h"
#include "report.h"

#include <errno.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <sys/random.h>
#include <time.h>
#include <unistd.h>
#include <xxhash.h>

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

/* What the explorer's reporting callbacks need. */
typedef struct checking {
    model *m;
    const cli_options *o;
    bool in_place;           /* stdout is a terminal: progress rewrites one line every second */
    int first_code;          /* with -continue: the exit code of the first violation reported */
    char *checkpoint_dir;    /* where checkpoints go, or NULL */
} checking;

static void progress(void *ctx, const explore_stats *s)
{
    checking *c = ctx;
    report_stats rs = {s->generated, s->distinct, s->queue, s->depth, s->seconds};
    double minutes = s->seconds > 0 ? s->seconds / 60 : 1;
    report_progress(stdout, &rs, (double)s->generated / minutes, (double)s->distinct / minutes, c->in_place);
}

static void coverage(void *ctx, const explore_action_counts *counts)
{
    checking *c = ctx;
    report_progress_end(stdout);
    model_print_coverage(c->m, stdout, counts);
}

static void initial_done(void *ctx, uint64_t generated, uint64_t distinct)
{
    (void)ctx;
    report_progress_end(stdout);
    report_init_done(stdout, generated, distinct);
}

/* -seed N, or one drawn at random: printed in the banner, so that the run can be repeated. */
static int64_t run_seed(const cli_options *o)
{
    int64_t seed;
    if (o->has_seed) return o->seed;
    if (getrandom(&seed, sizeof seed, 0) == (ssize_t)sizeof seed) return seed;
    return (int64_t)(now() * 1e9) ^ ((int64_t)getpid() << 32);
}

/* Ctrl-C: the search, or the liveness checks after it, stop with the counts so far. */
static void on_sigint(int sig)
{
    (void)sig;
    explore_request_stop();
    live_request_stop();
}

static void print_trace(model *m, const explore_trace_state *trace, uint32_t len, bool difftrace)
{
    report_trace_header(stdout);
    for (uint32_t i = 0; i < len; i++) {
        const explore_trace_state *s = &trace[i];
        const explore_trace_state *prev = i ? &trace[i - 1] : NULL;
        model_print_state(m, stdout, i + 1, s->bytes, s->len, s->action, prev ? prev->bytes : NULL,
                          prev ? prev->len : 0, difftrace);
    }
}

/* "Error: Invariant X is violated." or "Error: Action property X is violated.", and TLC's code. */
static int violation_line(const model_fault *f)
{
    if (f->kind == MODEL_FAULT_INVARIANT) {
        report_message(stdout, REPORT_INVARIANT_VIOLATED, REPORT_CLASS_ERROR, "Invariant %s is violated.", f->name);
        return EXIT_SAFETY;
    }
    report_message(stdout, REPORT_ACTION_PROPERTY_VIOLATED, REPORT_CLASS_ERROR, "Action property %s is violated.",
                   f->name);
    return EXIT_LIVENESS;
}

/* -continue: a violation reported while the search goes on. */
static void violation(void *ctx, const explore_trace_state *trace, uint32_t len)
{
    checking *c = ctx;
    report_progress_end(stdout);
    int code = violation_line(model_last_fault(c->m));
    print_trace(c->m, trace, len, c->o->difftrace);
    if (!c->first_code) c->first_code = code;
}

/* ---- liveness ----------------------------------------------------------------------------------- */

/* Print the lasso as TLC does: the states, then back to the first state of the cycle (or stuttering). */
static void print_lasso(model *m, const explore_model *em, const explore_graph *g, const live_lasso *l, atom property,
                        bool difftrace)
{
    uint32_t n = l->n, len;
    explore_trace_state *trace;
    report_lasso_header(stdout, property);
    if (!live_lasso_trace(em, g, l, &trace, &len)) {
        report_message(stdout, REPORT_GENERAL, REPORT_CLASS_ERROR,
                       "tlc-c could not replay the counterexample (is the spec deterministic?)");
        return;
    }
    for (uint32_t i = 0; i < n; i++)
        model_print_state(m, stdout, i + 1, trace[i].bytes, trace[i].len, trace[i].action, i ? trace[i - 1].bytes : NULL,
                          i ? trace[i - 1].len : 0, difftrace);
    if (l->stuttering) report_stuttering(stdout, n + 1);
    else model_print_back_to(m, stdout, n + 1, l->loop + 1, trace[n].action);
    explore_trace_free(trace, len);
}

/* Search the behaviour graph for a fair violation of each temporal property, on `workers` threads.
 * 0, or TLC's exit code for a violation. */
static int check_liveness(model *m, const explore_model *em, const explore_graph *g, int workers, bool difftrace)
{
    const live_check *checks;
    const live_fairness *fair;
    uint32_t nchecks, nfair;
    if (!model_liveness_problem(m, &checks, &nchecks, &fair, &nfair)) return 0;
    double start = now();
    report_liveness_start(stdout, g->nstates);
    live_result lr;
    live_check_all(g, checks, nchecks, fair, nfair, workers, &lr);
    int rc = 0;
    if (lr.status == LIVE_INTERRUPTED) {
        report_message(stdout, REPORT_GENERAL, REPORT_CLASS_NONE,
                       "tlc-c: interrupted while checking the temporal properties; none is reported violated.");
        rc = EXIT_SYSTEM;
    } else if (lr.status == LIVE_TOO_LARGE) {
        report_message(stdout, REPORT_GENERAL, REPORT_CLASS_ERROR,
                       "the behaviour graph times a property's automaton has more than 2^32 nodes: "
                       "too large to check the temporal properties.");
        rc = EXIT_TOO_LARGE;
    }
    for (uint32_t i = 0; i < lr.n && !rc; i++) {
        if (!lr.lassos[i].states) continue;
        print_lasso(m, em, g, &lr.lassos[i], model_liveness_check_name(m, i), difftrace);
        rc = EXIT_LIVENESS;
    }
    live_result_free(&lr);
    if (!rc || rc == EXIT_LIVENESS) report_liveness_done(stdout, now() - start);
    return rc;
}

/* An evaluation error reported TLC's way for where it happened: the message (under a heading for an
 * invariant or an action property), the trace to the state, the positions of the expressions being
 * evaluated; and TLC's exit code (75 initial states, 255 successors, 76 invariant, 13 action
 * property, 77 temporal property, 14 Assert). */
static int report_eval_fault(model *m, const explore_result *r, const cli_options *o)
{
    const model_fault *f = model_last_fault(m);
    const eval_error *err = &f->error;
    bool positions = true;
    int rc;
    char heading[512];
    if (f->kind == MODEL_FAULT_ASSERT) {
        report_eval_failure(stdout, 0, NULL, err);
        rc = EXIT_ASSERT;
    } else if (f->where == MODEL_IN_INVARIANT && !f->initial) {
        snprintf(heading, sizeof heading, "Evaluating invariant %s failed.", f->name);
        report_eval_failure(stdout, REPORT_INVARIANT_EVALUATION_FAILED, heading, err);
        positions = false;
        rc = EXIT_SAFETY_EVAL;
    } else if (f->where == MODEL_IN_ACTION_PROPERTY) {
        snprintf(heading, sizeof heading, "Evaluating action property %s failed.", f->name);
        report_eval_failure(stdout, REPORT_ACTION_PROPERTY_EVALUATION_FAILED, heading, err);
        positions = false;
        rc = EXIT_LIVENESS;
    } else {
        /* TLC wraps an error computing the initial states in its general error */
        bool initial = f->where == MODEL_IN_INIT || (f->where == MODEL_IN_INVARIANT && f->initial);
        report_eval_failure(stdout, initial ? REPORT_GENERAL : 0, NULL, err);
        rc = f->where == MODEL_IN_PROPERTY ? EXIT_LIVENESS_EVAL : EXIT_EVAL;
        /* TLC exits 255 for an error computing successors, 75 for a successor left incomplete */
        if (f->where == MODEL_IN_NEXT && report_eval_error_code(err) != REPORT_NOT_COMPLETELY_SPECIFIED_NEXT)
            rc = EXIT_ERROR;
    }
    if (r->trace_len) print_trace(m, r->trace, r->trace_len, o->difftrace);
    if (positions) {
        syn_loc at[2];
        uint32_t n = 0;
        if (err->within.file && (err->within.line != err->loc.line || err->within.col != err->loc.col))
            at[n++] = err->within;
        at[n++] = err->loc;
        report_nested_positions(stdout, at, n);
    }
    return rc;
}

/* Print what went wrong and return TLC's exit code for it. */
static int report_violation(model *m, const explore_result *r, const cli_options *o)
{
    const model_fault *f = model_last_fault(m);
    switch (r->verdict) {
    case EXPLORE_DEADLOCK:
        report_message(stdout, REPORT_DEADLOCK, REPORT_CLASS_ERROR, "Deadlock reached.");
        print_trace(m, r->trace, r->trace_len, o->difftrace);
        return EXIT_DEADLOCK;
    case EXPLORE_VIOLATED: {
        int code = violation_line(f);
        print_trace(m, r->trace, r->trace_len, o->difftrace);
        return code;
    }
    case EXPLORE_FAILED: return report_eval_fault(m, r, o);
    default: return EXIT_SYSTEM;
    }
}

/* A search that ended before its end without a violation: why, and TLC's code. */
static int report_cut_short(const explore_result *r, uint64_t max_states)
{
    switch (r->verdict) {
    case EXPLORE_INTERRUPTED:
        report_message(stdout, REPORT_GENERAL, REPORT_CLASS_NONE,
                       "tlc-c: interrupted; the counts below are those reached so far.");
        return EXIT_SYSTEM;
    case EXPLORE_OUT_OF_MEMORY:
        report_message(stdout, REPORT_GENERAL, REPORT_CLASS_ERROR,
                       "tlc-c ran out of memory; the counts below are those reached so far. Give it more memory, "
                       "or make the model smaller (fewer constants' values, a CONSTRAINT).");
        return EXIT_SYSTEM;
    case EXPLORE_DISK_ERROR:
        report_message(stdout, REPORT_GENERAL, REPORT_CLASS_ERROR,
                       "the queue of states or the fingerprint set could not be written to disk or read back (%s; "
                       "the folder is $TMPDIR, default /tmp); the counts below are those reached so far.",
                       strerror(r->disk_errno));
        return EXIT_SYSTEM;
    case EXPLORE_TOO_LARGE:
        report_message(stdout, REPORT_GENERAL, REPORT_CLASS_ERROR,
                       "the state space is too large: tlc-c keeps at most %llu distinct states; the counts below are "
                       "those reached so far.",
                       (unsigned long long)max_states);
        return EXIT_TOO_LARGE;
    default: return 0;
    }
}

static uint64_t physical_memory(void)
{
    long pages = sysconf(_SC_PHYS_PAGES), size = sysconf(_SC_PAGE_SIZE);
    return pages > 0 && size > 0 ? (uint64_t)pages * (uint64_t)size : (uint64_t)1 << 32;
}

/* The queue's memory budget: an eighth of physical memory, or TLCC_QUEUE_MEMORY bytes (tests set a
 * tiny one to exercise spilling to disk). */
static uint64_t queue_budget(void)
{
    const char *env = getenv("TLCC_QUEUE_MEMORY");
    if (env && *env) return strtoull(env, NULL, 10);
    return physical_memory() / 8;
}

/* -fpmem: the fingerprint set's memory budget, a fraction of physical memory or bytes; unset, a
 * quarter of physical memory (TLC's default share). */
static uint64_t fpset_bytes(const cli_options *o)
{
    if (o->fpmem < 0) return physical_memory() / 4;
    return o->fpmem <= 1 ? (uint64_t)(o->fpmem * (double)physical_memory()) : (uint64_t)o->fpmem;
}

/* After a complete search: temporal properties, then postconditions (as TLC orders them). 0, or
 * the exit code of what was violated (reported). */
static int check_after_search(model *m, const explore_model *em, const explore_result *r, int workers, bool difftrace)
{
    int rc = 0;
    if (r->graph) {
        report_stats rs = {r->stats.generated, r->stats.distinct, r->stats.queue, r->stats.depth, r->stats.seconds};
        report_progress_plain(stdout, &rs);
        model_liveness_finish_graph(m, r->graph);
        rc = check_liveness(m, em, r->graph, workers, difftrace);
    }
    if (!rc) {
        eval_stats st = {.distinct = (int64_t)r->stats.distinct, .generated = (int64_t)r->stats.generated,
                         .diameter = r->stats.depth, .duration = r->stats.seconds};
        rc = model_check_postconditions(m, stdout, &st);
    }
    return rc;
}

/* ---- checkpoints ---------------------------------------------------------------------------------
 * A checkpoint carries a meta block of the client's: the digest of what decides the search (tlc-c's
 * version, the spec's and the .cfg's text, the options that change the state space or the answer)
 * and the seed. A recovery refuses a checkpoint whose digest differs, and takes its seed. */

typedef struct run_meta { uint64_t digest; int64_t seed; } run_meta;

static void hash_file(XXH3_state_t *h, const char *path)
{
    size_t n = 0;
    char *text = util_read_file(path, &n);
    XXH3_64bits_update(h, &n, sizeof n);
    if (text) XXH3_64bits_update(h, text, n);
    free(text);
}

static uint64_t run_digest(const cli_options *o)
{
    XXH3_state_t *h = XXH3_createState();
    XXH3_64bits_reset(h);
    XXH3_64bits_update(h, TLCC_VERSION, strlen(TLCC_VERSION));
    hash_file(h, cli_spec_path(o->spec));
    char *cfg = config_path(o);
    hash_file(h, cfg);
    free(cfg);
    int flags[] = {o->deadlock_off, o->keep_going, o->fp, o->liveness_off};
    XXH3_64bits_update(h, flags, sizeof flags);
    uint64_t d = XXH3_64bits_digest(h);
    XXH3_freeState(h);
    return d;
}

/* -recover DIR: the checkpoint's seed, after checking that it is whole and of this run's spec, .cfg,
 * options and tlc-c version; false after printing why not. */
static bool recovery_seed(const cli_options *o, int64_t *seed)
{
    char why[600];
    uint32_t len;
    uint8_t *meta = explore_checkpoint_meta(o->recover, &len, why, sizeof why);
    if (!meta) {
        fprintf(stderr, "tlc-c: error: cannot recover: %s\n", why);
        return false;
    }
    run_meta rm;
    bool ok = len == sizeof rm;
    if (ok) memcpy(&rm, meta, sizeof rm);
    free(meta);
    if (!ok || rm.digest != run_digest(o)) {
        fprintf(stderr, "tlc-c: error: cannot recover: the checkpoint in %s is of another spec, .cfg, options or tlc-c "
                        "version\n",
                o->recover);
        return false;
    }
    *seed = rm.seed;
    return true;
}

/* The checkpoints' folder: -metadir, the folder recovered from, or states/<time> beside the spec. */
static char *checkpoint_dir(const cli_options *o)
{
    if (o->metadir) return util_xstrdup(o->metadir);
    if (o->recover) return util_xstrdup(o->recover);
    const char *spec = cli_spec_path(o->spec), *slash = strrchr(spec, '/');
    struct timespec ts;
    clock_gettime(CLOCK_REALTIME, &ts);
    struct tm tm;
    localtime_r(&ts.tv_sec, &tm);
    char stamp[64];
    strftime(stamp, sizeof stamp, "%y-%m-%d-%H-%M-%S", &tm);
    size_t n = strlen(spec) + 96;
    char *dir = util_xmalloc(n);
    snprintf(dir, n, "%.*sstates/%s.%03ld", slash ? (int)(slash - spec + 1) : 0, spec, stamp, ts.tv_nsec / 1000000);
    return dir;
}

static void checkpoint_event(void *ctx, int event, const explore_stats *s, int err)
{
    checking *c = ctx;
    report_progress_end(stdout);
    switch (event) {
    case EXPLORE_CHECKPOINT_START: report_checkpoint_start(stdout, c->checkpoint_dir); break;
    case EXPLORE_CHECKPOINT_DONE: report_checkpoint_done(stdout); break;
    case EXPLORE_CHECKPOINT_FAILED:
        report_message(stdout, REPORT_GENERAL, REPORT_CLASS_WARNING,
                       "the checkpoint could not be written to %s (%s); the search goes on, and the previous "
                       "checkpoint stays as it was.",
                       c->checkpoint_dir, strerror(err));
        break;
    case EXPLORE_RECOVERY_START: report_recovery_start(stdout, c->o->recover); break;
    case EXPLORE_RECOVERY_DONE: report_recovery_done(stdout, s->distinct, s->queue); break;
    default: break;
    }
}

/* Checkpoints for this run: -checkpoint (default 30 minutes), not with temporal properties or
 * -continue (refused when asked for, else left out). False after printing a refusal. */
static bool plan_checkpoints(const cli_options *o, explore_options *eo, checking *c, const run_meta *meta)
{
    bool unsupported = eo->record_graph || eo->keep_going || eo->count_actions;
    if (unsupported && (o->recover || o->checkpoint > 0)) {
        fprintf(stderr, "tlc-c: error: -%s with temporal properties to check, -continue or -coverage is not supported yet\n",
                o->recover ? "recover" : "checkpoint");
        return false;
    }
    eo->recover_dir = o->recover;
    eo->checkpoint_event = checkpoint_event;
    if (o->checkpoint == 0 || unsupported) return true;
    c->checkpoint_dir = checkpoint_dir(o);
    eo->checkpoint_dir = c->checkpoint_dir;
    eo->checkpoint_seconds = (o->checkpoint < 0 ? 30 : o->checkpoint) * 60;
    eo->checkpoint_meta = (const uint8_t *)meta;
    eo->checkpoint_meta_len = sizeof *meta;
    return true;
}

/* Explore the model's state space and report as TLC does: 0 or TLC's exit code. */
static int explore(model *m, const cli_options *o, int workers, double start, int64_t seed)
{
    checking c = {m, o, isatty(STDOUT_FILENO) == 1, 0, NULL};
    explore_options eo = {
        .workers = workers,
        .check_deadlock = model_checks_deadlock(m),
        .keep_going = o->keep_going,
        .fpset_bytes = fpset_bytes(o),
        .queue_budget = queue_budget(),
        .progress = progress,
        .progress_ctx = &c,
        .progress_seconds = c.in_place ? 1 : 60,
        .initial_done = initial_done,
        .violation = violation,
        .record_graph = model_liveness_problem(m, &(const live_check *){0}, &(uint32_t){0},
                                               &(const live_fairness *){0}, &(uint32_t){0}),
        .count_actions = o->coverage >= 0,
        .coverage_seconds = o->coverage > 0 ? o->coverage * 60.0 : 1e300,
        .coverage = coverage,
    };
    run_meta meta = {run_digest(o), seed};
    if (!plan_checkpoints(o, &eo, &c, &meta)) return EXIT_CONFIG;
    if (!o->recover) report_computing_init(stdout);
    explore_result r;
    explore_model em = model_interface(m);
    util_reserve_memory((size_t)64 << 20);   /* for the summary when memory runs out */
    signal(SIGINT, on_sigint);   /* kept to the end: a late Ctrl-C lets the report finish */
    signal(SIGXFSZ, SIG_IGN);    /* past a file-size limit, a write fails (EFBIG) rather than killing */
    explore_run(&em, &eo, &r);
    report_progress_end(stdout);
    int rc;
    bool complete = false;
    if (r.verdict == EXPLORE_SUCCESS) {
        rc = check_after_search(m, &em, &r, workers, o->difftrace);
        complete = !rc && !c.first_code;
        if (complete) report_success(stdout, r.collision_probability, r.actual_collision_probability);
    } else if (r.verdict == EXPLORE_VIOLATED && r.trace_len == 1 && !o->keep_going &&
               model_last_fault(m)->kind == MODEL_FAULT_INVARIANT) {
        /* TLC prints an initial state that violates an invariant alone, without the counts */
        model_print_initial_violation(m, stdout, model_last_fault(m)->name, r.trace[0].bytes, r.trace[0].len);
        report_finished(stdout, now() - start);
        explore_result_free(&r);
        util_reserve_memory(0);
        return EXIT_SAFETY;
    } else {
        rc = report_cut_short(&r, eo.max_states ? eo.max_states : (uint64_t)1 << 36);
        if (!rc) rc = report_violation(m, &r, o);
    }
    if (c.first_code) rc = c.first_code;   /* -continue: TLC's code for the first violation */
    if (eo.count_actions) model_print_coverage(m, stdout, &r.actions);
    report_stats rs = {r.stats.generated, r.stats.distinct, r.stats.queue, r.stats.depth, now() - start};
    report_summary(stdout, &rs);
    if (complete) report_outdegree(stdout, r.outdegree.mean, r.outdegree.min, r.outdegree.max, r.outdegree.p95);
    report_finished(stdout, now() - start);
    explore_result_free(&r);
    free(c.checkpoint_dir);
    util_reserve_memory(0);
    return rc;
}

/* Tool mode: load the spec, and give its errors to the editor as SANY's "*** Errors:" block (the
 * diagnostics with carets still go to stderr). */
/* Tool mode keeps the diagnostics of a step (capture_start .. capture_end) to give them to the
 * client too; they still go to stderr. */
typedef struct capture { FILE *mem; char *text; size_t len; } capture;

static void capture_start(capture *c)
{
    *c = (capture){0};
    if (report_is_tool() && (c->mem = open_memstream(&c->text, &c->len))) util_diag_stream(c->mem);
}

/* The diagnostics kept, NUL-terminated (to free), or NULL outside tool mode. */
static char *capture_end(capture *c)
{
    if (!c->mem) return NULL;
    util_diag_stream(NULL);
    fclose(c->mem);
    fputs(c->text, stderr);
    return c->text;
}

static sema_program *load_for_tool(const char *spec)
{
    capture c;
    capture_start(&c);
    sema_program *p = cli_load(spec);
    char *text = capture_end(&c);
    if (!p && text) report_sany_errors(stdout, text);
    free(text);
    return p;
}

/* A configuration that cannot be used: in tool mode, its diagnostics as TLC's general error. */
static void config_failed(char *diagnostics)
{
    if (diagnostics && *diagnostics)
        report_message(stdout, REPORT_GENERAL, REPORT_CLASS_ERROR, "%.*s", (int)strlen(diagnostics) - 1, diagnostics);
    free(diagnostics);
}

/* Where Print and PrintT write: stdout, or -userFile's file. */
static FILE *open_user_file(const cli_options *o)
{
    if (!o->user_file) return NULL;
    FILE *f = fopen(o->user_file, "w");
    if (!f) util_diag(DIAG_ERROR, (syn_loc){0}, NULL, "cannot write -userFile `%s`: %s", o->user_file, strerror(errno));
    return f;
}

int cli_check(const cli_options *o)
{
    double start = now();
    report_set_tool(o->tool);
    int cores = (int)sysconf(_SC_NPROCESSORS_ONLN);
    int workers = o->workers ? o->workers : (cores > 0 ? cores : 1);
    int64_t seed = run_seed(o);
    if (o->recover && !recovery_seed(o, &seed)) return EXIT_SYSTEM;
    report_banner(stdout, o->spec, o->fp, seed, workers, cores);
    if (o->max_set_size && o->max_set_size < 1000000)
        report_message(stdout, REPORT_GENERAL, REPORT_CLASS_NONE,
                       "tlc-c does not limit the size of the sets it enumerates: -maxSetSize %lld has no effect.",
                       (long long)o->max_set_size);
    report_sany_start(stdout);
    fflush(stdout);
    sema_program *p = report_is_tool() ? load_for_tool(o->spec) : cli_load(o->spec);
    for (uint32_t i = 0; p && i < p->nmodules; i++)   /* TLC warns of stale translations while parsing */
        if (!p->modules[i]->is_standard) pcal_check_module(p->modules[i]->file, p->modules[i]->name, stdout);
    fflush(stdout);
    report_sany_done(stdout, p);
    if (!p) {
        report_finished(stdout, now() - start);
        return EXIT_PARSE;
    }
    char *cfg_path = config_path(o);
    arena cfg_mem;
    arena_init(&cfg_mem);
    capture diagnostics;
    capture_start(&diagnostics);
    cfg_file *cfg = cfg_read_file(&cfg_mem, cfg_path);
    char *cfg_diagnostics = capture_end(&diagnostics);
    if (cfg) free(cfg_diagnostics);
    if (!cfg) {
        config_failed(cfg_diagnostics);
        report_finished(stdout, now() - start);
        free(cfg_path);
        sema_free(p);
        return EXIT_CONFIG;
    }
    int rc = 0;
    FILE *user_file = open_user_file(o);
    if (o->user_file && !user_file) {
        rc = EXIT_SYSTEM;
        goto done_cfg;
    }
    model_options mo = {.deadlock_off = o->deadlock_off, .workers = workers, .seed = (uint64_t)seed, .fp = o->fp,
                        .liveness_off = o->liveness_off, .print_out = user_file, .coverage = o->coverage >= 0};
    capture_start(&diagnostics);
    model *m = model_new(p, cfg, &mo, &rc);
    char *model_diagnostics = capture_end(&diagnostics);
    if (!m) {
        config_failed(model_diagnostics);
        model_diagnostics = NULL;
        report_finished(stdout, now() - start);
        goto done;
    }
    free(model_diagnostics);
    /* TLC's order: start, the warnings and the liveness problem, the assumptions, the initial states */
    report_init_start(stdout);
    const live_check *checks;
    const live_fairness *fair;
    uint32_t nchecks, nfair;
    bool live = model_liveness_problem(m, &checks, &nchecks, &fair, &nfair);
    if (live && !cfg->specification && !o->nowarning) report_no_spec_but_property(stdout);
    if (live) report_live_implied(stdout, nchecks);
    rc = model_check_assumptions(m, stdout);
    if (rc) {
        report_finished(stdout, now() - start);
        goto done;
    }
    if (!model_has_behaviour(m)) {
        /* Only constants and assumptions: TLC checks them and reports an empty state space. */
        report_success(stdout, 0, 0);
        report_stats none = {0, 0, 0, 0, now() - start};
        report_summary(stdout, &none);
        report_finished(stdout, now() - start);
        goto done;
    }
    rc = explore(m, o, workers, start, seed);
done:
    model_free(m);
done_cfg:
    if (user_file) fclose(user_file);
    arena_free(&cfg_mem);
    free(cfg_path);
    sema_free(p);
    return rc;
}
