/* value.h - TLA+ values: one canonical form each, so that equal values have equal bytes and equal
 * fingerprints.
 *
 * Contract:
 *  - A `val` is 16 bytes, passed by value. Booleans, integers, strings and model values are
 *    immediate (strings and model values are interned atoms); sets, functions, sequences and lazy
 *    sets point to immutable payloads allocated in the arena the constructor is given. Nothing is
 *    freed individually: the arena owns it. Values are never mutated after construction, so they
 *    may be shared across threads once published.
 *  - Canonical forms: a SET is sorted and duplicate-free under val_compare; a function whose domain
 *    is {1..n} is always a SEQ (the empty function is the empty SEQ); a record is a FUNC whose
 *    domain is strings. LAZY sets (intervals, Nat, SUBSET S, [S -> T], ...) are not canonical:
 *    val_equal, val_compare and val_serialize normalise them (enumerating finite ones, comparing
 *    infinite ones by structure: see value_setcmp.c).
 *  - A value's `hint` records how TLC would have built it, which only decides how it prints
 *    (VAL_HINT_*); equality, order, bytes and fingerprints ignore it.
 *  - Operations that can fail return a val_status; they never abort on user errors.
 *  - The total order (val_compare) follows TLC's: integers numerically, strings and model values
 *    by their names' ranks (util_intern_rank: TLC's UniqueString ids, so not alphabetically),
 *    sets/sequences/functions by size then element-wise; model values before any other value,
 *    as in TLC. Across other kinds it orders by kind (TLC refuses most such comparisons: see
 *    val_comparable).
 *  - Any thread may call any operation. Each thread that does has scratch memory of its own
 *    (enumerations made inside one operation), which it frees by calling val_thread_end last; the
 *    main thread's lasts until the process exits.
 */
#ifndef TLCC_VALUE_H
#define TLCC_VALUE_H

#include "util.h"

typedef enum {
    VAL_NONE = 0,   /* no value (an unset slot) */
    VAL_BOOL,
    VAL_INT,
    VAL_STR,
    VAL_MODEL,
    VAL_SET,        /* explicit finite set */
    VAL_LAZY,       /* a set kept symbolic (see val_lazy_kind) */
    VAL_SEQ,        /* function with domain 1..n */
    VAL_FUNC,       /* any other function (records included) */
} val_kind;

typedef enum {
    LAZY_INTERVAL, LAZY_NAT, LAZY_INT, LAZY_STRING, LAZY_POWERSET, LAZY_FUNCSET, LAZY_RECSET, LAZY_PRODUCT,
    LAZY_SEQSET,
    LAZY_CUP, LAZY_CAP, LAZY_MINUS,   /* parts[0] op parts[1], kept when an operand is infinite */
    LAZY_FILTER,                      /* {x \in parts[0] : P(x)} over an infinite set; P is a callback */
    LAZY_BIGUNION,                    /* UNION parts[0], kept when a member set is infinite */
    LAZY_ANY,                         /* TLC's ANY: every value is a member */
} val_lazy_kind;

typedef struct val_filter val_filter;

typedef struct val_set val_set;
typedef struct val_fn val_fn;
typedef struct val_seq val_seq;
typedef struct val_lazy val_lazy;

/* How a function was built, where TLC prints the results differently (it keeps the form it was
 * built in; tlc-c keeps one canonical form and this hint). */
enum {
    VAL_HINT_FCN = 1,        /* built as a function ([x \in S |-> e], :>, @@), not a tuple:
                              * ToJsonObject gives an array */
    VAL_HINT_SETDOM = 2,     /* a SEQ whose domain was an enumerated set: DOMAIN prints {1, 2} */
    VAL_HINT_INTDOM = 4,     /* a FUNC whose domain was an interval: DOMAIN prints a..b */
};

typedef struct val {
    uint8_t kind;            /* val_kind */
    uint8_t hint;            /* VAL_HINT_* (functions only) */
    uint16_t index;          /* model values: their number, in order of first use */
    uint32_t aux;            /* strings and model values: their name's rank (util_intern_rank);
                              * sets, sequences, functions: VAL_AUX_PLAIN or 0 */
    union {
        int64_t i;
        bool b;
        atom s;
        const val_set *set;
        const val_fn *fn;
        const val_seq *seq;
        const val_lazy *lazy;
    } u;
} val;

/* aux of an explicit set, sequence or function known to hold no lazy set at any depth: such a value
 * equals itself without an error, so equality may stop at a shared payload (a lazy set, TLC's ANY
 * above all, may not). Only the state decoder sets it; 0 says nothing. Whoever copies a value and
 * gives it another payload must clear it. */
enum { VAL_AUX_PLAIN = 1 };

struct val_set { uint32_t n; val elems[]; };
struct val_seq { uint32_t n; val elems[]; };
struct val_fn { uint32_t n; val *dom; val *rng; };   /* dom sorted, rng parallel */
struct val_lazy {
    val_lazy_kind kind;
    int64_t lo, hi;          /* INTERVAL */
    uint32_t n;              /* RECSET/PRODUCT: number of components */
    const atom *names;       /* RECSET field names (sorted) */
    const val *parts;        /* POWERSET/SEQSET: parts[0]; FUNCSET: parts[0] -> parts[1]; RECSET/PRODUCT */
    const val_filter *filter;  /* LAZY_FILTER */
};

typedef enum {
    VAL_OK = 0,
    VAL_TYPE,                /* wrong kind of value */
    VAL_NOT_IN_DOMAIN,
    VAL_OVERFLOW,
    VAL_DIV_ZERO,
    VAL_INFINITE,            /* enumerating an infinite set */
    VAL_TOO_LARGE,           /* enumerating a set beyond VAL_MAX_ENUM elements */
    VAL_UNDECIDABLE,         /* needs the elements of an infinite set: whether a filter of Nat is
                              * finite, whether Nat \ {0} equals Int \ {-1, 0} */
    VAL_INCOMPARABLE,        /* values TLC refuses to compare (1 = "a", "a" \in Nat): an error there */
} val_status;

enum { VAL_MAX_ENUM = 50000000 };

/* The predicate of a LAZY_FILTER, supplied by the evaluator. */
struct val_filter {
    val_status (*holds)(const struct val_filter *f, val x, bool *out);
    const char *text;                 /* how to print the predicate */
};

/* ---- immediates --------------------------------------------------------------------------------- */

static inline val val_bool(bool b) { val v = {.kind = VAL_BOOL}; v.u.b = b; return v; }
static inline val val_int(int64_t i) { val v = {.kind = VAL_INT}; v.u.i = i; return v; }
/* A string keeps its rank in aux: two strings compare by it alone (val_compare). */
static inline val val_str(atom s)
{
    val v = {.kind = VAL_STR};
    v.u.s = s;
    v.aux = util_intern_rank(s);
    return v;
}
val val_model(atom name);
static inline uint32_t val_model_index(val v) { return v.index; }   /* dense, in order of first use */
static inline bool val_is_bool(val v) { return v.kind == VAL_BOOL; }
static inline bool val_is_int(val v) { return v.kind == VAL_INT; }
static inline bool val_is_str(val v) { return v.kind == VAL_STR; }
static inline bool val_is_model(val v) { return v.kind == VAL_MODEL; }
static inline bool val_is_seq(val v) { return v.kind == VAL_SEQ; }
static inline bool val_is_set(val v) { return v.kind == VAL_SET || v.kind == VAL_LAZY; }
static inline bool val_is_func(val v) { return v.kind == VAL_SEQ || v.kind == VAL_FUNC; }
static inline bool val_get_bool(val v) { return v.u.b; }
static inline int64_t val_get_int(val v) { return v.u.i; }
static inline atom val_get_str(val v) { return v.u.s; }
static inline atom val_get_model(val v) { return v.u.s; }

/* ---- integers (overflow-checked) ----------------------------------------------------------------
 * VAL_OVERFLOW where the result leaves TLC's 32 bits (-2147483648 .. 2147483647), as TLC stops. */


/* In line: the arithmetic's fast paths (compile.c's nodes, fold.c's sums) pay one compare. */
static inline val_status val_int_add(int64_t a, int64_t b, val *out)
{
    int64_t r;
    if (__builtin_add_overflow(a, b, &r) || r != (int32_t)r) return VAL_OVERFLOW;
    *out = val_int(r);
    return VAL_OK;
}

static inline val_status val_int_sub(int64_t a, int64_t b, val *out)
{
    int64_t r;
    if (__builtin_sub_overflow(a, b, &r) || r != (int32_t)r) return VAL_OVERFLOW;
    *out = val_int(r);
    return VAL_OK;
}

static inline val_status val_int_mul(int64_t a, int64_t b, val *out)
{
    int64_t r;
    if (__builtin_mul_overflow(a, b, &r) || r != (int32_t)r) return VAL_OVERFLOW;
    *out = val_int(r);
    return VAL_OK;
}
val_status val_int_pow(int64_t a, int64_t b, val *out);
val_status val_int_div(int64_t a, int64_t b, val *out);   /* floor division (\div) */
val_status val_int_mod(int64_t a, int64_t b, val *out);   /* a % b in 0..b-1 for b > 0 */

/* ---- comparison --------------------------------------------------------------------------------- */

/* A total order consistent with equality. Where equality of two infinite sets cannot be decided
 * the order still answers (by their structure): val_equal_status reports those cases. */
int val_compare(val a, val b);
bool val_equal(val a, val b);
/* Equality that says when it cannot be decided (VAL_UNDECIDABLE) or needs too many elements
 * (VAL_TOO_LARGE), rather than guess, and when TLC's equality would stop with an error
 * (VAL_INCOMPARABLE): it compares as TLC does, sizes first, then part by part up to the first
 * unequal one, and refuses two parts of different kinds (<<"a">> = <<1>>) unless one is a model
 * value. */
val_status val_equal_status(val a, val b, bool *out);
/* val_equal_status(a, val_except_at(f, at, v)) without the copy, for a and f both functions
 * (VAL_FUNC) or both sequences and v not the very value at `at`: the same answer, status included. */
val_status val_equal_except_at(val a, val f, uint32_t at, val v, bool *out);
/* Is the explicit set s the interval l (LAZY_INTERVAL)? val_equal_status's answer for them when it is
 * VAL_OK: always when s is empty or its first member an integer. */
bool val_listed_is_interval(const val_set *s, const val_lazy *l);
/* Would TLC compare these for equality without an error? (model values compare with anything) */
bool val_comparable(val a, val b);

/* ---- sets --------------------------------------------------------------------------------------- */

val val_set_make(arena *a, val *elems, size_t n);          /* sorts and deduplicates elems in place */
/* Are values vs[0..n) of different kinds (an integer and a string, a set and a tuple; model values go
 * with any kind)? TLC cannot sort a set of them: it keeps such a set unsorted and stops when it first
 * needs it in order (to list, compare, print or fingerprint it). *a and *b: two such values. */
bool val_kinds_clash(const val *vs, size_t n, val *a, val *b);
/* Two members of the explicit set s that TLC, sorting it, would compare and stop at: containers of
 * one kind whose comparison reaches parts of kinds it refuses to compare ({<<1, "a">>, <<"a", 1>>},
 * {{1}, {"a"}}); the members' own kinds are val_kinds_clash's. *a and *b: two such members. */
bool val_members_clash(val s, val *a, val *b);
/* Where comparing x with y (for equality or order, as TLC walks them: sizes, then parts in order)
 * stops at parts of kinds TLC refuses to compare: *px (x's) and *py (y's). False where it does not. */
bool val_clash_parts(val x, val y, val *px, val *py);
/* Does a lazy value within v (v itself, or inside its explicit sets, sequences and functions) satisfy
 * pred? pred sees each such lazy value once and looks into its parts itself if it needs to. */
bool val_any_lazy(val v, bool (*pred)(const val_lazy *));
val val_set_from_sorted(arena *a, const val *elems, size_t n);   /* elems already strictly increasing */
val val_empty_set(void);
static inline uint32_t val_set_size(val s) { return s.u.set->n; }   /* explicit sets only */
static inline val val_set_at(val s, uint32_t i) { return s.u.set->elems[i]; }
val val_boolean_set(arena *a);
val val_string_set(void);
val val_nat_set(void);
val val_int_set(void);
val val_interval_make(arena *a, int64_t lo, int64_t hi);
val val_powerset_make(arena *a, val base);
val val_funcset_make(arena *a, val dom, val rng);
val val_recset_make(arena *a, const atom *names, const val *sets, uint32_t n);
val val_product_make(arena *a, const val *sets, uint32_t n);
val val_seqset_make(arena *a, val base);
val val_filter_make(arena *a, val base, const val_filter *f);
val val_any_set(void);
/* Is the set infinite, or of a size that only its infinite parts could tell (a filter of Nat)?
 * Such sets are kept symbolic. */
bool val_is_infinite(arena *a, val s);

val_status val_member(arena *a, val x, val set, bool *out);
/* x \in set for an explicit set, as val_member answers it (x no lazy set), searched from *from
 * on: the caller looks for values in ascending order, so the members before *from are less than x.
 * *from moves past x's place, for the next, greater, value. misses_comparable: x is known to be
 * compared with the members without a refusal when it is not there (val_misses_comparable). */
val_status val_member_from(val set, val x, bool misses_comparable, uint32_t *from, bool *out);
/* Is every tuple that differs from the tuple x only in its item at place `at` compared with the
 * explicit set's members without a refusal (TLC's, "a" \in {1}) when it is not among them? True
 * where x's items before `at` decide its comparisons with the set's ends; false says nothing. */
bool val_misses_comparable(val set, val x, uint32_t at);
/* A function's domain or a set of at most this many values (a record's fields, a function on a few
 * model values, {t1, t2}) is scanned for a string or model value rather than searched. */
enum { VAL_SCAN = 8 };
/* x \in s found by a scan, in line, where s is an explicit set of at most VAL_SCAN members and x a
 * number, string or model value: 1 (there), 0 (not there, and TLC compares x with the members
 * without an error: x is a model value, or the members are of its kind), or -1 (val_member answers). */
static inline int val_set_scan(val s, val x)
{
    if (s.kind != VAL_SET || x.kind < VAL_INT || x.kind > VAL_MODEL || s.u.set->n > VAL_SCAN) return -1;
    const val_set *m = s.u.set;
    for (uint32_t i = 0; i < m->n; i++)
        if (m->elems[i].u.i == x.u.i && m->elems[i].kind == x.kind) return 1;
    /* sorted by kind: ends of x's kind, all of it */
    if (x.kind == VAL_MODEL || !m->n || (m->elems[0].kind == x.kind && m->elems[m->n - 1].kind == x.kind)) return 0;
    return -1;
}
val_status val_subseteq(arena *a, val x, val y, bool *out);
val_status val_set_union(arena *a, val x, val y, val *out);
val_status val_set_intersect(arena *a, val x, val y, val *out);
val_status val_set_minus(arena *a, val x, val y, val *out);
/* x \ {e} and x \cup {e} without {e} built: what val_set_minus / val_set_union give for an explicit
 * set x whose members are all of e's kind, not sets, or an interval x (at most VAL_MAX_ENUM long) and
 * an integer e (without), or empty or with no member whose kind clashes with e's at its ends (with).
 * False, and nothing done, for other operands. */
bool val_set_without(arena *a, val x, val e, val *out);
bool val_set_with(arena *a, val x, val e, val *out);
val_status val_big_union(arena *a, val s, val *out);
/* VAL_INFINITE, VAL_UNDECIDABLE (a filter or difference of infinite sets), VAL_OVERFLOW (more than
 * 2^63 - 1 elements) or the number of elements. */
val_status val_cardinality(arena *a, val s, int64_t *out);
/* Has set s surely more than n members? Told from the sizes its kind gives without listing it (an
 * explicit set, an interval, a function set, a product, SUBSET; a UNION from its members); false
 * where that would need listing it, or it is not a finite set. */
bool val_more_members_than(arena *a, val s, int64_t n);

/* UNION s's members, listed as iterating s gives them, when each of its member sets lists finitely;
 * VAL_TYPE for any other set (nothing listed). */
val_status val_union_listed(arena *a, val s, val *out);
/* An explicit SET with the same elements (for lazy sets: enumerated). */
val_status val_enumerate(arena *a, val s, val *out);

/* Streaming enumeration of a (possibly lazy) set, in the canonical order for explicit and interval
 * sets, and in TLC's order for SUBSET, function sets and products. fn returns false to stop. */
typedef bool (*val_elem_fn)(void *data, val elem);
val_status val_for_each(arena *a, val s, val_elem_fn fn, void *data);
/* The same from the start-th element on (0-based; none past the last), without making those before
 * where the set can begin there (explicit sets, intervals, records, products, function sets). */
val_status val_for_each_from(arena *a, val s, uint64_t start, val_elem_fn fn, void *data);

/* ---- functions, records, sequences -------------------------------------------------------------- */

/* dom/rng parallel arrays (unsorted; duplicates in dom must map to equal values). */
val_status val_func_make(arena *a, const val *dom, const val *rng, size_t n, val *out);
/* The same for keys already strictly increasing (the elements of a set, in order). */
void val_func_from_sorted(arena *a, const val *dom, const val *rng, size_t n, val *out);
val val_record_make(arena *a, const atom *names, const val *vals, uint32_t n);
/* A record over dom, its n field names as strings, sorted and distinct, and held by the caller for
 * as long as the record lives (a compiled record constructor's, kept for the run); rng, allocated in
 * a, becomes the record's values (not copied). The value val_record_make gives for the same fields. */
val val_record_over(arena *a, const val *dom, val *rng, uint32_t n);
/* The run's one array for the field names dom[0..n) (strings, sorted and distinct): equal to dom,
 * kept for the life of the process, the same pointer for every caller, so that records of one shape
 * compare their domains by pointer. dom itself when the names are not all strings or the table of
 * such arrays is full. Any thread; never written once made. */
const val *val_record_domain(const val *dom, uint32_t n);
val val_seq_make(arena *a, const val *elems, uint32_t n);
static inline uint32_t val_len(val s) { return s.u.seq->n; }
static inline val val_seq_at(val s, uint32_t i) { return s.u.seq->elems[i]; }   /* 0-based */
val val_seq_append(arena *a, val s, val x);
val val_seq_sub(arena *a, val s, uint32_t from, uint32_t to);           /* elements [from, to) */
val_status val_seq_concat(arena *a, val x, val y, val *out);          /* sequences or strings */
val_status val_apply(arena *a, val f, val arg, val *out);
/* Where x is in the domain of f, a function or a sequence: *at, the index of its value (x - 1 in a
 * sequence) for val_point_value and val_except_at; VAL_NOT_IN_DOMAIN, or VAL_TYPE (f is neither). */
val_status val_point(val f, val x, uint32_t *at);
static inline val val_point_value(val f, uint32_t at) { return f.kind == VAL_SEQ ? f.u.seq->elems[at] : f.u.fn->rng[at]; }
/* val_except_at's copy of a function or a sequence of more than VAL_EXCEPT_INLINE values, v not the
 * value at `at`. */
val val__except_copy(arena *a, val f, uint32_t at, val v);
enum { VAL_EXCEPT_INLINE = 4 };
/* f with its value at `at` (val_point's) replaced by v, f's hint kept; in a. f itself when v is the
 * very value there. In line: most EXCEPTs change a small function or tuple (a record, a function
 * over a few constants or over 1..N), whose copy costs less than a call's prologue and epilogue. */
static inline val val_except_at(arena *a, val f, uint32_t at, val v)
{
    val was = val_point_value(f, at);
    if (!memcmp(&v, &was, sizeof v)) return f;
    val out = {.kind = f.kind, .hint = f.hint};
    if (f.kind == VAL_SEQ) {
        uint32_t n = f.u.seq->n;
        if (n > VAL_EXCEPT_INLINE) return val__except_copy(a, f, at, v);
        val_seq *r = arena_alloc(a, sizeof(val_seq) + sizeof(val) * n);
        r->n = n;
        for (uint32_t i = 0; i < n; i++) r->elems[i] = f.u.seq->elems[i];
        r->elems[at] = v;
        out.u.seq = r;
        return out;
    }
    uint32_t n = f.u.fn->n;
    if (n > VAL_EXCEPT_INLINE) return val__except_copy(a, f, at, v);
    val_fn *g = arena_alloc(a, sizeof(val_fn) + sizeof(val) * n);   /* the range right after */
    g->n = n;
    g->dom = f.u.fn->dom;   /* domains are immutable: share */
    g->rng = (val *)(g + 1);
    for (uint32_t i = 0; i < n; i++) g->rng[i] = f.u.fn->rng[i];
    g->rng[at] = v;
    out.u.fn = g;
    return out;
}
/* f[x] found in line: by a scan where f is a function on at most VAL_SCAN values and x a string or
 * model value, by x's offset from the least point where x is an integer (the domains 0..N-1 of most
 * functions that are not sequences). The domain has no duplicates, so a point of x's kind and
 * value is x. The index in f's domain, or -1 (not found so: val_apply answers). */
static inline int64_t val_fn_quick_index(val f, val x)
{
    if (f.kind != VAL_FUNC) return -1;
    const val_fn *fn = f.u.fn;
    if (x.kind == VAL_INT) {
        if (!fn->n || fn->dom[0].kind != VAL_INT) return -1;
        uint64_t k = (uint64_t)x.u.i - (uint64_t)fn->dom[0].u.i;
        return k < fn->n && fn->dom[k].u.i == x.u.i && fn->dom[k].kind == VAL_INT ? (int64_t)k : -1;
    }
    if ((x.kind != VAL_STR && x.kind != VAL_MODEL) || fn->n > VAL_SCAN) return -1;
    for (uint32_t i = 0; i < fn->n; i++)
        if (fn->dom[i].u.i == x.u.i && fn->dom[i].kind == x.kind) return i;
    return -1;
}
val_status val_except(arena *a, val f, val arg, val v, val *out);
val_status val_domain(arena *a, val f, val *out);
/* f (a SEQ or FUNC) marked as built by a function constructor on a domain that was, or was not,
 * an interval: see VAL_HINT_*. */
val val_hint_function(val f, bool interval_domain);
val_status val_func_merge(arena *a, val f, val g, val *out);          /* f @@ g */
/* f @@ g's clash, as TLC meets it looking g's points up in f's domain by equality: the first points of
 * g's and of f's domains that are no model values, *pg and *pf, of kinds TLC does not compare (then
 * val_func_merge is VAL_INCOMPARABLE). f and g are functions. */
bool val_merge_clash(val f, val g, val *pf, val *pg);

/* ---- copying, bytes, fingerprints, symmetry ----------------------------------------------------- */

val val_copy(arena *a, val v);   /* deep copy into another arena (a record keeps its val_record_domain) */
typedef struct val_buf { uint8_t *items; size_t len, cap; } val_buf;
void val_serialize(val v, val_buf *out);          /* canonical bytes (lazy sets enumerated) */
/* The first byte of each value in those bytes (value_io.c writes them; check_bytes.c in model/
 * reads invariants' operands straight from a state's bytes). */
enum { VAL_TAG_FALSE = 1, VAL_TAG_TRUE, VAL_TAG_INT, VAL_TAG_STR, VAL_TAG_MODEL, VAL_TAG_SET, VAL_TAG_SEQ, VAL_TAG_FUNC };
/* Reading them without building values. The varint at p: its value in *x, and where it ends; NULL
 * where the bytes end before it does. */
static inline const uint8_t *val_bytes_varint(const uint8_t *p, const uint8_t *end, uint64_t *x)
{
    *x = 0;
    for (int shift = 0; p < end && shift < 64; shift += 7) {
        uint8_t byte = *p++;
        *x |= (uint64_t)(byte & 0x7F) << shift;
        if (!(byte & 0x80)) return p;
    }
    return NULL;
}
/* A quick hash of a few bytes (a table's slot key, not a fingerprint): value_io.c's table of
 * decoded values and check_cache.c's hints key their slots by it. */
static inline uint64_t val_bytes_hash(const uint8_t *p, size_t n)
{
    uint64_t h = 0x9E3779B97F4A7C15ull ^ n;
    size_t i = 0;
    for (; i + 8 <= n; i += 8) {
        uint64_t x;
        memcpy(&x, p + i, 8);
        h = (h ^ x) * 0xFF51AFD7ED558CCDull;
        h ^= h >> 32;
    }
    uint64_t tail = 0;
    for (; i < n; i++) tail = tail << 8 | p[i];
    h = (h ^ tail) * 0xC4CEB9FE1A85EC53ull;
    return h ^ h >> 29;
}
/* Where the `count` values written from p on end (a function's domain passed at once, by its length; a
 * set that cannot be enumerated, as its address); NULL where bytes [p, end) hold no such values. */
const uint8_t *val_bytes_skip(const uint8_t *p, const uint8_t *end, uint64_t count);
/* A set that cannot be enumerated (infinite, or ill-formed: SUBSET 1) is written as its address,
 * which no state may hold (TLC cannot fingerprint it). The number of such sets the calling thread
 * has written so far, and the last one (in the arena it was made in; NULL: not wanted). */
uint64_t val_unlistable_written(val *last);
/* For a distributed run (MPI builds, value_io.c): from now on, whether state bytes were written that
 * another process cannot read (a string made during the search, or an infinite set). */
void val_freeze_strings(void);
bool val_unportable_seen(void);
void val_state_serialize(const val *vars, uint32_t n, val_buf *out);
/* v's bytes (val_serialize's), written with the help of `was`, whose bytes are bytes[0 .. len) (as
 * decoded from them): the parts v shares with it (an EXCEPT's other points, a set's other members)
 * are copied from there. */
void val_serialize_like(val v, val was, const uint8_t *bytes, uint32_t len, val_buf *out);
/* The number of parts of a value written like another by its parts' offsets: a set's members, a
 * sequence's elements, a function's range values (0 for the others). */
uint32_t val_parts(val v);
/* Where each of the val_parts(was) parts of `was`, whose bytes are bytes[0 .. len), starts, and where
 * the last one ends (offsets has val_parts(was) + 1 entries); false on malformed bytes or a value
 * without parts. */
bool val_part_offsets(const uint8_t *bytes, uint32_t len, val was, uint32_t *offsets);
/* The bytes of a function or sequence split into its head (its kind, its size, a function's domain:
 * two heads with the same bytes are those of two values with the same domain) and its range's values
 * (a sequence's elements), as written: value i is bytes[offsets[i] .. offsets[i + 1]), the head
 * bytes[0 .. offsets[0]); *n values. False for any other value, malformed bytes, or more than max
 * values (offsets has max + 1 entries). */
bool val_range_offsets(const uint8_t *bytes, uint32_t len, uint32_t max, uint32_t *offsets, uint32_t *n);
/* val_serialize_like, the parts of `was` found by their offsets in its bytes (val_part_offsets): runs
 * of shared parts are copied at once, without parsing them. False, nothing written, where v and was
 * are not two sets, two sequences or two functions on the same domain (then val_serialize_like). */
bool val_serialize_parts_like(val v, val was, const uint8_t *bytes, const uint32_t *offsets, val_buf *out);
void val_buf_append(val_buf *b, const void *p, size_t n);
/* Returns false on malformed bytes. */
bool val_state_deserialize(arena *a, const uint8_t *bytes, uint32_t len, val *vars, uint32_t n);
/* The same, and variable i's bytes are bytes[offsets[i] .. offsets[i + 1]) (offsets has n + 1
 * entries): a successor that leaves the variable unchanged can copy them (val_buf_append). */
bool val_state_deserialize_at(arena *a, const uint8_t *bytes, uint32_t len, val *vars, uint32_t n,
                              uint32_t *offsets);
/* Decoded functions' domains, shared by all the functions with the same domain bytes that one
 * thread decodes through it (records' field names, the tuples of `[S \X T -> U]`): decoding finds a
 * domain seen before instead of building it again. So are small sets, sequences and functions (at
 * most 128 bytes, no lazy set inside) below a decoded value's top: the same bytes give the very value
 * decoded before (a channel, a row of channels, met in state after state). The domains and those
 * values live in the table's own memory (two arenas, each with its budget: 16 MB for the domains, 4 MB
 * for the values), which val_domains_trim drops, both, when either is past its budget: call it only
 * where no value decoded through it is used again (a value kept past it must be dropped when it says
 * it trimmed). */
typedef struct val_domains val_domains;
val_domains *val_domains_new(void);
void val_domains_free(val_domains *d);
bool val_domains_trim(val_domains *d);   /* true if it dropped them */
/* val_state_deserialize_at, functions' domains shared through `domains` (NULL: not shared). */
bool val_state_deserialize_shared(arena *a, const uint8_t *bytes, uint32_t len, val *vars, uint32_t n,
                                  uint32_t *offsets, val_domains *domains);
/* val_state_deserialize_shared (offsets required), also giving where the parts of each variable
 * start and end in its bytes, as val_part_offsets finds them: parts[i], allocated in `a`, has
 * val_parts(vars[i]) + 1 entries, or is NULL when the variable has no parts (a scalar, an empty or
 * unlisted set). */
bool val_state_deserialize_parts(arena *a, const uint8_t *bytes, uint32_t len, val *vars, uint32_t n,
                                 uint32_t *offsets, uint32_t **parts, val_domains *domains);
/* One value, the whole of bytes[0 .. len) (a variable's bytes, found by val_state_offsets). */
bool val_decode_shared(arena *a, const uint8_t *bytes, uint32_t len, val *out, val_domains *domains);
/* val_decode_shared, also giving where the value's parts start and end in its bytes, as
 * val_state_deserialize_parts does for a variable (*parts NULL for a value without parts). */
bool val_decode_parts(arena *a, const uint8_t *bytes, uint32_t len, val *out, uint32_t **parts, val_domains *domains);
/* val_decode_parts of a value that replaces `was` (a value decoded from was_bytes, with its parts'
 * offsets was_parts, NULL for none): the same value, but a part of it whose bytes are those of was's
 * part at the same place is was's part (shared, not decoded again). */
bool val_decode_like(arena *a, const uint8_t *bytes, uint32_t len, val was, const uint8_t *was_bytes,
                     const uint32_t *was_parts, val *out, uint32_t **parts, val_domains *domains);
/* Only the offsets, without building the values. */
bool val_state_offsets(const uint8_t *bytes, uint32_t len, uint32_t n, uint32_t *offsets);
/* The hash of v's canonical bytes, written into the caller's scratch (kept for reuse, its to free). */
uint64_t val_fingerprint(val v, val_buf *scratch);
/* v with every model value m replaced by image[val_model_index(m)] (those at or beyond nimage, or
 * whose image is VAL_NONE, stay): how SYMMETRY permutes a state. Shares the parts it leaves unchanged. */
val val_permute(arena *a, val v, const val *image, uint32_t nimage);

/* ---- printing as TLC prints ---------------------------------------------------------------------- */

void val_print(FILE *out, val v);
/* v as TLC prints it in a state or Print's output: val_print's text, broken over lines as TLC's
 * pretty-printer (tlc2.pprint) breaks a text longer than 80 columns (pretty.c). */
void val_print_pretty(FILE *out, val v);
char *val_to_string(arena *a, val v);

/* ---- threads ----------------------------------------------------------------------------------- */

/* Frees the calling thread's scratch memory: the last call of every thread that evaluates. */
void val_thread_end(void);

#endif
