/* visit.c - a breadth-first walk of the state graph on one thread, reporting states and transitions
 * in the search's order (explore_visit in explore.h): for listings and pictures of small models,
 * whatever the number of workers of the search itself. */
#include "explore.h"
#include "util.h"

#include <stdlib.h>
#include <string.h>

/* The states found: bytes in one buffer, and an open-addressing set of their fingerprints. */
typedef struct found_states {
    VEC(uint8_t) bytes;
    VEC(size_t) off;
    VEC(uint32_t) len, level;
    uint64_t *slots;                 /* fingerprint + 0 = empty (fingerprints are never 0) */
    size_t cap, n;
} found_states;

static bool insert(found_states *f, uint64_t fp)
{
    if (2 * (f->n + 1) > f->cap) {
        size_t cap = f->cap ? 2 * f->cap : 1024;
        uint64_t *slots = util_xcalloc(cap, sizeof *slots);
        for (size_t i = 0; i < f->cap; i++) {
            if (!f->slots[i]) continue;
            size_t j = f->slots[i] & (cap - 1);
            while (slots[j]) j = (j + 1) & (cap - 1);
            slots[j] = f->slots[i];
        }
        free(f->slots);
        f->slots = slots;
        f->cap = cap;
    }
    size_t j = fp & (f->cap - 1);
    for (; f->slots[j]; j = (j + 1) & (f->cap - 1))
        if (f->slots[j] == fp) return false;
    f->slots[j] = fp;
    f->n++;
    return true;
}

static void keep(found_states *f, const uint8_t *bytes, uint32_t len, uint32_t level)
{
    VEC_PUSH(f->off, f->bytes.len);
    VEC_PUSH(f->len, len);
    VEC_PUSH(f->level, level);
    VEC_RESERVE(f->bytes, f->bytes.len + len + 1);
    memcpy(f->bytes.items + f->bytes.len, bytes, len);
    f->bytes.len += len;
}

static bool fingerprint(const explore_model *m, void *mw, const uint8_t *bytes, uint32_t len, uint64_t *fp)
{
    return m->fingerprint(mw, bytes, len, fp);
}

/* The initial states, each reported once. */
static bool visit_initial(const explore_model *m, void *mw, explore_collector *c, found_states *f, uint64_t max,
                          const explore_visitor *v)
{
    uint64_t generated;
    if (m->set_level) m->set_level(mw, 0);
    if (m->initial(mw, explore_collector_sink(c), &generated) != EXPLORE_OK) return false;
    uint32_t len, action;
    for (uint32_t i = 0; i < explore_collector_count(c) && (!max || f->n < max); i++) {
        const uint8_t *b = explore_collector_state(c, i, &len, &action);
        uint64_t fp;
        if (!fingerprint(m, mw, b, len, &fp)) return false;
        if (!insert(f, fp)) continue;
        keep(f, b, len, 1);
        if (v->initial) v->initial(v->ctx, fp, b, len);
    }
    m->state_done(mw);
    return true;
}

bool explore_visit(const explore_model *m, uint64_t max_states, const explore_visitor *v)
{
    void *mw = m->worker_new(m->self, 0);
    explore_collector *c = explore_collector_new(0);
    found_states f = {0};
    bool ok = visit_initial(m, mw, c, &f, max_states, v);
    for (size_t at = 0; ok && at < f.off.len && (!max_states || f.n < max_states); at++) {
        uint32_t len = f.len.items[at], level = f.level.items[at];
        /* the state's bytes may move as states are added: expand a copy */
        uint8_t *state = util_xmalloc(len ? len : 1);
        memcpy(state, f.bytes.items + f.off.items[at], len);
        uint64_t fp, generated;
        ok = fingerprint(m, mw, state, len, &fp);
        if (ok && v->expanding) v->expanding(v->ctx, fp, state, len, level);
        explore_collector_clear(c);
        if (m->set_level) m->set_level(mw, level);
        /* a violated step is shown like any other; the search reports it */
        ok = ok && m->successors(mw, state, len, explore_collector_sink(c), &generated) != EXPLORE_ERROR;
        for (uint32_t i = 0; ok && i < explore_collector_count(c) && (!max_states || f.n < max_states); i++) {
            uint32_t next_len, action;
            const uint8_t *next = explore_collector_state(c, i, &next_len, &action);
            uint64_t to;
            if (!(ok = fingerprint(m, mw, next, next_len, &to))) break;
            bool is_new = insert(&f, to);
            if (is_new) keep(&f, next, next_len, level + 1);
            if (v->edge) v->edge(v->ctx, fp, to, action, next, next_len, is_new);
        }
        m->state_done(mw);
        free(state);
    }
    explore_collector_free(c);
    m->worker_free(mw);
    VEC_FREE(f.bytes);
    VEC_FREE(f.off);
    VEC_FREE(f.len);
    VEC_FREE(f.level);
    free(f.slots);
    return ok;
}
