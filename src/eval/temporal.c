/* temporal.c - taking a temporal formula apart for the liveness checker: definitions are expanded,
 * bounded quantifiers over constant sets unfolded, and what remains at the leaves are predicates
 * closed over their bindings (eval_closure), which any worker can evaluate in any state. */
#include "eval_internal.h"

#include <stdlib.h>
#include <string.h>

static eval_tformula *node(eval_worker *w, eval_tf_kind kind, syn_loc loc, uint32_t nkids)
{
    eval_tformula *f = arena_zalloc(&w->scratch, sizeof *f);
    f->kind = kind;
    f->loc = loc;
    f->nkids = nkids;
    f->kids = nkids ? arena_zalloc(&w->scratch, sizeof(eval_tformula *) * nkids) : NULL;
    return f;
}

static eval_closure *closure(eval_worker *w, const syn_expr *e, ctx c, bool enabled)
{
    eval_closure *cl = arena_alloc(&w->scratch, sizeof *cl);
    *cl = (eval_closure){.e = e, .where = c, .enabled = enabled};
    return cl;
}

/* The level of e where it is walked. Sema gives an operator's parameter the constant level, but a
 * temporal definition's parameter may be given an action or a temporal formula (B(y) == []<>(y /\ P)
 * called as B(A)): the level of the argument bound to it counts. */
typedef struct level_walk { ctx c; sema_level level; } level_walk;

static sema_level level_in(ctx c, const syn_expr *e);

static bool raise_level(void *data, const syn_expr *e)
{
    level_walk *lw = data;
    const sema_ref *r = e->kind == SX_APPLY ? e->u.apply.res : NULL;
    const env *b = r && r->kind == REF_BOUND ? eval_lookup(lw->c.env, r->binder) : NULL;
    if (b && b->kind == ENV_THUNK) {
        sema_level arg = level_in(b->where, b->expr);
        if (arg > lw->level) lw->level = arg;
    }
    return lw->level < LEVEL_ACTION && syn_for_children(e, raise_level, lw);
}

static sema_level level_in(ctx c, const syn_expr *e)
{
    level_walk lw = {c, (sema_level)e->level};
    if (lw.level < LEVEL_ACTION) raise_level(&lw, e);
    return lw.level;
}

/* A predicate of a state or a step. TLC checks <<A>>_v there as its own kind of step, v before A;
 * [A]_v, as any other action, it evaluates as an expression (A first). */
static eval_tformula *predicate(eval_worker *w, const syn_expr *e, ctx c, sema_level level)
{
    eval_tformula *f = node(w, TF_PRED, e->loc, 0);
    f->level = level;
    eval_closure *cl = closure(w, e, c, false);
    cl->step = e->kind == SX_ANGLE_ACTION;
    f->pred = cl;
    return f;
}

static eval_tformula *walk(eval_worker *w, ctx c, const syn_expr *e);

/* The arguments a temporal definition was given (and the LET definitions around a temporal formula)
 * stay bound for the whole check: constant ones are evaluated now; the others are marked shared, so
 * no worker caches their value in one state for the others. */
static void settle_arguments(eval_worker *w, env *from, const env *upto)
{
    for (env *b = from; b && b != upto; b = b->up) {
        if (b->kind != ENV_THUNK) continue;
        if (level_in(b->where, b->expr) == LEVEL_CONSTANT) {
            b->v = eval_expr(w, b->where, b->expr);
            b->kind = ENV_VALUE;
            b->forced = true;
        } else {
            b->shared = true;
            b->known = false;   /* a value known in one state is not every state's */
        }
    }
}

/* settle_arguments for the instance parameters a path entered from c bound (p of Q(x)!Spec, in its
 * frame's context): they too stay bound for the whole check. */
static void settle_path_arguments(eval_worker *w, ctx body, ctx c)
{
    for (const subst_frame *f = ctx_subst(body); f && f != ctx_subst(c); f = f->up)
        settle_arguments(w, f->where.env, c.env);
}

static eval_tformula *expand_definition(eval_worker *w, ctx c, const syn_expr *e)
{
    const sema_ref *r = e->u.apply.res;
    const sema_def *d = eval_ref_def(w->ep, r->def, r);
    if (d->native || w->ep->def_value[d->id])
        eval_fail(w, e->loc, "the temporal operator %s is not supported yet", d->name);
    ctx body = r->npath ? eval_enter_path(w, c, r->path, r->npath) : ctx_subst_only(c);
    settle_path_arguments(w, body, c);
    env *before = body.env;
    body = eval_bind_params(w, body, c, d, e->u.apply.args, e->u.apply.nargs);
    settle_arguments(w, body.env, before);
    if (++w->depth > 200) eval_fail(w, e->loc, "recursion deeper than 200 definitions in a temporal formula");
    const sema_def *within = w->ep->closures.within;
    w->ep->closures.within = d;
    eval_tformula *f = walk(w, body, d->body);
    w->ep->closures.within = within;
    w->depth--;
    return f;
}

typedef struct unfold { const syn_expr *body; VEC(eval_tformula *) kids; } unfold;

static bool unfold_one(eval_worker *w, void *data, ctx inner)
{
    unfold *u = data;
    VEC_PUSH(u->kids, walk(w, inner, u->body));
    return true;
}

/* \A x \in S : F and \E x \in S : F, with F temporal: one conjunct (disjunct) per element. */
static eval_tformula *unfold_quantifier(eval_worker *w, ctx c, const syn_expr *e, eval_tf_kind kind)
{
    unfold u = {e->u.q.body, {0}};
    const sema_def *within = w->ep->closures.within;
    w->ep->closures.within = NULL;   /* TLC names a []P under \A by its place */
    eval_for_bindings(w, c, e->u.q.bounds, e->u.q.nbounds, e->loc, unfold_one, &u);
    w->ep->closures.within = within;
    eval_tformula *f = node(w, kind, e->loc, (uint32_t)u.kids.len);
    if (u.kids.len) memcpy(f->kids, u.kids.items, u.kids.len * sizeof *u.kids.items);
    VEC_FREE(u.kids);
    return f;
}

static eval_tformula *list(eval_worker *w, ctx c, const syn_expr *e, eval_tf_kind kind)
{
    eval_tformula *f = node(w, kind, e->loc, e->u.list.nitems);
    for (uint32_t i = 0; i < e->u.list.nitems; i++) f->kids[i] = walk(w, c, e->u.list.items[i]);
    return f;
}

static eval_tformula *unary(eval_worker *w, ctx c, const syn_expr *e, eval_tf_kind kind, const syn_expr *kid)
{
    eval_tformula *f = node(w, kind, e->loc, 1);
    f->kids[0] = walk(w, c, kid);
    f->named_by = w->ep->closures.within;
    f->looked_through = w->ep->closures.looked_through;
    return f;
}

static eval_tformula *binary(eval_worker *w, ctx c, const syn_expr *e, eval_tf_kind kind)
{
    eval_tformula *f = node(w, kind, e->loc, 2);
    f->kids[0] = walk(w, c, e->u.apply.args[0]);
    f->kids[1] = walk(w, c, e->u.apply.args[1]);
    return f;
}

/* WF_v(A) and SF_v(A): the step <<A>>_v and its enabledness. */
static eval_tformula *fairness(eval_worker *w, ctx c, const syn_expr *e)
{
    syn_expr *step = arena_zalloc(&w->scratch, sizeof *step);
    step->kind = SX_ANGLE_ACTION;
    step->loc = e->loc;
    step->level = LEVEL_ACTION;
    step->u.bin.a = e->u.bin.a;
    step->u.bin.b = e->u.bin.b;
    eval_tformula *f = node(w, e->kind == SX_WF ? TF_WF : TF_SF, e->loc, 0);
    eval_closure *taken = closure(w, step, c, false);
    taken->step = true;
    f->step = taken;
    f->enabled = closure(w, step, c, true);
    return f;
}

static eval_tformula *builtin(eval_worker *w, ctx c, const syn_expr *e, sema_builtin b)
{
    switch (b) {
    case B_AND: return binary(w, c, e, TF_AND);
    case B_OR: return binary(w, c, e, TF_OR);
    case B_NOT: return unary(w, c, e, TF_NOT, e->u.apply.args[0]);
    case B_IMPLIES: {
        eval_tformula *f = node(w, TF_OR, e->loc, 2);
        f->kids[0] = unary(w, c, e, TF_NOT, e->u.apply.args[0]);
        f->kids[1] = walk(w, c, e->u.apply.args[1]);
        return f;
    }
    case B_ALWAYS: return unary(w, c, e, TF_ALWAYS, e->u.apply.args[0]);
    case B_EVENTUALLY: return unary(w, c, e, TF_EVENTUALLY, e->u.apply.args[0]);
    case B_LEADSTO: return binary(w, c, e, TF_LEADSTO);
    default:
        eval_fail(w, e->loc, "checking %s in a temporal property is not supported yet",
                  sema_builtin_name(b));
    }
}

/* LET and IF, which TLC looks through only as temporal formulas (never for a []P it checks as an
 * invariant). */
static eval_tformula *looked_through(eval_worker *w, ctx c, const syn_expr *e)
{
    bool before = w->ep->closures.looked_through;
    w->ep->closures.looked_through = true;
    eval_tformula *f;
    if (e->kind == SX_LET) {
        ctx inner = eval_bind_let(w, c, e);
        settle_arguments(w, inner.env, c.env);
        f = walk(w, inner, e->u.let.body);
    } else {
        f = node(w, TF_IF, e->loc, 3);
        f->kids[0] = walk(w, c, e->u.ite.cond);
        f->kids[1] = walk(w, c, e->u.ite.then_);
        f->kids[2] = walk(w, c, e->u.ite.else_);
    }
    w->ep->closures.looked_through = before;
    return f;
}

static eval_tformula *walk(eval_worker *w, ctx c, const syn_expr *e)
{
    e = sema_strip(e);
    sema_level level = level_in(c, e);
    if (level <= LEVEL_ACTION) return predicate(w, e, c, level);
    switch (e->kind) {
    case SX_CONJ_LIST: return list(w, c, e, TF_AND);
    case SX_DISJ_LIST: return list(w, c, e, TF_OR);
    case SX_FORALL: return unfold_quantifier(w, c, e, TF_AND);
    case SX_EXISTS: return unfold_quantifier(w, c, e, TF_OR);
    case SX_WF: case SX_SF: return fairness(w, c, e);
    case SX_LET: case SX_IF: return looked_through(w, c, e);
    case SX_APPLY: {
        const sema_ref *r = e->u.apply.res;
        if (r->kind == REF_BUILTIN) return builtin(w, c, e, r->builtin);
        if (r->kind == REF_DEF) return expand_definition(w, c, e);
        const env *b = r->kind == REF_BOUND && !e->u.apply.nargs ? eval_lookup(c.env, r->binder) : NULL;
        if (b && b->kind == ENV_THUNK) return walk(w, b->where, b->expr);   /* a temporal formula as argument */
        break;
    }
    case SX_TEXISTS: case SX_TFORALL:
        eval_fail(w, e->loc, "temporal quantification (\\EE, \\AA) cannot be model checked (TLC cannot either)");
    default: break;
    }
    eval_fail(w, e->loc, "checking this kind of temporal formula is not supported yet");
}

/* Do a and b name the same action: the same expression, or the same definition without arguments
 * reached directly (not through an INSTANCE, whose substitutions could differ)? */
static bool same_action(const syn_expr *a, const syn_expr *b)
{
    a = sema_strip(a);
    b = sema_strip(b);
    if (a == b) return true;
    if (a->kind != SX_APPLY || b->kind != SX_APPLY || a->u.apply.nargs || b->u.apply.nargs) return false;
    const sema_ref *ra = a->u.apply.res, *rb = b->u.apply.res;
    return ra->kind == REF_DEF && rb->kind == REF_DEF && ra->def == rb->def && !ra->npath && !rb->npath;
}

/* The worker that builds the program's closures (set-up only). */
static eval_worker *builder(eval_program *ep)
{
    UTIL_ASSERT(!ep->closures.frozen, "a temporal formula taken apart after set-up");
    if (!ep->closures.builder) ep->closures.builder = eval_worker_new(ep, -1);
    return ep->closures.builder;
}

const eval_closure *eval_closure_at_root(eval_program *ep, const syn_expr *e)
{
    eval_closure *cl = arena_alloc(&builder(ep)->scratch, sizeof *cl);
    *cl = (eval_closure){.e = e};
    return cl;
}

/* <<A>>_v's closure read as "does v change?" (set-up only). */
static const eval_closure *changed_of(eval_program *ep, const eval_closure *step)
{
    eval_closure *cl = arena_alloc(&builder(ep)->scratch, sizeof *cl);
    *cl = *step;
    cl->changed = true;
    return cl;
}

const eval_closure *eval_step_of_next(eval_program *ep, const eval_closure *step, const syn_expr *next)
{
    if (step->enabled || step->e->kind != SX_ANGLE_ACTION || ctx_subst(step->where) || !next) return NULL;
    if (!same_action(step->e->u.bin.a, next)) return NULL;
    return changed_of(ep, step);
}

const eval_closure *eval_step_of_box(eval_program *ep, const eval_closure *step, const eval_closure *box)
{
    if (step->enabled || step->changed || step->e->kind != SX_ANGLE_ACTION) return NULL;
    if (box->enabled || box->changed || box->e->kind != SX_BOX_ACTION) return NULL;
    if (step->where.env != box->where.env || step->where.subst_primed != box->where.subst_primed) return NULL;
    if (!same_action(step->e->u.bin.a, box->e->u.bin.a) || !same_action(step->e->u.bin.b, box->e->u.bin.b))
        return NULL;
    return changed_of(ep, step);
}

static void context_expressions(ctx c, void (*fn)(void *data, const syn_expr *e), void *data, uint32_t depth);

/* The arguments of the parameters of the instances from f up (p of Q(x)!Inv: x), bound in their
 * frames' contexts. */
static void instance_arguments(const subst_frame *f, void (*fn)(void *data, const syn_expr *e), void *data,
                               uint32_t depth)
{
    for (; f; f = f->up) context_expressions((ctx){.env = f->where.env}, fn, data, depth + 1);
}

/* What the names bound in c may stand for: each argument (a thunk) and the substitutions and
 * parameters of the instances around it and around c, in their own contexts in turn. */
static void context_expressions(ctx c, void (*fn)(void *data, const syn_expr *e), void *data, uint32_t depth)
{
    if (depth > 64) return;   /* a chain this long is no formula's: the walk's recursion bound is 200 calls */
    for (const subst_frame *f = ctx_subst(c); f; f = f->up)
        for (uint32_t i = 0; i < f->inst->nsubs; i++) fn(data, f->inst->subs[i].value);
    instance_arguments(ctx_subst(c), fn, data, depth);
    for (const env *b = c.env; b; b = b->up) {
        if (b->kind != ENV_THUNK) continue;
        fn(data, b->expr);
        context_expressions(b->where, fn, data, depth + 1);
    }
}

void eval_closure_substitutions(const eval_closure *cl, void (*fn)(void *data, const syn_expr *e), void *data)
{
    fn(data, cl->e);
    context_expressions(cl->where, fn, data, 0);
}

void eval_closure_frame_substitutions(const eval_closure *cl,
                                      void (*fn)(void *data, const syn_expr *value,
                                                 const sema_instance *const *outer, uint32_t nouter),
                                      void *data)
{
    for (const subst_frame *f = ctx_subst(cl->where); f; f = f->up) {
        const sema_instance *outer[EVAL_SUBST_OUTER];
        uint32_t n = 0;
        const subst_frame *up = ctx_subst(f->where);
        for (; up && n < EVAL_SUBST_OUTER; up = up->up) outer[n++] = up->inst;
        if (up) continue;
        for (uint32_t i = 0; i < f->inst->nsubs; i++) fn(data, f->inst->subs[i].value, outer, n);
    }
}

/* The declarations of the innermost instance an expression can name (through the definitions it
 * calls that need no instance to be entered): `names` by declaration, in `seen` by definition id.
 * open false where it calls into another instance (its substitutions are not followed here). */
typedef struct named_decls {
    const eval_program *ep;
    uint8_t *seen;
    VEC(const sema_decl *) names;
    bool open;
} named_decls;

static bool name_decls(void *data, const syn_expr *e)
{
    named_decls *nd = data;
    if (!nd->open) return false;
    syn_for_children(e, name_decls, nd);
    const sema_ref *r = e->kind == SX_APPLY ? e->u.apply.res : NULL;
    if (!r) return nd->open;
    if (r->npath) return nd->open = false;
    if (r->kind == REF_DECL) VEC_PUSH(nd->names, r->decl);
    const sema_def *d = r->kind == REF_DEF ? eval_ref_def(nd->ep, r->def, r) : NULL;
    if (r->kind == REF_BOUND && r->binder->kind == BINDER_LET_DEF) d = r->binder->let_def;
    if (d && d->id >= nd->ep->ndefs) return nd->open = false;
    if (d && !nd->seen[d->id]) {
        nd->seen[d->id] = 1;
        if (d->body) name_decls(nd, d->body);
    }
    return nd->open;
}

static bool is_named(const named_decls *nd, const sema_decl *d)
{
    for (size_t i = 0; i < nd->names.len; i++)
        if (nd->names.items[i] == d) return true;
    return false;
}

void eval_closure_reached_substitutions(const eval_program *ep, const eval_closure *cl,
                                        void (*fn)(void *data, const syn_expr *e), void *data)
{
    const subst_frame *inner = ctx_subst(cl->where);
    named_decls nd = {ep, util_xcalloc(ep->ndefs + 1, 1), {0}, true};
    if (inner) name_decls(&nd, cl->e);
    fn(data, cl->e);
    for (uint32_t i = 0; inner && i < inner->inst->nsubs; i++)
        if (!nd.open || is_named(&nd, inner->inst->subs[i].decl)) fn(data, inner->inst->subs[i].value);
    /* the outer instances' and the bound names' whole, as eval_closure_substitutions gives them */
    for (const subst_frame *f = inner ? inner->up : NULL; f; f = f->up)
        for (uint32_t i = 0; i < f->inst->nsubs; i++) fn(data, f->inst->subs[i].value);
    instance_arguments(inner, fn, data, 0);
    ctx bound = {.env = cl->where.env};
    context_expressions(bound, fn, data, 0);
    free(nd.seen);
    VEC_FREE(nd.names);
}

typedef struct temporal_call { const syn_expr *e; eval_tformula *out; } temporal_call;

static void temporal_body(eval_worker *w, void *data)
{
    temporal_call *call = data;
    call->out = walk(w, (ctx){0}, call->e);
}

bool eval_temporal(eval_program *ep, const syn_expr *e, eval_tformula **out)
{
    eval_worker *w = builder(ep);
    eval_frame f = w->frame;
    f.depth = 0;
    ep->closures.within = NULL;   /* (left set by an earlier formula's error) */
    ep->closures.looked_through = false;
    temporal_call call = {e, NULL};
    if (!eval_protected(w, &f, temporal_body, &call)) return false;
    *out = call.out;
    return true;
}

bool eval_closure_constant(eval_program *ep, const eval_closure *cl, bool *out)
{
    return eval_closure_holds(builder(ep), cl, NULL, NULL, out);
}

const eval_error *eval_closures_error(const eval_program *ep) { return eval_worker_error(ep->closures.builder); }

void eval_closures_freeze(eval_program *ep) { ep->closures.frozen = true; }

/* The operands of e's /\ (or, with `disjunction`, \/) and of its bulleted lists, not through
 * calls, into parts; false past cap. */
static bool junction_parts(const syn_expr *e, bool disjunction, const syn_expr **parts, uint32_t *n, uint32_t cap)
{
    e = sema_strip(e);
    if (e->kind == (disjunction ? SX_DISJ_LIST : SX_CONJ_LIST)) {
        for (uint32_t i = 0; i < e->u.list.nitems; i++)
            if (!junction_parts(e->u.list.items[i], disjunction, parts, n, cap)) return false;
        return true;
    }
    if (sema_is_builtin(e, disjunction ? B_OR : B_AND))
        return junction_parts(e->u.apply.args[0], disjunction, parts, n, cap) &&
               junction_parts(e->u.apply.args[1], disjunction, parts, n, cap);
    if (*n == cap) return false;
    parts[(*n)++] = e;
    return true;
}

uint32_t eval_closure_conjuncts(eval_program *ep, const eval_closure *cl, const eval_closure **out, uint32_t max)
{
    eval_worker *w = builder(ep);
    const syn_expr **parts = arena_alloc(&w->scratch, sizeof *parts * (max + 1));
    uint32_t n = 0;
    if (cl->enabled || cl->changed || !junction_parts(cl->e, false, parts, &n, max) || n < 2) return 0;
    for (uint32_t i = 0; i < n; i++) out[i] = closure(w, parts[i], cl->where, false);
    return n;
}

static bool closed_constant(const syn_expr *e);

/* A call D(a1, ..., an) of a definition of the program's own modules, every argument a constant; with
 * `any` (a name bound around the call), one argument is that name (out->any_arg) and the others are
 * other names or constants naming none (so that they are evaluated without it). */
static bool direct_call(eval_worker *w, ctx c, const syn_expr *e, const sema_binder *any, eval_sub_action *out)
{
    if (e->kind != SX_APPLY || e->u.apply.res->kind != REF_DEF || e->u.apply.res->npath) return false;
    const sema_def *d = eval_ref_def(w->ep, e->u.apply.res->def, e->u.apply.res);
    if (d->native || d->is_function || w->ep->def_value[e->u.apply.res->def->id] || d->nparams != e->u.apply.nargs)
        return false;
    val *args = arena_alloc(&w->scratch, sizeof(val) * (d->nparams + 1));
    out->any_arg = UINT32_MAX;
    for (uint32_t i = 0; i < d->nparams; i++) {
        const syn_expr *a = e->u.apply.args[i], *s = sema_strip(a);
        if (d->params[i]->arity > 0) return false;
        if (any && eval_names_binder(a, any)) {
            if (out->any_arg != UINT32_MAX) return false;
            out->any_arg = i;
            args[i] = val_bool(false);   /* (any member of out->any_set) */
            continue;
        }
        bool other_name = s->kind == SX_APPLY && !s->u.apply.nargs && s->u.apply.res->kind == REF_BOUND;
        if (any && !other_name && !closed_constant(a)) return false;
        if (a->level != LEVEL_CONSTANT || !eval_try(w, c, a, &args[i])) return false;
    }
    if (any && out->any_arg == UINT32_MAX) return false;
    out->def = d;
    out->args = args;
    out->nargs = d->nparams;
    return true;
}

/* \E x \in T : D(..., x, ...), T a constant set: D's steps for any member of T (out->any_arg). */
static bool any_call(eval_worker *w, ctx c, const syn_expr *e, eval_sub_action *out)
{
    if (e->kind != SX_EXISTS || e->u.q.nbounds != 1) return false;
    const syn_bound *b = &e->u.q.bounds[0];
    val set;
    if (b->tuple || b->nnames != 1 || !b->set || b->set->level != LEVEL_CONSTANT || !eval_try(w, c, b->set, &set) ||
        !val_is_set(set))
        return false;
    if (!direct_call(w, c, sema_strip(e->u.q.body), b->res[0], out)) return false;
    out->any_set = set;
    return true;
}

bool eval_sub_action_of(eval_program *ep, const eval_closure *step, eval_sub_action *out)
{
    enum { MAX_PARTS = 16 };
    const syn_expr *parts[MAX_PARTS];
    uint32_t n = 0;
    if (step->enabled || step->changed || step->e->kind != SX_ANGLE_ACTION || ctx_subst(step->where) ||
        !junction_parts(step->e->u.bin.a, false, parts, &n, MAX_PARTS))
        return false;
    eval_worker *w = builder(ep);
    *out = (eval_sub_action){.any_arg = UINT32_MAX};
    eval_closure **guards = arena_alloc(&w->scratch, sizeof *guards * MAX_PARTS);
    bool called = false;
    for (uint32_t i = 0; i < n; i++) {
        if (parts[i]->level <= LEVEL_STATE) {
            guards[out->nguards++] = (eval_closure *)closure(w, parts[i], step->where, false);
        } else if (called || !(direct_call(w, step->where, parts[i], NULL, out) || any_call(w, step->where, parts[i], out))) {
            return false;
        } else {
            called = true;
        }
    }
    if (!called || out->def->level < LEVEL_ACTION) return false;
    out->guards = (const eval_closure *const *)guards;
    eval_closure *changed = arena_alloc(&w->scratch, sizeof *changed);
    *changed = *step;
    changed->changed = true;
    out->changed = changed;
    return true;
}

uint32_t eval_sub_actions_of(eval_program *ep, const eval_closure *step, eval_sub_action *out, uint32_t max)
{
    eval_worker *w = builder(ep);
    const syn_expr **parts = arena_alloc(&w->scratch, sizeof *parts * (max + 1));
    uint32_t n = 0;
    if (step->enabled || step->changed || step->e->kind != SX_ANGLE_ACTION ||
        !junction_parts(step->e->u.bin.a, true, parts, &n, max) || n < 2)
        return 0;
    for (uint32_t i = 0; i < n; i++) {
        syn_expr *angle = arena_alloc(&w->scratch, sizeof *angle);
        *angle = *step->e;
        angle->u.bin.a = (syn_expr *)parts[i];
        eval_closure part = *step;
        part.e = angle;
        if (!eval_sub_action_of(ep, &part, &out[i])) return 0;
    }
    return n;
}

/* ---- the guards of actions --------------------------------------------------------------------- */

enum { MAX_GUARDS = 32, MAX_DISJUNCTS = 16, MAX_RESTS = 64 };
typedef struct guard_walk {
    eval_worker *w;
    const eval_closure *guards[MAX_GUARDS];
    uint32_t n, ends[MAX_DISJUNCTS], nd;
    const eval_closure *bodies[MAX_DISJUNCTS];   /* the disjuncts themselves (split_disjuncts) */
    const eval_closure *firsts[MAX_DISJUNCTS];   /* ... the part each evaluates after its guards */
    const eval_closure *sides[2 * MAX_DISJUNCTS];   /* ... its two sides when it is lhs = rhs */
    const eval_closure *first, *first_sides[2];  /* leading_guards': the part it stopped at, or NULL */
    /* ... the conjuncts evaluated after the first part, in order: disjunct j's are
     * rests[rest_ends[j - 1] .. rest_ends[j]), all of them where has_rests[j] */
    const eval_closure *rests[MAX_RESTS];
    uint32_t nrests, rest_ends[MAX_DISJUNCTS];
    bool has_rests[MAX_DISJUNCTS];
} guard_walk;

/* Definition e calls, when its body can be entered here (an action's, with arguments of arity 0):
 * the context of the body, its arguments settled as a temporal formula's are. NULL otherwise. */
static const sema_def *enter_call(guard_walk *g, ctx c, const syn_expr *e, ctx *body)
{
    if (e->kind != SX_APPLY) return NULL;
    const sema_ref *r = e->u.apply.res;
    if (r->kind != REF_DEF) return NULL;
    const sema_def *d = eval_ref_def(g->w->ep, r->def, r);
    if (d->native || d->is_function || d->recursive || !d->body || g->w->ep->def_value[r->def->id] ||
        d->nparams != e->u.apply.nargs)
        return NULL;
    for (uint32_t i = 0; i < d->nparams; i++)
        if (d->params[i]->arity > 0) return NULL;
    *body = r->npath ? eval_enter_path(g->w, c, r->path, r->npath) : ctx_subst_only(c);
    settle_path_arguments(g->w, *body, c);
    env *before = body->env;
    *body = eval_bind_params(g->w, *body, c, d, e->u.apply.args, e->u.apply.nargs);
    settle_arguments(g->w, body->env, before);
    return d;
}

/* fn on each part of e, in order, while it returns true, when e is a conjunction (conj) or a
 * disjunction: whether all returned true; -1 when e is not one. */
typedef bool (*part_fn)(guard_walk *g, ctx c, const syn_expr *e, uint32_t depth);
static int each_part(guard_walk *g, ctx c, const syn_expr *e, bool conj, part_fn fn, uint32_t depth)
{
    if (e->kind == (conj ? SX_CONJ_LIST : SX_DISJ_LIST)) {
        for (uint32_t i = 0; i < e->u.list.nitems; i++)
            if (!fn(g, c, e->u.list.items[i], depth)) return 0;
        return 1;
    }
    if (sema_is_builtin(e, conj ? B_AND : B_OR))
        return fn(g, c, e->u.apply.args[0], depth) && fn(g, c, e->u.apply.args[1], depth);
    return -1;
}

/* The state-level conjuncts e begins with, into g (through /\ and definitions of actions); false
 * where it met a part that is not one (the conjuncts after it are not leading). */
static bool leading_guards(guard_walk *g, ctx c, const syn_expr *e, uint32_t depth)
{
    e = sema_strip(e);
    if (e->level <= LEVEL_STATE && g->n < MAX_GUARDS) {
        g->guards[g->n++] = closure(g->w, e, c, false);
        return true;
    }
    int parts = e->level <= LEVEL_STATE ? -1 : each_part(g, c, e, true, leading_guards, depth);
    if (parts >= 0) return parts;
    ctx body;
    const sema_def *d = e->level > LEVEL_STATE && depth < 8 ? enter_call(g, c, e, &body) : NULL;
    if (d) {
        leading_guards(g, body, d->body, depth + 1);
    } else {
        g->first = closure(g->w, e, c, false);
        if (sema_is_builtin(e, B_EQ) && e->u.apply.args[1]->level <= LEVEL_STATE)
            for (uint32_t i = 0; i < 2; i++) g->first_sides[i] = closure(g->w, e->u.apply.args[i], c, false);
    }
    return false;   /* the action's own conjuncts come next */
}

/* The conjuncts of e in the order its evaluation meets them, as leading_guards splits them (a part
 * of state level whole; /\ and calls of actions entered), into `leaves`; false past `cap`. */
static bool conjunct_leaves(guard_walk *g, ctx c, const syn_expr *e, uint32_t depth, const eval_closure **leaves,
                            const syn_expr **exprs, uint32_t *n, uint32_t cap)
{
    e = sema_strip(e);
    if (e->level > LEVEL_STATE) {
        if (e->kind == SX_CONJ_LIST) {
            for (uint32_t i = 0; i < e->u.list.nitems; i++)
                if (!conjunct_leaves(g, c, e->u.list.items[i], depth, leaves, exprs, n, cap)) return false;
            return true;
        }
        if (sema_is_builtin(e, B_AND))
            return conjunct_leaves(g, c, e->u.apply.args[0], depth, leaves, exprs, n, cap) &&
                   conjunct_leaves(g, c, e->u.apply.args[1], depth, leaves, exprs, n, cap);
        ctx body;
        const sema_def *d = depth < 8 ? enter_call(g, c, e, &body) : NULL;
        if (d) return conjunct_leaves(g, body, d->body, depth + 1, leaves, exprs, n, cap);
    }
    if (*n == cap) return false;
    exprs[*n] = e;
    leaves[(*n)++] = closure(g->w, e, c, false);
    return true;
}

/* The conjuncts disjunct e evaluates after the first part leading_guards found (its `nguards`
 * guards, then g->first), into g->rests: where the same walk meets the same guards and part. */
static void rest_parts(guard_walk *g, ctx c, const syn_expr *e, uint32_t depth, uint32_t nguards)
{
    const eval_closure *leaves[MAX_RESTS];
    const syn_expr *exprs[MAX_RESTS];
    uint32_t n = 0, nd = g->nd;
    g->has_rests[nd] = false;
    g->rest_ends[nd] = g->nrests;
    if (!g->first || nguards + 1 >= MAX_RESTS || !conjunct_leaves(g, c, e, depth, leaves, exprs, &n, MAX_RESTS) ||
        n <= nguards || exprs[nguards] != g->first->e || g->nrests + (n - nguards - 1) > MAX_RESTS)
        return;
    for (uint32_t i = 0; i < nguards; i++)
        if (exprs[i]->level > LEVEL_STATE) return;
    for (uint32_t i = nguards + 1; i < n; i++) g->rests[g->nrests++] = leaves[i];
    g->rest_ends[nd] = g->nrests;
    g->has_rests[nd] = true;
}

static bool is_disjunction(const syn_expr *e)
{
    e = sema_strip(e);
    return e->kind == SX_DISJ_LIST || sema_is_builtin(e, B_OR);
}

/* The leading guards of each disjunct of e (split at \/ and through definitions); false when some
 * disjunct has none. */
static bool disjunct_guards(guard_walk *g, ctx c, const syn_expr *e, uint32_t depth)
{
    e = sema_strip(e);
    int parts = each_part(g, c, e, false, disjunct_guards, depth);
    if (parts >= 0) return parts;
    ctx body;
    const sema_def *d = e->kind == SX_APPLY && e->u.apply.res->kind == REF_DEF && depth < 8 &&
                                is_disjunction(e->u.apply.res->def->body)
                            ? enter_call(g, c, e, &body)
                            : NULL;
    if (d) return disjunct_guards(g, body, d->body, depth + 1);
    uint32_t before = g->n;
    leading_guards(g, c, e, depth);
    if (g->n == before || g->nd == MAX_DISJUNCTS) return false;
    g->ends[g->nd++] = g->n;
    return true;
}

typedef struct guards_call { const eval_closure *cl; guard_walk g; bool found; } guards_call;

static void guards_body(eval_worker *w, void *data)
{
    guards_call *call = data;
    call->g.w = w;
    call->found = disjunct_guards(&call->g, call->cl->where, call->cl->e->u.bin.a, 0);
}

bool eval_action_guards(eval_program *ep, const eval_closure *cl, eval_guards *out)
{
    *out = (eval_guards){0};
    if (cl->changed || cl->e->kind != SX_ANGLE_ACTION) return false;
    eval_worker *w = builder(ep);
    eval_frame f = w->frame;
    f.depth = 0;
    guards_call call = {.cl = cl};
    if (!eval_protected(w, &f, guards_body, &call) || !call.found) return false;
    const eval_closure **guards = arena_alloc(&w->scratch, sizeof *guards * call.g.n);
    memcpy(guards, call.g.guards, sizeof *guards * call.g.n);
    uint32_t *ends = arena_alloc(&w->scratch, sizeof *ends * call.g.nd);
    memcpy(ends, call.g.ends, sizeof *ends * call.g.nd);
    *out = (eval_guards){guards, ends, call.g.nd};
    return true;
}

/* Guard cl's truth in `state`: false when its evaluation fails (the error is the evaluation's to
 * report, where the label is evaluated). A guard is a state predicate: in the state the caller
 * holds (eval_hold_state) it is evaluated in the worker's own frame, without entering one. */
static bool guard_holds(eval_worker *w, const eval_closure *cl, const val *state, bool *holds)
{
    if (state != w->state || cl->enabled || cl->changed || cl->step)
        return eval_closure_holds(w, cl, state, NULL, holds);
    const uint32_t member_parts = w->member_parts;
    val v;
    if (!eval_try(w, cl->where, cl->e, &v)) {
        w->member_parts = member_parts;   /* (as eval_protected puts it back) */
        return false;
    }
    if (!val_is_bool(v)) return false;   /* TLC's error, the evaluation's to report */
    *holds = val_get_bool(v);
    return true;
}

bool eval_guards_rule_out(eval_worker *w, const eval_guards *g, const val *state)
{
    for (uint32_t j = 0, k = 0; j < g->ndisjuncts; j++) {
        bool ruled_out = false;
        for (; k < g->ends[j]; k++) {
            bool holds;
            if (ruled_out) continue;
            if (!guard_holds(w, g->guards[k], state, &holds)) return false;
            ruled_out = !holds;
        }
        if (!ruled_out) return false;
    }
    return g->ndisjuncts > 0;
}

/* ---- an action property's disjuncts -------------------------------------------------------------- */

static bool split_disjuncts(guard_walk *g, ctx c, const syn_expr *e, uint32_t depth);

typedef struct split_each { guard_walk *g; const syn_expr *body; uint32_t depth; bool ok; } split_each;

static bool split_one(eval_worker *w, void *data, ctx inner)
{
    (void)w;
    split_each *s = data;
    s->ok = split_disjuncts(s->g, inner, s->body, s->depth + 1);
    return s->ok;
}

/* Is the constant set e small by its form, so that evaluating it costs little: an enumeration, an
 * interval of few integers, a CONSTANT given by the .cfg, a definition of one, \ or \cap of one,
 * \cup of two? (A filter of 0 .. 10^12 is a constant too, and is not built.) */
static bool small_set(eval_worker *w, ctx c, const syn_expr *e, uint32_t depth)
{
    e = sema_strip(e);
    if (depth > 8 || e->level != LEVEL_CONSTANT) return false;
    if (e->kind == SX_SET_ENUM) return e->u.list.nitems <= MAX_DISJUNCTS;
    if (e->kind != SX_APPLY) return false;
    const sema_ref *r = e->u.apply.res;
    if (r->kind == REF_BUILTIN && (r->builtin == B_SETMINUS || r->builtin == B_CAP || r->builtin == B_CUP)) {
        bool left = small_set(w, c, e->u.apply.args[0], depth + 1);
        if (r->builtin == B_SETMINUS) return left;
        bool right = small_set(w, c, e->u.apply.args[1], depth + 1);
        return r->builtin == B_CAP ? left || right : left && right;
    }
    if (r->npath) return false;
    if (r->kind == REF_DECL) {
        const sema_decl *d = r->decl;
        return !d->is_variable && !d->arity && !ctx_subst(c) && d->index < w->ep->sema->nconstants &&
               !w->ep->decl_override[d->index];
    }
    if (r->kind != REF_DEF || w->ep->def_value[r->def->id]) return false;
    const sema_def *d = eval_ref_def(w->ep, r->def, r);
    val lo, hi;
    if (d->native)
        return d->name == util_intern("..") && e->u.apply.nargs == 2 && eval_try(w, c, e->u.apply.args[0], &lo) &&
               eval_try(w, c, e->u.apply.args[1], &hi) && lo.kind == VAL_INT && hi.kind == VAL_INT &&
               (val_get_int(hi) < val_get_int(lo) ||
                 (uint64_t)val_get_int(hi) - (uint64_t)val_get_int(lo) < MAX_DISJUNCTS);
    return !d->nparams && !d->recursive && d->body && small_set(w, ctx_subst_only(c), d->body, depth + 1);
}

/* \E x \in S : B with small constant sets: B's disjuncts for each choice, in the order the
 * evaluator tries them (eval_for_bindings is its enumeration); -1 otherwise. */
static int split_exists(guard_walk *g, ctx c, const syn_expr *e, uint32_t depth)
{
    for (uint32_t i = 0; i < e->u.q.nbounds; i++)
        if (!e->u.q.bounds[i].set || !small_set(g->w, c, e->u.q.bounds[i].set, 0)) return -1;
    split_each s = {g, e->u.q.body, depth, true};
    eval_for_bindings(g->w, c, e->u.q.bounds, e->u.q.nbounds, e->loc, split_one, &s);
    return s.ok;
}

/* The disjuncts of action e (split at \/, through calls of definitions whose body is a disjunction or
 * an \E, and \E over constant sets), each with its leading guards, into g; false past the caps. */
static bool split_disjuncts(guard_walk *g, ctx c, const syn_expr *e, uint32_t depth)
{
    e = sema_strip(e);
    if (e->level >= LEVEL_ACTION && depth < 16) {
        int parts = each_part(g, c, e, false, split_disjuncts, depth);
        if (parts >= 0) return parts;
        if (e->kind == SX_EXISTS && (parts = split_exists(g, c, e, depth)) >= 0) return parts;
        ctx body;
        const sema_def *d = e->kind == SX_APPLY && e->u.apply.res->kind == REF_DEF &&
                                    (is_disjunction(e->u.apply.res->def->body) ||
                                     sema_strip(e->u.apply.res->def->body)->kind == SX_EXISTS)
                                ? enter_call(g, c, e, &body)
                                : NULL;
        if (d) return split_disjuncts(g, body, d->body, depth + 1);
    }
    if (g->nd == MAX_DISJUNCTS) return false;
    g->bodies[g->nd] = closure(g->w, e, c, false);
    g->first = g->first_sides[0] = g->first_sides[1] = NULL;
    uint32_t before = g->n;
    leading_guards(g, c, e, depth);
    rest_parts(g, c, e, depth, g->n - before);
    g->firsts[g->nd] = g->first;
    g->sides[2 * g->nd] = g->first_sides[0];
    g->sides[2 * g->nd + 1] = g->first_sides[1];
    g->ends[g->nd++] = g->n;
    return true;
}

typedef struct split_call { const eval_closure *cl; guard_walk g; bool found; } split_call;

static void split_body(eval_worker *w, void *data)
{
    split_call *call = data;
    call->g.w = w;
    call->found = split_disjuncts(&call->g, call->cl->where, call->cl->e->u.bin.a, 0);
}

bool eval_box_split_of(eval_program *ep, const eval_closure *cl, const syn_expr *e, eval_box_split *out)
{
    *out = (eval_box_split){0};
    if (cl ? cl->changed || cl->enabled || cl->e->kind != SX_BOX_ACTION : e->kind != SX_BOX_ACTION) return false;
    eval_worker *w = builder(ep);
    eval_frame f = w->frame;
    f.depth = 0;
    split_call *call = arena_zalloc(&w->scratch, sizeof *call);
    call->cl = cl ? cl : closure(w, e, (ctx){0}, false);
    if (!eval_protected(w, &f, split_body, call) || !call->found || call->g.nd < 2 || !call->g.n) return false;
    const eval_closure **guards = arena_alloc(&w->scratch, sizeof *guards * call->g.n);
    memcpy(guards, call->g.guards, sizeof *guards * call->g.n);
    uint32_t *ends = arena_alloc(&w->scratch, sizeof *ends * call->g.nd);
    memcpy(ends, call->g.ends, sizeof *ends * call->g.nd);
    const eval_closure **bodies = arena_alloc(&w->scratch, sizeof *bodies * call->g.nd);
    memcpy(bodies, call->g.bodies, sizeof *bodies * call->g.nd);
    const eval_closure **firsts = arena_alloc(&w->scratch, sizeof *firsts * call->g.nd);
    memcpy(firsts, call->g.firsts, sizeof *firsts * call->g.nd);
    const eval_closure **sides = arena_alloc(&w->scratch, sizeof *sides * 2 * call->g.nd);
    memcpy(sides, call->g.sides, sizeof *sides * 2 * call->g.nd);
    const eval_closure **rests = arena_alloc(&w->scratch, sizeof *rests * (call->g.nrests + 1));
    memcpy(rests, call->g.rests, sizeof *rests * call->g.nrests);
    uint32_t *rest_ends = arena_alloc(&w->scratch, sizeof *rest_ends * call->g.nd);
    memcpy(rest_ends, call->g.rest_ends, sizeof *rest_ends * call->g.nd);
    bool *has_rests = arena_alloc(&w->scratch, sizeof *has_rests * call->g.nd);
    memcpy(has_rests, call->g.has_rests, sizeof *has_rests * call->g.nd);
    eval_closure *changed = arena_alloc(&w->scratch, sizeof *changed);
    *changed = *call->cl;
    changed->changed = true;
    *out = (eval_box_split){changed, bodies, {guards, ends, call->g.nd}, firsts, sides, rests, rest_ends, has_rests};
    return true;
}

/* ---- what an action reads in the next state ----------------------------------------------------- */

typedef struct next_reads {
    eval_program *ep;
    ctx c;                                       /* the closure's */
    void (*fn)(void *data, const syn_expr *e);
    void *data;
    bool ok;
} next_reads;

/* x' where x is a variable (through the closure's one instance, whose substitution stands in no
 * context and reads the state alone) or a state-level definition without parameters: what it
 * reads, told to fn. */
static bool primed_name(next_reads *r, const syn_expr *x)
{
    x = sema_strip(x);
    const sema_ref *ref = x->kind == SX_APPLY && !x->u.apply.nargs ? x->u.apply.res : NULL;
    if (!ref || ref->npath) return false;
    if (ref->kind == REF_DEF) {
        const sema_def *d = eval_ref_def(r->ep, ref->def, ref);
        if (ctx_subst(r->c) || d->nparams || d->level > LEVEL_STATE || r->ep->def_value[ref->def->id]) return false;
        r->fn(r->data, x);
        return true;
    }
    if (ref->kind != REF_DECL || !ref->decl->is_variable) return false;
    const subst_frame *f = ctx_subst(r->c);
    if (!f) {
        r->fn(r->data, x);
        return true;
    }
    if (f->up || f->where.env || ctx_subst(f->where)) return false;
    for (uint32_t i = 0; i < f->inst->nsubs; i++)
        if (f->inst->subs[i].decl == ref->decl) {
            const syn_expr *sub = f->inst->subs[i].value;
            if (sub->level > LEVEL_STATE) return false;
            r->fn(r->data, sub);
            return true;
        }
    return false;
}

uint32_t eval_closure_primed_variable(const eval_closure *cl)
{
    const syn_expr *x = eval_compiled_primed(cl->e);
    if (cl->enabled || cl->changed || cl->step || ctx_primed(cl->where) || !x) return UINT32_MAX;
    ctx where;
    const syn_expr *name = eval_root_name(cl->where, x, &where);
    return name && !ctx_primed(where) ? eval_compiled_variable(name) : UINT32_MAX;   /* (where: no substitution) */
}

const sema_def *eval_closure_primed_definition(const eval_program *ep, const eval_closure *cl)
{
    const syn_expr *x = eval_compiled_primed(cl->e);
    if (cl->enabled || cl->changed || cl->step || ctx_primed(cl->where) || !x) return NULL;
    ctx where;
    const syn_expr *name = eval_root_name(cl->where, x, &where);
    const sema_ref *r = name ? name->u.apply.res : NULL;
    if (!r || r->kind != REF_DEF || r->npath || ctx_primed(where) || ctx_subst(where)) return NULL;
    const sema_def *d = eval_ref_def(ep, r->def, r);
    bool kept = ep->def_vars && ep->def_vars[d->id];
    return kept && !d->nparams && !d->native && d->level == LEVEL_STATE && !ep->def_value[d->id] ? d : NULL;
}

/* Do the substitutions of instance inst all stand for state-level expressions? (Then a variable or
 * constant of its module, read unprimed, reads the state alone, in P and in what P calls.) */
static bool state_substitutions(const sema_instance *inst)
{
    for (uint32_t i = 0; i < inst->nsubs; i++)
        if (inst->subs[i].value->level > LEVEL_STATE) return false;
    return true;
}

/* A constant given by the .cfg a definition of action level reads the next state. */
static bool state_decl(const next_reads *r, const sema_decl *d)
{
    if (d->arity) return false;
    const sema_def *o = !d->is_variable && d->index < r->ep->sema->nconstants ? r->ep->decl_override[d->index] : NULL;
    return !o || o->level <= LEVEL_STATE;
}

/* A bound name the closure's context gives: read in the state (a value, or an argument of state
 * level evaluated unprimed)? Names bound inside the action are its own. */
static bool state_bound(const next_reads *r, const sema_binder *b)
{
    if (b->kind == BINDER_INSTANCE_PARAM) return false;
    const env *e = eval_lookup(r->c.env, b);
    if (!e) return true;
    if (e->kind == ENV_OP) return false;
    return e->kind != ENV_THUNK || (e->expr->level <= LEVEL_STATE && !ctx_primed(e->where));
}

static bool next_reads_walk(void *data, const syn_expr *e)
{
    next_reads *r = data;
    e = sema_strip(e);
    if (!r->ok) return false;
    if (e->kind == SX_BOX_ACTION || e->kind == SX_ANGLE_ACTION) return r->ok = false;
    if (e->kind == SX_APPLY) {
        const sema_ref *ref = e->u.apply.res;
        if (sema_is_builtin(e, B_PRIME)) return r->ok = primed_name(r, e->u.apply.args[0]);
        if (ref->kind == REF_BUILTIN && ref->builtin >= B_UNCHANGED && ref->builtin <= B_CDOT) return r->ok = false;
        if (ref->kind == REF_DEF && eval_ref_def(r->ep, ref->def, ref)->level > LEVEL_STATE) return r->ok = false;
        if (ref->kind == REF_DECL && !state_decl(r, ref->decl)) return r->ok = false;
        for (uint32_t i = 0; i < ref->npath; i++)
            if (!state_substitutions(ref->path[i].inst)) return r->ok = false;
        if (ref->kind == REF_BOUND && !state_bound(r, ref->binder)) return r->ok = false;
    }
    syn_for_children(e, next_reads_walk, r);
    return r->ok;
}

bool eval_closure_next_reads(eval_program *ep, const eval_closure *cl, void (*fn)(void *data, const syn_expr *e),
                             void *data)
{
    const subst_frame *f = ctx_subst(cl->where);
    if (cl->changed || cl->enabled || cl->step || ctx_primed(cl->where) || (f && (f->up || !state_substitutions(f->inst))))
        return false;
    next_reads r = {ep, cl->where, fn, data, true};
    next_reads_walk(&r, cl->e);
    return r.ok;
}

/* ---- is a sub-action entered in every expansion? ------------------------------------------------ */

/* A constant naming no bound variable: it can be evaluated during set-up, out of its context. */
static bool closed_constant(const syn_expr *e)
{
    e = sema_strip(e);
    if (e->level != LEVEL_CONSTANT) return false;
    switch (e->kind) {
    case SX_NUM: return !e->u.n.num_text;
    case SX_STR: return true;
    case SX_SET_ENUM:
    case SX_TUPLE:
        for (uint32_t i = 0; i < e->u.list.nitems; i++)
            if (!closed_constant(e->u.list.items[i])) return false;
        return true;
    case SX_APPLY: {
        const sema_ref *r = e->u.apply.res;
        if (r->kind == REF_BOUND || r->npath) return false;
        for (uint32_t i = 0; i < e->u.apply.nargs; i++)
            if (!closed_constant(e->u.apply.args[i])) return false;
        return true;
    }
    default: return false;
    }
}

enum { MAX_BOUND = 16 };
typedef struct entry_walk {
    eval_worker *w;
    const eval_sub_action *sa;
    const sema_binder *binders[MAX_BOUND];   /* the \E names around, each over a constant set */
    val sets[MAX_BOUND], chosen[MAX_BOUND];
    bool has_chosen[MAX_BOUND], any[MAX_BOUND];   /* any: the name takes the sub-action's any_arg */
    uint32_t nb, depth;
} entry_walk;

/* Does the call D(args) of the sub-action, under the \E names around it, take the sub-action's
 * arguments for some choice of those names? */
static bool call_covers(entry_walk *x, const syn_expr *call)
{
    const eval_sub_action *sa = x->sa;
    if (call->u.apply.nargs != sa->nargs) return false;
    for (uint32_t j = 0; j < x->nb; j++) x->has_chosen[j] = x->any[j] = false;
    for (uint32_t i = 0; i < sa->nargs; i++) {
        const syn_expr *a = sema_strip(call->u.apply.args[i]);
        val v;
        if (a->kind == SX_APPLY && a->u.apply.res->kind == REF_BOUND && !a->u.apply.nargs) {
            uint32_t j = 0;
            while (j < x->nb && x->binders[j] != a->u.apply.res->binder) j++;
            if (j == x->nb || x->any[j]) return false;
            bool in = false;
            if (i == sa->any_arg) {   /* every member of any_set among the name's choices */
                if (x->has_chosen[j] || val_subseteq(&x->w->scratch, sa->any_set, x->sets[j], &in) != VAL_OK || !in)
                    return false;
                x->any[j] = true;
                continue;
            }
            if (x->has_chosen[j] ? !val_equal(x->chosen[j], sa->args[i])
                                 : val_member(&x->w->scratch, sa->args[i], x->sets[j], &in) != VAL_OK || !in)
                return false;
            x->chosen[j] = sa->args[i];
            x->has_chosen[j] = true;
        } else if (i == sa->any_arg || !closed_constant(a) || !eval_try(x->w, (ctx){0}, a, &v) ||
                   !val_equal(v, sa->args[i])) {
            return false;
        }
    }
    return true;
}

/* Is the sub-action entered whenever e is walked as (part of) the next-state relation: reached
 * through disjunctions, \E over constant sets and calls only (each walked whole, none conditional)? */
static bool always_entered(entry_walk *x, const syn_expr *e)
{
    e = sema_strip(e);
    if (x->depth > 64) return false;
    switch (e->kind) {
    case SX_DISJ_LIST:
        for (uint32_t i = 0; i < e->u.list.nitems; i++)
            if (always_entered(x, e->u.list.items[i])) return true;
        return false;
    case SX_EXISTS: {
        uint32_t nb = x->nb;
        bool entered = true;
        for (uint32_t i = 0; i < e->u.q.nbounds && entered; i++) {
            const syn_bound *b = &e->u.q.bounds[i];
            val set;
            entered = !b->tuple && b->set && x->nb + b->nnames <= MAX_BOUND && closed_constant(b->set) &&
                      eval_try(x->w, (ctx){0}, b->set, &set);
            for (uint32_t j = 0; j < b->nnames && entered; j++) {
                x->binders[x->nb] = b->res[j];
                x->sets[x->nb++] = set;
            }
        }
        entered = entered && always_entered(x, e->u.q.body);
        x->nb = nb;
        return entered;
    }
    case SX_APPLY: {
        const sema_ref *r = e->u.apply.res;
        if (r->kind == REF_BUILTIN && r->builtin == B_OR)
            return always_entered(x, e->u.apply.args[0]) || always_entered(x, e->u.apply.args[1]);
        if (r->kind != REF_DEF || r->npath || x->w->ep->def_value[r->def->id]) return false;
        const sema_def *d = eval_ref_def(x->w->ep, r->def, r);
        if (d == x->sa->def) return call_covers(x, e);
        if (d->nparams || d->native || d->is_function || d->level < LEVEL_ACTION) return false;
        x->depth++;
        bool entered = always_entered(x, d->body);
        x->depth--;
        return entered;
    }
    default: return false;
    }
}

bool eval_sub_action_always(eval_program *ep, const eval_sub_action *sa, const syn_expr *next)
{
    entry_walk x = {.w = builder(ep), .sa = sa};
    return next && always_entered(&x, next);
}

/* The last conjunct of e (a /\ list or \land) when all before it are state predicates (G /\ D:
 * the expansion may enter D whole), else NULL. */
static const syn_expr *guarded_last(const syn_expr *e)
{
    if (e->kind == SX_CONJ_LIST) {
        for (uint32_t i = 0; i + 1 < e->u.list.nitems; i++)
            if (sema_strip(e->u.list.items[i])->level > LEVEL_STATE) return NULL;
        return e->u.list.nitems ? e->u.list.items[e->u.list.nitems - 1] : NULL;
    }
    return sema_strip(e->u.apply.args[0])->level <= LEVEL_STATE ? e->u.apply.args[1] : NULL;
}

/* Can the walk of e as (part of) the next-state relation reach a call of definition d where its
 * successors are all reported (eval_action.outer, .entered): through disjunctions, \E, calls and
 * G /\ D, not through D /\ A (MCInnerSequential's Internal(p) == RemoveOp(p) /\ ...)? True where
 * unsure (a deep or unknown form). */
static bool maybe_entered(eval_worker *w, const sema_def *d, const syn_expr *e, uint32_t depth)
{
    e = sema_strip(e);
    if (depth > 64) return true;
    if (e->kind == SX_CONJ_LIST || sema_is_builtin(e, B_AND)) {
        const syn_expr *last = guarded_last(e);
        return last && maybe_entered(w, d, last, depth);
    }
    switch (e->kind) {
    case SX_DISJ_LIST:
        for (uint32_t i = 0; i < e->u.list.nitems; i++)
            if (maybe_entered(w, d, e->u.list.items[i], depth)) return true;
        return false;
    case SX_EXISTS: return maybe_entered(w, d, e->u.q.body, depth);
    case SX_APPLY: {
        const sema_ref *r = e->u.apply.res;
        if (r->kind == REF_BUILTIN && r->builtin == B_OR)
            return maybe_entered(w, d, e->u.apply.args[0], depth) || maybe_entered(w, d, e->u.apply.args[1], depth);
        if (r->kind != REF_DEF) return e->level >= LEVEL_ACTION;
        if (r->npath) return true;
        const sema_def *called = eval_ref_def(w->ep, r->def, r);
        if (called == d) return true;
        if (called->native || called->is_function || !called->body || called->level < LEVEL_ACTION) return false;
        return maybe_entered(w, d, called->body, depth + 1);
    }
    default: return e->level >= LEVEL_ACTION;
    }
}

bool eval_sub_action_maybe_entered(eval_program *ep, const eval_sub_action *sa, const syn_expr *next)
{
    return !next || maybe_entered(builder(ep), sa->def, next, 0);
}

/* ---- the variables of a subscript --------------------------------------------------------------- */

/* v's reference when v is a name without arguments, reached directly (not through an INSTANCE). */
static const sema_ref *plain_name(const syn_expr *v)
{
    const sema_ref *r = v->kind == SX_APPLY && !v->u.apply.nargs ? v->u.apply.res : NULL;
    return r && !r->npath ? r : NULL;
}

/* Is d one of the model's state variables (not an instantiated module's)? */
static bool root_variable(const eval_program *ep, const sema_decl *d)
{
    const sema_program *p = ep->sema;
    return d->is_variable && d->index < p->nvars && p->variables[d->index] == d;
}

static bool subscript_vars(eval_program *ep, const syn_expr *v, uint64_t *vars, uint32_t depth, int64_t *last,
                           bool *in_order)
{
    v = sema_strip(v);
    if (depth > 16) return false;
    if (v->kind == SX_TUPLE) {
        for (uint32_t i = 0; i < v->u.list.nitems; i++)
            if (!subscript_vars(ep, v->u.list.items[i], vars, depth + 1, last, in_order)) return false;
        return true;
    }
    const sema_ref *r = plain_name(v);
    if (!r) return false;
    if (r->kind == REF_DECL) {
        const sema_decl *d = r->decl;
        if (!root_variable(ep, d)) return false;
        vars[d->index / 64] |= 1ull << (d->index % 64);
        if ((int64_t)d->index <= *last) *in_order = false;
        *last = d->index;
        return true;
    }
    if (r->kind != REF_DEF || ep->def_value[r->def->id]) return false;
    const sema_def *d = eval_ref_def(ep, r->def, r);
    if (d->nparams || d->native || d->is_function || d->recursive || !d->body) return false;
    return subscript_vars(ep, d->body, vars, depth + 1, last, in_order);
}

/* subscript_vars in context c: a variable substituted by an INSTANCE stands for what its
 * substitution denotes, where the INSTANCE is. */
static bool subscript_vars_in(eval_program *ep, ctx c, const syn_expr *v, uint64_t *vars, uint32_t depth)
{
    v = sema_strip(v);
    if (depth > 16) return false;
    if (v->kind == SX_TUPLE) {
        for (uint32_t i = 0; i < v->u.list.nitems; i++)
            if (!subscript_vars_in(ep, c, v->u.list.items[i], vars, depth + 1)) return false;
        return true;
    }
    if (v->kind != SX_APPLY || v->u.apply.nargs) return false;
    const sema_ref *r = v->u.apply.res;
    if (!r || r->npath) return false;
    if (r->kind == REF_DECL) {
        const sema_decl *d = r->decl;
        if (!d->is_variable) return false;
        for (const subst_frame *f = ctx_subst(c); f; f = f->up)
            for (uint32_t i = 0; i < f->inst->nsubs; i++)
                if (f->inst->subs[i].decl == d) return subscript_vars_in(ep, f->where, f->inst->subs[i].value, vars, depth + 1);
        const sema_program *p = ep->sema;
        if (d->index >= p->nvars || p->variables[d->index] != d) return false;
        vars[d->index / 64] |= 1ull << (d->index % 64);
        return true;
    }
    if (r->kind != REF_DEF || ep->def_value[r->def->id]) return false;
    const sema_def *d = eval_ref_def(ep, r->def, r);
    if (d->nparams || d->native || d->is_function || d->recursive || !d->body) return false;
    return subscript_vars_in(ep, c, d->body, vars, depth + 1);
}

bool eval_step_subscript_vars(eval_program *ep, const eval_closure *step, uint64_t *vars)
{
    if (step->e->kind != SX_ANGLE_ACTION || !step->step || step->enabled || step->changed) return false;
    memset(vars, 0, sizeof(uint64_t) * (ep->sema->nvars / 64 + 1));
    return subscript_vars_in(ep, step->where, step->e->u.bin.b, vars, 0);
}

static bool subscript_vars_of(eval_program *ep, const syn_expr *e, ctx where, uint64_t *vars, bool *in_order)
{
    if (ctx_subst(where)) return false;
    memset(vars, 0, sizeof(uint64_t) * (ep->sema->nvars / 64 + 1));
    int64_t last = -1;
    *in_order = true;
    return subscript_vars(ep, e->u.bin.b, vars, 0, &last, in_order);
}

bool eval_subscript_vars(eval_program *ep, const eval_closure *step, uint64_t *vars, bool *in_order)
{
    return step->e->kind == SX_ANGLE_ACTION && subscript_vars_of(ep, step->e, step->where, vars, in_order);
}

bool eval_box_subscript_vars(eval_program *ep, const eval_closure *box, uint64_t *vars)
{
    const syn_expr *e = sema_strip(box->e);
    bool in_order;
    return e->kind == SX_BOX_ACTION && !box->enabled && !box->changed &&
           subscript_vars_of(ep, e, box->where, vars, &in_order);
}

/* ---- a step's subscript by its leaves ----------------------------------------------------------- */

static bool values_only(ctx c)
{
    if (ctx_subst(c)) return false;
    for (const env *b = c.env; b; b = b->up)
        if (b->kind != ENV_VALUE) return false;
    return true;
}

/* v's leaves: variables into vars, definitions without parameters into defs (a definition whose
 * body is a tuple too, before its own leaves). */
static bool subscript_leaves(eval_program *ep, const syn_expr *v, eval_subscript_leaves *out, uint32_t depth)
{
    v = sema_strip(v);
    if (depth > 16) return false;
    if (v->kind == SX_TUPLE) {
        for (uint32_t i = 0; i < v->u.list.nitems; i++)
            if (!subscript_leaves(ep, v->u.list.items[i], out, depth + 1)) return false;
        return true;
    }
    const sema_ref *r = plain_name(v);
    if (!r) return false;
    if (r->kind == REF_DECL) {
        if (!root_variable(ep, r->decl)) return false;
        out->vars[r->decl->index / 64] |= 1ull << (r->decl->index % 64);
        return true;
    }
    if (r->kind != REF_DEF || ep->def_value[r->def->id] || eval_ref_def(ep, r->def, r) != r->def) return false;
    const sema_def *d = r->def;
    if (d->nparams || d->native || d->is_function || d->recursive || !d->body || d->level > LEVEL_STATE ||
        d->id >= ep->ndefs || out->ndefs == EVAL_MAX_LEAF_DEFS)
        return false;
    out->defs[out->ndefs++] = d;
    return sema_strip(d->body)->kind != SX_TUPLE || subscript_leaves(ep, d->body, out, depth + 1);
}

bool eval_step_subscript_leaves(eval_program *ep, const eval_closure *step, eval_subscript_leaves *out)
{
    memset(out->vars, 0, sizeof(uint64_t) * (ep->sema->nvars / 64 + 1));
    out->ndefs = 0;
    bool angle = step->e->kind == SX_ANGLE_ACTION && step->step, box = step->e->kind == SX_BOX_ACTION;
    if (!(angle || box) || step->enabled || step->changed || !values_only(step->where)) return false;
    return subscript_leaves(ep, step->e->u.bin.b, out, 0);
}
