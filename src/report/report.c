/* report.c - TLC-shaped output. The wording of the lines that tools parse (summary, depth, trace
 * headers) follows TLC exactly. */
#include "report.h"

#include <limits.h>
#include <pthread.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

/* Set once before anything is printed (contract in report.h). */
static bool tool_mode;

void report_set_tool(bool tool) { tool_mode = tool; }
bool report_is_tool(void) { return tool_mode; }

void report_begin(FILE *out, int code, int cls)
{
    if (tool_mode) fprintf(out, "@!@!@STARTMSG %d:%d @!@!@\n", code, cls);
    else if (cls == REPORT_CLASS_ERROR) fputs("Error: ", out);
    else if (cls == REPORT_CLASS_WARNING) fputs("Warning: ", out);
}

void report_end(FILE *out, int code)
{
    if (tool_mode) fprintf(out, "@!@!@ENDMSG %d @!@!@\n", code);
}

void report_message(FILE *out, int code, int cls, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    flockfile(out);
    report_begin(out, code, cls);
    vfprintf(out, fmt, ap);
    fputc('\n', out);
    report_end(out, code);
    funlockfile(out);
    va_end(ap);
}

static void timestamp(char *buf, size_t n)
{
    time_t t = time(NULL);
    struct tm tm;
    localtime_r(&t, &tm);
    strftime(buf, n, "%Y-%m-%d %H:%M:%S", &tm);
}

/* Numbers with thousands separators, as TLC prints them in progress lines. */
static void grouped(char *buf, size_t n, uint64_t v)
{
    char raw[32];
    int len = snprintf(raw, sizeof raw, "%llu", (unsigned long long)v);
    size_t k = 0;
    for (int i = 0; i < len && k + 2 < n; i++) {
        if (i > 0 && (len - i) % 3 == 0) buf[k++] = ',';
        buf[k++] = raw[i];
    }
    buf[k] = 0;
}

void report_banner(FILE *out, const char *spec, int fp, int64_t seed, int workers, int cores)
{
    report_message(out, REPORT_VERSION, REPORT_CLASS_NONE, "tlc-c %s: checking %s", TLCC_VERSION, spec);
    report_message(out, REPORT_MODE_MC, REPORT_CLASS_NONE,
                   "Running breadth-first search Model-Checking with fp %d and seed %lld with %d worker%s on %d core%s.",
                   fp, (long long)seed, workers, workers == 1 ? "" : "s", cores, cores == 1 ? "" : "s");
    fflush(out);
}

void report_sany_start(FILE *out)
{
    if (!tool_mode) return;
    report_message(out, REPORT_SANY_START, REPORT_CLASS_NONE, "Starting SANY...");
    fflush(out);
}

/* TLC prints absolute paths: the extension maps module names to files with them. */
static void print_parsing_line(FILE *out, const char *file)
{
    char abs[PATH_MAX];
    fprintf(out, "Parsing file %s\n", realpath(file, abs) ? abs : file);
}

static bool syntax_error(const report_sany_item *item) { return !strncmp(item->message, "syntax error", 12); }

/* SANY's "*** Errors: N" (or Warnings) block of the items of that kind (a syntax error at its start:
 * the editor marks its line). */
static void sany_block(FILE *out, const report_sany_item *items, uint32_t n, bool warnings)
{
    uint32_t count = 0;
    for (uint32_t i = 0; i < n; i++) count += items[i].warning == warnings;
    if (!count) return;
    fprintf(out, "*** %s: %u\n\n", warnings ? "Warnings" : "Errors", count);
    for (uint32_t i = 0; i < n; i++) {
        if (items[i].warning != warnings) continue;
        syn_loc l = items[i].loc;
        if (!l.end_line || syntax_error(&items[i])) l.end_line = l.line, l.end_col = l.col;
        char span[UTIL_LOC_SPAN_MAX];
        util_loc_span(&l, span, sizeof span);
        fprintf(out, "%s\n\n%s\n\n\n", span, items[i].message);
    }
}

void report_sany_errors(FILE *out, const report_sany_item *items, uint32_t n)
{
    bool syntax = false;
    for (uint32_t i = 0; i < n; i++) syntax |= syntax_error(&items[i]);
    if (!n || (syntax && !tool_mode)) return;
    for (uint32_t i = 0; tool_mode && i < n; i++) {
        bool seen = false;   /* each file's lines once */
        for (uint32_t j = 0; j < i && !seen; j++) seen = items[j].loc.file == items[i].loc.file;
        if (seen) continue;
        char module[PATH_MAX];
        util_loc_module(&items[i].loc, module, sizeof module);
        print_parsing_line(out, items[i].loc.file);
        fprintf(out, "Semantic processing of module %s\n", module);
    }
    if (!syntax) fputs("Semantic errors:\n\n", out);
    sany_block(out, items, n, false);
    sany_block(out, items, n, true);
    fputc('\n', out);
}

void report_sany_done(FILE *out, const sema_program *p, const report_sany_item *warnings, uint32_t n)
{
    if (p && tool_mode) {
        for (uint32_t i = 0; i < p->nmodules; i++)
            if (p->modules[i]->file) print_parsing_line(out, p->modules[i]->file);
        for (uint32_t i = 0; i < p->nmodules; i++) fprintf(out, "Semantic processing of module %s\n", p->modules[i]->name);
    }
    if (p && n) {
        fputs("Semantic errors:\n\n", out);
        sany_block(out, warnings, n, true);
        fputc('\n', out);
    }
    if (p && !tool_mode) return;
    if (tool_mode) report_message(out, REPORT_SANY_END, REPORT_CLASS_NONE, "SANY finished.");
    if (!p) {
        char ts[64];
        timestamp(ts, sizeof ts);
        report_message(out, REPORT_STARTING, REPORT_CLASS_NONE, "Starting... (%s)", ts);
        report_message(out, REPORT_PARSING_FAILED, REPORT_CLASS_ERROR, "Parsing or semantic analysis failed.");
    }
    fflush(out);
}

void report_init_start(FILE *out)
{
    char ts[64];
    timestamp(ts, sizeof ts);
    report_message(out, REPORT_STARTING, REPORT_CLASS_NONE, "Starting... (%s)", ts);
    fflush(out);
}

void report_live_implied(FILE *out, uint32_t branches)
{
    report_message(out, REPORT_LIVE_IMPLIED, REPORT_CLASS_NONE,
                   "Implied-temporal checking--satisfiability problem has %u branches.", branches);
}

void report_no_spec_but_property(FILE *out)
{
    report_message(out, REPORT_NO_SPEC_BUT_PROPERTY, REPORT_CLASS_WARNING,
                   "Temporal properties (PROPERTY or PROPERTIES) are being verified without a behavior specification "
                   "(SPECIFICATION). Only INIT and NEXT have been provided. This is likely to result in (trivial) "
                   "counterexamples showing infinite stuttering following the initial state. It is recommended to use "
                   "SPECIFICATION Spec, with Spec asserting a suitable fairness constraint (compare Chapter 8, page 87ff "
                   "of Specifying Systems at https://lamport.azurewebsites.net/tla/book.html).%s",
                   tool_mode ? "" : "\n(Use the -nowarning option to disable this warning.)");
}

void report_state_level_property(FILE *out, const char *name, bool first)
{
    report_message(out, REPORT_PROPERTY_STATE_LEVEL, REPORT_CLASS_WARNING,
                   "The formula %s is a state-level formula, but it was used as a PROPERTY (or PROPERTIES), where a "
                   "temporal formula is typically expected. State-level formulas used as PROPERTY or PROPERTIES are "
                   "only checked in the initial state. To verify that the formula %s holds in all states of every "
                   "behavior, use INVARIANT %s instead. Alternatively, applying the \"always\" temporal operator (□) "
                   "to the state-level formula %s changes it into a temporal formula, asserting that %s holds in all "
                   "states of every behavior. See https://explain.tlapl.us/invariants-and-properties for additional "
                   "details.%s",
                   name, name, name, name, name,
                   first && !tool_mode ? "\n(Use the -nowarning option to disable this warning.)" : "");
}

void report_constant_invariant(FILE *out, const char *name)
{
    report_message(out, REPORT_INVARIANT_CONSTANT, REPORT_CLASS_WARNING,
                   "The invariant %s is a constant-level formula (i.e., it contains no variables, primes, or temporal "
                   "operators) and evaluates to TRUE. To assert constant-level formulas in your spec, use ASSUME "
                   "ConstInv, or to give the assumption a name such as YourAssumption, use ASSUME YourAssumption == "
                   "ConstInv.%s",
                   name, tool_mode ? "" : "\n(Use the -nowarning option to disable this warning.)");
}

void report_spec_without_fairness(FILE *out, const char *name, syn_loc loc, const char *module)
{
    report_message(out, REPORT_SPEC_WITHOUT_FAIRNESS, REPORT_CLASS_WARNING,
                   "Temporal properties (PROPERTY or PROPERTIES) are being verified without a fairness constraint "
                   "conjoined to the behavior specification %s defined at line %u, col %u to line %u, col %u of module "
                   "%s. This may lead to trivial counterexamples in which the system exhibits infinite stuttering "
                   "immediately after the initial state. To avoid this, it is recommended to conjoin a suitable fairness "
                   "constraint to %s (compare Chapter 8, page 87ff of Specifying Systems at "
                   "https://lamport.azurewebsites.net/tla/book.html).%s",
                   name, loc.line, loc.col, loc.end_line, loc.end_col, module, name,
                   tool_mode ? "" : "\n(Use the -nowarning option to disable this warning.)");
}

void report_computing_init(FILE *out)
{
    report_message(out, REPORT_COMPUTING_INIT, REPORT_CLASS_NONE, "Computing initial states...");
    fflush(out);
}

void report_checkpoint_start(FILE *out, const char *dir)
{
    report_message(out, 2195, REPORT_CLASS_NONE, "Checkpointing of run %s", dir);
    fflush(out);
}

void report_checkpoint_done(FILE *out)
{
    char ts[32];
    timestamp(ts, sizeof ts);
    report_message(out, 2196, REPORT_CLASS_NONE, "Checkpointing completed at (%s)", ts);
    fflush(out);
}

void report_recovery_start(FILE *out, const char *dir)
{
    report_message(out, 2197, REPORT_CLASS_NONE, "Starting recovery from checkpoint %s", dir);
    fflush(out);
}

void report_recovery_done(FILE *out, uint64_t distinct, uint64_t queue)
{
    report_message(out, 2198, REPORT_CLASS_NONE, "Recovery completed. %llu states examined. %llu states on queue.",
                   (unsigned long long)distinct, (unsigned long long)queue);
    fflush(out);
}

void report_init_progress(FILE *out, uint64_t generated)
{
    for (uint64_t n = 2; n < generated; n *= 2)
        report_message(out, REPORT_INIT_COMPUTED, REPORT_CLASS_NONE, "Computed %llu initial states...", (unsigned long long)n);
}

void report_init_done(FILE *out, uint64_t generated, uint64_t distinct)
{
    char ts[64];
    timestamp(ts, sizeof ts);
    if (generated == distinct)
        report_message(out, REPORT_INIT_GENERATED1, REPORT_CLASS_NONE,
                       "Finished computing initial states: %llu distinct state%s generated at %s.",
                       (unsigned long long)distinct, distinct == 1 ? "" : "s", ts);
    else
        report_message(out, REPORT_INIT_GENERATED2, REPORT_CLASS_NONE,
                       "Finished computing initial states: %llu state%s generated, with %llu of them distinct at %s.",
                       (unsigned long long)generated, generated == 1 ? "" : "s", (unsigned long long)distinct, ts);
    fflush(out);
}

void report_sim_init_done(FILE *out, uint64_t generated)
{
    char ts[64];
    timestamp(ts, sizeof ts);
    report_message(out, REPORT_INIT_GENERATED1, REPORT_CLASS_NONE,
                   "Finished computing initial states: %llu distinct state generated at %s.", (unsigned long long)generated, ts);
    fflush(out);
}

/* Whether the last thing written is a progress line rewritten in place (no newline yet). */
static bool progress_open;

void report_progress(FILE *out, const report_stats *s, double rate_generated, double rate_distinct, bool in_place)
{
    char ts[64], g[32], d[32], q[32], rg[32], rd[32];
    timestamp(ts, sizeof ts);
    grouped(g, sizeof g, s->generated);
    grouped(d, sizeof d, s->distinct);
    grouped(q, sizeof q, s->queue);
    grouped(rg, sizeof rg, (uint64_t)rate_generated);
    grouped(rd, sizeof rd, (uint64_t)rate_distinct);
    in_place = in_place && !tool_mode;
    flockfile(out);
    report_begin(out, REPORT_PROGRESS, REPORT_CLASS_NONE);
    /* in place: back to the line's start, and clear what a longer line left ("\033[K") */
    fprintf(out,
            "%sProgress(%u) at %s: %s states generated (%s s/min), %s distinct states found (%s ds/min), %s states "
            "left on queue.%s",
            in_place ? "\r" : "", s->depth, ts, g, rg, d, rd, q, in_place ? "\033[K" : "\n");
    report_end(out, REPORT_PROGRESS);
    progress_open = in_place;
    funlockfile(out);
    fflush(out);
}

void report_progress_end(FILE *out)
{
    if (!progress_open) return;
    fputc('\n', out);
    progress_open = false;
}

/* The progress line TLC prints before checking temporal properties: no rates. */
void report_progress_plain(FILE *out, const report_stats *s)
{
    char ts[64], g[32], d[32], q[32];
    timestamp(ts, sizeof ts);
    grouped(g, sizeof g, s->generated);
    grouped(d, sizeof d, s->distinct);
    grouped(q, sizeof q, s->queue);
    report_message(out, REPORT_PROGRESS, REPORT_CLASS_NONE,
                   "Progress(%u) at %s: %s states generated, %s distinct states found, %s states left on queue.", s->depth,
                   ts, g, d, q);
}

void report_summary(FILE *out, const report_stats *s)
{
    if (tool_mode) {
        /* tool mode ends with a last progress line (ModelChecker.printSummary) */
        double minutes = s->seconds > 0 ? s->seconds / 60 : 1;
        report_progress(out, s, (double)s->generated / minutes, (double)s->distinct / minutes, false);
    }
    report_message(out, REPORT_STATS, REPORT_CLASS_NONE, "%llu states generated, %llu distinct states found, %llu states left on queue.",
                   (unsigned long long)s->generated, (unsigned long long)s->distinct, (unsigned long long)s->queue);
    report_message(out, REPORT_SEARCH_DEPTH, REPORT_CLASS_NONE, "The depth of the complete state graph search is %u.", s->depth);
}

void report_outdegree(FILE *out, uint64_t average, uint64_t min, uint64_t max, uint64_t p95)
{
    report_message(out, REPORT_OUTDEGREE, REPORT_CLASS_NONE,
                   "The average outdegree of the complete state graph is %llu (minimum is %llu, the maximum %llu and "
                   "the 95th percentile is %llu).",
                   (unsigned long long)average, (unsigned long long)min, (unsigned long long)max, (unsigned long long)p95);
}

/* A probability as TLC prints it (ProbabilityToString): two significant digits, "1.2E-9" below
 * 0.001 (no zero-padded exponent), ".0012" below 1, "0.0" for zero. */
static void probability_text(char *buf, size_t n, double p)
{
    if (p == 0) {
        snprintf(buf, n, "0.0");
    } else if (p < 1e-3 || p >= 1e7) {
        char m[32];
        snprintf(m, sizeof m, "%.1E", p);
        char *e = strchr(m, 'E');
        int exponent = atoi(e + 1);
        *e = 0;
        snprintf(buf, n, "%sE%d", m, exponent);
    } else if (p < 1) {
        char t[32];
        snprintf(t, sizeof t, "%.2g", p);
        snprintf(buf, n, "%s", t + (t[0] == '0'));
    } else {
        snprintf(buf, n, p < 10 ? "%.1f" : "%.0f", p < 10 ? p : (double)(uint64_t)p);
    }
}

/* TLC 2.20 prints the estimate from the counts only; tlc-c's second estimate (from the least
 * distance between two fingerprints) is left out of tool mode, whose 4th line clients read. */
void report_success(FILE *out, double calculated, double actual, bool actual_shown)
{
    char c[48], a[48];
    probability_text(c, sizeof c, calculated);
    probability_text(a, sizeof a, actual);
    flockfile(out);
    report_begin(out, REPORT_SUCCESS, REPORT_CLASS_NONE);
    fprintf(out, "Model checking completed. No error has been found.\n");
    fprintf(out, "  Estimates of the probability that TLC did not check all reachable states\n"
                 "  because two distinct states had the same fingerprint:\n");
    fprintf(out, "  calculated (optimistic):  val = %s\n", c);
    if (actual_shown && !tool_mode) fprintf(out, "  based on the actual fingerprints:  val = %s\n", a);
    report_end(out, REPORT_SUCCESS);
    funlockfile(out);
}

void report_finished(FILE *out, double seconds)
{
    char ts[64];
    timestamp(ts, sizeof ts);
    long s = (long)seconds;
    if (tool_mode)
        report_message(out, REPORT_FINISHED, REPORT_CLASS_NONE, "Finished in %lldms at (%s)", (long long)(seconds * 1000), ts);
    else if (s < 60)
        fprintf(out, "Finished in %02lds at (%s)\n", s, ts);
    else if (s < 3600)
        fprintf(out, "Finished in %02ldmin %02lds at (%s)\n", s / 60, s % 60, ts);
    else
        fprintf(out, "Finished in %02ldh %02ldmin at (%s)\n", s / 3600, (s % 3600) / 60, ts);
    fflush(out);
}

void report_trace_header(FILE *out)
{
    report_message(out, REPORT_BEHAVIOR_UP_TO_HERE, REPORT_CLASS_ERROR, "The behavior up to this point is:");
}

static void action_label(FILE *out, const eval_action *action)
{
    if (!action || !action->module)
        fprintf(out, "<Initial predicate>\n");
    else
        fprintf(out, "<%s line %u, col %u to line %u, col %u of module %s>\n", action->name, action->loc.line,
                action->loc.col, action->loc.end_line, action->loc.end_col, action->module);
}

/* "State i: " in plain output, "i: " in tool mode (the state message's class says it is one). */
static void state_header(FILE *out, uint32_t index, const eval_action *action)
{
    report_begin(out, REPORT_STATE, REPORT_CLASS_STATE);
    fprintf(out, tool_mode ? "%u: " : "State %u: ", index);
    action_label(out, action);
}

static void state_footer(FILE *out)
{
    fputc('\n', out);
    report_end(out, REPORT_STATE);
}

void report_lasso_header(FILE *out, const char *property)
{
    report_message(out, REPORT_TEMPORAL_VIOLATED, REPORT_CLASS_ERROR, "Temporal properties were violated.%s%s%s\n",
                   property && !tool_mode ? "\nThe behavior below violates the property " : "",
                   property && !tool_mode ? property : "", property && !tool_mode ? "." : "");
    report_message(out, REPORT_COUNTER_EXAMPLE, REPORT_CLASS_ERROR, "The following behavior constitutes a counter-example:\n");
}

/* TLC: "Back to state 3: <A ...>", and in tool mode "3: Back to state: <A ...>" (3 the target). */
void report_back_to(FILE *out, uint32_t index, uint32_t target, const eval_action *action)
{
    (void)index;
    report_begin(out, REPORT_BACK_TO_STATE, REPORT_CLASS_STATE);
    fprintf(out, tool_mode ? "%u: Back to state: " : "Back to state %u: ", target);
    action_label(out, action);
    fputc('\n', out);
    report_end(out, REPORT_BACK_TO_STATE);
}

void report_stuttering(FILE *out, uint32_t index)
{
    /* TLC ends the plain line there (no blank line after it, as after a state or "Back to state") */
    report_message(out, REPORT_STUTTERING, REPORT_CLASS_STATE, tool_mode ? "%u: Stuttering\n" : "State %u: Stuttering",
                   index);
}

void report_liveness_start(FILE *out, uint64_t distinct, uint32_t branches)
{
    char ts[64], of[32] = "";
    timestamp(ts, sizeof ts);
    if (branches > 1) snprintf(of, sizeof of, "%u branches of ", branches);
    /* TLC counts the states of each branch's behaviour graph */
    report_message(out, REPORT_CHECKING_TEMPORAL, REPORT_CLASS_NONE,
                   "Checking %stemporal properties for the complete state space with %llu total distinct states at (%s)",
                   of, (unsigned long long)distinct * (branches ? branches : 1), ts);
}

void report_coverage_start(FILE *out)
{
    char ts[64];
    timestamp(ts, sizeof ts);
    report_message(out, REPORT_COVERAGE_START, REPORT_CLASS_NONE,
                   "The coverage statistics at %s (see https://explain.tlapl.us/module-coverage-statistics for how to "
                   "interpret the following statistics).",
                   ts);
}

void report_liveness_done(FILE *out, double seconds)
{
    char ts[64];
    timestamp(ts, sizeof ts);
    report_message(out, REPORT_TEMPORAL_END, REPORT_CLASS_NONE, "Finished checking temporal properties in %02lds at %s",
                   (long)seconds, ts);
    fflush(out);
}

void report_trace_alias(FILE *out, uint32_t index, const eval_action *action, val record)
{
    state_header(out, index, action);
    if (record.kind == VAL_FUNC) {
        for (uint32_t i = 0; i < record.u.fn->n; i++) {
            val k = record.u.fn->dom[i];
            fprintf(out, "/\\ %s = ", k.kind == VAL_STR ? k.u.s : "?");
            val_print_pretty(out, record.u.fn->rng[i]);
            fputc('\n', out);
        }
    } else {
        val_print(out, record);
        fputc('\n', out);
    }
    state_footer(out);
}

/* A state's `/\ v = e` lines (a lone variable without the conjunction bullet, as TLC writes it);
 * with prev and diff_only, only the variables that changed. */
static void print_vars(FILE *out, const sema_program *p, const val *vars, const val *prev, bool diff_only)
{
    for (uint32_t k = 0; k < p->nvars; k++) {
        uint32_t i = p->print_order ? p->print_order[k] : k;
        if (diff_only && prev && val_equal(prev[i], vars[i])) continue;
        fprintf(out, p->nvars == 1 ? "%s = " : "/\\ %s = ", p->variables[i]->name);
        val_print_pretty(out, vars[i]);
        fputc('\n', out);
    }
}

void report_trace_state(FILE *out, uint32_t index, const eval_action *action, const sema_program *p,
                        const val *vars, const val *prev, bool diff_only)
{
    state_header(out, index, action);
    print_vars(out, p, vars, prev, diff_only);
    state_footer(out);
}

void report_trace_state_shown(FILE *out, uint32_t index, const char *shown)
{
    report_begin(out, REPORT_STATE, REPORT_CLASS_STATE);
    fprintf(out, tool_mode ? "%u: %s" : "State %u: %s", index, shown);
    state_footer(out);
}

void report_trace_state_unlabelled(FILE *out, uint32_t index, bool invariant, const sema_program *p, const val *vars)
{
    int code = invariant ? REPORT_STATE : REPORT_STATE_PLAIN;
    report_begin(out, code, REPORT_CLASS_STATE);
    fprintf(out, tool_mode ? "%u:%s\n" : "State %u:%s\n", index, invariant ? " " : "");
    print_vars(out, p, vars, NULL, false);
    fputc('\n', out);
    report_end(out, code);
}

void report_initial_violation(FILE *out, bool property, const char *name, const sema_program *p, const val *vars)
{
    int code = property ? REPORT_PROPERTY_VIOLATED_INITIAL : REPORT_INVARIANT_VIOLATED_INITIAL;
    flockfile(out);
    report_begin(out, code, REPORT_CLASS_ERROR);
    fprintf(out, "%s %s is violated by the initial state:\n", property ? "Property" : "Invariant", name);
    print_vars(out, p, vars, NULL, false);
    fputc('\n', out);
    report_end(out, code);
    funlockfile(out);
}

void report_initial_state_failure(FILE *out, const eval_error *err, const sema_program *p, const val *vars)
{
    flockfile(out);
    report_begin(out, REPORT_INITIAL_STATE, REPORT_CLASS_ERROR);
    report_message(out, report_eval_error_code(err), REPORT_CLASS_NONE, "%s", err->message);
    fputs("While working on the initial state:\n", out);
    print_vars(out, p, vars, NULL, false);
    fputc('\n', out);
    report_end(out, REPORT_INITIAL_STATE);
    funlockfile(out);
    report_eval_error(out, err);
}

int report_eval_error_code(const eval_error *err)
{
    if (err->status == EVAL_ASSERT) return REPORT_ASSERT_FAILED;
    switch (err->kind) {
    case EVAL_KIND_EMPTY_SEQ: return REPORT_APPLY_EMPTY_SEQ;
    case EVAL_KIND_DIV_ZERO: return REPORT_DIVISION_BY_ZERO;
    case EVAL_KIND_OVERFLOW: return REPORT_MODULE_OVERFLOW;
    case EVAL_KIND_ZERO_POW_ZERO: return REPORT_ZERO_POW_ZERO;
    case EVAL_KIND_INCOMPLETE: return REPORT_NOT_COMPLETELY_SPECIFIED_NEXT;
    case EVAL_KIND_INIT_INCOMPLETE: return REPORT_INITIAL_STATE;
    case EVAL_KIND_NOT_BOOLEAN: return REPORT_EXPECTED_BOOLEAN;
    case EVAL_KIND_CHECK_NOT_BOOLEAN: return REPORT_CHECK_NOT_BOOLEAN;
    case EVAL_KIND_NATIVE_FAILED: return REPORT_JAVA_OVERRIDE_FAILED;
    case EVAL_KIND_PREDICATE_NOT_BOOLEAN: return REPORT_STATE_PREDICATE_NOT_BOOLEAN;
    case EVAL_KIND_UNSPECIFIED_FAIR: return REPORT_NOT_COMPLETELY_SPECIFIED_LIVE;
    default: return REPORT_GENERAL;
    }
}

void report_eval_failure(FILE *out, int heading_code, const char *heading, const eval_error *err)
{
    int code = report_eval_error_code(err);
    if (heading_code && (heading || code != heading_code)) {   /* a general error is not nested in itself */
        report_begin(out, heading_code, REPORT_CLASS_ERROR);
        if (heading) fputs(heading, out);
        report_message(out, code, REPORT_CLASS_NONE, "%s", err->message);
        report_end(out, heading_code);
    } else {
        report_message(out, code, REPORT_CLASS_ERROR, "%s", err->message);
    }
    report_eval_error(out, err);
}

/* TLC's numbered list of positions: "0. Line l, column c to line l2, column c2 in M". */
static void print_numbered_locs(FILE *out, const syn_loc *locs, uint32_t n)
{
    for (uint32_t i = 0; i < n; i++) {
        char module[PATH_MAX];
        util_loc_module(&locs[i], module, sizeof module);
        fprintf(out, "%u. Line %u, column %u to line %u, column %u in %s\n", i, locs[i].line, locs[i].col,
                locs[i].end_line, locs[i].end_col, module);
    }
}

void report_nested_positions(FILE *out, const syn_loc *locs, uint32_t n)
{
    flockfile(out);
    report_begin(out, REPORT_NESTED_EXPRESSION, REPORT_CLASS_ERROR);
    fprintf(out, "The error occurred when TLC was evaluating the nested\nexpressions at the following positions:\n");
    print_numbered_locs(out, locs, n);
    fputs(n ? "\n\n" : "    The error call stack is empty.\n\n", out);
    report_end(out, REPORT_NESTED_EXPRESSION);
    funlockfile(out);
}

void report_fingerprint_positions(FILE *out, const syn_loc *locs, uint32_t n, const char *reason)
{
    flockfile(out);
    report_begin(out, REPORT_FINGERPRINT_EXCEPTION, REPORT_CLASS_ERROR);
    fprintf(out, "TLC was unable to fingerprint.\n\nFingerprint Stack Trace:\n");
    print_numbered_locs(out, locs, n);
    fprintf(out, "\n\nReason:\n%s\n", reason);
    report_end(out, REPORT_FINGERPRINT_EXCEPTION);
    funlockfile(out);
}

void report_eval_error(FILE *out, const eval_error *err)
{
    fflush(out);
    util_diag(DIAG_ERROR, err->loc, NULL, "%s", err->message);
    if (err->context) fprintf(util_diag_out(), "%s\n", err->context);
}

/* ---- warnings met while checking -------------------------------------------------------------- */

struct report_warnings {
    FILE *out;
    pthread_mutex_t lock;
    bool after_first;   /* a warning has been printed */
    char **printed;     /* the texts printed, as printed */
    size_t n, cap;
};

report_warnings *report_warnings_new(FILE *out)
{
    report_warnings *rw = util_xcalloc(1, sizeof *rw);
    rw->out = out;
    pthread_mutex_init(&rw->lock, NULL);
    return rw;
}

void report_warnings_free(report_warnings *rw)
{
    if (!rw) return;
    for (size_t i = 0; i < rw->n; i++) free(rw->printed[i]);
    free(rw->printed);
    pthread_mutex_destroy(&rw->lock);
    free(rw);
}

void report_warnings_after_first(report_warnings *rw) { rw->after_first = true; }

/* Print text as warning `code` unless it was printed before (under rw->lock). */
static void warn_once(report_warnings *rw, int code, const char *text)
{
    for (size_t i = 0; i < rw->n; i++)
        if (!strcmp(rw->printed[i], text)) return;
    if (rw->n == rw->cap) {
        rw->cap = rw->cap ? 2 * rw->cap : 8;
        rw->printed = util_xrealloc(rw->printed, rw->cap * sizeof *rw->printed);
    }
    rw->printed[rw->n++] = util_xstrdup(text);
    rw->after_first = true;
    flockfile(rw->out);
    report_message(rw->out, code, REPORT_CLASS_WARNING, "%s", text);
    funlockfile(rw->out);
}

void report_except_warning(void *data, const char *place)
{
    report_warnings *rw = data;
    pthread_mutex_lock(&rw->lock);
    bool first = !rw->after_first && !tool_mode;
    char text[1024];
    snprintf(text, sizeof text, "The EXCEPT was applied to non-existing fields of the value at\n%s%s", place,
             first ? "\n(Use the -nowarning option to disable this warning.)" : "");
    warn_once(rw, REPORT_EXCEPT_UNKNOWN_FIELD, text);
    pthread_mutex_unlock(&rw->lock);
}
