/* explore.c - level-synchronous parallel breadth-first search, in the order one worker would take.
 *
 * Each level's frontier is processed in rounds of ROUND states, each round in three phases between
 * barriers:
 *  - expand: workers take chunks of CHUNK frontier states in order, ask the model for their
 *    successors and fingerprint them into their own buffer; nothing is shared. The chunks a worker
 *    took are runs of its buffer, so the successors of the round have a canonical order (frontier
 *    position, then emission) and a sequence number `seq` in it: the order one worker emits them in.
 *  - dedup: each worker owns one slice of the fingerprints and inserts the successors it owns, in
 *    seq order, into the lock-free set. All duplicates of a state go to its owner, so the one
 *    inserted (whose predecessor the trace records) is the first in seq order, as with one worker.
 *    The owner checks its new states (invariants) and queues their bytes in its spool.
 *  - rank: the new states of the round get consecutive ids in seq order (a bitmap of the round's
 *    new seqs and its prefix counts give each its rank); each owner writes the trace records and the
 *    next level's entries of its own states.
 * So every level is in first-in-first-out order whatever the number of workers, and a violation
 * found at level k has a shortest trace.
 *
 * Faults are ordered the same way, by a key 4 * seq + sub that places each among the successors
 * (see key_of). The search stops at the first in that order: the counts are those of the states new
 * before it and of the successors generated up to its state; the model's check of that fault is run
 * again (forget_fault) so that what the model recorded is this fault and not the first one some
 * worker happened to meet. With keep_going (-continue), violations are reported in that order, each
 * between two rounds, and the search goes on.
 *
 * Traces are rebuilt TLC's way: only (predecessor, fingerprint) is kept per state, and the states of
 * a trace are found again by replaying the model from an initial state. */
#include "explore.h"

#include "fpset.h"
#include "spool.h"
#include "util.h"

#include <errno.h>
#include <pthread.h>
#include <stdatomic.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

static atomic_bool stop_requested;

void explore_request_stop(void) { atomic_store(&stop_requested, true); }

enum { CHUNK = 64, ROUND = 1 << 15, RUNS = ROUND / CHUNK, TRACE_CHUNK_BITS = 20, TRACE_CHUNKS = 1 << 16 };
static const uint64_t NO_PRED = UINT64_MAX, NO_FAULT = UINT64_MAX;
static const uint64_t TRACE_CAPACITY = (uint64_t)TRACE_CHUNKS << TRACE_CHUNK_BITS;

/* Where a fault stands relative to the successor `seq` of the round: before it (an expansion that
 * failed or stopped before emitting it), at its invariants, or at its step's properties. */
enum { BEFORE_SUCCESSOR = 0, AT_STATE = 1, AT_STEP = 2 };

typedef VEC(uint8_t) byte_vec;
typedef VEC(uint64_t) word_vec;

/* A state emitted by the model, waiting in a worker's buffer. */
typedef struct pending { uint64_t fp, pred; size_t off; uint32_t len, action; } pending;
typedef VEC(pending) pending_vec;
/* A state of the frontier being expanded. */
typedef struct queued { uint64_t id; const uint8_t *bytes; uint32_t len; } queued;
/* A state of a level, in breadth-first order: its length and the worker whose spool holds it. */
typedef struct slot { uint32_t len, owner; } slot;
typedef VEC(slot) slot_vec;
/* A chunk of the round's frontier, expanded by `worker` into succs[start..end); base is the seq of
 * succs[start]. */
typedef struct chunk_run { uint32_t worker; size_t start, end; uint64_t base; } chunk_run;
/* A state new in this round, found by its owner: succs[index] of worker `producer`. */
typedef struct found { uint64_t seq; uint32_t producer; size_t index; } found;
typedef struct trace_rec { uint64_t pred, fp; } trace_rec;
typedef struct edge_rec { uint64_t from, to_fp; } edge_rec;
/* A transition violation reported by the model: the successor, and the index its successor (or the
 * next one) has in the worker's buffer. */
typedef struct step_violation { uint8_t *bytes; uint32_t len, action; size_t at; } step_violation;

typedef enum { FAULT_NONE, FAULT_VIOLATION, FAULT_DEADLOCK, FAULT_ERROR } fault_kind;

/* A fault met in a round. */
typedef struct fault {
    fault_kind kind;
    int sub;                     /* BEFORE_SUCCESSOR, AT_STATE or AT_STEP */
    uint64_t pos;                /* the frontier state expanded (its position in the round) */
    uint32_t run;                /* BEFORE_SUCCESSOR, AT_STEP: the chunk, and the buffer index of */
    size_t at;                   /* the successor the fault stands at */
    uint32_t producer;           /* AT_STATE: the new state is succs[index] of worker producer */
    size_t index;
    uint64_t seq, key;
    uint8_t *succ;               /* a violated step's successor (NULL otherwise) */
    uint32_t succ_len, succ_action;
} fault;

struct explore_sink {
    byte_vec *bytes;
    pending_vec *out;
    uint64_t pred;
    bool keep_going;
    VEC(step_violation) violations;
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
    pending_vec succs;
    spool cur, next;             /* the states it owns of this level, and of the next */
    VEC(found) found;
    word_vec bits;               /* the seqs it found new this round */
    fault expansion;             /* the first fault of its expansions this round */
    VEC(fault) faults;           /* its violations (-continue) and failed state checks this round */
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
    uint64_t next_id, max_states;
    /* the level being expanded (ids level_base ..) and the next one, in breadth-first order */
    slot_vec cur_slots, next_slots;
    uint64_t level_base, nfrontier;
    uint32_t depth;
    /* the round */
    bool initial;                /* the round of the initial states */
    uint64_t round_start, round_end;
    queued *round;               /* its frontier states */
    uint64_t *gen;               /* successors generated by each */
    uint64_t *owner_bytes;       /* bytes each worker's spool holds of the round */
    const uint8_t **owner_block;
    _Atomic uint64_t claim;
    chunk_run runs[RUNS];
    uint32_t nruns;
    uint64_t nseq;               /* successors emitted in the round */
    _Atomic uint64_t cutoff;     /* the key of the first stopping fault found so far */
    atomic_bool stop_expanding;  /* some worker met an expansion fault: the others end their chunk */
    bool dedup_ok, rank_ok;
    uint64_t seq_limit;          /* the successors before the first stopping fault: seq < seq_limit */
    word_vec ranked, prefix;     /* the round's new seqs, and the count of those before each word */
    uint64_t round_new, id_base, slot_base;
    explore_stats round_stats;   /* as of the round's start (TLCGet) */
    /* totals and the outcome */
    uint64_t generated, distinct;
    atomic_int disk_errno;
    explore_verdict verdict;     /* why the search ended early, when no fault ended it */
    bool done;
    fault stop;                  /* the fault the search ended at */
    uint64_t stop_id;            /* its state, or the state whose step it is */
    uint32_t violations;
    double start, last_progress;
} search;

static double now(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

static uint64_t min_u64(uint64_t a, uint64_t b) { return a < b ? a : b; }

/* A fault's place in the round: before successor seq's emission, then at its invariants, then at
 * its step's properties (TLC checks a new state's invariants before the step's properties). */
static uint64_t key_of(uint64_t seq, int sub) { return seq * 4 + (uint64_t)sub; }

static void atomic_min(_Atomic uint64_t *a, uint64_t v)
{
    uint64_t cur = atomic_load(a);
    while (v < cur && !atomic_compare_exchange_weak(a, &cur, v)) {}
}

/* The worker that owns a fingerprint in the dedup phase. */
static uint32_t owner_of(uint64_t fp, int n) { return (uint32_t)(((fp >> 32) * (uint64_t)n) >> 32); }

static bool stopping(search *s)
{
    return atomic_load(&stop_requested) || util_out_of_memory() || atomic_load(&s->disk_errno);
}

/* ---- sinks -------------------------------------------------------------------------------------- */

static bool append_bytes(byte_vec *v, const uint8_t *p, uint32_t n)
{
    if (v->len + n > v->cap) {
        size_t cap = (v->len + n) * 2 + 4096;
        uint8_t *items = util_try_realloc(v->items, cap);
        if (!items) return false;
        v->items = items;
        v->cap = cap;
    }
    memcpy(v->items + v->len, p, n);
    v->len += n;
    return true;
}

static bool push_pending(pending_vec *v, pending p)
{
    if (v->len == v->cap) {
        size_t cap = v->cap ? v->cap * 2 : 64;
        pending *items = util_try_realloc(v->items, cap * sizeof *items);
        if (!items) return false;
        v->items = items;
        v->cap = cap;
    }
    v->items[v->len++] = p;
    return true;
}

/* Out of memory, the state is dropped: the search stops at the end of the chunk (stopping()). */
void explore_emit(explore_sink *sink, const uint8_t *bytes, uint32_t len, uint32_t action)
{
    pending p = {0, sink->pred, sink->bytes->len, len, action};
    if (append_bytes(sink->bytes, bytes, len) && !push_pending(sink->out, p)) sink->bytes->len = p.off;
}

void explore_emit_violation(explore_sink *sink, const uint8_t *bytes, uint32_t len, uint32_t action)
{
    step_violation v = {util_xmalloc(len ? len : 1), len, action, sink->out->len};
    memcpy(v.bytes, bytes, len);
    VEC_PUSH(sink->violations, v);
}

bool explore_sink_continues(const explore_sink *sink) { return sink->keep_going; }

static void sink_drop_violations(explore_sink *sink)
{
    for (size_t i = 0; i < sink->violations.len; i++) free(sink->violations.items[i].bytes);
    VEC_FREE(sink->violations);
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

/* ---- expand: successors of the round's frontier into each worker's buffer ---------------------- */

/* A worker keeps the first of its expansion faults in the round (its buffer index orders them). */
static void expansion_fault(worker *w, fault_kind kind, uint64_t pos, uint32_t run, size_t at, step_violation *v)
{
    if (w->expansion.kind != FAULT_NONE && w->expansion.at <= at) {
        if (v) free(v->bytes);
        return;
    }
    free(w->expansion.succ);
    w->expansion = (fault){.kind = kind, .sub = BEFORE_SUCCESSOR, .pos = pos, .run = run, .at = at};
    if (v) {
        w->expansion.succ = v->bytes;
        w->expansion.succ_len = v->len;
        w->expansion.succ_action = v->action;
    }
}

/* Transition violations: with keep_going each is reported and the search goes on; otherwise the
 * first ends the expansion. */
static void take_violations(search *s, worker *w, explore_sink *sink, uint64_t pos, uint32_t run)
{
    for (size_t i = 0; i < sink->violations.len; i++) {
        step_violation *v = &sink->violations.items[i];
        if (s->o->keep_going)
            VEC_PUSH(w->faults, ((fault){.kind = FAULT_VIOLATION, .sub = AT_STEP, .pos = pos, .run = run, .at = v->at,
                                         .succ = v->bytes, .succ_len = v->len, .succ_action = v->action}));
        else if (i == 0)
            expansion_fault(w, FAULT_VIOLATION, pos, run, v->at, v);
        else
            free(v->bytes);
    }
    VEC_FREE(sink->violations);
}

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

/* Successors of one frontier state (at position pos of the round, in chunk run), fingerprinted,
 * into the worker's buffer. */
static void expand(search *s, worker *w, const queued *q, uint64_t pos, uint32_t run)
{
    explore_sink sink = {&w->succ_bytes, &w->succs, q->id, s->o->keep_going, {0}};
    size_t first = w->succs.len;
    uint64_t generated = 0;
    explore_status st = s->m->successors(w->mw, q->bytes, q->len, &sink, &generated);
    s->gen[pos] = generated;
    take_violations(s, w, &sink, pos, run);
    if (st == EXPLORE_ERROR) expansion_fault(w, FAULT_ERROR, pos, run, w->succs.len, NULL);
    else if (st == EXPLORE_OK && generated == 0 && s->o->check_deadlock) expansion_fault(w, FAULT_DEADLOCK, pos, run, first, NULL);
    bool ok = true;
    for (size_t i = first; i < w->succs.len && ok; i++) {
        pending *p = &w->succs.items[i];
        if (!(ok = s->m->fingerprint(w->mw, w->succ_bytes.items + p->off, p->len, &p->fp)))
            expansion_fault(w, FAULT_ERROR, pos, run, i, NULL);
    }
    if (ok && st == EXPLORE_OK && s->o->record_graph && !record_transitions(s, w, q, first))
        expansion_fault(w, FAULT_ERROR, pos, run, first, NULL);
    s->m->state_done(w->mw);
}

static void expand_phase(search *s, worker *w)
{
    if (s->m->set_level) s->m->set_level(w->mw, s->depth);
    if (s->m->set_stats) s->m->set_stats(w->mw, &s->round_stats);
    for (;;) {
        uint64_t i = atomic_fetch_add(&s->claim, CHUNK);
        if (i >= s->round_end) return;
        uint32_t r = (uint32_t)((i - s->round_start) / CHUNK);
        uint64_t end = min_u64(i + CHUNK, s->round_end);
        s->runs[r] = (chunk_run){(uint32_t)w->id, w->succs.len, 0, 0};
        for (; i < end && w->expansion.kind == FAULT_NONE && !stopping(s); i++)
            expand(s, w, &s->round[i - s->round_start], i - s->round_start, r);
        s->runs[r].end = w->succs.len;
        if (w->expansion.kind != FAULT_NONE) atomic_store(&s->stop_expanding, true);
        if (atomic_load(&s->stop_expanding) || stopping(s)) return;
    }
}

/* The round of the initial states: worker 0 enumerates them, as one chunk. */
static void expand_initial(search *s, worker *w)
{
    explore_stats none = {.depth = 1};
    explore_sink sink = {&w->succ_bytes, &w->succs, NO_PRED, false, {0}};
    if (s->m->set_level) s->m->set_level(w->mw, 0);
    if (s->m->set_stats) s->m->set_stats(w->mw, &none);
    explore_status st = s->m->initial(w->mw, &sink, &s->gen[0]);
    sink_drop_violations(&sink);
    if (st != EXPLORE_OK) expansion_fault(w, FAULT_ERROR, 0, 0, w->succs.len, NULL);
    for (size_t i = 0; i < w->succs.len; i++) {
        pending *p = &w->succs.items[i];
        if (!s->m->fingerprint(w->mw, w->succ_bytes.items + p->off, p->len, &p->fp)) {
            expansion_fault(w, FAULT_ERROR, 0, 0, i, NULL);
            break;
        }
    }
    s->m->state_done(w->mw);
    s->runs[0] = (chunk_run){0, 0, w->succs.len, 0};
    s->nruns = 1;
}

/* Between expand and dedup (one thread): the seq of each chunk's first successor, the keys of the
 * faults met, and room in the set for every successor. False when the search must stop. */
static bool prepare_dedup(search *s)
{
    if (stopping(s)) return false;
    if (!s->initial) s->nruns = (uint32_t)((min_u64(atomic_load(&s->claim), s->round_end) - s->round_start + CHUNK - 1) / CHUNK);
    uint64_t base = 0;
    for (uint32_t r = 0; r < s->nruns; r++) {
        s->runs[r].base = base;
        base += s->runs[r].end - s->runs[r].start;
    }
    s->nseq = base;
    for (int k = 0; k < s->nworkers; k++) {
        worker *w = &s->workers[k];
        fault *f = &w->expansion;
        if (f->kind != FAULT_NONE) {
            f->seq = s->runs[f->run].base + (f->at - s->runs[f->run].start);
            f->key = key_of(f->seq, BEFORE_SUCCESSOR);
            atomic_min(&s->cutoff, f->key);
        }
        for (size_t i = 0; i < w->faults.len; i++) {
            f = &w->faults.items[i];
            f->seq = s->runs[f->run].base + (f->at - s->runs[f->run].start);
            f->key = key_of(f->seq, f->sub);
        }
    }
    if (fpset_reserve(s->seen, s->nseq)) return true;
    if (fpset_disk_errno(s->seen)) atomic_store(&s->disk_errno, fpset_disk_errno(s->seen));
    return false;
}

/* ---- dedup: each worker inserts the successors it owns, in seq order --------------------------- */

/* A new state failed its checks. False when the search stops there (all but a violation with
 * keep_going): the later successors of this owner come after it. */
static bool state_fault(search *s, worker *w, explore_status st, uint64_t seq, uint32_t producer, size_t index)
{
    uint64_t pred = s->workers[producer].succs.items[index].pred;
    fault f = {.kind = st == EXPLORE_VIOLATION ? FAULT_VIOLATION : FAULT_ERROR, .sub = AT_STATE,
               .pos = pred == NO_PRED ? 0 : pred - s->level_base - s->round_start, .producer = producer,
               .index = index, .seq = seq, .key = key_of(seq, AT_STATE)};
    VEC_PUSH(w->faults, f);
    if (f.kind == FAULT_VIOLATION && s->o->keep_going) return true;
    atomic_min(&s->cutoff, f.key);
    return false;
}

static bool queue_state(search *s, worker *w, const uint8_t *bytes, uint32_t len)
{
    if (spool_append(&w->next, bytes, len)) return true;
    if (errno != ENOMEM) atomic_store(&s->disk_errno, errno ? errno : EIO);
    return false;
}

static void dedup_phase(search *s, worker *w)
{
    size_t words = (s->nseq + 63) / 64;
    VEC_RESERVE(w->bits, words);
    memset(w->bits.items, 0, words * sizeof(uint64_t));
    for (uint32_t r = 0; r < s->nruns; r++) {
        const chunk_run *rn = &s->runs[r];
        worker *pw = &s->workers[rn->worker];
        for (size_t i = rn->start; i < rn->end; i++) {
            pending *p = &pw->succs.items[i];
            if (owner_of(p->fp, s->nworkers) != (uint32_t)w->id) continue;
            uint64_t seq = rn->base + (i - rn->start);
            if (key_of(seq, AT_STATE) > atomic_load_explicit(&s->cutoff, memory_order_relaxed) || stopping(s)) return;
            if (!fpset_put(s->seen, p->fp)) continue;
            const uint8_t *bytes = pw->succ_bytes.items + p->off;
            if (!queue_state(s, w, bytes, p->len)) return;
            VEC_PUSH(w->found, ((found){seq, rn->worker, i}));
            w->bits.items[seq / 64] |= 1ull << (seq % 64);
            explore_status st = s->m->check_state(w->mw, bytes, p->len);
            s->m->state_done(w->mw);
            if (st != EXPLORE_OK && !state_fault(s, w, st, seq, rn->worker, i)) return;
        }
    }
}

/* ---- rank: ids in seq order --------------------------------------------------------------------- */

/* Between dedup and rank (one thread): which successors count (those before the first stopping
 * fault), the bitmap of the new ones and its prefix counts. False when the search must stop. */
static bool prepare_rank(search *s)
{
    if (stopping(s)) return false;
    uint64_t cut = atomic_load(&s->cutoff);
    s->seq_limit = cut == NO_FAULT ? s->nseq : min_u64(s->nseq, cut ? (cut - 1) / 4 + 1 : 0);
    size_t words = (s->seq_limit + 63) / 64;
    VEC_RESERVE(s->ranked, words);
    VEC_RESERVE(s->prefix, words);
    uint64_t total = 0;
    for (size_t i = 0; i < words; i++) {
        uint64_t bits = 0;
        for (int k = 0; k < s->nworkers; k++) bits |= s->workers[k].bits.items[i];
        if (i == words - 1 && s->seq_limit % 64) bits &= (1ull << (s->seq_limit % 64)) - 1;
        s->ranked.items[i] = bits;
        s->prefix.items[i] = total;
        total += (uint64_t)__builtin_popcountll(bits);
    }
    s->round_new = total;
    if (s->next_id + total > s->max_states) {
        s->verdict = EXPLORE_TOO_LARGE;
        return false;
    }
    if (s->next_slots.len + total > s->next_slots.cap) {
        size_t cap = (s->next_slots.len + total) * 2;
        slot *items = util_try_realloc(s->next_slots.items, cap * sizeof *items);
        if (!items) return false;
        s->next_slots.items = items;
        s->next_slots.cap = cap;
    }
    s->id_base = s->next_id;
    s->slot_base = s->next_slots.len;
    return true;
}

/* The rank of a new state among the round's new states. */
static uint64_t rank_of(const search *s, uint64_t seq)
{
    uint64_t word = s->ranked.items[seq / 64] & ((1ull << (seq % 64)) - 1);
    return s->prefix.items[seq / 64] + (uint64_t)__builtin_popcountll(word);
}

static void rank_phase(search *s, worker *w)
{
    for (size_t i = 0; i < w->found.len && w->found.items[i].seq < s->seq_limit; i++) {
        const found *f = &w->found.items[i];
        const pending *p = &s->workers[f->producer].succs.items[f->index];
        uint64_t rank = rank_of(s, f->seq);
        *trace_slot(s, s->id_base + rank) = (trace_rec){p->pred, p->fp};
        s->next_slots.items[s->slot_base + rank] = (slot){p->len, (uint32_t)w->id};
    }
}

/* ---- traces ------------------------------------------------------------------------------------- */

typedef struct collector { byte_vec bytes; pending_vec states; } collector;

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

/* Replay the model along `fps` (in behaviour order) with worker mw, copying the states into out.
 * The sink goes on past violated steps, whose successors a path may go through (-continue). */
static bool replay(const explore_model *m, void *mw, const uint64_t *fps, uint32_t n, explore_trace_state *out)
{
    collector c = {0};
    explore_sink sink = {&c.bytes, &c.states, NO_PRED, true, {0}};
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
        sink_drop_violations(&sink);
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

/* The shortest trace from an initial state to state `id`, along the recorded predecessors, then the
 * successor `succ` of a violated step when there is one (it is not a state of the search). */
static uint32_t trace_to(search *s, uint64_t id, const fault *f, explore_trace_state **out)
{
    VEC(uint64_t) fps = {0};
    for (uint64_t at = id; at != NO_PRED; at = trace_slot(s, at)->pred) VEC_PUSH(fps, trace_slot(s, at)->fp);
    uint32_t n = (uint32_t)fps.len;
    for (uint32_t i = 0, j = n - 1; i < j; i++, j--) {
        uint64_t x = fps.items[i];
        fps.items[i] = fps.items[j];
        fps.items[j] = x;
    }
    *out = util_xcalloc(n + 2, sizeof **out);
    bool ok = replay(s->m, s->workers[0].mw, fps.items, n, *out);
    VEC_FREE(fps);
    if (!ok) {
        explore_trace_free(*out, n + 2);
        *out = NULL;
        return 0;
    }
    if (f->succ) {
        (*out)[n] = (explore_trace_state){util_xmalloc(f->succ_len ? f->succ_len : 1), f->succ_len, f->succ_action};
        memcpy((*out)[n].bytes, f->succ, f->succ_len);
        n++;
    }
    return n;
}

/* The state a fault's trace ends at (or whose step it is): NO_PRED for an initial predicate that
 * failed. Valid until the next round starts. */
static uint64_t fault_state(const search *s, const fault *f)
{
    if (f->sub == AT_STATE) return s->id_base + rank_of(s, f->seq);
    return s->initial ? NO_PRED : s->round[f->pos].id;
}

/* The expansion of state q (NULL: the initial predicate) again, up to its first error: successors,
 * fingerprints, and the labels of a recorded graph. */
static void recheck_expansion(search *s, const queued *q)
{
    const explore_model *m = s->m;
    void *mw = s->workers[0].mw;
    collector c = {0};
    explore_sink sink = {&c.bytes, &c.states, NO_PRED, true, {0}};
    uint64_t generated, fp;
    bool ok = (q ? m->successors(mw, q->bytes, q->len, &sink, &generated) : m->initial(mw, &sink, &generated)) == EXPLORE_OK;
    sink_drop_violations(&sink);
    for (size_t i = 0; i < c.states.len && ok; i++)
        ok = m->fingerprint(mw, c.bytes.items + c.states.items[i].off, c.states.items[i].len, &fp);
    if (ok && q && s->o->record_graph) {
        uint64_t *row = util_xcalloc(m->state_label_words + m->edge_label_words + 1, sizeof(uint64_t));
        ok = m->label_state(mw, q->bytes, q->len, row) && m->label_edge(mw, q->bytes, q->len, q->bytes, q->len, row);
        for (size_t i = 0; i < c.states.len && ok; i++)
            ok = m->label_edge(mw, q->bytes, q->len, c.bytes.items + c.states.items[i].off, c.states.items[i].len, row);
        free(row);
    }
    VEC_FREE(c.bytes);
    VEC_FREE(c.states);
}

/* Run the model's check of a fault again on worker 0, after it forgot what it recorded, so that its
 * record is this fault's. */
static void recheck(search *s, const fault *f)
{
    const explore_model *m = s->m;
    void *mw = s->workers[0].mw;
    if (!m->forget_fault) return;
    m->forget_fault(m->self);
    if (m->set_level) m->set_level(mw, s->initial ? 0 : s->depth);
    if (f->sub == AT_STATE) {
        const pending *p = &s->workers[f->producer].succs.items[f->index];
        m->check_state(mw, s->workers[f->producer].succ_bytes.items + p->off, p->len);
    } else if (f->succ && m->check_step) {
        const queued *q = &s->round[f->pos];
        m->check_step(mw, q->bytes, q->len, f->succ, f->succ_len);
    } else if (f->kind == FAULT_ERROR) {
        recheck_expansion(s, s->initial ? NULL : &s->round[f->pos]);
    }
    m->state_done(mw);
}

/* ---- levels and rounds (decided by worker 0 between barriers) ----------------------------------- */

/* The next level becomes the one to expand: each worker's spool of it is read back from now on. */
static void start_level(search *s)
{
    for (int k = 0; k < s->nworkers; k++) {
        worker *w = &s->workers[k];
        spool t = w->cur;
        w->cur = w->next;
        w->next = t;
        spool_clear(&w->next);
    }
    slot_vec t = s->cur_slots;
    s->cur_slots = s->next_slots;
    s->next_slots = t;
    s->next_slots.len = 0;
    s->nfrontier = s->cur_slots.len;
    s->level_base = s->next_id - s->nfrontier;
    s->round_start = s->round_end = 0;
    if (s->nfrontier) s->depth++;
}

/* The frontier states of the round, read from their owners' spools: each spool holds its states of
 * the level in order, so the round takes one block of each. */
static bool load_round(search *s)
{
    uint64_t n = s->round_end - s->round_start;
    memset(s->owner_bytes, 0, sizeof(uint64_t) * (size_t)s->nworkers);
    for (uint64_t k = 0; k < n; k++) s->owner_bytes[s->cur_slots.items[s->round_start + k].owner] += s->cur_slots.items[s->round_start + k].len;
    for (int j = 0; j < s->nworkers; j++) {
        s->owner_block[j] = s->owner_bytes[j] ? spool_take(&s->workers[j].cur, s->owner_bytes[j]) : NULL;
        if (s->owner_bytes[j] && !s->owner_block[j]) {
            if (errno != ENOMEM) atomic_store(&s->disk_errno, errno ? errno : EIO);
            return false;
        }
    }
    for (uint64_t k = 0; k < n; k++) {
        const slot *sl = &s->cur_slots.items[s->round_start + k];
        s->round[k] = (queued){s->level_base + s->round_start + k, s->owner_block[sl->owner], sl->len};
        s->owner_block[sl->owner] += sl->len;
    }
    return true;
}

static void report_progress(search *s)
{
    if (!s->o->progress) return;
    double t = now();
    if (t - s->last_progress < s->o->progress_seconds) return;
    s->last_progress = t;
    explore_stats st = {s->generated, s->distinct, s->nfrontier - s->round_start + s->next_slots.len, s->depth,
                        t - s->start};
    s->o->progress(s->o->progress_ctx, &st);
}

/* Plan the next round: the next slice of this level's frontier, or the next level. */
static void plan_round(search *s)
{
    s->initial = false;
    s->round_start = s->round_end;
    if (s->round_start >= s->nfrontier) start_level(s);
    if (s->nfrontier == 0 || stopping(s)) {
        s->done = true;
        return;
    }
    s->round_end = min_u64(s->round_start + ROUND, s->nfrontier);
    if (!load_round(s)) {
        s->done = true;
        return;
    }
    atomic_store(&s->claim, s->round_start);
    atomic_store(&s->cutoff, NO_FAULT);
    atomic_store(&s->stop_expanding, false);
    memset(s->gen, 0, sizeof(uint64_t) * ROUND);
    /* TLCGet reads the counts as of the round's start; the round's own states are being expanded */
    s->round_stats = (explore_stats){s->generated, s->distinct, s->nfrontier - s->round_end + s->next_slots.len,
                                     s->depth, now() - s->start};
    report_progress(s);
}

/* The first fault in breadth-first order that stops the search (all but violations with keep_going),
 * or NULL. */
static fault *first_stop(search *s)
{
    fault *best = NULL;
    for (int k = 0; k < s->nworkers; k++) {
        worker *w = &s->workers[k];
        for (size_t i = 0; i <= w->faults.len; i++) {
            fault *f = i < w->faults.len ? &w->faults.items[i] : &w->expansion;
            if (f->kind == FAULT_NONE || (f->kind == FAULT_VIOLATION && s->o->keep_going)) continue;
            if (!best || f->key < best->key || (f->key == best->key && f->pos < best->pos)) best = f;
        }
    }
    return best;
}

static int compare_faults(const void *a, const void *b)
{
    const fault *x = *(const fault *const *)a, *y = *(const fault *const *)b;
    if (x->key != y->key) return x->key < y->key ? -1 : 1;
    return (x->pos > y->pos) - (x->pos < y->pos);
}

/* With keep_going: the round's violations before `stop` (if any), in breadth-first order, each
 * checked again and reported with its trace. */
static void report_violations(search *s, const fault *stop)
{
    VEC(fault *) list = {0};
    for (int k = 0; k < s->nworkers; k++) {
        worker *w = &s->workers[k];
        for (size_t i = 0; i < w->faults.len; i++) {
            fault *f = &w->faults.items[i];
            if (f->kind == FAULT_VIOLATION && (!stop || compare_faults(&f, &stop) < 0)) VEC_PUSH(list, f);
        }
    }
    if (list.len) qsort(list.items, list.len, sizeof *list.items, compare_faults);
    for (size_t i = 0; i < list.len; i++) {
        explore_trace_state *trace;
        recheck(s, list.items[i]);
        uint32_t n = trace_to(s, fault_state(s, list.items[i]), list.items[i], &trace);
        if (s->o->violation) s->o->violation(s->o->progress_ctx, trace, n);
        explore_trace_free(trace, n);
        s->violations++;
    }
    VEC_FREE(list);
}

/* The search ends at fault f: counts up to it, and the model's record of it. */
static void stop_at(search *s, fault *f)
{
    recheck(s, f);
    s->stop = *f;
    f->succ = NULL;
    s->stop_id = fault_state(s, f);
    s->done = true;
}

static void clear_faults(search *s)
{
    for (int k = 0; k < s->nworkers; k++) {
        worker *w = &s->workers[k];
        for (size_t i = 0; i < w->faults.len; i++) free(w->faults.items[i].succ);
        w->faults.len = 0;
        free(w->expansion.succ);
        w->expansion = (fault){0};
    }
}

/* After rank (one thread): the round's states join the totals; its faults are reported or end the
 * search; then the next round is planned. */
static void finish_round(search *s)
{
    if (!s->rank_ok) {
        s->done = true;
        return;
    }
    s->next_id += s->round_new;
    s->distinct += s->round_new;
    s->next_slots.len += s->round_new;
    fault *stop = first_stop(s);
    uint64_t expanded = s->initial ? 1 : stop ? stop->pos + 1 : s->round_end - s->round_start;
    for (uint64_t k = 0; k < expanded; k++) s->generated += s->gen[k];
    if (s->o->keep_going) report_violations(s, stop);
    if (stop) stop_at(s, stop);
    else if (s->initial && s->o->initial_done) s->o->initial_done(s->o->progress_ctx, s->generated, s->distinct);
    clear_faults(s);
    if (!s->done) plan_round(s);
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
        w->succs.len = w->succ_bytes.len = w->found.len = 0;
        if (!s->initial) expand_phase(s, w);
        else if (w->id == 0) expand_initial(s, w);
        pthread_barrier_wait(&s->barrier);
        if (w->id == 0) s->dedup_ok = prepare_dedup(s);
        pthread_barrier_wait(&s->barrier);
        if (s->dedup_ok) dedup_phase(s, w);
        pthread_barrier_wait(&s->barrier);
        if (w->id == 0) s->rank_ok = s->dedup_ok && prepare_rank(s);
        pthread_barrier_wait(&s->barrier);
        if (s->rank_ok) rank_phase(s, w);
        pthread_barrier_wait(&s->barrier);
        if (w->id == 0) finish_round(s);
    }
    return NULL;
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
    uint64_t total = s->next_id;
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

/* TLC's "actual" collision estimate needs the least distance between two fingerprints. Taken from the
 * set's table in place, unless the table is much larger than its contents (-fpmem): then from a
 * copy of the fingerprints in the trace store. */
static uint64_t least_distance(search *s)
{
    uint64_t n = s->next_id;
    uint64_t *copy = fpset_capacity(s->seen) > 8 * n ? util_try_calloc(2 * n + 1, sizeof(uint64_t)) : NULL;
    if (!copy) return fpset_least_distance(s->seen);
    for (uint64_t id = 0; id < n; id++) copy[id] = trace_slot(s, id)->fp;
    uint64_t d = fpset_least_distance_of(copy, copy + n, n);
    free(copy);
    return d;
}

static explore_verdict verdict_of(const search *s)
{
    switch (s->stop.kind) {
    case FAULT_VIOLATION: return EXPLORE_VIOLATED;
    case FAULT_DEADLOCK: return EXPLORE_DEADLOCK;
    case FAULT_ERROR: return EXPLORE_FAILED;
    case FAULT_NONE: break;
    }
    if (s->verdict != EXPLORE_SUCCESS) return s->verdict;
    if (atomic_load(&s->disk_errno)) return EXPLORE_DISK_ERROR;
    if (util_out_of_memory()) return EXPLORE_OUT_OF_MEMORY;
    if (atomic_load(&stop_requested)) return EXPLORE_INTERRUPTED;
    return EXPLORE_SUCCESS;
}

/* The counts TLC prints. At a fault: the states the round expanded up to the fault's are expanded,
 * the fault's new state is not queued, and the depth is that of the deepest state found. */
static explore_stats final_stats(const search *s, explore_verdict v)
{
    explore_stats st = {s->generated, s->distinct, 0, s->depth, now() - s->start};
    if (v == EXPLORE_SUCCESS) return st;
    uint64_t expanded = s->round_start;
    if (s->stop.kind != FAULT_NONE && !s->initial) expanded += s->stop.pos + 1;
    st.queue = s->nfrontier - min_u64(expanded, s->nfrontier) + s->next_slots.len;
    if (s->stop.sub == AT_STATE && s->stop.kind != FAULT_NONE) st.queue--;
    if (s->stop.kind != FAULT_NONE && s->next_slots.len) st.depth++;
    return st;
}

static void search_init(search *s, const explore_model *m, const explore_options *o)
{
    s->m = m;
    s->o = o;
    s->nworkers = o->workers > 0 ? o->workers : 1;
    s->workers = util_xcalloc((size_t)s->nworkers, sizeof(worker));
    s->seen = fpset_new(1 << 16, o->fpset_bytes);
    s->max_states = o->max_states && o->max_states < TRACE_CAPACITY ? o->max_states : TRACE_CAPACITY;
    s->round = util_xcalloc(ROUND, sizeof(queued));
    s->gen = util_xcalloc(ROUND, sizeof(uint64_t));
    s->owner_bytes = util_xcalloc((size_t)s->nworkers, sizeof(uint64_t));
    s->owner_block = util_xcalloc((size_t)s->nworkers, sizeof(uint8_t *));
    pthread_mutex_init(&s->trace_lock, NULL);
    pthread_barrier_init(&s->barrier, NULL, (unsigned)s->nworkers);
    s->start = s->last_progress = now();
    s->initial = true;
    atomic_store(&s->cutoff, NO_FAULT);
    for (int k = 0; k < s->nworkers; k++) {
        worker *w = &s->workers[k];
        w->id = k;
        w->mw = m->worker_new(m->self, k);
        spool_init(&w->cur, o->queue_budget / (uint64_t)s->nworkers);
        spool_init(&w->next, o->queue_budget / (uint64_t)s->nworkers);
    }
}

static void worker_free(const explore_model *m, worker *w)
{
    m->worker_free(w->mw);
    VEC_FREE(w->succ_bytes);
    VEC_FREE(w->succs);
    spool_free(&w->cur);
    spool_free(&w->next);
    VEC_FREE(w->found);
    VEC_FREE(w->bits);
    VEC_FREE(w->faults);
    BIGVEC_FREE(w->nodes);
    BIGVEC_FREE(w->node_labels);
    BIGVEC_FREE(w->edges);
    BIGVEC_FREE(w->edge_labels);
    free(w->steps.slots);
}

static void search_free(search *s)
{
    for (int k = 0; k < s->nworkers; k++) worker_free(s->m, &s->workers[k]);
    for (uint64_t c = 0; c < TRACE_CHUNKS; c++) free(atomic_load(&s->trace[c]));
    free(s->stop.succ);
    VEC_FREE(s->cur_slots);
    VEC_FREE(s->next_slots);
    VEC_FREE(s->ranked);
    VEC_FREE(s->prefix);
    free(s->round);
    free(s->gen);
    free(s->owner_bytes);
    free(s->owner_block);
    free(s->workers);
    fpset_free(s->seen);
    pthread_barrier_destroy(&s->barrier);
    pthread_mutex_destroy(&s->trace_lock);
    free(s);
}

static void run_threads(search *s)
{
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

void explore_run(const explore_model *m, const explore_options *o, explore_result *r)
{
    memset(r, 0, sizeof *r);
    atomic_store(&stop_requested, false);
    search *s = util_xcalloc(1, sizeof *s);
    search_init(s, m, o);
    run_threads(s);
    r->verdict = verdict_of(s);
    r->stats = final_stats(s, r->verdict);
    r->violations = s->violations;
    r->disk_errno = atomic_load(&s->disk_errno);
    r->collision_probability = fpset_collision_probability(r->stats.distinct, r->stats.generated);
    if (s->stop.kind != FAULT_NONE && s->stop_id != NO_PRED) r->trace_len = trace_to(s, s->stop_id, &s->stop, &r->trace);
    if (r->verdict == EXPLORE_SUCCESS) {
        if (o->record_graph) r->graph = assemble_graph(s);
        r->actual_collision_probability = 1.0 / (double)least_distance(s);
    }
    search_free(s);
}

void explore_result_free(explore_result *r)
{
    explore_trace_free(r->trace, r->trace_len);
    r->trace = NULL;
    r->trace_len = 0;
    graph_free(r->graph);
    r->graph = NULL;
}
