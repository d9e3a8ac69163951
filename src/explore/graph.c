/* graph.c - the behaviour graph for liveness: each worker records the states it expands with their
 * transitions (the stuttering step included) and the model's labels of both, by state id and
 * successor fingerprint; after a complete search the rows are assembled into one graph by state
 * index (CSR edges), the successors' ids found through the trace store's fingerprints, each worker's
 * part on a thread of its own. */
#include "explore_internal.h"

#include <pthread.h>
#include <stdatomic.h>
#include <stdlib.h>
#include <string.h>

static uint64_t *new_row(word_vec *v, uint32_t words)
{
    BIGVEC_RESERVE(*v, v->len + words);
    uint64_t *row = v->items + v->len;
    memset(row, 0, sizeof(uint64_t) * words);
    v->len += words;
    return row;
}

/* The edge to successor `index` (UINT32_MAX: the stuttering step) of the n the state has, labelled. */
static bool record_edge(graph_recorder *g, const explore_model *m, void *mw, const graph_state *q, const uint8_t *next,
                        uint32_t len, uint64_t fp, uint32_t index, size_t n)
{
    BIGVEC_PUSH(g->edges, ((edge_rec){q->id, fp}));
    size_t at = g->edge_labels.len;
    uint64_t *row = new_row(&g->edge_labels, m->edge_label_words);
    if (!m->label_step) return m->label_edge(mw, q->bytes, q->len, next, len, row);
    BIGVEC_PUSH(g->step_rows, at);
    return m->label_step(mw, q->bytes, q->len, next, len, index, (uint32_t)n, false, row);
}

/* Whether successor a (0: the state itself) is the same state as p. */
static bool same_step(const graph_state *q, const uint8_t *bytes, const pending *succs, uint32_t a, const pending *p)
{
    const uint8_t *at = a ? bytes + succs[a - 1].off : q->bytes;
    uint32_t len = a ? succs[a - 1].len : q->len;
    uint64_t fp = a ? succs[a - 1].fp : q->fp;
    return fp == p->fp && len == p->len && memcmp(at, bytes + p->off, len) == 0;
}

/* Add successor `index` (0 for the state itself), the count-th step added: UINT32_MAX, or the count
 * of the step already there with its bytes. */
static uint32_t step_set_add(step_set *t, const graph_state *q, const uint8_t *bytes, const pending *succs, size_t index,
                             uint32_t count, uint64_t fp, const pending *p)
{
    size_t j = fp & (t->cap - 1);
    for (; t->slots[j].index; j = (j + 1) & (t->cap - 1))
        if (p && same_step(q, bytes, succs, t->slots[j].index - 1, p)) return t->slots[j].count;
    t->slots[j] = (step_slot){(uint32_t)index + 1, count};
    return UINT32_MAX;
}

bool graph_record(graph_recorder *g, const explore_model *m, void *mw, const graph_state *q, const uint8_t *bytes,
                  const pending *succs, size_t n)
{
    BIGVEC_PUSH(g->nodes, q->id);
    if (!m->label_state(mw, q->bytes, q->len, new_row(&g->node_labels, m->state_label_words))) return false;
    g->step_rows.len = 0;
    if (!record_edge(g, m, mw, q, q->bytes, q->len, q->fp, UINT32_MAX, n)) return false;
    size_t cap = 16;
    while (cap < 2 * (n + 1)) cap *= 2;
    if (cap > g->steps.cap) {
        free(g->steps.slots);
        g->steps = (step_set){util_xmalloc(cap * sizeof(step_slot)), cap};
    }
    memset(g->steps.slots, 0, g->steps.cap * sizeof(step_slot));
    uint32_t steps = 0;
    step_set_add(&g->steps, q, bytes, succs, 0, steps++, q->fp, NULL);
    for (size_t i = 0; i < n; i++) {
        const pending *p = &succs[i];
        uint32_t seen = step_set_add(&g->steps, q, bytes, succs, i + 1, steps, p->fp, p);
        if (seen == UINT32_MAX) {
            steps++;
            if (!record_edge(g, m, mw, q, bytes + p->off, p->len, p->fp, (uint32_t)i, n)) return false;
        } else if (m->label_step && !m->label_step(mw, q->bytes, q->len, bytes + p->off, p->len, (uint32_t)i, (uint32_t)n,
                                                   true, g->edge_labels.items + g->step_rows.items[seen])) {
            return false;
        }
    }
    return true;
}

void graph_recorder_free(graph_recorder *g)
{
    BIGVEC_FREE(g->nodes);
    BIGVEC_FREE(g->node_labels);
    BIGVEC_FREE(g->edges);
    BIGVEC_FREE(g->edge_labels);
    free(g->steps.slots);
    g->steps = (step_set){0};
    BIGVEC_FREE(g->step_rows);
}

/* ---- assembly ----------------------------------------------------------------------------------- */

/* State ids by fingerprint: an open-addressing table of id + 1, filled by all parts at once (each
 * slot taken with a compare-and-swap; the fingerprints are distinct, so where an id lands depends on
 * the order of the inserts but what id_of finds does not). */
typedef struct fp_index { _Atomic uint32_t *slots; uint64_t mask; } fp_index;

static fp_index new_index(uint32_t n)
{
    uint64_t cap = 16;
    while (cap < 2 * (uint64_t)n) cap *= 2;
    return (fp_index){util_xcalloc(cap, sizeof(uint32_t)), cap - 1};
}

static void index_fingerprint(fp_index *ix, uint64_t fp, uint32_t id)
{
    for (uint64_t j = fp & ix->mask;; j = (j + 1) & ix->mask) {
        uint32_t empty = 0;
        if (atomic_compare_exchange_strong_explicit(&ix->slots[j], &empty, id + 1, memory_order_relaxed, memory_order_relaxed))
            return;
    }
}

static uint32_t id_of(trace_store *t, const fp_index *ix, uint64_t fp)
{
    for (uint64_t j = fp & ix->mask;; j = (j + 1) & ix->mask) {
        uint32_t slot = atomic_load_explicit(&ix->slots[j], memory_order_relaxed);
        if (!slot) return UINT32_MAX;
        if (trace_store_slot(t, slot - 1)->fp == fp) return slot - 1;
    }
}

/* One recorder's part of the assembly, on a thread of its own: the states a worker expanded are its
 * alone, so what it writes at those states' indices (label rows, edge counts, then fill positions
 * and the edges placed there) no other part touches. */
typedef struct assembly {
    explore_graph *g;
    trace_store *t;
    graph_recorder *rec;
    uint32_t from, to;           /* copy_states: the ids whose fingerprints this part copies and indexes */
    fp_index *ix;
    uint32_t *fill;              /* for place_edges: the next free edge of each state */
    pthread_t thread;
    bool started;
    bool adopted;                /* the graph took the recorder's label rows as they are (adopt_rows) */
} assembly;

/* The part's range of ids: their fingerprints, whether they are initial, and their places in the
 * index by fingerprint; the recorder's states' label rows, and each one's count of edges in
 * edge_start[s + 1]. */
static void *copy_states(void *arg)
{
    assembly *a = arg;
    explore_graph *g = a->g;
    for (uint32_t id = a->from; id < a->to; id++) {
        const trace_rec *rec = trace_store_slot(a->t, id);
        g->fps[id] = rec->fp;
        g->initial[id] = rec->pred == NO_PRED;
        index_fingerprint(a->ix, rec->fp, id);
    }
    const graph_recorder *r = a->rec;
    uint32_t sw = g->state_words;
    for (size_t i = 0; i < r->nodes.len && !a->adopted; i++)
        memcpy(g->state_labels + r->nodes.items[i] * sw, r->node_labels.items + i * sw, sizeof(uint64_t) * sw);
    for (size_t i = 0; i < r->edges.len; i++) g->edge_start[r->edges.items[i].from + 1]++;
    return NULL;
}

/* The recorder's edges at their places (targets found by fingerprint), then the recorder freed. */
static void *place_edges(void *arg)
{
    assembly *a = arg;
    explore_graph *g = a->g;
    graph_recorder *r = a->rec;
    uint32_t ew = g->edge_words;
    for (size_t i = 0; i < r->edges.len; i++) {
        const edge_rec *e = &r->edges.items[i];
        uint32_t to = id_of(a->t, a->ix, e->to_fp), at = a->fill[e->from]++;
        g->edge_to[at] = to == UINT32_MAX ? (uint32_t)e->from : to;
        if (!a->adopted) memcpy(g->edge_labels + (size_t)at * ew, r->edge_labels.items + i * ew, sizeof(uint64_t) * ew);
    }
    graph_recorder_free(r);
    return NULL;
}

/* Did the one recorder expand the states in the order of their ids, each once? Its rows are then
 * already where the graph wants them: state i's labels the i-th row, its edges after those of i - 1
 * (one worker's breadth-first search). */
static bool recorded_in_order(const graph_recorder *r, int nrecs, uint32_t n)
{
    if (nrecs != 1 || r->nodes.len != n) return false;
    for (uint32_t i = 0; i < n; i++)
        if (r->nodes.items[i] != i) return false;
    return true;
}

/* The graph takes the recorder's label rows instead of copying them (one more row each, as
 * util_big_alloc'd ones have): copying them touched every page of the graph's largest arrays twice. */
static void adopt_rows(explore_graph *g, graph_recorder *r, uint32_t n, uint64_t nedges)
{
    BIGVEC_RESERVE(r->node_labels, ((size_t)n + 1) * g->state_words);
    BIGVEC_RESERVE(r->edge_labels, (nedges + 1) * g->edge_words);
    memset(r->node_labels.items + (size_t)n * g->state_words, 0, sizeof(uint64_t) * g->state_words);
    memset(r->edge_labels.items + nedges * g->edge_words, 0, sizeof(uint64_t) * g->edge_words);
    g->state_labels = r->node_labels.items;
    g->edge_labels = r->edge_labels.items;
    r->node_labels = (word_vec){0};
    r->edge_labels = (word_vec){0};
}

/* f on every part at once: the first on this thread, the others on threads of their own (a part
 * whose thread fails to start runs here, after the first). */
static void on_parts(assembly *parts, int n, void *(*f)(void *))
{
    for (int k = 1; k < n; k++) parts[k].started = pthread_create(&parts[k].thread, NULL, f, &parts[k]) == 0;
    for (int k = 0; k < n; k++)
        if (!parts[k].started) f(&parts[k]);
    for (int k = 1; k < n; k++)
        if (parts[k].started) pthread_join(parts[k].thread, NULL);
}

/* The graph's states by part: fingerprints, which are initial, the index by fingerprint, the label
 * rows and edge counts. Returns the number of edges. */
static uint64_t assemble_states(explore_graph *g, assembly *parts, int nparts)
{
    on_parts(parts, nparts, copy_states);
    uint64_t nedges = 0;
    for (int k = 0; k < nparts; k++) nedges += parts[k].rec->edges.len;
    return nedges;
}

explore_graph *graph_assemble(const explore_model *m, trace_store *t, uint64_t nstates, graph_recorder *recs, int nrecs)
{
    UTIL_ASSERT(nstates < UINT32_MAX, "too many states for the liveness graph");
    uint32_t n = (uint32_t)nstates;
    explore_graph *g = util_xcalloc(1, sizeof *g);
    g->nstates = n;
    g->fps = util_big_alloc(sizeof(uint64_t) * (n + 1));
    g->initial = util_big_alloc(sizeof(bool) * (n + 1));
    uint32_t ew = m->edge_label_words;
    g->state_words = m->state_label_words;
    g->edge_words = ew;
    bool adopted = g->state_words && ew && recorded_in_order(recs, nrecs, n);
    if (!adopted) g->state_labels = util_big_alloc(sizeof(uint64_t) * ((size_t)n + 1) * g->state_words);
    g->edge_start = util_big_alloc(sizeof(uint32_t) * (n + 2));
    fp_index ix = new_index(n);
    assembly *parts = util_xcalloc((size_t)nrecs, sizeof *parts);
    for (int k = 0; k < nrecs; k++)
        parts[k] = (assembly){.g = g, .t = t, .rec = &recs[k], .from = (uint32_t)((uint64_t)n * (uint64_t)k / (uint64_t)nrecs),
                              .to = (uint32_t)((uint64_t)n * (uint64_t)(k + 1) / (uint64_t)nrecs), .ix = &ix,
                              .adopted = adopted};
    uint64_t nedges = assemble_states(g, parts, nrecs);
    UTIL_ASSERT(nedges < UINT32_MAX, "too many transitions for the liveness graph");
    for (uint32_t id = 0; id < n; id++) g->edge_start[id + 1] += g->edge_start[id];
    g->edge_to = util_big_alloc(sizeof(uint32_t) * (nedges + 1));
    if (adopted)
        adopt_rows(g, recs, n, nedges);
    else
        g->edge_labels = util_big_alloc(sizeof(uint64_t) * (nedges + 1) * ew);
    uint32_t *fill = util_xmalloc(sizeof(uint32_t) * (n + 1));
    memcpy(fill, g->edge_start, sizeof(uint32_t) * (n + 1));
    for (int k = 0; k < nrecs; k++) {
        parts[k].fill = fill;
        parts[k].started = false;
    }
    on_parts(parts, nrecs, place_edges);
    free(parts);
    free(fill);
    free((void *)ix.slots);
    return g;
}

void graph_free(explore_graph *g)
{
    if (!g) return;
    util_big_free(g->fps);
    util_big_free(g->initial);
    util_big_free(g->state_labels);
    util_big_free(g->edge_start);
    util_big_free(g->edge_to);
    util_big_free(g->edge_labels);
    free(g);
}
