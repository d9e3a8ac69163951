/* compile.c - the compiled form of expressions (see eval_cnode in eval_internal.h).
 *
 * Each node of the resolved tree gets, once per sema program, a handler chosen for its shape and
 * its operands resolved: evaluating it is one indirect call, its children are called directly, and
 * nothing sema decided (what a name is, which builtin, the arity) is looked at again. A handler
 * gives the node back to the interpreter (eval_node, or eval_call for names) wherever the run's
 * context makes it other than its plain case: a .cfg override of the definition it calls, an
 * instance substitution in force, a name bound to an operator. So the values, the errors (with
 * their locations and messages) and the order in which operands are evaluated are the
 * interpreter's. Shapes without a handler here go to the interpreter directly. */
#include "eval_internal.h"

#include <assert.h>
#include <string.h>

#define EV(k, cx) ((k)->fn(w, (cx), (k)))

/* ---- building nodes ----------------------------------------------------------------------------- */

typedef struct compiler {
    sema_program *p;
    arena *mem;
    native_fn plus, minus, times, lt, le, gt, ge, range;
    native_fn len, append, head, tail;   /* the standard Sequences' */
    struct substitution *subst;          /* compiling under a substitution (eval_compile_substituted) */
} compiler;

static const eval_cnode *compile(compiler *K, syn_expr *e);

static eval_cnode *node(compiler *K, eval_cfn fn, const syn_expr *e, uint32_t nkids)
{
    eval_cnode *k = arena_zalloc(K->mem, sizeof *k + sizeof(eval_cnode *) * nkids);
    k->fn = fn;
    k->e = e;
    k->plain = k;
    k->nkids = nkids;
    return k;
}

/* A node whose operands are the expressions es (compiled in order). */
static eval_cnode *node_of(compiler *K, eval_cfn fn, const syn_expr *e, syn_expr *const *es, uint32_t n)
{
    eval_cnode *k = node(K, fn, e, n);
    for (uint32_t i = 0; i < n; i++) k->kids[i] = compile(K, es[i]);
    return k;
}

/* ---- handlers: the interpreter, literals, names ------------------------------------------------- */

static val c_interp(eval_worker *w, ctx c, const eval_cnode *k) { return eval_node(w, c, k->e); }
static val c_cached(eval_worker *w, ctx c, const eval_cnode *k) { return eval_cached(w, c, k->e); }
static val c_literal(eval_worker *w, ctx c, const eval_cnode *k)
{
    (void)w, (void)c;
    return k->u.v;
}
static val c_call(eval_worker *w, ctx c, const eval_cnode *k) { return eval_call(w, c, k->e); }

/* A state variable, outside any instance substitution. */
static val c_variable(eval_worker *w, ctx c, const eval_cnode *k)
{
    if (ctx_subst(c)) return eval_call(w, c, k->e);
    uint32_t i = k->u.decl->index;   /* (a variable of the root module: UINT32_MAX goes to c_call) */
    if (!ctx_primed(c)) {
        if (w->state && !w->init_mode && w->state[i].kind != VAL_NONE) return w->state[i];
    } else if (w->next_complete || w->next_bound[i]) {
        return w->next[i];
    }
    return eval_read_variable(w, k->u.decl, ctx_primed(c), k->e->loc);   /* its errors */
}

/* A constant given a value in the .cfg, outside any instance substitution. */
static val c_constant(eval_worker *w, ctx c, const eval_cnode *k)
{
    const eval_program *ep = w->ep;
    uint32_t i = k->u.decl->index;
    if (!ctx_subst(c) && i < ep->sema->nconstants && !ep->decl_override[i] && ep->constant_set[i])
        return ep->constants[i];
    return eval_call(w, c, k->e);
}

/* A bound name used without arguments: a value, a forced thunk, or else the interpreter's way. */
static val c_bound(eval_worker *w, ctx c, const eval_cnode *k)
{
    env *b = eval_lookup(c.env, k->u.binder);
    UTIL_ASSERT(b, "unbound name %s", k->e->u.apply.name);
    if (eval_bound_ready(w, c, b)) return b->v;
    return eval_bound(w, c, k->e, b);
}

/* ---- definitions -------------------------------------------------------------------------------- */

/* Is d called as written: no `Op <- Other` and no `Op = value` in the .cfg? */
static inline bool as_written(const eval_program *ep, const sema_def *d)
{
    return !ep->def_override[d->id] && !ep->def_value[d->id];
}

/* A definition of the spec (not native, not RECURSIVE), named without an instance path, as eval_def
 * evaluates it; the per-state and per-step caches of parameterless state-level definitions are
 * eval_def's own (a hit is taken here, the rest goes there), and so is the per-state cache of
 * definitions by their arguments' values (argcache.c). */
static val c_def(eval_worker *w, ctx c, const eval_cnode *k)
{
    const sema_def *d = k->u.def;
    if (w->ep->def_value[d->id]) return *w->ep->def_value[d->id];   /* `NoVal = NoVal` in the .cfg: eval_def's first case */
    if (!as_written(w->ep, d)) return eval_call(w, c, k->e);
    ctx body = ctx_primed_as(ctx_subst_only(c), ctx_primed(c));
    if (d->nparams == 0) {
        if (d->level == LEVEL_CONSTANT && !ctx_subst(c)) return eval_memoised(w, d);
        if (d->level == LEVEL_STATE) {
            if (!ctx_primed(c) && !w->init_mode && w->state) {
                uint32_t slot = eval_state_slot(w->ep, c, d);
                if (slot != UINT32_MAX && w->state_epoch[slot] == w->epoch) return w->state_memo[slot];
            }
            return eval_call(w, c, k->e);
        }
    } else {
        if (eval_args_may_keep(w, c, d)) return eval_call(w, c, k->e);   /* kept by its arguments' values */
        body = eval_bind_params(w, body, c, d, k->e->u.apply.args, k->e->u.apply.nargs);
    }
    return eval_expr(w, body, d->body);
}

/* A native operator (the standard modules' and the community modules'), called with the call's
 * arguments as the interpreter calls it. */
static val c_native(eval_worker *w, ctx c, const eval_cnode *k)
{
    const sema_def *d = k->u.def;
    if (!as_written(w->ep, d)) return eval_call(w, c, k->e);
    native_call call = {w, c, k->e, k->e->u.apply.args, k->e->u.apply.nargs, NULL, k->e->loc};
    return ((native_fn)d->native)(&call);
}

/* Len, Append, Head and Tail of the standard Sequences on a sequence, in line: the first argument
 * evaluated, then, when it is a sequence (and for Head and Tail not empty), the native's answer
 * without its call; anything else (a string, an error) by the native itself, given that value (its
 * own checks, wording and positions: a native_call with `vals`). Append's second argument is
 * evaluated after the first, as the native does. */
static __attribute__((noinline)) val seq_native(eval_worker *w, ctx c, const eval_cnode *k, val *vals)
{
    native_call call = {w, c, k->e, k->e->u.apply.args, k->e->u.apply.nargs, vals, k->e->loc};
    return ((native_fn)k->u.def->native)(&call);
}

static val c_len(eval_worker *w, ctx c, const eval_cnode *k)
{
    if (!as_written(w->ep, k->u.def)) return eval_call(w, c, k->e);
    val s = EV(k->kids[0], c);
    if (s.kind == VAL_SEQ) return val_int((int64_t)val_len(s));
    return seq_native(w, c, k, &s);
}

static val c_append(eval_worker *w, ctx c, const eval_cnode *k)
{
    if (!as_written(w->ep, k->u.def)) return eval_call(w, c, k->e);
    val args[2] = {EV(k->kids[0], c), val_bool(false)};
    if (args[0].kind != VAL_SEQ) return seq_native(w, c, k, args);   /* fails on the first argument */
    return val_seq_append(&w->scratch, args[0], EV(k->kids[1], c));
}

static val c_head(eval_worker *w, ctx c, const eval_cnode *k)
{
    if (!as_written(w->ep, k->u.def)) return eval_call(w, c, k->e);
    val s = EV(k->kids[0], c);
    if (s.kind == VAL_SEQ && val_len(s)) return val_seq_at(s, 0);
    return seq_native(w, c, k, &s);
}

static val c_tail(eval_worker *w, ctx c, const eval_cnode *k)
{
    if (!as_written(w->ep, k->u.def)) return eval_call(w, c, k->e);
    val s = EV(k->kids[0], c);
    if (s.kind == VAL_SEQ && val_len(s)) return val_seq_sub(&w->scratch, s, 1, val_len(s));
    return seq_native(w, c, k, &s);
}

/* Integer arithmetic and comparisons of Naturals/Integers: both operands evaluated (left first),
 * then checked, with the natives' errors (native_int_cast_failed, native_int_compare_failed). */
static __attribute__((noinline, cold)) _Noreturn void not_integer(eval_worker *w, const eval_cnode *k, const char *java,
                                                                   const char *op, uint32_t i, val v)
{
    if (java) native_int_cast_failed(w, k->e->loc, java, v);
    native_int_compare_failed(w, k->e->loc, op, i, v);
}

#define INT_OPERANDS(java, op)                                                                              \
    if (!as_written(w->ep, k->u.def)) return eval_call(w, c, k->e);                                         \
    val a = EV(k->kids[0], c), b = EV(k->kids[1], c);                                                       \
    if (!val_is_int(a)) not_integer(w, k, java, op, 0, a);                                                  \
    if (!val_is_int(b)) not_integer(w, k, java, op, 1, b);                                                  \
    int64_t x = val_get_int(a), y = val_get_int(b)

#define INT_ARITHMETIC(name, java, op, symbol)                                                              \
    static val name(eval_worker *w, ctx c, const eval_cnode *k)                                             \
    {                                                                                                       \
        INT_OPERANDS(NATIVE_INTEGERS_METHOD("IntValue", java, NATIVE_INT_PARAMS), NULL);                    \
        val out;                                                                                            \
        val_status st = op(x, y, &out);                                                                     \
        if (__builtin_expect(st != VAL_OK, 0)) eval_arith_failed(w, k->e->loc, st, x, symbol, y);          \
        return out;                                                                                         \
    }
INT_ARITHMETIC(c_plus, "Plus", val_int_add, "+")
INT_ARITHMETIC(c_minus, "Minus", val_int_sub, "-")
INT_ARITHMETIC(c_times, "Times", val_int_mul, "*")
#define INT_COMPARISON(name, op)                                                                            \
    static val name(eval_worker *w, ctx c, const eval_cnode *k)                                             \
    {                                                                                                       \
        INT_OPERANDS(NULL, #op);                                                                            \
        return val_bool(x op y);                                                                            \
    }
INT_COMPARISON(c_lt, <)
INT_COMPARISON(c_le, <=)
INT_COMPARISON(c_gt, >)
INT_COMPARISON(c_ge, >=)
static val c_range(eval_worker *w, ctx c, const eval_cnode *k)
{
    INT_OPERANDS(NATIVE_INTEGERS_METHOD("IntervalValue", "DotDot", NATIVE_INT_PARAMS), NULL);
    return val_interval_make(&w->scratch, x, y);
}

/* ---- builtins ----------------------------------------------------------------------------------- */

/* The operand whose value is kid i of k (a Boolean operator's, IF's, a list's, CASE's, a quantifier's,
 * a filter's), for truth's error: found only when it fails, so that the callers keep no more live. */
static const syn_expr *truth_operand(const syn_expr *e, uint32_t i)
{
    switch (e->kind) {
    case SX_APPLY: return e->u.apply.args[i];
    case SX_IF: return e->u.ite.cond;
    case SX_CONJ_LIST: case SX_DISJ_LIST: return e->u.list.items[i];
    case SX_CASE: return e->u.cas.arms[i / 2].guard;
    default: return e->u.q.body;
    }
}

_Noreturn static __attribute__((noinline, cold)) void truth_failed(eval_worker *w, const eval_cnode *k, uint32_t i, val v)
{
    eval_fail_truth_in(w, k->e, truth_operand(k->e, i), v);
}

/* The truth of kid i of k. */
static inline bool truth(eval_worker *w, ctx c, const eval_cnode *k, uint32_t i)
{
    val v = EV(k->kids[i], c);
    if (!val_is_bool(v)) truth_failed(w, k, i, v);
    return val_get_bool(v);
}

static val c_and(eval_worker *w, ctx c, const eval_cnode *k)
{
    return val_bool(truth(w, c, k, 0) && truth(w, c, k, 1));
}
static val c_or(eval_worker *w, ctx c, const eval_cnode *k)
{
    return val_bool(truth(w, c, k, 0) || truth(w, c, k, 1));
}
static val c_implies(eval_worker *w, ctx c, const eval_cnode *k)
{
    return val_bool(!truth(w, c, k, 0) || truth(w, c, k, 1));
}
static val c_not(eval_worker *w, ctx c, const eval_cnode *k)
{
    val v = EV(k->kids[0], c);
    if (!val_is_bool(v)) eval_fail_not_negatable(w, k->e->loc, v);
    return val_bool(!val_get_bool(v));
}

/* An explicit set, empty or whose first member is an integer, and an interval (`ack[p] = Proc`):
 * their equality is decided without an error (val_equal_status's case, read in line). */
static inline bool set_of_ints_and_interval(val set, val lazy)
{
    return lazy.u.lazy->kind == LAZY_INTERVAL && (!set.u.set->n || set.u.set->elems[0].kind == VAL_INT);
}

/* a = b of two integers, Booleans or strings (interned: equal strings are one atom), of two
 * sequences one of which is empty (a channel against << >>), of two explicit sets one of which is
 * empty (GameOfLife's `S = {}` ending a fold), or of a set of integers and an interval, in line; the
 * rest through eval_equal, which also refuses what TLC refuses to compare. */
static inline bool equal(eval_worker *w, val a, val b, syn_loc loc)
{
    if (a.kind == b.kind) {
        if (a.kind == VAL_INT) return val_get_int(a) == val_get_int(b);
        if (a.kind == VAL_BOOL) return val_get_bool(a) == val_get_bool(b);
        if (a.kind == VAL_STR || a.kind == VAL_MODEL) return a.u.s == b.u.s;
        if (a.kind == VAL_SEQ && (a.u.seq->n == 0 || b.u.seq->n == 0)) return a.u.seq->n == b.u.seq->n;
        if (a.kind == VAL_SET && (a.u.set->n == 0 || b.u.set->n == 0)) return a.u.set->n == b.u.set->n;
    } else if (a.kind == VAL_SET && b.kind == VAL_LAZY) {
        if (set_of_ints_and_interval(a, b)) return val_listed_is_interval(a.u.set, b.u.lazy);
    } else if (b.kind == VAL_SET && a.kind == VAL_LAZY) {
        if (set_of_ints_and_interval(b, a)) return val_listed_is_interval(b.u.set, a.u.lazy);
    }
    return eval_equal(w, a, b, loc);
}
static val c_eq(eval_worker *w, ctx c, const eval_cnode *k)
{
    val a = EV(k->kids[0], c), b = EV(k->kids[1], c);
    return val_bool(equal(w, a, b, k->e->loc));
}
static val c_neq(eval_worker *w, ctx c, const eval_cnode *k)
{
    val a = EV(k->kids[0], c), b = EV(k->kids[1], c);
    return val_bool(!equal(w, a, b, k->e->loc));
}

/* x \in S, S evaluated and searched: S is not a set form (a filter, a map, a set operation, whose
 * membership the interpreter decides without building it), nor a definition that is one (u.def:
 * one an override could make one, then the interpreter's way). */
static bool member(eval_worker *w, ctx c, const eval_cnode *k)
{
    val x = EV(k->kids[0], c);
    const syn_expr *set = k->e->u.apply.args[1];
    if (k->u.def && !as_written(w->ep, k->u.def)) return eval_member_of(w, c, x, set);
    val s = EV(k->kids[1], c);
    int in = val_set_scan(s, x);   /* a few members: in line */
    return in >= 0 ? in : eval_member_at(w, x, s, set);
}
static val c_in(eval_worker *w, ctx c, const eval_cnode *k) { return val_bool(member(w, c, k)); }
static val c_notin(eval_worker *w, ctx c, const eval_cnode *k) { return val_bool(!member(w, c, k)); }
/* x \in v, v a state variable of the root module read in the current state (kids[1] c_variable): as
 * member(), where the search is kept for the state (w->member_memo, by v and x's bits, tagged with
 * the state's epoch: values are immutable while their epoch lasts, as argcache.c keeps them), so
 * that the labels of one state that test the same x (AllocatorImplementation's ENABLED RReq(m),
 * RAlloc(m) and RRet(m), each guarded by m \in network) search v's set once. A search that fails
 * (TLC's error) is not kept; a few scalar members are scanned in line, as member() does. */
static bool member_of_variable(eval_worker *w, ctx c, const eval_cnode *k)
{
    val x = EV(k->kids[0], c);
    uint32_t var = k->kids[1]->u.decl->index;
    bool in_state =
        !ctx_subst(c) && !ctx_primed(c) && w->state && !w->init_mode && w->state[var].kind == VAL_SET;
    val s = in_state ? w->state[var] : EV(k->kids[1], c);   /* (c_variable's value there) */
    int in = val_set_scan(s, x);
    if (in >= 0) return in;
    const syn_expr *set = k->e->u.apply.args[1];
    if (!in_state) return eval_member_at(w, x, s, set);
    uint64_t h = ((uint64_t)x.u.i ^ x.kind ^ var) * 0x9E3779B97F4A7C15u;   /* (a pointer's low bits are 0) */
    struct member_memo *m = &w->member_memo[(h >> 40) % EVAL_MEMBER_SLOTS];
    if (m->epoch == w->epoch && m->var == var && memcmp(&m->x, &x, sizeof x) == 0) return m->in;
    bool found = eval_member_at(w, x, s, set);
    *m = (struct member_memo){w->epoch, var, x, found};
    return found;
}
static val c_in_variable(eval_worker *w, ctx c, const eval_cnode *k) { return val_bool(member_of_variable(w, c, k)); }
static val c_notin_variable(eval_worker *w, ctx c, const eval_cnode *k)
{
    return val_bool(!member_of_variable(w, c, k));
}
/* x \in {a, b, ...}: kids are x and the members as written, looked for in that order. All are
 * evaluated first (TLC builds the set); members that are scalars of x's kind are compared in line
 * (Update's `snapshotStore[t][k] \notin {NoVal, v}`), the first other one sends the whole search to
 * eval_member_listed, which compares those the same way first. */
enum { LISTED_FEW = 4 };
static bool member_listed(eval_worker *w, ctx c, const eval_cnode *k)
{
    val x = EV(k->kids[0], c);
    uint32_t n = k->nkids - 1;
    val few[LISTED_FEW];
    val *vs = n <= LISTED_FEW ? few : arena_alloc(&w->scratch, sizeof(val) * (n + 1));
    for (uint32_t i = 0; i < n; i++) vs[i] = EV(k->kids[i + 1], c);
    bool scalar = x.kind >= VAL_INT && x.kind <= VAL_MODEL;   /* u.i: the number or atom */
    for (uint32_t i = 0; scalar && i < n; i++) {
        if (vs[i].kind != x.kind) break;
        if (vs[i].u.i == x.u.i) return true;
        if (i + 1 == n) return false;
    }
    return eval_member_listed(w, x, vs, n, k->e->u.apply.args[1]->loc);
}
static val c_in_listed(eval_worker *w, ctx c, const eval_cnode *k) { return val_bool(member_listed(w, c, k)); }
static val c_notin_listed(eval_worker *w, ctx c, const eval_cnode *k) { return val_bool(!member_listed(w, c, k)); }
/* x \in S where S may be a set form: the interpreter's eval_member_of. */
static val c_in_form(eval_worker *w, ctx c, const eval_cnode *k)
{
    return val_bool(eval_member_of(w, c, EV(k->kids[0], c), k->e->u.apply.args[1]));
}
static val c_notin_form(eval_worker *w, ctx c, const eval_cnode *k)
{
    return val_bool(!eval_member_of(w, c, EV(k->kids[0], c), k->e->u.apply.args[1]));
}

static val c_prime(eval_worker *w, ctx c, const eval_cnode *k)
{
    if (ctx_primed(c)) eval_fail(w, k->e->loc, "a primed expression cannot be primed again");
    return EV(k->kids[0], ctx_primed_as(c, true));
}

/* UNCHANGED e as TLC evaluates it: e in the state, then in the next state, compared in that order
 * (its words for values it refuses to compare: "integer 0 with non-integer "s""). */
static val c_unchanged(eval_worker *w, ctx c, const eval_cnode *k)
{
    val now = EV(k->kids[0], c);
    return val_bool(eval_equal(w, now, EV(k->kids[0], ctx_primed_as(c, true)), k->e->loc));
}

/* Does root variable i have the same bytes in the state and the next state (so the same value)? */
static bool same_bytes(const eval_worker *w, uint32_t i)
{
    const eval_bytes_view *a = &w->bytes_view[0], *b = &w->bytes_view[1];
    uint32_t len = a->offsets[i + 1] - a->offsets[i];
    return len == b->offsets[i + 1] - b->offsets[i] && memcmp(a->bytes + a->offsets[i], b->bytes + b->offsets[i], len) == 0;
}

/* How c_unchanged_tuple takes an item: evaluated on both sides; a variable of the same bytes in
 * both states (equal, read on neither side); a definition kept by its variables' bytes
 * (defcache.c) with the same bytes in both states (equal, its value or error the same in both:
 * evaluated once, in the state); such a definition whose bytes differ (evaluated on both sides, its
 * value in the next state taken as kept for it where it is: eval_kept_next_value). */
enum { ITEM_EVALUATED, ITEM_SAME_VARIABLE, ITEM_SAME_DEFINITION, ITEM_KEPT_DEFINITION };

/* Is an item taken `how` evaluated on both sides (else TRUE in both tuples)? */
static bool item_on_both_sides(int how) { return how == ITEM_EVALUATED || how == ITEM_KEPT_DEFINITION; }

static int unchanged_item(const eval_worker *w, ctx c, const syn_expr *x, val *same, const sema_def **kept)
{
    ctx where;
    const syn_expr *name = eval_root_name(c, x, &where);
    const sema_ref *r = name ? name->u.apply.res : NULL;
    if (!r || r->npath || ctx_primed(where)) return ITEM_EVALUATED;
    if (r->kind == REF_DECL) {
        uint32_t i = r->decl->index;
        bool plain = r->decl->is_variable && !r->decl->arity && i != UINT32_MAX;
        if (!plain || !same_bytes(w, i)) return ITEM_EVALUATED;
        *same = w->state[i];
        return ITEM_SAME_VARIABLE;
    }
    if (r->kind != REF_DEF || w->ep->def_value[r->def->id]) return ITEM_EVALUATED;
    const sema_def *d = eval_ref_def(w->ep, r->def, r);
    const uint64_t *vars = w->ep->def_vars ? w->ep->def_vars[d->id] : NULL;
    if (!vars || d->native || d->nparams || d->level != LEVEL_STATE || w->ep->def_value[d->id]) return ITEM_EVALUATED;
    *kept = d;
    for (uint32_t i = 0; i < w->ep->sema->nvars; i++)
        if ((vars[i / 64] >> (i % 64) & 1) && !same_bytes(w, i)) return ITEM_KEPT_DEFINITION;
    return ITEM_SAME_DEFINITION;
}

/* Item i of c_unchanged_tuple's tuple t in the state: a definition kept by bytes from the state's
 * memo where eval_def left it there (slot d's id: a root definition, no substitution). */
static val state_item(eval_worker *w, ctx c, const eval_cnode *t, uint32_t i, int how, const sema_def *kept)
{
    if ((how == ITEM_KEPT_DEFINITION || how == ITEM_SAME_DEFINITION) && w->state_epoch[kept->id] == w->epoch)
        return w->state_memo[kept->id];
    return EV(t->kids[i], c);
}

/* Item i of c_unchanged_tuple's tuple t in the next state (its value kept there where it is). */
static val next_item(eval_worker *w, ctx primed, const eval_cnode *t, uint32_t i, int how, const sema_def *kept)
{
    val v;
    if (how == ITEM_KEPT_DEFINITION && eval_kept_next_value(w, kept, w->next, true, &v)) return v;
    return EV(t->kids[i], primed);
}

static val_seq *seq_of(eval_worker *w, uint32_t n)
{
    val_seq *s = arena_alloc(&w->scratch, sizeof(val_seq) + sizeof(val) * n);
    s->n = n;
    return s;
}

/* UNCHANGED <<x, y, ...>> on a step between two states whose bytes the worker was given
 * (eval_state_bytes), where items that stand for a root variable or a definition kept by bytes
 * (through plain-name substitutions: a refinement's `UNCHANGED <<active, color, token>>`) may be
 * the same in both states by their bytes (unchanged_item): both tuples hold TRUE in their place.
 * The items are evaluated as c_unchanged evaluates them, all in the state, then all in the next
 * state, and the tuples compared in order (the items evaluated, pair by pair). Where that comparison
 * fails, the real tuples are compared, for the error's words. */
static val c_unchanged_tuple(eval_worker *w, ctx c, const eval_cnode *k)
{
    const eval_cnode *t = k->kids[0];
    if (ctx_primed(c) || !w->next_complete || w->init_mode || !w->state || w->bytes_view[0].vals != w->state ||
        w->bytes_view[1].vals != w->next)
        return c_unchanged(w, c, k);
    uint32_t n = t->nkids;
    int *how = arena_alloc(&w->scratch, sizeof(int) * (n + 1));
    const sema_def **kept = arena_alloc(&w->scratch, sizeof *kept * (n + 1));
    val_seq *next = seq_of(w, n), *now = seq_of(w, n), *same = seq_of(w, n);
    ctx primed = ctx_primed_as(c, true);
    for (uint32_t i = 0; i < n; i++) {
        how[i] = unchanged_item(w, c, t->e->u.list.items[i], &same->elems[i], &kept[i]);
        now->elems[i] = item_on_both_sides(how[i]) ? state_item(w, c, t, i, how[i], kept[i]) : val_bool(true);
        if (how[i] == ITEM_SAME_DEFINITION) same->elems[i] = state_item(w, c, t, i, how[i], kept[i]);
    }
    for (uint32_t i = 0; i < n; i++)
        next->elems[i] = item_on_both_sides(how[i]) ? next_item(w, primed, t, i, how[i], kept[i]) : val_bool(true);
    /* the tuples compared in order as val_equal_status compares them, the TRUEs left out */
    bool eq = true;
    val_status st = VAL_OK;
    for (uint32_t i = 0; i < n && eq && st == VAL_OK; i++)
        if (item_on_both_sides(how[i])) st = val_equal_status(now->elems[i], next->elems[i], &eq);
    if (st == VAL_OK) return val_bool(eq);
    val a = {.kind = VAL_SEQ, .u.seq = now}, b = {.kind = VAL_SEQ, .u.seq = next};
    for (uint32_t i = 0; i < n; i++)
        if (!item_on_both_sides(how[i])) next->elems[i] = now->elems[i] = same->elems[i];
    return val_bool(eval_equal(w, a, b, k->e->loc));
}

/* The other builtins: operands evaluated (two at most, as eval_builtin), then applied. */
static val c_builtin(eval_worker *w, ctx c, const eval_cnode *k)
{
    val a[2];
    for (uint32_t i = 0; i < k->nkids; i++) a[i] = EV(k->kids[i], c);
    return eval_builtin_applied(w, c, k->u.builtin, a, k->e);
}

/* S \ {e} and S \cup {e} (Sum's `S \ {x}`, `msgs \cup {m}`): e taken out of or put into S without
 * {e} built, where val_set_without / val_set_with give what the builtin gives; for other operands the
 * builtin, with {e} made from e's value (S, then e, evaluated once each, as c_builtin would). */
static val one_member_builtin(eval_worker *w, ctx c, const eval_cnode *k, val s, val e)
{
    val a[2] = {s, val_set_from_sorted(&w->scratch, &e, 1)};
    return eval_builtin_applied(w, c, k->u.builtin, a, k->e);
}
static val c_minus_one(eval_worker *w, ctx c, const eval_cnode *k)
{
    val s = EV(k->kids[0], c), e = EV(k->kids[1], c), out;
    return val_set_without(&w->scratch, s, e, &out) ? out : one_member_builtin(w, c, k, s, e);
}
static val c_cup_one(eval_worker *w, ctx c, const eval_cnode *k)
{
    val s = EV(k->kids[0], c), e = EV(k->kids[1], c), out;
    return val_set_with(&w->scratch, s, e, &out) ? out : one_member_builtin(w, c, k, s, e);
}

/* ---- forms -------------------------------------------------------------------------------------- */

static val c_if(eval_worker *w, ctx c, const eval_cnode *k)
{
    return truth(w, c, k, 0) ? EV(k->kids[1], c) : EV(k->kids[2], c);
}

static val c_conj(eval_worker *w, ctx c, const eval_cnode *k)
{
    for (uint32_t i = 0; i < k->nkids; i++)
        if (!truth(w, c, k, i)) return val_bool(false);
    return val_bool(true);
}
static val c_disj(eval_worker *w, ctx c, const eval_cnode *k)
{
    for (uint32_t i = 0; i < k->nkids; i++)
        if (truth(w, c, k, i)) return val_bool(true);
    return val_bool(false);
}

static val c_tuple(eval_worker *w, ctx c, const eval_cnode *k)
{
    uint32_t n = k->nkids;
    val_seq *s = arena_alloc(&w->scratch, sizeof(val_seq) + sizeof(val) * n);
    s->n = n;
    for (uint32_t i = 0; i < n; i++) s->elems[i] = EV(k->kids[i], c);
    return (val){.kind = VAL_SEQ, .u.seq = s};
}

static val c_set_enum(eval_worker *w, ctx c, const eval_cnode *k)
{
    uint32_t n = k->nkids;
    if (n == 1) {   /* {x}: sorted as it is, evaluated into its place */
        val_set *one = arena_alloc(&w->scratch, sizeof(val_set) + sizeof(val));
        one->n = 1;
        one->elems[0] = EV(k->kids[0], c);
        val s = {.kind = VAL_SET};
        s.u.set = one;
        return s;
    }
    val *vs = arena_alloc(&w->scratch, sizeof(val) * (n + 1));
    for (uint32_t i = 0; i < n; i++) vs[i] = EV(k->kids[i], c);
    return eval_set_of(w, vs, n, k->e->loc);
}

/* r.f where this node found f last (records of one shape: m.type over a set of messages) in this
 * worker, checked against r's domain before it is used: true, the field's value in *out. */
static inline bool dot_guessed(eval_worker *w, const eval_cnode *k, val r, val *out)
{
    if (r.kind != VAL_FUNC) return false;
    uint32_t last = w->field_at[k->u.field_guess];
    const val_fn *f = r.u.fn;
    if (last >= f->n || f->dom[last].u.s != k->e->u.dot.field || f->dom[last].kind != VAL_STR) return false;
    *out = f->rng[last];
    return true;
}

/* r.f where the guess missed: a scan of a record of a few fields, whose place is kept for the next
 * call, else val_apply and its errors. Out of line, so that the nodes' common path stays short. */
static __attribute__((noinline)) val dot_searched(eval_worker *w, const eval_cnode *k, val r)
{
    val field = val_str(k->e->u.dot.field);
    int64_t at = val_fn_quick_index(r, field);   /* a record of a few fields: in line */
    if (at >= 0) {
        w->field_at[k->u.field_guess] = (uint16_t)at;   /* past 65535 fields: a wrong guess, checked */
        return r.u.fn->rng[at];
    }
    val out;
    val_status st = val_apply(&w->scratch, r, field, &out);
    if (st == VAL_OK) return out;
    if (st == VAL_NOT_IN_DOMAIN || st == VAL_TYPE) eval_fail_no_field(w, k->e->loc, r, k->e->u.dot.field);
    eval_check_failed(w, k->e->loc, st);
}

/* r.f */
static val c_dot(eval_worker *w, ctx c, const eval_cnode *k)
{
    val r = EV(k->kids[0], c), v;
    return dot_guessed(w, k, r, &v) ? v : dot_searched(w, k, r);
}

/* r.f where r is a bound name (m.type, m of `\E m \in msgs`): its value read as c_bound reads it,
 * without a call; a name not ready (a thunk to force) goes to c_bound. */
static inline val dot_of_bound(eval_worker *w, ctx c, const eval_cnode *k)
{
    const eval_cnode *rk = k->kids[0];
    const env *b = eval_lookup(c.env, rk->u.binder);
    val r = b && eval_bound_ready(w, c, b) ? b->v : EV(rk, c), v;
    return dot_guessed(w, k, r, &v) ? v : dot_searched(w, k, r);
}
static val c_dot_bound(eval_worker *w, ctx c, const eval_cnode *k) { return dot_of_bound(w, c, k); }

/* r.f = v, r a bound name and v a literal (m.type = "phase2b", in every scan of a set of messages):
 * c_eq's work, its two operands read without a call each (in c_eq's order: the literal has no
 * effect); numbers and atoms of one kind compared here, as equal compares them. */
/* equal, out of line for a node that decides its common case first (scalars of one kind). */
static __attribute__((noinline)) bool equal_at(eval_worker *w, val a, val b, const eval_cnode *k)
{
    return equal(w, a, b, k->e->loc);
}
static val c_dot_bound_eq_literal(eval_worker *w, ctx c, const eval_cnode *k)
{
    val a = dot_of_bound(w, c, k->kids[0]), b = k->kids[1]->u.v;
    if (a.kind == b.kind && a.kind >= VAL_INT && a.kind <= VAL_MODEL) return val_bool(a.u.i == b.u.i);   /* u.s: atoms */
    return val_bool(equal_at(w, a, b, k));
}

/* f[a] and f[a, b] where f is not a function definition (applied without being built): the
 * argument (kids 1..), then the function (kid 0), as eval_fapply. u.def: f names a definition that
 * an override could make one (then the interpreter's way). */
static __attribute__((noinline)) val apply_value(eval_worker *w, const eval_cnode *k, val f, val arg)
{
    val out;
    val_status st = val_apply(&w->scratch, f, arg, &out);
    if (st == VAL_OK) return out;
    if (st == VAL_NOT_IN_DOMAIN) eval_fail_not_in_domain_of(w, k->e->loc, k->e->u.fapp.fn, f, arg);
    if (st == VAL_TYPE) eval_fail_not_function(w, k->e->loc, f);
    eval_check_failed(w, k->e->loc, st);
}

/* A sequence (every function on 1..n is one) at an index in range, or a function at a point found by a
 * scan: its value, in line. */
static inline val apply(eval_worker *w, const eval_cnode *k, val f, val arg)
{
    if (f.kind == VAL_SEQ && arg.kind == VAL_INT && (uint64_t)val_get_int(arg) - 1 < f.u.seq->n)
        return f.u.seq->elems[val_get_int(arg) - 1];
    int64_t i = val_fn_quick_index(f, arg);   /* a function on 0..N-1, or on a few model values or strings */
    if (i >= 0) return f.u.fn->rng[i];
    return apply_value(w, k, f, arg);
}

static val c_fapply(eval_worker *w, ctx c, const eval_cnode *k)
{
    if (k->u.def && !as_written(w->ep, k->u.def)) return eval_node(w, c, k->e);
    uint32_t n = k->nkids - 1;
    val arg;
    if (n == 1) {
        arg = EV(k->kids[1], c);
    } else {
        val *vs = arena_alloc(&w->scratch, sizeof(val) * n);
        for (uint32_t i = 0; i < n; i++) vs[i] = EV(k->kids[i + 1], c);
        arg = val_seq_make(&w->scratch, vs, n);
    }
    return apply(w, k, EV(k->kids[0], c), arg);
}

/* The same with one argument, f not a definition. */
static val c_fapply1(eval_worker *w, ctx c, const eval_cnode *k)
{
    val arg = EV(k->kids[1], c);
    return apply(w, k, EV(k->kids[0], c), arg);
}

/* f[a][b], both applications c_fapply1's (network[q][p]): the inner one in line, evaluated in the same
 * order (b, then a, then f), each application's error at its own node. */
static val c_fapply1_nested(eval_worker *w, ctx c, const eval_cnode *k)
{
    const eval_cnode *inner = k->kids[0];
    val b = EV(k->kids[1], c);
    val a = EV(inner->kids[1], c);
    return apply(w, k, apply(w, inner, EV(inner->kids[0], c), a), b);
}

/* [f EXCEPT ![a][b] = e, !.x = e2]: each update's path with its keys' nodes, so that the update is
 * made without the interpreter's walk of the tree. The node's kids: the base, then for each update
 * its steps' index expressions in order and its value. */
typedef struct except_step {
    val field;          /* !.x: the name as a string; VAL_NONE for ![i] or ![i, j] */
    uint32_t nindex;    /* ![i, j]: how many index expressions (a tuple when more than one) */
    uint32_t first;     /* the first index expression's kid */
} except_step;
typedef struct except_update {
    const except_step *steps;
    uint32_t nsteps;
    uint32_t value;     /* the value's kid */
} except_update;
struct eval_except_shape {
    const except_update *updates;
    uint32_t nupdates;
};

/* A step's key: the field's name, the index's value, or the indexes' tuple (evaluated in order). */
static inline val except_key(eval_worker *w, ctx c, const eval_cnode *k, const except_step *s)
{
    if (s->field.kind != VAL_NONE) return s->field;
    if (s->nindex == 1) return EV(k->kids[s->first], c);
    val *vs = arena_alloc(&w->scratch, sizeof(val) * s->nindex);
    for (uint32_t i = 0; i < s->nindex; i++) vs[i] = EV(k->kids[s->first + i], c);
    return val_seq_make(&w->scratch, vs, s->nindex);
}

/* val_point with its common cases in line: a sequence at an index in range, a function on 0..N-1 or
 * on a few model values or strings. */
static inline val_status except_point(val f, val key, uint32_t *at)
{
    if (f.kind == VAL_SEQ && key.kind == VAL_INT && (uint64_t)val_get_int(key) - 1 < f.u.seq->n) {
        *at = (uint32_t)(val_get_int(key) - 1);
        return VAL_OK;
    }
    int64_t i = val_fn_quick_index(f, key);
    if (i >= 0) {
        *at = (uint32_t)i;
        return VAL_OK;
    }
    return val_point(f, key, at);
}

/* Where key is in f, in *at: false where it is outside f's domain (the EXCEPT leaves f as it is);
 * an EXCEPT on a non-function, or a key f cannot be searched for, fails with TLC's words. */
static inline bool except_at(eval_worker *w, const eval_cnode *k, val f, val key, uint32_t *at)
{
    val_status st = except_point(f, key, at);
    if (st == VAL_NOT_IN_DOMAIN) {
        eval_warn_except_outside(w, k->e);
        return false;
    }
    if (st == VAL_TYPE) eval_fail_except_not_function(w, k->e->loc, f);
    eval_check(w, k->e->loc, st);
    return true;
}

/* The update's value, `@` being old while it is evaluated. */
static inline val except_value(eval_worker *w, ctx c, const eval_cnode *k, const except_update *up, val old)
{
    val saved_at = w->at;
    bool saved_has = w->has_at;
    w->at = old;
    w->has_at = true;
    val v = EV(k->kids[up->value], c);
    w->at = saved_at;
    w->has_at = saved_has;
    return v;
}

/* f with the value at the update's path from step i on replaced, as eval_except's except_path: a key
 * outside f's domain leaves f as it is (the rest of the path and the value are not evaluated); `@`
 * is the old value at the whole path while the value is evaluated. */
static val except_from(eval_worker *w, ctx c, const eval_cnode *k, const except_update *up, uint32_t i, val f)
{
    val key = except_key(w, c, k, &up->steps[i]);
    uint32_t at;
    if (!except_at(w, k, f, key, &at)) return f;
    val old = val_point_value(f, at);
    val newv = i + 1 < up->nsteps ? except_from(w, c, k, up, i + 1, old) : except_value(w, c, k, up, old);
    return val_except_at(&w->scratch, f, at, newv);
}

static val c_except(eval_worker *w, ctx c, const eval_cnode *k)
{
    const eval_except_shape *s = k->u.except;
    val f = EV(k->kids[0], c);
    for (uint32_t u = 0; u < s->nupdates; u++) f = except_from(w, c, k, &s->updates[u], 0, f);
    return f;
}

/* The same for one update of one step (![i] = e, !.a = e): most EXCEPTs, without the loop and the
 * recursion. */
static val c_except_one(eval_worker *w, ctx c, const eval_cnode *k)
{
    const except_update *up = k->u.except->updates;
    val f = EV(k->kids[0], c);
    val key = except_key(w, c, k, &up->steps[0]);
    uint32_t at;
    if (!except_at(w, k, f, key, &at)) return f;
    return val_except_at(&w->scratch, f, at, except_value(w, c, k, up, val_point_value(f, at)));
}

/* a = [f EXCEPT ![i] = e] (or !.a): a, then the EXCEPT's parts, evaluated as c_eq and c_except_one
 * evaluate them; a function or a sequence compared with f's values and e's without the copy made
 * (a refinement's `counter' = [counter EXCEPT ![i] = @ + 1]`, false for every other node's step).
 * Where the comparison stops with an error, the copy is made and compared as c_eq does, for its
 * words. */
static val c_eq_except(eval_worker *w, ctx c, const eval_cnode *k)
{
    val a = EV(k->kids[0], c);
    const eval_cnode *x = k->kids[1];
    const except_update *up = x->u.except->updates;
    val f = EV(x->kids[0], c);
    val key = except_key(w, c, x, &up->steps[0]);
    uint32_t at;
    if (!except_at(w, x, f, key, &at)) return val_bool(equal(w, a, f, k->e->loc));
    val old = val_point_value(f, at), v = except_value(w, c, x, up, old);
    bool eq;
    if (a.kind == f.kind && (a.kind == VAL_FUNC || a.kind == VAL_SEQ) && memcmp(&v, &old, sizeof v) &&
        val_equal_except_at(a, f, at, v, &eq) == VAL_OK)
        return val_bool(eq);
    return val_bool(equal(w, a, val_except_at(&w->scratch, f, at, v), k->e->loc));
}

/* One update of two steps (![p][q] = e, ![p].a = e): the row and its point found in line. A second key
 * outside the row's domain leaves the row, so f, as it is. */
static val c_except_two(eval_worker *w, ctx c, const eval_cnode *k)
{
    const except_update *up = k->u.except->updates;
    val f = EV(k->kids[0], c);
    val key = except_key(w, c, k, &up->steps[0]);
    uint32_t at, at2;
    if (!except_at(w, k, f, key, &at)) return f;
    val row = val_point_value(f, at);
    key = except_key(w, c, k, &up->steps[1]);
    if (!except_at(w, k, row, key, &at2)) return f;
    val newrow = val_except_at(&w->scratch, row, at2, except_value(w, c, k, up, val_point_value(row, at2)));
    return val_except_at(&w->scratch, f, at, newrow);
}

static val c_at(eval_worker *w, ctx c, const eval_cnode *k)
{
    (void)c;
    if (!w->has_at) eval_fail(w, k->e->loc, "@ may only appear in the value of an EXCEPT update");
    return w->at;
}

/* [a |-> e, b |-> e2] whose names are distinct: the domain sorted once, here, and where each field's
 * value goes in it, so a record is made without sorting or copying (its fields are still evaluated
 * in the order written, as TLC, for the same first error). */
struct eval_record_shape {
    const val *dom;        /* the names as strings, sorted */
    const uint32_t *slot;  /* the i-th field written is dom[slot[i]] */
};

static val c_record_sorted(eval_worker *w, ctx c, const eval_cnode *k)
{
    const eval_record_shape *s = k->u.rec;
    uint32_t n = k->nkids;
    val *rng = arena_alloc(&w->scratch, sizeof(val) * n);
    for (uint32_t i = 0; i < n; i++) rng[s->slot[i]] = EV(k->kids[i], c);
    return val_record_over(&w->scratch, s->dom, rng, n);
}

/* x \in S (or \notin) where x is such a constructor with at most RECORD_IN_MAX fields: its fields
 * evaluated (in the order written), then S; an explicit S is searched for the record made on the
 * stack, not built (Decide's `[type |-> "phase2b", ...] \in msgs`). Anything else, and a search that
 * stops with an error, goes as member goes, with the record built from the values already made. */
enum { RECORD_IN_MAX = 8 };
static val record_kept(eval_worker *w, const eval_record_shape *shape, const val *rng, uint32_t n)
{
    val *kept = arena_alloc(&w->scratch, sizeof(val) * n);
    memcpy(kept, rng, sizeof(val) * n);
    return val_record_over(&w->scratch, shape->dom, kept, n);
}
static bool member_record(eval_worker *w, ctx c, const eval_cnode *k)
{
    const eval_cnode *r = k->kids[0];
    const eval_record_shape *shape = r->u.rec;
    uint32_t n = r->nkids;
    val rng[RECORD_IN_MAX];
    for (uint32_t i = 0; i < n; i++) rng[shape->slot[i]] = EV(r->kids[i], c);
    const syn_expr *set = k->e->u.apply.args[1];
    if (k->u.def && !as_written(w->ep, k->u.def)) return eval_member_of(w, c, record_kept(w, shape, rng, n), set);
    val s = EV(k->kids[1], c);
    if (s.kind == VAL_SET) {
        val_fn on_stack = {n, (val *)shape->dom, rng};
        val x = {.kind = VAL_FUNC};
        x.u.fn = &on_stack;
        bool in;
        if (val_member(&w->scratch, x, s, &in) == VAL_OK) return in;
    }
    return eval_member(w, record_kept(w, shape, rng, n), s, set->loc);
}
static val c_in_record(eval_worker *w, ctx c, const eval_cnode *k) { return val_bool(member_record(w, c, k)); }
static val c_notin_record(eval_worker *w, ctx c, const eval_cnode *k) { return val_bool(!member_record(w, c, k)); }

/* The shape of a record constructor, NULL when a name is written twice (c_record keeps the first). */
static const eval_record_shape *record_shape(compiler *K, const syn_expr *e)
{
    uint32_t n = e->u.rec.nfields;
    val *dom = arena_alloc(K->mem, sizeof(val) * n);
    uint32_t *slot = arena_alloc(K->mem, sizeof(uint32_t) * n);
    for (uint32_t i = 0; i < n; i++) {   /* insertion by name; slot[] follows the moves */
        val name = val_str(e->u.rec.fields[i].name);
        uint32_t j = i;
        for (; j > 0 && val_compare(dom[j - 1], name) >= 0; j--) {
            if (val_compare(dom[j - 1], name) == 0) return NULL;
            dom[j] = dom[j - 1];
        }
        dom[j] = name;
        for (uint32_t f = 0; f < i; f++) slot[f] += slot[f] >= j;
        slot[i] = j;
    }
    eval_record_shape *s = arena_alloc(K->mem, sizeof *s);
    *s = (eval_record_shape){val_record_domain(dom, n), slot};
    return s;
}

/* [a |-> e, b |-> e2] */
static val c_record(eval_worker *w, ctx c, const eval_cnode *k)
{
    uint32_t n = k->nkids;
    atom *names = arena_alloc(&w->scratch, sizeof(atom) * (n + 1));
    val *vs = arena_alloc(&w->scratch, sizeof(val) * (n + 1));
    for (uint32_t i = 0; i < n; i++) {
        names[i] = k->e->u.rec.fields[i].name;
        vs[i] = EV(k->kids[i], c);
    }
    return val_record_make(&w->scratch, names, vs, n);
}

static val c_let(eval_worker *w, ctx c, const eval_cnode *k)
{
    return EV(k->kids[0], eval_bind_let(w, c, k->e));
}

typedef struct collected { val *items; uint32_t len, cap; } collected;

static void collect(eval_worker *w, collected *out, val v) { ARENA_VEC_PUSH(&w->scratch, *out, v); }

/* A form over one name x whose body is `<<..., x, ...>> \in T`, x at place k->u.probe_at - 1 of the
 * tuple and named nowhere else in the body (Children(g, v) == {c \in Vertices(g) : <<v, c>> \in
 * Edges(g)}; Descendants' \E v \in vs : <<v, c>> \in Edges(dag)), over an explicit set: the tuples
 * ascend with x, so each is looked for in T from where the one before it was, the other items and T
 * evaluated once (a pure program gives them one value for every x; a failure among them is the first
 * x's). A miss TLC would refuse is refused by the usual search. Each x found is collected when out
 * is given; the walk stops at the first x whose answer is `stop` (PROBES_ALL: none). Gives whether it
 * stopped, or PROBES_NONE, nothing done, where T is no explicit set or the .cfg overrides it: then
 * the body is evaluated per member. */
enum { PROBES_NONE = -1, PROBES_ALL = 2 };
static int probes_walk(eval_worker *w, ctx c, const eval_cnode *k, val set, int stop, collected *out)
{
    const eval_cnode *in = k->kids[1], *tuple = in->kids[0];
    if (!w->ep->pure || (in->u.def && !as_written(w->ep, in->u.def))) return PROBES_NONE;
    uint32_t n = tuple->nkids, at = k->u.probe_at - 1;
    val_seq *items = arena_alloc(&w->scratch, sizeof(val_seq) + sizeof(val) * n);
    items->n = n;
    for (uint32_t i = 0; i < n; i++)
        if (i != at) items->elems[i] = EV(tuple->kids[i], c);
    val t = EV(in->kids[1], c);
    if (t.kind != VAL_SET) return PROBES_NONE;
    val probe = {.kind = VAL_SEQ, .u.seq = items};
    bool comparable = val_misses_comparable(t, probe, at);
    uint32_t from = 0;
    for (uint32_t i = 0; i < set.u.set->n; i++) {
        items->elems[at] = set.u.set->elems[i];
        bool found;
        if (val_member_from(t, probe, comparable, &from, &found) != VAL_OK)
            found = eval_member_at(w, probe, t, in->e->u.apply.args[1]);   /* its error */
        if (found == stop) return 1;
        if (found && out) collect(w, out, set.u.set->elems[i]);
    }
    return 0;
}

/* \A x \in S : P and \E x \in S : P with one name over an explicit set or an interval (others go
 * through eval_for_each); the value is TLC's, tried in S's order, stopping at the first decisive
 * element. */
typedef struct quant_walk { const eval_cnode *k; ctx c; bool exists, result; } quant_walk;

static bool quant_elem(eval_worker *w, void *data, val x)
{
    quant_walk *q = data;
    ctx inner = q->c;
    inner.env = eval_push_value(w, q->c.env, q->k->e->u.q.bounds[0].res[0], x);
    if (truth(w, inner, q->k, 1) != q->exists) return true;
    q->result = q->exists;
    return false;
}

/* Over a set of at least QUANT_RELEASED_MIN elements (listed or an interval) whose P keeps nothing
 * made while it is tested (transient.c), the scratch arena is given back after each element, as a set
 * filter's is: `\A x \in 0 .. 1000000 : Even(x + x)` then needs the memory of one test. Judging P (a
 * walk of its syntax) is paid by large sets only. */
enum { QUANT_RELEASED_MIN = 1024 };

/* Does \A or \E (node k) over `set` give the arena back after each element? */
static bool quant_releases(eval_worker *w, ctx c, const eval_cnode *k, val set)
{
    bool large;
    if (set.kind == VAL_SET) {
        large = set.u.set->n >= QUANT_RELEASED_MIN;
    } else {   /* an interval: its size less one compared, which cannot overflow */
        int64_t lo = set.u.lazy->lo, hi = set.u.lazy->hi;
        large = hi >= lo && (uint64_t)hi - (uint64_t)lo >= QUANT_RELEASED_MIN - 1;
    }
    return large && eval_transient(w, c, k->e->u.q.body);
}

/* quantify over `set` (listed or an interval) as quant_releases allows: the mark restored after each test. */
static val quantify_released(eval_worker *w, ctx c, const eval_cnode *k, val set, bool exists)
{
    const sema_binder *x = k->e->u.q.bounds[0].res[0];
    ctx inner = c;
    arena *scratch = &w->scratch;
    const arena_mark mark = arena_save(scratch);
    if (set.kind == VAL_SET) {
        for (uint32_t i = 0; i < set.u.set->n; i++) {
            inner.env = eval_push_value(w, c.env, x, set.u.set->elems[i]);
            bool holds = truth(w, inner, k, 1);
            arena_restore(scratch, mark);
            if (holds == exists) return val_bool(exists);
        }
        return val_bool(!exists);
    }
    for (int64_t i = set.u.lazy->lo; i <= set.u.lazy->hi; i++) {
        inner.env = eval_push_value(w, c.env, x, val_int(i));
        bool holds = truth(w, inner, k, 1);
        arena_restore(scratch, mark);
        if (holds == exists) return val_bool(exists);
        if (i == set.u.lazy->hi) break;
    }
    return val_bool(!exists);
}

static val quantify(eval_worker *w, ctx c, const eval_cnode *k, bool exists)
{
    val set = EV(k->kids[0], c);
    const sema_binder *x = k->e->u.q.bounds[0].res[0];
    ctx inner = c;
    if (set.kind == VAL_SET) {
        int stopped = k->u.probe_at && set.u.set->n ? probes_walk(w, c, k, set, exists, NULL) : PROBES_NONE;
        if (stopped != PROBES_NONE) return val_bool(stopped ? exists : !exists);
        if (set.u.set->n >= QUANT_RELEASED_MIN && quant_releases(w, c, k, set))   /* (most sets small: in line) */
            return quantify_released(w, c, k, set, exists);
        for (uint32_t i = 0; i < set.u.set->n; i++) {
            inner.env = eval_push_value(w, c.env, x, set.u.set->elems[i]);
            if (truth(w, inner, k, 1) == exists) return val_bool(exists);
        }
        return val_bool(!exists);
    }
    if (set.kind == VAL_LAZY && set.u.lazy->kind == LAZY_INTERVAL) {
        if (quant_releases(w, c, k, set)) return quantify_released(w, c, k, set, exists);
        for (int64_t i = set.u.lazy->lo; i <= set.u.lazy->hi; i++) {
            inner.env = eval_push_value(w, c.env, x, val_int(i));
            if (truth(w, inner, k, 1) == exists) return val_bool(exists);
            if (i == set.u.lazy->hi) break;
        }
        return val_bool(!exists);
    }
    quant_walk q = {k, c, exists, !exists};
    eval_for_each_bound(w, set, k->e, 0, quant_elem, &q);
    return val_bool(q.result);
}
static val c_forall(eval_worker *w, ctx c, const eval_cnode *k) { return quantify(w, c, k, false); }
static val c_exists(eval_worker *w, ctx c, const eval_cnode *k) { return quantify(w, c, k, true); }

/* The same with several names (\A p, q \in S, \E x \in S, y \in T: no tuple): every set
 * evaluated first, then the combinations as eval_for_bindings makes them, the first name varying
 * fastest. kids: the groups' sets, then the body. */
typedef struct quant_names { const eval_cnode *k; val *sets; bool exists, result; } quant_names;

static bool quant_from(eval_worker *w, quant_names *q, ctx c, uint32_t g, uint32_t i);

typedef struct quant_step { quant_names *q; ctx c; uint32_t g, i; } quant_step;

static bool quant_bind(eval_worker *w, quant_names *q, ctx c, uint32_t g, uint32_t i, val x)
{
    const syn_expr *e = q->k->e;
    ctx inner = c;
    inner.env = eval_push_value(w, c.env, e->u.q.bounds[g].res[i], x);
    if (i > 0) return quant_from(w, q, inner, g, i - 1);
    if (g > 0) return quant_from(w, q, inner, g - 1, e->u.q.bounds[g - 1].nnames - 1);
    if (truth(w, inner, q->k, e->u.q.nbounds) != q->exists) return true;
    q->result = q->exists;
    return false;
}

static bool quant_step_elem(eval_worker *w, void *data, val x)
{
    quant_step *st = data;
    return quant_bind(w, st->q, st->c, st->g, st->i, x);
}

static bool quant_from(eval_worker *w, quant_names *q, ctx c, uint32_t g, uint32_t i)
{
    val set = q->sets[g];
    if (set.kind == VAL_SET) {
        for (uint32_t j = 0; j < set.u.set->n; j++)
            if (!quant_bind(w, q, c, g, i, set.u.set->elems[j])) return false;
        return true;
    }
    if (set.kind == VAL_LAZY && set.u.lazy->kind == LAZY_INTERVAL) {
        for (int64_t j = set.u.lazy->lo; j <= set.u.lazy->hi; j++) {
            if (!quant_bind(w, q, c, g, i, val_int(j))) return false;
            if (j == set.u.lazy->hi) break;
        }
        return true;
    }
    quant_step st = {q, c, g, i};
    eval_for_each_bound(w, set, q->k->e, g, quant_step_elem, &st);
    return q->result != q->exists;   /* not decided yet: go on */
}

static val quantify_names(eval_worker *w, ctx c, const eval_cnode *k, bool exists)
{
    uint32_t n = k->e->u.q.nbounds;
    val *sets = arena_alloc(&w->scratch, sizeof(val) * n);
    for (uint32_t g = 0; g < n; g++) {
        sets[g] = EV(k->kids[g], c);
        eval_check_bound(w, k->e, g, sets[g]);
    }
    quant_names q = {k, sets, exists, !exists};
    quant_from(w, &q, c, n - 1, k->e->u.q.bounds[n - 1].nnames - 1);
    return val_bool(q.result);
}
static val c_forall_names(eval_worker *w, ctx c, const eval_cnode *k) { return quantify_names(w, c, k, false); }
static val c_exists_names(eval_worker *w, ctx c, const eval_cnode *k) { return quantify_names(w, c, k, true); }

/* CASE: kids are guard, value of each arm, then OTHER's value if any. */
static val c_case(eval_worker *w, ctx c, const eval_cnode *k)
{
    const syn_expr *e = k->e;
    for (uint32_t i = 0; i < e->u.cas.narms; i++)
        if (truth(w, c, k, 2 * i)) return EV(k->kids[2 * i + 1], c);
    if (e->u.cas.other) return EV(k->kids[2 * e->u.cas.narms], c);
    eval_fail_no_case_arm(w, e->loc);
}

/* The binding forms over one bound (kids: the set, the body): the set's elements in its order, an
 * explicit set's and an interval's read in line, others through eval_for_each. */
typedef bool (*elem_step)(eval_worker *w, const eval_cnode *k, ctx inner, val x, void *data);
typedef struct elem_walk { const eval_cnode *k; ctx c; elem_step step; void *data; } elem_walk;

/* The form's one bound, `x \in S` or `<<x, y>> \in S` (then an element that is no such tuple is an
 * error at the form, as the interpreter's eval_for_bindings reports it), bound to elem around c. */
static inline ctx bind_one(eval_worker *w, ctx c, const eval_cnode *k, val elem)
{
    const syn_bound *b = &k->e->u.q.bounds[0];
    c.env = b->tuple ? eval_bind_tuple(w, c.env, b, elem, k->e->loc) : eval_push_value(w, c.env, b->res[0], elem);
    return c;
}

static bool elem_walk_step(eval_worker *w, void *data, val x)
{
    elem_walk *ew = data;
    return ew->step(w, ew->k, bind_one(w, ew->c, ew->k, x), x, ew->data);
}

static void for_elems(eval_worker *w, ctx c, const eval_cnode *k, val set, elem_step step, void *data)
{
    if (set.kind == VAL_SET) {
        for (uint32_t i = 0; i < set.u.set->n; i++)
            if (!step(w, k, bind_one(w, c, k, set.u.set->elems[i]), set.u.set->elems[i], data)) return;
        return;
    }
    if (set.kind == VAL_LAZY && set.u.lazy->kind == LAZY_INTERVAL) {
        for (int64_t i = set.u.lazy->lo; i <= set.u.lazy->hi; i++)
            if (!step(w, k, bind_one(w, c, k, val_int(i)), val_int(i), data) || i == set.u.lazy->hi) return;
        return;
    }
    elem_walk ew = {k, c, step, data};
    eval_for_each_bound(w, set, k->e, 0, elem_walk_step, &ew);
}

typedef struct chosen { val v; bool found; } chosen;

static bool choose_step(eval_worker *w, const eval_cnode *k, ctx inner, val x, void *data)
{
    if (!truth(w, inner, k, 1)) return true;
    *(chosen *)data = (chosen){x, true};
    return false;
}

static val choose_in(eval_worker *w, ctx c, const eval_cnode *k, val set)
{
    chosen ch = {{0}, false};
    for_elems(w, c, k, set, choose_step, &ch);
    if (!ch.found) eval_fail_choose_none(w, k->e->loc);
    return ch.v;
}

static val c_choose(eval_worker *w, ctx c, const eval_cnode *k) { return choose_in(w, c, k, EV(k->kids[0], c)); }

/* CHOOSE x \in S : TRUE (a fold's `x == CHOOSE x \in S : TRUE`): the first member for_elems gives,
 * which c_choose would pick, without x bound; an empty S, or one not listed nor an interval, goes
 * the way of c_choose. */
static val c_choose_any(eval_worker *w, ctx c, const eval_cnode *k)
{
    val set = EV(k->kids[0], c);
    if (set.kind == VAL_SET && set.u.set->n) return set.u.set->elems[0];
    if (set.kind == VAL_LAZY && set.u.lazy->kind == LAZY_INTERVAL && set.u.lazy->lo <= set.u.lazy->hi)
        return val_int(set.u.lazy->lo);
    return choose_in(w, c, k, set);
}

/* Is e `CHOOSE x \in S : TRUE`, one name bound? */
static bool chooses_any(const syn_expr *e)
{
    if (e->u.q.nbounds != 1) return false;
    const syn_bound *b = &e->u.q.bounds[0];
    return b->nnames == 1 && !b->tuple && b->set && sema_is_builtin(sema_strip(e->u.q.body), B_TRUE);
}

static bool map_step(eval_worker *w, const eval_cnode *k, ctx inner, val x, void *data)
{
    (void)x;
    collect(w, data, EV(k->kids[1], inner));
    return true;
}

/* {e : x \in S} */
static val c_set_map(eval_worker *w, ctx c, const eval_cnode *k)
{
    collected out = {NULL, 0, 0};
    for_elems(w, c, k, EV(k->kids[0], c), map_step, &out);
    return eval_set_of(w, out.items, out.len, k->e->loc);
}

/* {x \in S : P} over an explicit set or an interval (others, infinite ones among them, as the
 * interpreter makes them) */
static bool filter_step(eval_worker *w, const eval_cnode *k, ctx inner, val x, void *data)
{
    if (truth(w, inner, k, 1)) collect(w, data, x);
    return true;
}

static val c_set_filter(eval_worker *w, ctx c, const eval_cnode *k)
{
    val set = EV(k->kids[0], c);
    if (set.kind != VAL_SET && (set.kind != VAL_LAZY || set.u.lazy->kind != LAZY_INTERVAL))
        return eval_filter_of(w, c, k->e, set);
    collected out = {NULL, 0, 0};
    if (k->u.probe_at && set.kind == VAL_SET && set.u.set->n && probes_walk(w, c, k, set, PROBES_ALL, &out) != PROBES_NONE)
        return val_set_from_sorted(&w->scratch, out.items, out.len);
    for_elems(w, c, k, set, filter_step, &out);
    return val_set_from_sorted(&w->scratch, out.items, out.len);
}

typedef struct points { collected dom, rng; } points;

static bool point_step(eval_worker *w, const eval_cnode *k, ctx inner, val x, void *data)
{
    points *p = data;
    collect(w, &p->dom, x);
    collect(w, &p->rng, EV(k->kids[1], inner));
    return true;
}

/* [<<x, y>> \in S |-> e] over a set that eval_for_each lists (a product): its points in that order,
 * as the interpreter's eval_func evaluates them, then sorted. */
static val func_over_tuples(eval_worker *w, ctx c, const eval_cnode *k, val set)
{
    points p = {{NULL, 0, 0}, {NULL, 0, 0}};
    for_elems(w, c, k, set, point_step, &p);
    val f;
    eval_check(w, k->e->loc, val_func_make(&w->scratch, p.dom.items, p.rng.items, p.dom.len, &f));
    return val_hint_function(f, false);
}

/* [x \in S |-> e] over an explicit set or a small interval (others as the interpreter makes them) */
static val c_func(eval_worker *w, ctx c, const eval_cnode *k)
{
    val set = EV(k->kids[0], c);
    bool interval = set.kind == VAL_LAZY && set.u.lazy->kind == LAZY_INTERVAL;
    uint64_t n;
    const val *dom;
    if (set.kind == VAL_SET) {
        n = set.u.set->n;
        dom = set.u.set->elems;
    } else if (interval && set.u.lazy->lo <= set.u.lazy->hi &&
               (uint64_t)set.u.lazy->hi - (uint64_t)set.u.lazy->lo < (1u << 20)) {
        n = (uint64_t)set.u.lazy->hi - (uint64_t)set.u.lazy->lo + 1;
        val *ints = arena_alloc(&w->scratch, sizeof(val) * n);
        for (uint64_t i = 0; i < n; i++) ints[i] = val_int(set.u.lazy->lo + (int64_t)i);
        dom = ints;
    } else {
        return k->e->u.q.bounds[0].tuple ? func_over_tuples(w, c, k, set) : eval_func_of(w, c, k->e, set);
    }
    val *rng = arena_alloc(&w->scratch, sizeof(val) * (n + 1));
    for (uint64_t i = 0; i < n; i++) rng[i] = EV(k->kids[1], bind_one(w, c, k, dom[i]));
    val f;
    val_func_from_sorted(&w->scratch, dom, rng, n, &f);
    return val_hint_function(f, interval);
}

/* ---- how each handler reads its operands --------------------------------------------------------
 * Every handler, with where it takes its operands from: its kids only (KIDS; a leaf has none), or
 * (some of) them from the tree (TREE): k->e evaluated, or bound, in the node's context (the
 * interpreter, calls, natives given their arguments as written, a LET's definitions, the set forms'
 * and functions' fall-backs to the interpreter, UNCHANGED's items looked up by name). An expression
 * compiled under a substitution (compile_substituted) takes only KIDS handlers: the tree would look
 * the parameters up in the caller's context. Fall-backs for a definition the .cfg overrides are not
 * counted (names_ok refuses such a definition first). A handler missing here fails an assertion in
 * debug builds (compile() asks for every node it makes, reads_tree for those compiled under a
 * substitution), and is taken as TREE (the usual path) otherwise. */
typedef enum { KIDS, TREE } operands_from;
static const struct handler { eval_cfn fn; operands_from from; } handlers[] = {
    {c_interp, TREE}, {c_cached, TREE}, {c_call, TREE}, {c_def, TREE}, {c_native, TREE}, {c_append, TREE},
    {c_in_form, TREE}, {c_notin_form, TREE}, {c_unchanged_tuple, TREE}, {c_let, TREE}, {c_set_filter, TREE},
    {c_func, TREE},
    {c_literal, KIDS}, {c_variable, KIDS}, {c_constant, KIDS}, {c_bound, KIDS}, {c_at, KIDS},
    {c_len, KIDS}, {c_head, KIDS}, {c_tail, KIDS},
    {c_plus, KIDS}, {c_minus, KIDS}, {c_times, KIDS}, {c_lt, KIDS}, {c_le, KIDS}, {c_gt, KIDS}, {c_ge, KIDS},
    {c_range, KIDS}, {c_and, KIDS}, {c_or, KIDS}, {c_implies, KIDS}, {c_not, KIDS}, {c_eq, KIDS}, {c_neq, KIDS},
    {c_in, KIDS}, {c_notin, KIDS}, {c_in_listed, KIDS}, {c_notin_listed, KIDS}, {c_in_record, KIDS},
    {c_notin_record, KIDS}, {c_in_variable, KIDS}, {c_notin_variable, KIDS}, {c_prime, KIDS},
    {c_unchanged, KIDS}, {c_builtin, KIDS}, {c_minus_one, KIDS},
    {c_cup_one, KIDS}, {c_if, KIDS}, {c_conj, KIDS}, {c_disj, KIDS}, {c_case, KIDS}, {c_tuple, KIDS},
    {c_set_enum, KIDS}, {c_record, KIDS}, {c_record_sorted, KIDS}, {c_dot, KIDS}, {c_dot_bound, KIDS},
    {c_dot_bound_eq_literal, KIDS}, {c_fapply, KIDS}, {c_fapply1, KIDS}, {c_fapply1_nested, KIDS},
    {c_except, KIDS}, {c_except_one, KIDS}, {c_except_two, KIDS}, {c_eq_except, KIDS},
    {c_forall, KIDS}, {c_exists, KIDS}, {c_forall_names, KIDS}, {c_exists_names, KIDS},
    {c_choose, KIDS}, {c_choose_any, KIDS}, {c_set_map, KIDS},
};

static const struct handler *handler_of(eval_cfn fn)
{
    for (size_t i = 0; i < sizeof handlers / sizeof *handlers; i++)
        if (handlers[i].fn == fn) return &handlers[i];
    return NULL;
}

static bool reads_tree(eval_cfn fn)
{
    const struct handler *h = handler_of(fn);
    assert(h);
    return !h || h->from == TREE;
}

/* ---- choosing a node's handler ------------------------------------------------------------------ */

static bool is_set_form(const syn_expr *e)
{
    return e->kind == SX_SET_FILTER || e->kind == SX_SET_MAP || sema_is_builtin(e, B_CUP) ||
           sema_is_builtin(e, B_CAP) || sema_is_builtin(e, B_SETMINUS) || sema_is_builtin(e, B_UNION);
}

static const eval_cnode *membership(compiler *K, syn_expr *e, bool in)
{
    const syn_expr *set = sema_strip(e->u.apply.args[1]);
    if (set->kind == SX_SET_ENUM) {
        uint32_t n = set->u.list.nitems;
        eval_cnode *k = node(K, in ? c_in_listed : c_notin_listed, e, n + 1);
        k->kids[0] = compile(K, e->u.apply.args[0]);
        for (uint32_t i = 0; i < n; i++) k->kids[i + 1] = compile(K, set->u.list.items[i]);
        return k;
    }
    const sema_ref *r = set->kind == SX_APPLY ? set->u.apply.res : NULL;
    bool form = is_set_form(set);
    const sema_def *d = NULL;
    if (!form && r && r->kind == REF_DEF) {
        d = r->def;
        const syn_expr *body = d->native || !d->body ? NULL : sema_strip(d->body);
        form = body && is_set_form(body);
    }
    eval_cfn fn = form ? (in ? c_in_form : c_notin_form) : in ? c_in : c_notin;
    eval_cnode *k = node_of(K, fn, e, e->u.apply.args, 2);
    k->u.def = d;
    if (!form && k->kids[0]->fn == c_record_sorted && k->kids[0]->nkids <= RECORD_IN_MAX)
        k->fn = in ? c_in_record : c_notin_record;
    else if (!form && k->kids[1]->fn == c_variable && k->kids[0]->fn != c_tuple)   /* (c_tuple: probed_at's) */
        k->fn = in ? c_in_variable : c_notin_variable;
    return k;
}

static native_fn find_native(const char *module, const char *name)
{
    return eval_find_native(util_intern(module), util_intern(name));
}

static const eval_cnode *compile_native(compiler *K, syn_expr *e, const sema_def *d)
{
    native_fn f = (native_fn)d->native;
    eval_cfn fn = NULL;
    if (e->u.apply.nargs == 2) {
        fn = f == K->plus ? c_plus : f == K->minus ? c_minus : f == K->times ? c_times : f == K->lt ? c_lt
           : f == K->le ? c_le : f == K->gt ? c_gt : f == K->ge ? c_ge : f == K->range ? c_range : NULL;
    }
    if (e->u.apply.nargs == 1)
        fn = f == K->len ? c_len : f == K->head ? c_head : f == K->tail ? c_tail : NULL;
    if (e->u.apply.nargs == 2 && !fn && f == K->append) fn = c_append;
    eval_cnode *k = fn ? node_of(K, fn, e, e->u.apply.args, e->u.apply.nargs)
                       : node_of(K, c_native, e, e->u.apply.args, e->u.apply.nargs);
    k->u.def = d;
    return k;
}

/* Is `set` written {e}, one member, not kept as a constant (whose kept value the builtin would use)? */
static bool one_member(const syn_expr *set)
{
    set = sema_strip(set);
    return set->kind == SX_SET_ENUM && set->u.list.nitems == 1 && !set->eval_slot;
}

/* S \ {e} or S \cup {e} (b): S and e its operands; {e} compiled as well, for whoever evaluates it. */
static const eval_cnode *one_member_node(compiler *K, syn_expr *e, sema_builtin b)
{
    const syn_expr *one = sema_strip(e->u.apply.args[1]);
    eval_cnode *k = node(K, b == B_SETMINUS ? c_minus_one : c_cup_one, e, 2);
    k->kids[0] = compile(K, e->u.apply.args[0]);
    compile(K, e->u.apply.args[1]);
    k->kids[1] = compile(K, one->u.list.items[0]);
    k->u.builtin = b;
    return k;
}

/* Does the tuple t list a name (which c_unchanged_tuple may decide by its bytes)? */
static bool tuple_lists_a_name(const syn_expr *t)
{
    for (uint32_t i = 0; i < t->u.list.nitems; i++)
        if (t->u.list.items[i]->kind == SX_APPLY && !t->u.list.items[i]->u.apply.nargs) return true;
    return false;
}

static const eval_cnode *compile_builtin(compiler *K, syn_expr *e, sema_builtin b)
{
    syn_expr *const *a = e->u.apply.args;
    uint32_t n = e->u.apply.nargs;
    switch (b) {
    case B_TRUE: case B_FALSE: {
        eval_cnode *k = node(K, c_literal, e, 0);
        k->u.v = val_bool(b == B_TRUE);
        return k;
    }
    case B_AND: return node_of(K, c_and, e, a, 2);
    case B_OR: return node_of(K, c_or, e, a, 2);
    case B_IMPLIES: return node_of(K, c_implies, e, a, 2);
    case B_NOT: return node_of(K, c_not, e, a, 1);
    case B_EQ: {
        eval_cnode *k = node_of(K, c_eq, e, a, 2);
        if (k->kids[0]->fn == c_dot_bound && k->kids[1]->fn == c_literal) k->fn = c_dot_bound_eq_literal;
        if (k->kids[1]->fn == c_except_one) k->fn = c_eq_except;
        return k;
    }
    case B_NEQ: return node_of(K, c_neq, e, a, 2);
    case B_IN: return membership(K, e, true);
    case B_NOTIN: return membership(K, e, false);
    case B_PRIME: return node_of(K, c_prime, e, a, 1);
    case B_UNCHANGED: {
        eval_cnode *k = node_of(K, c_unchanged, e, a, 1);
        if (k->kids[0]->fn == c_tuple && tuple_lists_a_name(k->kids[0]->e)) k->fn = c_unchanged_tuple;
        return k;
    }
    case B_ENABLED: case B_ALWAYS: case B_EVENTUALLY: case B_LEADSTO: case B_PLUSARROW: case B_CDOT:
        return node_of(K, c_call, e, a, n);
    case B_SETMINUS: case B_CUP:
        if (n == 2 && one_member(a[1])) return one_member_node(K, e, b);
        /* fall through */
    default: {
        eval_cnode *k = node_of(K, c_builtin, e, a, n < 2 ? n : 2);
        k->u.builtin = b;
        return k;
    }
    }
}

static const eval_cnode *compile_apply(compiler *K, syn_expr *e)
{
    const sema_ref *r = e->u.apply.res;
    syn_expr *const *a = e->u.apply.args;
    uint32_t n = e->u.apply.nargs;
    if (!r) return node_of(K, c_interp, e, a, n);
    for (uint32_t i = 0; i < e->u.apply.npath; i++)
        for (uint32_t j = 0; j < e->u.apply.path[i].nargs; j++) compile(K, e->u.apply.path[i].args[j]);
    switch (r->kind) {
    case REF_BUILTIN: return compile_builtin(K, e, r->builtin);
    case REF_BOUND: {
        eval_cnode *k = node_of(K, n ? c_call : c_bound, e, a, n);
        k->u.binder = r->binder;
        return k;
    }
    case REF_DEF: {
        const sema_def *d = r->def;
        if (d->native) return compile_native(K, e, d);
        eval_cnode *k = node_of(K, r->npath || d->recursive ? c_call : c_def, e, a, n);
        k->u.def = d;
        return k;
    }
    case REF_DECL: {
        const sema_decl *d = r->decl;
        bool plain = !r->npath && !d->arity && !n;
        if (d->is_variable && d->index == UINT32_MAX) plain = false;
        eval_cnode *k = node_of(K, !plain ? c_call : d->is_variable ? c_variable : c_constant, e, a, n);
        k->u.decl = d;
        return k;
    }
    }
    return node_of(K, c_interp, e, a, n);
}

/* f[a]: the interpreter's way when f may name a function definition (applied without building it):
 * a definition that is one, a LET definition; else c_fapply (u.def: a definition an override
 * could make one). */
static const eval_cnode *compile_fapply(compiler *K, syn_expr *e)
{
    const syn_expr *fn = sema_strip(e->u.fapp.fn);
    const sema_ref *r = fn->kind == SX_APPLY && !fn->u.apply.nargs ? fn->u.apply.res : NULL;
    const sema_def *d = NULL;
    bool interp = false;
    if (r && r->kind == REF_DEF) {
        d = r->def;
        interp = d->is_function;
    } else if (r && r->kind == REF_BOUND) {
        interp = r->binder->kind == BINDER_LET_DEF || r->binder->arity > 0;
    }
    if (interp) {
        compile(K, e->u.fapp.fn);
        for (uint32_t i = 0; i < e->u.fapp.nargs; i++) compile(K, e->u.fapp.args[i]);
        return node(K, c_interp, e, 0);
    }
    eval_cnode *k = node(K, e->u.fapp.nargs == 1 && !d ? c_fapply1 : c_fapply, e, e->u.fapp.nargs + 1);
    k->kids[0] = compile(K, e->u.fapp.fn);
    for (uint32_t i = 0; i < e->u.fapp.nargs; i++) k->kids[i + 1] = compile(K, e->u.fapp.args[i]);
    k->u.def = d;
    if (k->fn == c_fapply1 && k->kids[0]->fn == c_fapply1) k->fn = c_fapply1_nested;
    return k;
}

static void compile_bounds(compiler *K, syn_expr *e)
{
    for (uint32_t g = 0; g < e->u.q.nbounds; g++)
        if (e->u.q.bounds[g].set) compile(K, e->u.q.bounds[g].set);
    compile(K, e->u.q.body);
}

/* A binding form over one bound, one name or one tuple of names (`<<x, y>> \in S`): kids are the set
 * and the body. */
static eval_cnode *compile_one_name(compiler *K, syn_expr *e, eval_cfn fn)
{
    const syn_bound *b = &e->u.q.bounds[0];
    if (e->u.q.nbounds != 1 || (b->nnames != 1 && !b->tuple) || !b->set) {
        compile_bounds(K, e);
        return node(K, c_interp, e, 0);
    }
    eval_cnode *k = node(K, fn, e, 2);
    k->kids[0] = compile(K, b->set);
    k->kids[1] = compile(K, e->u.q.body);
    return k;
}

static bool names_not(void *data, const syn_expr *e)
{
    const sema_ref *r = e->kind == SX_APPLY ? e->u.apply.res : NULL;
    if (r && r->kind == REF_BOUND && r->binder == data) return false;
    return syn_for_children(e, names_not, data);
}

/* 1 + the place of x in the body `<<..., x, ...>> \in T` of a form over x, where x is an item alone
 * and named nowhere else in it (probes_walk); else 0. */
static uint32_t probed_at(const eval_cnode *in, const sema_binder *x)
{
    if (in->fn != c_in || in->kids[0]->fn != c_tuple || !names_not((void *)x, in->e->u.apply.args[1])) return 0;
    const eval_cnode *tuple = in->kids[0];
    uint32_t at = 0;
    for (uint32_t i = 0; i < tuple->nkids; i++) {
        const eval_cnode *item = tuple->kids[i];
        if (item->fn == c_bound && item->u.binder == x && !at) at = i + 1;
        else if (!names_not((void *)x, tuple->e->u.list.items[i])) return 0;
    }
    return at;
}

static const eval_cnode *compile_set_filter(compiler *K, syn_expr *e)
{
    eval_cnode *k = compile_one_name(K, e, c_set_filter);
    const syn_bound *b = &e->u.q.bounds[0];
    if (k->fn == c_set_filter && !b->tuple) k->u.probe_at = probed_at(k->kids[1], b->res[0]);
    return k;
}

static const eval_cnode *compile_quantifier(compiler *K, syn_expr *e, bool exists)
{
    const syn_bound *b = &e->u.q.bounds[0];
    bool names = e->u.q.nbounds > 0;
    for (uint32_t g = 0; g < e->u.q.nbounds; g++)
        if (e->u.q.bounds[g].tuple || !e->u.q.bounds[g].set) names = false;
    if (!names || (exists && eval_prime_fixing(e))) {
        compile_bounds(K, e);
        return node(K, c_interp, e, 0);
    }
    if (e->u.q.nbounds == 1 && b->nnames == 1) {
        eval_cnode *k = node(K, exists ? c_exists : c_forall, e, 2);
        k->kids[0] = compile(K, b->set);
        k->kids[1] = compile(K, e->u.q.body);
        k->u.probe_at = probed_at(k->kids[1], b->res[0]);
        return k;
    }
    eval_cnode *k = node(K, exists ? c_exists_names : c_forall_names, e, e->u.q.nbounds + 1);
    for (uint32_t g = 0; g < e->u.q.nbounds; g++) k->kids[g] = compile(K, e->u.q.bounds[g].set);
    k->kids[e->u.q.nbounds] = compile(K, e->u.q.body);
    return k;
}

static void compile_unit_defs(compiler *K, syn_unit *const *units, uint32_t n);

/* The children of a node the interpreter evaluates (so that they are compiled). */
static void compile_children(compiler *K, syn_expr *e)
{
    switch (e->kind) {
    case SX_APPLY:
        for (uint32_t i = 0; i < e->u.apply.npath; i++)
            for (uint32_t j = 0; j < e->u.apply.path[i].nargs; j++) compile(K, e->u.apply.path[i].args[j]);
        for (uint32_t i = 0; i < e->u.apply.nargs; i++) compile(K, e->u.apply.args[i]);
        break;
    case SX_LAMBDA: if (e->u.lambda.body) compile(K, e->u.lambda.body); break;
    case SX_CASE:
        for (uint32_t i = 0; i < e->u.cas.narms; i++) {
            compile(K, e->u.cas.arms[i].guard);
            compile(K, e->u.cas.arms[i].value);
        }
        if (e->u.cas.other) compile(K, e->u.cas.other);
        break;
    case SX_FORALL: case SX_EXISTS: case SX_CHOOSE: case SX_SET_FILTER: case SX_SET_MAP: case SX_FUNC:
    case SX_TFORALL: case SX_TEXISTS:
        compile_bounds(K, e);
        break;
    case SX_SET_ENUM: case SX_TUPLE: case SX_CROSS: case SX_CONJ_LIST: case SX_DISJ_LIST:
        for (uint32_t i = 0; i < e->u.list.nitems; i++) compile(K, e->u.list.items[i]);
        break;
    case SX_RECORD: case SX_RECORD_SET:
        for (uint32_t i = 0; i < e->u.rec.nfields; i++) compile(K, e->u.rec.fields[i].value);
        break;
    case SX_FUNC_SET: case SX_BOX_ACTION: case SX_ANGLE_ACTION: case SX_WF: case SX_SF:
        compile(K, e->u.bin.a);
        compile(K, e->u.bin.b);
        break;
    case SX_IF:
        compile(K, e->u.ite.cond);
        compile(K, e->u.ite.then_);
        compile(K, e->u.ite.else_);
        break;
    case SX_LET:
        compile_unit_defs(K, e->u.let.defs, e->u.let.ndefs);
        compile(K, e->u.let.body);
        break;
    case SX_FAPPLY:
        compile(K, e->u.fapp.fn);
        for (uint32_t i = 0; i < e->u.fapp.nargs; i++) compile(K, e->u.fapp.args[i]);
        break;
    case SX_DOT: compile(K, e->u.dot.rec); break;
    case SX_PAREN: compile(K, e->u.bin.a); break;
    case SX_LABEL: compile(K, e->u.label.body); break;
    default: break;
    }
}

/* <<a, b>>: a literal when its items are (the << >> of a guard `q # << >>` is made once, not each
 * time it is tested). */
static const eval_cnode *compile_tuple(compiler *K, syn_expr *e)
{
    eval_cnode *k = node_of(K, c_tuple, e, e->u.list.items, e->u.list.nitems);
    for (uint32_t i = 0; i < k->nkids; i++)
        if (k->kids[i]->fn != c_literal) return k;
    val_seq *s = arena_alloc(K->mem, sizeof(val_seq) + sizeof(val) * k->nkids);
    s->n = k->nkids;
    for (uint32_t i = 0; i < k->nkids; i++) s->elems[i] = k->kids[i]->u.v;
    k->fn = c_literal;
    k->u.v = (val){.kind = VAL_SEQ, .u.seq = s};
    return k;
}

/* [f EXCEPT ...]: its shape, and its kids compiled in the order c_except evaluates them. */
static const eval_cnode *compile_except(compiler *K, syn_expr *e)
{
    uint32_t nkids = 1;
    for (uint32_t u = 0; u < e->u.except.nupdates; u++) {
        const syn_except_update *up = &e->u.except.updates[u];
        for (uint32_t i = 0; i < up->nsteps; i++) nkids += up->steps[i].is_field ? 0 : up->steps[i].nindex;
        nkids++;
    }
    eval_cnode *k = node(K, c_except, e, nkids);
    eval_except_shape *s = arena_alloc(K->mem, sizeof *s);
    except_update *ups = arena_alloc(K->mem, sizeof *ups * e->u.except.nupdates);
    uint32_t kid = 0;
    k->kids[kid++] = compile(K, e->u.except.base);
    for (uint32_t u = 0; u < e->u.except.nupdates; u++) {
        const syn_except_update *up = &e->u.except.updates[u];
        except_step *steps = arena_alloc(K->mem, sizeof *steps * up->nsteps);
        for (uint32_t i = 0; i < up->nsteps; i++) {
            const syn_except_step *st = &up->steps[i];
            steps[i] = (except_step){.field = st->is_field ? val_str(st->field) : (val){.kind = VAL_NONE},
                                     .nindex = st->is_field ? 0 : st->nindex, .first = kid};
            for (uint32_t j = 0; j < steps[i].nindex; j++) k->kids[kid++] = compile(K, st->index[j]);
        }
        ups[u] = (except_update){.steps = steps, .nsteps = up->nsteps, .value = kid};
        k->kids[kid++] = compile(K, up->value);
    }
    s->updates = ups;
    s->nupdates = e->u.except.nupdates;
    k->u.except = s;
    if (s->nupdates == 1 && ups[0].nsteps <= 2) k->fn = ups[0].nsteps == 1 ? c_except_one : c_except_two;
    return k;
}

/* The node for e's own shape (the cache of constants aside). */
static const eval_cnode *compile_shape(compiler *K, syn_expr *e)
{
    switch (e->kind) {
    case SX_NUM: {
        if (e->u.n.num_text) break;
        eval_cnode *k = node(K, c_literal, e, 0);
        k->u.v = val_int(e->u.n.num);
        return k;
    }
    case SX_STR: {
        eval_cnode *s = node(K, c_literal, e, 0);
        s->u.v = val_str(e->u.str);
        return s;
    }
    case SX_APPLY: return compile_apply(K, e);
    case SX_IF: {
        syn_expr *kids[3] = {e->u.ite.cond, e->u.ite.then_, e->u.ite.else_};
        return node_of(K, c_if, e, kids, 3);
    }
    case SX_CONJ_LIST: return node_of(K, c_conj, e, e->u.list.items, e->u.list.nitems);
    case SX_DISJ_LIST: return node_of(K, c_disj, e, e->u.list.items, e->u.list.nitems);
    case SX_TUPLE: return compile_tuple(K, e);
    case SX_SET_ENUM: return node_of(K, c_set_enum, e, e->u.list.items, e->u.list.nitems);
    case SX_DOT: {
        eval_cnode *k = node_of(K, c_dot, e, &e->u.dot.rec, 1);
        k->u.field_guess = (uint32_t)((uint64_t)(uintptr_t)k * 0x9E3779B97F4A7C15ull >> (64 - EVAL_FIELD_GUESS_BITS));
        if (k->kids[0]->fn == c_bound) k->fn = c_dot_bound;
        return k;
    }
    case SX_FAPPLY: return compile_fapply(K, e);
    case SX_LET:
        compile_unit_defs(K, e->u.let.defs, e->u.let.ndefs);
        return node_of(K, c_let, e, &e->u.let.body, 1);
    case SX_EXCEPT: return compile_except(K, e);
    case SX_AT: return node(K, c_at, e, 0);
    case SX_RECORD: {
        const eval_record_shape *shape = record_shape(K, e);
        eval_cnode *k = node(K, shape ? c_record_sorted : c_record, e, e->u.rec.nfields);
        k->u.rec = shape;
        for (uint32_t i = 0; i < e->u.rec.nfields; i++) k->kids[i] = compile(K, e->u.rec.fields[i].value);
        return k;
    }
    case SX_CASE: {
        uint32_t n = 2 * e->u.cas.narms + (e->u.cas.other ? 1 : 0);
        eval_cnode *k = node(K, c_case, e, n);
        for (uint32_t i = 0; i < e->u.cas.narms; i++) {
            k->kids[2 * i] = compile(K, e->u.cas.arms[i].guard);
            k->kids[2 * i + 1] = compile(K, e->u.cas.arms[i].value);
        }
        if (e->u.cas.other) k->kids[n - 1] = compile(K, e->u.cas.other);
        return k;
    }
    case SX_CHOOSE: return compile_one_name(K, e, chooses_any(e) ? c_choose_any : c_choose);
    case SX_SET_MAP: return compile_one_name(K, e, c_set_map);
    case SX_SET_FILTER: return compile_set_filter(K, e);
    case SX_FUNC: return compile_one_name(K, e, c_func);
    case SX_FORALL: return compile_quantifier(K, e, false);
    case SX_EXISTS: return compile_quantifier(K, e, true);
    default: break;
    }
    compile_children(K, e);
    return node(K, c_interp, e, 0);
}

static const eval_cnode *compile_substituted(compiler *K, syn_expr *e);

static const eval_cnode *compile(compiler *K, syn_expr *e)
{
    if (K->subst) return compile_substituted(K, e);
    if (e->compiled) return e->compiled;
    if (e->kind == SX_PAREN || e->kind == SX_LABEL) {
        /* evaluated as the expression inside (an error about its truth names the outer node, which
         * the parent finds in the tree) */
        const eval_cnode *inner = compile(K, e->kind == SX_PAREN ? e->u.bin.a : e->u.label.body);
        e->compiled = inner;
        return inner;
    }
    const eval_cnode *shape = compile_shape(K, e);
    assert(handler_of(shape->fn));   /* (every handler listed in handlers[]) */
    if (e->eval_slot) {
        eval_cnode *k = node(K, c_cached, e, 0);
        k->plain = shape;
        shape = k;
    }
    e->compiled = shape;
    return shape;
}

static void compile_unit_defs(compiler *K, syn_unit *const *units, uint32_t n)
{
    for (uint32_t i = 0; i < n; i++) {
        syn_unit *u = units[i];
        if (u->kind != SU_OPDEF) continue;
        const sema_def *d = u->res.binder && u->res.binder->let_def ? u->res.binder->let_def : NULL;
        if (d && d->body) compile(K, d->body);
    }
}

static compiler compiler_for(sema_program *p)
{
    compiler K = {.p = p, .mem = &p->mem};
    K.plus = find_native("Naturals", "+");
    K.minus = find_native("Naturals", "-");
    K.times = find_native("Naturals", "*");
    K.lt = find_native("Naturals", "<");
    K.le = find_native("Naturals", "<=");
    K.gt = find_native("Naturals", ">");
    K.ge = find_native("Naturals", ">=");
    K.range = find_native("Naturals", "..");
    K.len = find_native("Sequences", "Len");
    K.append = find_native("Sequences", "Append");
    K.head = find_native("Sequences", "Head");
    K.tail = find_native("Sequences", "Tail");
    return K;
}

/* ---- an expression compiled under a substitution (eval_compile_substituted) --------------------
 * The compiler run again over the expression with K->subst set: a name of a parameter compiles to
 * the caller's node of its argument, a node naming no parameter is the expression's own, and the
 * others are compiled anew (not kept in the tree), so each gets the handler the compiler chooses
 * for its operands as they now are (r.f of a literal is no c_dot_bound). A node whose handler
 * evaluates its expression from the tree, rather than through its kids, cannot be: the tree would
 * look the parameter up in the caller's context; then there is no compiled form. */

struct substitution {
    const sema_def *d;                 /* whose parameters are replaced */
    const eval_cnode *const *to;       /* by these nodes, one a parameter */
    const syn_expr *within;            /* the expression compiled: the names it binds itself */
    bool failed;                       /* a node that cannot be compiled was met */
};

static bool loc_within(syn_loc in, syn_loc out)
{
    return in.file == out.file && (in.line > out.line || (in.line == out.line && in.col >= out.col)) &&
           (in.end_line < out.end_line || (in.end_line == out.end_line && in.end_col <= out.end_col));
}

static int param_of(const struct substitution *S, const sema_binder *b)
{
    for (uint32_t i = 0; i < S->d->nparams; i++)
        if (S->d->params[i] == b) return (int)i;
    return -1;
}

typedef struct names_seen { const struct substitution *S; const eval_program *ep; } names_seen;

/* Does e name only what the substitution can serve? Not a bound name that is neither a parameter
 * nor bound inside the expression (the caller's context does not have it), a definition the .cfg
 * overrides (its handler goes to the tree), a prime or another action or temporal operator. */
static bool names_ok(void *data, const syn_expr *e)
{
    names_seen *n = data;
    if (e->kind == SX_APPLY && e->u.apply.res) {
        const sema_ref *r = e->u.apply.res;
        if (r->kind == REF_BOUND && param_of(n->S, r->binder) < 0 && !loc_within(r->binder->loc, n->S->within->loc))
            return false;
        if (r->kind == REF_DEF && !as_written(n->ep, r->def)) return false;
        if (r->kind == REF_BUILTIN && r->builtin >= B_PRIME) return false;
    }
    return syn_for_children(e, names_ok, n);
}

static bool no_param(void *data, const syn_expr *e)
{
    const sema_ref *r = e->kind == SX_APPLY ? e->u.apply.res : NULL;
    if (r && r->kind == REF_BOUND && param_of(data, r->binder) >= 0) return false;
    return syn_for_children(e, no_param, data);
}

static const eval_cnode *compile_substituted(compiler *K, syn_expr *e)
{
    struct substitution *S = K->subst;
    if (no_param(S, e)) {
        if (!e->compiled) S->failed = true;
        return e->compiled ? e->compiled : node(K, c_interp, e, 0);
    }
    if (e->kind == SX_PAREN) return compile(K, e->u.bin.a);
    if (e->kind == SX_LABEL) return compile(K, e->u.label.body);
    if (e->kind == SX_APPLY && !e->u.apply.nargs && e->u.apply.res->kind == REF_BOUND)
        return S->to[param_of(S, e->u.apply.res->binder)];   /* (the parameter it names) */
    const eval_cnode *k = compile_shape(K, e);
    if (reads_tree(k->fn)) S->failed = true;
    return k;
}

/* The caller's node of an argument whose value needs nothing evaluated but a name's (a literal, or
 * a name with no arguments: a value, or a thunk forced once and kept, as the parameter's would be);
 * with outer, the call standing in outer's body, called as outer_call: a literal, or a name of one of
 * outer's parameters read as that parameter's argument (as it is taken without outer). Else NULL.
 * An expression is left to the binding: read through the substitution at each place the parameter
 * is read, it would be evaluated again where the body's thunk is evaluated once (a RandomElement
 * would draw again). */
static const eval_cnode *caller_arg(const syn_expr *arg, const sema_def *outer, const syn_expr *outer_call)
{
    const eval_cnode *k = arg->compiled;
    if (k && k->fn == c_literal) return k;
    if (!k || k->fn != c_bound || k->u.binder->arity) return NULL;
    if (!outer) return k;
    for (uint32_t j = 0; j < outer->nparams; j++)
        if (outer->params[j] == k->u.binder) return caller_arg(outer_call->u.apply.args[j], NULL, NULL);
    return NULL;
}

const eval_cnode *eval_compile_substituted(const eval_program *ep, arena *mem, const syn_expr *x, const sema_def *d,
                                           const syn_expr *call, const sema_def *outer, const syn_expr *outer_call)
{
    uint32_t n = d->nparams;
    if (!x->compiled || call->u.apply.nargs != n || loc_within(call->loc, x->loc)) return NULL;
    if (outer && (outer_call->u.apply.nargs != outer->nparams || loc_within(outer_call->loc, x->loc))) return NULL;
    for (uint32_t j = 0; outer && j < outer->nparams; j++)
        if (outer->params[j]->arity) return NULL;
    const eval_cnode **to = arena_alloc(mem, sizeof *to * (n ? n : 1));
    for (uint32_t i = 0; i < n; i++) {
        if (d->params[i]->arity) return NULL;   /* an operator argument is made when bound (eval_op_arg) */
        if (!(to[i] = caller_arg(call->u.apply.args[i], outer, outer_call))) return NULL;
    }
    struct substitution S = {d, to, x, false};
    names_seen seen = {&S, ep};
    if (!names_ok(&seen, x)) return NULL;
    compiler K = compiler_for(ep->sema);
    K.mem = mem;
    K.subst = &S;
    const eval_cnode *k = compile(&K, (syn_expr *)x);
    return S.failed ? NULL : k;
}

/* ---- what the compiler resolved ----------------------------------------------------------------- */

const syn_expr *eval_compiled_primed(const syn_expr *e)
{
    const eval_cnode *k = e->compiled;
    return k && k->fn == c_prime ? k->kids[0]->e : NULL;
}

uint32_t eval_compiled_variable(const syn_expr *e)
{
    const eval_cnode *k = e->compiled;
    return k && k->fn == c_variable ? k->u.decl->index : UINT32_MAX;
}

void eval_compile_expr(eval_program *ep, syn_expr *e)
{
    eval_cache_prepare(ep);   /* the program's own first (under its lock) */
    compiler K = compiler_for(ep->sema);
    compile(&K, e);
}

void eval_compile_program(sema_program *p)
{
    compiler K = compiler_for(p);
    for (uint32_t m = 0; m < p->nmodules; m++) {
        const syn_module *s = p->modules[m]->syntax;
        for (uint32_t i = 0; i < s->nunits; i++) {
            syn_unit *u = s->units[i];
            switch (u->kind) {
            case SU_OPDEF:
                if (u->res.def && u->res.def->body) compile(&K, u->res.def->body);
                break;
            case SU_INSTANCE:
                if (u->res.inst)
                    for (uint32_t j = 0; j < u->res.inst->nsubs; j++)
                        if (u->res.inst->subs[j].value) compile(&K, u->res.inst->subs[j].value);
                break;
            case SU_ASSUME: case SU_THEOREM:
                if (u->u.assume.expr) compile(&K, u->u.assume.expr);
                break;
            default: break;
            }
        }
    }
}
