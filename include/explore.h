/* explore.h - breadth-first exploration of a state graph, on many threads, knowing nothing of
 * TLA+: a model is seen only through explore_model (LTSmin's "next-state interface" idea), so the
 * explorer is tested with toy models, and simulation, liveness and a distributed explorer can
 * drive the same interface.
 *
 * Contract:
 *  - States are opaque byte strings; the explorer copies what a model emits.
 *  - Every callback gets the per-thread worker the model made with worker_new; the explorer never
 *    calls one worker from two threads at once.
 *  - The result does not depend on the number of workers: the search is level-synchronous and
 *    every level is processed in the order one worker would take (first in, first out), so counts,
 *    depth, the violation reported and its trace (a shortest one) are the same for any number.
 *  - explore_request_stop is async-signal-safe (it sets a flag): the run ends with the counts so far.
 *    So does running out of memory (util_out_of_memory) or of disk space for the queue or the
 *    fingerprint set.
 */
#ifndef TLCC_EXPLORE_H
#define TLCC_EXPLORE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

typedef struct explore_sink explore_sink;

/* Emit one state (copied), produced by action `action` (a model-defined number, 0 = initial). */
void explore_emit(explore_sink *sink, const uint8_t *bytes, uint32_t len, uint32_t action);
/* The same, with the state's fingerprint (never 0) as the model's fingerprint callback would give it,
 * made from the values at hand: the explorer does not ask for it again. */
void explore_emit_fingerprinted(explore_sink *sink, const uint8_t *bytes, uint32_t len, uint32_t action,
                                uint64_t fp);
/* The same, with a note of note_len bytes (the model's note_len) that the explorer gives back with the
 * state to check_state_noted, if it checks the state; a sink that keeps no notes drops it. */
void explore_emit_noted(explore_sink *sink, const uint8_t *bytes, uint32_t len, uint32_t action, uint64_t fp,
                        const void *note, uint32_t note_len);
/* Report a successor that violates a property of transitions. Unless explore_sink_continues, the
 * model then stops and returns EXPLORE_VIOLATION from successors; if it does continue (-continue),
 * it emits the successor too and goes on. */
void explore_emit_violation(explore_sink *sink, const uint8_t *bytes, uint32_t len, uint32_t action);
bool explore_sink_continues(const explore_sink *sink);
/* The error the model is about to return (EXPLORE_ERROR) arose checking the step to the state it
 * emitted last (a property of transitions failed to evaluate): TLC has put that successor in its set
 * of states by then, so the explorer counts it if it is new, but does not queue it. */
void explore_emit_failed_step(explore_sink *sink);
/* Simulation only (a model told it simulates): a successor outside the state or action constraints
 * is emitted too, with this bit in its action number. TLC's simulator checks and counts it as any
 * successor, but never takes it: an action whose successors are all outside is taken as having none
 * (the model then tries another), and a state with none inside is a deadlock. */
#define EXPLORE_OUTSIDE 0x80000000u

typedef enum { EXPLORE_OK = 0, EXPLORE_VIOLATION, EXPLORE_ERROR } explore_status;

typedef struct explore_trace_state { uint8_t *bytes; uint32_t len; uint32_t action; } explore_trace_state;

typedef struct explore_stats {
    uint64_t generated, distinct, queue;   /* queue: the states found and not yet expanded */
    uint32_t depth;
    double seconds;
} explore_stats;

typedef struct explore_model {
    void *self;
    void *(*worker_new)(void *self, int worker_id);
    void (*worker_free)(void *worker);
    /* Optional: the last call on each thread started to run workers (the explorer's, the
     * simulator's), after the thread's last callback: frees what the model keeps per thread. */
    void (*thread_end)(void *self);
    /* Emit the initial states; *generated counts them all, before any state constraint. */
    explore_status (*initial)(void *worker, explore_sink *sink, uint64_t *generated);
    /* Optional: the initial states in nparts parts, part `part` only, as `initial` emits them: the
     * parts' states, in part order, are initial's in its order, and their counts add up to its count.
     * A part's violation or error may not be initial's first: the explorer then runs `initial`. */
    explore_status (*initial_part)(void *worker, uint32_t part, uint32_t nparts, explore_sink *sink,
                                   uint64_t *generated);
    /* Emit the successors of a state; *generated counts them before constraints (0 = deadlock). */
    explore_status (*successors)(void *worker, const uint8_t *state, uint32_t len, explore_sink *sink,
                                 uint64_t *generated);
    /* The state's fingerprint (a model may fingerprint a VIEW or a symmetry class); false on error. */
    bool (*fingerprint)(void *worker, const uint8_t *state, uint32_t len, uint64_t *fp);
    /* Checks of a new state (invariants). */
    explore_status (*check_state)(void *worker, const uint8_t *state, uint32_t len);
    /* check_state's verdict depends on the state's bytes alone (it calls nothing like Print or
     * TLCGet, and counts nothing): a state found good once may be taken as good again. */
    bool check_state_pure;
    /* Optional: check_state of a state emitted with a note (explore_emit_noted; NULL when it was
     * emitted without), what the model knew when it wrote the state, so as not to find it again. */
    explore_status (*check_state_noted)(void *worker, const uint8_t *state, uint32_t len, const void *note);
    uint32_t note_len;
    /* Optional: the worker will replay a trace (the model may then label actions more fully). */
    void (*replaying)(void *worker);
    /* The worker is done with the state it was given: release its scratch memory. */
    void (*state_done)(void *worker);
    /* The BFS level of the states the worker is about to expand (initial states are level 1; their
     * successors level 2). Models use it for TLCGet("level"). May be NULL. */
    void (*set_level)(void *worker, uint32_t level);
    /* The search's counters as of the start of the round of states the worker is about to expand,
     * for TLCGet("distinct"), ("queue") and so on. May be NULL. */
    void (*set_stats)(void *worker, const explore_stats *s);
    /* Simulation (simulate.h): the walk the worker is about to make (1-based), and the states
     * generated so far by all, for TLCGet("stats"). May be NULL. */
    void (*set_walk)(void *worker, uint64_t walk, uint64_t generated, double seconds);
    /* Simulation: the next successors call computes the successors of one action only, picked at
     * random with `draw` (nonzero), and none only when no action has any. May be NULL (then all). */
    void (*pick_action)(void *worker, uint64_t draw);
    /* Simulation, optional: the next successors call expands the successor that the worker's last
     * successors call, on state `from`, emitted with `note` (the model's, explore_emit_noted), so the
     * model may keep what it knows of `from`. Both stay valid until that call returns. `hash`: the
     * successor's XXH3_64bits(bytes) | 1 where the explorer computed it, else 0. */
    void (*expand_taken)(void *worker, const void *note, const uint8_t *from, uint32_t from_len, uint64_t hash);
    /* Simulation, optional: check_state_noted of the i-th state (in emission order) that the worker's
     * last successors call emitted, given with its bytes and note, before state_done: the model may
     * check it with the values it made it from. The same verdict and effects as check_state_noted. */
    explore_status (*check_emitted)(void *worker, uint32_t i, const uint8_t *state, uint32_t len, const void *note);
    /* For reporting a violation: forget the fault the model recorded, and check one transition's
     * properties again (the explorer re-runs the check of the violation it reports, so that the
     * model's record is that one and not the first some worker happened to find). May be NULL. */
    void (*forget_fault)(void *self);
    /* Optional: with on, what the worker evaluates was evaluated before (a check run again), so its
     * effects (Print's output) are not repeated; off again after. */
    void (*quiet)(void *worker, bool on);
    explore_status (*check_step)(void *worker, const uint8_t *state, uint32_t len, const uint8_t *next,
                                 uint32_t next_len);
    /* For liveness (explore_options.record_graph): the label bits of a state, and of a transition
     * (next == state for the stuttering step every state has), written as a row of
     * state_label_words (edge_label_words) words. May be NULL otherwise. */
    bool (*label_state)(void *worker, const uint8_t *state, uint32_t len, uint64_t *labels);
    bool (*label_edge)(void *worker, const uint8_t *state, uint32_t len, const uint8_t *next, uint32_t next_len,
                       uint64_t *labels);
    /* Optional: label_edge for the state just expanded (after its label_state), told which of the
     * `count` successors it emitted the step goes to: the index-th (from 0; UINT32_MAX: the
     * stuttering step). With `again`, the row is that of an earlier step with the same bytes
     * (another emission of them, or the stuttering step), labelled already: what this emission
     * adds is added to it. */
    bool (*label_step)(void *worker, const uint8_t *state, uint32_t len, const uint8_t *next, uint32_t next_len,
                       uint32_t index, uint32_t count, bool again, uint64_t *labels);
    uint32_t state_label_words, edge_label_words;
} explore_model;

typedef enum {
    EXPLORE_SUCCESS,         /* every reachable state explored (with keep_going: violations reported) */
    EXPLORE_VIOLATED,        /* check_state or a transition check failed */
    EXPLORE_DEADLOCK,        /* a state without successors (when checking deadlock) */
    EXPLORE_FAILED,          /* a callback reported an error */
    EXPLORE_INTERRUPTED,     /* explore_request_stop */
    EXPLORE_OUT_OF_MEMORY,   /* an allocation failed (util_out_of_memory) */
    EXPLORE_DISK_ERROR,      /* the queue or the fingerprint set could not go to disk, or back (errno) */
    EXPLORE_TOO_LARGE,       /* more distinct states than the trace store holds */
} explore_verdict;

/* Per action number (0: the initial predicate): successors generated, new states found. */
typedef struct explore_action_counts {
    uint64_t *generated, *distinct;
    uint32_t n;
} explore_action_counts;

typedef struct explore_options {
    int workers;
    bool check_deadlock;
    /* -continue: a violated invariant or property of transitions is reported (through `violation`)
     * and the search goes on; deadlocks and errors still stop it. */
    bool keep_going;
    uint64_t fpset_bytes;    /* the fingerprint set's memory budget, past which it goes to disk (0: none) */
    /* Bytes of queued states the workers keep in memory (0: no limit); the rest goes to disk. The
     * level being read may hold as much again. */
    uint64_t queue_budget;
    uint64_t max_states;     /* distinct states at most (0: the trace store's capacity, 2^36) */
    /* Reporting, from the coordinating thread between rounds, each with progress_ctx: progress
     * about every `progress_seconds`; the initial states once they are known; with keep_going, each
     * violation with its trace (the model's recorded fault is that violation's). */
    void (*progress)(void *ctx, const explore_stats *s);
    void *progress_ctx;
    double progress_seconds;
    void (*initial_done)(void *ctx, uint64_t generated, uint64_t distinct);
    void (*violation)(void *ctx, const explore_trace_state *trace, uint32_t len);
    /* Keep the behaviour graph (states, transitions and their labels) for a liveness check. */
    bool record_graph;
    /* Coverage (-coverage): count, by the model's action number, the successors each action
     * generated and the new states it found first; report them through `coverage` (with
     * progress_ctx, between rounds) about every coverage_seconds, and in the result. */
    bool count_actions;
    double coverage_seconds;
    void (*coverage)(void *ctx, const explore_action_counts *c);
    /* Checkpoints (not with keep_going, record_graph or count_actions): every checkpoint_seconds, at the end of a
     * round, the search's state goes to checkpoint_dir/checkpoint (written to a temporary name,
     * fsynced, renamed: a kill at any instant leaves the previous one whole), with the client's
     * checkpoint_meta stored as is and a checksum of the whole. recover_dir: resume from the
     * checkpoint there (its meta checked by the client with explore_checkpoint_meta first). */
    const char *checkpoint_dir;
    double checkpoint_seconds;
    const uint8_t *checkpoint_meta;
    uint32_t checkpoint_meta_len;
    const char *recover_dir;
    /* Each checkpoint and the recovery, from the coordinating thread: the counts then, and for
     * EXPLORE_CHECKPOINT_FAILED the errno (the search goes on; the previous checkpoint stays). */
    void (*checkpoint_event)(void *ctx, int event, const explore_stats *s, int err);
} explore_options;

enum { EXPLORE_CHECKPOINT_START, EXPLORE_CHECKPOINT_DONE, EXPLORE_CHECKPOINT_FAILED, EXPLORE_RECOVERY_START,
       EXPLORE_RECOVERY_DONE };

/* The behaviour graph of a complete search, by state index (the order states were found in). */
typedef struct explore_graph {
    uint32_t nstates;
    uint64_t *fps;                   /* to replay traces through explore_replay */
    bool *initial;
    uint32_t state_words, edge_words;  /* the length of a row of labels */
    uint64_t *state_labels;          /* state s's row at s * state_words */
    uint32_t *edge_start;            /* the edges of s: edge_start[s] .. edge_start[s + 1] - 1 */
    uint32_t *edge_to;               /* each state's stuttering step included */
    uint64_t *edge_labels;           /* edge e's row at e * edge_words */
} explore_graph;

/* How many new states each state led to (the first to find them), over the complete graph (after a
 * fault in a successor: over the states expanded, the last in part): TLC's "average outdegree" line
 * (mean rounded, minimum, maximum, 95th percentile). */
typedef struct explore_outdegree { uint64_t mean, min, max, p95; } explore_outdegree;

typedef struct explore_result {
    explore_verdict verdict;
    explore_outdegree outdegree;     /* after a complete search, or a fault in a successor */
    explore_action_counts actions;   /* with count_actions (freed by explore_result_free) */
    explore_stats stats;
    /* TLC's two estimates: from the counts, and (after a complete search) from the least distance
     * between two fingerprints */
    double collision_probability, actual_collision_probability;
    uint32_t violations;             /* reported through explore_options.violation */
    int disk_errno;                  /* EXPLORE_DISK_ERROR: why */
    explore_trace_state *trace;   /* from an initial state to the offending state (inclusive) */
    uint32_t trace_len;
    uint64_t stop_successors;        /* a fault expanding a state: the successors it generated before */
    explore_graph *graph;            /* with record_graph, after a complete search; else NULL */
} explore_result;

void explore_run(const explore_model *m, const explore_options *o, explore_result *r);
/* The meta stored in the checkpoint of folder dir, after checking the checkpoint's checksum: a new
 * array (*meta, *len) to free, or NULL with a reason in why (no checkpoint, damaged, unreadable). */
uint8_t *explore_checkpoint_meta(const char *dir, uint32_t *len, char *why, size_t why_size);
void explore_result_free(explore_result *r);
/* The states along a path of fingerprints (the first of an initial state, each next of a successor
 * of the one before), found again by replaying the model: false if the model does not produce them. */
bool explore_replay(const explore_model *m, const uint64_t *fps, uint32_t n, explore_trace_state **trace);
void explore_trace_free(explore_trace_state *trace, uint32_t n);
void explore_request_stop(void);

/* A breadth-first walk of the state graph on one thread, for listings and pictures (-dump): each
 * state once, in the order the search finds them (initial states at level 1), and each expanded
 * state's transitions in the order the model emits them, then the new states among their targets.
 * It stops once max_states states are found (0: no limit), so that it shows what a search that
 * stopped there saw. False on a model error. */
typedef struct explore_visitor {
    void *ctx;
    void (*initial)(void *ctx, uint64_t fp, const uint8_t *bytes, uint32_t len);
    void (*expanding)(void *ctx, uint64_t fp, const uint8_t *bytes, uint32_t len, uint32_t level);
    void (*edge)(void *ctx, uint64_t from, uint64_t to, uint32_t action, const uint8_t *next, uint32_t next_len,
                 bool next_is_new);
} explore_visitor;
bool explore_visit(const explore_model *m, uint64_t max_states, const explore_visitor *v);

/* A sink that keeps what a model emits, for explorers beside the breadth-first one (simulation):
 * the states in emission order, and the first violated step reported (the model stops there). One
 * thread at a time. The states stay valid until the next clear. It keeps the notes of note_len bytes
 * (the model's, for check_state_noted; 0: none) emitted with them. */
typedef struct explore_collector explore_collector;
explore_collector *explore_collector_new(uint32_t note_len);
explore_sink *explore_collector_sink(explore_collector *c);
void explore_collector_clear(explore_collector *c);
uint32_t explore_collector_count(const explore_collector *c);
const uint8_t *explore_collector_state(const explore_collector *c, uint32_t i, uint32_t *len, uint32_t *action);
/* State i's note (NULL: it has none), valid as its bytes. */
const void *explore_collector_note(const explore_collector *c, uint32_t i);
const uint8_t *explore_collector_violation(const explore_collector *c, uint32_t *len, uint32_t *action);
void explore_collector_free(explore_collector *c);

#endif
