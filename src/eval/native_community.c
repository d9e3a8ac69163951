/* native_community.c - the hot operators of the community modules Folds, FiniteSetsExt, Functions,
 * BagsExt, Relation, Bitwise, DyadicRationals, Combinatorics and VectorClocks in C (SequencesExt's
 * are in native_seqext.c, the graphs' in native_graphs.c).
 *
 * Each computes what its module's TLA+ text in specs/ states; that text follows the published
 * definition, or TLC's Java override where the two differ (the order of the folds, FoldBag, the
 * integers of Bitwise), as its comments say. Sets are walked in the canonical order, the order in
 * which CHOOSE looks through them and TLC enumerates them; a function's points in the order of its
 * domain. Results are built with the hints of the form the TLA+ text builds them in, so that they
 * print as TLC prints them. */
#include "eval_internal.h"

#include <stdlib.h>
#include <string.h>

#define W (call->w)
#define A (&call->w->scratch)

static val checked(native_call *call, val_status st, val v)
{
    eval_check(W, call->loc, st);
    return v;
}

static int64_t int_of(native_call *call, val v, const char *op)
{
    if (!val_is_int(v)) native_fail(call, "%s needs integers, not %s", op, val_to_string(A, v));
    return val_get_int(v);
}

static val add(native_call *call, int64_t a, int64_t b)
{
    val out;
    return checked(call, val_int_add(a, b, &out), out);
}

static val mul(native_call *call, int64_t a, int64_t b)
{
    val out;
    return checked(call, val_int_mul(a, b, &out), out);
}

static val apply2(native_call *call, const opval *op, val a, val b)
{
    val args[2] = {a, b};
    return native_apply(call, op, args, 2);
}

/* f[x], an error when x is not in its domain. */
static val at(native_call *call, val f, val x)
{
    val out;
    val_status st = val_apply(A, f, x, &out);
    if (st == VAL_NOT_IN_DOMAIN)
        native_fail(call, "%s is not in the domain of %s", val_to_string(A, x), val_to_string(A, f));
    return checked(call, st, out);
}

/* Is f's domain an interval, as DOMAIN f gives it (which decides how [x \in DOMAIN f |-> e] prints)? */
static bool interval_domain(val f)
{
    if (f.kind == VAL_SEQ) return !(f.hint & VAL_HINT_SETDOM);
    return (f.hint & VAL_HINT_INTDOM) != 0;
}

static bool is_interval(val s) { return s.kind == VAL_LAZY && s.u.lazy->kind == LAZY_INTERVAL; }

/* The function of n points, as the function constructor builds it on a domain that was, or was
 * not, an interval. */
static val function_of(native_call *call, const val *dom, const val *rng, size_t n, bool interval)
{
    val f;
    eval_check(W, call->loc, val_func_make(A, dom, rng, n, &f));
    return val_hint_function(f, interval);
}

static _Noreturn void choose_failed(native_call *call)
{
    native_fail(call, "CHOOSE found no element satisfying its predicate");
}

/* ---- Folds -------------------------------------------------------------------------------------- */

static bool is_true(const syn_expr *e)
{
    e = sema_strip(e);
    const sema_ref *r = e->kind == SX_APPLY ? e->u.apply.res : NULL;
    return r && r->kind == REF_BUILTIN && r->builtin == B_TRUE;
}

/* Is op `LAMBDA s : CHOOSE x \in s : TRUE` (or an operator so defined), which picks a set's first
 * element? Folds pass it as their chooser; knowing it saves building every set left. */
static bool picks_first(const opval *op)
{
    const sema_def *d = op->def;
    if (!d || d->native || d->nparams != 1 || d->params[0]->arity) return false;
    const syn_expr *e = sema_strip(d->body);
    if (e->kind != SX_CHOOSE || e->u.q.nbounds != 1) return false;
    const syn_bound *b = &e->u.q.bounds[0];
    return b->nnames == 1 && !b->tuple && b->set && eval_names_binder(b->set, d->params[0]) && is_true(e->u.q.body);
}

/* Where x is in the sorted array xs, or -1. */
static int64_t sorted_find(const val *xs, uint32_t n, val x)
{
    uint32_t lo = 0, hi = n;
    while (lo < hi) {
        uint32_t mid = lo + (hi - lo) / 2;
        int c = val_compare(xs[mid], x);
        if (c == 0) return mid;
        if (c < 0) lo = mid + 1;
        else hi = mid;
    }
    return -1;
}

/* The elements of the set s in the order choose picks them: choose(s), then choose of the rest... */
static const val *chosen_order(native_call *call, const opval *choose, val s)
{
    uint32_t n = val_set_size(s);
    if (picks_first(choose)) return s.u.set->elems;
    val *left = arena_alloc(A, sizeof(val) * (n + 1)), *order = arena_alloc(A, sizeof(val) * (n + 1));
    memcpy(left, s.u.set->elems, sizeof(val) * n);
    for (uint32_t k = 0; k < n; k++) {
        uint32_t m = n - k;
        val rest = val_set_make(A, left, m);
        val x = native_apply(call, choose, &rest, 1);
        int64_t i = sorted_find(left, m, x);
        if (i < 0)
            native_fail(call, "the chooser picked %s, which is not in %s", val_to_string(A, x), val_to_string(A, rest));
        order[k] = x;
        memmove(left + i, left + i + 1, sizeof(val) * (m - (uint32_t)i - 1));
    }
    return order;
}

/* MapThenFoldSet(op, base, f, choose, S) = op(f(x1), op(f(x2), ... op(f(xn), base))) */
static val f_map_then_fold_set(native_call *call)
{
    opval op = native_op_arg(call, 0), f = native_op_arg(call, 2), choose = native_op_arg(call, 3);
    val s = native_set_arg(call, 4);
    uint32_t n = val_set_size(s);
    const val *xs = chosen_order(call, &choose, s);
    val *images = arena_alloc(A, sizeof(val) * (n + 1));
    for (uint32_t i = 0; i < n; i++) images[i] = native_apply(call, &f, &xs[i], 1);
    val acc = native_arg(call, 1);
    for (uint32_t i = n; i-- > 0;) acc = apply2(call, &op, images[i], acc);
    return acc;
}

/* ---- FiniteSetsExt ------------------------------------------------------------------------------ */

/* op(xn, ... op(x1, base)) over the set's elements in order (TLC's FoldSet). */
static val fold_set(native_call *call, const opval *op, val base, val s)
{
    val acc = base;
    for (uint32_t i = 0; i < val_set_size(s); i++) acc = apply2(call, op, val_set_at(s, i), acc);
    return acc;
}

static val x_fold_set(native_call *call)
{
    opval op = native_op_arg(call, 0);
    val base = native_arg(call, 1);
    return fold_set(call, &op, base, native_set_arg(call, 2));
}

static val x_reduce_set(native_call *call)
{
    opval op = native_op_arg(call, 0);
    val s = native_set_arg(call, 1);
    return fold_set(call, &op, native_arg(call, 2), s);
}

static val x_sum_set(native_call *call)
{
    val s = native_set_arg(call, 0), acc = val_int(0);
    for (uint32_t i = 0; i < val_set_size(s); i++)
        acc = add(call, int_of(call, val_set_at(s, i), "SumSet"), val_get_int(acc));
    return acc;
}

static val x_product_set(native_call *call)
{
    val s = native_set_arg(call, 0), acc = val_int(1);
    for (uint32_t i = 0; i < val_set_size(s); i++)
        acc = mul(call, int_of(call, val_set_at(s, i), "ProductSet"), val_get_int(acc));
    return acc;
}

/* op(x1) + (op(x2) + ... (op(xn) + 0)): the images in order, summed from the last. */
static val x_map_then_sum_set(native_call *call)
{
    opval op = native_op_arg(call, 0);
    val s = native_set_arg(call, 1);
    uint32_t n = val_set_size(s);
    val *images = arena_alloc(A, sizeof(val) * (n + 1)), acc = val_int(0);
    for (uint32_t i = 0; i < n; i++) images[i] = native_apply(call, &op, &s.u.set->elems[i], 1);
    for (uint32_t i = n; i-- > 0;) acc = add(call, int_of(call, images[i], "MapThenSumSet"), val_get_int(acc));
    return acc;
}

static val x_flatten_set(native_call *call)
{
    val s = native_arg(call, 0);
    return eval_builtin_values(W, B_UNION, &s, 1, call->loc);
}

static val x_sym_diff(native_call *call)
{
    val ab[2] = {native_arg(call, 0), native_arg(call, 1)}, ba[2] = {ab[1], ab[0]};
    val parts[2] = {eval_builtin_values(W, B_SETMINUS, ab, 2, call->loc),
                    eval_builtin_values(W, B_SETMINUS, ba, 2, call->loc)};
    return eval_builtin_values(W, B_CUP, parts, 2, call->loc);
}

static val x_quantify(native_call *call)
{
    val s = native_set_arg(call, 0);
    opval p = native_op_arg(call, 1);
    int64_t n = 0;
    for (uint32_t i = 0; i < val_set_size(s); i++) n += native_holds(call, &p, val_set_at(s, i));
    return val_int(n);
}

/* The k-subsets of S, through the k-combinations of its elements. */
static val x_k_subset(native_call *call)
{
    int64_t k = native_int_arg(call, 0);
    val s = native_set_arg(call, 1);
    uint32_t n = val_set_size(s);
    if (k < 0 || k > n) return val_empty_set();
    uint32_t *idx = arena_alloc(A, sizeof(uint32_t) * ((size_t)k + 1));
    val *pick = arena_alloc(A, sizeof(val) * ((size_t)k + 1));
    native_list out = {A, NULL, 0, 0};
    for (uint32_t i = 0; i < k; i++) idx[i] = i;
    for (;;) {
        if (out.len >= VAL_MAX_ENUM) native_fail(call, "kSubset(%lld, S) has too many elements to list", (long long)k);
        for (uint32_t i = 0; i < k; i++) pick[i] = val_set_at(s, idx[i]);
        native_list_push(&out, val_set_make(A, pick, (size_t)k));
        uint32_t i = (uint32_t)k;   /* the last index that can still move right */
        while (i > 0 && idx[i - 1] == n - (uint32_t)k + i - 1) i--;
        if (i == 0) break;
        idx[i - 1]++;
        for (uint32_t j = i; j < k; j++) idx[j] = idx[j - 1] + 1;
    }
    return val_set_make(A, out.items, out.len);
}

static val extreme(native_call *call, bool greatest, const char *op)
{
    val s = native_set_arg(call, 0);
    if (val_set_size(s) == 0) choose_failed(call);
    int64_t best = int_of(call, val_set_at(s, 0), op);
    for (uint32_t i = 1; i < val_set_size(s); i++) {
        int64_t x = int_of(call, val_set_at(s, i), op);
        if (greatest ? x > best : x < best) best = x;
    }
    return val_int(best);
}

static val x_max(native_call *call) { return extreme(call, true, "Max"); }
static val x_min(native_call *call) { return extreme(call, false, "Min"); }

/* Choices(Sets): one set per way of picking an element of each set (a product, odometer order). */
static val x_choices(native_call *call)
{
    val sets = native_set_arg(call, 0);
    uint32_t n = val_set_size(sets);
    val *members = arena_alloc(A, sizeof(val) * (n + 1)), *pick = arena_alloc(A, sizeof(val) * (n + 1));
    uint32_t *idx = arena_zalloc(A, sizeof(uint32_t) * (n + 1));
    for (uint32_t i = 0; i < n; i++) {
        members[i] = native_enumerate(call, val_set_at(sets, i));
        if (val_set_size(members[i]) == 0) return val_empty_set();
    }
    native_list out = {A, NULL, 0, 0};
    for (;;) {
        if (out.len >= VAL_MAX_ENUM) native_fail(call, "Choices(Sets) has too many elements to list");
        for (uint32_t i = 0; i < n; i++) pick[i] = val_set_at(members[i], idx[i]);
        native_list_push(&out, val_set_make(A, pick, n));
        uint32_t k = n;
        while (k > 0 && ++idx[k - 1] == val_set_size(members[k - 1])) idx[--k] = 0;
        if (k == 0) break;
    }
    return val_set_make(A, out.items, out.len);
}

static val x_choose_unique(native_call *call)
{
    val s = native_set_arg(call, 0), found = {0};
    opval p = native_op_arg(call, 1);
    uint32_t count = 0;
    for (uint32_t i = 0; i < val_set_size(s); i++)
        if (native_holds(call, &p, val_set_at(s, i))) found = val_set_at(s, i), count++;
    if (count != 1) choose_failed(call);
    return found;
}

/* ---- Functions ---------------------------------------------------------------------------------- */

static val restrict_to(native_call *call, val f, val keys, bool interval)
{
    uint32_t n = val_set_size(keys);
    val *rng = arena_alloc(A, sizeof(val) * (n + 1));
    for (uint32_t i = 0; i < n; i++) rng[i] = at(call, f, val_set_at(keys, i));
    return function_of(call, keys.u.set->elems, rng, n, interval);
}

static val fn_restrict(native_call *call)
{
    val f = native_func_arg(call, 0, "Restrict"), s = native_arg(call, 1);
    return restrict_to(call, f, native_enumerate(call, s), is_interval(s));
}

/* The points of f whose key (by_value: whose value) satisfies Test, as a function on an enumerated set. */
static val restrict_by(native_call *call, bool by_value, const char *op)
{
    val f = native_func_arg(call, 0, op);
    opval test = native_op_arg(call, 1);
    native_points p = native_points_of(f);
    val *dom = arena_alloc(A, sizeof(val) * (p.n + 1)), *rng = arena_alloc(A, sizeof(val) * (p.n + 1));
    uint32_t k = 0;
    for (uint32_t i = 0; i < p.n; i++)
        if (native_holds(call, &test, by_value ? p.rng[i] : native_key(p, i))) {
            dom[k] = native_key(p, i);
            rng[k++] = p.rng[i];
        }
    return function_of(call, dom, rng, k, false);
}

static val fn_restrict_domain(native_call *call) { return restrict_by(call, false, "RestrictDomain"); }
static val fn_restrict_values(native_call *call) { return restrict_by(call, true, "RestrictValues"); }

static val fn_is_restriction(native_call *call)
{
    val narrow = native_func_arg(call, 0, "IsRestriction"), wide = native_func_arg(call, 1, "IsRestriction");
    native_points p = native_points_of(narrow);
    for (uint32_t i = 0; i < p.n; i++) {
        val w;
        if (val_apply(A, wide, native_key(p, i), &w) != VAL_OK) return val_bool(false);
    }
    for (uint32_t i = 0; i < p.n; i++)
        if (!native_equal(call, p.rng[i], at(call, wide, native_key(p, i)))) return val_bool(false);
    return val_bool(true);
}

static val range_of(native_call *call, val f)
{
    native_points p = native_points_of(f);
    val *vals = arena_alloc(A, sizeof(val) * (p.n + 1));
    memcpy(vals, p.rng, sizeof(val) * p.n);
    return val_set_make(A, vals, p.n);
}

static val fn_range(native_call *call) { return range_of(call, native_func_arg(call, 0, "Range")); }

static val fn_pointwise(native_call *call)
{
    val f = native_func_arg(call, 0, "Pointwise"), g = native_arg(call, 1);
    opval t = native_op_arg(call, 2);
    native_points p = native_points_of(f);
    val *dom = arena_alloc(A, sizeof(val) * (p.n + 1)), *rng = arena_alloc(A, sizeof(val) * (p.n + 1));
    for (uint32_t i = 0; i < p.n; i++) {
        dom[i] = native_key(p, i);
        rng[i] = apply2(call, &t, p.rng[i], at(call, g, dom[i]));
    }
    return function_of(call, dom, rng, p.n, interval_domain(f));
}

/* CHOOSE s \in S : t \in Range(f) => f[s] = t, S listed. */
static val inverse_point(native_call *call, val f, val s, val range, val t)
{
    if (val_set_size(s) == 0) choose_failed(call);
    if (!eval_member(W, t, range, call->loc)) return val_set_at(s, 0);
    for (uint32_t i = 0; i < val_set_size(s); i++)
        if (native_equal(call, at(call, f, val_set_at(s, i)), t)) return val_set_at(s, i);
    choose_failed(call);
}

static val inverse(native_call *call, val f, val s, val t, bool interval)
{
    val range = range_of(call, f);
    uint32_t n = val_set_size(t);
    val *rng = arena_alloc(A, sizeof(val) * (n + 1));
    for (uint32_t i = 0; i < n; i++) rng[i] = inverse_point(call, f, s, range, val_set_at(t, i));
    return function_of(call, t.u.set->elems, rng, n, interval);
}

static val fn_inverse(native_call *call)
{
    val f = native_func_arg(call, 0, "Inverse"), s = native_set_arg(call, 1), t = native_arg(call, 2);
    return inverse(call, f, s, native_enumerate(call, t), is_interval(t));
}

/* A function's points ordered by value, then by key: for AntiFunction and IsInjective. */
typedef struct point { val value; uint32_t index; } point;

static int point_cmp(const void *x, const void *y)
{
    const point *a = x, *b = y;
    int c = val_compare(a->value, b->value);
    return c ? c : (a->index > b->index) - (a->index < b->index);
}

static point *points_by_value(native_call *call, native_points p)
{
    point *ps = arena_alloc(A, sizeof(point) * (p.n + 1));
    for (uint32_t i = 0; i < p.n; i++) ps[i] = (point){p.rng[i], i};
    qsort(ps, p.n, sizeof(point), point_cmp);
    return ps;
}

/* Each value of f mapped to the first key that f maps to it. */
static val fn_anti_function(native_call *call)
{
    native_points p = native_points_of(native_func_arg(call, 0, "AntiFunction"));
    point *ps = points_by_value(call, p);
    val *dom = arena_alloc(A, sizeof(val) * (p.n + 1)), *rng = arena_alloc(A, sizeof(val) * (p.n + 1));
    uint32_t k = 0;
    for (uint32_t i = 0; i < p.n; i++)
        if (i == 0 || !native_equal(call, ps[i - 1].value, ps[i].value)) {
            dom[k] = ps[i].value;
            rng[k++] = native_key(p, ps[i].index);
        }
    return function_of(call, dom, rng, k, false);
}

/* Equal values sort next to each other, and values TLC cannot compare meet at a boundary of kinds. */
static val fn_is_injective(native_call *call)
{
    native_points p = native_points_of(native_func_arg(call, 0, "IsInjective"));
    point *ps = points_by_value(call, p);
    for (uint32_t i = 1; i < p.n; i++)
        if (native_equal(call, ps[i - 1].value, ps[i].value)) return val_bool(false);
    return val_bool(true);
}

static int64_t cardinality_arg(native_call *call, uint32_t i)
{
    val s = native_arg(call, i);
    int64_t n;
    val_status st = val_cardinality(A, s, &n);
    if (st == VAL_TYPE) native_fail(call, "expected a set but the value is %s", val_to_string(A, s));
    if (st == VAL_INFINITE || st == VAL_UNDECIDABLE)
        native_fail(call, "cannot enumerate the infinite set %s", val_to_string(A, s));
    eval_check(W, call->loc, st);
    return n;
}

/* An injection of S into T exists iff |S| <= |T|, a surjection iff |S| >= |T| and S is empty
 * when T is (the empty function maps {} onto {}), a bijection iff |S| = |T|. */
static val fn_exists_injection(native_call *call)
{
    return val_bool(cardinality_arg(call, 0) <= cardinality_arg(call, 1));
}
static val fn_exists_bijection(native_call *call)
{
    return val_bool(cardinality_arg(call, 0) == cardinality_arg(call, 1));
}
static val fn_exists_surjection(native_call *call)
{
    int64_t s = cardinality_arg(call, 0), t = cardinality_arg(call, 1);
    return val_bool(s >= t && (t > 0 || s == 0));
}

/* op(fun[in], ... op(fun[i1], base)) over the indices in order (TLC's FoldFunctionOnSet). */
static val fold_function(native_call *call, const opval *op, val base, val fun, val indices)
{
    val acc = base;
    for (uint32_t i = 0; i < val_set_size(indices); i++)
        acc = apply2(call, op, at(call, fun, val_set_at(indices, i)), acc);
    return acc;
}

static val domain_set(native_call *call, val f)
{
    val d;
    eval_check(W, call->loc, val_domain(A, f, &d));
    return native_enumerate(call, d);
}

static val fn_fold_function_on_set(native_call *call)
{
    opval op = native_op_arg(call, 0);
    val base = native_arg(call, 1), fun = native_func_arg(call, 2, "FoldFunctionOnSet");
    return fold_function(call, &op, base, fun, native_set_arg(call, 3));
}

static val fn_fold_function(native_call *call)
{
    opval op = native_op_arg(call, 0);
    val base = native_arg(call, 1), fun = native_func_arg(call, 2, "FoldFunction");
    return fold_function(call, &op, base, fun, domain_set(call, fun));
}

static val sum_function(native_call *call, val fun, val indices)
{
    val acc = val_int(0);
    for (uint32_t i = 0; i < val_set_size(indices); i++)
        acc = add(call, int_of(call, at(call, fun, val_set_at(indices, i)), "SumFunction"), val_get_int(acc));
    return acc;
}

static val fn_sum_function_on_set(native_call *call)
{
    val fun = native_func_arg(call, 0, "SumFunctionOnSet");
    return sum_function(call, fun, native_set_arg(call, 1));
}

static val fn_sum_function(native_call *call)
{
    val fun = native_func_arg(call, 0, "SumFunction");
    return sum_function(call, fun, domain_set(call, fun));
}

/* ---- BagsExt ------------------------------------------------------------------------------------ */

static val bag_arg(native_call *call, uint32_t i, const char *op) { return native_func_arg(call, i, op); }

/* B with one point changed to v, on B's domain (x in it) or on DOMAIN B \cup {x}. */
static val bag_with(native_call *call, val b, val x, val v)
{
    val out;
    if (val_except(A, b, x, v, &out) == VAL_OK) return val_hint_function(out, interval_domain(b));
    native_points p = native_points_of(b);
    val *dom = arena_alloc(A, sizeof(val) * (p.n + 2)), *rng = arena_alloc(A, sizeof(val) * (p.n + 2));
    for (uint32_t i = 0; i < p.n; i++) dom[i] = native_key(p, i), rng[i] = p.rng[i];
    dom[p.n] = x, rng[p.n] = v;
    return function_of(call, dom, rng, p.n + 1, false);
}

/* B without the point x, on the enumerated set DOMAIN B \ {x}. */
static val bag_without(native_call *call, val b, val x)
{
    native_points p = native_points_of(b);
    val *dom = arena_alloc(A, sizeof(val) * (p.n + 1)), *rng = arena_alloc(A, sizeof(val) * (p.n + 1));
    uint32_t k = 0;
    for (uint32_t i = 0; i < p.n; i++)
        if (!val_equal(native_key(p, i), x)) dom[k] = native_key(p, i), rng[k++] = p.rng[i];
    return function_of(call, dom, rng, k, false);
}

static val b_bag_add(native_call *call)
{
    val b = bag_arg(call, 0, "BagAdd"), x = native_arg(call, 1), n;
    if (val_apply(A, b, x, &n) != VAL_OK) return bag_with(call, b, x, val_int(1));
    return bag_with(call, b, x, add(call, int_of(call, n, "BagAdd"), 1));
}

static val b_bag_remove(native_call *call)
{
    val b = bag_arg(call, 0, "BagRemove"), x = native_arg(call, 1), n;
    if (val_apply(A, b, x, &n) != VAL_OK) return b;
    if (native_equal(call, n, val_int(1))) return bag_without(call, b, x);
    return bag_with(call, b, x, add(call, int_of(call, n, "BagRemove"), -1));
}

static val b_bag_remove_all(native_call *call)
{
    val b = bag_arg(call, 0, "BagRemoveAll");
    return bag_without(call, b, native_arg(call, 1));
}

/* The points of a bag, each count a positive integer. */
static native_points bag_points(native_call *call, val b, const char *op)
{
    native_points p = native_points_of(b);
    for (uint32_t i = 0; i < p.n; i++)
        if (!val_is_int(p.rng[i]) || val_get_int(p.rng[i]) <= 0)
            native_fail(call, "%s needs a bag, not %s", op, val_to_string(A, b));
    return p;
}

/* op(... op(op(base, e1), e1) ..., en): each element once per copy, in the domain's order. */
static val b_fold_bag(native_call *call)
{
    opval op = native_op_arg(call, 0);
    val acc = native_arg(call, 1);
    native_points p = bag_points(call, bag_arg(call, 2, "FoldBag"), "FoldBag");
    for (uint32_t i = 0; i < p.n; i++)
        for (int64_t k = 0; k < val_get_int(p.rng[i]); k++) acc = apply2(call, &op, acc, native_key(p, i));
    return acc;
}

/* The sum of e * B[e]: a run of additions of e moves monotonically, so it stays in range when
 * the sums at the runs' ends do (the order of FoldBag). */
static val b_sum_bag(native_call *call)
{
    native_points p = bag_points(call, bag_arg(call, 0, "SumBag"), "SumBag");
    __int128 acc = 0;
    for (uint32_t i = 0; i < p.n; i++) {
        acc += (__int128)int_of(call, native_key(p, i), "SumBag") * val_get_int(p.rng[i]);
        if (acc > INT32_MAX || acc < INT32_MIN) eval_check(W, call->loc, VAL_OVERFLOW);
    }
    return val_int((int64_t)acc);
}

/* The product, multiplying in FoldBag's order: once it is 0 it stays 0. */
static val b_product_bag(native_call *call)
{
    native_points p = bag_points(call, bag_arg(call, 0, "ProductBag"), "ProductBag");
    val acc = val_int(1);
    for (uint32_t i = 0; i < p.n; i++) {
        int64_t e = int_of(call, native_key(p, i), "ProductBag"), c = val_get_int(p.rng[i]);
        if (e == 1 || val_get_int(acc) == 0) continue;
        if (e == -1 || e == 0) c = 2 - c % 2;   /* the same value as c multiplications */
        for (int64_t k = 0; k < c; k++) acc = mul(call, val_get_int(acc), e);
    }
    return acc;
}

/* ---- Relation ----------------------------------------------------------------------------------- */

/* R restricted to S \X S as a matrix of Booleans, S listed in *s. */
static bool *relation_matrix(native_call *call, val *s)
{
    val r = native_func_arg(call, 0, "TransitiveClosure");
    *s = native_set_arg(call, 1);
    uint32_t n = val_set_size(*s);
    bool *m = arena_alloc(A, (size_t)n * n + 1);
    for (uint32_t i = 0; i < n; i++)
        for (uint32_t j = 0; j < n; j++) {
            val pair[2] = {val_set_at(*s, i), val_set_at(*s, j)};
            val b = at(call, r, val_seq_make(A, pair, 2));
            if (!val_is_bool(b)) native_fail(call, "a relation's values must be Booleans, not %s", val_to_string(A, b));
            m[(size_t)i * n + j] = val_get_bool(b);
        }
    return m;
}

/* The transitive (and, when reflexive, reflexive) closure of R on S, by Warshall's algorithm. */
static bool *closure(native_call *call, val *s, bool reflexive)
{
    bool *m = relation_matrix(call, s);
    size_t n = val_set_size(*s);
    for (size_t k = 0; k < n; k++)
        for (size_t i = 0; i < n; i++)
            if (m[i * n + k])
                for (size_t j = 0; j < n; j++) m[i * n + j] |= m[k * n + j];
    if (reflexive)
        for (size_t i = 0; i < n; i++) m[i * n + i] = true;
    return m;
}

static val matrix_function(native_call *call, val s, const bool *m)
{
    size_t n = val_set_size(s), nn = n * n;
    val *dom = arena_alloc(A, sizeof(val) * (nn + 1)), *rng = arena_alloc(A, sizeof(val) * (nn + 1));
    for (size_t i = 0; i < nn; i++) {
        val pair[2] = {val_set_at(s, (uint32_t)(i / n)), val_set_at(s, (uint32_t)(i % n))};
        dom[i] = val_seq_make(A, pair, 2);
        rng[i] = val_bool(m[i]);
    }
    return function_of(call, dom, rng, nn, false);
}

static val r_transitive_closure(native_call *call)
{
    val s;
    bool *m = closure(call, &s, false);
    return matrix_function(call, s, m);
}

static val r_reflexive_transitive_closure(native_call *call)
{
    val s;
    bool *m = closure(call, &s, true);
    return matrix_function(call, s, m);
}

static val r_is_connected(native_call *call)
{
    val s;
    bool *m = closure(call, &s, true);
    size_t n = val_set_size(s);
    for (size_t i = 0; i < n * n; i++)
        if (!m[i]) return val_bool(false);
    return val_bool(true);
}

/* ---- Bitwise (two's complement on 64 bits, as TLC's Java on 32) ---------------------------------- */

static val bw_and(native_call *call) { return val_int(native_int_arg(call, 0) & native_int_arg(call, 1)); }
static val bw_or(native_call *call) { return val_int(native_int_arg(call, 0) | native_int_arg(call, 1)); }
static val bw_xor(native_call *call) { return val_int(native_int_arg(call, 0) ^ native_int_arg(call, 1)); }

/* The bits of a below its highest 1, flipped. */
static val bw_not(native_call *call)
{
    int64_t a = native_int_arg(call, 0);
    if (a < 0) native_fail(call, "Not needs a natural number, not %lld", (long long)a);
    uint64_t mask = 0;
    while (mask < (uint64_t)a) mask = mask << 1 | 1;
    return val_int((int64_t)(~(uint64_t)a & mask));
}

/* n \div 2^pos */
static val bw_shift_r(native_call *call)
{
    int64_t n = native_int_arg(call, 0), pos = native_int_arg(call, 1);
    if (pos < 0) native_fail(call, "shiftR needs a natural number of positions, not %lld", (long long)pos);
    if (pos > 62) return val_int(n < 0 ? -1 : 0);
    return val_int(n >= 0 ? n >> pos : ~(~n >> pos));
}

/* ---- DyadicRationals ---------------------------------------------------------------------------- */

static val field(native_call *call, val r, const char *name)
{
    return at(call, r, val_str(util_intern(name)));
}

static int64_t int_field(native_call *call, val r, const char *name)
{
    return int_of(call, field(call, r, name), "DyadicRationals");
}

static val rational(native_call *call, int64_t num, int64_t den)
{
    atom names[2] = {util_intern("den"), util_intern("num")};
    val vals[2] = {val_int(den), val_int(num)};
    return val_record_make(A, names, vals, 2);
}

static uint64_t gcd(uint64_t a, uint64_t b)
{
    while (b) {
        uint64_t t = a % b;
        a = b;
        b = t;
    }
    return a;
}

static uint64_t magnitude(int64_t x) { return x < 0 ? 0 - (uint64_t)x : (uint64_t)x; }

/* num / den divided by the greatest common divisor of their magnitudes. */
static val reduced(native_call *call, int64_t num, int64_t den)
{
    uint64_t g = gcd(magnitude(num), magnitude(den));
    if (g == 0) eval_check(W, call->loc, VAL_DIV_ZERO);
    if (g == 1) return rational(call, num, den);
    val n, d;
    eval_check(W, call->loc, val_int_div(num, (int64_t)g, &n));
    eval_check(W, call->loc, val_int_div(den, (int64_t)g, &d));
    return rational(call, val_get_int(n), val_get_int(d));
}

static val dr_is_dyadic(native_call *call)
{
    int64_t den = int_field(call, native_arg(call, 0), "den");
    return val_bool(den > 0 && (den & (den - 1)) == 0);
}

static val dr_add(native_call *call)
{
    val p = native_arg(call, 0), q = native_arg(call, 1);
    if (native_equal(call, p, rational(call, 0, 1))) return q;
    int64_t pd = int_field(call, p, "den"), qd = int_field(call, q, "den"), lcn = pd >= qd ? pd : qd;
    val qs, ps;
    eval_check(W, call->loc, val_int_div(lcn, qd, &qs));
    eval_check(W, call->loc, val_int_div(lcn, pd, &ps));
    val a = mul(call, int_field(call, q, "num"), val_get_int(qs));
    val b = mul(call, int_field(call, p, "num"), val_get_int(ps));
    return reduced(call, val_get_int(add(call, val_get_int(a), val_get_int(b))), lcn);
}

static val dr_half(native_call *call)
{
    val p = native_arg(call, 0);
    int64_t num = int_field(call, p, "num");
    return reduced(call, num, val_get_int(mul(call, int_field(call, p, "den"), 2)));
}

/* ---- Combinatorics ------------------------------------------------------------------------------ */

/* The binomial coefficient by C(m + 1, i + 1) = C(m, i) * (m + 1) / (i + 1) on the smaller side:
 * every step is exact and no larger than the result, so only an overflowing result fails. */
static val co_choose(native_call *call)
{
    int64_t n = native_int_arg(call, 0), k = native_int_arg(call, 1);
    if (n < 0 || k < 0 || k > n)
        native_fail(call, "choose(n, k) needs naturals k <= n, not %lld and %lld", (long long)n, (long long)k);
    int64_t small = k < n - k ? k : n - k;
    __int128 c = 1;
    for (int64_t i = 1; i <= small; i++) {
        c = c * (n - small + i) / i;
        if (c > INT32_MAX) eval_check(W, call->loc, VAL_OVERFLOW);
    }
    return val_int((int64_t)c);
}

/* ---- VectorClocks ------------------------------------------------------------------------------- */

/* The clock's value at point i as an integer. */
static int64_t tick(native_call *call, native_points c, uint32_t i)
{
    return int_of(call, c.rng[i], "a vector clock");
}

/* Is some entry of clock a less than the same entry of b, a missing node counting 0? (That is
 * happenedBefore(a, b) \/ concurrent(a, b) on the clocks filled to the union of their domains.) */
static bool some_less(native_call *call, val a, val b)
{
    native_points p = native_points_of(a), q = native_points_of(b);
    uint32_t i = 0, j = 0;
    bool less = false;
    while (i < p.n || j < q.n) {
        int c = i == p.n ? 1 : j == q.n ? -1 : val_compare(native_key(p, i), native_key(q, j));
        int64_t x = c <= 0 ? tick(call, p, i++) : 0, y = c >= 0 ? tick(call, q, j++) : 0;
        less |= x < y;
    }
    return less;
}

static val clock_of(native_call *call, const opval *clock, val entry)
{
    val c = native_apply(call, clock, &entry, 1);
    if (!val_is_func(c)) native_fail(call, "a vector clock must be a function, not %s", val_to_string(A, c));
    return c;
}

static val vc_is_causal_order(native_call *call)
{
    val log = native_seq_arg(call, 0, "IsCausalOrder");
    opval clock = native_op_arg(call, 1);
    uint32_t n = val_len(log);
    val *c = arena_alloc(A, sizeof(val) * (n + 1));
    for (uint32_t i = 0; i < n; i++) c[i] = clock_of(call, &clock, val_seq_at(log, i));
    for (uint32_t i = 0; i < n; i++)
        for (uint32_t j = 0; j < i; j++)
            if (!some_less(call, c[j], c[i])) return val_bool(false);
    return val_bool(true);
}

/* The least causal order of the log's entries, built greedily: at each position the least entry
 * that precedes, causally or concurrently, every entry left (removing an entry from a causal order
 * leaves one, so no choice leads to a dead end). before[x * n + y]: x may precede y. */
static val vc_causal_order(native_call *call)
{
    val log = native_seq_arg(call, 0, "CausalOrder");
    opval clock = native_op_arg(call, 1);
    uint32_t len = val_len(log);
    val *copy = arena_alloc(A, sizeof(val) * (len + 1));
    memcpy(copy, log.u.seq->elems, sizeof(val) * len);
    val entries = val_set_make(A, copy, len);
    uint32_t n = val_set_size(entries);
    if (n < len) choose_failed(call);   /* an entry twice: equal clocks are in no causal order */
    val *c = arena_alloc(A, sizeof(val) * (n + 1)), *order = arena_alloc(A, sizeof(val) * (n + 1));
    for (uint32_t i = 0; i < n; i++) c[i] = clock_of(call, &clock, val_set_at(entries, i));
    bool *before = arena_alloc(A, (size_t)n * n + 1), *placed = arena_zalloc(A, n + 1);
    uint32_t *blockers = arena_zalloc(A, sizeof(uint32_t) * (n + 1));   /* entries left x may not precede */
    for (uint32_t x = 0; x < n; x++)
        for (uint32_t y = 0; y < n; y++) {
            before[(size_t)x * n + y] = x == y || some_less(call, c[x], c[y]);
            blockers[x] += !before[(size_t)x * n + y];
        }
    for (uint32_t k = 0; k < n; k++) {
        uint32_t x = 0;
        while (x < n && (placed[x] || blockers[x])) x++;
        if (x == n) choose_failed(call);
        placed[x] = true;
        order[k] = val_set_at(entries, x);
        for (uint32_t z = 0; z < n; z++) blockers[z] -= !placed[z] && !before[(size_t)z * n + x];
    }
    return val_seq_make(A, order, n);
}

const native_entry native_community[] = {
    {"Folds", "MapThenFoldSet", f_map_then_fold_set},
    {"FiniteSetsExt", "FoldSet", x_fold_set},
    {"FiniteSetsExt", "ReduceSet", x_reduce_set},
    {"FiniteSetsExt", "SumSet", x_sum_set},
    {"FiniteSetsExt", "ProductSet", x_product_set},
    {"FiniteSetsExt", "MapThenSumSet", x_map_then_sum_set},
    {"FiniteSetsExt", "FlattenSet", x_flatten_set},
    {"FiniteSetsExt", "SymDiff", x_sym_diff},
    {"FiniteSetsExt", "Quantify", x_quantify},
    {"FiniteSetsExt", "kSubset", x_k_subset},
    {"FiniteSetsExt", "Max", x_max},
    {"FiniteSetsExt", "Min", x_min},
    {"FiniteSetsExt", "Choices", x_choices},
    {"FiniteSetsExt", "ChooseUnique", x_choose_unique},
    {"Functions", "Restrict", fn_restrict},
    {"Functions", "RestrictDomain", fn_restrict_domain},
    {"Functions", "RestrictValues", fn_restrict_values},
    {"Functions", "IsRestriction", fn_is_restriction},
    {"Functions", "Range", fn_range},
    {"Functions", "Pointwise", fn_pointwise},
    {"Functions", "Inverse", fn_inverse},
    {"Functions", "AntiFunction", fn_anti_function},
    {"Functions", "IsInjective", fn_is_injective},
    {"Functions", "ExistsInjection", fn_exists_injection},
    {"Functions", "ExistsSurjection", fn_exists_surjection},
    {"Functions", "ExistsBijection", fn_exists_bijection},
    {"Functions", "FoldFunctionOnSet", fn_fold_function_on_set},
    {"Functions", "FoldFunction", fn_fold_function},
    {"Functions", "SumFunctionOnSet", fn_sum_function_on_set},
    {"Functions", "SumFunction", fn_sum_function},
    {"BagsExt", "BagAdd", b_bag_add},
    {"BagsExt", "BagRemove", b_bag_remove},
    {"BagsExt", "BagRemoveAll", b_bag_remove_all},
    {"BagsExt", "FoldBag", b_fold_bag},
    {"BagsExt", "SumBag", b_sum_bag},
    {"BagsExt", "ProductBag", b_product_bag},
    {"Relation", "TransitiveClosure", r_transitive_closure},
    {"Relation", "ReflexiveTransitiveClosure", r_reflexive_transitive_closure},
    {"Relation", "IsConnected", r_is_connected},
    {"Bitwise", "&", bw_and},
    {"Bitwise", "|", bw_or},
    {"Bitwise", "^^", bw_xor},
    {"Bitwise", "Not", bw_not},
    {"Bitwise", "shiftR", bw_shift_r},
    {"DyadicRationals", "IsDyadicRational", dr_is_dyadic},
    {"DyadicRationals", "Add", dr_add},
    {"DyadicRationals", "Half", dr_half},
    {"Combinatorics", "choose", co_choose},
    {"VectorClocks", "IsCausalOrder", vc_is_causal_order},
    {"VectorClocks", "CausalOrder", vc_causal_order},
    {NULL, NULL, NULL},
};
