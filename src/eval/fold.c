/* fold.c - a RECURSIVE sum over a set, evaluated as a loop over the set's members.
 *
 * GameOfLife's
 *     RECURSIVE Sum(f, S)
 *     Sum(f, S) == IF S = {} THEN 0 ELSE LET x == CHOOSE x \in S : TRUE IN f[x] + Sum(f, S \ {x})
 * is the usual way to add up over a set in TLA+; called recursively, each member costs a call (its
 * parameters bound, its LET, CHOOSE, `S \ {x}` built, `S = {}` tested). On an explicit set or an
 * interval, CHOOSE x \in S : TRUE is the set's first member and S \ {x} the rest, in order: the calls
 * take the members in the set's order. So the loop evaluates the term (`f[x]`) for each member in
 * that order, then the base with S empty, then adds from the last member to the first, as the calls
 * return: the same values, in the same order, at the same call depths (each level is entered as the
 * recursive call enters it, so the depth limit and the error's calls are the calls'; the stack does
 * not grow, so it is not watched). Anything else
 * (a term or base that is no integer, an overflow, a set that is neither) is evaluated by the calls,
 * which meet its error where they meet it; only in a pure program (nothing printed or set twice).
 *
 * The shape, judged once per definition (eval_program.folds): the body is
 *     IF S = {} THEN base ELSE LET x == CHOOSE y \in S : TRUE IN term + D(p1, ..., S \ {x}, ..., pk)
 * with S one of D's parameters, the other arguments of the recursive call D's own parameters in
 * their places, `+` Naturals' as written, and neither term nor base naming S or D. */
#include "eval_internal.h"

typedef struct names_walk {
    const sema_binder *param;
    const sema_def *def;
} names_walk;

/* Does the expression name neither the parameter nor the definition? */
static bool names_neither(void *data, const syn_expr *e)
{
    const names_walk *nw = data;
    const sema_ref *r = e->kind == SX_APPLY ? e->u.apply.res : NULL;
    if (r && r->kind == REF_BOUND && r->binder == nw->param) return false;
    if (r && r->kind == REF_DEF && r->def == nw->def) return false;
    return syn_for_children(e, names_neither, data);
}

static bool free_of(const syn_expr *e, const sema_binder *param, const sema_def *d)
{
    names_walk nw = {param, d};
    return names_neither(&nw, e);
}

/* `LET x == CHOOSE y \in S : TRUE IN`: x's binder, or NULL. */
static const sema_binder *first_member_of(const syn_expr *let, const sema_binder *set)
{
    if (let->kind != SX_LET || let->u.let.ndefs != 1 || let->u.let.defs[0]->kind != SU_OPDEF) return NULL;
    const sema_binder *x = let->u.let.defs[0]->res.binder;
    const sema_def *xd = x ? x->let_def : NULL;
    if (!xd || xd->nparams || xd->is_function || !xd->body) return NULL;
    const syn_expr *ch = sema_strip(xd->body);
    if (ch->kind != SX_CHOOSE || ch->u.q.nbounds != 1) return NULL;
    const syn_bound *b = &ch->u.q.bounds[0];
    bool any = b->nnames == 1 && !b->tuple && b->set && eval_names_binder(b->set, set) &&
               sema_is_builtin(sema_strip(ch->u.q.body), B_TRUE);
    return any ? x : NULL;
}

/* Is e `D(p1, ..., S \ {x}, ..., pk)`, D's own parameters passed on but S \ {x} in S's place? */
static bool recurses_without(const syn_expr *e, const sema_def *d, uint32_t s, const sema_binder *x)
{
    const sema_ref *r = e->kind == SX_APPLY ? e->u.apply.res : NULL;
    if (!r || r->kind != REF_DEF || r->def != d || r->npath || e->u.apply.nargs != d->nparams) return false;
    for (uint32_t i = 0; i < d->nparams; i++) {
        const syn_expr *a = sema_strip(e->u.apply.args[i]);
        if (i != s) {
            if (!eval_names_binder(a, d->params[i])) return false;
            continue;
        }
        if (!sema_is_builtin(a, B_SETMINUS) || !eval_names_binder(a->u.apply.args[0], d->params[s])) return false;
        const syn_expr *one = sema_strip(a->u.apply.args[1]);
        if (one->kind != SX_SET_ENUM || one->u.list.nitems != 1 || !eval_names_binder(one->u.list.items[0], x)) return false;
    }
    return true;
}

/* Is e `a + b` with Naturals' `+`, called as written? */
static bool is_plus(const eval_program *ep, const syn_expr *e)
{
    const sema_ref *r = e->kind == SX_APPLY ? e->u.apply.res : NULL;
    if (!r || r->kind != REF_DEF || r->npath || e->u.apply.nargs != 2) return false;
    const sema_def *plus = r->def;
    return !ep->def_override[plus->id] && !ep->def_value[plus->id] && plus->native &&
           plus->native == (void *)eval_find_native(util_intern("Naturals"), util_intern("+"));
}

/* Is d such a fold (the file's opening comment)? Then its parts in *out. */
static bool shape_of(const eval_program *ep, const sema_def *d, eval_fold_shape *out)
{
    if (!ep->pure || !d->recursive || d->is_function || !d->nparams || d->native || !d->body) return false;
    for (uint32_t i = 0; i < d->nparams; i++)
        if (d->params[i]->arity || d->params[i]->primed) return false;
    const syn_expr *body = sema_strip(d->body);
    if (body->kind != SX_IF) return false;
    const syn_expr *cond = sema_strip(body->u.ite.cond);
    if (!sema_is_builtin(cond, B_EQ)) return false;
    const syn_expr *empty = sema_strip(cond->u.apply.args[1]);
    if (empty->kind != SX_SET_ENUM || empty->u.list.nitems) return false;
    uint32_t s = 0;
    while (s < d->nparams && !eval_names_binder(cond->u.apply.args[0], d->params[s])) s++;
    if (s == d->nparams) return false;
    const syn_expr *let = sema_strip(body->u.ite.else_);
    const sema_binder *x = first_member_of(let, d->params[s]);
    if (!x) return false;
    const syn_expr *sum = sema_strip(let->u.let.body);
    if (!is_plus(ep, sum)) return false;
    const syn_expr *call = sema_strip(sum->u.apply.args[1]);
    if (!recurses_without(call, d, s, x)) return false;
    *out = (eval_fold_shape){cond->u.apply.args[0], x, sum->u.apply.args[0], body->u.ite.then_, call};
    return free_of(out->term, d->params[s], d) && free_of(out->base, d->params[s], d);
}

/* The set's members in the order the calls take them: an explicit set, or an interval. */
typedef struct members {
    const val *elems;   /* explicit, or NULL for lo..hi */
    int64_t lo;
    uint32_t n;
} members;

/* False for any other set (lazy, or SUBSET, ...) and for what is no set: the calls decide. */
static bool members_of(val s, members *m)
{
    if (s.kind == VAL_SET) {
        *m = (members){s.u.set->elems, 0, s.u.set->n};
        return true;
    }
    if (s.kind != VAL_LAZY || s.u.lazy->kind != LAZY_INTERVAL) return false;
    int64_t lo = s.u.lazy->lo, hi = s.u.lazy->hi;
    if (hi >= lo && (uint64_t)hi - (uint64_t)lo >= UINT32_MAX) return false;
    *m = (members){NULL, lo, hi >= lo ? (uint32_t)(hi - lo + 1) : 0};
    return true;
}

/* The terms for each member, then the base, each at its call's depth; the sum as the calls return it.
 * False (the depth as it was) where the calls must decide. */
static bool run_fold(eval_worker *w, ctx body, const sema_def *d, const eval_fold_shape *f, const members *m, val *out)
{
    uint32_t depth = w->depth;
    int64_t *terms = arena_alloc(&w->scratch, sizeof(int64_t) * (m->n ? m->n : 1));
    bool ints = true;
    for (uint32_t i = 0; i < m->n && ints; i++) {
        if (i) eval_enter_level(w, f->call->loc, d->name);
        val x = m->elems ? m->elems[i] : val_int(m->lo + i);
        val t = eval_expr(w, (ctx){eval_push_value(w, body.env, f->member, x), body.subst_primed}, f->term);
        ints = val_is_int(t);
        if (ints) terms[i] = val_get_int(t);
    }
    if (ints && m->n) eval_enter_level(w, f->call->loc, d->name);
    val acc = ints ? eval_expr(w, body, f->base) : val_int(0);
    ints = ints && val_is_int(acc);
    for (uint32_t i = m->n; ints && i-- > 0;) ints = val_int_add(terms[i], val_get_int(acc), &acc) == VAL_OK;
    w->depth = depth;
    if (ints) *out = acc;
    return ints;
}

/* d's shape, judged by the first worker to ask (under perm_lock: the shape is written once), or NULL. */
static const eval_fold_shape *fold_of(eval_program *ep, const sema_def *d)
{
    eval_fold *f = &ep->folds[d->id];
    uint8_t judged = atomic_load_explicit(&f->judged, memory_order_acquire);
    if (!judged) {
        pthread_mutex_lock(&ep->perm_lock);
        judged = atomic_load_explicit(&f->judged, memory_order_relaxed);
        if (!judged) {
            judged = shape_of(ep, d, &f->shape) ? 1 : 2;
            atomic_store_explicit(&f->judged, judged, memory_order_release);
        }
        pthread_mutex_unlock(&ep->perm_lock);
    }
    return judged == 1 ? &f->shape : NULL;
}

bool eval_fold_run(eval_worker *w, ctx body, const sema_def *d, val *out)
{
    const eval_fold_shape *f = fold_of(w->ep, d);
    members m;
    return f && members_of(eval_expr(w, body, f->set), &m) && run_fold(w, body, d, f, &m, out);
}
