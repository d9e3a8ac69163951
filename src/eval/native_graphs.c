/* native_graphs.c - the path and connectivity operators of the community modules UndirectedGraphs
 * and Graphs in C (TLC overrides the same ones with Java).
 *
 * The published definitions quantify over sequences of nodes (Path(G) is infinite); these compute
 * the same values by search over the adjacency matrix of G.node. An edge between nodes a and b is
 * present when {a, b} (undirected) or <<a, b>> (directed) is in G.edge; self-loops never matter
 * here, because a simple path has no repeated node and a node is connected to itself anyway. */
#include "eval_internal.h"

#define A (&call->w->scratch)

/* ---- graphs as adjacency matrices --------------------------------------------------------------- */

typedef struct graph {
    uint32_t n;
    const val *node;          /* G.node in canonical order */
    bool *adj;                /* adj[i * n + j]: an edge leads from node i to node j (i # j) */
} graph;

static val graph_field(native_call *call, val g, const char *field)
{
    val out;
    if (!val_is_func(g) || val_apply(A, g, val_str(util_intern(field)), &out) != VAL_OK)
        native_fail(call, "expected a graph [node |-> ..., edge |-> ...], not %s", val_to_string(A, g));
    return out;
}

static bool has_edge(native_call *call, val edges, val a, val b, bool directed)
{
    val ends[2] = {a, b};
    val e = directed ? val_seq_make(A, ends, 2) : val_set_make(A, ends, 2);
    bool in;
    val_status st = val_member(A, e, edges, &in);
    if (st == VAL_TYPE) native_fail(call, "the edges of a graph must be a set, not %s", val_to_string(A, edges));
    eval_check(call->w, call->loc, st);
    return in;
}

static graph graph_of(native_call *call, val g, bool directed)
{
    val nodes = native_enumerate(call, graph_field(call, g, "node"));
    val edges = graph_field(call, g, "edge");
    graph gr = {val_set_size(nodes), nodes.u.set->elems, NULL};
    gr.adj = arena_zalloc(A, (size_t)gr.n * gr.n + 1);
    for (uint32_t i = 0; i < gr.n; i++)
        for (uint32_t j = directed ? 0 : i + 1; j < gr.n; j++) {
            if (i == j) continue;
            bool e = has_edge(call, edges, gr.node[i], gr.node[j], directed);
            gr.adj[i * gr.n + j] = e;
            if (!directed) gr.adj[j * gr.n + i] = e;
        }
    return gr;
}

/* The index of x among the nodes, or -1. */
static int64_t node_index(const graph *g, val x)
{
    for (uint32_t i = 0; i < g->n; i++)
        if (val_equal(g->node[i], x)) return i;
    return -1;
}

/* Marks seen[j] for every node j a path from node s reaches (s included). */
static void reach(native_call *call, const graph *g, uint32_t s, bool *seen)
{
    uint32_t *stack = arena_alloc(A, sizeof(uint32_t) * (g->n + 1)), top = 0;
    seen[s] = true;
    stack[top++] = s;
    while (top) {
        uint32_t i = stack[--top];
        for (uint32_t j = 0; j < g->n; j++)
            if (g->adj[i * g->n + j] && !seen[j]) {
                seen[j] = true;
                stack[top++] = j;
            }
    }
}

static bool *reached_from(native_call *call, const graph *g, uint32_t s)
{
    bool *seen = arena_zalloc(A, g->n + 1);
    reach(call, g, s, seen);
    return seen;
}

/* AreConnectedIn(m, n, G) == \E p \in Path(G) : (p[1] = m) /\ (p[Len(p)] = n) */
static val connected_in(native_call *call, bool directed)
{
    val m = native_arg(call, 0), n = native_arg(call, 1);
    graph g = graph_of(call, native_arg(call, 2), directed);
    int64_t from = node_index(&g, m), to = node_index(&g, n);
    return val_bool(from >= 0 && to >= 0 && reached_from(call, &g, (uint32_t)from)[to]);
}

typedef VEC(val) val_list;

static void extend_paths(native_call *call, const graph *g, uint32_t *path, uint32_t len, bool *used, val_list *out)
{
    val *elems = arena_alloc(A, sizeof(val) * len);
    for (uint32_t k = 0; k < len; k++) elems[k] = g->node[path[k]];
    VEC_PUSH(*out, val_seq_make(A, elems, len));
    uint32_t last = path[len - 1];
    for (uint32_t j = 0; j < g->n; j++)
        if (g->adj[last * g->n + j] && !used[j]) {
            used[j] = true;
            path[len] = j;
            extend_paths(call, g, path, len + 1, used, out);
            used[j] = false;
        }
}

/* SimplePath(G) == { p \in Path(G) : \A i,j \in 1..Len(p) : p[i] = p[j] => i = j } */
static val simple_paths(native_call *call, bool directed)
{
    graph g = graph_of(call, native_arg(call, 0), directed);
    uint32_t *path = arena_alloc(A, sizeof(uint32_t) * (g.n + 1));
    bool *used = arena_zalloc(A, g.n + 1);
    val_list out = {0};
    for (uint32_t s = 0; s < g.n; s++) {
        used[s] = true;
        path[0] = s;
        extend_paths(call, &g, path, 1, used, &out);
        used[s] = false;
    }
    val r = val_set_make(A, out.items, out.len);
    VEC_FREE(out);
    return r;
}

/* ---- UndirectedGraphs --------------------------------------------------------------------------- */

static val u_simple_path(native_call *call) { return simple_paths(call, false); }
static val u_are_connected_in(native_call *call) { return connected_in(call, false); }

/* The components: the set of nodes reachable from each node, once per component. */
static val components(native_call *call, const graph *g)
{
    bool *done = arena_zalloc(A, g->n + 1);
    val *comps = arena_alloc(A, sizeof(val) * (g->n + 1)), *members = arena_alloc(A, sizeof(val) * (g->n + 1));
    uint32_t ncomps = 0;
    for (uint32_t s = 0; s < g->n; s++) {
        if (done[s]) continue;
        bool *seen = reached_from(call, g, s);
        uint32_t k = 0;
        for (uint32_t j = 0; j < g->n; j++)
            if (seen[j]) {
                done[j] = true;
                members[k++] = g->node[j];
            }
        comps[ncomps++] = val_set_make(A, members, k);
    }
    return val_set_make(A, comps, ncomps);
}

/* ConnectedComponents(G): the maximal non-empty S \subseteq G.node whose nodes are pairwise
 * connected by paths inside S, which are the components of the graph on G.node. */
static val u_connected_components(native_call *call)
{
    graph g = graph_of(call, native_arg(call, 0), false);
    return components(call, &g);
}

/* IsStronglyConnected(G) == ConnectedComponents(G) = {G.node}: one component, so false when
 * G.node is empty. */
static val u_is_strongly_connected(native_call *call)
{
    graph g = graph_of(call, native_arg(call, 0), false);
    if (g.n == 0) return val_bool(false);
    bool *seen = reached_from(call, &g, 0);
    for (uint32_t j = 0; j < g.n; j++)
        if (!seen[j]) return val_bool(false);
    return val_bool(true);
}

/* ---- Graphs (directed) -------------------------------------------------------------------------- */

static val g_simple_path(native_call *call) { return simple_paths(call, true); }
static val g_are_connected_in(native_call *call) { return connected_in(call, true); }

/* IsStronglyConnected(G) == \A m, n \in G.node : AreConnectedIn(m, n, G) */
static val g_is_strongly_connected(native_call *call)
{
    graph g = graph_of(call, native_arg(call, 0), true);
    for (uint32_t s = 0; s < g.n; s++) {
        bool *seen = reached_from(call, &g, s);
        for (uint32_t j = 0; j < g.n; j++)
            if (!seen[j]) return val_bool(false);
    }
    return val_bool(true);
}

/* ConnectionsIn(G): [m, n \in G.node |-> m = n \/ a path leads from m to n] (Warshall's matrix in
 * the published text). */
static val g_connections_in(native_call *call)
{
    graph g = graph_of(call, native_arg(call, 0), true);
    size_t nn = (size_t)g.n * g.n;
    val *dom = arena_alloc(A, sizeof(val) * (nn + 1)), *rng = arena_alloc(A, sizeof(val) * (nn + 1));
    for (uint32_t i = 0; i < g.n; i++) {
        bool *seen = reached_from(call, &g, i);
        for (uint32_t j = 0; j < g.n; j++) {
            val pair[2] = {g.node[i], g.node[j]};
            dom[(size_t)i * g.n + j] = val_seq_make(A, pair, 2);
            rng[(size_t)i * g.n + j] = val_bool(seen[j]);
        }
    }
    val f;
    eval_check(call->w, call->loc, val_func_make(A, dom, rng, nn, &f));
    return f;
}

const native_entry native_graphs[] = {
    {"UndirectedGraphs", "SimplePath", u_simple_path},
    {"UndirectedGraphs", "AreConnectedIn", u_are_connected_in},
    {"UndirectedGraphs", "ConnectedComponents", u_connected_components},
    {"UndirectedGraphs", "IsStronglyConnected", u_is_strongly_connected},
    {"Graphs", "SimplePath", g_simple_path},
    {"Graphs", "AreConnectedIn", g_are_connected_in},
    {"Graphs", "IsStronglyConnected", g_is_strongly_connected},
    {"Graphs", "ConnectionsIn", g_connections_in},
    {NULL, NULL, NULL},
};
