/* model_internal.h - the model's private state, shared by model.c (set-up from the .cfg) and
 * model_worker.c (the callbacks the explorer drives). */
#ifndef TLCC_MODEL_INTERNAL_H
#define TLCC_MODEL_INTERNAL_H

#include "liveness.h"
#include "model.h"
#include "report.h"

#include <pthread.h>
#include <stdatomic.h>

/* A named check: an expression, or a closure (a predicate taken from inside a temporal formula). */
typedef struct named_expr { atom name; const syn_expr *expr; const eval_closure *cl; } named_expr;
typedef VEC(named_expr) named_list;

/* SYMMETRY: the group the cfg's permutations generate, identity first (no elements without
 * SYMMETRY). images[p][i] is the image under element p of the model value of index i, or VAL_NONE
 * where p leaves it (always, for the identity); to[p][i] is the image's index (i where p leaves it).
 * Only indices below nimage can move. */
typedef struct model_symmetry {
    uint32_t n, nimage;
    const val **images;
    const uint32_t **to;
    const bool *moved;               /* moved[i]: some element moves model value i */
} model_symmetry;

/* Temporal properties, as the liveness checker sees them: predicates become label bits of states
 * and transitions; each property's negation becomes checks (liveness.h). */
typedef VEC(const eval_closure *) closure_list;
typedef struct ltl_store ltl_store;
typedef struct model_liveness {
    ltl_store *formulas;             /* the properties' negations (tableau.h) */
    arena mem;                       /* the checks' automata and fairness */
    closure_list state_labels, edge_labels;
    closure_list edge_keys;          /* the step predicates as the properties give them (edge_labels may
                                      * hold a cheaper equivalent on the graph's steps) */
    VEC(live_check) checks;
    VEC(atom) check_names;           /* the property each check comes from */
    VEC(live_fairness) fair;
    /* the SPECIFICATION's other liveness assumptions (<>[]P, []<>P): conditions on every cycle */
    live_conj assume_all_states, assume_all_edges;
    VEC(live_conj) assume_some_states, assume_some_edges;
    bool no_cycles;                  /* the assumptions contradict each other */
    bool failed;                     /* an error was reported (a condition too big, an evaluation) */
    const struct ltl *assume_formula;   /* the rest of the SPECIFICATION's fairness, or NULL */
    /* ENABLED <<A>>_v labels, by state label: the edge label of <<A>>_v (or -1), and whether ENABLED
     * could not be evaluated on its own in some state (a refinement's substituted primes), in which
     * case it is read off the state graph instead: some successor is an <<A>>_v step */
    VEC(int32_t) enabled_step;
    VEC(int32_t) step_enabled;        /* by edge label: the state label ENABLED <<A>>_v of <<A>>_v, or -1 */
    _Atomic bool *enabled_from_graph;  /* allocated when the labels are complete */
} model_liveness;

typedef struct model_value_set model_value_set;

struct model {
    arena mem;
    uint64_t fp_seed;                /* the fingerprints' hash seed (-fp) */
    sema_program *prog;
    eval_program *ep;
    int exit_code;
    const syn_expr *init, *next;   /* NULL when the .cfg names no behaviour */
    bool spec_mode;                  /* init and next are the whole SPECIFICATION (see eval.h) */
    uint32_t nfairness;
    VEC(const syn_expr *) fairness;  /* the SPECIFICATION's fairness (the whole spec in spec_mode) */
    model_liveness *live;            /* NULL without temporal properties */
    named_list invariants, constraints, action_constraints, postconditions;
    named_list init_props, state_props, action_props;   /* PROPERTY P, []P (P a state predicate), [][A]_v */
    const syn_expr *view, *alias;
    model_symmetry sym;
    bool check_deadlock;
    int workers;                     /* for TLCGet("config") */
    bool simulation;                 /* and the simulation's depth and walks */
    int64_t sim_depth, sim_traces;
    bool generate;                   /* -generate: one successor per step, picked without the others */
    /* the action table: id 0 is the initial predicate; others are filled as actions are seen */
    pthread_mutex_t fault_lock;
    model_fault fault;
    arena fault_mem;
    pthread_mutex_t action_lock;
    VEC(eval_action) actions;
    model_value_set *var_values;     /* -coverage: by variable, the values seen (coverage.c) */
    bool pure;                       /* the spec calls nothing impure (purity.c) */
};

syn_expr *model_name_expr(model *m, atom name, syn_loc loc);
bool model_symmetry_setup(model *m, val perms, syn_loc loc);
/* The least, variable by variable in the value order, of vals[0..n) and its images under the group:
 * the representative TLC fingerprints, built in a. */
const val *model_symmetry_least(const model_symmetry *s, arena *a, const val *vals, uint32_t n);
/* Record the first fault; later ones are ignored. */
void model_record_fault(model *m, model_fault_kind kind, atom name, const eval_error *err);
uint32_t model_action_id(model *m, const eval_action *a);
/* A PROPERTY beyond state predicates and [][A]_v: false (after a diagnostic) if it cannot be checked. */
bool model_add_temporal_property(model *m, atom name, const syn_expr *e);

void model_liveness_free(model_liveness *l);

/* purity.c: does the spec's own code call no operator whose value depends on more than its
 * arguments and the state (TLCGet, Print, RandomElement, IOUtils, ...)? */
bool model_program_pure(const sema_program *p);

/* -coverage (coverage.c): the values each variable takes, counted from every new state. */
void model_coverage_start(model *m);
void model_coverage_free(model *m);
void model_coverage_count_state(model *m, const val *vars, val_buf *buf);

#endif
