/* state_graph.c - -dump FILE (every distinct state, as TLC's StateWriter lists them) and -dump dot
 * FILE (the state graph in Graphviz's DOT, as TLC's DotStateWriter draws it: fingerprints as node
 * ids, initial states filled, one edge per transition with the action's name and colour, a
 * `rank = same` line per level, and a legend of the actions' colours). */
#include "report.h"

#include <stdlib.h>
#include <string.h>

/* A state's lines, as a trace shows them ("/\ x = 1", or "x = 1" for a lone variable). */
static void state_lines(FILE *out, const sema_program *p, const val *vars)
{
    for (uint32_t k = 0; k < p->nvars; k++) {
        uint32_t i = p->print_order ? p->print_order[k] : k;
        fprintf(out, p->nvars == 1 ? "%s = " : "/\\ %s = ", p->variables[i]->name);
        val_print_pretty(out, vars[i]);
        fputc('\n', out);
    }
}

void report_dump_state(FILE *out, uint64_t index, const sema_program *p, const val *vars)
{
    fprintf(out, "State %llu:\n", (unsigned long long)index);
    state_lines(out, p, vars);
    fputc('\n', out);
}

/* ---- DOT ------------------------------------------------------------------------------------------ */

typedef struct rank { uint32_t level; VEC(int64_t) nodes; } rank;

struct report_dot {
    FILE *out;
    bool colorize, labels;
    VEC(atom) actions;               /* colour of actions[i] is i + 2, as TLC numbers them */
    VEC(rank) ranks;
};

/* Text for a DOT string: backslashes and quotes escaped, lines joined by "\n", no trailing newline. */
static void dot_text(FILE *out, const char *s)
{
    size_t n = strlen(s);
    while (n && s[n - 1] == '\n') n--;
    for (size_t i = 0; i < n; i++) {
        if (s[i] == '\\' || s[i] == '"') fputc('\\', out);
        if (s[i] == '\n') fputs("\\n", out);
        else fputc(s[i], out);
    }
}

static void dot_state(report_dot *d, const sema_program *p, const val *vars)
{
    char *text = NULL;
    size_t size = 0;
    FILE *mem = open_memstream(&text, &size);
    if (!mem) return;
    state_lines(mem, p, vars);
    fclose(mem);
    dot_text(d->out, text);
    free(text);
}

report_dot *report_dot_open(FILE *out, bool colorize, bool labels)
{
    report_dot *d = util_xcalloc(1, sizeof *d);
    *d = (report_dot){.out = out, .colorize = colorize, .labels = labels};
    fputs("strict digraph DiskGraph {\nnode [shape=box,style=rounded]\n", out);
    if (colorize) fputs("edge [colorscheme=\"paired12\"]\n", out);
    fputs("nodesep=0.35;\nsubgraph cluster_graph {\ncolor=\"white\";\n", out);
    return d;
}

/* TLC ranks the states it writes as sources: the initial states and the states expanded. Levels
 * come in the search's order, so the rank sought is the last one or close to it. */
static void rank_node(report_dot *d, uint32_t level, uint64_t fp)
{
    size_t i = d->ranks.len;
    while (i > 0 && d->ranks.items[i - 1].level != level) i--;
    if (i == 0) {
        VEC_PUSH(d->ranks, ((rank){.level = level}));
        i = d->ranks.len;
    }
    VEC_PUSH(d->ranks.items[i - 1].nodes, (int64_t)fp);
}

void report_dot_initial(report_dot *d, uint64_t fp, const sema_program *p, const val *vars)
{
    fprintf(d->out, "%lld [label=\"", (long long)fp);
    dot_state(d, p, vars);
    fputs("\",style = filled]\n", d->out);
    rank_node(d, 1, fp);
}

/* Each state is expanded once; those of level 1 are the initial states, ranked when drawn. */
void report_dot_expanding(report_dot *d, uint64_t fp, uint32_t level)
{
    if (level > 1) rank_node(d, level, fp);
}

static uint32_t color_of(report_dot *d, atom action)
{
    for (size_t i = 0; i < d->actions.len; i++)
        if (d->actions.items[i] == action) return (uint32_t)i + 2;
    VEC_PUSH(d->actions, action);
    return (uint32_t)d->actions.len + 1;
}

void report_dot_edge(report_dot *d, uint64_t from, uint64_t to, atom action, const char *label, const sema_program *p,
                     const val *next)
{
    fprintf(d->out, "%lld -> %lld [label=\"", (long long)from, (long long)to);
    char color[16] = "black";
    if (d->colorize && action) snprintf(color, sizeof color, "%u", color_of(d, action));
    if (d->labels && label) dot_text(d->out, label);
    fprintf(d->out, "\",color=\"%s\",fontcolor=\"%s\"];\n", color, color);
    if (!next) return;
    fprintf(d->out, "%lld [label=\"", (long long)to);
    dot_state(d, p, next);
    fputs("\",tooltip=\"", d->out);
    dot_state(d, p, next);
    fputs("\"];\n", d->out);
}

/* TLC keeps the colours in a java.util.HashMap and lists its entries: by bucket (the name's
 * String.hashCode spread as HashMap.hash does, modulo the table's capacity: 16, doubled each time
 * the entries pass three quarters of it), in the order they were added within a bucket. */
static uint32_t java_bucket(const char *name, size_t capacity)
{
    uint32_t h = 0;
    for (const unsigned char *c = (const unsigned char *)name; *c; c++) h = 31 * h + *c;
    return (h ^ (h >> 16)) & (uint32_t)(capacity - 1);
}

static size_t *legend_order(const report_dot *d)
{
    size_t capacity = 16, n = d->actions.len;
    while (n > capacity * 3 / 4) capacity *= 2;
    size_t *order = util_xmalloc(sizeof(size_t) * (n + 1)), k = 0;
    for (size_t bucket = 0; bucket < capacity; bucket++)
        for (size_t i = 0; i < n; i++)
            if (java_bucket(d->actions.items[i], capacity) == bucket) order[k++] = i;
    return order;
}

void report_dot_close(report_dot *d)
{
    for (size_t i = 0; i < d->ranks.len; i++) {
        fputs("{rank = same; ", d->out);
        for (size_t k = 0; k < d->ranks.items[i].nodes.len; k++) fprintf(d->out, "%lld;", (long long)d->ranks.items[i].nodes.items[k]);
        fputs("}\n", d->out);
        VEC_FREE(d->ranks.items[i].nodes);
    }
    fputs("}\n", d->out);
    if (d->colorize && d->actions.len > 1) {
        fputs("subgraph cluster_legend {graph[style=bold];label = \"Next State Actions\" style=\"solid\"\n"
              "node [ labeljust=\"l\",colorscheme=\"paired12\",style=filled,shape=record ]\n",
              d->out);
        size_t *order = legend_order(d);
        for (size_t k = 0; k < d->actions.len; k++) {
            size_t i = order[k];
            fprintf(d->out, "%s [label=\"%s\",fillcolor=%zu]\n", d->actions.items[i], d->actions.items[i], i + 2);
        }
        free(order);
        fputs("}", d->out);
    }
    fputs("}", d->out);
    VEC_FREE(d->ranks);
    VEC_FREE(d->actions);
    free(d);
}
