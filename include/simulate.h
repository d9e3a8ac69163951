/* simulate.h - random simulation (TLC's -simulate): walks from a random initial state through random
 * successors, up to a depth, on many threads, checking every state a walk generates. It drives a
 * model through explore_model, as the breadth-first explorer does.
 *
 * Contract:
 *  - Walk k (0, 1, 2, ...) draws from a generator seeded by (seed, k) alone, whichever worker takes
 *    it: for one seed, walk k is the same for any number of workers.
 *  - At each step the model computes the successors of one action picked at random among those
 *    with successors (pick_action; all of them if the model cannot pick), checking action
 *    properties; the picked action's successors are checked (invariants, through check_state) and
 *    counted as generated, and one of them is taken, as in TLC. Successors outside the model's
 *    constraints (EXPLORE_OUTSIDE) are counted and checked too but never taken: a state with none
 *    inside is a deadlock, as in TLC's simulator. When check_state is pure, a worker
 *    does not check again a state it found good before (a per-worker table of state hashes): the
 *    outcome is the same, only faster.
 *  - When walks fail, the failure reported is that of the failing walk of least index, and the
 *    counts are those of the walks before it and of it up to the failure. So a run bounded by `num`
 *    walks has one outcome per seed, whatever the number of workers. A time limit or
 *    simulate_request_stop (async-signal-safe) ends the run early, with the counts so far.
 *  - walk_done is called from the worker threads, one call at a time per worker; progress from the
 *    thread that called simulate_run.
 */
#ifndef TLCC_SIMULATE_H
#define TLCC_SIMULATE_H

#include "explore.h"
#include "util.h"

typedef struct simulate_stats {
    uint64_t generated;              /* states generated (initial states included), all checked */
    uint64_t traces;                 /* walks made */
    uint64_t steps;                  /* states on the walks */
    double mean, variance;           /* of the walks' lengths (states) */
    double seconds;
} simulate_stats;

/* A walk that violates a temporal property: its lasso (the states, each with the action of the step
 * into it; then back to trace[loop] by back_action, or stuttering at the last state). */
typedef struct simulate_lasso {
    uint32_t property;               /* the client's number for the property */
    explore_trace_state *trace;
    uint32_t n, loop, back_action;
    bool stuttering;
} simulate_lasso;

typedef struct simulate_options {
    int workers;
    uint64_t num;                    /* walks (0: until stopped) */
    uint32_t depth;                  /* states per walk at most (at least 1) */
    uint64_t seed;
    bool check_deadlock;
    double stop_after;               /* seconds (0: no limit) */
    void (*initial_done)(void *ctx, uint64_t generated, uint64_t distinct);
    void (*progress)(void *ctx, const simulate_stats *s);
    double progress_seconds;
    /* a complete walk (file=P): worker, its walk count (0-based, per worker), the states and the draw
     * that picked each (explore_model.pick_action; 0 for the first) */
    void (*walk_done)(void *ctx, int worker, uint64_t count, const explore_trace_state *walk, const uint64_t *draws,
                      uint32_t n);
    /* Temporal properties, checked on each complete walk from the walk's worker thread with the
     * model's worker of that thread (NULL: none): 0 they hold, 1 one is violated (*out filled, its
     * trace to free), -1 an error. A violation fails the walk as an invariant's would. */
    int (*check_walk)(void *ctx, void *model_worker, const explore_trace_state *walk, uint32_t n, simulate_lasso *out);
    void *ctx;
    /* stats=basic: count the steps of the walks by the actions before and after (TLC's action
     * graph), the step past the depth included, as TLC counts it (simulate_result.steps) */
    bool count_steps;
} simulate_options;

/* Steps by action: count[from * n + to] steps went from a state made by action `from` (the model's
 * number, 0: initial) by action `to`. The walks' of the run, those past a failure included. */
typedef struct simulate_steps { uint64_t *count; uint32_t n; } simulate_steps;

typedef struct simulate_result {
    explore_verdict verdict;         /* SUCCESS, VIOLATED, DEADLOCK, FAILED, INTERRUPTED, OUT_OF_MEMORY */
    simulate_stats stats;
    explore_trace_state *trace;      /* the failing walk, up to the offending state (a lasso's states) */
    uint32_t trace_len;
    bool temporal;                   /* VIOLATED by a temporal property: `lasso` says how (trace above) */
    simulate_lasso lasso;
    bool timed_out;                  /* stop_after ended it (the verdict is SUCCESS) */
    simulate_steps steps;            /* with count_steps */
} simulate_result;

void simulate_run(const explore_model *m, const simulate_options *o, simulate_result *r);
void simulate_result_free(simulate_result *r);
void simulate_request_stop(void);

#endif
