/* eval.c - the program (constants, overrides, memo table) and workers (scratch arena, errors),
 * and the public entry points that catch evaluation errors. */
#include "eval_internal.h"

#include <limits.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

/* ---- program ------------------------------------------------------------------------------------ */

void eval_set_print_out(eval_program *ep, FILE *out) { ep->print_out = out; }
void eval_set_except_warning(eval_program *ep, eval_except_warn_fn fn, void *data)
{
    ep->except_warn = fn;
    ep->except_warn_data = data;
}
void eval_set_pure(eval_program *ep, bool pure) { ep->pure = pure; }

eval_program *eval_program_new(sema_program *p)
{
    eval_program *ep = util_xcalloc(1, sizeof *ep);
    ep->sema = p;
    arena_init(&ep->perm);
    pthread_mutex_init(&ep->perm_lock, NULL);
    pthread_cond_init(&ep->memo_done, NULL);
    uint32_t nc = p->nconstants ? p->nconstants : 1;
    ep->constants = util_xcalloc(nc, sizeof(val));
    ep->constant_set = util_xcalloc(nc, sizeof(bool));
    ep->decl_override = util_xcalloc(nc, sizeof(sema_def *));
    ep->ndefs = p->ndefs;
    ep->def_override = util_xcalloc(p->ndefs ? p->ndefs : 1, sizeof(sema_def *));
    ep->memo = util_xcalloc(p->ndefs ? p->ndefs : 1, sizeof(*ep->memo));
    ep->memo_owner = util_xcalloc(p->ndefs ? p->ndefs : 1, sizeof(*ep->memo_owner));
    ep->memo_unkept = util_xcalloc(p->ndefs ? p->ndefs : 1, sizeof(*ep->memo_unkept));
    ep->branches = util_xcalloc(p->ndefs ? p->ndefs : 1, sizeof(*ep->branches));
    ep->def_value = util_xcalloc(p->ndefs ? p->ndefs : 1, sizeof(*ep->def_value));
    ep->args_kept = util_xcalloc(p->ndefs ? p->ndefs : 1, sizeof(*ep->args_kept));
    ep->folds = util_xcalloc(p->ndefs ? p->ndefs : 1, sizeof(*ep->folds));
    eval_let_cache_init(ep);
    ep->name_next = util_intern("Next");
    ep->name_init = util_intern("Initial predicate");
    ep->name_enabled = util_intern("ENABLED");
    ep->name_cdot = util_intern("\\cdot");
    /* Attach the native implementations of the tool's own modules. */
    for (uint32_t m = 0; m < p->nmodules; m++) {
        sema_module *mod = p->modules[m];
        if (!mod->is_standard) continue;
        for (uint32_t i = 0; i < mod->syntax->nunits; i++) {
            syn_unit *u = mod->syntax->units[i];
            if (u->kind != SU_OPDEF || !u->res.def) continue;
            sema_def *d = u->res.def;
            d->native = (void *)eval_find_native(mod->name, d->name);
        }
    }
    return ep;
}

void eval_program_free(eval_program *ep)
{
    if (!ep) return;
    eval_worker_free(ep->closures.builder);
    eval_cache_free(ep);
    for (uint32_t i = 0; i < ep->ndefs; i++) {
        free(atomic_load(&ep->memo[i]));
        free(ep->def_value[i]);
    }
    free(ep->def_value);
    free((void *)ep->args_kept);
    free(ep->folds);
    eval_let_cache_free(ep);
    free(ep->def_vars);
    VEC_FREE(ep->subst_keyed);
    free(ep->memo_insts);
    free(ep->memo);
    free(ep->memo_owner);
    free((void *)ep->memo_unkept);
    free((void *)ep->branches);
    free(ep->def_override);
    free(ep->decl_override);
    free(ep->constant_set);
    free(ep->constants);
    pthread_cond_destroy(&ep->memo_done);
    pthread_mutex_destroy(&ep->perm_lock);
    arena_free(&ep->perm);
    free(ep);
}

const sema_program *eval_sema(const eval_program *ep) { return ep->sema; }
arena *eval_permanent(eval_program *ep) { return &ep->perm; }

void eval_set_constant(eval_program *ep, const sema_decl *c, val v)
{
    UTIL_ASSERT(c->index < ep->sema->nconstants, "constant %s has no slot", c->name);
    ep->constants[c->index] = v;
    ep->constant_set[c->index] = true;
}

void eval_override_decl(eval_program *ep, const sema_decl *target, sema_def *with)
{
    UTIL_ASSERT(target->index < ep->sema->nconstants, "constant %s has no slot", target->name);
    ep->decl_override[target->index] = with;
    ep->constant_set[target->index] = true;
}

void eval_override_def(eval_program *ep, sema_def *target, sema_def *with) { ep->def_override[target->id] = with; }

void eval_override_def_value(eval_program *ep, const sema_def *target, val v)
{
    val *slot = util_xmalloc(sizeof *slot);
    *slot = v;
    ep->def_value[target->id] = slot;
}

bool eval_constant_defined(const eval_program *ep, const sema_decl *c)
{
    return c->index < ep->sema->nconstants && ep->constant_set[c->index];
}

/* ---- workers ------------------------------------------------------------------------------------ */

/* eval_program.memo_insts: the static instances whose substitutions are all at most state-level. */
static void find_memo_instances(eval_program *ep)
{
    pthread_mutex_lock(&ep->perm_lock);
    if (!ep->memo_insts_ready) {
        const sema_instance **insts = util_xcalloc(ep->cc.ninsts + 1, sizeof *insts);
        uint32_t n = 0;
        for (uint32_t i = 0; i < ep->cc.ninsts; i++) {
            const sema_instance *inst = ep->cc.insts[i];
            bool ok = inst->nparams == 0;
            for (uint32_t j = 0; ok && j < inst->nsubs; j++)
                ok = inst->subs[j].value && inst->subs[j].value->level <= LEVEL_STATE;
            if (ok) insts[n++] = inst;
        }
        ep->memo_insts = insts;
        ep->nmemo_insts = n;
        ep->memo_insts_ready = true;
    }
    pthread_mutex_unlock(&ep->perm_lock);
}

eval_worker *eval_worker_new(eval_program *ep, int id)
{
    eval_cache_prepare(ep);
    find_memo_instances(ep);
    eval_worker *w = util_xcalloc(1, sizeof *w);
    w->ep = ep;
    w->id = id;
    arena_init(&w->scratch);
    arena_init(&w->err_mem);
    uint32_t nv = ep->sema->nvars ? ep->sema->nvars : 1;
    w->next = util_xcalloc(nv, sizeof(val));
    w->next_bound = util_xcalloc(nv, sizeof(bool));
    uint32_t nd = ep->ndefs ? ep->ndefs : 1;
    size_t slots = (size_t)nd * (ep->nmemo_insts + 1);
    for (int b = 0; b < 2; b++) {
        w->memo_bank[b] = util_xcalloc(slots, sizeof(val));
        w->epoch_bank[b] = util_xcalloc(slots, sizeof(uint32_t));
    }
    w->state_memo = w->memo_bank[1];
    w->state_epoch = w->epoch_bank[1];
    w->epoch = w->epochs = 1;
    w->next_memo = util_xcalloc(nd, sizeof(val));
    w->next_epoch_of = util_xcalloc(nd, sizeof(uint32_t));
    w->next_epoch = 1;
    eval_random_context(w, NULL, 0);
    return w;
}

void eval_worker_free(eval_worker *w)
{
    if (!w) return;
    arena_free(&w->scratch);
    arena_free(&w->err_mem);
    free(w->next);
    free(w->next_bound);
    for (int b = 0; b < 2; b++) {
        free(w->memo_bank[b]);
        free(w->epoch_bank[b]);
    }
    eval_def_cache_free(w->def_cache);
    eval_arg_cache_free(w->arg_cache);
    eval_walk_plans_free(w->walk_plans);
    free(w->next_memo);
    free(w->next_epoch_of);
    VEC_FREE(w->registers);
    free(w);
}

/* A fresh epoch for a state other than the one being expanded: nothing cached is valid. */
static void new_epoch(eval_worker *w)
{
    w->epoch = ++w->epochs;
    w->state_memo = w->memo_bank[1];
    w->state_epoch = w->epoch_bank[1];
    w->next_epoch++;
}

void eval_expanding(eval_worker *w, const val *state)
{
    w->base = state;
    w->base_epoch = ++w->epochs;
    if (w->state == state) {
        w->epoch = w->base_epoch;
        w->state_memo = w->memo_bank[0];
        w->state_epoch = w->epoch_bank[0];
        w->next_epoch++;
    }
}

void eval_worker_reset(eval_worker *w)
{
    arena_reset(&w->scratch);
    w->base = NULL;
    memset(w->bytes_view, 0, sizeof w->bytes_view);
    eval_def_cache_trim(w->def_cache);
    new_epoch(w);   /* the cached state-level values lived in the scratch arena */
}
arena *eval_scratch(eval_worker *w) { return &w->scratch; }
const eval_error *eval_worker_error(const eval_worker *w) { return &w->err; }
void eval_set_stats(eval_worker *w, const eval_stats *s) { w->stats = *s; }
void eval_set_action_args(eval_worker *w, bool on) { w->action_args = on; }
void eval_set_calls_entered(eval_worker *w, bool on) { w->calls_entered = on; }
void eval_set_quiet(eval_worker *w, bool on) { w->quiet = on; }

/* ---- errors ------------------------------------------------------------------------------------- */

static void set_error(eval_worker *w, eval_status st, bool coded, eval_error_kind kind, syn_loc loc, const char *fmt,
                      va_list ap)
{
    arena_reset(&w->err_mem);
    va_list ap2;
    va_copy(ap2, ap);
    int n = vsnprintf(NULL, 0, fmt, ap);
    char *msg = arena_alloc(&w->err_mem, (size_t)n + 1);
    vsnprintf(msg, (size_t)n + 1, fmt, ap2);
    va_end(ap2);
    w->err = (eval_error){st, loc, msg, NULL, {0}, NULL, coded, kind, 0, {{0}}, 0, {{0}}, NULL};
    if (w->depth <= EVAL_ERROR_CALLS) {
        w->err.ncalls = w->depth;
        memcpy(w->err.calls, w->call_locs, w->depth * sizeof *w->call_locs);
    }
    w->err.nsources = w->nsources;
    memcpy(w->err.sources, w->sources, w->nsources * sizeof *w->sources);
    w->nsources = 0;
}

void eval_fail_in_sources(eval_worker *w, const syn_loc *sources, uint32_t n)
{
    w->nsources = n < EVAL_ERROR_SOURCES ? n : EVAL_ERROR_SOURCES;
    memcpy(w->sources, sources, w->nsources * sizeof *sources);
}

static _Noreturn void vfail(eval_worker *w, eval_status st, bool coded, eval_error_kind kind, syn_loc loc,
                            const char *fmt, va_list ap)
{
    set_error(w, st, coded, kind, loc, fmt, ap);
    eval_rethrow(w);
}

_Noreturn void eval_fail(eval_worker *w, syn_loc loc, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    vfail(w, EVAL_ERROR, false, EVAL_KIND_OTHER, loc, fmt, ap);
}

_Noreturn void eval_fail_coded(eval_worker *w, syn_loc loc, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    vfail(w, EVAL_ERROR, true, EVAL_KIND_OTHER, loc, fmt, ap);
}

/* An empty sequence, a division by zero, an overflow or 0^0 TLC reports under its own code, as its
 * standard modules' errors; the other kinds as unexpected exceptions. */
_Noreturn void eval_fail_kind(eval_worker *w, eval_error_kind kind, syn_loc loc, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    vfail(w, EVAL_ERROR,
          kind == EVAL_KIND_EMPTY_SEQ || kind == EVAL_KIND_DIV_ZERO || kind == EVAL_KIND_OVERFLOW ||
              kind == EVAL_KIND_ZERO_POW_ZERO,
          kind, loc, fmt, ap);
}

_Noreturn void eval_fail_incomplete(eval_worker *w, syn_loc loc, const char *state, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    set_error(w, EVAL_ERROR, false, EVAL_KIND_INCOMPLETE, loc, fmt, ap);
    va_end(ap);
    w->err.state = arena_strndup(&w->err_mem, state, strlen(state));
    eval_rethrow(w);
}

static void error_here(eval_worker *w, eval_error_kind kind, syn_loc loc, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    set_error(w, EVAL_ERROR, false, kind, loc, fmt, ap);
    va_end(ap);
}

_Noreturn void eval_fail_unspecified_fair(eval_worker *w, const sema_decl *d, syn_loc loc)
{
    error_here(w, EVAL_KIND_UNSPECIFIED_FAIR, loc,
               "The action formula A appearing in a WF_v(A) or SF_v(A) operator does not specify the primed value "
               "of the variable %s occurring in the state formula v.\n",
               d->name);
    w->err.within = w->fair_step->loc;
    w->err.within_expr = w->fair_step;
    eval_rethrow(w);
}

_Noreturn void eval_fail_assert(eval_worker *w, syn_loc loc, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    vfail(w, EVAL_ASSERT, true, EVAL_KIND_OTHER, loc, fmt, ap);
}

/* ---- protected calls ---------------------------------------------------------------------------- */

_Noreturn void eval_rethrow(eval_worker *w)
{
    UTIL_ASSERT(w->unwind, "evaluation error outside an entry point: %s", w->err.message);
    longjmp(*w->unwind, 1);
}

void eval_switch_state(eval_worker *w, const val *state, bool anew)
{
    if (state == w->state && !anew) return;
    w->state = state;
    if (state && state == w->base) {   /* unchanged since eval_expanding: its cache holds */
        w->epoch = w->base_epoch;
        w->state_memo = w->memo_bank[0];
        w->state_epoch = w->epoch_bank[0];
        w->next_epoch++;
        return;
    }
    new_epoch(w);   /* state-level values cached for the other state are stale */
}

static void enter_frame(eval_worker *w, const eval_frame *f)
{
    eval_switch_state(w, f->state, false);
    w->frame = *f;
}

/* C11 7.13.1.1: setjmp only as the whole controlling expression of the `if`, and nothing it saved
 * (saved, outer) is changed before a longjmp can reach it. */
bool eval_protected(eval_worker *w, const eval_frame *f, eval_body body, void *data)
{
    const eval_frame saved = w->frame;
    const syn_expr *const fair_step = w->fair_step;
    const uint32_t member_parts = w->member_parts;
    jmp_buf *const outer = w->unwind;
    jmp_buf jb;
    enter_frame(w, f);
    w->unwind = &jb;
    if (setjmp(jb) == 0) {
        body(w, data);
        w->unwind = outer;
        enter_frame(w, &saved);
        return true;
    }
    w->unwind = outer;
    enter_frame(w, &saved);
    w->fair_step = fair_step;
    w->member_parts = member_parts;   /* the memberships the error unwound */
    return false;
}

/* ---- entry points ------------------------------------------------------------------------------- */

/* What the entry points evaluate: the value of e, or a Boolean (then a non-Boolean is an error);
 * for e = [A]_v or <<A>>_v: v, whether v changes, or whether v' differs from `before` (v's value);
 * for e = <<A>>_v, its truth in the liveness checker's order (AS_STEP). */
typedef enum { AS_VALUE, AS_BOOL, AS_ENABLED, AS_CHANGED, AS_STEP, AS_SUB, AS_SUB_NEXT, AS_CHANGED_FROM } eval_mode;
typedef struct evaluation { const syn_expr *e; ctx c; eval_mode mode; val before; val out; } evaluation;

/* Where TLC says a checked predicate's value is not a Boolean: at the definition's body for a name
 * the .cfg gives (a reference made outside any module), at the expression itself otherwise ([]P,
 * an ASSUME). */
static syn_loc checked_loc(const syn_expr *e)
{
    const char *file = e->loc.file ? e->loc.file : "";
    size_t len = strlen(file);
    bool in_module = len > 4 && !strcmp(file + len - 4, ".tla");
    const sema_ref *r = e->kind == SX_APPLY && !e->u.apply.nargs ? e->u.apply.res : NULL;
    if (in_module || !r || r->kind != REF_DEF || r->def->nparams || !r->def->body) return e->loc;
    return r->def->body->loc;
}

/* The truth of a predicate checked whole, with TLC's words for a value that is not a Boolean. */
static bool checked_truth(eval_worker *w, ctx c, const syn_expr *e)
{
    val v = eval_expr(w, c, e);
    if (val_is_bool(v)) return val_get_bool(v);
    syn_loc at = checked_loc(e);
    char span[PATH_MAX + 96];
    util_loc_span(&at, span, sizeof span);
    eval_fail_kind(w, EVAL_KIND_CHECK_NOT_BOOLEAN, at, "TLC expected a boolean value, but did not find one. %s", span);
}

static void evaluate(eval_worker *w, void *data)
{
    evaluation *ev = data;
    ctx c = ev->c;
    const syn_expr *e = ev->e;
    switch (ev->mode) {
    case AS_VALUE: ev->out = eval_expr(w, c, e); break;
    case AS_BOOL: ev->out = val_bool(checked_truth(w, c, e)); break;
    case AS_ENABLED: ev->out = val_bool(eval_enabled(w, c, e)); break;
    case AS_CHANGED: ev->out = val_bool(!eval_unchanged(w, c, e->u.bin.b, e->loc, false)); break;
    case AS_STEP: ev->out = eval_angle_step(w, c, e); break;
    case AS_SUB: ev->out = eval_expr(w, c, e->u.bin.b); break;
    case AS_SUB_NEXT: ev->out = eval_expr(w, ctx_primed_as(c, true), e->u.bin.b); break;
    case AS_CHANGED_FROM:
        ev->out = val_bool(!eval_equal(w, ev->before, eval_expr(w, ctx_primed_as(c, true), e->u.bin.b), e->loc));
        break;
    }
}

/* Closures of plain predicates, in order up to the first false one (prop_split.c's parts after a
 * disjunct's first): one protected evaluation for them all. */
typedef struct conjunction { const eval_closure *const *cls; uint32_t n; bool holds; } conjunction;

static void evaluate_conjunction(eval_worker *w, void *data)
{
    conjunction *cj = data;
    cj->holds = true;
    for (uint32_t i = 0; i < cj->n && cj->holds; i++) cj->holds = checked_truth(w, cj->cls[i]->where, cj->cls[i]->e);
}

static bool evaluate_protected(eval_worker *w, const eval_frame *f, evaluation *ev, val *out)
{
    if (!eval_protected(w, f, evaluate, ev)) return false;
    *out = ev->out;
    return true;
}

/* The worker's frame moved to (state, next), for an evaluation at depth 0. */
static eval_frame step_frame(eval_worker *w, const val *state, const val *next, bool same_step)
{
    eval_frame f = w->frame;
    f.state = state;
    if (next) {
        f.next = (val *)next;
        if (!same_step) w->next_epoch++;   /* the buffer may hold another state than last time */
    }
    f.next_complete = next != NULL;
    f.depth = 0;
    return f;
}

/* Evaluate e in (state, next); the worker's frame is restored afterwards. */
static bool evaluate_step(eval_worker *w, evaluation *ev, const val *state, const val *next, bool same_step, val *out)
{
    eval_frame f = step_frame(w, state, next, same_step);
    return evaluate_protected(w, &f, ev, out);
}

static bool evaluate_on(eval_worker *w, const syn_expr *e, ctx c, const val *state, const val *next, bool same_step,
                        eval_mode mode, val *out)
{
    evaluation ev = {e, c, mode, {0}, {0}};
    return evaluate_step(w, &ev, state, next, same_step, out);
}

static bool evaluate_in(eval_worker *w, const syn_expr *e, ctx c, const val *state, const val *next, eval_mode mode,
                        val *out)
{
    return evaluate_on(w, e, c, state, next, false, mode, out);
}

/* eval_protected in the worker's own frame, with e evaluated in line: no frame to enter first, no
 * evaluation record (a kept call's argument, Rank(p.role), is tried so at every call). */
bool eval_try(eval_worker *w, ctx c, const syn_expr *e, val *out)
{
    const eval_frame saved = w->frame;
    const syn_expr *const fair_step = w->fair_step;
    jmp_buf *const outer = w->unwind;
    jmp_buf jb;
    w->unwind = &jb;
    if (setjmp(jb) == 0) {
        *out = eval_expr(w, c, e);
        w->unwind = outer;
        enter_frame(w, &saved);
        return true;
    }
    w->unwind = outer;
    enter_frame(w, &saved);
    w->fair_step = fair_step;
    return false;
}

/* Holding a state makes it the worker's current one, so evaluate_in sees no switch. */
const val *eval_hold_state(eval_worker *w, const val *state)
{
    const val *before = w->state;
    eval_switch_state(w, state, true);
    return before;
}

void eval_release_state(eval_worker *w, const val *before) { eval_switch_state(w, before, true); }

bool eval_value(eval_worker *w, const syn_expr *e, const val *state, const val *next, val *out)
{
    return evaluate_in(w, e, (ctx){0}, state, next, AS_VALUE, out);
}

static eval_mode closure_mode(const eval_closure *cl)
{
    return cl->enabled ? AS_ENABLED : cl->changed ? AS_CHANGED : cl->step ? AS_STEP : AS_BOOL;
}

bool eval_closure_holds(eval_worker *w, const eval_closure *cl, const val *state, const val *next, bool *out)
{
    UTIL_ASSERT(w->ep->closures.frozen || w == w->ep->closures.builder, "a closure evaluated during set-up");
    val v;
    bool ok = evaluate_in(w, cl->e, cl->where, state, next, closure_mode(cl), &v);
    if (ok) *out = val_get_bool(v);
    return ok;
}

bool eval_closure_holds_again(eval_worker *w, const eval_closure *cl, const val *state, const val *next, bool *out)
{
    val v;
    bool ok = evaluate_on(w, cl->e, cl->where, state, next, true, closure_mode(cl), &v);
    if (ok) *out = val_get_bool(v);
    return ok;
}

bool eval_closures_all_hold(eval_worker *w, const eval_closure *const *cls, uint32_t n, const val *state,
                            const val *next, bool same_step, bool *out)
{
    eval_frame f = step_frame(w, state, next, same_step);
    conjunction cj = {cls, n, true};
    if (!eval_protected(w, &f, evaluate_conjunction, &cj)) return false;
    *out = cj.holds;
    return true;
}

bool eval_closure_sub_value(eval_worker *w, const eval_closure *cl, const val *state, val *out)
{
    return evaluate_in(w, cl->e, cl->where, state, NULL, AS_SUB, out);
}

bool eval_closure_sub_next(eval_worker *w, const eval_closure *cl, const val *state, const val *next, bool same_step,
                           val *out)
{
    return evaluate_on(w, cl->e, cl->where, state, next, same_step, AS_SUB_NEXT, out);
}

bool eval_closure_value(eval_worker *w, const eval_closure *cl, const val *state, const val *next, bool same_step,
                        val *out)
{
    return evaluate_on(w, cl->e, cl->where, state, next, same_step, AS_VALUE, out);
}

bool eval_closure_changed_from(eval_worker *w, const eval_closure *cl, val before, const val *state, const val *next,
                               bool *out)
{
    evaluation ev = {cl->e, cl->where, AS_CHANGED_FROM, before, {0}};
    val v;
    bool ok = evaluate_step(w, &ev, state, next, false, &v);
    if (ok) *out = val_get_bool(v);
    return ok;
}

syn_loc eval_closure_loc(const eval_closure *cl) { return cl->e->loc; }
const syn_expr *eval_closure_expr(const eval_closure *cl) { return cl->e; }

/* Are all of env's names bound to values (a temporal formula's \A x \in S: constants), none to an
 * expression or operator whose evaluation could depend on a state? */
static bool values_only(const env *e)
{
    for (; e; e = e->up)
        if (e->kind != ENV_VALUE) return false;
    return true;
}

const syn_expr *eval_closure_enumerable_action(const eval_closure *cl)
{
    const syn_expr *e = sema_strip(cl->e);
    if (cl->enabled || cl->changed || !values_only(cl->where.env) || cl->where.subst_primed ||
        (e->kind != SX_ANGLE_ACTION && e->kind != SX_BOX_ACTION))
        return NULL;
    return e->u.bin.a;
}

bool eval_bool(eval_worker *w, const syn_expr *e, const val *state, const val *next, bool *out)
{
    val v;
    bool ok = evaluate_in(w, e, (ctx){0}, state, next, AS_BOOL, &v);
    if (ok) *out = val_get_bool(v);
    return ok;
}

bool eval_bool_again(eval_worker *w, const syn_expr *e, const val *state, const val *next, bool *out)
{
    val v;
    bool ok = evaluate_on(w, e, (ctx){0}, state, next, true, AS_BOOL, &v);
    if (ok) *out = val_get_bool(v);
    return ok;
}
