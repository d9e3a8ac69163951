/* purity.c - does the spec call an operator whose value depends on more than its arguments and the
 * state (TLCGet, Print, TLCSet, JavaTime, RandomElement, the IO, CSV, Json, Randomization, TLCExt
 * and SVG modules)? If it does not, checking a state gives the same verdict every time, so a
 * simulation may skip checking a state it has checked before (explore_model.check_state_pure).
 *
 * Every expression of the spec's own modules is looked at, whatever uses it (invariants, overrides
 * of the .cfg, definitions passed as arguments): the tool's library modules are judged by name
 * only, as they call nothing impure but through the operators eval_def_impure names. */
#include "model_internal.h"

static bool expr_impure(const syn_expr *e);

static bool all_impure(syn_expr *const *es, uint32_t n)
{
    for (uint32_t i = 0; i < n; i++)
        if (expr_impure(es[i])) return true;
    return false;
}

static bool bounds_impure(const syn_bound *b, uint32_t n)
{
    for (uint32_t i = 0; i < n; i++)
        if (b[i].set && expr_impure(b[i].set)) return true;
    return false;
}

static bool unit_impure(const syn_unit *u);

static bool apply_impure(const syn_expr *e)
{
    const sema_ref *r = e->u.apply.res;
    if (r && r->kind == REF_DEF && eval_def_impure(r->def)) return true;
    for (uint32_t i = 0; i < e->u.apply.npath; i++)
        if (all_impure(e->u.apply.path[i].args, e->u.apply.path[i].nargs)) return true;
    return all_impure(e->u.apply.args, e->u.apply.nargs);
}

static bool except_impure(const syn_expr *e)
{
    if (expr_impure(e->u.except.base)) return true;
    for (uint32_t i = 0; i < e->u.except.nupdates; i++) {
        const syn_except_update *up = &e->u.except.updates[i];
        for (uint32_t s = 0; s < up->nsteps; s++)
            if (!up->steps[s].is_field && all_impure(up->steps[s].index, up->steps[s].nindex)) return true;
        if (expr_impure(up->value)) return true;
    }
    return false;
}

/* The cases follow sema's resolve_node, which visits every sub-expression. */
static bool expr_impure(const syn_expr *e)
{
    if (!e) return false;
    switch (e->kind) {
    case SX_NUM: case SX_STR: case SX_AT: return false;
    case SX_APPLY: return apply_impure(e);
    case SX_LAMBDA: return expr_impure(e->u.lambda.body);
    case SX_IF: return expr_impure(e->u.ite.cond) || expr_impure(e->u.ite.then_) || expr_impure(e->u.ite.else_);
    case SX_CASE:
        for (uint32_t i = 0; i < e->u.cas.narms; i++)
            if (expr_impure(e->u.cas.arms[i].guard) || expr_impure(e->u.cas.arms[i].value)) return true;
        return expr_impure(e->u.cas.other);
    case SX_LET:
        for (uint32_t i = 0; i < e->u.let.ndefs; i++)
            if (unit_impure(e->u.let.defs[i])) return true;
        return expr_impure(e->u.let.body);
    case SX_FORALL: case SX_EXISTS: case SX_TFORALL: case SX_TEXISTS: case SX_CHOOSE:
    case SX_SET_FILTER: case SX_SET_MAP: case SX_FUNC:
        return bounds_impure(e->u.q.bounds, e->u.q.nbounds) || expr_impure(e->u.q.body);
    case SX_SET_ENUM: case SX_TUPLE: case SX_CROSS: case SX_CONJ_LIST: case SX_DISJ_LIST:
        return all_impure(e->u.list.items, e->u.list.nitems);
    case SX_RECORD: case SX_RECORD_SET:
        for (uint32_t i = 0; i < e->u.rec.nfields; i++)
            if (expr_impure(e->u.rec.fields[i].value)) return true;
        return false;
    case SX_EXCEPT: return except_impure(e);
    case SX_FAPPLY: return expr_impure(e->u.fapp.fn) || all_impure(e->u.fapp.args, e->u.fapp.nargs);
    case SX_DOT: return expr_impure(e->u.dot.rec);
    case SX_FUNC_SET: case SX_PAREN: case SX_BOX_ACTION: case SX_ANGLE_ACTION: case SX_WF: case SX_SF:
        return expr_impure(e->u.bin.a) || expr_impure(e->u.bin.b);
    case SX_LABEL: return expr_impure(e->u.label.body);
    case SX__COUNT: break;
    }
    return true;   /* unknown: assume the worst */
}

static bool module_impure(const syn_module *m)
{
    for (uint32_t i = 0; i < m->nunits; i++)
        if (unit_impure(m->units[i])) return true;
    return false;
}

static bool unit_impure(const syn_unit *u)
{
    switch (u->kind) {
    case SU_OPDEF: return expr_impure(u->u.def.body);
    case SU_INSTANCE:
        for (uint32_t i = 0; i < u->u.inst.nsubs; i++)
            if (expr_impure(u->u.inst.subs[i].value)) return true;
        return false;
    case SU_ASSUME: case SU_THEOREM: return expr_impure(u->u.assume.expr);
    case SU_MODULE: return module_impure(u->u.module);
    default: return false;
    }
}

bool model_program_pure(const sema_program *p)
{
    for (uint32_t i = 0; i < p->nmodules; i++)
        if (!p->modules[i]->is_standard && module_impure(p->modules[i]->syntax)) return false;
    return true;
}
