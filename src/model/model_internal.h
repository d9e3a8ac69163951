/* model_internal.h - the model's private state, shared by model.c (set-up from the .cfg) and
 * model_worker.c (the callbacks the explorer drives). */
#ifndef TLCC_MODEL_INTERNAL_H
#define TLCC_MODEL_INTERNAL_H

#include "liveness.h"
#include "model.h"
#include "report.h"

#include <pthread.h>
#include <stdatomic.h>

/* A state predicate checked as its conjuncts (reads.c): each conjunct, with the variables it can read
 * when its truth is a function of their values (NULL otherwise), and its cache in each worker. */
typedef struct check_part {
    const syn_expr *expr;
    const eval_closure *cl;          /* or a closure (a property's []P), expr NULL */
    const uint64_t *vars;            /* a bit per variable; NULL: evaluated in every state */
    uint32_t cache;                  /* when vars: the index of its cache (check_cache.c) */
    bool by_elements;                /* x \in [D -> T] with D and T constant, kept by x's elements, or
                                      * `\A ... p \in D ... : Q` reading x only as x[p] (row_domain) */
    uint32_t element_var;            /* ... x's index (check_cache.c's known_by_elements) */
    const uint8_t *row_domain;       /* the second form: D's bytes (a set), evaluated once; else NULL */
    uint32_t row_domain_len;
    bool shared;                     /* expr is a part of another plan too (Inv's TypeOK): known to
                                      * hold there once it held here, in the same state */
    const struct check_bytes *fast;  /* or NULL: decided from the state's bytes where it can be (check_bytes.c) */
} check_part;
typedef struct check_plan { check_part *parts; uint32_t nparts; } check_plan;

/* A named check: an expression, or a closure (a predicate taken from inside a temporal formula);
 * an invariant may also have a plan that checks it by its conjuncts. */
typedef struct named_expr { atom name; const syn_expr *expr; const eval_closure *cl; const check_plan *plan; } named_expr;
typedef struct model_override { const void *target; const sema_def *with; } model_override;
typedef VEC(named_expr) named_list;
/* One of TLC's actions (Tool.getActions): the definition that names it, where it is, and its
 * context as TLC prints it ("[p->1, q->2]"). */
typedef struct model_split { atom name; syn_loc loc; const char *context; } model_split;

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
/* always: every expansion enters the sub-action (eval_sub_action_always), so that where it gave no
 * successor it is not enabled */
/* changed_vars: the variables v is a tuple of (eval_subscript_vars), or NULL; changed_in_order:
 * each once, by increasing index in the tuple */
/* first, nparts: the labels are those of <<A1 \/ ... \/ An>>_v, one item a sub-action Ai, items first
 * to first + nparts - 1 (first = k, nparts = 1 for a lone sub-action): known where every part is
 * known, true where one is */
typedef struct live_derived {
    uint32_t enabled, step;
    eval_sub_action sa;
    bool always;
    const uint64_t *changed_vars;
    bool changed_in_order;
    uint32_t first, nparts;
} live_derived;
/* A fairness step <<A>>_v whose A is no sub-action of Next but stands in no context other than
 * bound names' values: its labels come from A's successors, enumerated once from each state
 * expanded (live_labels.c). So does a step predicate [A]_v (box) whose v is every variable: it
 * holds on A's steps and on the step of a state to itself; it has no state label (enabled). */
typedef struct live_enumerated {
    uint32_t enabled, step;
    const eval_closure *action;             /* <<A>>_v (eval_enumerate_closure), or [A]_v where box */
    const uint64_t *changed_vars;           /* v's variables (live_derived.changed_vars) */
    bool changed_in_order;
    bool box;
} live_enumerated;
typedef struct ltl_store ltl_store;
/* A check's place in TLC's order of the negations' disjuncts: its branch and its own place there
 * (a disjunct's arrival, those that are a lone []<>C after all others: LNDisj.toDNF) */
typedef struct live_check_place { uint32_t branch; uint64_t place; } live_check_place;
/* A conjunction of temporal formulas in negation normal form, as TLC's LNConj keeps it: in order,
 * repeats kept (n = 0: TRUE) */
typedef struct conjunction { const struct ltl *const *parts; uint32_t n; } conjunction;
typedef struct model_liveness {
    ltl_store *formulas;             /* the properties' negations (tableau.h) */
    arena mem;                       /* the checks' automata and fairness */
    closure_list state_labels, edge_labels;
    closure_list spec_boxes;         /* spec_mode: the specification's [][A]_v, every step of the graph one of each */
    closure_list edge_keys;          /* the step predicates as the properties give them (edge_labels may
                                      * hold a cheaper equivalent on the graph's steps) */
    VEC(live_check) checks;
    VEC(atom) check_names;           /* the property each check comes from */
    VEC(live_check_place) check_places;   /* by check; the checks are kept sorted by these */
    /* TLC's "branches": the disjuncts of every check made (dropped or kept) lumped by the conjuncts
     * TLC's tableau takes (compared as TLC compares them, in order); by branch, those conjuncts and
     * the formula of its first check's automaton */
    VEC(conjunction) branch_keys;
    VEC(const struct ltl *) branch_formulas;
    VEC(uint64_t) branch_places;     /* by branch: the place of its first disjunct */
    uint32_t ndisjuncts;             /* the disjuncts met so far, checked or dropped */
    uint32_t negations;              /* the properties' conjuncts checked by their negation */
    VEC(live_fairness) fair;
    /* the SPECIFICATION's other liveness assumptions (<>[]P, []<>P): conditions on every cycle */
    live_conj assume_all_states, assume_all_edges;
    VEC(live_conj) assume_some_states, assume_some_edges;
    bool no_cycles;                  /* the assumptions contradict each other */
    bool failed;                     /* an error was reported (a condition too big, an evaluation) */
    const struct ltl *assume_formula;   /* the rest of the SPECIFICATION's fairness, or NULL */
    VEC(int32_t) step_enabled;        /* by edge label: the state label ENABLED <<A>>_v of <<A>>_v, or -1 */
    /* by state label and by edge label: the guards of ENABLED <<A>>_v and of <<A>>_v (eval_action_guards;
     * none for other labels): a state where they rule A out has the label false, and its steps */
    VEC(eval_guards) state_guards, edge_guards;
    /* Fairness steps <<A>>_v whose A is a sub-action of Next: their labels are read off the expansion
     * (live_labels.c). By index k: the labels and the sub-action; by definition id, the first k of
     * the chain of those with that definition (UINT32_MAX: none), the next in by_def_next. */
    VEC(live_derived) derived;
    uint32_t *by_def, *by_def_next;
    int32_t *state_derived, *edge_derived;   /* by state / edge label: its k, or -1 */
    VEC(live_enumerated) enumerated;
    /* By label (the state labels, then the edge labels): the variables it reads, and the index of
     * its memo in each worker (UINT32_MAX: evaluated every time), nmemo of them (live_labels.c). */
    uint64_t *label_vars;
    uint32_t *label_memo, nmemo;
    /* By state label: the group whose row keeps the results of its guards (when they read some
     * variables, not all of them) and the group whose row keeps its value (when it reads known
     * variables; UINT32_MAX: none). A group is a set of variables: a worker keeps, by their bytes,
     * one row over the state labels (live_labels.c); by group, those variables and the number of
     * results its row keeps. The 108 message fairness labels of AllocatorImplementation, say, have
     * guards reading `network` (and `alloc`), whose values repeat: one key per state instead of 108
     * memberships; DijkstraMutex's six predicates on pc, one key for the six. */
    uint32_t *guard_group, *value_group, ngroups;
    uint32_t *derived_group;          /* by derived label k: the group keeping whether its G is false */
    uint64_t *group_vars;
    uint32_t *group_size;
    /* by edge label: when it is "v changes" (<<Next>>_v on the graph's steps) with v a tuple of
     * variables, those variables (eval_subscript_vars); NULL otherwise */
    VEC(const uint64_t *) edge_changed;
    VEC(bool) edge_changed_in_order;
    /* by edge label: when it is a temporal <<A>>_v with v a tuple of variables, through INSTANCE
     * substitutions too (eval_step_subscript_vars), those variables; NULL otherwise: a step that
     * leaves their bytes alone has the label false */
    VEC(const uint64_t *) edge_subscript;
    uint32_t *edge_view;              /* by edge label: its view (model.views), or UINT32_MAX */
} model_liveness;

typedef struct model_value_set model_value_set;

struct model {
    arena mem;
    uint64_t fp_seed;                /* the fingerprints' hash seed (-fp) */
    sema_program *prog;
    eval_program *ep;
    int exit_code;
    /* SYMMETRY that TLC refuses once it has started, as an exception (model_symmetry_exception):
     * its message (in mem) and how TLC refuses it; NULL when none */
    const char *symmetry_exception;
    model_symmetry_refusal symmetry_refusal;
    const syn_expr *init, *next;   /* NULL when the .cfg names no behaviour */
    bool no_next;                    /* the .cfg names no next-state action: next is FALSE */
    FILE *out;                       /* model_options' out */
    bool spec_mode;                  /* init and next are the whole SPECIFICATION (see eval.h) */
    uint32_t nfairness;
    const sema_def *spec_def;        /* the SPECIFICATION's definition, or NULL */
    VEC(const syn_expr *) fairness;  /* the SPECIFICATION's fairness (the whole spec in spec_mode) */
    model_liveness *live;            /* NULL without temporal properties */
    named_list invariants, constraints, action_constraints, postconditions;
    named_list init_props, state_props, action_props;   /* PROPERTY P, []P (P a state predicate), [][A]_v */
    named_list constant_props;       /* the PROPERTY names of constant level, whole (model_check_constant_config) */
    named_list state_level_props;    /* ... and of state level, which TLC warns of (model_check_constant_config) */
    const syn_expr *view, *alias;
    model_symmetry sym;
    bool check_deadlock;
    int workers;                     /* for TLCGet("config") */
    bool keep_going;                 /* -continue: a violated action property does not end the search */
    bool simulation;                 /* and the simulation's depth and walks */
    int64_t sim_depth, sim_traces;
    bool generate;                   /* -generate: one successor per step, picked without the others */
    /* the action table: id 0 is the initial predicate; others are filled as actions are seen */
    pthread_mutex_t fault_lock;
    model_fault fault;
    arena fault_mem;
    pthread_mutex_t action_lock;
    VEC(eval_action) actions;
    /* -simulate stats=full (action_stats.c): TLC's actions, and by action id its TLC action (1..;
     * 0 for none: ids are then per TLC action, not per definition) */
    bool full_actions;
    VEC(model_split) splits;
    VEC(uint32_t) action_split;
    model_value_set *var_values;     /* -coverage: by variable, the values seen (coverage.c) */
    bool pure;                       /* the spec calls nothing impure (purity.c) */
    const syn_expr *init_split;      /* where the initial states are enumerated in parts (NULL: whole) */
    /* the .cfg's `<-` (a CONSTANT or definition, and the definition replacing it) and `Def = value`
     * (with NULL), for reads.c */
    VEC(model_override) overrides;
    uint32_t ncaches;                /* the invariants' cached conjuncts (reads.c, check_cache.c) */
    /* the state constraints as one part (no expression): the variables they read, when their truth
     * is a function of them (reads.c), and its cache (check_cache.c); or NULL */
    const check_part *constraint_part;
    struct check_tables *check_tables;   /* their tables, shared by the workers (check_cache.c) */
    struct model_symmetry_memo *sym_memo;   /* least images' fingerprints, shared by the workers (symmetry.c) */
    uint32_t nkeyed;                 /* definitions the evaluator keeps across states (eval_def_keyed) */
    /* by action property: the variables it reads, and its memo in each worker (UINT32_MAX: none),
     * nmemo of them (live_labels.c) */
    struct { uint64_t *vars; uint32_t *memo, nmemo, *view; } prop_plan;
    /* Views: a temporal <<A>>_v or an action property [A]_v whose A reads nothing but v's leaves
     * (eval_step_subscript_leaves: a refinement's <<Abs!Do(p)>>_Abs!vars written by hand) is a
     * function of v's values in the step's two states: a worker keeps it by their bytes, and v's
     * bytes by each state's (live_labels.c). Labels and properties with the same leaves share a view
     * (model_liveness.edge_view, prop_plan.view); by view, the closure whose v is evaluated. */
    struct { const eval_closure **closure; uint32_t n; } views;
    /* by action property: its disjuncts (no disjuncts: evaluated whole) (prop_split.c) */
    eval_box_split *prop_split;
};

syn_expr *model_name_expr(model *m, atom name, syn_loc loc);
bool model_symmetry_setup(model *m, val perms, syn_loc loc);
/* What one thread keeps from state to state to compare images: the functions' domains it has met
 * and how the group's elements permute them. Owned by one worker, not shared between threads. */
typedef struct model_symmetry_maps model_symmetry_maps;
model_symmetry_maps *model_symmetry_maps_new(void);
void model_symmetry_maps_free(model_symmetry_maps *maps);
/* The fingerprints of least images, kept by the 128-bit hash of the state's bytes (equal values have
 * equal bytes), in a table of fixed size where a state takes the place of the one it meets: most
 * successors were generated before from another state. Two states sharing the hash (a wrong
 * fingerprint) is far less likely than two sharing a fingerprint in the set of states. Shared by the
 * workers (the model's sym_memo): found without writing, kept without waiting (a slot another
 * worker is writing keeps nothing). */
typedef struct model_symmetry_memo model_symmetry_memo;
model_symmetry_memo *model_symmetry_memo_new(void);
void model_symmetry_memo_free(model_symmetry_memo *memo);
typedef struct model_symmetry_key { uint64_t lo, hi; } model_symmetry_key;
model_symmetry_key model_symmetry_key_of(const uint8_t *bytes, uint32_t len);
/* The fingerprint kept for the state whose bytes have hash k, or 0 (fingerprints are never 0). */
uint64_t model_symmetry_memo_find(const model_symmetry_memo *memo, model_symmetry_key k);
void model_symmetry_memo_keep(model_symmetry_memo *memo, model_symmetry_key k, uint64_t fp);
/* The least, variable by variable in the value order, of vals[0..n) and its images under the group:
 * the representative TLC fingerprints, built in a (maps: the calling thread's own). */
const val *model_symmetry_least(const model_symmetry *s, model_symmetry_maps *maps, arena *a, const val *vals,
                                uint32_t n);
/* The class that decides when a variable is compared (0 scalars, 1 other values that are not sets,
 * 2 sets): the same for every image of the value. */
int model_symmetry_class(val v);
/* Record the first fault; later ones are ignored. */
void model_record_fault(model *m, model_fault_kind kind, atom name, const eval_error *err);
uint32_t model_action_id(model *m, const eval_action *a);
/* The same, for a successor: with stats=full, numbered per TLC action (action_stats.c). */
uint32_t model_successor_action_id(model *m, eval_worker *w, const eval_action *a);
/* action_stats.c: a successor's TLC action (1.. in m->splits; 0 if none is its). */
uint32_t model_split_of(model *m, eval_worker *w, const eval_action *a);
/* A PROPERTY beyond state predicates and [][A]_v: false (after a diagnostic) if it cannot be checked.
 * Its temporal checks are named by `property` (the .cfg's name), the invariants and action
 * properties taken from it as TLC names them, starting from `name` (TLC's name for e). */
bool model_add_temporal_property(model *m, atom property, atom name, const syn_expr *e);

void model_liveness_free(model_liveness *l);

/* ---- live_labels.c: fairness labels read off the expansion of a state ---------------------------
 * Per worker (a labeller is used by its worker's thread only). Between live_labeller_expanding (the
 * successors of `state` are about to be computed, all of them) and live_labeller_done, every
 * successor the enumeration reports is given to live_labeller_successor (before any constraint),
 * and those emitted to live_labeller_emitted with their bytes and where their variables start. Then
 * the labels of `state` and of its steps that the expansion decides are given by
 * live_labeller_state / live_labeller_edge / live_labeller_step as two rows over the labels: which
 * are known, and their values; the others are evaluated as usual. Any evaluation error leaves every
 * label unknown. The rows returned are the labeller's, valid until its next call. */
typedef struct live_labeller live_labeller;
/* The model's finished derived labels (called when a property has been added). */
void model_liveness_derive(model *m);
live_labeller *live_labeller_new(const model *m);   /* NULL when no label can be derived */
void live_labeller_free(live_labeller *lab);
void live_labeller_expanding(live_labeller *lab, eval_worker *ew, const uint8_t *state, uint32_t len, const val *cur);
void live_labeller_successor(live_labeller *lab, const val *next, const eval_action *a);
void live_labeller_emitted(live_labeller *lab, const uint8_t *bytes, uint32_t len, const uint32_t *offsets);
void live_labeller_done(live_labeller *lab);
typedef struct label_memo label_memo;   /* (below: labels kept by their variables' bytes) */
/* The worker's label_memo (may be NULL), which keeps the guards G of a state's derived labels by
 * their variables' bytes: label_memo_state is called before live_labeller_state. */
void live_labeller_use_memo(live_labeller *lab, label_memo *memo);
/* NULL: nothing known about this state (or step); else *values (same length) holds the values.
 * live_labeller_edge also gives where the variables of `next` start when it was emitted and they are
 * kept (*offsets, else NULL). */
const uint64_t *live_labeller_state(live_labeller *lab, const uint8_t *state, const uint64_t **values);
const uint64_t *live_labeller_edge(live_labeller *lab, const uint8_t *state, const uint8_t *next, uint32_t len,
                                   const uint64_t **values, const uint32_t **offsets);
/* As live_labeller_edge, for the step to the successor emitted index-th (from 0) of the `count`
 * emitted (index UINT32_MAX: the stuttering step, without the emissions equal to the state), found
 * by its place, not its bytes (by its bytes when `count` is not the number the labeller was given);
 * the values of the labels known are added to row, *all says whether every label is. */
const uint64_t *live_labeller_step(live_labeller *lab, const uint8_t *state, const uint8_t *next, uint32_t len,
                                   uint32_t index, uint32_t count, uint64_t *row, bool *all, const uint32_t **offsets);
/* The fairness actions of model_liveness.enumerated, after the expansion of the labeller's state:
 * live_labeller_fair_action(lab, j) gives action j to enumerate from it (NULL: not to be), each of
 * its successors goes to live_labeller_fair_successor with its bytes (canonical: false when they
 * are not, an unlistable value written), then live_labeller_fair_end says whether the enumeration
 * went without an error. Where it did, j's labels in that state and on its steps are known. */
const eval_closure *live_labeller_fair_action(live_labeller *lab, uint32_t j);
void live_labeller_fair_successor(live_labeller *lab, const val *next, const uint8_t *bytes, uint32_t len,
                                  bool canonical);
void live_labeller_fair_end(live_labeller *lab, bool ok);

/* purity.c: does the spec's own code call no operator whose value depends on more than its
 * arguments and the state (TLCGet, Print, RandomElement, IOUtils, ...)? Random draws in a
 * parameterless constant definition of the root module (not under a set filter) are made once
 * for the run and do not count, nor does a definition the model cannot reach from what `cfg` names
 * (with the ASSUMEs, THEOREMs and INSTANCE substitutions), as it is never evaluated. */
bool model_program_pure(const sema_program *p, const cfg_file *cfg);

/* Labels kept by their variables' bytes (live_labels.c): model_plan_labels decides which, once the
 * labels are complete; a worker's label_memo keeps them. Before a state's labels are asked for,
 * label_memo_state; before a step's, label_memo_step (the bytes must stay until the next call;
 * next_offsets, where next's variables start, may be NULL: found from its bytes when needed).
 * label_memo_holds is eval_closure_holds of label `index` (a state label after label_memo_state, a
 * step label after label_memo_step), from the memo when it has it. c may be NULL (no memo). */
void model_plan_labels(model *m);
label_memo *label_memo_new(const model *m);   /* NULL without temporal or action properties */
void label_memo_free(label_memo *c);
/* (state_offsets: where the state's variables start, or NULL: found from its bytes when needed) */
void label_memo_state(label_memo *c, const uint8_t *state, uint32_t len, const uint32_t *state_offsets);
/* The guards G of the derived labels in the state (after label_memo_state, `state` its bytes) from
 * their groups' rows: the labels kept there ORed into `done`, those whose G is false into `g_false`
 * (words over the derived labels); the others are evaluated, and given to label_memo_keep_guard
 * when without an error. */
void label_memo_derived_guards(label_memo *c, const uint8_t *state, uint64_t *done, uint64_t *g_false);
void label_memo_keep_guard(label_memo *c, const uint8_t *state, uint32_t k, bool guard_false);
/* The state labels' rows kept for the state (after label_memo_state), ORed into `ruled` (guards
 * false), `known` and `values` (labels evaluated, and those true), each of `words` words: the labels
 * left are evaluated by label_memo_guards_rule_out and label_memo_holds, which keep their results. */
void label_memo_state_rows(label_memo *c, uint32_t words, uint64_t *ruled, uint64_t *known, uint64_t *values);
void label_memo_step(label_memo *c, const uint8_t *state, uint32_t len, const uint8_t *next, uint32_t next_len,
                     const uint32_t *next_offsets);
bool label_memo_holds(label_memo *c, eval_worker *ew, uint32_t index, const eval_closure *cl, const val *state,
                      const val *next, bool *out);
/* Step label `index` (after label_memo_step) from the bytes alone, without the step's values: 1 or 0
 * when its memo has it or it is "v changes" with v's bytes the same in both states, -1 when it has to
 * be evaluated (label_memo_holds). c may be NULL. */
int label_memo_step_known(label_memo *c, uint32_t index);
/* eval_guards_rule_out of state label `index`'s guards (after label_memo_state), from its group's
 * memo when it has them. */
bool label_memo_guards_rule_out(label_memo *c, eval_worker *ew, uint32_t index, const eval_guards *g,
                                const val *state);
/* The same for the action properties ([][A]_v), on the step from `state` to `next` (their bytes, and
 * where each variable's start, kept until the next call; state NULL: none). */
void label_memo_props(label_memo *c, const uint8_t *state, const uint32_t *offsets, const uint8_t *next,
                      const uint32_t *next_offsets);
bool label_memo_prop_holds(label_memo *c, eval_worker *ew, uint32_t index, const named_expr *n, const val *state,
                           const val *next, bool *out);

/* ---- prop_split.c: the action properties [][A]_v evaluated by A's disjuncts ------------------------
 * model_plan_prop_splits at set-up (before eval_closures_freeze, after model_plan_labels). Each worker
 * owns its prop_splits (NULL when no property splits): the guards of the state it expands, kept
 * from one step to the next. */
void model_plan_prop_splits(model *m);
typedef struct prop_splits prop_splits;
prop_splits *prop_splits_new(const model *m);
void prop_splits_free(prop_splits *p);
/* Action property `index` on a step from the state being expanded (`expanded` numbers it: the
 * guards are evaluated again when it changes) to `next`, into out: false when it does not split,
 * and on an evaluation error, which evaluating it whole reports. next_bytes: next's bytes, its
 * variables' at next_offsets (as val_state_offsets gives them). `stutters`: next has the state's
 * very bytes (v' is then v, found without evaluating it). */
bool prop_split_holds(prop_splits *p, eval_worker *ew, uint32_t index, uint64_t expanded, const val *state,
                      const uint8_t *state_bytes, const uint32_t *state_offsets, const val *next,
                      const uint8_t *next_bytes, const uint32_t *next_offsets, bool stutters, bool *out);

/* ---- reads.c: which variables a predicate reads, and the invariants checked by their conjuncts ---- */

static inline uint32_t model_var_words(const model *m) { return m->prog->nvars / 64 + 1; }
/* Are bits 0 .. n-1 of row all set (every label of a row over n known)? */
static inline bool model_row_full(const uint64_t *row, size_t n)
{
    for (size_t w = 0; w < n / 64; w++)
        if (~row[w]) return false;
    return n % 64 == 0 || (~row[n / 64] & (((uint64_t)1 << (n % 64)) - 1)) == 0;
}
/* The variables e can read, as bits in vars[model_var_words(m)]; false when e's value can depend on
 * more than their values (TLCGet, random choice, printing, files). */
bool model_expr_reads(const model *m, const syn_expr *e, uint64_t *vars);
/* The same for `value`, a substitution of an instance standing inside the instances outer[0 ..
 * nouter-1] (innermost first): the names of their modules it reaches are followed through their
 * substitutions, each in its own instance's context. */
bool model_subst_reads(const model *m, const syn_expr *value, const sema_instance *const *outer, uint32_t nouter,
                       uint64_t *vars);
/* model_expr_reads, the definitions with opaque[id] set not walked (what they read is not counted);
 * e entering an instance, or using ENABLED or \cdot (which reach other states than the step's), is
 * refused. */
bool model_expr_reads_beside(const model *m, const syn_expr *e, const uint8_t *opaque, uint64_t *vars);
/* The variables a closure (or, cl NULL, expression e) reads, into vars: whether its truth can be
 * kept by their values (a function of them, and not all of them) (live_labels.c). */
bool model_check_reads(const model *m, const eval_closure *cl, const syn_expr *e, uint64_t *vars);
/* Call fn with the value of every instance substitution e can reach (through definitions and
 * instances, as model_expr_reads walks). */
void model_expr_substitutions(const model *m, const syn_expr *e, void (*fn)(void *data, const syn_expr *value),
                              void *data);
/* fn(data, d) for every definition named outside instances that e can reach (as model_expr_reads
 * walks; a definition once for each place it is named). */
void model_expr_definitions(const model *m, const syn_expr *e, void (*fn)(void *data, const sema_def *d), void *data);
/* Have the evaluator keep, across states, the values of the definitions and expressions that stand
 * for an instance's variables in the action properties and liveness labels (a refinement mapping),
 * and of the definitions the labels outside instances name: those without parameters that read only
 * some of the variables (live_labels.c). */
void model_keep_refinement_mappings(model *m);
/* Give each invariant and []P property whose conjuncts can be cached a plan, and the state constraints
 * their part (m->constraint_part). */
void model_plan_checks(model *m);

/* ---- sim_replay.c: what an action emitted from a state, kept to be emitted again (simulation) ---- */

typedef struct sim_replay sim_replay;
sim_replay *sim_replay_new(uint32_t note_len);
void sim_replay_free(sim_replay *r);
/* A state is being expanded: true if its actions' successors are to be kept in this expansion (not
 * while resting: see sim_replay.c); then the successors emitted (sim_replay_emitted) are recorded
 * for sim_replay_keep, from here and from each sim_replay_keep on. */
bool sim_replay_expanding(sim_replay *r);
/* An entry: n successors from `at` on, read one by one with sim_replay_next. */
typedef struct sim_replay_entry { const uint8_t *at; uint32_t n; } sim_replay_entry;
/* The state of `key` is to be expanded: its entries are fetched into the cache while it is decoded. */
void sim_replay_prefetch(sim_replay *r, uint64_t key);
/* ... and, its bucket at hand (the state decoded), the entries of its actions. */
void sim_replay_prefetch_entries(sim_replay *r, uint64_t key);
/* The entry of `action` from the state of `key`: true where it is kept. */
bool sim_replay_find(sim_replay *r, uint64_t key, uint32_t action, sim_replay_entry *out);
/* The successor at `at` of an entry (its bytes, the action id it was emitted with, its note); where
 * the next one starts. Valid until the next sim_replay_emitted (which may write over it). */
const uint8_t *sim_replay_next(const sim_replay *r, const uint8_t *at, const uint8_t **bytes, uint32_t *len,
                               uint32_t *action, const void **note);
/* A successor emitted as it is to be emitted again (note: its note, NULL where it has none: then
 * nothing is kept of this try). */
void sim_replay_emitted(sim_replay *r, const uint8_t *bytes, uint32_t len, uint32_t action, const void *note);
/* The try emitted something that cannot be emitted again so (a violation reported): nothing of it kept. */
void sim_replay_spoil(sim_replay *r);
/* The try of `action` from the state of `key` is over: the successors recorded since the last call
 * (or sim_replay_expanding) are kept if `keep` and they could be; true if they were. */
bool sim_replay_keep(sim_replay *r, uint64_t key, uint32_t action, bool keep);

/* ---- check_cache.c: the values of a conjunct's variables in states where it held ---------------- */

/* The tables, shared by the model's workers (each slot behind a flag taken without waiting). */
typedef struct check_tables check_tables;
check_tables *check_tables_new(uint32_t n);
void check_tables_free(check_tables *t);
/* A worker's side: the state it checks. */
typedef struct check_cache check_cache;
check_cache *check_cache_new(const model *m);
void check_cache_free(check_cache *c);
/* The state whose conjuncts are asked about next: variable i is bytes [offsets[i], offsets[i + 1])
 * of `state` (both kept until the next call). */
void check_cache_state(check_cache *c, const uint8_t *state, const uint32_t *offsets);
/* Did part p hold in a state whose variables it reads had the bytes they have in that state? (For a
 * part kept by_elements: were its variable's head, and each of its elements, those of values where
 * the part held?) False, without looking, while the worker rests a part whose keys were seldom
 * found again (check_cache.c: TRIAL, REST); check_cache_remember, called after check_cache_known
 * for the same part, then keeps nothing. */
bool check_cache_known(check_cache *c, const check_part *p);
void check_cache_remember(check_cache *c, const check_part *p);
/* Does part p (with p->fast) hold in the state, as its bytes say without evaluating it? False where
 * they do not say: then p is evaluated. Asked after check_cache_known missed (a hit costs less than a
 * walk where the keys repeat); where it holds, check_cache_remember keeps the key as after evaluating. */
bool check_cache_holds_by_bytes(check_cache *c, eval_worker *ew, const check_part *p);

/* ---- check_bytes.c: conjuncts decided from the state's bytes ---------------------------------------
 * A conjunct made of /\, \/, =>, ~, \A and \E over `a..b`, and =, /=, \in, \notin between constants,
 * variables, `v[i]` (i a quantifier's variable) and the quantifiers' variables, or `v \in [D -> T]`
 * (D, T constant): its bytes say "holds" only where evaluating it gives TRUE without an error. */
typedef struct check_bytes check_bytes;
/* The conjunct's form, in mem; NULL when e has no such form. */
const check_bytes *check_bytes_compile(const model *m, arena *mem, const syn_expr *e);
/* A worker's side: the constants it evaluated (once each, on first use), the state it checks. */
typedef struct check_bytes_run check_bytes_run;
check_bytes_run *check_bytes_run_new(const model *m);
void check_bytes_run_free(check_bytes_run *r);
/* The state asked about next, as check_cache_state. */
void check_bytes_state(check_bytes_run *r, const uint8_t *bytes, const uint32_t *offsets);
/* Does the conjunct (part `cache`'s) hold in the state? False: its bytes do not say (or it is false), or
 * they seldom said it held in the part's first walks (check_bytes.c: TRIAL), and it is not walked again. */
bool check_bytes_hold(check_bytes_run *r, eval_worker *ew, const check_bytes *b, uint32_t cache);

/* -coverage (coverage.c): the values each variable takes, counted from every new state. */
void model_coverage_start(model *m);
void model_coverage_free(model *m);
void model_coverage_count_state(model *m, const val *vars, val_buf *buf);

#endif
