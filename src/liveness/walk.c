/* walk.c - temporal properties on one simulated walk, as TLC's simulator checks them (its
 * LiveCheck.checkTrace): the walk's states become a behaviour graph (a state met twice is one node),
 * each with its stuttering step and the step the walk took from it, and every check is searched on
 * that graph. TLC gives the walk's last state no step at all; here it stutters, as every state of
 * the graphs the checks take does (so a behaviour that stops there is one that stutters there). */
#include "liveness.h"

#include "util.h"

#include <stdlib.h>
#include <string.h>

typedef struct walk_graph {
    uint32_t *node_of;               /* by walk index */
    uint32_t *first;                 /* by node: its first walk index */
    uint64_t *fps;                   /* by node */
    uint32_t nnodes;
    uint32_t *edge_start, *edge_to, *edge_action;
    uint64_t *state_labels, *edge_labels;
    bool *initial;
} walk_graph;

static void walk_graph_free(walk_graph *g)
{
    free(g->node_of);
    free(g->first);
    free(g->fps);
    free(g->edge_start);
    free(g->edge_to);
    free(g->edge_action);
    free(g->state_labels);
    free(g->edge_labels);
    free(g->initial);
}

/* The nodes: the walk's states, one per fingerprint (a walk is short: a linear search will do). */
static bool walk_nodes(const explore_model *m, void *mw, const explore_trace_state *walk, uint32_t n, walk_graph *g)
{
    g->node_of = util_xcalloc(n + 1, sizeof *g->node_of);
    g->first = util_xcalloc(n + 1, sizeof *g->first);
    g->fps = util_xcalloc(n + 1, sizeof *g->fps);
    for (uint32_t i = 0; i < n; i++) {
        uint64_t fp;
        if (!m->fingerprint(mw, walk[i].bytes, walk[i].len, &fp)) return false;
        uint32_t k = 0;
        while (k < g->nnodes && g->fps[k] != fp) k++;
        if (k == g->nnodes) {
            g->fps[k] = fp;
            g->first[k] = i;
            g->nnodes++;
        }
        g->node_of[i] = k;
    }
    return true;
}

/* Add edge from -> to (taken by `action`) unless it is there. */
static void add_edge(walk_graph *g, uint32_t *count, uint32_t from, uint32_t to, uint32_t action, uint32_t cap)
{
    uint32_t base = from * cap;
    for (uint32_t e = 0; e < count[from]; e++)
        if (g->edge_to[base + e] == to) return;
    g->edge_to[base + count[from]] = to;
    g->edge_action[base + count[from]] = action;
    count[from]++;
}

/* The edges in CSR form: each node's stuttering step, then the steps the walk took from it. */
static void walk_edges(const explore_trace_state *walk, uint32_t n, walk_graph *g)
{
    uint32_t cap = n + 1, nn = g->nnodes;
    uint32_t *count = util_xcalloc(nn + 1, sizeof *count);
    uint32_t *to = util_xcalloc((size_t)nn * cap + 1, sizeof *to), *act = util_xcalloc((size_t)nn * cap + 1, sizeof *act);
    g->edge_to = to;
    g->edge_action = act;
    for (uint32_t k = 0; k < nn; k++) add_edge(g, count, k, k, 0, cap);
    for (uint32_t i = 0; i + 1 < n; i++) add_edge(g, count, g->node_of[i], g->node_of[i + 1], walk[i + 1].action, cap);
    /* compact */
    g->edge_start = util_xcalloc(nn + 1, sizeof *g->edge_start);
    uint32_t e = 0;
    for (uint32_t k = 0; k < nn; k++) {
        g->edge_start[k] = e;
        for (uint32_t j = 0; j < count[k]; j++, e++) {
            to[e] = to[k * cap + j];
            act[e] = act[k * cap + j];
        }
    }
    g->edge_start[nn] = e;
    free(count);
}

static bool walk_labels(const explore_model *m, void *mw, const explore_trace_state *walk, walk_graph *g)
{
    uint32_t sw = m->state_label_words, ew = m->edge_label_words, ne = g->edge_start[g->nnodes];
    g->state_labels = util_xcalloc((size_t)g->nnodes * sw + 1, sizeof(uint64_t));
    g->edge_labels = util_xcalloc((size_t)ne * ew + 1, sizeof(uint64_t));
    g->initial = util_xcalloc(g->nnodes + 1, sizeof(bool));
    g->initial[0] = true;
    for (uint32_t k = 0; k < g->nnodes; k++) {
        const explore_trace_state *s = &walk[g->first[k]];
        if (!m->label_state(mw, s->bytes, s->len, g->state_labels + (size_t)k * sw)) return false;
        for (uint32_t e = g->edge_start[k]; e < g->edge_start[k + 1]; e++) {
            const explore_trace_state *t = &walk[g->first[g->edge_to[e]]];
            const uint8_t *next = g->edge_to[e] == k ? s->bytes : t->bytes;
            if (!m->label_edge(mw, s->bytes, s->len, next, t->len, g->edge_labels + (size_t)e * ew)) return false;
        }
    }
    return true;
}

/* The action of the step a -> b of the graph. */
static uint32_t step_action(const walk_graph *g, uint32_t a, uint32_t b)
{
    for (uint32_t e = g->edge_start[a]; e < g->edge_start[a + 1]; e++)
        if (g->edge_to[e] == b) return g->edge_action[e];
    return 0;
}

/* The lasso as walk states: each with the action of the step into it. */
static void lasso_out(const walk_graph *g, const explore_trace_state *walk, const live_lasso *l, uint32_t check,
                      live_walk_violation *out)
{
    out->check = check;
    out->n = l->n;
    out->loop = l->loop;
    out->stuttering = l->stuttering;
    out->trace = util_xcalloc(l->n + 1, sizeof *out->trace);
    for (uint32_t i = 0; i < l->n; i++) {
        const explore_trace_state *s = &walk[g->first[l->states[i]]];
        uint32_t action = i ? step_action(g, l->states[i - 1], l->states[i]) : s->action;
        out->trace[i] = (explore_trace_state){util_xmalloc(s->len ? s->len : 1), s->len, action};
        memcpy(out->trace[i].bytes, s->bytes, s->len);
    }
    out->back_action = l->stuttering ? 0 : step_action(g, l->states[l->n - 1], l->states[l->loop]);
}

live_walk_status live_check_walk(const explore_model *m, void *mw, const explore_trace_state *walk, uint32_t n,
                                 const live_check *checks, uint32_t nchecks, const live_fairness *fair, uint32_t nfair,
                                 live_walk_violation *out)
{
    memset(out, 0, sizeof *out);
    walk_graph g = {0};
    live_walk_status st = LIVE_WALK_HOLDS;
    if (!n || !walk_nodes(m, mw, walk, n, &g)) {
        walk_graph_free(&g);
        return n ? LIVE_WALK_ERROR : LIVE_WALK_HOLDS;
    }
    walk_edges(walk, n, &g);
    if (!walk_labels(m, mw, walk, &g)) {
        walk_graph_free(&g);
        return LIVE_WALK_ERROR;
    }
    live_graph lg = {g.nnodes, m->state_label_words, m->edge_label_words, g.state_labels, g.edge_start, g.edge_to,
                     g.edge_labels, g.initial, false};
    live_space *space = live_space_new();
    for (uint32_t c = 0; c < nchecks && st == LIVE_WALK_HOLDS; c++) {
        live_lasso l = {0};
        live_status ls = live_find(&lg, &checks[c], fair, nfair, NULL, space, &l);
        if (ls != LIVE_DONE) st = LIVE_WALK_ERROR;
        else if (l.states) {
            lasso_out(&g, walk, &l, c, out);
            st = LIVE_WALK_VIOLATED;
        }
        live_lasso_free(&l);
    }
    live_space_free(space);
    walk_graph_free(&g);
    return st;
}

void live_walk_violation_free(live_walk_violation *v)
{
    explore_trace_free(v->trace, v->n);
    v->trace = NULL;
    v->n = 0;
}
