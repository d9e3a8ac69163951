/* native_random.c - TLC's pseudo-random operators: RandomElement (module TLC) and the
 * Randomization module. Every draw comes from the worker's generator (random.c), so a run is
 * repeated by its seed. Sets made of independent choices (SUBSET S, [S -> T], records, tuples,
 * intervals) are drawn from part by part rather than enumerated. */
#include "eval_internal.h"

#include <stdlib.h>
#include <string.h>

#define W (call->w)
#define A (&call->w->scratch)

static val explicit_set(native_call *call, val s, const char *op)
{
    val out;
    val_status st = val_enumerate(A, s, &out);
    if (st == VAL_TYPE) native_fail(call, "%s needs a set, not %s", op, val_to_string(A, s));
    if (st == VAL_INFINITE) native_fail(call, "%s needs a finite set, not %s", op, val_to_string(A, s));
    eval_check(W, call->loc, st);
    return out;
}

static val random_member(native_call *call, val s, const char *op);

/* One random element from each set of `parts`. */
static val *random_parts(native_call *call, const val *parts, uint32_t n, const char *op)
{
    val *vs = arena_alloc(A, sizeof(val) * (n + 1));
    for (uint32_t i = 0; i < n; i++) vs[i] = random_member(call, parts[i], op);
    return vs;
}

static val random_subset_of(native_call *call, val base, const char *op)
{
    val b = explicit_set(call, base, op);
    uint32_t n = val_set_size(b), k = 0;
    val *xs = arena_alloc(A, sizeof(val) * (n + 1));
    for (uint32_t i = 0; i < n; i++)
        if (eval_random_below(W, 2)) xs[k++] = val_set_at(b, i);
    return val_set_make(A, xs, k);
}

static val random_function(native_call *call, const val_lazy *l, const char *op)
{
    val dom = explicit_set(call, l->parts[0], op);
    uint32_t n = val_set_size(dom);
    val *ds = arena_alloc(A, sizeof(val) * (n + 1)), *rs = arena_alloc(A, sizeof(val) * (n + 1));
    for (uint32_t i = 0; i < n; i++) {
        ds[i] = val_set_at(dom, i);
        rs[i] = random_member(call, l->parts[1], op);
    }
    val f;
    eval_check(W, call->loc, val_func_make(A, ds, rs, n, &f));
    return f;
}

/* A uniformly chosen element of the finite set s. */
static val random_member(native_call *call, val s, const char *op)
{
    if (s.kind == VAL_LAZY) {
        const val_lazy *l = s.u.lazy;
        switch (l->kind) {
        case LAZY_INTERVAL:
            if (l->lo > l->hi) break;
            return val_int(l->lo + (int64_t)eval_random_below(W, (uint64_t)l->hi - (uint64_t)l->lo + 1));
        case LAZY_POWERSET: return random_subset_of(call, l->parts[0], op);
        case LAZY_FUNCSET: return random_function(call, l, op);
        case LAZY_RECSET: return val_record_make(A, l->names, random_parts(call, l->parts, l->n, op), l->n);
        case LAZY_PRODUCT: return val_seq_make(A, random_parts(call, l->parts, l->n, op), l->n);
        default: break;
        }
    }
    val e = explicit_set(call, s, op);
    if (val_set_size(e) == 0 && !strcmp(op, "RandomElement"))   /* TLC's Java fails on its array's index */
        eval_fail_kind(W, EVAL_KIND_NATIVE_FAILED, call->loc,
                       "Attempted to apply the operator overridden by the Java method\npublic static "
                       "tlc2.value.impl.Value tlc2.module.TLC.RandomElement(tlc2.value.impl.Value),\nbut it produced "
                       "the following error:\nIndex 0 out of bounds for length 0");
    if (val_set_size(e) == 0) native_fail(call, "%s of the empty set", op);
    return val_set_at(e, (uint32_t)eval_random_below(W, val_set_size(e)));
}

static val r_random_element(native_call *call) { return random_member(call, native_arg(call, 0), "RandomElement"); }

static int64_t count_arg(native_call *call, uint32_t i, const char *op)
{
    int64_t k = native_int_arg(call, i);
    if (k < 0) native_fail(call, "argument %u of %s must not be negative, not %lld", i + 1, op, (long long)k);
    return k;
}

/* k distinct elements of the lazy set s: draw until there are k, as many at a time as are
 * missing (the first k distinct of independent uniform draws are a uniform k-subset). */
static val sample_distinct(native_call *call, val s, uint32_t k)
{
    val *xs = arena_alloc(A, sizeof(val) * (k + 1));
    val got = val_empty_set();
    while (val_set_size(got) < k) {
        uint32_t have = val_set_size(got);
        memcpy(xs, got.u.set->elems, have * sizeof(val));
        for (uint32_t i = have; i < k; i++) xs[i] = random_member(call, s, "RandomSubset");
        got = val_set_make(A, xs, k);
    }
    return got;
}

/* RandomSubset(k, S): k elements of S chosen at random (all of S when it has no more than k). A
 * large lazy S is sampled; an explicit one is shuffled partly. */
static val r_random_subset(native_call *call)
{
    int64_t k = count_arg(call, 0, "RandomSubset");
    val s = native_arg(call, 1);
    int64_t n;
    if (s.kind == VAL_LAZY && val_cardinality(A, s, &n) == VAL_OK && k <= n / 4 && k <= VAL_MAX_ENUM)
        return sample_distinct(call, s, (uint32_t)k);
    s = explicit_set(call, s, "RandomSubset");
    uint32_t size = val_set_size(s);
    if (k >= size) return s;
    val *xs = arena_alloc(A, sizeof(val) * (size + 1));
    memcpy(xs, s.u.set->elems, size * sizeof(val));
    for (uint32_t i = 0; i < (uint32_t)k; i++) {
        uint32_t j = i + (uint32_t)eval_random_below(W, size - i);
        val t = xs[i];
        xs[i] = xs[j];
        xs[j] = t;
    }
    return val_set_make(A, xs, (size_t)k);
}

/* `picks` subsets of s, each element in each with probability p; duplicates merge. */
static val subsets_with(native_call *call, int64_t picks, double p, val s)
{
    uint32_t n = val_set_size(s);
    val *sets = arena_alloc(A, sizeof(val) * ((size_t)picks + 1));
    val *xs = arena_alloc(A, sizeof(val) * (n + 1));
    for (int64_t i = 0; i < picks; i++) {
        uint32_t k = 0;
        for (uint32_t j = 0; j < n; j++)
            if (eval_random_unit(W) < p) xs[k++] = val_set_at(s, j);
        sets[i] = val_set_make(A, xs, k);
    }
    return val_set_make(A, sets, (size_t)picks);
}

/* As TLC: no more picks than S has subsets. */
static void check_picks(native_call *call, int64_t picks, uint32_t size, const char *op)
{
    if (size < 62 && picks > ((int64_t)1 << size))
        native_fail(call, "%s: %lld picks, but the set has only 2^%u subsets", op, (long long)picks, size);
    if (picks > VAL_MAX_ENUM) native_fail(call, "%s: %lld picks are too many", op, (long long)picks);
}

/* RandomSetOfSubsets(k, n, S): k picks of subsets of S of n elements on average. */
static val r_random_set_of_subsets(native_call *call)
{
    int64_t picks = count_arg(call, 0, "RandomSetOfSubsets"), n = count_arg(call, 1, "RandomSetOfSubsets");
    val s = explicit_set(call, native_arg(call, 2), "RandomSetOfSubsets");
    uint32_t size = val_set_size(s);
    check_picks(call, picks, size, "RandomSetOfSubsets");
    if (n > size)
        native_fail(call, "RandomSetOfSubsets: the average size %lld is more than the %u elements of the set",
                    (long long)n, size);
    return subsets_with(call, picks, size ? (double)n / size : 0, s);
}

/* RandomSubsetSet(k, "p", S): k picks of subsets of S, each element in with probability p. */
static val r_random_subset_set(native_call *call)
{
    int64_t picks = count_arg(call, 0, "RandomSubsetSet");
    val prob = native_arg(call, 1);
    if (!val_is_str(prob)) native_fail(call, "RandomSubsetSet needs a probability written as a string, like \"0.5\"");
    char *end;
    double p = strtod(val_get_str(prob), &end);
    if (*end || end == val_get_str(prob) || !(p >= 0 && p <= 1))
        native_fail(call, "RandomSubsetSet: \"%s\" is not a probability", val_get_str(prob));
    val s = explicit_set(call, native_arg(call, 2), "RandomSubsetSet");
    check_picks(call, picks, val_set_size(s), "RandomSubsetSet");
    return subsets_with(call, picks, p, s);
}

const native_entry native_random[] = {
    {"TLC", "RandomElement", r_random_element},
    {"Randomization", "RandomSubset", r_random_subset},
    {"Randomization", "RandomSetOfSubsets", r_random_set_of_subsets},
    {"Randomization", "RandomSubsetSet", r_random_subset_set},
    {NULL, NULL, NULL},
};
