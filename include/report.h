/* report.h - what tlc-c prints, shaped like TLC's output so that its users and their tools can
 * read it: the start banner, progress lines, the final summary, errors and counterexample traces.
 *
 * Contract: every function writes to the FILE* it is given (stdout in the CLI) and keeps no state
 * but whether a progress line rewritten in place is open; progress may be printed from the
 * explorer's reporting thread while workers run, so each call writes whole lines under the stream's
 * lock.
 */
#ifndef TLCC_REPORT_H
#define TLCC_REPORT_H

#include <stdint.h>
#include <stdio.h>

#include "eval.h"

typedef struct report_stats {
    uint64_t generated, distinct, queue;
    uint32_t depth;
    double seconds;
} report_stats;

void report_banner(FILE *out, const char *spec, int64_t seed, int workers, int cores);
void report_init_start(FILE *out);
/* "Finished computing initial states: N distinct states generated at ..." (or "N states generated,
 * with M of them distinct at ..." when some were generated twice). */
void report_init_done(FILE *out, uint64_t generated, uint64_t distinct);
/* "Progress(D) at ...: G states generated (R s/min), M distinct states found (R ds/min), Q states left
 * on queue." With in_place (a terminal), the line rewrites the previous one and stays open until
 * report_progress_end, which ends it (call it before printing anything else). */
void report_progress(FILE *out, const report_stats *s, double rate_generated, double rate_distinct, bool in_place);
void report_progress_end(FILE *out);
/* The summary lines TLC prints at the end: generated/distinct/left on queue, depth, time. */
void report_summary(FILE *out, const report_stats *s);
/* TLC's closing lines for a complete search, with its two estimates of a fingerprint collision. */
void report_success(FILE *out, double calculated, double actual);
void report_finished(FILE *out, double seconds);

/* One state of a trace: "State i: <Action line L, col C to line L2, col C2 of module M>" and a
 * `/\ var = value` line per variable; with `prev` and `diff_only`, only variables that changed. */
void report_trace_state(FILE *out, uint32_t index, const eval_action *action, const sema_program *p,
                        const val *vars, const val *prev, bool diff_only);
/* Liveness: the lasso's header, its closing line (back to an earlier state, or stuttering), and the
 * lines around the check. */
/* The opening of a liveness counterexample; `property` (when known) names the property violated. */
void report_lasso_header(FILE *out, const char *property);
void report_back_to(FILE *out, uint32_t index, uint32_t target, const eval_action *action);
void report_stuttering(FILE *out, uint32_t index);
void report_liveness_start(FILE *out, uint64_t distinct);
void report_liveness_done(FILE *out, double seconds);
void report_trace_header(FILE *out);   /* "Error: The behavior up to this point is:" */
/* A trace state shown through the model's ALIAS: one `/\ field = value` line per record field. */
void report_trace_alias(FILE *out, uint32_t index, const eval_action *action, val record);
/* Print an evaluation error TLC's way, with its location and the caret. */
void report_eval_error(FILE *out, const eval_error *err);

/* ---- simulation (report_sim.c) ------------------------------------------------------------------- */

/* "Running Random Simulation with seed S with W workers on C cores." */
void report_sim_banner(FILE *out, const char *spec, int64_t seed, int workers, int cores);
/* "Progress: N states checked, T traces generated (trace length: mean=M, var(x)=V, sd=D)" */
void report_sim_progress(FILE *out, uint64_t checked, uint64_t traces, double mean, double variance);
/* "The number of states generated: N" and "Simulation using seed S and aril 0" */
void report_sim_end(FILE *out, uint64_t generated, int64_t seed);

/* ---- counterexample files (trace_file.c) ---------------------------------------------------------- */

/* One state of a counterexample, as values. */
typedef struct report_step {
    const val *vars;                 /* one value per variable of the root module */
    const eval_action *action;       /* the action that led to it; NULL for an initial state */
    const val *args;                 /* the action's arguments (action->def->nparams), or NULL */
} report_step;

typedef struct report_cex {
    const sema_program *p;
    const report_step *states;
    uint32_t n;
    int64_t loop;                    /* a lasso: the (0-based) state the last one goes back to; else -1 */
    report_step back;                /* a lasso's closing step (its vars are states[loop]'s; no action
                                      * for stuttering) */
    const char *spec;                /* the spec's file, for ITF's #meta */
} report_cex;

typedef enum { REPORT_TRACE_JSON, REPORT_TRACE_TLA, REPORT_TRACE_ITF } report_trace_format;

/* Write the counterexample to `path` in TLC's JSON (the shape of TLC's _JsonTrace and Json.java),
 * TLC's _TLAPlusCounterExample module, or ITF (Apalache's ADR-015). False, with errno, when the file
 * cannot be written. */
bool report_write_trace(const char *path, report_trace_format format, const report_cex *c);
/* The counterexample as one ITF object on `out` (no newline). */
void report_itf(FILE *out, const report_cex *c);
/* A JSON string literal. */
void report_json_string(FILE *out, const char *s);

/* ---- the run summary (-json FILE; run_summary.c; schema in the README, REPORT_SUMMARY_VERSION) ---- */

enum { REPORT_SUMMARY_VERSION = 1 };

typedef struct report_run {
    const char *spec, *config;
    const char *mode;                /* "bfs" or "simulate" */
    int exit_code;
    const char *violation_kind;      /* "invariant", "action-property", "temporal", "deadlock", "assert",
                                      * "error", "postcondition", "assumption"; NULL when none */
    const char *violation_name;      /* the invariant or property, or NULL */
    uint64_t generated, distinct, queue;   /* simulation: distinct is 0 */
    uint32_t depth;
    uint64_t traces;                 /* simulation: the walks made */
    double seconds;
    int workers;
    int64_t seed;
    const report_cex *cex;           /* the counterexample, or NULL */
} report_run;

bool report_write_run(const char *path, const report_run *r);

#endif
