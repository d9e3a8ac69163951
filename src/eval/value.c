/* value.c - canonical values: model values, checked integer arithmetic, the total order, explicit
 * sets, functions, records and sequences. Lazy sets are in value_lazy.c. */
#include "value_internal.h"

#include <pthread.h>
#include <stdatomic.h>
#include <stdlib.h>
#include <string.h>

/* ---- model values: numbered by first use, ordered by their names' ranks (val_compare) ------------ */

/* A fixed table, so that readers (deserialising states) need no lock: an index is only ever read
 * after the value that carries it was made, which happened after the slot was written. */
enum { MAX_MODEL_VALUES = 1 << 16 };
static struct {
    pthread_mutex_t lock;
    atom names[MAX_MODEL_VALUES];
    uint32_t n;
} models = {.lock = PTHREAD_MUTEX_INITIALIZER};

val val_model(atom name)
{
    pthread_mutex_lock(&models.lock);
    uint32_t i = 0;
    while (i < models.n && models.names[i] != name) i++;
    if (i == models.n) {
        UTIL_ASSERT(models.n < MAX_MODEL_VALUES, "more than %d model values", MAX_MODEL_VALUES);
        models.names[models.n++] = name;
    }
    pthread_mutex_unlock(&models.lock);
    val v = {.kind = VAL_MODEL, .index = (uint16_t)i, .aux = util_intern_rank(name)};
    v.u.s = name;
    return v;
}

val val__model_at(uint32_t index)
{
    val v = {.kind = VAL_MODEL, .index = (uint16_t)index, .aux = util_intern_rank(models.names[index])};
    v.u.s = models.names[index];
    return v;
}

/* ---- integers ----------------------------------------------------------------------------------- */

/* TLC 2.20 holds integers in 32 bits and stops where a result leaves them (+ - * in value.h). */
static inline val_status int32_result(int64_t r, val *out)
{
    if (r != (int32_t)r) return VAL_OVERFLOW;
    *out = val_int(r);
    return VAL_OK;
}

/* The magnitude grows at each step (|a| >= 2), so the first step out of range is the result's. */
val_status val_int_pow(int64_t a, int64_t b, val *out)
{
    if (b < 0) return VAL_TYPE;
    int64_t r = 1;
    while (b-- > 0)
        if (__builtin_mul_overflow(r, a, &r) || r < INT32_MIN || r > INT32_MAX) return VAL_OVERFLOW;
    *out = val_int(r);
    return VAL_OK;
}

val_status val_int_div(int64_t a, int64_t b, val *out)
{
    if (b == 0) return VAL_DIV_ZERO;
    if (a == INT64_MIN && b == -1) return VAL_OVERFLOW;
    int64_t q = a / b;
    if ((a % b != 0) && ((a < 0) != (b < 0))) q--;
    return int32_result(q, out);
}

val_status val_int_mod(int64_t a, int64_t b, val *out)
{
    if (b == 0) return VAL_DIV_ZERO;
    int64_t r = a % b;
    if (r != 0 && ((r < 0) != (b < 0))) r += b;
    *out = val_int(r);
    return VAL_OK;
}

/* ---- order -------------------------------------------------------------------------------------- */

static int cmp_i64(int64_t a, int64_t b) { return a < b ? -1 : a > b; }
static int cmp_rank(uint32_t a, uint32_t b) { return a < b ? -1 : a > b; }

/* Model values come first: TLC's ModelValue is less than any other value. */
static int kind_rank(val v)
{
    switch (v.kind) {
    case VAL_MODEL: return 1;
    case VAL_BOOL: return 2;
    case VAL_INT: return 3;
    case VAL_STR: return 4;
    case VAL_SET: case VAL_LAZY: return 5;
    case VAL_SEQ: return 6;
    case VAL_FUNC: return 7;
    default: return 0;
    }
}

/* val_compare, with the common cases in line: the very same value (a number, an atom, a shared
 * payload) needs no look inside, and different scalars of one kind are compared without a call
 * (the members of tuples and records, in every binary search of a set of them). */
static inline int cmp_quick(val x, val y)
{
    if (x.kind == y.kind) {
        if (x.u.i == y.u.i) return 0;
        switch (x.kind) {
        case VAL_INT: return cmp_i64(x.u.i, y.u.i);
        case VAL_STR: return cmp_rank(x.aux, y.aux);
        case VAL_MODEL: return cmp_rank(x.aux, y.aux);
        case VAL_BOOL: return (int)x.u.b - (int)y.u.b;
        case VAL_SET: return val__cmp_arrays(x.u.set->elems, x.u.set->n, y.u.set->elems, y.u.set->n);
        case VAL_SEQ: return val__cmp_arrays(x.u.seq->elems, x.u.seq->n, y.u.seq->elems, y.u.seq->n);
        default: break;
        }
    }
    return val_compare(x, y);
}

/* The elements of a set or a sequence (the two payloads have one layout). */
static inline const val_seq *elems_of(const val *v) { return v->kind == VAL_SEQ ? v->u.seq : (const val_seq *)v->u.set; }

/* The order of a[0..n) and b[0..n), element by element: scalars of one kind and nested sets and
 * sequences (the members of sets of tuples, compared in every binary search of such a set) without
 * a call to val_compare, read in place. */
static int cmp_run(const val *a, const val *b, uint32_t n)
{
    for (const val *end = a + n; a < end; a++, b++) {
        int c;
        if (a->kind != b->kind) c = val_compare(*a, *b);
        else if (a->u.i == b->u.i) continue;   /* the same number, atom or payload */
        else switch (a->kind) {
            case VAL_INT: return a->u.i < b->u.i ? -1 : 1;
            case VAL_STR: case VAL_MODEL: c = cmp_rank(a->aux, b->aux); break;
            case VAL_BOOL: c = (int)a->u.b - (int)b->u.b; break;
            case VAL_SET: case VAL_SEQ: {
                const val_seq *p = elems_of(a), *q = elems_of(b);
                c = p->n != q->n ? (p->n < q->n ? -1 : 1) : cmp_run(p->elems, q->elems, p->n);
                break;
            }
            case VAL_FUNC: {   /* records: the domain (often the very same array), then the values */
                const val_fn *f = a->u.fn, *g = b->u.fn;
                if (f->n != g->n) return f->n < g->n ? -1 : 1;
                c = f->dom == g->dom ? 0 : cmp_run(f->dom, g->dom, f->n);
                if (!c && f->rng != g->rng) c = cmp_run(f->rng, g->rng, f->n);
                break;
            }
            default: c = val_compare(*a, *b); break;
            }
        if (c) return c;
    }
    return 0;
}

int val__cmp_arrays(const val *a, uint32_t na, const val *b, uint32_t nb)
{
    if (na != nb) return na < nb ? -1 : 1;
    return a == b ? 0 : cmp_run(a, b, na);
}

static inline bool is_scalar(const val *v) { return v->kind >= VAL_BOOL && v->kind <= VAL_MODEL; }
static inline bool is_listed(const val *v) { return v->kind == VAL_SEQ || v->kind == VAL_SET; }

/* Two scalars of one kind whose payloads differ. */
static inline int cmp_scalars(const val *a, const val *b)
{
    if (a->kind == VAL_INT) return a->u.i < b->u.i ? -1 : 1;
    if (a->kind == VAL_BOOL) return (int)a->u.b - (int)b->u.b;
    return cmp_rank(a->aux, b->aux);
}

/* cmp_run, in line while the pairs are scalars of one kind; *generic is set where it is not. */
static inline int cmp_flat_run(const val *a, const val *b, uint32_t n, bool *generic)
{
    for (uint32_t i = 0; i < n; i++) {
        if (a[i].kind != b[i].kind || !is_scalar(&a[i])) return *generic = true, cmp_run(a + i, b + i, n - i);
        if (a[i].u.i == b[i].u.i) continue;
        int c = cmp_scalars(&a[i], &b[i]);
        if (c) return c;
    }
    return 0;
}

/* A sorted domain holds only scalars when its ends are scalars (sorted by kind: model values,
 * Booleans, integers, strings, then the rest). */
static inline bool scalar_ends(const val_fn *f)
{
    return !f->n || (is_scalar(&f->dom[0]) && is_scalar(&f->dom[f->n - 1]));
}

/* cmp_run for two functions (records: the messages of a set of them, looked for in every type
 * invariant), their domains then their values in line while they are scalars of one kind. As
 * cmp_member's, *generic is left unset where val_equal_status stops without an error: at sizes that
 * differ, or at the first pair of scalars of one kind that differ after pairs of equal scalars (a
 * domain shared, as records of one shape share theirs, counts as such pairs when it holds only
 * scalars). */
static inline int cmp_records(const val_fn *f, const val_fn *g, bool *generic)
{
    if (f->n != g->n) return f->n < g->n ? -1 : 1;
    int c = 0;
    if (f->dom != g->dom) c = cmp_flat_run(f->dom, g->dom, f->n, generic);
    else if (!scalar_ends(f)) *generic = true;
    if (c) return c;
    if (f->rng == g->rng) return *generic = true, 0;   /* the same values: no pair that differs */
    return cmp_flat_run(f->rng, g->rng, f->n, generic);
}

/* cmp_run(a, b, 1) for a set's member against the value looked for: tuples (or sets) of scalars
 * and of tuples of scalars, the usual members of sets tested in every state (edges of a graph,
 * pairs of pairs), are walked in line without a call per level. *generic is set when a pair was
 * left to cmp_run (other kinds, or kinds that differ); otherwise the answer came from the first
 * pair of scalars, or of lengths, that differ, where val_equal_status stops too. */
static inline int cmp_member(const val *a, const val *b, bool *generic)
{
    if (a->kind == VAL_FUNC && b->kind == VAL_FUNC) return cmp_records(a->u.fn, b->u.fn, generic);
    if (a->kind != b->kind || !is_listed(a)) return *generic = true, cmp_run(a, b, 1);
    if (a->u.i == b->u.i) return 0;
    const val_seq *p = elems_of(a), *q = elems_of(b);
    if (p->n != q->n) return p->n < q->n ? -1 : 1;
    for (uint32_t i = 0; i < p->n; i++) {
        const val *x = &p->elems[i], *y = &q->elems[i];
        int c;
        if (x->kind != y->kind || !(is_scalar(x) || is_listed(x))) return *generic = true, cmp_run(x, y, p->n - i);
        if (x->u.i == y->u.i) {   /* equal; val_equal_status would walk a shared payload all the same */
            *generic |= is_listed(x);
            continue;
        }
        if (is_scalar(x)) c = cmp_scalars(x, y);
        else {
            const val_seq *r = elems_of(x), *t = elems_of(y);
            c = r->n != t->n ? (r->n < t->n ? -1 : 1) : cmp_flat_run(r->elems, t->elems, r->n, generic);
        }
        if (c) return c;
    }
    return 0;
}

int val_compare(val a, val b)
{
    if (a.kind != b.kind) {
        int ra = kind_rank(a), rb = kind_rank(b);
        if (ra != rb) return ra < rb ? -1 : 1;
    }
    switch (a.kind) {
    case VAL_BOOL: return (int)a.u.b - (int)b.u.b;
    case VAL_INT: return cmp_i64(a.u.i, b.u.i);
    case VAL_STR: return cmp_rank(a.aux, b.aux);   /* ranks: one per atom */
    case VAL_MODEL:   /* by name, as TLC's ModelValue: by its UniqueString id */
        return cmp_rank(a.aux, b.aux);
    case VAL_SET: case VAL_LAZY:
        if (a.kind == VAL_SET && b.kind == VAL_SET)
            return val__cmp_arrays(a.u.set->elems, a.u.set->n, b.u.set->elems, b.u.set->n);
        return val__set_compare(a, b);
    case VAL_SEQ: return val__cmp_arrays(a.u.seq->elems, a.u.seq->n, b.u.seq->elems, b.u.seq->n);
    case VAL_FUNC: {
        int c = val__cmp_arrays(a.u.fn->dom, a.u.fn->n, b.u.fn->dom, b.u.fn->n);
        return c ? c : val__cmp_arrays(a.u.fn->rng, a.u.fn->n, b.u.fn->rng, b.u.fn->n);
    }
    default: return 0;
    }
}

bool val_equal(val a, val b)
{
    if (a.kind != b.kind && !(val_is_set(a) && val_is_set(b))) return false;
    switch (a.kind) {
    case VAL_BOOL: return a.u.b == b.u.b;
    case VAL_INT: return a.u.i == b.u.i;
    case VAL_STR: case VAL_MODEL: return a.u.s == b.u.s;
    default: return val_compare(a, b) == 0;
    }
}

/* Part by part up to the first unequal one; parts that are scalars of one kind in line, and parts
 * that share a payload known to hold no lazy set (an unchanged variable's value on both sides). */
static val_status all_equal(const val *a, const val *b, uint32_t n, bool *out)
{
    *out = true;
    for (uint32_t i = 0; i < n && *out; i++) {
        val x = a[i], y = b[i];
        if (x.kind == y.kind && x.kind >= VAL_INT && x.kind <= VAL_MODEL) {   /* u.s: interned atoms */
            *out = x.u.i == y.u.i;
            continue;
        }
        if (x.kind == y.kind && x.u.i == y.u.i && (x.aux & VAL_AUX_PLAIN)) continue;
        val_status st = val_equal_status(x, y, out);
        if (st) return st;
    }
    return VAL_OK;
}

/* Is the explicit set s the interval l? (`ack[p] = Procs` with Procs == 1..N) Sorted by kind first,
 * s holds only integers when its ends are integers, and then the interval's when it has its size. */
bool val_listed_is_interval(const val_set *s, const val_lazy *l)
{
    if (l->hi < l->lo) return !s->n;
    if ((uint64_t)l->hi - (uint64_t)l->lo != (uint64_t)s->n - 1 || !s->n) return false;
    return s->elems[0].kind == VAL_INT && s->elems[s->n - 1].kind == VAL_INT && s->elems[0].u.i == l->lo &&
           s->elems[s->n - 1].u.i == l->hi;
}

/* a and b are of different kinds, not both sets. TLC's equality is FALSE when one is a model value,
 * or when a sequence and another function differ in size (<<>> = [a |-> 1]) or in an integer of
 * their domains; any other pair it refuses (1 = "a", [a |-> 1] = <<1>>). */
static val_status unequal_kinds(val a, val b, bool *out)
{
    *out = false;
    if (a.kind == VAL_MODEL || b.kind == VAL_MODEL) return VAL_OK;
    if (!val_is_func(a) || !val_is_func(b)) return VAL_INCOMPARABLE;
    const val_fn *f = a.kind == VAL_FUNC ? a.u.fn : b.u.fn;
    uint32_t len = a.kind == VAL_SEQ ? a.u.seq->n : b.u.seq->n;
    if (f->n != len) return VAL_OK;
    return f->dom[0].kind == VAL_INT || f->dom[0].kind == VAL_MODEL ? VAL_OK : VAL_INCOMPARABLE;
}

/* s = l, where TLC compares their elements in order when their sizes agree: a first element that is
 * neither an integer nor a model value stops it ({"a"} = 1..1). */
static val_status compare_with_interval(const val_set *s, const val_lazy *l, bool *out)
{
    *out = val_listed_is_interval(s, l);
    bool same_size = l->hi >= l->lo && (uint64_t)l->hi - (uint64_t)l->lo == (uint64_t)s->n - 1;
    if (!*out && same_size && s->elems[0].kind != VAL_INT && s->elems[0].kind != VAL_MODEL) return VAL_INCOMPARABLE;
    return VAL_OK;
}

/* all_equal of f's and g's domains (of one size): a domain of scalars they share (a record's names,
 * kept for the run) equals itself pair by pair, without an error, and is not walked. */
static inline val_status domains_equal(const val_fn *f, const val_fn *g, bool *out)
{
    if (f->dom == g->dom && scalar_ends(f)) return *out = true, VAL_OK;
    return all_equal(f->dom, g->dom, f->n, out);
}

val_status val_equal_status(val a, val b, bool *out)
{
    if (a.kind == b.kind && a.u.i == b.u.i && (a.aux & VAL_AUX_PLAIN)) return *out = true, VAL_OK;   /* one payload */
    if (a.kind != b.kind && !(val_is_set(a) && val_is_set(b))) return unequal_kinds(a, b, out);
    switch (a.kind) {
    case VAL_SET: case VAL_LAZY:
        if (a.kind == VAL_SET && b.kind == VAL_LAZY && b.u.lazy->kind == LAZY_INTERVAL)
            return compare_with_interval(a.u.set, b.u.lazy, out);
        if (b.kind == VAL_SET && a.kind == VAL_LAZY && a.u.lazy->kind == LAZY_INTERVAL)
            return compare_with_interval(b.u.set, a.u.lazy, out);
        if (a.kind == VAL_LAZY || b.kind == VAL_LAZY) return val__set_equal(a, b, out);
        if (a.u.set->n != b.u.set->n) return *out = false, VAL_OK;
        return all_equal(a.u.set->elems, b.u.set->elems, a.u.set->n, out);
    case VAL_SEQ:
        if (a.u.seq->n != b.u.seq->n) return *out = false, VAL_OK;
        return all_equal(a.u.seq->elems, b.u.seq->elems, a.u.seq->n, out);
    case VAL_FUNC: {
        if (a.u.fn->n != b.u.fn->n) return *out = false, VAL_OK;
        val_status st = domains_equal(a.u.fn, b.u.fn, out);
        if (st || !*out) return st;
        return all_equal(a.u.fn->rng, b.u.fn->rng, a.u.fn->n, out);
    }
    default: return *out = val_equal(a, b), VAL_OK;
    }
}

val_status val_equal_except_at(val a, val f, uint32_t at, val v, bool *out)
{
    /* the copy is a payload of its own (no shortcut by payload), f's domain and its other values */
    const val *x, *y;
    uint32_t n;
    if (a.kind == VAL_SEQ) {
        if (a.u.seq->n != f.u.seq->n) return *out = false, VAL_OK;
        x = a.u.seq->elems, y = f.u.seq->elems, n = a.u.seq->n;
    } else {
        if (a.u.fn->n != f.u.fn->n) return *out = false, VAL_OK;
        val_status st = domains_equal(a.u.fn, f.u.fn, out);
        if (st || !*out) return st;
        x = a.u.fn->rng, y = f.u.fn->rng, n = a.u.fn->n;
    }
    val_status st = all_equal(x, y, at, out);
    if (st || !*out) return st;
    st = all_equal(x + at, &v, 1, out);
    if (st || !*out) return st;
    return all_equal(x + at + 1, y + at + 1, n - at - 1, out);
}

/* How a run of pairs compares for val_equal_status, up to its first unequal pair. */
enum { RUN_EQUAL, RUN_UNEQUAL, RUN_REFUSED, RUN_FAILED };

/* val_equal_status over a[0..n) and b[0..n) in order, as all_equal walks them: scalars of one kind,
 * and explicit sets and sequences of one kind, in line; other pairs by val_equal_status. */
static int equal_run(const val *a, const val *b, uint32_t n)
{
    for (const val *end = a + n; a < end; a++, b++) {
        if (a->kind == b->kind && is_scalar(a)) {
            if (a->kind == VAL_BOOL ? a->u.b != b->u.b : a->u.i != b->u.i) return RUN_UNEQUAL;
            continue;
        }
        if (a->kind == b->kind && is_listed(a)) {
            const val_seq *p = elems_of(a), *q = elems_of(b);
            if (p->n != q->n) return RUN_UNEQUAL;
            int r = equal_run(p->elems, q->elems, p->n);
            if (r != RUN_EQUAL) return r;
            continue;
        }
        if (a->kind == b->kind && a->kind == VAL_FUNC) {   /* the domains, then the values */
            const val_fn *f = a->u.fn, *g = b->u.fn;
            if (f->n != g->n) return RUN_UNEQUAL;
            int r = equal_run(f->dom, g->dom, f->n);
            if (r == RUN_EQUAL) r = equal_run(f->rng, g->rng, f->n);
            if (r != RUN_EQUAL) return r;
            continue;
        }
        bool eq;
        val_status st = val_equal_status(*a, *b, &eq);
        if (st) return st == VAL_INCOMPARABLE ? RUN_REFUSED : RUN_FAILED;
        if (!eq) return RUN_UNEQUAL;
    }
    return RUN_EQUAL;
}

val_status val__equal_error(val x, val y)
{
    int r = equal_run(&x, &y, 1);
    return r == RUN_REFUSED ? VAL_INCOMPARABLE : r == RUN_FAILED ? VAL_UNDECIDABLE : VAL_OK;
}

/* TLC compares values of the same kind; model values may be compared with anything; sets,
 * functions and sequences are compared structurally (a sequence is a function). */
bool val_comparable(val a, val b)
{
    if (a.kind == VAL_MODEL || b.kind == VAL_MODEL) return true;
    if (val_is_set(a) && val_is_set(b)) return true;
    if (val_is_func(a) && val_is_func(b)) return true;
    /* strings are sequences of characters for TLC only when both are strings */
    return a.kind == b.kind;
}

/* ---- explicit sets ------------------------------------------------------------------------------ */

static int qsort_cmp(const void *x, const void *y) { return val_compare(*(const val *)x, *(const val *)y); }

static const val_set empty_set_payload = {0};

val val_empty_set(void)
{
    val v = {.kind = VAL_SET, .aux = VAL_AUX_PLAIN};   /* it holds no lazy set: decoded or made, one value */
    v.u.set = &empty_set_payload;
    return v;
}

/* Already sorted and duplicate-free elements become a set without copying the check. */
static val set_from_sorted(arena *a, const val *elems, size_t n)
{
    if (n == 0) return val_empty_set();
    val_set *s = arena_alloc(a, sizeof(val_set) + n * sizeof(val));
    s->n = (uint32_t)n;
    memcpy(s->elems, elems, n * sizeof(val));
    val v = {.kind = VAL_SET};
    v.u.set = s;
    return v;
}

enum { SMALL_SORT = 8 };   /* below this, insertion sort beats qsort's indirect calls */

/* Sort elems[from..n) into the sorted run elems[0..from), dropping duplicates; returns the count. */
static size_t insert_sorted(val *elems, size_t from, size_t n)
{
    size_t k = from;
    for (size_t i = from; i < n; i++) {
        val x = elems[i];
        size_t j = k;
        int c = 1;
        while (j > 0 && (c = val_compare(elems[j - 1], x)) > 0) j--;
        if (j > 0 && c == 0) continue;
        memmove(elems + j + 1, elems + j, (k - j) * sizeof(val));
        elems[j] = x;
        k++;
    }
    return k;
}

val val_set_make(arena *a, val *elems, size_t n)
{
    if (n > 1) {
        size_t run = 1;   /* the sorted prefix, usually all of it */
        while (run < n && val_compare(elems[run - 1], elems[run]) < 0) run++;
        if (run < n && n <= SMALL_SORT) {
            n = insert_sorted(elems, run, n);
        } else if (run < n) {
            qsort(elems, n, sizeof(val), qsort_cmp);
            size_t k = 1;
            for (size_t i = 1; i < n; i++)
                if (val_compare(elems[k - 1], elems[i]) != 0) elems[k++] = elems[i];
            n = k;
        }
    }
    return set_from_sorted(a, elems, n);
}

val val_set_from_sorted(arena *a, const val *elems, size_t n) { return set_from_sorted(a, elems, n); }

val val_boolean_set(arena *a)
{
    val b[2] = {val_bool(false), val_bool(true)};
    return set_from_sorted(a, b, 2);
}

/* Where x would be in a sorted array of distinct values that runs over consecutive integers or over
 * a grid of pairs of them (0..N-1, Node \X Node: the domains of most functions, the sets of many
 * memberships), checked: the index of x when the guess finds it there, else -1 (then a binary search
 * decides). Only the check decides: the members are distinct, so an index in range whose member
 * equals x is x's, whatever the guess was made from (the ends' parts are read as numbers unchecked:
 * a part of another kind only makes a wrong guess, which the check rejects). */
static inline int64_t guess_index(const val *elems, uint32_t n, val x)
{
    if (!n || x.kind != elems[0].kind || elems[n - 1].kind != x.kind) return -1;
    if (x.kind == VAL_INT) {
        uint64_t k = (uint64_t)x.u.i - (uint64_t)elems[0].u.i;
        return k < n && elems[k].u.i == x.u.i && elems[k].kind == VAL_INT ? (int64_t)k : -1;
    }
    if (x.kind != VAL_SEQ || x.u.seq->n != 2 || elems[0].u.seq->n != 2 || elems[n - 1].u.seq->n != 2) return -1;
    const val *lo = elems[0].u.seq->elems, *hi = elems[n - 1].u.seq->elems, *p = x.u.seq->elems;
    uint64_t row = (uint64_t)p[0].u.i - (uint64_t)lo[0].u.i, col = (uint64_t)p[1].u.i - (uint64_t)lo[1].u.i;
    uint64_t k = row * ((uint64_t)hi[1].u.i - (uint64_t)lo[1].u.i + 1) + col;   /* wraps: then out of range */
    if (k >= n || elems[k].kind != VAL_SEQ || elems[k].u.seq->n != 2) return -1;
    const val *at = elems[k].u.seq->elems;
    return at[0].u.i == p[0].u.i && at[1].u.i == p[1].u.i && at[0].kind == VAL_INT && at[1].kind == VAL_INT &&
                   p[0].kind == VAL_INT && p[1].kind == VAL_INT
               ? (int64_t)k
               : -1;
}

/* x among s's members from index lo to hi (those outside known to be less than x below, greater
 * above) by a binary search: true when there, *at its index; else *at its place. */
static bool member_search_between(const val_set *s, uint32_t lo, uint32_t hi, val x, uint32_t *at)
{
    while (lo < hi) {
        uint32_t mid = lo + (hi - lo) / 2;
        bool generic = false;   /* not needed here */
        int c = cmp_member(&s->elems[mid], &x, &generic);
        if (c == 0) return *at = mid, true;
        if (c < 0) lo = mid + 1;
        else hi = mid;
    }
    *at = lo;
    return false;
}

static bool member_search_from(const val_set *s, uint32_t lo, val x, uint32_t *at)
{
    return member_search_between(s, lo, s->n, x, at);
}

static bool member_search(const val_set *s, val x, uint32_t *at) { return member_search_from(s, 0, x, at); }

/* x in an explicit set: scanned when small and x a number or atom, else guessed, then searched. */
static bool set_has(const val_set *s, val x)
{
    if (x.kind >= VAL_INT && x.kind <= VAL_MODEL && s->n <= VAL_SCAN) {
        /* equal to x: of its kind, with its number or atom */
        for (uint32_t i = 0; i < s->n; i++)
            if (s->elems[i].u.i == x.u.i && s->elems[i].kind == x.kind) return true;
        return false;
    }
    if ((x.kind == VAL_INT || x.kind == VAL_SEQ) && guess_index(s->elems, s->n, x) >= 0) return true;   /* the kinds it guesses */
    uint32_t at;
    return member_search(s, x, &at);
}

bool val__explicit_member(val set, val x) { return set_has(set.u.set, x); }

/* Are all of xs[0..n) (sorted as a set's members) among s's members from lo to hi? The middle one is
 * searched for, then the smaller ones below its place and the larger above it: m look-ups in a set
 * of k members take about m log(k/m) comparisons rather than m log k. */
static bool has_all_between(const val_set *s, uint32_t lo, uint32_t hi, const val *xs, uint32_t n)
{
    while (n) {
        uint32_t mid = n / 2, at;
        if (!member_search_between(s, lo, hi, xs[mid], &at)) return false;
        if (!has_all_between(s, lo, at, xs, mid)) return false;
        lo = at + 1;
        xs += mid + 1;
        n -= mid + 1;
    }
    return true;
}

bool val__explicit_has_all(val set, const val *xs, uint32_t n)
{
    for (uint32_t i = 0; i < n; i++)
        if (xs[i].kind == VAL_LAZY) return false;   /* member_explicit's own way */
    return has_all_between(set.u.set, 0, set.u.set->n, xs, n);
}

/* x is not in the explicit set s, which is sorted by kind, so has its kinds at its ends: TLC,
 * looking for x, compares it with members and stops with an error at one of another kind ("a" \in
 * {1}, <<"a">> \in {<<1>>}). Where x and an end first differ in a pair of scalars or in a length,
 * they are unequal for val_equal_status without an error, and it need not be asked. */
static val_status unfound_comparable(val x, const val_set *s)
{
    val_status st = VAL_OK;
    uint32_t ends = s->n < 2 ? s->n : 2;
    for (uint32_t i = 0; i < ends && !st; i++) {
        const val *end = &s->elems[i ? s->n - 1 : 0];
        bool generic = false;
        cmp_member(end, &x, &generic);
        if (generic) st = val__equal_error(x, *end);
    }
    return st == VAL_INCOMPARABLE ? st : VAL_OK;
}

val_status val__explicit_find(val set, val x, bool *out)
{
    /* a model value is compared with anything */
    return (*out = set_has(set.u.set, x)) || x.kind == VAL_MODEL ? VAL_OK : unfound_comparable(x, set.u.set);
}

/* member_search_from for a caller whose values ascend: x is usually at `from` or just after it (the
 * next member, or one passed over), so the search looks there first and doubles its step. */
static bool member_gallop(const val_set *s, uint32_t from, val x, uint32_t *at)
{
    uint32_t below = from, step = 1;   /* the members before `below` are less than x */
    while (below < s->n) {
        uint32_t probe = s->n - below > step ? below + step - 1 : s->n - 1;
        bool generic = false;   /* not needed here */
        int c = cmp_member(&s->elems[probe], &x, &generic);
        if (c == 0) return *at = probe, true;
        if (c > 0) return member_search_between(s, below, probe, x, at);
        below = probe + 1;
        step *= 2;
    }
    *at = below;
    return false;
}

val_status val_member_from(val set, val x, bool misses_comparable, uint32_t *from, bool *out)
{
    uint32_t at;
    *out = member_gallop(set.u.set, *from, x, &at);
    *from = at + *out;
    return *out || misses_comparable || x.kind == VAL_MODEL ? VAL_OK : unfound_comparable(x, set.u.set);
}

/* Is the tuple x's comparison with the member e decided by x's items before place `at`, without a
 * refusal, as cmp_member walks them: by the lengths, or by the first pair of items that differ,
 * scalars of one kind or tuples of such scalars? */
static bool decided_before(const val *e, val x, uint32_t at)
{
    if (e->kind != VAL_SEQ || e->u.seq == x.u.seq) return false;
    const val_seq *p = e->u.seq, *q = x.u.seq;
    if (p->n != q->n) return true;
    for (uint32_t i = 0; i < at; i++) {
        const val *a = &p->elems[i], *b = &q->elems[i];
        if (a->kind != b->kind || !(is_scalar(a) || is_listed(a))) return false;
        if (a->u.i == b->u.i) {
            if (is_listed(a)) return false;   /* cmp_member's generic: val_equal_status decides */
            continue;
        }
        bool generic = false;
        int c = 1;
        if (is_scalar(a)) c = cmp_scalars(a, b);
        else if (elems_of(a)->n == elems_of(b)->n)
            c = cmp_flat_run(elems_of(a)->elems, elems_of(b)->elems, elems_of(a)->n, &generic);
        if (generic) return false;
        if (c) return true;
    }
    return false;
}

bool val_misses_comparable(val set, val x, uint32_t at)
{
    const val_set *s = set.u.set;
    return !s->n || (decided_before(&s->elems[0], x, at) && decided_before(&s->elems[s->n - 1], x, at));
}

typedef VEC(val) val_vec;

bool val_any_lazy(val v, bool (*pred)(const val_lazy *))
{
    switch (v.kind) {
    case VAL_SET:
        for (uint32_t i = 0; i < v.u.set->n; i++)
            if (val_any_lazy(v.u.set->elems[i], pred)) return true;
        return false;
    case VAL_SEQ:
        for (uint32_t i = 0; i < v.u.seq->n; i++)
            if (val_any_lazy(v.u.seq->elems[i], pred)) return true;
        return false;
    case VAL_FUNC:
        for (uint32_t i = 0; i < v.u.fn->n; i++)
            if (val_any_lazy(v.u.fn->dom[i], pred) || val_any_lazy(v.u.fn->rng[i], pred)) return true;
        return false;
    case VAL_LAZY: return pred(v.u.lazy);
    default: return false;
    }
}

/* The kinds TLC compares with each other: sets with sets, functions (sequences, records) with
 * functions, model values with anything. */
static int kind_class(val v) { return val_is_set(v) ? VAL_SET : val_is_func(v) ? VAL_FUNC : (int)v.kind; }

static bool kinds_clash(val a, val b)
{
    return a.kind != VAL_MODEL && b.kind != VAL_MODEL && kind_class(a) != kind_class(b);
}

bool val_kinds_clash(const val *vs, size_t n, val *a, val *b)
{
    const val *first = NULL;
    for (size_t i = 0; i < n; i++) {
        if (vs[i].kind == VAL_MODEL) continue;
        if (!first) first = &vs[i];
        else if (kinds_clash(*first, vs[i])) return *a = *first, *b = vs[i], true;
    }
    return false;
}

/* ---- where TLC's comparisons stop: parts of kinds it refuses to compare ------------------------ */

typedef enum { WALK_SAME, WALK_DIFFERS, WALK_CLASH } clash_walk;

static clash_walk walk_pair(val x, val y, val *px, val *py);

static clash_walk walk_run(const val *x, const val *y, uint32_t n, val *px, val *py)
{
    for (uint32_t i = 0; i < n; i++) {
        clash_walk r = walk_pair(x[i], y[i], px, py);
        if (r != WALK_SAME) return r;
    }
    return WALK_SAME;
}

/* x against y as TLC's compareTo and equals walk them: sizes, then parts in order (a function's
 * argument, then its value), up to the first unequal pair; WALK_CLASH, with that pair in *px and *py,
 * where its kinds are ones TLC refuses to compare. A sequence against another function and lazy sets
 * count as unequal here (val_equal_status judges those). */
static clash_walk walk_pair(val x, val y, val *px, val *py)
{
    if (x.kind == VAL_MODEL || y.kind == VAL_MODEL) return val_equal(x, y) ? WALK_SAME : WALK_DIFFERS;
    if (kinds_clash(x, y)) return *px = x, *py = y, WALK_CLASH;
    if (x.kind != y.kind || x.kind == VAL_LAZY) return WALK_DIFFERS;
    switch (x.kind) {
    case VAL_SET: case VAL_SEQ: {
        const val_seq *p = elems_of(&x), *q = elems_of(&y);
        if (p->n != q->n) return WALK_DIFFERS;
        return p == q ? WALK_SAME : walk_run(p->elems, q->elems, p->n, px, py);
    }
    case VAL_FUNC: {
        const val_fn *f = x.u.fn, *g = y.u.fn;
        if (f->n != g->n) return WALK_DIFFERS;
        for (uint32_t i = 0; i < f->n; i++) {
            clash_walk r = walk_pair(f->dom[i], g->dom[i], px, py);
            if (r == WALK_SAME) r = walk_pair(f->rng[i], g->rng[i], px, py);
            if (r != WALK_SAME) return r;
        }
        return WALK_SAME;
    }
    default: return val_equal(x, y) ? WALK_SAME : WALK_DIFFERS;
    }
}

bool val_clash_parts(val x, val y, val *px, val *py) { return walk_pair(x, y, px, py) == WALK_CLASH; }

/* Sorted, the members clash only where two neighbours do: the members between two that clash agree
 * with them up to the clashing part, whose kind changes between some two neighbours. */
bool val_members_clash(val s, val *a, val *b)
{
    if (s.kind != VAL_SET || s.u.set->n < 2) return false;
    const val_set *m = s.u.set;
    if (m->elems[m->n - 1].kind < VAL_SET) return false;   /* sorted by kind: no containers */
    for (uint32_t i = 1; i < m->n; i++) {
        val pa, pb;
        if (walk_pair(m->elems[i - 1], m->elems[i], &pa, &pb) == WALK_CLASH)
            return *a = m->elems[i - 1], *b = m->elems[i], true;
    }
    return false;
}

/* Two nonempty sets, each sorted by kind, that TLC could not merge into one sorted set ({1} \cup {"a"}). */
static bool members_clash(const val_set *s, const val_set *t)
{
    return s->n && t->n &&
           (kinds_clash(s->elems[0], t->elems[0]) || kinds_clash(s->elems[s->n - 1], t->elems[t->n - 1]));
}

/* x \cup {e}, x explicit and not empty: e's place found by a binary search and x copied around it,
 * as the merge below would (x itself when e is there: Send's `msgs \cup {m}` of a message sent
 * before). */
static val insert_member(arena *a, val x, val e)
{
    const val_set *s = x.u.set;
    uint32_t lo;
    bool small = s->n <= VAL_SCAN;
    if (small && is_scalar(&e)) {   /* a few members: e's place by a scan, compared in line */
        int c = 1;
        for (lo = 0; lo < s->n && (c = cmp_quick(s->elems[lo], e)) < 0; lo++) {}
        if (!c) return x;
    } else if (member_search(s, e, &lo)) {
        return x;
    }
    val_set *u = arena_alloc(a, sizeof(val_set) + sizeof(val) * (s->n + 1));
    u->n = s->n + 1;
    if (small) {   /* copied in line, without memcpy's two calls */
        for (uint32_t i = 0; i < lo; i++) u->elems[i] = s->elems[i];
        for (uint32_t i = lo; i < s->n; i++) u->elems[i + 1] = s->elems[i];
    } else {
        memcpy(u->elems, s->elems, lo * sizeof(val));
        memcpy(u->elems + lo + 1, s->elems + lo, (s->n - lo) * sizeof(val));
    }
    u->elems[lo] = e;
    val v = {.kind = VAL_SET};
    v.u.set = u;
    return v;
}

val_status val_set_union(arena *a, val x, val y, val *out)
{
    if (!val_is_set(x) || !val_is_set(y)) return VAL_TYPE;
    if (x.kind != VAL_SET || y.kind != VAL_SET) {   /* a lazy operand */
        if (val_is_infinite(a, x) || val_is_infinite(a, y)) return *out = val__lazy_binop(a, LAZY_CUP, x, y), VAL_OK;
        val_status st;
        if ((st = val_enumerate(a, x, &x)) || (st = val_enumerate(a, y, &y))) return st;
    }
    const val_set *s = x.u.set, *t = y.u.set;
    if (!t->n) return *out = x, VAL_OK;   /* values are immutable: the operand itself */
    if (!s->n) return *out = y, VAL_OK;
    if (members_clash(s, t)) return VAL_INCOMPARABLE;
    if (t->n == 1) return *out = insert_member(a, x, t->elems[0]), VAL_OK;
    val_set *u = arena_alloc(a, sizeof(val_set) + sizeof(val) * (s->n + t->n));   /* merged in place */
    uint32_t i = 0, j = 0, k = 0;
    while (i < s->n && j < t->n) {
        int c = cmp_quick(s->elems[i], t->elems[j]);
        if (c < 0) u->elems[k++] = s->elems[i++];
        else if (c > 0) u->elems[k++] = t->elems[j++];
        else u->elems[k++] = s->elems[i++], j++;
    }
    while (i < s->n) u->elems[k++] = s->elems[i++];
    while (j < t->n) u->elems[k++] = t->elems[j++];
    /* y within x (`@ \cup {k}` with k there already), or x within y: that operand, the very value,
     * which a successor's serialisation copies from its predecessor's bytes */
    if (k == s->n) return *out = x, VAL_OK;
    if (k == t->n) return *out = y, VAL_OK;
    u->n = k;
    *out = (val){.kind = VAL_SET};
    out->u.set = u;
    return VAL_OK;
}

/* Has the explicit set s a lazy member (one that may equal a listed member of another form)? */
static bool has_lazy_member(const val_set *s)
{
    for (uint32_t i = 0; i < s->n; i++)
        if (s->elems[i].kind == VAL_LAZY) return true;
    return false;
}

/* Is every member of the explicit set s of e's kind, not a set's? s is sorted by kind (sets and lazy
 * sets rank alike, every other kind apart), so its ends say; then none is lazy and none clashes with e. */
static bool all_of_kind(const val_set *s, val e)
{
    return e.kind != VAL_SET && e.kind != VAL_LAZY && s->n && s->elems[0].kind == e.kind &&
           s->elems[s->n - 1].kind == e.kind;
}

/* The explicit set x without its member at index i (most often the least: one copy then). */
static val without_index(arena *a, val x, uint32_t i)
{
    const val_set *s = x.u.set;
    if (s->n == 1) return val_empty_set();
    val_set *r = arena_alloc(a, sizeof(val_set) + (s->n - 1) * sizeof(val));
    r->n = s->n - 1;
    if (s->n <= VAL_SCAN) {   /* copied in line, without memcpy's two calls */
        for (uint32_t j = 0; j < i; j++) r->elems[j] = s->elems[j];
        for (uint32_t j = i + 1; j < s->n; j++) r->elems[j - 1] = s->elems[j];
    } else {
        if (i) memcpy(r->elems, s->elems, i * sizeof(val));
        memcpy(r->elems + i, s->elems + i + 1, (s->n - i - 1) * sizeof(val));
    }
    val v = {.kind = VAL_SET};
    v.u.set = r;
    return v;
}

/* s \ {e}, s explicit without lazy members: e's place found by a binary search and s copied around
 * it, as the merge below would keep every member but that one. The least member is tried first: a
 * fold takes out what `CHOOSE x \in S : TRUE` picked (Sum's `S \ {x}`). Members are compared by
 * cmp_member, in line for records and tuples of scalars (Records' `people \ {p}`, `acl \ {a}`). */
static val remove_member(arena *a, val x, val e)
{
    const val_set *s = x.u.set;
    if (!s->n) return x;
    if (s->n <= VAL_SCAN && is_scalar(&e) && all_of_kind(s, e)) {   /* a few scalars of e's kind: a scan in line */
        uint32_t at = 0;
        int c = 1;
        for (; at < s->n && (c = cmp_quick(s->elems[at], e)) < 0; at++) {}
        return c ? x : without_index(a, x, at);
    }
    bool generic = false;   /* not needed here */
    int c = cmp_member(&s->elems[0], &e, &generic);
    if (c >= 0) return c ? x : without_index(a, x, 0);   /* below the least member: not in s */
    uint32_t at;
    return member_search_from(s, 1, e, &at) ? without_index(a, x, at) : x;   /* not in s: s itself */
}

/* x \cap y and x \ y: x is enumerated, y only tested (it may be infinite, like Nat). */
static val_status filter_by(arena *a, val x, val y, bool keep_members, val *out)
{
    if (!val_is_set(x) || !val_is_set(y)) return VAL_TYPE;
    if (x.kind == VAL_SET && y.kind == VAL_SET && (!x.u.set->n || !y.u.set->n))   /* KVS's `missed[t] \cap written[t]` */
        return *out = keep_members && x.u.set->n ? val_empty_set() : x, VAL_OK;
    val_status st = val_enumerate(a, x, &x);
    if (st) return st;
    const val_set *s = x.u.set;
    if (!keep_members && y.kind == VAL_SET && y.u.set->n == 1 && y.u.set->elems[0].kind != VAL_LAZY) {
        val e = y.u.set->elems[0];
        bool one_kind = all_of_kind(s, e);
        if (one_kind || !has_lazy_member(s)) {
            if (!one_kind && members_clash(s, y.u.set)) return VAL_INCOMPARABLE;   /* as the merge below */
            return *out = remove_member(a, x, e), VAL_OK;
        }
    }
    val *buf = arena_alloc(a, sizeof(val) * (s->n + 1));
    uint32_t k = 0;
    if (y.kind == VAL_SET) {   /* both explicit and sorted: one merge, no search per element */
        const val_set *t = y.u.set;
        if (members_clash(s, t)) return VAL_INCOMPARABLE;   /* TLC looks for each member in y */
        for (uint32_t i = 0, j = 0; i < s->n; i++) {
            int c = 1;
            while (j < t->n && (c = cmp_quick(t->elems[j], s->elems[i])) < 0) j++;
            bool in = j < t->n && c == 0;
            /* a lazy member may equal a listed one of another form: val_member decides */
            if (s->elems[i].kind == VAL_LAZY && (st = val_member(a, s->elems[i], y, &in))) return st;
            if (in == keep_members) buf[k++] = s->elems[i];
        }
        *out = k == s->n ? x : set_from_sorted(a, buf, k);   /* all kept: x itself */
        return VAL_OK;
    }
    for (uint32_t i = 0; i < s->n; i++) {
        bool in;
        if ((st = val_member(a, s->elems[i], y, &in))) return st;
        if (in == keep_members) buf[k++] = s->elems[i];
    }
    *out = set_from_sorted(a, buf, k);
    return VAL_OK;
}

/* val_is_infinite, an explicit set (most operands) decided in line. */
static inline bool infinite(arena *a, val s) { return s.kind != VAL_SET && val_is_infinite(a, s); }

val_status val_set_intersect(arena *a, val x, val y, val *out)
{
    if (!val_is_set(x) || !val_is_set(y)) return VAL_TYPE;
    bool ix = infinite(a, x), iy = infinite(a, y);
    if (ix && iy) return *out = val__lazy_binop(a, LAZY_CAP, x, y), VAL_OK;
    if (ix) return filter_by(a, y, x, true, out);
    return filter_by(a, x, y, true, out);
}

/* The members of the interval lo..hi not among the n sorted integers ints, in order, as an explicit
 * set; false, and nothing done, when the interval is too large to list. */
static __attribute__((noinline)) bool interval_without(arena *a, int64_t lo, int64_t hi, const val *ints, uint32_t n, val *out)
{
    if (hi < lo) return *out = val_empty_set(), true;
    if ((uint64_t)hi - (uint64_t)lo >= VAL_MAX_ENUM) return false;
    uint32_t len = (uint32_t)((uint64_t)hi - (uint64_t)lo + 1), k = 0, j = 0;
    val_set *u = arena_alloc(a, sizeof(val_set) + len * sizeof(val));
    for (int64_t i = lo;; i++) {
        while (j < n && ints[j].u.i < i) j++;
        if (j == n || ints[j].u.i != i) u->elems[k++] = val_int(i);
        if (i == hi) break;
    }
    if (!k) return *out = val_empty_set(), true;
    u->n = k;
    *out = (val){.kind = VAL_SET};
    out->u.set = u;
    return true;
}

/* x \ y for an interval x and an explicit set y of integers (`Proc \ {p}` with Proc == 1..N, in
 * every state): x's members not in y, in order, without listing x first; what filter_by gives (an
 * explicit set). False, and nothing done, for any other operands (y with members of other kinds goes
 * the general way, which compares them as TLC does). */
static bool interval_minus_ints(arena *a, val x, val y, val *out)
{
    if (x.kind != VAL_LAZY || x.u.lazy->kind != LAZY_INTERVAL || y.kind != VAL_SET) return false;
    const val_set *t = y.u.set;   /* sorted by kind first: only integers when its ends are */
    if (t->n && (t->elems[0].kind != VAL_INT || t->elems[t->n - 1].kind != VAL_INT)) return false;
    return interval_without(a, x.u.lazy->lo, x.u.lazy->hi, t->elems, t->n, out);
}

val_status val_set_minus(arena *a, val x, val y, val *out)
{
    if (!val_is_set(x) || !val_is_set(y)) return VAL_TYPE;
    if (interval_minus_ints(a, x, y, out)) return VAL_OK;
    if (infinite(a, x)) return *out = val__lazy_binop(a, LAZY_MINUS, x, y), VAL_OK;
    return filter_by(a, x, y, false, out);
}

bool val_set_without(arena *a, val x, val e, val *out)
{
    if (x.kind == VAL_SET) {
        if (!all_of_kind(x.u.set, e)) return false;   /* all_of_kind: e is no set */
        *out = remove_member(a, x, e);
        return true;
    }
    if (x.kind == VAL_LAZY && x.u.lazy->kind == LAZY_INTERVAL && e.kind == VAL_INT)   /* val_set_minus's first case */
        return interval_without(a, x.u.lazy->lo, x.u.lazy->hi, &e, 1, out);
    return false;
}

bool val_set_with(arena *a, val x, val e, val *out)
{
    if (x.kind != VAL_SET) return false;
    const val_set *s = x.u.set;
    if (!s->n) return *out = set_from_sorted(a, &e, 1), true;   /* {e}, as val_set_union gives it */
    if (kinds_clash(s->elems[0], e) || kinds_clash(s->elems[s->n - 1], e)) return false;
    *out = insert_member(a, x, e);
    return true;
}

/* The elements of every member of s, as one explicit set. */
val_status val__union_members(arena *a, val s, val *out)
{
    val_vec all = {0};
    for (uint32_t i = 0; i < s.u.set->n; i++) {
        val part;
        val_status st = val_enumerate(a, s.u.set->elems[i], &part);
        if (st) {
            VEC_FREE(all);
            return st;
        }
        for (uint32_t j = 0; j < part.u.set->n; j++) VEC_PUSH(all, part.u.set->elems[j]);
    }
    *out = val_set_make(a, all.items, all.len);
    VEC_FREE(all);
    return VAL_OK;
}

val_status val_big_union(arena *a, val s, val *out)
{
    if (!val_is_set(s)) return VAL_TYPE;
    val_status st = val_enumerate(a, s, &s);
    if (st) return st;
    /* UNION of symbolic sets (Nat, [S -> T], ...) stays symbolic: its members are tested, not listed */
    for (uint32_t i = 0; i < s.u.set->n; i++)
        if (s.u.set->elems[i].kind == VAL_LAZY && s.u.set->elems[i].u.lazy->kind != LAZY_INTERVAL)
            return *out = val__lazy_binop(a, LAZY_BIGUNION, s, s), VAL_OK;
    val_vec all = {0};
    for (uint32_t i = 0; i < s.u.set->n; i++) {
        val part;
        if ((st = val_enumerate(a, s.u.set->elems[i], &part))) {
            VEC_FREE(all);
            return st;
        }
        for (uint32_t j = 0; j < part.u.set->n; j++) VEC_PUSH(all, part.u.set->elems[j]);
    }
    *out = val_set_make(a, all.items, all.len);
    VEC_FREE(all);
    return VAL_OK;
}

/* ---- functions, records, sequences -------------------------------------------------------------- */

val val_seq_make(arena *a, const val *elems, uint32_t n)
{
    val_seq *s = arena_alloc(a, sizeof(val_seq) + n * sizeof(val));
    s->n = n;
    if (n) memcpy(s->elems, elems, n * sizeof(val));
    val v = {.kind = VAL_SEQ};
    v.u.seq = s;
    return v;
}

typedef struct pair { val k, v; } pair;

static int pair_cmp(const void *x, const void *y) { return val_compare(((const pair *)x)->k, ((const pair *)y)->k); }

/* Insertion sort of (dom[i], rng[i]) into keys and vals, dropping repeated keys; returns the count. */
static size_t insert_pairs(val *keys, val *vals, const val *dom, const val *rng, size_t n)
{
    size_t k = 0;
    for (size_t i = 0; i < n; i++) {
        size_t j = k;
        int c = 1;
        while (j > 0 && (c = val_compare(keys[j - 1], dom[i])) > 0) j--;
        if (j > 0 && c == 0) continue;
        memmove(keys + j + 1, keys + j, (k - j) * sizeof(val));
        memmove(vals + j + 1, vals + j, (k - j) * sizeof(val));
        keys[j] = dom[i];
        vals[j] = rng[i];
        k++;
    }
    return k;
}

/* Keys strictly increasing: a sequence when they are 1..n, else a function. */
static void func_from_sorted(arena *a, const val *dom, const val *rng, size_t n, val *out)
{
    bool one_to_n = true;
    for (size_t i = 0; i < n && one_to_n; i++) one_to_n = dom[i].kind == VAL_INT && dom[i].u.i == (int64_t)i + 1;
    if (one_to_n) {
        *out = val_seq_make(a, rng, (uint32_t)n);
        return;
    }
    val_fn *f = arena_alloc(a, sizeof(val_fn));
    f->n = (uint32_t)n;
    f->dom = arena_alloc(a, sizeof(val) * n);
    f->rng = arena_alloc(a, sizeof(val) * n);
    memcpy(f->dom, dom, sizeof(val) * n);
    memcpy(f->rng, rng, sizeof(val) * n);
    *out = (val){.kind = VAL_FUNC};
    out->u.fn = f;
}

val_status val_func_make(arena *a, const val *dom, const val *rng, size_t n, val *out)
{
    size_t run = n ? 1 : 0;   /* keys already strictly increasing: nothing to sort */
    while (run < n && val_compare(dom[run - 1], dom[run]) < 0) run++;
    if (run == n) return func_from_sorted(a, dom, rng, n, out), VAL_OK;
    if (n <= SMALL_SORT) {   /* a record written with its fields out of order */
        val keys[SMALL_SORT], vals[SMALL_SORT];
        func_from_sorted(a, keys, vals, insert_pairs(keys, vals, dom, rng, n), out);
        return VAL_OK;
    }
    pair *p = arena_alloc(a, sizeof(pair) * (n + 1));
    for (size_t i = 0; i < n; i++) p[i] = (pair){dom[i], rng[i]};
    qsort(p, n, sizeof(pair), pair_cmp);
    size_t k = 0;
    for (size_t i = 0; i < n; i++) {
        if (k && val_compare(p[k - 1].k, p[i].k) == 0) continue;
        p[k++] = p[i];
    }
    val *keys = arena_alloc(a, sizeof(val) * (k + 1)), *vals = arena_alloc(a, sizeof(val) * (k + 1));
    for (size_t i = 0; i < k; i++) keys[i] = p[i].k, vals[i] = p[i].v;
    func_from_sorted(a, keys, vals, k, out);
    return VAL_OK;
}

void val_func_from_sorted(arena *a, const val *dom, const val *rng, size_t n, val *out)
{
    func_from_sorted(a, dom, rng, n, out);
}

/* Names strictly increasing by rank: a record's domain as it is (the fields of a set of records). */
static bool names_sorted(const val *dom, uint32_t n)
{
    for (uint32_t i = 1; i < n; i++)
        if (dom[i - 1].aux >= dom[i].aux) return false;
    return n > 0;
}

val val_record_make(arena *a, const atom *names, const val *vals, uint32_t n)
{
    val *dom = arena_alloc(a, sizeof(val) * (n + 1));
    for (uint32_t i = 0; i < n; i++) dom[i] = val_str(names[i]);
    val out;
    if (!names_sorted(dom, n)) return val_func_make(a, dom, vals, n, &out), out;
    val *rng = arena_alloc(a, sizeof(val) * n);
    memcpy(rng, vals, sizeof(val) * n);
    return val_record_over(a, val_record_domain(dom, n), rng, n);
}

val val_record_over(arena *a, const val *dom, val *rng, uint32_t n)
{
    val_fn *f = arena_alloc(a, sizeof(val_fn));
    *f = (val_fn){n, (val *)dom, rng};
    val out = {.kind = VAL_FUNC};
    out.u.fn = f;
    return out;
}

/* ---- record domains: one array per list of field names ------------------------------------------ */

/* Open addressing, published with release stores and read without a lock; added to under the lock.
 * An entry matches by its names' atoms and ranks both, so one made before util_intern_reorder (a
 * former run in the same process) is never taken for a later one. */
enum { SHARED_DOMAIN_SLOTS = 4096, SHARED_DOMAIN_MAX = SHARED_DOMAIN_SLOTS / 2, SHARED_DOMAIN_FIELDS = 64 };
typedef struct { uint64_t hash; uint32_t n; val dom[]; } shared_domain;
static struct {
    pthread_mutex_t lock;
    _Atomic(const shared_domain *) slots[SHARED_DOMAIN_SLOTS];
    uint32_t used;
} shared_domains = {.lock = PTHREAD_MUTEX_INITIALIZER};

static uint64_t names_hash(const val *dom, uint32_t n)
{
    uint64_t h = 0x9E3779B97F4A7C15u ^ n;
    for (uint32_t i = 0; i < n; i++) h = (h ^ (uint64_t)(uintptr_t)dom[i].u.s) * 0xFF51AFD7ED558CCDu;
    return h ^ (h >> 29);
}

static bool same_names(const shared_domain *d, uint64_t hash, const val *dom, uint32_t n)
{
    if (d->hash != hash || d->n != n) return false;
    for (uint32_t i = 0; i < n; i++)
        if (d->dom[i].u.s != dom[i].u.s || d->dom[i].aux != dom[i].aux) return false;
    return true;
}

/* The slot of dom's names: their entry, or the empty slot where it would go. */
static uint32_t shared_domain_slot(uint64_t hash, const val *dom, uint32_t n, const shared_domain **found)
{
    uint32_t i = (uint32_t)hash & (SHARED_DOMAIN_SLOTS - 1);
    for (;; i = (i + 1) & (SHARED_DOMAIN_SLOTS - 1)) {
        const shared_domain *d = atomic_load_explicit(&shared_domains.slots[i], memory_order_acquire);
        if (!d || same_names(d, hash, dom, n)) return *found = d, i;
    }
}

/* The run's array for the field names dom[0..n), NULL when they are not all strings or the table is full. */
static const val *domain_shared(const val *dom, uint32_t n)
{
    if (!n || n > SHARED_DOMAIN_FIELDS) return NULL;
    for (uint32_t i = 0; i < n; i++)
        if (dom[i].kind != VAL_STR) return NULL;
    uint64_t hash = names_hash(dom, n);
    const shared_domain *d;
    uint32_t at = shared_domain_slot(hash, dom, n, &d);
    if (d) return d->dom;
    pthread_mutex_lock(&shared_domains.lock);
    at = shared_domain_slot(hash, dom, n, &d);
    if (!d && shared_domains.used < SHARED_DOMAIN_MAX) {   /* a full table shares no more */
        shared_domain *made = util_xmalloc(sizeof *made + sizeof(val) * (n + 1));
        made->hash = hash;
        made->n = n;
        memcpy(made->dom, dom, sizeof(val) * n);
        made->dom[n] = (val){0};
        atomic_store_explicit(&shared_domains.slots[at], made, memory_order_release);
        shared_domains.used++;
        d = made;
    }
    pthread_mutex_unlock(&shared_domains.lock);
    return d ? d->dom : NULL;
}

const val *val_record_domain(const val *dom, uint32_t n)
{
    const val *shared = domain_shared(dom, n);
    return shared ? shared : dom;
}

val val_seq_append(arena *a, val s, val x)
{
    uint32_t n = s.u.seq->n;
    val_seq *r = arena_alloc(a, sizeof(val_seq) + (n + 1) * sizeof(val));
    r->n = n + 1;
    memcpy(r->elems, s.u.seq->elems, n * sizeof(val));
    r->elems[n] = x;
    val v = {.kind = VAL_SEQ};
    v.u.seq = r;
    return v;
}

val val_seq_sub(arena *a, val s, uint32_t from, uint32_t to)
{
    return val_seq_make(a, s.u.seq->elems + from, to > from ? to - from : 0);
}

/* Strings are sequences of characters only for \o, where TLC concatenates two strings. */
val_status val_seq_concat(arena *a, val x, val y, val *out)
{
    if (x.kind == VAL_STR && y.kind == VAL_STR) {
        size_t n = strlen(x.u.s), m = strlen(y.u.s);
        char *buf = util_xmalloc(n + m + 1);
        memcpy(buf, x.u.s, n);
        memcpy(buf + n, y.u.s, m + 1);
        *out = val_str(util_intern(buf));
        free(buf);
        return VAL_OK;
    }
    if (x.kind != VAL_SEQ || y.kind != VAL_SEQ) return VAL_TYPE;
    uint32_t n = x.u.seq->n, m = y.u.seq->n;
    val_seq *r = arena_alloc(a, sizeof(val_seq) + (n + m) * sizeof(val));
    r->n = n + m;
    memcpy(r->elems, x.u.seq->elems, n * sizeof(val));
    memcpy(r->elems + n, y.u.seq->elems, m * sizeof(val));
    *out = (val){.kind = VAL_SEQ};
    out->u.seq = r;
    return VAL_OK;
}

/* x's index in f's domain by a binary search, or -1. */
static __attribute__((noinline)) int64_t fn_bsearch(const val_fn *f, val x)
{
    uint32_t lo = 0, hi = f->n;
    while (lo < hi) {
        uint32_t mid = lo + (hi - lo) / 2;
        int c = cmp_quick(f->dom[mid], x);
        if (c == 0) return mid;
        if (c < 0) lo = mid + 1;
        else hi = mid;
    }
    return -1;
}

/* A guess for integers and tuples, then the binary search (apart: the guess, which finds most points,
 * pays for no loop's registers); apart from val_fn_quick_index, kept in line. */
static __attribute__((noinline)) int64_t fn_search(const val_fn *f, val x)
{
    if (x.kind == VAL_INT || x.kind == VAL_SEQ) {
        int64_t k = guess_index(f->dom, f->n, x);
        if (k >= 0) return k;
    }
    return fn_bsearch(f, x);
}

/* f's index of x, or -1. */
static inline int64_t fn_find(val f, val x)
{
    int64_t i = val_fn_quick_index(f, x);
    if (i >= 0 || ((x.kind == VAL_STR || x.kind == VAL_MODEL) && f.u.fn->n <= VAL_SCAN)) return i;   /* scanned: not there */
    return fn_search(f.u.fn, x);
}

val_status val_point(val f, val x, uint32_t *at)
{
    if (f.kind == VAL_SEQ) {
        if (x.kind != VAL_INT || x.u.i < 1 || x.u.i > f.u.seq->n) return VAL_NOT_IN_DOMAIN;
        *at = (uint32_t)(x.u.i - 1);
        return VAL_OK;
    }
    if (f.kind != VAL_FUNC) return VAL_TYPE;
    int64_t i = fn_find(f, x);
    if (i < 0) return VAL_NOT_IN_DOMAIN;
    *at = (uint32_t)i;
    return VAL_OK;
}

val_status val_apply(arena *a, val f, val arg, val *out)
{
    uint32_t at;
    val_status st = val_point(f, arg, &at);
    if (st == VAL_OK) *out = val_point_value(f, at);
    return st;
}

/* The result keeps f's hint: EXCEPT leaves the domain as it was built. */
val val__except_copy(arena *a, val f, uint32_t at, val v)
{
    if (f.kind == VAL_SEQ) {
        val r = val_seq_make(a, f.u.seq->elems, f.u.seq->n);
        ((val_seq *)r.u.seq)->elems[at] = v;
        r.hint = f.hint;
        return r;
    }
    uint32_t n = f.u.fn->n;
    val_fn *g = arena_alloc(a, sizeof(val_fn) + sizeof(val) * n);   /* the range right after */
    g->n = n;
    g->dom = f.u.fn->dom;   /* domains are immutable: share */
    g->rng = (val *)(g + 1);
    memcpy(g->rng, f.u.fn->rng, sizeof(val) * n);
    g->rng[at] = v;
    val out = {.kind = VAL_FUNC, .hint = f.hint};
    out.u.fn = g;
    return out;
}

val_status val_except(arena *a, val f, val arg, val v, val *out)
{
    uint32_t at;
    val_status st = val_point(f, arg, &at);
    if (st == VAL_OK) *out = val_except_at(a, f, at, v);
    return st;
}

val val_hint_function(val f, bool interval_domain)
{
    if (f.kind == VAL_SEQ) f.hint = VAL_HINT_FCN | (interval_domain ? 0 : VAL_HINT_SETDOM);
    else if (f.kind == VAL_FUNC) f.hint = VAL_HINT_FCN | (interval_domain ? VAL_HINT_INTDOM : 0);
    return f;
}

/* The domain in the form TLC would give it: an interval for a tuple or a function built on one,
 * an enumerated set otherwise (the two are equal; only their printing differs). */
val_status val_domain(arena *a, val f, val *out)
{
    if (f.kind == VAL_SEQ && !(f.hint & VAL_HINT_SETDOM)) {
        *out = val_interval_make(a, 1, f.u.seq->n);
        return VAL_OK;
    }
    if (f.kind == VAL_SEQ) {
        val *dom = arena_alloc(a, sizeof(val) * (f.u.seq->n + 1));
        for (uint32_t i = 0; i < f.u.seq->n; i++) dom[i] = val_int(i + 1);
        *out = set_from_sorted(a, dom, f.u.seq->n);
        return VAL_OK;
    }
    if (f.kind != VAL_FUNC) return VAL_TYPE;
    if (f.hint & VAL_HINT_INTDOM) *out = val_interval_make(a, f.u.fn->dom[0].u.i, f.u.fn->dom[f.u.fn->n - 1].u.i);
    else *out = set_from_sorted(a, f.u.fn->dom, f.u.fn->n);
    return VAL_OK;
}

/* f @@ g: f's values where f is defined, g's elsewhere. */
/* The first point of f's domain that is no model value, in the domain's order; false if none. */
static bool first_unmodelled_point(val f, val *out)
{
    if (f.kind == VAL_SEQ) {
        *out = val_int(1);
        return f.u.seq->n > 0;
    }
    for (uint32_t i = 0; i < f.u.fn->n; i++)
        if (f.u.fn->dom[i].kind != VAL_MODEL) return *out = f.u.fn->dom[i], true;
    return false;
}

bool val_merge_clash(val f, val g, val *pf, val *pg)
{
    return first_unmodelled_point(f, pf) && first_unmodelled_point(g, pg) && !val_comparable(*pg, *pf);
}

val_status val_func_merge(arena *a, val f, val g, val *out)
{
    if (!val_is_func(f) || !val_is_func(g)) return VAL_TYPE;
    val df, dg;
    val_domain(a, f, &df);
    val_domain(a, g, &dg);
    val_enumerate(a, df, &df);
    val_enumerate(a, dg, &dg);
    uint32_t n = df.u.set->n, m = dg.u.set->n;
    val pf, pg;
    if (val_merge_clash(f, g, &pf, &pg)) return VAL_INCOMPARABLE;
    val *dom = arena_alloc(a, sizeof(val) * (n + m + 1)), *rng = arena_alloc(a, sizeof(val) * (n + m + 1));
    uint32_t k = 0;
    for (uint32_t i = 0; i < n; i++) {
        dom[k] = df.u.set->elems[i];
        val_apply(a, f, dom[k], &rng[k]);
        k++;
    }
    for (uint32_t i = 0; i < m; i++) {
        if (set_has(df.u.set, dg.u.set->elems[i])) continue;
        dom[k] = dg.u.set->elems[i];
        val_apply(a, g, dom[k], &rng[k]);
        k++;
    }
    return val_func_make(a, dom, rng, k, out);
}

/* ---- deep copy ---------------------------------------------------------------------------------- */

val val_copy(arena *a, val v)
{
    switch (v.kind) {
    case VAL_SET: {
        uint32_t n = v.u.set->n;
        if (!n) return v;
        val_set *s = arena_alloc(a, sizeof(val_set) + n * sizeof(val));
        s->n = n;
        for (uint32_t i = 0; i < n; i++) s->elems[i] = val_copy(a, v.u.set->elems[i]);
        v.u.set = s;
        return v;
    }
    case VAL_SEQ: {
        uint32_t n = v.u.seq->n;
        val_seq *s = arena_alloc(a, sizeof(val_seq) + n * sizeof(val));
        s->n = n;
        for (uint32_t i = 0; i < n; i++) s->elems[i] = val_copy(a, v.u.seq->elems[i]);
        v.u.seq = s;
        return v;
    }
    case VAL_FUNC: {
        uint32_t n = v.u.fn->n;
        val_fn *f = arena_alloc(a, sizeof(val_fn));
        f->n = n;
        const val *names = domain_shared(v.u.fn->dom, n);   /* a record's: kept for the run, not copied */
        f->dom = names ? (val *)names : arena_alloc(a, sizeof(val) * n);
        f->rng = arena_alloc(a, sizeof(val) * n);
        for (uint32_t i = 0; i < n; i++) {
            if (!names) f->dom[i] = val_copy(a, v.u.fn->dom[i]);
            f->rng[i] = val_copy(a, v.u.fn->rng[i]);
        }
        v.u.fn = f;
        return v;
    }
    case VAL_LAZY: {
        val_lazy *l = arena_alloc(a, sizeof(val_lazy));
        *l = *v.u.lazy;
        uint32_t parts = l->kind == LAZY_FUNCSET || l->kind == LAZY_CUP || l->kind == LAZY_CAP || l->kind == LAZY_MINUS ||
                                 l->kind == LAZY_BIGUNION ? 2
                         : (l->kind == LAZY_RECSET || l->kind == LAZY_PRODUCT) ? l->n
                         : (l->kind == LAZY_POWERSET || l->kind == LAZY_SEQSET || l->kind == LAZY_FILTER) ? 1 : 0;
        if (parts) {
            val *p = arena_alloc(a, sizeof(val) * parts);
            for (uint32_t i = 0; i < parts; i++) p[i] = val_copy(a, v.u.lazy->parts[i]);
            l->parts = p;
        }
        if (l->names) {
            atom *names = arena_alloc(a, sizeof(atom) * l->n);
            memcpy(names, v.u.lazy->names, sizeof(atom) * l->n);
            l->names = names;
        }
        v.u.lazy = l;
        return v;
    }
    default: return v;
    }
}

_Thread_local val_scratch val__scratch;

void val_thread_end(void)
{
    arena_free(&val__scratch.serialize);
    arena_free(&val__scratch.print);
    arena_free(&val__scratch.member);
    arena_free(&val__scratch.compare);
}
