/* report.c - TLC-shaped output. The wording of the lines that tools parse (summary, depth, trace
 * headers) follows TLC exactly. */
#include "report.h"

#include <stdlib.h>
#include <string.h>
#include <time.h>

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

void report_banner(FILE *out, const char *spec, int64_t seed, int workers, int cores)
{
    fprintf(out, "tlc-c %s: checking %s\n", TLCC_VERSION, spec);
    fprintf(out, "Running breadth-first search Model-Checking with seed %lld with %d worker%s on %d core%s.\n",
            (long long)seed, workers, workers == 1 ? "" : "s", cores, cores == 1 ? "" : "s");
}

void report_init_start(FILE *out)
{
    char ts[64];
    timestamp(ts, sizeof ts);
    fprintf(out, "Starting... (%s)\nComputing initial states...\n", ts);
    fflush(out);
}

void report_init_done(FILE *out, uint64_t generated, uint64_t distinct)
{
    char ts[64];
    timestamp(ts, sizeof ts);
    if (generated == distinct)
        fprintf(out, "Finished computing initial states: %llu distinct state%s generated at %s.\n",
                (unsigned long long)distinct, distinct == 1 ? "" : "s", ts);
    else
        fprintf(out, "Finished computing initial states: %llu state%s generated, with %llu of them distinct at %s.\n",
                (unsigned long long)generated, generated == 1 ? "" : "s", (unsigned long long)distinct, ts);
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
    flockfile(out);
    /* in place: back to the line's start, and clear what a longer line left ("\033[K") */
    fprintf(out,
            "%sProgress(%u) at %s: %s states generated (%s s/min), %s distinct states found (%s ds/min), %s states "
            "left on queue.%s",
            in_place ? "\r" : "", s->depth, ts, g, rg, d, rd, q, in_place ? "\033[K" : "\n");
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

void report_summary(FILE *out, const report_stats *s)
{
    fprintf(out, "%llu states generated, %llu distinct states found, %llu states left on queue.\n",
            (unsigned long long)s->generated, (unsigned long long)s->distinct, (unsigned long long)s->queue);
    fprintf(out, "The depth of the complete state graph search is %u.\n", s->depth);
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

void report_success(FILE *out, double calculated, double actual)
{
    char c[48], a[48];
    probability_text(c, sizeof c, calculated);
    probability_text(a, sizeof a, actual);
    fprintf(out, "Model checking completed. No error has been found.\n");
    fprintf(out, "  Estimates of the probability that TLC did not check all reachable states\n"
                 "  because two distinct states had the same fingerprint:\n");
    fprintf(out, "  calculated (optimistic):  val = %s\n", c);
    fprintf(out, "  based on the actual fingerprints:  val = %s\n", a);
}

void report_finished(FILE *out, double seconds)
{
    char ts[64];
    timestamp(ts, sizeof ts);
    long s = (long)seconds;
    if (s < 60)
        fprintf(out, "Finished in %02lds at (%s)\n", s, ts);
    else if (s < 3600)
        fprintf(out, "Finished in %02ldmin %02lds at (%s)\n", s / 60, s % 60, ts);
    else
        fprintf(out, "Finished in %02ldh %02ldmin at (%s)\n", s / 3600, (s % 3600) / 60, ts);
    fflush(out);
}

void report_trace_header(FILE *out) { fprintf(out, "Error: The behavior up to this point is:\n"); }

static void action_label(FILE *out, const eval_action *action)
{
    if (!action || !action->module)
        fprintf(out, "<Initial predicate>\n");
    else
        fprintf(out, "<%s line %u, col %u to line %u, col %u of module %s>\n", action->name, action->loc.line,
                action->loc.col, action->loc.end_line, action->loc.end_col, action->module);
}

static void state_header(FILE *out, uint32_t index, const eval_action *action)
{
    fprintf(out, "State %u: ", index);
    action_label(out, action);
}

void report_lasso_header(FILE *out, const char *property)
{
    fprintf(out, "Error: Temporal properties were violated.\n");
    if (property) fprintf(out, "The behavior below violates the property %s.\n", property);
    fprintf(out, "\nError: The following behavior constitutes a counter-example:\n\n");
}

void report_back_to(FILE *out, uint32_t index, uint32_t target, const eval_action *action)
{
    fprintf(out, "State %u: Back to state %u: ", index, target);
    action_label(out, action);
    fputc('\n', out);
}

void report_stuttering(FILE *out, uint32_t index) { fprintf(out, "State %u: Stuttering\n\n", index); }

void report_liveness_start(FILE *out, uint64_t distinct)
{
    char ts[64];
    timestamp(ts, sizeof ts);
    fprintf(out, "Checking temporal properties for the complete state space with %llu total distinct states at (%s)\n",
            (unsigned long long)distinct, ts);
}

void report_liveness_done(FILE *out, double seconds)
{
    char ts[64];
    timestamp(ts, sizeof ts);
    fprintf(out, "Finished checking temporal properties in %02lds at %s\n", (long)seconds, ts);
    fflush(out);
}

void report_trace_alias(FILE *out, uint32_t index, const eval_action *action, val record)
{
    state_header(out, index, action);
    if (record.kind == VAL_FUNC) {
        for (uint32_t i = 0; i < record.u.fn->n; i++) {
            val k = record.u.fn->dom[i];
            fprintf(out, "/\\ %s = ", k.kind == VAL_STR ? k.u.s : "?");
            val_print(out, record.u.fn->rng[i]);
            fputc('\n', out);
        }
    } else {
        val_print(out, record);
        fputc('\n', out);
    }
    fputc('\n', out);
}

void report_trace_state(FILE *out, uint32_t index, const eval_action *action, const sema_program *p,
                        const val *vars, const val *prev, bool diff_only)
{
    state_header(out, index, action);
    for (uint32_t i = 0; i < p->nvars; i++) {
        if (diff_only && prev && val_equal(prev[i], vars[i])) continue;
        fprintf(out, "/\\ %s = ", p->variables[i]->name);
        val_print(out, vars[i]);
        fputc('\n', out);
    }
    fputc('\n', out);
}

void report_eval_error(FILE *out, const eval_error *err)
{
    fflush(out);
    util_diag(DIAG_ERROR, err->loc, NULL, "%s", err->message);
    if (err->context) fprintf(util_diag_out(), "%s\n", err->context);
}
