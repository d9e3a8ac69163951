/* model.c - from a .cfg to the model the explorer checks: names resolved in the root module,
 * constants assigned, Init and Next extracted from SPECIFICATION, and the per-state callbacks. */
#include "model_internal.h"
#include "tableau.h"

#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

/* ---- names from the .cfg ------------------------------------------------------------------------ */

/* An expression that calls the root module's operator `name` (no arguments). */
syn_expr *model_name_expr(model *m, atom name, syn_loc loc)
{
    syn_expr *e = ARENA_NEW(&m->mem, syn_expr);
    e->kind = SX_APPLY;
    e->loc = loc;
    e->u.apply.name = name;
    if (!sema_resolve_expr(m->prog, m->prog->root, e)) return NULL;
    return e;
}

static const sema_def *def_of(const syn_expr *e)
{
    const sema_ref *r = e->u.apply.res;
    return r && r->kind == REF_DEF ? r->def : NULL;
}

static bool config_error(model *m, syn_loc loc, const char *fmt, const char *arg)
{
    util_diag(DIAG_ERROR, loc, NULL, fmt, arg);
    m->exit_code = EXIT_CONFIG;
    return false;
}

/* A configuration TLC refuses once it has started: its words under its code on the report stream,
 * its exit code, and (outside tool mode, whose client reads the code) where it is in the files. */
static bool refuse_config(model *m, syn_loc loc, int code, int exit_code, const char *fmt, ...)
{
    char words[1024];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(words, sizeof words, fmt, ap);
    va_end(ap);
    if (m->out) report_message(m->out, code, REPORT_CLASS_ERROR, "%s", words);
    if (!report_is_tool()) util_diag(DIAG_ERROR, loc, NULL, "%s", words);
    m->exit_code = exit_code;
    return false;
}

/* ---- constants ---------------------------------------------------------------------------------- */

static val cfg_to_val(model *m, const cfg_value *cv)
{
    arena *a = eval_permanent(m->ep);
    switch (cv->kind) {
    case CFG_INT: return val_int(cv->num);
    case CFG_STR: return val_str(cv->str);
    case CFG_BOOL: return val_bool(cv->boolean);
    case CFG_MODEL: return val_model(cv->str);
    case CFG_SET:
    case CFG_TUPLE: {
        val *items = arena_alloc(a, sizeof(val) * (cv->nitems + 1));
        for (uint32_t i = 0; i < cv->nitems; i++) items[i] = cfg_to_val(m, &cv->items[i]);
        return cv->kind == CFG_SET ? val_set_make(a, items, cv->nitems) : val_seq_make(a, items, cv->nitems);
    }
    }
    return val_bool(false);
}

static bool assign_constants(model *m, const cfg_file *cfg)
{
    bool ok = true;
    for (uint32_t i = 0; i < cfg->nconstants; i++) {
        const cfg_constant *c = &cfg->constants[i];
        sema_symbol sym;
        sema_module *scope = m->prog->root;
        if (c->nargs) {
            ok = config_error(m, c->loc, "giving an operator's value at arguments (`%s(...) = v`) is not supported yet",
                              c->name);
            continue;
        }
        if (c->target_module && !(scope = sema_find_module(m->prog, c->target_module))) {
            ok = config_error(m, c->loc, "the configuration names module %s, which the spec does not use",
                              c->target_module);
            continue;
        }
        if (!sema_lookup(scope, c->name, &sym) || sym.inst) {
            /* TLC tolerates this (model values listed for readability, as `r1 = r1`) */
            util_diag(DIAG_WARNING, c->loc, NULL, "the configuration assigns `%s`, which the spec does not declare; ignored",
                      c->name);
            continue;
        }
        if (c->is_override) {
            sema_symbol with;
            if (!sema_lookup(m->prog->root, c->target, &with))
                return refuse_config(m, c->loc, REPORT_CONFIG_SUBSTITUTION_UNDEFINED, EXIT_CONFIG,
                                     "The configuration file substitutes for %s with the undefined identifier %s.",
                                     c->name, c->target);
            if (!with.def) {
                ok = config_error(m, c->loc, "`<-` names `%s`, which is not an operator of the spec", c->target);
                continue;
            }
            if (sym.decl) eval_override_decl(m->ep, sym.decl, with.def);
            else eval_override_def(m->ep, sym.def, with.def);
            VEC_PUSH(m->overrides, ((model_override){sym.decl ? (const void *)sym.decl : sym.def, with.def}));
            continue;
        }
        val v = cfg_to_val(m, &c->value);
        if (sym.decl) {
            eval_set_constant(m->ep, sym.decl, v);
        } else if (sym.def->nparams == 0) {
            /* TLC lets the configuration replace a definition by a value (often a model value) */
            eval_override_def_value(m->ep, sym.def, v);
            VEC_PUSH(m->overrides, ((model_override){sym.def, NULL}));
        } else {
            ok = config_error(m, c->loc, "`%s` takes arguments; replace it with `<-` and an operator", c->name);
        }
    }
    for (uint32_t i = 0; ok && i < m->prog->nconstants; i++) {
        const sema_decl *d = m->prog->constants[i];
        if (!eval_constant_defined(m->ep, d))   /* TLC names the first only */
            return refuse_config(m, d->loc, REPORT_CONSTANT_NOT_ASSIGNED, EXIT_CONFIG,
                                 "The constant parameter %s is not assigned a value by the configuration file.", d->name);
    }
    return ok;
}

/* ---- SPECIFICATION ------------------------------------------------------------------------------ */


typedef struct spec_parts {
    VEC(const syn_expr *) init;
    const syn_expr *next;
    VEC(const syn_expr *) fairness;
} spec_parts;

/* Split a specification into its conjuncts: state predicates make up Init, [][A]_v gives Next,
 * WF/SF (possibly quantified) are fairness. Zero-arity definitions are looked through. */
static bool split_spec(model *m, const syn_expr *e, spec_parts *parts)
{
    e = sema_strip(e);
    if (e->kind == SX_CONJ_LIST) {
        for (uint32_t i = 0; i < e->u.list.nitems; i++)
            if (!split_spec(m, e->u.list.items[i], parts)) return false;
        return true;
    }
    if (sema_is_builtin(e, B_AND)) return split_spec(m, e->u.apply.args[0], parts) && split_spec(m, e->u.apply.args[1], parts);
    if (e->level <= LEVEL_STATE) {
        VEC_PUSH(parts->init, e);
        return true;
    }
    if (sema_is_builtin(e, B_ALWAYS)) {
        const syn_expr *a = sema_strip(e->u.apply.args[0]);
        if (a->kind == SX_BOX_ACTION) {
            if (parts->next) return config_error(m, e->loc, "%s", "the specification has two next-state actions [][A]_v");
            parts->next = a->u.bin.a;
            return true;
        }
    }
    if (e->kind == SX_APPLY && e->u.apply.nargs == 0) {
        const sema_def *d = def_of(e);
        if (d && !d->native && d->nparams == 0 && !((const sema_ref *)e->u.apply.res)->npath) return split_spec(m, d->body, parts);
    }
    /* WF/SF and any other temporal conjunct constrain only infinite behaviours: they matter to
     * liveness checking, not to the states explored */
    VEC_PUSH(parts->fairness, e);
    return true;
}

/* Is the specification (or a definition it is made of) reached through an INSTANCE? */
static bool spec_through_instance(const syn_expr *e)
{
    e = sema_strip(e);
    if (e->kind == SX_CONJ_LIST) {
        for (uint32_t i = 0; i < e->u.list.nitems; i++)
            if (spec_through_instance(e->u.list.items[i])) return true;
        return false;
    }
    if (sema_is_builtin(e, B_AND)) return spec_through_instance(e->u.apply.args[0]) || spec_through_instance(e->u.apply.args[1]);
    if (e->kind != SX_APPLY || e->level <= LEVEL_STATE) return false;
    const sema_ref *r = e->u.apply.res;
    if (r->kind != REF_DEF) return false;
    if (r->npath) return true;
    return !r->def->native && r->def->nparams == 0 && spec_through_instance(r->def->body);
}

/* A conjunction node over already resolved expressions. */
static const syn_expr *conjoin(model *m, const syn_expr **items, size_t n, syn_loc loc)
{
    if (n == 1) return items[0];
    syn_expr *e = ARENA_NEW(&m->mem, syn_expr);
    e->kind = SX_CONJ_LIST;
    e->loc = loc;
    e->u.list.items = ARENA_NEW_N(&m->mem, syn_expr *, n);
    memcpy(e->u.list.items, items, n * sizeof(*items));
    e->u.list.nitems = (uint32_t)n;
    e->level = LEVEL_STATE;
    return e;
}

/* No next-state action: Next is FALSE, so that the search computes the initial states only. */
static bool without_next(model *m, syn_loc loc)
{
    m->no_next = true;
    m->next = model_name_expr(m, util_intern("FALSE"), loc);
    return m->next != NULL;
}

static bool take_behaviour(model *m, const cfg_file *cfg)
{
    if (cfg->specification) {
        syn_expr *spec = model_name_expr(m, cfg->specification, cfg->specification_loc);
        if (!spec) return m->exit_code = EXIT_CONFIG, false;
        m->spec_def = def_of(spec);
        spec_parts parts = {0};
        if (spec_through_instance(spec)) {
            /* Init and Next live inside an instantiated module: enumerate the specification itself,
             * reading its state predicates as Init and its [][A]_v as Next */
            m->init = m->next = spec;
            m->spec_mode = true;
            VEC_PUSH(m->fairness, spec);   /* its WF/SF conjuncts are found when a property needs them */
            return true;
        }
        bool ok = split_spec(m, spec, &parts);
        if (ok && parts.init.len == 0) ok = config_error(m, cfg->specification_loc, "%s", "the specification has no initial predicate");
        if (ok) {
            m->init = conjoin(m, parts.init.items, parts.init.len, spec->loc);
            m->next = parts.next;
            if (!parts.next) ok = without_next(m, spec->loc);
            m->nfairness = (uint32_t)parts.fairness.len;
            for (size_t i = 0; i < parts.fairness.len; i++) VEC_PUSH(m->fairness, parts.fairness.items[i]);
        }
        VEC_FREE(parts.init);
        VEC_FREE(parts.fairness);
        return ok;
    }
    if (!cfg->init && !cfg->next) return true;   /* no behaviour: TLC only checks the assumptions */
    if (!cfg->init) {
        util_diag(DIAG_ERROR, (syn_loc){.file = cfg->file, .line = 1, .col = 1},
                  "write SPECIFICATION Spec, or INIT Init and NEXT Next", "the configuration names NEXT but not INIT");
        m->exit_code = EXIT_CONFIG;
        return false;
    }
    m->init = model_name_expr(m, cfg->init, cfg->init_loc);
    if (!m->init) return m->exit_code = EXIT_CONFIG, false;
    if (!cfg->next) return without_next(m, cfg->init_loc) || (m->exit_code = EXIT_CONFIG, false);
    m->next = model_name_expr(m, cfg->next, cfg->next_loc);
    if (!m->next) return m->exit_code = EXIT_CONFIG, false;
    return true;
}

/* Without a next-state action TLC takes no check that needs steps: an invariant, an action or a
 * temporal property (SpecProcessor; a PROPERTY that is a state predicate and a CONSTRAINT are checked
 * on the initial states). */
static bool steps_not_needed(model *m, const cfg_file *cfg)
{
    if (!m->no_next || !(m->invariants.len || m->state_props.len || m->action_props.len || m->live)) return true;
    return refuse_config(m, (syn_loc){.file = cfg->file, .line = 1, .col = 1}, REPORT_CONFIG_NO_NEXT, EXIT_CONFIG,
                         "The configuration file did not specify the next state predicate.");
}

/* ---- invariants and properties ------------------------------------------------------------------ */

#define INVARIANT_LEVEL_NOTE                                                                                  \
    "\nNote that a bug can cause TLC to incorrectly report this error.\nIf you believe your TLA+ or PlusCal "    \
    "specification to be correct,\nplease check if this bug described in LevelNode.java starting at line 590ff "  \
    "affects you."

static bool without_action_part(void *unused, const syn_expr *e)
{
    (void)unused;
    return e->level != LEVEL_ACTION && syn_for_children(e, without_action_part, NULL);
}

/* TLC adds a note on its level computation to its refusal of an invariant whose body has parameters
 * of level (SpecProcessor: levelParams); seen from its answers: a body with an action in it (x' > x,
 * a specification's [][Next]_v), not [](x < 5). */
static bool has_action_part(const syn_expr *e)
{
    const sema_def *d = e->kind == SX_APPLY ? def_of(e) : NULL;
    return !without_action_part(NULL, d && d->body ? d->body : e);
}

static bool add_named(model *m, named_list *list, const cfg_name *n, sema_level max, const char *what)
{
    syn_expr *e = model_name_expr(m, n->name, n->loc);
    if (!e) return m->exit_code = EXIT_CONFIG, false;
    if (e->level > max && list == &m->invariants)
        return refuse_config(m, n->loc, REPORT_INVARIANT_NOT_STATE_LEVEL, EXIT_SAFETY_EVAL,
                             "The invariant %s is not a state predicate (one with no primes or temporal operators).%s",
                             n->name, has_action_part(e) ? INVARIANT_LEVEL_NOTE : "");
    if (e->level > max) {
        util_diag(DIAG_ERROR, n->loc, NULL, "%s %s is not a %s", what, n->name,
                  max == LEVEL_STATE ? "state predicate (it mentions primed variables or temporal operators)"
                                     : "predicate on pairs of states");
        m->exit_code = EXIT_CONFIG;
        return false;
    }
    VEC_PUSH(*list, ((named_expr){n->name, e, NULL, NULL}));
    return true;
}

/* TLC's name for a conjunct of a property: its place ("line 7, col 17 to line 7, col 29 of module
 * M"), unless it names a definition without parameters, whose name it then takes. */
static atom place_name(const syn_expr *e)
{
    char text[512];
    util_loc_span(&e->loc, text, sizeof text);
    return util_intern(text);
}

/* A definition's name as TLC gives it when reached through named instances: I!J!Op. */
static atom instance_qualified_name(const sema_ref *r)
{
    char text[512];
    size_t len = 0;
    for (uint32_t i = 0; i < r->npath && len < sizeof text; i++)
        if (r->path[i].inst->name) len += (size_t)snprintf(text + len, sizeof text - len, "%s!", r->path[i].inst->name);
    if (len < sizeof text) snprintf(text + len, sizeof text - len, "%s", r->def->name);
    return util_intern(text);
}

/* PROPERTY P: a state predicate is checked on initial states, [][A]_v on every transition; a
 * conjunction is split. Other temporal formulas need liveness checking. `name` is TLC's for e
 * (SpecProcessor.processConfigProps): a conjunct is named by its place, a definition without
 * parameters by its name; the initial predicates, invariants and action properties found are
 * named so, the temporal formulas by the `property` the .cfg names. */
static bool add_property(model *m, atom property, atom name, const syn_expr *e)
{
    e = sema_strip(e);
    if (e->kind == SX_CONJ_LIST) {
        for (uint32_t i = 0; i < e->u.list.nitems; i++)
            if (!add_property(m, property, place_name(e->u.list.items[i]), e->u.list.items[i])) return false;
        return true;
    }
    if (sema_is_builtin(e, B_AND)) {
        const syn_expr *a = e->u.apply.args[0], *b = e->u.apply.args[1];
        return add_property(m, property, place_name(a), a) && add_property(m, property, place_name(b), b);
    }
    const sema_def *d = e->kind == SX_APPLY && !e->u.apply.nargs ? def_of(e) : NULL;
    const sema_ref *r = d ? e->u.apply.res : NULL;
    bool named = d && !d->native && d->nparams == 0;
    if (named && !r->npath) return add_property(m, property, d->name, d->body);
    if (e->level == LEVEL_ACTION)   /* an action neither [][A]_v nor inside a temporal formula */
        return refuse_config(m, e->loc, REPORT_PROPERTY_NOT_DEFINED, EXIT_CONFIG, "The property %s is not correctly defined.",
                             name);
    if (e->level <= LEVEL_STATE) {
        VEC_PUSH(m->init_props, ((named_expr){name, e, NULL, NULL}));
        return true;
    }
    if (sema_is_builtin(e, B_ALWAYS)) {
        const syn_expr *a = sema_strip(e->u.apply.args[0]);
        if (a->kind == SX_BOX_ACTION || a->level <= LEVEL_ACTION) {
            /* []P is an invariant for TLC, which names it by P's definition when P names one without
             * parameters ([]TypeOK), by the property otherwise ([](x < 2), []Below(2)) */
            const sema_def *pd = a->level <= LEVEL_STATE && a->kind == SX_APPLY ? def_of(a) : NULL;
            atom shown = pd && !pd->native && pd->nparams == 0 ? pd->name : name;
            VEC_PUSH(*(a->level <= LEVEL_STATE ? &m->state_props : &m->action_props), ((named_expr){shown, a, NULL, NULL}));
            return true;
        }
    }
    if (named) return model_add_temporal_property(m, property, instance_qualified_name(r), e);
    return model_add_temporal_property(m, property, name, e);
}

static bool take_checks(model *m, const cfg_file *cfg)
{
    bool ok = true;
    for (uint32_t i = 0; ok && i < cfg->ninvariants; i++) ok &= add_named(m, &m->invariants, &cfg->invariants[i], LEVEL_STATE, "invariant");
    for (uint32_t i = 0; ok && i < cfg->nconstraints; i++)
        ok &= add_named(m, &m->constraints, &cfg->constraints[i], LEVEL_STATE, "constraint");
    for (uint32_t i = 0; ok && i < cfg->naction_constraints; i++)
        ok &= add_named(m, &m->action_constraints, &cfg->action_constraints[i], LEVEL_ACTION, "action constraint");
    for (uint32_t i = 0; ok && i < cfg->npostconditions; i++) {
        /* a name that is no definition (undefined, a VARIABLE) stops TLC after the search */
        sema_symbol sym;
        atom name = cfg->postconditions[i].name;
        if (!sema_lookup(m->prog->root, name, &sym) || sym.inst || (sym.decl && sym.decl->is_variable))
            VEC_PUSH(m->postconditions, ((named_expr){name, NULL, NULL, NULL}));
        else
            ok &= add_named(m, &m->postconditions, &cfg->postconditions[i], LEVEL_STATE, "postcondition");
    }
    for (uint32_t i = 0; ok && i < cfg->nproperties; i++) {
        syn_expr *e = model_name_expr(m, cfg->properties[i].name, cfg->properties[i].loc);
        if (!e) {
            m->exit_code = EXIT_CONFIG;
            ok = false;
            continue;
        }
        if (e->level == LEVEL_CONSTANT) VEC_PUSH(m->constant_props, ((named_expr){cfg->properties[i].name, e, NULL, NULL}));
        if (e->level == LEVEL_STATE)
            VEC_PUSH(m->state_level_props, ((named_expr){cfg->properties[i].name, e, NULL, NULL}));
        ok &= add_property(m, cfg->properties[i].name, cfg->properties[i].name, e);
    }
    if (cfg->view) {
        m->view = model_name_expr(m, cfg->view, cfg->view_loc);
        ok &= m->view != NULL;
    }
    sema_symbol alias;
    /* TLC ignores an ALIAS the spec does not define */
    if (cfg->alias && sema_lookup(m->prog->root, cfg->alias, &alias)) {
        m->alias = model_name_expr(m, cfg->alias, cfg->alias_loc);
        ok &= m->alias != NULL;
    }
    if (!ok && !m->exit_code) m->exit_code = EXIT_CONFIG;
    return ok;
}

/* Does the .cfg give name a value (`name = v`), which TLC keeps in place of its definition? */
static bool given_a_value(const cfg_file *cfg, atom name)
{
    for (uint32_t i = 0; i < cfg->nconstants; i++) {
        const cfg_constant *c = &cfg->constants[i];
        if (c->name == name && !c->is_override && !c->nargs && !c->target_module) return true;
    }
    return false;
}

/* SYMMETRY S: S is a set of permutations of model values, evaluated once. */
static bool take_symmetry(model *m, const cfg_file *cfg)
{
    if (!cfg->symmetry) return true;
    if (given_a_value(cfg, cfg->symmetry)) {   /* TLC takes SYMMETRY's name only as an operator */
        m->symmetry_exception =
            arena_printf(&m->mem, "The symmetry function %s must specify a set of permutations.", cfg->symmetry);
        m->symmetry_refusal = MODEL_SYMMETRY_RUNTIME;
        return true;
    }
    syn_expr *e = model_name_expr(m, cfg->symmetry, cfg->symmetry_loc);
    if (!e) return m->exit_code = EXIT_CONFIG, false;
    eval_worker *w = eval_worker_new(m->ep, -1);
    val perms;
    bool ok = eval_value(w, e, NULL, NULL, &perms);
    if (!ok) {   /* TLC reports it after it has started, as its evaluation's exception */
        const eval_error *err = eval_worker_error(w);
        m->symmetry_exception = arena_printf(&m->mem, "%s", err->message);
        m->symmetry_refusal = err->kind == EVAL_KIND_UNDEFINED ? MODEL_SYMMETRY_UNDEFINED : MODEL_SYMMETRY_EVAL;
        ok = true;
    } else {
        ok = model_symmetry_setup(m, perms, cfg->symmetry_loc);
    }
    eval_worker_free(w);
    return ok;
}

/* Liveness is checked on the reduced graph, whose cycles need not be behaviours of the spec: TLC
 * warns, and so do we. */
static void warn_reduced_liveness(const model *m, const cfg_file *cfg)
{
    if (!m->live || !m->live->checks.len) return;
    if (cfg->symmetry)
        util_diag(DIAG_WARNING, cfg->symmetry_loc, "check the temporal properties in a run without SYMMETRY",
                  "declaring symmetry during liveness checking is dangerous: it may miss violations of the "
                  "temporal properties");
    if (cfg->view)
        util_diag(DIAG_WARNING, cfg->view_loc, "check the temporal properties in a run without VIEW",
                  "a VIEW during liveness checking is dangerous: states with the same view are merged, which may "
                  "hide or invent violations of the temporal properties");
}

/* Where the initial states may be enumerated in parts on many workers: nothing they evaluate may
 * depend on more than the state (a Print's order, a random draw, TLCGet's counters), and -coverage's
 * counts of values are made as states are found. */
static const syn_expr *initial_split(const model *m)
{
    if (!m->init || m->spec_mode || !m->pure || m->var_values || m->simulation) return NULL;
    return eval_initial_split(m->ep, m->init);
}

model *model_new(sema_program *p, const cfg_file *cfg, const model_options *o, int *exit_code)
{
    model *m = util_xcalloc(1, sizeof *m);
    arena_init(&m->mem);
    m->prog = p;
    m->ep = eval_program_new(p);
    eval_set_seed(m->ep, o->seed);
    eval_set_print_out(m->ep, o->print_out);
    eval_set_except_warning(m->ep, o->except_warn, o->except_warn_data);
    m->check_deadlock = cfg->check_deadlock != CFG_FALSE && !o->deadlock_off;
    m->workers = o->workers;
    m->simulation = o->simulation;
    m->keep_going = o->keep_going;
    m->pure = model_program_pure(p, cfg);
    eval_set_pure(m->ep, m->pure);
    m->sim_depth = o->sim_depth;
    m->sim_traces = o->sim_traces;
    m->generate = o->generate;
    /* -fp N: another hash function per N, as TLC picks one of its irreducible polynomials */
    m->fp_seed = (uint64_t)o->fp * 0x9E3779B97F4A7C15ull;
    pthread_mutex_init(&m->fault_lock, NULL);
    m->out = o->out;
    bool ok = assign_constants(m, cfg) && take_behaviour(m, cfg) && take_checks(m, cfg) && steps_not_needed(m, cfg) &&
              take_symmetry(m, cfg);
    if (!ok) {
        *exit_code = m->exit_code ? m->exit_code : EXIT_CONFIG;
        model_free(m);
        return NULL;
    }
    if (o->coverage) model_coverage_start(m);
    if (o->liveness_off && m->live) {
        model_liveness_free(m->live);   /* -lncheck off: TLC checks no temporal property */
        m->live = NULL;
    }
    warn_reduced_liveness(m, cfg);
    model_plan_checks(m);
    m->check_tables = check_tables_new(m->ncaches);
    m->sym_memo = model_symmetry_memo_new();
    model_keep_refinement_mappings(m);
    model_plan_labels(m);
    model_plan_prop_splits(m);
    m->init_split = initial_split(m);
    eval_closures_freeze(m->ep);   /* the closures of temporal formulas are shared from now on */
    return m;
}

void model_free(model *m)
{
    if (!m) return;
    free(m->prop_plan.vars);
    free(m->prop_split);
    free(m->prop_plan.memo);
    free(m->prop_plan.view);
    free(m->views.closure);
    VEC_FREE(m->invariants);
    VEC_FREE(m->constant_props);
    VEC_FREE(m->state_level_props);
    VEC_FREE(m->constraints);
    VEC_FREE(m->action_constraints);
    VEC_FREE(m->postconditions);
    VEC_FREE(m->init_props);
    VEC_FREE(m->state_props);
    VEC_FREE(m->action_props);
    free(m->sym.images);
    free(m->sym.to);
    VEC_FREE(m->fairness);
    VEC_FREE(m->actions);
    VEC_FREE(m->action_split);
    VEC_FREE(m->splits);
    VEC_FREE(m->overrides);
    model_coverage_free(m);
    check_tables_free(m->check_tables);
    model_symmetry_memo_free(m->sym_memo);
    arena_free(&m->fault_mem);
    model_liveness_free(m->live);
    eval_program_free(m->ep);
    pthread_mutex_destroy(&m->fault_lock);
    arena_free(&m->mem);
    free(m);
}

bool model_checks_deadlock(const model *m) { return m->check_deadlock && !m->no_next; }
bool model_lacks_next(const model *m) { return m->no_next; }

bool model_init_action(const model *m, eval_action *out)
{
    const syn_expr *e = m->init ? sema_strip(m->init) : NULL;
    const sema_def *d = e && e->kind == SX_APPLY ? def_of(e) : NULL;
    if (!d || !d->body) return false;
    *out = (eval_action){.name = d->name, .loc = d->body->loc, .module = d->module->name, .def = d};
    return true;
}
const sema_def *model_spec_without_fairness(const model *m)
{
    return m->spec_def && !m->spec_mode && m->nfairness == 0 ? m->spec_def : NULL;
}

uint32_t model_nvars(const model *m) { return m->prog->nvars; }

const syn_expr *model_init_body(const model *m)
{
    const syn_expr *e = m->init ? sema_strip(m->init) : NULL;
    const sema_def *d = e && e->kind == SX_APPLY ? def_of(e) : NULL;
    return d && d->body && !d->nparams ? d->body : e;
}
/* The expression named `name` in list l: the body of the definition it names, or itself. */
static const syn_expr *named_body(const named_list *l, atom name)
{
    for (size_t i = 0; i < l->len; i++) {
        const named_expr *n = &l->items[i];
        if (n->name != name || !n->expr) continue;
        const syn_expr *e = sema_strip(n->expr);
        const sema_def *d = e->kind == SX_APPLY ? def_of(e) : NULL;
        return d && d->body && !d->nparams ? d->body : e;
    }
    return NULL;
}

const syn_expr *model_invariant_body(const model *m, atom name) { return named_body(&m->invariants, name); }
const syn_expr *model_state_property_body(const model *m, atom name) { return named_body(&m->state_props, name); }

const syn_expr *model_constraint_body(const model *m, atom name)
{
    const syn_expr *e = named_body(&m->constraints, name);
    return e ? e : named_body(&m->action_constraints, name);
}
uint32_t model_action_property_positions(const model *m, atom name, syn_loc failing, syn_loc *out, uint32_t max)
{
    uint32_t n = 0;
    for (size_t i = 0; i < m->action_props.len && !n; i++)
        if (m->action_props.items[i].name == name)
            n = eval_error_positions_in(m->action_props.items[i].expr, failing, out, max);
    return n;
}
static void first_expr(void *data, const syn_expr *e)
{
    const syn_expr **out = data;
    if (!*out) *out = e;
}

/* The label (state labels first, then edge labels) whose predicate holds `failing`: the positions
 * down to it into out (how many), its list in *edge and its index in *label. 0: none. */
static uint32_t failing_label(const model *m, syn_loc failing, syn_loc *out, uint32_t max, bool *edge, uint32_t *label)
{
    if (!m->live) return 0;
    const closure_list *lists[] = {&m->live->state_labels, &m->live->edge_labels};
    for (size_t k = 0; k < 2; k++)
        for (size_t i = 0; i < lists[k]->len; i++) {
            const syn_expr *e = NULL;
            eval_closure_substitutions(lists[k]->items[i], first_expr, &e);
            /* TLC evaluates A and v of a step <<A>>_v (or of WF_v(A), SF_v(A)) without listing <<A>>_v */
            const syn_expr *sub = NULL;
            if (e && e->kind == SX_ANGLE_ACTION) {
                sub = k == 1 ? e->u.bin.b : NULL;
                e = e->u.bin.a;
            }
            uint32_t n = e ? eval_error_positions_in(e, failing, out, max) : 0;
            if (!n && sub) n = eval_error_positions_in(sub, failing, out, max);
            *edge = k == 1;
            *label = (uint32_t)i;
            if (n) return n;
        }
    return 0;
}

uint32_t model_property_positions(const model *m, syn_loc failing, syn_loc *out, uint32_t max, bool *in_state)
{
    bool edge = false;
    uint32_t label;
    uint32_t n = failing_label(m, failing, out, max, &edge, &label);
    *in_state = n && !edge;
    return n;
}

/* Does f read state label `label`? */
static bool reads_state_label(const ltl *f, uint32_t label)
{
    if (f->kind == LTL_LIT) return !f->edge && f->lit.bit == label;
    for (uint32_t i = 0; i < f->n; i++)
        if (reads_state_label(f->kids[i], label)) return true;
    return false;
}

bool model_property_on_successors(const model *m, syn_loc failing)
{
    syn_loc at[64];
    bool edge;
    uint32_t label;
    if (!failing_label(m, failing, at, 64, &edge, &label) || edge) return false;
    for (size_t i = 0; i < m->live->branch_formulas.len; i++)
        if (reads_state_label(m->live->branch_formulas.items[i], label)) return true;
    return false;
}
bool model_has_behaviour(const model *m) { return m->init != NULL; }
const model_fault *model_last_fault(const model *m) { return &m->fault; }

/* ---- ASSUME ------------------------------------------------------------------------------------- */

/* The names of `list` of constant level (`what` as TLC calls them): 0, or EXIT_CONFIG after TLC's
 * error for one whose value is not TRUE; a TRUE invariant is warned about when `warn`. */
static int constant_names(eval_worker *w, FILE *out, const named_list *list, const char *what, bool warn,
                          uint32_t *warned)
{
    for (size_t i = 0; i < list->len; i++) {
        const named_expr *n = &list->items[i];
        val v;
        /* TLC takes such a definition's value once; one that fails to evaluate it keeps as it is */
        bool valued = n->expr && n->expr->level == LEVEL_CONSTANT && eval_value(w, n->expr, NULL, NULL, &v);
        if (valued && !(val_is_bool(v) && val_get_bool(v))) {
            report_message(out, REPORT_CONFIG_HAS_VALUE, REPORT_CLASS_ERROR, "The %s of %s is equal to %s", what, n->name,
                           val_to_string(eval_scratch(w), v));
            eval_worker_reset(w);
            return EXIT_CONFIG;
        }
        if (valued && warn) {
            report_constant_invariant(out, n->name);
            (*warned)++;
        }
        eval_worker_reset(w);
    }
    return 0;
}

const char *model_next_refused(model *m, syn_loc *where)
{
    bool named_next = m->next && !m->spec_def && !m->spec_mode && !m->no_next;
    const syn_expr *e = named_next ? eval_split_refusal(m->ep, m->next) : NULL;
    if (!e) return NULL;
    *where = e->loc;
    if (e->kind == SX_APPLY)
        return "java.lang.ClassCastException\n: class tla2sany.semantic.OpDeclNode cannot be cast to class "
               "tla2sany.semantic.OpDefNode (tla2sany.semantic.OpDeclNode and tla2sany.semantic.OpDefNode are in "
               "unnamed module of loader 'app')";
    const char *words = "java.lang.RuntimeException\n: The next state relation is not a boolean expression.\n";
    if (e->kind == SX_STR) {   /* SANY's string node prints as its place */
        char place[UTIL_LOC_SPAN_MAX];
        util_loc_span(&e->loc, place, sizeof place);
        return arena_printf(&m->mem, "%s%s", words, place);
    }
    if (e->u.n.num_text) return arena_printf(&m->mem, "%s%s", words, e->u.n.num_text);
    return arena_printf(&m->mem, "%s%lld", words, (long long)e->u.n.num);
}

int model_check_constant_config(model *m, FILE *out, bool warn)
{
    eval_worker *w = eval_worker_new(m->ep, -1);
    /* TLC's order: the invariants, the properties (a state predicate's warning), the constraints, the
     * action constraints; TLC tells how to silence warnings after the first */
    uint32_t warned = 0;
    int rc = constant_names(w, out, &m->invariants, "invariant", warn, &warned);
    for (size_t i = 0; i < m->state_level_props.len && !rc && warn; i++)
        report_state_level_property(out, m->state_level_props.items[i].name, !warned++);
    if (!rc) rc = constant_names(w, out, &m->constant_props, "property", false, &warned);
    if (!rc) rc = constant_names(w, out, &m->constraints, "constraint", false, &warned);
    if (!rc) rc = constant_names(w, out, &m->action_constraints, "action constraint", false, &warned);
    eval_worker_free(w);
    return rc;
}

int model_check_assumptions(model *m, FILE *out)
{
    eval_worker *w = eval_worker_new(m->ep, -1);
    eval_stats config = {.workers = m->workers, .check_deadlock = m->check_deadlock, .simulation = m->simulation,
                         .sim_depth = m->sim_depth, .sim_traces = m->sim_traces, .generate = m->generate};
    eval_set_stats(w, &config);
    int rc = 0;
    for (uint32_t i = 0; i < m->prog->nassumes && !rc; i++) {
        const sema_assume *as = &m->prog->assumes[i];
        bool holds;
        syn_loc l = as->expr->loc;
        if (!eval_bool(w, as->expr, NULL, NULL, &holds)) {
            /* TLC: "Evaluating assumption ... failed." and the message (exit 10), a failed Assert too */
            const eval_error *err = eval_worker_error(w);
            char *heading = arena_printf(eval_scratch(w), "Evaluating assumption line %u, col %u to line %u, col %u of module %s failed.\n",
                                         l.line, l.col, l.end_line, l.end_col, as->module->name);
            report_eval_failure(out, REPORT_ASSUMPTION_EVALUATION_ERROR, heading, err);
            rc = EXIT_ASSUMPTION;
        } else if (!holds) {
            report_message(out, REPORT_ASSUMPTION_FALSE, REPORT_CLASS_ERROR,
                           "Assumption line %u, col %u to line %u, col %u of module %s is false.", l.line, l.col,
                           l.end_line, l.end_col, as->module->name);
            rc = EXIT_ASSUMPTION;
        }
        eval_worker_reset(w);
    }
    eval_worker_free(w);
    return rc;
}

/* ---- POSTCONDITION ------------------------------------------------------------------------------ */

/* TLC names a false postcondition by the span of its definition's body. */
static void postcondition_false(const model *m, FILE *out, const named_expr *n)
{
    const sema_def *d = def_of(n->expr);
    syn_loc l = d ? d->body->loc : n->expr->loc;
    fprintf(out, "Error: Postcondition %s at line %u, col %u to line %u, col %u of module %s is false.\n", n->name,
            l.line, l.col, l.end_line, l.end_col, d ? d->module->name : m->prog->root->name);
}

/* TLC evaluates a postcondition as an assumption: its words for one that fails, placed at the span
 * of the definition's body. */
static void postcondition_failed(const model *m, FILE *out, const named_expr *n, const eval_error *err)
{
    const sema_def *d = def_of(n->expr);
    syn_loc l = d ? d->body->loc : n->expr->loc;
    char heading[512];
    snprintf(heading, sizeof heading, "Evaluating assumption line %u, col %u to line %u, col %u of module %s failed.\n",
             l.line, l.col, l.end_line, l.end_col, d ? d->module->name : m->prog->root->name);
    report_eval_failure(out, REPORT_ASSUMPTION_EVALUATION_ERROR, heading, err);
}

/* After a complete search, in the order of the .cfg, with the final counts for TLCGet("stats");
 * TLC reports a false or failing postcondition as it does an assumption (exit 10). */
int model_check_postconditions(model *m, FILE *out, const eval_stats *stats)
{
    eval_worker *w = eval_worker_new(m->ep, -1);
    eval_stats st = *stats;
    st.level = 0;
    st.workers = m->workers;
    st.check_deadlock = m->check_deadlock;
    eval_set_stats(w, &st);
    int rc = 0;
    for (size_t i = 0; i < m->postconditions.len && !rc; i++) {
        const named_expr *n = &m->postconditions.items[i];
        bool holds;
        if (!n->expr) {
            fprintf(out, "Error: TLC threw an unexpected exception.\nThis was probably caused by an error in the spec "
                         "or model.\nSee the User Output or TLC Console for clues to what happened.\nThe exception was "
                         "a java.lang.RuntimeException\n: The post condition %s specified in the configuration "
                         "file\nis not defined in the specification.\n",
                    n->name);
            rc = EXIT_ERROR;
        } else if (!eval_bool(w, n->expr, NULL, NULL, &holds)) {
            postcondition_failed(m, out, n, eval_worker_error(w));
            rc = EXIT_ASSUMPTION;
        } else if (!holds) {
            postcondition_false(m, out, n);
            rc = EXIT_ASSUMPTION;
        }
        eval_worker_reset(w);
    }
    eval_worker_free(w);
    return rc;
}
