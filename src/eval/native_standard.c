/* native_standard.c - the standard modules' operators in C: Naturals, Integers, Sequences,
 * FiniteSets, Bags, TLC (RandomElement is in native_random.c) and TLCExt. Integer arithmetic stops
 * where a result leaves 32 bits, in TLC's words ("Overflow when computing 2147483647+1"). As in TLC, Len, Tail, SubSeq and \o also take strings
 * (sequences of characters, counted in code points); Head, Append and SelectSeq do not. */
#include "eval_internal.h"

#include <stdlib.h>
#include <string.h>
#include <time.h>

#define W (call->w)
#define A (&call->w->scratch)

static val int_result(native_call *call, val_status st, val out)
{
    eval_check(W, call->loc, st);
    return out;
}

/* ---- Naturals and Integers ---------------------------------------------------------------------- */

/* Both operands evaluated, left first, then checked: TLC evaluates an operator's arguments before
 * applying it (so "a" + (1 \div 0) is a division by zero), and names the first that is not an
 * integer. compile.c's handlers of these operators do the same. `java` is TLC's method (the
 * arithmetic's, whose cast fails) or NULL (a comparison, named by `op`, which checks). */
static void int_operands(native_call *call, const char *java, const char *op, int64_t *x, int64_t *y)
{
    val v[2] = {native_arg(call, 0), native_arg(call, 1)};
    for (uint32_t i = 0; i < 2; i++) {
        if (val_is_int(v[i])) continue;
        if (java) native_int_cast_failed(W, call->loc, java, v[i]);
        native_int_compare_failed(W, call->loc, op, i, v[i]);
    }
    *x = val_get_int(v[0]);
    *y = val_get_int(v[1]);
}

#define INT_JAVA(name) NATIVE_INTEGERS_METHOD("IntValue", name, NATIVE_INT_PARAMS)
#define INT_JAVA_1(name) NATIVE_INTEGERS_METHOD("IntValue", name, NATIVE_INT_PARAM)

/* The one argument of TLC's method `java`, an integer. */
static int64_t int_of(native_call *call, uint32_t i, const char *java)
{
    val v = native_arg(call, i);
    if (!val_is_int(v)) native_int_cast_failed(W, call->loc, java, v);
    return val_get_int(v);
}

#define INT_ARITHMETIC(name, java, op, symbol)                                                              \
    static val name(native_call *call)                                                                      \
    {                                                                                                       \
        int64_t x, y;                                                                                       \
        int_operands(call, INT_JAVA(java), NULL, &x, &y);                                                   \
        val out;                                                                                            \
        val_status st = op(x, y, &out);                                                                     \
        if (st != VAL_OK) eval_arith_failed(W, call->loc, st, x, symbol, y);                                \
        return out;                                                                                         \
    }
INT_ARITHMETIC(n_plus, "Plus", val_int_add, "+")
INT_ARITHMETIC(n_minus, "Minus", val_int_sub, "-")
INT_ARITHMETIC(n_times, "Times", val_int_mul, "*")
INT_ARITHMETIC(n_div, "Divide", val_int_div, " \\div ")
static val n_pow(native_call *call)
{
    int64_t x, y;
    int_operands(call, INT_JAVA("Expt"), NULL, &x, &y);
    if (x == 0 && y == 0) eval_fail_kind(W, EVAL_KIND_ZERO_POW_ZERO, call->loc, "0^0 is undefined.");
    val out;
    val_status st = val_int_pow(x, y, &out);
    if (st != VAL_OK) eval_arith_failed(W, call->loc, st, x, "^", y);
    return out;
}
static val n_mod(native_call *call)
{
    int64_t a, b;
    int_operands(call, INT_JAVA("Mod"), NULL, &a, &b);
    if (b <= 0) native_fail(call, "The second argument of %% should be a positive number, but instead it is:\n%lld", (long long)b);
    val out;
    return int_result(call, val_int_mod(a, b, &out), out);
}
#define INT_COMPARISON(name, op)                                                                            \
    static val name(native_call *call)                                                                      \
    {                                                                                                       \
        int64_t x, y;                                                                                       \
        int_operands(call, NULL, #op, &x, &y);                                                              \
        return val_bool(x op y);                                                                            \
    }
INT_COMPARISON(n_lt, <)
INT_COMPARISON(n_gt, >)
INT_COMPARISON(n_le, <=)
INT_COMPARISON(n_ge, >=)
static val n_range(native_call *call)
{
    int64_t lo, hi;
    int_operands(call, NATIVE_INTEGERS_METHOD("IntervalValue", "DotDot", NATIVE_INT_PARAMS), NULL, &lo, &hi);
    return val_interval_make(A, lo, hi);
}
static val n_nat(native_call *call) { return val_nat_set(); }
static val n_int(native_call *call) { return val_int_set(); }
static val n_neg(native_call *call)
{
    int64_t x = int_of(call, 0, INT_JAVA_1("Neg"));
    val out;
    if (val_int_sub(0, x, &out) != VAL_OK) eval_fail_kind(W, EVAL_KIND_OVERFLOW, call->loc, "Overflow when computing -%lld", (long long)x);
    return out;
}
static val n_real(native_call *call) { native_fail(call, "the set Real is not supported yet"); }
static val n_real_div(native_call *call) { native_fail(call, "real division (/) is not supported yet"); }

/* ---- Sequences ---------------------------------------------------------------------------------- */

/* TLC's Sequences refusing a first argument v that is not a sequence, in their words: "The argument
 * of Len should be a sequence, but instead it is:\n3" ("The first argument of" when op has several). */
static _Noreturn void not_a_sequence(native_call *call, const char *op, val v)
{
    native_fail(call, "The %sargument of %s should be a sequence, but instead it is:\n%s", call->nargs > 1 ? "first " : "",
                op, val_to_string(A, v));
}

/* ... or by the expression's form: "Evaluating an expression of the form Append(s, v) when s is not a
 * sequence:\n3". */
static _Noreturn void form_refused(native_call *call, const char *form, const char *kind, val v)
{
    native_fail(call, "Evaluating an expression of the form %s when s is not a %s:\n%s", form, kind, val_to_string(A, v));
}

/* A sequence, or a string (sequence of characters) where TLC takes one. */
static val seq_or_string_arg(native_call *call, uint32_t i, const char *op)
{
    val s = native_arg(call, i);
    if (!val_is_seq(s) && !val_is_str(s)) not_a_sequence(call, op, s);
    return s;
}

/* A sequence, as TLC's Head and SelectSeq take it. */
static val sequence_arg(native_call *call, uint32_t i, const char *op)
{
    val s = native_arg(call, i);
    if (!val_is_seq(s)) not_a_sequence(call, op, s);
    return s;
}

static uint32_t str_len(val s) { return util_utf8_width(val_get_str(s), strlen(val_get_str(s))); }

/* The byte offset of code point k of the string. */
static size_t str_offset(const char *s, uint32_t k)
{
    size_t i = 0;
    for (; s[i] && k; i++)
        if (((unsigned char)s[i + 1] & 0xC0) != 0x80) k--;
    return i;
}

/* Code points [from, to) of the string s. */
static val str_sub(val s, uint32_t from, uint32_t to)
{
    const char *t = val_get_str(s);
    size_t a = str_offset(t, from), b = str_offset(t, to);
    return val_str(util_intern_n(t + a, b > a ? b - a : 0));
}

static uint32_t seq_len(val s) { return val_is_str(s) ? str_len(s) : val_len(s); }

static val s_seq(native_call *call) { return val_seqset_make(A, native_arg(call, 0)); }
static val s_len(native_call *call) { return val_int((int64_t)seq_len(seq_or_string_arg(call, 0, "Len"))); }
static val s_concat(native_call *call)
{
    val out;
    val s = native_arg(call, 0), t = native_arg(call, 1);
    val_status st = val_seq_concat(A, s, t, &out);
    if (st == VAL_TYPE && val_is_str(s)) form_refused(call, "t \\o s", "string", t);
    if (st == VAL_TYPE) val_is_seq(s) ? form_refused(call, "t \\o s", "sequence", t) : form_refused(call, "s \\o t", "sequence", s);
    eval_check(W, call->loc, st);
    return out;
}
static val s_append(native_call *call)
{
    val s = native_arg(call, 0);
    if (!val_is_seq(s)) form_refused(call, "Append(s, v)", "sequence", s);
    return val_seq_append(A, s, native_arg(call, 1));
}
static val s_head(native_call *call)
{
    val s = sequence_arg(call, 0, "Head");
    if (val_len(s) == 0) eval_fail_kind(W, EVAL_KIND_EMPTY_SEQ, call->loc, "Attempted to apply Head to the empty sequence.");
    return val_seq_at(s, 0);
}
static val s_tail(native_call *call)
{
    val s = seq_or_string_arg(call, 0, "Tail");
    uint32_t n = seq_len(s);
    if (n == 0) eval_fail_kind(W, EVAL_KIND_EMPTY_SEQ, call->loc, "Attempted to apply Tail to the empty sequence.");
    return val_is_str(s) ? str_sub(s, 1, n) : val_seq_sub(A, s, 1, n);
}
static val s_subseq(native_call *call)
{
    val s = seq_or_string_arg(call, 0, "SubSeq");
    int64_t m = native_int_arg(call, 1), n = native_int_arg(call, 2);
    if (m > n) return val_is_str(s) ? val_str(util_intern("")) : val_seq_make(A, NULL, 0);
    uint32_t len = seq_len(s);
    if (m < 1 || m > (int64_t)len || n > (int64_t)len)   /* TLC's words, for the first of m, n outside */
        native_fail(call, "The %s argument of SubSeq must be in the domain of its first argument:\n%s\n, but instead it is\n%lld",
                    m < 1 || m > (int64_t)len ? "second" : "third", val_to_string(A, s),
                    (long long)(m < 1 || m > (int64_t)len ? m : n));
    return val_is_str(s) ? str_sub(s, (uint32_t)(m - 1), (uint32_t)n) : val_seq_sub(A, s, (uint32_t)(m - 1), (uint32_t)n);
}
static val s_selectseq(native_call *call)
{
    val s = sequence_arg(call, 0, "SelectSeq");
    opval test = native_op_arg(call, 1);
    uint32_t n = val_len(s), k = 0;
    val *keep = arena_alloc(A, sizeof(val) * (n + 1));
    for (uint32_t i = 0; i < n; i++) {
        val x = val_seq_at(s, i);
        val t = eval_apply_op(W, &test, &x, 1, call->loc);
        if (!val_is_bool(t)) native_fail(call, "the test of SelectSeq must return a Boolean");
        if (val_get_bool(t)) keep[k++] = x;
    }
    return val_seq_make(A, keep, k);
}

/* ---- FiniteSets --------------------------------------------------------------------------------- */

/* Is v of a kind TLC can try to enumerate (not its Nat, Int, STRING, Seq(S))? */
static bool enumerable_kind(val v)
{
    if (v.kind != VAL_LAZY) return true;
    switch (v.u.lazy->kind) {
    case LAZY_NAT: case LAZY_INT: case LAZY_STRING: case LAZY_SEQSET: case LAZY_ANY: return false;
    default: return true;
    }
}

/* Why TLC's Java Cardinality, handed the set s whose size tlc-c could not count, failed inside: its
 * enumeration's message for the kind of set (NULL: TLC's Cardinality refuses s itself). */
static const char *cardinality_inner_failure(native_call *call, val s)
{
    if (s.kind != VAL_LAZY) return NULL;
    const val_lazy *l = s.u.lazy;
    switch (l->kind) {
    case LAZY_FILTER:
        return arena_printf(A, "Attempted to enumerate { x \\in S : p(x) } when S:\n%s\nis not enumerable",
                             val_to_string(A, l->parts[0]));
    case LAZY_MINUS:
        return arena_printf(A, "Attempted to enumerate S \\ T when S:\n%s\nis not enumerable.",
                             val_to_string(A, l->parts[0]));
    case LAZY_CUP: {
        /* TLC enumerates a union whose sides are both of its enumerable kinds, so a side's own failure
         * is what it reports; otherwise it names the enumerable side (if one is) first */
        val a = l->parts[0], b = l->parts[1];
        bool enum_a = enumerable_kind(a), enum_b = enumerable_kind(b);
        if (enum_a && enum_b) return cardinality_inner_failure(call, val_cardinality(A, a, &(int64_t){0}) ? a : b);
        if (enum_b && !enum_a) a = l->parts[1], b = l->parts[0];
        return arena_printf(A, "Attempted to enumerate S \\cup T when S:\n%s\nand T:\n%s\nare not both enumerable",
                            val_to_string(A, a), val_to_string(A, b));
    }
    case LAZY_BIGUNION: return "Attempted to enumerate UNION(s), but some element of s is nonenumerable.";
    case LAZY_POWERSET:
    case LAZY_FUNCSET:
    case LAZY_RECSET:
    case LAZY_PRODUCT: {
        /* the size of each part is asked for: the first infinite one (Nat, Int, STRING) refuses */
        uint32_t n = l->kind == LAZY_POWERSET ? 1 : l->kind == LAZY_FUNCSET ? 2 : l->n;
        for (uint32_t i = 0; i < n; i++) {
            int64_t size;
            if (val_cardinality(A, l->parts[i], &size) == VAL_OK) continue;
            const char *inner = cardinality_inner_failure(call, l->parts[i]);
            return inner ? inner
                         : arena_printf(A, "Attempted to compute the number of elements in the overridden value %s.",
                                         val_to_string(A, l->parts[i]));
        }
        return NULL;
    }
    default: return NULL;
    }
}

static _Noreturn void cardinality_failed_inside(native_call *call, const char *inner)
{
    eval_fail_kind(W, EVAL_KIND_NATIVE_FAILED, call->loc,
                   "Attempted to apply the operator overridden by the Java method\npublic static "
                   "tlc2.value.impl.IntValue tlc2.module.FiniteSets.Cardinality(tlc2.value.impl.Value),\nbut it "
                   "produced the following error:\n%s",
                   inner);
}

static val f_cardinality(native_call *call)
{
    val s = native_arg(call, 0);
    int64_t n;
    val_status st = val_cardinality(A, s, &n);
    if (st == VAL_OVERFLOW || (st == VAL_OK && n > INT32_MAX)) {
        /* TLC counts in 32 bits, and stops in its words */
        const char *set = val_to_string(A, s);
        if (s.kind == VAL_LAZY && s.u.lazy->kind == LAZY_INTERVAL)
            cardinality_failed_inside(
                call, arena_printf(A, "Size of interval value exceeds the maximum representable size (32bits): %s.", set));
        cardinality_failed_inside(call, arena_printf(A, "Overflow when computing the number of elements in:\n%s", set));
    }
    if (st == VAL_TYPE || st == VAL_INFINITE || st == VAL_UNDECIDABLE) {
        /* TLC's Cardinality refuses what is not a set, and Nat, Int, STRING, Seq(S) (under its code);
         * it fails inside on the other infinite sets, which TLC reports as an unexpected exception */
        const char *inner = cardinality_inner_failure(call, s);
        if (!inner) native_fail(call, "Attempted to compute cardinality of the value\n%s", val_to_string(A, s));
        cardinality_failed_inside(call, inner);
    }
    eval_check(W, call->loc, st);
    return val_int(n);
}
static val f_isfinite(native_call *call)
{
    val s = native_arg(call, 0);
    int64_t n;
    val_status st = val_cardinality(A, s, &n);
    if (st == VAL_TYPE) native_fail(call, "IsFiniteSet needs a set, not %s", val_to_string(A, s));
    if (st == VAL_UNDECIDABLE)
        native_fail(call, "cannot decide whether %s is finite: that needs the elements of an infinite set",
                    val_to_string(A, s));
    return val_bool(st != VAL_INFINITE);
}

/* ---- Bags: as TLC's own Java (tlc2.module.Bags) computes them -------------------------------------- */

static val bag_fn_arg(native_call *call, uint32_t i, const char *op)
{
    val b = native_arg(call, i);
    if (!val_is_func(b)) native_fail(call, "%s needs a bag, a function, not %s", op, val_to_string(A, b));
    return b;
}

/* B[e] as an integer, or 0 when e is not in DOMAIN B. */
static int64_t copies(native_call *call, val b, val e, const char *op)
{
    val n;
    if (val_apply(A, b, e, &n) != VAL_OK) return 0;
    if (!val_is_int(n)) native_fail(call, "%s needs a bag, whose counts are integers, not %s", op, val_to_string(A, b));
    return val_get_int(n);
}

static bool is_bag(val b)
{
    if (!val_is_func(b)) return false;
    native_points p = native_points_of(b);
    for (uint32_t i = 0; i < p.n; i++)
        if (!val_is_int(p.rng[i]) || val_get_int(p.rng[i]) <= 0) return false;
    return true;
}

/* A bag of the n points, as TLC builds one (a function on an enumerated domain). */
static val bag_of(native_call *call, const val *dom, const val *counts, size_t n)
{
    val f;
    eval_check(W, call->loc, val_func_make(A, dom, counts, n, &f));
    return val_hint_function(f, false);
}

/* Points (element, count) gathered for (+), BagUnion and BagOfAll, then summed per element: sorted
 * by element (in the order gathered among equals), so that the sum takes O(n log n) rather than
 * TLC's search of the points so far for each one. */
typedef struct bag_point { val e, count; uint32_t order; } bag_point;
typedef struct bag_sum { bag_point *items; uint32_t len, cap; } bag_sum;

static void bag_sum_add(native_call *call, bag_sum *sum, val e, val count)
{
    if (sum->len == sum->cap) {
        sum->cap = sum->cap ? 2 * sum->cap : 16;
        bag_point *grown = arena_alloc(A, sizeof(bag_point) * sum->cap);
        if (sum->len) memcpy(grown, sum->items, sizeof(bag_point) * sum->len);
        sum->items = grown;
    }
    sum->items[sum->len] = (bag_point){e, count, sum->len};
    sum->len++;
}

static void bag_sum_bag(native_call *call, bag_sum *sum, val b)
{
    native_points p = native_points_of(b);
    for (uint32_t i = 0; i < p.n; i++) bag_sum_add(call, sum, native_key(p, i), p.rng[i]);
}

static int bag_point_cmp(const void *x, const void *y)
{
    const bag_point *a = x, *b = y;
    int c = val_compare(a->e, b->e);
    return c ? c : (a->order > b->order) - (a->order < b->order);
}

/* The bag of the summed points (a count met once stays as it is, as in TLC). */
static val bag_sum_result(native_call *call, bag_sum *sum, const char *op)
{
    if (sum->len > 1) qsort(sum->items, sum->len, sizeof(bag_point), bag_point_cmp);
    val *dom = arena_alloc(A, sizeof(val) * (sum->len + 1));
    val *counts = arena_alloc(A, sizeof(val) * (sum->len + 1));
    uint32_t k = 0;
    for (uint32_t i = 0; i < sum->len; i++) {
        const bag_point *pt = &sum->items[i];
        if (k == 0 || !val_equal(dom[k - 1], pt->e)) {
            dom[k] = pt->e;
            counts[k++] = pt->count;
            continue;
        }
        if (!val_is_int(counts[k - 1]) || !val_is_int(pt->count))
            native_fail(call, "%s needs bags, whose counts are integers", op);
        eval_check(W, call->loc, val_int_add(val_get_int(counts[k - 1]), val_get_int(pt->count), &counts[k - 1]));
    }
    return bag_of(call, dom, counts, k);
}

static val bg_empty(native_call *call) { return val_hint_function(val_seq_make(A, NULL, 0), false); }
/* FALSE for a value that is not a function, rather than an error. */
static val bg_is_a_bag(native_call *call) { return val_bool(is_bag(native_arg(call, 0))); }
static val bg_to_set(native_call *call)
{
    val d;
    eval_check(W, call->loc, val_domain(A, bag_fn_arg(call, 0, "BagToSet"), &d));
    return d;
}
static val bg_set_to_bag(native_call *call)
{
    val s = native_set_arg(call, 0);
    uint32_t n = val_set_size(s);
    val *ones = arena_alloc(A, sizeof(val) * (n + 1));
    for (uint32_t i = 0; i < n; i++) ones[i] = val_int(1);
    return bag_of(call, s.u.set->elems, ones, n);
}
static val bg_in(native_call *call)
{
    val e = native_arg(call, 0);
    return val_bool(copies(call, bag_fn_arg(call, 1, "BagIn"), e, "BagIn") > 0);
}
static val bg_copies_in(native_call *call)
{
    val e = native_arg(call, 0);
    return val_int(copies(call, bag_fn_arg(call, 1, "CopiesIn"), e, "CopiesIn"));
}
static val bg_plus(native_call *call)
{
    val b1 = native_arg(call, 0), b2 = native_arg(call, 1);
    if (!is_bag(b1) || !is_bag(b2))
        native_fail(call, "(+) needs two bags, not %s and %s", val_to_string(A, b1), val_to_string(A, b2));
    bag_sum sum = {0};
    bag_sum_bag(call, &sum, b1);
    bag_sum_bag(call, &sum, b2);
    return bag_sum_result(call, &sum, "(+)");
}
/* The points of B1 whose count, less B2's, stays positive. */
static val bg_minus(native_call *call)
{
    val b1 = bag_fn_arg(call, 0, "(-)"), b2 = bag_fn_arg(call, 1, "(-)");
    native_points p = native_points_of(b1);
    val *dom = arena_alloc(A, sizeof(val) * (p.n + 1)), *counts = arena_alloc(A, sizeof(val) * (p.n + 1));
    uint32_t k = 0;
    for (uint32_t i = 0; i < p.n; i++) {
        val left;
        if (!val_is_int(p.rng[i])) native_fail(call, "(-) needs bags, whose counts are integers");
        eval_check(W, call->loc, val_int_sub(val_get_int(p.rng[i]), copies(call, b2, native_key(p, i), "(-)"), &left));
        if (val_get_int(left) > 0) dom[k] = native_key(p, i), counts[k++] = left;
    }
    return bag_of(call, dom, counts, k);
}
/* The sum of a set of bags; of one bag, that bag itself. */
static val bg_union(native_call *call)
{
    val s = native_set_arg(call, 0);
    if (val_set_size(s) == 0) return bg_empty(call);
    if (val_set_size(s) == 1) return val_set_at(s, 0);
    bag_sum sum = {0};
    for (uint32_t i = 0; i < val_set_size(s); i++) {
        if (!val_is_func(val_set_at(s, i)))
            native_fail(call, "BagUnion needs a set of bags, not %s", val_to_string(A, s));
        bag_sum_bag(call, &sum, val_set_at(s, i));
    }
    return bag_sum_result(call, &sum, "BagUnion");
}
/* Every e of DOMAIN B1 has no more copies in B1 than in B2 (0 when not in B2). */
static val bg_sqsubseteq(native_call *call)
{
    val b1 = bag_fn_arg(call, 0, "\\sqsubseteq"), b2 = bag_fn_arg(call, 1, "\\sqsubseteq");
    native_points p = native_points_of(b1);
    for (uint32_t i = 0; i < p.n; i++) {
        if (!val_is_int(p.rng[i])) native_fail(call, "\\sqsubseteq needs bags, whose counts are integers");
        if (val_get_int(p.rng[i]) > copies(call, b2, native_key(p, i), "\\sqsubseteq")) return val_bool(false);
    }
    return val_bool(true);
}
/* Every bag SB with SB[e] in 1..B[e] on a subset of DOMAIN B: counts 0..B[e] per point, odometer. */
static val bg_sub_bag(native_call *call)
{
    native_points p = native_points_of(bag_fn_arg(call, 0, "SubBag"));
    int64_t *top = arena_alloc(A, sizeof(int64_t) * (p.n + 1)), *at = arena_zalloc(A, sizeof(int64_t) * (p.n + 1));
    double total = 1;
    for (uint32_t i = 0; i < p.n; i++) {
        top[i] = val_is_int(p.rng[i]) && val_get_int(p.rng[i]) > 0 ? val_get_int(p.rng[i]) : 0;
        total *= (double)top[i] + 1;
    }
    if (total > VAL_MAX_ENUM) native_fail(call, "SubBag has %.0f elements, too many to list", total);
    val *dom = arena_alloc(A, sizeof(val) * (p.n + 1)), *counts = arena_alloc(A, sizeof(val) * (p.n + 1));
    native_list out = {A, NULL, 0, 0};
    for (;;) {
        uint32_t k = 0;
        for (uint32_t i = 0; i < p.n; i++)
            if (at[i]) dom[k] = native_key(p, i), counts[k++] = val_int(at[i]);
        native_list_push(&out, bag_of(call, dom, counts, k));
        uint32_t i = p.n;
        while (i > 0 && at[i - 1] == top[i - 1]) at[--i] = 0;
        if (i == 0) break;
        at[i - 1]++;
    }
    return val_set_make(A, out.items, out.len);
}
/* Each F(e) counted as often as all the e that F maps to it. */
static val bg_of_all(native_call *call)
{
    opval f = native_op_arg(call, 0);
    native_points p = native_points_of(bag_fn_arg(call, 1, "BagOfAll"));
    bag_sum sum = {0};
    for (uint32_t i = 0; i < p.n; i++) {
        val e = native_key(p, i);
        bag_sum_add(call, &sum, eval_apply_op(W, &f, &e, 1, call->loc), p.rng[i]);
    }
    return bag_sum_result(call, &sum, "BagOfAll");
}
static val bg_cardinality(native_call *call)
{
    val b = bag_fn_arg(call, 0, "BagCardinality"), n = val_int(0);
    if (!is_bag(b)) native_fail(call, "BagCardinality needs a bag, not %s", val_to_string(A, b));
    native_points p = native_points_of(b);
    for (uint32_t i = 0; i < p.n; i++) eval_check(W, call->loc, val_int_add(val_get_int(n), val_get_int(p.rng[i]), &n));
    return n;
}

/* ---- TLC ---------------------------------------------------------------------------------------- */

/* Print and PrintT: a whole line on stdout, or on -userFile's file. */
/* TLC's Print(out, v) prints both values, two spaces apart; PrintT(out) prints out; each value as
 * TLC prints it (broken over lines past 80 columns). */
static void print_line(native_call *call, val v, const val *also)
{
    if (W->quiet) return;
    FILE *out = W->ep->print_out ? W->ep->print_out : stdout;
    flockfile(out);
    val_print_pretty(out, v);
    if (also) {
        fputs("  ", out);
        val_print_pretty(out, *also);
    }
    fputc('\n', out);
    funlockfile(out);
}
static val t_print(native_call *call)
{
    val out = native_arg(call, 0), v = native_arg(call, 1);
    print_line(call, out, &v);
    return v;
}
static val t_printt(native_call *call)
{
    print_line(call, native_arg(call, 0), NULL);
    return val_bool(true);
}
static val t_assert(native_call *call)
{
    val c = native_arg(call, 0);
    if (!val_is_bool(c)) native_fail(call, "the first argument of Assert must be a Boolean");
    if (val_get_bool(c)) return c;
    val msg = native_arg(call, 1);
    eval_fail_assert(W, call->loc, "The first argument of Assert evaluated to FALSE; the second argument was:\n%s",
                     val_to_string(A, msg));
}
static val t_javatime(native_call *call) { return val_int((int64_t)time(NULL)); }

/* TLCGet("-Dkey"): TLC's Java system property `key`, or the argument itself when it is unset. The
 * one tlc-c answers is TLC's switch for action composition, which tlc-c always supports. */
static val system_property(const char *arg)
{
    if (!strcmp(arg + 2, "tlc2.tool.impl.Tool.cdot")) return val_str(util_intern("true"));
    return val_str(util_intern(arg));
}

/* TLC evaluates TLCGet by a Java method: its errors come wrapped in that method's name (exit 75). */
static _Noreturn void tlcget_fail(native_call *call, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
static _Noreturn void tlcget_fail(native_call *call, const char *fmt, ...)
{
    char why[1024];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(why, sizeof why, fmt, ap);
    va_end(ap);
    eval_fail_kind(W, EVAL_KIND_NATIVE_FAILED, call->loc,
                   "Attempted to apply the operator overridden by the Java method\npublic static "
                   "tlc2.value.impl.Value tlc2.module.TLCGetSet.TLCGetEval(tlc2.tool.impl.Tool,"
                   "tla2sany.semantic.ExprOrOpArgNode[],tlc2.util.Context,tlc2.tool.TLCState,tlc2.tool."
                   "TLCState,int,tlc2.tool.coverage.CostModel),\nbut it produced the following error:\n%s",
                   why);
}

/* The keys TLC 2.20 answers that tlc-c does not: any other unknown key is undefined, as in TLC. */
static bool tlcget_key_unsupported(const char *key)
{
    return !strcmp(key, "spec") || !strcmp(key, "revision") || !strcmp(key, "action");
}

static val t_tlcget(native_call *call)
{
    W->read_run = true;
    val k = native_arg(call, 0);
    if (val_is_int(k) && val_get_int(k) >= 0) {
        int64_t i = val_get_int(k);
        if ((size_t)i >= W->registers.len || !W->registers.items[i].kind)
            tlcget_fail(call, "TLCGet(%lld) was undefined.", (long long)i);
        return W->registers.items[i];
    }
    if (!val_is_str(k))
        tlcget_fail(call, "The argument of TLCGet should be a nonnegative integer, but instead it is:\n%s",
                    val_to_string(A, k));
    const char *key = val_get_str(k);
    if (!strncmp(key, "-D", 2)) return system_property(key);
    const eval_stats *s = &W->stats;
    if (!strcmp(key, "level")) return val_int(s->level);
    if (!strcmp(key, "distinct")) return val_int(s->distinct);
    if (!strcmp(key, "generated")) return val_int(s->generated);
    if (!strcmp(key, "queue")) return val_int(s->queue);
    if (!strcmp(key, "diameter")) return val_int(s->diameter);
    if (!strcmp(key, "duration")) return val_int((int64_t)s->duration);
    if (!strcmp(key, "stats") && s->simulation) {
        /* TLC's simulator's record (without its per-behaviour action counts) */
        atom names[9] = {util_intern("traces"), util_intern("duration"), util_intern("generated"),
                         util_intern("distinct"), util_intern("retries"), util_intern("distinctvalues"),
                         util_intern("levelmean"), util_intern("levelvariance"), util_intern("worker")};
        val vals[9] = {val_int(s->walk), val_int((int64_t)s->duration), val_int(s->generated), val_int(-1), val_int(-1),
                       val_int(-1), val_int(0), val_int(0), val_int(W->id < 0 ? 0 : W->id)};
        return val_record_make(A, names, vals, 9);
    }
    if (!strcmp(key, "stats")) {
        atom names[5] = {util_intern("queue"), util_intern("distinct"), util_intern("generated"), util_intern("diameter"),
                         util_intern("duration")};
        val vals[5] = {val_int(s->queue), val_int(s->distinct), val_int(s->generated), val_int(s->diameter),
                       val_int((int64_t)s->duration)};
        return val_record_make(A, names, vals, 5);
    }
    if (!strcmp(key, "config")) {
        atom names[7] = {util_intern("mode"), util_intern("depth"), util_intern("deadlock"), util_intern("seed"),
                         util_intern("worker"), util_intern("traces"), util_intern("install")};
        val vals[7] = {val_str(util_intern(s->generate ? "generate" : s->simulation ? "simulate" : "bfs")),
                       val_int(s->simulation ? s->sim_depth : -1), val_bool(s->check_deadlock),
                       val_int((int64_t)eval_seed(W->ep)), val_int(s->workers),
                       val_int(s->simulation ? s->sim_traces : -1), val_str(util_intern(""))};
        return val_record_make(A, names, vals, 7);
    }
    if (tlcget_key_unsupported(key)) native_fail(call, "TLCGet(\"%s\") is not supported yet", key);
    tlcget_fail(call, "TLCGet(%s) was undefined.", key);
}
static val t_tlcset(native_call *call)
{
    val k = native_arg(call, 0), v = native_arg(call, 1);
    /* TLCSet("exit", TRUE) ends TLC's search as if it were complete, after the state being expanded;
     * TLCSet("pause", TRUE) waits for a key press; with any other value both are TRUE and do nothing */
    if (val_is_str(k) && (!strcmp(val_get_str(k), "exit") || !strcmp(val_get_str(k), "pause"))) {
        if (val_is_bool(v) && val_get_bool(v))
            native_fail(call, "TLCSet(\"%s\", TRUE) (%s) is not supported yet", val_get_str(k),
                        !strcmp(val_get_str(k), "exit") ? "ending the search early" : "waiting for a key press");
        return val_bool(true);
    }
    if (!val_is_int(k) || val_get_int(k) < 0)
        native_fail(call, "The first argument of TLCSet should be a nonnegative integer, but instead it is:\n%s",
                    val_to_string(A, k));
    if (val_get_int(k) > 1000000)
        native_fail(call, "TLCSet(%lld, v): tlc-c keeps registers 0 to 1000000 only", (long long)val_get_int(k));
    size_t i = (size_t)val_get_int(k);
    while (W->registers.len <= i) VEC_PUSH(W->registers, (val){0});
    W->registers.items[i] = val_copy(&W->ep->perm, v);
    return val_bool(true);
}
/* d :> e and f @@ g are functions on enumerated domains, as TLC builds them. */
static val t_colon_gt(native_call *call)
{
    val k = native_arg(call, 0), v = native_arg(call, 1), f;
    eval_check(W, call->loc, val_func_make(A, &k, &v, 1, &f));
    return val_hint_function(f, false);
}
static val t_at_at(native_call *call)
{
    val out;
    val f = native_arg(call, 0), g = native_arg(call, 1), pf, pg;
    val_status st = val_func_merge(A, f, g, &out);
    if (st == VAL_TYPE) native_fail(call, "@@ needs two functions");
    if (st == VAL_INCOMPARABLE && val_merge_clash(f, g, &pf, &pg)) {
        const char *inner = eval_refusal_words(W, true, pg, pf);
        eval_fail_kind(W, EVAL_KIND_NATIVE_FAILED, call->loc,
                       "Attempted to apply the operator overridden by the Java method\npublic static "
                       "tlc2.value.impl.Value tlc2.module.TLC.CombineFcn(tlc2.value.impl.Value,tlc2.value.impl.Value),"
                       "\nbut it produced the following error:\n%s",
                       inner ? inner : arena_printf(A, "attempted to compare %s with %s", val_to_string(A, pg),
                                                    val_to_string(A, pf)));
    }
    eval_check(W, call->loc, st);
    return val_hint_function(out, false);
}

typedef VEC(val) val_list;

/* All bijections of S onto itself, as functions on an enumerated domain, as TLC builds them
 * (Permutations({}) is {<< >>}, the empty function; DOMAIN of a permutation of 1..2 is {1, 2}). */
static void permute(val *elems, uint32_t n, uint32_t k, val *image, val_list *out, arena *a, eval_worker *w,
                    syn_loc loc)
{
    if (k == n) {
        val f;
        eval_check(w, loc, val_func_make(a, elems, image, n, &f));
        VEC_PUSH(*out, val_hint_function(f, false));
        return;
    }
    for (uint32_t i = k; i < n; i++) {
        val t = image[k];
        image[k] = image[i];
        image[i] = t;
        permute(elems, n, k + 1, image, out, a, w, loc);
        image[i] = image[k];
        image[k] = t;
    }
}
static val t_permutations(native_call *call)
{
    val s = native_set_arg(call, 0);
    uint32_t n = val_set_size(s);
    if (n > 10) native_fail(call, "Permutations of a set of %u elements is too large", n);
    val *elems = arena_alloc(A, sizeof(val) * (n + 1));
    val *image = arena_alloc(A, sizeof(val) * (n + 1));
    for (uint32_t i = 0; i < n; i++) elems[i] = image[i] = val_set_at(s, i);
    val_list out = {0};
    permute(elems, n, 0, image, &out, A, W, call->loc);
    val r = val_set_make(A, out.items, out.len);
    VEC_FREE(out);
    return r;
}

typedef struct sort_ctx { native_call *call; opval *less; } sort_ctx;

static bool sort_less(sort_ctx *sc, val a, val b)
{
    val args[2] = {a, b};
    val r = eval_apply_op(sc->call->w, sc->less, args, 2, sc->call->loc);
    if (!val_is_bool(r)) native_fail(sc->call, "the comparison of SortSeq must return a Boolean");
    return val_get_bool(r);
}

/* A stable insertion-merge sort: the comparison is a user operator, so no qsort callback. */
static void merge_sort(sort_ctx *sc, val *xs, val *tmp, uint32_t n)
{
    if (n < 2) return;
    uint32_t h = n / 2;
    merge_sort(sc, xs, tmp, h);
    merge_sort(sc, xs + h, tmp, n - h);
    uint32_t i = 0, j = h, k = 0;
    while (i < h && j < n) tmp[k++] = sort_less(sc, xs[j], xs[i]) ? xs[j++] : xs[i++];
    while (i < h) tmp[k++] = xs[i++];
    while (j < n) tmp[k++] = xs[j++];
    memcpy(xs, tmp, n * sizeof(val));
}

static val t_sortseq(native_call *call)
{
    val s = native_seq_arg(call, 0, "SortSeq");
    opval less = native_op_arg(call, 1);
    uint32_t n = val_len(s);
    val *xs = arena_alloc(A, sizeof(val) * (n + 1)), *tmp = arena_alloc(A, sizeof(val) * (n + 1));
    for (uint32_t i = 0; i < n; i++) xs[i] = val_seq_at(s, i);
    sort_ctx sc = {call, &less};
    merge_sort(&sc, xs, tmp, n);
    return val_seq_make(A, xs, n);
}

static val t_tostring(native_call *call) { return val_str(util_intern(val_to_string(A, native_arg(call, 0)))); }
static val t_tlceval(native_call *call) { return native_arg(call, 0); }
/* Any: TLC's ANY, the set every value belongs to (it cannot be enumerated or compared). */
static val t_any(native_call *call) { return val_any_set(); }

/* ---- TLCExt ------------------------------------------------------------------------------------- */

static val x_asserteq(native_call *call)
{
    val a = native_arg(call, 0), b = native_arg(call, 1);
    if (eval_equal(W, a, b, call->loc)) return val_bool(true);
    flockfile(stdout);
    printf("AssertEq failed: ");
    val_print(stdout, a);
    printf(" # ");
    val_print(stdout, b);
    putchar('\n');
    funlockfile(stdout);
    return val_bool(false);
}
static val x_modelvalue(native_call *call)
{
    val s = native_arg(call, 0);
    if (!val_is_str(s)) native_fail(call, "TLCModelValue needs a string");
    return val_model(util_intern(val_get_str(s)));
}
static val x_noop(native_call *call) { return native_arg(call, 0); }

/* AssertError(err, exp): evaluating exp fails with exactly the message err. */
static val x_asserterror(native_call *call)
{
    val err = native_arg(call, 0);
    if (!val_is_str(err)) native_fail(call, "the first argument of AssertError must be a string");
    if (!call->args) native_fail(call, "AssertError needs its second argument as an expression");
    val v;
    if (eval_try(W, call->c, call->args[1], &v)) return val_bool(false);
    return val_bool(strcmp(eval_worker_error(W)->message, val_get_str(err)) == 0);
}

/* Operators that need the model checker's search (the trace to the current state, the current
 * counterexample, asking the user for successors, evaluating later) are refused, not faked. */
static val x_unsupported(native_call *call, const char *op)
{
    native_fail(call, "%s (module TLCExt) is not supported yet", op);
}
static val x_trace(native_call *call) { return x_unsupported(call, "Trace"); }
static val x_counterexample(native_call *call) { return x_unsupported(call, "CounterExample"); }
static val x_picksuccessor(native_call *call) { return x_unsupported(call, "PickSuccessor"); }
static val x_tlcdefer(native_call *call) { return x_unsupported(call, "TLCDefer"); }

#define BOTH(name, fn) {"Naturals", name, fn}, {"Integers", name, fn}

const native_entry native_standard[] = {
    BOTH("+", n_plus), BOTH("-", n_minus), BOTH("*", n_times), BOTH("^", n_pow), BOTH("\\div", n_div),
    BOTH("%", n_mod), BOTH("<", n_lt), BOTH(">", n_gt), BOTH("<=", n_le), BOTH(">=", n_ge), BOTH("..", n_range),
    BOTH("Nat", n_nat),
    {"Integers", "Int", n_int}, {"Integers", "-.", n_neg},
    {"Reals", "Real", n_real}, {"Reals", "/", n_real_div},
    {"Sequences", "Seq", s_seq}, {"Sequences", "Len", s_len}, {"Sequences", "\\o", s_concat},
    {"Sequences", "Append", s_append}, {"Sequences", "Head", s_head}, {"Sequences", "Tail", s_tail},
    {"Sequences", "SubSeq", s_subseq}, {"Sequences", "SelectSeq", s_selectseq},
    {"FiniteSets", "Cardinality", f_cardinality}, {"FiniteSets", "IsFiniteSet", f_isfinite},
    {"Bags", "EmptyBag", bg_empty}, {"Bags", "IsABag", bg_is_a_bag}, {"Bags", "BagToSet", bg_to_set},
    {"Bags", "SetToBag", bg_set_to_bag}, {"Bags", "BagIn", bg_in}, {"Bags", "CopiesIn", bg_copies_in},
    {"Bags", "\\oplus", bg_plus}, {"Bags", "\\ominus", bg_minus}, {"Bags", "BagUnion", bg_union},
    {"Bags", "\\sqsubseteq", bg_sqsubseteq}, {"Bags", "SubBag", bg_sub_bag}, {"Bags", "BagOfAll", bg_of_all},
    {"Bags", "BagCardinality", bg_cardinality},
    {"TLC", "Print", t_print}, {"TLC", "PrintT", t_printt}, {"TLC", "Assert", t_assert},
    {"TLC", "JavaTime", t_javatime}, {"TLC", "TLCGet", t_tlcget}, {"TLC", "TLCSet", t_tlcset},
    {"TLC", ":>", t_colon_gt}, {"TLC", "@@", t_at_at}, {"TLC", "Permutations", t_permutations},
    {"TLC", "SortSeq", t_sortseq}, {"TLC", "ToString", t_tostring},
    {"TLC", "TLCEval", t_tlceval}, {"TLC", "Any", t_any},
    {"TLCExt", "AssertEq", x_asserteq}, {"TLCExt", "TLCModelValue", x_modelvalue}, {"TLCExt", "TLCNoOp", x_noop},
    {"TLCExt", "AssertError", x_asserterror}, {"TLCExt", "Trace", x_trace},
    {"TLCExt", "CounterExample", x_counterexample}, {"TLCExt", "PickSuccessor", x_picksuccessor},
    {"TLCExt", "TLCDefer", x_tlcdefer},
    {NULL, NULL, NULL},
};
