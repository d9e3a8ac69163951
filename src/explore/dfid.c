/* dfid.c - depth-first iterative deepening beside the breadth-first explorer (see dfid.h for the
 * contract and the semantics, TLC's DFIDModelChecker and DFIDWorker).
 *
 * Each state's status word is TLC's: level << 2 | leveled mark | done mark. The leveled mark means
 * "expanded in this iteration" when it equals the iteration's mark, which flips at every iteration,
 * so no pass is needed to clear it. A state found in an iteration gets the iteration's mark at once:
 * it is a state of the deepest level, not expanded before the next iteration.
 *
 * The search keeps a stack of frames, frame k holding the state at depth k + 1 and its successors
 * still to visit. A frame's state lives in the successors of the frame below it (or in the list of
 * initial states), which stay put while the frame is on the stack. */
#include "dfid.h"

#include "fpset.h"
#include "util.h"

#include <stdatomic.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

static atomic_bool stop_requested;

void dfid_request_stop(void) { atomic_store(&stop_requested, true); }

/* ---- the states' status, by fingerprint (TLC's MemFPIntSet) -------------------------------------- */

enum { DONE = 1, LEVELED = 2 };

typedef struct slot { uint64_t fp; uint32_t status; } slot;   /* status 0: an empty slot */
typedef struct table { slot *slots; uint64_t mask, count; } table;

static slot *table_find(const table *t, uint64_t fp)
{
    for (uint64_t i = fp & t->mask;; i = (i + 1) & t->mask)
        if (!t->slots[i].status || t->slots[i].fp == fp) return &t->slots[i];
}

static bool table_grow(table *t)
{
    uint64_t cap = t->slots ? 2 * (t->mask + 1) : 1024;
    slot *old = t->slots, *fresh = util_try_calloc(cap, sizeof *fresh);
    if (!fresh) return false;
    uint64_t old_cap = old ? t->mask + 1 : 0;
    t->slots = fresh;
    t->mask = cap - 1;
    for (uint64_t i = 0; i < old_cap; i++)
        if (old[i].status) *table_find(t, old[i].fp) = old[i];
    free(old);
    return true;
}

/* ---- the search ---------------------------------------------------------------------------------- */

typedef struct succ { size_t off; uint32_t len, action; uint64_t fp; } succ;

typedef struct frame {
    const uint8_t *state;            /* in the frame below's `bytes`, or the initial states' */
    uint32_t len, action;
    uint64_t fp;
    VEC(uint8_t) bytes;              /* its successors still to visit */
    VEC(succ) succs;
    size_t next;                     /* the first of them not yet considered */
} frame;

typedef struct dfid {
    const explore_model *m;
    const dfid_options *o;
    void *mw;
    explore_collector *col;
    table seen;
    uint32_t level, leveled;         /* the iteration's level and mark (TLC's FPIntSet.Level, Leveled) */
    uint64_t generated;
    frame init;                      /* the distinct initial states, as the successors of a frame */
    VEC(frame) stack;
    double last_progress;
    uint64_t expansions;
    /* the failure */
    explore_verdict verdict;
    explore_trace_state *trace;
    uint32_t trace_len;
} dfid;

static bool completed(const dfid *d, uint32_t status)
{
    return (status & LEVELED) == d->leveled || (status & DONE);
}

/* TLC's setStatus(fp, NEW): the state's old status, 0 if it is new (then entered at this level). */
static bool enter(dfid *d, uint64_t fp, uint32_t *old)
{
    if (2 * (d->seen.count + 1) > d->seen.mask + 1 && !table_grow(&d->seen)) return false;
    slot *s = table_find(&d->seen, fp);
    *old = s->status;
    if (!s->status) {
        *s = (slot){fp, d->level << 2 | d->leveled};
        d->seen.count++;
    }
    return true;
}

static uint32_t status_of(const dfid *d, uint64_t fp) { return d->seen.slots ? table_find(&d->seen, fp)->status : 0; }

static void mark(dfid *d, uint64_t fp, uint32_t bit)
{
    slot *s = table_find(&d->seen, fp);
    s->status = bit == LEVELED ? (s->status & ~(uint32_t)LEVELED) | d->leveled : s->status | bit;
}

static void push_succ(frame *f, const uint8_t *bytes, uint32_t len, uint32_t action, uint64_t fp)
{
    succ s = {f->bytes.len, len, action, fp};
    VEC_RESERVE(f->bytes, f->bytes.len + len + 1);
    memcpy(f->bytes.items + f->bytes.len, bytes, len);
    f->bytes.len += len;
    VEC_PUSH(f->succs, s);
}

/* The search stops: the stack's states up to frame `top`, and the offending state if there is one. */
static void fail(dfid *d, explore_verdict v, uint32_t top, const uint8_t *extra, uint32_t extra_len, uint32_t extra_action)
{
    uint32_t n = top + 1 + (extra != NULL);
    explore_trace_state *t = util_xcalloc(n + 1, sizeof *t);
    for (uint32_t i = 0; i < n; i++) {
        const frame *f = i <= top ? &d->stack.items[i] : &(frame){.state = extra, .len = extra_len, .action = extra_action};
        t[i] = (explore_trace_state){util_xmalloc(f->len ? f->len : 1), f->len, f->action};
        memcpy(t[i].bytes, f->state, f->len);
    }
    d->verdict = v;
    d->trace = t;
    d->trace_len = n;
}

static explore_verdict checked(explore_status st) { return st == EXPLORE_VIOLATION ? EXPLORE_VIOLATED : EXPLORE_FAILED; }

/* TLC's doNext: generate the successors of the state of frame `top`, enter each, check the new
 * ones, and keep in the frame those not yet expanded in this iteration. Marks the state done when
 * all its successors are. *found: some successor is new, or was found in this iteration. False when
 * the search stops. */
static bool expand(dfid *d, uint32_t top, bool *found)
{
    const explore_model *m = d->m;
    frame *f = &d->stack.items[top];
    f->bytes.len = f->succs.len = f->next = 0;
    if (m->set_level) m->set_level(d->mw, top + 1);
    explore_collector_clear(d->col);
    uint64_t gen = 0;
    explore_status st = m->successors(d->mw, f->state, f->len, explore_collector_sink(d->col), &gen);
    d->generated += gen;
    d->expansions++;
    uint32_t len, action;
    const uint8_t *bad = st == EXPLORE_VIOLATION ? explore_collector_violation(d->col, &len, &action) : NULL;
    if (st != EXPLORE_OK) {
        fail(d, bad ? EXPLORE_VIOLATED : EXPLORE_FAILED, top, bad, len, action);
        return false;
    }
    bool all_done = true;
    uint32_t n = explore_collector_count(d->col);
    for (uint32_t i = 0; i < n; i++) {
        const uint8_t *next = explore_collector_state(d->col, i, &len, &action);
        uint64_t fp;
        uint32_t old;
        if (!m->fingerprint(d->mw, next, len, &fp)) {
            fail(d, EXPLORE_FAILED, top, next, len, action);
            return false;
        }
        if (!enter(d, fp, &old)) {
            d->verdict = EXPLORE_OUT_OF_MEMORY;
            return false;
        }
        all_done = all_done && (old & DONE);
        *found = *found || !old || old >> 2 == d->level;
        if (!old && (st = m->check_state(d->mw, next, len)) != EXPLORE_OK) {
            fail(d, checked(st), top, next, len, action);
            return false;
        }
        if (!completed(d, status_of(d, fp))) push_succ(f, next, len, action, fp);
    }
    m->state_done(d->mw);
    if (gen == 0 && d->o->check_deadlock) {
        fail(d, EXPLORE_DEADLOCK, top, NULL, 0, 0);
        return false;
    }
    if (all_done) mark(d, f->fp, DONE);
    return true;
}

/* The next successor of frame `top` to descend to: not expanded in this iteration, and one level
 * below (the edge is on a shortest path to it). NULL when there is none left. */
static const succ *next_succ(dfid *d, frame *f, uint32_t depth)
{
    while (f->next < f->succs.len) {
        const succ *s = &f->succs.items[f->next++];
        uint32_t status = status_of(d, s->fp);
        if (!completed(d, status) && depth < status >> 2) return s;
    }
    return NULL;
}

static bool stopping(dfid *d)
{
    if (atomic_load(&stop_requested)) {
        d->verdict = EXPLORE_INTERRUPTED;
        return true;
    }
    if (util_out_of_memory()) {
        d->verdict = EXPLORE_OUT_OF_MEMORY;
        return true;
    }
    if (d->o->progress && (d->expansions & 1023) == 0 && util_now() - d->last_progress >= d->o->progress_seconds) {
        d->last_progress = util_now();
        d->o->progress(d->o->ctx, d->generated, d->seen.count);
    }
    return false;
}

static frame *frame_at(dfid *d, uint32_t k)
{
    while (d->stack.len <= k) VEC_PUSH(d->stack, (frame){0});
    return &d->stack.items[k];
}

/* One iteration, down to depth `to_level`. TLC stops at a state of depth to_level (a leaf) without
 * expanding further; none is ever reached, since a state is descended to only at its own level
 * and the states of level to_level are found in this iteration, expanded already by the mark. So
 * TLC's handling of leaves is left out. False when the search stops; *found as for expand. */
static bool iteration(dfid *d, bool *found)
{
    for (size_t i = 0; i < d->init.succs.len; i++) {
        const succ *root = &d->init.succs.items[i];
        if (completed(d, status_of(d, root->fp))) continue;
        frame *f = frame_at(d, 0);
        f->state = d->init.bytes.items + root->off;
        f->len = root->len;
        f->action = root->action;
        f->fp = root->fp;
        if (stopping(d) || !expand(d, 0, found)) return false;
        uint32_t depth = 1;   /* frames on the stack */
        for (;;) {
            const succ *s = next_succ(d, &d->stack.items[depth - 1], depth);
            if (!s) {
                mark(d, d->stack.items[depth - 1].fp, LEVELED);
                if (--depth == 0) break;
                continue;
            }
            const frame *below = &d->stack.items[depth - 1];
            const uint8_t *state = below->bytes.items + s->off;
            f = frame_at(d, depth);
            *f = (frame){.state = state, .len = s->len, .action = s->action, .fp = s->fp, .bytes = f->bytes,
                         .succs = f->succs};
            if (stopping(d) || !expand(d, depth, found)) return false;
            depth++;
        }
    }
    return true;
}

/* The initial states: each entered at level 1 and checked when new. False when the search stops. */
static bool initial_states(dfid *d)
{
    const explore_model *m = d->m;
    if (m->set_level) m->set_level(d->mw, 0);
    explore_collector_clear(d->col);
    explore_status init = m->initial(d->mw, explore_collector_sink(d->col), &d->generated);
    uint32_t n = explore_collector_count(d->col), len, action;
    if (init == EXPLORE_VIOLATION) {   /* an initial state outside the constraints: its trace is itself */
        const uint8_t *bad = explore_collector_violation(d->col, &len, &action);
        frame *f = frame_at(d, 0);
        *f = (frame){.state = bad, .len = len, .action = action, .bytes = f->bytes, .succs = f->succs};
        fail(d, EXPLORE_VIOLATED, 0, NULL, 0, 0);
        return false;
    }
    if (init != EXPLORE_OK) {
        d->verdict = EXPLORE_FAILED;
        return false;
    }
    for (uint32_t i = 0; i < n; i++) {
        const uint8_t *b = explore_collector_state(d->col, i, &len, &action);
        uint64_t fp;
        uint32_t old;
        frame *f = frame_at(d, 0);
        *f = (frame){.state = b, .len = len, .action = action, .bytes = f->bytes, .succs = f->succs};
        if (!m->fingerprint(d->mw, b, len, &fp)) {
            fail(d, EXPLORE_FAILED, 0, NULL, 0, 0);
            return false;
        }
        if (!enter(d, fp, &old)) {
            d->verdict = EXPLORE_OUT_OF_MEMORY;
            return false;
        }
        if (old) continue;
        push_succ(&d->init, b, len, action, fp);
        explore_status st = m->check_state(d->mw, b, len);
        m->state_done(d->mw);
        if (st != EXPLORE_OK) {
            fail(d, checked(st), 0, NULL, 0, 0);
            return false;
        }
    }
    return true;
}

static double least_distance_probability(const table *t)
{
    uint64_t *fps = util_try_calloc(2 * t->count + 1, sizeof *fps), k = 0;
    if (!fps) return 0;
    for (uint64_t i = 0; t->slots && i <= t->mask; i++)
        if (t->slots[i].status) fps[k++] = t->slots[i].fp;
    uint64_t d = fpset_least_distance_of(fps, fps + k, k, 1);
    free(fps);
    return 1.0 / (double)d;
}

/* Iterations 2 .. max_depth, until one finds no new state (TLC's modelCheckImpl). */
static void iterate(dfid *d, dfid_result *r)
{
    bool done = false;
    for (uint32_t level = 2; level <= d->o->max_depth; level++) {
        if (done) {
            r->complete = true;
            break;
        }
        if (d->o->level_start) d->o->level_start(d->o->ctx, level, d->generated, d->seen.count);
        d->level++;
        d->leveled = LEVELED - d->leveled;
        bool found = false;
        if (!iteration(d, &found)) return;
        done = !found;
    }
}

void dfid_run(const explore_model *m, const dfid_options *o, dfid_result *r)
{
    memset(r, 0, sizeof *r);
    atomic_store(&stop_requested, false);
    dfid d = {.m = m, .o = o, .mw = m->worker_new(m->self, 0), .col = explore_collector_new(0), .level = 1,
              .verdict = EXPLORE_SUCCESS, .last_progress = util_now()};
    if (initial_states(&d)) {
        if (o->initial_done) o->initial_done(o->ctx, d.generated, d.seen.count);
        iterate(&d, r);
    }
    r->verdict = d.verdict;
    r->generated = d.generated;
    r->distinct = d.seen.count;
    r->trace = d.trace;
    r->trace_len = d.trace_len;
    if (r->verdict == EXPLORE_SUCCESS && r->complete) {
        r->collision_probability = fpset_collision_probability(r->distinct, r->generated);
        r->actual_collision_probability = least_distance_probability(&d.seen);
    }
    for (size_t k = 0; k < d.stack.len; k++) {
        VEC_FREE(d.stack.items[k].bytes);
        VEC_FREE(d.stack.items[k].succs);
    }
    VEC_FREE(d.stack);
    VEC_FREE(d.init.bytes);
    VEC_FREE(d.init.succs);
    free(d.seen.slots);
    explore_collector_free(d.col);
    m->worker_free(d.mw);
}

void dfid_result_free(dfid_result *r)
{
    explore_trace_free(r->trace, r->trace_len);
    r->trace = NULL;
    r->trace_len = 0;
}
