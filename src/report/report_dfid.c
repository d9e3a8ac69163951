/* report_dfid.c - the lines TLC prints in depth-first iterative deepening (-dfid): its banner, the
 * start of each iteration, its progress and closing counts (TLC's codes 2271, 2205, 2206, 2204). */
#include "report.h"

void report_dfid_banner(FILE *out, const char *spec, int fp, int64_t seed, int workers, int cores)
{
    report_message(out, REPORT_VERSION, REPORT_CLASS_NONE, "tlc-c %s: checking %s", TLCC_VERSION, spec);
    report_message(out, REPORT_MODE_DFID, REPORT_CLASS_NONE,
                   "Running depth-first search Model-Checking with fp %d and seed %lld with %d worker%s on %d core%s.", fp,
                   (long long)seed, workers, workers == 1 ? "" : "s", cores, cores == 1 ? "" : "s");
    fflush(out);
}

void report_dfid_init_done(FILE *out, uint64_t generated, uint64_t distinct)
{
    report_message(out, REPORT_INIT_GENERATED_DFID, REPORT_CLASS_NONE,
                   "Finished computing initial states: %llu states generated, with %llu of them distinct.",
                   (unsigned long long)generated, (unsigned long long)distinct);
    fflush(out);
}

void report_dfid_level(FILE *out, uint32_t level, uint64_t generated, uint64_t distinct)
{
    report_message(out, REPORT_PROGRESS_START_DFID, REPORT_CLASS_NONE,
                   "Starting level %u: %llu states generated, %llu distinct states found.", level,
                   (unsigned long long)generated, (unsigned long long)distinct);
    fflush(out);
}

void report_dfid_progress(FILE *out, uint64_t generated, uint64_t distinct)
{
    if (!report_is_tool()) {
        report_message(out, REPORT_PROGRESS_DFID, REPORT_CLASS_NONE, "Progress: %llu states generated, %llu distinct states found.",
                       (unsigned long long)generated, (unsigned long long)distinct);
        fflush(out);
        return;
    }
    report_progress_tool_line(out, REPORT_PROGRESS_DFID, -1, generated, (int64_t)distinct);
}

void report_dfid_stats(FILE *out, uint64_t generated, uint64_t distinct)
{
    report_message(out, REPORT_STATS_DFID, REPORT_CLASS_NONE, "%llu states generated, %llu distinct states found.",
                   (unsigned long long)generated, (unsigned long long)distinct);
}
