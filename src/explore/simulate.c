/* simulate.c - random simulation beside the breadth-first explorer (see simulate.h for the contract).
 *
 * Workers take walk numbers from a shared counter. A walk that fails lowers `cutoff` to its number;
 * walks past the cutoff are abandoned, walks before it go on (one of them may fail too). Each worker
 * keeps a record of its complete walks until no failure can come before them (every worker is past
 * them), then folds them into its totals: at the end, the counts are those of the walks before the
 * cutoff and of the failing walk, whatever the timing. */
#include "simulate.h"

#include <pthread.h>
#include <stdatomic.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <xxhash.h>

static atomic_bool stop_requested;

void simulate_request_stop(void) { atomic_store(&stop_requested, true); }

/* ---- the walks' generator: xoshiro256**, seeded through splitmix64 from (seed, walk) ------------ */

typedef struct rng { uint64_t s[4]; } rng;

static uint64_t splitmix(uint64_t *x)
{
    uint64_t z = (*x += 0x9E3779B97F4A7C15u);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9u;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBu;
    return z ^ (z >> 31);
}

static rng rng_for_walk(uint64_t seed, uint64_t walk)
{
    uint64_t x = seed ^ splitmix(&(uint64_t){walk});
    rng r;
    for (int i = 0; i < 4; i++) r.s[i] = splitmix(&x);
    return r;
}

static uint64_t rotl(uint64_t x, int k) { return (x << k) | (x >> (64 - k)); }

static uint64_t rng_next(rng *r)
{
    uint64_t *s = r->s, out = rotl(s[1] * 5, 7) * 9, t = s[1] << 17;
    s[2] ^= s[0];
    s[3] ^= s[1];
    s[1] ^= s[2];
    s[0] ^= s[3];
    s[2] ^= t;
    s[3] = rotl(s[3], 45);
    return out;
}

/* A number in 0 .. n-1 (n > 0), without the bias of a plain modulo. */
static uint32_t rng_below(rng *r, uint32_t n)
{
    return (uint32_t)(((rng_next(r) >> 32) * (uint64_t)n) >> 32);
}

/* ---- states kept by a walk ----------------------------------------------------------------------- */

/* A state of a walk: its bytes, the action that led to it and the draw that picked it (0: none) */
typedef struct state_ref { size_t off; uint32_t len, action; uint64_t draw; } state_ref;
typedef struct walk_buf {
    VEC(uint8_t) bytes;
    VEC(state_ref) states;
} walk_buf;

static void walk_push(walk_buf *b, const uint8_t *bytes, uint32_t len, uint32_t action, uint64_t draw)
{
    state_ref r = {b->bytes.len, len, action, draw};
    VEC_RESERVE(b->bytes, b->bytes.len + len + 1);
    memcpy(b->bytes.items + b->bytes.len, bytes, len);
    b->bytes.len += len;
    VEC_PUSH(b->states, r);
}

static const uint8_t *walk_state(const walk_buf *b, uint32_t i, uint32_t *len)
{
    *len = b->states.items[i].len;
    return b->bytes.items + b->states.items[i].off;
}

/* The walk's states as an explore trace (copied), and each one's draw in *draws (NULL: not wanted;
 * the caller frees it). */
static explore_trace_state *walk_trace(const walk_buf *b, uint32_t *n, uint64_t **draws)
{
    *n = (uint32_t)b->states.len;
    explore_trace_state *t = util_xcalloc(*n + 1, sizeof *t);
    if (draws) *draws = util_xcalloc(*n + 1, sizeof(uint64_t));
    for (uint32_t i = 0; i < *n; i++) {
        const state_ref *r = &b->states.items[i];
        t[i] = (explore_trace_state){util_xmalloc(r->len ? r->len : 1), r->len, r->action};
        memcpy(t[i].bytes, b->bytes.items + r->off, r->len);
        if (draws) (*draws)[i] = r->draw;
    }
    return t;
}

/* ---- states already found good ---------------------------------------------------------------------
 * Walks go through the same states again and again (the first steps of every walk, the states of
 * small cycles). When the model's checks depend on the state alone (check_state_pure), a worker
 * remembers the hashes of the states it checked and found good, and does not check them again:
 * the verdicts, counts and walks are the same, only faster. A direct-mapped table: a state whose
 * slot was taken since is simply checked again. */

enum { GOOD_SLOTS = 1 << 20 };

static uint64_t state_hash(const uint8_t *bytes, uint32_t len) { return XXH3_64bits(bytes, len) | 1; }

static bool known_good(const uint64_t *good, uint64_t h) { return good && good[h & (GOOD_SLOTS - 1)] == h; }

static void fetch_good(const uint64_t *good, uint64_t h)
{
    if (good) __builtin_prefetch(&good[h & (GOOD_SLOTS - 1)]);
}

static void remember_good(uint64_t *good, uint64_t h)
{
    if (good) good[h & (GOOD_SLOTS - 1)] = h;
}

/* ---- the run ------------------------------------------------------------------------------------- */

typedef struct walk_rec { uint64_t walk, generated; uint32_t len; } walk_rec;

/* Where a walk failed, to check it again (the model records the first fault of any worker). */
typedef enum { AT_EXPANDING_LAST, AT_EXPANDING_PREV, AT_CHECKING_LAST } fail_site;

/* lengths: the walks whose lengths sum_len and sum_len2 hold (not one stopped by an evaluation
 * error: TLC takes a walk's length when it ends, and such an error escapes before) */
typedef struct totals { uint64_t generated, traces, steps; double sum_len, sum_len2; uint64_t lengths; } totals;

typedef struct sim_worker {
    int id;
    void *mw;
    pthread_t thread;
    struct sim *sim;
    explore_collector *col;
    walk_buf walk;
    walk_buf beyond;                 /* file=P: the successor taken past the depth (one state or none) */
    uint64_t *good;                  /* hashes of states found good (NULL: checks are not pure) */
    void *good_block;                /* ... its allocation */
    _Atomic uint64_t current;        /* the walk it is on (UINT64_MAX: none) */
    VEC(walk_rec) pending;           /* complete walks not yet folded into `done` */
    totals done;
    uint64_t count;                  /* its complete walks (file=P) */
    simulate_steps steps;            /* count_steps */
    uint64_t draw;                   /* the draw of the step being made */
    VEC(uint8_t) taken;              /* the note of the successor taken at the last step (none: empty) */
    uint64_t taken_hash;             /* ... and its state_hash (0: not computed) */
    VEC(uint64_t) hashes;            /* the state_hash of each of the step's successors counted */
    /* its failure of least walk number */
    explore_verdict failure;
    fail_site failure_site;
    uint64_t failure_draw;           /* the draw of the step it failed at (pick_action) */
    uint64_t failure_walk;
    walk_rec failure_rec;
    bool failure_temporal;           /* a temporal property: failure_lasso (its trace is failure_trace) */
    simulate_lasso failure_lasso;
    explore_trace_state *failure_trace;
    uint32_t failure_len;
} sim_worker;

typedef struct sim {
    const explore_model *m;
    const simulate_options *o;
    int nworkers;
    sim_worker *workers;
    /* the distinct initial states */
    walk_buf init;
    _Atomic uint64_t next_walk, cutoff;
    _Atomic uint64_t generated, traces;   /* approximate, for progress lines and TLCGet */
    atomic_int running;
    atomic_bool timed_out;
    double start;
} sim;

static bool stopping(void) { return atomic_load(&stop_requested) || util_out_of_memory(); }

static void atomic_min(_Atomic uint64_t *a, uint64_t v)
{
    uint64_t cur = atomic_load(a);
    while (v < cur && !atomic_compare_exchange_weak(a, &cur, v)) {}
}

static void add_walk(totals *t, const walk_rec *w)
{
    t->generated += w->generated;
    t->traces++;
    t->steps += w->len;
    t->sum_len += w->len;
    t->sum_len2 += (double)w->len * w->len;
    t->lengths++;
}

/* A walk stopped by an evaluation error: counted, its length not. */
static void add_failed_walk(totals *t, const walk_rec *w)
{
    t->generated += w->generated;
    t->traces++;
    t->steps += w->len;
}

/* Fold the complete walks no failure can come before: those before every worker's current walk. */
static void fold_pending(sim_worker *w)
{
    uint64_t low = atomic_load(&w->sim->cutoff);
    for (int k = 0; k < w->sim->nworkers; k++) {
        uint64_t c = atomic_load(&w->sim->workers[k].current);
        if (c < low) low = c;
    }
    size_t kept = 0;
    for (size_t i = 0; i < w->pending.len; i++) {
        if (w->pending.items[i].walk < low) add_walk(&w->done, &w->pending.items[i]);
        else w->pending.items[kept++] = w->pending.items[i];
    }
    w->pending.len = kept;
}

/* Walk `walk` failed: keep it if it is this worker's first failure, and lower the cutoff. The
 * offending state (a successor, not on the walk) comes last when there is one. */
static void fail(sim_worker *w, uint64_t walk, explore_verdict v, fail_site site, uint64_t generated,
                 const uint8_t *extra, uint32_t extra_len, uint32_t extra_action)
{
    atomic_min(&w->sim->cutoff, walk);
    if (w->failure_trace && w->failure_walk < walk) return;
    explore_trace_free(w->failure_trace, w->failure_len);
    if (extra) walk_push(&w->walk, extra, extra_len, extra_action, w->draw);
    w->failure = v;
    w->failure_site = site;
    w->failure_draw = w->draw;
    w->failure_walk = walk;
    w->failure_trace = walk_trace(&w->walk, &w->failure_len, NULL);
    w->failure_rec = (walk_rec){.walk = walk, .generated = generated, .len = (uint32_t)w->walk.states.len};
    w->failure_temporal = false;
}

/* A complete walk: check the temporal properties on it. False if it failed (a violation or an error). */
static bool check_walk(sim_worker *w, uint64_t walk, uint64_t generated)
{
    const simulate_options *o = w->sim->o;
    uint32_t n;
    explore_trace_state *t = walk_trace(&w->walk, &n, NULL);
    simulate_lasso lasso = {0};
    int res = o->check_walk(o->ctx, w->mw, t, n, &lasso);
    explore_trace_free(t, n);
    if (res == 0) return true;
    fail(w, walk, res > 0 ? EXPLORE_VIOLATED : EXPLORE_FAILED, AT_EXPANDING_LAST, generated, NULL, 0, 0);
    if (w->failure_walk == walk) w->failure_temporal = true;   /* nothing to check again (recheck) */
    if (res > 0 && w->failure_walk == walk) {
        explore_trace_free(w->failure_trace, w->failure_len);
        w->failure_trace = lasso.trace;
        w->failure_len = lasso.n;
        w->failure_lasso = lasso;
        w->failure_lasso.trace = NULL;
    } else {
        explore_trace_free(lasso.trace, lasso.n);
    }
    return false;
}

/* The model's number of the action that made a successor (without EXPLORE_OUTSIDE). */
static uint32_t action_of(uint32_t action) { return action & ~EXPLORE_OUTSIDE; }

static bool outside(uint32_t action) { return action & EXPLORE_OUTSIDE; }

/* The successor the step takes: an action at random among those that have successors inside the
 * constraints (TLC picks an action, then computes its successors), then one of that action's
 * successors inside the constraints. */
typedef struct pick { uint32_t action, nth; } pick;

/* The pick among the collector's states; action UINT32_MAX if none is inside the constraints. */
static pick pick_successor(const explore_collector *c, rng *r)
{
    uint32_t n = explore_collector_count(c), len, action, nactions = 0;
    uint32_t ids[64], among[64];
    for (uint32_t i = 0; i < n; i++) {
        explore_collector_state(c, i, &len, &action);
        if (outside(action)) continue;
        uint32_t j = 0;
        while (j < nactions && ids[j] != action) j++;
        if (j < nactions) among[j]++;
        else if (nactions < 64) ids[nactions] = action, among[nactions++] = 1;
    }
    if (!nactions) return (pick){UINT32_MAX, 0};
    uint32_t k = rng_below(r, nactions);
    return (pick){ids[k], rng_below(r, among[k])};
}

typedef enum { STEP_ON, STEP_END, STEP_FAILED } step_result;

/* The note of successor i, taken to be expanded at the next step (expand_taken). */
static void keep_note(sim_worker *w, uint32_t i)
{
    const void *note = explore_collector_note(w->col, i);
    uint32_t n = w->sim->m->note_len;
    if (!note || !w->sim->m->expand_taken) return;
    VEC_RESERVE(w->taken, n);
    memcpy(w->taken.items, note, n);
    w->taken.len = n;
}

/* `c` more steps from action `from` by action `to` (count_steps), the table grown to hold them. */
static void count_steps(simulate_steps *s, uint32_t from, uint32_t to, uint64_t c)
{
    uint32_t need = (from > to ? from : to) + 1;
    if (need > s->n) {
        uint32_t n = need > 2 * s->n ? need : 2 * s->n;
        uint64_t *count = util_xcalloc((size_t)n * n, sizeof(uint64_t));
        for (uint32_t i = 0; i < s->n; i++) memcpy(count + (size_t)i * n, s->count + (size_t)i * s->n, s->n * sizeof(uint64_t));
        free(s->count);
        s->count = count;
        s->n = n;
    }
    s->count[(size_t)from * s->n + to] += c;
}

/* The invariants of successor i of the step (in the collector): with the values the model made it
 * from where it may have kept them (check_emitted, when `emitted`), with its note (its variables'
 * offsets), or from its bytes. */
static explore_status check_successor(sim_worker *w, uint32_t i, const uint8_t *next, uint32_t len, bool emitted)
{
    const explore_model *m = w->sim->m;
    const void *note = explore_collector_note(w->col, i);
    if (emitted) return m->check_emitted(w->mw, i, next, len, note);
    return note ? m->check_state_noted(w->mw, next, len, note) : m->check_state(w->mw, next, len);
}

/* Expand the walk's last state: generate and check its successors, and append one (unless last). */
static step_result step(sim_worker *w, uint64_t walk, rng *r, uint32_t level, bool last, uint64_t *generated)
{
    const explore_model *m = w->sim->m;
    uint32_t len, action;
    const uint8_t *cur = walk_state(&w->walk, level - 1, &len);
    if (m->set_level) m->set_level(w->mw, level);
    if (m->set_walk) m->set_walk(w->mw, walk + 1, atomic_load(&w->sim->generated), util_now() - w->sim->start);
    explore_collector_clear(w->col);
    uint64_t gen = 0, draw = rng_next(r) | 1;
    if (m->pick_action) m->pick_action(w->mw, draw);
    if (m->expand_taken && w->taken.len) {   /* the successor taken at the last step, from the state before */
        uint32_t from_len;
        const uint8_t *from = walk_state(&w->walk, level - 2, &from_len);
        m->expand_taken(w->mw, w->taken.items, from, from_len, w->taken_hash);
    }
    w->taken.len = 0;
    w->draw = draw;
    explore_status st = m->successors(w->mw, cur, len, explore_collector_sink(w->col), &gen);
    const uint8_t *bad;
    if (st == EXPLORE_VIOLATION && (bad = explore_collector_violation(w->col, &len, &action))) {
        fail(w, walk, EXPLORE_VIOLATED, AT_EXPANDING_PREV, *generated, bad, len, action_of(action));
        return STEP_FAILED;
    }
    if (st != EXPLORE_OK) {
        fail(w, walk, EXPLORE_FAILED, AT_EXPANDING_LAST, *generated, NULL, 0, 0);
        return STEP_FAILED;
    }
    /* The states generated and checked, as in TLC: the chosen action's successors, and those outside
     * the constraints of the actions the model tried before it (a model that cannot pick emits every
     * action's successors: the others are not counted) */
    uint32_t n = explore_collector_count(w->col), picked = UINT32_MAX;
    pick p = pick_successor(w->col, r);
    uint64_t before = *generated;
    /* the collector's states are those the model emitted, one for one, unless it dropped one for
     * want of memory */
    bool emitted = m->check_emitted && !util_out_of_memory();
    /* the hashes first, so that the good table's slots are fetched together */
    VEC_RESERVE(w->hashes, n);
    for (uint32_t i = 0; i < n; i++) {
        const uint8_t *next = explore_collector_state(w->col, i, &len, &action);
        if (action == p.action && p.nth-- == 0) picked = i;
        bool counted = action == p.action || outside(action);
        w->hashes.items[i] = w->good && counted ? state_hash(next, len) : 0;
        fetch_good(w->good, w->hashes.items[i]);
    }
    for (uint32_t i = 0; i < n; i++) {
        const uint8_t *next = explore_collector_state(w->col, i, &len, &action);
        if (action != p.action && !outside(action)) continue;
        (*generated)++;
        uint64_t h = w->hashes.items[i];
        if (i == picked) w->taken_hash = h;
        if (known_good(w->good, h)) continue;
        st = check_successor(w, i, next, len, emitted);
        if (st == EXPLORE_OK) remember_good(w->good, h);
        if (st != EXPLORE_OK) {
            fail(w, walk, st == EXPLORE_VIOLATION ? EXPLORE_VIOLATED : EXPLORE_FAILED, AT_CHECKING_LAST, *generated, next,
                 len, action_of(action));
            return STEP_FAILED;
        }
    }
    atomic_fetch_add(&w->sim->generated, *generated - before);   /* once a step: the workers share it */
    if (p.action == UINT32_MAX) {   /* no successor inside the constraints */
        if (!w->sim->o->check_deadlock) return STEP_END;
        fail(w, walk, EXPLORE_DEADLOCK, AT_EXPANDING_LAST, *generated, NULL, 0, 0);
        return STEP_FAILED;
    }
    bool counting = w->sim->o->count_steps, writing = w->sim->o->walk_done != NULL;
    if (last && !counting && !writing) return STEP_END;   /* the depth is reached */
    const uint8_t *next = explore_collector_state(w->col, picked, &len, &action);
    if (counting) count_steps(&w->steps, w->walk.states.items[level - 1].action, action, 1);
    if (last) {   /* TLC takes one more step, counted but not on the walk; file=P shows it */
        if (writing) walk_push(&w->beyond, next, len, action, draw);
        return STEP_END;
    }
    walk_push(&w->walk, next, len, action, draw);
    keep_note(w, picked);
    return STEP_ON;
}

/* One walk; false if it was abandoned (a failure before it, a stop). */
static bool run_walk(sim_worker *w, uint64_t walk)
{
    sim *s = w->sim;
    const explore_model *m = s->m;
    rng r = rng_for_walk(s->o->seed, walk);
    w->walk.bytes.len = w->walk.states.len = 0;
    w->taken.len = 0;   /* a walk starts from an initial state */
    w->beyond.bytes.len = w->beyond.states.len = 0;
    uint32_t len;
    const uint8_t *first = walk_state(&s->init, rng_below(&r, (uint32_t)s->init.states.len), &len);
    walk_push(&w->walk, first, len, 0, 0);
    uint64_t generated = 0;
    uint32_t depth = s->o->depth ? s->o->depth : 1;
    for (uint32_t level = 1; level <= depth; level++) {
        if (stopping() || atomic_load(&s->timed_out) || atomic_load(&s->cutoff) < walk) return false;
        step_result res = step(w, walk, &r, level, level == depth, &generated);
        m->state_done(w->mw);
        if (res == STEP_FAILED) return false;
        if (res == STEP_END) break;
    }
    if (s->o->check_walk && !check_walk(w, walk, generated)) return false;
    VEC_PUSH(w->pending, ((walk_rec){.walk = walk, .generated = generated, .len = (uint32_t)w->walk.states.len}));
    atomic_fetch_add(&s->traces, 1);
    if (s->o->walk_done) {
        uint32_t n, action;
        if (w->beyond.states.len) {
            const uint8_t *past = walk_state(&w->beyond, 0, &len);
            action = w->beyond.states.items[0].action;
            walk_push(&w->walk, past, len, action, w->beyond.states.items[0].draw);
        }
        uint64_t *draws;
        explore_trace_state *t = walk_trace(&w->walk, &n, &draws);
        s->o->walk_done(s->o->ctx, w->id, w->count, t, draws, n);
        explore_trace_free(t, n);
        free(draws);
    }
    w->count++;
    return true;
}

static void *run_worker(void *arg)
{
    sim_worker *w = arg;
    sim *s = w->sim;
    for (;;) {
        if (stopping() || atomic_load(&s->timed_out)) break;
        uint64_t walk = atomic_fetch_add(&s->next_walk, 1);
        if ((s->o->num && walk >= s->o->num) || walk > atomic_load(&s->cutoff)) break;
        atomic_store(&w->current, walk);
        run_walk(w, walk);
        if (w->pending.len >= 1024) fold_pending(w);
    }
    atomic_store(&w->current, UINT64_MAX);
    if (s->m->thread_end) s->m->thread_end(s->m->self);
    atomic_fetch_sub(&s->running, 1);
    return NULL;
}

/* The initial states, each checked; distinct by fingerprint. EXPLORE_SUCCESS or the failure (with
 * the offending initial state in w's walk). */
static explore_verdict initial_states(sim *s, sim_worker *w, uint64_t *generated)
{
    const explore_model *m = s->m;
    if (m->set_level) m->set_level(w->mw, 0);
    explore_collector_clear(w->col);
    explore_status st = m->initial(w->mw, explore_collector_sink(w->col), generated);
    uint32_t n = explore_collector_count(w->col), len, action;
    if (st == EXPLORE_VIOLATION) {   /* an initial state outside the constraints violates an invariant */
        const uint8_t *bad = explore_collector_violation(w->col, &len, &action);
        walk_push(&w->walk, bad, len, 0, 0);
        return EXPLORE_VIOLATED;
    }
    if (st != EXPLORE_OK) return EXPLORE_FAILED;
    VEC(uint64_t) fps = {0};
    explore_verdict v = EXPLORE_SUCCESS;
    for (uint32_t i = 0; i < n && v == EXPLORE_SUCCESS; i++) {
        const uint8_t *b = explore_collector_state(w->col, i, &len, &action);
        uint64_t fp;
        bool seen = false;
        if (!m->fingerprint(w->mw, b, len, &fp)) {
            v = EXPLORE_FAILED;
        } else {
            for (size_t j = 0; j < fps.len && !seen; j++) seen = fps.items[j] == fp;
        }
        if (v != EXPLORE_SUCCESS || seen) continue;
        VEC_PUSH(fps, fp);
        walk_push(&s->init, b, len, 0, 0);
        st = m->check_state(w->mw, b, len);
        if (st != EXPLORE_OK) {
            walk_push(&w->walk, b, len, 0, 0);
            v = st == EXPLORE_VIOLATION ? EXPLORE_VIOLATED : EXPLORE_FAILED;
        }
        m->state_done(w->mw);
    }
    VEC_FREE(fps);
    return v;
}

static void stats_of(const totals *t, double seconds, simulate_stats *out)
{
    *out = (simulate_stats){t->generated, t->traces, t->steps, 0, 0, seconds};
    if (t->lengths) {
        out->mean = t->sum_len / (double)t->lengths;
        out->variance = t->sum_len2 / (double)t->lengths - out->mean * out->mean;
        if (out->variance < 0) out->variance = 0;
    }
}

/* Wait for the workers, printing progress and watching the time limit. */
static void watch(sim *s)
{
    double last = util_now();
    while (atomic_load(&s->running) > 0) {
        struct timespec pause = {0, 20 * 1000 * 1000};
        nanosleep(&pause, NULL);
        double t = util_now();
        if (s->o->stop_after > 0 && t - s->start >= s->o->stop_after) atomic_store(&s->timed_out, true);
        if (s->o->progress && t - last >= s->o->progress_seconds) {
            last = t;
            totals approx = {atomic_load(&s->generated), atomic_load(&s->traces), 0, 0, 0, 0};
            simulate_stats st;
            stats_of(&approx, t - s->start, &st);
            s->o->progress(s->o->ctx, &st);
        }
    }
}

/* The model keeps the first fault any worker met: check the failure reported again, so that its
 * record is this one's. */
static void recheck(sim *s, const sim_worker *f)
{
    const explore_model *m = s->m;
    if (!m->forget_fault || f->failure == EXPLORE_DEADLOCK || f->failure_temporal) return;
    void *mw = s->workers[0].mw;
    explore_collector *col = s->workers[0].col;
    const explore_trace_state *t = f->failure_trace;
    uint32_t n = f->failure_len;
    m->forget_fault(m->self);
    if (m->quiet) m->quiet(mw, true);
    uint64_t generated;
    if (f->failure_site == AT_CHECKING_LAST) {
        if (m->set_level) m->set_level(mw, n - 1);
        m->check_state(mw, t[n - 1].bytes, t[n - 1].len);
    } else {
        uint32_t at = f->failure_site == AT_EXPANDING_LAST ? n - 1 : n - 2;
        if (m->set_level) m->set_level(mw, at + 1);
        explore_collector_clear(col);
        if (m->pick_action) m->pick_action(mw, f->failure_draw);
        m->successors(mw, t[at].bytes, t[at].len, explore_collector_sink(col), &generated);
    }
    if (m->quiet) m->quiet(mw, false);
    m->state_done(mw);
}

/* The outcome: the failure of least walk number, and the counts up to it. */
static void collect(sim *s, uint64_t initial_generated, simulate_result *r)
{
    sim_worker *best = NULL;
    for (int k = 0; k < s->nworkers; k++) {
        sim_worker *w = &s->workers[k];
        if (w->failure_trace && (!best || w->failure_walk < best->failure_walk)) best = w;
    }
    uint64_t cutoff = best ? best->failure_walk : UINT64_MAX;
    totals t = {initial_generated, 0, 0, 0, 0, 0};
    for (int k = 0; k < s->nworkers; k++) {
        sim_worker *w = &s->workers[k];
        t.generated += w->done.generated;
        t.traces += w->done.traces;
        t.steps += w->done.steps;
        t.sum_len += w->done.sum_len;
        t.sum_len2 += w->done.sum_len2;
        t.lengths += w->done.lengths;
        for (size_t i = 0; i < w->pending.len; i++)
            if (w->pending.items[i].walk < cutoff) add_walk(&t, &w->pending.items[i]);
    }
    if (best) {
        recheck(s, best);
        /* TLC leaves out the length of a walk whose temporal properties are violated, as of one
         * stopped by an error */
        if (best->failure == EXPLORE_FAILED || best->failure_temporal) add_failed_walk(&t, &best->failure_rec);
        else add_walk(&t, &best->failure_rec);
        r->verdict = best->failure;
        r->trace = best->failure_trace;
        r->trace_len = best->failure_len;
        r->temporal = best->failure_temporal && best->failure == EXPLORE_VIOLATED;
        r->lasso = best->failure_lasso;
        best->failure_trace = NULL;
    } else if (atomic_load(&stop_requested)) {
        r->verdict = EXPLORE_INTERRUPTED;
    } else if (util_out_of_memory()) {
        r->verdict = EXPLORE_OUT_OF_MEMORY;
    }
    r->timed_out = atomic_load(&s->timed_out);
    stats_of(&t, util_now() - s->start, &r->stats);
    for (int k = 0; k < s->nworkers; k++) {
        const simulate_steps *from = &s->workers[k].steps;
        for (uint32_t i = 0; i < from->n; i++)
            for (uint32_t j = 0; j < from->n; j++)
                if (from->count[(size_t)i * from->n + j]) count_steps(&r->steps, i, j, from->count[(size_t)i * from->n + j]);
    }
}

static void sim_free(sim *s)
{
    for (int k = 0; k < s->nworkers; k++) {
        sim_worker *w = &s->workers[k];
        s->m->worker_free(w->mw);
        explore_collector_free(w->col);
        VEC_FREE(w->walk.bytes);
        VEC_FREE(w->walk.states);
        VEC_FREE(w->beyond.bytes);
        VEC_FREE(w->beyond.states);
        VEC_FREE(w->pending);
        VEC_FREE(w->taken);
        VEC_FREE(w->hashes);
        free(w->steps.count);
        free(w->good_block);
        explore_trace_free(w->failure_trace, w->failure_len);
    }
    free(s->workers);
    VEC_FREE(s->init.bytes);
    VEC_FREE(s->init.states);
}

void simulate_run(const explore_model *m, const simulate_options *o, simulate_result *r)
{
    memset(r, 0, sizeof *r);
    atomic_store(&stop_requested, false);
    sim s = {.m = m, .o = o, .nworkers = o->workers > 0 ? o->workers : 1, .start = util_now()};
    atomic_store(&s.cutoff, UINT64_MAX);
    s.workers = util_xcalloc((size_t)s.nworkers, sizeof *s.workers);
    for (int k = 0; k < s.nworkers; k++) {
        sim_worker *w = &s.workers[k];
        *w = (sim_worker){.id = k, .mw = m->worker_new(m->self, k), .sim = &s, .col = explore_collector_new(m->check_state_noted ? m->note_len : 0)};
        if (m->check_state_pure) w->good = util_table_calloc(GOOD_SLOTS * sizeof(uint64_t), false, &w->good_block);
        atomic_store(&w->current, 0);   /* until it takes a walk, no later walk is sure to count */
    }
    uint64_t initial_generated = 0;
    explore_verdict v = initial_states(&s, &s.workers[0], &initial_generated);
    if (v != EXPLORE_SUCCESS) {
        r->verdict = v;
        r->trace = walk_trace(&s.workers[0].walk, &r->trace_len, NULL);
        r->stats.generated = initial_generated;
        r->stats.seconds = util_now() - s.start;
        sim_free(&s);
        return;
    }
    if (o->initial_done) o->initial_done(o->ctx, initial_generated, s.init.states.len);
    atomic_store(&s.generated, initial_generated);
    if (s.init.states.len) {
        atomic_store(&s.running, s.nworkers);
        for (int k = 0; k < s.nworkers; k++) pthread_create(&s.workers[k].thread, NULL, run_worker, &s.workers[k]);
        watch(&s);
        for (int k = 0; k < s.nworkers; k++) pthread_join(s.workers[k].thread, NULL);
    }
    collect(&s, initial_generated, r);
    sim_free(&s);
}

void simulate_result_free(simulate_result *r)
{
    explore_trace_free(r->trace, r->trace_len);
    r->trace = NULL;
    r->trace_len = 0;
    free(r->steps.count);
    r->steps = (simulate_steps){0};
}
