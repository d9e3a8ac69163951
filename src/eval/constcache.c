/* constcache.c - closed constant sub-expressions, evaluated once per run.
 *
 * A sub-expression that names no bound variable from outside itself (no quantified name, operator
 * parameter, LET definition or `@` around it), reads no state variable, and calls nothing impure
 * (Print, TLCGet, RandomElement, IOExec, ...) has one value for the whole run: `Nodes \X Keys`,
 * `{"get", "insert"}`, `0..Max(R)`, `N \ F`. Such a node gets a slot (syn_expr.eval_slot), and its
 * value, computed the second time it is evaluated (a node evaluated once, as an ASSUME, is not kept),
 * is copied to the program's permanent arena and returned from then on.
 *
 * Two analyses, each a fixed point over the definitions (a definition is pure while nothing it
 * calls is found impure; recursion keeps it pure):
 *  - slots are given once per sema program, judging definitions by their own bodies and taking
 *    constants as constants: this does not depend on the .cfg;
 *  - each eval program then decides, per slot, whether its overrides (`c <- Op`, `Op <- Other`)
 *    keep the node constant and pure (`verdict`).
 * Inside an instance the value depends on the substitutions: a node is cached there only when it is
 * entered through one unnamed-or-named instance without parameters, at top level, whose constants
 * are all substituted by closed, constant, pure expressions; the value is kept per instance. */
#include "eval_internal.h"

#include <stdlib.h>
#include <string.h>

struct const_entry {
    const sema_instance *inst;   /* the instance the node was evaluated through, or NULL */
    val v;
    const_entry *next;
};

/* ---- the analysis ------------------------------------------------------------------------------- */

typedef struct inst_flag { const sema_instance *inst; bool ok; } inst_flag;

typedef struct analyzer {
    const sema_program *p;
    const eval_program *ep;      /* NULL: judge definitions by their own bodies (giving slots) */
    bool *def_ok;                /* by sema_def.id */
    bool *def_seen;
    VEC(const sema_binder *) scope;
    VEC(inst_flag) insts;
    bool changed;
    bool last;                   /* the final pass: write slots or verdicts */
    uint8_t *verdict;            /* program mode, last pass */
} analyzer;

/* What a node is: constant and pure (ok), and the outermost scope position (1-based; 0: bound
 * outside what is analysed) of a bound name it reads: it is closed when every such name is bound
 * inside it, above the scope depth where it stands. */
typedef struct cinfo { bool ok; uint32_t minref; } cinfo;

static const cinfo CLOSED = {true, UINT32_MAX};

static cinfo join(cinfo a, cinfo b) { return (cinfo){a.ok && b.ok, a.minref < b.minref ? a.minref : b.minref}; }

static cinfo analyze(analyzer *A, syn_expr *e);

static cinfo analyze_all(analyzer *A, syn_expr *const *es, uint32_t n)
{
    cinfo c = CLOSED;
    for (uint32_t i = 0; i < n; i++) c = join(c, analyze(A, es[i]));
    return c;
}

static bool def_flag(const analyzer *A, const sema_def *d)
{
    if (d->id >= A->p->ndefs) return false;
    if (!A->ep) return A->def_ok[d->id];
    if (A->ep->def_value[d->id]) return true;
    const sema_def *o = A->ep->def_override[d->id];
    return A->def_ok[d->id] && (!o || (o->id < A->p->ndefs && A->def_ok[o->id]));
}

/* The conclusion about definition d's body (or native). */
static void def_result(analyzer *A, const sema_def *d, bool ok)
{
    if (d->id >= A->p->ndefs) return;
    A->def_seen[d->id] = true;
    if (A->def_ok[d->id] && !ok) {
        A->def_ok[d->id] = false;
        A->changed = true;
    }
}

static bool inst_static(const analyzer *A, const sema_instance *inst)
{
    for (uint32_t i = 0; i < A->insts.len; i++)
        if (A->insts.items[i].inst == inst) return A->insts.items[i].ok;
    return false;
}

static cinfo analyze_ref(analyzer *A, const syn_expr *e)
{
    const sema_ref *r = e->u.apply.res;
    if (!r) return (cinfo){false, 0};
    cinfo c = CLOSED;
    for (uint32_t i = 0; i < r->npath; i++)
        if (r->path[i].nargs || !inst_static(A, r->path[i].inst)) c.ok = false;
    switch (r->kind) {
    case REF_BUILTIN:
        switch (r->builtin) {
        case B_PRIME: case B_UNCHANGED: case B_ENABLED: case B_ALWAYS: case B_EVENTUALLY: case B_LEADSTO:
        case B_PLUSARROW: case B_CDOT: c.ok = false; break;
        default: break;
        }
        return c;
    case REF_BOUND: {
        uint32_t at = 0;   /* a binder not in scope: bound outside whatever is analysed */
        for (uint32_t i = A->scope.len; i-- > 0;)
            if (A->scope.items[i] == r->binder) {
                at = i + 1;
                break;
            }
        c.minref = at;
        if (r->binder->kind == BINDER_LET_DEF && !def_flag(A, r->binder->let_def)) c.ok = false;
        return c;
    }
    case REF_DEF:
        /* Giving slots, a definition without parameters may be given a value by the .cfg
         * (`NoVal = NoVal` for `NoVal == CHOOSE v : v \notin Val`): its users get slots, and each
         * program's verdict decides them with its overrides. */
        if (!def_flag(A, r->def) && (A->ep || r->def->nparams)) c.ok = false;
        return c;
    case REF_DECL: {
        const sema_decl *d = r->decl;
        if (d->is_variable) c.ok = false;
        else if (A->ep && d->index < A->p->nconstants && A->ep->decl_override[d->index] &&
                 !def_flag(A, A->ep->decl_override[d->index]))
            c.ok = false;
        return c;
    }
    }
    return (cinfo){false, 0};
}

static void push_binders(analyzer *A, sema_binder *const *bs, uint32_t n)
{
    for (uint32_t i = 0; i < n; i++) VEC_PUSH(A->scope, bs[i]);
}

/* A definition's body, its parameters in scope. */
static bool analyze_def(analyzer *A, const sema_def *d, cinfo *body)
{
    uint32_t depth = A->scope.len;
    push_binders(A, d->params, d->nparams);
    *body = d->body ? analyze(A, d->body) : (cinfo){false, 0};
    A->scope.len = depth;
    bool ok = d->native ? !eval_def_impure(d) : body->ok;
    def_result(A, d, ok);
    return ok;
}

static cinfo analyze_let(analyzer *A, syn_expr *e)
{
    cinfo c = CLOSED;
    for (uint32_t i = 0; i < e->u.let.ndefs; i++) {
        syn_unit *u = e->u.let.defs[i];
        if ((u->kind == SU_OPDEF || u->kind == SU_RECURSIVE) && u->res.binder) VEC_PUSH(A->scope, u->res.binder);
        else if (u->kind == SU_INSTANCE) c.ok = false;
    }
    for (uint32_t i = 0; i < e->u.let.ndefs; i++) {
        syn_unit *u = e->u.let.defs[i];
        if (u->kind != SU_OPDEF || !u->res.binder) continue;
        cinfo body;
        analyze_def(A, u->res.binder->let_def, &body);
        c.minref = join(c, body).minref;
    }
    return join(c, analyze(A, e->u.let.body));
}

static cinfo analyze_binding(analyzer *A, syn_expr *e)
{
    cinfo c = CLOSED;
    for (uint32_t g = 0; g < e->u.q.nbounds; g++) {
        const syn_bound *b = &e->u.q.bounds[g];
        if (b->set) c = join(c, analyze(A, b->set));
        else c.ok = false;
        push_binders(A, b->res, b->nnames);
    }
    return join(c, analyze(A, e->u.q.body));
}

static cinfo analyze_except(analyzer *A, syn_expr *e)
{
    cinfo c = analyze(A, e->u.except.base);
    for (uint32_t i = 0; i < e->u.except.nupdates; i++) {
        const syn_except_update *up = &e->u.except.updates[i];
        for (uint32_t s = 0; s < up->nsteps; s++)
            if (!up->steps[s].is_field) c = join(c, analyze_all(A, up->steps[s].index, up->steps[s].nindex));
        c = join(c, analyze(A, up->value));
    }
    return c;
}

static cinfo analyze_node(analyzer *A, syn_expr *e)
{
    switch (e->kind) {
    case SX_NUM: case SX_STR: return CLOSED;
    case SX_AT: return (cinfo){false, 0};
    case SX_APPLY: {
        cinfo c = analyze_ref(A, e);
        for (uint32_t i = 0; i < e->u.apply.npath; i++)
            c = join(c, analyze_all(A, e->u.apply.path[i].args, e->u.apply.path[i].nargs));
        return join(c, analyze_all(A, e->u.apply.args, e->u.apply.nargs));
    }
    case SX_LAMBDA: {
        cinfo body;
        if (!e->u.lambda.res) return (cinfo){false, 0};
        analyze_def(A, e->u.lambda.res, &body);
        return body;
    }
    case SX_IF:
        return join(analyze(A, e->u.ite.cond), join(analyze(A, e->u.ite.then_), analyze(A, e->u.ite.else_)));
    case SX_CASE: {
        cinfo c = e->u.cas.other ? analyze(A, e->u.cas.other) : CLOSED;
        for (uint32_t i = 0; i < e->u.cas.narms; i++)
            c = join(c, join(analyze(A, e->u.cas.arms[i].guard), analyze(A, e->u.cas.arms[i].value)));
        return c;
    }
    case SX_LET: return analyze_let(A, e);
    case SX_FORALL: case SX_EXISTS: case SX_CHOOSE: case SX_SET_FILTER: case SX_SET_MAP: case SX_FUNC:
        return analyze_binding(A, e);
    case SX_TFORALL: case SX_TEXISTS: {
        cinfo c = analyze_binding(A, e);
        c.ok = false;
        return c;
    }
    case SX_SET_ENUM: case SX_TUPLE: case SX_CROSS: case SX_CONJ_LIST: case SX_DISJ_LIST:
        return analyze_all(A, e->u.list.items, e->u.list.nitems);
    case SX_RECORD: case SX_RECORD_SET: {
        cinfo c = CLOSED;
        for (uint32_t i = 0; i < e->u.rec.nfields; i++) c = join(c, analyze(A, e->u.rec.fields[i].value));
        return c;
    }
    case SX_EXCEPT: return analyze_except(A, e);
    case SX_FAPPLY: return join(analyze(A, e->u.fapp.fn), analyze_all(A, e->u.fapp.args, e->u.fapp.nargs));
    case SX_DOT: return analyze(A, e->u.dot.rec);
    case SX_FUNC_SET: return join(analyze(A, e->u.bin.a), analyze(A, e->u.bin.b));
    case SX_PAREN: return analyze(A, e->u.bin.a);
    case SX_LABEL: return analyze(A, e->u.label.body);
    case SX_BOX_ACTION: case SX_ANGLE_ACTION: case SX_WF: case SX_SF: {
        cinfo c = join(analyze(A, e->u.bin.a), analyze(A, e->u.bin.b));
        c.ok = false;
        return c;
    }
    case SX__COUNT: break;
    }
    return (cinfo){false, 0};
}

/* Is the node worth a slot: does evaluating it build or compute something? (Names of constants,
 * literals and operators passed as arguments are not.) */
static bool worth_a_slot(const syn_expr *e)
{
    switch (e->kind) {
    case SX_NUM: case SX_STR: case SX_AT: case SX_LAMBDA: case SX_PAREN: case SX_LABEL:
    case SX_TFORALL: case SX_TEXISTS: case SX_BOX_ACTION: case SX_ANGLE_ACTION: case SX_WF: case SX_SF:
        return false;
    case SX_TUPLE: return e->u.list.nitems > 0;
    case SX_APPLY: {
        const sema_ref *r = e->u.apply.res;
        if (e->u.apply.nargs) return true;
        if (r->kind == REF_DEF) return r->def->nparams == 0;
        return r->kind == REF_BUILTIN && r->builtin == B_BOOLEAN;
    }
    default: return true;
    }
}

/* A name of a definition taken as constant only because the .cfg may give it a value (see
 * analyze_ref): its own node keeps no slot, c_def reads such a value directly. */
static bool only_cfg_constant(const analyzer *A, const syn_expr *e)
{
    if (A->ep || e->kind != SX_APPLY || e->u.apply.nargs) return false;
    const sema_ref *r = e->u.apply.res;
    return r && r->kind == REF_DEF && !def_flag(A, r->def);
}

static cinfo analyze(analyzer *A, syn_expr *e)
{
    uint32_t depth = A->scope.len;
    cinfo c = analyze_node(A, e);
    A->scope.len = depth;
    if (!A->last) return c;
    bool cacheable = c.ok && c.minref > depth && worth_a_slot(e) && !only_cfg_constant(A, e);
    if (!A->ep) {
        e->eval_slot = cacheable ? ++((sema_program *)A->p)->eval_slots : 0;
    } else if (e->eval_slot) {
        A->verdict[e->eval_slot] = cacheable;
    }
    return c;
}

/* An instance is static when it has no parameters and substitutes every constant by a closed,
 * constant, pure expression. */
static void analyze_instance(analyzer *A, inst_flag *f)
{
    const sema_instance *inst = f->inst;
    bool ok = inst->nparams == 0;
    for (uint32_t i = 0; i < inst->nsubs; i++) {
        cinfo c = analyze(A, inst->subs[i].value);
        if (!inst->subs[i].decl->is_variable && (!c.ok || c.minref != UINT32_MAX)) ok = false;
    }
    if (f->ok && !ok) {
        f->ok = false;
        A->changed = true;
    }
}

static void analyze_module(analyzer *A, const sema_module *m)
{
    for (uint32_t i = 0; i < m->syntax->nunits; i++) {
        syn_unit *u = m->syntax->units[i];
        cinfo body;
        switch (u->kind) {
        case SU_OPDEF:
            if (u->res.def) analyze_def(A, u->res.def, &body);
            break;
        case SU_ASSUME: case SU_THEOREM:
            if (u->u.assume.expr) analyze(A, u->u.assume.expr);
            break;
        default: break;
        }
    }
}

static void analyze_program(analyzer *A)
{
    const sema_program *p = A->p;
    for (uint32_t m = 0; m < p->nmodules; m++) {
        const syn_module *s = p->modules[m]->syntax;
        for (uint32_t i = 0; i < s->nunits; i++)
            if (s->units[i]->kind == SU_INSTANCE && s->units[i]->res.inst)
                VEC_PUSH(A->insts, ((inst_flag){s->units[i]->res.inst, true}));
    }
    for (uint32_t i = 0; i < p->ndefs; i++) A->def_ok[i] = true;
    bool first = true;
    do {
        A->changed = false;
        for (uint32_t m = 0; m < p->nmodules; m++) analyze_module(A, p->modules[m]);
        for (uint32_t i = 0; i < A->insts.len; i++) analyze_instance(A, &A->insts.items[i]);
        if (first) {   /* a definition the walk did not reach is not known to be pure */
            for (uint32_t i = 0; i < p->ndefs; i++)
                if (!A->def_seen[i] && A->def_ok[i]) A->def_ok[i] = false, A->changed = true;
            first = false;
        }
    } while (A->changed);
    A->last = true;
    for (uint32_t m = 0; m < p->nmodules; m++) analyze_module(A, p->modules[m]);
    for (uint32_t i = 0; i < A->insts.len; i++) analyze_instance(A, &A->insts.items[i]);
}

static void run_analysis(sema_program *p, eval_program *ep)
{
    analyzer A = {.p = p, .ep = ep};
    uint32_t nd = p->ndefs ? p->ndefs : 1;
    A.def_ok = util_xcalloc(nd, sizeof(bool));
    A.def_seen = util_xcalloc(nd, sizeof(bool));
    if (ep) A.verdict = ep->cc.verdict;
    analyze_program(&A);
    if (ep) {
        ep->cc.ninsts = 0;
        for (uint32_t i = 0; i < A.insts.len; i++)
            if (A.insts.items[i].ok) ep->cc.insts[ep->cc.ninsts++] = A.insts.items[i].inst;
    }
    VEC_FREE(A.scope);
    VEC_FREE(A.insts);
    free(A.def_ok);
    free(A.def_seen);
}

static uint32_t count_instances(const sema_program *p)
{
    uint32_t n = 0;
    for (uint32_t m = 0; m < p->nmodules; m++)
        for (uint32_t i = 0; i < p->modules[m]->syntax->nunits; i++)
            n += p->modules[m]->syntax->units[i]->kind == SU_INSTANCE;
    return n;
}

void eval_cache_prepare(eval_program *ep)
{
    if (atomic_load_explicit(&ep->cc.ready, memory_order_acquire)) return;
    pthread_mutex_lock(&ep->perm_lock);
    if (!atomic_load_explicit(&ep->cc.ready, memory_order_relaxed)) {
        sema_program *p = ep->sema;
        if (!p->eval_slotted) {
            run_analysis(p, NULL);
            eval_compile_program(p);   /* after the slots: a node with one is compiled with the cache */
            p->eval_slotted = true;
        }
        uint32_t n = p->eval_slots + 1;
        ep->cc.nslots = n;
        ep->cc.verdict = util_xcalloc(n, 1);
        ep->cc.seen = util_xcalloc(n, sizeof *ep->cc.seen);
        ep->cc.unbuilt = util_xcalloc(n, sizeof *ep->cc.unbuilt);
        ep->cc.entries = util_xcalloc(n, sizeof *ep->cc.entries);
        ep->cc.insts = util_xcalloc(count_instances(p) + 1, sizeof *ep->cc.insts);
        run_analysis(p, ep);
        atomic_store_explicit(&ep->cc.ready, true, memory_order_release);
    }
    pthread_mutex_unlock(&ep->perm_lock);
}

void eval_cache_free(eval_program *ep)
{
    free(ep->cc.verdict);
    free((void *)ep->cc.seen);
    free((void *)ep->cc.unbuilt);
    free((void *)ep->cc.entries);
    free(ep->cc.insts);
}

/* ---- at run time -------------------------------------------------------------------------------- */

/* A value that holds a filter's predicate belongs to the worker that built it. */
static bool lazy_tied_to_worker(const val_lazy *l)
{
    if (l->kind == LAZY_FILTER) return true;
    uint32_t parts = l->kind == LAZY_FUNCSET || l->kind == LAZY_CUP || l->kind == LAZY_CAP ||
                             l->kind == LAZY_MINUS || l->kind == LAZY_BIGUNION ? 2
                     : l->kind == LAZY_RECSET || l->kind == LAZY_PRODUCT ? l->n
                     : l->kind == LAZY_POWERSET || l->kind == LAZY_SEQSET ? 1 : 0;
    for (uint32_t i = 0; i < parts && l->parts; i++)
        if (val_any_lazy(l->parts[i], lazy_tied_to_worker)) return true;
    return false;
}

static bool tied_to_worker(val v) { return val_any_lazy(v, lazy_tied_to_worker); }

/* The instance the cache is keyed by in context c: false when c's substitutions are not static. */
static bool cache_key(const eval_program *ep, ctx c, const sema_instance **key)
{
    const subst_frame *f = ctx_subst(c);
    *key = NULL;
    if (!f) return true;
    if (f->up) return false;   /* (f->where's bound names do not matter: a static instance reads none) */
    for (uint32_t i = 0; i < ep->cc.ninsts; i++)
        if (ep->cc.insts[i] == f->inst) {
            *key = f->inst;
            return true;
        }
    return false;
}

static const_entry *find_entry(const eval_program *ep, uint32_t slot, const sema_instance *key)
{
    for (const_entry *x = atomic_load_explicit(&ep->cc.entries[slot], memory_order_acquire); x; x = x->next)
        if (x->inst == key) return x;
    return NULL;
}

bool eval_cache_kept(eval_worker *w, ctx c, const syn_expr *e)
{
    const eval_program *ep = w->ep;
    uint32_t slot = e->eval_slot;
    const sema_instance *key;
    if (!slot || slot >= ep->cc.nslots || !ep->cc.verdict[slot] || !cache_key(ep, c, &key)) return false;
    return find_entry(ep, slot, key) != NULL;
}

val eval_cached(eval_worker *w, ctx c, const syn_expr *e)
{
    eval_program *ep = w->ep;
    uint32_t slot = e->eval_slot;
    const sema_instance *key;
    if (slot >= ep->cc.nslots || !ep->cc.verdict[slot] || !cache_key(ep, c, &key)) return eval_plain(w, c, e);
    const_entry *hit = find_entry(ep, slot, key);
    if (hit) return hit->v;
    val v = eval_plain(w, c, e);
    /* the first evaluation is not kept: most nodes evaluated once (ASSUMEs) never are again */
    if (!atomic_exchange_explicit(&ep->cc.seen[slot], 1, memory_order_relaxed) || tied_to_worker(v)) return v;
    pthread_mutex_lock(&ep->perm_lock);
    const_entry *x = find_entry(ep, slot, key);
    if (!x) {
        x = arena_alloc(&ep->perm, sizeof *x);
        x->inst = key;
        x->v = val_copy(&ep->perm, v);
        x->next = atomic_load_explicit(&ep->cc.entries[slot], memory_order_relaxed);
        atomic_store_explicit(&ep->cc.entries[slot], x, memory_order_release);
    }
    pthread_mutex_unlock(&ep->perm_lock);
    return x->v;
}

bool eval_cache_buildable(eval_worker *w, ctx c, const syn_expr *e)
{
    const eval_program *ep = w->ep;
    uint32_t slot = e->eval_slot;
    const sema_instance *key;
    /* an impure or instance-bound node is evaluated whole as before: trying it twice could print twice */
    if (!slot || slot >= ep->cc.nslots || !ep->cc.verdict[slot] || !cache_key(ep, c, &key) || key) return true;
    if (find_entry(ep, slot, NULL)) return true;
    if (atomic_load_explicit(&ep->cc.unbuilt[slot], memory_order_relaxed)) return false;
    val v;
    if (eval_try(w, c, e, &v)) return true;
    atomic_store_explicit(&ep->cc.unbuilt[slot], 1, memory_order_relaxed);
    return false;
}
