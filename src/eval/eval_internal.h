/* eval_internal.h - the interpreter's private structures: environments, instance frames, the
 * worker, error unwinding, and the interface of native operators. */
#ifndef TLCC_EVAL_INTERNAL_H
#define TLCC_EVAL_INTERNAL_H

#include "eval.h"

#include <pthread.h>
#include <setjmp.h>
#include <stdatomic.h>

enum { EVAL_MAX_DEPTH = 20000 };   /* operator calls deep: a runaway recursion, reported, not a crash */

typedef struct env env;
typedef struct subst_frame subst_frame;

/* Where an expression is evaluated: bound names, instance substitutions, and whether variables
 * are read primed (from the next state). Passed by value: two words, so that it travels in
 * registers through every call of the evaluator; whether primed is the low bit of the substitution
 * frame's address (frames come from an arena, 16-byte aligned), and bit 1 is set inside an ENABLED
 * read TLC's way (eval_enabled; TLC's Context.branch): a context made before that ENABLED (the
 * thunk of an argument or LET definition passed into it) has it not, and reads substitutions
 * through. Read and set it with ctx_*. */
typedef struct ctx {
    env *env;
    uintptr_t subst_primed;
} ctx;

static inline subst_frame *ctx_subst(ctx c) { return (subst_frame *)(c.subst_primed & ~(uintptr_t)3); }
static inline bool ctx_primed(ctx c) { return c.subst_primed & 1; }
static inline bool ctx_in_cut(ctx c) { return c.subst_primed & 2; }
static inline ctx ctx_cut(ctx c)
{
    c.subst_primed |= 2;
    return c;
}
/* Is e the bound name b, named alone (no arguments)? */
static inline bool eval_names_binder(const syn_expr *e, const sema_binder *b)
{
    e = sema_strip(e);
    const sema_ref *r = e->kind == SX_APPLY && !e->u.apply.nargs ? e->u.apply.res : NULL;
    return r && r->kind == REF_BOUND && r->binder == b;
}
static inline ctx ctx_primed_as(ctx c, bool primed)
{
    c.subst_primed = (c.subst_primed & ~(uintptr_t)1) | (uintptr_t)primed;
    return c;
}
static inline ctx ctx_with_subst(ctx c, subst_frame *f)
{
    c.subst_primed = (uintptr_t)f | (c.subst_primed & 3);
    return c;
}
/* The context of a definition's body reached from c: c's substitutions only, unprimed. */
static inline ctx ctx_subst_only(ctx c) { return (ctx){NULL, c.subst_primed & ~(uintptr_t)1}; }

/* An operator as a value of a higher-order parameter: a definition closed over its context, a
 * builtin, or a declared operator constant. */
typedef struct opval {
    const sema_def *def;       /* a definition or LAMBDA ... */
    ctx where;                 /* ... closed over this context (for LET/LAMBDA) */
    const sema_ref *ref;       /* otherwise the reference that names it (builtin, decl, path) */
} opval;

typedef enum { ENV_VALUE, ENV_THUNK, ENV_OP } env_kind;

/* One bound name. Operator arguments are call-by-name thunks, forced at first use (and cached
 * when they cannot depend on primed variables), as TLC evaluates them lazily. */
struct env {
    const sema_binder *binder;
    uint8_t kind;              /* env_kind (a byte, so that `epoch` fits in the padding) */
    bool forced;
    bool shared;               /* a thunk kept in a closure that many workers and states use: never cached */
    /* A thunk whose value was known when it was bound (eval_bind_params: a variable, a constant, an
     * argument or definition already evaluated in this state): `v` holds for `epoch`, as if forced,
     * but the enumerator, which walks a thunk not forced yet as TLC walks an argument, still sees
     * it unforced. */
    bool known;
    uint32_t epoch;            /* the worker's epoch when forced: the value holds for that state only */
    val v;                     /* ENV_VALUE, or a forced thunk's value */
    env *up;
    union {
        struct {
            const syn_expr *expr;      /* ENV_THUNK */
            ctx where;                 /* ENV_THUNK: the caller's context */
        };
        opval op;                      /* ENV_OP */
    };
};

/* Entering a definition through `INSTANCE M WITH c <- e`: c now means e, evaluated in `where`. */
struct subst_frame {
    const sema_instance *inst;
    ctx where;                 /* the instancing context (its env binds the instance parameters) */
    subst_frame *up;
};

typedef struct native_call native_call;
/* A native operator: gets its call (to evaluate arguments lazily as it needs) and returns a value. */
typedef val (*native_fn)(native_call *call);

typedef struct native_entry {
    const char *module, *name;
    native_fn fn;
} native_entry;

/* An expression with the bindings in force where it stands (see eval_temporal). `enabled` asks for
 * ENABLED of the expression (an action) rather than its truth. */
struct eval_closure {
    const syn_expr *e;
    ctx where;
    bool enabled;                /* ENABLED e */
    bool changed;                /* e is <<A>>_v, known to be an A step: does v change? */
    bool step;                   /* e is <<A>>_v as a temporal formula's step: v before A (eval_angle_step) */
};

/* The closures of temporal formulas, owned by the program: built during set-up by a worker of their
 * own (in its scratch arena, never reset), then frozen and shared read-only by all workers. */
typedef struct eval_closures {
    eval_worker *builder;        /* created at the first eval_temporal; freed with the program */
    bool frozen;                 /* eval_closures_freeze: no closure is built any more */
    /* while a formula is taken apart: what a []P met now stands inside (eval_tformula.named_by) */
    const sema_def *within;
    bool looked_through;
} eval_closures;

/* The values of closed constant sub-expressions (constcache.c), by syn_expr.eval_slot. */
typedef struct const_entry const_entry;
typedef struct eval_const_cache {
    _Atomic bool ready;          /* analysed (eval_cache_prepare) */
    uint32_t nslots;
    uint8_t *verdict;            /* by slot: constant and pure under this program's overrides */
    _Atomic uint8_t *seen;       /* by slot: evaluated once already */
    _Atomic uint8_t *unbuilt;    /* by slot: its evaluation failed (eval_cache_buildable) */
    _Atomic(const_entry *) *entries;   /* by slot: its values, one per static instance (NULL: none) */
    const sema_instance **insts; /* the static instances */
    uint32_t ninsts;
} eval_const_cache;

struct eval_program {
    sema_program *sema;
    FILE *print_out;             /* where Print and PrintT write (stdout unless -userFile) */
    eval_except_warn_fn except_warn;   /* eval_set_except_warning */
    void *except_warn_data;
    arena perm;
    pthread_mutex_t perm_lock;   /* guards perm after set-up (memoisation), and memo_owner */
    pthread_cond_t memo_done;    /* signalled (under perm_lock) when a memo's computation ends */
    val *constants;              /* by sema_decl.index (root constants) */
    bool *constant_set;
    sema_def **decl_override;    /* by constant index: `c <- Op` */
    sema_def **def_override;     /* by sema_def.id: `Op <- Other` */
    _Atomic(val *) *memo;        /* by sema_def.id: value of a constant-level definition */
    const eval_worker **memo_owner;   /* by sema_def.id: the worker computing it, or NULL (eval_memoised) */
    _Atomic uint8_t *memo_unkept;     /* by sema_def.id: its value was found not to be kept (eval_memoised) */
    /* eval_set_part: Init's split set when a UNION, listed once for all the parts (under perm_lock,
     * memo_done signalled when the listing ends): its expression, its listing (NULL: not listed) */
    const struct syn_expr *split_of;
    val *split_listing;
    bool split_listing_busy;
    _Atomic uint8_t *branches;   /* by sema_def.id: may walking its body branch? (enumerate.c) */
    val **def_value;             /* by sema_def.id: `Op = v` from the .cfg */
    uint32_t ndefs;
    atom name_next, name_init, name_enabled, name_cdot;   /* interned once: interning takes a global lock */
    uint64_t seed;               /* of random draws (-seed) */
    eval_closures closures;
    eval_const_cache cc;
    /* by sema_def.id: kept across states by these variables (defcache.c; one word more than the
     * variables' bits, defcache.c's own) */
    const uint64_t **def_vars;
    /* Static instances' substitutions kept across states by the bytes of the variables they read,
     * each in one place (eval_subst_keyed; defcache.c keys the i-th by id ndefs + i) */
    VEC(struct subst_keyed {
        const struct syn_expr *sub;
        const sema_instance *outer[EVAL_SUBST_OUTER];   /* the instances around sub's own (NULL: none) */
        const uint64_t *vars;
    }) subst_keyed;
    /* The static instances (constcache.c's, entered from the root: no parameters, constant
     * substitutions closed) whose substitutions are all at most state-level: a parameterless
     * state-level definition of an instantiated module has one value per state through each, kept
     * in the per-state cache at slot id + ndefs * (k + 1) for the k-th (eval_state_slot). Set once
     * by the first eval_worker_new, under perm_lock. */
    const sema_instance **memo_insts;
    uint32_t nmemo_insts;
    bool memo_insts_ready;
    /* eval_set_pure: nothing the program calls is impure, so a definition with arguments may be
     * kept per state (argcache.c); by sema_def.id, whether d may be (0: not judged yet, 1, 2: no) */
    bool pure;
    _Atomic uint8_t *args_kept;
    /* fold.c: by sema_def.id, whether a RECURSIVE definition adds up over a set, and its shape */
    struct eval_fold *folds;
    /* letcache.c: by sema_def.id, whether a LET definition is kept for the run, and its free names */
    struct eval_let_free *let_free;
};

/* Where a worker is evaluating: its frame, which eval_protected saves and restores whole. The
 * worker holds these fields twice over in a union (by name, and as one eval_frame), so the two
 * declarations come from this one list. */
#define EVAL_FRAME_FIELDS                                                                          \
    const val *state;            /* the current state, or NULL at constant level */               \
    val *next;                   /* the next state being built (enumeration) or read */           \
    bool *next_bound;            /* which next-state variables are bound */                       \
    bool next_complete;          /* next is a whole given state (checking a transition) */        \
    bool init_mode;              /* enumerating Init: the state being built is `next` */          \
    bool has_at;                 /* inside EXCEPT: `@` stands for `at` */                         \
    uint32_t depth;              /* recursion depth, to report runaway recursion */               \
    val at;
typedef struct eval_frame { EVAL_FRAME_FIELDS } eval_frame;

typedef struct eval_bytes_view { const val *vals; const uint8_t *bytes; const uint32_t *offsets; } eval_bytes_view;
typedef struct eval_def_cache eval_def_cache;
typedef struct eval_arg_cache eval_arg_cache;

enum { EVAL_FIELD_GUESS_BITS = 9 };
enum { EVAL_MEMBER_SLOTS = 64 };

struct eval_worker {
    eval_program *ep;
    int id;
    bool action_args;            /* name actions with their arguments' values, as TLC's traces do */
    bool calls_entered;          /* keep eval_action.entered (eval_set_calls_entered) */
    bool quiet;                  /* Print and PrintT write nothing (eval_set_quiet) */
    arena scratch;
    union {                      /* the frame's fields by name, or all at once (eval_protected) */
        struct { EVAL_FRAME_FIELDS };
        eval_frame frame;
    };
    jmp_buf *unwind;             /* where evaluation errors jump (eval_protected, same thread only) */
    syn_loc call_locs[EVAL_ERROR_CALLS];   /* eval_enter_call's calls, by depth (kept by an error) */
    eval_error err;
    arena err_mem;
    uint32_t nsources;           /* eval_error.sources of the error being raised (eval_fail_in_sources) */
    uint32_t member_parts;       /* memberships in an operand of the set asked (builtin.c member_of_set_op) */
    syn_loc member_source;       /* ... and where that set is built */
    syn_loc sources[EVAL_ERROR_SOURCES];
    eval_stats stats;
    const eval_action *action;   /* the action being enumerated (for traces) */
    /* <<A>>_v whose v' ENABLED is evaluating on A's partial successor (NULL: none); outside the
     * frame (it would cost every frame copied), put back by the protected calls an error leaves */
    const struct syn_expr *fair_step;
    /* ENABLED read TLC's way (eval_enabled): the variables of the instances from enabled_cut up,
     * primed, are variables of their own, in the next-state slot of the root module's variable of
     * the same name or in slot nvars + 1 + j for abstract_vars[j] (NULL: no such ENABLED) */
    const subst_frame *enabled_cut;
    const struct sema_decl **abstract_vars;
    uint32_t nabstract;
    uint64_t intermediate;       /* states t of A \cdot B reached (eval_take_intermediate) */
    /* The caches below keep values made in the scratch arena past the evaluation that made them: a
     * new one is to be listed in transient.c, whose walk must refuse what fills it (the filters and
     * quantifiers that give the arena back after each element rely on that walk).
     * State-level definitions without parameters, cached for the current state: slot i is valid
     * while state_epoch[i] == epoch (bumped by every reset, so a reset clears the cache). */
    val *state_memo;
    uint32_t *state_epoch;
    uint32_t epoch;
    uint32_t epochs;             /* the epochs started so far (epoch may go back to base_epoch) */
    /* The state being expanded (eval_expanding) keeps a cache of its own, so that evaluations in
     * other states meanwhile (a successor's constraints) do not clear it: bank 0 is its cache,
     * bank 1 the other states'. */
    const val *base;
    uint32_t base_epoch;
    val *memo_bank[2];
    uint32_t *epoch_bank[2];
    /* The same, primed (the value in the next state), while the next state is a whole given state:
     * slot i is valid while next_epoch_of[i] == next_epoch, bumped whenever the state or the next
     * state may have changed (every evaluation given a next state, every switch of state). */
    val *next_memo;
    uint32_t *next_epoch_of;
    uint32_t next_epoch;
    /* defcache.c: the bytes of the current state [0] and of the next state [1], when the model
     * gave them (eval_state_bytes), and the values kept by those bytes */
    eval_bytes_view bytes_view[2];
    eval_def_cache *def_cache;
    eval_arg_cache *arg_cache;   /* argcache.c: definitions with arguments, for the current state */
    VEC(val) registers;          /* TLCSet/TLCGet registers */
    /* TLCGet was called: what is being evaluated depends on the run, not only on constants (a
     * constant definition that calls it is not memoised, see eval_memoised) */
    bool read_run;
    uint64_t rng;                /* the random generator's state (random.c) */
    /* eval_pick_action: the next enumeration of successors keeps one action's (nonzero: the draw) */
    uint64_t pick_draw;
    bool pick_one;
    uint64_t pick_rejected;      /* eval_pick_reject calls so far (only differences matter) */
    /* eval_pick_same_state: the branches of the first random choice of the last enumerations from the
     * same state found without successors, and how far each moved the draws (walk_one_branch) */
    struct pick_memo { bool same; uint32_t n; bool known[16]; uint64_t advance[16]; syn_loc loc[16]; } pick_memo;
    uint64_t pick_key;           /* eval_pick_same_state: the state's key (0: none) */
    const eval_pick_hooks *pick_hooks;   /* eval_set_pick_hooks, or NULL */
    /* Values of shared thunks (env.shared) for the current state, direct-mapped by address. */
    struct shared_memo { const env *thunk; uint32_t epoch; val v; } shared_memo[256];
    /* expr.c subst_value: the values of static instances' substitutions (memo_insts), by the
     * substitution's expression in a direct-mapped table, for the current state (valid while
     * epoch is the worker's) and primed for the step (while it is next_epoch); `outer`: the
     * instances entered before the substitution's own, innermost first (NULL after the last) */
    struct subst_memo {
        const struct syn_expr *sub;
        const sema_instance *outer[EVAL_SUBST_OUTER];
        uint32_t epoch;
        val v;
    } subst_state[32], subst_next[32];
    struct walk_plans *walk_plans;   /* enumerate.c: conjunction lists as steps, made on first walk */
    /* compile.c's r.f: where f was found last in r's domain, by the node's field_guess (a hash of its
     * address: two nodes may share an entry, a guess is checked before it is used). The worker's own,
     * not the node's: a word the workers wrote in turn went back and forth between their cores. */
    uint16_t field_at[1 << EVAL_FIELD_GUESS_BITS];
    /* compile.c member_of_variable: x \in v, v a state variable, found for the current state (valid
     * while epoch is the worker's), by v and x's bits in a direct-mapped table */
    struct member_memo { uint32_t epoch; uint32_t var; val x; bool in; } member_memo[EVAL_MEMBER_SLOTS];
};

/* The slot of the per-state cache for definition d evaluated with body's substitutions (see
 * eval_program.memo_insts), or UINT32_MAX when they are not those of one such instance. */
static inline uint32_t eval_state_slot(const eval_program *ep, ctx body, const sema_def *d)
{
    const subst_frame *f = ctx_subst(body);
    if (!f) return d->id;
    if (f->up) return UINT32_MAX;
    for (uint32_t k = 0; k < ep->nmemo_insts; k++)
        if (ep->memo_insts[k] == f->inst) return d->id + ep->ndefs * (k + 1);
    return UINT32_MAX;
}

/* ---- protected calls (eval.c) ----
 * The worker's frame is where it is evaluating (w->frame, eval_frame above). Every call that
 * catches evaluation errors goes through eval_protected, the one setjmp of the evaluator: it enters
 * a frame, runs the body with an unwind target, and gives the worker back its whole frame, after
 * the body returns or after an error unwinds to it. The current state changes only through
 * eval_switch_state, which starts a new cache epoch with it. */
typedef void (*eval_body)(eval_worker *w, void *data);

/* Run body(w, data) in frame f: false after an evaluation error (in eval_worker_error). */
bool eval_protected(eval_worker *w, const eval_frame *f, eval_body body, void *data);
/* Unwind the error just caught (by eval_protected) on to the enclosing protected call. */
_Noreturn void eval_rethrow(eval_worker *w);
/* Make `state` the current state. The per-state cache holds for one state, so a new epoch starts
 * when the state changes, and always when `anew` (a buffer that now holds another state). */
void eval_switch_state(eval_worker *w, const val *state, bool anew);

/* The error about to be raised met in the values built at sources[0..n) (eval_error.sources): kept
 * for it by the next eval_fail*, which must follow. */
void eval_fail_in_sources(eval_worker *w, const syn_loc *sources, uint32_t n);
/* Is e (parentheses aside) an expression TLC gives its value's place (a set, function, record or tuple
 * built there)? */
bool eval_builds_sourced(const struct syn_expr *e);
/* Report an error and unwind to the enclosing eval_* entry point. */
_Noreturn void eval_fail(eval_worker *w, syn_loc loc, const char *fmt, ...) __attribute__((format(printf, 3, 4)));
/* An error TLC reports under an error code of its own (eval_error.coded): its modules' errors. */
_Noreturn void eval_fail_coded(eval_worker *w, syn_loc loc, const char *fmt, ...) __attribute__((format(printf, 3, 4)));
/* An error of a kind TLC reports under a code of its own (eval_error_kind). */
/* A successor left incomplete: the error (EVAL_KIND_INCOMPLETE) with the state as TLC shows it. */
_Noreturn void eval_fail_incomplete(eval_worker *w, syn_loc loc, const char *state, const char *fmt, ...)
    __attribute__((format(printf, 4, 5)));
_Noreturn void eval_fail_kind(eval_worker *w, eval_error_kind kind, syn_loc loc, const char *fmt, ...)
    __attribute__((format(printf, 4, 5)));
/* ENABLED <<A>>_v (w->fair_step) reading v's variable d primed where A left it without a value: TLC
 * stops with its error for WF_v(A) and SF_v(A) (an unexpected exception), whatever the ENABLED. */
_Noreturn void eval_fail_unspecified_fair(eval_worker *w, const sema_decl *d, syn_loc loc);
/* One call deeper (into `name`, or NULL for a LET definition or an argument): a located error past
 * EVAL_MAX_DEPTH calls or when the stack runs low. The caller decrements w->depth on the way out.
 * The call's place is kept by depth, for an error's list of calls (eval_error.calls). */
void eval_enter_call(eval_worker *w, syn_loc loc, const char *name);
_Noreturn void eval_fail_too_deep(eval_worker *w, syn_loc loc, const char *name);
/* eval_enter_call without the stack's watch: for a call level that a loop enters in place of the
 * call (fold.c), its stack not growing. */
static inline void eval_enter_level(eval_worker *w, syn_loc loc, const char *name)
{
    if (++w->depth <= EVAL_ERROR_CALLS) w->call_locs[w->depth - 1] = loc;
    if (w->depth > EVAL_MAX_DEPTH) eval_fail_too_deep(w, loc, name);
}
_Noreturn void eval_fail_assert(eval_worker *w, syn_loc loc, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));
/* Evaluate e, catching an evaluation error: false with the error in eval_worker_error (for
 * AssertError). The worker's frame is as it was before the call either way. */
bool eval_try(eval_worker *w, ctx c, const syn_expr *e, val *out);
/* Turn a val_* status into an evaluation error at `loc` (inline: VAL_OK costs one test). */
_Noreturn void eval_check_failed(eval_worker *w, syn_loc loc, val_status st);
/* eval_check_failed for the arithmetic a op b: an overflow in TLC's words ("Overflow when computing
 * 2147483647+1", op as TLC prints it: "+", "-", "*", "^", " \div "). */
_Noreturn void eval_arith_failed(eval_worker *w, syn_loc loc, val_status st, int64_t a, const char *op, int64_t b);
/* The core's errors in TLC's words (builtin.c). */
/* TLC's words for px.equals(py) (equality) or px.compareTo(py) of two values of kinds it does not
 * compare, where px's kind has them (its IntValue, StringValue, BoolValue and SetEnumValue); NULL
 * where it has none here. */
const char *eval_refusal_words(eval_worker *w, bool equality, val px, val py);
_Noreturn void eval_fail_not_function(eval_worker *w, syn_loc loc, val f);
_Noreturn void eval_fail_not_in_domain(eval_worker *w, syn_loc loc, val f, val arg);
/* The same for f[arg] whose function fn is written [x \in S |-> e] in place: TLC's words for it. */
_Noreturn void eval_fail_not_in_domain_of(eval_worker *w, syn_loc loc, const syn_expr *fn, val f, val arg);
_Noreturn void eval_fail_no_field(eval_worker *w, syn_loc loc, val r, const char *field);
/* A CASE none of whose guards holds and that has no OTHER arm: TLC's message, naming the CASE. */
_Noreturn void eval_fail_no_case_arm(eval_worker *w, syn_loc loc);
_Noreturn void eval_fail_choose_none(eval_worker *w, syn_loc loc);
static inline void eval_check(eval_worker *w, syn_loc loc, val_status st)
{
    if (st != VAL_OK) eval_check_failed(w, loc, st);
}

/* constcache.c: closed constant sub-expressions, evaluated once per run. The analysis runs once per
 * program, before its first worker evaluates anything (after the .cfg's overrides are set). */
void eval_cache_prepare(eval_program *ep);
void eval_cache_free(eval_program *ep);
/* The value of e (with a slot): kept from an earlier evaluation in c's instance, or computed. */
val eval_cached(eval_worker *w, ctx c, const syn_expr *e);
/* Is e's value in context c kept already? */
bool eval_cache_kept(eval_worker *w, ctx c, const syn_expr *e);
/* Can e, outside any instance, be evaluated whole without an error? Tried (and remembered when it
 * fails) only for a constant, pure e not yet kept; true for anything else. A use that needs only
 * part of the value (a membership test in a filter) then evaluates it as written, as TLC does. */
bool eval_cache_buildable(eval_worker *w, ctx c, const syn_expr *e);

/* defcache.c: a kept value of d in the current (or, primed, the next) state, and keeping one. */
bool eval_def_cache_get(eval_worker *w, const sema_def *d, bool primed, val *out);
void eval_def_cache_put(eval_worker *w, const sema_def *d, bool primed, val v);
/* Which of ep->subst_keyed is sub with the instances outer[EVAL_SUBST_OUTER] around its own (NULL
 * past the last), or UINT32_MAX: the model's few (Barriers: one). */
uint32_t eval_subst_keyed_index(const eval_program *ep, const struct syn_expr *sub, const sema_instance *const *outer);
/* The same for the i-th of ep->subst_keyed. */
bool eval_subst_cache_get(eval_worker *w, uint32_t i, bool primed, val *out);
void eval_subst_cache_put(eval_worker *w, uint32_t i, bool primed, val v);
void eval_def_cache_free(eval_def_cache *c);
/* At a worker's reset (nothing found in the cache is in use): empty it if it is past its budget. */
void eval_def_cache_trim(eval_def_cache *c);

/* argcache.c: the values of definitions with at most EVAL_ARGS_KEPT arguments for the current state
 * (its cache epoch), by definition, the static instances it is evaluated through (innermost first)
 * and the arguments' values. */
enum { EVAL_ARGS_KEPT = 4, EVAL_INSTS_KEPT = 3 };
typedef struct eval_arg_key {
    uint32_t def, ninsts, nargs;
    const sema_instance *insts[EVAL_INSTS_KEPT];
    val args[EVAL_ARGS_KEPT];
} eval_arg_key;
/* The watch on each definition kept, first in a worker's cache: lookups and lookups that found the
 * value, by sema_def.id. After EVAL_ARG_PROBE lookups, one found less than one time in EVAL_ARG_RATIO
 * is no longer kept by the worker; as it is no longer looked up, its counts stay: given up for good. */
enum { EVAL_ARG_PROBE = 256, EVAL_ARG_RATIO = 4 };
typedef struct eval_arg_watch { uint32_t *tries, *hits; } eval_arg_watch;
/* Is definition def still worth keeping in this worker (found often enough so far)? In line: it is
 * asked on every call and every force of a LET that may be kept, most often to hear no. */
static inline bool eval_arg_cache_wanted(const eval_worker *w, uint32_t def)
{
    const eval_arg_watch *c = (const eval_arg_watch *)w->arg_cache;   /* the cache's first member */
    return !c || c->tries[def] < EVAL_ARG_PROBE || c->hits[def] * EVAL_ARG_RATIO >= c->tries[def];
}
/* A lookup of def that could not be made (no key): counted as a lookup not found. */
void eval_arg_cache_missed(eval_worker *w, uint32_t def);
bool eval_arg_cache_get(eval_worker *w, const eval_arg_key *k, val *out);
void eval_arg_cache_put(eval_worker *w, const eval_arg_key *k, val v);
/* Is d's value under k the same for the whole run (d constant-level, no instance, scalar arguments)?
 * (In line: asked on every call kept.) Then it is kept apart, for the run: run_get finds it, run_put keeps v (a copy in the program's
 * permanent arena, which it returns; v itself when the table is full or v holds a lazy value). */
static inline bool eval_arg_cache_for_run(const sema_def *d, const eval_arg_key *k)
{
    if (d->level != LEVEL_CONSTANT || k->ninsts) return false;
    for (uint32_t i = 0; i < k->nargs; i++)   /* scalars: booleans, numbers, strings, model values */
        if (k->args[i].kind != VAL_BOOL && k->args[i].kind != VAL_INT && k->args[i].kind != VAL_STR &&
            k->args[i].kind != VAL_MODEL)
            return false;
    return true;
}
bool eval_arg_cache_run_get(eval_worker *w, const eval_arg_key *k, val *out);
val eval_arg_cache_run_put(eval_worker *w, const eval_arg_key *k, val v);
/* The same for a LET definition kept for the run (letcache.c): its key's values may be small values
 * (compared by content, and copied to the permanent arena with the value); may v be one of them? */
bool eval_arg_cache_let_get(eval_worker *w, const eval_arg_key *k, val *out);
val eval_arg_cache_let_put(eval_worker *w, const eval_arg_key *k, val v);
bool eval_arg_cache_run_key(val v);
/* letcache.c: a LET definition's thunk t forced, its value kept for the run by the values of the
 * bound names its body reads, where it may be (see letcache.c): called where eval_let_may_keep said
 * it might (the watch asked already); eval_let_cache_init/free make and
 * free eval_program.let_free. */
val eval_let_force(eval_worker *w, const env *t);
enum { EVAL_LET_UNJUDGED = 0, EVAL_LET_KEPT = 1, EVAL_LET_NOT_KEPT = 2 };
typedef struct eval_let_free {
    _Atomic uint8_t verdict;     /* EVAL_LET_*, set once under perm_lock */
    uint8_t n;
    const sema_binder *names[EVAL_ARGS_KEPT];
} eval_let_free;
/* May the LET definition bound at thunk t be kept (not judged yet, or judged so, and not given up
 * by this worker's watch)? In line: most LET definitions are judged not kept, or given up (Sum's
 * `x == CHOOSE x \in S : TRUE`), and then forced as any thunk. One made after the program (an
 * expression evaluated by the REPL or a test: its id is past ep->ndefs) is not. */
static inline bool eval_let_may_keep(const eval_worker *w, const env *t)
{
    const eval_program *ep = w->ep;
    if (t->binder->kind != BINDER_LET_DEF || t->binder->let_def->id >= ep->ndefs) return false;
    uint32_t id = t->binder->let_def->id;
    return atomic_load_explicit(&ep->let_free[id].verdict, memory_order_relaxed) != EVAL_LET_NOT_KEPT &&
           eval_arg_cache_wanted(w, id);
}
/* fold.c: a RECURSIVE definition `D(.., S, ..) == IF S = {} THEN base ELSE LET x == CHOOSE y \in S :
 * TRUE IN term + D(.., S \ {x}, ..)` (eval_program.folds): S, x, term, base, the recursive call. */
typedef struct eval_fold_shape {
    const syn_expr *set;
    const sema_binder *member;
    const syn_expr *term, *base, *call;
} eval_fold_shape;
typedef struct eval_fold {
    _Atomic uint8_t judged;   /* 0: not yet, 1: shape holds d's, 2: not a fold */
    eval_fold_shape shape;
} eval_fold;
/* d's body evaluated in `body` (its parameters bound, its call entered) as a loop over S's members,
 * where d is such a fold: false where the calls must evaluate it (not a fold, S not an explicit set or
 * interval, a term or base not an integer, an overflow), with nothing left behind but forced
 * arguments. */
bool eval_fold_run(eval_worker *w, ctx body, const sema_def *d, val *out);
/* The same for any definition: in line, so that a RECURSIVE definition judged no fold (btree's
 * FindLeafNode) costs one load, and any other one test. */
static inline bool eval_fold_try(eval_worker *w, ctx body, const sema_def *d, val *out)
{
    return d->recursive && atomic_load_explicit(&w->ep->folds[d->id].judged, memory_order_relaxed) != 2 &&
           eval_fold_run(w, body, d, out);
}
void eval_let_cache_init(eval_program *ep);
void eval_let_cache_free(eval_program *ep);
/* expr.c: does d's body walk a set or a function (a quantifier, a set former, CHOOSE, a RECURSIVE
 * or native call...), here or in what it calls? */
bool eval_def_iterates(const sema_def *d);
/* expr.c: judge whether definition d may be kept by its arguments' values (eval_program.args_kept). */
bool eval_args_judge(eval_program *ep, const sema_def *d);
/* May d called from c be kept by its arguments' values (then eval_call keeps it)? Inline: most calls
 * are of definitions judged already. */
static inline bool eval_args_may_keep(eval_worker *w, ctx c, const sema_def *d)
{
    uint8_t kept = atomic_load_explicit(&w->ep->args_kept[d->id], memory_order_relaxed);
    if (kept == 2 || (!kept && !eval_args_judge(w->ep, d))) return false;
    return !ctx_primed(c) && !w->init_mode && w->state;
}
void eval_arg_cache_free(eval_arg_cache *c);

/* compile.c: every expression of a sema program translated once into a compiled node, a handler
 * chosen for its exact shape with its operands resolved (child nodes, the variable's index, the
 * constant's value, the builtin, the definition), so that evaluating it is one indirect call with
 * no dispatch on its kind. Shapes without a handler of their own get the interpreter's (eval_node),
 * whose children are compiled again. A node holds nothing that depends on an eval program: the
 * .cfg's overrides, the substitutions and primes of the context are looked at when it runs, and a
 * handler gives the node to the interpreter wherever they make it differ from the plain case.
 * Threads: the nodes are built by eval_compile_program, once per sema program, under the first
 * eval program's perm_lock in eval_cache_prepare (before any worker evaluates), in the sema
 * program's arena; after that they are read-only and shared by every worker. Expressions made
 * later (--eval, the REPL, the model's own) have none and are interpreted. */
typedef struct eval_cnode eval_cnode;
typedef struct eval_record_shape eval_record_shape;   /* compile.c: a record constructor's fields by name */
typedef struct eval_except_shape eval_except_shape;   /* compile.c: an EXCEPT's paths, by their kids */
typedef val (*eval_cfn)(eval_worker *w, ctx c, const eval_cnode *k);
struct eval_cnode {
    eval_cfn fn;                 /* evaluates the node */
    const syn_expr *e;           /* the node: its location for errors, and the interpreter's fall-back */
    const eval_cnode *plain;     /* the same without the cache of constants (itself when it has no slot) */
    union {
        val v;                   /* a literal */
        const sema_decl *decl;   /* a variable or constant */
        const sema_binder *binder;
        const sema_def *def;     /* a definition called (or, for \in, whose body may be a set form) */
        sema_builtin builtin;
        const eval_record_shape *rec;
        const eval_except_shape *except;
        uint32_t field_guess;    /* r.f: its entry in eval_worker.field_at */
        uint32_t probe_at;       /* {x \in S : <<..., x, ...>> \in T}: 1 + x's place in the tuple, or 0 */
    } u;
    uint32_t nkids;
    const eval_cnode *kids[];    /* the operands' nodes, in the order the handler evaluates them */
};
void eval_compile_program(sema_program *p);
/* x, an expression of d's body (an action's guard, or a part of it), compiled under the substitution
 * of a call `d(args)`: to be evaluated in the caller's context, unprimed, before the call binds its
 * parameters, with the value and the errors (their words and places) x has in the body. Each
 * parameter is read as its argument's node, the caller's; an argument is a literal or a name (any
 * other expression: NULL). With outer, the call stands in outer's body, called as `outer(oargs)`,
 * and x is to be read from outer's caller's context: each argument of d is a literal, or a name of
 * one of outer's parameters, read as that parameter's argument (a literal or a name). Every node
 * naming a parameter is compiled anew, with the handler the compiler chooses for it; NULL where one
 * of them takes an operand from the tree rather than from its kids (the interpreter, a call, a LET,
 * ...: compile.c's handlers[]), where x names a bound name it does not bind itself, a definition the
 * .cfg overrides, or a prime, where d (or outer) has an operator parameter (made from its argument
 * when bound), or where a call is inside x (its names could be x's). Nodes naming no parameter are
 * x's own. The new nodes live in mem (the caller's: a worker's plans). */
const eval_cnode *eval_compile_substituted(const eval_program *ep, arena *mem, const syn_expr *x, const sema_def *d,
                                           const syn_expr *call, const sema_def *outer, const syn_expr *outer_call);
/* x where e is compiled as x' (the operand's expression, stripped), else NULL. */
const syn_expr *eval_compiled_primed(const syn_expr *e);
/* The root variable e is compiled to read (a variable of the root module, named without an instance
 * path: its value in the state, outside any instance substitution), else UINT32_MAX. */
uint32_t eval_compiled_variable(const syn_expr *e);

/* enumerate.c: a worker's plans of conjunction lists (NULL: none made). */
void eval_walk_plans_free(struct walk_plans *p);

/* expr.c */
/* The interpreter: e's value from the cache of constants when it has a slot, else eval_node. */
val eval_interpret(eval_worker *w, ctx c, const syn_expr *e);
/* `<<x, y>> \in S`'s names bound to the parts of elem, a tuple of as many (else an error at loc). */
env *eval_bind_tuple(eval_worker *w, env *up, const syn_bound *b, val elem, syn_loc loc);
/* The value of e: its compiled node's, or the interpreter's. */
static inline val eval_expr(eval_worker *w, ctx c, const syn_expr *e)
{
    const eval_cnode *k = e->compiled;
    return k ? k->fn(w, c, k) : eval_interpret(w, c, e);
}
/* The interpreter's evaluation of e itself (no cache of constants: constcache.c calls it). */
val eval_node(eval_worker *w, ctx c, const syn_expr *e);
/* The same through the compiled node where there is one. */
static inline val eval_plain(eval_worker *w, ctx c, const syn_expr *e)
{
    const eval_cnode *k = e->compiled;
    return k ? k->plain->fn(w, c, k->plain) : eval_node(w, c, e);
}
_Noreturn void eval_fail_not_boolean(eval_worker *w, const syn_expr *e, val v);
/* e's value v is not a Boolean where expression `in` needs one: TLC's words by the kind of `in`. */
_Noreturn void eval_fail_truth_in(eval_worker *w, const syn_expr *in, const syn_expr *e, val v);
_Noreturn void eval_fail_not_negatable(eval_worker *w, syn_loc loc, val v);   /* ~v */
/* IF's condition, valued v, not a Boolean where the IF `ite` chooses a part of an action. */
_Noreturn void eval_fail_action_if_not_boolean(eval_worker *w, const syn_expr *ite, bool init, val v);
_Noreturn void eval_fail_equiv_not_boolean(eval_worker *w, syn_loc loc);      /* P <=> Q */
static inline bool eval_truth(eval_worker *w, ctx c, const syn_expr *e)
{
    val v = eval_expr(w, c, e);
    if (!val_is_bool(v)) eval_fail_not_boolean(w, e, v);
    return val_get_bool(v);
}
/* eval_truth of e, an operand of `in`, with TLC's words for `in` when it is no Boolean. */
static inline bool eval_truth_in(eval_worker *w, ctx c, const syn_expr *in, const syn_expr *e)
{
    val v = eval_expr(w, c, e);
    if (!val_is_bool(v)) eval_fail_truth_in(w, in, e, v);
    return val_get_bool(v);
}
/* Reading a variable (primed: in the next state), with the interpreter's errors. */
int eval_abstract_slot(const eval_worker *w, const subst_frame *f, const struct sema_decl *d);
val eval_read_variable(eval_worker *w, const sema_decl *d, bool primed, syn_loc loc);
/* The name e stands for in c outside the instances entered (through plain-name substitutions), in
 * context *where; NULL when there is none. */
const syn_expr *eval_root_name(ctx c, const syn_expr *e, ctx *where);
/* A bound name that is not a plain value (an operator applied, a thunk forced). */
val eval_bound(eval_worker *w, ctx c, const syn_expr *e, env *b);
/* A constant-level definition without parameters: evaluated once, kept. */
val eval_memoised(eval_worker *w, const sema_def *d);
/* A bound name's node holding a value (eval_set_value: its fields, the `up` link is the caller's to
 * set). Only the fields a value's node reads are written: the evaluator binds at every step, and
 * these nodes are most of what it allocates. In line: quantifiers bind one per element. */
static inline void eval_set_value(env *e, const sema_binder *b, val v)
{
    e->binder = b;
    e->kind = ENV_VALUE;
    e->forced = true;
    e->shared = false;
    e->v = v;
}
static inline env *eval_push_value(eval_worker *w, env *up, const sema_binder *b, val v)
{
    env *e = arena_alloc(&w->scratch, sizeof *e);
    eval_set_value(e, b, v);
    e->up = up;
    return e;
}
static inline env *eval_lookup(env *e, const sema_binder *b)
{
    for (; e; e = e->up)
        if (e->binder == b) return e;
    return NULL;
}
/* The value of bound name b read without evaluating anything: a value, or a thunk forced (or known)
 * in this state, read unprimed. */
static inline bool eval_bound_ready(const eval_worker *w, ctx c, const env *b)
{
    return b->kind == ENV_VALUE ||
           (b->kind == ENV_THUNK && (b->forced | b->known) && b->epoch == w->epoch && !ctx_primed(c));
}
val eval_apply_op(eval_worker *w, const opval *op, const val *args, uint32_t nargs, syn_loc loc);
opval eval_op_arg(eval_worker *w, ctx c, const syn_expr *arg);
/* The value of a definition reached through `ref` with `args` (call-by-name). */
val eval_call(eval_worker *w, ctx c, const syn_expr *call);
/* Is v' = v on the step being evaluated? */
bool eval_unchanged(eval_worker *w, ctx c, const syn_expr *v, syn_loc loc, bool state_first);
/* e = <<A>>_v in the liveness checker's order: v in both states, then A on a step that changes v. */
val eval_angle_step(eval_worker *w, ctx c, const syn_expr *e);
/* The set expression e as a set filter {x \in S : P}, a map {f : x \in S}, or a \cup, \cap, \ or UNION,
 * written so or as the body of the definition e calls (its parameters bound in *where), so that
 * membership can be decided without building the set. NULL for other forms, and where the value
 * is kept anyway (constants; parameterless state-level definitions, except filters). */
const syn_expr *eval_set_form(eval_worker *w, ctx c, const syn_expr *e, ctx *where);
/* Enter the instances of a reference path; returns the context to evaluate the target in. */
ctx eval_enter_path(eval_worker *w, ctx c, const sema_inst_step *path, uint32_t npath);
/* Bind parameter p, in node e (its `up` link left to the caller), to argument arg of a call from
 * `caller`: a value, an operator, or a call-by-name thunk (see expr.c's bind_argument). */
void eval_bind_param(eval_worker *w, env *e, const sema_binder *p, const syn_expr *arg, ctx caller);
/* The caller's node of the name arg, when arg is a name bound to a value there (an action's `p` from
 * `\E p \in Proc`: the usual argument), else NULL. */
static inline const env *eval_value_arg(ctx caller, const syn_expr *arg)
{
    if (arg->kind != SX_APPLY || arg->u.apply.nargs) return NULL;
    const sema_ref *r = arg->u.apply.res;
    if (!r || r->kind != REF_BOUND) return NULL;
    const env *b = eval_lookup(caller.env, r->binder);
    return b && b->kind == ENV_VALUE ? b : NULL;
}
/* Bind the parameters of a definition to call-by-name arguments; returns the body's context. The
 * parameters' nodes are one block, chained in the parameters' order (the first the oldest, as the
 * enumerator's splits read them). In line: the enumerator binds an action's parameters for every
 * action it tries, and most are names bound to values. */
static inline ctx eval_bind_params(eval_worker *w, ctx body_ctx, ctx caller, const sema_def *d,
                                   syn_expr *const *args, uint32_t nargs)
{
    uint32_t n = d->nparams < nargs ? d->nparams : nargs;
    if (!n) return body_ctx;
    env *nodes = arena_alloc(&w->scratch, sizeof(env) * n);
    env *up = body_ctx.env;
    for (uint32_t i = 0; i < n; i++) {
        const sema_binder *p = d->params[i];
        const env *b = p->arity ? NULL : eval_value_arg(caller, args[i]);
        if (b) eval_set_value(&nodes[i], p, b->v);
        else eval_bind_param(w, &nodes[i], p, args[i], caller);
        nodes[i].up = up;
        up = &nodes[i];
    }
    body_ctx.env = up;
    return body_ctx;
}
bool eval_decl_as_def(eval_worker *w, ctx c, const sema_decl *d, const sema_def **def, ctx *where);
/* The arguments of f[a, b] as one value (a tuple when there are several). */
val eval_arg_tuple(eval_worker *w, ctx c, syn_expr *const *args, uint32_t n);
/* The function definition f[x \in S] == e the name fn denotes (NULL if none), with the context to
 * evaluate e in; and that context with x bound to arg (an error when arg is not in S). */
const sema_def *eval_function_def(eval_worker *w, ctx c, const syn_expr *fn, ctx *body);
ctx eval_bind_function_arg(eval_worker *w, ctx body, const sema_def *d, val arg, const syn_expr *call);
/* {x \in S : P} and [x \in S |-> e] (one name) with S's value given. */
val eval_filter_of(eval_worker *w, ctx c, const syn_expr *e, val set);
/* transient.c: does evaluating e in c leave nothing in the scratch arena that outlives its value
 * (no cache or thunk keeps what it makes)? Then the arena may be given back after it. Each cache a
 * worker keeps values in is known to it by name (see transient.c's list). */
bool eval_transient(const eval_worker *w, ctx c, const syn_expr *e);
/* Part `part` of nparts of the values of set expression e, in the order iterating it gives them: the
 * parts in order, concatenated, are all its values in that order. The positions are split evenly; of
 * a filter {x \in T : P}, T's are, and P is evaluated on the part's only. A set whose size is not
 * known (infinite, not a set) is part 0's whole, with the errors iterating it meets. In scratch. */
uint32_t eval_set_part(eval_worker *w, ctx c, const syn_expr *e, uint32_t part, uint32_t nparts, const val **out);
val eval_func_of(eval_worker *w, ctx c, const syn_expr *e, val set);
/* In \E x \in S : x = v' /\ P (or v' = x /\ P, or without P), the primed variable v' whose value
 * fixes x (checking a step, its value is tested instead of enumerating S); NULL for other forms. */
const syn_expr *eval_prime_fixing(const syn_expr *e);
/* An EXCEPT's path reaching f, neither a function nor a record nor a sequence: TLC's words. */
_Noreturn void eval_fail_except_not_function(eval_worker *w, syn_loc loc, val f);
/* EXCEPT e's path left its value's domain: TLC's warning (eval_set_except_warning). */
void eval_warn_except_outside(eval_worker *w, const syn_expr *e);
/* [f EXCEPT ![a][b] = e, !.x = e2], the interpreter's (compile.c's c_except: the same, compiled). */
val eval_except(eval_worker *w, ctx c, const syn_expr *e);
/* The context of a LET's body (its definitions bound). */
ctx eval_bind_let(eval_worker *w, ctx c, const syn_expr *e);
/* Iterate a set's elements (enumerating lazily where possible). fn returns false to stop. */
typedef bool (*eval_elem_fn)(eval_worker *w, void *data, val elem);
void eval_for_each(eval_worker *w, val set, syn_loc loc, eval_elem_fn fn, void *data);
/* The same over the set of bound `group` of binding form `form` (\E, \A, CHOOSE, {e : x \in S}, ...):
 * a set it cannot list fails in TLC's words for the form. */
void eval_for_each_bound(eval_worker *w, val set, const syn_expr *form, uint32_t group, eval_elem_fn fn, void *data);
/* Bound `group` of form, just evaluated to set, when the form has more (TLC tests each in turn). */
void eval_check_bound(eval_worker *w, const syn_expr *form, uint32_t group, val set);
/* Bind the names of a run of bound groups to every combination of elements, calling fn with the
 * extended context; fn returns false to stop. `x, y \in S` binds x and y independently;
 * `<<x, y>> \in S` destructures one element. A bound that is no set fails as a quantifier's at loc. */
typedef bool (*eval_bind_fn)(eval_worker *w, void *data, ctx inner);
void eval_for_bindings(eval_worker *w, ctx c, const syn_bound *bounds, uint32_t n, syn_loc loc, eval_bind_fn fn,
                       void *data);
/* The definition d stands for after the .cfg's overrides (`d <- Other`). */
static inline const sema_def *eval_effective_def(const eval_program *ep, const sema_def *d)
{
    const sema_def *o = ep->def_override[d->id];
    return o ? o : d;
}
/* The definition a reference to d evaluates: overridden, unless named through an INSTANCE. As TLC:
 * an override (`Op <- Other`) replaces the definition Op, while I!Op through a named INSTANCE is
 * another definition, which keeps its meaning (a spec may define Other with I!Op). */
static inline const sema_def *eval_ref_def(const eval_program *ep, const sema_def *d, const sema_ref *ref)
{
    bool named_instance = ref && ref->npath && ref->path[0].inst->name;
    return named_instance ? d : eval_effective_def(ep, d);
}

/* builtin.c */
val eval_builtin(eval_worker *w, ctx c, const syn_expr *e, sema_builtin b);
val eval_builtin_values(eval_worker *w, sema_builtin b, const val *args, uint32_t nargs, syn_loc loc);
/* eval_builtin_values for the builtin applied by e (an SX_APPLY) to the values args of its arguments,
 * whose forms decide TLC's words where it refuses them. */
val eval_builtin_applied(eval_worker *w, ctx c, sema_builtin b, const val *args, const struct syn_expr *e);
bool eval_equal(eval_worker *w, val a, val b, syn_loc loc);
bool eval_member(eval_worker *w, val x, val set, syn_loc loc);
/* eval_member where set is the value of set_expr, whose form decides TLC's words for a refusal. */
bool eval_member_at(eval_worker *w, val x, val set, const syn_expr *set_expr);
/* TLC's sets that are values of Java overrides of its standard modules (Nat, Int, STRING, Seq(S)):
 * not Enumerable in TLC, whatever their use. */
static inline bool eval_overridden_set(val s)
{
    if (s.kind != VAL_LAZY) return false;
    val_lazy_kind k = s.u.lazy->kind;
    return k == LAZY_SEQSET || k == LAZY_NAT || k == LAZY_INT || k == LAZY_STRING;
}
val eval_set_of(eval_worker *w, val *vs, size_t n, syn_loc loc);
bool eval_member_listed(eval_worker *w, val x, const val *vs, size_t n, syn_loc loc);
/* x \in set_expr, deciding membership in set filters and maps without building them. */
bool eval_member_of(eval_worker *w, ctx c, val x, const syn_expr *set_expr);

/* natives: argument access for native operators */
struct native_call {
    eval_worker *w;
    ctx c;
    const syn_expr *expr;        /* the call (NULL when applied to values as an operator argument) */
    syn_expr *const *args;       /* the argument expressions, or ... */
    uint32_t nargs;
    const val *vals;             /* ... their values, when the native was passed as an operator */
    syn_loc loc;
};
/* Evaluate argument i (in line: the arithmetic natives call it for every operand). */
static inline val native_arg(native_call *call, uint32_t i)
{
    return call->vals ? call->vals[i] : eval_expr(call->w, call->c, call->args[i]);
}
opval native_op_arg(native_call *call, uint32_t i);       /* argument i as an operator */
_Noreturn void native_int_failed(native_call *call, uint32_t i, val v);
/* A Naturals/Integers operator applied (at loc) to v, not an integer, as TLC fails there. The
 * comparisons check their arguments: "The first argument of < should be an integer", under TLC's
 * code (exit 255 in an action). The others are Java methods taking IntValue (`java`: the method as
 * TLC names it, NATIVE_INTEGERS_METHOD), where the cast fails: TLC wraps that as an unexpected
 * exception (exit 75 in an action). */
_Noreturn void native_int_compare_failed(eval_worker *w, syn_loc loc, const char *op, uint32_t i, val v);
_Noreturn void native_int_cast_failed(eval_worker *w, syn_loc loc, const char *java, val v);
#define NATIVE_INTEGERS_METHOD(result, name, params)                                                        \
    "public static tlc2.value.impl." result " tlc2.module.Integers." name "(" params ")"
#define NATIVE_INT_PARAM "tlc2.value.impl.IntValue"
#define NATIVE_INT_PARAMS NATIVE_INT_PARAM "," NATIVE_INT_PARAM
static inline int64_t native_int_arg(native_call *call, uint32_t i)
{
    val v = native_arg(call, i);
    if (!val_is_int(v)) native_int_failed(call, i, v);
    return val_get_int(v);
}
val native_set_arg(native_call *call, uint32_t i);        /* an enumerated (explicit) set */
val native_enumerate(native_call *call, val set);         /* the same for a value the native computed */
val native_seq_arg(native_call *call, uint32_t i, const char *op);    /* a sequence (op names the operator) */
val native_func_arg(native_call *call, uint32_t i, const char *op);   /* a function, sequences included */
/* The points of a function: keys in order (dom NULL for a sequence: 1..n) and their values. */
typedef struct native_points { uint32_t n; const val *dom, *rng; } native_points;
native_points native_points_of(val f);
static inline val native_key(native_points p, uint32_t i) { return p.dom ? p.dom[i] : val_int((int64_t)i + 1); }
val native_apply(native_call *call, const opval *op, const val *args, uint32_t nargs);
bool native_holds(native_call *call, const opval *op, val x);        /* a Boolean-valued operator on x */
bool native_equal(native_call *call, val a, val b);                  /* a = b, an error where TLC refuses */
_Noreturn void native_fail(native_call *call, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
native_fn eval_find_native(atom module, atom name);
/* Text and lists that natives build in the worker's scratch arena, so that an error unwinding
 * through them leaves nothing to free. The text is always NUL-terminated. */
typedef struct native_text { arena *a; char *s; size_t len, cap; } native_text;
void native_text_put(native_text *t, const char *s, size_t n);
void native_text_printf(native_text *t, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
typedef struct native_list { arena *a; val *items; uint32_t len, cap; } native_list;
void native_list_push(native_list *l, val v);

/* random.c */
/* Draws for a constant definition (key: its id) until eval_random_leave gives back `saved`. */
uint64_t eval_random_enter(eval_worker *w, uint64_t key);
void eval_random_leave(eval_worker *w, uint64_t saved);
uint64_t eval_random_below(eval_worker *w, uint64_t n);   /* uniform in 0..n-1 (n = 0: 0..2^64-1) */
double eval_random_unit(eval_worker *w);                   /* uniform in [0, 1) */

/* enumerate.c */
/* Evaluate ENABLED A in the worker's current state. */
bool eval_enabled(eval_worker *w, ctx c, const syn_expr *action);
/* Evaluate A \cdot B (the builtin application e) on the step from the current state to `next`. */
bool eval_composition(eval_worker *w, ctx c, const syn_expr *e);
/* The error for reading, in B of A \cdot B, a variable that A left without a value. */
_Noreturn void eval_fail_unset_variable(eval_worker *w, syn_loc loc, const sema_decl *d);

#endif
