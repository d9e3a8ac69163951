/* eval.h - the interpreter: evaluates resolved expressions to values, and enumerates the states an
 * initial predicate or an action allows (TLC's semantics).
 *
 * Contract:
 *  - An eval_program is built once from a sema_program (single-threaded set-up: constants, `<-`
 *    overrides, native operators), then frozen and shared read-only by all workers. Memoised
 *    constant-level definitions, and the values of closed constant sub-expressions (evaluated
 *    once per run, see constcache.c), are published atomically into its permanent arena.
 *  - An eval_worker belongs to one thread. Every value it returns lives in its scratch arena until
 *    eval_worker_reset (the explorer resets it after each state). Values to keep across a reset
 *    must be serialised or copied (val_copy) by the caller.
 *  - Evaluation errors (type errors, CASE with no arm, function applied outside its domain,
 *    overflow, Assert failures, unbound primed variables) make the call return false; the error
 *    (kind, location, message) is then in eval_worker_error. Nothing is printed.
 *  - States are arrays of values indexed by sema_decl.index of the root module's variables.
 *  - What threads share is the program only: its constants and overrides (set-up, then frozen), its
 *    memoised constant-level values (published atomically, never changed), and the closures of
 *    temporal formulas (built during set-up by eval_temporal, frozen by eval_closures_freeze, then
 *    evaluated by any worker at once; nothing evaluated inside a closure is cached in it). All else
 *    a worker touches is its own.
 */
#ifndef TLCC_EVAL_H
#define TLCC_EVAL_H

#include "sema.h"
#include "value.h"

typedef struct eval_program eval_program;
typedef struct eval_worker eval_worker;

typedef enum {
    EVAL_OK = 0,
    EVAL_ERROR,          /* an evaluation error: exit 75 */
    EVAL_ASSERT,         /* Assert(FALSE, msg): exit 14 */
} eval_status;

/* What an error is, where TLC reports it under a code of its own (tool mode, exit codes). */
typedef enum eval_error_kind {
    EVAL_KIND_OTHER,
    EVAL_KIND_EMPTY_SEQ,        /* Head or Tail of <<>> */
    EVAL_KIND_DIV_ZERO,
    EVAL_KIND_OVERFLOW,         /* an integer result outside TLC's 32 bits */
    EVAL_KIND_ZERO_POW_ZERO,    /* 0^0 */
    EVAL_KIND_INCOMPLETE,       /* a successor left without a value for some variables */
    EVAL_KIND_INIT_INCOMPLETE,  /* an initial state left so: the message shows it, as TLC does */
    EVAL_KIND_NOT_BOOLEAN,      /* a conjunct of an action or initial predicate that is not a Boolean */
    EVAL_KIND_CHECK_NOT_BOOLEAN,   /* a predicate checked whole (eval_bool, eval_closure_holds: an
                                    * invariant, a constraint, an assumption, []P) whose value is not
                                    * a Boolean; loc: the expression TLC names (a .cfg name's body) */
    EVAL_KIND_SUB_NOT_BOOLEAN,  /* A of [A]_v or <<A>>_v that is not a Boolean; loc: [A]_v */
    EVAL_KIND_NATIVE_FAILED,    /* TLC's Java implementation of a standard operator failing inside it */
    EVAL_KIND_PREDICATE_NOT_BOOLEAN,   /* a temporal property's state predicate that is not a Boolean,
                                        * as the report words it (from a CHECK_NOT_BOOLEAN) */
    EVAL_KIND_UNSPECIFIED_FAIR, /* ENABLED <<A>>_v (of WF_v(A), SF_v(A) or a property) where A leaves a
                                 * variable of v without a value: TLC's error, not a fall back on the
                                 * state graph; within_expr: <<A>>_v */
    EVAL_KIND_UNDEFINED,        /* an identifier without a value where it is read (a variable in a
                                 * constant expression): TLC's own error, not an exception */
} eval_error_kind;

enum { EVAL_ERROR_CALLS = 64 };   /* the calls of recursive operators an error keeps */
enum { EVAL_ERROR_SOURCES = 4 };  /* the places of the values an error met in (eval_error.sources) */

typedef struct eval_error {
    eval_status status;
    syn_loc loc;         /* the failing sub-expression */
    char *message;       /* in the worker's error arena; valid until the next error */
    char *context;       /* "while evaluating ..." lines, or NULL */
    syn_loc within;      /* eval_enumerate: the body of the action (or initial predicate) it was in */
    const struct syn_expr *within_expr;   /* ... and that body itself */
    bool coded;          /* TLC reports it under an error code of its own (its standard modules'
                          * errors, overflow, division by zero); the others it raises as an
                          * unexpected exception (exit 75 while computing successors, not 255) */
    eval_error_kind kind;
    /* the calls of RECURSIVE operators and recursive functions being evaluated, outermost first
     * (TLC lists every level's): ncalls of them, 0 when there were more than EVAL_ERROR_CALLS */
    uint32_t ncalls;
    syn_loc calls[EVAL_ERROR_CALLS];
    /* TLC's "unable to fingerprint" chain: the places of the values, built by the expression there (a
     * set written out, {e : x \in S}, ...), whose own methods met the error (a member that S refuses:
     * S.member(x)), outermost first; TLC gives a value its place only when it evaluates again for
     * the error's positions (the initial predicate, a step), and lists these after them */
    uint32_t nsources;
    syn_loc sources[EVAL_ERROR_SOURCES];
    /* EVAL_KIND_INCOMPLETE: the successor as TLC shows it in its trace, its action's label ("<A line
     * 3, col 6 to ... of module M>") and its variables' lines, null where one has no value; else NULL */
    char *state;
} eval_error;

/* What an action searched by eval_error_positions is: a next-state relation TLC splits into actions
 * at its top disjunctions and \E (`split`), an initial predicate (`initial`: `x = e` assigns x,
 * where an action's `x' = e` does), and the number of the state's variables (0 when the action is
 * not evaluated for a state, an invariant: TLC's stack then keeps every conjunct passed). */
typedef struct eval_positions_of {
    bool split, initial;
    uint32_t nvars;
    const syn_loc *calls;    /* the error's recursive calls (eval_error.calls): each level is listed */
    uint32_t ncalls;
} eval_positions_of;
/* TLC's list of the expressions an error happened inside ("nested expressions"), outermost first:
 * the action `action` down to the failing expression `failing` (see positions.c), the conjuncts
 * passed included until every variable has a value (TLC evaluates the later ones as values).
 * Returns how many were written to out (at most max), 0 when `failing` is not found inside `action`. */
uint32_t eval_error_positions(const struct syn_expr *action, const eval_positions_of *of, syn_loc failing,
                              syn_loc *out, uint32_t max);
/* The same inside expression e evaluated as a value (an invariant): no conjunct continues. */
uint32_t eval_error_positions_in(const struct syn_expr *e, syn_loc failing, syn_loc *out, uint32_t max);
/* The same through the error's recursive calls (eval_error.calls, ncalls of them): each level is
 * listed, as eval_error_positions lists them; the first level only when the search does not meet them. */
uint32_t eval_error_positions_called(const struct syn_expr *e, const syn_loc *calls, uint32_t ncalls, syn_loc failing,
                                     syn_loc *out, uint32_t max);
/* The expressions of initial predicate e (over nvars variables) that TLC's stack holds once e is
 * done (a state found, its invariants being checked): e, and each conjunct of its conjunctions up
 * to the one that gave the last variable its value. */
uint32_t eval_continued_positions(const struct syn_expr *e, uint32_t nvars, syn_loc *out, uint32_t max);
/* Those of ENABLED <<A>>_v (step) failing at `failing` inside v as TLC walks it: A and all it went
 * through (TLC's ENABLED continues inside each conjunct), then v down to `failing`. */
uint32_t eval_fair_step_positions(const struct syn_expr *step, syn_loc failing, syn_loc *out, uint32_t max);

/* ---- the program -------------------------------------------------------------------------------- */

eval_program *eval_program_new(sema_program *p);
void eval_program_free(eval_program *ep);
const sema_program *eval_sema(const eval_program *ep);
/* The permanent arena (constants, memoised values). Only for single-threaded set-up. */
arena *eval_permanent(eval_program *ep);

/* Assign a CONSTANT (from the .cfg); the value must live in eval_permanent. */
void eval_set_constant(eval_program *ep, const sema_decl *c, val v);
/* `c <- Op` or `Op <- Other`: every use of `target` (a constant or definition) evaluates `with`. */
void eval_override_decl(eval_program *ep, const sema_decl *target, sema_def *with);
void eval_override_def(eval_program *ep, sema_def *target, sema_def *with);
/* `Op = v` in the .cfg for a definition without parameters: Op is the value v (in eval_permanent). */
void eval_override_def_value(eval_program *ep, const sema_def *target, val v);
/* Is the constant assigned or overridden? */
bool eval_constant_defined(const eval_program *ep, const sema_decl *c);
/* Is d one of the tool's operators whose value depends on more than its arguments and the state, or
 * that acts on the world: TLC's Print, PrintT, JavaTime, TLCGet, TLCSet, RandomElement, and the IOUtils
 * (but IOEnv, atoi and zeroPadN), CSV, Json, Randomization, TLCExt and SVG modules? (The analyses that
 * cache or skip evaluations ask.) */
bool eval_def_impure(const sema_def *d);

/* Give e (resolved after the program's set-up: --eval, the REPL, a test) its compiled form, as the
 * program's own expressions get theirs when the first worker is made (src/eval/compile.c). Only
 * while no worker evaluates e or anything that shares its nodes; the form lives as long as the
 * sema program. Without it e is interpreted (its sub-expressions that name definitions reach their
 * compiled forms either way). */
void eval_compile_expr(eval_program *ep, syn_expr *e);

/* The seed of RandomElement and the Randomization operators (set before the workers are made).
 * Their draws are a function of the seed and of the evaluation's context (see random.c). */
void eval_set_seed(eval_program *ep, uint64_t seed);
/* Nothing the program calls is impure (eval_def_impure; the model's analysis, model_program_pure):
 * then a state-level definition applied to the same argument values twice in one state may be
 * evaluated once (src/eval/argcache.c). Off unless set; set up before evaluation starts. */
void eval_set_pure(eval_program *ep, bool pure);
/* Where Print and PrintT write (NULL: stdout). Set up before evaluation starts. */
void eval_set_print_out(eval_program *ep, FILE *out);
uint64_t eval_seed(const eval_program *ep);
/* An EXCEPT whose path leaves its value's domain (the value is left as it is; TLC warns): fn gets
 * the place of the EXCEPT's value ("line L, col C to line L, col C of module M") each time a worker
 * meets one, from any worker (fn keeps TLC's rule for repeats), but not while a worker evaluates
 * again (eval_set_quiet). NULL, the default: nothing. Set up before evaluation starts. */
typedef void (*eval_except_warn_fn)(void *data, const char *place);
void eval_set_except_warning(eval_program *ep, eval_except_warn_fn fn, void *data);

/* ---- workers ------------------------------------------------------------------------------------ */

eval_worker *eval_worker_new(eval_program *ep, int id);
void eval_worker_free(eval_worker *w);
void eval_worker_reset(eval_worker *w);            /* release the scratch arena */
arena *eval_scratch(eval_worker *w);
const eval_error *eval_worker_error(const eval_worker *w);
/* TLCGet("level") and friends read these; the explorer keeps them current. */
typedef struct eval_stats {
    int64_t level, distinct, generated, queue, diameter;
    double duration;
    int64_t workers;            /* TLCGet("config") */
    bool check_deadlock;
    /* simulation: TLCGet("config") gives its depth and number of walks (-1: no limit), and
     * TLCGet("stats") TLC's simulation record, with the walk being made (1-based) */
    bool simulation;
    int64_t sim_depth, sim_traces, walk;
    bool generate;              /* -generate: TLCGet("config").mode is "generate" */
} eval_stats;
void eval_set_stats(eval_worker *w, const eval_stats *s);
/* Name the actions eval_enumerate reports with their arguments' values, `TakeLeft(0)` (TLC's trace
 * labels); off by default, for the cost: a worker replaying a trace turns it on. */
void eval_set_action_args(eval_worker *w, bool on);
/* Keep the list of calls entered below each action (eval_action.entered) for the actions
 * eval_enumerate reports; off by default, for the cost: only liveness's labels read it. */
void eval_set_calls_entered(eval_worker *w, bool on);
/* Print and PrintT of w write nothing: w evaluates again what was evaluated before (a state of a
 * trace found again to be printed), whose output has been written. */
void eval_set_quiet(eval_worker *w, bool on);
/* Random draws from now on are for `key` (the bytes of the state being expanded or checked; NULL:
 * no state), until the next call. */
void eval_random_context(eval_worker *w, const void *key, size_t len);

/* Evaluate `e` in `state` (NULL at constant level) and `next` (NULL unless an action is evaluated
 * on a transition). */
bool eval_value(eval_worker *w, const syn_expr *e, const val *state, const val *next, val *out);
bool eval_bool(eval_worker *w, const syn_expr *e, const val *state, const val *next, bool *out);
/* eval_bool on the step last evaluated, its primed values kept (as eval_closure_holds_again). */
bool eval_bool_again(eval_worker *w, const syn_expr *e, const val *state, const val *next, bool *out);
/* Evaluations in `state` between eval_hold_state and eval_release_state share the per-state cache
 * of parameterless state-level definitions (checking many predicates of one state computes each
 * definition once). The state's values must not change in between. Holds nest (a constraint checked
 * on a successor while the successors of a state are being enumerated). */
const val *eval_hold_state(eval_worker *w, const val *state);   /* returns the state held before */
void eval_release_state(eval_worker *w, const val *before);
/* The successors of `state` are being computed: its values do not change until the next call or
 * eval_worker_reset, and its per-state cache survives evaluations in other states meanwhile (the
 * constraints of its successors, say). */
void eval_expanding(eval_worker *w, const val *state);
/* Keep the values of d (a definition without parameters, of state level, outside instances) across
 * states, by the bytes of the variables in `vars` (a bit per variable): the caller vouches that d's
 * value is a function of their values alone. Set-up only. */
void eval_def_keyed(eval_program *ep, const sema_def *d, const uint64_t *vars);
enum { EVAL_SUBST_OUTER = 2 };   /* the instances around a kept substitution's own, at most */
/* The same for substitution `sub` of an instance (its value, used only where the evaluator keeps it
 * per state and per step: a static instance entered from the root through static instances), where
 * the instances around its own are outer[0 .. nouter-1] (innermost first; nouter 0: its instance is
 * the root's; at most EVAL_SUBST_OUTER): the caller vouches that `vars` holds what it reads there.
 * Set-up only; false when sub was kept already in that place. */
bool eval_subst_keyed(eval_program *ep, const struct syn_expr *sub, const struct sema_instance *const *outer,
                      uint32_t nouter, const uint64_t *vars);
/* The values `vals` of the current state (next: of the next state) are the bytes `bytes`, variable
 * i at [offsets[i], offsets[i + 1]); kept definitions are looked up by them while evaluating in that
 * state (vals NULL: none). All three must stay unchanged until the next call, or eval_worker_reset. */
void eval_state_bytes(eval_worker *w, bool next, const val *vals, const uint8_t *bytes, const uint32_t *offsets);

/* The action (sub-action of the next-state relation) that produced a state: the name and the span
 * of the operator whose definition TLC would name in a trace. */
typedef struct eval_call_site eval_call_site;
typedef struct eval_action {
    atom name;
    syn_loc loc;         /* the definition's body */
    atom module;
    const sema_def *def; /* the operator (NULL for the initial predicate, Next as a whole) */
    const eval_call_site *site;   /* where it was called with its arguments: valid during the callback */
    /* The action whose body this one was entered from (NULL for Next as a whole): every action on
     * the way down from Next, each entered where its successors are all emitted (a disjunct, an \E
     * instance, a branch), none through a conjunction. Valid during the callback. */
    const struct eval_action *outer;
    /* The calls entered below this action where TLC does not split (it names the step by this
     * action), innermost first, linked by `outer`: each walked where all of its successors are
     * reported, as those on the chain above (so liveness can tell a fairness sub-action's steps,
     * live_labels.c); only def, site, outer and via_instance are set. Valid during the callback;
     * NULL unless the worker keeps them (eval_set_calls_entered). */
    const struct eval_action *entered;
    bool via_instance;   /* the operator was reached through an INSTANCE (its substitutions apply) */
    /* The names TLC's context of the action binds (eval_action_context). Valid during the callback. */
    const struct eval_split *split;
} eval_action;

/* Called for every state found: `vars` holds one value per variable (valid during the call). */
typedef void (*eval_state_fn)(void *ctx, const val *vars, const eval_action *action);

/* Enumerate the initial states satisfying `init` (state == NULL), or the successors of `state`
 * under action `next`. With `spec`, pred is a whole specification Init /\ [][Next]_v /\ fairness:
 * its state predicates are the initial predicate, its [][A]_v gives the action, the rest is
 * ignored. Returns false on an evaluation error (states already reported stay reported). */
bool eval_enumerate(eval_worker *w, const syn_expr *pred, const val *state, bool spec, eval_state_fn fn, void *ctx);
/* How many initial states `init` gives, those that leave variables without a value too (TLC's
 * simulator computes them all before it checks them). False on an evaluation error. */
bool eval_count_initial(eval_worker *w, const syn_expr *init, bool spec, uint64_t *count);
/* Where the enumeration of initial predicate `init` (not a whole specification) may be split into
 * parts: its first choice `x \in S`, when the walk reaches it once, before any other branch (only
 * `y = e` conjuncts before it, through /\ and definitions without parameters); NULL if none. */
const syn_expr *eval_initial_split(const eval_program *ep, const syn_expr *init);
/* eval_enumerate of `init`'s initial states with S's values at the choice `at` (eval_initial_split)
 * split evenly into nparts parts, part `part` only: the parts' states, in part order, are
 * eval_enumerate's, in its order. An evaluation error is where this part met it, which may not be
 * the whole enumeration's first (the caller enumerates the whole then). */
bool eval_enumerate_part(eval_worker *w, const syn_expr *init, const syn_expr *at, uint32_t part, uint32_t nparts,
                         eval_state_fn fn, void *ctx);
/* The intermediate states t of compositions A \cdot B that the enumerations since the last call
 * reached (TLC counts each as a generated state), and zero again. */
uint64_t eval_take_intermediate(eval_worker *w);
/* The next eval_enumerate of successors computes those of one action only, picked at random with
 * `draw` (a nonzero random number; the same draw picks the same action): TLC's actions (as
 * eval_split_actions lists them, kept per worker) are drawn one by one without replacement, and the
 * first that has successors is kept, as TLC's simulator picks an action and computes its successors
 * (where that list cannot be kept: the relation's disjuncts and the instances of its \E are tried
 * in an order drawn level by level). None at all means no action has any (deadlock).
 * With `one` (TLC's -generate), every choice is made that way (disjunctions, \E, x' \in S, in the
 * action too): one successor at most, found without computing the others. */
void eval_pick_action(eval_worker *w, uint64_t draw, bool one);
/* During an eval_state_fn callback of such an enumeration: the state does not count as a successor
 * of the action being tried (TLC's simulator takes an action whose successors are all outside the
 * state constraints as having none, and tries another). */
void eval_pick_reject(eval_worker *w);
/* Before such an enumeration: `same` says that it is from the state of the last one, and that the
 * spec's values depend on the state alone (nothing impure: no TLCGet, Print, random choice). The
 * actions (or the branches of the walk's first random choice) that had no successor then (and
 * changed nothing but the draws) are not walked again: the draws move as they did. False forgets
 * them. `key` (nonzero: a hash of the state's bytes, given on the same condition on the values)
 * names the state for the actions of a flat pick, which are so remembered for any state enumerated
 * before, not only the last (a walk comes back to the states near its start again and again); 0:
 * nothing is known of this state. */
void eval_pick_same_state(eval_worker *w, bool same, uint64_t key);
/* What a flat pick (eval_pick_action) from a state with a key (eval_pick_same_state) tells its caller
 * of its tries, so that the caller may emit again what an action emitted from that state before:
 * `tried` after action `action` (its place in TLC's list) emitted states: `keep` says that what it
 * emitted depends on the state alone (its walk drew nothing, reached no intermediate state and met
 * no error), so the caller may keep them (the states emitted since the last `tried` or the start of
 * the enumeration): true if it did. `replay` before an action so kept from this state is tried: true
 * if it emitted, in its place, the states kept (*emitted of them; those it rejected through
 * eval_pick_reject, as the callback did), so the action is not tried; false to have it tried. NULL
 * (the default): nothing is told. */
typedef struct eval_pick_hooks {
    bool (*replay)(void *ctx, uint32_t action, uint64_t *emitted);
    bool (*tried)(void *ctx, uint32_t action, bool keep);
    void *ctx;
} eval_pick_hooks;
void eval_set_pick_hooks(eval_worker *w, const eval_pick_hooks *hooks);
/* During an eval_state_fn callback: the values of the action's arguments (def->nparams of them, the
 * operator parameters of arity 0; TLC's "context" of a trace step), in w's scratch arena. False on an
 * evaluation error, or when the action has no call site (no parameters). */
bool eval_action_args(eval_worker *w, const eval_action *a, val *out);
/* During an eval_state_fn callback (or eval_split_actions'): TLC's context of the action (its
 * Action.con), the names bound on the way from the next-state relation to the action by the \E it
 * splits and the calls with constant arguments it enters, newest first: up to `max` names and values
 * (in w's scratch arena) in names/vals, and how many there are (UINT32_MAX on an evaluation error). */
uint32_t eval_action_context(eval_worker *w, const eval_action *a, atom *names, val *vals, uint32_t max);
/* TLC's actions (Tool.getActions) of the next-state relation `next` (a whole specification with
 * `spec`), in TLC's order: fn is called once per action, with vars NULL, where TLC stops splitting
 * (its context as above). `state` is any state: only constants are evaluated. False on an error. */
bool eval_split_actions(eval_worker *w, const syn_expr *next, const val *state, bool spec, eval_state_fn fn,
                        void *ctx);
/* Where TLC's split of the next-state relation `next` (the definition the .cfg's NEXT names) stops
 * before the initial states are computed: a literal or a declared name (VARIABLE, CONSTANT) as a
 * disjunct, through LET and labels; NULL if nowhere. */
const syn_expr *eval_split_refusal(const eval_program *ep, const syn_expr *next);

/* ---- temporal formulas (liveness) ------------------------------------------------------------- */

/* An expression closed over the bindings where it stands (quantified variables, operator arguments,
 * instance substitutions), to be evaluated in any state or transition by any worker. */
typedef struct eval_closure eval_closure;

typedef enum {
    TF_PRED,          /* a state predicate (level <= state) or a predicate of transitions (action) */
    TF_AND, TF_OR,    /* n kids */
    TF_NOT, TF_ALWAYS, TF_EVENTUALLY,   /* 1 kid */
    TF_LEADSTO,       /* 2 kids: P ~> Q */
    TF_IF,            /* 3 kids: a state-level condition, then, else */
    TF_WF, TF_SF,     /* fairness of <<A>>_v: `step` is <<A>>_v, `enabled` is ENABLED <<A>>_v */
} eval_tf_kind;

typedef struct eval_tformula {
    eval_tf_kind kind;
    syn_loc loc;
    sema_level level;                 /* TF_PRED: LEVEL_CONSTANT, LEVEL_STATE or LEVEL_ACTION */
    const eval_closure *pred;         /* TF_PRED */
    const eval_closure *step, *enabled;   /* TF_WF, TF_SF */
    struct eval_tformula **kids;
    uint32_t nkids;
    /* TF_ALWAYS: where it stands, for TLC's name of a []P it checks as an invariant: the innermost
     * definition expanded around it (none under a bounded \A), and whether a LET or IF was looked
     * through on the way (TLC then checks it as a temporal formula) */
    const struct sema_def *named_by;
    bool looked_through;
} eval_tformula;

/* Take a temporal formula apart down to predicates: definitions are expanded, bounded quantifiers
 * over constant sets become conjunctions and disjunctions, LET and IF are looked through. The
 * result and its closures are the program's, until eval_program_free. Set-up only (before
 * eval_closures_freeze). False on an evaluation error or on a formula TLC cannot check
 * (eval_closures_error says which sub-formula). */
bool eval_temporal(eval_program *ep, const syn_expr *e, eval_tformula **out);
/* The truth of a constant-level closure, during set-up (a guard on quantified names, say). */
bool eval_closure_constant(eval_program *ep, const eval_closure *cl, bool *out);
const eval_error *eval_closures_error(const eval_program *ep);
/* The end of set-up: from now on closures are only evaluated, by any worker. */
void eval_closures_freeze(eval_program *ep);
/* The truth of a closure in `state` (and, for an action, the transition to `next`), once frozen. */
bool eval_closure_holds(eval_worker *w, const eval_closure *cl, const val *state, const val *next, bool *out);
/* The same on the step of the worker's last evaluation with a next state (the same state and next,
 * unchanged since): the values of primed definitions it kept for that step are used again. */
bool eval_closure_holds_again(eval_worker *w, const eval_closure *cl, const val *state, const val *next, bool *out);
/* Closures of plain predicates (not ENABLED, not <<A>>_v: eval_box_split.rests) evaluated in order in
 * (state, next) up to the first false one, in one protected evaluation: *out whether all hold (as on
 * the step eval_closure_holds_again evaluates when same_step). An error: false. */
bool eval_closures_all_hold(eval_worker *w, const eval_closure *const *cls, uint32_t n, const val *state,
                            const val *next, bool same_step, bool *out);
/* For a closure `[A]_v` or `<<A>>_v`: the value of v in `state` (in the worker's scratch memory), and
 * whether v' on the step to `next` differs from `before`, v's value in `state` (eval_closure_sub_value):
 * "does v change" with v's side evaluated once for all the steps from a state. An error: false. */
bool eval_closure_sub_value(eval_worker *w, const eval_closure *cl, const val *state, val *out);
/* The value of v' on the step from `state` to `next` (same_step: as eval_closure_holds_again). */
bool eval_closure_sub_next(eval_worker *w, const eval_closure *cl, const val *state, const val *next, bool same_step,
                           val *out);
/* The value of the closure's expression in `state` (and on the step to `next`, as a new step unless
 * same_step: as eval_closure_holds_again then), in the worker's scratch memory. An error: false. */
bool eval_closure_value(eval_worker *w, const eval_closure *cl, const val *state, const val *next, bool same_step,
                        val *out);
bool eval_closure_changed_from(eval_worker *w, const eval_closure *cl, val before, const val *state, const val *next,
                               bool *out);
syn_loc eval_closure_loc(const eval_closure *cl);
/* For a closure <<A>>_v or [A]_v standing in no INSTANCE substitution, its bound names (if any)
 * bound to values: A, which eval_enumerate_closure can then enumerate. NULL otherwise. */
const struct syn_expr *eval_closure_enumerable_action(const eval_closure *cl);
/* The successors of `state` under the A of closure <<A>>_v (eval_closure_enumerable_action), in the
 * closure's bound names, as eval_enumerate gives them. */
bool eval_enumerate_closure(eval_worker *w, const eval_closure *cl, const val *state, eval_state_fn fn, void *ctx);
const struct syn_expr *eval_closure_expr(const eval_closure *cl);
/* A closure of expression e in the root module, binding nothing (set-up only). */
const eval_closure *eval_closure_at_root(eval_program *ep, const struct syn_expr *e);
/* The conjuncts of the predicate closure cl (split at /\ lists and \land, through parentheses and
 * labels), each a closure in cl's context, into out[0..max-1]: their count, or 0 when cl is not a
 * conjunction of at most max (the program's, as cl; set-up only). */
uint32_t eval_closure_conjuncts(eval_program *ep, const eval_closure *cl, const eval_closure **out, uint32_t max);
/* fn(data, e) for the closure's expression, then for the value of every substitution of the
 * instances it stands inside (its context's). */
void eval_closure_substitutions(const eval_closure *cl, void (*fn)(void *data, const syn_expr *e), void *data);
/* fn(data, value, outer, nouter) for every substitution of the instances the closure stands inside,
 * outer[0 .. nouter-1] the instances around the substitution's own (innermost first), where they
 * are at most EVAL_SUBST_OUTER. */
void eval_closure_frame_substitutions(const eval_closure *cl,
                                      void (*fn)(void *data, const syn_expr *value,
                                                 const struct sema_instance *const *outer, uint32_t nouter),
                                      void *data);
/* The same, narrower: of the innermost instance the closure stands in, only the substitutions of the
 * names its expression can reach (through the definitions it calls; all of them where it calls into
 * another instance), then those of the outer instances and the bound names' as above. What the
 * closure's value can depend on (prop_split.c's guards kept by their variables' bytes). Set-up only. */
void eval_closure_reached_substitutions(const eval_program *ep, const eval_closure *cl,
                                        void (*fn)(void *data, const syn_expr *e), void *data);
/* When `step` is <<A>>_v with A the action `next` (the same definition, reached the same way), the
 * closure of what it means on a step of `next`: "v changes". NULL otherwise. The explorer's steps
 * all come from `next`, so their labels need not evaluate A again. Set-up only. */
const eval_closure *eval_step_of_next(eval_program *ep, const eval_closure *step, const syn_expr *next);
/* When `step` is <<A>>_v and `box` is [A]_v, the same A and v (as eval_step_of_next compares them) in
 * the same context, the closure of what <<A>>_v means on a step where [A]_v holds: "v changes" (A \/
 * v' = v holds there, so a step that changes v is an A step). NULL otherwise. Set-up only. */
const eval_closure *eval_step_of_box(eval_program *ep, const eval_closure *step, const eval_closure *box);
/* The guards of A in <<A>>_v or ENABLED <<A>>_v (the closure `cl`): A split at its disjunctions (through
 * definitions), the state predicates each disjunct begins with (its conjuncts, through /\ and the
 * definitions of actions it calls, up to its first part that is not one); disjunct j's are
 * guards[ends[j - 1] .. ends[j]). Evaluating A evaluates a disjunct's guards first, so in a state
 * where each disjunct has a false one (found without an error), A has no step: ENABLED <<A>>_v is
 * false there and so is <<A>>_v on its steps. False when some disjunct has none. Set-up only. */
typedef struct eval_guards { const eval_closure *const *guards; const uint32_t *ends; uint32_t ndisjuncts; } eval_guards;
bool eval_action_guards(eval_program *ep, const eval_closure *cl, eval_guards *out);
/* Does every disjunct have a guard false in `state` (no evaluation error)? (A guard x \in v, v a
 * state variable, finds x once per state: the evaluator keeps the search, compile.c.) */
bool eval_guards_rule_out(eval_worker *w, const eval_guards *g, const val *state);
/* The action property [A]_v (the closure `cl`, or without one the expression e in no context) as A's disjuncts: A split at \/, through calls of
 * definitions whose body is a disjunction or an \E, and at \E over constant sets (one disjunct per
 * choice), in the order evaluating A tries them, each with its leading guards (as
 * eval_action_guards). On a step where v changes, [A]_v holds when some disjunct does; a disjunct
 * with a guard false in the step's first state is false on it, so the guards can be evaluated once
 * for all the steps from a state. False when A has fewer than two disjuncts or no guard. Set-up only. */
typedef struct eval_box_split {
    const eval_closure *changed;           /* on a step: does v change? */
    const eval_closure *const *disjuncts;  /* A's disjuncts, in order */
    eval_guards guards;                    /* theirs: disjunct j's are guards[ends[j - 1] .. ends[j]) */
    /* by disjunct, the part evaluating it evaluates right after its guards (NULL: none found, the
     * guards end inside a call): where the guards all hold, the disjunct is false where it is */
    const eval_closure *const *firsts;
    /* by disjunct, where that part is lhs = rhs with rhs of state level: lhs (at 2j) and rhs (at
     * 2j + 1), whose values it compares, lhs first; NULL otherwise */
    const eval_closure *const *first_sides;
    /* by disjunct, where has_rests[j]: the conjuncts its evaluation meets after that part, in order,
     * rests[rest_ends[j - 1] .. rest_ends[j]) (rest_ends[-1] = 0): with its guards all true and the
     * part true, the disjunct is the conjunction of these, evaluated in that order */
    const eval_closure *const *rests;
    const uint32_t *rest_ends;
    const bool *has_rests;
} eval_box_split;
bool eval_box_split_of(eval_program *ep, const eval_closure *cl, const syn_expr *e, eval_box_split *out);
/* What the action closure cl (a part of a split, `firsts`) can read in the next state, each an
 * expression standing in no context (a variable, a definition, an instance substitution's value),
 * told to fn: it reads the next state only as x' for such an x. False when it may read it otherwise
 * (a prime on more than a name, UNCHANGED, [A]_v, ENABLED, an action or an operator argument
 * called, a nested instance). Set-up only. */
bool eval_closure_next_reads(eval_program *ep, const eval_closure *cl, void (*fn)(void *data, const syn_expr *e),
                             void *data);
/* The root variable x when closure cl is x' (x a variable of the root module, or a name substituted by
 * one through plain-name substitutions: EWD998's `counter'`), as the compiler resolved them: its
 * value on a step is the next state's x, read without an error. UINT32_MAX otherwise. Set-up only. */
uint32_t eval_closure_primed_variable(const eval_closure *cl);
/* The definition d when closure cl is d' (d a parameterless state-level definition of the root module
 * whose value is kept by its variables' bytes, eval_def_keyed, or a name substituted by one through
 * plain-name substitutions: EWD998's `pending'` with `pending <- pending`). NULL otherwise. Set-up
 * only, after eval_def_keyed. */
const struct sema_def *eval_closure_primed_definition(const eval_program *ep, const eval_closure *cl);
/* d's value in `next`, the state whose bytes the worker was given (eval_state_bytes) and which it is
 * checking a step to, when kept for those bytes or already found on the step (d as
 * eval_closure_primed_definition gives it): the value evaluating d' there gives, kept for the step's
 * later evaluations of d' (the evaluator's per-step memo). Unless same_step, the step starts here, as
 * an evaluation given `next` and !same_step starts it (so evaluations after a true answer are on the
 * same step). False when not kept, or `next` is not the worker's next state. */
bool eval_kept_next_value(eval_worker *w, const struct sema_def *d, const val *next, bool same_step, val *out);
/* When `step` is <<A>>_v with A a call D(a1, ..., an) of an action of the next-state relation (reached
 * without an INSTANCE, constant arguments), possibly conjoined with state predicates G (A is
 * G /\ D(...)): the parts, so that a worker can tell A's steps from the enumeration of the successors
 * (the successors eval_enumerate reports with D and these arguments on their chain of actions, and
 * only those, are D's). The call may also be \E x \in T : D(..., x, ...), T a constant set and x
 * one argument (any_arg) the others constants: the steps of D with any member of T there. Set-up
 * only. */
typedef struct eval_sub_action {
    const sema_def *def;                /* D, after the .cfg's overrides (eval_action.def) */
    const val *args;                    /* its arguments' values */
    uint32_t nargs;
    uint32_t any_arg;                   /* the argument that is any member of any_set (UINT32_MAX: none) */
    val any_set;
    const eval_closure *const *guards;  /* G's conjuncts (state predicates) */
    uint32_t nguards;
    const eval_closure *changed;        /* on a step of A: does v change? */
} eval_sub_action;
bool eval_sub_action_of(eval_program *ep, const eval_closure *step, eval_sub_action *out);
/* When `step` is <<A1 \/ ... \/ An>>_v (the disjunction written there, n >= 2, at most max) and
 * every <<Ai>>_v is a sub-action as eval_sub_action_of finds: n, the parts in out. 0 otherwise.
 * Set-up only. */
uint32_t eval_sub_actions_of(eval_program *ep, const eval_closure *step, eval_sub_action *out, uint32_t max);
/* Is the sub-action entered (every one of its successors reported, with it on their chain) whenever
 * eval_enumerate computes the successors of a state under `next`? (it is one of next's disjuncts,
 * through calls and \E over constant sets, with these arguments among the \E's choices) */
bool eval_sub_action_always(eval_program *ep, const eval_sub_action *sa, const syn_expr *next);
/* Can an expansion of `next` enter the sub-action whole (eval_action.outer, .entered), as far as its
 * form shows? False only where it cannot: its fairness labels are then never read off the expansion. */
bool eval_sub_action_maybe_entered(eval_program *ep, const eval_sub_action *sa, const syn_expr *next);
/* When `step` is <<A>>_v with v a state variable or a tuple of them (through
 * definitions without parameters, no INSTANCE): those variables, as bits in vars (words of 64),
 * so that "v changes" on a step is "one of them has another value". False otherwise. Set-up only.
 * *in_order: each variable comes once, by increasing index, in the tuple (nested tuples read left
 * to right): comparing them by index then meets them as the tuple's equality does. */
bool eval_subscript_vars(eval_program *ep, const eval_closure *step, uint64_t *vars, bool *in_order);
/* The same for a closure [A]_v (a step predicate of a temporal formula, <>[][A]_v's). */
bool eval_box_subscript_vars(eval_program *ep, const eval_closure *box, uint64_t *vars);
/* When `step` is a temporal formula's <<A>>_v (v evaluated before A: eval_closure.step) with v
 * a state variable or a tuple of them, through definitions without parameters and INSTANCE
 * substitutions that are themselves such (a refinement's Abs!vars): those variables, as bits in
 * vars. A step leaving their values alone has <<A>>_v false, without an error (v cannot fail, A
 * is not evaluated). False otherwise. Set-up only. */
bool eval_step_subscript_vars(eval_program *ep, const eval_closure *step, uint64_t *vars);
/* The leaves of a temporal formula's <<A>>_v, or of [A]_v, whose v is a tuple of state variables
 * and definitions without parameters (through definitions whose bodies are such tuples, themselves
 * listed), the closure standing in no INSTANCE and binding nothing but values (\A p \in S :
 * <<A(p)>>_v): what A may read for its truth to be a function of v's values in the step's two states. */
enum { EVAL_MAX_LEAF_DEFS = 16 };
typedef struct eval_subscript_leaves {
    const sema_def *defs[EVAL_MAX_LEAF_DEFS];
    uint32_t ndefs;
    uint64_t *vars;              /* the caller's, words over the variables */
} eval_subscript_leaves;
/* False when `step` is no such <<A>>_v or [A]_v. Set-up only. */
bool eval_step_subscript_leaves(eval_program *ep, const eval_closure *step, eval_subscript_leaves *out);

#endif
