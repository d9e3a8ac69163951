/* enumerate.c - the states an initial predicate or an action allows, as TLC finds them.
 *
 * The formula is walked left to right with a continuation (the conjuncts still to do). `x' = e`
 * binds x' when it is still free, and tests it otherwise; `x' \in S` branches over S; disjunction,
 * \E, IF, CASE, LET and operator calls branch or expand; UNCHANGED binds; anything else is a
 * test. When nothing is left to do, every variable must be bound: that is one state. Initial
 * predicates are walked the same way with unprimed variables as the targets.
 *
 * Action composition A \cdot B (the steps s -> u with s -A-> t -B-> u for some t) is walked in two
 * stages, as TLC does: A from s, then, at each state t it reaches, B from t (the unprimed variables
 * now read t) towards u; the conjuncts after the composition then continue from s again. */
#include "eval_internal.h"

#include <string.h>

/* A \cdot B being walked (see cdot_middle). In test mode (eval_composition) the final state u is
 * given, and B is only checked against it. */
typedef struct cdot {
    const syn_expr *b;
    ctx c;
    const val *from;         /* s, the state the composition starts in */
    val *entry;              /* the next-state bindings made before the composition: B starts from them */
    bool *entry_bound;
    bool test;
    val *target;             /* test mode: u, as the worker held it */
    bool *target_bound;
    bool target_complete;
} cdot;

/* A pending piece of the formula: a conjunct to walk, the conjuncts of a list from item `idx` on,
 * the items of UNCHANGED <<...>> from `idx` on, the test v' # v that <<A>>_v adds after A, or the
 * two joints of a composition (A done: walk B; B done: back to s). A todo lives on the C stack of
 * the walk that pushed it: everything that reads it runs inside that walk. */
typedef enum {
    TODO_WALK, TODO_CONJ, TODO_UNCHANGED, TODO_CHANGED, TODO_SPEC_ON, TODO_CDOT_MIDDLE, TODO_CDOT_END
} todo_kind;
typedef struct todo {
    todo_kind kind;
    uint32_t idx;            /* TODO_CONJ, TODO_UNCHANGED: the next item of e's list */
    const syn_expr *e;
    ctx c;
    cdot *cdot;              /* TODO_CDOT_* */
    struct todo *next;
} todo;

typedef struct enumerator {
    eval_worker *w;
    bool init;               /* binding unprimed variables (an initial predicate) */
    eval_state_fn fn;
    void *fn_ctx;
    eval_action action;      /* the sub-action of the next-state relation being walked */
    const syn_expr *named;   /* the reference to the relation's definition the walk starts at, or NULL */
    const syn_expr *body;    /* ... and that definition's body, TLC's relation */
    ctx where;               /* the relation's bound names (eval_enumerate_closure; none otherwise) */
    bool stopped;            /* ENABLED found its witness */
    bool stop_at_first;
    bool spec;               /* walking a whole specification (see eval_enumerate) */
    uint64_t pick;           /* eval_pick_action: the generator of the branches' order (0: all branches) */
    bool one;                /* ... and every choice made at random: one successor at most */
    bool first_choice;       /* ... no random choice made yet (eval_pick_same_state) */
    uint64_t emitted;        /* states reported so far */
    const struct call_plan *guarding;   /* the call whose guard is tested before its action is set (enter_call_plan) */
    bool labelled;           /* the walk is inside the expression that names the step (tlc_splits) */
    uint32_t composing;      /* compositions A \cdot B being walked */
    uint32_t unbound;        /* next-state variables without a value (outside compositions) */
    bool split_only;         /* eval_split_actions: report each action where TLC stops splitting */
    bool count_only;         /* eval_count_initial: count the states, complete or not */
    bool split_cycles;       /* walking split nodes that can recur (walk_plans.split_cycles) */
    const struct split_node *failed;    /* the call split node just walked whose guard did not hold */
    const struct split_node *held;      /* ... whose guard was tested and held */
    const struct env *held_let;         /* ... and its LET's first definition, when the next call takes it */
    const struct split_node *valued;    /* the call split node just walked whose guard `L = lit` found L = guard_value,
                                         * or the chain's OR node walk_chain_known walks, given L */
    val guard_value;
    const struct split_node *let_valued;   /* the call split node just walked whose let_guard found its L = let_value */
    val let_value;                         /* (a number, string or model value) */
    struct flat_list *collecting;       /* making TLC's list of actions (flat_build): each kept, none entered */
    const syn_expr *part_at;            /* eval_enumerate_part: the choice split, and the part taken */
    uint32_t part, nparts;
} enumerator;

/* A piece of TLC's context of an action: the environment entries from `top` up to `stop` (not
 * included), bound by an \E TLC splits or by the parameters of a call it enters. An \E binds its
 * last name first (the environment's oldest entry), TLC its first: its entries are `reversed`. */
struct eval_split {
    const env *top, *stop;
    const struct eval_split *up;
    bool reversed;
};

enum { MAX_SPLIT_NAMES = 64 };

/* A piece's entries, newest first as TLC binds them (at most MAX_SPLIT_NAMES). */
static uint32_t split_entries(const struct eval_split *s, const env **out)
{
    uint32_t n = 0;
    for (const env *b = s->top; b && b != s->stop && n < MAX_SPLIT_NAMES; b = b->up) out[n++] = b;
    for (uint32_t i = 0; s->reversed && i < n / 2; i++) {
        const env *t = out[i];
        out[i] = out[n - 1 - i];
        out[n - 1 - i] = t;
    }
    return n;
}

static void walk(enumerator *E, ctx c, const syn_expr *e, todo *rest, bool splitting);
typedef void (*branch_fn)(enumerator *E, void *data, uint32_t i);
static void walk_one_branch(enumerator *E, uint32_t n, branch_fn branch, void *data);
static void walk_unchanged(enumerator *E, ctx c, const syn_expr *e, todo *rest);
static void walk_list_item(enumerator *E, ctx c, const syn_expr *list, uint32_t i, todo *rest);
static void unchanged_list_item(enumerator *E, ctx c, const syn_expr *tuple, uint32_t i, todo *rest);
static bool changed(eval_worker *w, ctx c, const syn_expr *sub);
static bool step_changed(enumerator *E, ctx c, const syn_expr *step);
static void cdot_middle(enumerator *E, cdot *f, todo *rest);
static void cdot_end(enumerator *E, cdot *f, todo *rest);

/* The state being built, its variables as TLC lists them, null for those without a value. */
static char *state_lines(enumerator *E)
{
    eval_worker *w = E->w;
    const sema_program *p = w->ep->sema;
    char *text = "";
    for (uint32_t k = 0; k < p->nvars; k++) {
        uint32_t i = p->print_order ? p->print_order[k] : k;
        const char *value = w->next_bound[i] ? val_to_string(&w->scratch, w->next[i]) : "null";
        text = arena_printf(&w->scratch, p->nvars == 1 ? "%s%s = %s\n" : "%s/\\ %s = %s\n", text, p->variables[i]->name,
                            value);
    }
    return text;
}

/* The successor leaves variables from the first-th on without a value: an error naming all of them,
 * as TLC lists them, with the state as its trace shows it. */
static _Noreturn void unspecified_successor(enumerator *E, uint32_t first)
{
    eval_worker *w = E->w;
    const sema_program *p = w->ep->sema;
    uint32_t missing = 0, len = 0;
    for (uint32_t i = first; i < p->nvars; i++)
        if (!w->next_bound[i]) missing++, len += (uint32_t)strlen(p->variables[i]->name) + 2;
    char *names = arena_alloc(&w->scratch, len + 1), *at = names;
    for (uint32_t i = first; i < p->nvars; i++)
        if (!w->next_bound[i]) at += sprintf(at, "%s%s", at == names ? "" : ", ", p->variables[i]->name);
    const syn_loc *l = &E->action.loc;
    char *state = arena_printf(&w->scratch, "<%s line %u, col %u to line %u, col %u of module %s>\n%s", E->action.name,
                               l->line, l->col, l->end_line, l->end_col, E->action.module, state_lines(E));
    eval_fail_incomplete(w, E->action.loc, state,
                         "Successor state is not completely specified by action %s of the next-state relation. The "
                         "following variable%s not defined: %s.\n",
                         E->action.name, missing > 1 ? "s are" : " is", names);
}

/* An initial state that leaves variables without a value: TLC's words and the state, in its order
 * of the variables, those without a value null. */
static _Noreturn void incomplete_initial_state(enumerator *E)
{
    eval_fail_kind(E->w, EVAL_KIND_INIT_INCOMPLETE, E->action.loc,
                   "current state is not a legal state\nWhile working on the initial state:\n%s", state_lines(E));
}

static void emit(enumerator *E)
{
    eval_worker *w = E->w;
    if (E->split_only) return;
    if (E->count_only) {
        E->emitted++;
        return;
    }
    if (E->stop_at_first) {
        /* ENABLED: a successor exists, whatever the variables the action leaves unspecified */
        E->stopped = true;
        return;
    }
    uint32_t n = w->ep->sema->nvars;
    for (uint32_t i = 0; i < n; i++)
        if (!w->next_bound[i]) {
            if (E->init) incomplete_initial_state(E);
            unspecified_successor(E, i);
        }
    E->emitted++;
    E->fn(E->fn_ctx, w->next, &E->action);
}

static void proceed(enumerator *E, todo *rest)
{
    if (E->stopped) return;
    if (!rest) {
        emit(E);
        return;
    }
    switch (rest->kind) {
    case TODO_WALK: walk(E, rest->c, rest->e, rest->next, false); return;
    case TODO_CONJ: walk_list_item(E, rest->c, rest->e, rest->idx, rest->next); return;
    case TODO_UNCHANGED: unchanged_list_item(E, rest->c, rest->e, rest->idx, rest->next); return;
    case TODO_CHANGED:
        if (step_changed(E, rest->c, rest->e)) proceed(E, rest->next);
        return;
    case TODO_SPEC_ON:
        /* back from the action of [][A]_v to the rest of the specification */
        E->spec = true;
        proceed(E, rest->next);
        E->spec = false;
        return;
    case TODO_CDOT_MIDDLE: cdot_middle(E, rest->cdot, rest->next); return;
    case TODO_CDOT_END: cdot_end(E, rest->cdot, rest->next); return;
    }
}

/* A todo on the caller's stack (a compound literal lives until the end of the enclosing block). */
#define TODO(kind_, e_, c_, next_) (&(todo){.kind = (kind_), .e = (e_), .c = (c_), .next = (next_)})
#define TODO_AT(kind_, e_, idx_, c_, next_) \
    (&(todo){.kind = (kind_), .idx = (idx_), .e = (e_), .c = (c_), .next = (next_)})
#define TODO_CDOT(kind_, f_, next_) (&(todo){.kind = (kind_), .c = (f_)->c, .cdot = (f_), .next = (next_)})

/* Item i of a conjunction list walked as a formula, the items after it to follow. */
static void walk_item(enumerator *E, ctx c, const syn_expr *list, uint32_t i, todo *rest)
{
    if (i + 1 < list->u.list.nitems) walk(E, c, list->u.list.items[i], TODO_AT(TODO_CONJ, list, i + 1, c, rest), false);
    else walk(E, c, list->u.list.items[i], rest, false);
}

/* Item i of UNCHANGED <<...>>, the items after it to follow. */
static void unchanged_list_item(enumerator *E, ctx c, const syn_expr *tuple, uint32_t i, todo *rest)
{
    if (i + 1 < tuple->u.list.nitems)
        walk_unchanged(E, c, tuple->u.list.items[i], TODO_AT(TODO_UNCHANGED, tuple, i + 1, c, rest));
    else
        walk_unchanged(E, c, tuple->u.list.items[i], rest);
}

/* ---- binding targets ---------------------------------------------------------------------------- */


/* The state variable an expression denotes (through instance substitutions), or -1. */
static int variable_of(eval_worker *w, ctx c, const syn_expr *e)
{
    e = sema_strip(e);
    if (e->kind != SX_APPLY || e->u.apply.nargs) return -1;
    const sema_ref *r = e->u.apply.res;
    if (r->kind == REF_BOUND) {
        env *b = c.env;
        while (b && b->binder != r->binder) b = b->up;
        return b && b->kind == ENV_THUNK ? variable_of(w, b->where, b->expr) : -1;
    }
    if (r->kind != REF_DECL || !r->decl->is_variable) return -1;
    if (r->npath) c = eval_enter_path(w, c, r->path, r->npath);
    for (subst_frame *f = ctx_subst(c); f; f = f->up)
        for (uint32_t i = 0; i < f->inst->nsubs; i++)
            if (f->inst->subs[i].decl == r->decl) {
                int slot = w->enabled_cut && ctx_in_cut(c) ? eval_abstract_slot(w, f, r->decl) : -1;
                return slot >= 0 ? slot : variable_of(w, f->where, f->inst->subs[i].value);
            }
    return r->decl->index == UINT32_MAX ? -1 : (int)r->decl->index;
}

/* The variable a binding target denotes: `x'` in an action, `x` in an initial predicate. */
static int target_of(enumerator *E, ctx c, const syn_expr *e)
{
    e = sema_strip(e);
    if (E->init) return ctx_primed(c) ? -1 : variable_of(E->w, c, e);
    if (ctx_primed(c)) return variable_of(E->w, c, e);
    if (e->kind == SX_APPLY && !e->u.apply.nargs) {
        /* an operator parameter bound to x' */
        const sema_ref *r = e->u.apply.res;
        if (r->kind == REF_BOUND) {
            env *b = c.env;
            while (b && b->binder != r->binder) b = b->up;
            if (b && b->kind == ENV_THUNK) return target_of(E, b->where, b->expr);
        }
    }
    if (!sema_is_builtin(e, B_PRIME)) return -1;
    return variable_of(E->w, c, e->u.apply.args[0]);
}

static void bind_and_proceed(enumerator *E, int var, val v, todo *rest)
{
    eval_worker *w = E->w;
    w->next[var] = v;
    w->next_bound[var] = true;
    E->unbound--;
    proceed(E, rest);
    E->unbound++;
    w->next_bound[var] = false;
}

/* lhs = rhs: bind a free target, or test. */
static void walk_eq(enumerator *E, ctx c, const syn_expr *e, todo *rest)
{
    eval_worker *w = E->w;
    int var = target_of(E, c, e->u.apply.args[0]);
    if (var >= 0 && !w->next_bound[var]) {
        bind_and_proceed(E, var, eval_expr(w, c, e->u.apply.args[1]), rest);
        return;
    }
    if (eval_truth(w, c, e)) proceed(E, rest);
}

typedef struct in_step { enumerator *E; int var; todo *rest; const val *elems; } in_step;

static bool in_elem(eval_worker *w, void *data, val elem)
{
    in_step *s = data;
    bind_and_proceed(s->E, s->var, elem, s->rest);
    return !s->E->stopped;
}

static void in_branch(enumerator *E, void *data, uint32_t i)
{
    in_step *s = data;
    bind_and_proceed(E, s->var, s->elems[i], s->rest);
}

/* The split choice of eval_enumerate_part, binding its variable (eval_initial_split: the first time
 * the walk reaches it, and once): the part's values of S. */
static void walk_in_part(enumerator *E, ctx c, const syn_expr *e, int var, todo *rest)
{
    eval_worker *w = E->w;
    const val *elems;
    uint32_t n = eval_set_part(w, c, e->u.apply.args[1], E->part, E->nparts, &elems);
    for (uint32_t i = 0; i < n && !E->stopped; i++) bind_and_proceed(E, var, elems[i], rest);
}

/* x' \in S (x \in S in Init) with S a set TLC does not enumerate: its words, at the whole membership. */
static _Noreturn __attribute__((cold)) void fail_in_unenumerable(enumerator *E, const syn_expr *e)
{
    char where[UTIL_LOC_SPAN_MAX];
    util_loc_span(&e->loc, where, sizeof where);
    eval_fail(E->w, e->loc, "In computing %s, the right side of \\IN is not enumerable.\n%s",
              E->init ? "initial states" : "next states", where);
}

/* lhs \in S: branch over S for a free target, or test. */
static void walk_in(enumerator *E, ctx c, const syn_expr *e, todo *rest)
{
    eval_worker *w = E->w;
    int var = target_of(E, c, e->u.apply.args[0]);
    if (var >= 0 && !w->next_bound[var] && e == E->part_at) {
        walk_in_part(E, c, e, var, rest);
        return;
    }
    if (var >= 0 && !w->next_bound[var]) {
        val set = eval_expr(w, c, e->u.apply.args[1]);
        if (eval_overridden_set(set)) fail_in_unenumerable(E, e);
        in_step s = {E, var, rest, NULL};
        if (E->pick && E->one) {
            val elems;
            eval_check(w, e->u.apply.args[1]->loc, val_enumerate(&w->scratch, set, &elems));
            s.elems = elems.u.set->elems;
            walk_one_branch(E, elems.u.set->n, in_branch, &s);
            return;
        }
        eval_for_each(w, set, e->u.apply.args[1]->loc, in_elem, &s);
        return;
    }
    if (eval_truth(w, c, e)) proceed(E, rest);
}

/* var' = cur for UNCHANGED: bound if free, else compared. */
static void unchanged_bind(enumerator *E, int var, val cur, syn_loc loc, todo *rest)
{
    eval_worker *w = E->w;
    if (!w->next_bound[var]) {
        bind_and_proceed(E, var, cur, rest);
    } else if (eval_equal(w, w->next[var], cur, loc)) {
        proceed(E, rest);
    }
}

/* UNCHANGED e: each variable in e keeps its value (a tuple of variables, or a definition that is
 * one); anything else is compared. */
static void walk_unchanged(enumerator *E, ctx c, const syn_expr *e, todo *rest)
{
    eval_worker *w = E->w;
    e = sema_strip(e);
    if (e->kind == SX_TUPLE) {
        if (e->u.list.nitems == 0) proceed(E, rest);
        else unchanged_list_item(E, c, e, 0, rest);
        return;
    }
    int var = E->init ? -1 : variable_of(w, c, e);
    if (var >= 0) {
        /* under ENABLED read TLC's way, var may be a variable of its own: e keeps its substitution's value */
        if (w->enabled_cut) {
            unchanged_bind(E, var, eval_expr(w, ctx_primed_as(c, false), e), e->loc, rest);
            return;
        }
        val cur = w->state[var];
        if (cur.kind == VAL_NONE) eval_fail_unset_variable(w, e->loc, w->ep->sema->variables[var]);
        unchanged_bind(E, var, cur, e->loc, rest);
        return;
    }
    if (e->kind == SX_APPLY && e->u.apply.nargs == 0) {
        const sema_ref *r = e->u.apply.res;
        if (r->kind == REF_DECL && r->decl->is_variable) {
            /* a variable of an instantiated module: UNCHANGED of what it is substituted by */
            ctx inner = r->npath ? eval_enter_path(w, c, r->path, r->npath) : c;
            for (subst_frame *f = ctx_subst(inner); f; f = f->up)
                for (uint32_t i = 0; i < f->inst->nsubs; i++)
                    if (f->inst->subs[i].decl == r->decl) {
                        walk_unchanged(E, f->where, f->inst->subs[i].value, rest);
                        return;
                    }
        }
        if (r->kind == REF_BOUND) {
            env *b = c.env;
            while (b && b->binder != r->binder) b = b->up;
            if (b && b->kind == ENV_THUNK) {
                walk_unchanged(E, b->where, b->expr, rest);
                return;
            }
        }
        if (r->kind == REF_DEF) {
            const sema_def *d = eval_ref_def(w->ep, r->def, r);
            if (!d->native && d->nparams == 0 && !d->is_function) {
                ctx body = r->npath ? eval_enter_path(w, c, r->path, r->npath) : ctx_subst_only(c);
                walk_unchanged(E, body, d->body, rest);
                return;
            }
        }
    }
    if (!changed(w, c, e)) proceed(E, rest);
}

/* sub' # sub */
static bool changed(eval_worker *w, ctx c, const syn_expr *sub)
{
    ctx primed = c;
    primed = ctx_primed_as(primed, true);
    return !eval_equal(w, eval_expr(w, primed, sub), eval_expr(w, c, sub), sub->loc);
}

/* e without the parameterless definitions of its own module it names (`vars`), as far as a tuple or
 * a name that is not a definition's. */
static const syn_expr *through_names(const syn_expr *e)
{
    for (uint32_t depth = 0; depth < 64; depth++) {
        e = sema_strip(e);
        const sema_ref *r = e->kind == SX_APPLY ? e->u.apply.res : NULL;
        if (!r || r->kind != REF_DEF || r->npath || r->def->nparams || !r->def->body) return e;
        e = r->def->body;
    }
    return e;
}

/* Is e a variable of the instantiated module, read through its substitution? */
static const sema_decl *substituted_variable(const syn_expr *e)
{
    const sema_ref *r = e->kind == SX_APPLY && !e->u.apply.nargs ? e->u.apply.res : NULL;
    return r && r->kind == REF_DECL && !r->npath && r->decl->is_variable ? r->decl : NULL;
}

/* v' inside an instance failed on a variable A left without a value (w->err): TLC names the
 * instantiated module's variable of v whose substitution read it (`hy` of <<hx, hy>>, hy <- b),
 * there. Any other error goes on as it is. */
static _Noreturn void unspecified_in_instance(eval_worker *w, ctx primed, const syn_expr *sub)
{
    if (w->err.kind != EVAL_KIND_UNSPECIFIED_FAIR) eval_rethrow(w);
    const syn_expr *t = through_names(sub), *const *items = &t;
    uint32_t n = 1;
    if (t->kind == SX_TUPLE) items = (const syn_expr *const *)t->u.list.items, n = t->u.list.nitems;
    for (uint32_t i = 0; i < n; i++) {
        val v;
        if (eval_try(w, primed, items[i], &v)) continue;
        const sema_decl *d = w->err.kind == EVAL_KIND_UNSPECIFIED_FAIR ? substituted_variable(sema_strip(items[i])) : NULL;
        if (d) eval_fail_unspecified_fair(w, d, sema_strip(items[i])->loc);
        break;
    }
    eval_rethrow(w);
}

/* v' # v once A of <<A>>_v (step) gave a successor. Under ENABLED, as TLC, v before v' and a variable
 * of v that A left without a value is TLC's fairness error (w->fair_step). */
static bool step_changed(enumerator *E, ctx c, const syn_expr *step)
{
    eval_worker *w = E->w;
    const syn_expr *sub = step->u.bin.b;
    if (!E->stop_at_first) return changed(w, c, sub);
    val before = eval_expr(w, c, sub), after;
    const syn_expr *outer = w->fair_step;
    w->fair_step = step;
    ctx primed = ctx_primed_as(c, true);
    if (!ctx_subst(c)) after = eval_expr(w, primed, sub);
    else if (!eval_try(w, primed, sub, &after)) unspecified_in_instance(w, primed, sub);
    w->fair_step = outer;
    return !eval_equal(w, after, before, sub->loc);
}

/* ---- walking the formula ------------------------------------------------------------------------ */

/* An \E instance walked from `outer`: where TLC splits the \E (`split`), its bindings join the
 * action's context. */
static void walk_exists_instance(enumerator *E, ctx inner, const env *outer, bool split, const syn_expr *body,
                                 todo *rest, bool splitting)
{
    const struct eval_split *up = E->action.split;
    struct eval_split piece = {inner.env, outer, up, true};
    if (split) E->action.split = &piece;
    walk(E, inner, body, rest, splitting);
    E->action.split = up;
}

typedef struct exists_hoist exists_hoist;
typedef struct exists_step {
    enumerator *E; const syn_expr *body; todo *rest; bool splitting, split; const env *outer;
    const exists_hoist *hoist;   /* the body's call whose first tests are the same for every value, or NULL */
    uint32_t held;               /* hoist: how many of those tests held for the values walked */
    bool failed;                 /* hoist: the test `held` failed: for every value */
    uint32_t stale;              /* hoist->reuse: own[stale..] changed since the parameters were written */
    env *params;                 /* hoist->reuse: the call's parameters' nodes, bound for an earlier value, or NULL */
    ctx param_body;              /* ... and the body's context they make */
    /* The body, stripped, when it is a conjunction list run by its plan (exists_list_of), or NULL */
    const syn_expr *list;
    const struct walk_plan *plan;
} exists_step;

static bool exists_body(eval_worker *w, void *data, ctx inner)
{
    exists_step *s = data;
    walk_exists_instance(s->E, inner, s->outer, s->split, s->body, s->rest, s->splitting);
    return !s->E->stopped;
}

static bool all_assigned(const enumerator *E, const syn_expr *e);
struct walk_plan;
static void run_plan(enumerator *E, ctx c, const syn_expr *list, const struct walk_plan *plan, uint32_t i,
                     struct todo *rest);

/* One value of an \E whose body is a conjunction list run by its plan (exists_step.list): what
 * walk_exists_instance, walk, walk_node, walk_form and walk_list_item do there, without their
 * steps, where they would come to run_plan (not where TLC splits the \E: its bindings would join
 * the action's context); the walk's own way otherwise. */
static bool exists_list_body(eval_worker *w, void *data, ctx inner)
{
    exists_step *s = data;
    enumerator *E = s->E;
    if ((s->splitting && !E->init && !E->labelled) || E->spec || all_assigned(E, s->list)) return exists_body(w, data, inner);
    if (E->stopped) return false;
    run_plan(E, inner, s->list, s->plan, 0, s->rest);
    return !E->stopped;
}

struct eval_call_site {
    const syn_expr *call;
    ctx caller;
};

/* The arguments of a call that name its action (above state level, or operators, are left out). */
static bool shown_arg(const sema_def *d, const syn_expr *call, uint32_t i)
{
    return call->u.apply.args[i]->level <= LEVEL_STATE && d->params[i]->arity == 0;
}

typedef struct shown_args { ctx c; const sema_def *d; const syn_expr *call; val *vals; } shown_args;

static void eval_shown_args(eval_worker *w, void *data)
{
    shown_args *a = data;
    for (uint32_t i = 0; i < a->call->u.apply.nargs && i < a->d->nparams; i++)
        if (shown_arg(a->d, a->call, i)) a->vals[i] = eval_expr(w, a->c, a->call->u.apply.args[i]);
}

/* `Name(v1,v2)`: the definition's name and its arguments' values, as TLC labels an action whose
 * parameters are bound to values. An argument that fails to evaluate leaves the name alone (TLC does
 * not split such a call; the trace is found all the same). */
static atom name_with_args(enumerator *E, ctx c, const sema_def *d, const syn_expr *call)
{
    shown_args args = {c, d, call, arena_alloc(&E->w->scratch, sizeof(val) * (call->u.apply.nargs + 1))};
    eval_frame frame = E->w->frame;
    if (!eval_protected(E->w, &frame, eval_shown_args, &args)) return d->name;
    char *text = NULL;
    size_t len = 0;
    FILE *f = open_memstream(&text, &len);
    if (!f) return d->name;
    fputs(d->name, f);
    uint32_t shown = 0;
    for (uint32_t i = 0; i < call->u.apply.nargs && i < d->nparams; i++) {
        if (!shown_arg(d, call, i)) continue;
        fputs(shown++ ? "," : "(", f);
        val_print(f, args.vals[i]);
    }
    if (shown) fputc(')', f);
    fclose(f);
    atom name = util_intern(text);
    free(text);
    return name;
}

static bool constant_args(const syn_expr *call)
{
    for (uint32_t i = 0; i < call->u.apply.nargs; i++)
        if (call->u.apply.args[i]->level > LEVEL_CONSTANT) return false;
    return true;
}

/* TLC splits a call into its definition's body only when its arguments are constants; otherwise
 * the step is the call itself, named by the definition without arguments (Tool.getActionsAppl). */
static void set_action(enumerator *E, const sema_def *d, ctx c, const syn_expr *call)
{
    bool split = constant_args(call);
    E->action.name = split && d->nparams && E->w->action_args ? name_with_args(E, c, d, call) : d->name;
    E->action.loc = split ? d->body->loc : call->loc;
    E->labelled = !split;
    E->action.module = d->module->name;
    E->action.def = d;
    E->action.site = NULL;
    if (d->nparams) {
        eval_call_site *site = arena_alloc(&E->w->scratch, sizeof *site);
        *site = (eval_call_site){call, c};
        E->action.site = site;
    }
}

bool eval_action_args(eval_worker *w, const eval_action *a, val *out)
{
    if (!a->site || !a->def) return false;
    const syn_expr *call = a->site->call;
    for (uint32_t i = 0; i < a->def->nparams; i++) {
        if (i >= call->u.apply.nargs || a->def->params[i]->arity > 0) return false;
        const env *bound = eval_value_arg(a->site->caller, call->u.apply.args[i]);   /* `self`: its value */
        if (bound) {
            out[i] = bound->v;
            continue;
        }
        if (!eval_try(w, a->site->caller, call->u.apply.args[i], &out[i])) return false;
    }
    return true;
}

/* ---- TLC's branching ----------------------------------------------------------------------------
 * TLC walks a call of a definition as the definition's body, whatever its level, so a disjunction
 * or an \E reached through calls branches, each branch a generated state (constant definitions
 * without parameters, functions and natives are values to it). A formula that cannot branch gives
 * the same states walked or tested, and a test is cheaper (and cached per state): only those that
 * may branch are walked. */

static bool def_may_branch(const eval_program *ep, const sema_def *d, uint32_t depth);

/* Does TLC take a call of d as a value rather than walk d's body? A native, a function, a value the
 * .cfg gives `named` (the definition as the call names it, before overrides), or a constant
 * definition without parameters (TLC computes those once at start-up). */
static bool taken_as_value(const eval_program *ep, const sema_def *named, const sema_def *d)
{
    return d->native || d->is_function || ep->def_value[named->id] || (d->nparams == 0 && d->level == LEVEL_CONSTANT);
}

/* The function definition f[x \in S] == P that f[a] applies, unless a constant one (a value to TLC) */
static const sema_def *applied_function(const eval_program *ep, const syn_expr *e)
{
    const syn_expr *fn = sema_strip(e->u.fapp.fn);
    const sema_ref *r = fn->kind == SX_APPLY && !fn->u.apply.nargs ? fn->u.apply.res : NULL;
    const sema_def *d = NULL;
    if (r && r->kind == REF_DEF) d = eval_ref_def(ep, r->def, r);
    else if (r && r->kind == REF_BOUND && r->binder->kind == BINDER_LET_DEF) d = r->binder->let_def;
    if (!d || !d->is_function || d->native || (r->kind == REF_DEF && d->level == LEVEL_CONSTANT)) return NULL;
    return d;
}

/* Could walking e, below action level, take more than one branch? (false only when it cannot) */
static bool may_branch(const eval_program *ep, const syn_expr *e, uint32_t depth)
{
    e = sema_strip(e);
    switch (e->kind) {
    case SX_CONJ_LIST:
        for (uint32_t i = 0; i < e->u.list.nitems; i++)
            if (may_branch(ep, e->u.list.items[i], depth)) return true;
        return false;
    case SX_DISJ_LIST: return e->u.list.nitems > 1 || may_branch(ep, e->u.list.items[0], depth);
    case SX_EXISTS: return true;
    case SX_FORALL: return may_branch(ep, e->u.q.body, depth);
    case SX_IF: return may_branch(ep, e->u.ite.then_, depth) || may_branch(ep, e->u.ite.else_, depth);
    case SX_CASE:
        for (uint32_t i = 0; i < e->u.cas.narms; i++)
            if (may_branch(ep, e->u.cas.arms[i].value, depth)) return true;
        return e->u.cas.other && may_branch(ep, e->u.cas.other, depth);
    case SX_LET: return may_branch(ep, e->u.let.body, depth);
    case SX_APPLY: {
        const sema_ref *r = e->u.apply.res;
        if (r->kind == REF_BUILTIN) {
            syn_expr *const *a = e->u.apply.args;
            if (r->builtin == B_AND) return may_branch(ep, a[0], depth) || may_branch(ep, a[1], depth);
            if (r->builtin == B_IMPLIES) return may_branch(ep, a[1], depth);
            return r->builtin == B_OR;
        }
        if (r->kind == REF_DEF) {
            const sema_def *d = eval_ref_def(ep, r->def, r);
            return !taken_as_value(ep, r->def, d) && def_may_branch(ep, d, depth + 1);
        }
        return true;   /* operator arguments and constants: not known here */
    }
    case SX_FAPPLY: {
        const sema_def *d = applied_function(ep, e);
        return d && def_may_branch(ep, d, depth + 1);
    }
    case SX_BOX_ACTION:
    case SX_ANGLE_ACTION: return true;
    default: return false;
    }
}

/* may_branch of d's body, kept by definition (RECURSIVE ones, past a few calls: assumed to) */
static bool def_may_branch(const eval_program *ep, const sema_def *d, uint32_t depth)
{
    enum { UNKNOWN, NO, YES };
    uint8_t known = atomic_load_explicit(&ep->branches[d->id], memory_order_relaxed);
    if (known != UNKNOWN) return known == YES;
    if (depth > 16) return true;
    /* YES while being decided: a recursive call assumes it (walking is never wrong, only slower) */
    atomic_store_explicit(&ep->branches[d->id], YES, memory_order_relaxed);
    bool branches = may_branch(ep, d->is_function ? d->body->u.q.body : d->body, depth);
    atomic_store_explicit(&ep->branches[d->id], branches ? YES : NO, memory_order_relaxed);
    return branches;
}

/* Is a call of d (the definition `call` reaches as `named`, after overrides) walked as d's body? */
/* Does d prime one of its parameters (Inc(v) == v' = v + 1)? Then a call may bind the variable
 * its argument names, even through another parameter (Inc(a) in the body of Both(a, b)). */
static bool primes_params(const sema_def *d)
{
    for (uint32_t i = 0; i < d->nparams; i++)
        if (d->params[i]->primed) return true;
    return false;
}

static bool walks_into(const eval_program *ep, const sema_def *named, const sema_def *d, const syn_expr *call,
                       sema_level min_level)
{
    if (taken_as_value(ep, named, d)) return false;
    return d->level >= min_level || call->level >= min_level || primes_params(d) || def_may_branch(ep, d, 0);
}

/* Every variable of the next state (of the initial state) has its value: TLC then evaluates the
 * rest of the action (of the initial predicate) as tests, without branching (see walk). Not inside
 * a composition, whose stages rebind them, nor at a specification's temporal parts. */
static bool all_assigned(const enumerator *E, const syn_expr *e)
{
    if (E->unbound || E->composing) return false;
    return E->init ? e->level <= LEVEL_STATE : !E->spec;
}

/* An action's or initial predicate's CASE none of whose guards holds, without OTHER: TLC's words
 * there differ from those for a CASE inside a value. */
static _Noreturn void fail_no_case_arm(enumerator *E, syn_loc loc)
{
    char where[UTIL_LOC_SPAN_MAX];
    util_loc_span(&loc, where, sizeof where);
    eval_fail(E->w, loc, "In computing %s, TLC encountered a CASE with no conditions true.\n%s",
              E->init ? "initial states" : "next states", where);
}

static _Noreturn void fail_conjunct_not_boolean(enumerator *E, const syn_expr *e, val v);

/* A conjunct that is a test. A value that is not a Boolean is TLC's error 2247, which names the
 * conjunct by its numeral or by its place. */
static __attribute__((noinline)) bool test_holds(enumerator *E, ctx c, const syn_expr *e)
{
    val v = eval_expr(E->w, c, e);
    if (val_is_bool(v)) return val_get_bool(v);
    fail_conjunct_not_boolean(E, e, v);
}

/* A numeral as written, as SANY prints it. */
static const char *numeral_image(eval_worker *w, const syn_expr *e)
{
    return e->u.n.num_text ? e->u.n.num_text : arena_printf(&w->scratch, "%lld", (long long)e->u.n.num);
}

/* Is `ref` the .cfg's (INIT Init, NEXT Next), which is in no module? TLC's relation is then the
 * definition's body; a [][Next]_v of a SPECIFICATION is its action itself. */
static bool named_in_config(const sema_program *p, const syn_expr *ref)
{
    for (uint32_t i = 0; i < p->nmodules; i++)
        if (p->modules[i]->file && ref->loc.file && !strcmp(p->modules[i]->file, ref->loc.file)) return false;
    return true;
}

/* test_holds's error: the conjunct e's value v is not a Boolean. */
static __attribute__((noinline, cold)) _Noreturn void fail_conjunct_not_boolean(enumerator *E, const syn_expr *e, val v)
{
    eval_worker *w = E->w;
    const char *what = E->init ? "initial states" : "next states", *found = val_to_string(&w->scratch, v);
    if (e == E->named && named_in_config(w->ep->sema, e)) {   /* TLC's relation is then the body: its words, its place */
        e = sema_strip(E->body);
        if (E->init && e->kind == SX_NUM)
            eval_fail(w, e->loc, "The init state relation is not a boolean expression.\n%s", numeral_image(w, e));
    }
    syn_loc l = e->loc;
    if (e->kind == SX_NUM)
        eval_fail_kind(w, EVAL_KIND_NOT_BOOLEAN, l, "In computing %s, TLC expected a boolean expression,\nbut instead found %s.\n%s",
                       what, found, numeral_image(w, e));
    char module[NAME_MAX + 1];
    util_loc_module(&l, module, sizeof module);
    eval_fail_kind(w, EVAL_KIND_NOT_BOOLEAN, l,
              "In computing %s, TLC expected a boolean expression,\nbut instead found %s.\nline %u, col %u to line %u, "
              "col %u of module %s",
              what, found, l.line, l.col, l.end_line, l.end_col, module);
}

/* A call of an action definition TLC splits at (walked into, constant arguments, no instance path),
 * entered without deciding that again (see enter_call_plan): straight into its body's plan when the
 * body is a conjunction list; or a call inside a step with such a body (inner_plan_of). `d` is NULL
 * for any other call. */
typedef struct call_plan {
    const sema_def *d;
    const syn_expr *body;           /* d's body, stripped */
    const struct walk_plan *plan;   /* the body's plan, or NULL: the body is walked */
    /* Bit i: step i of the plan (i < 64) is `p \in S` for a parameter p whose argument here is a name
     * bound by a quantifier (\E, \A, CHOOSE, ...): bound to a value, p is never a target, and the
     * step always tests (in_binds is false), which plan_in_binds knows without looking p up. */
    uint64_t in_tests;
    /* The plan's first step, a test, compiled to be tested from the caller's context before the
     * parameters are bound (eval_compile_substituted; guard_fails_as_caller), or NULL; and how the
     * step tests it: its value's truth as a conjunct's (test_holds) or as eval_truth's, and whether
     * it is a call (checked for the stack as test_step_holds checks it). */
    const eval_cnode *guard_as_caller;
    bool guard_conjunct, guard_call;
} call_plan;
static const call_plan *call_plan_of(eval_worker *w, const syn_expr *call);
static const call_plan *inner_plan_of(eval_worker *w, const syn_expr *call);
static bool guards_hold(enumerator *E, ctx c, const call_plan *cp, uint32_t *first);
typedef struct split_node split_node;
/* What enter_call_plan found of a call's guard, tested first. */
typedef enum { GUARD_UNTESTED, GUARD_FAILED, GUARD_HELD } guard_outcome;
/* A shared guard's call (enter_call_plan): whether its guard is known to hold, the previous call's
 * first LET definition to take the value of (or NULL), and where to leave its own (or NULL). */
typedef struct shared_call { bool guard_known; const env *let_from; const env **let_out; struct let_valued *valued; } shared_call;
static guard_outcome enter_call_plan(enumerator *E, ctx c, const syn_expr *e, const call_plan *cp,
                                     const split_node *body_split, shared_call share, todo *rest);

/* A call of d where TLC's step is decided (not inside one): the call names the step, or TLC splits
 * at it and enters its body with the parameters bound (`params`). */
static __attribute__((noinline)) void walk_call_step(enumerator *E, ctx c, const syn_expr *e, const sema_def *d,
                                                     ctx body, const struct eval_split *params, todo *rest)
{
    eval_action saved = E->action;
    set_action(E, d, c, e);
    E->action.outer = &saved;
    E->action.via_instance = e->u.apply.res->npath > 0;
    if (!E->labelled) E->action.split = params;   /* TLC enters the body with them bound */
    else if (E->split_only) E->fn(E->fn_ctx, NULL, &E->action);
    if (!(E->split_only && E->labelled)) walk(E, body, d->body, rest, true);
    E->action = saved;
    E->labelled = false;
}

/* A call of d inside a step (or outside any split): the action stays as it is but for the calls
 * entered, and only that is put back (whatever the body's walk changes in the action it restores).
 * With an inner plan (`cp`, see inner_plan_of) the body's leading tests are tested first, and its
 * plan run straight away, as walk_node, walk_form and walk_list_item would come to them; `known`
 * (NULL: none) gives how many of them are known to hold, and is set to how many held (the index of
 * the one that failed, or of the first other step). */
static bool walk_call_within(enumerator *E, ctx c, const syn_expr *e, const sema_def *d, ctx body,
                             const call_plan *cp, uint32_t *known, todo *rest, bool splitting)
{
    uint32_t first = known ? *known : 0;
    bool assigned = cp && all_assigned(E, cp->body);
    if (cp && !assigned) {
        bool held = guards_hold(E, body, cp, &first);
        if (known) *known = first;
        if (!held) return false;
    }
    bool labelled = E->labelled;
    const eval_action *entered_before = E->action.entered;
    /* Liveness's hook: below the step TLC names (say under \E m \in network), a call still
     * walked whole goes on the step's list of calls entered (eval_action.entered), when kept. */
    eval_call_site entered_site;
    eval_action entered;
    if (E->w->calls_entered && splitting && !E->init && labelled && !E->split_only) {
        entered_site = (eval_call_site){e, c};
        entered = (eval_action){.def = d, .site = &entered_site, .outer = entered_before,
                                .via_instance = e->u.apply.res->npath > 0};
        E->action.entered = &entered;
    }
    if (!cp) {
        if (!(E->split_only && labelled)) walk(E, body, d->body, rest, splitting);
    } else if (assigned) {
        if (!E->stopped && test_holds(E, body, cp->body)) proceed(E, rest);
    } else {
        run_plan(E, body, cp->body, cp->plan, first, rest);
    }
    E->action.entered = entered_before;
    E->labelled = labelled;
    return true;
}

/* An \E walked inside a step whose body is a call of a definition walk_call enters by its inner plan
 * (inner_plan_of), the first `n` (> 0) of the body's leading tests naming none of the \E's bound
 * names, not even through the call's arguments (exists_hoist_of): those tests have the same outcome
 * for every value of the \E, and are tested for the first value only. */
enum { HOIST_MAX_OWN = 8, HOIST_MAX_LEVELS = 8 };
struct exists_hoist {
    const syn_expr *call;   /* the body, stripped */
    const call_plan *cp;
    uint32_t n;             /* 0: nothing hoisted */
    /* Every argument of the call is a literal, a name bound outside the \E, or one of the \E's names
     * (at most HOIST_MAX_OWN of those): bound to values for the first value, the parameters' nodes
     * are kept for the later ones, and only those of the \E's names written again (hoisted_params). */
    bool reuse;
    uint32_t nown;
    uint32_t own[HOIST_MAX_OWN];   /* the parameters whose argument is one of the \E's names, by level */
    /* A chain `\E x \in S : \E y \in T : ... : call`, walked as one loop (walk_exists_level): the \E's,
     * stripped, the outermost (the hoist's key) first, the innermost, whose body is the call, last;
     * one level when the \E's body is the call. "The \E's names" above are every level's. The tests
     * are hoisted out of the innermost \E; the first fixed[l] (<= n) name nothing bound at level l or
     * deeper: their outcome holds while level l-1's value stays (fixed[innermost] = n). own[own_from[l]..]
     * are the parameters whose argument is a name bound at level l or deeper. */
    uint32_t nlevels;
    const syn_expr *levels[HOIST_MAX_LEVELS];
    uint32_t fixed[HOIST_MAX_LEVELS];
    uint32_t own_from[HOIST_MAX_LEVELS];
};

/* Are the n parameters' nodes of a call all bound to values (no thunk, no operator)? */
static bool all_values(const env *nodes, uint32_t n)
{
    for (uint32_t i = 0; i < n; i++)
        if (nodes[i].kind != ENV_VALUE) return false;
    return true;
}

/* The body's context of the hoisted call for this value of the \E (`inner`): its parameters bound as
 * walk_call binds them. With h->reuse, once a value has bound them all to values (a name bound to a
 * value, as eval_bind_params finds it), the later values write the new values of the \E's names into
 * the same nodes: the other arguments have one value for every value of the \E, and nothing keeps the
 * nodes past the walk of a value (they are read-only values; the walk's todos and LETs live within it). */
static ctx hoisted_params(eval_worker *w, exists_step *s, ctx inner)
{
    const exists_hoist *h = s->hoist;
    const syn_expr *e = h->call;
    if (s->params) {
        uint32_t k = s->stale;
        s->stale = h->own_from[h->nlevels - 1];   /* the innermost's names change with each value */
        for (; k < h->nown; k++) {
            const env *b = eval_value_arg(inner, e->u.apply.args[h->own[k]]);
            if (!b) break;
            s->params[h->own[k]].v = b->v;
        }
        if (k == h->nown) return s->param_body;
        s->params = NULL;
    }
    const sema_def *d = h->cp->d;
    ctx body = eval_bind_params(w, ctx_subst_only(inner), inner, d, e->u.apply.args, e->u.apply.nargs);
    if (!h->reuse) return body;
    env *nodes = body.env - (d->nparams - 1);   /* one block, the last parameter's node first in the chain */
    if (all_values(nodes, d->nparams)) {
        s->params = nodes;
        s->param_body = body;
    }
    return body;
}

/* One value of an \E with a hoist: what walk, walk_node, walk_form, walk_apply and walk_call do
 * there (see hoists_within), but for the hoisted tests: not tested again once they held, and the
 * values after one failed not walked (their calls would fail at the same test, with no effect). */
static bool exists_call_body(eval_worker *w, void *data, ctx inner)
{
    exists_step *s = data;
    enumerator *E = s->E;
    if (s->failed) return true;
    if (E->stopped) return false;
    const syn_expr *e = s->hoist->call;
    const call_plan *cp = s->hoist->cp;
    /* every value is walked at the same depth of the stack: the first one tests it */
    if (!s->params && util_stack_low())
        eval_fail_coded(w, e->loc, "recursion too deep in %s: the stack ran out", e->u.apply.name);
    ctx body = hoisted_params(w, s, inner);
    uint32_t known = s->held;
    bool held = walk_call_within(E, inner, e, cp->d, body, cp, &known, s->rest, s->splitting);
    s->failed = !held && known < s->hoist->n;
    s->held = known < s->hoist->n ? known : s->hoist->n;
    return !E->stopped;
}

static void walk_exists_level(exists_step *s, ctx c, uint32_t level);

/* One value of a level of an \E chain but the innermost (see exists_hoist.levels). */
typedef struct exists_level { exists_step *s; uint32_t level; } exists_level;

static bool exists_level_body(eval_worker *w, void *data, ctx inner)
{
    exists_level *l = data;
    exists_step *s = l->s;
    const exists_hoist *h = s->hoist;
    /* a new value at this level: what is known of the tests naming it, or a level inside, is not */
    uint32_t fixed = h->fixed[l->level];
    if (s->held >= fixed) {
        s->held = fixed;
        s->failed = false;
    }
    if (s->stale > h->own_from[l->level]) s->stale = h->own_from[l->level];
    walk_exists_level(s, inner, l->level + 1);
    return !s->E->stopped;
}

/* The \E of the hoist's chain at `level` walked from c, as walk_form walks it, and the \E's inside
 * it: each evaluates its sets and binds its names where the nested walk would (eval_for_bindings),
 * without the walk's steps in between (the chain's conditions, hoists_within's, hold at every level).
 * A value at an outer level forgets the outcome of the hoisted tests that name it or a deeper level
 * (exists_hoist.fixed), and the parameters' nodes, kept for the whole chain, are written again from
 * the first name bound at that level on (own_from, hoisted_params). */
static void walk_exists_level(exists_step *s, ctx c, uint32_t level)
{
    const syn_expr *ex = s->hoist->levels[level];
    if (level + 1 < s->hoist->nlevels) {
        exists_level l = {s, level};
        eval_for_bindings(s->E->w, c, ex->u.q.bounds, ex->u.q.nbounds, ex->loc, exists_level_body, &l);
        return;
    }
    eval_for_bindings(s->E->w, c, ex->u.q.bounds, ex->u.q.nbounds, ex->loc, exists_call_body, s);
}

/* Expand a call of a user definition whose body may bind variables. */
static bool walk_call(enumerator *E, ctx c, const syn_expr *e, todo *rest, bool splitting)
{
    eval_worker *w = E->w;
    const sema_ref *r = e->u.apply.res;
    if (util_stack_low())   /* a recursive action: reported before the stack overflows */
        eval_fail_coded(w, e->loc, "recursion too deep in %s: the stack ran out", e->u.apply.name);
    /* A call may bind variables when its definition or its arguments (x') are of that level. */
    sema_level min_level = E->init ? LEVEL_STATE : LEVEL_ACTION;
    if (r->kind == REF_DEF && splitting && !E->init && !E->labelled && !E->split_only && !E->spec) {
        const call_plan *cp = call_plan_of(w, e);
        if (cp) {
            enter_call_plan(E, c, e, cp, NULL, (shared_call){0}, rest);
            return true;
        }
    }
    bool step = splitting && !E->init && !E->labelled;
    const call_plan *inner = r->kind == REF_DEF && !step && !E->init && !E->spec && !E->split_only ? inner_plan_of(w, e)
                                                                                                  : NULL;
    if (inner) {
        ctx body = eval_bind_params(w, ctx_subst_only(c), c, inner->d, e->u.apply.args, e->u.apply.nargs);
        walk_call_within(E, c, e, inner->d, body, inner, NULL, rest, splitting);
        return true;
    }
    if (r->kind == REF_DEF) {
        const sema_def *d = eval_ref_def(w->ep, r->def, r);
        if (!walks_into(w->ep, r->def, d, e, min_level)) return false;
        ctx body = r->npath ? eval_enter_path(w, c, r->path, r->npath) : ctx_subst_only(c);
        struct eval_split params = {NULL, body.env, E->action.split, false};
        body = eval_bind_params(w, body, c, d, e->u.apply.args, e->u.apply.nargs);
        params.top = body.env;
        if (step) walk_call_step(E, c, e, d, body, &params, rest);
        else walk_call_within(E, c, e, d, body, NULL, NULL, rest, splitting);
        return true;
    }
    if (r->kind == REF_DECL && r->decl->arity > 0) {
        const sema_def *d;
        ctx where;
        ctx at = r->npath ? eval_enter_path(w, c, r->path, r->npath) : c;
        if (!eval_decl_as_def(w, at, r->decl, &d, &where) || !walks_into(w->ep, d, d, e, min_level)) return false;
        ctx body = eval_bind_params(w, where, c, d, e->u.apply.args, e->u.apply.nargs);
        walk(E, body, d->body, rest, splitting);
        return true;
    }
    if (r->kind == REF_BOUND) {
        env *b = c.env;
        while (b && b->binder != r->binder) b = b->up;
        if (!b) return false;
        /* an argument or LET definition not evaluated yet is walked as TLC walks it */
        bool unevaluated = !b->forced || b->epoch != w->epoch;
        if (b->kind == ENV_THUNK &&
            (b->expr->level >= min_level || (unevaluated && may_branch(w->ep, b->expr, 0)))) {
            walk(E, b->where, b->expr, rest, splitting);
            return true;
        }
        if (b->kind == ENV_OP && b->op.def && walks_into(w->ep, b->op.def, b->op.def, e, min_level)) {
            const sema_def *d = b->op.def;
            ctx body = eval_bind_params(w, b->op.where, c, d, e->u.apply.args, e->u.apply.nargs);
            walk(E, body, d->body, rest, splitting);
            return true;
        }
    }
    return false;
}

/* ---- conjunction lists as steps ------------------------------------------------------------------
 * A conjunction list of an action is walked as a list of steps made once per worker (on its first
 * walk): the items that can neither branch nor bind are TESTs, `x' = e` a STORE into x (or a test
 * once x' has a value), `UNCHANGED <<x, y>>` COPIES of the current values; any other item is walked
 * as a formula with the items after it to follow (WALK), as walk_item does for all of them. The steps
 * run in the list's order in a loop, so a test fails, a binding is made, or an error is raised
 * exactly where the walk of the list would: the same states, generated counts and errors. Plans are
 * used for actions only (not Init, a specification's parts, TLC's split, nor a primed context), and
 * STOREs and COPIES only outside instance substitutions; elsewhere a step is walked. A LET whose body is
 * a conjunction list is a LET step: its definitions bound, its body's plan run at once, as the walk
 * of the LET (walk_form, walk_list_item) would run it. `lhs \in S` is an IN step: walked where it
 * binds its target (decided as walk_in decides it, each time), tested in the loop otherwise. */

typedef enum { STEP_WALK, STEP_TEST, STEP_CALL_TEST, STEP_EQ_TEST, STEP_IN, STEP_STORE, STEP_COPY, STEP_LET } step_kind;

typedef struct walk_plan walk_plan;
typedef struct plan_step {
    step_kind kind;
    const syn_expr *e;              /* the item, stripped */
    const syn_expr *rhs;            /* STEP_STORE: e; STEP_LET: the LET's body (a conjunction list), stripped */
    const walk_plan *body_plan;     /* STEP_LET: the body's plan */
    uint32_t nvars;                 /* STEP_STORE: 1; STEP_COPY: the variables kept */
    uint32_t *vars;
    const syn_expr **var_exprs;     /* STEP_COPY: where each variable is named (for errors) */
} plan_step;

struct walk_plan {
    uint32_t n;
    plan_step steps[];
};

/* Plans by expression (a conjunction list's, a call's), open addressing on its address. */
typedef struct plan_table {
    const syn_expr **keys;
    void **vals;
    uint32_t cap, len;
    const syn_expr *last_key;   /* the key last found, and its value: a call walked for each value */
    void *last_val;             /* of the \E around it is looked up again and again */
} plan_table;

struct walk_plans {
    plan_table lists;   /* walk_plan */
    plan_table calls;   /* call_plan */
    plan_table inner;   /* call_plan of calls inside a step (inner_plan_of) */
    plan_table splits;  /* split_node, by the expression walked */
    plan_table hoists;  /* exists_hoist, by the \E walked */
    const syn_expr *last_relation;      /* the relation last enumerated, and its split node */
    const struct split_node *last_split;
    bool split_cycles;                  /* a split node links back to one it is reached from */
    struct flat_list *flat;             /* random picks: the relation's actions (flat_of) */
    arena guards;                       /* the call plans' guard_as_caller and the split nodes' value_as_caller nodes */
};

enum { PLAN_MAX_VARS = 64 };   /* a worker binds at most this many variables in one run of a plan */

/* A node of TLC's split of the relation (see walk_split_node): what walk_labelled and walk_split
 * decide for an expression, its children linked. */
typedef enum { SPLIT_WALK, SPLIT_OR, SPLIT_EXISTS, SPLIT_CALL } split_kind;
struct split_node {
    split_kind kind;
    const syn_expr *e;                  /* stripped */
    const call_plan *cp;                /* SPLIT_CALL */
    uint32_t n;                         /* OR: the disjuncts; EXISTS: 1, the body; CALL: 1 when the body is walked */
    const split_node **items;
    const split_node *guard_as;         /* CALL: the call walked just before it, whose guard is its own */
    bool let_as;                        /* ... and whose LET's first definition is its own (same_first_let) */
    bool let_to;                        /* CALL: the call walked next has let_as */
    const syn_expr *value_guard;        /* CALL: its guard when it is `L = lit` (value_guard_of) */
    val value_lit;                      /* CALL: lit's value there */
    const eval_cnode *value_as_caller;  /* CALL: its L compiled to be read from the caller's context, or NULL */
    const split_node *value_as;         /* CALL: the call walked just before it, whose guard is `L = lit2` */
    bool value_chain;                   /* CALL: it has a value_as, or is the value_as of the call walked after it */
    const split_node *value_from;       /* CALL: a chain's first call: the OR node (its parent) whose L, when
                                         * E->valued, walk_chain_known was given (chain_value_read) */
    const eval_cnode *chain_as_caller;  /* CALL without a plan: its body a chain of guards `L = lit`, L compiled to be
                                         * read from the call's caller's context (chain_as_caller_of), or NULL */
    const split_node **chain;           /* OR: the body of such a call: the chain's calls, in their order */
    uint32_t nchain;
    val_kind chain_kind;                /* ... their literals' kind when they have one (else VAL_NONE) */
    const syn_expr *let_guard;          /* CALL: its LET's first test, when `L = lit` on its first definition (let_guard_of) */
    val let_lit;                        /* CALL: that lit's value */
    const split_node *let_guard_as;     /* CALL: its guard_as and let_as, whose let_guard has the same L (same_let_guard) */
    bool let_guard_to;                  /* CALL: the let_guard_as of the call walked next */
    bool building;                      /* split_node_of is making its children */
};

static void flat_list_free(struct flat_list *f);

static void split_node_free(split_node *s)
{
    if (!s) return;
    free(s->items);
    free(s);
}

void eval_walk_plans_free(struct walk_plans *p)
{
    if (!p) return;
    for (uint32_t i = 0; i < p->lists.cap; i++) {
        walk_plan *plan = p->lists.vals[i];
        if (!plan) continue;
        for (uint32_t k = 0; k < plan->n; k++) {
            free(plan->steps[k].vars);
            free(plan->steps[k].var_exprs);
        }
        free(plan);
    }
    for (uint32_t i = 0; i < p->calls.cap; i++) free(p->calls.vals[i]);
    for (uint32_t i = 0; i < p->inner.cap; i++) free(p->inner.vals[i]);
    for (uint32_t i = 0; i < p->splits.cap; i++) split_node_free(p->splits.vals[i]);
    for (uint32_t i = 0; i < p->hoists.cap; i++) free(p->hoists.vals[i]);
    free(p->lists.keys);
    free(p->lists.vals);
    free(p->calls.keys);
    free(p->calls.vals);
    free(p->inner.keys);
    free(p->inner.vals);
    free(p->splits.keys);
    free(p->splits.vals);
    flat_list_free(p->flat);
    arena_free(&p->guards);
    free(p->hoists.keys);
    free(p->hoists.vals);
    free(p);
}

/* The variable `x'` names when it is a variable of the module in which it is written, or -1. */
static int store_target(const syn_expr *lhs)
{
    if (!sema_is_builtin(lhs, B_PRIME)) return -1;
    const syn_expr *x = sema_strip(lhs->u.apply.args[0]);
    if (x->kind != SX_APPLY || x->u.apply.nargs) return -1;
    const sema_ref *r = x->u.apply.res;
    if (r->kind != REF_DECL || !r->decl->is_variable || r->npath || r->decl->index == UINT32_MAX) return -1;
    return (int)r->decl->index;
}

/* lhs = rhs as walk_eq takes it outside a primed context: a STORE, a test, or (a name that may stand
 * for x', a variable reached otherwise) a walk. */
static step_kind eq_kind(const syn_expr *e, int *var)
{
    const syn_expr *lhs = sema_strip(e->u.apply.args[0]);
    if (lhs->kind == SX_APPLY && !lhs->u.apply.nargs && lhs->u.apply.res->kind == REF_BOUND) return STEP_WALK;
    if (!sema_is_builtin(lhs, B_PRIME)) return STEP_EQ_TEST;
    *var = store_target(lhs);
    if (*var >= 0) return STEP_STORE;
    const syn_expr *x = sema_strip(lhs->u.apply.args[0]);
    if (x->kind != SX_APPLY || x->u.apply.nargs) return STEP_EQ_TEST;
    const sema_ref *r = x->u.apply.res;
    return r->kind == REF_DECL && r->decl->is_variable ? STEP_WALK : r->kind == REF_BOUND ? STEP_WALK : STEP_EQ_TEST;
}

typedef struct copies { uint32_t vars[PLAN_MAX_VARS]; const syn_expr *exprs[PLAN_MAX_VARS]; uint32_t n; } copies;

/* The variables UNCHANGED e keeps, as walk_unchanged finds them (tuples, variables, definitions
 * without parameters); false where it would do anything else. */
static bool unchanged_vars(const eval_program *ep, const syn_expr *e, copies *out, uint32_t depth)
{
    e = sema_strip(e);
    if (depth > 16) return false;
    if (e->kind == SX_TUPLE) {
        for (uint32_t i = 0; i < e->u.list.nitems; i++)
            if (!unchanged_vars(ep, e->u.list.items[i], out, depth)) return false;
        return true;
    }
    if (e->kind != SX_APPLY || e->u.apply.nargs) return false;
    const sema_ref *r = e->u.apply.res;
    if (r->kind == REF_DECL && r->decl->is_variable && !r->npath && r->decl->index != UINT32_MAX) {
        if (out->n == PLAN_MAX_VARS) return false;
        out->vars[out->n] = r->decl->index;
        out->exprs[out->n++] = e;
        return true;
    }
    if (r->kind != REF_DEF || r->npath) return false;
    const sema_def *d = eval_ref_def(ep, r->def, r);
    return !d->native && d->nparams == 0 && !d->is_function && unchanged_vars(ep, d->body, out, depth + 1);
}

static const walk_plan *plan_of(eval_worker *w, const syn_expr *list);

/* What walking item e of an action's conjunction list does (see the section's comment). */
static plan_step plan_item(eval_worker *w, const syn_expr *item)
{
    const eval_program *ep = w->ep;
    const syn_expr *e = sema_strip(item);
    plan_step s = {.kind = STEP_WALK, .e = e};
    if (e->kind == SX_LET && sema_strip(e->u.let.body)->kind == SX_CONJ_LIST) {
        s.kind = STEP_LET;
        s.rhs = sema_strip(e->u.let.body);
        s.body_plan = plan_of(w, s.rhs);
        return s;
    }
    if (e->kind != SX_APPLY) return s;
    const sema_ref *r = e->u.apply.res;
    if (r->kind == REF_DEF) {
        if (!walks_into(ep, r->def, eval_ref_def(ep, r->def, r), e, LEVEL_ACTION)) s.kind = STEP_CALL_TEST;
        return s;
    }
    if (r->kind != REF_BUILTIN) return s;
    switch (r->builtin) {
    case B_AND: case B_OR: case B_IMPLIES: case B_CDOT: return s;
    case B_IN: s.kind = STEP_IN; return s;
    case B_EQ: {
        int var = -1;
        s.kind = eq_kind(e, &var);
        if (s.kind == STEP_STORE) {
            s.rhs = e->u.apply.args[1];
            s.nvars = 1;
            s.vars = util_xmalloc(sizeof(uint32_t));
            s.vars[0] = (uint32_t)var;
        }
        return s;
    }
    case B_UNCHANGED: {
        copies k = {.n = 0};
        if (!unchanged_vars(ep, e->u.apply.args[0], &k, 0)) return s;
        s.kind = STEP_COPY;
        s.nvars = k.n;
        s.vars = util_xmalloc(sizeof(uint32_t) * (k.n + 1));
        s.var_exprs = util_xmalloc(sizeof(*s.var_exprs) * (k.n + 1));
        memcpy(s.vars, k.vars, sizeof(uint32_t) * k.n);
        memcpy(s.var_exprs, k.exprs, sizeof(*s.var_exprs) * k.n);
        return s;
    }
    default: s.kind = STEP_TEST; return s;
    }
}

static uint32_t plan_slot(const plan_table *t, const syn_expr *key)
{
    uint32_t h = (uint32_t)(((uintptr_t)key >> 4) * 0x9E3779B1u);
    uint32_t i = h & (t->cap - 1);
    while (t->keys[i] && t->keys[i] != key) i = (i + 1) & (t->cap - 1);
    return i;
}

static void plans_grow(plan_table *t)
{
    plan_table old = *t;
    t->cap = old.cap ? 2 * old.cap : 64;
    t->keys = util_xcalloc(t->cap, sizeof *t->keys);
    t->vals = util_xcalloc(t->cap, sizeof *t->vals);
    for (uint32_t i = 0; i < old.cap; i++)
        if (old.keys[i]) {
            uint32_t j = plan_slot(t, old.keys[i]);
            t->keys[j] = old.keys[i];
            t->vals[j] = old.vals[i];
        }
    free(old.keys);
    free(old.vals);
}

static void *plan_find(plan_table *t, const syn_expr *key)
{
    if (key == t->last_key) return t->last_val;
    if (!t->cap) return NULL;
    void *found = t->vals[plan_slot(t, key)];
    if (found) t->last_key = key, t->last_val = found;
    return found;
}

static void plan_put(plan_table *t, const syn_expr *key, void *plan)
{
    if (2 * (t->len + 1) > t->cap) plans_grow(t);
    uint32_t i = plan_slot(t, key);
    t->keys[i] = key;
    t->vals[i] = plan;
    t->len++;
}

static struct walk_plans *worker_plans(eval_worker *w)
{
    if (!w->walk_plans) w->walk_plans = util_xcalloc(1, sizeof *w->walk_plans);
    return w->walk_plans;
}

/* plan_of's plan of a list not planned yet, kept in `table`. */
static __attribute__((noinline)) walk_plan *make_plan(eval_worker *w, plan_table *table, const syn_expr *list)
{
    uint32_t n = list->u.list.nitems;
    walk_plan *plan = util_xmalloc(sizeof *plan + sizeof(plan_step) * n);
    plan->n = n;
    for (uint32_t k = 0; k < n; k++) plan->steps[k] = plan_item(w, list->u.list.items[k]);
    plan_put(table, list, plan);
    return plan;
}

/* The worker's plan of a conjunction list, made on its first walk (out of line: the look-up, made
 * for every list walked, has no frame to set up). */
static const walk_plan *plan_of(eval_worker *w, const syn_expr *list)
{
    struct walk_plans *p = worker_plans(w);
    walk_plan *plan = plan_find(&p->lists, list);
    return plan ? plan : make_plan(w, &p->lists, list);
}

/* The worker's plan of a call of an action definition, made on its first walk: the definition and
 * its body's plan where the call can be entered straight into them (see call_plan), else NULL. With
 * `inner`, of a call walked inside a step (walk_call_within): a definition walked into, without
 * instance path, whose body is a conjunction list, whatever its arguments. */
static __attribute__((noinline)) call_plan *make_call_plan(eval_worker *w, plan_table *table, const syn_expr *call,
                                                           bool inner);

static const call_plan *plan_of_call(eval_worker *w, const syn_expr *call, bool inner)
{
    struct walk_plans *p = worker_plans(w);
    plan_table *table = inner ? &p->inner : &p->calls;
    call_plan *cp = plan_find(table, call);
    if (!cp) cp = make_call_plan(w, table, call, inner);   /* out of line: the look-up has no frame */
    return cp->d ? cp : NULL;
}

/* Is e a name bound by a quantifier (a BINDER_VALUE: always bound to a value, never a thunk)? */
static bool quantifier_name(const syn_expr *e)
{
    e = sema_strip(e);
    return e->kind == SX_APPLY && !e->u.apply.nargs && !e->u.apply.npath && e->u.apply.res->kind == REF_BOUND &&
           !e->u.apply.res->npath && e->u.apply.res->binder->kind == BINDER_VALUE;
}

/* Is the lhs of IN step s a parameter of d taking a quantifier's name at this call (see call_plan)?
 * target_of finds such a name bound to a value through the parameter, whether the parameter's node
 * holds the value or a thunk of the name: never a variable. */
static bool in_lhs_takes_value(const sema_def *d, const syn_expr *call, const plan_step *s)
{
    const syn_expr *lhs = sema_strip(s->e->u.apply.args[0]);
    if (lhs->kind != SX_APPLY || lhs->u.apply.nargs || lhs->u.apply.npath || lhs->u.apply.res->kind != REF_BOUND)
        return false;
    for (uint32_t i = 0; i < d->nparams && i < call->u.apply.nargs; i++)
        if (d->params[i] == lhs->u.apply.res->binder) return !d->params[i]->arity && quantifier_name(call->u.apply.args[i]);
    return false;
}

/* call_plan.in_tests for the call of d with plan `plan`. */
static uint64_t in_tests_of(const sema_def *d, const syn_expr *call, const walk_plan *plan)
{
    uint64_t bits = 0;
    for (uint32_t i = 0; plan && i < plan->n && i < 64; i++)
        if (plan->steps[i].kind == STEP_IN && in_lhs_takes_value(d, call, &plan->steps[i])) bits |= (uint64_t)1 << i;
    return bits;
}

static bool is_test_step(step_kind kind) { return kind == STEP_TEST || kind == STEP_CALL_TEST || kind == STEP_EQ_TEST; }

/* call_plan.guard_as_caller of a call of d (not inside a step) with plan `plan`: its first step a test
 * that binds nothing (an IN step testing a parameter bound to a value: in_tests's bit 0). */
static const eval_cnode *guard_as_caller_of(eval_worker *w, const sema_def *d, const syn_expr *call,
                                            const walk_plan *plan, uint64_t in_tests)
{
    if (!plan || !plan->n) return NULL;
    const plan_step *guard = &plan->steps[0];
    if (!is_test_step(guard->kind) && !(guard->kind == STEP_IN && (in_tests & 1))) return NULL;
    return eval_compile_substituted(w->ep, &worker_plans(w)->guards, guard->e, d, call, NULL, NULL);
}

/* plan_of_call's plan of a call not planned yet, kept in `table`. */
static call_plan *make_call_plan(eval_worker *w, plan_table *table, const syn_expr *call, bool inner)
{
    call_plan *cp = util_xcalloc(1, sizeof *cp);
    const sema_ref *r = call->u.apply.res;
    const sema_def *d = r->kind == REF_DEF && !r->npath ? eval_ref_def(w->ep, r->def, r) : NULL;
    const syn_expr *body = d ? sema_strip(d->body) : NULL;
    bool listed = body && body->kind == SX_CONJ_LIST && w->ep->sema->nvars <= PLAN_MAX_VARS;
    if (d && walks_into(w->ep, r->def, d, call, LEVEL_ACTION) && (inner ? listed : constant_args(call))) {
        cp->d = d;
        cp->body = body;
        if (listed) cp->plan = plan_of(w, body);
        cp->in_tests = in_tests_of(d, call, cp->plan);
        if (!inner) cp->guard_as_caller = guard_as_caller_of(w, d, call, cp->plan, cp->in_tests);
        if (cp->guard_as_caller) {
            step_kind kind = cp->plan->steps[0].kind;
            cp->guard_conjunct = kind == STEP_TEST || kind == STEP_CALL_TEST;
            cp->guard_call = kind == STEP_CALL_TEST;
        }
    }
    plan_put(table, call, cp);
    return cp;
}

static const call_plan *call_plan_of(eval_worker *w, const syn_expr *call) { return plan_of_call(w, call, false); }
static const call_plan *inner_plan_of(eval_worker *w, const syn_expr *call) { return plan_of_call(w, call, true); }

/* Does the IN step e (`lhs \in S`) bind its target, as walk_in finds it, rather than test e? */
static bool in_binds(enumerator *E, ctx c, const syn_expr *e)
{
    int var = target_of(E, c, e->u.apply.args[0]);
    return var >= 0 && !E->w->next_bound[var];
}

/* in_binds for IN step i of cp's plan, in the call's body `c`. */
static bool plan_in_binds(enumerator *E, ctx c, const call_plan *cp, uint32_t i)
{
    return i < 64 && (cp->in_tests >> i) & 1 ? false : in_binds(E, c, cp->plan->steps[i].e);
}

/* A TEST, CALL_TEST, EQ_TEST step, or an IN step that does not bind, as the walk of its item tests it. */
static bool test_step_holds(enumerator *E, ctx c, const plan_step *s)
{
    if (s->kind == STEP_EQ_TEST || s->kind == STEP_IN) return eval_truth(E->w, c, s->e);
    if (s->kind == STEP_CALL_TEST && util_stack_low())
        eval_fail(E->w, s->e->loc, "recursion too deep in %s: the stack ran out", s->e->u.apply.name);
    return test_holds(E, c, s->e);
}

static void run_plan(enumerator *E, ctx c, const syn_expr *list, const walk_plan *plan, uint32_t i, todo *rest);

/* The leading tests of cp's plan (tests, and `lhs \in S` that do not bind), as run_plan tests them,
 * the body not all assigned, from *first on (those before it known to hold): false at the first that
 * fails; *first is then that step, else the step after them. */
static bool guards_hold(enumerator *E, ctx c, const call_plan *cp, uint32_t *first)
{
    const walk_plan *plan = cp->plan;
    uint32_t i = *first;
    for (; i < plan->n; i++) {
        const plan_step *s = &plan->steps[i];
        if (!is_test_step(s->kind) && (s->kind != STEP_IN || plan_in_binds(E, c, cp, i))) break;
        if (E->stopped || !test_step_holds(E, c, s)) {
            *first = i;
            return false;
        }
    }
    *first = i;
    return true;
}

/* A LET step, the items after it to follow (`rest`): what walk_item's walk of the LET does (the
 * context is not primed: see walk_list_item). */
static __attribute__((noinline)) void run_let(enumerator *E, ctx c, const plan_step *s, todo *rest)
{
    if (E->stopped) return;
    if (all_assigned(E, s->e)) {
        if (test_holds(E, c, s->e)) proceed(E, rest);
        return;
    }
    /* all_assigned does not depend on the expression in an action: the body is not all assigned */
    run_plan(E, eval_bind_let(E->w, c, s->e), s->rhs, s->body_plan, 0, rest);
}

/* Steps i.. of a list's plan, then `rest`. The variables bound on the way are unbound on return,
 * as bind_and_proceed does once the walk after the binding is done. */
static void run_plan(enumerator *E, ctx c, const syn_expr *list, const walk_plan *plan, uint32_t i, todo *rest)
{
    eval_worker *w = E->w;
    bool plain = !ctx_subst(c);   /* x' and UNCHANGED x name the variables themselves */
    uint32_t bound[PLAN_MAX_VARS], nbound = 0;
    for (; i < plan->n; i++) {
        const plan_step *s = &plan->steps[i];
        step_kind kind = s->kind;
        if (!plain && (kind == STEP_STORE || kind == STEP_COPY)) kind = STEP_WALK;
        if (kind == STEP_WALK) {
            walk_item(E, c, list, i, rest);
            goto unbind;
        }
        if (kind == STEP_LET) {
            run_let(E, c, s, i + 1 < plan->n ? TODO_AT(TODO_CONJ, list, i + 1, c, rest) : rest);
            goto unbind;
        }
        if (E->stopped) goto unbind;
        if (all_assigned(E, s->e)) {
            if (!test_holds(E, c, s->e)) goto unbind;
            continue;
        }
        switch (kind) {
        case STEP_CALL_TEST:
        case STEP_TEST:
        case STEP_EQ_TEST:
            if (!test_step_holds(E, c, s)) goto unbind;
            break;
        case STEP_IN:
            if (in_binds(E, c, s->e)) {
                walk_item(E, c, list, i, rest);
                goto unbind;
            }
            if (!eval_truth(w, c, s->e)) goto unbind;   /* as walk_in tests it */
            break;
        case STEP_STORE: {
            uint32_t var = s->vars[0];
            if (w->next_bound[var]) {
                if (!eval_truth(w, c, s->e)) goto unbind;
                break;
            }
            w->next[var] = eval_expr(w, c, s->rhs);
            w->next_bound[var] = true;
            E->unbound--;
            bound[nbound++] = var;
            break;
        }
        case STEP_COPY:
            for (uint32_t k = 0; k < s->nvars; k++) {
                uint32_t var = s->vars[k];
                val cur = w->state[var];
                if (cur.kind == VAL_NONE) eval_fail_unset_variable(w, s->var_exprs[k]->loc, w->ep->sema->variables[var]);
                if (!w->next_bound[var]) {
                    w->next[var] = cur;
                    w->next_bound[var] = true;
                    E->unbound--;
                    bound[nbound++] = var;
                } else if (!eval_equal(w, w->next[var], cur, s->var_exprs[k]->loc)) {
                    goto unbind;
                }
            }
            break;
        case STEP_WALK: case STEP_LET: break;
        }
    }
    proceed(E, rest);
unbind:
    while (nbound) {
        uint32_t var = bound[--nbound];
        w->next_bound[var] = false;
        E->unbound++;
    }
}

/* The action a call of d TLC splits at names (set_action's), placed at `loc`; its site and outer
 * action on the caller's stack, valid while it is walked. */
static void set_call_action(enumerator *E, ctx c, const syn_expr *e, const sema_def *d, syn_loc loc,
                            const eval_call_site *site, const eval_action *outer, const struct eval_split *params)
{
    E->action = (eval_action){
        .name = d->nparams && E->w->action_args ? name_with_args(E, c, d, e) : d->name,
        .loc = loc,
        .module = d->module->name,
        .def = d,
        .site = d->nparams ? site : NULL,
        .outer = outer,
        .entered = outer->entered,   /* as set_action leaves it */
        .via_instance = false,
        .split = params,
    };
}

static void walk_split_node(enumerator *E, ctx c, const split_node *s, todo *rest);
static void walk_chain_known(enumerator *E, ctx c, const split_node *s, val v, todo *rest);

/* A call whose body is not a conjunction list: the body walked with the action set, as walk_call
 * walks it (from its split node when the call was reached through one; with chain_value, that node
 * is a chain's and L's value was read from the caller's context: walk_chain_call). */
static inline __attribute__((always_inline)) void call_body_walk(enumerator *E, ctx c, ctx body, const syn_expr *e,
                                                                 const call_plan *cp, const split_node *body_split,
                                                                 const struct eval_split *params,
                                                                 const val *chain_value, todo *rest)
{
    eval_action saved = E->action;
    eval_call_site site = {e, c};
    set_call_action(E, c, e, cp->d, cp->d->body->loc, &site, &saved, params);
    E->labelled = false;
    if (chain_value) walk_chain_known(E, body, body_split, *chain_value, rest);
    else if (body_split) walk_split_node(E, body, body_split, rest);
    else walk(E, body, cp->d->body, rest, true);
    E->action = saved;
    E->labelled = false;
}

static __attribute__((noinline)) void enter_call_walk(enumerator *E, ctx c, ctx body, const syn_expr *e,
                                                      const call_plan *cp, const split_node *body_split,
                                                      const struct eval_split *params, todo *rest)
{
    call_body_walk(E, c, body, e, cp, body_split, params, NULL, rest);
}

static __attribute__((noinline)) void enter_chain_walk(enumerator *E, ctx c, ctx body, const syn_expr *e,
                                                       const call_plan *cp, const split_node *body_split,
                                                       const struct eval_split *params, val chain_value,
                                                       todo *rest)
{
    call_body_walk(E, c, body, e, cp, body_split, params, &chain_value, rest);
}

/* A call's let_guard `L = lit` tested as L, then compared with lit (as a value guard: the same answer
 * and error as the test): found tells whether v is L's value, kept for the next call (let_guard_as);
 * found on the way in, it is L's value found by the call before, equal to lit: the test holds. */
typedef struct let_valued { const syn_expr *eq; val lit; bool found; val v; } let_valued;

/* Call s's let_guard `L = lit` (let_guard_of) decided by L's value `known`, found by a call before
 * in the same state with the same L (have: found, and that call's test shared with s's by
 * same_let_guard): false where the test fails (s is passed: nothing is evaluated before it); else
 * *lv is set for s's try, the test known to hold (L's value kept) or, with no value known, to be made. */
static inline bool let_guard_decided(const split_node *s, bool have, val known, let_valued *lv)
{
    *lv = (let_valued){s->let_guard, s->let_lit, false, {0}};
    if (!have || known.kind != s->let_lit.kind) return true;
    if (known.u.i != s->let_lit.u.i) return false;
    lv->found = true;
    lv->v = known;
    return true;
}

/* Is L's value in lv (found by a try) one let_guard_decided compares by u.i, to keep for the calls after? */
static inline bool let_value_kept(const let_valued *lv)
{
    return lv->found && lv->v.kind >= VAL_INT && lv->v.kind <= VAL_MODEL;
}

static bool value_guard_equals(enumerator *E, const syn_expr *eq, val v, val lit);

/* The LET that follows a call's shared guard, its last step (run_let): its first definition takes the
 * value the previous call's had, when that one was evaluated (the same expression, the same state and
 * arguments: same_first_let), as a value `known` (the enumerator still sees it unevaluated, as TLC
 * does); and is left for the next call once this call's walk is done. With share.valued, the body's
 * first step is that let_guard, tested by L's value, which is kept. */
static void run_shared_let(enumerator *E, ctx body, const plan_step *s, shared_call share, todo *rest)
{
    ctx lc = eval_bind_let(E->w, body, s->e);
    const sema_binder *b = s->e->u.let.defs[0]->res.binder;
    env *t = lc.env;
    while (t->binder != b) t = t->up;
    const env *from = share.let_from;
    if (from && from->kind == ENV_THUNK && (from->forced || from->known) && !from->shared) {
        t->known = true;
        t->epoch = from->epoch;
        t->v = from->v;
    }
    let_valued *lv = share.valued;
    uint32_t first = 0;
    if (lv && lv->found) {
        first = 1;
    } else if (lv && !E->stopped && !all_assigned(E, lv->eq)) {
        lv->v = eval_expr(E->w, lc, lv->eq->u.apply.args[0]);
        lv->found = true;
        first = 1;
        if (!value_guard_equals(E, lv->eq, lv->v, lv->lit)) first = s->body_plan->n + 1;
    }
    if (first <= s->body_plan->n) run_plan(E, lc, s->rhs, s->body_plan, first, rest);
    if (share.let_out) *share.let_out = t;
}

/* A guard `L = lit` (a call split node's value_guard) enter_call_plan_memo tests: what its caller knows
 * of it, and what testing it found (see walk_value_guard_call). */
typedef struct guard_memo {
    val lit;       /* in: the literal's value */
    const eval_cnode *as_caller;   /* in: L read from the caller's context (the split node's value_as_caller) */
    bool holds;    /* in: the guard is known to hold (from L's value): not tested again */
    bool found;    /* out: v is L's value, found testing the guard */
    val v;
} guard_memo;

/* Does enter_call_plan test cp's guard first, before the action is set up? (Most actions tried stop there.) */
static bool guard_first(const enumerator *E, const call_plan *cp)
{
    const plan_step *guard = &cp->plan->steps[0];
    return !all_assigned(E, cp->body) && !E->w->action_args && (is_test_step(guard->kind) || guard->kind == STEP_IN);
}

/* cp's first step, a test, tested as test_step_holds tests it in the call's body, but from the
 * caller's context c, before the parameters are bound (cp->guard_as_caller: the same value, the
 * same errors at the same places, and binding the parameters has no error to raise first). */
static inline __attribute__((always_inline)) bool guard_holds_as_caller(enumerator *E, ctx c, const call_plan *cp)
{
    const eval_cnode *k = cp->guard_as_caller;
    const syn_expr *e = cp->plan->steps[0].e;
    if (cp->guard_call && util_stack_low())
        eval_fail(E->w, e->loc, "recursion too deep in %s: the stack ran out", e->u.apply.name);
    val v = k->fn(E->w, ctx_primed_as(c, false), k);   /* the body's context is unprimed */
    if (val_is_bool(v)) return val_get_bool(v);
    if (cp->guard_conjunct) fail_conjunct_not_boolean(E, e, v);
    eval_fail_not_boolean(E->w, e, v);
}

/* A call's guard tested first from the caller's context c (guard_holds_as_caller), before its
 * parameters are bound: true where it fails (the call is passed, as enter_call would pass it); where
 * it holds, share says it is known to (enter_call enters the call with its guard held). */
static inline __attribute__((always_inline)) bool guard_fails_as_caller(enumerator *E, ctx c, const call_plan *cp,
                                                                       shared_call *share)
{
    /* guard_first's test, the guard's kind aside (a test, or it would have no guard_as_caller) */
    if (!cp->guard_as_caller || share->guard_known || E->stopped || ctx_primed(c) || all_assigned(E, cp->body) ||
        E->w->action_args)
        return false;
    E->guarding = cp;
    bool held = guard_holds_as_caller(E, c, cp);
    E->guarding = NULL;
    share->guard_known = held;
    return !held;
}

/* L = lit as the guard `L = lit` compares them (eq: the guard), v being L's value and lit the
 * literal's: the same answer and the same error as evaluating the guard. */
static bool value_guard_equals(enumerator *E, const syn_expr *eq, val v, val lit)
{
    if (v.kind == lit.kind && v.kind >= VAL_INT && v.kind <= VAL_MODEL) return v.u.i == lit.u.i;   /* the number or atom */
    return eval_equal(E->w, v, lit, eq->loc);
}

/* L of cp's guard `L = lit` read into *v from a context c outside the call (k: L compiled to be read
 * there: a split node's value_as_caller, from the call's caller's, or chain_as_caller, from the
 * caller's of the call whose body the call stands in), before anything is bound, with the value and
 * the errors (words, places, E->guarding the call) its test would give; false where guard_first would
 * not test the guard first (nothing is read). */
static inline __attribute__((always_inline)) bool guard_value_as_caller(enumerator *E, ctx c, const call_plan *cp,
                                                                       const eval_cnode *k, val *v)
{
    if (E->stopped || ctx_primed(c) || !guard_first(E, cp)) return false;
    E->guarding = cp;
    *v = k->fn(E->w, c, k);
    E->guarding = NULL;
    return true;
}

/* A chain's guard `L = lit` decided first, as guard_fails_as_caller decides a guard: L read from the
 * caller's context c (memo->as_caller, guard_value_as_caller), and compared as memo_guard_holds
 * compares it; true where it fails. Where it holds, the memo says so, and it keeps L's value either
 * way. */
static inline __attribute__((always_inline)) bool memo_fails_as_caller(enumerator *E, ctx c, const call_plan *cp,
                                                                      guard_memo *memo)
{
    if (!memo->as_caller || memo->holds || !guard_value_as_caller(E, c, cp, memo->as_caller, &memo->v)) return false;
    memo->found = true;
    E->guarding = cp;
    memo->holds = value_guard_equals(E, sema_strip(cp->plan->steps[0].e), memo->v, memo->lit);
    E->guarding = NULL;
    return !memo->holds;
}

/* The guard `L = lit` as its step would test it (L, then lit, compared), or known to hold; L's value
 * kept in the memo. */
static bool memo_guard_holds(enumerator *E, ctx c, const plan_step *guard, guard_memo *memo)
{
    if (memo->holds) return true;
    const syn_expr *eq = sema_strip(guard->e);
    memo->v = eval_expr(E->w, c, eq->u.apply.args[0]);
    memo->found = true;
    return value_guard_equals(E, eq, memo->v, memo->lit);   /* (the literal: nothing to evaluate) */
}

/* A call of an action definition TLC splits at: what walk_call and set_action do for it, without
 * deciding it all again, and for a conjunction list as body what its walk (walk_labelled, walk_form,
 * walk_list_item) does, its plan run at once. The action is named and placed as they do it. Its
 * guard, tested first, failed (nothing else was done), held, or was not tested apart; guard_known:
 * it is known to hold (the same guard held in the call walked just before), so it is not tested.
 * With a memo, the guard is `L = lit` (memo_guard_holds). With `bound`, the body's context has its
 * parameters bound already (a flat list's action whose arguments are values: flat_bind_params). With
 * `outer`, the action it is entered from (a flat list's, which outlives the call) is that one rather
 * than E->action, which is left set to the call's (its site and split point into this frame: the
 * caller sets E->action again before anything reads it). With chain_value, the call has no plan and its
 * body is a chain of guards `L = lit` whose L the caller read (walk_chain_call): its value. */
static inline __attribute__((always_inline)) guard_outcome enter_call(enumerator *E, ctx c, const syn_expr *e,
                                                                      const call_plan *cp, const split_node *body_split,
                                                                      shared_call share, todo *rest, guard_memo *memo,
                                                                      const ctx *bound, const eval_action *outer,
                                                                      const val *chain_value)
{
    /* the guard from the caller's context where it can be, before anything is bound */
    if (!bound && !memo && guard_fails_as_caller(E, c, cp, &share)) return GUARD_FAILED;
    if (memo && memo_fails_as_caller(E, c, cp, memo)) return GUARD_FAILED;
    eval_worker *w = E->w;
    const sema_def *d = cp->d;
    ctx body = ctx_subst_only(c);
    struct eval_split params = {NULL, body.env, (outer ? outer : &E->action)->split, false};
    body = bound ? *bound : eval_bind_params(w, body, c, d, e->u.apply.args, e->u.apply.nargs);
    params.top = body.env;
    if (!cp->plan) {
        if (outer) E->action = *outer;
        if (chain_value) enter_chain_walk(E, c, body, e, cp, body_split, &params, *chain_value, rest);
        else enter_call_walk(E, c, body, e, cp, body_split, &params, rest);
        return GUARD_UNTESTED;
    }
    if (E->stopped) return GUARD_UNTESTED;
    bool assigned = all_assigned(E, cp->body);
    uint32_t first = 0;
    guard_outcome outcome = GUARD_UNTESTED;
    const plan_step *guard = &cp->plan->steps[0];
    if (guard_first(E, cp)) {
        /* The guard first, before the action is set up: most actions tried stop here. Nothing reads
         * the action while it is tested but an error's report, which `guarding` stands for. */
        E->guarding = cp;
        bool test = guard->kind != STEP_IN || !plan_in_binds(E, body, cp, 0);
        bool holds = !test || share.guard_known ||
                     (memo ? memo_guard_holds(E, body, guard, memo) : test_step_holds(E, body, guard));
        E->guarding = NULL;
        if (!holds) return GUARD_FAILED;
        first = test ? 1 : 0;
        if (test) outcome = GUARD_HELD;
    }
    eval_action saved;
    if (!outer) saved = E->action;
    eval_call_site site = {e, c};
    set_call_action(E, c, e, d, cp->body->loc, &site, outer ? outer : &saved, &params);
    E->labelled = true;   /* a conjunction list: TLC's step */
    if (assigned) {
        if (test_holds(E, body, cp->body)) proceed(E, rest);
    } else if (first == 1 && cp->plan->n == 2 && cp->plan->steps[1].kind == STEP_LET && (share.let_from || share.let_out)) {
        run_shared_let(E, body, &cp->plan->steps[1], share, rest);
    } else {
        run_plan(E, body, cp->body, cp->plan, first, rest);
    }
    E->labelled = false;
    if (!outer) E->action = saved;
    return outcome;
}

/* enter_call without a memo (the calls that take no part in a chain of guards `L = lit`). */
static guard_outcome enter_call_plan(enumerator *E, ctx c, const syn_expr *e, const call_plan *cp,
                                     const split_node *body_split, shared_call share, todo *rest)
{
    return enter_call(E, c, e, cp, body_split, share, rest, NULL, NULL, NULL, NULL);
}

/* The same where cp's guard is `L = lit` (memo: see guard_memo); nothing shared with the call before. */
static __attribute__((noinline)) guard_outcome enter_call_plan_memo(enumerator *E, ctx c, const syn_expr *e,
                                                                    const call_plan *cp, const split_node *body_split,
                                                                    todo *rest, guard_memo *memo)
{
    return enter_call(E, c, e, cp, body_split, (shared_call){0}, rest, memo, NULL, NULL, NULL);
}

/* Is a conjunction list in context c walked by its plan (in an action)? */
static bool list_planned(const enumerator *E, ctx c)
{
    return !(E->init || E->spec || E->split_only || ctx_primed(c) || E->w->ep->sema->nvars > PLAN_MAX_VARS);
}

/* Item i of a conjunction list, the items after it to follow: by the list's plan in an action. */
static void walk_list_item(enumerator *E, ctx c, const syn_expr *list, uint32_t i, todo *rest)
{
    if (!list_planned(E, c)) {
        walk_item(E, c, list, i, rest);
        return;
    }
    run_plan(E, c, list, plan_of(E->w, list), i, rest);
}

/* An \E walked from c with step s (no hoist), whose body, stripped, is a conjunction list run by its
 * plan for every value (none of the conditions on the way changes with the value but those
 * exists_list_body tests): s's list and plan set, true; false for the other bodies. The bound names
 * are not primed: the values' contexts are as primed as c. */
static bool exists_list_of(enumerator *E, ctx c, exists_step *s)
{
    const syn_expr *body = sema_strip(s->body);
    if (body->kind != SX_CONJ_LIST || s->split || E->pick || !list_planned(E, c)) return false;
    s->list = body;
    s->plan = plan_of(E->w, body);
    return true;
}

/* ---- action composition ------------------------------------------------------------------------- */

_Noreturn void eval_fail_unset_variable(eval_worker *w, syn_loc loc, const sema_decl *d)
{
    eval_fail(w, loc,
              "variable %s has no value in the intermediate state of an action composition A \\cdot B: "
              "A does not give it one",
              d->name);
}

static cdot *new_cdot(eval_worker *w, ctx c, const syn_expr *e)
{
    uint32_t n = w->ep->sema->nvars;
    cdot *f = arena_zalloc(&w->scratch, sizeof *f);
    f->b = e->u.apply.args[1];
    f->c = c;
    f->from = w->state;
    f->entry = arena_alloc(&w->scratch, sizeof(val) * (n + 1));
    f->entry_bound = arena_alloc(&w->scratch, sizeof(bool) * (n + 1));
    memcpy(f->entry, w->next, n * sizeof(val));
    memcpy(f->entry_bound, w->next_bound, n * sizeof(bool));
    return f;
}

/* A \cdot B: first A from s, with the bindings made so far (TLC starts the intermediate state from
 * them too); cdot_middle takes over at each state A reaches. */
static void walk_cdot(enumerator *E, ctx c, const syn_expr *e, todo *rest)
{
    if (E->init) eval_fail(E->w, e->loc, "action composition (\\cdot) cannot appear in an initial predicate");
    cdot *f = new_cdot(E->w, c, e);
    E->composing++;
    walk(E, c, e->u.apply.args[0], TODO_CDOT(TODO_CDOT_MIDDLE, f, rest), false);
    E->composing--;
}

/* Does B hold from t to the given final state? (test mode) */
static bool cdot_reaches_target(eval_worker *w, cdot *f, const val *t)
{
    val *next = w->next;
    bool *bound = w->next_bound;
    bool complete = w->next_complete;
    const val *s = w->state;
    w->next = f->target;
    w->next_bound = f->target_bound;
    w->next_complete = f->target_complete;
    eval_switch_state(w, t, false);
    bool holds = eval_truth(w, f->c, f->b);
    eval_switch_state(w, s, false);
    w->next = next;
    w->next_bound = bound;
    w->next_complete = complete;
    return holds;
}

/* A has reached t: walk B from t, starting again from the bindings made before the composition.
 * A variable A left without a value has none in t (reading it is an error). The bindings of A are
 * put back afterwards, for A's other branches. */
static void cdot_middle(enumerator *E, cdot *f, todo *rest)
{
    eval_worker *w = E->w;
    uint32_t n = w->ep->sema->nvars;
    val *t = arena_alloc(&w->scratch, sizeof(val) * (n + 1));
    for (uint32_t i = 0; i < n; i++) t[i] = w->next_bound[i] ? w->next[i] : (val){0};
    if (f->test) {
        if (cdot_reaches_target(w, f, t)) E->stopped = true;
        return;
    }
    w->intermediate++;
    val *a_next = arena_alloc(&w->scratch, sizeof(val) * (n + 1));
    bool *a_bound = arena_alloc(&w->scratch, sizeof(bool) * (n + 1));
    memcpy(a_next, w->next, n * sizeof(val));
    memcpy(a_bound, w->next_bound, n * sizeof(bool));
    memcpy(w->next, f->entry, n * sizeof(val));
    memcpy(w->next_bound, f->entry_bound, n * sizeof(bool));
    const val *s = w->state;
    eval_switch_state(w, t, false);
    walk(E, f->c, f->b, TODO_CDOT(TODO_CDOT_END, f, rest), false);
    eval_switch_state(w, s, false);
    memcpy(w->next, a_next, n * sizeof(val));
    memcpy(w->next_bound, a_bound, n * sizeof(bool));
}

/* B has reached u: what follows the composition reads s again. */
static void cdot_end(enumerator *E, cdot *f, todo *rest)
{
    eval_worker *w = E->w;
    const val *t = w->state;
    eval_switch_state(w, f->from, false);
    proceed(E, rest);
    eval_switch_state(w, t, false);
}

/* ---- one action at random (eval_pick_action) ---------------------------------------------------- */

static uint64_t next_draw(enumerator *E)
{
    uint64_t z = (E->pick += 0x9E3779B97F4A7C15u);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9u;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBu;
    return z ^ (z >> 31);
}

/* The memo of the step's first random choice (n branches) when the enumeration is from the state of
 * the last one (eval_pick_same_state), else NULL. The walk to the first choice depends on the state
 * alone, so it is the same choice each time. */
static struct pick_memo *first_choice_memo(enumerator *E, uint32_t n)
{
    E->first_choice = false;
    struct pick_memo *memo = &E->w->pick_memo;
    if (!memo->same || n > 16) return NULL;
    if (memo->n != n) {
        memset(memo->known, 0, sizeof memo->known);
        memo->n = n;
    }
    return memo;
}

/* Branch i of the first choice: skipped if the memo knows it has no successor, else walked and noted
 * there if it reported no state and changed nothing but the draws and the place of the step last
 * walked (set again by the walk of any branch before it reports a state: walk_labelled). */
static void walk_first_branch(enumerator *E, branch_fn branch, void *data, uint32_t i, struct pick_memo *memo)
{
    if (memo->known[i]) {
        E->pick += memo->advance[i];
        E->action.loc = memo->loc[i];
        return;
    }
    eval_worker *w = E->w;
    uint64_t pick = E->pick, emitted = E->emitted, rejected = w->pick_rejected, intermediate = w->intermediate;
    eval_action action = E->action;
    bool labelled = E->labelled;
    uint32_t unbound = E->unbound, composing = E->composing;
    branch(E, data, i);
    syn_loc loc = E->action.loc;
    action.loc = loc;
    if (E->emitted == emitted && w->pick_rejected == rejected && w->intermediate == intermediate && !E->stopped &&
        E->labelled == labelled && E->unbound == unbound && E->composing == composing && !E->guarding &&
        memcmp(&E->action, &action, sizeof action) == 0) {
        memo->known[i] = true;
        memo->advance[i] = E->pick - pick;
        memo->loc[i] = loc;
    }
}

/* walk_one_branch's loop for the first choice with a memo (out of its loop: that one is hot). */
static __attribute__((noinline)) void walk_first_choice(enumerator *E, branch_fn branch, void *data,
                                                        const uint32_t *order, struct pick_memo *memo, uint64_t before)
{
    for (uint32_t i = 0; i < memo->n && E->emitted - E->w->pick_rejected == before && !E->stopped; i++)
        walk_first_branch(E, branch, data, order[i], memo);
}

/* Branches 0 .. n-1 in an order drawn at random, until one reports a state. */

static void walk_one_branch(enumerator *E, uint32_t n, branch_fn branch, void *data)
{
    if (E->collecting) {   /* every branch's actions are listed */
        for (uint32_t i = 0; i < n && !E->stopped; i++) branch(E, data, i);
        return;
    }
    uint32_t few[16];   /* most choices are between a few branches: no memory taken for them */
    uint32_t *order = n <= 16 ? few : arena_alloc(&E->w->scratch, sizeof(uint32_t) * n);
    for (uint32_t i = 0; i < n; i++) order[i] = i;
    for (uint32_t i = n; i > 1; i--) {
        uint32_t j = (uint32_t)(((next_draw(E) >> 32) * i) >> 32), t = order[i - 1];
        order[i - 1] = order[j];
        order[j] = t;
    }
    uint64_t before = E->emitted - E->w->pick_rejected;   /* the states that count (eval_pick_reject) */
    struct pick_memo *memo = E->first_choice ? first_choice_memo(E, n) : NULL;
    if (memo) {
        walk_first_choice(E, branch, data, order, memo, before);
        return;
    }
    for (uint32_t i = 0; i < n && E->emitted - E->w->pick_rejected == before && !E->stopped; i++)
        branch(E, data, order[i]);
}

typedef struct disjuncts { ctx c; syn_expr *const *items; todo *rest; bool splitting; } disjuncts;

static void walk_disjunct(enumerator *E, void *data, uint32_t i)
{
    disjuncts *d = data;
    walk(E, d->c, d->items[i], d->rest, d->splitting);
}

/* Does this choice go one way at random? (an action's, or with `one` any) */
static bool at_random(const enumerator *E, bool splitting) { return E->pick && (splitting || E->one); }

/* \E's instances: collected, then walked in a random order. */
typedef struct instances {
    ctx *items; uint32_t len, cap; const syn_expr *body; todo *rest; bool splitting, split; const env *outer;
} instances;

static bool collect_instance(eval_worker *w, void *data, ctx inner)
{
    instances *in = data;
    ARENA_VEC_PUSH(&w->scratch, *in, inner);   /* in the scratch arena: an error may unwind from here */
    return true;
}

static void walk_instance(enumerator *E, void *data, uint32_t i)
{
    instances *in = data;
    walk_exists_instance(E, in->items[i], in->outer, in->split, in->body, in->rest, in->splitting);
}

static void walk_random_exists(enumerator *E, ctx c, const syn_expr *e, todo *rest, bool splitting)
{
    instances in = {.body = e->u.q.body, .rest = rest, .splitting = splitting, .split = splitting && !E->labelled,
                    .outer = c.env};
    eval_for_bindings(E->w, c, e->u.q.bounds, e->u.q.nbounds, e->loc, collect_instance, &in);
    walk_one_branch(E, in.len, walk_instance, &in);
}

/* TLC's order of an \E's instances where it splits the \E: its first name changes fastest (tlc-c's
 * enumeration changes the last fastest), so by their values, the last name's first. */
static int tlc_instance_order(ctx a, ctx b, const env *outer)
{
    const env *x[MAX_SPLIT_NAMES], *y[MAX_SPLIT_NAMES];
    uint32_t n = split_entries(&(struct eval_split){a.env, outer, NULL, true}, x);
    uint32_t m = split_entries(&(struct eval_split){b.env, outer, NULL, true}, y);
    for (uint32_t i = 0; i < n && i < m; i++) {
        int d = x[i]->kind == ENV_VALUE && y[i]->kind == ENV_VALUE ? val_compare(x[i]->v, y[i]->v) : 0;
        if (d) return d;
    }
    return 0;
}

static void walk_split_exists(enumerator *E, ctx c, const syn_expr *e, todo *rest)
{
    instances in = {.body = e->u.q.body, .rest = rest, .splitting = true, .split = true, .outer = c.env};
    eval_for_bindings(E->w, c, e->u.q.bounds, e->u.q.nbounds, e->loc, collect_instance, &in);
    for (uint32_t i = 1; i < in.len; i++)   /* a stable insertion sort: a handful of instances, once a run */
        for (uint32_t j = i; j > 0 && tlc_instance_order(in.items[j - 1], in.items[j], c.env) > 0; j--) {
            ctx t = in.items[j];
            in.items[j] = in.items[j - 1];
            in.items[j - 1] = t;
        }
    for (uint32_t i = 0; i < in.len && !E->stopped; i++) walk_instance(E, &in, i);
}

/* A disjunct of forall_tests_of's definition that walk tests whole, neither branching nor binding:
 * `L = R` whose L is neither primed nor a bound name (which may stand for x': target_of), tested by
 * walk_eq's eval_truth; `A # B` or a call walk_call does not walk into (test_holds); or `A /\ B` of
 * such (A walked, then B). */
static bool forall_test_ok(enumerator *E, const syn_expr *e)
{
    e = sema_strip(e);
    if (e->kind != SX_APPLY || e->level > LEVEL_STATE) return false;
    const sema_ref *r = e->u.apply.res;
    if (r->kind == REF_BUILTIN) {
        if (r->builtin == B_AND) return forall_test_ok(E, e->u.apply.args[0]) && forall_test_ok(E, e->u.apply.args[1]);
        if (r->builtin == B_NEQ) return true;
        if (r->builtin != B_EQ) return false;
        const syn_expr *l = sema_strip(e->u.apply.args[0]);
        if (l->kind != SX_APPLY) return true;
        return l->u.apply.nargs ? !sema_is_builtin(l, B_PRIME) : l->u.apply.res->kind != REF_BOUND;
    }
    if (r->kind != REF_DEF || inner_plan_of(E->w, e)) return false;
    return !walks_into(E->w->ep, r->def, eval_ref_def(E->w->ep, r->def, r), e, LEVEL_ACTION);
}

/* \A x \in S : D(args) (Enter's `\A q \in Proc \ {p} : beats(p, q)`) where walk_call walks into D
 * (no instance path, no inner plan) and D's body is a disjunction list of tests (forall_test_ok),
 * walked in order, none at random: D, else NULL. */
static const sema_def *forall_tests_of(enumerator *E, ctx c, const syn_expr *forall)
{
    if (E->init || E->spec || E->split_only || E->one || ctx_primed(c)) return NULL;
    const syn_expr *call = sema_strip(forall->u.q.body);
    if (call->kind != SX_APPLY || call->level > LEVEL_STATE) return NULL;
    const sema_ref *r = call->u.apply.res;
    if (r->kind != REF_DEF || r->npath || inner_plan_of(E->w, call)) return NULL;
    const sema_def *d = eval_ref_def(E->w->ep, r->def, r);
    const syn_expr *body = sema_strip(d->body);
    if (!walks_into(E->w->ep, r->def, d, call, LEVEL_ACTION) || body->kind != SX_DISJ_LIST) return NULL;
    for (uint32_t i = 0; i < body->u.list.nitems; i++)
        if (!forall_test_ok(E, body->u.list.items[i])) return NULL;
    return d;
}

static bool forall_test_holds(enumerator *E, ctx c, const syn_expr *e)
{
    e = sema_strip(e);
    if (sema_is_builtin(e, B_AND))
        return forall_test_holds(E, c, e->u.apply.args[0]) && forall_test_holds(E, c, e->u.apply.args[1]);
    if (sema_is_builtin(e, B_EQ)) return eval_truth(E->w, c, e);
    return test_holds(E, c, e);
}

/* The instances from the i-th on of forall_tests_of's \A, as walk walks them: the call's parameters
 * bound (walk_call), then each disjunct that holds followed by the next instance, the last by rest. */
static void forall_tests_from(enumerator *E, const instances *in, uint32_t i, const syn_expr *call,
                              const sema_def *d, todo *rest)
{
    if (i == in->len) {
        proceed(E, rest);
        return;
    }
    ctx at = in->items[i];
    ctx body = eval_bind_params(E->w, ctx_subst_only(at), at, d, call->u.apply.args, call->u.apply.nargs);
    const syn_expr *list = sema_strip(d->body);
    for (uint32_t k = 0; k < list->u.list.nitems && !E->stopped; k++)
        if (forall_test_holds(E, body, list->u.list.items[k])) forall_tests_from(E, in, i + 1, call, d, rest);
}

/* \A x \in S : P whose body can branch: TLC walks it as the conjunction of P's instances. */
static __attribute__((noinline)) void walk_forall(enumerator *E, ctx c, const syn_expr *e, todo *rest)
{
    instances in = {0};
    eval_for_bindings(E->w, c, e->u.q.bounds, e->u.q.nbounds, e->loc, collect_instance, &in);
    if (!in.len) {
        proceed(E, rest);
        return;
    }
    const sema_def *tests = forall_tests_of(E, c, e);
    if (tests) {
        forall_tests_from(E, &in, 0, sema_strip(e->u.q.body), tests, rest);
        return;
    }
    for (uint32_t i = in.len; i-- > 1;) {   /* as many as S has elements: in the arena */
        todo *t = arena_alloc(&E->w->scratch, sizeof *t);
        *t = (todo){.kind = TODO_WALK, .e = e->u.q.body, .c = in.items[i], .next = rest};
        rest = t;
    }
    walk(E, in.items[0], e->u.q.body, rest, false);
}

/* f[a] for a function definition f[x \in S] == P whose body can branch: TLC walks P with x bound to
 * a. */
static __attribute__((noinline)) bool walk_function(enumerator *E, ctx c, const syn_expr *e, todo *rest)
{
    eval_worker *w = E->w;
    const sema_def *d = applied_function(w->ep, e);
    if (!d || !def_may_branch(w->ep, d, 0)) return false;
    ctx body;
    if (eval_function_def(w, c, e->u.fapp.fn, &body) != d) return false;
    val arg = eval_arg_tuple(w, c, e->u.fapp.args, e->u.fapp.nargs);
    body = eval_bind_function_arg(w, body, d, arg, e);
    eval_enter_call(w, e->loc, d->name);
    walk(E, body, d->body->u.q.body, rest, false);
    w->depth--;
    return true;
}

static void walk_apply(enumerator *E, ctx c, const syn_expr *e, todo *rest, bool splitting)
{
    eval_worker *w = E->w;
    const sema_ref *r = e->u.apply.res;
    if (r->kind == REF_BUILTIN) {
        syn_expr *const *a = e->u.apply.args;
        switch (r->builtin) {
        case B_AND: walk(E, c, a[0], TODO(TODO_WALK, a[1], c, rest), false); return;
        case B_OR:
            if (at_random(E, splitting)) {
                disjuncts d = {c, a, rest, splitting};
                walk_one_branch(E, 2, walk_disjunct, &d);
                return;
            }
            walk(E, c, a[0], rest, splitting);
            if (!E->stopped) walk(E, c, a[1], rest, splitting);
            return;
        case B_EQ: walk_eq(E, c, e, rest); return;
        case B_IN: walk_in(E, c, e, rest); return;
        case B_UNCHANGED: walk_unchanged(E, c, a[0], rest); return;
        case B_IMPLIES:
            if (!eval_truth(w, c, a[0])) proceed(E, rest);
            else walk(E, c, a[1], rest, false);
            return;
        case B_CDOT: walk_cdot(E, c, e, rest); return;
        default: break;
        }
    } else if (walk_call(E, c, e, rest, splitting)) {
        return;
    }
    if (E->split_only) {   /* a call TLC takes as the step */
        if (splitting && !E->labelled) E->fn(E->fn_ctx, NULL, &E->action);
        return;
    }
    if (test_holds(E, c, e)) proceed(E, rest);
}

/* A whole specification Init /\ [][Next]_v /\ fairness: its temporal parts are skipped (Init),
 * give the action (Next), or are fairness (ignored here); state predicates are Init only. */
static bool walk_spec_part(enumerator *E, ctx c, const syn_expr *e, todo *rest, bool splitting)
{
    if (e->level == LEVEL_TEMPORAL) {
        if (sema_is_builtin(e, B_ALWAYS)) {
            const syn_expr *a = sema_strip(e->u.apply.args[0]);
            if (E->init) {
                proceed(E, rest);
            } else {
                if (a->kind != SX_BOX_ACTION) eval_fail(E->w, e->loc, "expected [][Next]_vars in the specification");
                E->spec = false;   /* the action's state predicates are guards, not initial conditions */
                walk(E, c, a->u.bin.a, TODO(TODO_SPEC_ON, e, c, rest), splitting);
                E->spec = true;
            }
            return true;
        }
        if (e->kind == SX_WF || e->kind == SX_SF || e->kind == SX_FORALL || e->kind == SX_EXISTS) {
            proceed(E, rest);
            return true;
        }
        return false;   /* conjunctions and definitions are walked as usual */
    }
    if (!E->init && e->level <= LEVEL_STATE) {
        proceed(E, rest);
        return true;
    }
    return false;
}

/* Does TLC split the next-state relation further at e (Tool.getActions)? It splits disjunctions,
 * LETs, \E over sets it can compute from constants, and calls; the first other expression is the
 * step, labelled with its place and the name of the definition last entered. */
static bool tlc_splits(const syn_expr *e)
{
    switch (e->kind) {
    case SX_DISJ_LIST: case SX_LET: return true;
    case SX_EXISTS:
        for (uint32_t i = 0; i < e->u.q.nbounds; i++)
            if (!e->u.q.bounds[i].set || e->u.q.bounds[i].set->level > LEVEL_CONSTANT) return false;
        return true;
    case SX_APPLY: {
        const sema_ref *r = e->u.apply.res;
        return r && (r->kind != REF_BUILTIN || r->builtin == B_OR);
    }
    default: return false;
    }
}

static void flat_collect(enumerator *E, ctx c, const syn_expr *e, todo *rest);
static void flat_keep(enumerator *E, ctx c, const syn_expr *e, const call_plan *cp, todo *rest);
static void walk_node(enumerator *E, ctx c, const syn_expr *e, todo *rest, bool splitting);
static void walk_labelled(enumerator *E, ctx c, const syn_expr *e, todo *rest, bool splitting);
static void walk_form(enumerator *E, ctx c, const syn_expr *e, todo *rest, bool splitting);
static bool walk_split(enumerator *E, ctx c, const syn_expr *e, todo *rest);

/* Most walks are past the expression that names the step: they go straight to walk_node. Always in
 * line: given one more caller (forall_tests_from), GCC made it a call, and walk_split_node's walks
 * cost 2.4% more of SimpleRegular's instructions. */
static inline __attribute__((always_inline)) void walk(enumerator *E, ctx c, const syn_expr *e, todo *rest, bool splitting)
{
    if (splitting && !E->init && !E->labelled) walk_labelled(E, c, e, rest, splitting);
    else walk_node(E, c, e, rest, splitting);
}

static __attribute__((noinline)) void walk_labelled(enumerator *E, ctx c, const syn_expr *e, todo *rest,
                                                    bool splitting)
{
    if (E->stopped) return;
    e = sema_strip(e);
    if (E->spec && walk_spec_part(E, c, e, rest, splitting)) return;
    E->action.loc = e->loc;
    E->labelled = !tlc_splits(e);
    if (E->collecting) flat_collect(E, c, e, rest);
    else if (E->labelled && E->split_only) E->fn(E->fn_ctx, NULL, &E->action);
    else if (E->labelled || !walk_split(E, c, e, rest)) walk_form(E, c, e, rest, splitting);
    E->labelled = false;
}

static bool walk_random_split(enumerator *E, ctx c, const syn_expr *e, todo *rest);
static bool walk_split_call(enumerator *E, ctx c, const syn_expr *e, todo *rest);

/* Where TLC splits the relation (e stripped, not yet labelled) outside the listing of actions and a
 * specification's parts: a disjunction, an \E or a call with its plan, walked as walk_form walks
 * them without its frame (one branch drawn in a random pick); false for the rest. */
static bool walk_split(enumerator *E, ctx c, const syn_expr *e, todo *rest)
{
    if (E->split_only || E->spec || all_assigned(E, e)) return false;
    if (E->pick) return walk_random_split(E, c, e, rest);
    switch (e->kind) {
    case SX_DISJ_LIST:
        for (uint32_t i = 0; i < e->u.list.nitems && !E->stopped; i++) walk(E, c, e->u.list.items[i], rest, true);
        return true;
    case SX_EXISTS: {
        exists_step s = {.E = E, .body = e->u.q.body, .rest = rest, .splitting = true, .split = true, .outer = c.env};
        eval_for_bindings(E->w, c, e->u.q.bounds, e->u.q.nbounds, e->loc, exists_body, &s);
        return true;
    }
    case SX_APPLY: {
        const sema_ref *r = e->u.apply.res;
        if (r->kind == REF_BUILTIN) {
            if (r->builtin != B_OR) return false;
            walk(E, c, e->u.apply.args[0], rest, true);
            if (!E->stopped) walk(E, c, e->u.apply.args[1], rest, true);
            return true;
        }
        return walk_split_call(E, c, e, rest);
    }
    default: return false;
    }
}

/* A call of a definition with its plan (walk_call's first case); false for the other calls. */
static bool walk_split_call(enumerator *E, ctx c, const syn_expr *e, todo *rest)
{
    if (e->u.apply.res->kind != REF_DEF) return false;
    const call_plan *cp = call_plan_of(E->w, e);
    if (!cp) return false;
    if (util_stack_low())   /* as walk_call */
        eval_fail_coded(E->w, e->loc, "recursion too deep in %s: the stack ran out", e->u.apply.name);
    if (E->collecting && cp->plan) flat_keep(E, c, e, cp, rest);   /* an action: TLC's step is its body */
    else enter_call_plan(E, c, e, cp, NULL, (shared_call){0}, rest);
    return true;
}

/* walk_split in a random pick (-simulate, -generate): the branches drawn as walk_form draws them
 * (at_random holds: the walk is splitting), so the draws and the walks are the same. */
static bool walk_random_split(enumerator *E, ctx c, const syn_expr *e, todo *rest)
{
    switch (e->kind) {
    case SX_DISJ_LIST: {
        disjuncts d = {c, e->u.list.items, rest, true};
        walk_one_branch(E, e->u.list.nitems, walk_disjunct, &d);
        return true;
    }
    case SX_EXISTS: walk_random_exists(E, c, e, rest, true); return true;
    case SX_APPLY: {
        const sema_ref *r = e->u.apply.res;
        if (r->kind != REF_BUILTIN) return walk_split_call(E, c, e, rest);
        if (r->builtin != B_OR) return false;
        disjuncts d = {c, e->u.apply.args, rest, true};
        walk_one_branch(E, 2, walk_disjunct, &d);
        return true;
    }
    default: return false;
    }
}

/* ---- TLC's split of the relation, resolved once --------------------------------------------------
 * In the search's usual case (walk_split's), the relation's split (disjunctions, \E over constant
 * sets, calls with a plan) is walked from nodes made once per worker per expression: each holds what
 * walk_labelled and walk_split decide for its expression, and its children, so that walking it
 * repeats neither the decisions nor the look-up of a call's plan. Any other expression is a WALK
 * node, walked by walk_labelled. The walk of a node does what walk_labelled does for it, in the same
 * order (the action's place set first), so states, counts and errors are the same. */

static split_node *split_node_of(eval_worker *w, const syn_expr *e);

static void split_children(eval_worker *w, split_node *s, syn_expr *const *items, uint32_t n)
{
    s->items = util_xmalloc(sizeof *s->items * n);
    s->n = n;
    for (uint32_t i = 0; i < n; i++) s->items[i] = split_node_of(w, items[i]);
}

/* ---- a guard shared by calls walked one after the other ---------------------------------------
 * `A(p, q) \/ B(p, q)` where A and B start with the same test (`network[q][p] # << >>` in each of
 * LamportMutex's three Receive actions): when A's guard, tested first (enter_call_plan), does not
 * hold, B's would not either, in the same state, with the same arguments and nothing bound since:
 * B is passed without testing it again; when it held, B's holds too: B is entered without testing
 * it (walk_split_call_node). "The same" is the same expression, node by node, with A's
 * parameters in the places of B's, and nothing in it that could differ between two evaluations:
 * only literals, variables, constants, parameters, built-in operators and the standard modules'
 * pure native operators called as written (no Print, no RandomElement, no .cfg override). */

static bool same_guard_exprs(const eval_program *ep, const syn_expr *a, const sema_def *da, const syn_expr *b,
                             const sema_def *db);

static bool same_guard_lists(const eval_program *ep, syn_expr *const *a, const sema_def *da, syn_expr *const *b,
                             const sema_def *db, uint32_t n)
{
    for (uint32_t i = 0; i < n; i++)
        if (!same_guard_exprs(ep, a[i], da, b[i], db)) return false;
    return true;
}

/* A parameter's position in d, or -1. */
static int param_index(const sema_def *d, const sema_binder *b)
{
    for (uint32_t i = 0; d && i < d->nparams; i++)
        if (d->params[i] == b) return (int)i;
    return -1;
}

/* A pure native operator of the standard modules, evaluated as written. */
static bool pure_native(const eval_program *ep, const sema_def *d)
{
    return d->native && d->module && d->module->is_standard && !eval_def_impure(d) && !ep->def_override[d->id] &&
           !ep->def_value[d->id];
}

/* Do the names a and b (applied to the same arguments) denote the same thing? da and db: the
 * definitions whose parameters correspond (NULL: a call's arguments, in one context). */
static bool same_guard_refs(const eval_program *ep, const sema_ref *a, const sema_def *da, const sema_ref *b,
                            const sema_def *db)
{
    if (a->kind != b->kind || a->npath || b->npath) return false;
    switch (a->kind) {
    case REF_BUILTIN: return a->builtin == b->builtin;
    case REF_BOUND: {
        if (!da) return a->binder == b->binder;
        int i = param_index(da, a->binder);
        return i >= 0 && i == param_index(db, b->binder) && !da->params[i]->arity;
    }
    case REF_DEF: return a->def == b->def && pure_native(ep, a->def);
    case REF_DECL: return a->decl == b->decl;
    }
    return false;
}

static bool same_guard_exprs(const eval_program *ep, const syn_expr *a, const sema_def *da, const syn_expr *b,
                             const sema_def *db)
{
    a = sema_strip(a);
    b = sema_strip(b);
    if (a->kind != b->kind) return false;
    switch (a->kind) {
    case SX_NUM: return !a->u.n.num_text && !b->u.n.num_text && a->u.n.num == b->u.n.num;
    case SX_STR: return a->u.str == b->u.str;
    case SX_APPLY:
        return a->u.apply.nargs == b->u.apply.nargs && same_guard_refs(ep, a->u.apply.res, da, b->u.apply.res, db) &&
               same_guard_lists(ep, a->u.apply.args, da, b->u.apply.args, db, a->u.apply.nargs);
    case SX_FAPPLY:
        return a->u.fapp.nargs == b->u.fapp.nargs && same_guard_exprs(ep, a->u.fapp.fn, da, b->u.fapp.fn, db) &&
               same_guard_lists(ep, a->u.fapp.args, da, b->u.fapp.args, db, a->u.fapp.nargs);
    case SX_DOT: return a->u.dot.field == b->u.dot.field && same_guard_exprs(ep, a->u.dot.rec, da, b->u.dot.rec, db);
    case SX_TUPLE: case SX_SET_ENUM:
        return a->u.list.nitems == b->u.list.nitems &&
               same_guard_lists(ep, a->u.list.items, da, b->u.list.items, db, a->u.list.nitems);
    default: return false;
    }
}

/* ---- tests hoisted out of an \E (exists_hoist) --------------------------------------------------- */

static bool bound_by(const syn_expr *ex, const sema_binder *b)
{
    for (uint32_t g = 0; g < ex->u.q.nbounds; g++)
        for (uint32_t i = 0; i < ex->u.q.bounds[g].nnames; i++)
            if (ex->u.q.bounds[g].res[i] == b) return true;
    return false;
}

/* An argument with one value for every value of the \E ex: a literal, or a name bound outside ex. */
static bool arg_outside(const syn_expr *a, const syn_expr *ex)
{
    a = sema_strip(a);
    if (a->kind == SX_NUM || a->kind == SX_STR) return true;
    if (a->kind != SX_APPLY || a->u.apply.nargs || a->u.apply.npath) return false;
    return a->u.apply.res->kind == REF_BOUND && !bound_by(ex, a->u.apply.res->binder);
}

/* A definition without parameters TLC takes as a constant value (a .cfg value, a constant body). */
static bool constant_name(const eval_program *ep, const sema_ref *r)
{
    const sema_def *d = eval_ref_def(ep, r->def, r);
    return ep->def_value[r->def->id] || (!d->native && !d->is_function && d->nparams == 0 && d->level == LEVEL_CONSTANT);
}

static bool names_outside(const eval_program *ep, const syn_expr *x, const sema_def *d, const syn_expr *call,
                          const syn_expr *ex);

static bool all_outside(const eval_program *ep, syn_expr *const *xs, uint32_t n, const sema_def *d,
                        const syn_expr *call, const syn_expr *ex)
{
    for (uint32_t i = 0; i < n; i++)
        if (!names_outside(ep, xs[i], d, call, ex)) return false;
    return true;
}

/* Is x, in the body of d called by `call` (the body of the \E ex), of one value for every value of
 * ex, and pure (no Print, no random choice)? Its names: built-in operators, pure operators of the
 * standard modules, constant definitions, variables and constants, and d's parameters whose
 * arguments are arg_outside; its forms: applications, f[a], r.f, tuples and set enumerations. */
static bool names_outside(const eval_program *ep, const syn_expr *x, const sema_def *d, const syn_expr *call,
                          const syn_expr *ex)
{
    x = sema_strip(x);
    switch (x->kind) {
    case SX_NUM: case SX_STR: return true;
    case SX_APPLY: {
        const sema_ref *r = x->u.apply.res;
        if (x->u.apply.npath || r->npath) return false;
        switch (r->kind) {
        case REF_BUILTIN: break;
        case REF_BOUND: {
            int i = param_index(d, r->binder);
            if (i < 0 || d->params[i]->arity || x->u.apply.nargs || !arg_outside(call->u.apply.args[i], ex)) return false;
            break;
        }
        case REF_DEF:
            if (!pure_native(ep, r->def) && (x->u.apply.nargs || !constant_name(ep, r))) return false;
            break;
        case REF_DECL:
            if (r->decl->arity) return false;
            break;
        default: return false;
        }
        return all_outside(ep, x->u.apply.args, x->u.apply.nargs, d, call, ex);
    }
    case SX_FAPPLY:
        return names_outside(ep, x->u.fapp.fn, d, call, ex) && all_outside(ep, x->u.fapp.args, x->u.fapp.nargs, d, call, ex);
    case SX_DOT: return names_outside(ep, x->u.dot.rec, d, call, ex);
    case SX_TUPLE: case SX_SET_ENUM: return all_outside(ep, x->u.list.items, x->u.list.nitems, d, call, ex);
    default: return false;
    }
}

/* The level of h's chain whose \E binds b, or -1. */
static int chain_level(const exists_hoist *h, const sema_binder *b)
{
    for (uint32_t l = 0; l < h->nlevels; l++)
        if (bound_by(h->levels[l], b)) return (int)l;
    return -1;
}

/* Sets h->reuse, the parameters taking the chain's names by level, and own_from (see exists_hoist). */
static void hoist_reuse(exists_hoist *h)
{
    const sema_def *d = h->cp->d;
    const syn_expr *call = h->call;
    if (!d->nparams || call->u.apply.nargs != d->nparams) return;
    uint32_t level_of[HOIST_MAX_OWN];
    for (uint32_t i = 0; i < d->nparams; i++) {
        if (d->params[i]->arity) return;
        const syn_expr *a = sema_strip(call->u.apply.args[i]);
        bool literal = a->kind == SX_NUM || a->kind == SX_STR;
        bool bound_name = a->kind == SX_APPLY && !a->u.apply.nargs && !a->u.apply.npath &&
                          a->u.apply.res->kind == REF_BOUND;
        int level = bound_name ? chain_level(h, a->u.apply.res->binder) : -1;
        if (level >= 0) {
            if (h->nown == HOIST_MAX_OWN) return;
            uint32_t k = h->nown++;
            for (; k > 0 && level_of[k - 1] > (uint32_t)level; k--) {
                h->own[k] = h->own[k - 1];
                level_of[k] = level_of[k - 1];
            }
            h->own[k] = i;
            level_of[k] = (uint32_t)level;
        } else if (!literal && !bound_name) {
            return;
        }
    }
    for (uint32_t l = 0, k = 0; l < h->nlevels; l++) {
        while (k < h->nown && level_of[k] < l) k++;
        h->own_from[l] = k;
    }
    h->reuse = true;
}

/* h->fixed: of the n tests hoisted out of the innermost \E, how many lead naming nothing bound at
 * each level or deeper. */
static void hoist_fixed(const eval_program *ep, exists_hoist *h)
{
    const plan_step *steps = h->cp->plan->steps;
    h->fixed[h->nlevels - 1] = h->n;
    for (uint32_t l = h->nlevels - 1; l-- > 0;) {
        uint32_t k = 0;
        while (k < h->fixed[l + 1] && names_outside(ep, steps[k].e, h->cp->d, h->call, h->levels[l])) k++;
        h->fixed[l] = k;
    }
}

/* exists_hoist_of's hoist for ex, not made yet, kept in `table`: the \E's inside ex's body, if any,
 * down to the call (the chain's levels), and the tests hoisted out of the innermost. */
static __attribute__((noinline)) exists_hoist *make_exists_hoist(eval_worker *w, plan_table *table,
                                                                 const syn_expr *ex)
{
    exists_hoist *h = util_xcalloc(1, sizeof *h);
    const syn_expr *innermost = ex, *call = sema_strip(ex->u.q.body);
    h->levels[h->nlevels++] = ex;
    while (call->kind == SX_EXISTS && h->nlevels < HOIST_MAX_LEVELS) {
        innermost = call;
        h->levels[h->nlevels++] = call;
        call = sema_strip(call->u.q.body);
    }
    const call_plan *cp = call->kind == SX_APPLY && call->u.apply.res->kind == REF_DEF ? inner_plan_of(w, call) : NULL;
    if (cp) {
        h->call = call;
        h->cp = cp;
        const walk_plan *plan = cp->plan;
        for (; h->n < plan->n; h->n++) {
            const plan_step *s = &plan->steps[h->n];
            if (!is_test_step(s->kind) && s->kind != STEP_IN) break;
            if (s->e->level > LEVEL_STATE || !names_outside(w->ep, s->e, cp->d, call, innermost)) break;
        }
    }
    if (h->n) {
        hoist_reuse(h);
        hoist_fixed(w->ep, h);
    }
    plan_put(table, ex, h);
    return h;
}

/* The worker's hoist of the \E ex (see exists_hoist), or NULL when nothing is hoisted. */
static const exists_hoist *exists_hoist_of(eval_worker *w, const syn_expr *ex)
{
    struct walk_plans *p = worker_plans(w);
    exists_hoist *h = plan_find(&p->hoists, ex);
    if (!h) h = make_exists_hoist(w, &p->hoists, ex);
    return h->n ? h : NULL;
}

/* Would the body of the \E ex, a call of a definition or an \E (a chain down to such a call), be
 * walked here as walk_exists_level and exists_call_body walk it: the walk past the step's name (walk
 * goes to walk_node), not Init, a specification, TLC's split listing, a random pick or a composition,
 * some variable still without a value (walk_form does not test the body whole), so that walk_form
 * walks each inner \E by eval_for_bindings and walk_call enters the call by its inner plan? These do
 * not change from one value to the next. (The body's kind first: the hoist is looked up for those.) */
static bool hoists_within(const enumerator *E, const syn_expr *ex, bool splitting)
{
    const syn_expr *body = sema_strip(ex->u.q.body);
    bool call = body->kind == SX_APPLY && body->u.apply.res->kind == REF_DEF;
    return (call || body->kind == SX_EXISTS) && !E->init && !E->spec &&
           !E->split_only && !E->pick && !E->composing && E->unbound && (E->labelled || !splitting);
}

/* Is the guard enter_call_plan tests first for call b the very one it tests for call a? */
static bool same_call_guard(const eval_program *ep, const split_node *a, const split_node *b)
{
    if (a->kind != SPLIT_CALL || b->kind != SPLIT_CALL || !a->cp->plan || !b->cp->plan) return false;
    const sema_def *da = a->cp->d, *db = b->cp->d;
    const plan_step *ga = &a->cp->plan->steps[0], *gb = &b->cp->plan->steps[0];
    return da->nparams == db->nparams && a->e->u.apply.nargs == da->nparams && b->e->u.apply.nargs == db->nparams &&
           is_test_step(ga->kind) && ga->kind == gb->kind &&
           same_guard_lists(ep, a->e->u.apply.args, NULL, b->e->u.apply.args, NULL, da->nparams) &&
           same_guard_exprs(ep, ga->e, da, gb->e, db);
}

/* A call's plan as the guard and a LET (its last step), whose first definition has no parameters. */
static const syn_unit *first_let_def(const split_node *s)
{
    const walk_plan *plan = s->cp->plan;
    if (plan->n != 2 || plan->steps[1].kind != STEP_LET) return NULL;
    const syn_expr *let = plan->steps[1].e;
    if (!let->u.let.ndefs || let->u.let.defs[0]->kind != SU_OPDEF) return NULL;
    const syn_unit *u = let->u.let.defs[0];
    const sema_def *d = u->res.binder->let_def;
    return d && !d->nparams && !d->is_function ? u : NULL;
}

/* Calls a and b (b's guard_as is a) each followed by a LET whose first definition is the same
 * expression, as same_guard_exprs decides it for a guard: `LET m == Head(network[q][p])` in the three
 * Receive actions. */
static bool same_first_let(const eval_program *ep, const split_node *a, const split_node *b)
{
    const syn_unit *ua = first_let_def(a), *ub = first_let_def(b);
    return ua && ub &&
           same_guard_exprs(ep, ua->res.binder->let_def->body, a->cp->d, ub->res.binder->let_def->body, b->cp->d);
}

/* A LET's first test `L = lit` (first_let_def's LET, its body's plan's first step), L being a field
 * of its first definition m (`m.type`, `m.f.g`, or m itself) and lit a string or a number as written
 * (*v: its value): else NULL. */
static const syn_expr *let_guard_of(const split_node *s, val *v)
{
    const syn_unit *u = first_let_def(s);
    const walk_plan *body = u ? s->cp->plan->steps[1].body_plan : NULL;
    if (!body || !body->n || (body->steps[0].kind != STEP_TEST && body->steps[0].kind != STEP_EQ_TEST)) return NULL;
    const syn_expr *eq = sema_strip(body->steps[0].e);
    if (!sema_is_builtin(eq, B_EQ) || eq->u.apply.nargs != 2) return NULL;
    const syn_expr *lit = sema_strip(eq->u.apply.args[1]), *l = sema_strip(eq->u.apply.args[0]);
    while (l->kind == SX_DOT) l = sema_strip(l->u.dot.rec);
    if (l->kind != SX_APPLY || l->u.apply.nargs || l->u.apply.npath || !l->u.apply.res ||
        l->u.apply.res->kind != REF_BOUND || l->u.apply.res->binder != u->res.binder)
        return NULL;
    if (lit->kind == SX_STR) *v = val_str(lit->u.str);
    else if (lit->kind == SX_NUM && !lit->u.n.num_text) *v = val_int(lit->u.n.num);
    else return NULL;
    return eq;
}

/* Calls a and b (b's guard_as and let_as being a) whose let_guards read the same field of their LETs'
 * first definitions (the same expression: same_first_let), against literals of one kind: the value a's
 * walk finds for L is b's L's, and comparing it with b's literal cannot fail where comparing it with
 * a's did not. */
static bool same_let_guard(const split_node *a, const split_node *b)
{
    if (!a->let_guard || !b->let_guard || a->let_lit.kind != b->let_lit.kind) return false;
    const syn_expr *la = sema_strip(a->let_guard->u.apply.args[0]), *lb = sema_strip(b->let_guard->u.apply.args[0]);
    for (; la->kind == SX_DOT || lb->kind == SX_DOT; la = sema_strip(la->u.dot.rec), lb = sema_strip(lb->u.dot.rec))
        if (la->kind != lb->kind || la->u.dot.field != lb->u.dot.field) return false;
    return true;   /* both the first definition's name (let_guard_of) */
}

/* The call split node walked first (or last) when s is walked, through disjunctions, or NULL. */
static const split_node *edge_call(const split_node *s, bool last)
{
    while (s && s->kind == SPLIT_OR && s->n && !s->building) s = s->items[last ? s->n - 1 : 0];
    return s && s->kind == SPLIT_CALL ? (split_node *)s : NULL;
}

/* ---- guards `L = lit` of calls walked one after the other --------------------------------------
 * `A(self) \/ B(self)` where A's guard is `pc[self] = "a1"` and B's `pc[self] = "a2"` (every PlusCal
 * process's labels): L is evaluated once, testing A's guard, and B's is decided by comparing its
 * value with B's literal, without binding B's parameters. L is "the same" as for a shared guard
 * (above), with no prime in it: A's walk, between the two, leaves the state and what L reads as they
 * were. */

/* Does e (a guard's part the same_guard_exprs accepts) read no next state? */
static bool unprimed(const syn_expr *e)
{
    e = sema_strip(e);
    switch (e->kind) {
    case SX_APPLY:
        if (e->u.apply.res->kind == REF_BUILTIN && e->u.apply.res->builtin >= B_PRIME) return false;
        for (uint32_t i = 0; i < e->u.apply.nargs; i++)
            if (!unprimed(e->u.apply.args[i])) return false;
        return true;
    case SX_FAPPLY:
        for (uint32_t i = 0; i < e->u.fapp.nargs; i++)
            if (!unprimed(e->u.fapp.args[i])) return false;
        return unprimed(e->u.fapp.fn);
    case SX_DOT: return unprimed(e->u.dot.rec);
    case SX_TUPLE: case SX_SET_ENUM:
        for (uint32_t i = 0; i < e->u.list.nitems; i++)
            if (!unprimed(e->u.list.items[i])) return false;
        return true;
    default: return true;
    }
}

/* The guard of call s's plan when it is `L = lit`, lit a string or a number as written (*v: its value,
 * as eval_form makes it): else NULL. */
static const syn_expr *value_guard_of(const split_node *s, val *v)
{
    if (!s->cp->plan || !is_test_step(s->cp->plan->steps[0].kind)) return NULL;
    const syn_expr *eq = sema_strip(s->cp->plan->steps[0].e);
    if (!sema_is_builtin(eq, B_EQ) || eq->u.apply.nargs != 2) return NULL;
    const syn_expr *lit = sema_strip(eq->u.apply.args[1]);
    if (lit->kind == SX_STR) *v = val_str(lit->u.str);
    else if (lit->kind == SX_NUM && !lit->u.n.num_text) *v = val_int(lit->u.n.num);
    else return NULL;
    return eq;
}

/* Is b's guard `L = lit` with a's L (a's guard being `L = lit2`), both called with the same arguments? */
static bool same_value_guard(const eval_program *ep, const split_node *a, const split_node *b)
{
    if (a->kind != SPLIT_CALL || b->kind != SPLIT_CALL || !a->value_guard || !b->value_guard) return false;
    const sema_def *da = a->cp->d, *db = b->cp->d;
    const syn_expr *la = a->value_guard->u.apply.args[0], *lb = b->value_guard->u.apply.args[0];
    return da->nparams == db->nparams && a->e->u.apply.nargs == da->nparams && b->e->u.apply.nargs == db->nparams &&
           same_guard_lists(ep, a->e->u.apply.args, NULL, b->e->u.apply.args, NULL, da->nparams) &&
           same_guard_exprs(ep, la, da, lb, db) && unprimed(la);
}

/* Each disjunct's first call that tests the guard of the call walked just before it, or a guard on the
 * same L. */
static void link_same_guards(eval_worker *w, split_node *s)
{
    for (uint32_t i = 1; i < s->n; i++) {
        const split_node *before = edge_call(s->items[i - 1], true);
        split_node *next = (split_node *)edge_call(s->items[i], false);
        if (!before || !next) continue;
        if (!next->guard_as && same_call_guard(w->ep, before, next)) {
            next->guard_as = before;
            next->let_as = same_first_let(w->ep, before, next);
            ((split_node *)before)->let_to |= next->let_as;
            if (next->let_as && same_let_guard(before, next)) {
                next->let_guard_as = before;
                ((split_node *)before)->let_guard_to = true;
            }
        }
        if (!next->value_as && same_value_guard(w->ep, before, next)) {
            next->value_as = before;
            next->value_chain = ((split_node *)before)->value_chain = true;
        }
    }
}

/* The calls of the disjunction s (nested ORs walked in order) into calls[at..]: their count from at,
 * or 0 where one is not a call split node whose guard is `L = lit` or there are more than max. */
static uint32_t chain_calls(const split_node *s, const split_node **calls, uint32_t at, uint32_t max)
{
    if (s->kind == SPLIT_CALL && s->value_guard && at < max) {
        calls[at] = s;
        return 1;
    }
    if (s->kind != SPLIT_OR || s->building) return 0;
    uint32_t n = 0;
    for (uint32_t i = 0; i < s->n; i++) {
        uint32_t k = chain_calls(s->items[i], calls, at + n, max);
        if (!k) return 0;
        n += k;
    }
    return n;
}

enum { CHAIN_MAX = 32 };   /* the most calls a chain_as_caller decides */

/* Call s (no plan, its body's split made): where its body is a disjunction of calls whose guards are
 * one chain `L = lit` (each call a value_as of the one before), the first call's L compiled through
 * both calls' substitutions, to be read from s's caller's context (eval_compile_substituted),
 * and the calls listed on the body's OR node (chain, nchain, chain_kind; made once for all the
 * definition's calls); else NULL. The chain's first call takes L's value from there (value_from). */
static const eval_cnode *chain_as_caller_of(eval_worker *w, split_node *s)
{
    const split_node *calls[CHAIN_MAX];
    uint32_t n = s->n == 1 ? chain_calls(s->items[0], calls, 0, CHAIN_MAX) : 0;
    if (n < 2 || calls[0]->value_as) return NULL;
    for (uint32_t i = 1; i < n; i++)
        if (calls[i]->value_as != calls[i - 1]) return NULL;
    const split_node *first = calls[0];
    const eval_cnode *k = eval_compile_substituted(w->ep, &worker_plans(w)->guards, first->value_guard->u.apply.args[0],
                                                   first->cp->d, first->e, s->cp->d, s->e);
    if (!k) return NULL;
    split_node *body = (split_node *)s->items[0];   /* (the same for every call of the definition) */
    if (!body->chain) {
        const split_node **chain = arena_alloc(&worker_plans(w)->guards, n * sizeof *chain);
        memcpy(chain, calls, n * sizeof *chain);
        body->chain_kind = calls[0]->value_lit.kind;
        for (uint32_t i = 1; i < n; i++)
            if (calls[i]->value_lit.kind != body->chain_kind) body->chain_kind = VAL_NONE;
        body->chain = chain;
        body->nchain = n;
        ((split_node *)first)->value_from = body;
    }
    return k;
}

/* s's kind and children, as walk_labelled and walk_split decide them for x (stripped). */
static void split_decide(eval_worker *w, split_node *s, const syn_expr *x)
{
    s->kind = SPLIT_WALK;
    if (!tlc_splits(x)) return;
    if (x->kind == SX_DISJ_LIST) {
        s->kind = SPLIT_OR;
        split_children(w, s, x->u.list.items, x->u.list.nitems);
        link_same_guards(w, s);
    } else if (x->kind == SX_EXISTS) {
        s->kind = SPLIT_EXISTS;
        split_children(w, s, &x->u.q.body, 1);
    } else if (x->kind == SX_APPLY && x->u.apply.res->kind == REF_BUILTIN) {
        s->kind = SPLIT_OR;   /* tlc_splits: B_OR */
        split_children(w, s, x->u.apply.args, 2);
        link_same_guards(w, s);
    } else if (x->kind == SX_APPLY && x->u.apply.res->kind == REF_DEF && (s->cp = call_plan_of(w, x))) {
        s->kind = SPLIT_CALL;
        s->value_guard = value_guard_of(s, &s->value_lit);
        if (s->value_guard)
            s->value_as_caller = eval_compile_substituted(w->ep, &worker_plans(w)->guards, s->value_guard->u.apply.args[0],
                                                          s->cp->d, s->e, NULL, NULL);
        if (s->cp->plan) s->let_guard = let_guard_of(s, &s->let_lit);
        if (!s->cp->plan) {
            split_children(w, s, &s->cp->d->body, 1);
            s->chain_as_caller = chain_as_caller_of(w, s);
        }
    }
}

/* The worker's split node of e, made on its first walk. */
static split_node *split_node_of(eval_worker *w, const syn_expr *e)
{
    struct walk_plans *p = worker_plans(w);
    split_node *s = plan_find(&p->splits, e);
    if (s) {
        if (s->building) p->split_cycles = true;   /* reached from its own children: a recursive relation */
        return s;
    }
    s = util_xcalloc(1, sizeof *s);
    plan_put(&p->splits, e, s);   /* before its children: a recursive relation links back to it */
    s->e = sema_strip(e);
    s->building = true;
    split_decide(w, s, s->e);
    s->building = false;
    return s;
}

typedef struct exists_split { enumerator *E; const split_node *body; todo *rest; const env *outer; } exists_split;

/* An instance of an \E TLC splits: its bindings join the action's context (walk_exists_instance). */
static bool exists_split_body(eval_worker *w, void *data, ctx inner)
{
    exists_split *s = data;
    enumerator *E = s->E;
    const struct eval_split *up = E->action.split;
    struct eval_split piece = {inner.env, s->outer, up, true};
    E->action.split = &piece;
    walk_split_node(E, inner, s->body, s->rest);
    E->action.split = up;
    return !E->stopped;
}

/* A call split node whose guard `L = lit` has the same L as the next call's guard, or the one before's
 * (value_chain), and whose guard is not known false (walk_split_call_node): entered
 * (enter_call_plan_memo), or passed where L's value says its guard does not hold; E->valued says, for the call walked next, what its L was. */
static __attribute__((noinline)) void walk_value_guard_call(enumerator *E, ctx c, const split_node *s, todo *rest)
{
    const split_node *valued = E->valued;
    E->valued = NULL;
    guard_memo memo = {s->value_lit, s->value_as_caller, false, false, {0}};
    if (valued && (valued == s->value_as || valued == s->value_from) && guard_first(E, s->cp)) {
        memo.v = E->guard_value;
        memo.found = true;
        E->guarding = s->cp;
        memo.holds = value_guard_equals(E, s->value_guard, memo.v, memo.lit);
        E->guarding = NULL;
        if (!memo.holds) {
            E->failed = E->valued = s;
            return;
        }
    }
    E->failed = enter_call_plan_memo(E, c, s->e, s->cp, s->n ? s->items[0] : NULL, rest, &memo) == GUARD_FAILED ? s : NULL;
    E->valued = memo.found ? s : NULL;   /* (whatever the walk of s's body left there) */
    if (memo.found) E->guard_value = memo.v;
}

/* Call s whose body is a chain of calls (s->chain_as_caller): L read into *v from the caller's context
 * c as guard_value_as_caller reads it for the chain's first call (the same value, the same errors at
 * the same places), before s is entered; false where it is not read. (guard_first for every call of
 * the chain: each has a test first, value_guard_of, and what else guard_first asks does not depend on
 * the call: all_assigned reads the body only for an initial predicate, which has no split nodes.) */
static inline bool chain_value_read(enumerator *E, ctx c, const split_node *s, val *v)
{
    return guard_value_as_caller(E, c, s->items[0]->chain[0]->cp, s->chain_as_caller, v);
}

/* Does L's value v fail the guard of every call of the chain body (a number or an atom of the
 * literals' kind, none of them)? Then nothing else would be evaluated: the call is passed. */
static bool chain_misses(const split_node *body, val v)
{
    if (v.kind != body->chain_kind || v.kind < VAL_INT || v.kind > VAL_MODEL) return false;
    for (uint32_t i = 0; i < body->nchain; i++)
        if (body->chain[i]->value_lit.u.i == v.u.i) return false;
    return true;
}

/* Call s whose body is a chain of calls (s->chain_as_caller), reached by walk_split_call_node: passed
 * where L's value read from the caller's context misses every call of the chain (as entered: no
 * successor), else entered, its body walked knowing L where it was read (walk_chain_known). A call
 * without a plan tests no guard first: for the call walked next, nothing failed or held. */
static __attribute__((noinline)) void walk_chain_call(enumerator *E, ctx c, const split_node *s, todo *rest)
{
    val v;
    bool read = chain_value_read(E, c, s, &v);
    if (read && chain_misses(s->items[0], v)) E->valued = NULL;
    else enter_call(E, c, s->e, s->cp, s->items[0], (shared_call){0}, rest, NULL, NULL, NULL, read ? &v : NULL);
    E->failed = E->held = NULL;
    E->held_let = NULL;
}

/* The OR s, the body of a call entered with L's value v (chain_value_read): where v is of the literals'
 * kind, only the calls whose literal it is are walked, each given v as the call before it would give
 * it (their guards hold); the others' guards fail without anything evaluated, as they would be
 * decided (walk_value_guard_call). Else the usual walk, the chain's first call taking v (value_from).
 * E->valued and E->guard_value are set here for the call walked next, and only for it. */
static void walk_chain_known(enumerator *E, ctx c, const split_node *s, val v, todo *rest)
{
    if (v.kind != s->chain_kind) {
        E->valued = s;
        E->guard_value = v;
        walk_split_node(E, c, s, rest);
        return;
    }
    E->valued = NULL;
    for (uint32_t i = 0; i < s->nchain && !E->stopped; i++) {
        const split_node *call = s->chain[i];
        if (call->value_lit.u.i != v.u.i) continue;
        E->valued = i ? call->value_as : s;   /* (value_from for the first) */
        E->guard_value = v;
        walk_split_node(E, c, call, rest);
    }
}

/* A call split node with a let_guard_as or a let_guard_to (walk_split_call_node; known and let_from:
 * what that found): passed where its let_guard_as found L and L differs from its literal (its guard
 * holds, its LET's first definition is the one before's); else entered, the let_guard's test known to
 * hold where L is its literal, and L's value found by the test kept for the next call (E->let_valued). */
static __attribute__((noinline)) void walk_let_guard_call(enumerator *E, ctx c, const split_node *s, todo *rest,
                                                          bool known, const env *let_from)
{
    let_valued lv;
    if (!let_guard_decided(s, let_from && s->let_guard_as && E->let_valued == s->let_guard_as, E->let_value, &lv)) {
        E->failed = NULL;
        E->held = s;
        E->let_valued = s;
        return;   /* (E->held_let, the LET's first definition, stays for the next call) */
    }
    const env *let = NULL;
    shared_call share = {known, let_from, s->let_to ? &let : NULL, s->let_guard_to || lv.found ? &lv : NULL};
    guard_outcome g = enter_call_plan(E, c, s->e, s->cp, s->n ? s->items[0] : NULL, share, rest);
    E->failed = g == GUARD_FAILED ? s : NULL;
    E->held = g == GUARD_HELD ? s : NULL;
    E->held_let = let;
    E->let_valued = let_value_kept(&lv) ? s : NULL;
    E->let_value = lv.v;
}

/* A call split node: entered (enter_call_plan), or passed where its guard is known not to hold, or
 * entered without testing its guard where the call walked just before tested the same one and found
 * it held (same state, same arguments, nothing bound since). E->failed and E->held say, for the call
 * walked next, whether s's guard failed or held; E->valued, what L was when both guards are `L = lit`.
 * (A call with a value_as is walked only right after its value_as, whose walk sets E->valued last:
 * other calls need not clear it; the same for E->let_valued and a let_guard_as.) */
static void walk_split_call_node(enumerator *E, ctx c, const split_node *s, todo *rest)
{
    if (s->guard_as && E->failed == s->guard_as) {   /* the same guard, just found false (the same L too) */
        E->failed = s;
        E->held = NULL;
        if (s->value_chain) E->valued = E->valued == s->guard_as ? s : NULL;
        return;
    }
    if (s->chain_as_caller) {
        walk_chain_call(E, c, s, rest);
        return;
    }
    if (s->value_chain) {   /* a chain's guards are decided from L's value, not shared as held ones */
        walk_value_guard_call(E, c, s, rest);
        E->held = NULL;
        E->held_let = NULL;
        return;
    }
    bool known = s->guard_as && E->held == s->guard_as;
    const env *let_from = known && s->let_as ? E->held_let : NULL, *let = NULL;
    if (s->let_guard_as || s->let_guard_to) {
        walk_let_guard_call(E, c, s, rest, known, let_from);
        return;
    }
    shared_call share = {known, let_from, s->let_to ? &let : NULL, NULL};
    guard_outcome g = enter_call_plan(E, c, s->e, s->cp, s->n ? s->items[0] : NULL, share, rest);
    E->failed = g == GUARD_FAILED ? s : NULL;
    E->held = g == GUARD_HELD ? s : NULL;
    E->held_let = let;
}

/* A node of the split walked as walk_labelled walks its expression (E->labelled is false). */
static void walk_split_node(enumerator *E, ctx c, const split_node *s, todo *rest)
{
    if (E->stopped) return;
    if (s->kind == SPLIT_WALK) {
        walk_labelled(E, c, s->e, rest, true);
        return;
    }
    const syn_expr *e = s->e;
    E->action.loc = e->loc;
    switch (s->kind) {
    case SPLIT_OR:
        for (uint32_t i = 0; i < s->n && !E->stopped; i++) walk_split_node(E, c, s->items[i], rest);
        return;
    case SPLIT_EXISTS: {
        exists_split st = {E, s->items[0], rest, c.env};
        eval_for_bindings(E->w, c, e->u.q.bounds, e->u.q.nbounds, e->loc, exists_split_body, &st);
        return;
    }
    case SPLIT_CALL:
        /* as walk_call, where the split can recur (elsewhere a recursion passes walk_call) */
        if (E->split_cycles && util_stack_low())
            eval_fail_coded(E->w, e->loc, "recursion too deep in %s: the stack ran out", e->u.apply.name);
        walk_split_call_node(E, c, s, rest);
        return;
    case SPLIT_WALK: return;
    }
}

/* The split node of the relation eval_enumerate walks, when walk_split would take its usual case:
 * a successor's search (no random pick, not a specification) with variables to bind; else NULL. */
static const split_node *relation_split(enumerator *E, const syn_expr *relation)
{
    if (E->init || E->pick || E->spec || E->split_only || !E->unbound || E->where.env) return NULL;
    struct walk_plans *p = worker_plans(E->w);
    if (p->last_relation != relation) {
        p->last_split = split_node_of(E->w, relation);
        p->last_relation = relation;
    }
    E->split_cycles = p->split_cycles;
    return p->last_split;
}

static void walk_node(enumerator *E, ctx c, const syn_expr *e, todo *rest, bool splitting)
{
    if (E->stopped) return;
    e = sema_strip(e);
    if (E->spec && walk_spec_part(E, c, e, rest, splitting)) return;
    walk_form(E, c, e, rest, splitting);
}

/* e stripped, past the specification's parts */
static void walk_form(enumerator *E, ctx c, const syn_expr *e, todo *rest, bool splitting)
{
    eval_worker *w = E->w;
    if (all_assigned(E, e)) {
        if (test_holds(E, c, e)) proceed(E, rest);
        return;
    }
    switch (e->kind) {
    case SX_CONJ_LIST: walk_list_item(E, c, e, 0, rest); return;
    case SX_DISJ_LIST:
        if (at_random(E, splitting)) {
            disjuncts d = {c, e->u.list.items, rest, splitting};
            walk_one_branch(E, e->u.list.nitems, walk_disjunct, &d);
            return;
        }
        for (uint32_t i = 0; i < e->u.list.nitems && !E->stopped; i++) walk(E, c, e->u.list.items[i], rest, splitting);
        return;
    case SX_EXISTS: {
        if (at_random(E, splitting)) {
            walk_random_exists(E, c, e, rest, splitting);
            return;
        }
        if (E->split_only && splitting && !E->labelled) {
            walk_split_exists(E, c, e, rest);
            return;
        }
        exists_step s = {.E = E, .body = e->u.q.body, .rest = rest, .splitting = splitting,
                         .split = splitting && !E->labelled && !E->init, .outer = c.env};
        if (hoists_within(E, e, splitting)) s.hoist = exists_hoist_of(w, e);
        if (s.hoist) walk_exists_level(&s, c, 0);
        else if (exists_list_of(E, c, &s)) eval_for_bindings(w, c, e->u.q.bounds, e->u.q.nbounds, e->loc, exists_list_body, &s);
        else eval_for_bindings(w, c, e->u.q.bounds, e->u.q.nbounds, e->loc, exists_body, &s);
        return;
    }
    case SX_FORALL:
        if (e->u.q.nbounds && e->u.q.bounds[0].set && may_branch(w->ep, e->u.q.body, 0)) {
            walk_forall(E, c, e, rest);
            return;
        }
        break;
    case SX_IF: {
        val cond = eval_expr(w, c, e->u.ite.cond);
        if (!val_is_bool(cond)) eval_fail_action_if_not_boolean(w, e, E->init, cond);
        walk(E, c, val_get_bool(cond) ? e->u.ite.then_ : e->u.ite.else_, rest, splitting);
        return;
    }
    case SX_CASE:
        for (uint32_t i = 0; i < e->u.cas.narms; i++)
            if (eval_truth(w, c, e->u.cas.arms[i].guard)) {
                walk(E, c, e->u.cas.arms[i].value, rest, splitting);
                return;
            }
        if (!e->u.cas.other) fail_no_case_arm(E, e->loc);
        walk(E, c, e->u.cas.other, rest, splitting);
        return;
    case SX_LET: {
        /* LET bindings are made by evaluating the LET as a whole, so reuse the evaluator's
         * binding and walk the body in its context */
        ctx inner = eval_bind_let(w, c, e);
        walk(E, inner, e->u.let.body, rest, splitting);
        return;
    }
    case SX_BOX_ACTION: {
        /* [A]_v is A \/ UNCHANGED v */
        walk(E, c, e->u.bin.a, rest, splitting);
        if (!E->stopped) walk_unchanged(E, c, e->u.bin.b, rest);
        return;
    }
    case SX_ANGLE_ACTION:
        /* <<A>>_v is A /\ v' # v: walk A, then test the change */
        walk(E, c, e->u.bin.a, TODO(TODO_CHANGED, e, c, rest), splitting);
        return;
    case SX_APPLY: walk_apply(E, c, e, rest, splitting); return;
    case SX_FAPPLY:
        if (walk_function(E, c, e, rest)) return;
        break;
    default: break;
    }
    if (test_holds(E, c, e)) proceed(E, rest);
}

/* A walk run as a protected call. */
typedef struct protected_walk { enumerator *E; ctx c; const syn_expr *e; todo *rest; bool splitting; } protected_walk;

static void walk_body(eval_worker *w, void *data)
{
    protected_walk *call = data;
    walk(call->E, call->c, call->e, call->rest, call->splitting);
}

/* eval_enumerate's walk of a relation from its split node. */
typedef struct protected_split { enumerator *E; const split_node *s; } protected_split;

static void walk_split_body(eval_worker *w, void *data)
{
    protected_split *call = data;
    walk_split_node(call->E, (ctx){0}, call->s, NULL);
}

/* ---- TLC's list of actions, for random picks (-simulate) -----------------------------------------
 * TLC's simulator keeps the next-state relation as a flat list of actions (Tool.getActions: each
 * disjunct, \E instance and call with constant arguments apart) and, at each step, tries them in a
 * random order until one has a successor, computing that action's successors only. The list is made
 * here once per worker and relation (flat_build): the walk of a random pick is run with every branch
 * taken (walk_one_branch) and stops at each action, where it would enter it: the call of an action
 * whose body is a conjunction list (walk_split_call), or the first expression TLC does not split
 * (walk_labelled). Each is kept with what the walk had there: its context (made in the list's own
 * memory: scratch memory is swapped for it), the action as set (its chains copied) and the
 * continuation. A pick then draws the actions without replacement and walks each from there, as the
 * pick's walk would have: the same states, labels and errors for that action; only the order of the
 * tries (the draws) differs from the walk through the relation. Not made (the walk through the
 * relation serves) where the walk above the actions is more than disjunctions, LETs, \E over constant
 * sets and calls: an INSTANCE substitution, an operator argument, a variable bound before an action,
 * a composition, a whole specification (spec mode). */

typedef struct flat_action {
    const syn_expr *e;      /* the call (cp) or the expression TLC takes as the step */
    const call_plan *cp;    /* a call entered as walk_split_call enters it; NULL: e walked by walk_labelled */
    ctx c;
    eval_action action;
    todo *rest;
    bool bound;             /* body is the call's body context, its parameters bound to values (flat_bind_params) */
    ctx body;
    uint32_t group;         /* the first action of its instance whose guard is its own (flat_group_guards) */
    bool grouped;           /* its group has other actions */
    uint32_t let_class;     /* the first action of its group with the same first LET definition (same_first_let) */
    bool shares_let;        /* its class has other actions */
    const split_node *let_guarded;   /* its split node, when its let_guard reads its class's L (flat_let_guards) */
} flat_action;

typedef struct flat_list {
    const syn_expr *relation;
    bool usable;            /* made without meeting what it cannot keep */
    flat_action *items;
    uint32_t n, cap;
    uint32_t *order;        /* a pick's draw order (a permutation, drawn as the tries go) */
    bool *none;             /* eval_pick_same_state: no successor in the last enumeration from this state */
    uint64_t *advance;      /* ... and how far its walk moved the draws */
    /* per state (eval_pick_same_state's key), direct-mapped: its key, then `words` words of bits, an
     * action's set where it had no successor in an enumeration from that state and its walk did not
     * move the draws, then `words` more, set where the caller kept its successors (eval_pick_hooks:
     * only those are asked for, without a look into the caller's table for the others) */
    uint32_t rows, words;
    uint64_t *memo;
    void *memo_block;       /* ... its allocation */
    uint64_t *group_guard;  /* a group's guard found false (2 * stamp) or true (2 * stamp + 1) in the pick of this stamp */
    const env **let_env;    /* a class's definition, bound by the last of its actions tried in the pick ... */
    uint64_t *let_stamp;    /* ... of this stamp */
    val *let_value;         /* a class's L, found by the let_guard of one of its actions tried in the pick ... */
    uint64_t *value_stamp;  /* ... of this stamp */
    uint64_t stamp;         /* the picks made so far */
    arena mem;              /* the contexts, values and copies kept */
} flat_list;

static void flat_list_free(flat_list *f)
{
    if (!f) return;
    free(f->items);
    free(f->order);
    free(f->memo_block);
    free(f->none);
    free(f->advance);
    free(f->group_guard);
    free(f->let_env);
    free(f->let_stamp);
    free(f->let_value);
    free(f->value_stamp);
    arena_free(&f->mem);
    free(f);
}

static void flat_fail(enumerator *E)
{
    E->collecting->usable = false;
    E->stopped = true;
}

/* An environment made to last: a constant argument evaluated now, the others marked shared (never
 * cached from one state to another, as liveness keeps its closures: temporal.c settle_arguments).
 * False where it holds what cannot be kept (an operator argument, a substitution). */
static bool flat_settle(eval_worker *w, env *b)
{
    for (; b; b = b->up) {
        if (b->kind == ENV_OP) return false;
        if (b->kind != ENV_THUNK || b->shared) continue;
        if (b->where.subst_primed) return false;
        if (b->expr->level == LEVEL_CONSTANT) {
            b->v = eval_expr(w, b->where, b->expr);
            b->kind = ENV_VALUE;
            b->forced = true;
        } else {
            b->shared = true;   /* first: a LET's definitions are bound in a context that holds them */
            b->known = false;
            b->forced = false;
            if (!flat_settle(w, b->where.env)) return false;
        }
    }
    return true;
}

static bool flat_keep_ctx(eval_worker *w, ctx c) { return !c.subst_primed && flat_settle(w, c.env); }

static const struct eval_split *flat_copy_split(eval_worker *w, const struct eval_split *s)
{
    if (!s) return NULL;
    struct eval_split *copy = arena_alloc(&w->scratch, sizeof *copy);
    *copy = *s;
    copy->up = flat_copy_split(w, s->up);
    return copy;
}

/* The action and the actions on its chains (outer, entered), copied; false as flat_settle. */
static bool flat_copy_action(eval_worker *w, const eval_action *a, eval_action *out)
{
    *out = *a;
    out->split = flat_copy_split(w, a->split);
    if (a->site) {
        eval_call_site *site = arena_alloc(&w->scratch, sizeof *site);
        *site = *a->site;
        if (!flat_keep_ctx(w, site->caller)) return false;
        out->site = site;
    }
    const eval_action *chains[2] = {a->outer, a->entered};
    for (int i = 0; i < 2; i++) {
        eval_action *copy = NULL;
        if (chains[i]) {
            copy = arena_alloc(&w->scratch, sizeof *copy);
            if (!flat_copy_action(w, chains[i], copy)) return false;
        }
        if (i == 0) out->outer = copy;
        else out->entered = copy;
    }
    return true;
}

static bool flat_copy_rest(eval_worker *w, const todo *rest, todo **out)
{
    *out = NULL;
    for (todo **at = out; rest; rest = rest->next, at = &(*at)->next) {
        if (rest->cdot || !flat_keep_ctx(w, rest->c)) return false;
        *at = arena_alloc(&w->scratch, sizeof **at);
        **at = *rest;
        (*at)->next = NULL;
    }
    return true;
}

/* A call whose arguments are all names bound to values (LamportMutex's Receive(p, q) under `\E p, q
 * \in Proc`): its parameters bound once, in the list's memory, as enter_call binds them at each try
 * (the same values, the same block of nodes in the same order); a value's node is never changed. */
static void flat_bind_params(eval_worker *w, flat_action *a)
{
    const sema_def *d = a->cp->d;
    uint32_t n = a->e->u.apply.nargs;
    if (!a->cp->plan || d->nparams != n) return;
    for (uint32_t i = 0; i < n; i++)
        if (d->params[i]->arity || !eval_value_arg(a->c, a->e->u.apply.args[i])) return;
    a->body = eval_bind_params(w, ctx_subst_only(a->c), a->c, d, a->e->u.apply.args, n);
    a->bound = true;
}

/* The action the walk is at (see above), kept; or the list given up. */
static void flat_keep(enumerator *E, ctx c, const syn_expr *e, const call_plan *cp, todo *rest)
{
    eval_worker *w = E->w;
    flat_list *f = E->collecting;
    flat_action a = {.e = e, .cp = cp, .c = c};
    if (E->unbound != w->ep->sema->nvars || E->composing || E->spec || !flat_keep_ctx(w, c) ||
        !flat_copy_action(w, &E->action, &a.action) || !flat_copy_rest(w, rest, &a.rest)) {
        flat_fail(E);
        return;
    }
    if (cp) flat_bind_params(w, &a);
    if (f->n == f->cap) {
        f->cap = f->cap ? 2 * f->cap : 16;
        f->items = util_xrealloc(f->items, sizeof *f->items * f->cap);
    }
    f->items[f->n++] = a;
}

/* walk_labelled while the list is made: e is an action, or split further (walk_split), or else
 * something the list cannot keep. */
static void flat_collect(enumerator *E, ctx c, const syn_expr *e, todo *rest)
{
    if (E->labelled) flat_keep(E, c, e, NULL, rest);
    else if (e->kind == SX_LET) walk_form(E, c, e, rest, true);   /* its definitions bound, its body walked */
    else if (!walk_split(E, c, e, rest)) flat_fail(E);
}

static void flat_no_state(void *ctx_, const val *vars, const eval_action *a) {}

/* Actions of one instance (the same context) whose calls start with the same guard (same_call_guard:
 * `network[q][p] # << >>` in LamportMutex's three Receive actions) share a group: once one's guard is
 * found false, tested first (enter_call_plan), the others' is false too in that state (the same
 * expression, the same arguments, nothing bound), and they are passed without testing it, as the
 * walk through the relation passes them (walk_split_call_node). Once one's guard is found true, the
 * others of the group tried later in that pick do not test it again, and those followed by the same
 * LET definition (a class: let_class) take its value (`m == Head(network[q][p])`) where it was
 * evaluated, as the walk through the relation shares
 * them between calls walked one after the other (run_shared_let). Actions of an instance are listed
 * one after the other. */
static void flat_group_guards(eval_worker *w, flat_list *f)
{
    f->group_guard = util_xcalloc(f->n, sizeof *f->group_guard);
    f->let_env = util_xcalloc(f->n, sizeof *f->let_env);
    f->let_stamp = util_xcalloc(f->n, sizeof *f->let_stamp);
    for (uint32_t i = 0; i < f->n; i++) {
        flat_action *a = &f->items[i];
        a->group = i;
        for (uint32_t j = i; a->cp && j-- > 0 && f->items[j].c.env == a->c.env;) {
            const flat_action *b = &f->items[j];
            if (b->cp && same_call_guard(w->ep, split_node_of(w, b->e), split_node_of(w, a->e))) {
                a->group = b->group;
                a->grouped = f->items[b->group].grouped = true;
                break;
            }
        }
    }
    for (uint32_t i = 0; i < f->n; i++) {
        flat_action *a = &f->items[i];
        a->let_class = i;
        for (uint32_t j = a->group; j < i; j++) {
            flat_action *b = &f->items[j];
            if (b->group != a->group || b->let_class != j) continue;
            if (same_first_let(w->ep, split_node_of(w, b->e), split_node_of(w, a->e))) {
                a->let_class = j;
                a->shares_let = b->shares_let = true;
                break;
            }
        }
    }
}

/* Actions of a class whose LETs' first tests read the same L against literals of one kind (same_let_guard
 * with the class's first: `m.type = "req"`, `"ack"`, `"rel"` in LamportMutex's Receive actions): once
 * one of them has found L's value in a pick, the others tried later in that pick are decided by it, as
 * the walk through the relation decides the calls after the first (walk_let_guard_call): passed where
 * L is not their literal (their test fails, nothing else is evaluated before it), entered with the test
 * known to hold where it is. */
static void flat_let_guards(eval_worker *w, flat_list *f)
{
    f->let_value = util_xcalloc(f->n, sizeof *f->let_value);
    f->value_stamp = util_xcalloc(f->n, sizeof *f->value_stamp);
    for (uint32_t i = 0; i < f->n; i++) {
        flat_action *a = &f->items[i];
        if (!a->shares_let) continue;
        const split_node *first = split_node_of(w, f->items[a->let_class].e), *s = split_node_of(w, a->e);
        if (same_let_guard(first, s)) a->let_guarded = s;
    }
}

/* A row a state expanded: the replay's bits are lost with the row (sim_replay.c is sized alike). */
enum { FLAT_MEMO_BYTES = 16 << 20, FLAT_MEMO_ROWS = 1 << 20 };

/* The states' memo: as many rows as fit in FLAT_MEMO_BYTES (a power of two, at least one). */
static void flat_memo_rows(flat_list *f)
{
    f->words = (f->n + 63) / 64;
    size_t row_bytes = sizeof(uint64_t) * (1 + 2 * f->words);
    f->rows = FLAT_MEMO_ROWS;
    while (f->rows > 1 && f->rows * row_bytes > FLAT_MEMO_BYTES) f->rows /= 2;
    f->memo = util_table_calloc((size_t)f->rows * (1 + 2 * f->words) * sizeof *f->memo, true, &f->memo_block);
}

/* The bits of the state being expanded (its key: eval_pick_same_state), emptied when their row held
 * another state's, or when the state has no key (its values may depend on more than the state). */
static uint64_t *flat_memo_bits(const eval_worker *w, flat_list *f)
{
    uint64_t key = w->pick_key, *row = f->memo + (key & (f->rows - 1)) * (1 + 2 * f->words);
    if (!key || row[0] != key) {
        memset(row + 1, 0, 2 * f->words * sizeof *row);
        row[0] = key;
    }
    return row + 1;
}

/* The list of `relation`'s actions for worker w (f: eval_enumerate's frame), made on first use; NULL
 * where it cannot be made. */
static flat_list *flat_of(eval_worker *w, const syn_expr *relation, const eval_frame *frame, eval_action start)
{
    struct walk_plans *p = worker_plans(w);
    if (p->flat && p->flat->relation == relation) return p->flat->usable ? p->flat : NULL;
    flat_list_free(p->flat);
    flat_list *f = p->flat = util_xcalloc(1, sizeof *f);
    f->relation = relation;
    f->usable = true;
    arena_init(&f->mem);
    enumerator E = {.w = w, .fn = flat_no_state, .unbound = w->ep->sema->nvars, .pick = 1, .collecting = f,
                    .action = start};
    arena scratch = w->scratch;   /* what the walk makes (contexts, values) lives in the list's memory */
    w->scratch = f->mem;
    bool ok = eval_protected(w, frame, walk_body, &(protected_walk){&E, (ctx){0}, relation, NULL, true});
    f->mem = w->scratch;
    w->scratch = scratch;
    f->usable = ok && f->usable && f->n > 0 && E.emitted == 0;
    if (!f->usable) return NULL;
    f->order = util_xmalloc(sizeof *f->order * f->n);
    f->none = util_xcalloc(f->n, sizeof *f->none);
    f->advance = util_xcalloc(f->n, sizeof *f->advance);
    flat_memo_rows(f);
    flat_group_guards(w, f);
    flat_let_guards(w, f);
    return f;
}

/* The call of action a entered as the walk through the relation enters it (enter_call_plan), with
 * its parameters bound beforehand where they could be. Then nothing is evaluated before its guard
 * (whose errors name the call: E->guarding) or its action is set, which is entered from the action
 * kept with it, not copied into the enumerator first; otherwise an error binding the parameters
 * names the action kept (as the walk through the relation has it set there). */
static guard_outcome flat_enter(enumerator *E, const flat_action *a, shared_call share)
{
    if (a->bound) return enter_call(E, a->c, a->e, a->cp, NULL, share, a->rest, NULL, &a->body, &a->action, NULL);
    E->action = a->action;
    return enter_call(E, a->c, a->e, a->cp, NULL, share, a->rest, NULL, NULL, NULL, NULL);
}

/* Action k tried, from what the walk had where it was kept; or passed where its group's guard was
 * found false in this pick; its guard not tested where it was found true in this pick, its first LET
 * definition taken from the group's last action tried (flat_group_guards). */
static void flat_try(enumerator *E, flat_list *f, uint32_t k)
{
    const flat_action *a = &f->items[k];
    E->labelled = false;
    E->failed = E->held = E->valued = NULL;
    E->held_let = NULL;
    if (!a->cp) {
        E->action = a->action;
        walk_labelled(E, a->c, a->e, a->rest, true);
        return;
    }
    shared_call share = {0};   /* alone in its group, tried once in a pick: its guard not known yet */
    uint64_t *guard = &f->group_guard[a->group], now = f->stamp << 1;
    const env *let = NULL;
    uint32_t c = a->let_class;
    let_valued lv;
    if (a->grouped) {
        if (*guard == now) return;
        share.guard_known = *guard == (now | 1);
        if (a->shares_let) {
            share.let_out = &let;
            if (share.guard_known && f->let_stamp[c] == f->stamp) share.let_from = f->let_env[c];
        }
        if (a->let_guarded) {   /* decided by its class's L where found in this pick */
            bool have = share.let_from && f->value_stamp[c] == f->stamp;
            if (!let_guard_decided(a->let_guarded, have, f->let_value[c], &lv)) return;
            share.valued = &lv;
        }
    }
    guard_outcome outcome = flat_enter(E, a, share);
    if (!a->grouped) return;
    if (outcome == GUARD_FAILED) *guard = now;
    if (outcome == GUARD_HELD) *guard = now | 1;
    if (outcome == GUARD_HELD && share.let_out) f->let_env[c] = let, f->let_stamp[c] = f->stamp;
    if (outcome == GUARD_HELD && share.valued && let_value_kept(&lv))
        f->let_value[c] = lv.v, f->value_stamp[c] = f->stamp;
}

/* Action k from a state with a key whose successors the caller kept (its bit in `kept`), as the
 * caller's hooks have it (eval_pick_hooks): true where its states were emitted again (counted as
 * reported), else false (the caller's entry is gone: the bit too), and it is to be tried. */
static bool flat_replayed(enumerator *E, uint32_t k, uint64_t *kept)
{
    const eval_pick_hooks *h = E->w->pick_hooks;
    uint64_t emitted = 0;
    if (!h || !(kept[k / 64] >> (k % 64) & 1)) return false;
    if (h->replay(h->ctx, k, &emitted)) {
        E->emitted += emitted;
        return true;
    }
    kept[k / 64] &= ~(1ull << (k % 64));
    return false;
}

/* The actions drawn one by one without replacement until one reports a state that counts
 * (eval_pick_reject). From the state of the last enumeration (eval_pick_same_state), an action that
 * had no successor then is passed, the draws moved as its walk moved them; from a state enumerated
 * before (its key), one that had none then without moving the draws, and one whose states the
 * caller keeps is not tried (flat_replayed). */
static void flat_pick(enumerator *E, flat_list *f)
{
    eval_worker *w = E->w;
    uint32_t n = f->n;
    uint64_t *known = flat_memo_bits(w, f), *kept = known + f->words;
    for (uint32_t i = 0; i < n; i++) f->order[i] = i;
    if (!w->pick_memo.same) memset(f->none, 0, n * sizeof *f->none);
    f->stamp++;
    uint64_t before = E->emitted - w->pick_rejected;
    for (uint32_t i = 0; i < n && E->emitted - w->pick_rejected == before && !E->stopped; i++) {
        uint32_t j = i + (uint32_t)(((next_draw(E) >> 32) * (n - i)) >> 32), k = f->order[j];
        f->order[j] = f->order[i];
        f->order[i] = k;
        if (known[k / 64] >> (k % 64) & 1) continue;
        if (f->none[k]) {
            E->pick += f->advance[k];
            continue;
        }
        if (w->pick_key && flat_replayed(E, k, kept)) continue;
        uint64_t pick = E->pick, emitted = E->emitted, rejected = w->pick_rejected, intermediate = w->intermediate;
        flat_try(E, f, k);
        if (E->emitted == emitted && w->pick_rejected == rejected && w->intermediate == intermediate && !E->stopped) {
            f->none[k] = true;
            f->advance[k] = E->pick - pick;
            if (E->pick == pick) known[k / 64] |= 1ull << (k % 64);
        } else if (w->pick_hooks && w->pick_key && E->emitted != emitted &&
                   w->pick_hooks->tried(w->pick_hooks->ctx, k, E->pick == pick && w->intermediate == intermediate && !E->stopped)) {
            kept[k / 64] |= 1ull << (k % 64);
        }
    }
}

typedef struct protected_pick { enumerator *E; flat_list *f; } protected_pick;

static void flat_pick_body(eval_worker *w, void *data)
{
    protected_pick *call = data;
    flat_pick(call->E, call->f);
}

/* eval_enumerate, of a part of the initial states when E->part_at is set (in line: eval_enumerate
 * runs at every state). */
static inline __attribute__((always_inline)) bool enumerate(enumerator *E, const syn_expr *pred, const val *state)
{
    eval_worker *w = E->w;
    bool spec = E->spec;
    w->pick_draw = 0;
    /* the relation's place: the body of the definition the configuration names */
    const syn_expr *named = sema_strip(pred);
    const sema_ref *r = named->kind == SX_APPLY ? named->u.apply.res : NULL;
    const syn_expr *body = r && r->kind == REF_DEF && !r->def->nparams ? r->def->body : pred;
    syn_loc where = body->loc;
    E->action = (eval_action){.name = state ? w->ep->name_next : w->ep->name_init, .loc = where};
    E->named = body != pred ? named : NULL;
    E->body = body;
    uint32_t n = w->ep->sema->nvars;
    memset(w->next_bound, 0, n * sizeof(bool));
    eval_frame f = w->frame;
    f.state = state ? state : w->next;
    f.init_mode = state == NULL;
    f.depth = 0;
    const split_node *split = relation_split(E, pred);
    flat_list *flat = E->pick && !E->one && !spec ? flat_of(w, pred, &f, E->action) : NULL;
    protected_walk call = {E, E->where, pred, NULL, true};
    protected_split split_call = {E, split};
    protected_pick pick_call = {E, flat};
    bool ok;
    if (flat) {
        E->first_choice = false;
        ok = eval_protected(w, &f, flat_pick_body, &pick_call);
    } else {
        ok = split ? eval_protected(w, &f, walk_split_body, &split_call) : eval_protected(w, &f, walk_body, &call);
    }
    if (!ok && E->guarding) {   /* the action whose guard failed, as if it had been set (enter_call_plan) */
        w->err.within = E->guarding->body->loc;
        w->err.within_expr = E->guarding->d->body;
    } else if (!ok) {   /* the innermost action entered: TLC's outer position */
        w->err.within = E->action.loc;
        w->err.within_expr = E->action.def ? E->action.def->body : body;
    }
    return ok;
}

bool eval_enumerate(eval_worker *w, const syn_expr *pred, const val *state, bool spec, eval_state_fn fn, void *ctx_)
{
    enumerator E = {.w = w, .init = state == NULL, .fn = fn, .fn_ctx = ctx_, .spec = spec, .unbound = w->ep->sema->nvars,
                    .pick = state ? w->pick_draw : 0, .one = state && w->pick_one, .first_choice = true};
    return enumerate(&E, pred, state);
}

bool eval_enumerate_closure(eval_worker *w, const eval_closure *cl, const val *state, eval_state_fn fn, void *ctx_)
{
    enumerator E = {.w = w, .fn = fn, .fn_ctx = ctx_, .unbound = w->ep->sema->nvars, .where = cl->where,
                    .first_choice = true};
    return enumerate(&E, eval_closure_enumerable_action(cl), state);
}

bool eval_count_initial(eval_worker *w, const syn_expr *init, bool spec, uint64_t *count)
{
    enumerator E = {.w = w, .init = true, .spec = spec, .unbound = w->ep->sema->nvars, .first_choice = true,
                    .count_only = true};
    bool ok = enumerate(&E, init, NULL);
    *count = E.emitted;
    return ok;
}

bool eval_enumerate_part(eval_worker *w, const syn_expr *init, const syn_expr *at, uint32_t part, uint32_t nparts,
                         eval_state_fn fn, void *ctx_)
{
    enumerator E = {.w = w, .init = true, .fn = fn, .fn_ctx = ctx_, .unbound = w->ep->sema->nvars, .first_choice = true,
                    .part_at = at, .part = part, .nparts = nparts};
    return enumerate(&E, init, NULL);
}

/* ---- where an initial predicate's enumeration may be split (eval_initial_split) ------------------ */

enum { SPLIT_MAX_DEPTH = 16 };
typedef enum { SCAN_ON, SCAN_FOUND, SCAN_STOP } split_scan;

/* The index of the state variable e names directly (no instance, no parameter), or -1. */
static int plain_variable(const syn_expr *e)
{
    e = sema_strip(e);
    if (e->kind != SX_APPLY || e->u.apply.nargs) return -1;
    const sema_ref *r = e->u.apply.res;
    if (!r || r->kind != REF_DECL || !r->decl->is_variable || r->npath || r->decl->index == UINT32_MAX) return -1;
    return (int)r->decl->index;
}

/* The conjuncts of e in the order the walk takes them: SCAN_FOUND at the first `x \in S` that binds
 * x (*at), SCAN_STOP at anything that may branch or that is not understood before it; only `x = e`
 * (which binds or tests) and tests `x \in S` of an x bound before are passed (SCAN_ON). */
static split_scan scan_initial(const eval_program *ep, const syn_expr *e, bool *assigned, uint32_t depth,
                               const syn_expr **at)
{
    e = sema_strip(e);
    if (depth > SPLIT_MAX_DEPTH) return SCAN_STOP;
    if (e->kind == SX_CONJ_LIST || sema_is_builtin(e, B_AND)) {
        uint32_t n = e->kind == SX_CONJ_LIST ? e->u.list.nitems : e->u.apply.nargs;
        for (uint32_t i = 0; i < n; i++) {
            split_scan r = scan_initial(ep, e->kind == SX_CONJ_LIST ? e->u.list.items[i] : e->u.apply.args[i], assigned,
                                        depth + 1, at);
            if (r != SCAN_ON) return r;
        }
        return SCAN_ON;
    }
    if (e->kind != SX_APPLY || !e->u.apply.res) return SCAN_STOP;
    const sema_ref *r = e->u.apply.res;
    if (r->kind == REF_DEF && !e->u.apply.nargs && !r->npath) {
        const sema_def *d = eval_ref_def(ep, r->def, r);
        if (d->nparams || d->native || !d->body) return SCAN_STOP;
        return scan_initial(ep, d->body, assigned, depth + 1, at);
    }
    bool in = sema_is_builtin(e, B_IN);
    int var = in || sema_is_builtin(e, B_EQ) ? plain_variable(e->u.apply.args[0]) : -1;
    if (var < 0) return SCAN_STOP;
    if (assigned[var]) return SCAN_ON;
    if (in) {
        *at = e;
        return SCAN_FOUND;
    }
    assigned[var] = true;
    return SCAN_ON;
}

const syn_expr *eval_initial_split(const eval_program *ep, const syn_expr *init)
{
    uint32_t n = ep->sema->nvars;
    bool *assigned = util_xcalloc(n + 1, sizeof(bool));
    const syn_expr *at = NULL;
    split_scan r = scan_initial(ep, init, assigned, 0, &at);
    free(assigned);
    return r == SCAN_FOUND ? at : NULL;
}

uint32_t eval_action_context(eval_worker *w, const eval_action *a, atom *names, val *vals, uint32_t max)
{
    uint32_t n = 0;
    const env *entries[MAX_SPLIT_NAMES];
    for (const struct eval_split *s = a->split; s; s = s->up)
        for (uint32_t i = 0, k = split_entries(s, entries); i < k; i++) {
            const env *b = entries[i];
            if (b->kind == ENV_OP) continue;   /* an operator argument: TLC's context shows no value */
            val v = b->v;
            if (b->kind == ENV_THUNK && (!b->forced || b->epoch != w->epoch) && !eval_try(w, b->where, b->expr, &v))
                return UINT32_MAX;
            if (n < max) names[n] = b->binder->name, vals[n] = v;
            n++;
        }
    return n;
}

bool eval_split_actions(eval_worker *w, const syn_expr *next, const val *state, bool spec, eval_state_fn fn,
                        void *ctx_)
{
    enumerator E = {.w = w, .fn = fn, .fn_ctx = ctx_, .spec = spec, .unbound = w->ep->sema->nvars,
                    .split_only = true};
    const syn_expr *named = sema_strip(next);
    const sema_ref *r = named->kind == SX_APPLY ? named->u.apply.res : NULL;
    const syn_expr *body = r && r->kind == REF_DEF && !r->def->nparams ? r->def->body : next;
    E.action = (eval_action){.name = w->ep->name_next, .loc = body->loc};
    memset(w->next_bound, 0, w->ep->sema->nvars * sizeof(bool));
    eval_frame f = w->frame;
    f.state = state;
    f.init_mode = false;
    f.depth = 0;
    protected_walk call = {&E, (ctx){0}, next, NULL, true};
    return eval_protected(w, &f, walk_body, &call);
}

/* Where TLC's split of e (Tool.getActions, outside its guarded calls and \E) meets what is no action:
 * a literal, or a declared name (its cast of the name to a definition fails), or NULL. */
static const syn_expr *refused_in_split(const eval_program *ep, const syn_expr *e, uint32_t depth)
{
    e = sema_strip(e);
    if (depth > SPLIT_MAX_DEPTH) return NULL;
    if (e->kind == SX_NUM || e->kind == SX_STR) return e;
    if (e->kind == SX_LET) return refused_in_split(ep, e->u.let.body, depth + 1);
    bool or = sema_is_builtin(e, B_OR);
    if (e->kind == SX_DISJ_LIST || or) {
        uint32_t n = or ? e->u.apply.nargs : e->u.list.nitems;
        for (uint32_t i = 0; i < n; i++) {
            const syn_expr *r = refused_in_split(ep, or ? e->u.apply.args[i] : e->u.list.items[i], depth + 1);
            if (r) return r;
        }
        return NULL;
    }
    const sema_ref *r = e->kind == SX_APPLY ? e->u.apply.res : NULL;
    if (!r || r->kind != REF_DECL || r->npath) return NULL;
    bool overridden = !r->decl->is_variable && r->decl->index < ep->sema->nconstants && ep->decl_override[r->decl->index];
    return overridden ? NULL : e;
}

const syn_expr *eval_split_refusal(const eval_program *ep, const syn_expr *next)
{
    const syn_expr *named = sema_strip(next);
    const sema_ref *r = named->kind == SX_APPLY ? named->u.apply.res : NULL;
    if (!r || r->kind != REF_DEF) return NULL;
    const sema_def *d = eval_ref_def(ep, r->def, r);
    return d->nparams || d->native || !d->body ? NULL : refused_in_split(ep, d->body, 0);
}

uint64_t eval_take_intermediate(eval_worker *w)
{
    uint64_t n = w->intermediate;
    w->intermediate = 0;
    return n;
}

void eval_pick_action(eval_worker *w, uint64_t draw, bool one)
{
    w->pick_draw = draw ? draw : 1;
    w->pick_one = one;
}

void eval_pick_reject(eval_worker *w) { w->pick_rejected++; }

void eval_set_pick_hooks(eval_worker *w, const eval_pick_hooks *hooks) { w->pick_hooks = hooks; }

void eval_pick_same_state(eval_worker *w, bool same, uint64_t key)
{
    if (!same) w->pick_memo.n = 0;   /* no choice has 0 branches: nothing is known */
    w->pick_memo.same = same;
    w->pick_key = key;
    /* the pick reads the state's row first: fetched now, while the caller decodes the state */
    const flat_list *f = w->walk_plans ? w->walk_plans->flat : NULL;
    if (key && f && f->memo) __builtin_prefetch(f->memo + (key & (f->rows - 1)) * (1 + 2 * f->words));
}

static void ignore_state(void *ctx_, const val *vars, const eval_action *a) {}

/* Walk `e` from the current state with fresh next-state buffers, so that an ENABLED or a
 * composition inside an action does not disturb the action's own bindings: false on an error
 * (w->err), which has unwound through here so that the worker has its own buffers back. */
static bool walk_aside_caught(enumerator *E, ctx c, const syn_expr *e, todo *rest)
{
    eval_worker *w = E->w;
    uint32_t n = w->ep->sema->nvars + w->nabstract;
    eval_frame aside = w->frame;
    aside.next = arena_alloc(&w->scratch, sizeof(val) * (n + 1));
    aside.next_bound = arena_zalloc(&w->scratch, sizeof(bool) * (n + 1));
    aside.next_complete = false;
    c = ctx_primed_as(c, false);
    protected_walk call = {E, c, e, rest, false};
    return eval_protected(w, &aside, walk_body, &call);
}

static void walk_aside(enumerator *E, ctx c, const syn_expr *e, todo *rest)
{
    if (!walk_aside_caught(E, c, e, rest)) eval_rethrow(E->w);
}

/* Does an instance around c give one of its module's variables anything but the root variable of
 * its name: an expression (`y <- x % 2`) or another variable (`y <- x`)? (TLC's ENABLED binds y'
 * by name: `active <- active` reads the same whether it is cut or substituted.) */
static bool substitutes_other(ctx c)
{
    for (const subst_frame *f = ctx_subst(c); f; f = f->up)
        for (uint32_t i = 0; i < f->inst->nsubs; i++) {
            const sema_subst *s = &f->inst->subs[i];
            ctx where;
            const syn_expr *root = s->decl->is_variable ? eval_root_name(f->where, s->value, &where) : NULL;
            const sema_ref *r = root ? root->u.apply.res : NULL;
            bool same_name = r && r->kind == REF_DECL && r->decl->is_variable && r->decl->name == s->decl->name;
            if (s->decl->is_variable && !same_name) return true;
        }
    return false;
}

/* The variables of the instances from w->enabled_cut up that no variable of the root module
 * names, once each, into w->abstract_vars (their slots: eval_abstract_slot). */
static void list_abstract_vars(eval_worker *w)
{
    uint32_t cap = 0;
    for (const subst_frame *f = w->enabled_cut; f; f = f->up) cap += f->inst->nsubs;
    const sema_decl **vars = arena_alloc(&w->scratch, sizeof *vars * (cap + 1));
    w->abstract_vars = vars;
    w->nabstract = 0;
    for (const subst_frame *f = w->enabled_cut; f; f = f->up)
        for (uint32_t i = 0; i < f->inst->nsubs; i++) {
            const sema_decl *d = f->inst->subs[i].decl;
            if (d->is_variable && eval_abstract_slot(w, f, d) < 0) vars[w->nabstract++] = d;
        }
}

/* ENABLED A: does A have a successor from the current state? Inside an instance that gives a
 * variable y an expression (`y <- x % 2`) or another variable (`y <- x`), TLC's lookup of y' stops
 * at ENABLED's context (Context.branch, Tool.getVar): y' is a variable of its own there, free for A
 * to give a value, while y still reads x % 2; so here (WF_y(A) of a refinement, `ENABLED A` in the
 * instance). An argument or LET definition made outside the ENABLED (TLC's LazyValue, its context
 * without the branch) reads y' through the substitution: (x % 2)', x' unbound there (ctx_cut). */
bool eval_enabled(eval_worker *w, ctx c, const syn_expr *action)
{
    enumerator E = {.w = w, .init = false, .fn = ignore_state, .stop_at_first = true, .unbound = w->ep->sema->nvars};
    E.action = (eval_action){.name = w->ep->name_enabled, .loc = action->loc};
    if (!ctx_subst(c) || !substitutes_other(c)) {
        walk_aside(&E, c, action, NULL);
        return E.stopped;
    }
    const subst_frame *cut = w->enabled_cut;
    const sema_decl **vars = w->abstract_vars;
    uint32_t nvars = w->nabstract;
    w->enabled_cut = ctx_subst(c);
    w->nabstract = 0;
    list_abstract_vars(w);
    E.unbound += w->nabstract;
    bool ok = walk_aside_caught(&E, ctx_cut(c), action, NULL);
    w->enabled_cut = cut;
    w->abstract_vars = vars;
    w->nabstract = nvars;
    if (!ok) eval_rethrow(w);
    return E.stopped;
}

/* A \cdot B on a given step s -> u (an action property or constraint, ENABLED's subscript...): does
 * some state t that A reaches from s have B from t to u? As TLC, t starts with no variable bound. */
bool eval_composition(eval_worker *w, ctx c, const syn_expr *e)
{
    c = ctx_primed_as(c, false);
    enumerator E = {.w = w, .init = false, .fn = ignore_state, .unbound = w->ep->sema->nvars};
    E.action = (eval_action){.name = w->ep->name_cdot, .loc = e->loc};
    cdot *f = new_cdot(w, c, e);
    f->test = true;
    f->target = w->next;
    f->target_bound = w->next_bound;
    f->target_complete = w->next_complete;
    walk_aside(&E, c, e->u.apply.args[0], TODO_CDOT(TODO_CDOT_MIDDLE, f, NULL));
    return E.stopped;
}
