/* dfid.h - depth-first iterative deepening (TLC's -dfid N): depth-first searches from the initial
 * states, each one level deeper than the last, up to N states deep, on one thread, driving a model
 * through explore_model as the breadth-first explorer does.
 *
 * Contract:
 *  - Semantics are TLC's DFIDModelChecker's: every state carries its level (the iteration that
 *    found it, its distance from the initial states) and two marks: done (every successor done:
 *    nothing below it is left to find) and leveled (expanded in this iteration). Iteration L (2, 3,
 *    ..., N) expands, depth first, the states below level L that are not done, each once, going
 *    only along edges to states of the next level; so it finds the states of level L, and counts as
 *    generated every successor of every state it expands (states are generated again at every
 *    iteration). The search stops after the iteration that finds no new state (complete), or at
 *    iteration N.
 *  - TLC picks among the initial states and successors at random (unseeded); here they are taken
 *    in the order the model emits them, which is one of TLC's orders: distinct states at the end
 *    are TLC's, and the violation and its trace are those of one TLC run. At a violation, the
 *    generated count has every successor of the state being expanded (TLC's stops after the
 *    action that produced the offending state).
 *  - Invariants are checked on each new state; properties of transitions (in the model's successors
 *    call) on every transition; deadlock (if asked) on a state with no successor at all.
 *  - The callbacks run on the calling thread. dfid_request_stop is async-signal-safe.
 */
#ifndef TLCC_DFID_H
#define TLCC_DFID_H

#include "explore.h"

typedef struct dfid_options {
    uint32_t max_depth;              /* N: states on a path at most (TLC searches nothing below 2) */
    bool check_deadlock;
    void (*initial_done)(void *ctx, uint64_t generated, uint64_t distinct);
    /* the start of iteration `level`, with the counts so far */
    void (*level_start)(void *ctx, uint32_t level, uint64_t generated, uint64_t distinct);
    void (*progress)(void *ctx, uint64_t generated, uint64_t distinct);   /* every progress_seconds */
    double progress_seconds;
    void *ctx;
} dfid_options;

typedef struct dfid_result {
    explore_verdict verdict;         /* SUCCESS, VIOLATED, DEADLOCK, FAILED, INTERRUPTED, OUT_OF_MEMORY */
    bool complete;                   /* SUCCESS: an iteration before N found no new state */
    uint64_t generated, distinct;
    /* TLC's two estimates (after a complete search) */
    double collision_probability, actual_collision_probability;
    explore_trace_state *trace;      /* from an initial state to the offending state (inclusive) */
    uint32_t trace_len;
} dfid_result;

void dfid_run(const explore_model *m, const dfid_options *o, dfid_result *r);
void dfid_result_free(dfid_result *r);
void dfid_request_stop(void);

#endif
