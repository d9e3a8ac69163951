/* check.c - `tlc-c Spec.tla`: load, configure, check assumptions, explore, and report as TLC does. */
#include "cli.h"
#include "dfid.h"
#include "liveness.h"
#include "pcal.h"
#include "model.h"
#include "report.h"
#include "simulate.h"
#include "dist.h"

#include <errno.h>
#include <math.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <sys/random.h>
#include <time.h>
#include <unistd.h>
#include <xxhash.h>

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

/* What the explorer's reporting callbacks need, and what the run summary (-json) reports. */
typedef struct checking {
    model *m;
    const sema_program *p;
    const cli_options *o;
    bool in_place;           /* stdout is a terminal: progress rewrites one line every second */
    int first_code;          /* with -continue: the exit code of the first violation reported (see check) */
    /* the first counterexample, as values (for -dumpTrace and -json) */
    arena cex_mem;
    report_cex cex;
    bool has_cex;
    const char *kind;        /* what was violated (report_run.violation_kind), and its name */
    const char *name;
    explore_stats stats;     /* the final counts */
    uint64_t initial_generated, initial_distinct;   /* the initial states (initial_done) */
    bool initial_counts;     /* the summary counts the initial states only (TLC stopped there) */
    bool no_summary;         /* TLC stopped without its counts (an initial state left incomplete) */
    uint64_t stop_generated; /* breadth-first search: the states generated when it stopped at a fault */
    uint64_t stop_successors; /* ... and those the state it was expanding generated before the fault */
    bool simulating;         /* -simulate: errors are reported as TLC's simulator reports them */
    bool sim_end_omitted;    /* ... and this one without the simulator's closing lines */
    uint64_t traces;         /* simulation: the walks made */
    char *checkpoint_dir;    /* where checkpoints go, or NULL */
} checking;

static bool wants_counterexample(const cli_options *o) { return o->ndump_traces || o->json_summary; }

/* Keep the first counterexample as values and write it to the -dumpTrace files, each followed by
 * TLC's line (a PrintT of the string, so quoted). A lasso's last state goes back to trace[loop] by
 * back_action (0: stuttering). */
static void counterexample(checking *c, const explore_trace_state *trace, uint32_t n, int64_t loop,
                           uint32_t back_action)
{
    if (c->has_cex || !n || !wants_counterexample(c->o)) return;
    c->has_cex = model_counterexample(c->m, &c->cex_mem, trace, n, loop, back_action, &c->cex);
    c->cex.spec = c->o->spec;
    for (int i = 0; i < c->o->ndump_traces && c->has_cex; i++) {
        const char *path = c->o->dump_traces[i].path;
        if (report_write_trace(path, (report_trace_format)c->o->dump_traces[i].format, &c->cex))
            printf("\"CounterExample written: %s\"\n", path);
        else
            printf("tlc-c: error: could not write the counterexample to %s: %s\n", path, strerror(errno));
    }
}

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
    checking *c = ctx;
    c->initial_generated = generated;
    c->initial_distinct = distinct;
    report_progress_end(stdout);
    report_init_done(stdout, generated, distinct);
}

/* TLC words a successor that its only action leaves incomplete "by the next-state action". */
static char *incomplete_words(checking *c, const eval_error *err)
{
    const char *tail = strstr(err->message, ". The following");
    if (!tail || model_count_actions(c->m) != 1) return err->message;
    return arena_printf(&c->cex_mem, "Successor state is not completely specified by the next-state action%s", tail);
}

/* The breadth-first search's initial states: TLC's progress lines while it computed them, then the
 * usual line. */
static void bfs_initial_done(void *ctx, uint64_t generated, uint64_t distinct)
{
    report_init_progress(stdout, generated);
    initial_done(ctx, generated, distinct);
}

/* -seed N, or one drawn at random: printed in the banner, so that the run can be repeated. */
static int64_t run_seed(const cli_options *o)
{
    int64_t seed;
    if (o->has_seed) return o->seed;
    if (getrandom(&seed, sizeof seed, 0) == (ssize_t)sizeof seed) return seed;
    return (int64_t)(util_now() * 1e9) ^ ((int64_t)getpid() << 32);
}

/* Ctrl-C: the search, or the liveness checks after it, stop with the counts so far. */
static void on_sigint(int sig)
{
    (void)sig;
    explore_request_stop();
    simulate_request_stop();
    dfid_request_stop();
    live_request_stop();
}

/* A state of a walk in a file=P module, as TLC writes it: the label as a comment, then
 * STATE_i == and the state's lines (the trace's "State i: <label>" header turned around). */
static void print_module_state(checking *c, FILE *out, uint32_t index, const val *vars, const eval_action *label)
{
    char *text = NULL;
    size_t size = 0;
    FILE *mem = open_memstream(&text, &size);
    if (!mem) return;
    model_print_state_vars(c->m, mem, index, vars, label);
    fclose(mem);
    char *header_end = strchr(text, '\n'), *label_start = strchr(text, '<');
    if (header_end && label_start && label_start < header_end)
        fprintf(out, "\\* %.*s\nSTATE_%u == \n%s\n", (int)(header_end - label_start), label_start, index, header_end + 1);
    free(text);
}

/* Whether TLC entered the call of d that named this step (its arguments were constants): the step
 * is then placed in d's body; a call with an argument of the state is the step itself, placed at
 * the call, and TLC names it without arguments (Tool.getActionsAppl, Action.getLocation). */
static bool split_at_call(const eval_action *a, const sema_def *d)
{
    syn_loc b = d->body->loc;
    bool after_start = a->loc.line > b.line || (a->loc.line == b.line && a->loc.col >= b.col);
    bool before_end = a->loc.line < b.end_line || (a->loc.line == b.end_line && a->loc.col <= b.end_col);
    return a->loc.file == b.file && after_start && before_end;
}

/* TLC's simulator names each state's action with its arguments, "<TakeLeft(1) line ...>", and the
 * initial state by its predicate, "<Init line ...>". */
static void print_walk(checking *c, FILE *out, const explore_trace_state *trace, const uint64_t *draws, uint32_t len,
                       bool as_module)
{
    arena mem;
    arena_init(&mem);
    report_cex cex;
    /* a module needs the values as built too: one enumeration per step finds both */
    if (as_module) model_walk(c->m, &mem, trace, draws, len, &cex);
    else model_counterexample(c->m, &mem, trace, len, -1, 0, &cex);
    const eval_action **labels = arena_alloc(&mem, sizeof(eval_action *) * (len + 1));
    for (uint32_t i = 0; i < len; i++) {
        eval_action *label = arena_alloc(&mem, sizeof *label);
        bool named = i ? cex.states[i].action != NULL : model_init_action(c->m, label);
        if (i && named) {
            *label = *cex.states[i].action;
            const sema_def *d = label->def;
            if (d && d->nparams && cex.states[i].args && split_at_call(label, d)) {
                /* as the explorer's replay names them (eval's name_with_args) */
                char *name = arena_printf(&mem, "%s(", d->name);
                for (uint32_t k = 0; k < d->nparams; k++)
                    name = arena_printf(&mem, "%s%s%s", name, k ? "," : "", val_to_string(&mem, cex.states[i].args[k]));
                label->name = arena_printf(&mem, "%s)", name);
            }
        }
        labels[i] = named ? label : NULL;
        if (as_module) print_module_state(c, out, i + 1, cex.states[i].vars, labels[i]);
    }
    if (!as_module) model_print_trace(c->m, out, trace, len, labels, c->o->difftrace);
    arena_free(&mem);
}

/* The trace of a report; ends_at_successor: its last state is the successor whose checks failed
 * (not the state expanded). */
static void print_trace(checking *c, const explore_trace_state *trace, uint32_t len, bool ends_at_successor)
{
    if (c->o->simulate) {
        report_trace_header(stdout);
        print_walk(c, stdout, trace, NULL, len, false);
        return;
    }
    if (c->o->dfid) {
        /* TLC's depth-first search prints its stack of states, without labels */
        report_trace_header(stdout);
        bool invariant = c->kind && !strcmp(c->kind, "invariant");
        for (uint32_t i = 0; i < len; i++)
            model_print_state_unlabelled(c->m, stdout, i + 1, trace[i].bytes, trace[i].len, invariant);
        return;
    }
    /* TLC finds the states up to the one it expanded again from the initial predicate before it
     * prints them (unless that is an initial state), and all of them once more after, to write its
     * trace module (not with -continue): what Init prints (Print) appears there again */
    uint32_t expanded = ends_at_successor && len ? len - 1 : len;
    if (expanded > 1) model_initial_again(c->m);
    report_trace_header(stdout);
    model_print_trace(c->m, stdout, trace, len, NULL, c->o->difftrace);
    if (len && !c->o->keep_going) model_initial_again(c->m);
}

/* An initial state that violates an invariant or a PROPERTY's state predicate: TLC prints it alone,
 * without a trace or the counts (the search, -continue, simulation and -dfid alike), and exits 12
 * (13 for the property). The first such violation names the run's. */
static int initial_violation(checking *c, const explore_trace_state *trace, uint32_t len)
{
    const model_fault *f = model_last_fault(c->m);
    bool property = f->kind == MODEL_FAULT_INIT_PROPERTY;
    model_print_initial_violation(c->m, stdout, property, f->name, trace[0].bytes, trace[0].len);
    if (!c->kind) {
        c->kind = property ? "property" : "invariant";
        c->name = f->name;
    }
    counterexample(c, trace, len, -1, 0);
    return property ? EXIT_LIVENESS : EXIT_SAFETY;
}

/* Is this a violation by an initial state alone? */
static bool by_initial_state(const model *m, uint32_t trace_len)
{
    model_fault_kind kind = model_last_fault(m)->kind;
    return trace_len == 1 && (kind == MODEL_FAULT_INVARIANT || kind == MODEL_FAULT_INIT_PROPERTY);
}

/* "Error: Invariant X is violated." or "Error: Action property X is violated.", and TLC's code. */
static int violation_line(checking *c, const model_fault *f)
{
    if (!c->kind) {
        c->kind = f->kind == MODEL_FAULT_INVARIANT ? "invariant" : "action-property";
        c->name = f->name;
    }
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
    const model_fault *f = model_last_fault(c->m);
    report_progress_end(stdout);
    if (by_initial_state(c->m, len)) {
        int code = initial_violation(c, trace, len);
        if (!c->first_code) c->first_code = code;
        return;
    }
    int code = violation_line(c, f);
    print_trace(c, trace, len, true);
    counterexample(c, trace, len, -1, 0);
    if (!c->first_code) c->first_code = code;
}

/* ---- liveness ----------------------------------------------------------------------------------- */

/* Print the lasso as TLC does: the states, then back to the first state of the cycle (or stuttering). */
static void print_lasso(checking *c, const explore_model *em, const explore_graph *g, const live_lasso *l,
                        atom property)
{
    model *m = c->m;
    bool difftrace = c->o->difftrace;
    uint32_t n = l->n, len;
    explore_trace_state *trace;
    report_lasso_header(stdout, property);
    if (!live_lasso_trace(em, g, l, &trace, &len)) {
        report_message(stdout, REPORT_GENERAL, REPORT_CLASS_ERROR,
                       "tlc-c could not replay the counterexample (is the spec deterministic?)");
        return;
    }
    model_print_trace(m, stdout, trace, n, NULL, difftrace);
    if (l->stuttering) report_stuttering(stdout, n + 1);
    else model_print_back_to(m, stdout, n + 1, l->loop + 1, trace[n].action);
    counterexample(c, trace, n, l->stuttering ? (int64_t)n - 1 : (int64_t)l->loop, l->stuttering ? 0 : trace[n].action);
    explore_trace_free(trace, len);
}

/* Search the behaviour graph for a fair violation of each temporal property, on `workers` threads.
 * 0, or TLC's exit code for a violation. */
static int check_liveness(checking *c, const explore_model *em, const explore_graph *g, int workers)
{
    model *m = c->m;
    const live_check *checks;
    const live_fairness *fair;
    uint32_t nchecks, nfair;
    if (!model_liveness_problem(m, &checks, &nchecks, &fair, &nfair)) return 0;
    double start = util_now();
    report_liveness_start(stdout, g->nstates, model_liveness_branches(m));
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
        c->kind = "temporal";
        c->name = model_liveness_check_name(m, i);
        print_lasso(c, em, g, &lr.lassos[i], c->name);
        rc = EXIT_LIVENESS;
    }
    live_result_free(&lr);
    if (!rc || rc == EXIT_LIVENESS) report_liveness_done(stdout, util_now() - start);
    return rc;
}

/* TLC's "nested expressions" of an evaluation error: where it was being evaluated, down to the
 * failing expression. */
/* Is b inside a (or a itself)? */
static bool loc_encloses(syn_loc a, syn_loc b)
{
    bool starts_before = a.line < b.line || (a.line == b.line && a.col <= b.col);
    bool ends_after = a.end_line > b.end_line || (a.end_line == b.end_line && a.end_col >= b.end_col);
    return a.file == b.file && starts_before && ends_after;
}

static bool loc_same(syn_loc a, syn_loc b)
{
    return a.file == b.file && a.line == b.line && a.col == b.col && a.end_line == b.end_line && a.end_col == b.end_col;
}

enum { POSITIONS_MAX = 256 };   /* positions listed from one expression (a recursion lists each level) */

/* eval_error_positions_in, but an ENABLED <<A>>_v whose A leaves a variable of v without a value
 * is listed as TLC walks it: down to <<A>>_v, then A and v (eval_fair_step_positions). */
static uint32_t fair_positions_in(const syn_expr *e, const eval_error *err, syn_loc *at)
{
    if (err->kind != EVAL_KIND_UNSPECIFIED_FAIR)
        return eval_error_positions_called(e, err->calls, err->ncalls, err->loc, at, POSITIONS_MAX);
    uint32_t n = eval_error_positions_in(e, err->within_expr->loc, at, POSITIONS_MAX);
    return n ? n + eval_fair_step_positions(err->within_expr, err->loc, at + n, POSITIONS_MAX) : 0;
}

static void report_positions(model *m, const model_fault *f)
{
    const eval_error *err = &f->error;
    bool initial_invariant = f->where == MODEL_IN_INVARIANT && f->initial;
    const syn_expr *constraint = f->name && (f->where == MODEL_IN_NEXT || f->where == MODEL_IN_INIT)
                                     ? model_constraint_body(m, f->name) : NULL;
    /* two lists of positions, the within and the failing expression, and the error's sources */
    syn_loc at[2 * POSITIONS_MAX + 2 + EVAL_ERROR_SOURCES];
    uint32_t n = 0;
    if (err->kind == EVAL_KIND_CHECK_NOT_BOOLEAN || f->in_view) {
        /* TLC tests the predicate's value once evaluated, and evaluates the VIEW when it fingerprints
         * the state: its stack holds the initial predicate that found the state, nothing after a step */
        if (f->where == MODEL_IN_INIT || initial_invariant) n = eval_continued_positions(model_init_body(m), model_nvars(m), at, POSITIONS_MAX);
        report_nested_positions(stdout, at, n);
        return;
    }
    if (constraint) {   /* TLC checks an initial state's constraints inside its initial predicate */
        if (f->where == MODEL_IN_INIT) n = eval_continued_positions(model_init_body(m), model_nvars(m), at, POSITIONS_MAX);
        n += eval_error_positions_called(constraint, err->calls, err->ncalls, err->loc, at + n, POSITIONS_MAX);
    } else if (initial_invariant) {
        n = eval_continued_positions(model_init_body(m), model_nvars(m), at, POSITIONS_MAX);
        const syn_expr *inv = model_invariant_body(m, f->name);
        if (!inv && err->kind == EVAL_KIND_UNSPECIFIED_FAIR) inv = model_state_property_body(m, f->name);
        n += fair_positions_in(inv, err, at + n);
    } else if (f->where == MODEL_IN_ACTION_PROPERTY) {
        n = model_action_property_positions(m, f->name, err->loc, at, POSITIONS_MAX);
    } else if (f->where == MODEL_IN_PROPERTY && err->kind == EVAL_KIND_UNSPECIFIED_FAIR) {
        bool in_state;   /* down to an ENABLED <<A>>_v written in the property (none for WF_v(A)'s) */
        n = model_property_positions(m, err->within_expr->loc, at, POSITIONS_MAX, &in_state);
        n += eval_fair_step_positions(err->within_expr, err->loc, at + n, POSITIONS_MAX);
    } else if (f->where == MODEL_IN_PROPERTY) {
        bool in_state;
        n = model_property_positions(m, err->loc, at, POSITIONS_MAX, &in_state);
    } else if (f->unfingerprinted && f->where == MODEL_IN_NEXT) {
        report_nested_positions(stdout, NULL, 0);   /* TLC: "The error call stack is empty." */
        return;
    } else {
        bool for_state = f->where == MODEL_IN_NEXT || f->where == MODEL_IN_INIT;
        eval_positions_of of = {.split = f->where == MODEL_IN_NEXT, .initial = f->where == MODEL_IN_INIT,
                                .nvars = for_state ? model_nvars(m) : 0, .calls = err->calls,
                                .ncalls = err->ncalls};
        n = eval_error_positions(err->within_expr, &of, err->loc, at, POSITIONS_MAX);
    }
    if (!n && err->within.file && (err->within.line != err->loc.line || err->within.col != err->loc.col))
        at[n++] = err->within;
    bool at_failing = n && at[n - 1].line == err->loc.line && at[n - 1].col == err->loc.col;
    /* a conjunct that is not a Boolean is listed only when no earlier conjunct is (TLC evaluates the
     * later conjuncts inside the earlier ones, and tests their values after evaluating them) */
    if (report_eval_error_code(err) == REPORT_EXPECTED_BOOLEAN) {
        if (at_failing && n > 1 && !loc_encloses(at[n - 2], at[n - 1])) n--;
        if (!n) at[n++] = err->loc;   /* the relation itself (a SPECIFICATION's [][Next]_v: its Next) */
    } else if (!at_failing) {
        at[n++] = err->loc;
    }
    /* TLC evaluates the initial predicate or the step again for the positions, giving the values it
     * builds their places: an error met inside one of them it reports as unable to fingerprint */
    bool evaluated_again = f->where == MODEL_IN_INIT || f->where == MODEL_IN_NEXT || initial_invariant;
    if (err->nsources && evaluated_again && !constraint) {
        /* the stack ends at the expression that asked the value: the parts inside it are the value's */
        while (n && loc_encloses(err->sources[0], at[n - 1]) && !loc_same(err->sources[0], at[n - 1])) n--;
        for (uint32_t i = 0; i < err->nsources; i++)
            if (!n || !loc_same(at[n - 1], err->sources[i])) at[n++] = err->sources[i];
        report_fingerprint_positions(stdout, at, n, err->message);
        return;
    }
    report_nested_positions(stdout, at, n);
}

/* Errors that TLC raises as a plain RuntimeException ("TLC threw an unexpected exception"), not
 * under a code of its own: those of the language's core (CHOOSE with no element, a record without
 * the field, a function applied outside its domain, values of different kinds compared, a conjunct
 * that is not a Boolean), but not its modules', nor a successor left incomplete. */
static bool tlc_runtime_exception(const eval_error *err)
{
    int code = report_eval_error_code(err);
    return code == REPORT_EXPECTED_BOOLEAN ||
           (!err->coded && err->status == EVAL_ERROR && code != REPORT_NOT_COMPLETELY_SPECIFIED_NEXT);
}

/* The first integer literal of p's modules that TLC cannot hold (beyond 32 bits), as written, or NULL. */
static const char *too_big_literal(const sema_program *p, arena *a)
{
    for (uint32_t i = 0; i < p->nmodules; i++) {
        const syn_module *m = p->modules[i]->syntax;
        if (!m || !m->too_big) continue;
        const syn_expr *e = m->too_big;
        return e->u.n.num_text ? e->u.n.num_text : arena_printf(a, "%lld", (long long)e->u.n.num);
    }
    return NULL;
}

/* TLC's heading for an exception it did not expect, before the exception's class. */
#define TLC_EXCEPTION_HEADING                                                                                 \
    "TLC threw an unexpected exception.\nThis was probably caused by an error in the spec or model.\nSee the User " \
    "Output or TLC Console for clues to what happened.\nThe exception was a "
/* ... for an error it raises as a plain RuntimeException */
#define TLC_UNEXPECTED_EXCEPTION TLC_EXCEPTION_HEADING "java.lang.RuntimeException\n: "
/* ... and for an error of its own evaluation (EvalException) where it does not report it as such */
#define TLC_EVAL_EXCEPTION TLC_EXCEPTION_HEADING "tlc2.tool.EvalException\n: "

/* A temporal property's state predicate whose value is not a Boolean? */
static bool state_predicate_not_boolean(const model *m, const eval_error *err)
{
    syn_loc at[POSITIONS_MAX];
    bool in_state;
    return err->kind == EVAL_KIND_CHECK_NOT_BOOLEAN && model_property_positions(m, err->loc, at, POSITIONS_MAX, &in_state) &&
           in_state;
}

/* TLC (2.20) words a property's state predicate whose value is not a Boolean its own way. A predicate
 * of its tableau, evaluated on each state as it reaches the liveness graph: on an initial state,
 * "While working on the initial state", and it stops with the initial states' counts and exit 0 (the
 * error goes no further); after a step, an unexpected exception (exit 255) with the trace to the
 * state being expanded (tlc-c's ends at the state it labelled, one further) and no positions. Another
 * predicate (a condition on cycles, fairness) is evaluated on the state expanded: the exception and
 * the trace to that state, tlc-c's. */
static int report_predicate_not_boolean(checking *c, const explore_trace_state *trace, uint32_t trace_len)
{
    eval_error err = model_last_fault(c->m)->error;
    err.message = "A state predicate was evaluated to a non-boolean value.";
    err.kind = EVAL_KIND_PREDICATE_NOT_BOOLEAN;
    bool on_successors = model_property_on_successors(c->m, err.loc);
    if (trace_len == 1 && on_successors) {
        arena mem;
        arena_init(&mem);
        report_initial_state_failure(stdout, &err, c->p, model_trace_values(c->m, &mem, trace, 1)[0]);
        arena_free(&mem);
        report_init_progress(stdout, c->initial_generated);   /* TLC computes them all again */
        c->initial_counts = true;
        return EXIT_OK;
    }
    report_eval_failure(stdout, REPORT_GENERAL, TLC_UNEXPECTED_EXCEPTION, &err);
    if (trace_len) print_trace(c, trace, trace_len - (on_successors ? 1 : 0), false);
    return EXIT_ERROR;
}

/* An error computing a walk's next step, as TLC's simulator reports it: without positions, exit 255;
 * its own errors (Assert, division by zero, ...) under the EvalException heading, followed by the
 * simulator's closing lines; the language's core errors under the RuntimeException heading, and a
 * conjunct that is not a Boolean or a failing Java override in plain words, without those lines. */
static int report_simulated_step_fault(checking *c, const explore_trace_state *trace, uint32_t trace_len)
{
    const model_fault *f = model_last_fault(c->m);
    const eval_error *err = &f->error;
    if (err->kind == EVAL_KIND_NOT_BOOLEAN || err->kind == EVAL_KIND_NATIVE_FAILED) {
        report_eval_failure(stdout, 0, NULL, err);
        c->sim_end_omitted = true;
    } else if (f->kind == MODEL_FAULT_ASSERT || err->coded) {
        report_eval_failure(stdout, REPORT_GENERAL, TLC_EVAL_EXCEPTION, err);
    } else {
        report_eval_failure(stdout, REPORT_GENERAL, TLC_UNEXPECTED_EXCEPTION, err);
        c->sim_end_omitted = true;
    }
    if (trace_len) print_trace(c, trace, trace_len, false);
    return EXIT_ERROR;
}

/* -continue: TLC's worker reports an error computing a state's successors with its trace, then goes
 * on with the state as one without successors: a deadlock when it generated none and deadlocks are
 * checked (exit 11); otherwise the error ends the run as it does without -continue, reported again
 * (its positions follow, exit 255). */
static int continued_next_fault(checking *c, const eval_error *err, const explore_trace_state *trace, uint32_t trace_len)
{
    if (!c->stop_successors && model_checks_deadlock(c->m)) {
        report_message(stdout, REPORT_DEADLOCK, REPORT_CLASS_ERROR, "Deadlock reached.");
        print_trace(c, trace, trace_len, false);
        return EXIT_DEADLOCK;
    }
    report_eval_failure(stdout, 0, NULL, err);
    print_trace(c, trace, trace_len, false);
    return EXIT_ERROR;
}

/* An evaluation error reported TLC's way for where it happened: the message (under a heading for an
 * invariant or an action property), the trace to the state, the positions of the expressions being
 * evaluated; and TLC's exit code (75 initial states, 255 successors, action and temporal properties,
 * 76 invariant, 14 Assert; an Assert in an invariant or while computing the
 * initial states is an error there). */
static int report_eval_fault(checking *c, const explore_trace_state *trace, uint32_t trace_len)
{
    model *m = c->m;
    const model_fault *f = model_last_fault(m);
    const eval_error *err = &f->error;
    bool positions = true;
    int rc;
    char heading[512];
    bool initial = f->where == MODEL_IN_INIT || (f->where == MODEL_IN_INVARIANT && f->initial);
    if (c->simulating && f->where == MODEL_IN_NEXT && err->kind != EVAL_KIND_INCOMPLETE && !f->unfingerprinted)
        return report_simulated_step_fault(c, trace, trace_len);
    eval_error worded;
    if (err->kind == EVAL_KIND_INCOMPLETE && !c->simulating) {
        worded = *err;
        worded.message = incomplete_words(c, err);
        err = &worded;
    }
    if (err->kind == EVAL_KIND_INIT_INCOMPLETE) {
        /* TLC finds it on the state its initial predicate gave (counted): no positions, no counts */
        report_init_progress(stdout, c->stop_generated + 1);
        report_message(stdout, REPORT_INITIAL_STATE, REPORT_CLASS_ERROR, "%s", err->message);
        c->no_summary = true;
        return EXIT_ERROR;
    }
    if (initial) report_init_progress(stdout, c->stop_generated);
    if (f->where == MODEL_IN_INVARIANT && !f->initial) {
        snprintf(heading, sizeof heading, "Evaluating invariant %s failed.\n", f->name);
        report_eval_failure(stdout, REPORT_INVARIANT_EVALUATION_FAILED, heading, err);
        positions = false;
        rc = EXIT_SAFETY_EVAL;
    } else if (f->where == MODEL_IN_ACTION_PROPERTY) {
        snprintf(heading, sizeof heading, "Evaluating action property %s failed.\n", f->name);
        report_eval_failure(stdout, REPORT_ACTION_PROPERTY_EVALUATION_FAILED, heading, err);
        /* TLC checks a step's properties while it computes successors: its exit codes for those, as
         * for an action (75 for an A of [A]_v that is not a Boolean and for what it raises as a
         * RuntimeException, 255 for its modules' errors) */
        bool runtime = err->kind == EVAL_KIND_SUB_NOT_BOOLEAN || tlc_runtime_exception(err);
        rc = f->kind == MODEL_FAULT_ASSERT ? EXIT_ASSERT : runtime ? EXIT_EVAL : EXIT_ERROR;
    } else if (f->where == MODEL_IN_PROPERTY && state_predicate_not_boolean(m, err)) {
        return report_predicate_not_boolean(c, trace, trace_len);
    } else if (f->where == MODEL_IN_PROPERTY) {
        /* TLC (2.20) reports an error in a temporal property's predicate positions first, exit 255;
         * it evaluates its tableau's predicates on the successors of the state it expands, so its
         * trace ends at the state before the one tlc-c labelled */
        report_positions(m, f);
        positions = false;
        if (err->kind == EVAL_KIND_UNSPECIFIED_FAIR) report_eval_failure(stdout, REPORT_GENERAL, TLC_UNEXPECTED_EXCEPTION, err);
        else report_eval_failure(stdout, 0, NULL, err);
        rc = EXIT_ERROR;
        if (model_property_on_successors(m, err->loc) && trace_len > 1) trace_len--;
    } else if (f->kind == MODEL_FAULT_ASSERT && !initial) {
        report_eval_failure(stdout, 0, NULL, err);
        rc = EXIT_ASSERT;
    } else if (f->where == MODEL_IN_NEXT && tlc_runtime_exception(err)) {
        /* TLC reports an action's conjunct that is not a Boolean, or values it cannot compare, as an
         * unexpected exception, exit 75 (a state it cannot fingerprint, a constraint that is not a
         * Boolean: its message in line) */
        const char *unexpected = TLC_UNEXPECTED_EXCEPTION;
        bool in_line = report_eval_error_code(err) == REPORT_GENERAL;   /* the exception's own text, no code */
        if (in_line || f->unfingerprinted || err->kind == EVAL_KIND_CHECK_NOT_BOOLEAN) {
            report_message(stdout, REPORT_GENERAL, REPORT_CLASS_ERROR, "%s%s", unexpected, err->message);
            report_eval_error(stdout, err);
        } else {
            report_eval_failure(stdout, REPORT_GENERAL, unexpected, err);
        }
        rc = EXIT_EVAL;
    } else if (initial && !err->coded && (trace_len == 1 || (!trace_len && f->step_to))) {
        /* an error checking an initial state (its invariants, the constraints): TLC names the state,
         * but not for its modules' errors (division by zero, Head of <<>>, Assert, ...), which it
         * raises as EvalExceptions that leave the state unrecorded */
        if (trace_len) model_print_initial_failure(m, stdout, trace[0].bytes, trace[0].len);
        else model_print_initial_failure(m, stdout, f->step_to, f->step_to_len);
        rc = EXIT_EVAL;
    } else {
        /* TLC wraps an error computing the initial states (a failed Assert too) in its general error */
        report_eval_failure(stdout, initial ? REPORT_GENERAL : 0, NULL, err);
        rc = EXIT_EVAL;
        /* TLC exits 255 for an error computing successors, 75 for a successor left incomplete */
        if (f->where == MODEL_IN_NEXT && report_eval_error_code(err) != REPORT_NOT_COMPLETELY_SPECIFIED_NEXT)
            rc = EXIT_ERROR;
    }
    /* an initial state's invariant is checked inside TLC's evaluation of the initial predicate: no
     * trace, and the predicate's expressions come first among the positions */
    bool initial_invariant = f->where == MODEL_IN_INVARIANT && f->initial;
    if (err->kind == EVAL_KIND_INCOMPLETE) positions = false;   /* TLC finds it after the action, on the state */
    bool traced = trace_len && !initial_invariant;
    bool at_successor = (f->where == MODEL_IN_INVARIANT && !f->initial) || f->where == MODEL_IN_ACTION_PROPERTY;
    if (traced) print_trace(c, trace, trace_len, at_successor);
    if (traced && err->state && !c->simulating) report_trace_state_shown(stdout, trace_len + 1, err->state);
    if (traced && rc == EXIT_ERROR && f->where == MODEL_IN_NEXT && c->o->keep_going && !c->simulating) {
        rc = continued_next_fault(c, err, trace, trace_len);
        if (rc == EXIT_DEADLOCK) return rc;
    }
    if (initial) {   /* TLC computes the initial states again, up to the error, to find its positions */
        if (!traced) model_initial_again(m);   /* print_trace did */
        report_init_progress(stdout, c->stop_generated);
    }
    if (positions) report_positions(m, f);
    return rc;
}

/* An invariant of a successor, or a temporal property's predicate, failed to evaluate: TLC's worker
 * then ends as after a complete search, and TLC prints the outdegree of the states it expanded. */
static bool failed_as_complete(const model *m)
{
    const model_fault *f = model_last_fault(m);
    return f->kind == MODEL_FAULT_EVAL && ((f->where == MODEL_IN_INVARIANT && !f->initial) || f->where == MODEL_IN_PROPERTY);
}

/* Print what went wrong and return TLC's exit code for it. */
static int report_violation(checking *c, const explore_result *r)
{
    model *m = c->m;
    const model_fault *f = model_last_fault(m);
    switch (r->verdict) {
    case EXPLORE_DEADLOCK:
        c->kind = "deadlock";
        report_message(stdout, REPORT_DEADLOCK, REPORT_CLASS_ERROR, "Deadlock reached.");
        print_trace(c, r->trace, r->trace_len, false);
        counterexample(c, r->trace, r->trace_len, -1, 0);
        return EXIT_DEADLOCK;
    case EXPLORE_VIOLATED: {
        int code = violation_line(c, f);
        print_trace(c, r->trace, r->trace_len, true);
        counterexample(c, r->trace, r->trace_len, -1, 0);
        return code;
    }
    case EXPLORE_FAILED: {
        explore_trace_state *trace = r->trace;
        uint32_t len = r->trace_len;
        if (f->step_to && len) {   /* an action property's error: the trace ends with the step's state */
            trace = util_xcalloc(len + 1, sizeof *trace);
            memcpy(trace, r->trace, len * sizeof *trace);
            trace[len] = (explore_trace_state){(uint8_t *)f->step_to, f->step_to_len,
                                               model_step_action(c->m, &trace[len - 1], len, f->step_to, f->step_to_len, 0)};
            len++;
        }
        int code = report_eval_fault(c, trace, len);
        c->kind = code == EXIT_DEADLOCK ? "deadlock" : f->kind == MODEL_FAULT_ASSERT ? "assert" : "error";
        counterexample(c, trace, len, -1, 0);
        if (trace != r->trace) free(trace);
        return code;
    }
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

/* The queue's memory budget: 128 MB (or an eighth of physical memory if less; the rest waits in a
 * file, read back in order, as TLC keeps its queue on disk), or TLCC_QUEUE_MEMORY bytes (tests set a
 * tiny one to exercise spilling to disk). */
static uint64_t queue_budget(void)
{
    const char *env = getenv("TLCC_QUEUE_MEMORY");
    if (env && *env) return strtoull(env, NULL, 10);
    uint64_t eighth = physical_memory() / 8;
    return eighth < (128u << 20) ? eighth : 128u << 20;
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
static int check_after_search(checking *c, const explore_model *em, const explore_result *r, int workers)
{
    model *m = c->m;
    int rc = 0;
    if (r->graph) {
        report_stats rs = {r->stats.generated, r->stats.distinct, r->stats.queue, r->stats.depth, r->stats.seconds};
        report_progress_plain(stdout, &rs);
        rc = check_liveness(c, em, r->graph, workers);
    }
    if (!rc) {
        eval_stats st = {.distinct = (int64_t)r->stats.distinct, .generated = (int64_t)r->stats.generated,
                         .diameter = r->stats.depth, .duration = r->stats.seconds};
        rc = model_check_postconditions(m, stdout, &st);
        if (rc) c->kind = "postcondition";
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
    if (o->checkpoint == 0 || unsupported || dist_active()) return true;
    c->checkpoint_dir = checkpoint_dir(o);
    eo->checkpoint_dir = c->checkpoint_dir;
    eo->checkpoint_seconds = (o->checkpoint < 0 ? 30 : o->checkpoint) * 60;
    eo->checkpoint_meta = (const uint8_t *)meta;
    eo->checkpoint_meta_len = sizeof *meta;
    return true;
}

/* Explore the model's state space and report as TLC does: 0 or TLC's exit code. */
static int explore(checking *c, int workers, double start, int64_t seed)
{
    model *m = c->m;
    const cli_options *o = c->o;
    explore_options eo = {
        .workers = workers,
        .check_deadlock = model_checks_deadlock(m),
        .keep_going = o->keep_going,
        .fpset_bytes = fpset_bytes(o),
        .queue_budget = queue_budget(),
        .progress = progress,
        .progress_ctx = c,
        .progress_seconds = c->in_place ? 1 : 60,
        .initial_done = bfs_initial_done,
        .violation = violation,
        .record_graph = model_liveness_problem(m, &(const live_check *){0}, &(uint32_t){0},
                                               &(const live_fairness *){0}, &(uint32_t){0}),
        .count_actions = o->coverage >= 0,
        .coverage_seconds = o->coverage > 0 ? o->coverage * 60.0 : 1e300,
        .coverage = coverage,
    };
    run_meta meta = {run_digest(o), seed};
    if (!plan_checkpoints(o, &eo, c, &meta)) return EXIT_CONFIG;
    if (!o->recover) report_computing_init(stdout);
    explore_result r;
    explore_model em = model_interface(m);
    util_reserve_memory((size_t)64 << 20);   /* for the summary when memory runs out */
    signal(SIGINT, on_sigint);   /* kept to the end: a late Ctrl-C lets the report finish */
    signal(SIGXFSZ, SIG_IGN);    /* past a file-size limit, a write fails (EFBIG) rather than killing */
    dist_run(&em, &eo, &r);   /* explore_run, on every rank of an MPI job */
    report_progress_end(stdout);
    int rc;
    bool complete = false;
    if (r.verdict == EXPLORE_SUCCESS && model_lacks_next(m)) {
        /* TLC computes the initial states, then finds no action to take them further */
        report_message(stdout, REPORT_NO_NEXT_ACTIONS, REPORT_CLASS_ERROR,
                       "No next state actions defined to generate successor states from.");
        report_finished(stdout, util_now() - start);
        explore_result_free(&r);
        free(c->checkpoint_dir);
        util_reserve_memory(0);
        return EXIT_EVAL;
    }
    if (r.verdict == EXPLORE_SUCCESS) {
        rc = check_after_search(c, &em, &r, workers);
        complete = !rc && !c->first_code;
        /* TLC's breadth-first search leaves out the estimate from the actual fingerprints below 1e-10 */
        if (complete) report_success(stdout, r.collision_probability, r.actual_collision_probability, r.collision_probability >= 1e-10);
    } else if (r.verdict == EXPLORE_VIOLATED && !o->keep_going && by_initial_state(m, r.trace_len)) {
        c->stats = r.stats;
        report_init_progress(stdout, r.stats.generated);
        rc = initial_violation(c, r.trace, r.trace_len);
        report_finished(stdout, util_now() - start);
        explore_result_free(&r);
        free(c->checkpoint_dir);
        util_reserve_memory(0);
        return rc;
    } else {
        rc = report_cut_short(&r, eo.max_states ? eo.max_states : (uint64_t)1 << 36);
        c->stop_generated = r.stats.generated;
        c->stop_successors = r.stop_successors;
        if (!rc) rc = report_violation(c, &r);
    }
    if (o->dump_file && r.verdict <= EXPLORE_FAILED) {
        int dump_rc = cli_dump(m, o, c->p, r.verdict == EXPLORE_SUCCESS ? 0 : r.stats.distinct);
        if (!rc) rc = dump_rc;
    }
    /* -continue: a run that a deadlock, an error or a temporal property ended exits with its code,
     * as TLC's; one that went to its end, with the first violation's (TLC's 0, issue 1385) */
    if (c->first_code && !rc) rc = c->first_code;
    c->stats = r.stats;
    if (eo.count_actions) model_print_coverage(m, stdout, &r.actions);
    report_stats rs = {r.stats.generated, r.stats.distinct, r.stats.queue, r.stats.depth, util_now() - start};
    if (c->initial_counts) rs = (report_stats){c->initial_generated, c->initial_distinct, c->initial_distinct, 1, rs.seconds};
    /* TLC counts the successor left incomplete, which it shows */
    if (r.verdict == EXPLORE_FAILED && model_last_fault(m)->error.state) rs.generated++;
    if (!c->no_summary) report_summary(stdout, &rs);
    if (complete || (r.verdict == EXPLORE_FAILED && failed_as_complete(m) && !c->initial_counts && r.outdegree.max))
        report_outdegree(stdout, r.outdegree.mean, r.outdegree.min, r.outdegree.max, r.outdegree.p95);
    report_finished(stdout, util_now() - start);
    explore_result_free(&r);
    free(c->checkpoint_dir);
    util_reserve_memory(0);
    return rc;
}

/* ---- simulation ---------------------------------------------------------------------------------- */

/* TLC's simulator says how many initial states it computed, then its own wording of the usual line. */
static void sim_initial_done(void *ctx, uint64_t generated, uint64_t distinct)
{
    checking *c = ctx;
    c->initial_generated = generated;
    c->initial_distinct = distinct;
    report_progress_end(stdout);
    report_sim_init_computed(stdout, generated);
    report_sim_init_done(stdout, generated);
}

static void sim_progress(void *ctx, const simulate_stats *s)
{
    (void)ctx;
    report_sim_progress(stdout, s->generated, s->traces, s->mean, s->variance);
    report_sim_progress_tool(stdout, (uint32_t)s->mean, s->generated);
}

/* file=P: each complete walk in a module of its own, P_<worker>_<n>, as TLC writes them. */
static void write_walk(void *ctx, int worker, uint64_t count, const explore_trace_state *walk, const uint64_t *draws,
                       uint32_t n)
{
    checking *c = ctx;
    char path[4096];
    snprintf(path, sizeof path, "%.*s_%d_%llu", c->o->sim_file_len, c->o->sim_file, worker, (unsigned long long)count);
    FILE *f = fopen(path, "w");
    if (!f) {
        fprintf(stderr, "tlc-c: error: could not write the walk to %s: %s\n", path, strerror(errno));
        return;
    }
    fprintf(f, "---------------- MODULE %s -----------------\n", path);
    print_walk(c, f, walk, draws, n, true);
    fprintf(f, "=================================================\n");
    fclose(f);
}

/* Temporal properties on one walk (simulate_options.check_walk), from a worker thread. */
static int sim_check_walk(void *ctx, void *mw, const explore_trace_state *walk, uint32_t n, simulate_lasso *out)
{
    checking *c = ctx;
    const live_check *checks;
    const live_fairness *fair;
    uint32_t nchecks, nfair;
    model_liveness_problem(c->m, &checks, &nchecks, &fair, &nfair);
    explore_model em = model_interface(c->m);
    live_walk_violation v;
    live_walk_status st = live_check_walk(&em, mw, walk, n, checks, nchecks, fair, nfair, &v);
    if (st != LIVE_WALK_VIOLATED) return st == LIVE_WALK_HOLDS ? 0 : -1;
    *out = (simulate_lasso){v.check, v.trace, v.n, v.loop, v.back_action, v.stuttering};
    return 1;
}

/* A walk that violates a temporal property: TLC's lasso, its states named as the simulator names
 * them. */
static int print_walk_lasso(checking *c, const simulate_result *r)
{
    const simulate_lasso *l = &r->lasso;
    c->kind = "temporal";
    c->name = model_liveness_check_name(c->m, l->property);
    report_lasso_header(stdout, NULL);   /* TLC's simulator does not name the property */
    print_walk(c, stdout, r->trace, NULL, r->trace_len, false);
    if (l->stuttering) report_stuttering(stdout, r->trace_len + 1);
    else model_print_back_to(c->m, stdout, r->trace_len + 1, l->loop + 1, l->back_action);
    counterexample(c, r->trace, r->trace_len, l->stuttering ? (int64_t)r->trace_len - 1 : (int64_t)l->loop,
                   l->back_action);
    return EXIT_LIVENESS;
}

/* stats=basic|full: the walks' steps by action, drawn as TLC draws them, in <Spec>_actions.dot. */
static void write_action_graph(checking *c, const simulate_steps *steps)
{
    char path[4096];
    snprintf(path, sizeof path, "%s_actions.dot", c->p->root->name);
    FILE *f = fopen(path, "w");
    if (!f) {
        fprintf(stderr, "tlc-c: error: could not write the action graph to %s: %s\n", path, strerror(errno));
        return;
    }
    model_action_nodes nodes;
    model_action_graph_nodes(c->m, steps->n, &nodes);
    uint64_t *count = util_xcalloc((size_t)nodes.n * nodes.n, sizeof(uint64_t));
    for (uint32_t i = 0; i < steps->n; i++)
        for (uint32_t j = 0; j < steps->n; j++)
            if (nodes.node_of[i] != UINT32_MAX && nodes.node_of[j] != UINT32_MAX)
                count[(size_t)nodes.node_of[i] * nodes.n + nodes.node_of[j]] += steps->count[(size_t)i * steps->n + j];
    report_sim_action_graph(f, nodes.names, nodes.contexts, nodes.n, count);
    fclose(f);
    free(count);
    free(nodes.names);
    free(nodes.contexts);
    free(nodes.node_of);
}

/* TLC's simulator computes all the initial states, then stops at the first that leaves a variable
 * without a value: its count, its words (2106), the state; no simulation report. */
static int simulated_initial_incomplete(checking *c)
{
    const char *message = model_last_fault(c->m)->error.message;
    const char *state = strchr(message, '\n');   /* the words' two lines, then the state's */
    state = state ? strchr(state + 1, '\n') : NULL;
    report_message(stdout, REPORT_INIT_COMPUTED, REPORT_CLASS_NONE, "Computed %llu initial states...",
                   (unsigned long long)model_count_initial(c->m));
    report_message(stdout, REPORT_INIT_INCOMPLETE_SIMULATED, REPORT_CLASS_ERROR,
                   "State is not completely specified by the initial predicate:\n%s", state ? state + 1 : "");
    c->no_summary = true;
    return EXIT_ERROR;
}

/* -simulate: random walks, reported as TLC's simulator reports them. 0 or TLC's exit code. */
static int simulate(checking *c, int workers, int64_t seed)
{
    model *m = c->m;
    const cli_options *o = c->o;
    simulate_options so = {
        .workers = workers, .num = o->sim_num, .depth = o->depth, .seed = (uint64_t)seed,
        .check_deadlock = model_checks_deadlock(m), .stop_after = o->stop_after,
        .initial_done = sim_initial_done, .progress = sim_progress, .progress_seconds = 60,
        .walk_done = o->sim_file ? write_walk : NULL, .ctx = c,
        .check_walk = model_liveness_problem(m, &(const live_check *){0}, &(uint32_t){0}, &(const live_fairness *){0},
                                             &(uint32_t){0}) ? sim_check_walk : NULL,
        .count_steps = o->sim_stats,
    };
    if (o->sim_stats_full && !model_full_action_stats(m))
        fprintf(stderr, "tlc-c: warning: stats=full: TLC's actions could not be listed (an evaluation error); "
                        "the action graph has a node per action definition, as with stats=basic\n");
    explore_model em = model_interface(m);
    signal(SIGINT, on_sigint);
    simulate_result r;
    simulate_run(&em, &so, &r);
    const simulate_stats *st = &r.stats;
    int rc = 0;
    uint32_t depth = (uint32_t)floor(st->mean);
    if (r.verdict == EXPLORE_VIOLATED && !r.temporal && by_initial_state(m, r.trace_len)) {
        rc = initial_violation(c, r.trace, r.trace_len);
    } else if (r.verdict == EXPLORE_FAILED && model_last_fault(m)->error.kind == EVAL_KIND_INIT_INCOMPLETE) {
        rc = simulated_initial_incomplete(c);
    } else if (r.verdict == EXPLORE_SUCCESS) {
        report_sim_progress(stdout, st->generated, st->traces, st->mean, st->variance);
        report_sim_progress_tool(stdout, depth, st->generated);
        report_sim_end(stdout, st->generated, seed);
    } else {
        explore_result er = {.verdict = r.verdict, .trace = r.trace, .trace_len = r.trace_len};
        rc = report_cut_short(&er, 0);
        c->simulating = true;
        if (!rc) rc = r.temporal ? print_walk_lasso(c, &r) : report_violation(c, &er);
        report_sim_progress_tool(stdout, depth, st->generated);
        if (!c->sim_end_omitted) report_sim_end(stdout, st->generated, seed);
        report_sim_progress(stdout, st->generated, st->traces, st->mean, st->variance);
        report_sim_progress_tool(stdout, depth, st->generated);
    }
    c->stats = (explore_stats){.generated = st->generated, .seconds = st->seconds};
    c->traces = st->traces;
    if (o->sim_stats) write_action_graph(c, &r.steps);
    simulate_result_free(&r);
    return rc;
}

/* ---- depth-first iterative deepening ----------------------------------------------------------- */

static void dfid_initial_done(void *ctx, uint64_t generated, uint64_t distinct)
{
    (void)ctx;
    report_dfid_init_done(stdout, generated, distinct);
}

static void dfid_level(void *ctx, uint32_t level, uint64_t generated, uint64_t distinct)
{
    (void)ctx;
    report_dfid_level(stdout, level, generated, distinct);
}

static void dfid_progress(void *ctx, uint64_t generated, uint64_t distinct)
{
    (void)ctx;
    report_dfid_progress(stdout, generated, distinct);
}

/* -dfid N: TLC's depth-first iterative deepening, reported as TLC reports it. 0 or TLC's exit code. */
static int dfid(checking *c, int workers)
{
    model *m = c->m;
    if (workers != 1) {
        report_message(stdout, REPORT_GENERAL, REPORT_CLASS_ERROR,
                       "Depth-First Iterative Deepening mode does not support multiple workers "
                       "(https://github.com/tlaplus/tlaplus/issues/548).  Please run TLC with a single worker.");
        return EXIT_ERROR;
    }
    dfid_options opt = {
        .max_depth = c->o->dfid, .check_deadlock = model_checks_deadlock(m), .initial_done = dfid_initial_done,
        .level_start = dfid_level, .progress = dfid_progress, .progress_seconds = 60, .ctx = c,
    };
    explore_model em = model_interface(m);
    signal(SIGINT, on_sigint);
    dfid_result r;
    dfid_run(&em, &opt, &r);
    explore_result er = {.verdict = r.verdict, .trace = r.trace, .trace_len = r.trace_len};
    c->stats = (explore_stats){.generated = r.generated, .distinct = r.distinct};
    int rc = 0;
    if (r.verdict == EXPLORE_SUCCESS) {
        if (r.complete) report_success(stdout, r.collision_probability, r.actual_collision_probability, true);
        else if (c->o->dfid < 2) rc = EXIT_ERROR;   /* TLC: no iteration at all ends in its general code */
    } else if (r.verdict == EXPLORE_VIOLATED && by_initial_state(m, r.trace_len)) {
        rc = initial_violation(c, r.trace, r.trace_len);
        dfid_result_free(&r);
        return rc;
    } else {
        rc = report_cut_short(&er, 0);
        if (!rc) rc = report_violation(c, &er);
    }
    if (report_is_tool()) report_dfid_progress(stdout, r.generated, r.distinct);
    report_dfid_stats(stdout, r.generated, r.distinct);
    dfid_result_free(&r);
    return rc;
}

/* Options that do not combine with -dfid yet: a message, or NULL. */
static const char *dfid_refusal(const cli_options *o, model *m)
{
    if (o->simulate) return "-dfid with -simulate or -generate";
    if (o->keep_going) return "-dfid with -continue";
    if (o->dump_file) return "-dfid with -dump";
    if (o->coverage >= 0) return "-dfid with -coverage";
    if (o->recover || o->checkpoint > 0) return "-dfid with -checkpoint or -recover";
    if (model_liveness_problem(m, &(const live_check *){0}, &(uint32_t){0}, &(const live_fairness *){0}, &(uint32_t){0}))
        return "-dfid with temporal properties to check";
    return NULL;
}

/* -json FILE: the run summary. */
static void write_summary(const checking *c, const char *config, int rc, int workers, int64_t seed, double seconds)
{
    const cli_options *o = c->o;
    report_run run = {
        .spec = o->spec, .config = config, .mode = o->simulate ? "simulate" : o->dfid ? "dfid" : "bfs", .exit_code = rc,
        .violation_kind = c->kind ? c->kind : rc == EXIT_ASSUMPTION ? "assumption" : NULL,
        .violation_name = c->name, .traces = c->traces,
        .generated = c->stats.generated, .distinct = c->stats.distinct, .queue = c->stats.queue,
        .depth = c->stats.depth, .seconds = seconds, .workers = workers, .seed = seed,
        .cex = c->has_cex ? &c->cex : NULL,
    };
    if (!report_write_run(o->json_summary, &run))
        fprintf(stderr, "tlc-c: error: could not write the run summary to %s: %s\n", o->json_summary, strerror(errno));
}

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

typedef VEC(report_sany_item) sany_items;

static void keep_sany_item(void *ctx, diag_level level, syn_loc loc, const char *message)
{
    if (level == DIAG_NOTE || !loc.file || !loc.line) return;
    VEC_PUSH(*(sany_items *)ctx, ((report_sany_item){level == DIAG_WARNING, loc, util_xstrdup(message)}));
}

/* Load the spec; where it fails, its diagnostics (still on stderr, with carets) as SANY prints them
 * on the report stream too; where it loads, its warnings are kept in *warnings for report_sany_done. */
static sema_program *load_reported(const char *spec, sany_items *warnings)
{
    sany_items items = {0};
    util_diag_observe(keep_sany_item, &items);
    sema_program *p = cli_load(spec);
    util_diag_observe(NULL, NULL);
    if (!p) report_sany_errors(stdout, items.items, (uint32_t)items.len);
    for (size_t i = 0; i < items.len; i++) {
        if (p && items.items[i].warning) VEC_PUSH(*warnings, items.items[i]);
        else free((char *)items.items[i].message);
    }
    VEC_FREE(items);
    return p;
}

static void free_sany_items(sany_items *items)
{
    for (size_t i = 0; i < items->len; i++) free((char *)items->items[i].message);
    VEC_FREE(*items);
}

/* A configuration that cannot be used: in tool mode, its diagnostics as TLC's general error. */
static void config_failed(char *diagnostics)
{
    if (diagnostics && *diagnostics)
        report_message(stdout, REPORT_GENERAL, REPORT_CLASS_ERROR, "%.*s", (int)strlen(diagnostics) - 1, diagnostics);
    free(diagnostics);
}

/* `c <- d` where c and d take different numbers of arguments: TLC refuses the substitution (error
 * 2225) before it looks at the names. */
static bool refused_substitution(const sema_program *p, const cfg_file *cfg, char *msg, size_t cap)
{
    for (uint32_t i = 0; i < cfg->nconstants; i++) {
        const cfg_constant *c = &cfg->constants[i];
        sema_module *scope = c->target_module ? sema_find_module(p, c->target_module) : p->root;
        sema_symbol sym, with;
        if (!c->is_override || !scope || !sema_lookup(scope, c->name, &sym) || sym.inst ||
            !sema_lookup(p->root, c->target, &with) || !with.def)
            continue;
        uint32_t arity = sym.decl ? sym.decl->arity : sym.def->nparams;
        if (arity != with.def->nparams) {
            snprintf(msg, cap, "The configuration file substitutes for %s with %s of different number of arguments.",
                     c->name, c->target);
            return true;
        }
    }
    return false;
}

/* A definition whose body is a number or a string: TLC does not take its value beforehand as it
 * does other constant definitions', so it is no constant for the check below. */
static bool literal_body(const sema_def *d)
{
    const syn_expr *body = d->body ? sema_strip(d->body) : NULL;
    return body && (body->kind == SX_NUM || body->kind == SX_STR);
}

/* How TLC refuses a name of the configuration before it checks (error 2229, exit 151): a name the
 * spec does not define as an operator (a VARIABLE is not a definition: "The invariant x specified in
 * the configuration file is not defined"), or a constant where TLC wants an operator (INIT, NEXT,
 * VIEW: "cannot be a constant"; a constant definition without parameters is a value for TLC), and
 * an operator that takes arguments (error 2228). Writes the message to msg; returns TLC's code, 0
 * when every name is taken. (TLC ignores an ALIAS it does not find,
 * and reports a POSTCONDITION's after the search: see model.c.) */
static int refused_cfg_name(const sema_program *p, const cfg_file *cfg, char *msg, size_t cap)
{
    struct { atom name; const char *what; bool operator_only; } one[] = {
        {cfg->specification, "name", false}, {cfg->init, "initial predicate", true},
        {cfg->next, "next state action", true}, {cfg->view, "view function", true},
        {cfg->symmetry, "symmetry function", false},
    };
    const cfg_name *lists[] = {cfg->invariants, cfg->properties, cfg->constraints, cfg->action_constraints};
    const uint32_t lens[] = {cfg->ninvariants, cfg->nproperties, cfg->nconstraints, cfg->naction_constraints};
    const char *whats[] = {"invariant", "property", "constraint", "action constraint"};
    for (size_t k = 0; k < sizeof one / sizeof *one + sizeof lists / sizeof *lists; k++) {
        bool single = k < sizeof one / sizeof *one;
        size_t l = k - sizeof one / sizeof *one;
        for (uint32_t i = 0; i < (single ? 1 : lens[l]); i++) {
            atom name = single ? one[k].name : lists[l][i].name;
            const char *what = single ? one[k].what : whats[l];
            sema_symbol sym;
            if (!name) continue;
            if (!sema_lookup(p->root, name, &sym) || (sym.decl && sym.decl->is_variable)) {
                snprintf(msg, cap, "The %s %s specified in the configuration file\nis not defined in the specification.",
                         what, name);
                return REPORT_CONFIG_UNDEFINED;
            }
            if (sym.def && sym.def->nparams) {   /* TLC's shorter words for the temporal formulas */
                bool formula = !strcmp(what, "name") || !strcmp(what, "property");
                if (formula) snprintf(msg, cap, "TLC requires %s not to take any argument.", name);
                else snprintf(msg, cap, "TLC requires %s not to take any argument, but one was given: %s", what, name);
                return REPORT_CONFIG_ARGUMENTS;
            }
            bool constant = sym.decl || (sym.def && sym.def->level == LEVEL_CONSTANT && !sym.def->nparams &&
                                         !literal_body(sym.def));
            if (single && one[k].operator_only && constant) {
                snprintf(msg, cap, "The %s %s cannot be a constant.", what, name);
                return REPORT_CONFIG_UNDEFINED;
            }
        }
    }
    return 0;
}

/* What TLC refuses in the configuration before it checks, in its order: a substitution, a name, a
 * SPECIFICATION given with INIT or NEXT. Returns TLC's error code (0: nothing refused), its words in msg. */
static int refused_cfg(const sema_program *p, const cfg_file *cfg, char *msg, size_t cap)
{
    if (refused_substitution(p, cfg, msg, cap)) return REPORT_CONFIG_SUBSTITUTION_ARITY;
    int code = refused_cfg_name(p, cfg, msg, cap);
    if (code) return code;
    if (cfg->specification && (cfg->init || cfg->next)) {
        snprintf(msg, cap, "The configuration file cannot specify both INIT/NEXT and SPECIFICATION fields.");
        return REPORT_CONFIG_SPEC_AND_INIT;
    }
    /* without an initial predicate TLC takes no check, nor a next-state action */
    bool checks = cfg->ninvariants || cfg->nproperties || cfg->nconstraints || cfg->naction_constraints;
    if (!cfg->specification && !cfg->init && (cfg->next || checks)) {
        snprintf(msg, cap, "The configuration file did not specify the initial state predicate.");
        return REPORT_CONFIG_NO_INIT;
    }
    return 0;
}

/* TLC checks the constant-level configuration (its warnings, a FALSE invariant's error) before it
 * finds no initial predicate: model_check_constant_config's, on the model without its behaviour.
 * Returns its exit code (0: nothing refused). */
static int check_constant_config_alone(sema_program *p, const cfg_file *cfg, const model_options *mo, bool warn)
{
    cfg_file alone = *cfg;
    alone.next = NULL;
    int rc = 0;
    capture diagnostics;
    capture_start(&diagnostics);
    sema_order_strings(p, &alone);
    model *m = model_new(p, &alone, mo, &rc);
    free(capture_end(&diagnostics));
    if (!m) return 0;   /* what the model refuses, TLC meets later: the missing predicate first */
    rc = model_check_constant_config(m, stdout, warn);
    model_free(m);
    return rc;
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
    double start = util_now();
    report_set_tool(o->tool);
    int cores = (int)sysconf(_SC_NPROCESSORS_ONLN);
    int workers = o->workers ? o->workers : (cores > 0 ? cores : 1);
    int64_t seed = dist_agree_seed(run_seed(o));
    if (o->recover && !recovery_seed(o, &seed)) return EXIT_SYSTEM;
    if (o->simulate) report_sim_banner(stdout, o->spec, seed, workers, cores);
    else if (o->dfid) report_dfid_banner(stdout, o->spec, o->fp, seed, workers, cores);
    else report_banner(stdout, o->spec, o->fp, seed, workers, cores);
    if (o->max_set_size && o->max_set_size < 1000000)
        report_message(stdout, REPORT_GENERAL, REPORT_CLASS_NONE,
                       "tlc-c does not limit the size of the sets it enumerates: -maxSetSize %lld has no effect.",
                       (long long)o->max_set_size);
    report_sany_start(stdout);
    fflush(stdout);
    sany_items sany_warnings = {0};
    sema_program *p = load_reported(o->spec, &sany_warnings);
    for (uint32_t i = 0; p && i < p->nmodules; i++)   /* TLC warns of stale translations while parsing */
        if (!p->modules[i]->is_standard) pcal_check_module(p->modules[i]->file, p->modules[i]->name, stdout);
    fflush(stdout);
    report_sany_done(stdout, p, sany_warnings.items, (uint32_t)sany_warnings.len);
    free_sany_items(&sany_warnings);
    if (!p) {
        report_finished(stdout, util_now() - start);
        if (o->json_summary) write_summary(&(checking){.o = o}, o->config, EXIT_PARSE, workers, seed, util_now() - start);
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
        /* TLC throws its ConfigFileException for a .cfg it cannot read or parse: an unexpected
         * exception, exit 255 (the diagnostic says where, with a caret) */
        if (o->json_summary) write_summary(&(checking){.o = o}, cfg_path, EXIT_ERROR, workers, seed, util_now() - start);
        bool captured = cfg_diagnostics && *cfg_diagnostics;
        report_message(stdout, REPORT_GENERAL, REPORT_CLASS_ERROR,
                       TLC_EXCEPTION_HEADING "tlc2.tool.ConfigFileException\n: TLC found an error in the configuration file %s%s%.*s",
                       cfg_path, captured ? ":\n" : "", captured ? (int)strlen(cfg_diagnostics) - 1 : 0,
                       captured ? cfg_diagnostics : "");
        free(cfg_diagnostics);
        report_finished(stdout, util_now() - start);
        free(cfg_path);
        arena_free(&cfg_mem);
        sema_free(p);
        return EXIT_ERROR;
    }
    int rc = 0;
    report_warnings *warnings = o->nowarning ? NULL : report_warnings_new(stdout);
    FILE *user_file = open_user_file(o);
    if (o->user_file && !user_file) {
        rc = EXIT_SYSTEM;
        goto done_cfg;
    }
    model_options mo = {.deadlock_off = o->deadlock_off, .workers = workers, .seed = (uint64_t)seed, .fp = o->fp,
                        .liveness_off = o->liveness_off, .keep_going = o->keep_going, .print_out = user_file, .coverage = o->coverage >= 0,
                        .simulation = o->simulate, .generate = o->generate, .sim_depth = o->depth,
                        .sim_traces = o->sim_num ? (int64_t)o->sim_num : -1,
                        .except_warn = warnings ? report_except_warning : NULL, .except_warn_data = warnings,
                        .out = stdout};
    char refusal[512];
    int refusal_code = refused_cfg(p, cfg, refusal, sizeof refusal);
    if (refusal_code) {
        report_init_start(stdout);
        int constant_rc = refusal_code == REPORT_CONFIG_NO_INIT ? check_constant_config_alone(p, cfg, &mo, !o->nowarning) : 0;
        if (!constant_rc) report_message(stdout, refusal_code, REPORT_CLASS_ERROR, "%s", refusal);
        report_finished(stdout, util_now() - start);
        rc = EXIT_CONFIG;
        if (o->json_summary) write_summary(&(checking){.o = o}, cfg_path, rc, workers, seed, util_now() - start);
        goto done_cfg;
    }
    report_init_start(stdout);   /* before TLC's words for a configuration the model refuses */
    capture_start(&diagnostics);
    sema_order_strings(p, cfg);
    model *m = model_new(p, cfg, &mo, &rc);
    char *model_diagnostics = capture_end(&diagnostics);
    checking c = {.m = m, .p = p, .o = o, .in_place = isatty(STDOUT_FILENO) == 1 && !dist_active()};   /* mpirun gives ranks a pty */
    arena_init(&c.cex_mem);
    if (!m) {
        config_failed(model_diagnostics);
        model_diagnostics = NULL;
        report_finished(stdout, util_now() - start);
        goto done;
    }
    free(model_diagnostics);
    if (o->simulate && o->dump_file) {
        fprintf(stderr, "tlc-c: error: -dump with -simulate is not supported yet\n");
        rc = EXIT_CONFIG;
        goto done;
    }
    const char *refused = o->dfid ? dfid_refusal(o, m) : NULL;
    if (refused) {
        fprintf(stderr, "tlc-c: error: %s is not supported yet\n", refused);
        rc = EXIT_CONFIG;
        goto done;
    }
    const char *no_dist = dist_unsupported(model_liveness_problem(m, &(const live_check *){0}, &(uint32_t){0},
                                                                  &(const live_fairness *){0}, &(uint32_t){0}),
                                           o->keep_going, o->coverage >= 0, o->checkpoint > 0 || o->recover,
                                           o->dump_file, o->simulate || o->generate || o->dfid);
    if (no_dist) {
        fprintf(stderr, "tlc-c: error: %s is not supported yet\n", no_dist);
        rc = EXIT_CONFIG;
        goto done;
    }
    /* TLC's order: start, the warnings and the liveness problem, the assumptions, the initial states */
    const char *too_big = too_big_literal(p, &c.cex_mem);
    if (too_big) {
        report_message(stdout, REPORT_INTEGER_TOO_BIG, REPORT_CLASS_ERROR, "TLC can't handle a number this big.\n%s", too_big);
        report_finished(stdout, util_now() - start);
        rc = EXIT_ERROR;
        goto done;
    }
    const char *symmetry_refused;
    model_symmetry_refusal symmetry_how;
    if (model_symmetry_exception(m, &symmetry_refused, &symmetry_how)) {
        bool plain = symmetry_how == MODEL_SYMMETRY_UNDEFINED;
        report_message(stdout, REPORT_GENERAL, REPORT_CLASS_ERROR, "%s%s",
                       plain ? "" : symmetry_how == MODEL_SYMMETRY_EVAL ? TLC_EVAL_EXCEPTION : TLC_UNEXPECTED_EXCEPTION,
                       symmetry_refused);
        report_finished(stdout, util_now() - start);
        rc = plain ? EXIT_CONFIG : EXIT_ERROR;
        goto done;
    }
    rc = model_check_constant_config(m, stdout, !o->nowarning);
    syn_loc refused_at;
    const char *next_refused = rc ? NULL : model_next_refused(m, &refused_at);
    if (next_refused) {
        report_message(stdout, REPORT_GENERAL, REPORT_CLASS_ERROR, "%s%s", TLC_EXCEPTION_HEADING, next_refused);
        if (!report_is_tool())
            util_diag(DIAG_ERROR, refused_at, "a disjunct of the next-state relation must be an action",
                      "TLC cannot split the next-state relation here: %s", strstr(next_refused, ": ") + 2);
        rc = EXIT_ERROR;
    }
    if (rc) {
        report_finished(stdout, util_now() - start);
        goto done;
    }
    const live_check *checks;
    const live_fairness *fair;
    uint32_t nchecks, nfair;
    bool live = model_liveness_problem(m, &checks, &nchecks, &fair, &nfair);
    if (model_liveness_tautology(m)) {
        report_message(stdout, REPORT_LIVE_TAUTOLOGY, REPORT_CLASS_ERROR,
                       "Temporal formula is a tautology (its negation is unsatisfiable).");
        report_finished(stdout, util_now() - start);
        rc = EXIT_LIVENESS_EVAL;
        goto done;
    }
    if (live && !cfg->specification && !o->nowarning) {
        report_no_spec_but_property(stdout);
        report_warnings_after_first(warnings);
    }
    const sema_def *unfair = live && !o->nowarning ? model_spec_without_fairness(m) : NULL;
    if (unfair) {
        syn_loc whole = unfair->unit->loc;   /* the name's start to the body's end, as TLC shows a definition */
        whole.end_line = unfair->body->loc.end_line;
        whole.end_col = unfair->body->loc.end_col;
        report_spec_without_fairness(stdout, unfair->name, whole, unfair->module->name);
        report_warnings_after_first(warnings);
    }
    if (live) report_live_implied(stdout, model_liveness_branches(m));
    rc = model_check_assumptions(m, stdout);
    if (rc) {
        report_finished(stdout, util_now() - start);
        goto done;
    }
    if (!model_has_behaviour(m)) {
        /* Only constants and assumptions: TLC checks them and reports an empty state space (without
         * the estimate from the actual fingerprints, as for any estimate below 1e-10) */
        report_computing_init(stdout);
        report_init_done(stdout, 0, 0);
        report_success(stdout, 0, 0, false);
        report_stats none = {0, 0, 0, 0, util_now() - start};
        report_summary(stdout, &none);
        report_finished(stdout, util_now() - start);
        goto done;
    }
    if (o->simulate) {
        rc = simulate(&c, workers, seed);
        report_finished(stdout, util_now() - start);
    } else if (o->dfid) {
        rc = dfid(&c, workers);
        report_finished(stdout, util_now() - start);
    } else {
        rc = explore(&c, workers, start, seed);
    }
done:
    if (o->json_summary) write_summary(&c, cfg_path, rc, workers, seed, util_now() - start);
    arena_free(&c.cex_mem);
    model_free(m);
done_cfg:
    report_warnings_free(warnings);
    if (user_file) fclose(user_file);
    arena_free(&cfg_mem);
    free(cfg_path);
    sema_free(p);
    return rc;
}
