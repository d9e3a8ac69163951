/* liveness.h - searching a finished behaviour graph for a fair behaviour that violates a temporal
 * property, as a lasso (a prefix from an initial state, then a cycle).
 *
 * Contract:
 *  - The graph is given by state indices: a row of label bits per state, and per state its outgoing
 *    edges (CSR), each with a row of label bits; every state has a stuttering edge to itself (the
 *    explorer adds it). Bit i of a state's row is the truth of state label i; the same for edges.
 *    The graph is read-only: checks may run on many threads at once.
 *  - A check describes the *negation* of a property: a Buchi automaton over the behaviour's
 *    positions (a position is a state and the step taken from it), conditions on the final cycle,
 *    and fairness conditions of its own. A behaviour violates the property iff the automaton has a
 *    run on it that visits every acceptance set infinitely often, and its cycle meets the cycle
 *    conditions and every fairness condition (the check's and the specification's).
 *  - live_find returns the lasso of a violation, the one TLC's liveness checker finds and prints
 *    (with the model's order of successors for TLC's order of fingerprints); NULL states when there
 *    is none. It uses no recursion on the graph (deep graphs are safe).
 *  - live_check_all runs all of a model's checks on the explorer's graph, on threads of its own
 *    (one check each at a time), and returns the lassos; it prints nothing. live_request_stop is
 *    async-signal-safe (Ctrl-C): the checks running, and any started later, stop.
 *  - The formulas and their automata (the tableau) are in tableau.h.
 */
#ifndef TLCC_LIVENESS_H
#define TLCC_LIVENESS_H

#include "explore.h"

#include <stdatomic.h>
#include <stdbool.h>
#include <stdint.h>

enum { LIVE_MAX_SOME = 16, LIVE_MAX_LITERALS = 16 };

/* Labels are bits in rows of 64-bit words, one row per state (or edge): label b is bit b % 64 of
 * word b / 64. There is no limit on their number. */
static inline bool live_bit(const uint64_t *row, uint32_t b) { return row[b >> 6] >> (b & 63) & 1; }
static inline void live_set_bit(uint64_t *row, uint32_t b) { row[b >> 6] |= (uint64_t)1 << (b & 63); }

/* A conjunction of literals (label `bit` has truth `value`); the empty conjunction is true. */
typedef struct live_lit { uint32_t bit; bool value; } live_lit;
typedef struct live_conj { uint32_t n; live_lit lits[LIVE_MAX_LITERALS]; } live_conj;

/* WF/SF of an action: `enabled` is a state label, `step` an edge label. */
typedef struct live_fairness { uint32_t enabled, step; bool strong; } live_fairness;

/* A node of a check's automaton. In a run, the node at a position constrains that position: its
 * state satisfies `state`, the step taken from it satisfies `step`; the next position's node is one
 * of next[first_next .. first_next + nnext - 1]. */
typedef struct live_node {
    live_conj state, step;
    uint32_t first_next, nnext;
    uint64_t accept;                 /* bit i: the node is in acceptance set i */
    bool initial;
} live_node;

typedef struct live_check {
    const live_node *nodes;
    uint32_t nnodes;
    const uint32_t *next;
    uint32_t naccept;                         /* acceptance sets (at most 64) */
    live_conj all_states, all_edges;          /* every state / edge of the cycle satisfies these */
    live_conj some_state[LIVE_MAX_SOME];      /* each holds on some state of the cycle */
    live_conj some_edge[LIVE_MAX_SOME];       /* each holds on some edge of the cycle */
    uint32_t nsome_state, nsome_edge;
    const live_fairness *fair;                /* the check's own fairness (a property's hypotheses) */
    uint32_t nfair;
} live_check;

typedef struct live_graph {
    uint32_t nstates;
    uint32_t state_words, edge_words;  /* the length of a state's / an edge's row of labels */
    const uint64_t *state_labels;    /* state s's row starts at s * state_words */
    const uint32_t *edge_start;      /* the edges of s are edge_start[s] .. edge_start[s + 1] - 1 */
    const uint32_t *edge_to;
    const uint64_t *edge_labels;     /* edge e's row starts at e * edge_words */
    const bool *initial;
    bool stutters_reached;           /* every state is reachable from an initial one and has a step to
                                      * itself (live_stutters_reached); false: not known */
} live_graph;

typedef struct live_lasso {
    uint32_t *states;                /* prefix then cycle; NULL when no violation */
    uint32_t n;
    uint32_t loop;                   /* the cycle is states[loop .. n-1], then back to states[loop] */
    bool stuttering;                 /* the cycle is states[n-1] stuttering forever */
} live_lasso;

static inline bool live_holds(const live_conj *c, const uint64_t *row)
{
    for (uint32_t i = 0; i < c->n; i++)
        if (live_bit(row, c->lits[i].bit) != c->lits[i].value) return false;
    return true;
}

/* c /\ d into *out (which may be c): false when they contradict each other or have too many
 * literals together (*overflow is then set). */
bool live_conj_and(const live_conj *c, const live_conj *d, live_conj *out, bool *overflow);

/* The per-node arrays of the searches, kept by one thread for its checks one after another (not
 * shared between threads): allocated for the largest product searched, not cleared between checks. */
typedef struct live_space live_space;
live_space *live_space_new(void);
void live_space_free(live_space *sp);

/* Search for a violation of check c under the specification's fairness `fair`, giving up when
 * *stop is set (stop may be NULL), in the arrays of `space` (NULL: arrays made for this search).
 * LIVE_TOO_LARGE: the product of the graph with the check's automaton has too many nodes to search
 * (2^32). */
typedef enum { LIVE_DONE, LIVE_TOO_LARGE, LIVE_INTERRUPTED } live_status;
live_status live_find(const live_graph *g, const live_check *c, const live_fairness *fair, uint32_t nfair,
                      const atomic_bool *stop, live_space *space, live_lasso *out);
void live_lasso_free(live_lasso *l);

/* Does some check have a node that holds in every state and on every step, initial and its own
 * successor (the one waiting for <>P, say), and is every state of g reachable from an initial one
 * and the source of a step to itself? Then that node's product nodes are all reachable, and so are
 * those of its successors whose state literals hold (through the stuttering step), without a search
 * through them. False when no check has such a node (the graph is not looked at). */
bool live_stutters_reached(const live_graph *g, const live_check *checks, uint32_t nchecks);

/* Set cleared[i] for each check i that live_find would find no violation of, decided for checks of
 * one product (the same automaton and cycle conditions but their "some" conditions) by one search
 * of it for all, and for checks with the same nodes in play on g (an automaton's nodes an accepted
 * component may hold, their literals true on the same states and steps) one after another, each
 * leaving out the nodes the ones before refused; the others are left as they are (the search has
 * not looked, or may violate). On the calling thread alone. */
void live_clear_shared(const live_graph *g, const live_check *checks, uint32_t nchecks, const live_fairness *fair,
                       uint32_t nfair, const atomic_bool *stop, live_space *space, bool *cleared);

/* ---- all the checks of a model ------------------------------------------------------------------ */

typedef struct live_result {
    live_status status;              /* LIVE_INTERRUPTED, else LIVE_TOO_LARGE if a check was, else LIVE_DONE */
    live_lasso *lassos;              /* by check; NULL states where it found no violation */
    uint32_t n;
} live_result;

/* Run checks[0..nchecks) under the specification's fairness on graph g, on up to `threads` threads. */
void live_check_all(const explore_graph *g, const live_check *checks, uint32_t nchecks, const live_fairness *fair,
                    uint32_t nfair, int threads, live_result *out);
void live_result_free(live_result *r);
void live_request_stop(void);
/* The states of lasso l, then the one its cycle returns to (unless it stutters), replayed through
 * the model from the graph's fingerprints: false if the model does not produce them again. */
bool live_lasso_trace(const explore_model *m, const explore_graph *g, const live_lasso *l, explore_trace_state **trace,
                      uint32_t *len);

/* ---- one simulated walk (walk.c) ------------------------------------------------------------------ */

/* Check the temporal properties on one walk of a simulation (TLC's simulator's check): the walk's
 * states as a graph (each with a stuttering step and the walk's step from it), labelled through
 * the model's worker mw (on the caller's thread), each check searched in turn. On a violation, the
 * lasso's states (each with the action of the step into it; prefix, then cycle back to
 * trace[loop] by back_action, or stuttering at the last). */
typedef enum { LIVE_WALK_HOLDS, LIVE_WALK_VIOLATED, LIVE_WALK_ERROR } live_walk_status;
typedef struct live_walk_violation {
    uint32_t check;
    explore_trace_state *trace;
    uint32_t n, loop, back_action;
    bool stuttering;
} live_walk_violation;
live_walk_status live_check_walk(const explore_model *m, void *mw, const explore_trace_state *walk, uint32_t n,
                                 const live_check *checks, uint32_t nchecks, const live_fairness *fair, uint32_t nfair,
                                 live_walk_violation *out);
void live_walk_violation_free(live_walk_violation *v);

#endif
