/* tableau.h - temporal formulas in negation normal form over label literals, and their Buchi
 * automata, built with the tableau of Gerth, Peled, Vardi and Wolper ("Simple on-the-fly automatic
 * verification of linear temporal logic", PSTV 1995). Part of the liveness module: the model builds
 * its properties' negations here (model/properties.c), and the automata go to live_find.
 *
 * Contract:
 *  - Formulas are hash-consed in an ltl_store: equal formulas are the same pointer, with a dense
 *    id. The store owns them; they live until ltl_store_free.
 *  - A literal is on a state (a state label) or on a step (an edge label). Positions of a behaviour
 *    are its states, each with the step taken from it.
 *  - tableau_build writes an automaton accepting exactly the behaviours satisfying the formula into
 *    a live_check (nodes, successors, acceptance sets), its arrays allocated in the given arena.
 */
#ifndef TLCC_TABLEAU_H
#define TLCC_TABLEAU_H

#include "liveness.h"
#include "util.h"

typedef enum { LTL_TRUE, LTL_FALSE, LTL_LIT, LTL_AND, LTL_OR, LTL_ALWAYS, LTL_EVENTUALLY, LTL_WF, LTL_SF } ltl_kind;

typedef struct ltl {
    ltl_kind kind;
    uint32_t id;
    bool edge;                       /* LTL_LIT: on the step rather than the state */
    live_lit lit;                    /* LTL_LIT */
    uint32_t enabled, step;          /* LTL_WF, LTL_SF: the labels of ENABLED <<A>>_v and <<A>>_v */
    const struct ltl **kids;
    uint32_t n;
} ltl;

typedef struct ltl_store ltl_store;
ltl_store *ltl_store_new(void);
void ltl_store_free(ltl_store *st);

const ltl *ltl_const(ltl_store *st, bool value);
const ltl *ltl_lit(ltl_store *st, bool edge, uint32_t bit, bool value);
/* LTL_AND / LTL_OR of n kids, LTL_ALWAYS / LTL_EVENTUALLY of one: flattened and simplified
 * (TRUE and FALSE absorbed, repeated kids dropped, [][]F = []F, <><>F = <>F). */
const ltl *ltl_op(ltl_store *st, ltl_kind kind, const ltl *const *kids, uint32_t n);
const ltl *ltl_unary(ltl_store *st, ltl_kind kind, const ltl *kid);
const ltl *ltl_binary(ltl_store *st, ltl_kind kind, const ltl *a, const ltl *b);
const ltl *ltl_fairness(ltl_store *st, bool strong, uint32_t enabled, uint32_t step);
/* []<>f and <>[]f */
const ltl *ltl_often(ltl_store *st, const ltl *f);
const ltl *ltl_eventually_always(ltl_store *st, const ltl *f);
/* C when f is []<>C (ltl_often_body) or <>[]C (ltl_eventually_always_body), else NULL. */
const ltl *ltl_often_body(const ltl *f);
const ltl *ltl_eventually_always_body(const ltl *f);
/* f with WF and SF replaced by what they mean: WF = []<>~E \/ []<>S, SF = <>[]~E \/ []<>S. */
const ltl *ltl_expand_fairness(ltl_store *st, const ltl *f);
/* Is f a conjunction of literals all on states (or all on steps, as *edge tells)? Then *out is it. */
bool ltl_as_conj(const ltl *f, bool *edge, live_conj *out);

typedef enum { TABLEAU_OK, TABLEAU_EMPTY, TABLEAU_TOO_BIG } tableau_status;
/* The automaton of f into out->nodes, nnodes, next, naccept. TABLEAU_EMPTY: f has no model;
 * TABLEAU_TOO_BIG: more than 64 acceptance sets or LIVE_MAX_LITERALS literals in a node. */
tableau_status tableau_build(ltl_store *st, const ltl *f, arena *mem, live_check *out);

#endif
