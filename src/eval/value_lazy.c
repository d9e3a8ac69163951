/* value_lazy.c - sets kept symbolic until their elements are needed: a..b, Nat, Int, STRING,
 * SUBSET S, [S -> T], [a : S, b : T], S \X T, Seq(S), ANY. Membership, subset and cardinality do
 * not enumerate; enumeration streams elements (odometer order) and refuses infinite sets.
 * Comparisons between lazy sets are in value_setcmp.c. */
#include "value_internal.h"

#include <string.h>

static val lazy(arena *a, val_lazy_kind kind, const val *parts, uint32_t nparts)
{
    val_lazy *l = arena_zalloc(a, sizeof(val_lazy));
    l->kind = kind;
    l->n = nparts;
    if (nparts) {
        val *p = arena_alloc(a, sizeof(val) * nparts);
        memcpy(p, parts, sizeof(val) * nparts);
        l->parts = p;
    }
    val v = {.kind = VAL_LAZY};
    v.u.lazy = l;
    return v;
}

static const val_lazy nat_payload = {.kind = LAZY_NAT}, int_payload = {.kind = LAZY_INT},
                      string_payload = {.kind = LAZY_STRING}, any_payload = {.kind = LAZY_ANY};

val val_nat_set(void) { return (val){.kind = VAL_LAZY, .u.lazy = &nat_payload}; }
val val_int_set(void) { return (val){.kind = VAL_LAZY, .u.lazy = &int_payload}; }
val val_string_set(void) { return (val){.kind = VAL_LAZY, .u.lazy = &string_payload}; }
val val_any_set(void) { return (val){.kind = VAL_LAZY, .u.lazy = &any_payload}; }

val val_interval_make(arena *a, int64_t lo, int64_t hi)
{
    if (hi < lo) return val_empty_set();
    val_lazy *l = arena_zalloc(a, sizeof(val_lazy));
    l->kind = LAZY_INTERVAL;
    l->lo = lo;
    l->hi = hi;
    val v = {.kind = VAL_LAZY};
    v.u.lazy = l;
    return v;
}

val val_powerset_make(arena *a, val base) { return lazy(a, LAZY_POWERSET, &base, 1); }

val val_filter_make(arena *a, val base, const val_filter *f)
{
    val v = lazy(a, LAZY_FILTER, &base, 1);
    ((val_lazy *)v.u.lazy)->filter = f;
    return v;
}

/* Does listing s succeed whatever its size: an explicit set, an interval, or products, record sets,
 * function sets and SUBSETs of such sets? (Not so [{} -> Nat]: finite, but it is not listed.) */
static bool lists_finitely(val s)
{
    if (s.kind == VAL_SET) return true;
    if (s.kind != VAL_LAZY) return false;
    const val_lazy *l = s.u.lazy;
    switch (l->kind) {
    case LAZY_INTERVAL: return true;
    case LAZY_FUNCSET: case LAZY_RECSET: case LAZY_PRODUCT: case LAZY_POWERSET:
        for (uint32_t i = 0; i < l->n; i++)
            if (!lists_finitely(l->parts[i])) return false;
        return true;
    default: return false;
    }
}

/* Is UNION s (LAZY_BIGUNION) of sets that each list finitely, so finite? */
static bool union_lists_finitely(const val_lazy *l)
{
    const val_set *members = l->parts[0].u.set;
    for (uint32_t i = 0; i < members->n; i++)
        if (!lists_finitely(members->elems[i])) return false;
    return true;
}

bool val_is_infinite(arena *a, val s)
{
    /* a UNION of such sets is told finite without counting it, which would build all its members */
    if (s.kind == VAL_LAZY && s.u.lazy->kind == LAZY_BIGUNION && union_lists_finitely(s.u.lazy)) return false;
    int64_t n;
    val_status st = val_is_set(s) ? val_cardinality(a, s, &n) : VAL_TYPE;
    return st == VAL_INFINITE || st == VAL_UNDECIDABLE;
}

/* x op y for sets when one of them is infinite: kept symbolic. */
val val__lazy_binop(arena *a, val_lazy_kind kind, val x, val y)
{
    val p[2] = {x, y};
    return lazy(a, kind, p, 2);
}
val val_seqset_make(arena *a, val base) { return lazy(a, LAZY_SEQSET, &base, 1); }

val val_funcset_make(arena *a, val dom, val rng)
{
    val p[2] = {dom, rng};
    return lazy(a, LAZY_FUNCSET, p, 2);
}

val val_product_make(arena *a, const val *sets, uint32_t n) { return lazy(a, LAZY_PRODUCT, sets, n); }

/* Fields sorted by rank (as strings compare), so that enumeration builds records in canonical order
 * directly. */
val val_recset_make(arena *a, const atom *names, const val *sets, uint32_t n)
{
    val v = lazy(a, LAZY_RECSET, sets, n);
    atom *ns = arena_alloc(a, sizeof(atom) * (n + 1));
    memcpy(ns, names, sizeof(atom) * n);
    val_lazy *l = (val_lazy *)v.u.lazy;
    val *ps = (val *)l->parts;
    for (uint32_t i = 1; i < n; i++)
        for (uint32_t j = i; j > 0 && util_intern_rank(ns[j - 1]) > util_intern_rank(ns[j]); j--) {
            atom t = ns[j];
            ns[j] = ns[j - 1];
            ns[j - 1] = t;
            val tv = ps[j];
            ps[j] = ps[j - 1];
            ps[j - 1] = tv;
        }
    l->names = ns;
    return v;
}

/* ---- membership --------------------------------------------------------------------------------- */

static val_status all_in(arena *a, const val *xs, uint32_t n, val set, bool *out)
{
    for (uint32_t i = 0; i < n; i++) {
        val_status st = val_member(a, xs[i], set, out);
        if (st || !*out) return st;
    }
    *out = true;
    return VAL_OK;
}

/* Is the domain of function x the interval S, seen without making the domain ([Proc -> T] in a type
 * invariant)? false when it is not an interval's or cannot be told at once: val_equal_status decides. A
 * function's domain is sorted, kinds apart: ints at both ends are ints throughout, and n distinct ones
 * from lo to hi are all of lo..hi. */
static bool domain_is_interval(val x, val s)
{
    if (s.kind != VAL_LAZY || s.u.lazy->kind != LAZY_INTERVAL) return false;
    int64_t lo = s.u.lazy->lo, hi = s.u.lazy->hi;
    if (x.kind == VAL_SEQ) return x.u.seq->n ? lo == 1 && hi == (int64_t)x.u.seq->n : lo > hi;
    uint32_t n = x.u.fn->n;
    if (!n) return lo > hi;
    const val *dom = x.u.fn->dom;
    return dom[0].kind == VAL_INT && dom[n - 1].kind == VAL_INT && dom[0].u.i == lo && dom[n - 1].u.i == hi &&
           (uint64_t)hi - (uint64_t)lo == n - 1;
}

/* f \in [S -> T]: DOMAIN f = S (decided without enumerating an infinite S: a function value has
 * a finite domain) and every value in T. */
static val_status member_funcset(arena *a, val x, const val_lazy *l, bool *out)
{
    *out = false;
    if (!val_is_func(x)) return VAL_OK;
    if (!domain_is_interval(x, l->parts[0])) {
        val dom;
        val_domain(a, x, &dom);
        bool same;
        val_status st = val_equal_status(dom, l->parts[0], &same);
        if (st || !same) return st;
    }
    if (x.kind == VAL_SEQ) return all_in(a, x.u.seq->elems, x.u.seq->n, l->parts[1], out);
    return all_in(a, x.u.fn->rng, x.u.fn->n, l->parts[1], out);
}

/* x is not of the kind of a set of integers, strings, functions, records or tuples: TLC refuses
 * to look for it there ("a" \in Nat, 1 \in [a : S]), unless it is a model value (not there). */
static val_status member_of_kind(val x, bool *out)
{
    *out = false;
    return x.kind == VAL_MODEL ? VAL_OK : VAL_INCOMPARABLE;
}

/* A set that cannot be listed is looked for by equality, which may be undecidable, rather than by
 * the order, which would answer anyway. */
static val_status member_explicit(val x, val set, bool *out)
{
    if (x.kind != VAL_LAZY) return val__explicit_find(set, x, out);
    int64_t n;
    arena *scratch = &val__scratch.member;
    arena_mark mark = arena_save(scratch);
    bool listable = val_cardinality(scratch, x, &n) == VAL_OK && n <= VAL_MAX_ENUM;
    arena_restore(scratch, mark);
    if (listable) return *out = val__explicit_member(set, x), VAL_OK;
    val_status undecided = VAL_OK;
    for (uint32_t i = 0; i < set.u.set->n; i++) {
        val_status st = val_equal_status(x, set.u.set->elems[i], out);
        if (st == VAL_OK && *out) return VAL_OK;
        if (st) undecided = st;
    }
    *out = false;
    return undecided;
}

/* TLC looks for a record among records: a function whose domain is not all strings it refuses
 * (<<1>> \in [a : S]); the empty one is a record there. */
static bool is_record_for_tlc(val x)
{
    if (x.kind == VAL_SEQ) return x.u.seq->n == 0;
    for (uint32_t i = 0; i < x.u.fn->n; i++)
        if (x.u.fn->dom[i].kind != VAL_STR) return false;
    return true;
}

static val_status member_recset(arena *a, val x, const val_lazy *l, bool *out)
{
    *out = false;
    if (!is_record_for_tlc(x)) return VAL_INCOMPARABLE;
    if (x.kind != VAL_FUNC || x.u.fn->n != l->n) return VAL_OK;
    for (uint32_t i = 0; i < l->n; i++) {
        if (x.u.fn->dom[i].kind != VAL_STR || x.u.fn->dom[i].u.s != l->names[i]) return VAL_OK;
        val_status st = val_member(a, x.u.fn->rng[i], l->parts[i], out);
        if (st || !*out) return st;
    }
    *out = true;
    return VAL_OK;
}

val_status val_member(arena *a, val x, val set, bool *out)
{
    if (set.kind == VAL_SET) return member_explicit(x, set, out);
    if (set.kind != VAL_LAZY) return VAL_TYPE;
    const val_lazy *l = set.u.lazy;
    switch (l->kind) {
    case LAZY_INTERVAL:
        if (x.kind != VAL_INT) return member_of_kind(x, out);
        *out = x.u.i >= l->lo && x.u.i <= l->hi;
        return VAL_OK;
    case LAZY_NAT:
        if (x.kind != VAL_INT) return member_of_kind(x, out);
        *out = x.u.i >= 0;
        return VAL_OK;
    case LAZY_INT: return x.kind == VAL_INT ? (*out = true, VAL_OK) : member_of_kind(x, out);
    case LAZY_STRING: return x.kind == VAL_STR ? (*out = true, VAL_OK) : member_of_kind(x, out);
    case LAZY_ANY: *out = true; return VAL_OK;
    case LAZY_POWERSET:
        if (!val_is_set(x)) return *out = false, VAL_INCOMPARABLE;   /* TLC: even a model value */
        return val_subseteq(a, x, l->parts[0], out);
    case LAZY_FUNCSET:
        if (!val_is_func(x)) return member_of_kind(x, out);
        return member_funcset(a, x, l, out);
    case LAZY_RECSET:
        if (!val_is_func(x)) return member_of_kind(x, out);
        return member_recset(a, x, l, out);
    case LAZY_PRODUCT:
        if (!val_is_func(x)) return member_of_kind(x, out);
        *out = false;
        if (x.kind != VAL_SEQ || x.u.seq->n != l->n) return VAL_OK;
        for (uint32_t i = 0; i < l->n; i++) {
            val_status st = val_member(a, x.u.seq->elems[i], l->parts[i], out);
            if (st || !*out) return st;
        }
        return VAL_OK;
    case LAZY_SEQSET:   /* TLC refuses a function that is not a sequence too: [a |-> 1] \in Seq(S) */
        if (x.kind != VAL_SEQ) return member_of_kind(x, out);
        return all_in(a, x.u.seq->elems, x.u.seq->n, l->parts[0], out);
    case LAZY_CUP: case LAZY_CAP: case LAZY_MINUS: {
        /* TLC's S \cup T looks in a listed operand first (Nat \cup {"none"}: {"none"}), which
         * decides whether it stops with an error (0 \in Nat \cup {"none"}) */
        bool listed_second = l->kind == LAZY_CUP && l->parts[0].kind != VAL_SET && l->parts[1].kind == VAL_SET;
        val first = l->parts[listed_second], second = l->parts[!listed_second];
        bool in0, in1;
        val_status st = val_member(a, x, first, &in0);
        if (st) return st;
        if (l->kind == LAZY_CUP && in0) return *out = true, VAL_OK;
        if (l->kind != LAZY_CUP && !in0) return *out = false, VAL_OK;
        if ((st = val_member(a, x, second, &in1))) return st;
        *out = l->kind == LAZY_MINUS ? !in1 : in1;
        return VAL_OK;
    }
    case LAZY_BIGUNION:
        for (uint32_t i = 0; i < l->parts[0].u.set->n; i++) {
            val_status st = val_member(a, x, l->parts[0].u.set->elems[i], out);
            if (st || *out) return st;
        }
        return VAL_OK;
    case LAZY_FILTER: {
        val_status st = val_member(a, x, l->parts[0], out);
        if (st || !*out) return st;
        return l->filter->holds(l->filter, x, out);
    }
    }
    return VAL_TYPE;
}

/* x \subseteq y: decided from the structure of a lazy x where it can be, otherwise by testing
 * each element of x (enumerated) for membership in y. */
val_status val_subseteq(arena *a, val x, val y, bool *out)
{
    if (!val_is_set(x) || !val_is_set(y)) return VAL_TYPE;
    val_status st;
    if (x.kind == VAL_LAZY && (st = val__lazy_subseteq(a, x, y, out)) != VAL_UNDECIDABLE) return st;
    val ex;
    if ((st = val_enumerate(a, x, &ex))) return st == VAL_INFINITE ? VAL_UNDECIDABLE : st;
    if (y.kind == VAL_SET && val__explicit_has_all(y, ex.u.set->elems, ex.u.set->n)) return *out = true, VAL_OK;
    return all_in(a, ex.u.set->elems, ex.u.set->n, y, out);
}

/* ---- cardinality -------------------------------------------------------------------------------- */

static val_status card_mul(int64_t a, int64_t b, int64_t *out)
{
    return __builtin_mul_overflow(a, b, out) ? VAL_OVERFLOW : VAL_OK;
}

/* The size of a product of sets: 0 as soon as one is empty; otherwise the worst status of the
 * parts, in the order VAL_OK < VAL_OVERFLOW < VAL_INFINITE < VAL_UNDECIDABLE. */
static val_status card_product(arena *a, const val *sets, uint32_t n, int64_t *out)
{
    val_status worst = VAL_OK;
    int64_t prod = 1;
    for (uint32_t i = 0; i < n; i++) {
        int64_t k;
        val_status st = val_cardinality(a, sets[i], &k);
        if (st == VAL_TYPE) return st;
        if (st == VAL_OK && k == 0) return *out = 0, VAL_OK;
        if (st == VAL_OK && card_mul(prod, k, &prod)) st = VAL_OVERFLOW;
        if (st > worst) worst = st;
    }
    *out = prod;
    return worst;
}

/* [S -> T]: |T|^|S|, 1 when S is empty, 0 when T is empty (and S is not); infinite when S or T is
 * (as TLC counts it, even for [Nat -> {t}]). */
static val_status card_funcset(arena *a, const val_lazy *l, int64_t *out)
{
    int64_t n, m;
    val_status sd = val_cardinality(a, l->parts[0], &n), sr = val_cardinality(a, l->parts[1], &m);
    if (sd == VAL_OK && n == 0) return *out = 1, VAL_OK;
    if (sd == VAL_TYPE || sr == VAL_TYPE) return VAL_TYPE;
    if (sr == VAL_OK && m == 0) return sd == VAL_UNDECIDABLE ? sd : (*out = 0, VAL_OK);
    if (sd == VAL_UNDECIDABLE || sr == VAL_UNDECIDABLE) return VAL_UNDECIDABLE;
    if (sd == VAL_INFINITE || sr == VAL_INFINITE) return VAL_INFINITE;
    if (sd || sr) return VAL_OVERFLOW;
    *out = 1;
    for (int64_t i = 0; i < n; i++) {
        val_status st = card_mul(*out, m, out);
        if (st) return st;
        if (m == 1) break;
    }
    return VAL_OK;
}

/* S \cup T, S \cap T, S \ T kept symbolic: infinite when the union has an infinite operand or
 * the difference takes a finite set from an infinite one; otherwise only their elements tell. */
static val_status card_binop(arena *a, const val_lazy *l)
{
    int64_t n;
    val_status s0 = val_cardinality(a, l->parts[0], &n), s1 = val_cardinality(a, l->parts[1], &n);
    if (l->kind == LAZY_CUP && (s0 == VAL_INFINITE || s1 == VAL_INFINITE)) return VAL_INFINITE;
    if (l->kind == LAZY_MINUS && s0 == VAL_INFINITE && (s1 == VAL_OK || s1 == VAL_OVERFLOW)) return VAL_INFINITE;
    return VAL_UNDECIDABLE;
}

val_status val_cardinality(arena *a, val s, int64_t *out)
{
    if (s.kind == VAL_SET) return *out = s.u.set->n, VAL_OK;
    if (s.kind != VAL_LAZY) return VAL_TYPE;
    const val_lazy *l = s.u.lazy;
    int64_t n;
    val_status st;
    switch (l->kind) {
    case LAZY_INTERVAL:
        if (__builtin_sub_overflow(l->hi, l->lo, &n) || n == INT64_MAX) return VAL_OVERFLOW;
        return *out = n + 1, VAL_OK;
    case LAZY_NAT: case LAZY_INT: case LAZY_STRING: case LAZY_ANY: return VAL_INFINITE;
    case LAZY_SEQSET:   /* Seq({}) is {<<>>}, but TLC never enumerates Seq(S): IsFiniteSet(Seq({})) is FALSE */
        st = val_cardinality(a, l->parts[0], &n);
        return st == VAL_UNDECIDABLE || st == VAL_TYPE ? st : VAL_INFINITE;
    case LAZY_CUP: case LAZY_CAP: case LAZY_MINUS: return card_binop(a, l);
    case LAZY_FILTER: return VAL_UNDECIDABLE;   /* made only over a set that is not known finite */
    case LAZY_BIGUNION: {
        for (uint32_t i = 0; i < l->parts[0].u.set->n; i++) {
            int64_t k;
            if ((st = val_cardinality(a, l->parts[0].u.set->elems[i], &k)) == VAL_INFINITE || st == VAL_UNDECIDABLE)
                return st;
        }
        val e;
        if ((st = val__union_members(a, l->parts[0], &e))) return st;
        return *out = e.u.set->n, VAL_OK;
    }
    case LAZY_POWERSET:
        if ((st = val_cardinality(a, l->parts[0], &n))) return st;
        if (n > 62) return VAL_OVERFLOW;
        return *out = (int64_t)1 << n, VAL_OK;
    case LAZY_FUNCSET: return card_funcset(a, l, out);
    case LAZY_RECSET: case LAZY_PRODUCT: return card_product(a, l->parts, l->n, out);
    }
    return VAL_TYPE;
}

bool val_more_members_than(arena *a, val s, int64_t n)
{
    if (s.kind == VAL_SET) return s.u.set->n > n;
    if (s.kind != VAL_LAZY) return false;
    const val_lazy *l = s.u.lazy;
    int64_t k;
    switch (l->kind) {
    case LAZY_INTERVAL: case LAZY_POWERSET: case LAZY_FUNCSET: case LAZY_RECSET: case LAZY_PRODUCT:
        return val_cardinality(a, s, &k) == VAL_OK && k > n;
    case LAZY_BIGUNION:
        for (uint32_t i = 0; i < l->parts[0].u.set->n; i++)
            if (val_more_members_than(a, l->parts[0].u.set->elems[i], n)) return true;
        return false;
    default: return false;
    }
}

val_status val_union_listed(arena *a, val s, val *out)
{
    if (s.kind != VAL_LAZY || s.u.lazy->kind != LAZY_BIGUNION || !union_lists_finitely(s.u.lazy)) return VAL_TYPE;
    return val__union_members(a, s.u.lazy->parts[0], out);
}

/* ---- enumeration -------------------------------------------------------------------------------- */

/* An odometer over the element lists of several sets; `build` makes a value from one choice. */
typedef val (*odometer_build)(arena *a, const val_lazy *l, const val *choice, const val *keys);

/* The combinations from the start-th on (the last position turning fastest). */
static val_status odometer(arena *a, const val_lazy *l, val *const *lists, const uint32_t *sizes, uint32_t n,
                           const val *keys, odometer_build build, uint64_t start, val_elem_fn fn, void *data)
{
    for (uint32_t i = 0; i < n; i++)
        if (sizes[i] == 0) return VAL_OK;
    uint32_t *idx = arena_zalloc(a, sizeof(uint32_t) * (n + 1));
    for (uint32_t k = n; k > 0 && start; k--) {
        idx[k - 1] = (uint32_t)(start % sizes[k - 1]);
        start /= sizes[k - 1];
    }
    if (start) return VAL_OK;   /* past the last */
    val *choice = arena_alloc(a, sizeof(val) * (n + 1));
    for (;;) {
        for (uint32_t i = 0; i < n; i++) choice[i] = lists[i][idx[i]];
        if (!fn(data, build(a, l, choice, keys))) return VAL_OK;
        uint32_t k = n;
        while (k > 0) {
            k--;
            if (++idx[k] < sizes[k]) break;
            idx[k] = 0;
            if (k == 0) return VAL_OK;
        }
        if (n == 0) return VAL_OK;
    }
}

static val_status explicit_parts(arena *a, const val *sets, uint32_t n, val **lists, uint32_t *sizes)
{
    for (uint32_t i = 0; i < n; i++) {
        val e;
        val_status st = val_enumerate(a, sets[i], &e);
        if (st) return st;
        lists[i] = (val *)e.u.set->elems;
        sizes[i] = e.u.set->n;
    }
    return VAL_OK;
}

static val build_funcset(arena *a, const val_lazy *l, const val *choice, const val *keys)
{
    val out;
    int64_t n;
    val_cardinality(a, l->parts[0], &n);
    val_func_make(a, keys, choice, (size_t)n, &out);
    return out;
}

static val build_record(arena *a, const val_lazy *l, const val *choice, const val *keys)
{
    return val_record_make(a, l->names, choice, l->n);
}

static val build_tuple(arena *a, const val_lazy *l, const val *choice, const val *keys)
{
    return val_seq_make(a, choice, l->n);
}

/* The subsets in the canonical order (by size, then element-wise), which is the order CHOOSE
 * looks through them in: for each size k, the k-combinations of the sorted base in lexicographic
 * order. */
static val_status for_each_powerset(arena *a, const val_lazy *l, val_elem_fn fn, void *data)
{
    val base;
    val_status st = val_enumerate(a, l->parts[0], &base);
    if (st) return st;
    uint32_t n = base.u.set->n;
    if (n >= 40) return VAL_TOO_LARGE;
    val *buf = arena_alloc(a, sizeof(val) * (n + 1));
    uint32_t *idx = arena_alloc(a, sizeof(uint32_t) * (n + 1));
    for (uint32_t k = 0; k <= n; k++) {
        for (uint32_t i = 0; i < k; i++) idx[i] = i;
        for (;;) {
            for (uint32_t i = 0; i < k; i++) buf[i] = base.u.set->elems[idx[i]];
            if (!fn(data, val_set_make(a, buf, k))) return VAL_OK;
            uint32_t i = k;   /* the last index that can still move right */
            while (i > 0 && idx[i - 1] == n - k + i - 1) i--;
            if (i == 0) break;
            idx[i - 1]++;
            for (uint32_t j = i; j < k; j++) idx[j] = idx[j - 1] + 1;
        }
    }
    return VAL_OK;
}

/* The elements before the start-th passed over, for the kinds that cannot begin there. */
typedef struct skip_elems { uint64_t skip; val_elem_fn fn; void *data; } skip_elems;

static bool skip_elem(void *data, val elem)
{
    skip_elems *k = data;
    if (k->skip) return k->skip--, true;
    return k->fn(k->data, elem);
}

val_status val_for_each(arena *a, val s, val_elem_fn fn, void *data) { return val_for_each_from(a, s, 0, fn, data); }

val_status val_for_each_from(arena *a, val s, uint64_t start, val_elem_fn fn, void *data)
{
    if (s.kind == VAL_SET) {
        for (uint64_t i = start; i < s.u.set->n; i++)
            if (!fn(data, s.u.set->elems[i])) return VAL_OK;
        return VAL_OK;
    }
    if (s.kind != VAL_LAZY) return VAL_TYPE;
    const val_lazy *l = s.u.lazy;
    switch (l->kind) {
    case LAZY_INTERVAL:
        if (start > (uint64_t)(l->hi - l->lo)) return VAL_OK;
        for (int64_t i = l->lo + (int64_t)start; fn(data, val_int(i)) && i < l->hi; i++) continue;
        return VAL_OK;
    case LAZY_NAT: case LAZY_INT: case LAZY_STRING: case LAZY_CUP: case LAZY_CAP: case LAZY_MINUS:
    case LAZY_FILTER: case LAZY_ANY: case LAZY_SEQSET:   /* Seq({}) too: TLC does not list it */
        return VAL_INFINITE;
    case LAZY_BIGUNION: {
        val e;
        val_status st = val__union_members(a, l->parts[0], &e);
        return st ? st : val_for_each_from(a, e, start, fn, data);
    }
    case LAZY_POWERSET: {
        skip_elems k = {start, fn, data};
        return start ? for_each_powerset(a, l, skip_elem, &k) : for_each_powerset(a, l, fn, data);
    }
    case LAZY_FUNCSET: {
        val dom, rng;
        val_status st;
        if ((st = val_enumerate(a, l->parts[0], &dom)) || (st = val_enumerate(a, l->parts[1], &rng))) return st;
        uint32_t n = dom.u.set->n;
        val **lists = arena_alloc(a, sizeof(val *) * (n + 1));
        uint32_t *sizes = arena_alloc(a, sizeof(uint32_t) * (n + 1));
        for (uint32_t i = 0; i < n; i++) lists[i] = (val *)rng.u.set->elems, sizes[i] = rng.u.set->n;
        return odometer(a, l, lists, sizes, n, dom.u.set->elems, build_funcset, start, fn, data);
    }
    case LAZY_RECSET: case LAZY_PRODUCT: {
        int64_t n;
        if (val_cardinality(a, s, &n) == VAL_OK && n == 0) return VAL_OK;   /* a part is empty, others may be infinite */
        val **lists = arena_alloc(a, sizeof(val *) * (l->n + 1));
        uint32_t *sizes = arena_alloc(a, sizeof(uint32_t) * (l->n + 1));
        val_status st = explicit_parts(a, l->parts, l->n, lists, sizes);
        if (st) return st;
        return odometer(a, l, lists, sizes, l->n, NULL, l->kind == LAZY_RECSET ? build_record : build_tuple, start, fn,
                        data);
    }
    }
    return VAL_TYPE;
}

typedef VEC(val) val_list;

static bool collect_elem(void *data, val x)
{
    val_list *out = data;
    VEC_PUSH(*out, x);
    return true;
}

/* The n members of lo..lo+n-1, listed in order already: no callback, no sort. */
static val interval_set(arena *a, int64_t lo, int64_t n)
{
    val *elems = arena_alloc(a, sizeof(val) * (size_t)n);
    for (int64_t i = 0; i < n; i++) elems[i] = val_int(lo + i);
    return val_set_from_sorted(a, elems, (size_t)n);
}

val_status val_enumerate(arena *a, val s, val *out)
{
    if (s.kind == VAL_SET) return *out = s, VAL_OK;
    if (s.kind != VAL_LAZY) return VAL_TYPE;
    int64_t n;
    val_status st = val_cardinality(a, s, &n);
    if (st == VAL_UNDECIDABLE) return VAL_INFINITE;   /* listing it means listing an infinite set */
    if (st) return st == VAL_OVERFLOW ? VAL_TOO_LARGE : st;
    if (n > VAL_MAX_ENUM) return VAL_TOO_LARGE;
    if (n == 0) return *out = val_empty_set(), VAL_OK;
    if (s.u.lazy->kind == LAZY_INTERVAL) return *out = interval_set(a, s.u.lazy->lo, n), VAL_OK;
    val_list items = {0};
    st = val_for_each(a, s, collect_elem, &items);
    if (!st) *out = val_set_make(a, items.items, items.len);   /* copies into the arena */
    VEC_FREE(items);
    return st;
}
