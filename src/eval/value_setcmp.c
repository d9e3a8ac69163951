/* value_setcmp.c - comparing sets of which at least one is lazy: equality, the canonical order and
 * inclusion, decided from the sets' structure where their elements cannot be listed.
 *
 * Finite sets compare by their elements (enumerated in a scratch arena), after their sizes.
 * Infinite ones compare by structure: SUBSET S = SUBSET T iff S = T, Seq(S) = Seq(T) iff S = T,
 * and the sets of functions [S -> T], [a : S, b : T] and S \X T are all "dependent products" (a
 * domain D and a set R(d) for each d in D), equal iff their domains and component sets are (an
 * infinite one is never empty, so it determines both). As TLC, infinite sets of different sorts
 * (Nat and Int aside) do not compare, nor infinite [a : S] and S \X T, which TLC compares by their
 * elements: VAL_UNDECIDABLE. Where none of this
 * applies (unions, intersections, differences and filters of infinite sets, ANY), equality is
 * undecidable unless the two are built alike: VAL_UNDECIDABLE, which the evaluator reports.
 *
 * The order is lexicographic on (size class, size, elements or structure), so it is total, and it
 * returns 0 exactly for the pairs that equality decides are equal or that are built alike. */
#include "value_internal.h"

#include <string.h>

typedef enum { SIZE_FINITE, SIZE_HUGE, SIZE_INFINITE, SIZE_UNKNOWN } size_class;

static size_class size_of(val s, int64_t *n)
{
    *n = 0;
    switch (val_cardinality(&val__scratch.compare, s, n)) {
    case VAL_OK: return SIZE_FINITE;
    case VAL_OVERFLOW: return SIZE_HUGE;
    case VAL_INFINITE: return SIZE_INFINITE;
    default: return SIZE_UNKNOWN;
    }
}

/* Families of sets, by the kind of their elements; lazy kinds of one family compare by structure. */
enum { FAM_EXPLICIT, FAM_INTERVAL, FAM_NAT, FAM_INT, FAM_STRING, FAM_POWERSET, FAM_SEQSET, FAM_PRODUCT,
       FAM_CUP, FAM_CAP, FAM_MINUS, FAM_FILTER, FAM_BIGUNION, FAM_ANY };

static int family(val s)
{
    if (s.kind != VAL_LAZY) return FAM_EXPLICIT;
    switch (s.u.lazy->kind) {
    case LAZY_INTERVAL: return FAM_INTERVAL;
    case LAZY_NAT: return FAM_NAT;
    case LAZY_INT: return FAM_INT;
    case LAZY_STRING: return FAM_STRING;
    case LAZY_POWERSET: return FAM_POWERSET;
    case LAZY_SEQSET: return FAM_SEQSET;
    case LAZY_FUNCSET: case LAZY_RECSET: case LAZY_PRODUCT: return FAM_PRODUCT;
    case LAZY_CUP: return FAM_CUP;
    case LAZY_CAP: return FAM_CAP;
    case LAZY_MINUS: return FAM_MINUS;
    case LAZY_FILTER: return FAM_FILTER;
    case LAZY_BIGUNION: return FAM_BIGUNION;
    case LAZY_ANY: return FAM_ANY;
    }
    return FAM_ANY;
}

/* Families whose structure decides equality and inclusion. */
static bool decidable_family(int f) { return f >= FAM_INTERVAL && f <= FAM_PRODUCT; }

/* ---- dependent products: [S -> T], [a : S, b : T], S \X T ---------------------------------------- */

typedef struct product_view {
    val dom;               /* D */
    const val *comps;      /* R(d) for the elements of D in their canonical order, or NULL: ... */
    val all;               /* ... every R(d) is this set */
} product_view;

static product_view product_of(const val_lazy *l)
{
    product_view p = {0};
    if (l->kind == LAZY_FUNCSET) {
        p.dom = l->parts[0];
        p.all = l->parts[1];
    } else if (l->kind == LAZY_RECSET) {
        arena *scratch = &val__scratch.compare;
        val *names = arena_alloc(scratch, sizeof(val) * (l->n + 1));
        for (uint32_t i = 0; i < l->n; i++) names[i] = val_str(l->names[i]);
        p.dom = val_set_make(scratch, names, l->n);   /* the names are sorted as strings compare */
        p.comps = l->parts;
    } else {
        p.dom = val_interval_make(&val__scratch.compare, 1, l->n);
        p.comps = l->parts;
    }
    return p;
}

static val component(const product_view *p, uint32_t i) { return p->comps ? p->comps[i] : p->all; }

/* The number of components to compare one by one (1 when both are [S -> T]). */
static uint32_t components_to_compare(const product_view *x, const product_view *y)
{
    if (!x->comps && !y->comps) return 1;
    int64_t n;
    return val_cardinality(&val__scratch.compare, x->dom, &n) == VAL_OK ? (uint32_t)n : 1;
}

static int product_compare(const val_lazy *a, const val_lazy *b)
{
    product_view x = product_of(a), y = product_of(b);
    int c = val_compare(x.dom, y.dom);
    uint32_t n = c ? 0 : components_to_compare(&x, &y);
    for (uint32_t i = 0; i < n && !c; i++) c = val_compare(component(&x, i), component(&y, i));
    return c;
}

/* ---- the order ---------------------------------------------------------------------------------- */

static int cmp_i64(int64_t a, int64_t b) { return a < b ? -1 : a > b; }

static int cmp_ptr(const void *a, const void *b) { return a == b ? 0 : (uintptr_t)a < (uintptr_t)b ? -1 : 1; }

/* Sets of one size class that cannot be enumerated: by family, then by their parts. */
static int structure_compare(val a, val b)
{
    int fa = family(a), fb = family(b);
    if (fa != fb) return fa < fb ? -1 : 1;
    if (fa == FAM_EXPLICIT) return val__cmp_arrays(a.u.set->elems, a.u.set->n, b.u.set->elems, b.u.set->n);
    const val_lazy *x = a.u.lazy, *y = b.u.lazy;
    int c;
    switch (fa) {
    case FAM_INTERVAL: return (c = cmp_i64(x->lo, y->lo)) ? c : cmp_i64(x->hi, y->hi);
    case FAM_POWERSET: case FAM_SEQSET: case FAM_BIGUNION: return val_compare(x->parts[0], y->parts[0]);
    case FAM_PRODUCT: return product_compare(x, y);
    case FAM_CUP: case FAM_CAP: case FAM_MINUS:
        return (c = val_compare(x->parts[0], y->parts[0])) ? c : val_compare(x->parts[1], y->parts[1]);
    case FAM_FILTER: return (c = cmp_ptr(x->filter, y->filter)) ? c : val_compare(x->parts[0], y->parts[0]);
    default: return 0;   /* Nat, Int, STRING, ANY: one set each */
    }
}

static int compare_in_scratch(val a, val b)
{
    int64_t na, nb;
    size_class ca = size_of(a, &na), cb = size_of(b, &nb);
    if (ca != cb) return ca < cb ? -1 : 1;
    if (ca == SIZE_FINITE && na != nb) return na < nb ? -1 : 1;
    arena *scratch = &val__scratch.compare;
    val ea, eb;
    if (ca == SIZE_FINITE && val_enumerate(scratch, a, &ea) == VAL_OK && val_enumerate(scratch, b, &eb) == VAL_OK)
        return val__cmp_arrays(ea.u.set->elems, ea.u.set->n, eb.u.set->elems, eb.u.set->n);
    return structure_compare(a, b);
}

int val__set_compare(val a, val b)
{
    if (a.kind == VAL_LAZY && b.kind == VAL_LAZY && a.u.lazy == b.u.lazy) return 0;
    arena_mark mark = arena_save(&val__scratch.compare);
    int c = compare_in_scratch(a, b);
    arena_restore(&val__scratch.compare, mark);
    return c;
}

/* ---- equality ----------------------------------------------------------------------------------- */

static val_status product_equal(const val_lazy *a, const val_lazy *b, bool *out)
{
    product_view x = product_of(a), y = product_of(b);
    val_status st = val_equal_status(x.dom, y.dom, out);
    if (st || !*out) return st;
    uint32_t n = components_to_compare(&x, &y);
    for (uint32_t i = 0; i < n; i++)
        if ((st = val_equal_status(component(&x, i), component(&y, i), out)) || !*out) return st;
    return VAL_OK;
}

/* Nat and Int, which TLC compares with each other (and only with each other). */
static bool integer_family(int f) { return f == FAM_NAT || f == FAM_INT; }

/* Two non-empty sets that are not built alike and whose elements cannot be compared. TLC compares
 * such sets only when they are of one sort (Nat and Int, Seq(S) and Seq(T), [S -> T] and [U -> V],
 * ...); with a set of another sort (Seq({1}) = Nat, SUBSET Nat = [a : Nat]) it stops. */
static val_status structure_equal(val a, val b, bool *out)
{
    int fa = family(a), fb = family(b);
    if (!decidable_family(fa) || !decidable_family(fb)) return VAL_UNDECIDABLE;
    if (fa != fb) return integer_family(fa) && integer_family(fb) ? (*out = false, VAL_OK) : VAL_UNDECIDABLE;
    const val_lazy *x = a.u.lazy, *y = b.u.lazy;
    switch (fa) {
    case FAM_INTERVAL: return *out = x->lo == y->lo && x->hi == y->hi, VAL_OK;
    case FAM_POWERSET: case FAM_SEQSET: return val_equal_status(x->parts[0], y->parts[0], out);
    case FAM_PRODUCT: return product_equal(x, y, out);
    default: return *out = true, VAL_OK;   /* Nat, Int, STRING */
    }
}

/* [a : S, ...] and S \X T, which TLC compares by their elements only */
static bool listed_to_compare(val s)
{
    return s.kind == VAL_LAZY && (s.u.lazy->kind == LAZY_RECSET || s.u.lazy->kind == LAZY_PRODUCT);
}

static val_status equal_in_scratch(val a, val b, bool *out)
{
    int64_t na, nb;
    size_class ca = size_of(a, &na), cb = size_of(b, &nb);
    /* even with a set built alike: [a : Nat] = [a : Nat] stops TLC */
    if ((ca == SIZE_INFINITE && listed_to_compare(a)) || (cb == SIZE_INFINITE && listed_to_compare(b)))
        return VAL_UNDECIDABLE;
    if (structure_compare(a, b) == 0) return *out = true, VAL_OK;
    if (ca == SIZE_UNKNOWN || cb == SIZE_UNKNOWN) return VAL_UNDECIDABLE;
    /* TLC compares a set it cannot enumerate (an infinite one, Seq(S) even when S is empty) with
     * another such only: with any other it stops ({1} = Nat, Seq({}) = {}); two such by their sort
     * and parts (their sizes say nothing: Seq({}) against Seq({1})) */
    bool a_unlisted = ca == SIZE_INFINITE || family(a) == FAM_SEQSET;
    if (a_unlisted != (cb == SIZE_INFINITE || family(b) == FAM_SEQSET)) return VAL_UNDECIDABLE;
    if (a_unlisted) return structure_equal(a, b, out);
    if (ca != cb || na != nb) return *out = false, VAL_OK;
    val ea, eb;
    val_status st;
    if (ca == SIZE_FINITE && na <= VAL_MAX_ENUM) {
        arena *scratch = &val__scratch.compare;
        if ((st = val_enumerate(scratch, a, &ea)) || (st = val_enumerate(scratch, b, &eb))) return st;
        return val_equal_status(ea, eb, out);
    }
    return structure_equal(a, b, out);
}

/* An interval and an explicit set of integers (ack[p] = Proc), decided without
 * listing the interval: false when the set has members of another kind (left to the general way). */
static bool interval_equal(const val_lazy *iv, const val_set *s, bool *out)
{
    for (uint32_t i = 0; i < s->n; i++)
        if (s->elems[i].kind != VAL_INT) return false;
    int64_t span;
    if (__builtin_sub_overflow(iv->hi, iv->lo, &span)) return false;
    uint64_t n = iv->hi < iv->lo ? 0 : (uint64_t)span + 1;
    *out = n == s->n;
    for (uint32_t i = 0; *out && i < s->n; i++) *out = s->elems[i].u.i == iv->lo + (int64_t)i;
    return true;
}

val_status val__set_equal(val a, val b, bool *out)
{
    if (family(a) == FAM_ANY || family(b) == FAM_ANY) return VAL_UNDECIDABLE;   /* TLC compares ANY with nothing */
    if (a.kind == VAL_LAZY && b.kind == VAL_LAZY && a.u.lazy == b.u.lazy) return *out = true, VAL_OK;
    if (family(a) == FAM_INTERVAL && family(b) == FAM_INTERVAL) {   /* two made apart: DOMAIN f = 1..N */
        const val_lazy *x = a.u.lazy, *y = b.u.lazy;
        return *out = (x->hi < x->lo && y->hi < y->lo) || (x->lo == y->lo && x->hi == y->hi), VAL_OK;
    }
    if (family(a) == FAM_INTERVAL && b.kind == VAL_SET && interval_equal(a.u.lazy, b.u.set, out)) return VAL_OK;
    if (family(b) == FAM_INTERVAL && a.kind == VAL_SET && interval_equal(b.u.lazy, a.u.set, out)) return VAL_OK;
    arena_mark mark = arena_save(&val__scratch.compare);
    val_status st = equal_in_scratch(a, b, out);
    arena_restore(&val__scratch.compare, mark);
    return st;
}

/* ---- inclusion ---------------------------------------------------------------------------------- */

/* The kind of every element of a set of a decidable family. */
static val_kind element_kind(int fam)
{
    switch (fam) {
    case FAM_INTERVAL: case FAM_NAT: case FAM_INT: return VAL_INT;
    case FAM_STRING: return VAL_STR;
    case FAM_POWERSET: return VAL_SET;
    default: return VAL_FUNC;
    }
}

static val_status integers_subseteq(val x, val y, bool *out)
{
    int fx = family(x), fy = family(y);
    int64_t lo = fx == FAM_INTERVAL ? x.u.lazy->lo : fx == FAM_NAT ? 0 : INT64_MIN;
    int64_t hi = fx == FAM_INTERVAL ? x.u.lazy->hi : INT64_MAX;
    bool bounded = fx == FAM_INTERVAL;
    if (fy == FAM_INT) *out = true;
    else if (fy == FAM_NAT) *out = lo >= 0;
    else *out = bounded && lo >= y.u.lazy->lo && hi <= y.u.lazy->hi;
    return VAL_OK;
}

/* Is the domain D the interval 1..|D| (so that the functions on it are sequences)? */
static val_status is_one_to_n(val dom, bool *out)
{
    int64_t n;
    val_status st = val_cardinality(&val__scratch.compare, dom, &n);
    if (st == VAL_INFINITE || st == VAL_OVERFLOW) return *out = false, VAL_OK;
    if (st) return st;
    return val_equal_status(dom, val_interval_make(&val__scratch.compare, 1, n), out);
}

static val_status product_subseteq(arena *a, val x, val y, bool *out)
{
    product_view px = product_of(x.u.lazy);
    val_status st;
    if (y.u.lazy->kind == LAZY_SEQSET) {
        if ((st = is_one_to_n(px.dom, out)) || !*out) return st;
        if (!px.comps) return val_subseteq(a, px.all, y.u.lazy->parts[0], out);
        for (uint32_t i = 0; i < x.u.lazy->n; i++)
            if ((st = val_subseteq(a, px.comps[i], y.u.lazy->parts[0], out)) || !*out) return st;
        return VAL_OK;
    }
    product_view py = product_of(y.u.lazy);
    if ((st = val_equal_status(px.dom, py.dom, out)) || !*out) return st;
    uint32_t n = components_to_compare(&px, &py);
    for (uint32_t i = 0; i < n; i++)
        if ((st = val_subseteq(a, component(&px, i), component(&py, i), out)) || !*out) return st;
    return VAL_OK;
}

/* x \subseteq y for non-empty x and y of decidable families. */
static val_status family_subseteq(arena *a, val x, val y, bool *out)
{
    int fx = family(x), fy = family(y);
    if (element_kind(fx) != element_kind(fy)) return *out = false, VAL_OK;
    switch (element_kind(fx)) {
    case VAL_INT: return integers_subseteq(x, y, out);
    case VAL_STR: return *out = true, VAL_OK;
    case VAL_SET: return val_subseteq(a, x.u.lazy->parts[0], y.u.lazy->parts[0], out);
    default: break;
    }
    if (fx == FAM_SEQSET && fy == FAM_SEQSET) return val_subseteq(a, x.u.lazy->parts[0], y.u.lazy->parts[0], out);
    if (fx == FAM_SEQSET) return *out = false, VAL_OK;   /* <<>> and <<s>> have different domains */
    return product_subseteq(a, x, y, out);
}

/* Try `x \subseteq y`; true only when it is decided and holds. */
static bool surely_subseteq(arena *a, val x, val y)
{
    bool in;
    return val_subseteq(a, x, y, &in) == VAL_OK && in;
}

/* Unions, intersections, differences and filters: what their parts decide. */
static val_status composite_subseteq(arena *a, val x, val y, bool *out)
{
    if (y.kind == VAL_LAZY && y.u.lazy->kind == LAZY_ANY) return *out = true, VAL_OK;
    if (x.kind == VAL_LAZY) {
        const val_lazy *l = x.u.lazy;
        val_status st;
        switch (l->kind) {
        case LAZY_CUP:
            if ((st = val_subseteq(a, l->parts[0], y, out)) || !*out) return st;
            return val_subseteq(a, l->parts[1], y, out);
        case LAZY_BIGUNION:
            for (uint32_t i = 0; i < l->parts[0].u.set->n; i++)
                if ((st = val_subseteq(a, l->parts[0].u.set->elems[i], y, out)) || !*out) return st;
            return VAL_OK;
        case LAZY_CAP: case LAZY_MINUS: case LAZY_FILTER:   /* each is included in its first part */
            if (surely_subseteq(a, l->parts[0], y) || (l->kind == LAZY_CAP && surely_subseteq(a, l->parts[1], y)))
                return *out = true, VAL_OK;
            break;
        default: break;
        }
    }
    if (y.kind == VAL_LAZY && y.u.lazy->kind == LAZY_CAP) {
        val_status st = val_subseteq(a, x, y.u.lazy->parts[0], out);
        return st || !*out ? st : val_subseteq(a, x, y.u.lazy->parts[1], out);
    }
    if (y.kind == VAL_LAZY && y.u.lazy->kind == LAZY_CUP &&
        (surely_subseteq(a, x, y.u.lazy->parts[0]) || surely_subseteq(a, x, y.u.lazy->parts[1])))
        return *out = true, VAL_OK;
    return VAL_UNDECIDABLE;
}

val_status val__lazy_subseteq(arena *a, val x, val y, bool *out)
{
    arena_mark mark = arena_save(&val__scratch.compare);
    int64_t nx, ny;
    size_class cx = size_of(x, &nx), cy = size_of(y, &ny);
    val_status st;
    if ((cx == SIZE_FINITE && nx == 0) || structure_compare(x, y) == 0) st = (*out = true, VAL_OK);
    else if (cx != SIZE_UNKNOWN && cy == SIZE_FINITE && (cx != SIZE_FINITE || nx > ny)) st = (*out = false, VAL_OK);
    else if (decidable_family(family(x)) && decidable_family(family(y))) st = family_subseteq(a, x, y, out);
    else st = composite_subseteq(a, x, y, out);
    arena_restore(&val__scratch.compare, mark);
    return st;
}
