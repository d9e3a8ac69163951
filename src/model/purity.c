/* purity.c - does the spec call an operator whose value depends on more than its arguments and the
 * state (TLCGet, Print, TLCSet, JavaTime, RandomElement, the IO, CSV, Json, Randomization, TLCExt
 * and SVG modules)? If it does not, checking a state gives the same verdict every time, so a
 * simulation may skip checking a state it has checked before (explore_model.check_state_pure).
 *
 * Every expression of the spec's own modules is looked at, whatever uses it (invariants, overrides
 * of the .cfg, definitions passed as arguments): the tool's library modules are judged by name
 * only, as they call nothing impure but through the operators eval_def_impure names. ASSUME and
 * THEOREM bodies are not: an ASSUME is evaluated once, before the search, on a worker of its own
 * (model_check_assumptions), a THEOREM never, so what they print or draw happens once whatever the
 * search does (MCCRDT's `ASSUME TLCGet("-Dtlc2.tool.impl.Tool.cdot") = "true"`). A definition they
 * call is still looked at as a unit of its own. */
#include "model_internal.h"

static bool unit_impure(const syn_unit *u);

static bool child_pure(void *data, const syn_expr *e);

static bool expr_impure(const syn_expr *e)
{
    if (!e) return false;
    if (e->kind == SX_APPLY) {
        const sema_ref *r = e->u.apply.res;
        if (r && r->kind == REF_DEF && eval_def_impure(r->def)) return true;
    }
    return !syn_for_children(e, child_pure, NULL);
}

static bool child_pure(void *data, const syn_expr *e) { return !expr_impure(e); }

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
