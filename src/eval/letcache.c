/* letcache.c - LET definitions without parameters kept for the run by the values of the bound names
 * they read.
 *
 * GameOfLife's `score(p) == LET nbrs == ... points == {<<p[1] + x, p[2] + y>> : <<x, y>> \in nbrs}
 * IN Sum(sc, points)` builds `points` again for every cell of every state, though its value depends
 * on `p` alone. A LET definition whose body is constant-level (the bound names it reads taken as
 * constants, as sema judges it), in a program that calls nothing impure, outside any instance, has
 * one value for each set of values of the bound names it reads from around it (its free names): it
 * is kept in argcache.c's run-wide table under the definition and those values.
 *
 * The free names are found once per definition: the bound names its body refers to, less those it
 * binds itself (quantified names, LET definitions and their parameters, LAMBDA parameters); a LET
 * definition from around it that it refers to stands for that definition's own free names. It is
 * kept only when it reads at most EVAL_ARGS_KEPT such names, each a value (not an operator
 * parameter), and walks a set or a function (a kept value saves more than the lookup costs).
 *
 * When the thunk is forced, each free name must already be a value in the thunk's context (bound to
 * a value, or an argument forced in this state: nothing is evaluated to make the key, so an argument
 * the body would not read raises no error), not primed, and a scalar or a small value (argcache.c's
 * run keys): else the body is evaluated as before. An evaluation that fails keeps nothing. */
#include "eval_internal.h"

#include <stdlib.h>



/* The walk of a definition's body: binders it introduces, names it refers to, outer LET definitions
 * it refers to (walked in turn). */
typedef struct let_walk {
    VEC(const sema_binder *) bound, refs;
    VEC(const sema_def *) lets;
    bool ok;
} let_walk;

static bool listed(const sema_binder *const *items, uint32_t n, const sema_binder *b)
{
    for (uint32_t i = 0; i < n; i++)
        if (items[i] == b) return true;
    return false;
}

static void bind_all(let_walk *L, sema_binder *const *bs, uint32_t n)
{
    for (uint32_t i = 0; i < n; i++) VEC_PUSH(L->bound, bs[i]);
}

static void note_binders(let_walk *L, const syn_expr *e)
{
    switch (e->kind) {
    case SX_FORALL: case SX_EXISTS: case SX_CHOOSE: case SX_SET_FILTER: case SX_SET_MAP: case SX_FUNC:
    case SX_TFORALL: case SX_TEXISTS:
        for (uint32_t g = 0; g < e->u.q.nbounds; g++) bind_all(L, e->u.q.bounds[g].res, e->u.q.bounds[g].nnames);
        break;
    case SX_LET:
        for (uint32_t i = 0; i < e->u.let.ndefs; i++) {
            const syn_unit *u = e->u.let.defs[i];
            if (u->kind == SU_INSTANCE) L->ok = false;
            if ((u->kind != SU_OPDEF && u->kind != SU_RECURSIVE) || !u->res.binder) continue;
            VEC_PUSH(L->bound, u->res.binder);
            const sema_def *d = u->res.binder->let_def;
            if (d) bind_all(L, d->params, d->nparams);
        }
        break;
    case SX_LAMBDA:
        if (!e->u.lambda.res) L->ok = false;
        else bind_all(L, e->u.lambda.res->params, e->u.lambda.res->nparams);
        break;
    default: break;
    }
}

static bool walk_node(void *data, const syn_expr *e)
{
    let_walk *L = data;
    if (e->kind == SX_AT) L->ok = false;   /* `@` reads the EXCEPT around it */
    note_binders(L, e);
    if (e->kind == SX_APPLY && e->u.apply.res && e->u.apply.res->kind == REF_BOUND)
        VEC_PUSH(L->refs, e->u.apply.res->binder);
    return L->ok && syn_for_children(e, walk_node, L);
}

static void walk_def(let_walk *L, const sema_def *d)
{
    VEC_PUSH(L->lets, d);
    bind_all(L, d->params, d->nparams);
    if (!d->body) L->ok = false;
    else walk_node(L, d->body);
}

static bool let_seen(const let_walk *L, const sema_def *d)
{
    for (uint32_t i = 0; i < L->lets.len; i++)
        if (L->lets.items[i] == d) return true;
    return false;
}

/* d's free names into f (f->n), or false where d is not kept. */
static bool find_free_names(const sema_def *d, eval_let_free *f)
{
    let_walk L = {.ok = true};
    walk_def(&L, d);
    f->n = 0;
    for (uint32_t i = 0; L.ok && i < L.refs.len; i++) {   /* refs grows as outer LET definitions are walked */
        const sema_binder *b = L.refs.items[i];
        if (listed(L.bound.items, L.bound.len, b) || listed(f->names, f->n, b)) continue;
        if (b->kind == BINDER_LET_DEF && b->let_def) {
            if (!let_seen(&L, b->let_def)) walk_def(&L, b->let_def);
        } else if (b->kind == BINDER_VALUE || (b->kind == BINDER_OPERATOR_PARAM && !b->arity)) {
            if (f->n == EVAL_ARGS_KEPT) L.ok = false;
            else f->names[f->n++] = b;
        } else {
            L.ok = false;
        }
    }
    bool ok = L.ok;
    VEC_FREE(L.bound);
    VEC_FREE(L.refs);
    VEC_FREE(L.lets);
    return ok;
}

static const eval_let_free *judged(eval_program *ep, const sema_def *d)
{
    eval_let_free *f = &ep->let_free[d->id];
    uint8_t verdict = atomic_load_explicit(&f->verdict, memory_order_acquire);
    if (verdict == EVAL_LET_UNJUDGED) {
        pthread_mutex_lock(&ep->perm_lock);
        verdict = atomic_load_explicit(&f->verdict, memory_order_relaxed);
        if (verdict == EVAL_LET_UNJUDGED) {
            bool ok = ep->pure && d->level == LEVEL_CONSTANT && !d->nparams && !d->is_function && !d->native &&
                      eval_def_iterates(d) && find_free_names(d, f);
            verdict = ok ? EVAL_LET_KEPT : EVAL_LET_NOT_KEPT;
            atomic_store_explicit(&f->verdict, verdict, memory_order_release);
        }
        pthread_mutex_unlock(&ep->perm_lock);
    }
    return verdict == EVAL_LET_KEPT ? f : NULL;
}

/* The key of LET definition d's thunk t (its context: t->where), or false where it is not kept
 * (the worker's watch, eval_let_may_keep's, asked already). */
static bool let_key(eval_worker *w, const env *t, const sema_def *d, eval_arg_key *k)
{
    if (ctx_primed(t->where) || ctx_subst(t->where)) return false;
    const eval_let_free *f = judged(w->ep, d);
    if (!f) return false;
    k->def = d->id;
    k->ninsts = 0;
    k->nargs = f->n;
    for (uint32_t i = 0; i < f->n; i++) {
        const env *b = eval_lookup(t->where.env, f->names[i]);
        if (!b || !eval_bound_ready(w, t->where, b) || !eval_arg_cache_run_key(b->v)) {
            eval_arg_cache_missed(w, d->id);   /* (Sum's `x == CHOOSE x \in S : TRUE` over sets of pairs) */
            return false;
        }
        k->args[i] = b->v;
    }
    return true;
}

val eval_let_force(eval_worker *w, const env *t)
{
    const sema_def *d = t->binder->let_def;
    eval_arg_key k;
    val v;
    if (!let_key(w, t, d, &k)) return eval_expr(w, t->where, t->expr);
    if (eval_arg_cache_let_get(w, &k, &v)) return v;
    v = eval_expr(w, t->where, t->expr);
    return eval_arg_cache_let_put(w, &k, v);
}

void eval_let_cache_init(eval_program *ep)
{
    ep->let_free = util_xcalloc(ep->ndefs ? ep->ndefs : 1, sizeof *ep->let_free);
}

void eval_let_cache_free(eval_program *ep) { free(ep->let_free); }
