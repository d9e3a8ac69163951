/* reads.c - the state variables an expression can read: every variable named in the expression or
 * in a definition, instance substitution, LAMBDA or .cfg override it can reach. An over-approximation
 * by syntax (whatever is reachable counts, evaluated or not), so that a predicate whose variables
 * all hold the values of a state where it held holds again (model_worker.c's invariant cache, and its
 * state constraints' truth kept per expanded state).
 * Expressions that may read more than the variables' values (TLCGet, random choice, printing, files,
 * the trace) are refused. */
#include "model_internal.h"

#include <stdlib.h>
#include <string.h>

/* The instances an expression stands inside, innermost first, for model_subst_reads: a name of an
 * instantiated module's is what its substitution reads in the instance's own context (up). */
typedef struct inside {
    const sema_instance *inst;
    const struct inside *up;
    uint32_t serial;         /* this context's number, for `seen` (0: outside instances) */
} inside;

typedef struct reads {
    const model *m;
    uint64_t *vars;          /* the bit set being filled */
    uint32_t *seen;          /* by definition id: its body is walked already in context serial - 1 */
    bool pure;
    bool scoped;             /* names resolved through `in` (model_subst_reads), not all substitutions of a path */
    const inside *in;
    uint32_t serials, depth;
    void (*subst)(void *data, const syn_expr *value);   /* told of every substitution walked, or NULL */
    void (*on_def)(void *data, const sema_def *d);       /* told of every definition named outside instances, or NULL */
    void *data;
    const uint8_t *opaque;   /* by definition id: not walked where named outside instances (NULL: none) */
} reads;

static void walk(reads *r, const syn_expr *e);

static void walk_def(reads *r, const sema_def *d)
{
    if (!d) return;
    if (d->id >= r->m->prog->ndefs) {
        r->pure = false;
        return;
    }
    uint32_t mark = (r->in ? r->in->serial : 0) + 1;
    if (r->seen[d->id] == mark) return;
    r->seen[d->id] = mark;
    if (d->native && eval_def_impure(d)) r->pure = false;
    for (size_t i = 0; i < r->m->overrides.len; i++)
        if (r->m->overrides.items[i].target == d) walk_def(r, r->m->overrides.items[i].with);
    if (d->body) walk(r, d->body);
}

/* Entering definitions through instances: what their variables and constants stand for. */
static void walk_path(reads *r, const sema_inst_step *path, uint32_t npath)
{
    for (uint32_t i = 0; i < npath; i++) {
        for (uint32_t j = 0; j < path[i].nargs; j++) walk(r, path[i].args[j]);
        const sema_instance *inst = path[i].inst;
        for (uint32_t j = 0; j < inst->nsubs; j++) {
            if (r->subst) r->subst(r->data, inst->subs[j].value);
            walk(r, inst->subs[j].value);
        }
    }
}

/* d's substitution in the innermost instance of r->in that has one, walked in that instance's
 * context: false when none has. */
static bool walk_substituted(reads *r, const sema_decl *d)
{
    for (const inside *n = r->in; n; n = n->up)
        for (uint32_t j = 0; j < n->inst->nsubs; j++) {
            if (n->inst->subs[j].decl != d) continue;
            const inside *here = r->in;
            r->in = n->up;
            walk(r, n->inst->subs[j].value);
            r->in = here;
            return true;
        }
    return false;
}

static void walk_decl(reads *r, const sema_decl *d)
{
    const sema_program *p = r->m->prog;
    if (r->scoped && walk_substituted(r, d)) return;
    if (r->scoped && d->is_variable && !(d->index < p->nvars && p->variables[d->index] == d)) {
        r->pure = false;   /* an instance's variable outside the instances known: not followed */
        return;
    }
    if (d->is_variable) {
        /* a variable of an instantiated module stands for its substitution, walked with the path */
        if (d->index < p->nvars && p->variables[d->index] == d) r->vars[d->index / 64] |= 1ull << (d->index % 64);
        return;
    }
    for (size_t i = 0; i < r->m->overrides.len; i++)
        if (r->m->overrides.items[i].target == d) walk_def(r, r->m->overrides.items[i].with);
}

static void walk_target(reads *r, const sema_ref *ref);

/* A name reached through instances, in model_subst_reads: the path's arguments where they stand,
 * then what it names inside the instances it enters (its variables, their substitutions). */
static void walk_scoped_ref(reads *r, const sema_ref *ref)
{
    enum { MAX_PATH = 8, MAX_DEPTH = 64 };
    if (ref->npath > MAX_PATH || r->depth == MAX_DEPTH) {
        r->pure = false;
        return;
    }
    inside steps[MAX_PATH];
    const inside *here = r->in;
    for (uint32_t i = 0; i < ref->npath; i++) {
        for (uint32_t j = 0; j < ref->path[i].nargs; j++) walk(r, ref->path[i].args[j]);
        steps[i] = (inside){ref->path[i].inst, i ? &steps[i - 1] : here, ++r->serials};
    }
    if (ref->npath) r->in = &steps[ref->npath - 1];
    r->depth++;
    walk_target(r, ref);
    r->depth--;
    r->in = here;
}

static void walk_ref(reads *r, const sema_ref *ref)
{
    /* beside opaque definitions, no instance is entered: under its substitutions, an opaque
     * definition its module shares with the root (extended and instantiated) has another value */
    if (!ref || (r->opaque && ref->npath)) {
        r->pure = false;
        return;
    }
    if (r->scoped) {
        walk_scoped_ref(r, ref);
        return;
    }
    walk_path(r, ref->path, ref->npath);
    walk_target(r, ref);
}

static void walk_target(reads *r, const sema_ref *ref)
{
    switch (ref->kind) {
    case REF_BUILTIN: return;
    case REF_DECL: walk_decl(r, ref->decl); return;
    case REF_DEF:
        if (r->opaque && r->opaque[ref->def->id]) return;
        if (r->on_def && !ref->npath) r->on_def(r->data, ref->def);
        walk_def(r, ref->def);
        return;
    case REF_BOUND:
        if (ref->binder->kind == BINDER_LET_DEF) walk_def(r, ref->binder->let_def);
        return;
    }
}

static bool walk_child(void *data, const syn_expr *e)
{
    walk(data, e);
    return true;
}

/* Every sub-expression, and what the names in it refer to (LET definitions are walked where they
 * stand, as sub-expressions, and again where called, which `seen` makes cheap). */
static void walk(reads *r, const syn_expr *e)
{
    if (!e || !r->pure) return;
    /* beside opaque definitions, what reads them must be a function of their values in the two
     * states: ENABLED and \cdot also reach other states */
    if (r->opaque && (sema_is_builtin(e, B_ENABLED) || sema_is_builtin(e, B_CDOT))) r->pure = false;
    syn_for_children(e, walk_child, r);
    if (e->kind == SX_APPLY) walk_ref(r, e->u.apply.res);
}

/* r's walk of e from an empty set: whether what e reads could be followed. */
static bool reads_of(reads *r, const syn_expr *e)
{
    r->seen = util_xcalloc(r->m->prog->ndefs + 1, sizeof(uint32_t));
    r->pure = true;
    memset(r->vars, 0, sizeof(uint64_t) * model_var_words(r->m));
    walk(r, e);
    free(r->seen);
    return r->pure;
}

bool model_expr_reads(const model *m, const syn_expr *e, uint64_t *vars)
{
    reads r = {.m = m, .vars = vars};
    return reads_of(&r, e);
}

bool model_subst_reads(const model *m, const syn_expr *value, const sema_instance *const *outer, uint32_t nouter,
                       uint64_t *vars)
{
    enum { MAX_OUTER = 8 };
    if (nouter > MAX_OUTER) return false;
    inside around[MAX_OUTER];
    for (uint32_t i = nouter; i-- > 0;) around[i] = (inside){outer[i], i + 1 < nouter ? &around[i + 1] : NULL, i + 1};
    reads r = {.m = m, .vars = vars, .scoped = true, .in = nouter ? &around[0] : NULL, .serials = nouter};
    return reads_of(&r, value);
}

bool model_expr_reads_beside(const model *m, const syn_expr *e, const uint8_t *opaque, uint64_t *vars)
{
    reads r = {.m = m, .vars = vars, .opaque = opaque};
    return reads_of(&r, e);
}

void model_expr_substitutions(const model *m, const syn_expr *e, void (*fn)(void *data, const syn_expr *value),
                              void *data)
{
    uint64_t *vars = util_xcalloc(model_var_words(m), sizeof(uint64_t));
    reads r = {.m = m, .vars = vars, .seen = util_xcalloc(m->prog->ndefs + 1, sizeof(uint32_t)), .pure = true, .subst = fn, .data = data};
    walk(&r, e);
    free(r.seen);
    free(vars);
}

void model_expr_definitions(const model *m, const syn_expr *e, void (*fn)(void *data, const sema_def *d), void *data)
{
    uint64_t *vars = util_xcalloc(model_var_words(m), sizeof(uint64_t));
    reads r = {.m = m, .vars = vars, .seen = util_xcalloc(m->prog->ndefs + 1, sizeof(uint32_t)), .pure = true, .on_def = fn, .data = data};
    walk(&r, e);
    free(r.seen);
    free(vars);
}

/* ---- invariants by their conjuncts ------------------------------------------------------------- */

static bool overridden(const model *m, const void *target)
{
    for (size_t i = 0; i < m->overrides.len; i++)
        if (m->overrides.items[i].target == target) return true;
    return false;
}

/* The conjuncts of e, looking through parentheses, /\ and definitions without parameters (reached
 * without instances and not replaced by the .cfg), whose bodies evaluate alone as they stand. */
typedef VEC(const syn_expr *) expr_list;

static void conjuncts(const model *m, const syn_expr *e, expr_list *out)
{
    e = sema_strip(e);
    if (e->kind == SX_CONJ_LIST) {
        for (uint32_t i = 0; i < e->u.list.nitems; i++) conjuncts(m, e->u.list.items[i], out);
        return;
    }
    if (sema_is_builtin(e, B_AND)) {
        conjuncts(m, e->u.apply.args[0], out);
        conjuncts(m, e->u.apply.args[1], out);
        return;
    }
    if (e->kind == SX_APPLY && e->u.apply.nargs == 0) {
        const sema_ref *r = e->u.apply.res;
        if (r && r->kind == REF_DEF && !r->npath && !r->def->native && !r->def->nparams && !r->def->recursive &&
            !r->def->is_function && r->def->body && !overridden(m, r->def)) {
            conjuncts(m, r->def->body, out);
            return;
        }
    }
    VEC_PUSH(*out, e);
}

/* Does e read no variable, and nothing but values (model_expr_reads)? */
static bool constant_expr(const model *m, const syn_expr *e, uint64_t *scratch)
{
    if (!model_expr_reads(m, e, scratch)) return false;
    for (uint32_t w = 0; w < model_var_words(m); w++)
        if (scratch[w]) return false;
    return true;
}

/* Is T a set of functions (`[A -> B]`) or sequences (the standard `Seq(S)`), whose members cost more
 * to look for than their bytes to look up? */
static bool set_of_functions(const syn_expr *t)
{
    t = sema_strip(t);
    if (t->kind == SX_FUNC_SET) return true;
    if (t->kind != SX_APPLY || t->u.apply.nargs != 1 || !t->u.apply.res || t->u.apply.res->kind != REF_DEF) return false;
    const sema_def *d = t->u.apply.res->def;
    return d->native && d->module->is_standard && strcmp(d->module->name, "Sequences") == 0 && strcmp(d->name, "Seq") == 0;
}

/* A conjunct `x \in [D -> T]`, x a variable of the spec (not through an instance), D and T constant,
 * T a set of functions: kept by x's elements (check_cache.c's known_by_elements), its index in *var. */
static bool element_membership(const model *m, const syn_expr *e, uint32_t *var)
{
    if (!sema_is_builtin(e, B_IN)) return false;
    const syn_expr *x = sema_strip(e->u.apply.args[0]), *set = sema_strip(e->u.apply.args[1]);
    if (x->kind != SX_APPLY || x->u.apply.nargs || set->kind != SX_FUNC_SET || !set_of_functions(set->u.bin.b))
        return false;
    const sema_ref *r = x->u.apply.res;
    if (!r || r->kind != REF_DECL || r->npath || !r->decl->is_variable || r->decl->index >= m->prog->nvars ||
        m->prog->variables[r->decl->index] != r->decl)
        return false;
    uint64_t *scratch = util_xcalloc(model_var_words(m), sizeof(uint64_t));
    bool constant = constant_expr(m, set->u.bin.a, scratch) && constant_expr(m, set->u.bin.b, scratch);
    free(scratch);
    *var = r->decl->index;
    return constant;
}

/* ---- `\A ... p \in D ... : Q` reading x only as x[p] -------------------------------------------
 * Where x's domain is D, the conjunct holds when Q holds with x[p] each of x's values: Q's truth is
 * a function of x[p] alone (p is named nowhere else, the other names range over constant sets), so a
 * value of x[p] with which it held, at any point, is one it holds with (check_cache.c keeps x's
 * values of states where the conjunct held, and its heads: those whose domain is D). BoundedNetwork's
 * `\A p, q \in Proc : Len(network[p][q]) <= 3`. */
typedef struct row_use { const model *m; uint32_t var; const sema_binder *p; bool ok; } row_use;

static bool names_var(const model *m, const syn_expr *e, uint32_t var)
{
    e = sema_strip(e);
    const sema_ref *r = e->kind == SX_APPLY && !e->u.apply.nargs ? e->u.apply.res : NULL;
    return r && r->kind == REF_DECL && !r->npath && r->decl->is_variable && r->decl->index == var &&
           m->prog->variables[var] == r->decl;
}

/* Is x read only as x[p], p named nowhere else, and nothing reached that could read x otherwise (a
 * definition that reads a variable, a LET, a LAMBDA, an instance)? */
static bool rows_only(void *data, const syn_expr *e)
{
    row_use *u = data;
    if (e->kind == SX_FAPPLY && e->u.fapp.nargs == 1 && names_var(u->m, e->u.fapp.fn, u->var)) {
        const syn_expr *a = sema_strip(e->u.fapp.args[0]);
        u->ok = a->kind == SX_APPLY && !a->u.apply.nargs && a->u.apply.res && a->u.apply.res->kind == REF_BOUND &&
                a->u.apply.res->binder == u->p;
        return u->ok;
    }
    if (e->kind == SX_LET || e->kind == SX_LAMBDA) u->ok = false;
    if (e->kind == SX_APPLY) {
        const sema_ref *r = e->u.apply.res;
        if (!r || r->npath || e->u.apply.npath) u->ok = false;
        else if (r->kind == REF_BOUND) u->ok = r->binder != u->p && r->binder->kind != BINDER_LET_DEF;
        else if (r->kind == REF_DECL) u->ok = !r->decl->is_variable && !r->decl->arity && !overridden(u->m, r->decl);
        else if (r->kind == REF_DEF && !r->def->native) {
            uint64_t *scratch = util_xcalloc(model_var_words(u->m), sizeof(uint64_t));
            u->ok = !overridden(u->m, r->def) && (!r->def->body || constant_expr(u->m, r->def->body, scratch));
            free(scratch);
        }
    }
    if (u->ok) syn_for_children(e, rows_only, u);
    return u->ok;
}

/* A conjunct `\A ... : Q` (x, of `vars`, the one variable it reads) with constant sets, one of whose
 * names p is named in Q only in x[p]: *var is x, *domain p's set. */
static bool row_quantifier(const model *m, const syn_expr *e, const uint64_t *vars, uint32_t *var,
                           const syn_expr **domain)
{
    if (e->kind != SX_FORALL) return false;
    uint32_t x = 0;
    while (!(vars[x / 64] >> (x % 64) & 1)) x++;
    uint64_t *scratch = util_xcalloc(model_var_words(m), sizeof(uint64_t));
    bool sets = true;
    for (uint32_t g = 0; g < e->u.q.nbounds && sets; g++)
        sets = !e->u.q.bounds[g].tuple && e->u.q.bounds[g].set && constant_expr(m, e->u.q.bounds[g].set, scratch);
    free(scratch);
    for (uint32_t g = 0; g < e->u.q.nbounds && sets; g++)
        for (uint32_t i = 0; i < e->u.q.bounds[g].nnames; i++) {
            row_use u = {m, x, e->u.q.bounds[g].res[i], true};
            for (uint32_t k = 0; k < e->u.q.nbounds && u.ok; k++) rows_only(&u, e->u.q.bounds[k].set);   /* `q \in 1..p` */
            if (u.ok) rows_only(&u, e->u.q.body);
            if (u.ok) {
                *var = x;
                *domain = e->u.q.bounds[g].set;
                return true;
            }
        }
    return false;
}

/* D's bytes, a set's, for a row_quantifier (w made on first use); false where D is no set of at most
 * 64 members, listed or an interval (its evaluation failing, a set not listed: SUBSET, a set of
 * functions, Nat), which is not enumerated here: the conjunct is then kept whole. */
static bool row_domain(model *m, eval_worker **w, const syn_expr *domain, check_part *p)
{
    if (!*w) *w = eval_worker_new(m->ep, -1);
    val d;
    if (!eval_value(*w, domain, NULL, NULL, &d)) return false;
    bool small = d.kind == VAL_SET ? d.u.set->n <= 64
                                   : d.kind == VAL_LAZY && d.u.lazy->kind == LAZY_INTERVAL && d.u.lazy->hi - d.u.lazy->lo < 64;
    if (!small) return false;
    val_buf buf = {0};
    uint64_t unlistable = val_unlistable_written(NULL);
    val_serialize(d, &buf);
    uint64_t n;
    bool ok = val_unlistable_written(NULL) == unlistable && buf.len && buf.items[0] == VAL_TAG_SET &&
              val_bytes_varint(buf.items + 1, buf.items + buf.len, &n) && n && n <= 64;
    if (ok) {
        uint8_t *bytes = ARENA_NEW_N(&m->mem, uint8_t, buf.len);
        memcpy(bytes, buf.items, buf.len);
        p->row_domain = bytes;
        p->row_domain_len = (uint32_t)buf.len;
    }
    free(buf.items);
    return ok;
}

/* A []P property taken from a temporal formula (P closed over its bindings) checked by its conjuncts,
 * each kept by the variables it reads when those are not all of them (MCEWD687a's TreeWithRoot: the
 * costly `G!IsTreeWithRoot(O, Leader)` reads upEdge alone, whose values repeat across states where
 * the other conjunct's variables do not); NULL when none is. */
enum { MAX_CLOSURE_PARTS = 16 };
static const check_plan *closure_plan(model *m, const eval_closure *cl)
{
    const eval_closure *parts[MAX_CLOSURE_PARTS];
    uint32_t n = eval_closure_conjuncts(m->ep, cl, parts, MAX_CLOSURE_PARTS);
    if (!n) parts[n++] = cl;
    check_plan *plan = ARENA_NEW(&m->mem, check_plan);
    plan->parts = ARENA_NEW_N(&m->mem, check_part, n);
    plan->nparts = n;
    bool useful = false;
    for (uint32_t i = 0; i < n; i++) {
        uint64_t *vars = ARENA_NEW_N(&m->mem, uint64_t, model_var_words(m));
        bool kept = model_check_reads(m, parts[i], NULL, vars);
        plan->parts[i] = (check_part){.cl = parts[i], .vars = kept ? vars : NULL, .cache = kept ? m->ncaches++ : 0};
        useful |= kept;
    }
    return useful ? plan : NULL;
}

/* A plan for n when some conjunct of it reads fewer than all variables (a new state is new in the
 * variables all of them read together, so such a conjunct's cache would never be hit). */
static const check_plan *plan_of(model *m, const named_expr *n, eval_worker **ew)
{
    if (n->cl) return closure_plan(m, n->cl);
    expr_list parts = {0};
    conjuncts(m, n->expr, &parts);
    uint32_t words = model_var_words(m);
    check_plan *plan = ARENA_NEW(&m->mem, check_plan);
    plan->parts = ARENA_NEW_N(&m->mem, check_part, parts.len);
    plan->nparts = (uint32_t)parts.len;
    bool useful = false;
    for (size_t i = 0; i < parts.len; i++) {
        check_part *p = &plan->parts[i];
        p->expr = parts.items[i];
        uint64_t *vars = ARENA_NEW_N(&m->mem, uint64_t, words);
        uint32_t nread = 0;
        if (model_expr_reads(m, p->expr, vars)) {
            for (uint32_t w = 0; w < words; w++) nread += (uint32_t)__builtin_popcountll(vars[w]);
            if (nread < m->prog->nvars) {
                p->vars = vars;
                p->cache = m->ncaches++;
                const syn_expr *domain;
                p->by_elements = nread == 1 && (element_membership(m, p->expr, &p->element_var) ||
                                                (row_quantifier(m, sema_strip(p->expr), vars, &p->element_var, &domain) &&
                                                 row_domain(m, ew, domain, p)));
                p->fast = check_bytes_compile(m, &m->mem, p->expr);
                useful = true;
            }
        }
    }
    VEC_FREE(parts);
    return useful ? plan : NULL;
}

/* The state constraints as one part, with the variables they read together, when their truth is a
 * function of them and they are not all of them; NULL otherwise. */
static const check_part *constraint_part(model *m)
{
    uint32_t words = model_var_words(m), nread = 0;
    uint64_t *all = ARENA_NEW_N(&m->mem, uint64_t, words), *one = ARENA_NEW_N(&m->mem, uint64_t, words);
    for (size_t i = 0; i < m->constraints.len; i++) {
        if (!m->constraints.items[i].expr || !model_expr_reads(m, m->constraints.items[i].expr, one)) return NULL;
        for (uint32_t w = 0; w < words; w++) all[w] |= one[w];
    }
    for (uint32_t w = 0; w < words; w++) nread += (uint32_t)__builtin_popcountll(all[w]);
    if (!m->constraints.len || nread == m->prog->nvars) return NULL;
    check_part *part = ARENA_NEW(&m->mem, check_part);
    *part = (check_part){.vars = all, .cache = m->ncaches++};
    return part;
}

/* Marks the parts of the lists' plans whose expression is a part of some plan elsewhere too (or twice
 * in one): only those are looked for among the parts that held in a state (model_worker.c). */
static void mark_shared_parts(named_list *lists[], size_t nlists)
{
    for (size_t a = 0; a < nlists; a++)
        for (size_t i = 0; i < lists[a]->len; i++) {
            const check_plan *pi = lists[a]->items[i].plan;
            for (uint32_t k = 0; pi && k < pi->nparts; k++) {
                check_part *p = &pi->parts[k];
                for (size_t b = 0; p->expr && !p->shared && b < nlists; b++)
                    for (size_t j = 0; !p->shared && j < lists[b]->len; j++) {
                        const check_plan *pj = lists[b]->items[j].plan;
                        for (uint32_t l = 0; pj && l < pj->nparts; l++)
                            if (pj->parts[l].expr == p->expr && &pj->parts[l] != p) p->shared = true;
                    }
            }
        }
}

void model_plan_checks(model *m)
{
    if (m->var_values) return;   /* -coverage counts what is evaluated */
    m->constraint_part = constraint_part(m);
    eval_worker *w = NULL;   /* for row_domain */
    for (size_t i = 0; i < m->invariants.len; i++) m->invariants.items[i].plan = plan_of(m, &m->invariants.items[i], &w);
    for (size_t i = 0; i < m->state_props.len; i++) m->state_props.items[i].plan = plan_of(m, &m->state_props.items[i], &w);
    if (w) eval_worker_free(w);
    mark_shared_parts((named_list *[]){&m->invariants, &m->state_props}, 2);
}
