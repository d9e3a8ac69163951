/* report_sim.c - the lines TLC's simulator prints: its banner, its progress line, its closing lines
 * (with TLC's codes 2188, 2209 and 2210 in tool mode). */
#include "report.h"

#include <math.h>
#include <stdlib.h>
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

void report_sim_init_computed(FILE *out, uint64_t generated)
{
    report_message(out, REPORT_INIT_COMPUTED, REPORT_CLASS_NONE, "Computed %llu initial states...",
                   (unsigned long long)generated);
}

void report_sim_end(FILE *out, uint64_t generated, int64_t seed)
{
    report_message(out, REPORT_STATS_SIMU, REPORT_CLASS_NONE,
                   "The number of states generated: %llu\nSimulation using seed %lld and aril 0",
                   (unsigned long long)generated, (long long)seed);
}

/* A weight as TLC makes it, BigDecimal.valueOf(w).setScale(2, HALF_UP): w's shortest decimal form
 * (Double.toString's digits) rounded half away from zero to hundredths. */
static int64_t hundredths(double w)
{
    char buf[64];
    for (int p = 0; p < 17; p++) {   /* the fewest significant digits that read back as w */
        snprintf(buf, sizeof buf, "%.*e", p, w);
        if (strtod(buf, NULL) == w) break;
    }
    bool negative = buf[0] == '-';
    const char *d = buf + negative, *e = strchr(d, 'e');
    uint64_t digits = 0;
    int ndigits = 0;
    for (const char *q = d; q < e; q++)
        if (*q != '.') digits = digits * 10 + (uint64_t)(*q - '0'), ndigits++;
    int shift = atoi(e + 1) + 2 - (ndigits - 1);   /* w * 100 = digits * 10^shift */
    int64_t h;
    if (shift >= 0) {
        h = (int64_t)digits;
        while (shift-- > 0) h *= 10;
    } else if (-shift > ndigits) {
        h = 0;
    } else {
        uint64_t scale = 1;
        for (int k = 0; k < -shift; k++) scale *= 10;
        h = (int64_t)(digits / scale) + (digits % scale >= scale / 2);
    }
    return negative ? -h : h;
}

/* An edge as TLC's DotActionWriter writes it: weighted, or dotted green when unseen or when its
 * weight rounds to 0 (Double.toString of the hundredths: 0.1, -0.52, 1.0). */
static void print_edge(FILE *out, uint32_t i, uint32_t j, int64_t h)
{
    if (!h) {
        fprintf(out, "%u -> %u[color=\"green\",style=dotted];\n", i, j);
        return;
    }
    uint64_t a = (uint64_t)(h < 0 ? -h : h);
    fprintf(out, "%u -> %u[penwidth=%s%llu.", i, j, h < 0 ? "-" : "", (unsigned long long)(a / 100));
    if (a % 10) fprintf(out, "%02llu];\n", (unsigned long long)(a % 100));
    else fprintf(out, "%llu];\n", (unsigned long long)(a % 100 / 10));
}

/* Java's String.hashCode (of the UTF-16 text; ASCII here) */
static int32_t java_string_hash(const char *s)
{
    uint32_t h = 0;
    for (; *s; s++) h = 31 * h + (unsigned char)*s;
    return (int32_t)h;
}

/* The order a java.util.HashMap (or HashSet) made by inserting keys of these hashes in turn lists
 * them: by bucket of its final table, in insertion order within one. The table starts with 16
 * buckets and doubles past a load of 3/4, or when a bucket would pass 8 keys while it has fewer
 * than 64 (where Java would make that bucket a tree instead, the order is left as inserted). */
static void java_hash_order(const int32_t *hash, uint32_t n, uint32_t *order)
{
    uint32_t cap = 16;
    for (uint32_t k = 0; k < n; k++) {
        uint32_t b = ((uint32_t)hash[k] ^ ((uint32_t)hash[k] >> 16)) & (cap - 1), same = 0;
        for (uint32_t j = 0; j < k; j++) same += (((uint32_t)hash[j] ^ ((uint32_t)hash[j] >> 16)) & (cap - 1)) == b;
        if (same >= 8 && cap < 64) cap *= 2;
        if ((uint64_t)(k + 1) * 4 > (uint64_t)cap * 3) cap *= 2;
    }
    uint32_t m = 0;
    for (uint32_t b = 0; b < cap; b++)
        for (uint32_t k = 0; k < n; k++)
            if ((((uint32_t)hash[k] ^ ((uint32_t)hash[k] >> 16)) & (cap - 1)) == b) order[m++] = k;
}

static void print_node(FILE *out, const char *const *names, uint32_t i)
{
    fprintf(out, "%u [shape=box,label=\"%s\"%s]\n", i, names[i], i ? "" : ",style = filled");
}

/* stats=full: the nodes in a cluster per context (a HashMap from contexts to HashSets of nodes). */
static void print_clusters(FILE *out, const char *const *names, const char *const *contexts, uint32_t n)
{
    uint32_t *first = util_xcalloc(n + 1, sizeof(uint32_t)), nkeys = 0;   /* each context's first node */
    for (uint32_t i = 0; i < n; i++) {
        bool seen = false;
        for (uint32_t k = 0; k < nkeys && !seen; k++) seen = !strcmp(contexts[first[k]], contexts[i]);
        if (!seen) first[nkeys++] = i;
    }
    int32_t *hash = util_xcalloc(n + 1, sizeof(int32_t));
    uint32_t *order = util_xcalloc(n + 1, sizeof(uint32_t)), *members = util_xcalloc(n + 1, sizeof(uint32_t));
    for (uint32_t k = 0; k < nkeys; k++) hash[k] = java_string_hash(contexts[first[k]]);
    java_hash_order(hash, nkeys, order);
    for (uint32_t o = 0; o < nkeys; o++) {
        const char *key = contexts[first[order[o]]];
        int32_t h = hash[order[o]];
        /* Integer.toString(Math.abs(h)): Math.abs leaves Integer.MIN_VALUE negative */
        fprintf(out, "subgraph cluster_%lld {\ncolor=\"white\"\nlabel=\"%s\"\n",
                h == INT32_MIN ? (long long)h : llabs((long long)h), key);
        uint32_t nm = 0;
        for (uint32_t i = 0; i < n; i++)
            if (!strcmp(contexts[i], key)) members[nm++] = i;
        int32_t *ids = util_xcalloc(nm + 1, sizeof(int32_t));
        uint32_t *id_order = util_xcalloc(nm + 1, sizeof(uint32_t));
        for (uint32_t k = 0; k < nm; k++) ids[k] = (int32_t)members[k];
        java_hash_order(ids, nm, id_order);
        for (uint32_t k = 0; k < nm; k++) print_node(out, names, members[id_order[k]]);
        free(ids);
        free(id_order);
        fputs("}\n", out);
    }
    free(first);
    free(hash);
    free(order);
    free(members);
}

void report_sim_action_graph(FILE *out, const char *const *names, const char *const *contexts, uint32_t n,
                             const uint64_t *count)
{
    fputs("digraph ActionGraph {\nnodesep=0.35;\nsubgraph cluster_legend {\nlabel = \"Coverage\";\n"
          "node [shape=point] {\nd0 [style = invis];\nd1 [style = invis];\np0 [style = invis];\n"
          "p0 [style = invis];\n}\nd0 -> d1 [label=unseen, color=\"green\", style=dotted]\n"
          "p0 -> p1 [label=seen]\n}\n", out);
    if (contexts) print_clusters(out, names, contexts, n);
    else
        for (uint32_t i = 0; i < n; i++) print_node(out, names, i);
    for (uint32_t i = 0; i < n; i++)
        for (uint32_t j = 0; j < n; j++) {
            uint64_t c = count[(size_t)i * n + j];
            double w = log10(log10((double)c + 1));
            if (c) print_edge(out, i, j, hundredths(contexts ? w : fabs(w)));
            else if (j) print_edge(out, i, j, 0);
        }
    fputs("}", out);
}
