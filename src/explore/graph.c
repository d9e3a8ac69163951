/* graph.c - the behaviour graph for liveness: each worker records the states it expands with their
 * transitions (the stuttering step included) and the model's labels of both, by state id and
 * successor fingerprint; after a complete search the rows are assembled into one graph by state
 * index (CSR edges), the successors' ids found through the trace store's fingerprints, each worker's
 * part on a thread of its own. */
#include "explore_internal.h"

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
    /* the stuttering step first: the assembly knows it by that */
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

/* How far ahead of the edge being placed (the state being indexed) its slot in the index is fetched;
 * the target's fingerprint is fetched half as far ahead, from the slots fetched by then. */
enum { FETCH_AHEAD = 32 };

/* State ids by fingerprint: an open-addressing table of slots holding id + 1 (0: empty) and, in the
 * high half, the high half of the state's fingerprint, so that a look-up reads the fingerprint of
 * the one state whose half matches only. Filled by all parts at once (each slot taken with a
 * compare-and-swap; the fingerprints are distinct, so where an id lands depends on the order of the
 * inserts but what id_of finds does not). */
typedef struct fp_index { _Atomic uint64_t *slots; uint64_t mask; } fp_index;

static fp_index new_index(uint32_t n)
{
    uint64_t cap = 16;
    while (cap < 2 * (uint64_t)n) cap *= 2;
    return (fp_index){util_xcalloc(cap, sizeof(uint64_t)), cap - 1};
}

static uint64_t high_half(uint64_t fp) { return fp >> 32; }

static void index_fingerprint(fp_index *ix, uint64_t fp, uint32_t id)
{
    uint64_t slot = high_half(fp) << 32 | ((uint64_t)id + 1);
    for (uint64_t j = fp & ix->mask;; j = (j + 1) & ix->mask) {
        uint64_t empty = 0;
        if (atomic_compare_exchange_strong_explicit(&ix->slots[j], &empty, slot, memory_order_relaxed, memory_order_relaxed))
            return;
    }
}

/* The first id in fp's probe sequence whose slot has fp's high half, or UINT32_MAX. */
static uint32_t candidate(const fp_index *ix, uint64_t fp, uint64_t *j)
{
    for (;; *j = (*j + 1) & ix->mask) {
        uint64_t slot = atomic_load_explicit(&ix->slots[*j], memory_order_relaxed);
        if (!slot) return UINT32_MAX;
        if (slot >> 32 == high_half(fp)) return (uint32_t)slot - 1;
    }
}

/* The id of the state with fingerprint fp (its fingerprint compared in fps, by id), or UINT32_MAX. */
static uint32_t id_of(const fp_index *ix, const uint64_t *fps, uint64_t fp)
{
    for (uint64_t j = fp & ix->mask;; j = (j + 1) & ix->mask) {
        uint32_t id = candidate(ix, fp, &j);
        if (id == UINT32_MAX || fps[id] == fp) return id;
    }
}

/* The steps of id_of brought into the cache ahead: fp's first slot, then the fingerprint of the
 * state there if its half matches (as it does for most: the table is at most half full). */
static void fetch_slot(const fp_index *ix, uint64_t fp) { __builtin_prefetch((const void *)&ix->slots[fp & ix->mask]); }

static void fetch_candidate(const fp_index *ix, const uint64_t *fps, uint64_t fp)
{
    uint64_t slot = atomic_load_explicit(&ix->slots[fp & ix->mask], memory_order_relaxed);
    if (slot && slot >> 32 == high_half(fp)) __builtin_prefetch(&fps[(uint32_t)slot - 1]);
}

/* A run of states with consecutive ids that a recorder expanded one after another: their label rows
 * and edges are consecutive in the recorder as they are to be in the graph, so each run is placed
 * whole (one worker's breadth-first search is one run; several workers' take the queue in blocks). */
typedef struct id_run {
    uint32_t first_id, nstates;
    uint32_t first_node, first_edge;  /* the run's first label row and edge in the recorder */
    uint32_t nedges;
    uint32_t dest;                    /* the run's first edge in the graph */
} id_run;
typedef VEC(id_run) run_vec;

/* One recorder's part of the assembly, on a thread of its own: the states a worker expanded are its
 * alone, so what it writes at those states' indices and their edges' places no other part touches. */
typedef struct assembly {
    explore_graph *g;
    trace_store *t;
    graph_recorder *rec;
    uint32_t from, to;           /* copy_states: the ids whose fingerprints this part copies and indexes */
    fp_index *ix;
    run_vec runs;                /* the recorder's runs, in its order */
    bool adopted;                /* the graph took the recorder's label rows as they are (adopt_rows) */
} assembly;

/* The recorder's runs, each state's edges being the consecutive ones from it (the stuttering step
 * at least). One worker's breadth-first search expanded the states in the order of their ids: one
 * run, found without a look at the edges. */
static void find_runs(assembly *a, uint32_t n)
{
    const graph_recorder *r = a->rec;
    bool in_order = r->nodes.len == n;
    for (uint32_t i = 0; i < r->nodes.len && in_order; i++) in_order = r->nodes.items[i] == i;
    if (in_order && n) {
        VEC_PUSH(a->runs, ((id_run){0, n, 0, 0, (uint32_t)r->edges.len, 0}));
        return;
    }
    size_t e = 0;
    for (size_t i = 0; i < r->nodes.len; i++) {
        uint32_t id = (uint32_t)r->nodes.items[i];
        size_t first = e;
        while (e < r->edges.len && r->edges.items[e].from == id) e++;
        id_run *last = a->runs.len ? &a->runs.items[a->runs.len - 1] : NULL;
        if (last && id == last->first_id + last->nstates) {
            last->nstates++;
            last->nedges += (uint32_t)(e - first);
        } else {
            VEC_PUSH(a->runs, ((id_run){id, 1, (uint32_t)i, (uint32_t)first, (uint32_t)(e - first), 0}));
        }
    }
}

/* The part's range of ids: their fingerprints, whether they are initial, and their places in the
 * index by fingerprint (each taken FETCH_AHEAD states after its slot was fetched); then the
 * recorder's runs. */
static void *copy_states(void *arg)
{
    assembly *a = arg;
    explore_graph *g = a->g;
    for (uint32_t id = a->from; id < a->to; id++) {
        const trace_rec *rec = trace_store_slot(a->t, id);
        g->fps[id] = rec->fp;
        g->initial[id] = rec->pred == NO_PRED;
        __builtin_prefetch((const void *)&a->ix->slots[rec->fp & a->ix->mask], 1);
        if (id - a->from >= FETCH_AHEAD) index_fingerprint(a->ix, g->fps[id - FETCH_AHEAD], id - FETCH_AHEAD);
    }
    for (uint32_t id = a->to - a->from > FETCH_AHEAD ? a->to - FETCH_AHEAD : a->from; id < a->to; id++)
        index_fingerprint(a->ix, g->fps[id], id);
    find_runs(a, a->g->nstates);
    return NULL;
}

/* The recorder's runs at their places: label rows, where each state's edges start, and the edges'
 * targets (found by fingerprint); then the recorder freed. */
static void *place_edges(void *arg)
{
    assembly *a = arg;
    explore_graph *g = a->g;
    graph_recorder *r = a->rec;
    const edge_rec *edges = r->edges.items;
    size_t nedges = r->edges.len;
    uint32_t sw = g->state_words, ew = g->edge_words;
    for (size_t k = 0; k < a->runs.len; k++) {
        const id_run *run = &a->runs.items[k];
        if (!a->adopted && sw)
            memcpy(g->state_labels + (size_t)run->first_id * sw, r->node_labels.items + (size_t)run->first_node * sw,
                   sizeof(uint64_t) * sw * run->nstates);
        if (!a->adopted && ew)
            memcpy(g->edge_labels + (size_t)run->dest * ew, r->edge_labels.items + (size_t)run->first_edge * ew,
                   sizeof(uint64_t) * ew * run->nedges);
        uint64_t last = UINT64_MAX;
        for (uint32_t j = 0; j < run->nedges; j++) {
            size_t i = run->first_edge + j;
            if (i + FETCH_AHEAD < nedges) fetch_slot(a->ix, edges[i + FETCH_AHEAD].to_fp);
            if (i + FETCH_AHEAD / 2 < nedges) fetch_candidate(a->ix, g->fps, edges[i + FETCH_AHEAD / 2].to_fp);
            const edge_rec *e = &edges[i];
            uint32_t to = (uint32_t)e->from;
            if (e->from != last)  /* the state's first edge: its stuttering step (graph_record) */
                g->edge_start[e->from] = run->dest + j;
            else if ((to = id_of(a->ix, g->fps, e->to_fp)) == UINT32_MAX)
                to = (uint32_t)e->from;
            last = e->from;
            g->edge_to[run->dest + j] = to;
        }
    }
    VEC_FREE(a->runs);
    graph_recorder_free(r);
    return NULL;
}

/* Did the one recorder expand the states in the order of their ids, each once (one run)? Its rows
 * are then already where the graph wants them (one worker's breadth-first search). */
static bool recorded_in_order(const assembly *parts, int nparts, uint32_t n)
{
    return nparts == 1 && parts[0].runs.len == 1 && parts[0].runs.items[0].first_id == 0 && parts[0].runs.items[0].nstates == n;
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

/* Each run's first edge in the graph: the runs in the order of their ids, each after the edges of
 * those before it. Returns the number of edges. */
static uint64_t place_runs(assembly *parts, int nparts, uint32_t n)
{
    if (recorded_in_order(parts, nparts, n)) return parts[0].runs.items[0].nedges;
    id_run **head = util_xcalloc((size_t)n + 1, sizeof *head);
    for (int k = 0; k < nparts; k++)
        for (size_t i = 0; i < parts[k].runs.len; i++) head[parts[k].runs.items[i].first_id] = &parts[k].runs.items[i];
    uint64_t nedges = 0;
    for (uint32_t id = 0; id < n; id += head[id]->nstates) {
        UTIL_ASSERT(head[id], "a state the liveness graph's recorders did not expand");
        head[id]->dest = (uint32_t)nedges;
        nedges += head[id]->nedges;
        UTIL_ASSERT(nedges < UINT32_MAX, "too many transitions for the liveness graph");
    }
    free(head);
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
    g->state_words = m->state_label_words;
    g->edge_words = m->edge_label_words;
    fp_index ix = new_index(n);
    assembly *parts = util_xcalloc((size_t)nrecs, sizeof *parts);
    for (int k = 0; k < nrecs; k++) {
        UTIL_ASSERT(recs[k].edges.len < UINT32_MAX, "too many transitions for the liveness graph");
        parts[k] = (assembly){.g = g, .t = t, .rec = &recs[k], .from = (uint32_t)((uint64_t)n * (uint64_t)k / (uint64_t)nrecs),
                              .to = (uint32_t)((uint64_t)n * (uint64_t)(k + 1) / (uint64_t)nrecs), .ix = &ix};
    }
    util_run_parts(parts, (size_t)nrecs, sizeof *parts, copy_states);
    uint64_t nedges = place_runs(parts, nrecs, n);
    g->edge_start = util_big_alloc(sizeof(uint32_t) * (n + 2));
    g->edge_start[n] = (uint32_t)nedges;
    g->edge_to = util_big_alloc(sizeof(uint32_t) * (nedges + 1));
    bool adopted = g->state_words && g->edge_words && recorded_in_order(parts, nrecs, n);
    if (adopted) {
        adopt_rows(g, recs, n, nedges);
    } else {
        g->state_labels = util_big_alloc(sizeof(uint64_t) * ((size_t)n + 1) * g->state_words);
        g->edge_labels = util_big_alloc(sizeof(uint64_t) * (nedges + 1) * g->edge_words);
    }
    for (int k = 0; k < nrecs; k++) parts[k].adopted = adopted;
    util_run_parts(parts, (size_t)nrecs, sizeof *parts, place_edges);
    free(parts);
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
