/* explore.c - level-synchronous parallel breadth-first search.
 *
 * Each level's frontier is processed in rounds. In the expand phase every worker takes chunks of
 * frontier states, asks the model for their successors and fingerprints them into its own buffer;
 * nothing is shared. Between phases, one thread grows the fingerprint set so that the round's
 * successors fit at half load. In the dedup phase every worker inserts its own successors into the
 * lock-free set; the ones that are new get an id, a trace record (predecessor, fingerprint), their
 * per-state checks, and a place in the worker's part of the next frontier. Because each level is
 * finished before the next starts, the distinct-state count and depth are the same for any number
 * of workers, and a violation found at level k has a shortest trace. With one worker, states are
 * processed in FIFO order, as TLC's single worker does.
 *
 * Traces are rebuilt TLC's way: only (predecessor, fingerprint) is kept per state, and the states of
 * a trace are found again by replaying the model from an initial state. */
#include "explore.h"

#include "fpset.h"
#include "util.h"

#include <pthread.h>
#include <stdatomic.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

static atomic_bool stop_requested;

void explore_request_stop(void) { atomic_store(&stop_requested, true); }

enum { CHUNK = 64, ROUND = 1 << 15, TRACE_CHUNK_BITS = 20, TRACE_CHUNKS = 1 << 16 };
static const uint64_t NO_PRED = UINT64_MAX;

typedef VEC(uint8_t) byte_vec;
typedef VEC(uint64_t) word_vec;

/* A state emitted by the model, waiting in a worker's buffer. */
typedef struct pending { uint64_t fp, pred; size_t off; uint32_t len, action; } pending;
/* A state of a frontier: its id and bytes. */
typedef struct queued { uint64_t id; const uint8_t *bytes; uint32_t len; } queued;
typedef struct next_entry { uint64_t id; size_t off; uint32_t len; } next_entry;
typedef struct trace_rec { uint64_t pred, fp; } trace_rec;
typedef struct edge_rec { uint64_t from, to_fp; } edge_rec;

typedef enum { FAULT_NONE, FAULT_VIOLATION, FAULT_DEADLOCK, FAULT_ERROR } fault_kind;

struct explore_sink {
    byte_vec *bytes;
    VEC(pending) *out;
    uint64_t pred;
    /* a transition violation: the successor */
    bool violation;
    uint8_t *vbytes;
    uint32_t vlen, vaction;
};

/* The distinct successors of one state, by fingerprint and bytes (a step's labels depend on its two
 * states only, so a step found twice is labelled and kept once): an open-addressing table of
 * indices + 1 into the worker's successors, 0 = empty, index 0 standing for the state itself. */
typedef struct step_set { uint32_t *slots; size_t cap; } step_set;

typedef struct worker {
    int id;
    void *mw;
    pthread_t thread;
    byte_vec succ_bytes;
    VEC(pending) succs;
    byte_vec next_bytes, cur_bytes;
    VEC(next_entry) next;
    uint64_t generated;
    /* the behaviour graph, when recorded: expanded states and their transitions, each with its row
     * of labels */
    word_vec nodes, node_labels;
    VEC(edge_rec) edges;
    word_vec edge_labels;
    step_set steps;
} worker;

typedef struct search {
    const explore_model *m;
    const explore_options *o;
    int nworkers;
    worker *workers;
    pthread_barrier_t barrier;
    fpset *seen;
    /* trace store: chunks of (pred, fp) by state id */
    _Atomic(trace_rec *) trace[TRACE_CHUNKS];
    pthread_mutex_t trace_lock;
    _Atomic uint64_t next_id;
    /* the frontier of the current level and the round being processed */
    queued *frontier;
    uint64_t nfrontier, round_start, round_end;
    _Atomic uint64_t claim;
    uint32_t depth;
    bool done;
    /* the first fault */
    pthread_mutex_t fault_lock;
    fault_kind fault;
    uint64_t fault_state;
    bool fault_has_succ;
    uint8_t *fault_succ;
    uint32_t fault_succ_len, fault_succ_action;
    uint64_t init_generated;
    double start, last_progress;
} search;

static double now(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

/* ---- sinks -------------------------------------------------------------------------------------- */

static void append_bytes(byte_vec *v, const uint8_t *p, uint32_t n)
{
    if (v->len + n > v->cap) {
        v->cap = (v->len + n) * 2 + 4096;
        v->items = util_xrealloc(v->items, v->cap);
    }
    memcpy(v->items + v->len, p, n);
    v->len += n;
}

void explore_emit(explore_sink *sink, const uint8_t *bytes, uint32_t len, uint32_t action)
{
    pending p = {0, sink->pred, sink->bytes->len, len, action};
    append_bytes(sink->bytes, bytes, len);
    VEC_PUSH(*sink->out, p);
}

void explore_emit_violation(explore_sink *sink, const uint8_t *bytes, uint32_t len, uint32_t action)
{
    if (sink->violation) return;
    sink->violation = true;
    sink->vbytes = util_xmalloc(len ? len : 1);
    memcpy(sink->vbytes, bytes, len);
    sink->vlen = len;
    sink->vaction = action;
}

/* ---- trace store -------------------------------------------------------------------------------- */

static trace_rec *trace_slot(search *s, uint64_t id)
{
    uint64_t c = id >> TRACE_CHUNK_BITS;
    UTIL_ASSERT(c < TRACE_CHUNKS, "more states than the trace store holds");
    trace_rec *chunk = atomic_load_explicit(&s->trace[c], memory_order_acquire);
    if (!chunk) {
        pthread_mutex_lock(&s->trace_lock);
        chunk = atomic_load_explicit(&s->trace[c], memory_order_relaxed);
        if (!chunk) {
            chunk = util_xmalloc(sizeof(trace_rec) << TRACE_CHUNK_BITS);
            atomic_store_explicit(&s->trace[c], chunk, memory_order_release);
        }
        pthread_mutex_unlock(&s->trace_lock);
    }
    return &chunk[id & ((1u << TRACE_CHUNK_BITS) - 1)];
}

/* ---- faults ------------------------------------------------------------------------------------- */

static void record_fault(search *s, fault_kind kind, uint64_t state, explore_sink *sink)
{
    pthread_mutex_lock(&s->fault_lock);
    if (s->fault == FAULT_NONE) {
        s->fault = kind;
        s->fault_state = state;
        if (sink && sink->violation) {
            s->fault_has_succ = true;
            s->fault_succ = sink->vbytes;
            s->fault_succ_len = sink->vlen;
            s->fault_succ_action = sink->vaction;
            sink->vbytes = NULL;
        }
    }
    pthread_mutex_unlock(&s->fault_lock);
    if (sink) free(sink->vbytes);
}

static bool faulted(search *s)
{
    pthread_mutex_lock(&s->fault_lock);
    bool f = s->fault != FAULT_NONE;
    pthread_mutex_unlock(&s->fault_lock);
    return f;
}

/* ---- the two phases ----------------------------------------------------------------------------- */

/* For liveness: the labels of a state being expanded and of its transitions (its stuttering step
 * included), kept by state id and successor fingerprint until the graph is assembled. */
static uint64_t *new_row(word_vec *v, uint32_t words)
{
    BIGVEC_RESERVE(*v, v->len + words);
    uint64_t *row = v->items + v->len;
    memset(row, 0, sizeof(uint64_t) * words);
    v->len += words;
    return row;
}

static bool record_edge(search *s, worker *w, const queued *q, const uint8_t *next, uint32_t len, uint64_t fp)
{
    BIGVEC_PUSH(w->edges, ((edge_rec){q->id, fp}));
    return s->m->label_edge(w->mw, q->bytes, q->len, next, len, new_row(&w->edge_labels, s->m->edge_label_words));
}

static bool same_step(const search *s, const worker *w, const queued *q, uint32_t a, const pending *p)
{
    const uint8_t *bytes = a ? w->succ_bytes.items + w->succs.items[a - 1].off : q->bytes;
    uint32_t len = a ? w->succs.items[a - 1].len : q->len;
    uint64_t fp = a ? w->succs.items[a - 1].fp : trace_slot((search *)s, q->id)->fp;
    return fp == p->fp && len == p->len && memcmp(bytes, w->succ_bytes.items + p->off, len) == 0;
}

/* Add successor `index` (of the worker's list; 0 for the state itself): false if already there. */
static bool step_set_add(const search *s, worker *w, const queued *q, size_t index, uint64_t fp, const pending *p)
{
    step_set *t = &w->steps;
    for (size_t j = fp & (t->cap - 1); t->slots[j]; j = (j + 1) & (t->cap - 1))
        if (p && same_step(s, w, q, t->slots[j] - 1, p)) return false;
    size_t j = fp & (t->cap - 1);
    while (t->slots[j]) j = (j + 1) & (t->cap - 1);
    t->slots[j] = (uint32_t)index + 1;
    return true;
}

static bool record_transitions(search *s, worker *w, const queued *q, size_t first)
{
    BIGVEC_PUSH(w->nodes, q->id);
    if (!s->m->label_state(w->mw, q->bytes, q->len, new_row(&w->node_labels, s->m->state_label_words))) return false;
    uint64_t own_fp = trace_slot(s, q->id)->fp;
    if (!record_edge(s, w, q, q->bytes, q->len, own_fp)) return false;
    size_t n = w->succs.len - first, cap = 16;
    while (cap < 2 * (n + 1)) cap *= 2;
    if (cap > w->steps.cap) {
        free(w->steps.slots);
        w->steps = (step_set){util_xmalloc(cap * sizeof(uint32_t)), cap};
    }
    memset(w->steps.slots, 0, w->steps.cap * sizeof(uint32_t));
    step_set_add(s, w, q, 0, own_fp, NULL);
    for (size_t i = first; i < w->succs.len; i++) {
        pending *p = &w->succs.items[i];
        if (!step_set_add(s, w, q, i + 1, p->fp, p)) continue;
        if (!record_edge(s, w, q, w->succ_bytes.items + p->off, p->len, p->fp)) return false;
    }
    return true;
}

/* Successors of one frontier state, fingerprinted, into the worker's buffer. */
static void expand(search *s, worker *w, const queued *q)
{
    explore_sink sink = {&w->succ_bytes, (void *)&w->succs, q->id, false, NULL, 0, 0};
    size_t first = w->succs.len;
    uint64_t generated = 0;
    explore_status st = s->m->successors(w->mw, q->bytes, q->len, &sink, &generated);
    w->generated += generated;
    if (st != EXPLORE_OK) {
        record_fault(s, st == EXPLORE_VIOLATION ? FAULT_VIOLATION : FAULT_ERROR, q->id, &sink);
    } else if (generated == 0 && s->o->check_deadlock) {
        record_fault(s, FAULT_DEADLOCK, q->id, NULL);
    }
    bool ok = st == EXPLORE_OK;
    for (size_t i = first; i < w->succs.len && ok; i++) {
        pending *p = &w->succs.items[i];
        if (!s->m->fingerprint(w->mw, w->succ_bytes.items + p->off, p->len, &p->fp)) {
            record_fault(s, FAULT_ERROR, q->id, NULL);
            ok = false;
        }
    }
    if (ok && s->o->record_graph && !record_transitions(s, w, q, first)) record_fault(s, FAULT_ERROR, q->id, NULL);
    s->m->state_done(w->mw);
}

static void expand_phase(search *s, worker *w)
{
    for (;;) {
        uint64_t i = atomic_fetch_add(&s->claim, CHUNK);
        if (i >= s->round_end || atomic_load(&stop_requested)) return;
        uint64_t end = i + CHUNK < s->round_end ? i + CHUNK : s->round_end;
        for (; i < end; i++) expand(s, w, &s->frontier[i]);
        if (faulted(s)) return;
    }
}

/* Insert the worker's successors; the new ones get an id, a trace record, their checks, and a place
 * in the next frontier. */
static void dedup_phase(search *s, worker *w)
{
    for (size_t i = 0; i < w->succs.len; i++) {
        pending *p = &w->succs.items[i];
        if (!fpset_put(s->seen, p->fp)) continue;
        uint64_t id = atomic_fetch_add(&s->next_id, 1);
        *trace_slot(s, id) = (trace_rec){p->pred, p->fp};
        const uint8_t *bytes = w->succ_bytes.items + p->off;
        next_entry e = {id, w->next_bytes.len, p->len};
        append_bytes(&w->next_bytes, bytes, p->len);
        VEC_PUSH(w->next, e);
        explore_status st = s->m->check_state(w->mw, bytes, p->len);
        s->m->state_done(w->mw);
        if (st != EXPLORE_OK) {
            record_fault(s, st == EXPLORE_VIOLATION ? FAULT_VIOLATION : FAULT_ERROR, id, NULL);
            return;
        }
    }
}

/* ---- levels and rounds (decided by worker 0 between barriers) ----------------------------------- */

/* Gather every worker's part of the next frontier into the frontier of the next level. */
static void start_level(search *s)
{
    uint64_t n = 0;
    for (int k = 0; k < s->nworkers; k++) {
        worker *w = &s->workers[k];
        byte_vec t = w->cur_bytes;
        w->cur_bytes = w->next_bytes;
        w->next_bytes = t;
        w->next_bytes.len = 0;
        n += w->next.len;
    }
    free(s->frontier);
    s->frontier = util_xmalloc(sizeof(queued) * (n ? n : 1));
    uint64_t i = 0;
    for (int k = 0; k < s->nworkers; k++) {
        worker *w = &s->workers[k];
        for (size_t j = 0; j < w->next.len; j++)
            s->frontier[i++] = (queued){w->next.items[j].id, w->cur_bytes.items + w->next.items[j].off, w->next.items[j].len};
        w->next.len = 0;
    }
    s->nfrontier = n;
    s->round_start = 0;
    if (n) s->depth++;
}

static uint64_t total_generated(const search *s)
{
    uint64_t g = s->init_generated;
    for (int k = 0; k < s->nworkers; k++) g += s->workers[k].generated;
    return g;
}

static void report_progress(search *s)
{
    if (!s->o->progress) return;
    double t = now();
    if (t - s->last_progress < s->o->progress_seconds) return;
    s->last_progress = t;
    explore_stats st = {total_generated(s), fpset_size(s->seen), s->nfrontier - s->round_start, s->depth, t - s->start};
    s->o->progress(s->o->progress_ctx, &st);
}

/* Plan the next round: the next slice of this level's frontier, or the next level. */
static void plan_round(search *s)
{
    s->round_start = s->round_end;
    if (s->round_start >= s->nfrontier) start_level(s);
    if (s->nfrontier == 0 || faulted(s) || atomic_load(&stop_requested)) {
        s->done = true;
        return;
    }
    s->round_end = s->round_start + ROUND < s->nfrontier ? s->round_start + ROUND : s->nfrontier;
    atomic_store(&s->claim, s->round_start);
    report_progress(s);
}

typedef struct thread_arg { search *s; worker *w; } thread_arg;

static void *run_worker(void *arg)
{
    thread_arg *ta = arg;
    search *s = ta->s;
    worker *w = ta->w;
    for (;;) {
        pthread_barrier_wait(&s->barrier);   /* plan ready */
        if (s->done) break;
        w->succs.len = 0;
        w->succ_bytes.len = 0;
        if (s->m->set_level) s->m->set_level(w->mw, s->depth);
        expand_phase(s, w);
        pthread_barrier_wait(&s->barrier);
        if (w->id == 0) {
            uint64_t more = 0;
            for (int k = 0; k < s->nworkers; k++) more += s->workers[k].succs.len;
            fpset_reserve(s->seen, more);
        }
        pthread_barrier_wait(&s->barrier);
        if (!faulted(s)) dedup_phase(s, w);
        pthread_barrier_wait(&s->barrier);
        if (w->id == 0) plan_round(s);
    }
    return NULL;
}

/* ---- initial states ----------------------------------------------------------------------------- */

static bool initial_states(search *s)
{
    worker *w = &s->workers[0];
    explore_sink sink = {&w->succ_bytes, (void *)&w->succs, NO_PRED, false, NULL, 0, 0};
    if (s->m->set_level) s->m->set_level(w->mw, 0);
    explore_status st = s->m->initial(w->mw, &sink, &s->init_generated);
    if (st != EXPLORE_OK) {
        record_fault(s, FAULT_ERROR, NO_PRED, &sink);
        return false;
    }
    for (size_t i = 0; i < w->succs.len; i++) {
        pending *p = &w->succs.items[i];
        if (!s->m->fingerprint(w->mw, w->succ_bytes.items + p->off, p->len, &p->fp)) {
            record_fault(s, FAULT_ERROR, NO_PRED, NULL);
            return false;
        }
    }
    s->m->state_done(w->mw);
    fpset_reserve(s->seen, w->succs.len);
    dedup_phase(s, w);
    w->succs.len = 0;
    w->succ_bytes.len = 0;
    return !faulted(s);
}

/* ---- traces ------------------------------------------------------------------------------------- */

typedef struct collector { byte_vec bytes; VEC(pending) states; } collector;

/* The emitted state whose fingerprint is fp, copied into the trace. */
static bool pick(const explore_model *m, void *mw, collector *c, uint64_t fp, explore_trace_state *out)
{
    for (size_t i = 0; i < c->states.len; i++) {
        pending *p = &c->states.items[i];
        uint64_t f;
        if (!m->fingerprint(mw, c->bytes.items + p->off, p->len, &f) || f != fp) continue;
        out->bytes = util_xmalloc(p->len ? p->len : 1);
        memcpy(out->bytes, c->bytes.items + p->off, p->len);
        out->len = p->len;
        out->action = p->action;
        return true;
    }
    return false;
}

/* Replay the model along `fps` (in behaviour order) with worker mw, copying the states into out. */
static bool replay(const explore_model *m, void *mw, const uint64_t *fps, uint32_t n, explore_trace_state *out)
{
    collector c = {0};
    explore_sink sink = {&c.bytes, (void *)&c.states, NO_PRED, false, NULL, 0, 0};
    uint64_t generated;
    if (m->set_level) m->set_level(mw, 0);
    m->initial(mw, &sink, &generated);
    bool ok = pick(m, mw, &c, fps[0], &out[0]);
    m->state_done(mw);
    for (uint32_t i = 1; i < n && ok; i++) {
        c.bytes.len = c.states.len = 0;
        explore_trace_state *prev = &out[i - 1];
        if (m->set_level) m->set_level(mw, i);
        m->successors(mw, prev->bytes, prev->len, &sink, &generated);
        free(sink.vbytes);
        sink.vbytes = NULL;
        sink.violation = false;
        ok = pick(m, mw, &c, fps[i], &out[i]);
        m->state_done(mw);
    }
    VEC_FREE(c.bytes);
    VEC_FREE(c.states);
    return ok;
}

void explore_trace_free(explore_trace_state *trace, uint32_t n)
{
    if (!trace) return;
    for (uint32_t i = 0; i < n; i++) free(trace[i].bytes);
    free(trace);
}

bool explore_replay(const explore_model *m, const uint64_t *fps, uint32_t n, explore_trace_state **trace)
{
    void *mw = m->worker_new(m->self, 0);
    *trace = util_xcalloc(n + 1, sizeof **trace);
    bool ok = n && replay(m, mw, fps, n, *trace);
    m->worker_free(mw);
    if (!ok) {
        explore_trace_free(*trace, n);
        *trace = NULL;
    }
    return ok;
}

/* The shortest trace from an initial state to `target`, along the recorded predecessors. */
static void build_trace(search *s, uint64_t target, explore_result *r)
{
    VEC(uint64_t) fps = {0};
    for (uint64_t id = target; id != NO_PRED; id = trace_slot(s, id)->pred) VEC_PUSH(fps, trace_slot(s, id)->fp);
    uint32_t n = (uint32_t)fps.len;
    for (uint32_t i = 0, j = n - 1; i < j; i++, j--) {
        uint64_t x = fps.items[i];
        fps.items[i] = fps.items[j];
        fps.items[j] = x;
    }
    r->trace = util_xcalloc(n + 2, sizeof *r->trace);
    bool ok = replay(s->m, s->workers[0].mw, fps.items, n, r->trace);
    r->trace_len = ok ? n : 0;
    if (ok && s->fault_has_succ) {
        r->trace[n] = (explore_trace_state){s->fault_succ, s->fault_succ_len, s->fault_succ_action};
        s->fault_succ = NULL;
        r->trace_len = n + 1;
    }
    VEC_FREE(fps);
}

/* ---- the behaviour graph ------------------------------------------------------------------------ */

/* State ids by fingerprint: an open-addressing table of id + 1. */
typedef struct fp_index { uint32_t *slots; uint64_t mask; } fp_index;

static fp_index index_fingerprints(search *s, uint32_t n)
{
    uint64_t cap = 16;
    while (cap < 2 * (uint64_t)n) cap *= 2;
    fp_index ix = {util_xcalloc(cap, sizeof(uint32_t)), cap - 1};
    for (uint32_t id = 0; id < n; id++) {
        uint64_t j = trace_slot(s, id)->fp & ix.mask;
        while (ix.slots[j]) j = (j + 1) & ix.mask;
        ix.slots[j] = id + 1;
    }
    return ix;
}

static uint32_t id_of(search *s, const fp_index *ix, uint64_t fp)
{
    for (uint64_t j = fp & ix->mask; ix->slots[j]; j = (j + 1) & ix->mask)
        if (trace_slot(s, ix->slots[j] - 1)->fp == fp) return ix->slots[j] - 1;
    return UINT32_MAX;
}

static explore_graph *assemble_graph(search *s)
{
    uint64_t total = atomic_load(&s->next_id);
    UTIL_ASSERT(total < UINT32_MAX, "too many states for the liveness graph");
    uint32_t n = (uint32_t)total;
    explore_graph *g = util_xcalloc(1, sizeof *g);
    g->nstates = n;
    g->fps = util_big_alloc(sizeof(uint64_t) * (n + 1));
    g->initial = util_big_alloc(sizeof(bool) * (n + 1));
    uint32_t sw = s->m->state_label_words, ew = s->m->edge_label_words;
    g->state_words = sw;
    g->edge_words = ew;
    g->state_labels = util_big_alloc(sizeof(uint64_t) * ((size_t)n + 1) * sw);
    g->edge_start = util_big_alloc(sizeof(uint32_t) * (n + 2));
    for (uint32_t id = 0; id < n; id++) {
        g->fps[id] = trace_slot(s, id)->fp;
        g->initial[id] = trace_slot(s, id)->pred == NO_PRED;
    }
    uint64_t nedges = 0;
    for (int k = 0; k < s->nworkers; k++) {
        worker *w = &s->workers[k];
        for (size_t i = 0; i < w->nodes.len; i++)
            memcpy(g->state_labels + w->nodes.items[i] * sw, w->node_labels.items + i * sw, sizeof(uint64_t) * sw);
        for (size_t i = 0; i < w->edges.len; i++) g->edge_start[w->edges.items[i].from + 1]++;
        nedges += w->edges.len;
    }
    UTIL_ASSERT(nedges < UINT32_MAX, "too many transitions for the liveness graph");
    for (uint32_t id = 0; id < n; id++) g->edge_start[id + 1] += g->edge_start[id];
    g->edge_to = util_big_alloc(sizeof(uint32_t) * (nedges + 1));
    g->edge_labels = util_big_alloc(sizeof(uint64_t) * (nedges + 1) * ew);
    uint32_t *fill = util_xmalloc(sizeof(uint32_t) * (n + 1));
    memcpy(fill, g->edge_start, sizeof(uint32_t) * (n + 1));
    fp_index ix = index_fingerprints(s, n);
    for (int k = 0; k < s->nworkers; k++) {
        worker *w = &s->workers[k];
        for (size_t i = 0; i < w->edges.len; i++) {
            const edge_rec *e = &w->edges.items[i];
            uint32_t to = id_of(s, &ix, e->to_fp), at = fill[e->from]++;
            g->edge_to[at] = to == UINT32_MAX ? (uint32_t)e->from : to;
            memcpy(g->edge_labels + (size_t)at * ew, w->edge_labels.items + i * ew, sizeof(uint64_t) * ew);
        }
        BIGVEC_FREE(w->edges);
        BIGVEC_FREE(w->edge_labels);
        BIGVEC_FREE(w->nodes);
        BIGVEC_FREE(w->node_labels);
    }
    free(fill);
    free(ix.slots);
    return g;
}

static void graph_free(explore_graph *g)
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

/* ---- running ------------------------------------------------------------------------------------ */

static explore_verdict verdict_of(fault_kind f)
{
    switch (f) {
    case FAULT_VIOLATION: return EXPLORE_VIOLATED;
    case FAULT_DEADLOCK: return EXPLORE_DEADLOCK;
    case FAULT_ERROR: return EXPLORE_FAILED;
    default: return EXPLORE_SUCCESS;
    }
}

void explore_run(const explore_model *m, const explore_options *o, explore_result *r)
{
    memset(r, 0, sizeof *r);
    atomic_store(&stop_requested, false);
    search *s = util_xcalloc(1, sizeof *s);
    s->m = m;
    s->o = o;
    s->nworkers = o->workers > 0 ? o->workers : 1;
    s->workers = util_xcalloc((size_t)s->nworkers, sizeof(worker));
    s->seen = fpset_new(1 << 16);
    pthread_mutex_init(&s->trace_lock, NULL);
    pthread_mutex_init(&s->fault_lock, NULL);
    pthread_barrier_init(&s->barrier, NULL, (unsigned)s->nworkers);
    s->start = s->last_progress = now();
    for (int k = 0; k < s->nworkers; k++) {
        s->workers[k].id = k;
        s->workers[k].mw = m->worker_new(m->self, k);
    }
    if (initial_states(s)) {
        s->round_end = 0;
        s->nfrontier = 0;
        plan_round(s);
        thread_arg *args = util_xcalloc((size_t)s->nworkers, sizeof *args);
        for (int k = 1; k < s->nworkers; k++) {
            args[k] = (thread_arg){s, &s->workers[k]};
            pthread_create(&s->workers[k].thread, NULL, run_worker, &args[k]);
        }
        args[0] = (thread_arg){s, &s->workers[0]};
        run_worker(&args[0]);
        for (int k = 1; k < s->nworkers; k++) pthread_join(s->workers[k].thread, NULL);
        free(args);
    }
    r->verdict = atomic_load(&stop_requested) && s->fault == FAULT_NONE ? EXPLORE_INTERRUPTED : verdict_of(s->fault);
    r->stats.generated = total_generated(s);
    r->stats.distinct = fpset_size(s->seen);
    uint64_t left = s->nfrontier > s->round_start ? s->nfrontier - s->round_start : 0;
    for (int k = 0; k < s->nworkers; k++) left += s->workers[k].next.len;
    r->stats.queue = r->verdict == EXPLORE_SUCCESS ? 0 : left;
    r->stats.depth = s->depth;
    r->stats.seconds = now() - s->start;
    r->collision_probability = fpset_collision_probability(r->stats.distinct, r->stats.generated);
    if (s->fault != FAULT_NONE && s->fault_state != NO_PRED) build_trace(s, s->fault_state, r);
    if (o->record_graph && r->verdict == EXPLORE_SUCCESS) r->graph = assemble_graph(s);
    for (int k = 0; k < s->nworkers; k++) {
        worker *w = &s->workers[k];
        m->worker_free(w->mw);
        VEC_FREE(w->succ_bytes);
        VEC_FREE(w->succs);
        VEC_FREE(w->next_bytes);
        VEC_FREE(w->cur_bytes);
        VEC_FREE(w->next);
        BIGVEC_FREE(w->nodes);
        BIGVEC_FREE(w->node_labels);
        BIGVEC_FREE(w->edges);
        BIGVEC_FREE(w->edge_labels);
        free(w->steps.slots);
    }
    for (uint64_t c = 0; c < TRACE_CHUNKS; c++) free(atomic_load(&s->trace[c]));
    free(s->fault_succ);
    free(s->frontier);
    free(s->workers);
    fpset_free(s->seen);
    pthread_barrier_destroy(&s->barrier);
    pthread_mutex_destroy(&s->trace_lock);
    pthread_mutex_destroy(&s->fault_lock);
    free(s);
}

void explore_result_free(explore_result *r)
{
    explore_trace_free(r->trace, r->trace_len);
    r->trace = NULL;
    r->trace_len = 0;
    graph_free(r->graph);
    r->graph = NULL;
}
