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
 * evaluate under substitutions without keeping its value) a draw makes the model impure.
 *
 * A definition the model can never evaluate does not count (MCKVsnap's `BaitInv`, a TLCGet("level")
 * invariant its .cfg leaves commented out): only the definitions reachable are judged, from the
 * roots, which are every definition the .cfg names (by its name, in any module: the name of any
 * entry, in any section, even one the model will reject), whatever an ASSUME, a THEOREM or an
 * INSTANCE's substitutions (explicit or by the same name) refer to, and then whatever a reachable
 * definition's body refers to (a call, an operator passed as an argument, a LET's instance). The
 * evaluator enters a definition only through these, so an unreachable one is never evaluated. */
#include "model_internal.h"

#include <stdlib.h>
#include <string.h>

static bool unit_impure(const syn_unit *u, const bool *reached);

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

/* ---- the definitions the model can evaluate ------------------------------------------------------ */

typedef struct reach {
    bool *seen;                  /* by definition id */
    VEC(const sema_def *) todo;  /* seen, body not walked yet */
} reach;

static void reach_def(reach *r, const sema_def *d)
{
    if (r->seen[d->id]) return;
    r->seen[d->id] = true;
    VEC_PUSH(r->todo, d);
}

static bool reach_child(void *data, const syn_expr *e);

static void reach_instance(reach *r, const sema_instance *inst)
{
    for (uint32_t i = 0; inst && i < inst->nsubs; i++) reach_child(r, inst->subs[i].value);
}

/* The definitions e refers to, into r (always true: a syn_for_children walk that goes on). */
static bool reach_child(void *data, const syn_expr *e)
{
    reach *r = data;
    if (!e) return true;
    if (e->kind == SX_APPLY && e->u.apply.res && e->u.apply.res->kind == REF_DEF) reach_def(r, e->u.apply.res->def);
    if (e->kind == SX_LET)   /* its instances' substitutions by the same name are not in the syntax */
        for (uint32_t i = 0; i < e->u.let.ndefs; i++)
            if (e->u.let.defs[i]->kind == SU_INSTANCE) reach_instance(r, e->u.let.defs[i]->res.inst);
    return syn_for_children(e, reach_child, r);
}

/* Is `name`, or the last part of a path `A!B!name`, the name of `d`? */
static bool names(atom name, const sema_def *d)
{
    if (!name) return false;
    const char *last = strrchr(name, '!');
    return last ? !strcmp(last + 1, d->name) : name == d->name;
}

static bool cfg_names(const cfg_file *cfg, const sema_def *d)
{
    if (names(cfg->init, d) || names(cfg->next, d) || names(cfg->specification, d) || names(cfg->view, d) ||
        names(cfg->alias, d) || names(cfg->symmetry, d))
        return true;
    for (uint32_t i = 0; i < cfg->nconstants; i++)
        if (names(cfg->constants[i].name, d) || names(cfg->constants[i].target, d)) return true;
    const cfg_name *lists[] = {cfg->invariants, cfg->properties, cfg->constraints, cfg->action_constraints,
                               cfg->postconditions};
    const uint32_t lens[] = {cfg->ninvariants, cfg->nproperties, cfg->nconstraints, cfg->naction_constraints,
                             cfg->npostconditions};
    for (size_t l = 0; l < sizeof lists / sizeof *lists; l++)
        for (uint32_t i = 0; i < lens[l]; i++)
            if (names(lists[l][i].name, d)) return true;
    return false;
}

/* The roots among m's units (and its nested modules'). */
static void reach_roots(reach *r, const syn_module *m, const cfg_file *cfg)
{
    for (uint32_t i = 0; i < m->nunits; i++) {
        const syn_unit *u = m->units[i];
        switch (u->kind) {
        case SU_OPDEF:
            if (u->res.def && cfg_names(cfg, u->res.def)) reach_def(r, u->res.def);
            break;
        case SU_ASSUME:
        case SU_THEOREM: reach_child(r, u->u.assume.expr); break;
        case SU_INSTANCE: reach_instance(r, u->res.inst); break;
        case SU_MODULE: reach_roots(r, u->u.module, cfg); break;
        default: break;
        }
    }
}

/* By definition id: can the model evaluate it? (The caller frees the array.) */
static bool *reachable(const sema_program *p, const cfg_file *cfg)
{
    reach r = {.seen = util_xcalloc(p->ndefs + 1, sizeof(bool))};
    for (uint32_t i = 0; i < p->nmodules; i++)
        if (!p->modules[i]->is_standard) reach_roots(&r, p->modules[i]->syntax, cfg);
    while (r.todo.len) {
        const sema_def *d = r.todo.items[--r.todo.len];
        reach_child(&r, d->body);
    }
    VEC_FREE(r.todo);
    return r.seen;
}

/* ---- judging them -------------------------------------------------------------------------------- */

/* A parameterless constant definition of the root module: evaluated once for the run. */
static bool evaluated_once(const syn_unit *u, const sema_module *root)
{
    const sema_def *d = u->kind == SU_OPDEF ? u->res.def : NULL;
    return d && d->module == root && !d->nparams && d->level == LEVEL_CONSTANT && !d->is_function && !d->recursive;
}

static bool module_impure(const syn_module *m, const sema_module *root, const bool *reached)
{
    for (uint32_t i = 0; i < m->nunits; i++) {
        const syn_unit *u = m->units[i];
        if (u->kind == SU_OPDEF && u->res.def && !reached[u->res.def->id]) continue;
        if (evaluated_once(u, root) ? expr_impure(u->u.def.body, true) : unit_impure(u, reached)) return true;
    }
    return false;
}

static bool unit_impure(const syn_unit *u, const bool *reached)
{
    switch (u->kind) {
    case SU_OPDEF: return expr_impure(u->u.def.body, false);
    case SU_INSTANCE:
        for (uint32_t i = 0; i < u->u.inst.nsubs; i++)
            if (expr_impure(u->u.inst.subs[i].value, false)) return true;
        return false;
    case SU_MODULE: return module_impure(u->u.module, NULL, reached);
    default: return false;
    }
}

bool model_program_pure(const sema_program *p, const cfg_file *cfg)
{
    bool *reached = reachable(p, cfg), pure = true;
    for (uint32_t i = 0; i < p->nmodules && pure; i++)
        if (!p->modules[i]->is_standard && module_impure(p->modules[i]->syntax, p->root, reached)) pure = false;
    free(reached);
    return pure;
}
