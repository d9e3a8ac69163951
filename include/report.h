/* report.h - what tlc-c prints, shaped like TLC's output so that its users and their tools can
 * read it: the start banner, progress lines, the final summary, errors and counterexample traces.
 *
 * Two shapes: plain (TLC's own output without -tool: "Error: " before errors, "State N:" before
 * trace states) and tool mode (-tool: every message framed as TLC frames it,
 * `@!@!@STARTMSG code:class @!@!@`, body, `@!@!@ENDMSG code @!@!@`, with TLC's own codes from
 * tlc2/output/EC.java and its bodies, so that the VS Code extension, the Toolbox and scripts that
 * read TLC's -tool stream can read tlc-c's). A client shows an error for a code TLC does not have:
 * only the codes below are ever printed.
 *
 * Contract: every function writes to the FILE* it is given (stdout in the CLI). The module keeps
 * the output shape, set once by report_set_tool before anything is printed or any thread starts,
 * and whether a progress line rewritten in place is open; progress may be printed from the
 * explorer's reporting thread while workers run, so each call writes whole lines under the
 * stream's lock.
 */
#ifndef TLCC_REPORT_H
#define TLCC_REPORT_H

#include <stdint.h>
#include <stdio.h>

#include "eval.h"

/* TLC's message codes (EC.java) for what tlc-c prints, and its message classes (MP.java). */
enum {
    REPORT_GENERAL = 1000, REPORT_INITIAL_STATE = 2102, REPORT_NESTED_EXPRESSION = 2103, REPORT_ASSUMPTION_FALSE = 2104,
    REPORT_ASSUMPTION_EVALUATION_ERROR = 2105, REPORT_INIT_INCOMPLETE_SIMULATED = 2106, REPORT_INVARIANT_VIOLATED_INITIAL = 2107,
    REPORT_PROPERTY_VIOLATED_INITIAL = 2108, REPORT_NOT_COMPLETELY_SPECIFIED_NEXT = 2109, REPORT_INVARIANT_VIOLATED = 2110,
    REPORT_INVARIANT_EVALUATION_FAILED = 2111, REPORT_ACTION_PROPERTY_VIOLATED = 2112,
    REPORT_ACTION_PROPERTY_EVALUATION_FAILED = 2113, REPORT_DEADLOCK = 2114, REPORT_TEMPORAL_VIOLATED = 2116,
    REPORT_BEHAVIOR_UP_TO_HERE = 2121, REPORT_BACK_TO_STATE = 2122, REPORT_ASSERT_FAILED = 2132,
    REPORT_NOT_COMPLETELY_SPECIFIED_LIVE = 2148, REPORT_JAVA_OVERRIDE_FAILED = 2154,
    REPORT_MODULE_OVERFLOW = 2178, REPORT_DIVISION_BY_ZERO = 2179, REPORT_ZERO_POW_ZERO = 2180, REPORT_APPLY_EMPTY_SEQ = 2184, REPORT_STARTING = 2185, REPORT_FINISHED = 2186, REPORT_MODE_MC = 2187, REPORT_MODE_SIMU = 2188,
    REPORT_COMPUTING_INIT = 2189, REPORT_INIT_GENERATED1 = 2190, REPORT_INIT_GENERATED2 = 2191,
    REPORT_CHECKING_TEMPORAL = 2192, REPORT_SUCCESS = 2193, REPORT_SEARCH_DEPTH = 2194, REPORT_STATS = 2199,
    REPORT_PROGRESS = 2200, REPORT_PROGRESS_SIMU = 2209, REPORT_STATS_DFID = 2204, REPORT_PROGRESS_START_DFID = 2205,
    REPORT_PROGRESS_DFID = 2206, REPORT_MODE_DFID = 2271, REPORT_INIT_GENERATED_DFID = 2208, REPORT_STATS_SIMU = 2210, REPORT_COVERAGE_START = 2201,
    REPORT_COVERAGE_END = 2202, REPORT_LIVE_IMPLIED = 2212, REPORT_NO_SPEC_BUT_PROPERTY = 2257, REPORT_SPEC_WITHOUT_FAIRNESS = 2259, REPORT_INIT_COMPUTED = 2269,
    REPORT_CHECK_NOT_BOOLEAN = 2215, REPORT_STATE_PLAIN = 2216, REPORT_STATE = 2217, REPORT_STUTTERING = 2218, REPORT_SANY_END = 2219, REPORT_CONFIG_UNDEFINED = 2229, REPORT_SANY_START = 2220,
    REPORT_COVERAGE_VALUE = 2221, REPORT_EXPECTED_BOOLEAN = 2247, REPORT_STATE_PREDICATE_NOT_BOOLEAN = 2250, REPORT_VERSION = 2262, REPORT_COUNTER_EXAMPLE = 2264, REPORT_INTEGER_TOO_BIG = 2265,
    REPORT_TEMPORAL_END = 2267, REPORT_OUTDEGREE = 2268, REPORT_COVERAGE_NEXT = 2772,
    REPORT_INVARIANT_CONSTANT = 2149, REPORT_EXCEPT_UNKNOWN_FIELD = 2144, REPORT_CONFIG_HAS_VALUE = 2230, REPORT_COVERAGE_INIT = 2773, REPORT_COVERAGE_PROPERTY = 2774, REPORT_COVERAGE_VAR = 2779, REPORT_PARSING_FAILED = 3002,
    REPORT_FINGERPRINT_EXCEPTION = 2147, REPORT_PROPERTY_STATE_LEVEL = 2255, REPORT_CONFIG_SUBSTITUTION_ARITY = 2225,
    REPORT_CONFIG_SPEC_AND_INIT = 2227, REPORT_CONFIG_ARGUMENTS = 2228, REPORT_CONFIG_NO_INIT = 2231,
    REPORT_LIVE_TAUTOLOGY = 2253,
    REPORT_CONFIG_NO_NEXT = 2232, REPORT_CONSTANT_NOT_ASSIGNED = 2222, REPORT_CONFIG_SUBSTITUTION_UNDEFINED = 2224,
    REPORT_INVARIANT_NOT_STATE_LEVEL = 2146, REPORT_PROPERTY_NOT_DEFINED = 2241, REPORT_NO_NEXT_ACTIONS = 2115,
};
enum { REPORT_CLASS_NONE = 0, REPORT_CLASS_ERROR = 1, REPORT_CLASS_BUG = 2, REPORT_CLASS_WARNING = 3,
       REPORT_CLASS_STATE = 4 };

/* -tool: frame every message (call once, before printing anything). */
void report_set_tool(bool tool);
bool report_is_tool(void);
/* A message of TLC's: framed in tool mode; in plain mode an error's body starts with "Error: " and a
 * warning's with "Warning: ". report_message prints a one-line (or multi-line) body and its end;
 * report_begin/report_end bracket a body printed in between (messages may nest, as TLC's do). */
void report_begin(FILE *out, int code, int cls);
void report_end(FILE *out, int code);
void report_message(FILE *out, int code, int cls, const char *fmt, ...) __attribute__((format(printf, 4, 5)));

typedef struct report_stats {
    uint64_t generated, distinct, queue;
    uint32_t depth;
    double seconds;
} report_stats;

void report_banner(FILE *out, const char *spec, int fp, int64_t seed, int workers, int cores);
/* One of the loader's diagnostics: an error or a warning, its place and words. */
typedef struct report_sany_item { bool warning; syn_loc loc; const char *message; } report_sany_item;
/* SANY's part (tool mode only): "Starting SANY...", the modules parsed ("Parsing file /abs/M.tla",
 * which makes trace locations clickable in the editor), "SANY finished."; a spec that does not
 * load is "Parsing or semantic analysis failed." (p NULL). A spec that loads with warnings (n of
 * them): SANY's "Semantic errors:" block of them, in either mode. */
void report_sany_start(FILE *out);
void report_sany_done(FILE *out, const sema_program *p, const report_sany_item *warnings, uint32_t n);
/* The loader's diagnostics as SANY prints them, which the editor and the scripts read: "Semantic
 * errors:", "*** Errors: N" and for each "line L, col C to line L2, col C2 of module M" and its words,
 * then the warnings so. In tool mode, the "Parsing file" and "Semantic processing of module" lines of
 * the modules they are in come first (the editor finds the files by them); outside tool mode the
 * block is printed only where no syntax error is among them (SANY reports those another way). */
void report_sany_errors(FILE *out, const report_sany_item *items, uint32_t n);
/* Before the temporal checks: how many checks (TLC's "branches"), then the search's counts. */
void report_live_implied(FILE *out, uint32_t branches);
/* TLC's warning (2257) for temporal properties checked under INIT/NEXT without a SPECIFICATION. */
void report_no_spec_but_property(FILE *out);
/* TLC's warning for temporal properties checked against specification `name`, defined at `loc` of
 * module `module`, that has no fairness. */
void report_spec_without_fairness(FILE *out, const char *name, syn_loc loc, const char *module);
/* The warnings met while checking, printed by TLC's rule for a run: a warning whose text was printed
 * before is not printed again, and the run's first warning ends with "(Use the -nowarning option to
 * disable this warning.)" (so its second time, without it, is printed once more). Thread-safe. */
typedef struct report_warnings report_warnings;
report_warnings *report_warnings_new(FILE *out);
void report_warnings_free(report_warnings *rw);
/* A warning was printed before, by one of the functions above: the next is not the run's first. */
void report_warnings_after_first(report_warnings *rw);
/* TLC's warning (2144) for an EXCEPT whose path leaves its value's domain, the value at `place`
 * (an eval_except_warn_fn: rw is the report_warnings). */
void report_except_warning(void *rw, const char *place);
/* TLC's warning for an INVARIANT of constant level that is TRUE (it suggests an ASSUME). */
void report_constant_invariant(FILE *out, const char *name);
/* TLC's warning for a PROPERTY whose formula is a state predicate (checked on the initial states only);
 * `first`: no warning was printed before it. */
void report_state_level_property(FILE *out, const char *name, bool first);
void report_progress_plain(FILE *out, const report_stats *s);
/* "The average outdegree of the complete state graph is A (minimum is m, the maximum M and the
 * 95th percentile is P)." */
void report_outdegree(FILE *out, uint64_t average, uint64_t min, uint64_t max, uint64_t p95);
void report_init_start(FILE *out);       /* "Starting... (time)" */
void report_computing_init(FILE *out);
/* Checkpoints and recovery, in TLC's words: "Checkpointing of run DIR" (2195), "Checkpointing
 * completed at (TS)" (2196), "Starting recovery from checkpoint DIR" (2197), "Recovery completed. N
 * states examined. M states on queue." (2198). */
void report_checkpoint_start(FILE *out, const char *dir);
void report_checkpoint_done(FILE *out);
void report_recovery_start(FILE *out, const char *dir);
void report_recovery_done(FILE *out, uint64_t distinct, uint64_t queue);   /* "Computing initial states..." */
/* "Finished computing initial states: N distinct states generated at ..." (or "N states generated,
 * with M of them distinct at ..." when some were generated twice). */
void report_init_done(FILE *out, uint64_t generated, uint64_t distinct);
/* TLC's progress while it computes the initial states: "Computed N initial states..." before it
 * handles the (N + 1)-th, for each power of two N >= 2, so for N below `generated` (the initial
 * states handled: all of them, or up to the one its checks stopped at). */
void report_init_progress(FILE *out, uint64_t generated);
/* "Progress(D) at ...: G states generated (R s/min), M distinct states found (R ds/min), Q states left
 * on queue." With in_place (a terminal), the line rewrites the previous one and stays open until
 * report_progress_end, which ends it (call it before printing anything else). */
void report_progress(FILE *out, const report_stats *s, double rate_generated, double rate_distinct, bool in_place);
void report_progress_end(FILE *out);
/* The summary lines TLC prints at the end: generated/distinct/left on queue, depth, time. */
void report_summary(FILE *out, const report_stats *s);
/* TLC's closing lines for a complete search, with its two estimates of a fingerprint collision (the
 * second when actual_shown). */
void report_success(FILE *out, double calculated, double actual, bool actual_shown);
/* "Finished in 01s at (...)"; in tool mode "Finished in 1234ms at (...)", as TLC prints it there. */
void report_finished(FILE *out, double seconds);

/* One state of a trace: "State i: <Action line L, col C to line L2, col C2 of module M>" and a
 * `/\ var = value` line per variable; with `prev` and `diff_only`, only variables that changed. */
void report_trace_state(FILE *out, uint32_t index, const eval_action *action, const sema_program *p,
                        const val *vars, const val *prev, bool diff_only);
/* A state of a trace shown as eval_error.state words it: its action's label, then its variables. */
void report_trace_state_shown(FILE *out, uint32_t index, const char *shown);
/* Liveness: the lasso's header, its closing line (back to an earlier state, or stuttering), and the
 * lines around the check. */
/* The opening of a liveness counterexample; `property` (when known) names the property violated. */
void report_lasso_header(FILE *out, const char *property);
void report_back_to(FILE *out, uint32_t index, uint32_t target, const eval_action *action);
void report_stuttering(FILE *out, uint32_t index);
/* "Checking [N branches of ]temporal properties ...": the states of the graph times the branches
 * (TLC's satisfiability problem's cases, each checked on a graph of its own). */
void report_liveness_start(FILE *out, uint64_t distinct, uint32_t branches);
/* "The coverage statistics at ..." (the lines follow, then "End of statistics."). */
void report_coverage_start(FILE *out);
void report_liveness_done(FILE *out, double seconds);
void report_trace_header(FILE *out);   /* "Error: The behavior up to this point is:" */
/* "Error: Invariant X is violated by the initial state:" and the state's variables (2107), or for a
 * property P that is a state predicate "Error: Property X is violated by the initial state:" (2108). */
void report_initial_violation(FILE *out, bool property, const char *name, const sema_program *p, const val *vars);
/* An evaluation error checking an initial state (an invariant, a constraint): TLC's message, then
 * "While working on the initial state:" and the state, then the error's place. */
void report_initial_state_failure(FILE *out, const eval_error *err, const sema_program *p, const val *vars);
/* An evaluation error as TLC reports it: its message (with TLC's code where TLC has one for it, else
 * 1000), inside a message of code heading_code (when not 0) that starts with `heading` (if not NULL,
 * printed as it is: e.g. "Evaluating invariant X failed.\n"); then tlc-c's located diagnostic with the caret on stderr. */
void report_eval_failure(FILE *out, int heading_code, const char *heading, const eval_error *err);
/* TLC's code for an evaluation error: its specific one where tlc-c knows it, else 1000. */
int report_eval_error_code(const eval_error *err);
/* "The error occurred when TLC was evaluating the nested expressions at the following positions:"
 * and the positions, outermost first (code 2103); none: TLC's "The error call stack is empty." */
void report_nested_positions(FILE *out, const syn_loc *locs, uint32_t n);
/* TLC's report of an error met inside a value it gave a place ("TLC was unable to fingerprint."): the
 * positions being evaluated, then the places of those values (eval_error.sources), and the message. */
void report_fingerprint_positions(FILE *out, const syn_loc *locs, uint32_t n, const char *reason);
/* A trace state shown through the model's ALIAS: one `/\ field = value` line per record field. */
void report_trace_alias(FILE *out, uint32_t index, const eval_action *action, val record);
/* Print an evaluation error tlc-c's way, with its location and the caret. */
void report_eval_error(FILE *out, const eval_error *err);

/* ---- simulation (report_sim.c) ------------------------------------------------------------------- */

/* "Running Random Simulation with seed S with W workers on C cores." */
void report_sim_banner(FILE *out, const char *spec, int64_t seed, int workers, int cores);
/* "Progress: N states checked, T traces generated (trace length: mean=M, var(x)=V, sd=D)" */
void report_sim_progress(FILE *out, uint64_t checked, uint64_t traces, double mean, double variance);
/* The same in tool mode: TLC's model-checking shape, "Progress(D) at TS: N states generated, -1 distinct
 * states found, -1 states left on queue." (nothing in plain mode) */
void report_sim_progress_tool(FILE *out, uint32_t depth, uint64_t generated);
/* TLC's tool-mode progress line of its other modes, with code `code`: "Progress(D) at TS: G states
 * generated, N distinct states found, -1 states left on queue." */
void report_progress_tool_line(FILE *out, int code, int64_t depth, uint64_t generated, int64_t distinct);
/* "Computed N initial states..." (the simulator's line once they are known; N counts them all,
 * duplicates too, as TLC's simulator does) */
void report_sim_init_computed(FILE *out, uint64_t generated);
/* The simulator's "Finished computing initial states: N distinct state generated at ...": TLC's
 * simulator counts every initial state generated and never says "states". */
void report_sim_init_done(FILE *out, uint64_t generated);
/* "The number of states generated: N" and "Simulation using seed S and aril 0" */
void report_sim_end(FILE *out, uint64_t generated, int64_t seed);
/* -simulate stats=basic|full: TLC's action graph (its <Spec>_actions.dot): nodes 0 .. n-1 named
 * names[i] (0 the initial predicate), count[i * n + j] the steps from node i by node j, drawn
 * weighted by |log10(log10(count + 1))| when seen and dotted green when not (none into node 0).
 * With contexts (stats=full), the nodes are grouped in a cluster per context, in the order TLC's
 * HashMap gives them, and the weights keep their sign, as TLC draws them. */
void report_sim_action_graph(FILE *out, const char *const *names, const char *const *contexts, uint32_t n,
                             const uint64_t *count);

/* ---- depth-first iterative deepening (-dfid; report_dfid.c) ----------------------------------------- */

/* "Running depth-first search Model-Checking with fp F and seed S with W workers on C cores." */
void report_dfid_banner(FILE *out, const char *spec, int fp, int64_t seed, int workers, int cores);
/* "Finished computing initial states: G states generated, with D of them distinct." */
void report_dfid_init_done(FILE *out, uint64_t generated, uint64_t distinct);
/* "Starting level L: G states generated, D distinct states found." */
void report_dfid_level(FILE *out, uint32_t level, uint64_t generated, uint64_t distinct);
/* "Progress: G states generated, D distinct states found." (in tool mode TLC's Progress(-1) line) */
void report_dfid_progress(FILE *out, uint64_t generated, uint64_t distinct);
/* "G states generated, D distinct states found." (the closing counts) */
void report_dfid_stats(FILE *out, uint64_t generated, uint64_t distinct);
/* A state of TLC's depth-first trace: no action label; "State i: " with the space in an invariant's
 * trace (TLC's code 2217), "State i:" in the others' (2216). */
void report_trace_state_unlabelled(FILE *out, uint32_t index, bool invariant, const sema_program *p, const val *vars);

/* ---- state listings and pictures (-dump; state_graph.c) --------------------------------------------- */

/* "State N:" and the state's lines, then a blank line (TLC's StateWriter). */
void report_dump_state(FILE *out, uint64_t index, const sema_program *p, const val *vars);

/* TLC's DOT (DotStateWriter): open, the initial states, each expanded state (for its rank), each
 * transition with its action (name for the colour, label as shown: "Cross({\"goat\"})") and the
 * target's values when it is new (NULL otherwise), then close (ranks, legend). */
typedef struct report_dot report_dot;
report_dot *report_dot_open(FILE *out, bool colorize, bool labels);
void report_dot_initial(report_dot *d, uint64_t fp, const sema_program *p, const val *vars);
void report_dot_expanding(report_dot *d, uint64_t fp, uint32_t level);
void report_dot_edge(report_dot *d, uint64_t from, uint64_t to, atom action, const char *label, const sema_program *p,
                     const val *next);
void report_dot_close(report_dot *d);

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
