/* transient.c - expressions whose evaluation leaves nothing behind in the scratch arena but their value.
 *
 * A set filter {x \in S : P} over a large S evaluates P once per element, and P's allocations
 * (quantifiers bind a node per value, intervals, tuples) stay in the worker's scratch arena until
 * the state is done: MCBinarySearch's `{ss \in LimitedSeq(Values) : \A i, j \in 1..Len(ss) : ...}`
 * left 1.7 KB per sequence, 0.8 GB for its 488,280 sequences. When P's evaluation keeps nothing
 * made during it, the filter gives the arena back after each element (arena_save/arena_restore).
 *
 * What can keep a value made during P: a thunk forced and cached in its node (an operator argument,
 * a LET definition), the per-state and per-step caches of definitions (state_memo, defcache,
 * argcache, member_memo for `x \in var`), a constant definition evaluated for the first time (its
 * evaluation may fill those caches on its way). So P qualifies when it is built only of
 *  - literals, the language's own operators and constructs other than LET, LAMBDA, priming,
 *    ENABLED and the temporal and action forms;
 *  - names bound to values (quantified, CHOOSE, set-builder and function names: BINDER_VALUE never
 *    holds a thunk);
 *  - constants that the .cfg gives a value (not `c <- Op`);
 *  - pure natives of the standard modules, definitions the .cfg gives a value, and constant
 *    definitions without parameters already computed (eval_memoised's copy in the permanent
 *    arena is what they return);
 * all outside any instance. Closed constant sub-expressions (constcache.c) copy what they keep to
 * the permanent arena, so they qualify as their parts do. */
#include "eval_internal.h"

typedef struct transient_walk { const eval_program *ep; } transient_walk;

static bool def_transient(const eval_program *ep, const sema_def *d)
{
    if (d->id >= ep->ndefs) return false;
    if (ep->def_value[d->id]) return true;
    d = eval_effective_def(ep, d);
    if (d->id >= ep->ndefs) return false;
    if (ep->def_value[d->id]) return true;
    if (d->native) return d->module && d->module->is_standard && !eval_def_impure(d);
    return d->nparams == 0 && d->level == LEVEL_CONSTANT &&
           atomic_load_explicit(&ep->memo[d->id], memory_order_acquire) != NULL;
}

static bool ref_transient(const eval_program *ep, const sema_ref *r)
{
    if (!r || r->npath) return false;
    switch (r->kind) {
    case REF_BUILTIN: return r->builtin < B_PRIME;
    case REF_BOUND: return r->binder->kind == BINDER_VALUE;
    case REF_DECL:
        return !r->decl->is_variable && r->decl->index < ep->sema->nconstants && !ep->decl_override[r->decl->index];
    case REF_DEF: return def_transient(ep, r->def);
    }
    return false;
}

static bool walk_transient(void *data, const syn_expr *e)
{
    const transient_walk *t = data;
    switch (e->kind) {
    case SX_LET: case SX_LAMBDA: case SX_TFORALL: case SX_TEXISTS: case SX_BOX_ACTION: case SX_ANGLE_ACTION:
    case SX_WF: case SX_SF:
        return false;
    case SX_APPLY:
        if (!ref_transient(t->ep, e->u.apply.res)) return false;
        break;
    default: break;
    }
    return syn_for_children(e, walk_transient, data);
}

bool eval_transient(const eval_worker *w, ctx c, const syn_expr *e)
{
    if (ctx_subst(c)) return false;
    transient_walk t = {w->ep};
    return walk_transient(&t, e);
}
