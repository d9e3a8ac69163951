/* transient.c - expressions whose evaluation leaves nothing behind in the scratch arena but their value.
 *
 * A set filter {x \in S : P} over a large S evaluates P once per element, and P's allocations
 * (quantifiers bind a node per value, intervals, tuples) stay in the worker's scratch arena until
 * the state is done: MCBinarySearch's `{ss \in LimitedSeq(Values) : \A i, j \in 1..Len(ss) : ...}`
 * left 1.7 KB per sequence, 0.8 GB for its 488,280 sequences. When P's evaluation keeps nothing
 * made during it, the filter gives the arena back after each element (arena_save/arena_restore),
 * as \A and \E over a large set do (compile.c).
 *
 * What can keep a value made during P past its evaluation, and how the walk keeps each out:
 *  - a thunk forced and cached in its node: an operator argument (only the parameters of the
 *    definitions the walk enters are admitted, their thunks made by the call, inside P), a LET
 *    definition and its letcache.c entry (LET refused);
 *  - the per-state and per-step values of parameterless state-level definitions (state_memo,
 *    next_memo, defcache.c's by bytes): such definitions refused;
 *  - argcache.c's values of definitions with parameters for the state: a definition it may keep
 *    refused (eval_args_judge) while a state is being evaluated; its run table copies to the
 *    permanent arena;
 *  - the values of shared thunks (shared_memo) and of instance substitutions (subst_memo): operator
 *    parameters not entered, instances and substitutions refused;
 *  - member_memo, `x \in v` for a state variable v: variables refused;
 *  - eval_memoised's constant definitions, whose first evaluation may fill the caches above on its
 *    way: only those already computed admitted (their copy in the permanent arena is returned);
 *  - TLCSet's registers: impure natives refused.
 * A cache added to the worker that keeps a value past the evaluation that made it belongs in this
 * list, with the walk refusing what fills it (else a filter or quantifier that gives the arena back
 * leaves it pointing at released memory). So P qualifies when it is built only of
 *  - literals, the language's own operators and constructs other than LET, LAMBDA, priming,
 *    ENABLED and the temporal and action forms;
 *  - names bound to values (quantified, CHOOSE, set-builder and function names: BINDER_VALUE never
 *    holds a thunk);
 *  - constants that the .cfg gives a value (not `c <- Op`);
 *  - pure natives of the standard modules, definitions the .cfg gives a value, and constant
 *    definitions without parameters already computed;
 *  - definitions with parameters (not RECURSIVE, no operator parameter, not overridden) not kept
 *    by their arguments' values (argcache.c: judged not to be, or no state is being evaluated: an
 *    ASSUME, Init), whose bodies qualify in turn;
 * all outside any instance. Closed constant sub-expressions (constcache.c) copy what they keep to
 * the permanent arena, so they qualify as their parts do. */
#include "eval_internal.h"

enum { TRANSIENT_CALLS = 8 };   /* definitions entered in a row, at most */

typedef struct transient_walk {
    eval_program *ep;
    bool args_kept;              /* are calls kept by their arguments' values now (eval_args_may_keep)? */
    const sema_def *entered[TRANSIENT_CALLS];   /* the definitions whose bodies are being walked */
    uint32_t nentered;
} transient_walk;

static bool walk_transient(void *data, const syn_expr *e);

/* A parameter of a definition entered by the walk: its thunk is made by the call, inside. */
static bool param_of_entered(const transient_walk *t, const sema_binder *b)
{
    for (uint32_t i = 0; i < t->nentered; i++)
        for (uint32_t j = 0; j < t->entered[i]->nparams; j++)
            if (t->entered[i]->params[j] == b) return true;
    return false;
}

/* A definition with parameters evaluated as written: its parameters bound, its body evaluated. */
static bool call_transient(transient_walk *t, const sema_def *d)
{
    if (d->recursive || !d->body || t->nentered == TRANSIENT_CALLS) return false;
    if (t->args_kept) {
        uint8_t kept = atomic_load_explicit(&t->ep->args_kept[d->id], memory_order_relaxed);
        if (kept == 1 || (!kept && eval_args_judge(t->ep, d))) return false;
    }
    for (uint32_t i = 0; i < d->nparams; i++)
        if (d->params[i]->arity) return false;
    t->entered[t->nentered++] = d;
    bool ok = walk_transient(t, d->body);
    t->nentered--;
    return ok;
}

/* A definition named in P, as the list above admits it (ids past ndefs, made after the program's
 * tables, are refused). */
static bool def_transient(transient_walk *t, const sema_def *d)
{
    const eval_program *ep = t->ep;
    if (d->id >= ep->ndefs) return false;
    if (ep->def_value[d->id]) return true;
    const sema_def *o = eval_effective_def(ep, d);
    if (o->id >= ep->ndefs) return false;
    if (ep->def_value[o->id]) return true;
    if (o->native) return o->module && o->module->is_standard && !eval_def_impure(o);
    if (o->nparams) return o == d && call_transient(t, d);
    return o->level == LEVEL_CONSTANT && atomic_load_explicit(&ep->memo[o->id], memory_order_acquire) != NULL;
}

static bool ref_transient(transient_walk *t, const sema_ref *r)
{
    if (!r || r->npath) return false;
    switch (r->kind) {
    case REF_BUILTIN: return r->builtin < B_PRIME;   /* (priming, UNCHANGED, ENABLED, temporal: from B_PRIME on) */
    case REF_BOUND:
        return r->binder->kind == BINDER_VALUE ||
               (r->binder->kind == BINDER_OPERATOR_PARAM && param_of_entered(t, r->binder));
    case REF_DECL:
        return !r->decl->is_variable && r->decl->index < t->ep->sema->nconstants &&
               !t->ep->decl_override[r->decl->index];
    case REF_DEF: return def_transient(t, r->def);
    }
    return false;
}

static bool walk_transient(void *data, const syn_expr *e)
{
    transient_walk *t = data;
    switch (e->kind) {
    case SX_LET: case SX_LAMBDA: case SX_TFORALL: case SX_TEXISTS: case SX_BOX_ACTION: case SX_ANGLE_ACTION:
    case SX_WF: case SX_SF:
        return false;
    case SX_APPLY:
        if (!ref_transient(t, e->u.apply.res)) return false;
        break;
    default: break;
    }
    return syn_for_children(e, walk_transient, data);
}

bool eval_transient(const eval_worker *w, ctx c, const syn_expr *e)
{
    if (ctx_subst(c)) return false;
    transient_walk t = {w->ep, w->state && !w->init_mode, {0}, 0};
    return walk_transient(&t, e);
}
