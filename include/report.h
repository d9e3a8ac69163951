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

#endif
