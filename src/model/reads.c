/* reads.c - the state variables an expression can read: every variable named in the expression or
 * in a definition, instance substitution, LAMBDA or .cfg override it can reach. An over-approximation
 * by syntax (whatever is reachable counts, evaluated or not), so that a predicate whose variables
 * all hold the values of a state where it held holds again (model_worker.c's invariant cache).
 * Expressions that may read more than the variables' values (TLCGet, random choice, printing, files,
 * the trace) are refused. */
#include "model_internal.h"

#include <stdlib.h>
#include <string.h>

typedef struct reads {
    const model *m;
    uint64_t *vars;          /* the bit set being filled */
    uint8_t *seen;           /* by definition id: its body is walked already */
    bool pure;
} reads;

static void walk(reads *r, const syn_expr *e);

static void walk_def(reads *r, const sema_def *d)
{
    if (!d) return;
    if (d->id >= r->m->prog->ndefs) {
        r->pure = false;
        return;
    }
    if (r->seen[d->id]) return;
    r->seen[d->id] = 1;
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
        for (uint32_t j = 0; j < inst->nsubs; j++) walk(r, inst->subs[j].value);
    }
}

static void walk_decl(reads *r, const sema_decl *d)
{
    const sema_program *p = r->m->prog;
    if (d->is_variable) {
        /* a variable of an instantiated module stands for its substitution, walked with the path */
        if (d->index < p->nvars && p->variables[d->index] == d) r->vars[d->index / 64] |= 1ull << (d->index % 64);
        return;
    }
    for (size_t i = 0; i < r->m->overrides.len; i++)
        if (r->m->overrides.items[i].target == d) walk_def(r, r->m->overrides.items[i].with);
}

static void walk_ref(reads *r, const sema_ref *ref)
{
    if (!ref) {
        r->pure = false;
        return;
    }
    walk_path(r, ref->path, ref->npath);
    switch (ref->kind) {
    case REF_BUILTIN: return;
    case REF_DECL: walk_decl(r, ref->decl); return;
    case REF_DEF: walk_def(r, ref->def); return;
    case REF_BOUND:
        if (ref->binder->kind == BINDER_LET_DEF) walk_def(r, ref->binder->let_def);
        return;
    }
}

static void walk_list(reads *r, syn_expr *const *items, uint32_t n)
{
    for (uint32_t i = 0; i < n; i++) walk(r, items[i]);
}

static void walk_bounds(reads *r, const syn_bound *b, uint32_t n)
{
    for (uint32_t i = 0; i < n; i++) walk(r, b[i].set);
}

static void walk(reads *r, const syn_expr *e)
{
    if (!e || !r->pure) return;
    switch (e->kind) {
    case SX_NUM: case SX_STR: case SX_AT: return;
    case SX_APPLY:
        for (uint32_t i = 0; i < e->u.apply.npath; i++) walk_list(r, e->u.apply.path[i].args, e->u.apply.path[i].nargs);
        walk_list(r, e->u.apply.args, e->u.apply.nargs);
        walk_ref(r, e->u.apply.res);
        return;
    case SX_LAMBDA: walk(r, e->u.lambda.body); return;
    case SX_IF: walk(r, e->u.ite.cond); walk(r, e->u.ite.then_); walk(r, e->u.ite.else_); return;
    case SX_CASE:
        for (uint32_t i = 0; i < e->u.cas.narms; i++) {
            walk(r, e->u.cas.arms[i].guard);
            walk(r, e->u.cas.arms[i].value);
        }
        walk(r, e->u.cas.other);
        return;
    case SX_LET:
        for (uint32_t i = 0; i < e->u.let.ndefs; i++) {
            const syn_unit *u = e->u.let.defs[i];
            if (u->kind == SU_OPDEF) walk(r, u->u.def.body);
            else if (u->kind == SU_INSTANCE)
                for (uint32_t j = 0; j < u->u.inst.nsubs; j++) walk(r, u->u.inst.subs[j].value);
        }
        walk(r, e->u.let.body);
        return;
    case SX_FORALL: case SX_EXISTS: case SX_TFORALL: case SX_TEXISTS: case SX_CHOOSE:
    case SX_SET_FILTER: case SX_SET_MAP: case SX_FUNC:
        walk_bounds(r, e->u.q.bounds, e->u.q.nbounds);
        walk(r, e->u.q.body);
        return;
    case SX_SET_ENUM: case SX_TUPLE: case SX_CROSS: case SX_CONJ_LIST: case SX_DISJ_LIST:
        walk_list(r, e->u.list.items, e->u.list.nitems);
        return;
    case SX_RECORD: case SX_RECORD_SET:
        for (uint32_t i = 0; i < e->u.rec.nfields; i++) walk(r, e->u.rec.fields[i].value);
        return;
    case SX_FUNC_SET: case SX_BOX_ACTION: case SX_ANGLE_ACTION: case SX_WF: case SX_SF: case SX_PAREN:
        walk(r, e->u.bin.a);
        walk(r, e->u.bin.b);
        return;
    case SX_FAPPLY: walk(r, e->u.fapp.fn); walk_list(r, e->u.fapp.args, e->u.fapp.nargs); return;
    case SX_DOT: walk(r, e->u.dot.rec); return;
    case SX_EXCEPT:
        walk(r, e->u.except.base);
        for (uint32_t i = 0; i < e->u.except.nupdates; i++) {
            const syn_except_update *u = &e->u.except.updates[i];
            for (uint32_t j = 0; j < u->nsteps; j++)
                if (!u->steps[j].is_field) walk_list(r, u->steps[j].index, u->steps[j].nindex);
            walk(r, u->value);
        }
        return;
    case SX_LABEL: walk(r, e->u.label.body); return;
    case SX__COUNT: break;
    }
    r->pure = false;   /* a kind this walk does not know: assume the worst */
}

bool model_expr_reads(const model *m, const syn_expr *e, uint64_t *vars)
{
    reads r = {.m = m, .vars = vars, .seen = util_xcalloc(m->prog->ndefs + 1, 1), .pure = true};
    memset(vars, 0, sizeof(uint64_t) * model_var_words(m));
    walk(&r, e);
    free(r.seen);
    return r.pure;
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

/* A plan for n when some conjunct of it reads fewer than all variables (a new state is new in the
 * variables all of them read together, so such a conjunct's cache would never be hit). */
static const check_plan *plan_of(model *m, const named_expr *n)
{
    if (n->cl) return NULL;
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
                useful = true;
            }
        }
    }
    VEC_FREE(parts);
    return useful ? plan : NULL;
}

void model_plan_checks(model *m)
{
    if (m->var_values) return;   /* -coverage counts what is evaluated */
    for (size_t i = 0; i < m->invariants.len; i++) m->invariants.items[i].plan = plan_of(m, &m->invariants.items[i]);
    for (size_t i = 0; i < m->state_props.len; i++) m->state_props.items[i].plan = plan_of(m, &m->state_props.items[i]);
}
