/* explore_internal.h - what the explorer's files share, one concern each:
 *  - sink.c: the sinks a model emits states into, and a collector of emitted states;
 *  - trace.c: the trace store ((predecessor, fingerprint) by state id) and trace replay;
 *  - graph.c: the behaviour graph for liveness, recorded per worker during the search and
 *    assembled after it;
 *  - explore.c: the breadth-first search itself (rounds, phases, faults) on top of them;
 *  - fault.c: what a stop at a fault leaves to count, for explore.c and dist_mpi.c alike.
 * Simulation, checkpoints and a distributed explorer need the trace store and replay without the
 * search.
 *
 * Contract: a sink, a collector and a graph recorder belong to one worker (one thread at a time).
 * The trace store is shared: trace_store_slot may be called from every worker at once, and each
 * record is written by one worker in one phase and read only after a barrier. Replay runs on the
 * model worker it is given. Errors: allocations that may fail report false (out of memory is
 * util_out_of_memory's flag); the rest uses util_x* allocation. */
#ifndef TLCC_EXPLORE_INTERNAL_H
#define TLCC_EXPLORE_INTERNAL_H

#include "explore.h"
#include "util.h"

#include <pthread.h>
#include <stdatomic.h>
#include <time.h>

/* The predecessor of an initial state. */
#define NO_PRED UINT64_MAX

/* Frontier states per round at most, and per chunk a worker takes (explore.c, dist_mpi.c): TLCGet's
 * counts are as of a round's start, so every explorer cuts levels into the same rounds
 * (explore_round_states). */
enum { EXPLORE_ROUND = 1 << 15, EXPLORE_CHUNK = 64 };

/* ---- what the breadth-first explorers share (explore.c, dist_mpi.c) ----------------------------- */

#define NO_FAULT UINT64_MAX
typedef enum { FAULT_NONE, FAULT_VIOLATION, FAULT_DEADLOCK, FAULT_ERROR } fault_kind;
/* Where a fault stands relative to the successor `seq` of the round: before it (an expansion that
 * failed or stopped before emitting it), at its invariants, or at its step's properties. */
enum { BEFORE_SUCCESSOR = 0, AT_STATE = 1, AT_STEP = 2 };

/* A fault's place in the round: before successor seq's emission, then at its invariants, then at
 * its step's properties (TLC checks a new state's invariants before the step's properties). */
static inline uint64_t key_of(uint64_t seq, int sub) { return seq * 4 + (uint64_t)sub; }

static inline uint64_t min_u64(uint64_t a, uint64_t b) { return a < b ? a : b; }

static inline void atomic_min(_Atomic uint64_t *a, uint64_t v)
{
    uint64_t cur = atomic_load(a);
    while (v < cur && !atomic_compare_exchange_weak(a, &cur, v)) {}
}

typedef VEC(uint8_t) byte_vec;
typedef VEC(uint64_t) word_vec;

/* ---- sinks (sink.c) ----------------------------------------------------------------------------- */

/* A state emitted by the model, waiting in a worker's buffer: its bytes at `off`. */
typedef struct pending { uint64_t fp, pred; size_t off; uint32_t len, action; } pending;
typedef VEC(pending) pending_vec;
/* A transition violation reported by the model: the successor, and the index its successor (or the
 * next one) has in the worker's buffer. */
/* What a round's successors may take, bytes and entries of all workers together, held until dedup. */
#define EXPLORE_ROUND_BYTES ((uint64_t)64 << 20)

/* The frontier states of the next round: as many as keep their successors near EXPLORE_ROUND_BYTES,
 * judged by the round just done (`expanded` states emitted `succs` successors of `bytes` bytes). The
 * successors a state emits do not depend on the number of workers or ranks, and so neither do the
 * rounds. */
static inline uint64_t explore_round_states(uint64_t bytes, uint64_t succs, uint64_t expanded)
{
    uint64_t per_state = (bytes + succs * sizeof(pending)) / (expanded ? expanded : 1) + 1;
    uint64_t n = EXPLORE_ROUND_BYTES / per_state / EXPLORE_CHUNK * EXPLORE_CHUNK;
    return n < EXPLORE_CHUNK ? EXPLORE_CHUNK : n > EXPLORE_ROUND ? EXPLORE_ROUND : n;
}

typedef struct step_violation { uint8_t *bytes; uint32_t len, action; size_t at; } step_violation;

struct explore_sink {
    byte_vec *bytes;
    pending_vec *out;
    uint64_t pred;
    bool keep_going;
    VEC(step_violation) violations;
    /* notes kept: each state's bytes are followed by a byte saying whether a note of note_len bytes
     * follows (explore_state_note), which len does not count */
    uint32_t note_len;
    bool failed_step;            /* explore_emit_failed_step was called */
};

/* The note after a state in a sink that keeps notes of note_len bytes, or NULL when it has none. */
static inline const uint8_t *explore_state_note(const uint8_t *bytes, uint32_t len, uint32_t note_len)
{
    return note_len && bytes[len] ? bytes + len + 1 : NULL;
}

/* A sink with the states it collects (for replay and rechecks): it goes on past violated steps and
 * forgets them. Not to be moved once initialised (the sink points into it). */
typedef struct collector { byte_vec bytes; pending_vec states; explore_sink sink; } collector;

void sink_drop_violations(explore_sink *sink);
void collector_init(collector *c);
/* Forget the states collected (and the violations reported), to collect again. */
void collector_clear(collector *c);
void collector_free(collector *c);

/* ---- the trace store and replay (trace.c) ------------------------------------------------------- */

enum { TRACE_CHUNK_BITS = 20, TRACE_CHUNKS = 1 << 16 };
#define TRACE_CAPACITY ((uint64_t)TRACE_CHUNKS << TRACE_CHUNK_BITS)

typedef struct trace_rec { uint64_t pred, fp; } trace_rec;
/* (pred, fp) by state id, in chunks allocated on first use. */
typedef struct trace_store {
    _Atomic(trace_rec *) chunks[TRACE_CHUNKS];
    pthread_mutex_t lock;            /* taken only to allocate a chunk */
} trace_store;

void trace_store_init(trace_store *t);
void trace_store_free(trace_store *t);
/* The record of state `id` (below TRACE_CAPACITY). */
trace_rec *trace_store_slot(trace_store *t, uint64_t id);
/* The states from an initial state to state `id` along the recorded predecessors, replayed on
 * model worker mw, into a new array with room for `room` more: their number, or 0 (and *out NULL)
 * when the model does not produce them again. */
uint32_t trace_store_replay(trace_store *t, const explore_model *m, void *mw, uint64_t id, uint32_t room,
                            explore_trace_state **out);
/* The action of the step from `prev` (at BFS level `level`) to the state (bytes, len) as worker mw
 * labels it (a replaying worker names it with its arguments), or `fallback` if mw does not find it. */
uint32_t trace_step_action(const explore_model *m, void *mw, const explore_trace_state *prev, uint32_t level,
                           const uint8_t *bytes, uint32_t len, uint32_t fallback);
/* TLC's outdegree statistics of the first n states, over the first `expanded` of them (n after a
 * complete search; after a stop, those whose successors were computed, the last one's in part). */
explore_outdegree trace_store_outdegree(trace_store *t, uint64_t n, uint64_t expanded);
/* The same from hist[k], the number of the n states that found k new states (k < len). */
explore_outdegree explore_outdegree_of(const uint64_t *hist, size_t len, uint64_t n);

/* ---- what a stop at a fault leaves to count (fault.c; explore.c and dist_mpi.c) ------------------ */

/* The successors generated by the state expanded when the search stopped at fault place `sub`
 * among them, as TLC counts them: TLC counts a successor when its enumeration reaches it and stops
 * at the first new state whose invariants are violated or fail to evaluate, so only those up to it
 * (its `index` among the state's successors, from 0) count. Known when the state emitted all the
 * successors it generated (`emitted` == `all`: no CONSTRAINT left one out); otherwise all of them. */
uint64_t explore_generated_at_stop(int sub, uint64_t all, uint64_t emitted, uint64_t index);

/* Where a search that did not finish stopped, for the counts TLC prints. */
typedef struct explore_stop {
    fault_kind kind;             /* FAULT_NONE: stopped for another reason (interrupt, size, disk) */
    int sub;
    bool initial;                /* in the round of the initial states */
    bool step_succ_new;          /* a violated (failed) step's successor, new: counted, never queued */
    uint64_t expanded;           /* the level's states whose successors were computed (the last in part) */
    uint64_t nfrontier;          /* the level's states */
    uint64_t next_count;         /* the next level's states found */
    uint64_t replay_queued;      /* queued by TLC's replay (explore_replay_mark) */
} explore_stop;

/* The counts TLC prints at a stop, from st's generated, distinct and depth: the states of the level
 * not expanded and those found for the next are queued, not a new state whose invariants failed (an
 * initial state is: TLC queues it before checking it); the depth is that of the deepest state
 * found. */
explore_stats explore_stop_stats(explore_stats st, const explore_stop *stop);

/* TLC's replay after a new state's invariant failed to evaluate (not a violation): ModelChecker
 * expands the state before it again to find the error's positions, with its set of states as the
 * error left it, so the successors after the failing one that are new there join the set and the
 * queue, each once its invariants held; the replay stops at the first whose invariants fail (in the
 * set, not queued). The successors after the failing one, in order: */
typedef struct later_succ {
    uint64_t seq, fp;            /* its place among the round's successors, and its fingerprint */
    const uint8_t *bytes;
    uint32_t len;
    const void *note;            /* the note to check it with (noted: check_state_noted) */
    bool noted;
    bool seen;                   /* in the set before the failing state (set by the caller) */
    bool fails;                  /* its invariants fail (explore_replay_mark) */
} later_succ;

/* Mark as seen those found again in the list, and check the invariants of the others on mw. */
void explore_replay_mark(const explore_model *m, void *mw, later_succ *v, size_t n);
/* The seq of the first new successor whose invariants fail, or UINT64_MAX. */
uint64_t explore_replay_first_failing(const later_succ *v, size_t n);
/* Adds the new successors up to seq `limit` (the first failing, over all processes) to *added, those
 * before it to *queued. */
void explore_replay_count(const later_succ *v, size_t n, uint64_t limit, uint64_t *added, uint64_t *queued);

/* ---- the behaviour graph (graph.c) -------------------------------------------------------------- */

typedef struct edge_rec { uint64_t from, to_fp; } edge_rec;
/* The distinct successors of one state, by fingerprint and bytes (a step's labels depend on its two
 * states only, so a step found twice is kept once, and with label_step its other emissions add to
 * its row): an open-addressing table of indices + 1 into the state's successors, 0 = empty, index 0
 * standing for the state itself, each with the step's place among those kept (`count`). */
typedef struct step_slot { uint32_t index, count; } step_slot;
typedef struct step_set { step_slot *slots; size_t cap; } step_set;

/* One worker's part of the graph: the states it expanded and their transitions, each with its row
 * of labels, kept by state id and successor fingerprint until the graph is assembled. Aligned to
 * cache lines: each worker writes its own at every state, beside its neighbour's. */
typedef struct graph_recorder {
    _Alignas(64) word_vec nodes;
    word_vec node_labels;
    VEC(edge_rec) edges;
    word_vec edge_labels;
    step_set steps;
    word_vec step_rows;              /* the state being recorded: where each step's row starts (label_step) */
} graph_recorder;

/* A state being expanded, as the recorder sees it. */
typedef struct graph_state { uint64_t id, fp; const uint8_t *bytes; uint32_t len; } graph_state;

/* Record state q's labels and those of its transitions: its stuttering step and one to each distinct
 * successor among succs[0..n) (their bytes in `bytes`). False if the model failed to label one. */
bool graph_record(graph_recorder *g, const explore_model *m, void *mw, const graph_state *q, const uint8_t *bytes,
                  const pending *succs, size_t n);
/* The graph of the `nstates` states of the trace store, from the recorders of n workers (emptied),
 * each recorder's part assembled on a thread of its own (every state is in one recorder only). */
explore_graph *graph_assemble(const explore_model *m, trace_store *t, uint64_t nstates, graph_recorder *recs, int n);
void graph_recorder_free(graph_recorder *g);
void graph_free(explore_graph *g);

/* ---- the checkpoint file (checkpoint.c) ---------------------------------------------------------- */

typedef struct ckpt_writer {
    const char *dir;
    char *tmp;                       /* dir/checkpoint.tmp, renamed to dir/checkpoint on commit */
    FILE *f;
    void *hash;                      /* XXH3_state_t */
    bool ok;
    int err;                         /* why not ok */
} ckpt_writer;

/* Start a checkpoint in dir (made if missing): the magic and format are written. */
bool ckpt_open(ckpt_writer *w, const char *dir);
void ckpt_put(ckpt_writer *w, const void *p, size_t n);
void ckpt_u64(ckpt_writer *w, uint64_t v);
/* The checksum, fsync, rename over dir/checkpoint: true when it is in place. Frees the writer. */
bool ckpt_commit(ckpt_writer *w);
void ckpt_abort(ckpt_writer *w);

typedef struct ckpt_reader { FILE *f; bool ok; } ckpt_reader;

/* Open dir/checkpoint after checking it whole (magic, format, checksum); why says what is wrong. */
bool ckpt_read_open(ckpt_reader *r, const char *dir, char *why, size_t why_size);
void ckpt_get(ckpt_reader *r, void *p, size_t n);   /* zeros and r->ok false past the end */
uint64_t ckpt_get_u64(ckpt_reader *r);
void ckpt_read_close(ckpt_reader *r);

#endif
