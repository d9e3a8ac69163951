/* expr.c - evaluating expressions: names, operator calls through instances, binders, and every
 * syntactic form of TLA+. Builtin operators are in builtin.c, actions in enumerate.c. */
#include "eval_internal.h"

#include <setjmp.h>

#include <limits.h>
#include <string.h>

void eval_fail_too_deep(eval_worker *w, syn_loc loc, const char *name)
{
    eval_fail_coded(w, loc, "recursion deeper than %d calls%s%s", EVAL_MAX_DEPTH, name ? " in " : "", name ? name : "");
}

/* Entering the body of `name` (NULL: a LET definition or an operator argument). The stack may run
 * out before EVAL_MAX_DEPTH calls (big frames, small thread stacks), so it is watched too. */
void eval_enter_call(eval_worker *w, syn_loc loc, const char *name)
{
    eval_enter_level(w, loc, name);
    if (util_stack_low())
        eval_fail_coded(w, loc, "recursion too deep%s%s: the stack ran out after %u nested calls", name ? " in " : "",
                        name ? name : "", w->depth);
}

/* ---- environments ------------------------------------------------------------------------------- */

/* A node's fields for its kind (the `up` link is the caller's to set): only those its kind reads are
 * written (the evaluator binds at every step, and these nodes are most of what it allocates). */
static inline void set_thunk(env *e, const sema_binder *p, const syn_expr *arg, ctx caller)
{
    e->binder = p;
    e->kind = ENV_THUNK;
    e->forced = false;
    e->shared = false;
    e->known = false;
    e->expr = arg;
    e->where = caller;
}

static inline void set_op(env *e, const sema_binder *p, opval op)
{
    e->binder = p;
    e->kind = ENV_OP;
    e->forced = false;
    e->shared = false;
    e->op = op;
}

static env *push_thunk(eval_worker *w, env *up, const sema_binder *b, const syn_expr *expr, ctx where)
{
    env *e = arena_alloc(&w->scratch, sizeof *e);
    set_thunk(e, b, expr, where);
    e->up = up;
    return e;
}

static env *push_op(eval_worker *w, env *up, const sema_binder *b, opval op)
{
    env *e = arena_alloc(&w->scratch, sizeof *e);
    set_op(e, b, op);
    e->up = up;
    return e;
}

/* A shared thunk (kept by a liveness closure) is cached by each worker for one state at a time. */
static val force_shared(eval_worker *w, env *e)
{
    struct shared_memo *slot = &w->shared_memo[((uintptr_t)e >> 4) & 255];
    bool cacheable = e->expr->level < LEVEL_ACTION;
    if (cacheable && slot->thunk == e && slot->epoch == w->epoch) return slot->v;
    val v = eval_expr(w, e->where, e->expr);
    if (cacheable) *slot = (struct shared_memo){e, w->epoch, v};
    return v;
}

static val force(eval_worker *w, env *e)
{
    /* the state can change under a thunk within one action: in B of A \cdot B */
    if (e->forced && (e->epoch == w->epoch || e->expr->level == LEVEL_CONSTANT)) return e->v;
    if (e->known && e->epoch == w->epoch) return e->v;   /* known for the state it was bound in only */
    if (e->shared) return force_shared(w, e);
    bool may_keep = e->expr->level == LEVEL_CONSTANT && eval_let_may_keep(w, e);
    val v = may_keep ? eval_let_force(w, e) : eval_expr(w, e->where, e->expr);
    /* An argument that reads primed variables may change as the action binds them. */
    if (e->expr->level < LEVEL_ACTION && !e->shared) {
        e->v = v;
        e->forced = true;
        e->epoch = w->epoch;
    }
    return v;
}

env *eval_bind_tuple(eval_worker *w, env *up, const syn_bound *b, val elem, syn_loc loc)
{
    val parts;
    if (!val_is_seq(elem) || val_len(elem) != b->nnames)
        eval_fail(w, loc, "cannot bind the tuple of %u names to %s", b->nnames, val_to_string(&w->scratch, elem));
    parts = elem;
    for (uint32_t i = 0; i < b->nnames; i++) up = eval_push_value(w, up, b->res[i], val_seq_at(parts, i));
    return up;
}

/* ---- instances ---------------------------------------------------------------------------------- */

ctx eval_enter_path(eval_worker *w, ctx c, const sema_inst_step *path, uint32_t npath)
{
    for (uint32_t i = 0; i < npath; i++) {
        const sema_instance *inst = path[i].inst;
        ctx where = c;
        where = ctx_primed_as(where, false);
        for (uint32_t k = 0; k < inst->nparams && k < path[i].nargs; k++)
            where.env = push_thunk(w, where.env, inst->params[k], path[i].args[k], c);
        subst_frame *f = arena_alloc(&w->scratch, sizeof *f);
        f->inst = inst;
        f->where = where;
        f->up = ctx_subst(c);
        c = ctx_with_subst(c, f);
        c.env = NULL;   /* the instantiated module sees none of the caller's bound names */
    }
    return c;
}

/* The substitution for a declaration inside the innermost instance that has one: at the
 * declaration's own place when the instance is of its module (EWD998PCal's refinement: 1.78 M
 * lookups on the reduced model), else searched. */
static const syn_expr *find_subst(const subst_frame *f, const sema_decl *d, ctx *where)
{
    for (; f; f = f->up) {
        uint32_t at = d->subst_pos;
        if (at < f->inst->nsubs && f->inst->subs[at].decl == d) {
            *where = f->where;
            return f->inst->subs[at].value;
        }
        for (uint32_t i = 0; i < f->inst->nsubs; i++)
            if (f->inst->subs[i].decl == d) {
                *where = f->where;
                return f->inst->subs[i].value;
            }
    }
    return NULL;
}

/* What the name e stands for in c, followed through plain-name substitutions (`active <- active`)
 * out of the instances entered: the name where none is (its context in *where), or NULL for
 * anything else (not a name, a name substituted by an expression, an instance's own definition). */
const syn_expr *eval_root_name(ctx c, const syn_expr *e, ctx *where)
{
    if (e->kind != SX_APPLY || e->u.apply.nargs) return NULL;
    if (!ctx_subst(c)) return *where = c, e;
    const sema_ref *r = e->u.apply.res;
    if (!r || r->kind != REF_DECL || r->npath || r->decl->arity) return NULL;
    ctx in;
    const syn_expr *sub = find_subst(ctx_subst(c), r->decl, &in);
    return sub && !ctx_primed(in) ? eval_root_name(in, sub, where) : NULL;
}

/* A variable read before the initial predicate, or its primed form before the action, gives it a
 * value: TLC's words (to it, the identifier is not yet defined). */
static _Noreturn void unset_identifier(eval_worker *w, const sema_decl *d, syn_loc loc)
{
    char where[UTIL_LOC_SPAN_MAX];
    util_loc_span(&loc, where, sizeof where);
    eval_fail_kind(w, EVAL_KIND_UNDEFINED, loc, "In evaluation, the identifier %s is either undefined or not an operator.\n%s",
                   d->name, where);
}

val eval_read_variable(eval_worker *w, const sema_decl *d, bool primed, syn_loc loc)
{
    uint32_t i = d->index;
    if (i == UINT32_MAX) eval_fail(w, loc, "variable %s of an instantiated module has no substitution", d->name);
    if (primed) {
        if (!w->next_complete && !w->next_bound[i]) {
            if (w->fair_step) eval_fail_unspecified_fair(w, d, loc);
            unset_identifier(w, d, loc);
        }
        return w->next[i];
    }
    if (!w->state) unset_identifier(w, d, loc);   /* a POSTCONDITION: TLC evaluates it as an assumption */
    if (w->init_mode && !w->next_bound[i]) unset_identifier(w, d, loc);
    if (w->state[i].kind == VAL_NONE) eval_fail_unset_variable(w, loc, d);
    return w->state[i];
}

/* An operator constant (CONSTANT F(_)) as the definition it stands for: an instance substitution
 * by an operator name or LAMBDA, or a .cfg override `F <- G`. */
bool eval_decl_as_def(eval_worker *w, ctx c, const sema_decl *d, const sema_def **def, ctx *where)
{
    ctx sub_ctx;
    const syn_expr *sub = find_subst(ctx_subst(c), d, &sub_ctx);
    if (sub) {
        opval op = eval_op_arg(w, sub_ctx, sub);
        if (op.def) {
            *def = op.def;
            *where = op.where;
            return true;
        }
        /* M's operator constant given an operator constant of the module instancing M (the
         * default substitution, by name): follow the chain outwards */
        if (!op.ref || op.ref->kind != REF_DECL) return false;
        ctx at = op.ref->npath ? eval_enter_path(w, op.where, op.ref->path, op.ref->npath) : op.where;
        return eval_decl_as_def(w, at, op.ref->decl, def, where);
    }
    if (d->index < w->ep->sema->nconstants && w->ep->decl_override[d->index]) {
        *def = w->ep->decl_override[d->index];
        *where = (ctx){0};
        return true;
    }
    return false;
}

static val eval_decl(eval_worker *w, ctx c, const sema_decl *d, const syn_expr *e)
{
    if (d->arity > 0) {
        const sema_def *def;
        ctx where;
        if (!eval_decl_as_def(w, c, d, &def, &where))
            eval_fail(w, e->loc, "operator constant %s has no definition in the configuration", d->name);
        if (def->native) {
            native_call call = {w, c, e, e->u.apply.args, e->u.apply.nargs, NULL, e->loc};
            return ((native_fn)def->native)(&call);
        }
        ctx body = eval_bind_params(w, where, c, def, e->u.apply.args, e->u.apply.nargs);
        body = ctx_primed_as(body, ctx_primed(c));
        return eval_expr(w, body, def->body);
    }
    ctx where;
    const syn_expr *sub = find_subst(ctx_subst(c), d, &where);
    if (sub) {
        where = ctx_primed_as(where, ctx_primed(where) || ctx_primed(c));
        return eval_expr(w, where, sub);
    }
    if (d->is_variable) return eval_read_variable(w, d, ctx_primed(c), e->loc);
    eval_program *ep = w->ep;
    if (d->index < ep->sema->nconstants) {
        sema_def *o = ep->decl_override[d->index];
        if (o) {
            if (o->nparams == 0 && o->level == LEVEL_CONSTANT && !o->native) return eval_memoised(w, o);
            if (o->native) {
                native_call call = {w, c, e, e->u.apply.args, e->u.apply.nargs, NULL, e->loc};
                return ((native_fn)o->native)(&call);
            }
            ctx body = eval_bind_params(w, (ctx){0}, c, o, e->u.apply.args, e->u.apply.nargs);
            return eval_expr(w, body, o->body);
        }
        if (ep->constant_set[d->index]) {
            if (d->arity > 0) eval_fail(w, e->loc, "operator constant %s has no definition", d->name);
            return ep->constants[d->index];
        }
    }
    eval_fail(w, e->loc, "constant %s is not given a value in the configuration", d->name);
}

/* ---- operator calls ----------------------------------------------------------------------------- */

/* The value in the current state, read unprimed, of a variable or constant outside instance
 * substitutions (as the compiled nodes read them), or of a parameterless state-level definition
 * computed in this state (also through a static instance: eval_state_slot): false where it is not at
 * hand without evaluating anything. */
static __attribute__((noinline)) bool known_value(eval_worker *w, ctx caller, const sema_ref *r, val *out)
{
    if (r->npath || ctx_primed(caller) || !w->state || w->init_mode) return false;
    const eval_program *ep = w->ep;
    if (r->kind == REF_DEF) {
        const sema_def *d = r->def;
        if (d->nparams || d->level != LEVEL_STATE || ep->def_override[d->id] || ep->def_value[d->id]) return false;
        uint32_t slot = eval_state_slot(ep, caller, d);
        if (slot == UINT32_MAX || w->state_epoch[slot] != w->epoch) return false;
        *out = w->state_memo[slot];
        return true;
    }
    if (r->kind != REF_DECL || ctx_subst(caller) || r->decl->arity) return false;
    const sema_decl *d = r->decl;
    if (d->is_variable) {
        if (d->index == UINT32_MAX || w->state[d->index].kind == VAL_NONE) return false;
        *out = w->state[d->index];
        return true;
    }
    if (d->index >= ep->sema->nconstants || ep->decl_override[d->index] || !ep->constant_set[d->index]) return false;
    *out = ep->constants[d->index];
    return true;
}

/* The node of parameter p as a thunk holding its value already (`known`, see bind_argument). */
static inline void set_known(eval_worker *w, env *e, const sema_binder *p, const syn_expr *arg, ctx caller, val v)
{
    set_thunk(e, p, arg, caller);
    e->known = true;
    e->epoch = w->epoch;
    e->v = v;
}

static env *push_known(eval_worker *w, env *up, const sema_binder *p, const syn_expr *arg, ctx caller, val v)
{
    env *e = arena_alloc(&w->scratch, sizeof *e);
    set_known(w, e, p, arg, caller, v);
    e->up = up;
    return e;
}

/* Bind parameter p (node e) to argument arg of a call from `caller`. An argument that is already a
 * value (a literal, or a name bound to a value such as a quantified variable) is bound as that value:
 * no thunk to build and force, and nothing the enumeration could take for a variable to bind. One
 * whose value is at hand without evaluating anything (so without any error: a name bound to an
 * argument forced in this state, or known_value's) is bound as a thunk already holding it (`known`):
 * still the argument's expression in the caller's context, so that priming it in the body, the
 * enumerator's look through it for the variable it names, and a change of state under it (A \cdot B)
 * see what they see of a thunk not forced yet. The others are call-by-name thunks. (A name bound to
 * a value is eval_bind_params' fast path, in line.) */
static void bind_argument(eval_worker *w, env *e, const sema_binder *p, const syn_expr *arg, ctx caller)
{
    switch (arg->kind) {
    case SX_NUM:
        if (arg->u.n.num_text) break;
        eval_set_value(e, p, val_int(arg->u.n.num));
        return;
    case SX_STR:
        eval_set_value(e, p, val_str(arg->u.str));
        return;
    case SX_APPLY: {
        const sema_ref *r = arg->u.apply.res;
        if (arg->u.apply.nargs || !r) break;
        val v;
        if (r->kind == REF_BOUND) {
            const env *b = eval_lookup(caller.env, r->binder);
            if (b && b->kind == ENV_VALUE) {
                eval_set_value(e, p, b->v);
                return;
            }
            if (b && b->kind == ENV_THUNK && !b->shared && eval_bound_ready(w, caller, b)) {
                set_known(w, e, p, arg, caller, b->v);
                return;
            }
        } else if (known_value(w, caller, r, &v)) {
            set_known(w, e, p, arg, caller, v);
            return;
        }
        break;
    }
    default: break;
    }
    set_thunk(e, p, arg, caller);
}

void eval_bind_param(eval_worker *w, env *e, const sema_binder *p, const syn_expr *arg, ctx caller)
{
    if (p->arity > 0) set_op(e, p, eval_op_arg(w, caller, arg));
    else bind_argument(w, e, p, arg, caller);
}

/* ---- definitions with arguments kept per state (argcache.c) ------------------------------------- */

/* Does evaluating e walk a set or a function (a quantifier, a set built or combined, a native or a
 * RECURSIVE definition called), here or in a definition it calls? Then a kept value saves more than
 * the lookup costs; `Vertices(g) == g[1]` is cheaper to evaluate again. `calls` bounds the depth. */
static bool iterates(const syn_expr *e, uint32_t calls);

static bool child_iterates(void *data, const syn_expr *e) { return !iterates(e, *(const uint32_t *)data); }

static bool call_iterates(const syn_expr *e, uint32_t calls)
{
    const sema_ref *r = e->u.apply.res;
    if (!r) return true;
    if (r->kind == REF_BUILTIN)
        return r->builtin == B_CUP || r->builtin == B_CAP || r->builtin == B_SETMINUS || r->builtin == B_UNION ||
               r->builtin == B_POWERSET || r->builtin == B_SUBSETEQ;
    const sema_def *d = r->kind == REF_DEF ? r->def : r->kind == REF_BOUND ? r->binder->let_def : NULL;
    if (!d) return false;
    return d->native || d->recursive || d->is_function || !calls || iterates(d->body, calls - 1);
}

static bool iterates(const syn_expr *e, uint32_t calls)
{
    switch (e->kind) {
    case SX_FORALL: case SX_EXISTS: case SX_CHOOSE: case SX_SET_FILTER: case SX_SET_MAP: case SX_FUNC:
    case SX_CROSS: case SX_FUNC_SET: case SX_RECORD_SET:
        return true;
    case SX_APPLY:
        if (call_iterates(e, calls)) return true;
        break;
    default: break;
    }
    return !syn_for_children(e, child_iterates, &calls);
}

bool eval_def_iterates(const sema_def *d) { return d->body && iterates(d->body, 8); }

/* May d applied to argument values be kept for the state? The program calls nothing impure, and d's
 * body (parameters taken as constants) is at most state-level, primes no parameter and takes no
 * operator: its value is a function of the state, its instance and its arguments' values; and it
 * walks sets or functions (`iterates`). Judged once per definition (any worker may judge it: the
 * same answer). */
bool eval_args_judge(eval_program *ep, const sema_def *d)
{
    bool ok = ep->pure && d->nparams && d->nparams <= EVAL_ARGS_KEPT && d->level <= LEVEL_STATE && !d->native &&
              d->body && iterates(d->body, 8);
    for (uint32_t i = 0; ok && i < d->nparams; i++) ok = !d->params[i]->arity && !d->params[i]->primed;
    atomic_store_explicit(&ep->args_kept[d->id], ok ? 1 : 2, memory_order_relaxed);
    return ok;
}

/* The instances body's substitutions come from (innermost first), when d called from c is kept by
 * its arguments' values: each a static instance with state-level substitutions (memo_insts). */
static bool args_key(eval_worker *w, ctx c, ctx body, const sema_def *d, uint32_t nargs, eval_arg_key *k)
{
    if (nargs != d->nparams || !eval_args_may_keep(w, c, d) || !eval_arg_cache_wanted(w, d->id)) return false;
    k->def = d->id;
    k->ninsts = 0;
    k->nargs = nargs;
    for (const subst_frame *f = ctx_subst(body); f; f = f->up) {
        if (k->ninsts == EVAL_INSTS_KEPT) return false;
        uint32_t i = 0;
        while (i < w->ep->nmemo_insts && w->ep->memo_insts[i] != f->inst) i++;
        if (i == w->ep->nmemo_insts) return false;
        k->insts[k->ninsts++] = f->inst;
    }
    return true;
}

/* The value of argument arg: at hand, or evaluated now. False where its evaluation failed: the call
 * then binds its arguments by name as usual, and meets the error only if the body needs it. */
static bool arg_value(eval_worker *w, ctx caller, const syn_expr *arg, val *out)
{
    switch (arg->kind) {
    case SX_NUM:
        if (arg->u.n.num_text) break;
        *out = val_int(arg->u.n.num);
        return true;
    case SX_STR: *out = val_str(arg->u.str); return true;
    case SX_APPLY: {
        const sema_ref *r = arg->u.apply.res;
        if (arg->u.apply.nargs || !r) break;
        if (r->kind == REF_BOUND) {
            const env *b = eval_lookup(caller.env, r->binder);
            if (b && eval_bound_ready(w, caller, b)) {
                *out = b->v;
                return true;
            }
        } else if (known_value(w, caller, r, out)) {
            return true;
        }
        break;
    }
    default: break;
    }
    return eval_try(w, caller, arg, out);
}

/* d applied to the call's arguments, kept under k by their values: each bound as a thunk already
 * holding its value (as bind_argument binds a value at hand). */
static val eval_def_kept(eval_worker *w, ctx c, ctx body, const sema_def *d, const syn_expr *e, eval_arg_key *k)
{
    syn_expr *const *args = e->u.apply.args;
    bool keep = true;
    val v;
    for (uint32_t i = 0; keep && i < d->nparams; i++) keep = arg_value(w, c, args[i], &k->args[i]);
    bool for_run = keep && eval_arg_cache_for_run(d, k);
    if (for_run ? eval_arg_cache_run_get(w, k, &v) : keep && eval_arg_cache_get(w, k, &v)) return v;
    if (keep)
        for (uint32_t i = 0; i < d->nparams; i++) body.env = push_known(w, body.env, d->params[i], args[i], c, k->args[i]);
    else
        body = eval_bind_params(w, body, c, d, args, d->nparams);
    if (d->recursive) eval_enter_call(w, e->loc, d->name);
    if (!eval_fold_try(w, body, d, &v)) v = eval_expr(w, body, d->body);
    if (d->recursive) w->depth--;
    if (for_run) return eval_arg_cache_run_put(w, k, v);
    if (keep) eval_arg_cache_put(w, k, v);
    return v;
}

/* How a worker takes a constant definition's memo: kept already, to read (READY); claimed, to
 * compute and keep (MINE); to evaluate without keeping (UNKEPT): this worker is computing it further
 * out (a recursive function's definition refers to itself), or its value is never kept. Another
 * worker's computation is waited for: with several workers all starting on the same constant at
 * once (Init's parts, an invariant of the first states), each would build it, and its intermediate
 * values, in its own scratch arena. */
typedef enum { MEMO_READY, MEMO_MINE, MEMO_UNKEPT } memo_claim;

static memo_claim claim_memo(eval_worker *w, const sema_def *d)
{
    eval_program *ep = w->ep;
    memo_claim claim = MEMO_READY;
    pthread_mutex_lock(&ep->perm_lock);
    while (!atomic_load_explicit(&ep->memo[d->id], memory_order_acquire)) {
        if (!ep->memo_owner[d->id]) {
            ep->memo_owner[d->id] = w;
            claim = MEMO_MINE;
            break;
        }
        if (ep->memo_owner[d->id] == w) {
            claim = MEMO_UNKEPT;
            break;
        }
        pthread_cond_wait(&ep->memo_done, &ep->perm_lock);
    }
    pthread_mutex_unlock(&ep->perm_lock);
    return claim;
}

/* The end of this worker's computation of d: its value kept (when v is given), the waiters woken. */
static void release_memo(eval_worker *w, const sema_def *d, const val *v)
{
    eval_program *ep = w->ep;
    pthread_mutex_lock(&ep->perm_lock);
    if (v) {
        val *slot = util_xmalloc(sizeof *slot);
        *slot = val_copy(&ep->perm, *v);
        atomic_store_explicit(&ep->memo[d->id], slot, memory_order_release);
    }
    ep->memo_owner[d->id] = NULL;
    pthread_cond_broadcast(&ep->memo_done);
    pthread_mutex_unlock(&ep->perm_lock);
}

/* d's body evaluated by the worker that claimed it; an error gives the claim up before it unwinds
 * further (the waiters then evaluate d themselves, and meet the error as this worker did). */
static val compute_memo(eval_worker *w, const sema_def *d)
{
    jmp_buf *const outer = w->unwind;
    jmp_buf jb;
    w->unwind = &jb;
    if (setjmp(jb) == 0) {
        val v = eval_expr(w, (ctx){0}, d->body);
        w->unwind = outer;
        return v;
    }
    w->unwind = outer;
    release_memo(w, d, NULL);
    longjmp(*outer, 1);
}

/* A constant-level definition with no parameters is evaluated once and kept (TLC does the same
 * for constant definitions); the value is copied to the program's permanent arena. One whose
 * evaluation called TLCGet is not kept: `Inv == TLCGet("level") < 6` is checked in every state,
 * as TLC checks it. */
val eval_memoised(eval_worker *w, const sema_def *d)
{
    val *cached = atomic_load_explicit(&w->ep->memo[d->id], memory_order_acquire);
    if (cached) return *cached;
    bool unkept = atomic_load_explicit(&w->ep->memo_unkept[d->id], memory_order_relaxed);
    memo_claim claim = unkept ? MEMO_UNKEPT : claim_memo(w, d);
    if (claim == MEMO_READY) return *atomic_load_explicit(&w->ep->memo[d->id], memory_order_acquire);
    bool read_run = w->read_run;
    w->read_run = false;
    uint64_t rng = eval_random_enter(w, d->id);   /* the same value whichever worker computes it */
    val v = claim == MEMO_MINE ? compute_memo(w, d) : eval_expr(w, (ctx){0}, d->body);
    eval_random_leave(w, rng);
    bool depends_on_run = w->read_run;
    w->read_run |= read_run;
    if (claim == MEMO_UNKEPT) return v;
    /* tied to the run, or (a filter over an infinite set) to this worker: not kept, not shared */
    bool keep = !depends_on_run && !(v.kind == VAL_LAZY && v.u.lazy->kind == LAZY_FILTER);
    if (!keep) atomic_store_explicit(&w->ep->memo_unkept[d->id], 1, memory_order_relaxed);
    release_memo(w, d, keep ? &v : NULL);
    return keep ? *atomic_load_explicit(&w->ep->memo[d->id], memory_order_acquire) : v;
}

static val call_native(eval_worker *w, ctx c, const sema_def *d, const syn_expr *e)
{
    native_call call = {w, c, e, e->u.apply.args, e->u.apply.nargs, NULL, e->loc};
    return ((native_fn)d->native)(&call);
}

/* A state-level definition without parameters depends only on the current state (and on the
 * substitutions it is evaluated under, when they are a static instance's: eval_state_slot): computed
 * once per state (not while Init builds that state, nor primed). Its slot in the per-state cache, or
 * UINT32_MAX. */
static uint32_t per_state_slot(const eval_worker *w, ctx c, ctx body, const sema_def *d)
{
    if (d->nparams || d->level != LEVEL_STATE || ctx_primed(c) || w->init_mode || !w->state || w->ep->def_value[d->id])
        return UINT32_MAX;
    return eval_state_slot(w->ep, body, d);
}

/* The same primed, on a transition to a whole given next state (checking a step, not enumerating). */
static bool is_per_next(const eval_worker *w, ctx c, ctx body, const sema_def *d)
{
    return d->nparams == 0 && d->level == LEVEL_STATE && !ctx_subst(body) && ctx_primed(c) && w->next_complete &&
           !w->init_mode && w->state && !w->ep->def_value[d->id];
}

/* Keep d's value, at `slot` of the per-state cache, for the rest of the state (primed: of the step,
 * at d's id). */
static val remember(eval_worker *w, uint32_t slot, bool primed, val v)
{
    if (primed) {
        w->next_memo[slot] = v;
        w->next_epoch_of[slot] = w->next_epoch;
    } else {
        w->state_memo[slot] = v;
        w->state_epoch[slot] = w->epoch;
    }
    return v;
}

/* Evaluate definition d (found through `ref`) applied to the call's arguments. */
static __attribute__((noinline)) val eval_def(eval_worker *w, ctx c, const sema_def *d, const sema_ref *ref,
                                             const syn_expr *e)
{
    if (w->ep->def_value[d->id]) return *w->ep->def_value[d->id];
    d = eval_ref_def(w->ep, d, ref);
    if (d->native) return call_native(w, c, d, e);
    ctx body = ref && ref->npath ? eval_enter_path(w, c, ref->path, ref->npath) : ctx_subst_only(c);
    body = ctx_primed_as(body, ctx_primed(c));
    if (d->nparams == 0 && d->level == LEVEL_CONSTANT && !ctx_subst(body)) return eval_memoised(w, d);
    eval_arg_key key;
    if (d->nparams && args_key(w, c, body, d, e->u.apply.nargs, &key)) return eval_def_kept(w, c, body, d, e, &key);
    uint32_t slot = per_state_slot(w, c, body, d);
    bool per_state = slot != UINT32_MAX;
    if (per_state && w->state_epoch[slot] == w->epoch) return w->state_memo[slot];
    bool per_next = !per_state && is_per_next(w, c, body, d);
    if (per_next && w->next_epoch_of[d->id] == w->next_epoch) return w->next_memo[d->id];
    if (per_next) slot = d->id;
    bool keyed = (per_state || per_next) && !ctx_subst(body) && w->ep->def_vars && w->ep->def_vars[d->id];
    val v;
    if (keyed && eval_def_cache_get(w, d, per_next, &v)) return remember(w, slot, per_next, v);
    /* Only a RECURSIVE definition can be entered again before it returns (sema rejects recursion
     * without RECURSIVE; LET definitions and operator arguments go through eval_bound): the depth and
     * the stack are watched there. */
    if (d->recursive) eval_enter_call(w, e->loc, d->name);
    body = eval_bind_params(w, body, c, d, e->u.apply.args, e->u.apply.nargs);
    if (!eval_fold_try(w, body, d, &v)) v = eval_expr(w, body, d->body);
    if (d->recursive) w->depth--;
    if (keyed) eval_def_cache_put(w, d, per_next, v);
    return per_state || per_next ? remember(w, slot, per_next, v) : v;
}

static bool is_set_form(const syn_expr *e)
{
    return e->kind == SX_SET_FILTER || e->kind == SX_SET_MAP || sema_is_builtin(e, B_CUP) ||
           sema_is_builtin(e, B_CAP) || sema_is_builtin(e, B_SETMINUS) || sema_is_builtin(e, B_UNION);
}

/* A constant kept for the whole run (constcache.c) is used as a value. One not kept is not built
 * for a membership test: it may be huge (a map over 0..10^9), as TLC does not build it either. */
static bool kept_as_value(eval_worker *w, ctx c, const syn_expr *e)
{
    return e->eval_slot && eval_cache_kept(w, c, e);
}

/* Is the set e's value in TLC one it has enumerated (Reducible: a set written out, a map, an
 * interval, a union of two such)? TLC builds a filter over such a set whole, so that its predicate's
 * error on any element is its answer; over other sets (records, functions, SUBSET, \X, a union
 * with one of them) it tests x \in S /\ P(x). Where unsure, true: built whole. */
static bool tlc_enumerated(eval_worker *w, ctx c, const syn_expr *e)
{
    e = sema_strip(e);
    switch (e->kind) {
    case SX_SET_ENUM: case SX_SET_MAP: return true;
    case SX_SET_FILTER: return tlc_enumerated(w, c, e->u.q.bounds[0].set);
    case SX_RECORD_SET: case SX_FUNC_SET: case SX_CROSS: return false;
    default: break;
    }
    if (sema_is_builtin(e, B_CUP))
        return tlc_enumerated(w, c, e->u.apply.args[0]) && tlc_enumerated(w, c, e->u.apply.args[1]);
    if (sema_is_builtin(e, B_POWERSET)) return false;
    const sema_ref *r = e->kind == SX_APPLY ? e->u.apply.res : NULL;
    if (r && r->kind == REF_DEF && !r->npath && !e->u.apply.nargs && !w->ep->def_value[r->def->id]) {
        const sema_def *d = eval_ref_def(w->ep, r->def, r);
        if (!d->native && !d->nparams && d->body) return tlc_enumerated(w, ctx_subst_only(c), d->body);
    }
    val v = eval_expr(w, c, e);
    return v.kind == VAL_SET || (v.kind == VAL_LAZY && v.u.lazy->kind == LAZY_INTERVAL);
}

/* Does TLC build the constant set form whole for a membership test? A filter over an enumerated set;
 * other forms, more rarely met, are built whole here. */
static bool tlc_builds_whole(eval_worker *w, ctx c, const syn_expr *form)
{
    return form->kind != SX_SET_FILTER || tlc_enumerated(w, c, form->u.q.bounds[0].set);
}

/* The most members of a filter's bound with which x \in {y \in S : P} builds the filter whole, as TLC
 * does over an enumerated S; over a bigger S (0..10^9) TLC would take hours, tlc-c tests x \in S /\ P(x). */
enum { FILTER_BUILT_MAX = 1000000 };

static bool filter_built_for_member(eval_worker *w, ctx c, const syn_expr *form)
{
    if (!tlc_builds_whole(w, c, form)) return false;
    int64_t n;
    val bound = eval_expr(w, c, form->u.q.bounds[0].set);
    return val_cardinality(&w->scratch, bound, &n) == VAL_OK && n <= FILTER_BUILT_MAX;
}

const syn_expr *eval_set_form(eval_worker *w, ctx c, const syn_expr *e, ctx *where)
{
    e = sema_strip(e);
    if (is_set_form(e)) {
        if (kept_as_value(w, c, e) || (e->kind == SX_SET_FILTER && filter_built_for_member(w, c, e))) return NULL;
        *where = c;
        return e;
    }
    const sema_ref *r = e->kind == SX_APPLY ? e->u.apply.res : NULL;
    if (!r || r->kind != REF_DEF) return NULL;
    const sema_def *d = r->def;
    if (w->ep->def_value[d->id]) return NULL;
    d = eval_ref_def(w->ep, d, r);
    const syn_expr *form = d->native ? NULL : sema_strip(d->body);
    if (!form || !is_set_form(form) || kept_as_value(w, c, e)) return NULL;
    ctx body = r->npath ? eval_enter_path(w, c, r->path, r->npath) : ctx_subst_only(c);
    body = ctx_primed_as(body, ctx_primed(c));
    /* A constant is built once for the whole run, unless building it fails (a record of a filter's
     * set without the field its predicate reads): each use then evaluates it as written. A
     * parameterless state-level definition is built once for the state, unless it is a filter (over
     * what may be a huge set), which is built only if something else needs its elements. */
    if (d->nparams == 0 && d->level == LEVEL_CONSTANT && !ctx_subst(body) &&
        (eval_cache_buildable(w, c, e) || tlc_builds_whole(w, body, form)))
        return NULL;
    uint32_t slot = per_state_slot(w, c, body, d);
    if (slot != UINT32_MAX && (w->state_epoch[slot] == w->epoch || (slot == d->id && form->kind != SX_SET_FILTER)))
        return NULL;
    ctx bound = eval_bind_params(w, body, c, d, e->u.apply.args, e->u.apply.nargs);
    if (form->kind == SX_SET_FILTER && filter_built_for_member(w, bound, form)) return NULL;
    *where = bound;
    return form;
}

/* A bound name that is not a plain value: an operator (LET definition or operator argument) applied
 * to the call's arguments, or an argument's thunk to force. */
__attribute__((noinline)) val eval_bound(eval_worker *w, ctx c, const syn_expr *e, env *b)
{
    if (b->kind == ENV_OP) {
        if (b->op.def && !b->op.def->native) {
            /* a LET definition or an operator argument: its parameters are bound by name */
            eval_enter_call(w, e->loc, NULL);
            ctx body = eval_bind_params(w, b->op.where, c, b->op.def, e->u.apply.args, e->u.apply.nargs);
            body = ctx_primed_as(body, ctx_primed(body) || ctx_primed(c));
            val v = eval_expr(w, body, b->op.def->body);
            w->depth--;
            return v;
        }
        val *args = arena_alloc(&w->scratch, sizeof(val) * (e->u.apply.nargs + 1));
        for (uint32_t i = 0; i < e->u.apply.nargs; i++) args[i] = eval_expr(w, c, e->u.apply.args[i]);
        return eval_apply_op(w, &b->op, args, e->u.apply.nargs, e->loc);
    }
    /* a parameter primed in the body (v' of Inc(v) applied to x): its argument primed, x' */
    if (ctx_primed(c) && !ctx_primed(b->where)) return eval_expr(w, ctx_primed_as(b->where, true), b->expr);
    return force(w, b);
}

static __attribute__((noinline)) val eval_decl_through_path(eval_worker *w, ctx c, const syn_expr *e,
                                                            const sema_ref *r)
{
    ctx inner = r->npath ? eval_enter_path(w, c, r->path, r->npath) : c;
    inner = ctx_primed_as(inner, ctx_primed(c));
    return eval_decl(w, inner, r->decl, e);
}

/* Is instance `inst` one of the static instances with state-level substitutions (memo_insts)? */
static bool memo_instance(const eval_program *ep, const sema_instance *inst)
{
    for (uint32_t k = 0; k < ep->nmemo_insts; k++)
        if (ep->memo_insts[k] == inst) return true;
    return false;
}

/* The instances of the frames from f up into outer (NULL past the last): false when there are more
 * than EVAL_SUBST_OUTER, or one is not a static instance with state-level substitutions. */
static bool static_frames(const eval_program *ep, const subst_frame *f, const sema_instance *outer[EVAL_SUBST_OUTER])
{
    uint32_t n = 0;
    for (; f; f = f->up) {
        if (n == EVAL_SUBST_OUTER || !memo_instance(ep, f->inst)) return false;
        outer[n++] = f->inst;
    }
    while (n < EVAL_SUBST_OUTER) outer[n++] = NULL;
    return true;
}

/* Where substitution `sub` (not a plain name: eval_decl_ref reads those as cheaply as they would be
 * looked up, and a definition's value is kept by eval_def), found in c's innermost instance, has one
 * value per state (primed: per step), its slot in the worker's table of them (NULL: evaluated at
 * each use), and the instances c's outer frames enter into `outer`. Such a substitution is a static
 * instance's (memo_insts: all its substitutions at most state-level) entered from the root through
 * such instances only (TestGraphs' `MCR == INSTANCE MCReachability WITH S <- SeqToSet(S), ...` inside
 * its instance of TLCMC: the outer instances decide the value, so they are part of the key), in a
 * pure program (evaluating it fewer times must print and draw nothing less): Barriers' `pc <- [p \in
 * ProcSet |-> pc_translation(p)]`, read a dozen times on each step of its refinement property.
 * Primed, only on a transition to a whole given state (as is_per_next). */
static struct subst_memo *subst_slot(eval_worker *w, ctx c, const syn_expr *sub, bool primed,
                                     const sema_instance *outer[EVAL_SUBST_OUTER])
{
    const subst_frame *f = ctx_subst(c);
    if (!w->ep->pure || !w->state || w->init_mode || (primed && !w->next_complete)) return NULL;
    if (!memo_instance(w->ep, f->inst)) return NULL;
    if (!static_frames(w->ep, f->up, outer)) return NULL;
    size_t h = ((uintptr_t)sub >> 4) * 0x9E3779B97F4A7C15u >> 59;
    return primed ? &w->subst_next[h] : &w->subst_state[h];
}

/* Which of ep->subst_keyed is sub evaluated in `where` (its instance's context), or UINT32_MAX. */
static uint32_t subst_keyed_in(const eval_program *ep, const syn_expr *sub, ctx where)
{
    const sema_instance *around[EVAL_SUBST_OUTER];
    if (!ep->subst_keyed.len || !static_frames(ep, ctx_subst(where), around)) return UINT32_MAX;
    return eval_subst_keyed_index(ep, sub, around);
}

/* The value of substitution `sub` (evaluated in `where`), not a plain name, kept for the state or
 * step where it may be (subst_slot), and then, when the model chose it with the instances around
 * its own (TestGraphs' MCR inside TLCMC: `T <- SeqToSet(T) \cup ...`), across states by the bytes
 * of the variables it reads (defcache.c): Barriers' primed `pc` is built once per value of pc, not
 * once per step. */
static __attribute__((noinline)) val subst_value(eval_worker *w, ctx c, ctx where, const syn_expr *sub)
{
    bool primed = ctx_primed(where) || ctx_primed(c);
    const sema_instance *outer[EVAL_SUBST_OUTER];
    struct subst_memo *slot = subst_slot(w, c, sub, primed, outer);
    uint32_t epoch = primed ? w->next_epoch : w->epoch;
    if (slot && slot->sub == sub && slot->epoch == epoch && !memcmp(slot->outer, outer, sizeof outer)) return slot->v;
    uint32_t keyed = slot ? subst_keyed_in(w->ep, sub, where) : UINT32_MAX;
    val v;
    if (keyed == UINT32_MAX || !eval_subst_cache_get(w, keyed, primed, &v)) {
        v = eval_expr(w, ctx_primed_as(where, primed), sub);
        if (keyed != UINT32_MAX) eval_subst_cache_put(w, keyed, primed, v);
    }
    if (slot) {
        *slot = (struct subst_memo){.sub = sub, .epoch = epoch, .v = v};
        memcpy(slot->outer, outer, sizeof outer);
    }
    return v;
}

/* Under ENABLED read TLC's way, the slot of d, a variable of the instance of frame f, when f is one
 * of those from w->enabled_cut up (TLC binds ENABLED's variables by name), else -1. */
int eval_abstract_slot(const eval_worker *w, const subst_frame *f, const sema_decl *d)
{
    const subst_frame *g = w->enabled_cut;
    while (g && g != f) g = g->up;
    if (!g) return -1;
    const sema_program *sp = w->ep->sema;
    for (uint32_t i = 0; i < sp->nvars; i++)
        if (sp->variables[i]->name == d->name) return (int)i;
    for (uint32_t j = 0; j < w->nabstract; j++)
        if (w->abstract_vars[j]->name == d->name) return (int)(sp->nvars + 1 + j);
    return -1;
}

/* d' where d is a variable of its own under ENABLED (eval_abstract_slot): its value, once bound. */
static val read_abstract(eval_worker *w, const sema_decl *d, int slot, syn_loc loc)
{
    if (!w->next_bound[slot]) {
        if (w->fair_step) eval_fail_unspecified_fair(w, d, loc);
        unset_identifier(w, d, loc);
    }
    return w->next[slot];
}

/* The frame whose instance substitutes d, or NULL. */
static const subst_frame *frame_of(const subst_frame *f, const sema_decl *d)
{
    ctx where;
    for (; f; f = f->up)
        if (find_subst(&(subst_frame){f->inst, f->where, NULL}, d, &where)) return f;
    return NULL;
}

/* A constant or variable inside an instance: most often substituted there (`active <- active`),
 * found and evaluated by this small function, whose frame costs little (3.7 M calls on a step of
 * EWD998PCal's refinement property); the rest by eval_decl. */
static __attribute__((noinline)) val eval_decl_ref(eval_worker *w, ctx c, const syn_expr *e, const sema_ref *r)
{
    if (!r->npath && !r->decl->arity) {
        if (w->enabled_cut && ctx_primed(c) && ctx_in_cut(c) && r->decl->is_variable) {
            int slot = eval_abstract_slot(w, frame_of(ctx_subst(c), r->decl), r->decl);
            if (slot >= 0) return read_abstract(w, r->decl, slot, e->loc);
        }
        ctx where;
        const syn_expr *sub = find_subst(ctx_subst(c), r->decl, &where);
        if (sub && sub->kind == SX_APPLY && !sub->u.apply.nargs)
            return eval_expr(w, ctx_primed_as(where, ctx_primed(where) || ctx_primed(c)), sub);
        if (sub) return subst_value(w, c, where, sub);
    }
    return eval_decl_through_path(w, c, e, r);
}

/* The dispatch of names and calls, kept small (most calls are bound names and builtins): the
 * rest is in functions of their own, so that this one needs no big stack frame. */
val eval_call(eval_worker *w, ctx c, const syn_expr *e)
{
    const sema_ref *r = e->u.apply.res;
    UTIL_ASSERT(r, "unresolved name %s", e->u.apply.name);
    switch (r->kind) {
    case REF_BOUND: {
        env *b = eval_lookup(c.env, r->binder);
        UTIL_ASSERT(b, "unbound name %s", e->u.apply.name);
        if (eval_bound_ready(w, c, b)) return b->v;
        return eval_bound(w, c, e, b);
    }
    case REF_BUILTIN: return eval_builtin(w, c, e, r->builtin);
    case REF_DEF: return eval_def(w, c, r->def, r, e);
    case REF_DECL:
        /* the usual case first: a variable read outside any instance substitution */
        if (!r->npath && !ctx_subst(c) && r->decl->is_variable && !r->decl->arity)
            return eval_read_variable(w, r->decl, ctx_primed(c), e->loc);
        return eval_decl_ref(w, c, e, r);
    }
    util_panic(__FILE__, __LINE__, "bad reference");
}

/* An argument passed to an operator parameter of arity > 0: a name, or a LAMBDA. */
opval eval_op_arg(eval_worker *w, ctx c, const syn_expr *arg)
{
    while (arg->kind == SX_PAREN) arg = arg->u.bin.a;
    if (arg->kind == SX_LAMBDA) return (opval){.def = arg->u.lambda.res, .where = c};
    if (arg->kind == SX_APPLY && arg->u.apply.nargs == 0) {
        const sema_ref *r = arg->u.apply.res;
        if (r->kind == REF_BOUND) {
            env *b = eval_lookup(c.env, r->binder);
            if (b && b->kind == ENV_OP) return b->op;
        }
        if (r->kind == REF_DEF) {
            ctx where = r->npath ? eval_enter_path(w, c, r->path, r->npath) : ctx_subst_only(c);
            return (opval){.def = eval_ref_def(w->ep, r->def, r), .where = where, .ref = r};
        }
        return (opval){.ref = r, .where = c};
    }
    eval_fail(w, arg->loc, "expected an operator name or LAMBDA as argument");
}

/* Apply an operator value to already evaluated arguments. */
val eval_apply_op(eval_worker *w, const opval *op, const val *args, uint32_t nargs, syn_loc loc)
{
    if (op->def) {
        const sema_def *d = op->def;
        if (d->nparams != nargs)
            eval_fail(w, loc, "operator %s takes %u arguments, given %u", d->name, d->nparams, nargs);
        if (d->native) {
            native_call call = {w, op->where, NULL, NULL, nargs, args, loc};
            return ((native_fn)d->native)(&call);
        }
        ctx body = op->where;
        for (uint32_t i = 0; i < nargs; i++) body.env = eval_push_value(w, body.env, d->params[i], args[i]);
        eval_enter_call(w, loc, d->name);
        val v = eval_expr(w, body, d->body);
        w->depth--;
        return v;
    }
    if (op->ref && op->ref->kind == REF_BUILTIN) return eval_builtin_values(w, op->ref->builtin, args, nargs, loc);
    if (op->ref && op->ref->kind == REF_DECL) {
        const sema_def *def;
        ctx where;
        ctx at = op->ref->npath ? eval_enter_path(w, op->where, op->ref->path, op->ref->npath) : op->where;
        if (eval_decl_as_def(w, at, op->ref->decl, &def, &where)) {
            opval resolved = {.def = def, .where = where};
            return eval_apply_op(w, &resolved, args, nargs, loc);
        }
    }
    eval_fail(w, loc, "this operator cannot be applied here");
}


/* ---- iterating sets ---------------------------------------------------------------------------- */

typedef struct each_ctx { eval_worker *w; eval_elem_fn fn; void *data; } each_ctx;

static bool each_elem(void *data, val x)
{
    each_ctx *ec = data;
    return ec->fn(ec->w, ec->data, x);
}

static _Noreturn void fail_not_listed(eval_worker *w, syn_loc loc, val set, val_status st)
{
    if (st == VAL_TYPE) eval_fail(w, loc, "expected a set but the value is %s", val_to_string(&w->scratch, set));
    if (st == VAL_INFINITE) eval_fail(w, loc, "cannot enumerate the infinite set %s", val_to_string(&w->scratch, set));
    eval_check_failed(w, loc, st);
}

void eval_for_each(eval_worker *w, val set, syn_loc loc, eval_elem_fn fn, void *data)
{
    each_ctx ec = {w, fn, data};
    val_status st = val_for_each(&w->scratch, set, each_elem, &ec);
    if (st != VAL_OK) fail_not_listed(w, loc, set, st);
}

/* The bound as TLC prints an expression (SemanticNode's toString): a numeral as written, anything
 * else as its place. */
static const char *bound_text(eval_worker *w, const syn_expr *bound)
{
    if (bound->kind == SX_NUM && !bound->u.n.num_text) return arena_printf(&w->scratch, "%lld", (long long)bound->u.n.num);
    char span[512];
    util_loc_span(&bound->loc, span, sizeof span);
    return arena_printf(&w->scratch, "%s", span);
}

/* TLC's explanation after its message for Nat, Int and Seq(S) as a quantifier's bound; NULL for others. */
static const char *infinite_bound_note(eval_worker *w, val set, const char *shown)
{
    if (set.kind != VAL_LAZY) return NULL;
    switch (set.u.lazy->kind) {
    case LAZY_NAT:
    case LAZY_INT:
        return arena_printf(&w->scratch,
                            "The set %s contains infinitely many elements. As a result, TLC cannot evaluate expressions that\n"
                            "universally (\\A) or existentially (\\E) quantify over %s, because this would require checking an\n"
                            "infinite number of cases. Note that TLC handles set membership like T \\subseteq %s for any finite set T.",
                            shown, shown, shown);
    case LAZY_SEQSET:
        return arena_printf(&w->scratch,
                            "In TLA+, Seq(S) represents the set of all finite sequences whose elements come from the set S. Even when S\n"
                            "is a finite set, the number of possible sequences in Seq(S) is unbounded because sequences can have any\n"
                            "finite length (e.g., length 0, 1, 2, and so on). As a result, TLC cannot evaluate expressions that\n"
                            "universally (\\A) or existentially (\\E) quantify over %s, because this would require checking an\n"
                            "infinite number of cases. Note that for a finite set of sequences s, TLC handles s \\subseteq Seq(S).\n"
                            "See https://explain.tlapl.us/seq-unenumerable for additional details.",
                            shown);
    default: return NULL;
    }
}

/* A filter's or a function's bound that is not a set, in TLC's words where they are known. */
static void fail_bound_not_set(eval_worker *w, syn_expr_kind form, syn_loc at, val set, const char *shown)
{
    if (form == SX_SET_FILTER)
        eval_fail(w, at, "Attempted to enumerate { x \\in S : p(x) } when S:\n%s\nis not enumerable", shown);
    if (form == SX_FUNC && (set.kind == VAL_INT || set.kind == VAL_STR))
        eval_fail(w, at, "Attempted to compute the number of elements in the %s %s.",
                  set.kind == VAL_INT ? "integer" : "string", shown);
    if (form == SX_FUNC && set.kind == VAL_SEQ) eval_fail(w, at, "The domains of formal parameters must be enumerable.");
}

/* A binding form's bound that cannot be listed, in TLC's words for the form (TLC places them at the
 * form, not at its bound): CHOOSE's own; \E, \A and {e : x \in S}'s "non-enumerable quantifier bound"
 * (for Nat, Int and Seq(S) with TLC's note); the generic words at the bound for the other forms and
 * for the other infinite sets (SUBSET Nat, ..., whose words in TLC differ). */
static _Noreturn void fail_not_enumerable(eval_worker *w, syn_expr_kind form, syn_loc at, const syn_expr *bound, val set,
                                          val_status st)
{
    if (form == SX_CHOOSE && (st == VAL_TYPE || st == VAL_INFINITE)) {
        char span[512];
        util_loc_span(&at, span, sizeof span);
        eval_fail(w, at, "Attempted to compute the value of an expression of\nform CHOOSE x \\in S: P, but S was not enumerable.\n%s",
                  span);
    }
    bool quantifier = form == SX_EXISTS || form == SX_FORALL || form == SX_SET_MAP;
    const char *shown = val_to_string(&w->scratch, set);
    const char *note = st == VAL_INFINITE ? infinite_bound_note(w, set, shown) : NULL;
    bool string = set.kind == VAL_LAZY && set.u.lazy->kind == LAZY_STRING;
    if (quantifier && note)
        eval_fail(w, at, "TLC encountered the non-enumerable quantifier bound\n%s\n%s\n%s", shown, bound_text(w, bound), note);
    if (quantifier && (st == VAL_TYPE || string))
        eval_fail(w, at, "TLC encountered a non-enumerable quantifier bound\n%s.\n%s", shown, bound_text(w, bound));
    if (st == VAL_TYPE) fail_bound_not_set(w, form, at, set, shown);
    fail_not_listed(w, bound->loc, set, st);
}

/* Is the set one TLC enumerates when its quantifier comes to it (an Enumerable value)? Nat, Int,
 * STRING and Seq(S) are not; SUBSET Nat and the like are, and fail later, in TLC's other words. */
static bool tlc_enumerable(val set)
{
    if (set.kind == VAL_SET) return true;
    if (set.kind != VAL_LAZY) return false;
    switch (set.u.lazy->kind) {
    case LAZY_NAT:
    case LAZY_INT:
    case LAZY_STRING:
    case LAZY_SEQSET: return false;
    default: return true;
    }
}

/* TLC tests each bound of \E, \A and {e : x \in S} as it evaluates it, before the next one's. */
static void check_bound(eval_worker *w, syn_expr_kind form, syn_loc at, const syn_expr *bound, val set)
{
    bool quantifier = form == SX_EXISTS || form == SX_FORALL || form == SX_SET_MAP;
    if (quantifier && !tlc_enumerable(set))
        fail_not_enumerable(w, form, at, bound, set, set.kind == VAL_LAZY ? VAL_INFINITE : VAL_TYPE);
}

void eval_check_bound(eval_worker *w, const syn_expr *form, uint32_t group, val set)
{
    check_bound(w, form->kind, form->loc, form->u.q.bounds[group].set, set);
}

void eval_for_each_bound(eval_worker *w, val set, const syn_expr *form, uint32_t group, eval_elem_fn fn, void *data)
{
    each_ctx ec = {w, fn, data};
    val_status st = val_for_each(&w->scratch, set, each_elem, &ec);
    if (st != VAL_OK) fail_not_enumerable(w, form->kind, form->loc, form->u.q.bounds[group].set, set, st);
}

/* ---- binding forms ------------------------------------------------------------------------------ */

/* The names of a run of bound groups are bound as TLC's context enumerator binds them: every set
 * evaluated first (none can name a bound name, see sema's bind_bounds), then all combinations with
 * the first name varying fastest, so that \E i, j \in S yields its successors in TLC's order. A
 * position is one name of a group, or a whole group `<<x, y>> \in S`. */
typedef struct binding_walk {
    const syn_bound *bounds;
    uint32_t n;
    val *sets;               /* by group */
    syn_loc loc;
    syn_expr_kind form;      /* the binding form's kind, for the words of a bound that cannot be listed */
    eval_bind_fn fn;
    void *data;
    bool stopped;
} binding_walk;

static void bind_at(eval_worker *w, binding_walk *bw, ctx c, uint32_t group, uint32_t name);

typedef struct bind_elem { binding_walk *bw; ctx c; uint32_t group, name; } bind_elem;

/* The position before (group, name), bound next, or the body once the first is bound. */
static void bind_before(eval_worker *w, binding_walk *bw, ctx c, uint32_t group, uint32_t name)
{
    if (name > 0) {
        bind_at(w, bw, c, group, name - 1);
    } else if (group > 0) {
        const syn_bound *b = &bw->bounds[group - 1];
        bind_at(w, bw, c, group - 1, b->tuple ? 0 : b->nnames - 1);
    } else if (!bw->fn(w, bw->data, c)) {
        bw->stopped = true;
    }
}

static bool bind_elem_step(eval_worker *w, void *data, val elem)
{
    bind_elem *be = data;
    const syn_bound *b = &be->bw->bounds[be->group];
    ctx inner = be->c;
    inner.env = b->tuple ? eval_bind_tuple(w, inner.env, b, elem, be->bw->loc) : eval_push_value(w, inner.env, b->res[be->name], elem);
    bind_before(w, be->bw, inner, be->group, be->name);
    return !be->bw->stopped;
}

static void bind_at(eval_worker *w, binding_walk *bw, ctx c, uint32_t group, uint32_t name)
{
    if (bw->stopped) return;
    bind_elem be = {bw, c, group, name};
    each_ctx ec = {w, bind_elem_step, &be};
    val_status st = val_for_each(&w->scratch, bw->sets[group], each_elem, &ec);
    if (st != VAL_OK) fail_not_enumerable(w, bw->form, bw->loc, bw->bounds[group].set, bw->sets[group], st);
}

/* One name bound to each element of an explicit set or an interval in turn (the usual case), without
 * the callbacks of eval_for_each; false (nothing done) for other sets. */
static bool bind_listed(eval_worker *w, ctx c, const sema_binder *x, val set, eval_bind_fn fn, void *data)
{
    ctx inner = c;
    if (set.kind == VAL_SET) {
        for (uint32_t i = 0; i < set.u.set->n; i++) {
            inner.env = eval_push_value(w, c.env, x, set.u.set->elems[i]);
            if (!fn(w, data, inner)) break;
        }
        return true;
    }
    if (set.kind != VAL_LAZY || set.u.lazy->kind != LAZY_INTERVAL || set.u.lazy->lo > set.u.lazy->hi) return false;
    for (int64_t i = set.u.lazy->lo;; i++) {
        inner.env = eval_push_value(w, c.env, x, val_int(i));
        if (!fn(w, data, inner) || i == set.u.lazy->hi) break;
    }
    return true;
}

/* eval_for_bindings for a binding form of kind `form` (TLC's words for a bound it cannot list). */
static void for_bindings_of(eval_worker *w, ctx c, syn_expr_kind form, const syn_bound *bounds, uint32_t n, syn_loc loc,
                            eval_bind_fn fn, void *data)
{
    /* The usual case, one name bound to a listed set's elements: no block for the sets (the walk's
     * levels come here once per outer value). */
    val one;
    bool single = n == 1 && bounds[0].nnames == 1 && !bounds[0].tuple && bounds[0].set;
    if (single) {
        one = eval_expr(w, c, bounds[0].set);
        if (bind_listed(w, c, bounds[0].res[0], one, fn, data)) return;
    }
    binding_walk bw = {bounds, n, arena_alloc(&w->scratch, sizeof(val) * (n + 1)), loc, form, fn, data, false};
    for (uint32_t g = 0; g < n; g++) {
        if (!bounds[g].set) eval_fail(w, loc, "cannot enumerate the unbounded variable %s", bounds[g].names[0]);
        bw.sets[g] = single ? one : eval_expr(w, c, bounds[g].set);
        check_bound(w, form, loc, bounds[g].set, bw.sets[g]);
    }
    if (!n) {
        fn(w, data, c);
        return;
    }
    const syn_bound *last = &bounds[n - 1];
    bind_at(w, &bw, c, n - 1, last->tuple ? 0 : last->nnames - 1);
}

void eval_for_bindings(eval_worker *w, ctx c, const syn_bound *bounds, uint32_t n, syn_loc loc, eval_bind_fn fn,
                       void *data)
{
    for_bindings_of(w, c, SX_EXISTS, bounds, n, loc, fn, data);
}

typedef struct quant_data { const syn_expr *e, *body; bool exists, result; } quant_data;

static bool quant_body(eval_worker *w, void *data, ctx inner)
{
    quant_data *q = data;
    bool t = eval_truth_in(w, inner, q->e, q->body);
    if (t == q->exists) {
        q->result = q->exists;
        return false;
    }
    return true;
}

static bool is_primed_variable(const syn_expr *e)
{
    e = sema_strip(e);
    if (!sema_is_builtin(e, B_PRIME)) return false;
    const syn_expr *v = sema_strip(e->u.apply.args[0]);
    const sema_ref *r = v->kind == SX_APPLY && v->u.apply.nargs == 0 ? v->u.apply.res : NULL;
    return r && r->kind == REF_DECL && r->decl->is_variable;
}

const syn_expr *eval_prime_fixing(const syn_expr *e)
{
    const syn_bound *b = &e->u.q.bounds[0];
    if (e->u.q.nbounds != 1 || b->nnames != 1 || b->tuple || !b->set) return NULL;
    const syn_expr *first = sema_strip(e->u.q.body);
    if (first->kind == SX_CONJ_LIST) first = sema_strip(first->u.list.items[0]);
    else if (sema_is_builtin(first, B_AND)) first = sema_strip(first->u.apply.args[0]);
    if (!sema_is_builtin(first, B_EQ)) return NULL;
    for (int side = 0; side < 2; side++) {
        const syn_expr *x = sema_strip(first->u.apply.args[side]), *v = first->u.apply.args[1 - side];
        const sema_ref *r = x->kind == SX_APPLY && x->u.apply.nargs == 0 ? x->u.apply.res : NULL;
        if (r && r->kind == REF_BOUND && r->binder == b->res[0] && is_primed_variable(v)) return v;
    }
    return NULL;
}

static __attribute__((noinline)) val eval_quantifier(eval_worker *w, ctx c, const syn_expr *e, bool exists)
{
    /* Checking a transition (the next state is given), \E x \in S : x = v' /\ P holds only for x
     * the value of v': test that value's membership in S instead of enumerating S. */
    const syn_expr *fix = exists && w->next_complete && !ctx_primed(c) ? eval_prime_fixing(e) : NULL;
    if (fix) {
        val x = eval_expr(w, c, fix);
        const syn_bound *b = &e->u.q.bounds[0];
        if (!eval_member_of(w, c, x, b->set)) return val_bool(false);
        ctx inner = c;
        inner.env = eval_push_value(w, c.env, b->res[0], x);
        return val_bool(eval_truth_in(w, inner, e, e->u.q.body));
    }
    quant_data q = {e, e->u.q.body, exists, !exists};
    eval_for_bindings(w, c, e->u.q.bounds, e->u.q.nbounds, e->loc, quant_body, &q);
    return val_bool(q.result);
}

typedef struct choose_data { const syn_expr *e; val found; bool ok; } choose_data;

static bool choose_body(eval_worker *w, void *data, ctx inner)
{
    choose_data *cd = data;
    if (!eval_truth(w, inner, cd->e->u.q.body)) return true;
    /* the chosen value is what the bound names were bound to */
    const syn_bound *b = &cd->e->u.q.bounds[0];
    if (b->tuple) {
        val *parts = arena_alloc(&w->scratch, sizeof(val) * b->nnames);
        for (uint32_t i = 0; i < b->nnames; i++) parts[i] = eval_lookup(inner.env, b->res[i])->v;
        cd->found = val_seq_make(&w->scratch, parts, b->nnames);
    } else {
        cd->found = eval_lookup(inner.env, b->res[0])->v;
    }
    cd->ok = true;
    return false;
}

/* CHOOSE x \in S : P picks the first element of S, in the canonical order, satisfying P. */
static __attribute__((noinline)) val eval_choose(eval_worker *w, ctx c, const syn_expr *e)
{
    if (!e->u.q.bounds[0].set) {
        char where[UTIL_LOC_SPAN_MAX];
        util_loc_span(&e->loc, where, sizeof where);
        eval_fail(w, e->loc, "TLC attempted to evaluate an unbounded CHOOSE.\n"
                             "Make sure that the expression is of form CHOOSE x \\in S: P(x).\n%s", where);
    }
    choose_data cd = {e, {0}, false};
    for_bindings_of(w, c, SX_CHOOSE, e->u.q.bounds, 1, e->loc, choose_body, &cd);
    if (!cd.ok) eval_fail_choose_none(w, e->loc);
    return cd.found;
}

typedef struct collect_data { const syn_expr *body; VEC(val) out; bool filter; const syn_bound *b; } collect_data;

static bool collect_map(eval_worker *w, void *data, ctx inner)
{
    collect_data *cd = data;
    val v = eval_expr(w, inner, cd->body);
    ARENA_VEC_PUSH(&w->scratch, cd->out, v);
    return true;
}

static __attribute__((noinline)) val eval_set_map(eval_worker *w, ctx c, const syn_expr *e)
{
    collect_data cd = {e->u.q.body, {0}, false, NULL};
    eval_for_bindings(w, c, e->u.q.bounds, e->u.q.nbounds, e->loc, collect_map, &cd);
    return eval_set_of(w, cd.out.items, cd.out.len, e->loc);
}

/* A filter's predicate, and (for the filters that test many elements) whether it is transient. */
typedef struct filter_data {
    const syn_expr *e;
    ctx c;
    uint32_t tested;
    bool transient;
} filter_data;

static inline __attribute__((always_inline)) bool filter_keep(eval_worker *w, void *data, val elem)
{
    filter_data *fd = data;
    const syn_bound *b = &fd->e->u.q.bounds[0];
    ctx inner = fd->c;
    inner.env = b->tuple ? eval_bind_tuple(w, inner.env, b, elem, fd->e->loc) : eval_push_value(w, inner.env, b->res[0], elem);
    return eval_truth(w, inner, fd->e->u.q.body);
}

/* The predicate is judged at the FILTER_JUDGED_AT-th element, when that element's test took
 * FILTER_RELEASED_BYTES or more from the scratch arena: then it is walked (eval_transient). The
 * filters of fewer elements, or whose tests take little, pay neither the walk nor the arena's mark
 * and release per element (as much as a third of a cheap test). */
enum { FILTER_JUDGED_AT = 1024, FILTER_RELEASED_BYTES = 1024 };

/* The FILTER_JUDGED_AT-th element's test, judging the predicate. */
static __attribute__((noinline)) bool filter_judge(eval_worker *w, filter_data *fd, val elem)
{
    fd->tested++;
    size_t before = w->scratch.bytes;
    bool keep = filter_keep(w, fd, elem);
    fd->transient = w->scratch.bytes >= before + FILTER_RELEASED_BYTES && eval_transient(w, fd->c, fd->e->u.q.body);
    return keep;
}

/* filter_keep giving the scratch arena back after the element, the predicate keeping nothing made
 * while it is tested (transient.c): a filter over a large set then needs the memory of one test. */
static __attribute__((noinline)) bool filter_test_released(eval_worker *w, filter_data *fd, val elem)
{
    arena_mark mark = arena_save(&w->scratch);
    bool keep = filter_keep(w, fd, elem);
    arena_restore(&w->scratch, mark);
    return keep;
}

/* An element's test: plain up to the judgement, then released where the predicate is transient
 * (fd->tested counts up to one past FILTER_JUDGED_AT, and stays there). */
static inline bool filter_test(eval_worker *w, filter_data *fd, val elem)
{
    if (fd->tested < FILTER_JUDGED_AT) fd->tested++;
    else if (fd->tested == FILTER_JUDGED_AT) return filter_judge(w, fd, elem);
    else if (fd->transient) return filter_test_released(w, fd, elem);
    return filter_keep(w, fd, elem);
}

typedef struct filter_collect { filter_data fd; VEC(val) out; } filter_collect;

static bool filter_step(eval_worker *w, void *data, val elem)
{
    filter_collect *fc = data;
    if (filter_test(w, &fc->fd, elem)) ARENA_VEC_PUSH(&w->scratch, fc->out, elem);
    return true;
}

/* {x \in S : P}: enumerated (TLC enumerates set filters when it needs their elements; membership
 * tests on an unenumerable S are handled by builtin \in before we get here). */
/* The predicate of a filter over an infinite set, evaluated by the worker that tests membership
 * (the value lives in that worker's scratch arena, so only that worker ever sees it). */
typedef struct lazy_filter {
    val_filter f;
    eval_worker *w;
    filter_data fd;
} lazy_filter;

static val_status lazy_filter_holds(const val_filter *f, val x, bool *out)
{
    const lazy_filter *lf = (const lazy_filter *)f;
    *out = filter_keep(lf->w, (void *)&lf->fd, x);
    return VAL_OK;
}

/* eval_for_each over the one bound of a filter or a function `form`, failing in TLC's words. */
static void for_each_of_form(eval_worker *w, val set, const syn_expr *form, eval_elem_fn fn, void *data)
{
    each_ctx ec = {w, fn, data};
    val_status st = val_for_each(&w->scratch, set, each_elem, &ec);
    if (st == VAL_TYPE) fail_bound_not_set(w, form->kind, form->loc, set, val_to_string(&w->scratch, set));
    if (st != VAL_OK) fail_not_listed(w, form->u.q.bounds[0].set->loc, set, st);
}

/* Does iterating the set give its elements in the canonical order? (An explicit set, an interval.) */
static bool iterates_in_order(val set)
{
    return set.kind == VAL_SET || (set.kind == VAL_LAZY && set.u.lazy->kind == LAZY_INTERVAL);
}

static __attribute__((noinline)) val eval_set_filter(eval_worker *w, ctx c, const syn_expr *e)
{
    return eval_filter_of(w, c, e, eval_expr(w, c, e->u.q.bounds[0].set));
}

val eval_filter_of(eval_worker *w, ctx c, const syn_expr *e, val set)
{
    if (val_is_infinite(&w->scratch, set)) {
        lazy_filter *lf = arena_alloc(&w->scratch, sizeof *lf);
        *lf = (lazy_filter){{lazy_filter_holds, "..."}, w, {e, c, 0, false}};
        return val_filter_make(&w->scratch, set, &lf->f);
    }
    filter_collect fc = {{e, c, 0, false}, {0}};
    for_each_of_form(w, set, e, filter_step, &fc);
    if (iterates_in_order(set)) return val_set_from_sorted(&w->scratch, fc.out.items, fc.out.len);
    return val_set_make(&w->scratch, fc.out.items, fc.out.len);
}

/* Part `part` of nparts of a set's values (eval_set_part): those at positions [lo, hi) of its
 * iteration, kept when they pass the filter (if any); with `check`, the iteration's values up to the
 * next part's first must be in order. */
typedef struct part_collect {
    filter_data fd;
    bool filter, check, ordered;
    uint64_t at, hi;
    val last;
    VEC(val) out;
} part_collect;

static bool part_step(eval_worker *w, void *data, val elem)
{
    part_collect *pc = data;
    if (pc->check && pc->at > 0 && val_compare(pc->last, elem) >= 0) pc->ordered = false;
    pc->last = elem;
    if (pc->at++ == pc->hi || !pc->ordered) return false;
    if (!pc->filter || filter_test(w, &pc->fd, elem)) ARENA_VEC_PUSH(&w->scratch, pc->out, elem);
    return true;
}

/* Init's split set e, of value `set`, when it is a UNION: listed once, by the first part to need it,
 * and kept for the others, which would each list and sort it twice (to count it, then to take their
 * part: LeastCircularSubstring's `b \in Corpus`, 9,841 sequences). Init is pure when it is split, so
 * every part evaluates e to the same value. A set that is no such UNION, or that fails to be
 * listed, is given back as it is. */
static val union_listed_once(eval_worker *w, const syn_expr *e, val set)
{
    eval_program *ep = w->ep;
    pthread_mutex_lock(&ep->perm_lock);
    while (ep->split_listing_busy) pthread_cond_wait(&ep->memo_done, &ep->perm_lock);
    bool mine = ep->split_of != e;
    const val *kept = ep->split_listing;
    if (mine) {
        ep->split_of = e;
        ep->split_listing = NULL;
        ep->split_listing_busy = true;
    }
    pthread_mutex_unlock(&ep->perm_lock);
    if (!mine) return kept ? *kept : set;
    val listing;
    bool listed = val_union_listed(&w->scratch, set, &listing) == VAL_OK;
    pthread_mutex_lock(&ep->perm_lock);
    if (listed) {
        ep->split_listing = arena_alloc(&ep->perm, sizeof *ep->split_listing);
        *ep->split_listing = val_copy(&ep->perm, listing);
    }
    ep->split_listing_busy = false;
    pthread_cond_broadcast(&ep->memo_done);
    pthread_mutex_unlock(&ep->perm_lock);
    return listed ? listing : set;
}

uint32_t eval_set_part(eval_worker *w, ctx c, const syn_expr *e, uint32_t part, uint32_t nparts, const val **out)
{
    e = sema_strip(e);
    /* a filter's values are in order (eval_filter_of): taken from a part of its bound whose values
     * are iterated in order, they are a part of them in order, and P is evaluated on that part only */
    bool filter = e->kind == SX_SET_FILTER;
    const syn_expr *listed = filter ? e->u.q.bounds[0].set : e;
    val set = eval_expr(w, c, listed);
    if (!filter && set.kind == VAL_LAZY && set.u.lazy->kind == LAZY_BIGUNION) set = union_listed_once(w, listed, set);
    int64_t n;
    if ((filter && val_is_infinite(&w->scratch, set)) || val_cardinality(&w->scratch, set, &n) != VAL_OK) {
        /* not split: part 0 takes the whole set, and meets its errors as the whole enumeration would */
        if (part) return 0;
        part_collect pc = {.hi = UINT64_MAX, .ordered = true};
        eval_for_each(w, filter ? eval_filter_of(w, c, e, set) : set, listed->loc, part_step, &pc);
        *out = pc.out.items;
        return (uint32_t)pc.out.len;
    }
    uint64_t lo = (uint64_t)n * part / nparts, hi = (uint64_t)n * (part + 1) / nparts;
    if (set.kind == VAL_SET && !filter) {
        *out = set.u.set->elems + lo;
        return (uint32_t)(hi - lo);
    }
    part_collect pc = {{e, c, 0, false}, filter, filter && !iterates_in_order(set), true, 0, hi - lo, {0}, {0}};
    if (lo < hi) {
        each_ctx ec = {w, part_step, &pc};
        val_status st = val_for_each_from(&w->scratch, set, lo, each_elem, &ec);
        if (st != VAL_OK) eval_check_failed(w, listed->loc, st);
    }
    /* the bound's values are not in order: the parts' values in order would not be the filter's */
    if (!pc.ordered) eval_fail(w, listed->loc, "the set's values cannot be split in order");
    *out = pc.out.items;
    return (uint32_t)pc.out.len;
}

typedef struct func_data { const syn_expr *e; VEC(val) dom; VEC(val) rng; } func_data;

static bool func_point(eval_worker *w, void *data, ctx inner)
{
    func_data *fd = data;
    const syn_expr *e = fd->e;
    /* the argument: the bound value, or the tuple of them for [x \in S, y \in T |-> ...] */
    uint32_t total = 0;
    for (uint32_t g = 0; g < e->u.q.nbounds; g++) total += e->u.q.bounds[g].tuple ? 1 : e->u.q.bounds[g].nnames;
    val arg;
    if (total == 1 && !e->u.q.bounds[0].tuple) {
        arg = eval_lookup(inner.env, e->u.q.bounds[0].res[0])->v;
    } else {
        val *parts = arena_alloc(&w->scratch, sizeof(val) * (total + 1));
        uint32_t k = 0;
        for (uint32_t g = 0; g < e->u.q.nbounds; g++) {
            const syn_bound *b = &e->u.q.bounds[g];
            if (b->tuple) {
                val *tp = arena_alloc(&w->scratch, sizeof(val) * b->nnames);
                for (uint32_t i = 0; i < b->nnames; i++) tp[i] = eval_lookup(inner.env, b->res[i])->v;
                parts[k++] = val_seq_make(&w->scratch, tp, b->nnames);
            } else {
                for (uint32_t i = 0; i < b->nnames; i++) parts[k++] = eval_lookup(inner.env, b->res[i])->v;
            }
        }
        arg = total == 1 ? parts[0] : val_seq_make(&w->scratch, parts, total);
    }
    val y = eval_expr(w, inner, e->u.q.body);
    ARENA_VEC_PUSH(&w->scratch, fd->dom, arg);
    ARENA_VEC_PUSH(&w->scratch, fd->rng, y);
    return true;
}

typedef struct func_elem_data { func_data *fd; ctx c; const sema_binder *b; } func_elem_data;

static bool func_elem(eval_worker *w, void *data, val x)
{
    func_elem_data *fe = data;
    ctx inner = fe->c;
    inner.env = eval_push_value(w, inner.env, fe->b, x);
    return func_point(w, fe->fd, inner);
}

/* [x \in S |-> e]: TLC keeps the domain as S was built, which decides how the function prints
 * (see VAL_HINT_*), so with one bound name the set is looked at before it is iterated. */
static __attribute__((noinline)) val eval_func(eval_worker *w, ctx c, const syn_expr *e)
{
    const syn_bound *b = &e->u.q.bounds[0];
    if (e->u.q.nbounds == 1 && b->nnames == 1 && !b->tuple && b->set) return eval_func_of(w, c, e, eval_expr(w, c, b->set));
    func_data fd = {e, {0}, {0}};
    for_bindings_of(w, c, SX_FUNC, e->u.q.bounds, e->u.q.nbounds, e->loc, func_point, &fd);
    val f;
    eval_check(w, e->loc, val_func_make(&w->scratch, fd.dom.items, fd.rng.items, fd.dom.len, &f));
    return val_hint_function(f, false);
}

val eval_func_of(eval_worker *w, ctx c, const syn_expr *e, val set)
{
    const syn_bound *b = &e->u.q.bounds[0];
    func_data fd = {e, {0}, {0}};
    bool interval = set.kind == VAL_LAZY && set.u.lazy->kind == LAZY_INTERVAL;
    bool in_order = iterates_in_order(set);
    func_elem_data fe = {&fd, c, b->res[0]};
    for_each_of_form(w, set, e, func_elem, &fe);
    val f;
    if (in_order) val_func_from_sorted(&w->scratch, fd.dom.items, fd.rng.items, fd.dom.len, &f);
    else eval_check(w, e->loc, val_func_make(&w->scratch, fd.dom.items, fd.rng.items, fd.dom.len, &f));
    return val_hint_function(f, interval);
}

/* ---- LET ---------------------------------------------------------------------------------------- */

/* LET definitions close over the names around them. One without parameters is a lazily forced,
 * cached thunk; one with parameters (or a function definition, which may recur) an operator. */
ctx eval_bind_let(eval_worker *w, ctx c, const syn_expr *e)
{
    for (uint32_t i = 0; i < e->u.let.ndefs; i++) {
        syn_unit *u = e->u.let.defs[i];
        if (u->kind != SU_OPDEF) continue;
        const sema_binder *b = u->res.binder;
        const sema_def *d = b->let_def;
        if (d->nparams == 0 && !d->is_function) {
            c.env = push_thunk(w, c.env, b, d->body, c);
        } else {
            env *node = push_op(w, c.env, b, (opval){.def = d});
            node->op.where = c;
            node->op.where.env = node;   /* it sees itself: recursion */
            c.env = node;
        }
    }
    return c;
}

/* ---- functions ---------------------------------------------------------------------------------- */

static __attribute__((noinline)) val arg_tuple_of(eval_worker *w, ctx c, syn_expr *const *args, uint32_t n)
{
    val *vs = arena_alloc(&w->scratch, sizeof(val) * n);
    for (uint32_t i = 0; i < n; i++) vs[i] = eval_expr(w, c, args[i]);
    return val_seq_make(&w->scratch, vs, n);
}

/* The argument of f[a] (a value) or f[a, b, ...] (their tuple): one argument is its value, without
 * arg_tuple_of's frame. */
static inline val arg_tuple(eval_worker *w, ctx c, syn_expr *const *args, uint32_t n)
{
    return n == 1 ? eval_expr(w, c, args[0]) : arg_tuple_of(w, c, args, n);
}

static const sema_def *function_def(eval_worker *w, ctx c, const syn_expr *fn, ctx *body)
{
    while (fn->kind == SX_PAREN) fn = fn->u.bin.a;
    if (fn->kind != SX_APPLY || fn->u.apply.nargs) return NULL;
    const sema_ref *r = fn->u.apply.res;
    if (r->kind == REF_DEF) {
        const sema_def *d = eval_ref_def(w->ep, r->def, r);
        if (!d->is_function || d->native) return NULL;
        *body = r->npath ? eval_enter_path(w, c, r->path, r->npath) : ctx_subst_only(c);
        *body = ctx_primed_as(*body, ctx_primed(c));
        return d;
    }
    if (r->kind == REF_BOUND) {
        env *b = eval_lookup(c.env, r->binder);
        if (b && b->kind == ENV_OP && b->op.def && b->op.def->is_function) {
            *body = b->op.where;
            return b->op.def;
        }
    }
    return NULL;
}

val eval_arg_tuple(eval_worker *w, ctx c, syn_expr *const *args, uint32_t n) { return arg_tuple(w, c, args, n); }

const sema_def *eval_function_def(eval_worker *w, ctx c, const syn_expr *fn, ctx *body)
{
    return function_def(w, c, fn, body);
}

typedef struct fdirect { const syn_expr *func; val *args; uint32_t nargs; uint32_t k; ctx c; } fdirect;

ctx eval_bind_function_arg(eval_worker *w, ctx body, const sema_def *d, val arg, const syn_expr *call)
{
    const syn_expr *func = d->body;   /* SX_FUNC */
    uint32_t total = 0;
    for (uint32_t g = 0; g < func->u.q.nbounds; g++)
        total += func->u.q.bounds[g].tuple ? 1 : func->u.q.bounds[g].nnames;
    val *parts = &arg;
    if (total > 1) {
        if (!val_is_seq(arg) || val_len(arg) != total)
            eval_fail(w, call->loc, "%s is applied to %s, not a tuple of %u arguments", d->name,
                      val_to_string(&w->scratch, arg), total);
        parts = arena_alloc(&w->scratch, sizeof(val) * total);
        for (uint32_t i = 0; i < total; i++) parts[i] = val_seq_at(arg, i);
    }
    uint32_t k = 0;
    for (uint32_t g = 0; g < func->u.q.nbounds; g++) {
        const syn_bound *b = &func->u.q.bounds[g];
        val set = eval_expr(w, body, b->set);
        uint32_t names = b->tuple ? 1 : b->nnames;
        for (uint32_t i = 0; i < names; i++, k++) {
            if (!eval_member(w, parts[k], set, call->loc))
                eval_fail(w, call->loc, "%s[%s]: the argument is not in the domain of %s", d->name,
                          val_to_string(&w->scratch, arg), d->name);
            body.env = b->tuple ? eval_bind_tuple(w, body.env, b, parts[k], call->loc)
                                : eval_push_value(w, body.env, b->res[i], parts[k]);
        }
    }
    return body;
}

/* Apply a function definition f[x \in S] == e to an argument without building f: bind x, check
 * x \in S, evaluate e. This is how recursive functions over infinite domains (Nat) evaluate. */
static val apply_function_def(eval_worker *w, ctx body, const sema_def *d, val arg, const syn_expr *call)
{
    body = eval_bind_function_arg(w, body, d, arg, call);
    eval_enter_call(w, call->loc, d->name);
    val v = eval_expr(w, body, d->body->u.q.body);
    w->depth--;
    return v;
}

static val eval_fapply(eval_worker *w, ctx c, const syn_expr *e)
{
    ctx body;
    const sema_def *d = function_def(w, c, e->u.fapp.fn, &body);
    val arg = arg_tuple(w, c, e->u.fapp.args, e->u.fapp.nargs);
    if (d) return apply_function_def(w, body, d, arg, e);
    val f = eval_expr(w, c, e->u.fapp.fn);
    val out;
    val_status st = val_apply(&w->scratch, f, arg, &out);
    if (st == VAL_NOT_IN_DOMAIN) eval_fail_not_in_domain_of(w, e->loc, e->u.fapp.fn, f, arg);
    if (st == VAL_TYPE) eval_fail_not_function(w, e->loc, f);
    eval_check(w, e->loc, st);
    return out;
}

static val eval_dot(eval_worker *w, ctx c, const syn_expr *e)
{
    val r = eval_expr(w, c, e->u.dot.rec);
    val out;
    val_status st = val_apply(&w->scratch, r, val_str(e->u.dot.field), &out);
    if (st == VAL_NOT_IN_DOMAIN || st == VAL_TYPE) eval_fail_no_field(w, e->loc, r, e->u.dot.field);
    eval_check(w, e->loc, st);
    return out;
}

/* ---- EXCEPT ------------------------------------------------------------------------------------- */

_Noreturn void eval_fail_except_not_function(eval_worker *w, syn_loc loc, val f)
{
    eval_fail(w, loc, "Attempted to apply EXCEPT construct to the value %s.", val_to_string(&w->scratch, f));
}

void eval_warn_except_outside(eval_worker *w, const syn_expr *e)
{
    if (!w->ep->except_warn || w->quiet) return;
    char place[512];   /* TLC names the EXCEPT's value, as its toString: its place */
    util_loc_span(&sema_strip(e->u.except.base)->loc, place, sizeof place);
    w->ep->except_warn(w->ep->except_warn_data, place);
}

static val step_key(eval_worker *w, ctx c, const syn_except_step *s)
{
    if (s->is_field) return val_str(s->field);
    return arg_tuple(w, c, s->index, s->nindex);
}

/* f with the value at path steps[i..] replaced; `@` is the old value at the whole path. `e` is the
 * EXCEPT, whose place an error names (passed as the node: its place is read only then). */
static val except_path(eval_worker *w, ctx c, val f, const syn_except_update *up, uint32_t i, const syn_expr *e)
{
    val key = step_key(w, c, &up->steps[i]);
    uint32_t at;   /* found once: the old value read there, the new one put there */
    val_status st = val_point(f, key, &at);
    if (st == VAL_NOT_IN_DOMAIN) {   /* [f EXCEPT ![x] = e] = f when x \notin DOMAIN f */
        eval_warn_except_outside(w, e);
        return f;
    }
    if (st == VAL_TYPE) eval_fail_except_not_function(w, e->loc, f);
    eval_check(w, e->loc, st);
    val old = val_point_value(f, at), newv;
    if (i + 1 == up->nsteps) {
        val saved_at = w->at;
        bool saved_has = w->has_at;
        w->at = old;
        w->has_at = true;
        newv = eval_expr(w, c, up->value);
        w->at = saved_at;
        w->has_at = saved_has;
    } else {
        newv = except_path(w, c, old, up, i + 1, e);
    }
    return val_except_at(&w->scratch, f, at, newv);
}

val eval_except(eval_worker *w, ctx c, const syn_expr *e)
{
    val f = eval_expr(w, c, e->u.except.base);
    for (uint32_t i = 0; i < e->u.except.nupdates; i++) f = except_path(w, c, f, &e->u.except.updates[i], 0, e);
    return f;
}

/* ---- the rest ----------------------------------------------------------------------------------- */

static __attribute__((noinline)) val eval_case(eval_worker *w, ctx c, const syn_expr *e)
{
    for (uint32_t i = 0; i < e->u.cas.narms; i++)
        if (eval_truth(w, c, e->u.cas.arms[i].guard)) return eval_expr(w, c, e->u.cas.arms[i].value);
    if (e->u.cas.other) return eval_expr(w, c, e->u.cas.other);
    eval_fail_no_case_arm(w, e->loc);
}

static val eval_list(eval_worker *w, ctx c, const syn_expr *e, bool make_set)
{
    uint32_t n = e->u.list.nitems;
    if (!make_set) {   /* a tuple: its elements evaluated into their place */
        val_seq *s = arena_alloc(&w->scratch, sizeof(val_seq) + sizeof(val) * n);
        s->n = n;
        for (uint32_t i = 0; i < n; i++) s->elems[i] = eval_expr(w, c, e->u.list.items[i]);
        return (val){.kind = VAL_SEQ, .u.seq = s};
    }
    val *vs = arena_alloc(&w->scratch, sizeof(val) * (n + 1));
    for (uint32_t i = 0; i < n; i++) vs[i] = eval_expr(w, c, e->u.list.items[i]);
    return eval_set_of(w, vs, n, e->loc);
}

static __attribute__((noinline)) val eval_record(eval_worker *w, ctx c, const syn_expr *e, bool set)
{
    uint32_t n = e->u.rec.nfields;
    atom *names = arena_alloc(&w->scratch, sizeof(atom) * (n + 1));
    val *vs = arena_alloc(&w->scratch, sizeof(val) * (n + 1));
    for (uint32_t i = 0; i < n; i++) {
        names[i] = e->u.rec.fields[i].name;
        vs[i] = eval_expr(w, c, e->u.rec.fields[i].value);
    }
    return set ? val_recset_make(&w->scratch, names, vs, n) : val_record_make(&w->scratch, names, vs, n);
}

static val eval_junction(eval_worker *w, ctx c, const syn_expr *e, bool conj)
{
    for (uint32_t i = 0; i < e->u.list.nitems; i++)
        if (eval_truth_in(w, c, e, e->u.list.items[i]) != conj) return val_bool(!conj);
    return val_bool(conj);
}

/* Whether v' = v on a transition ([A]_v is A \/ v' = v, <<A>>_v is A /\ v' # v): v evaluated in the
 * first state before the second, as TLC does (whichever fails first is the error reported), and
 * compared as TLC compares them: in an action ([A]_v as a property or an expression) the state's
 * value with the next state's ("integer 0 with non-integer "s"" for v from 0 to "s"), in the
 * liveness checker's "v changes" the other way round (state_first false). */
bool eval_unchanged(eval_worker *w, ctx c, const syn_expr *v, syn_loc loc, bool state_first)
{
    val before = eval_expr(w, c, v), after = eval_expr(w, ctx_primed_as(c, true), v);
    return state_first ? eval_equal(w, before, after, loc) : eval_equal(w, after, before, loc);
}

/* A of [A]_v or <<A>>_v, which must be a Boolean. */
static bool sub_action_truth(eval_worker *w, ctx c, const syn_expr *e, bool box)
{
    val v = eval_expr(w, c, e->u.bin.a);
    if (val_is_bool(v)) return val_get_bool(v);
    char span[PATH_MAX + 96];
    util_loc_span(&e->loc, span, sizeof span);
    eval_fail_kind(w, EVAL_KIND_SUB_NOT_BOOLEAN, e->loc,
                   "Attempted to evaluate an expression of form %s, but A was not a boolean.\n%s", box ? "[A]_e" : "<A>_e", span);
}

/* [A]_v and <<A>>_v as predicates of a step, in TLC's order for an expression: A first, and v only
 * when A leaves the answer open (so an error in v on a step where [A]_v's A holds is none). */
static __attribute__((noinline)) val eval_action_sub(eval_worker *w, ctx c, const syn_expr *e, bool box)
{
    bool a = sub_action_truth(w, c, e, box);
    if (a == box) return val_bool(box);
    return val_bool(eval_unchanged(w, c, e->u.bin.b, e->loc, true) == box);
}

/* <<A>>_v as a temporal formula's step (or WF/SF's), in the order of TLC's liveness checker: v in
 * both states first, A only on a step that changes v. */
val eval_angle_step(eval_worker *w, ctx c, const syn_expr *e)
{
    if (eval_unchanged(w, c, e->u.bin.b, e->loc, false)) return val_bool(false);
    return val_bool(sub_action_truth(w, c, e, false));
}

static __attribute__((noinline)) val eval_cross(eval_worker *w, ctx c, const syn_expr *e)
{
    uint32_t n = e->u.list.nitems;
    val *vs = arena_alloc(&w->scratch, sizeof(val) * n);
    for (uint32_t i = 0; i < n; i++) vs[i] = eval_expr(w, c, e->u.list.items[i]);
    return val_product_make(&w->scratch, vs, n);
}

/* The forms other than names, calls and literals (see eval_expr). The big ones are functions of
 * their own (noinline), so that this dispatch keeps a small stack frame. */
static __attribute__((noinline)) val eval_form(eval_worker *w, ctx c, const syn_expr *e)
{
    switch (e->kind) {
    case SX_NUM:
        if (e->u.n.num_text) eval_fail(w, e->loc, "the number %s is not supported (only integers up to 2^63)", e->u.n.num_text);
        return val_int(e->u.n.num);
    case SX_STR: return val_str(e->u.str);
    case SX_AT:
        if (!w->has_at) eval_fail(w, e->loc, "@ may only appear in the value of an EXCEPT update");
        return w->at;
    case SX_APPLY: return eval_call(w, c, e);
    case SX_LAMBDA: eval_fail(w, e->loc, "a LAMBDA can only be passed as an argument to an operator");
    case SX_IF: return eval_truth_in(w, c, e, e->u.ite.cond) ? eval_expr(w, c, e->u.ite.then_) : eval_expr(w, c, e->u.ite.else_);
    case SX_CASE: return eval_case(w, c, e);
    case SX_LET: return eval_expr(w, eval_bind_let(w, c, e), e->u.let.body);
    case SX_FORALL: return eval_quantifier(w, c, e, false);
    case SX_EXISTS: return eval_quantifier(w, c, e, true);
    case SX_TFORALL: case SX_TEXISTS:
        eval_fail(w, e->loc, "temporal quantifiers (\\AA, \\EE) cannot be evaluated in a state");
    case SX_CHOOSE: return eval_choose(w, c, e);
    case SX_SET_ENUM: return eval_list(w, c, e, true);
    case SX_SET_FILTER: return eval_set_filter(w, c, e);
    case SX_SET_MAP: return eval_set_map(w, c, e);
    case SX_FUNC: return eval_func(w, c, e);
    case SX_FUNC_SET: return val_funcset_make(&w->scratch, eval_expr(w, c, e->u.bin.a), eval_expr(w, c, e->u.bin.b));
    case SX_RECORD: return eval_record(w, c, e, false);
    case SX_RECORD_SET: return eval_record(w, c, e, true);
    case SX_TUPLE: return eval_list(w, c, e, false);
    case SX_EXCEPT: return eval_except(w, c, e);
    case SX_FAPPLY: return eval_fapply(w, c, e);
    case SX_DOT: return eval_dot(w, c, e);
    case SX_CROSS: return eval_cross(w, c, e);
    case SX_BOX_ACTION: return eval_action_sub(w, c, e, true);
    case SX_ANGLE_ACTION: return eval_action_sub(w, c, e, false);
    case SX_WF: case SX_SF:
        eval_fail(w, e->loc, "a fairness formula (WF/SF) cannot be evaluated in a state");
    case SX_CONJ_LIST: return eval_junction(w, c, e, true);
    case SX_DISJ_LIST: return eval_junction(w, c, e, false);
    case SX_LABEL: return eval_expr(w, c, e->u.label.body);
    case SX_PAREN: return eval_expr(w, c, e->u.bin.a);
    case SX__COUNT: break;
    }
    util_panic(__FILE__, __LINE__, "bad expression kind %d", e->kind);
}

/* Most nodes evaluated are names and operator calls: they are dispatched here, without the stack
 * frame the other forms need, and the rest go to eval_form. */
val eval_node(eval_worker *w, ctx c, const syn_expr *e)
{
    switch (e->kind) {
    case SX_APPLY: return eval_call(w, c, e);
    case SX_PAREN: return eval_expr(w, c, e->u.bin.a);
    default: return eval_form(w, c, e);
    }
}

val eval_interpret(eval_worker *w, ctx c, const syn_expr *e)
{
    if (e->eval_slot) return eval_cached(w, c, e);
    switch (e->kind) {
    case SX_APPLY: return eval_call(w, c, e);
    case SX_NUM:
        if (e->u.n.num_text) break;
        return val_int(e->u.n.num);
    case SX_STR: return val_str(e->u.str);
    case SX_PAREN: return eval_expr(w, c, e->u.bin.a);
    default: break;
    }
    return eval_form(w, c, e);
}

_Noreturn void eval_fail_not_boolean(eval_worker *w, const syn_expr *e, val v)
{
    eval_fail(w, e->loc, "expected a Boolean (TRUE or FALSE) but the value is %s", val_to_string(&w->scratch, v));
}
