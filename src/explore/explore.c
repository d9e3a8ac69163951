/* explore.c - level-synchronous parallel breadth-first search, in the order one worker would take.
 *
 * Each level's frontier is processed in rounds of at most ROUND states (fewer when their successors'
 * bytes would pass EXPLORE_ROUND_BYTES, see size_rounds), each round in three phases between barriers:
 *  - expand: workers take chunks of frontier states in order (CHUNK states, fewer towards the end),
 *    ask the model for their successors and fingerprint them into their own buffer; nothing is
 *    shared. The chunks a worker took are runs of its buffer, so the successors of the round have a
 *    canonical order (frontier position, then emission) and a sequence number `seq` in it: the
 *    order one worker emits them in.
 *  - dedup: each worker owns one slice of the fingerprints and inserts the successors it owns, in
 *    seq order, into the lock-free set, marking in its bitmap the seqs it found new. All duplicates
 *    of a state go to its owner, so the one inserted (whose predecessor the trace records) is the
 *    first in seq order, as with one worker. The owner reads only fingerprints.
 *  - rank: the new states of the round get consecutive ids in seq order (the owners' bitmaps OR-ed
 *    and their prefix counts give each its rank); each producer takes its own new states, in seq
 *    order: checks them (invariants), queues their bytes in its spool and writes their trace
 *    records and next-level entries. Their bytes are read on the core that wrote them.
 * So every level is in first-in-first-out order whatever the number of workers, and a violation
 * found at level k has a shortest trace.
 *
 * Faults are ordered the same way, by a key 4 * seq + sub that places each among the successors
 * (see key_of). The ranks are planned before the new states are checked, up to the first fault of
 * the expansions; a new state's fault found in rank cuts them back (settle_ranks), and the search
 * stops there. The search stops at the first fault in that order: the counts are those of the states new
 * before it and of the successors generated up to its state; the model's check of that fault is run
 * again (forget_fault) so that what the model recorded is this fault and not the first one some
 * worker happened to meet. With keep_going (-continue), violations are reported in that order, each
 * between two rounds, and the search goes on.
 *
 * Between the phases one thread alone prepares and plans, inside the barrier that ends the phase
 * (prepare_dedup and prepare_rank on the last worker to finish; settle_ranks, finish_round and
 * plan_round on worker 0, or on the last to finish when the round met no fault); what it writes
 * there is grouped in `struct round` and `level`, each field with the phase that writes it. The
 * planner fills in the round's frontier states after the barrier, while the others start expanding
 * those filled. Growing the fingerprint set is the one such step done by all: each worker moves a
 * part of the table before dedup. The trace store and replay are in trace.c, the behaviour graph
 * for liveness in graph.c, the sinks in sink.c (explore_internal.h). */
#include "explore_internal.h"

#include "barrier.h"
#include "fpset.h"
#include "spool.h"

#include <errno.h>
#include <pthread.h>
#include <sched.h>
#include <stdatomic.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

static atomic_bool stop_requested;

void explore_request_stop(void) { atomic_store(&stop_requested, true); }

enum { CHUNK = EXPLORE_CHUNK, ROUND = EXPLORE_ROUND };
/* The initial states' parts per worker (explore_model.initial_part): each evaluates the set it
 * splits, or its part of a filter's bound. More parts than workers even out their sizes, and the
 * initial round's checks are claimed by part (rank_phase); small parts also cost less in all, their
 * values being collected before they are emitted (CoffeeCan1000Beans at two workers, thread CPU:
 * Init 70-88 ms per worker in 16 parts against 115-137 in 4, its checks 64-78 against 60-99). */
enum { INITIAL_PARTS_PER_WORKER = 8 };

/* A state of the frontier being expanded. */
typedef struct queued { uint64_t id; const uint8_t *bytes; uint32_t len; } queued;
/* A state of a level, in breadth-first order: its length and the worker whose spool holds it. */
typedef struct slot { uint32_t len, owner; } slot;
typedef VEC(slot) slot_vec;
/* A chunk of the round's frontier, expanded by `worker` into succs[start..end); base is the seq of
 * succs[start]; the worker's marks[mark + k] .. marks[mark + nworkers + k] are the part of its list
 * for owner k (worker.to[k]) that the chunk's successors fill. `checking`: a worker has taken the
 * checks of the chunk's new states (rank). */
typedef struct chunk_run { uint32_t worker; size_t start, end, mark; uint64_t base; atomic_bool checking; } chunk_run;
/* A successor as the worker owning its fingerprint sees it: the fingerprint, and the index of its
 * entry in its producer's buffer. */
typedef struct owned { uint64_t fp; size_t index; } owned;
typedef VEC(owned) owned_vec;

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
    bool failed_step;            /* FAULT_ERROR: checking the step to the successor just before `at` */
} fault;


/* Aligned to cache lines: a worker writes its own fields at every successor, and its neighbour's in
 * the array must not share their lines. */
typedef struct worker {
    _Alignas(64) int id;
    void *mw;
    pthread_t thread;
    byte_vec succ_bytes;
    pending_vec succs;
    owned_vec *to;               /* by owner: its successors each worker owns, in buffer order */
    VEC(size_t) marks;           /* per chunk it took: where each list of `to` was at its start, end */
    uint64_t state_bytes;        /* its successors' bytes this round, notes aside (size_rounds) */
    uint64_t generated;          /* the successors its expansions generated this round (expand) */
    uint64_t inserted;           /* the fingerprints it added to the set this round (dedup) */
    spool cur, next;             /* the states it produced of this level, and of the next */
    word_vec bits;               /* the seqs it found new this round (dedup, as their owner) */
    word_vec cov_generated, cov_new;   /* count_actions: by action number (read between barriers) */
    fault expansion;             /* the first fault of its expansions this round */
    VEC(fault) faults;           /* its violations (-continue) and failed state checks this round */
} worker;

/* The level being expanded (ids base .. base + nfrontier - 1) and the next one, in breadth-first
 * order. Worker 0 writes it between rounds (start_level, finish_round); in the rank phase each
 * producer writes next_slots.items at its new states' ranks, inside the room prepare_rank made. */
typedef struct level {
    slot_vec cur_slots, next_slots;
    uint64_t base, nfrontier;
    uint32_t depth;
} level;

/* The round being processed. One thread writes each plain field alone, inside a barrier, in the step
 * its group names; the other workers read them in the phases after. */
struct round {
    /* plan (plan_round, load_round): which frontier states, and the counters as of the start */
    bool initial;                /* the round of the initial states */
    uint32_t nparts;             /* ... enumerated in this many parts by all workers (0: by worker 0) */
    bool parts_failed;           /* a part met a fault: worker 0 enumerates them whole again */
    uint64_t start, end;         /* positions in the level's frontier */
    queued *states;              /* its frontier states */
    explore_stats stats;         /* as of the round's start (TLCGet) */
    uint64_t *owner_bytes;       /* scratch of load_round: bytes each worker's spool holds of it */
    const uint8_t **owner_block; /* where each worker's next state of the round is (fill_round) */
    int filler;                  /* the worker that fills `states` after the barrier (-1: filled) */
    _Atomic uint64_t filled;     /* the positions of `states` filled so far (fill_round) */
    /* expand (all workers): each writes gen[pos] and runs[r] of the states and chunks it took
     * (the planner resets the atomics, and clears gen in fill_round) */
    uint64_t *gen;               /* successors generated by each frontier state */
    chunk_run *runs;             /* ROUND of them: a chunk holds one state at least */
    _Atomic uint64_t claim;      /* the chunks taken (high 32 bits) and the next position (low 32) */
    atomic_bool stop_expanding;  /* some worker met an expansion fault: the others end their chunk */
    _Atomic uint64_t cutoff;     /* the key of the first stopping fault found so far (expand, rank) */
    /* prepare_dedup (one thread): the chunks' bases in runs[], and */
    uint32_t nruns;
    uint64_t nseq;               /* successors emitted in the round */
    bool dedup_ok;
    bool moving;                 /* the set is moving to a larger table: each worker moves a part */
    /* prepare_rank (one thread), seq_limit and fresh cut back by settle_ranks */
    uint64_t seq_limit;          /* the successors before the first stopping fault: seq < seq_limit */
    word_vec ranked, prefix;     /* the round's new seqs, and the count of those before each word */
    uint64_t fresh;              /* the round's new states, ids id_base .. */
    uint64_t id_base, slot_base; /* ... and slots slot_base .. of the next level */
    bool too_large;              /* the new states pass max_states: seq_limit is where they do */
    bool rank_ok;
};

typedef struct search {
    const explore_model *m;
    const explore_options *o;
    int nworkers;                /* the workers running (fewer than made if a thread failed to start) */
    int nmade;
    pthread_mutex_t starting;    /* held while the threads are started: they wait for it */
    worker *workers;
    graph_recorder *graphs;      /* with record_graph: one per worker, written by it in expand */
    barrier barrier;
    fpset *seen;
    trace_store trace;           /* written in rank, each record by its state's producer */
    uint64_t next_id, max_states;
    level level;
    struct round round;
    /* totals and the outcome (worker 0, in finish_round) */
    uint64_t generated, distinct;
    uint64_t round_states;       /* the frontier states of a round (size_rounds, worker 0) */
    atomic_int disk_errno;       /* any worker, when its spool fails */
    explore_verdict verdict;     /* why the search ended early, when no fault ended it */
    bool done;
    fault stop;                  /* the fault the search ended at */
    uint64_t stop_id;            /* its state, or the state whose step it is */
    bool stop_step_new;          /* its violated step's successor is new (step_successor_new) */
    uint64_t replay_queued;      /* queued by TLC's replay after it (replay_later_successors) */
    uint32_t violations;
    double start, last_progress, last_coverage, last_checkpoint;
    uint32_t strings_before;     /* atoms interned before the search: the ranks a run's set-up gives */
} search;

/* The bytes of the note the model gives with each successor for its check (0: none). */
static uint32_t note_len(const search *s) { return s->m->check_state_noted ? s->m->note_len : 0; }

/* The worker that owns a fingerprint in the dedup phase. */
static uint32_t owner_of(uint64_t fp, int n) { return (uint32_t)(((fp >> 32) * (uint64_t)n) >> 32); }

static bool stopping(search *s)
{
    return atomic_load(&stop_requested) || util_out_of_memory() || atomic_load(&s->disk_errno);
}

/* ---- expand: successors of the round's frontier into each worker's buffer ---------------------- */

/* A worker keeps the first of its expansion faults in the round (its buffer index orders them):
 * true when this one is kept. */
static bool expansion_fault(worker *w, fault_kind kind, uint64_t pos, uint32_t run, size_t at, step_violation *v)
{
    if (w->expansion.kind != FAULT_NONE && w->expansion.at <= at) {
        if (v) free(v->bytes);
        return false;
    }
    free(w->expansion.succ);
    w->expansion = (fault){.kind = kind, .sub = BEFORE_SUCCESSOR, .pos = pos, .run = run, .at = at};
    if (v) {
        w->expansion.succ = v->bytes;
        w->expansion.succ_len = v->len;
        w->expansion.succ_action = v->action;
    }
    return true;
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

/* For liveness: the labels of a state being expanded and of its transitions, into the worker's
 * part of the graph. */
static bool record_transitions(search *s, worker *w, const queued *q, size_t first)
{
    graph_state gs = {q->id, trace_store_slot(&s->trace, q->id)->fp, q->bytes, q->len};
    return graph_record(&s->graphs[w->id], s->m, w->mw, &gs, w->succ_bytes.items, w->succs.items + first,
                        w->succs.len - first);
}

/* -coverage: one more for action `a` in a worker's counts. */
static void count_action(word_vec *counts, uint32_t a)
{
    while (counts->len <= a) VEC_PUSH(*counts, 0);
    counts->items[a]++;
}

static void count_generated(search *s, worker *w, size_t first)
{
    if (!s->o->count_actions) return;
    for (size_t i = first; i < w->succs.len; i++) count_action(&w->cov_generated, w->succs.items[i].action);
}

/* The workers' counts summed (between barriers, or after the search). */
static explore_action_counts sum_action_counts(const search *s)
{
    explore_action_counts c = {0};
    for (int k = 0; k < s->nworkers; k++) {
        uint32_t n = (uint32_t)(s->workers[k].cov_generated.len > s->workers[k].cov_new.len
                                    ? s->workers[k].cov_generated.len : s->workers[k].cov_new.len);
        if (n > c.n) c.n = n;
    }
    c.generated = util_xcalloc(c.n + 1, sizeof(uint64_t));
    c.distinct = util_xcalloc(c.n + 1, sizeof(uint64_t));
    for (int k = 0; k < s->nworkers; k++) {
        const worker *w = &s->workers[k];
        for (size_t a = 0; a < w->cov_generated.len; a++) c.generated[a] += w->cov_generated.items[a];
        for (size_t a = 0; a < w->cov_new.len; a++) c.distinct[a] += w->cov_new.items[a];
    }
    return c;
}

static void free_action_counts(explore_action_counts *c)
{
    free(c->generated);
    free(c->distinct);
    *c = (explore_action_counts){0};
}

static void report_coverage(search *s)
{
    if (!s->o->coverage || !s->o->count_actions) return;
    double t = util_now();
    if (t - s->last_coverage < s->o->coverage_seconds) return;
    s->last_coverage = t;
    explore_action_counts c = sum_action_counts(s);
    s->o->coverage(s->o->progress_ctx, &c);
    free_action_counts(&c);
}

/* Successors of one frontier state (at position pos of the round, in chunk run), fingerprinted,
 * into the worker's buffer. */
static void expand(search *s, worker *w, const queued *q, uint64_t pos, uint32_t run)
{
    explore_sink sink = {&w->succ_bytes, &w->succs, q->id, s->o->keep_going, {0}, note_len(s), false};
    size_t first = w->succs.len;
    uint64_t generated = 0;
    explore_status st = s->m->successors(w->mw, q->bytes, q->len, &sink, &generated);
    s->round.gen[pos] = generated;
    w->generated += generated;
    count_generated(s, w, first);
    take_violations(s, w, &sink, pos, run);
    if (st == EXPLORE_ERROR) {
        if (expansion_fault(w, FAULT_ERROR, pos, run, w->succs.len, NULL))
            w->expansion.failed_step = sink.failed_step && w->succs.len > first;
    } else if (st == EXPLORE_OK && generated == 0 && s->o->check_deadlock) {
        expansion_fault(w, FAULT_DEADLOCK, pos, run, first, NULL);
    }
    bool ok = true;
    for (size_t i = first; i < w->succs.len && ok; i++) {
        pending *p = &w->succs.items[i];
        if (!p->fp && !(ok = s->m->fingerprint(w->mw, w->succ_bytes.items + p->off, p->len, &p->fp)))
            expansion_fault(w, FAULT_ERROR, pos, run, i, NULL);
    }
    /* TLC labels a state for liveness once its successors joined the set and the queue */
    if (ok && st == EXPLORE_OK && s->o->record_graph && !record_transitions(s, w, q, first))
        expansion_fault(w, FAULT_ERROR, pos, run, w->succs.len, NULL);
    s->m->state_done(w->mw);
}

/* A chunk's successors start at the worker's buffer's end. */
static void open_run(search *s, worker *w, uint32_t r)
{
    s->round.runs[r] = (chunk_run){(uint32_t)w->id, w->succs.len, 0, w->marks.len, 0, false};
    for (int k = 0; k < s->nworkers; k++) VEC_PUSH(w->marks, w->to[k].len);
}

/* A chunk's successors are emitted: each is listed for the worker owning its fingerprint, so that
 * dedup reads only its own (an entry whose fingerprint was not found is past the round's first
 * fault, and dedup never reaches it). */
static void close_run(search *s, worker *w, uint32_t r)
{
    chunk_run *rn = &s->round.runs[r];
    rn->end = w->succs.len;
    for (size_t i = rn->start; i < rn->end; i++) {
        uint64_t fp = w->succs.items[i].fp;
        VEC_PUSH(w->to[owner_of(fp, s->nworkers)], ((owned){fp, i}));
        w->state_bytes += w->succs.items[i].len;
    }
    for (int k = 0; k < s->nworkers; k++) VEC_PUSH(w->marks, w->to[k].len);
}

/* The next chunk of the round's frontier: run r, positions [from, to) of the round. Chunks shrink
 * from CHUNK states towards the round's end (a part of what is left per worker), so that the workers
 * finish the phase close together: the last chunks are short. */
static bool claim_chunk(search *s, uint32_t *r, uint64_t *from, uint64_t *to)
{
    uint64_t n = s->round.end - s->round.start;
    uint64_t c = atomic_load_explicit(&s->round.claim, memory_order_relaxed);
    for (;;) {
        uint64_t at = c & UINT32_MAX;
        if (at >= n) return false;
        uint64_t size = (n - at) / (2 * (uint64_t)s->nworkers);
        size = size < 1 ? 1 : size > CHUNK ? CHUNK : size;
        if (atomic_compare_exchange_weak_explicit(&s->round.claim, &c, c + ((uint64_t)1 << 32) + size,
                                                  memory_order_relaxed, memory_order_relaxed)) {
            *r = (uint32_t)(c >> 32);
            *from = at;
            *to = at + size;
            return true;
        }
    }
}

/* Until the states of positions [0, to) of the round are filled in (fill_round, by another worker
 * that has just left the barrier: some tenths of a microsecond per chunk). */
static void await_filled(search *s, uint64_t to)
{
    while (atomic_load_explicit(&s->round.filled, memory_order_acquire) < to) sched_yield();
}

static void expand_phase(search *s, worker *w)
{
    if (s->m->set_level) s->m->set_level(w->mw, s->level.depth);
    if (s->m->set_stats) s->m->set_stats(w->mw, &s->round.stats);
    uint64_t i, end;
    uint32_t r;
    while (claim_chunk(s, &r, &i, &end)) {
        await_filled(s, end);
        open_run(s, w, r);
        for (; i < end && w->expansion.kind == FAULT_NONE && !stopping(s); i++) expand(s, w, &s->round.states[i], i, r);
        close_run(s, w, r);
        if (w->expansion.kind != FAULT_NONE) atomic_store(&s->round.stop_expanding, true);
        if (atomic_load(&s->round.stop_expanding) || stopping(s)) return;
    }
}

static void initial_context(search *s, worker *w)
{
    explore_stats none = {.depth = 1};
    if (s->m->set_level) s->m->set_level(w->mw, 0);
    if (s->m->set_stats) s->m->set_stats(w->mw, &none);
}

/* Initial states (all, or part r of the round's nparts), fingerprinted, as chunk r. */
static void enumerate_initial(search *s, worker *w, uint32_t r)
{
    explore_sink sink = {&w->succ_bytes, &w->succs, NO_PRED, false, {0}, note_len(s), false};
    size_t first = w->succs.len;
    open_run(s, w, r);
    explore_status st = s->round.nparts ? s->m->initial_part(w->mw, r, s->round.nparts, &sink, &s->round.gen[r])
                                        : s->m->initial(w->mw, &sink, &s->round.gen[0]);
    count_generated(s, w, first);
    take_violations(s, w, &sink, 0, r);
    if (st == EXPLORE_ERROR) expansion_fault(w, FAULT_ERROR, 0, r, w->succs.len, NULL);
    for (size_t i = first; i < w->succs.len; i++) {
        pending *p = &w->succs.items[i];
        if (!s->m->fingerprint(w->mw, w->succ_bytes.items + p->off, p->len, &p->fp)) {
            expansion_fault(w, FAULT_ERROR, 0, r, i, NULL);
            break;
        }
    }
    s->m->state_done(w->mw);
    close_run(s, w, r);
}

/* The round of the initial states: worker 0 enumerates them, as one chunk. */
static void expand_initial(search *s, worker *w)
{
    initial_context(s, w);
    enumerate_initial(s, w, 0);
    s->round.nruns = 1;
}

/* The round of the initial states in parts: each worker takes the next part until none is left or
 * one met a fault (a part taken is enumerated whole, so the parts enumerated are the first ones). */
static void expand_initial_parts(search *s, worker *w)
{
    initial_context(s, w);
    while (!atomic_load(&s->round.stop_expanding) && !stopping(s)) {
        uint32_t r = (uint32_t)(atomic_fetch_add(&s->round.claim, (uint64_t)1 << 32) >> 32);
        if (r >= s->round.nparts) return;
        enumerate_initial(s, w, r);
        if (w->expansion.kind != FAULT_NONE || w->faults.len) atomic_store(&s->round.stop_expanding, true);
    }
}

/* Forget what the workers found in the round so far (one thread). */
static void clear_faults(search *s);
static void restart_round(search *s)
{
    clear_faults(s);
    for (int k = 0; k < s->nworkers; k++) {
        worker *w = &s->workers[k];
        w->succs.len = w->succ_bytes.len = w->marks.len = 0;
        w->state_bytes = 0;
        w->cov_generated.len = 0;
        for (int j = 0; j < s->nworkers; j++) w->to[j].len = 0;
    }
    atomic_store(&s->round.claim, 0);
    atomic_store(&s->round.stop_expanding, false);
}

/* After the parts (one thread): the round's chunks are the parts, in order, and their counts add up
 * to the initial predicate's; but after a fault in any, the first in the order of one enumeration
 * may be elsewhere (an earlier part's, or met evaluating the whole set a later part only began), so
 * the round starts again, with worker 0 enumerating the initial states whole, as at one worker. */
static void parts_step(void *arg)
{
    search *s = arg;
    s->round.parts_failed = false;
    for (int k = 0; k < s->nworkers; k++)
        if (s->workers[k].expansion.kind != FAULT_NONE || s->workers[k].faults.len) s->round.parts_failed = true;
    if (s->round.parts_failed || stopping(s)) {
        restart_round(s);
        if (s->m->forget_fault) s->m->forget_fault(s->m->self);
        s->round.nparts = 0;
        return;
    }
    s->round.nruns = s->round.nparts;
    for (uint32_t r = 1; r < s->round.nparts; r++) s->round.gen[0] += s->round.gen[r];
}

/* Between expand and dedup (one thread): the seq of each chunk's first successor, the keys of the
 * faults met, and room in the set for every successor. False when the search must stop. */
static bool prepare_dedup(search *s)
{
    s->round.moving = false;
    if (stopping(s)) return false;
    if (!s->round.initial) s->round.nruns = (uint32_t)(atomic_load(&s->round.claim) >> 32);
    uint64_t base = 0;
    for (uint32_t r = 0; r < s->round.nruns; r++) {
        s->round.runs[r].base = base;
        base += s->round.runs[r].end - s->round.runs[r].start;
    }
    s->round.nseq = base;
    for (int k = 0; k < s->nworkers; k++) {
        worker *w = &s->workers[k];
        fault *f = &w->expansion;
        if (f->kind != FAULT_NONE) {
            f->seq = s->round.runs[f->run].base + (f->at - s->round.runs[f->run].start);
            f->key = key_of(f->seq, BEFORE_SUCCESSOR);
            atomic_min(&s->round.cutoff, f->key);
        }
        for (size_t i = 0; i < w->faults.len; i++) {
            f = &w->faults.items[i];
            f->seq = s->round.runs[f->run].base + (f->at - s->round.runs[f->run].start);
            f->key = key_of(f->seq, f->sub);
        }
    }
    fpset_room room = fpset_reserve_begin(s->seen, s->round.nseq);
    s->round.moving = room == FPSET_MOVE;   /* the workers move the set's parts before dedup */
    if (room != FPSET_FAILED) return true;
    if (fpset_disk_errno(s->seen)) atomic_store(&s->disk_errno, fpset_disk_errno(s->seen));
    return false;
}

/* ---- dedup: each worker inserts the successors it owns, in seq order --------------------------- */

/* How far ahead of its probe a successor's slot in the set is fetched: the probes are independent,
 * and with the table far larger than the cache each is a miss; fetched ahead, their misses overlap.
 * The list itself is read in order, but the hardware's prefetch stops at each 4 KB page (256
 * entries): it is fetched LIST_AHEAD entries (1 KB) on. */
enum { PROBE_AHEAD = 16, LIST_AHEAD = 4 * PROBE_AHEAD };

/* The successors before the fault of key `cut` (NO_FAULT: all of them) count: seq < this. */
static uint64_t seq_limit_of(const search *s, uint64_t cut)
{
    return cut == NO_FAULT ? s->round.nseq : min_u64(s->round.nseq, cut ? (cut - 1) / 4 + 1 : 0);
}

/* The fingerprints of a run's list mine[from, to) into the set, in order, the seq of each new one
 * marked in the owner's bitmap; those from seq `limit` on are past the round's first expansion
 * fault. Most successors are duplicates (73% on MCLamportMutex, 89% on Records), and no successor's
 * entry or bytes, written by its producer (on another core when it is another worker), is read
 * here: the producer takes its new states in rank. */
static void insert_run(search *s, worker *w, const chunk_run *rn, const owned *mine, size_t from, size_t to,
                       uint64_t limit)
{
    for (size_t j = from; j < to && j < from + PROBE_AHEAD; j++) fpset_prefetch(s->seen, mine[j].fp);
    for (size_t j = from; j < to; j++) {
        if (j + LIST_AHEAD < to) __builtin_prefetch(&mine[j + LIST_AHEAD]);
        if (j + PROBE_AHEAD < to) fpset_prefetch(s->seen, mine[j + PROBE_AHEAD].fp);
        uint64_t seq = rn->base + (mine[j].index - rn->start);
        if (seq >= limit) return;
        if (!fpset_insert(s->seen, mine[j].fp)) continue;
        w->inserted++;
        w->bits.items[seq / 64] |= 1ull << (seq % 64);
    }
}

static void dedup_phase(search *s, worker *w)
{
    size_t words = (s->round.nseq + 63) / 64;
    VEC_RESERVE(w->bits, words);
    if (words) memset(w->bits.items, 0, words * sizeof(uint64_t));   /* none when no state was emitted */
    /* only the expansions' faults are known in dedup, and all of them since prepare_dedup */
    uint64_t limit = seq_limit_of(s, atomic_load(&s->round.cutoff));
    for (uint32_t r = 0; r < s->round.nruns && !stopping(s); r++) {
        const chunk_run *rn = &s->round.runs[r];
        const worker *pw = &s->workers[rn->worker];
        size_t from = pw->marks.items[rn->mark + (size_t)w->id];
        size_t to = pw->marks.items[rn->mark + (size_t)s->nworkers + (size_t)w->id];
        insert_run(s, w, rn, pw->to[w->id].items, from, to, limit);
    }
}

/* ---- rank: ids in seq order; each producer queues its new states, any worker checks them ----------- */

/* The position of the set bit of `bits` that has n set bits below it. */
static unsigned nth_set_bit(uint64_t bits, uint64_t n)
{
    while (n--) bits &= bits - 1;
    return (unsigned)__builtin_ctzll(bits);
}

/* Between dedup and rank (one thread): which successors count (those before the first fault of the
 * expansions, and the first max_states allow), the bitmap of the new ones and its prefix counts.
 * False when the search must stop. */
static bool prepare_rank(search *s)
{
    for (int k = 0; k < s->nworkers; k++) {
        fpset_added(s->seen, s->workers[k].inserted);
        s->workers[k].inserted = 0;
    }
    if (stopping(s)) return false;
    s->round.seq_limit = seq_limit_of(s, atomic_load(&s->round.cutoff));
    s->round.too_large = false;
    uint64_t room = s->max_states - s->next_id;
    size_t words = (s->round.seq_limit + 63) / 64;
    VEC_RESERVE(s->round.ranked, words);
    VEC_RESERVE(s->round.prefix, words);
    uint64_t total = 0;
    for (size_t i = 0; i < words; i++) {
        uint64_t bits = 0;
        for (int k = 0; k < s->nworkers; k++) bits |= s->workers[k].bits.items[i];
        if (i == words - 1 && s->round.seq_limit % 64) bits &= (1ull << (s->round.seq_limit % 64)) - 1;
        if (total + (uint64_t)__builtin_popcountll(bits) > room) {   /* the first state past room is here */
            s->round.seq_limit = i * 64 + nth_set_bit(bits, room - total);
            s->round.too_large = true;
            bits &= (1ull << (s->round.seq_limit % 64)) - 1;
            words = i + 1;
        }
        s->round.ranked.items[i] = bits;
        s->round.prefix.items[i] = total;
        total += (uint64_t)__builtin_popcountll(bits);
    }
    s->round.fresh = total;
    if (s->level.next_slots.len + total > s->level.next_slots.cap) {
        size_t cap = (s->level.next_slots.len + total) * 2;
        slot *items = util_try_realloc(s->level.next_slots.items, cap * sizeof *items);
        if (!items) return false;
        s->level.next_slots.items = items;
        s->level.next_slots.cap = cap;
    }
    s->round.id_base = s->next_id;
    s->round.slot_base = s->level.next_slots.len;
    return true;
}

/* The rank of a new state among the round's new states (seq below the planned seq_limit). */
static uint64_t rank_of(const search *s, uint64_t seq)
{
    uint64_t word = s->round.ranked.items[seq / 64] & ((1ull << (seq % 64)) - 1);
    return s->round.prefix.items[seq / 64] + (uint64_t)__builtin_popcountll(word);
}

/* The new state succs[index] of producer pw failed its checks on worker w. False when the search
 * stops there (all but a violation with keep_going): the run's later successors come after it. */
static bool state_fault(search *s, worker *w, const worker *pw, explore_status st, uint64_t seq, size_t index)
{
    uint64_t pred = pw->succs.items[index].pred;
    fault f = {.kind = st == EXPLORE_VIOLATION ? FAULT_VIOLATION : FAULT_ERROR, .sub = AT_STATE,
               .pos = pred == NO_PRED ? 0 : pred - s->level.base - s->round.start, .producer = (uint32_t)pw->id,
               .index = index, .seq = seq, .key = key_of(seq, AT_STATE)};
    VEC_PUSH(w->faults, f);
    if (f.kind == FAULT_VIOLATION && s->o->keep_going) return true;
    atomic_min(&s->round.cutoff, f.key);
    return false;
}

static bool queue_state(search *s, worker *w, const uint8_t *bytes, uint32_t len)
{
    if (spool_append(&w->next, bytes, len)) return true;
    if (errno != ENOMEM) atomic_store(&s->disk_errno, errno ? errno : EIO);
    return false;
}

static bool past_cutoff(search *s, uint64_t seq)
{
    return key_of(seq, AT_STATE) > atomic_load_explicit(&s->round.cutoff, memory_order_relaxed) || stopping(s);
}

/* The new state succs[i] of producer w, at rank: queued in its spool, given its trace record and
 * its entry of the next level. False when the queue failed. */
static inline bool take_state(search *s, worker *w, size_t i, uint64_t rank)
{
    const pending *p = &w->succs.items[i];
    if (s->o->count_actions) count_action(&w->cov_new, p->action);
    if (!queue_state(s, w, w->succ_bytes.items + p->off, p->len)) return false;
    *trace_store_slot(&s->trace, s->round.id_base + rank) = (trace_rec){p->pred, p->fp};
    s->level.next_slots.items[s->round.slot_base + rank] = (slot){p->len, (uint32_t)w->id};
    return true;
}

/* The checks of the new state succs[i] of producer pw, at seq, on worker w. False when w stops
 * checking the run: at a fault that stops the search. */
static inline bool check_new(search *s, worker *w, const worker *pw, size_t i, uint64_t seq)
{
    const pending *p = &pw->succs.items[i];
    const uint8_t *bytes = pw->succ_bytes.items + p->off;
    uint32_t nl = note_len(s);
    explore_status st = nl ? s->m->check_state_noted(w->mw, bytes, p->len, explore_state_note(bytes, p->len, nl))
                           : s->m->check_state(w->mw, bytes, p->len);
    s->m->state_done(w->mw);
    return st == EXPLORE_OK || state_fault(s, w, pw, st, seq, i);
}

/* The first new state of the round at or after seq `from`, below `end` (end when none). */
static uint64_t next_new(const search *s, uint64_t from, uint64_t end)
{
    if (from >= end) return end;
    uint64_t word = from / 64, bits = s->round.ranked.items[word] & (~0ull << (from % 64));
    while (!bits) {
        if (++word * 64 >= end) return end;
        bits = s->round.ranked.items[word];
    }
    return min_u64(word * 64 + (uint64_t)__builtin_ctzll(bits), end);
}

/* How many lines of a new state's bytes rank fetches ahead (RANK_AHEAD_LINES at most). A round's new
 * states are sparse among its successors (one in three to ten), so the hardware's prefetch does not
 * follow them: each entry and each state's first line is a miss, from this core's last-level cache
 * or, for a run whose checks another worker took, from the other core's (two to three times slower).
 * Fetched one and two new states ahead, the misses overlap the check of the state before. */
enum { RANK_AHEAD_LINES = 4 };

/* The index in its producer's buffer of run rn's successor `seq`. */
static size_t run_index(const chunk_run *rn, uint64_t seq) { return rn->start + (size_t)(seq - rn->base); }

static void prefetch_new_bytes(const worker *pw, const pending *p)
{
    uintptr_t line = (uintptr_t)(pw->succ_bytes.items + p->off) & ~(uintptr_t)63;
    uintptr_t end = (uintptr_t)(pw->succ_bytes.items + p->off) + p->len;
    for (int k = 0; k < RANK_AHEAD_LINES && line < end; k++, line += 64) __builtin_prefetch((const void *)line);
}

/* The new states of run rn below seq_limit, in seq order, on worker w: taken (when w is their
 * producer) and checked (when `check`). False when w stops there: at the round's cutoff (a fault
 * before), its own fault, or a failed queue. The entry of the new state two ahead and the bytes of
 * the next one are fetched meanwhile (prefetch_new_bytes). */
static bool rank_run(search *s, worker *w, const chunk_run *rn, bool take, bool check)
{
    const worker *pw = &s->workers[rn->worker];
    uint64_t end = min_u64(rn->base + (rn->end - rn->start), s->round.seq_limit);
    if (rn->base >= end) return true;
    uint64_t rank = rank_of(s, rn->base);
    uint64_t seq = next_new(s, rn->base, end), next = next_new(s, seq + 1, end);
    if (next < end) __builtin_prefetch(&pw->succs.items[run_index(rn, next)]);
    for (; seq < end; rank++) {
        uint64_t after = next_new(s, next + 1, end);
        if (after < end) __builtin_prefetch(&pw->succs.items[run_index(rn, after)]);
        if (next < end) prefetch_new_bytes(pw, &pw->succs.items[run_index(rn, next)]);
        size_t i = run_index(rn, seq);
        if (past_cutoff(s, seq) || (take && !take_state(s, w, i, rank)) || (check && !check_new(s, w, pw, i, seq)))
            return false;
        seq = next;
        next = after;
    }
    return true;
}

/* The checks of run rn, unless another worker has taken them. */
static bool claim_checks(chunk_run *rn) { return !atomic_exchange_explicit(&rn->checking, true, memory_order_relaxed); }

/* Each producer takes its new states run by run, in order, and checks those of the runs whose
 * checks it claims; a worker done with its own runs then claims the others' from the last, so that
 * a producer that made more new states, or lost its core for a while, does not hold the round (the
 * bytes of its own runs stay on the core that wrote them). The initial states need Init's context
 * (initial_context), which every worker has when the round ran in parts; enumerated whole, they are
 * checked by worker 0 alone. (CoffeeCan's parts: equal shares of Can's records, unequal shares of
 * the initial states, 57% and 43% of them on the two workers.) */
static void rank_phase(search *s, worker *w)
{
    for (uint32_t r = 0; r < s->round.nruns; r++) {
        chunk_run *rn = &s->round.runs[r];
        if (rn->worker == (uint32_t)w->id && !rank_run(s, w, rn, true, claim_checks(rn))) break;
    }
    if (s->round.initial && !s->round.nparts) return;
    for (uint32_t r = s->round.nruns; r-- > 0;) {
        chunk_run *rn = &s->round.runs[r];
        if (rn->worker != (uint32_t)w->id && claim_checks(rn)) rank_run(s, w, rn, false, true);
    }
}

/* After rank (one thread): a new state's fault found in rank cuts the round back to the successors
 * before it (those ranked after it are past the search's end, some of them queued); new states past
 * max_states stop the search unless such a fault comes before them. A stop during rank leaves the
 * round uncounted. */
static void settle_ranks(search *s)
{
    if (!s->round.rank_ok) return;
    uint64_t limit = seq_limit_of(s, atomic_load(&s->round.cutoff));
    if (stopping(s) || (s->round.too_large && limit > s->round.seq_limit)) {
        if (!stopping(s)) s->verdict = EXPLORE_TOO_LARGE;
        s->round.rank_ok = false;
    } else if (limit < s->round.seq_limit) {
        s->round.fresh = rank_of(s, limit);
        s->round.seq_limit = limit;
    }
}

/* ---- traces and rechecks ------------------------------------------------------------------------ */

/* The shortest trace from an initial state to state `id` (replayed on a worker of its own, which
 * labels actions fully: the search's workers are left as they are), then the successor `succ` of a
 * violated step when there is one (it is not a state of the search). */
static uint32_t trace_to(search *s, uint64_t id, const fault *f, explore_trace_state **out)
{
    uint32_t n = 0, action = f->succ_action;
    if (id == NO_PRED) {   /* an initial state outside the constraints: the trace is that state */
        *out = util_xcalloc(2, sizeof **out);
    } else {
        void *mw = s->m->worker_new(s->m->self, 0);
        if (s->m->replaying) s->m->replaying(mw);
        n = trace_store_replay(&s->trace, s->m, mw, id, 2, out);
        /* the violated step's action as the replaying worker names it (with its arguments) */
        if (n && f->succ) action = trace_step_action(s->m, mw, &(*out)[n - 1], n, f->succ, f->succ_len, action);
        s->m->worker_free(mw);
        if (!n) return 0;
    }
    if (!f->succ) return n;
    (*out)[n] = (explore_trace_state){util_xmalloc(f->succ_len ? f->succ_len : 1), f->succ_len, action};
    memcpy((*out)[n].bytes, f->succ, f->succ_len);
    return n + 1;
}

/* The state a fault's trace ends at (or whose step it is): NO_PRED for an initial predicate that
 * failed. Valid until the next round starts. */
static uint64_t fault_state(const search *s, const fault *f)
{
    if (f->sub == AT_STATE) return s->round.id_base + rank_of(s, f->seq);
    return s->round.initial ? NO_PRED : s->round.states[f->pos].id;
}

/* The expansion of state q (NULL: the initial predicate) again, up to its first error: successors,
 * fingerprints, and the labels of a recorded graph. */
static void recheck_expansion(search *s, const queued *q)
{
    const explore_model *m = s->m;
    void *mw = s->workers[0].mw;
    collector c;
    collector_init(&c);
    uint64_t generated, fp;
    bool ok = (q ? m->successors(mw, q->bytes, q->len, &c.sink, &generated) : m->initial(mw, &c.sink, &generated)) == EXPLORE_OK;
    for (size_t i = 0; i < c.states.len && ok; i++)
        ok = m->fingerprint(mw, c.bytes.items + c.states.items[i].off, c.states.items[i].len, &fp);
    if (ok && q && s->o->record_graph) {
        uint64_t *row = util_xcalloc(m->state_label_words + m->edge_label_words + 1, sizeof(uint64_t));
        ok = m->label_state(mw, q->bytes, q->len, row) && m->label_edge(mw, q->bytes, q->len, q->bytes, q->len, row);
        for (size_t i = 0; i < c.states.len && ok; i++)
            ok = m->label_edge(mw, q->bytes, q->len, c.bytes.items + c.states.items[i].off, c.states.items[i].len, row);
        free(row);
    }
    collector_free(&c);
}

/* Run the model's check of a fault again on worker 0, after it forgot what it recorded, so that its
 * record is this fault's. */
static void recheck(search *s, const fault *f)
{
    const explore_model *m = s->m;
    void *mw = s->workers[0].mw;
    if (!m->forget_fault) return;
    m->forget_fault(m->self);
    if (m->quiet) m->quiet(mw, true);
    if (m->set_level) m->set_level(mw, s->round.initial ? 0 : s->level.depth);
    if (f->sub == AT_STATE) {
        const pending *p = &s->workers[f->producer].succs.items[f->index];
        m->check_state(mw, s->workers[f->producer].succ_bytes.items + p->off, p->len);
    } else if (f->succ && s->round.initial) {   /* an initial state outside the constraints */
        m->check_state(mw, f->succ, f->succ_len);
    } else if (f->succ && m->check_step) {
        const queued *q = &s->round.states[f->pos];
        m->check_step(mw, q->bytes, q->len, f->succ, f->succ_len);
    } else if (f->kind == FAULT_ERROR) {
        recheck_expansion(s, s->round.initial ? NULL : &s->round.states[f->pos]);
    }
    if (m->quiet) m->quiet(mw, false);
    m->state_done(mw);
}

/* ---- checkpoints (worker 0, between rounds) ------------------------------------------------------- */

static void plan_round(search *s);
static void fill_round(search *s);

static bool checkpoint_due(const search *s)
{
    const explore_options *o = s->o;
    return o->checkpoint_dir && !o->keep_going && !o->record_graph && util_now() - s->last_checkpoint >= o->checkpoint_seconds;
}

static void checkpoint_event(search *s, int event, uint64_t queue, int err)
{
    explore_stats st = {s->generated, s->distinct, queue, s->level.depth, util_now() - s->start};
    if (s->o->checkpoint_event) s->o->checkpoint_event(s->o->progress_ctx, event, &st, err);
}

static bool put_block(void *w, const uint64_t *a, uint64_t n)
{
    ckpt_put(w, a, n * sizeof *a);
    return ((ckpt_writer *)w)->ok;
}

/* The states slots[from..) in order, each (length, bytes), read from their owners' spools (of this
 * level or the next), where each owner's next state starts at at[owner]. */
static void put_states(search *s, ckpt_writer *w, const slot_vec *slots, uint64_t from, bool next)
{
    uint64_t *at = util_xcalloc((size_t)s->nworkers, sizeof *at);
    for (int k = 0; k < s->nworkers && !next; k++) at[k] = s->workers[k].cur.pos;
    byte_vec buf = {0};
    ckpt_u64(w, slots->len - from);
    for (uint64_t i = from; i < slots->len && w->ok; i++) {
        const slot *sl = &slots->items[i];
        const worker *owner = &s->workers[sl->owner];
        VEC_RESERVE(buf, sl->len + 1);
        if (!spool_read_at(next ? &owner->next : &owner->cur, at[sl->owner], buf.items, sl->len)) {
            w->ok = false;
            w->err = errno ? errno : EIO;
        }
        at[sl->owner] += sl->len;
        ckpt_put(w, &sl->len, sizeof sl->len);
        ckpt_put(w, buf.items, sl->len);
    }
    VEC_FREE(buf);
    free(at);
}

/* The strings made during the search, in rank order: states hold strings as ranks (value_io.c), and
 * a recovery must give them the same ones. */
static void put_strings(const search *s, ckpt_writer *w)
{
    uint32_t end = util_intern_count();
    ckpt_u64(w, s->strings_before);
    ckpt_u64(w, end - s->strings_before);
    for (uint32_t r = s->strings_before; r < end && w->ok; r++) {
        atom a = util_intern_at(r);
        uint32_t len = (uint32_t)strlen(a);
        ckpt_put(w, &len, sizeof len);
        ckpt_put(w, a, len);
    }
}

/* A record of the checkpoint, its length then its bytes, read into buf; its length. */
static uint32_t get_record(ckpt_reader *r, byte_vec *buf)
{
    uint32_t len = 0;
    ckpt_get(r, &len, sizeof len);
    VEC_RESERVE(*buf, (size_t)len + 1);
    ckpt_get(r, buf->items, len);
    return len;
}

/* Intern the checkpoint's strings at the ranks they had: the set-up must have made as many atoms
 * as the checkpointed run's did (the same spec, .cfg and options), and no string may exist yet. */
static bool get_strings(search *s, ckpt_reader *r)
{
    uint64_t before = ckpt_get_u64(r), n = ckpt_get_u64(r);
    if (!r->ok || (n && before != util_intern_count())) return false;
    byte_vec buf = {0};
    for (uint64_t i = 0; i < n && r->ok; i++) {
        uint32_t len = get_record(r, &buf);
        if (r->ok && util_intern_rank(util_intern_n((const char *)buf.items, len)) != before + i) r->ok = false;
    }
    VEC_FREE(buf);
    s->strings_before = util_intern_count() - (uint32_t)n;
    return r->ok;
}

/* Everything the search needs to go on from the next round: counters, fingerprints, the trace store,
 * the strings made so far, the rest of this level and the next level so far. A failure is reported
 * and the search goes on. */
static void write_checkpoint(search *s)
{
    const explore_options *o = s->o;
    uint64_t queue = s->level.nfrontier - s->round.end + s->level.next_slots.len;
    checkpoint_event(s, EXPLORE_CHECKPOINT_START, queue, 0);
    ckpt_writer w;
    if (ckpt_open(&w, o->checkpoint_dir)) {
        ckpt_u64(&w, o->checkpoint_meta_len);
        ckpt_put(&w, o->checkpoint_meta, o->checkpoint_meta_len);
        uint64_t counters[] = {s->generated, s->distinct, s->next_id, s->level.depth, fpset_size(s->seen)};
        ckpt_put(&w, counters, sizeof counters);
        fpset_each(s->seen, put_block, &w);
        for (uint64_t id = 0; id < s->next_id && w.ok; id += 1u << TRACE_CHUNK_BITS)
            ckpt_put(&w, trace_store_slot(&s->trace, id), sizeof(trace_rec) * min_u64(s->next_id - id, 1u << TRACE_CHUNK_BITS));
        put_strings(s, &w);
        put_states(s, &w, &s->level.cur_slots, s->round.end, false);
        put_states(s, &w, &s->level.next_slots, 0, true);
    }
    int err = w.ok ? 0 : w.err;
    bool ok = w.ok ? ckpt_commit(&w) : (ckpt_abort(&w), false);
    if (!ok && !err) err = w.err ? w.err : EIO;
    checkpoint_event(s, ok ? EXPLORE_CHECKPOINT_DONE : EXPLORE_CHECKPOINT_FAILED, queue, err);
    s->last_checkpoint = util_now();
}

/* n states (length, bytes) into worker 0's spool and the level's slots. */
static bool get_states(search *s, ckpt_reader *r, spool *sp, slot_vec *slots, uint64_t n)
{
    byte_vec buf = {0};
    for (uint64_t i = 0; i < n && r->ok; i++) {
        uint32_t len = get_record(r, &buf);
        if (!spool_append(sp, buf.items, len)) {
            if (errno != ENOMEM) atomic_store(&s->disk_errno, errno ? errno : EIO);
            r->ok = false;
        }
        VEC_PUSH(*slots, ((slot){len, 0}));
    }
    VEC_FREE(buf);
    return r->ok;
}

static bool read_checkpoint(search *s, ckpt_reader *r)
{
    uint64_t meta = ckpt_get_u64(r);
    if (!r->ok || fseek(r->f, (long)meta, SEEK_CUR) != 0) return false;
    uint64_t counters[5];
    ckpt_get(r, counters, sizeof counters);
    s->generated = counters[0];
    s->distinct = counters[1];
    s->next_id = counters[2];
    s->level.depth = (uint32_t)counters[3];
    if (!r->ok || s->next_id > s->max_states) return false;
    uint64_t block[4096];
    for (uint64_t left = counters[4]; left && r->ok;) {
        uint64_t n = min_u64(left, 4096);
        ckpt_get(r, block, n * sizeof *block);
        if (!fpset_reserve(s->seen, n)) return false;
        for (uint64_t i = 0; i < n; i++) fpset_put(s->seen, block[i]);
        left -= n;
    }
    for (uint64_t id = 0; id < s->next_id && r->ok; id += 1u << TRACE_CHUNK_BITS)
        ckpt_get(r, trace_store_slot(&s->trace, id), sizeof(trace_rec) * min_u64(s->next_id - id, 1u << TRACE_CHUNK_BITS));
    if (!get_strings(s, r)) return false;
    uint64_t nfront = ckpt_get_u64(r);
    if (!get_states(s, r, &s->workers[0].cur, &s->level.cur_slots, nfront)) return false;
    uint64_t nnext = ckpt_get_u64(r);
    if (!get_states(s, r, &s->workers[0].next, &s->level.next_slots, nnext)) return false;
    s->level.nfrontier = nfront;
    s->level.base = s->next_id - nnext - nfront;
    return r->ok && nnext + nfront <= s->next_id;
}

/* Resume from the checkpoint of o->recover_dir (its meta already checked by the client): the search
 * goes on with the round after the one the checkpoint was taken at. */
static void recover(search *s)
{
    checkpoint_event(s, EXPLORE_RECOVERY_START, 0, 0);
    ckpt_reader r;
    char why[512];
    bool ok = ckpt_read_open(&r, s->o->recover_dir, why, sizeof why) && read_checkpoint(s, &r);
    ckpt_read_close(&r);
    if (!ok) {
        if (!util_out_of_memory() && !atomic_load(&s->disk_errno)) atomic_store(&s->disk_errno, EIO);
        s->done = true;
        return;
    }
    s->round.initial = false;
    s->round.start = s->round.end = 0;
    checkpoint_event(s, EXPLORE_RECOVERY_DONE, s->level.nfrontier + s->level.next_slots.len, 0);
    plan_round(s);
    if (!s->done) fill_round(s);
    s->last_checkpoint = util_now();
}

/* ---- levels and rounds (decided by one worker between barriers) -------------------------------- */

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
    slot_vec t = s->level.cur_slots;
    s->level.cur_slots = s->level.next_slots;
    s->level.next_slots = t;
    s->level.next_slots.len = 0;
    s->level.nfrontier = s->level.cur_slots.len;
    s->level.base = s->next_id - s->level.nfrontier;
    s->round.start = s->round.end = 0;
    if (s->level.nfrontier) s->level.depth++;
}

/* The frontier states of the round, read from their owners' spools: each spool holds its states of
 * the level in order, so the round takes one block of each, the rest of the spool when the round
 * ends the level. Their places in `states` are filled by fill_round. */
static bool load_round(search *s)
{
    uint64_t n = s->round.end - s->round.start;
    memset(s->round.owner_bytes, 0, sizeof(uint64_t) * (size_t)s->nworkers);
    if (s->round.end == s->level.nfrontier) {
        for (int j = 0; j < s->nworkers; j++) s->round.owner_bytes[j] = spool_left(&s->workers[j].cur);
    } else {
        for (uint64_t k = 0; k < n; k++) s->round.owner_bytes[s->level.cur_slots.items[s->round.start + k].owner] += s->level.cur_slots.items[s->round.start + k].len;
    }
    atomic_store_explicit(&s->round.filled, 0, memory_order_relaxed);
    for (int j = 0; j < s->nworkers; j++) {
        s->round.owner_block[j] = s->round.owner_bytes[j] ? spool_take(&s->workers[j].cur, s->round.owner_bytes[j]) : NULL;
        if (s->round.owner_bytes[j] && !s->round.owner_block[j]) {
            if (errno != ENOMEM) atomic_store(&s->disk_errno, errno ? errno : EIO);
            return false;
        }
    }
    return true;
}

/* The round's frontier states in order, each at its owner's next bytes, and their successor counts
 * cleared (only the round's positions are read, by finish_round), published a chunk at a time: done
 * after the barrier by the worker that planned the round, while the others start expanding. */
static void fill_round(search *s)
{
    uint64_t n = s->round.end - s->round.start;
    for (uint64_t k = 0; k < n;) {
        uint64_t end = min_u64(k + CHUNK, n);
        memset(&s->round.gen[k], 0, sizeof(uint64_t) * (size_t)(end - k));
        for (; k < end; k++) {
            const slot *sl = &s->level.cur_slots.items[s->round.start + k];
            s->round.states[k] = (queued){s->level.base + s->round.start + k, s->round.owner_block[sl->owner], sl->len};
            s->round.owner_block[sl->owner] += sl->len;
        }
        atomic_store_explicit(&s->round.filled, k, memory_order_release);
    }
}

static void report_progress(search *s)
{
    if (!s->o->progress) return;
    double t = util_now();
    if (t - s->last_progress < s->o->progress_seconds) return;
    s->last_progress = t;
    explore_stats st = {s->generated, s->distinct, s->level.nfrontier - s->round.start + s->level.next_slots.len, s->level.depth,
                        t - s->start};
    s->o->progress(s->o->progress_ctx, &st);
}

/* Plan the next round: the next slice of this level's frontier, or the next level. */
static void plan_round(search *s)
{
    s->round.initial = false;
    s->round.start = s->round.end;
    if (s->round.start >= s->level.nfrontier) start_level(s);
    if (s->level.nfrontier == 0 || stopping(s)) {
        s->done = true;
        return;
    }
    s->round.end = min_u64(s->round.start + s->round_states, s->level.nfrontier);
    if (!load_round(s)) {
        s->done = true;
        return;
    }
    atomic_store(&s->round.claim, 0);
    atomic_store(&s->round.cutoff, NO_FAULT);
    atomic_store(&s->round.stop_expanding, false);
    /* TLCGet reads the counts as of the round's start; the round's own states are being expanded */
    s->round.stats = (explore_stats){s->generated, s->distinct, s->level.nfrontier - s->round.end + s->level.next_slots.len,
                                     s->level.depth, util_now() - s->start};
    report_progress(s);
    report_coverage(s);
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

/* The successors of the state expanded at `at` of worker producer's buffer: [*first, *end). */
static void successors_around(const search *s, uint32_t producer, size_t at, size_t *first, size_t *end)
{
    const pending_vec *v = &s->workers[producer].succs;
    uint64_t pred = v->items[at].pred;
    *first = at;
    *end = at + 1;
    while (*first > 0 && v->items[*first - 1].pred == pred) --*first;
    while (*end < v->len && v->items[*end].pred == pred) ++*end;
}

/* A step whose properties were violated, or failed to evaluate, with its successor emitted by the
 * model just before (TLC puts it in its set of states before it checks the step's properties):
 * whether that successor was new, so counted but, as in TLC, never queued. */
static bool step_successor_new(const search *s, const fault *f)
{
    bool emitted = f->kind == FAULT_VIOLATION ? f->succ != NULL : f->kind == FAULT_ERROR && f->failed_step;
    if (!emitted || f->sub != BEFORE_SUCCESSOR || s->round.initial) return false;
    const chunk_run *rn = &s->round.runs[f->run];
    if (f->at == rn->start || f->seq == 0) return false;
    const worker *w = &s->workers[rn->worker];
    const pending *p = &w->succs.items[f->at - 1];
    if (p->pred != s->round.states[f->pos].id) return false;
    if (f->succ && (p->len != f->succ_len || memcmp(w->succ_bytes.items + p->off, f->succ, p->len) != 0)) return false;
    uint64_t seq = f->seq - 1;
    return seq < s->round.seq_limit && (s->round.ranked.items[seq / 64] >> (seq % 64) & 1);
}

/* After a new state's invariant failed to evaluate: TLC's replay of the expansion of the state
 * before it (explore_replay_mark) adds its later successors new there to the counts. A later
 * successor was in the set before the failing state unless its owner inserted it this round (past
 * the stop, so uncounted) or never reached it. */
static void replay_later_successors(search *s, const fault *f)
{
    const worker *pw = &s->workers[f->producer];
    size_t first, end;
    successors_around(s, f->producer, f->index, &first, &end);
    size_t n = end - f->index - 1;
    later_succ *v = util_xcalloc(n + 1, sizeof *v);
    uint32_t nl = note_len(s);
    for (size_t j = 0; j < n; j++) {
        const pending *p = &pw->succs.items[f->index + 1 + j];
        uint64_t seq = f->seq + 1 + j;
        const worker *owner = &s->workers[owner_of(p->fp, s->nworkers)];
        bool inserted_now = owner->bits.items[seq / 64] >> (seq % 64) & 1;
        const uint8_t *bytes = pw->succ_bytes.items + p->off;
        v[j] = (later_succ){.seq = seq, .fp = p->fp, .bytes = bytes, .len = p->len, .noted = nl != 0,
                            .note = explore_state_note(bytes, p->len, nl),
                            .seen = !inserted_now && fpset_contains(s->seen, p->fp)};
    }
    void *mw = s->workers[0].mw;
    if (s->m->quiet) s->m->quiet(mw, true);
    if (s->m->set_level) s->m->set_level(mw, s->level.depth);
    explore_replay_mark(s->m, mw, v, n);
    if (s->m->quiet) s->m->quiet(mw, false);
    uint64_t added = 0;
    explore_replay_count(v, n, explore_replay_first_failing(v, n), &added, &s->replay_queued);
    s->distinct += added;
    free(v);
}

/* The search ends at fault f: counts up to it, and the model's record of it. */
static void stop_at(search *s, fault *f)
{
    s->stop_step_new = step_successor_new(s, f);
    if (f->sub == AT_STATE && f->kind == FAULT_ERROR && !s->round.initial) replay_later_successors(s, f);
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

/* A round holds its successors (bytes and an entry each) until dedup: the next round is as many
 * frontier states as keep them near EXPLORE_ROUND_BYTES, judged by the round just done. The successors a
 * state emits do not depend on the number of workers, and so neither do the rounds. */
static void size_rounds(search *s, uint64_t expanded)
{
    uint64_t bytes = 0, succs = 0;
    for (int k = 0; k < s->nworkers; k++) {
        succs += s->workers[k].succs.len;
        bytes += s->workers[k].state_bytes;   /* the states' own bytes, notes aside */
    }
    s->round_states = explore_round_states(bytes, succs, expanded);
}

/* The successors the state expanded at stop->pos generated, as TLC counts them
 * (explore_generated_at_stop). */
static uint64_t generated_until(search *s, const fault *stop)
{
    uint64_t all = s->round.gen[stop->pos];
    if (stop->sub != AT_STATE) return all;
    /* the initial states, emitted in parts or whole, are one state's successors */
    if (s->round.initial) return explore_generated_at_stop(stop->sub, all, s->round.nseq, stop->seq);
    size_t first, end;
    successors_around(s, stop->producer, stop->index, &first, &end);
    return explore_generated_at_stop(stop->sub, all, end - first, stop->index - first);
}

/* After rank (one thread): the round's states join the totals; its faults are reported or end the
 * search; then the next round is planned. */
static void finish_round(search *s)
{
    if (!s->round.rank_ok) {
        s->done = true;
        return;
    }
    s->next_id += s->round.fresh;
    s->distinct += s->round.fresh;
    s->level.next_slots.len += s->round.fresh;
    fault *stop = first_stop(s);
    uint64_t expanded = s->round.initial ? 1 : stop ? stop->pos + 1 : s->round.end - s->round.start;
    if (stop || s->round.initial) {
        for (uint64_t k = 0; k < expanded; k++) s->generated += stop && k == stop->pos ? generated_until(s, stop) : s->round.gen[k];
    } else {
        for (int k = 0; k < s->nworkers; k++) s->generated += s->workers[k].generated;
    }
    if (!s->round.initial) size_rounds(s, expanded);
    if (s->o->keep_going) report_violations(s, stop);
    if (stop) stop_at(s, stop);
    else if (s->round.initial && s->o->initial_done) s->o->initial_done(s->o->progress_ctx, s->generated, s->distinct);
    clear_faults(s);
    if (!s->done && checkpoint_due(s)) write_checkpoint(s);
    if (!s->done) plan_round(s);
}

typedef struct thread_arg { search *s; worker *w; } thread_arg;

/* A worker's model worker and round buffers, which nothing reads once the worker has left its last
 * barrier (a trace after the search is replayed on a model worker of its own): given back by each
 * worker as it ends, on its own thread, rather than by search_free on one thread after the search
 * (CoffeeCan1000Beans at two workers: ~4 ms each, the model worker's check tables and caches). */
static void free_worker_memory(search *s, worker *w)
{
    if (w->mw) s->m->worker_free(w->mw);
    w->mw = NULL;
    for (int k = 0; k < s->nworkers && w->to; k++) VEC_FREE(w->to[k]);
    VEC_FREE(w->succ_bytes);
    VEC_FREE(w->succs);
    VEC_FREE(w->marks);
}

/* A worker's own memory is allocated by its thread: glibc gives each thread an arena of its own, so
 * what a worker writes at every state (the model worker's buffers, its lists by owner) shares no
 * cache line with what the others read at every state (the program, the model, their own buffers).
 * Made on the main thread, a 52-byte buffer of worker 0 landed beside the program's constants and
 * made every constant read by worker 1 a miss. The others read a worker's lists only after the
 * first barrier. */
static void worker_start(search *s, worker *w)
{
    w->mw = s->m->worker_new(s->m->self, w->id);
    w->to = util_xcalloc((size_t)s->nworkers, sizeof *w->to);
}

/* The serial steps between the phases, run inside the barriers that end the phases. */
static void dedup_step(void *arg)
{
    search *s = arg;
    s->round.dedup_ok = prepare_dedup(s);
}

static void moved_step(void *arg)
{
    search *s = arg;
    fpset_reserve_end(s->seen);
}

/* A round without faults leaves finish_round nothing to recheck or replay on worker 0's model worker
 * (nor Init's callback): any worker may run it. */
static bool finish_by_any(void *arg)
{
    const search *s = ((thread_arg *)arg)->s;
    if (s->round.initial) return false;
    for (int k = 0; k < s->nworkers; k++)
        if (s->workers[k].expansion.kind != FAULT_NONE || s->workers[k].faults.len) return false;
    return true;
}

static void rank_step(void *arg)
{
    search *s = arg;
    s->round.rank_ok = s->round.dedup_ok && prepare_rank(s);
}

/* The worker that plans the next round fills its states after the barrier. */
static void finish_step(void *arg)
{
    thread_arg *ta = arg;
    settle_ranks(ta->s);
    finish_round(ta->s);
    ta->s->round.filler = ta->w->id;
}

/* A round is three phases, each ending in a barrier that runs the step after it: prepare_dedup and
 * prepare_rank on the last worker to arrive, finish_round (reports, rechecks on worker 0's model
 * worker, the next round's plan) on worker 0, or on the last to arrive when the round met no fault.
 * The worker that planned the round fills in its states after the barrier, while the others begin
 * expanding the chunks filled. When the set must grow for the round, the workers move its
 * fingerprints to the larger table together, between a barrier more and dedup. */
static void *run_worker(void *arg)
{
    thread_arg *ta = arg;
    search *s = ta->s;
    worker *w = ta->w;
    pthread_mutex_lock(&s->starting);   /* until all threads are started and the barrier is made */
    pthread_mutex_unlock(&s->starting);
    worker_start(s, w);
    while (!s->done) {
        w->succs.len = w->succ_bytes.len = w->marks.len = 0;
        w->state_bytes = w->generated = 0;
        for (int k = 0; k < s->nworkers; k++) w->to[k].len = 0;
        if (!s->round.initial) {
            expand_phase(s, w);
        } else if (s->round.nparts) {
            expand_initial_parts(s, w);
            barrier_wait(&s->barrier, parts_step, s);
            if (s->round.parts_failed && w->id == 0) expand_initial(s, w);
        } else if (w->id == 0) {
            expand_initial(s, w);
        }
        barrier_wait(&s->barrier, dedup_step, s);
        if (s->round.moving) {
            fpset_move_part(s->seen, (unsigned)w->id, (unsigned)s->nworkers);
            barrier_wait(&s->barrier, moved_step, s);
        }
        if (s->round.dedup_ok) dedup_phase(s, w);
        barrier_wait(&s->barrier, rank_step, s);
        if (s->round.rank_ok) rank_phase(s, w);
        barrier_wait_either(&s->barrier, w->id == 0, finish_by_any, finish_step, ta);
        if (s->round.filler == w->id && !s->done) fill_round(s);
    }
    free_worker_memory(s, w);
    return NULL;
}

/* run_worker on a thread of its own, which ends with the model's thread_end. */
static void *worker_thread(void *arg)
{
    const explore_model *m = ((thread_arg *)arg)->s->m;
    run_worker(arg);
    if (m->thread_end) m->thread_end(m->self);
    return NULL;
}

/* ---- running ------------------------------------------------------------------------------------ */

/* TLC's "actual" collision estimate needs the least distance between two fingerprints. Taken from the
 * set's table in place, unless the table is much larger than its contents (-fpmem): then from a
 * copy of the fingerprints in the trace store. */
static uint64_t least_distance(search *s)
{
    uint64_t n = s->next_id;
    uint64_t *copy = fpset_capacity(s->seen) > 8 * n ? util_try_calloc(2 * n + 1, sizeof(uint64_t)) : NULL;
    if (!copy) return fpset_least_distance(s->seen, s->nworkers);
    for (uint64_t id = 0; id < n; id++) copy[id] = trace_store_slot(&s->trace, id)->fp;
    uint64_t d = fpset_least_distance_of(copy, copy + n, n, s->nworkers);
    free(copy);
    return d;
}

/* The outdegree statistics of a complete search, on a thread of their own when there are workers
 * to spare, while this one assembles the graph and finds the least distance: they only read the
 * trace store, and the set is least_distance's alone. */
typedef struct outdegree_job { trace_store *t; uint64_t n; explore_outdegree od; pthread_t thread; bool apart; } outdegree_job;

static void *outdegree_main(void *arg)
{
    outdegree_job *j = arg;
    j->od = trace_store_outdegree(j->t, j->n, j->n);
    return NULL;
}

static void outdegree_start(search *s, outdegree_job *j, uint64_t n)
{
    *j = (outdegree_job){.t = &s->trace, .n = n};
    j->apart = s->nworkers > 1 && pthread_create(&j->thread, NULL, outdegree_main, j) == 0;
}

static explore_outdegree outdegree_end(outdegree_job *j)
{
    if (j->apart) pthread_join(j->thread, NULL);
    else outdegree_main(j);
    return j->od;
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

/* The states of the level whose successors were computed when the search stopped (the last in part). */
static uint64_t expanded_in_level(const search *s)
{
    uint64_t expanded = s->round.start;
    if (s->stop.kind != FAULT_NONE && !s->round.initial) expanded += s->stop.pos + 1;
    return expanded;
}

static explore_stats final_stats(const search *s, explore_verdict v)
{
    explore_stats st = {s->generated, s->distinct, 0, s->level.depth, util_now() - s->start};
    if (v == EXPLORE_SUCCESS) return st;
    explore_stop stop = {.kind = s->stop.kind, .sub = s->stop.sub, .initial = s->round.initial,
                         .step_succ_new = s->stop_step_new, .expanded = expanded_in_level(s),
                         .nfrontier = s->level.nfrontier, .next_count = s->level.next_slots.len,
                         .replay_queued = s->replay_queued};
    return explore_stop_stats(st, &stop);
}

/* n zeroed objects of `size` bytes (a multiple of the cache line) from a cache line's start, unless
 * that fails: then at calloc's alignment. */
static void *calloc_lines(size_t n, size_t size)
{
    void *p = NULL;
    if (posix_memalign(&p, 64, n * size) != 0) return util_xcalloc(n, size);
    memset(p, 0, n * size);
    return p;
}

static void search_init(search *s, const explore_model *m, const explore_options *o)
{
    s->m = m;
    s->o = o;
    s->nworkers = o->workers > 0 ? o->workers : 1;
    s->workers = calloc_lines((size_t)s->nworkers, sizeof(worker));
    s->seen = fpset_new(1 << 16, o->fpset_bytes);
    s->round_states = ROUND;
    s->max_states = o->max_states && o->max_states < TRACE_CAPACITY ? o->max_states : TRACE_CAPACITY;
    s->graphs = calloc_lines((size_t)s->nworkers, sizeof(graph_recorder));
    s->round.states = util_xcalloc(ROUND, sizeof(queued));
    s->round.gen = util_xcalloc(ROUND, sizeof(uint64_t));
    s->round.runs = util_xcalloc(ROUND, sizeof(chunk_run));
    s->round.owner_bytes = util_xcalloc((size_t)s->nworkers, sizeof(uint64_t));
    s->round.owner_block = util_xcalloc((size_t)s->nworkers, sizeof(uint8_t *));
    trace_store_init(&s->trace);
    s->nmade = s->nworkers;
    pthread_mutex_init(&s->starting, NULL);
    s->start = s->last_progress = s->last_coverage = s->last_checkpoint = util_now();
    s->round.initial = true;
    s->round.filler = -1;
    if (m->initial_part && s->nworkers > 1) s->round.nparts = (uint32_t)min_u64((uint64_t)s->nworkers * INITIAL_PARTS_PER_WORKER, ROUND);
    atomic_store(&s->round.cutoff, NO_FAULT);
    for (int k = 0; k < s->nworkers; k++) {
        worker *w = &s->workers[k];
        w->id = k;
        spool_init(&w->cur, o->queue_budget / (uint64_t)s->nworkers);
        spool_init(&w->next, o->queue_budget / (uint64_t)s->nworkers);
    }
    s->strings_before = util_intern_count();
}

static void worker_free(search *s, worker *w)
{
    free_worker_memory(s, w);
    free(w->to);
    spool_free(&w->cur);
    spool_free(&w->next);
    VEC_FREE(w->bits);
    VEC_FREE(w->cov_generated);
    VEC_FREE(w->cov_new);
    VEC_FREE(w->faults);
}

static void search_free(search *s)
{
    for (int k = 0; k < s->nmade; k++) {
        worker_free(s, &s->workers[k]);
        graph_recorder_free(&s->graphs[k]);
    }
    trace_store_free(&s->trace);
    free(s->stop.succ);
    VEC_FREE(s->level.cur_slots);
    VEC_FREE(s->level.next_slots);
    VEC_FREE(s->round.ranked);
    VEC_FREE(s->round.prefix);
    free(s->round.states);
    free(s->round.gen);
    free(s->round.runs);
    free(s->round.owner_bytes);
    free(s->round.owner_block);
    free(s->workers);
    free(s->graphs);
    fpset_free(s->seen);
    barrier_destroy(&s->barrier);
    pthread_mutex_destroy(&s->starting);
    free(s);
}

/* One worker runs on this thread; with more, each runs on a thread of its own (worker 0 too, for
 * its memory: see worker_start). A thread that fails to start leaves the search to the workers
 * started before it (worker 0 on this thread if its own failed): the barrier counts only those,
 * and the result is the same with fewer. */
static void run_threads(search *s)
{
    thread_arg *args = util_xcalloc((size_t)s->nworkers, sizeof *args);
    for (int k = 0; k < s->nworkers; k++) args[k] = (thread_arg){s, &s->workers[k]};
    pthread_mutex_lock(&s->starting);
    int first = s->nworkers > 1 ? 0 : 1, started = first;   /* threads made for workers first .. started-1 */
    while (started < s->nworkers && pthread_create(&s->workers[started].thread, NULL, worker_thread, &args[started]) == 0)
        started++;
    bool here = first == 1 || started == 0;   /* worker 0 runs on this thread */
    s->nworkers = started ? started : 1;
    barrier_init(&s->barrier, (unsigned)s->nworkers);
    pthread_mutex_unlock(&s->starting);
    if (here) run_worker(&args[0]);
    for (int k = first; k < started; k++) pthread_join(s->workers[k].thread, NULL);
    free(args);
}

void explore_run(const explore_model *m, const explore_options *o, explore_result *r)
{
    memset(r, 0, sizeof *r);
    atomic_store(&stop_requested, false);
    search *s = util_xcalloc(1, sizeof *s);
    search_init(s, m, o);
    if (o->recover_dir) recover(s);
    run_threads(s);
    r->verdict = verdict_of(s);
    r->stats = final_stats(s, r->verdict);
    r->violations = s->violations;
    r->disk_errno = atomic_load(&s->disk_errno);
    r->collision_probability = fpset_collision_probability(r->stats.distinct, r->stats.generated);
    if (s->stop.kind != FAULT_NONE && (s->stop_id != NO_PRED || s->stop.succ)) r->trace_len = trace_to(s, s->stop_id, &s->stop, &r->trace);
    if (s->stop.kind != FAULT_NONE && !s->round.initial) r->stop_successors = s->round.gen[s->stop.pos];
    if (r->verdict == EXPLORE_SUCCESS) {
        outdegree_job od;
        outdegree_start(s, &od, r->stats.distinct);
        if (o->record_graph) r->graph = graph_assemble(m, &s->trace, s->next_id, s->graphs, s->nworkers);
        r->actual_collision_probability = 1.0 / (double)least_distance(s);
        r->outdegree = outdegree_end(&od);
    } else if (r->verdict == EXPLORE_FAILED && s->stop.kind != FAULT_NONE && !s->round.initial) {
        r->outdegree = trace_store_outdegree(&s->trace, s->next_id, s->level.base + expanded_in_level(s));
    }
    if (o->count_actions) r->actions = sum_action_counts(s);
    search_free(s);
}

void explore_result_free(explore_result *r)
{
    explore_trace_free(r->trace, r->trace_len);
    r->trace = NULL;
    r->trace_len = 0;
    graph_free(r->graph);
    r->graph = NULL;
    free_action_counts(&r->actions);
}
