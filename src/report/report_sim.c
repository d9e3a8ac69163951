/* report_sim.c - the lines TLC's simulator prints: its banner, its progress line, its closing lines. */
#include "report.h"

#include <math.h>

void report_sim_banner(FILE *out, const char *spec, int64_t seed, int workers, int cores)
{
    fprintf(out, "tlc-c %s: checking %s\n", TLCC_VERSION, spec);
    fprintf(out, "Running Random Simulation with seed %lld with %d worker%s on %d core%s.\n", (long long)seed, workers,
            workers == 1 ? "" : "s", cores, cores == 1 ? "" : "s");
}

void report_sim_progress(FILE *out, uint64_t checked, uint64_t traces, double mean, double variance)
{
    fprintf(out, "Progress: %llu states checked, %llu traces generated (trace length: mean=%.0f, var(x)=%.0f, sd=%.0f)\n",
            (unsigned long long)checked, (unsigned long long)traces, floor(mean), round(variance), round(sqrt(variance)));
    fflush(out);
}

void report_sim_end(FILE *out, uint64_t generated, int64_t seed)
{
    fprintf(out, "The number of states generated: %llu\nSimulation using seed %lld and aril 0\n",
            (unsigned long long)generated, (long long)seed);
}
