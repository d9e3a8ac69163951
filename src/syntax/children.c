/* children.c - the direct sub-expressions of an expression, for the walks over whole trees that
 * other modules make (which variables an expression reads, whether it calls something impure). */
#include "syntax.h"

typedef struct visit { syn_child_fn fn; void *data; } visit;

static bool one(const visit *v, const syn_expr *e) { return !e || v->fn(v->data, e); }

static bool list(const visit *v, syn_expr *const *items, uint32_t n)
{
    for (uint32_t i = 0; i < n; i++)
        if (!one(v, items[i])) return false;
    return true;
}

static bool unit(const visit *v, const syn_unit *u)
{
    if (u->kind == SU_OPDEF) return one(v, u->u.def.body);
    if (u->kind != SU_INSTANCE) return true;
    for (uint32_t i = 0; i < u->u.inst.nsubs; i++)
        if (!one(v, u->u.inst.subs[i].value)) return false;
    return true;
}

static bool except(const visit *v, const syn_expr *e)
{
    if (!one(v, e->u.except.base)) return false;
    for (uint32_t i = 0; i < e->u.except.nupdates; i++) {
        const syn_except_update *u = &e->u.except.updates[i];
        for (uint32_t s = 0; s < u->nsteps; s++)
            if (!u->steps[s].is_field && !list(v, u->steps[s].index, u->steps[s].nindex)) return false;
        if (!one(v, u->value)) return false;
    }
    return true;
}

static bool quantified(const visit *v, const syn_expr *e)
{
    for (uint32_t i = 0; i < e->u.q.nbounds; i++)
        if (!one(v, e->u.q.bounds[i].set)) return false;
    return one(v, e->u.q.body);
}

bool syn_for_children(const syn_expr *e, syn_child_fn fn, void *data)
{
    const visit v = {fn, data};
    switch (e->kind) {
    case SX_NUM: case SX_STR: case SX_AT: case SX__COUNT: return true;
    case SX_APPLY:
        for (uint32_t i = 0; i < e->u.apply.npath; i++)
            if (!list(&v, e->u.apply.path[i].args, e->u.apply.path[i].nargs)) return false;
        return list(&v, e->u.apply.args, e->u.apply.nargs);
    case SX_LAMBDA: return one(&v, e->u.lambda.body);
    case SX_IF: return one(&v, e->u.ite.cond) && one(&v, e->u.ite.then_) && one(&v, e->u.ite.else_);
    case SX_CASE:
        for (uint32_t i = 0; i < e->u.cas.narms; i++)
            if (!one(&v, e->u.cas.arms[i].guard) || !one(&v, e->u.cas.arms[i].value)) return false;
        return one(&v, e->u.cas.other);
    case SX_LET:
        for (uint32_t i = 0; i < e->u.let.ndefs; i++)
            if (!unit(&v, e->u.let.defs[i])) return false;
        return one(&v, e->u.let.body);
    case SX_FORALL: case SX_EXISTS: case SX_TFORALL: case SX_TEXISTS: case SX_CHOOSE:
    case SX_SET_FILTER: case SX_SET_MAP: case SX_FUNC:
        return quantified(&v, e);
    case SX_SET_ENUM: case SX_TUPLE: case SX_CROSS: case SX_CONJ_LIST: case SX_DISJ_LIST:
        return list(&v, e->u.list.items, e->u.list.nitems);
    case SX_RECORD: case SX_RECORD_SET:
        for (uint32_t i = 0; i < e->u.rec.nfields; i++)
            if (!one(&v, e->u.rec.fields[i].value)) return false;
        return true;
    case SX_EXCEPT: return except(&v, e);
    case SX_FAPPLY: return one(&v, e->u.fapp.fn) && list(&v, e->u.fapp.args, e->u.fapp.nargs);
    case SX_DOT: return one(&v, e->u.dot.rec);
    case SX_FUNC_SET: case SX_PAREN: case SX_BOX_ACTION: case SX_ANGLE_ACTION: case SX_WF: case SX_SF:
        return one(&v, e->u.bin.a) && one(&v, e->u.bin.b);
    case SX_LABEL: return one(&v, e->u.label.body);
    }
    return true;
}
