/* report_sim.c - the lines TLC's simulator prints: its banner, its progress line, its closing lines
 * (with TLC's codes 2188, 2209 and 2210 in tool mode). */
#include "report.h"

#include <math.h>
#include <string.h>
#include <time.h>

void report_sim_banner(FILE *out, const char *spec, int64_t seed, int workers, int cores)
{
    report_message(out, REPORT_VERSION, REPORT_CLASS_NONE, "tlc-c %s: checking %s", TLCC_VERSION, spec);
    report_message(out, REPORT_MODE_SIMU, REPORT_CLASS_NONE, "Running Random Simulation with seed %lld with %d worker%s on %d core%s.",
                   (long long)seed, workers, workers == 1 ? "" : "s", cores, cores == 1 ? "" : "s");
    fflush(out);
}

void report_sim_progress(FILE *out, uint64_t checked, uint64_t traces, double mean, double variance)
{
    if (report_is_tool()) return;
    fprintf(out, "Progress: %llu states checked, %llu traces generated (trace length: mean=%.0f, var(x)=%.0f, sd=%.0f)\n",
            (unsigned long long)checked, (unsigned long long)traces, floor(mean), round(variance), round(sqrt(variance)));
    fflush(out);
}

void report_progress_tool_line(FILE *out, int code, int64_t depth, uint64_t generated, int64_t distinct)
{
    char ts[64];
    time_t t = time(NULL);
    struct tm tm;
    localtime_r(&t, &tm);
    strftime(ts, sizeof ts, "%Y-%m-%d %H:%M:%S", &tm);
    report_message(out, code, REPORT_CLASS_NONE,
                   "Progress(%lld) at %s: %llu states generated, %lld distinct states found, -1 states left on queue.",
                   (long long)depth, ts, (unsigned long long)generated, (long long)distinct);
    fflush(out);
}

void report_sim_progress_tool(FILE *out, uint32_t depth, uint64_t generated)
{
    if (report_is_tool()) report_progress_tool_line(out, REPORT_PROGRESS_SIMU, depth, generated, -1);
}

void report_sim_init_computed(FILE *out, uint64_t distinct)
{
    report_message(out, REPORT_INIT_COMPUTED, REPORT_CLASS_NONE, "Computed %llu initial states...",
                   (unsigned long long)distinct);
}

void report_sim_end(FILE *out, uint64_t generated, int64_t seed)
{
    report_message(out, REPORT_STATS_SIMU, REPORT_CLASS_NONE,
                   "The number of states generated: %llu\nSimulation using seed %lld and aril 0",
                   (unsigned long long)generated, (long long)seed);
}

/* A weight as TLC prints it: rounded half up to two decimals, in Java's shortest form (0.1, 0.26, 1.0). */
static void print_weight(FILE *out, double w)
{
    char buf[64];
    snprintf(buf, sizeof buf, "%.2f", floor(w * 100 + 0.5) / 100);
    size_t len = strlen(buf);
    while (len > 0 && buf[len - 1] == '0' && buf[len - 2] != '.') buf[--len] = 0;
    fputs(buf, out);
}

void report_sim_action_graph(FILE *out, const char *const *names, uint32_t n, const uint64_t *count)
{
    fputs("digraph ActionGraph {\nnodesep=0.35;\nsubgraph cluster_legend {\nlabel = \"Coverage\";\n"
          "node [shape=point] {\nd0 [style = invis];\nd1 [style = invis];\np0 [style = invis];\n"
          "p0 [style = invis];\n}\nd0 -> d1 [label=unseen, color=\"green\", style=dotted]\n"
          "p0 -> p1 [label=seen]\n}\n", out);
    for (uint32_t i = 0; i < n; i++)
        fprintf(out, "%u [shape=box,label=\"%s\"%s]\n", i, names[i], i ? "" : ",style = filled");
    for (uint32_t i = 0; i < n; i++)
        for (uint32_t j = 0; j < n; j++) {
            uint64_t c = count[(size_t)i * n + j];
            if (c) {
                fprintf(out, "%u -> %u[penwidth=", i, j);
                print_weight(out, fabs(log10(log10((double)c + 1))));
                fputs("];\n", out);
            } else if (j) {
                fprintf(out, "%u -> %u[color=\"green\",style=dotted];\n", i, j);
            }
        }
    fputs("}", out);
}
