/* report_sim.c - the lines TLC's simulator prints: its banner, its progress line, its closing lines
 * (with TLC's codes 2188, 2209 and 2210 in tool mode). */
#include "report.h"

#include <math.h>
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
