/* run_summary.c - `-json FILE`: one JSON object a CI job can read instead of scraping the output.
 * Its fields are listed in the README; REPORT_SUMMARY_VERSION changes when one changes meaning or
 * goes away (new fields may be added without a change). */
#include "report.h"

#include <errno.h>

/* TLC's exit codes, named. */
static const char *verdict_of(int code)
{
    switch (code) {
    case 0: return "success";
    case 10: return "assumption-or-postcondition";
    case 11: return "deadlock";
    case 12: return "invariant";
    case 13: return "property";
    case 14: return "assert";
    case 75: return "error";
    case 150: return "parse-error";
    case 151: return "config-error";
    case 152: return "too-large";
    default: return "system-error";
    }
}

static void string_or_null(FILE *out, const char *s)
{
    if (s) report_json_string(out, s);
    else fputs("null", out);
}

bool report_write_run(const char *path, const report_run *r)
{
    FILE *out = fopen(path, "w");
    if (!out) return false;
    fprintf(out, "{\"version\":%d,\"tool\":\"tlc-c\",\"tool_version\":\"%s\",\"spec\":", REPORT_SUMMARY_VERSION,
            TLCC_VERSION);
    string_or_null(out, r->spec);
    fputs(",\"config\":", out);
    string_or_null(out, r->config);
    fprintf(out, ",\"mode\":\"%s\",\"verdict\":\"%s\",\"exit_code\":%d,\"violation\":", r->mode,
            verdict_of(r->exit_code), r->exit_code);
    if (r->violation_kind) {
        fprintf(out, "{\"kind\":\"%s\",\"name\":", r->violation_kind);
        string_or_null(out, r->violation_name);
        fputc('}', out);
    } else {
        fputs("null", out);
    }
    fprintf(out, ",\"generated\":%llu,\"distinct\":%llu,\"queue\":%llu,\"depth\":%u,\"traces\":%llu",
            (unsigned long long)r->generated, (unsigned long long)r->distinct, (unsigned long long)r->queue, r->depth,
            (unsigned long long)r->traces);
    fprintf(out, ",\"duration_seconds\":%.3f,\"workers\":%d,\"seed\":%lld,\"counterexample\":", r->seconds, r->workers,
            (long long)r->seed);
    if (r->cex) report_itf(out, r->cex);
    else fputs("null", out);
    fputs("}\n", out);
    bool ok = !ferror(out);
    int err = errno;
    if (fclose(out) != 0) ok = false;
    else errno = err;
    return ok;
}
