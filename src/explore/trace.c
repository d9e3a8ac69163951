/* trace.c - the trace store and trace replay. Traces are rebuilt TLC's way: only (predecessor,
 * fingerprint) is kept per state, and the states of a trace are found again by replaying the model
 * from an initial state, picking at each step the successor with the next fingerprint. */
#include "explore_internal.h"

#include <stdlib.h>
#include <string.h>

void trace_store_init(trace_store *t) { pthread_mutex_init(&t->lock, NULL); }

void trace_store_free(trace_store *t)
{
    for (uint64_t c = 0; c < TRACE_CHUNKS; c++) free(atomic_load(&t->chunks[c]));
    pthread_mutex_destroy(&t->lock);
}

trace_rec *trace_store_slot(trace_store *t, uint64_t id)
{
    uint64_t c = id >> TRACE_CHUNK_BITS;
    UTIL_ASSERT(c < TRACE_CHUNKS, "more states than the trace store holds");
    trace_rec *chunk = atomic_load_explicit(&t->chunks[c], memory_order_acquire);
    if (!chunk) {
        pthread_mutex_lock(&t->lock);
        chunk = atomic_load_explicit(&t->chunks[c], memory_order_relaxed);
        if (!chunk) {
            chunk = util_xmalloc_large(sizeof(trace_rec) << TRACE_CHUNK_BITS);
            atomic_store_explicit(&t->chunks[c], chunk, memory_order_release);
        }
        pthread_mutex_unlock(&t->lock);
    }
    return &chunk[id & ((1u << TRACE_CHUNK_BITS) - 1)];
}

/* The collected state whose fingerprint is fp, copied into the trace. */
static bool pick(const explore_model *m, void *mw, const collector *c, uint64_t fp, explore_trace_state *out)
{
    for (size_t i = 0; i < c->states.len; i++) {
        const pending *p = &c->states.items[i];
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

/* Replay the model along `fps` (in behaviour order) with worker mw, copying the states into out.
 * The collector goes on past violated steps, whose successors a path may go through (-continue).
 * What the initial predicate prints (Print) is not printed here: the report prints it where TLC
 * prints it again while it finds a trace (model_initial_again). */
static bool replay(const explore_model *m, void *mw, const uint64_t *fps, uint32_t n, explore_trace_state *out)
{
    collector c;
    collector_init(&c);
    uint64_t generated;
    if (m->set_level) m->set_level(mw, 0);
    if (m->quiet) m->quiet(mw, true);
    m->initial(mw, &c.sink, &generated);
    if (m->quiet) m->quiet(mw, false);
    bool ok = pick(m, mw, &c, fps[0], &out[0]);
    m->state_done(mw);
    for (uint32_t i = 1; i < n && ok; i++) {
        collector_clear(&c);
        explore_trace_state *prev = &out[i - 1];
        if (m->set_level) m->set_level(mw, i);
        m->successors(mw, prev->bytes, prev->len, &c.sink, &generated);
        ok = pick(m, mw, &c, fps[i], &out[i]);
        m->state_done(mw);
    }
    collector_free(&c);
    return ok;
}

uint32_t trace_step_action(const explore_model *m, void *mw, const explore_trace_state *prev, uint32_t level,
                           const uint8_t *bytes, uint32_t len, uint32_t fallback)
{
    collector c;
    collector_init(&c);
    uint64_t generated, fp;
    explore_trace_state found = {0};
    if (m->set_level) m->set_level(mw, level);
    m->successors(mw, prev->bytes, prev->len, &c.sink, &generated);
    m->state_done(mw);
    for (size_t i = 0; i < c.sink.violations.len; i++) {   /* the violated step itself, when reported */
        const step_violation *v = &c.sink.violations.items[i];
        if (v->len == len && !memcmp(v->bytes, bytes, len)) {
            uint32_t action = v->action;
            collector_free(&c);
            return action;
        }
    }
    bool ok = m->fingerprint(mw, bytes, len, &fp) && pick(m, mw, &c, fp, &found);
    m->state_done(mw);
    collector_free(&c);
    free(found.bytes);
    return ok ? found.action : fallback;
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
    if (m->replaying) m->replaying(mw);
    *trace = util_xcalloc(n + 1, sizeof **trace);
    bool ok = n && replay(m, mw, fps, n, *trace);
    m->worker_free(mw);
    if (!ok) {
        explore_trace_free(*trace, n);
        *trace = NULL;
    }
    return ok;
}

uint32_t trace_store_replay(trace_store *t, const explore_model *m, void *mw, uint64_t id, uint32_t room,
                            explore_trace_state **out)
{
    VEC(uint64_t) fps = {0};
    for (uint64_t at = id; at != NO_PRED; at = trace_store_slot(t, at)->pred) VEC_PUSH(fps, trace_store_slot(t, at)->fp);
    uint32_t n = (uint32_t)fps.len;
    for (uint32_t i = 0, j = n - 1; i < j; i++, j--) {
        uint64_t x = fps.items[i];
        fps.items[i] = fps.items[j];
        fps.items[j] = x;
    }
    *out = util_xcalloc(n + room, sizeof **out);
    bool ok = replay(m, mw, fps.items, n, *out);
    VEC_FREE(fps);
    if (ok) return n;
    explore_trace_free(*out, n + room);
    *out = NULL;
    return 0;
}

/* hist[run]++, the histogram grown to hold it. */
static void count_outdegree(word_vec *hist, uint64_t run, uint64_t times)
{
    while (hist->len <= run) VEC_PUSH(*hist, 0);
    hist->items[run] += times;
}

/* The outdegree statistics from the trace store: ids are ranked in breadth-first order, so the
 * predecessors of successive ids never decrease, and one pass counts each state's new successors.
 * The records are read a chunk at a time (no look-up per id); the states between two predecessors
 * found none. */
explore_outdegree trace_store_outdegree(trace_store *t, uint64_t n, uint64_t expanded)
{
    explore_outdegree od = {0};
    if (!n || !expanded) return od;
    word_vec hist = {0};   /* hist.items[k]: the states that found k new states */
    uint64_t cur = 0, run = 0;
    for (uint64_t base = 0; base < n; base += (uint64_t)1 << TRACE_CHUNK_BITS) {
        const trace_rec *chunk = atomic_load_explicit(&t->chunks[base >> TRACE_CHUNK_BITS], memory_order_acquire);
        uint64_t len = n - base < (uint64_t)1 << TRACE_CHUNK_BITS ? n - base : (uint64_t)1 << TRACE_CHUNK_BITS;
        for (uint64_t k = 0; k < len; k++) {
            uint64_t pred = chunk[k].pred;
            if (pred == NO_PRED) continue;
            if (pred > cur) {
                count_outdegree(&hist, run, 1);
                if (pred > cur + 1) count_outdegree(&hist, 0, pred - cur - 1);
                cur = pred;
                run = 0;
            }
            run++;
        }
    }
    if (expanded > cur) {
        count_outdegree(&hist, run, 1);
        if (expanded > cur + 1) count_outdegree(&hist, 0, expanded - cur - 1);
    }
    od = explore_outdegree_of(hist.items, hist.len, expanded);
    VEC_FREE(hist);
    return od;
}

explore_outdegree explore_outdegree_of(const uint64_t *hist, size_t len, uint64_t n)
{
    explore_outdegree od = {0};
    if (!n) return od;
    uint64_t sum = 0, below = 0;
    bool min_set = false;
    od.p95 = UINT64_MAX;
    /* TLC's percentile: the first outdegree whose running count passes (int)(n * 0.95), in doubles */
    uint64_t pos = (uint64_t)((double)n * 0.95);
    for (uint64_t k = 0; k < len; k++) {
        if (!hist[k]) continue;
        if (!min_set) od.min = k, min_set = true;
        od.max = k;
        sum += k * hist[k];
        below += hist[k];
        if (od.p95 == UINT64_MAX && below > pos) od.p95 = k;
    }
    od.mean = (sum + n / 2) / n;
    return od;
}
