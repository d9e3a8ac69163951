/* positions.c - where an evaluation error happened, as TLC lists it (eval_error_positions).
 *
 * TLC re-evaluates a failing step with a tool that records every expression it enters and prints
 * that stack: the action, then each expression the failing one was inside, operator calls followed
 * into the operator's body. tlc-c keeps no such stack while it evaluates (it would cost every
 * evaluation); after the error it searches the action's tree, definitions followed into their
 * bodies, for the failing expression, and lists the expressions on the way. Where the action
 * continues from one conjunct to the next (a conjunction, disjunction, \E, IF, CASE or LET at
 * the action's top, through action-level calls), TLC evaluates the later conjuncts inside the
 * earlier ones, so these are listed too. The search takes the first path in the order the
 * expressions are written: an expression reached twice (an operator called in two places) is
 * placed at its first caller, which may not be the one that failed.
 *
 * A RECURSIVE operator's body (or a recursive function's) is entered again only at the calls the
 * error kept (eval_error.calls, where the evaluation was when it failed): TLC lists every level,
 * each call and its body.
 *
 * Once every variable has a value (the successor's primed ones in an action, the state's in an
 * initial predicate), TLC evaluates the conjuncts left as plain values (Tool's
 * getNextStatesAllAssigned and its initial-state twin): they no longer continue, and a finished
 * one leaves its stack. The search follows which variables the conjuncts passed assign (`x' = e`,
 * `x' \in S`, UNCHANGED; the ones every branch of a disjunction or IF assigns). */
#include "eval.h"
#include "sema.h"
#include "syntax.h"

#include <string.h>

enum { MAX_DEPTH = 256, MAX_TRACKED = 256 };

/* The variables assigned so far, one bit each (specs with more than MAX_TRACKED are not followed). */
typedef struct assigned { uint64_t bits[MAX_TRACKED / 64]; } assigned;

typedef struct path {
    syn_loc *out;
    uint32_t n, max;
    syn_loc target;
    const sema_def *entered[MAX_DEPTH];   /* definitions being searched: no endless recursion */
    uint32_t nentered;
    uint32_t nvars;          /* the state's variables; 0: assignments are not followed */
    bool initial;            /* an initial predicate: `x = e` assigns, not `x' = e` */
    uint32_t substituted;    /* inside an INSTANCE with substitutions: its variables are not the state's */
    const syn_loc *calls;    /* the recursive calls being evaluated at the error, outermost first */
    uint32_t ncalls, call;   /* ... how many, and the next one the search is to pass */
    assigned done;
} path;

static bool same_loc(syn_loc a, syn_loc b)
{
    return a.file == b.file && a.line == b.line && a.col == b.col && a.end_line == b.end_line && a.end_col == b.end_col;
}

static bool search(path *p, const syn_expr *e, bool continues);

static bool push(path *p, syn_loc l)
{
    if (p->n == p->max) return false;
    p->out[p->n++] = l;
    return true;
}

/* The body of the user definition an application calls, or NULL. */
static const sema_def *called_def(const syn_expr *e)
{
    const sema_ref *r = e->u.apply.res;
    if (!r) return NULL;
    const sema_def *d = r->kind == REF_DEF ? r->def : r->kind == REF_BOUND && r->binder->kind == BINDER_LET_DEF ? r->binder->let_def : NULL;
    return d && d->body && !d->native ? d : NULL;
}

/* TLC evaluates the body of a definition imported through an INSTANCE with substitutions inside
 * the substitutions (SANY's SubstInNode, placed at the INSTANCE statement): each such instance the
 * call enters is on its stack between the call and the body. An instance of a module without
 * CONSTANTs or VARIABLEs substitutes nothing and is not listed. */
static bool push_instances(path *p, const syn_expr *call)
{
    const sema_ref *r = call->u.apply.res;
    for (uint32_t i = 0; i < r->npath; i++) {
        if (!r->path[i].inst->nsubs) continue;
        p->substituted++;
        if (!push(p, r->path[i].inst->loc)) return false;
    }
    return true;
}

/* Is call e the next of the recursive calls the error kept? */
static bool kept_call(const path *p, const syn_expr *e)
{
    return p->call < p->ncalls && same_loc(e->loc, p->calls[p->call]);
}

static bool search_def(path *p, const sema_def *d, bool continues, bool again)
{
    for (uint32_t i = 0; i < p->nentered && !again; i++)
        if (p->entered[i] == d) return false;
    if (p->nentered == MAX_DEPTH) return false;
    p->entered[p->nentered++] = d;
    bool found = search(p, d->body, continues);   /* TLC enters any definition's body there */
    p->nentered--;
    return found;
}

/* f[a] where f is a recursive function definition and the application one of the error's kept
 * calls: TLC lists the application, then the function's body at that level. */
static bool search_kept_function_call(path *p, const syn_expr *e)
{
    const syn_expr *fn = sema_strip(e->u.fapp.fn);
    const sema_def *d = fn->kind == SX_APPLY ? called_def(fn) : NULL;
    if (!d || !d->is_function || d->body->kind != SX_FUNC || !kept_call(p, e) || p->nentered == MAX_DEPTH) return false;
    p->call++;
    p->entered[p->nentered++] = d;
    bool found = search(p, d->body->u.q.body, false);
    p->nentered--;
    if (!found) p->call--;
    return found;
}

static bool search_all(path *p, syn_expr *const *es, uint32_t n)
{
    for (uint32_t i = 0; i < n; i++)
        if (es[i] && search(p, es[i], false)) return true;
    return false;
}

static bool search_bounds(path *p, const syn_bound *b, uint32_t n)
{
    for (uint32_t i = 0; i < n; i++)
        if (b[i].set && search(p, b[i].set, false)) return true;
    return false;
}

static void assign(assigned *a, uint32_t index)
{
    if (index < MAX_TRACKED) a->bits[index / 64] |= (uint64_t)1 << (index % 64);
}

static bool all_assigned(const path *p)
{
    if (!p->nvars || p->nvars > MAX_TRACKED) return false;
    for (uint32_t i = 0; i < p->nvars; i++)
        if (!(p->done.bits[i / 64] >> (i % 64) & 1)) return false;
    return true;
}

/* The state variable e names (no instance path, no arguments), or NULL. */
static const sema_decl *state_variable(const syn_expr *e)
{
    e = sema_strip(e);
    if (e->kind != SX_APPLY || e->u.apply.nargs) return NULL;
    const sema_ref *r = e->u.apply.res;
    return r && r->kind == REF_DECL && r->npath == 0 && r->decl->is_variable ? r->decl : NULL;
}

/* The variable an assignment's left side `x'` (or `x` in an initial predicate) gives a value. */
static const sema_decl *assigned_variable(const path *p, const syn_expr *lhs)
{
    lhs = sema_strip(lhs);
    if (p->initial) return state_variable(lhs);
    return sema_is_builtin(lhs, B_PRIME) ? state_variable(lhs->u.apply.args[0]) : NULL;
}

/* UNCHANGED's argument: a variable, a tuple of them, or a definition naming one. */
static void assign_unchanged(const syn_expr *e, assigned *a, uint32_t depth)
{
    e = sema_strip(e);
    const sema_decl *v = state_variable(e);
    if (v) {
        assign(a, v->index);
    } else if (e->kind == SX_TUPLE) {
        for (uint32_t i = 0; i < e->u.list.nitems; i++) assign_unchanged(e->u.list.items[i], a, depth);
    } else if (e->kind == SX_APPLY && !e->u.apply.nargs && depth < MAX_DEPTH) {
        const sema_def *d = called_def(e);
        if (d && !d->nparams && !e->u.apply.res->npath) assign_unchanged(d->body, a, depth + 1);
    }
}

static void assigned_by(const path *p, const syn_expr *e, assigned *a, uint32_t depth);

/* The variables every one of n branches assigns, added to a. */
static void assigned_by_all(const path *p, syn_expr *const *branches, uint32_t n, assigned *a, uint32_t depth)
{
    assigned common;
    for (uint32_t i = 0; i < n; i++) {
        assigned one = {0};
        assigned_by(p, branches[i], &one, depth);
        for (uint32_t w = 0; w < MAX_TRACKED / 64; w++) common.bits[w] = i ? common.bits[w] & one.bits[w] : one.bits[w];
    }
    for (uint32_t w = 0; n && w < MAX_TRACKED / 64; w++) a->bits[w] |= common.bits[w];
}

/* The variables conjunct e surely assigns once evaluated, added to a. */
static void assigned_by(const path *p, const syn_expr *e, assigned *a, uint32_t depth)
{
    if (p->substituted || depth == MAX_DEPTH) return;
    e = sema_strip(e);
    switch (e->kind) {
    case SX_CONJ_LIST:
        for (uint32_t i = 0; i < e->u.list.nitems; i++) assigned_by(p, e->u.list.items[i], a, depth + 1);
        return;
    case SX_DISJ_LIST: assigned_by_all(p, e->u.list.items, e->u.list.nitems, a, depth + 1); return;
    case SX_IF: {
        syn_expr *branches[] = {e->u.ite.then_, e->u.ite.else_};
        assigned_by_all(p, branches, 2, a, depth + 1);
        return;
    }
    case SX_EXISTS: assigned_by(p, e->u.q.body, a, depth + 1); return;
    case SX_LET: assigned_by(p, e->u.let.body, a, depth + 1); return;
    case SX_APPLY: break;
    default: return;
    }
    if (sema_is_builtin(e, B_AND)) {
        assigned_by(p, e->u.apply.args[0], a, depth + 1);
        assigned_by(p, e->u.apply.args[1], a, depth + 1);
    } else if (sema_is_builtin(e, B_OR)) {
        assigned_by_all(p, e->u.apply.args, 2, a, depth + 1);
    } else if (sema_is_builtin(e, B_EQ) || sema_is_builtin(e, B_IN)) {
        const sema_decl *v = assigned_variable(p, e->u.apply.args[0]);
        if (v) assign(a, v->index);
    } else if (sema_is_builtin(e, B_UNCHANGED) && !p->initial) {
        assign_unchanged(e->u.apply.args[0], a, depth);
    } else {
        const sema_def *d = called_def(e);
        if (d && !d->nparams && !e->u.apply.res->npath) assigned_by(p, d->body, a, depth + 1);
    }
}

/* UNCHANGED's argument as TLC goes through it, each part inside the one before (a tuple's
 * components, a definition's body), until every variable has a value. */
static bool push_unchanged(path *p, const syn_expr *e)
{
    while (e->kind == SX_PAREN) e = e->u.bin.a;
    if (!push(p, e->loc)) return false;
    const sema_decl *v = state_variable(e);
    if (v) {
        if (!p->substituted) assign(&p->done, v->index);
    } else if (e->kind == SX_TUPLE) {
        for (uint32_t i = 0; i < e->u.list.nitems && !all_assigned(p); i++)
            if (!push_unchanged(p, e->u.list.items[i])) return false;
    } else if (e->kind == SX_APPLY && !e->u.apply.nargs && p->nentered < MAX_DEPTH) {
        const sema_def *d = called_def(e);
        if (d && !d->nparams && !e->u.apply.res->npath) {
            p->entered[p->nentered++] = d;
            bool ok = push_unchanged(p, d->body);
            p->nentered--;
            return ok;
        }
    }
    return true;
}

/* The expressions of conjunct e that stay on TLC's stack while the conjuncts after it are
 * evaluated: e, and inside a conjunction each of its conjuncts in turn (TLC evaluates the rest of a
 * conjunction inside the conjunct before it), the body of a definition it calls (all but the
 * constant ones without parameters, which TLC has evaluated before the search), the body of an
 * \E, a LET or a label. */
static bool push_continued(path *p, const syn_expr *e)
{
    while (e->kind == SX_PAREN) e = e->u.bin.a;
    if (!push(p, e->loc)) return false;
    if (e->kind == SX_CONJ_LIST) {
        for (uint32_t i = 0; i < e->u.list.nitems && !all_assigned(p); i++)
            if (!push_continued(p, e->u.list.items[i])) return false;
    } else if (sema_is_builtin(e, B_AND)) {
        return push_continued(p, e->u.apply.args[0]) && (all_assigned(p) || push_continued(p, e->u.apply.args[1]));
    } else if (sema_is_builtin(e, B_UNCHANGED) && !p->initial) {
        return push_unchanged(p, e->u.apply.args[0]);
    } else if (e->kind == SX_APPLY) {
        const sema_def *d = called_def(e);
        if (!d) assigned_by(p, e, &p->done, 0);
        if (!d || (d->level == LEVEL_CONSTANT && !d->nparams) || p->nentered == MAX_DEPTH) return true;
        for (uint32_t i = 0; i < p->nentered; i++)
            if (p->entered[i] == d) return true;
        uint32_t subst = p->substituted;
        if (!push_instances(p, e)) return false;
        p->entered[p->nentered++] = d;
        bool ok = push_continued(p, d->body);
        p->nentered--;
        p->substituted = subst;
        return ok;
    } else if (e->kind == SX_EXISTS) {
        return push_continued(p, e->u.q.body);
    } else if (e->kind == SX_LET) {
        return push_continued(p, e->u.let.body);
    } else if (e->kind == SX_LABEL) {
        return push_continued(p, e->u.label.body);
    } else {
        assigned_by(p, e, &p->done, 0);
    }
    return true;
}

/* A conjunction the action continues through (a list, or a /\ b): its earlier conjuncts stay on
 * TLC's stack, until every variable has a value. */
static bool search_conjuncts(path *p, syn_expr *const *items, uint32_t n)
{
    uint32_t mark = p->n;
    assigned before = p->done;
    for (uint32_t i = 0; i < n; i++) {
        bool continues = !all_assigned(p);
        if (search(p, items[i], continues)) return true;
        if (continues && !push_continued(p, items[i])) break;
    }
    p->n = mark;
    p->done = before;
    return false;
}

static bool search_children(path *p, const syn_expr *e, bool continues)
{
    switch (e->kind) {
    case SX_APPLY: {
        if (continues && sema_is_builtin(e, B_AND)) return search_conjuncts(p, e->u.apply.args, 2);
        if (search_all(p, e->u.apply.args, e->u.apply.nargs)) return true;
        const sema_def *d = called_def(e);
        if (!d) return false;
        uint32_t mark = p->n, subst = p->substituted, call = p->call;
        bool again = d->recursive && kept_call(p, e);
        p->call += again;
        if (push_instances(p, e) && search_def(p, d, continues, again)) return true;
        p->n = mark;
        p->substituted = subst;
        p->call = call;
        return false;
    }
    case SX_IF:
        return search(p, e->u.ite.cond, false) || search(p, e->u.ite.then_, continues) ||
               search(p, e->u.ite.else_, continues);
    case SX_CASE:
        for (uint32_t i = 0; i < e->u.cas.narms; i++)
            if (search(p, e->u.cas.arms[i].guard, false) || search(p, e->u.cas.arms[i].value, continues)) return true;
        return e->u.cas.other && search(p, e->u.cas.other, continues);
    case SX_LET: return search(p, e->u.let.body, continues);
    case SX_EXISTS:
        return search_bounds(p, e->u.q.bounds, e->u.q.nbounds) || search(p, e->u.q.body, continues);
    case SX_FORALL: case SX_CHOOSE: case SX_SET_FILTER: case SX_SET_MAP: case SX_FUNC:
        return search_bounds(p, e->u.q.bounds, e->u.q.nbounds) || search(p, e->u.q.body, false);
    case SX_CONJ_LIST:
        if (continues) return search_conjuncts(p, e->u.list.items, e->u.list.nitems);
        return search_all(p, e->u.list.items, e->u.list.nitems);
    case SX_DISJ_LIST:
        for (uint32_t i = 0; i < e->u.list.nitems; i++)
            if (search(p, e->u.list.items[i], continues)) return true;
        return false;
    case SX_SET_ENUM: case SX_TUPLE: case SX_CROSS: return search_all(p, e->u.list.items, e->u.list.nitems);
    case SX_RECORD: case SX_RECORD_SET:
        for (uint32_t i = 0; i < e->u.rec.nfields; i++)
            if (search(p, e->u.rec.fields[i].value, false)) return true;
        return false;
    case SX_FUNC_SET: case SX_BOX_ACTION: case SX_ANGLE_ACTION: case SX_WF: case SX_SF:
        return search(p, e->u.bin.a, false) || (e->u.bin.b && search(p, e->u.bin.b, false));
    case SX_FAPPLY:
        return search_kept_function_call(p, e) || search(p, e->u.fapp.fn, false) ||
               search_all(p, e->u.fapp.args, e->u.fapp.nargs);
    case SX_DOT: return search(p, e->u.dot.rec, false);
    case SX_EXCEPT:
        if (search(p, e->u.except.base, false)) return true;
        for (uint32_t i = 0; i < e->u.except.nupdates; i++) {
            const syn_except_update *u = &e->u.except.updates[i];
            for (uint32_t k = 0; k < u->nsteps; k++)
                if (!u->steps[k].is_field && search_all(p, u->steps[k].index, u->steps[k].nindex)) return true;
            if (search(p, u->value, false)) return true;
        }
        return false;
    case SX_LABEL: return search(p, e->u.label.body, continues);
    default: return false;
    }
}

/* Is the failing expression e or inside it? On the way, the expressions entered are in p->out. */
static bool search(path *p, const syn_expr *e, bool continues)
{
    if (!e) return false;
    if (e->kind == SX_PAREN) return search(p, e->u.bin.a, continues);   /* SANY keeps no parentheses */
    uint32_t mark = p->n;
    if (!push(p, e->loc)) return false;
    if ((same_loc(e->loc, p->target) && p->call == p->ncalls) || search_children(p, e, continues)) return true;
    p->n = mark;
    return false;
}

/* TLC splits a next-state relation into actions at its top disjunctions and \E: the action is the
 * disjunct, or the body, the failing expression is in. */
static const syn_expr *split_action(path *p, const syn_expr *e)
{
    for (;;) {
        if (e->kind == SX_PAREN) {
            e = e->u.bin.a;
        } else if (e->kind == SX_EXISTS) {
            e = e->u.q.body;
        } else if (e->kind == SX_DISJ_LIST) {
            uint32_t i = 0;
            while (i < e->u.list.nitems && !search(p, e->u.list.items[i], true)) i++;
            if (i == e->u.list.nitems) return e;
            p->n = 0;   /* the search starts again inside the disjunct found */
            p->call = 0;
            p->done = (assigned){0};
            e = e->u.list.items[i];
        } else {
            return e;
        }
    }
}

/* The positions down to `failing` through the first ncalls of the error's recursive calls. */
static uint32_t action_positions(const syn_expr *action, const eval_positions_of *of, uint32_t ncalls, syn_loc failing,
                                 syn_loc *out, uint32_t max)
{
    path p = {.out = out, .max = max, .target = failing, .nvars = of->nvars, .initial = of->initial,
              .calls = of->calls, .ncalls = ncalls};
    if (of->split) action = split_action(&p, action);
    return search(&p, action, true) ? p.n : 0;
}

uint32_t eval_error_positions(const syn_expr *action, const eval_positions_of *of, syn_loc failing, syn_loc *out,
                              uint32_t max)
{
    if (!action || !max) return 0;
    uint32_t n = action_positions(action, of, of->ncalls, failing, out, max);
    /* calls the search does not meet (a recursive function's, or another evaluation's): the
     * failing expression at its first level */
    return n || !of->ncalls ? n : action_positions(action, of, 0, failing, out, max);
}

/* The positions down to `failing` inside e, a value, through the first ncalls of calls. */
static uint32_t value_positions(const syn_expr *e, const syn_loc *calls, uint32_t ncalls, syn_loc failing, syn_loc *out,
                                uint32_t max)
{
    path p = {.out = out, .max = max, .target = failing, .calls = calls, .ncalls = ncalls};
    return search(&p, e, false) ? p.n : 0;
}

uint32_t eval_error_positions_in(const syn_expr *e, syn_loc failing, syn_loc *out, uint32_t max)
{
    return e && max ? value_positions(e, NULL, 0, failing, out, max) : 0;
}

uint32_t eval_error_positions_called(const syn_expr *e, const syn_loc *calls, uint32_t ncalls, syn_loc failing,
                                     syn_loc *out, uint32_t max)
{
    if (!e || !max) return 0;
    uint32_t n = value_positions(e, calls, ncalls, failing, out, max);
    return n || !ncalls ? n : value_positions(e, NULL, 0, failing, out, max);
}

uint32_t eval_continued_positions(const syn_expr *e, uint32_t nvars, syn_loc *out, uint32_t max)
{
    path p = {.out = out, .max = max, .nvars = nvars, .initial = true};
    if (e) push_continued(&p, e);
    return p.n;
}

uint32_t eval_fair_step_positions(const syn_expr *step, syn_loc failing, syn_loc *out, uint32_t max)
{
    path p = {.out = out, .max = max};
    if (!max || !push_continued(&p, step->u.bin.a)) return p.n;
    return p.n + eval_error_positions_in(step->u.bin.b, failing, out + p.n, max - p.n);
}
