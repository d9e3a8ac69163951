/* model.h - the meaning of a model configuration: which initial states, which next-state action,
 * which invariants, constraints, action properties, VIEW and SYMMETRY; and the explore_model
 * interface that lets the explorer drive it.
 *
 * Contract:
 *  - model_new resolves every name the .cfg mentions in the root module, assigns constants, and
 *    extracts Init/Next (and fairness) from SPECIFICATION as TLC does. Errors are reported through
 *    util_diag; *exit_code is set to TLC's code (150 spec, 151 configuration).
 *  - After model_new the model is read-only; its explore_model may be driven by many threads, each
 *    through its own worker (worker_new).
 *  - States are the canonical bytes of the tuple of variable values (val_state_serialize).
 */
#ifndef TLCC_MODEL_H
#define TLCC_MODEL_H

#include "cfg.h"
#include "eval.h"
#include "explore.h"
#include "liveness.h"
#include "report.h"

typedef struct model model;

typedef struct model_options {
    bool deadlock_off;       /* -deadlock: do not check deadlock (overrides CHECK_DEADLOCK) */
    int workers;             /* reported by TLCGet("config") */
    uint64_t seed;           /* of RandomElement and the Randomization operators */
    /* simulation (TLCGet("config") and ("stats")): the depth and number of walks (-1: no limit) */
    bool simulation;
    int64_t sim_depth, sim_traces;
    bool generate;           /* -generate: each step makes one successor, picked without the others */
    int fp;                  /* -fp N: fingerprints hash with the Nth seed (0: XXH3's own) */
    bool liveness_off;       /* -lncheck off: temporal properties are not checked */
    bool keep_going;         /* -continue: the search goes on past a violation */
    FILE *print_out;         /* -userFile: where Print and PrintT write (NULL: stdout) */
    bool coverage;           /* -coverage: count the values of each variable */
    eval_except_warn_fn except_warn;   /* TLC's warning for an EXCEPT outside its value (NULL: none) */
    void *except_warn_data;
    FILE *out;               /* where TLC's words for a configuration it refuses are printed (or NULL) */
} model_options;

model *model_new(sema_program *p, const cfg_file *cfg, const model_options *o, int *exit_code);
void model_free(model *m);

/* TLC's check of the INVARIANT, PROPERTY, CONSTRAINT and ACTION_CONSTRAINT names of constant level,
 * once it has started: a TRUE invariant is warned about (when `warn`); a value other than TRUE is a
 * configuration error ("The invariant of Inv is equal to FALSE", "The property of P ...", exit 151,
 * returned); one that fails to evaluate is left to the search. 0 when they pass. */
int model_check_constant_config(model *m, FILE *out, bool warn);

/* ASSUME check: 0 when all hold; otherwise the error is printed and TLC's exit code returned. */
int model_check_assumptions(model *m, FILE *out);

/* Does the configuration describe a behaviour (INIT/NEXT or SPECIFICATION)? Without one, TLC only
 * checks the assumptions. */
bool model_has_behaviour(const model *m);
/* INIT without NEXT (or a SPECIFICATION without [][Next]_v) and nothing that needs steps: TLC computes
 * the initial states, then stops with "No next state actions defined" (the model's Next is FALSE). */
bool model_lacks_next(const model *m);
/* How many actions TLC splits the next-state relation into (Tool.getActions; 0 on an error). */
uint32_t model_count_actions(model *m);
/* The SPECIFICATION's definition when it has no conjunct besides Init and [][Next]_v (no fairness),
 * else NULL: TLC warns of such a specification with temporal properties. */
const sema_def *model_spec_without_fairness(const model *m);

/* Temporal properties: the checks of their negations and the fairness conditions, over the label
 * bits model_interface's label_state/label_edge compute. False when TLC has no branch to check (there
 * may be branches but no check: <>TRUE). */
bool model_liveness_problem(const model *m, const live_check **checks, uint32_t *nchecks, const live_fairness **fair,
                            uint32_t *nfair);

/* How TLC refuses a SYMMETRY once it has started. */
typedef enum model_symmetry_refusal {
    MODEL_SYMMETRY_RUNTIME,   /* an unexpected RuntimeException (exit 255): not a set, a member not a function */
    MODEL_SYMMETRY_EVAL,      /* its evaluation's error, as an unexpected EvalException (exit 255) */
    MODEL_SYMMETRY_UNDEFINED, /* it reads an identifier without a value: TLC's plain error (exit 151) */
} model_symmetry_refusal;

/* A SYMMETRY that TLC refuses once it has started: its message and how TLC refuses it. The model
 * then has no symmetry and is not to be checked. False when there is none. */
bool model_symmetry_exception(const model *m, const char **message, model_symmetry_refusal *how);
/* TLC splits the next-state relation the .cfg's NEXT names into its actions before it computes the
 * initial states, and stops with an unexpected exception where a disjunct is a literal or a declared
 * name: the exception's class and message as TLC prints them (*where: that disjunct), or NULL. */
const char *model_next_refused(model *m, syn_loc *where);

/* How many "branches" TLC reports for the temporal properties: the disjuncts of their negations
 * grouped by the conjuncts TLC's tableau takes, compared in order as TLC compares them (those with
 * none are one group), each group one of TLC's OrderOfSolution. */
uint32_t model_liveness_branches(const model *m);
/* Are the temporal properties' negations FALSE as TLC simplifies them (<>[]TRUE => TRUE), so that
 * TLC has nothing to check and stops ("Temporal formula is a tautology")? */
bool model_liveness_tautology(const model *m);

/* The temporal property check i (of model_liveness_problem's) comes from. */
atom model_liveness_check_name(const model *m, uint32_t check);


/* The interface the explorer drives. */
explore_model model_interface(model *m);
bool model_checks_deadlock(const model *m);

/* What went wrong in a worker after a violation or error, and how to print it. */
typedef enum {
    MODEL_FAULT_NONE,
    MODEL_FAULT_INVARIANT,   /* exit 12: "Invariant X is violated." (also []P of a PROPERTY, P a state predicate) */
    MODEL_FAULT_ACTION_PROPERTY,  /* exit 13: "Action property X is violated." */
    MODEL_FAULT_INIT_PROPERTY,    /* exit 13 */
    MODEL_FAULT_EVAL,        /* exit 75 */
    MODEL_FAULT_ASSERT,      /* exit 14 */
} model_fault_kind;

/* Where an evaluation error (MODEL_FAULT_EVAL, _ASSERT) happened: TLC reports each its own way
 * and exits with its own code (75 initial states, 255 successors, 76 invariants, 13 action
 * properties, 77 temporal properties). */
typedef enum {
    MODEL_IN_INIT, MODEL_IN_NEXT, MODEL_IN_INVARIANT, MODEL_IN_ACTION_PROPERTY, MODEL_IN_PROPERTY,
} model_fault_where;

typedef struct model_fault {
    model_fault_kind kind;
    model_fault_where where;
    bool initial;            /* the state checked was an initial state */
    atom name;               /* the invariant or property (violated, or whose evaluation failed) */
    eval_error error;        /* for EVAL / ASSERT (message copied to the model's memory) */
    /* a successor that holds a set that cannot be enumerated: TLC cannot fingerprint it, and its
     * stack of expressions is empty then */
    bool unfingerprinted;
    /* the error was in the VIEW, evaluated to fingerprint the state: TLC's stack holds the initial
     * predicate for an initial state, nothing for a successor */
    bool in_view;
    /* an error in an action property: the step's successor; in an initial state's constraint: that
     * state (in the model's memory; NULL otherwise) */
    const uint8_t *step_to;
    uint32_t step_to_len;
} model_fault;

/* The first fault recorded by any worker (the explorer stops at the first). */
const model_fault *model_last_fault(const model *m);

/* Print a state's variables (vars: model_trace_values) with its label given, without ALIAS, as TLC's
 * simulator writes the states of its walks to file=P modules ("<TakeLeft(1) line ...>"). */
void model_print_state_vars(model *m, FILE *out, uint32_t index, const val *vars, const eval_action *label);
/* The n states of a trace, each with its values as TLC's evaluation built them (model_trace_values)
 * and labelled by labels[i] (labels NULL: by the trace's actions). */
void model_print_trace(model *m, FILE *out, const explore_trace_state *trace, uint32_t n,
                       const eval_action *const *labels, bool diff_only);
/* The values of a trace's states as TLC's evaluation built them, each found again from the one
 * before (`1..3` stays an interval, as TLC prints it); a state not found again is decoded from its
 * bytes. Print and PrintT stay silent meanwhile. In a. */
const val **model_trace_values(model *m, arena *a, const explore_trace_state *trace, uint32_t n);
/* The action of the step from prev (at BFS level `level`) to the state (bytes, len), named with its
 * arguments as traces name it (its id for model_print_trace), or `fallback` if Next does not take it. */
uint32_t model_step_action(model *m, const explore_trace_state *prev, uint32_t level, const uint8_t *bytes,
                           uint32_t len, uint32_t fallback);
/* Evaluate the initial predicate again, for its effects only: after an error in it, TLC evaluates it
 * again (to find where the error was) between its message and the positions, so that what it
 * prints (Print) appears there a second time. */
void model_initial_again(model *m);
/* How many initial states the initial predicate gives, counting those it leaves incomplete. */
uint64_t model_count_initial(model *m);
/* The same as TLC's depth-first search prints it: no label (report_trace_state_unlabelled). */
void model_print_state_unlabelled(model *m, FILE *out, uint32_t index, const uint8_t *bytes, uint32_t len, bool invariant);
/* The number of the state's variables. */
uint32_t model_nvars(const model *m);
/* The initial predicate: the body of the definition the configuration names (NULL: none). */
const syn_expr *model_init_body(const model *m);
/* The invariant `name` of the configuration: its definition's body (NULL: no such invariant). */
const syn_expr *model_invariant_body(const model *m, atom name);
/* The same for a property []P checked as an invariant (P, as the properties give it), or NULL. */
const syn_expr *model_state_property_body(const model *m, atom name);
/* The same for a CONSTRAINT or ACTION_CONSTRAINT, or NULL. */
const syn_expr *model_constraint_body(const model *m, atom name);
/* The positions TLC lists for an error at `failing` in action property `name` (its [A]_v down to
 * the failing expression, eval_error_positions_in): how many were written to out (at most max). */
uint32_t model_action_property_positions(const model *m, atom name, syn_loc failing, syn_loc *out, uint32_t max);
/* The same for an error at `failing` in a temporal property's predicate: the predicate down to it;
 * *in_state: it is a state predicate (not a predicate of steps). */
uint32_t model_property_positions(const model *m, syn_loc failing, syn_loc *out, uint32_t max, bool *in_state);
/* Is the predicate failing at `failing` a state predicate of a property's automaton (TLC's tableau)?
 * TLC evaluates those on the successors of the state it expands (and on the initial states), the
 * others (conditions on cycles, fairness) on the state it expands, with its steps: an error in one of
 * the first ends TLC's trace one state before the state tlc-c labelled. */
bool model_property_on_successors(const model *m, syn_loc failing);
/* The action of the initial predicate when it is a definition (Init), as TLC's simulator names it. */
bool model_init_action(const model *m, eval_action *out);
/* The action with id `action` (0: none), copied: safe while workers add actions. */
bool model_action(model *m, uint32_t action, eval_action *out);
/* "Invariant X is violated by the initial state:" and the state (TLC's code 2107); `property`:
 * "Property X is violated by the initial state:" (2108), X a PROPERTY's state predicate. */
void model_print_initial_violation(model *m, FILE *out, bool property, atom name, const uint8_t *bytes, uint32_t len);
/* The last fault, an evaluation error checking the initial state `bytes`, reported as TLC does. */
void model_print_initial_failure(model *m, FILE *out, const uint8_t *bytes, uint32_t len);

/* The closing line of a lasso: "State index: Back to state target: <action>". */
void model_print_back_to(model *m, FILE *out, uint32_t index, uint32_t target, uint32_t action);

/* A counterexample as values (report_cex, in `a`): the states of `trace`, each with its action and
 * the action's arguments; with loop >= 0 a lasso whose last state goes back to trace[loop] by
 * `back_action` (0: stuttering). */
bool model_counterexample(model *m, arena *a, const explore_trace_state *trace, uint32_t n, int64_t loop,
                          uint32_t back_action, report_cex *out);

/* A state's values, decoded into `a`. */
const val *model_decode(model *m, arena *a, const uint8_t *bytes, uint32_t len);

/* The steps TLC's pictures and listings show (-dump): the successors of `state` (at BFS level
 * `level`; NULL: the initial states), in the order the model emits them, each with its bytes and its
 * values as TLC's evaluation builds them from `vars`, the state's own values as built (NULL: decoded
 * from its bytes), so that an interval kept by UNCHANGED stays `1..3`; and its action, named with
 * its arguments ("Cross({\"goat\"})") when `labels`. Print stays silent. In `a`; their number. */
typedef struct model_step_label {
    const uint8_t *bytes;
    uint32_t len, action;
    const val *vars;                 /* as built */
    atom name;                       /* the action (NULL for an initial state) */
    const char *label;               /* with its arguments */
} model_step_label;
uint32_t model_steps(model *m, arena *a, const val *vars, const uint8_t *state, uint32_t len, uint32_t level,
                     bool labels, model_step_label **out);
/* A simulation's walk as TLC's simulator writes it to file=P: each state with its values as TLC's
 * evaluation built them from the state before (model_trace_values), the action that led to it and
 * its arguments (model_counterexample), found by one enumeration per step: of the action the
 * simulator picked with draws[i] (the draw it gave explore_model.pick_action), or of the whole
 * next-state relation where the state is not found there (or draws is NULL). Print stays silent. In a. */
bool model_walk(model *m, arena *a, const explore_trace_state *trace, const uint64_t *draws, uint32_t n,
                report_cex *out);
/* -coverage: TLC's coverage lines (variables, Init, actions: distinct:generated) from the explorer's
 * counts by action number. */
void model_print_coverage(model *m, FILE *out, const explore_action_counts *c);
/* -simulate stats=basic: the nodes of TLC's action graph, the initial predicate (node 0) and each
 * action definition in the order the next-state relation names them (those that never produced a
 * successor too), and the node of each action number below nids (node_of[0] = 0). Both arrays are
 * the caller's to free. */
typedef struct model_action_nodes {
    uint32_t n;
    const char **names;
    const char **contexts;   /* with stats=full: each node's context ("[p->1]"); NULL otherwise */
    uint32_t *node_of;       /* UINT32_MAX: an action that is no node */
} model_action_nodes;
void model_action_graph_nodes(model *m, uint32_t nids, model_action_nodes *out);

/* -simulate stats=full: number the successors' actions per TLC action (the next-state relation
 * split where TLC splits it, each \E instance and constant call argument apart), and make
 * model_action_graph_nodes give a node per TLC action with its context. False if TLC's actions
 * could not be listed (an evaluation error). Before the simulation starts. */
bool model_full_action_stats(model *m);

/* POSTCONDITIONs, checked after a complete exploration: 0 or TLC's exit code. */
int model_check_postconditions(model *m, FILE *out, const eval_stats *stats);

#endif
