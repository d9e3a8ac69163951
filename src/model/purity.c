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
 * call is still looked at as a unit of its own.
 *
 * Random draws (TLC's RandomElement, the Randomization module) in a parameterless constant
 * definition of the root module are made once: such a definition is evaluated once for the run
 * (eval_memoised), from a generator seeded by the definition itself (eval_random_enter), as TLC
 * computes constant definitions once at start-up (SpanTreeRandom's `Edges`). A draw under a set
 * filter is not: an infinite filter's predicate is kept and evaluated later, with another state's
 * generator. Elsewhere (a definition with parameters, of another module, which an INSTANCE may
 * evaluate under substitutions without keeping its value) a draw makes the model impure. */
#include "model_internal.h"

#include <string.h>

static bool unit_impure(const syn_unit *u);

static bool child_pure(void *data, const syn_expr *e);

/* A random draw: TLC's RandomElement or an operator of the Randomization module. */
static bool is_draw(const sema_def *d)
{
    return d->module && d->module->is_standard &&
           (!strcmp(d->module->name, "Randomization") || (!strcmp(d->module->name, "TLC") && !strcmp(d->name, "RandomElement")));
}

/* draws_once: e is (inside) the body of a definition whose draws are made once. */
static bool expr_impure(const syn_expr *e, bool draws_once)
{
    if (!e) return false;
    if (e->kind == SX_APPLY) {
        const sema_ref *r = e->u.apply.res;
        if (r && r->kind == REF_DEF && eval_def_impure(r->def) && !(draws_once && is_draw(r->def))) return true;
    }
    if (e->kind == SX_SET_FILTER) draws_once = false;
    return !syn_for_children(e, child_pure, &draws_once);
}

static bool child_pure(void *data, const syn_expr *e) { return !expr_impure(e, *(const bool *)data); }

/* A parameterless constant definition of the root module: evaluated once for the run. */
static bool evaluated_once(const syn_unit *u, const sema_module *root)
{
    const sema_def *d = u->kind == SU_OPDEF ? u->res.def : NULL;
    return d && d->module == root && !d->nparams && d->level == LEVEL_CONSTANT && !d->is_function && !d->recursive;
}

static bool module_impure(const syn_module *m, const sema_module *root)
{
    for (uint32_t i = 0; i < m->nunits; i++) {
        const syn_unit *u = m->units[i];
        if (evaluated_once(u, root) ? expr_impure(u->u.def.body, true) : unit_impure(u)) return true;
    }
    return false;
}

static bool unit_impure(const syn_unit *u)
{
    switch (u->kind) {
    case SU_OPDEF: return expr_impure(u->u.def.body, false);
    case SU_INSTANCE:
        for (uint32_t i = 0; i < u->u.inst.nsubs; i++)
            if (expr_impure(u->u.inst.subs[i].value, false)) return true;
        return false;
    case SU_MODULE: return module_impure(u->u.module, NULL);
    default: return false;
    }
}

bool model_program_pure(const sema_program *p)
{
    for (uint32_t i = 0; i < p->nmodules; i++)
        if (!p->modules[i]->is_standard && module_impure(p->modules[i]->syntax, p->root)) return false;
    return true;
}
