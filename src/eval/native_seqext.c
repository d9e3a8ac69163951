/* native_seqext.c - the operators of the community module SequencesExt in C, with the meaning its
 * TLA+ text in specs/ states (the published definition, or TLC's Java override where the two
 * differ: SelectInSubSeq's index, FoldSeq's order, the string forms).
 *
 * Where TLC takes strings as sequences of characters, a string is turned into the sequence of its
 * characters (one-character strings), worked on as a sequence, and turned back, so that one
 * algorithm serves both. Results are built with the hints of the form TLC builds them in (a tuple
 * from \o, SubSeq and TLC's overrides; a function from [i \in 1..n |-> e]), so that they print
 * as TLC prints them. */
#include "eval_internal.h"

#include <stdlib.h>
#include <string.h>

#define A (&call->w->scratch)

/* ---- arguments ---------------------------------------------------------------------------------- */

/* A string as the sequence of its characters (code points). */
static val chars_of(native_call *call, val s)
{
    const char *t = val_get_str(s);
    size_t len = strlen(t);
    val *cs = arena_alloc(A, sizeof(val) * (len + 1));
    uint32_t n = 0;
    for (size_t i = 0, j; i < len; i = j) {
        for (j = i + 1; j < len && ((unsigned char)t[j] & 0xC0) == 0x80; j++) continue;
        cs[n++] = val_str(util_intern_n(t + i, j - i));
    }
    return val_seq_make(A, cs, n);
}

/* The strings of a sequence, concatenated. */
static val string_of(native_call *call, val seq)
{
    native_text t = {A, NULL, 0, 0};
    native_text_put(&t, "", 0);
    for (uint32_t i = 0; i < val_len(seq); i++) {
        const char *s = val_get_str(val_seq_at(seq, i));
        native_text_put(&t, s, strlen(s));
    }
    return val_str(util_intern(t.s));
}

/* A sequence, or a string as the sequence of its characters (*str then set). */
static val seq_or_chars(native_call *call, val v, const char *op, bool *str)
{
    *str = val_is_str(v);
    if (*str) return chars_of(call, v);
    if (!val_is_seq(v)) native_fail(call, "%s needs a sequence or a string, not %s", op, val_to_string(A, v));
    return v;
}

static val seq_or_chars_arg(native_call *call, uint32_t i, const char *op, bool *str)
{
    return seq_or_chars(call, native_arg(call, i), op, str);
}

static val as_given(native_call *call, val seq, bool str) { return str ? string_of(call, seq) : seq; }

static const val *elems(val s) { return s.u.seq->elems; }

static int compare_vals(const void *x, const void *y) { return val_compare(*(const val *)x, *(const val *)y); }

/* Elements [from, to) of s as a tuple. */
static val slice(native_call *call, val s, uint32_t from, uint32_t to)
{
    return val_seq_sub(A, s, from, to > from ? to : from);
}

/* A tuple of the parts' elements in a row. */
static val joined(native_call *call, const val *parts, uint32_t nparts)
{
    native_list out = {A, NULL, 0, 0};
    for (uint32_t p = 0; p < nparts; p++)
        for (uint32_t i = 0; i < val_len(parts[p]); i++) native_list_push(&out, val_seq_at(parts[p], i));
    return val_seq_make(A, out.items, out.len);
}

/* A sequence built as [i \in 1..n |-> e] builds it (the empty one prints << >>). */
static val as_function(val s) { return val_hint_function(s, true); }

static bool holds2(native_call *call, const opval *op, val a, val b)
{
    val args[2] = {a, b}, r = native_apply(call, op, args, 2);
    if (!val_is_bool(r)) native_fail(call, "the relation must return a Boolean, not %s", val_to_string(A, r));
    return val_get_bool(r);
}

/* ---- conversions -------------------------------------------------------------------------------- */

static val s_to_set(native_call *call)
{
    native_points p = native_points_of(native_func_arg(call, 0, "ToSet"));
    val *vals = arena_alloc(A, sizeof(val) * (p.n + 1));
    memcpy(vals, p.rng, sizeof(val) * p.n);
    return val_set_make(A, vals, p.n);
}

/* Each value mapped to how often it occurs: equal values counted by sorting. */
static val s_to_bag(native_call *call)
{
    native_points p = native_points_of(native_func_arg(call, 0, "ToBag"));
    val *vals = arena_alloc(A, sizeof(val) * (p.n + 1)), *dom = arena_alloc(A, sizeof(val) * (p.n + 1));
    val *rng = arena_alloc(A, sizeof(val) * (p.n + 1));
    memcpy(vals, p.rng, sizeof(val) * p.n);
    qsort(vals, p.n, sizeof(val), compare_vals);
    uint32_t k = 0;
    for (uint32_t i = 0; i < p.n; i++) {
        if (i > 0 && native_equal(call, vals[i - 1], vals[i])) {
            rng[k - 1] = val_int(val_get_int(rng[k - 1]) + 1);
            continue;
        }
        dom[k] = vals[i];
        rng[k++] = val_int(1);
    }
    val f;
    eval_check(call->w, call->loc, val_func_make(A, dom, rng, k, &f));
    return val_hint_function(f, false);
}

static val s_set_to_seq(native_call *call)
{
    val s = native_set_arg(call, 0);
    return val_seq_make(A, s.u.set->elems, val_set_size(s));
}

static void permutations(native_call *call, val *xs, uint32_t n, uint32_t k, native_list *out)
{
    if (k == n) {
        native_list_push(out, val_seq_make(A, xs, n));
        return;
    }
    for (uint32_t i = k; i < n; i++) {
        val t = xs[k];
        xs[k] = xs[i], xs[i] = t;
        permutations(call, xs, n, k + 1, out);
        xs[i] = xs[k], xs[k] = t;
    }
}

/* Every ordering of S (TLC's override gives {<< >>}, the empty function, for S = {}). */
static val s_set_to_seqs(native_call *call)
{
    val s = native_set_arg(call, 0);
    uint32_t n = val_set_size(s);
    if (n == 0) {
        val empty = as_function(val_seq_make(A, NULL, 0));
        return val_set_make(A, &empty, 1);
    }
    uint64_t count = 1;
    for (uint32_t i = 2; i <= n && count <= VAL_MAX_ENUM; i++) count *= i;
    if (count > VAL_MAX_ENUM) native_fail(call, "SetToSeqs of a set of %u elements has too many elements to list", n);
    val *xs = arena_alloc(A, sizeof(val) * (n + 1));
    memcpy(xs, s.u.set->elems, sizeof(val) * n);
    native_list out = {A, NULL, 0, 0};
    permutations(call, xs, n, 0, &out);
    return val_set_make(A, out.items, out.len);
}

/* ---- looking into a sequence -------------------------------------------------------------------- */

static val s_contains(native_call *call)
{
    val s = native_seq_arg(call, 0, "Contains"), e = native_arg(call, 1);
    for (uint32_t i = 0; i < val_len(s); i++)
        if (native_equal(call, val_seq_at(s, i), e)) return val_bool(true);
    return val_bool(false);
}

static val s_is_sorted(native_call *call)
{
    val s = native_seq_arg(call, 0, "IsSorted");
    opval op = native_op_arg(call, 1);
    for (uint32_t i = 0; i < val_len(s); i++)
        for (uint32_t j = i + 1; j < val_len(s); j++)
            if (!holds2(call, &op, val_seq_at(s, i), val_seq_at(s, j))) return val_bool(false);
    return val_bool(true);
}

/* The first (last) index in from..to, 1-based, whose element satisfies test; 0 when none does. */
static val select_in(native_call *call, val s, int64_t from, int64_t to, bool last)
{
    opval test = native_op_arg(call, call->nargs - 1);
    if (from > to) return val_int(0);
    if (from < 1 || to > val_len(s))
        native_fail(call, "the positions %lld..%lld are not all in the sequence %s", (long long)from, (long long)to,
                    val_to_string(A, s));
    for (int64_t k = 0; k <= to - from; k++) {
        int64_t i = last ? to - k : from + k;
        if (native_holds(call, &test, val_seq_at(s, (uint32_t)(i - 1)))) return val_int(i);
    }
    return val_int(0);
}

static val s_select_in_seq(native_call *call)
{
    val s = native_seq_arg(call, 0, "SelectInSeq");
    return select_in(call, s, 1, val_len(s), false);
}

static val s_select_last_in_seq(native_call *call)
{
    val s = native_seq_arg(call, 0, "SelectLastInSeq");
    return select_in(call, s, 1, val_len(s), true);
}

static val s_select_in_sub_seq(native_call *call)
{
    val s = native_seq_arg(call, 0, "SelectInSubSeq");
    return select_in(call, s, native_int_arg(call, 1), native_int_arg(call, 2), false);
}

static val s_select_last_in_sub_seq(native_call *call)
{
    val s = native_seq_arg(call, 0, "SelectLastInSubSeq");
    return select_in(call, s, native_int_arg(call, 1), native_int_arg(call, 2), true);
}

static val s_last(native_call *call)
{
    val s = native_seq_arg(call, 0, "Last");
    if (val_len(s) == 0) native_fail(call, "Last of the empty sequence");
    return val_seq_at(s, val_len(s) - 1);
}

/* ---- building sequences ------------------------------------------------------------------------- */

static val s_reverse(native_call *call)
{
    val s = native_seq_arg(call, 0, "Reverse");
    uint32_t n = val_len(s);
    val *r = arena_alloc(A, sizeof(val) * (n + 1));
    for (uint32_t i = 0; i < n; i++) r[i] = val_seq_at(s, n - 1 - i);
    return as_function(val_seq_make(A, r, n));
}

static val s_remove(native_call *call)
{
    val s = native_seq_arg(call, 0, "Remove"), e = native_arg(call, 1);
    val *r = arena_alloc(A, sizeof(val) * (val_len(s) + 1));
    uint32_t k = 0;
    for (uint32_t i = 0; i < val_len(s); i++)
        if (!native_equal(call, val_seq_at(s, i), e)) r[k++] = val_seq_at(s, i);
    return val_seq_make(A, r, k);
}

static val s_replace_all(native_call *call)
{
    val s = native_seq_arg(call, 0, "ReplaceAll"), old = native_arg(call, 1), new = native_arg(call, 2);
    val *r = arena_alloc(A, sizeof(val) * (val_len(s) + 1));
    for (uint32_t i = 0; i < val_len(s); i++) r[i] = native_equal(call, val_seq_at(s, i), old) ? new : val_seq_at(s, i);
    return as_function(val_seq_make(A, r, val_len(s)));
}

/* SubSeq(s, 1, i - 1) \o <<e>> \o SubSeq(s, i, Len(s)): defined for i in 1..Len(s) + 1. */
static val s_insert_at(native_call *call)
{
    val s = native_seq_arg(call, 0, "InsertAt");
    int64_t i = native_int_arg(call, 1);
    val e = native_arg(call, 2);
    if (i < 1 || i > (int64_t)val_len(s) + 1)
        native_fail(call, "InsertAt: position %lld is outside 1..%u", (long long)i, val_len(s) + 1);
    uint32_t at = (uint32_t)i - 1;
    val parts[3] = {slice(call, s, 0, at), val_seq_make(A, &e, 1), slice(call, s, at, val_len(s))};
    return joined(call, parts, 3);
}

static val s_replace_at(native_call *call)
{
    val s = native_func_arg(call, 0, "ReplaceAt"), i = native_arg(call, 1), e = native_arg(call, 2), out;
    val_status st = val_except(A, s, i, e, &out);
    if (st == VAL_NOT_IN_DOMAIN) return s;   /* [s EXCEPT ![i] = e] = s when i \notin DOMAIN s */
    eval_check(call->w, call->loc, st);
    return out;
}

/* SubSeq(s, 1, i - 1) \o SubSeq(s, i + 1, Len(s)): defined for i in 0..Len(s) + 1 (0 and
 * Len(s) + 1 remove nothing). */
static val s_remove_at(native_call *call)
{
    bool str;
    val s = seq_or_chars_arg(call, 0, "RemoveAt", &str);
    int64_t i = native_int_arg(call, 1), n = val_len(s);
    if (i < 0 || i > n + 1)
        native_fail(call, "RemoveAt: position %lld is outside 0..%lld", (long long)i, (long long)n + 1);
    val parts[2] = {slice(call, s, 0, i ? (uint32_t)i - 1 : 0), slice(call, s, (uint32_t)i, (uint32_t)n)};
    return as_given(call, joined(call, parts, 2), str);
}

/* s without its first element that matches (equals e, or satisfies test). */
static val remove_first(native_call *call, val s, const val *e, const opval *test)
{
    uint32_t n = val_len(s);
    for (uint32_t i = 0; i < n; i++)
        if (e ? native_equal(call, val_seq_at(s, i), *e) : native_holds(call, test, val_seq_at(s, i))) {
            val parts[2] = {slice(call, s, 0, i), slice(call, s, i + 1, n)};
            return joined(call, parts, 2);
        }
    return val_seq_make(A, elems(s), n);
}

static val s_remove_first(native_call *call)
{
    val s = native_seq_arg(call, 0, "RemoveFirst"), e = native_arg(call, 1);
    return remove_first(call, s, &e, NULL);
}

static val s_remove_first_match(native_call *call)
{
    val s = native_seq_arg(call, 0, "RemoveFirstMatch");
    opval test = native_op_arg(call, 1);
    return remove_first(call, s, NULL, &test);
}

static val s_cons(native_call *call)
{
    val e = native_arg(call, 0), s = native_seq_arg(call, 1, "Cons");
    val parts[2] = {val_seq_make(A, &e, 1), s};
    return joined(call, parts, 2);
}

static val s_snoc(native_call *call)
{
    val e = native_arg(call, 0), s = native_seq_arg(call, 1, "Snoc");
    return val_seq_append(A, s, e);
}

static val s_front(native_call *call)
{
    bool str;
    val s = seq_or_chars_arg(call, 0, "Front", &str);
    return as_given(call, slice(call, s, 0, val_len(s) ? val_len(s) - 1 : 0), str);
}

/* ---- prefixes and suffixes ---------------------------------------------------------------------- */

/* Is s a prefix of t? Both sequences, or both strings (TLC's override); elements compared as
 * TLC's Java compares them, refusing values of kinds it cannot compare. */
static bool is_prefix(native_call *call, const char *op)
{
    bool s_str, t_str;
    val s = seq_or_chars_arg(call, 0, op, &s_str), t = seq_or_chars_arg(call, 1, op, &t_str);
    if (s_str != t_str) native_fail(call, "%s needs two sequences or two strings", op);
    if (val_len(s) > val_len(t)) return false;
    for (uint32_t i = 0; i < val_len(s); i++)
        if (!native_equal(call, val_seq_at(s, i), val_seq_at(t, i))) return false;
    return true;
}

static val s_is_prefix(native_call *call) { return val_bool(is_prefix(call, "IsPrefix")); }

static val s_is_strict_prefix(native_call *call)
{
    return val_bool(is_prefix(call, "IsStrictPrefix") && !native_equal(call, native_arg(call, 0), native_arg(call, 1)));
}

static bool is_suffix(native_call *call, const char *op)
{
    val s = native_seq_arg(call, 0, op), t = native_seq_arg(call, 1, op);
    uint32_t n = val_len(s), m = val_len(t);
    if (n > m) return false;
    for (uint32_t i = 0; i < n; i++)
        if (!native_equal(call, val_seq_at(s, i), val_seq_at(t, m - n + i))) return false;
    return true;
}

static val s_is_suffix(native_call *call) { return val_bool(is_suffix(call, "IsSuffix")); }

static val s_is_strict_suffix(native_call *call)
{
    return val_bool(is_suffix(call, "IsStrictSuffix") && !native_equal(call, native_arg(call, 0), native_arg(call, 1)));
}

static val s_prefixes(native_call *call)
{
    bool str;
    val s = seq_or_chars_arg(call, 0, "Prefixes", &str);
    uint32_t n = val_len(s);
    val *out = arena_alloc(A, sizeof(val) * (n + 2));
    for (uint32_t l = 0; l <= n; l++) out[l] = as_given(call, slice(call, s, 0, l), str);
    return val_set_make(A, out, n + 1);
}

static val s_suffixes(native_call *call)
{
    val s = native_seq_arg(call, 0, "Suffixes");
    uint32_t n = val_len(s);
    val *out = arena_alloc(A, sizeof(val) * (n + 2));
    for (uint32_t l = 0; l <= n; l++) out[l] = slice(call, s, l, n);
    return val_set_make(A, out, n + 1);
}

/* The longest common prefix of a non-empty set of sequences, or of strings. */
static val s_longest_common_prefix(native_call *call)
{
    val set = native_set_arg(call, 0);
    uint32_t n = val_set_size(set);
    if (n == 0) native_fail(call, "LongestCommonPrefix of the empty set");
    bool str, other_str;
    val first = seq_or_chars(call, val_set_at(set, 0), "LongestCommonPrefix", &str);
    uint32_t len = val_len(first);
    for (uint32_t k = 1; k < n; k++) {
        val s = seq_or_chars(call, val_set_at(set, k), "LongestCommonPrefix", &other_str);
        if (other_str != str) native_fail(call, "LongestCommonPrefix needs sequences or strings, not both");
        uint32_t i = 0;
        while (i < len && i < val_len(s) && native_equal(call, val_seq_at(first, i), val_seq_at(s, i))) i++;
        len = i;
    }
    return as_given(call, slice(call, first, 0, len), str);
}

/* ---- folds -------------------------------------------------------------------------------------- */

/* FoldFunction's order: op(seq[n], ... op(seq[1], base)), over any function's domain. */
static val s_fold_seq(native_call *call)
{
    opval op = native_op_arg(call, 0);
    val acc = native_arg(call, 1);
    native_points p = native_points_of(native_func_arg(call, 2, "FoldSeq"));
    for (uint32_t i = 0; i < p.n; i++) {
        val args[2] = {p.rng[i], acc};
        acc = native_apply(call, &op, args, 2);
    }
    return acc;
}

/* Left folds take (acc, x), right folds (x, acc); of the elements, or of the positions (domain). */
static val fold(native_call *call, uint32_t op_at, uint32_t seq_at, uint32_t base_at, bool left, bool domain)
{
    opval op = native_op_arg(call, op_at);
    val s = native_seq_arg(call, seq_at, left ? "FoldLeft" : "FoldRight"), acc = native_arg(call, base_at);
    uint32_t n = val_len(s);
    for (uint32_t k = 0; k < n; k++) {
        uint32_t i = left ? k : n - 1 - k;
        val x = domain ? val_int((int64_t)i + 1) : val_seq_at(s, i);
        val args[2] = {left ? acc : x, left ? x : acc};
        acc = native_apply(call, &op, args, 2);
    }
    return acc;
}

static val s_fold_left(native_call *call) { return fold(call, 0, 2, 1, true, false); }
static val s_fold_right(native_call *call) { return fold(call, 0, 1, 2, false, false); }
static val s_fold_left_domain(native_call *call) { return fold(call, 0, 2, 1, true, true); }
static val s_fold_right_domain(native_call *call) { return fold(call, 0, 1, 2, false, true); }

/* seqs[1] \o seqs[2] \o ...: sequences, or strings; the one element itself when there is one. */
static val s_flatten_seq(native_call *call)
{
    val seqs = native_seq_arg(call, 0, "FlattenSeq");
    uint32_t n = val_len(seqs);
    if (n == 0) return seqs;
    val acc = val_seq_at(seqs, 0);
    bool all_seqs = true;
    for (uint32_t i = 0; i < n; i++) all_seqs &= val_is_seq(val_seq_at(seqs, i));
    if (all_seqs && n > 1) return joined(call, elems(seqs), n);
    for (uint32_t i = 1; i < n; i++) {
        val_status st = val_seq_concat(A, acc, val_seq_at(seqs, i), &acc);
        if (st == VAL_TYPE) native_fail(call, "FlattenSeq needs a sequence of sequences, or of strings");
        eval_check(call->w, call->loc, st);
    }
    return acc;
}

static val s_zip(native_call *call)
{
    val s = native_seq_arg(call, 0, "Zip"), t = native_seq_arg(call, 1, "Zip");
    uint32_t n = val_len(s) < val_len(t) ? val_len(s) : val_len(t);
    val *r = arena_alloc(A, sizeof(val) * (n + 1));
    for (uint32_t i = 0; i < n; i++) {
        val pair[2] = {val_seq_at(s, i), val_seq_at(t, i)};
        r[i] = val_seq_make(A, pair, 2);
    }
    return as_function(val_seq_make(A, r, n));
}

/* << <<s[1]>>, <<t[1]>>, ... >>, as published (<< <<>>, <<>> >> for two empty sequences). */
static val s_interleave(native_call *call)
{
    val s = native_seq_arg(call, 0, "Interleave"), t = native_seq_arg(call, 1, "Interleave");
    uint32_t n = val_len(s);
    if (n != val_len(t))
        native_fail(call, "no arm of this CASE applies, and it has no OTHER arm (Interleave of sequences of"
                          " different lengths)");
    val empty = val_seq_make(A, NULL, 0), both[2] = {empty, empty};
    if (n == 0) return val_seq_make(A, both, 2);
    val *r = arena_alloc(A, sizeof(val) * (2 * (size_t)n + 1));
    for (uint32_t i = 0; i < n; i++) {
        r[2 * i] = val_seq_make(A, &elems(s)[i], 1);
        r[2 * i + 1] = val_seq_make(A, &elems(t)[i], 1);
    }
    return val_seq_make(A, r, 2 * n);
}

/* ---- subsequences ------------------------------------------------------------------------------- */

static val s_sub_seqs(native_call *call)
{
    bool str;
    val s = seq_or_chars_arg(call, 0, "SubSeqs", &str);
    uint32_t n = val_len(s);
    native_list out = {A, NULL, 0, 0};
    native_list_push(&out, as_given(call, slice(call, s, 0, 0), str));
    for (uint32_t i = 0; i < n; i++)
        for (uint32_t j = i + 1; j <= n; j++) native_list_push(&out, as_given(call, slice(call, s, i, j), str));
    return val_set_make(A, out.items, out.len);
}

/* The subsequences of s with any elements left out, one per subset of positions. */
static val s_all_sub_seqs(native_call *call)
{
    val s = native_seq_arg(call, 0, "AllSubSeqs");
    uint32_t n = val_len(s);
    if (n > 25) native_fail(call, "AllSubSeqs of a sequence of %u elements has too many elements to list", n);
    val *out = arena_alloc(A, sizeof(val) * ((size_t)1 << n)), *pick = arena_alloc(A, sizeof(val) * (n + 1));
    for (uint32_t mask = 0; mask < (uint32_t)1 << n; mask++) {
        uint32_t k = 0;
        for (uint32_t i = 0; i < n; i++)
            if (mask >> i & 1) pick[k++] = val_seq_at(s, i);
        out[mask] = val_seq_make(A, pick, k);
    }
    return val_set_make(A, out, (size_t)1 << n);
}

/* Where s first occurs in t, 0-based, or -1. */
static int64_t find_from(val s, val t, uint32_t from)
{
    uint32_t n = val_len(s), m = val_len(t);
    for (uint32_t i = from; i + n <= m; i++) {
        uint32_t k = 0;
        while (k < n && val_equal(val_seq_at(s, k), val_seq_at(t, i + k))) k++;
        if (k == n) return i;
    }
    return -1;
}

/* Both sequences, or both (all) strings as sequences of characters; *str says which. */
static void same_kind(native_call *call, val *v, uint32_t n, const char *op, bool *str)
{
    bool kind[3];
    for (uint32_t i = 0; i < n; i++) v[i] = seq_or_chars(call, v[i], op, &kind[i]);
    for (uint32_t i = 1; i < n; i++)
        if (kind[i] != kind[0]) native_fail(call, "%s needs sequences, or strings, not both", op);
    *str = kind[0];
}

static val s_index_first_sub_seq(native_call *call)
{
    val v[2] = {native_arg(call, 0), native_arg(call, 1)};
    bool str;
    same_kind(call, v, 2, "IndexFirstSubSeq", &str);
    int64_t i = find_from(v[0], v[1], 0);
    if (i < 0) native_fail(call, "CHOOSE found no element satisfying its predicate (IndexFirstSubSeq: no occurrence)");
    return val_int(i + 1);
}

/* t with the occurrences of s replaced by r, from the left without overlap (all of them, or the
 * first); for s empty, r before each element of t (before the first only), or r when t is empty. */
static val replace(native_call *call, const char *op, bool all)
{
    val v[3] = {native_arg(call, 0), native_arg(call, 1), native_arg(call, 2)};
    bool str;
    same_kind(call, v, 3, op, &str);
    val r = v[0], s = v[1], t = v[2];
    uint32_t n = val_len(s), m = val_len(t), from = 0;
    native_list parts = {A, NULL, 0, 0};
    if (n == 0) {
        native_list_push(&parts, r);
        for (; all && from + 1 < m; from++) {
            native_list_push(&parts, slice(call, t, from, from + 1));
            native_list_push(&parts, r);
        }
    }
    for (int64_t i; n > 0 && (i = find_from(s, t, from)) >= 0;) {
        native_list_push(&parts, slice(call, t, from, (uint32_t)i));
        native_list_push(&parts, r);
        from = (uint32_t)i + n;
        if (!all) break;
    }
    native_list_push(&parts, slice(call, t, from, m));
    return as_given(call, joined(call, parts.items, parts.len), str);
}

static val s_replace_first_sub_seq(native_call *call) { return replace(call, "ReplaceFirstSubSeq", false); }
static val s_replace_all_sub_seqs(native_call *call) { return replace(call, "ReplaceAllSubSeqs", true); }

const native_entry native_seqext[] = {
    {"SequencesExt", "ToSet", s_to_set},
    {"SequencesExt", "ToBag", s_to_bag},
    {"SequencesExt", "SetToSeq", s_set_to_seq},
    {"SequencesExt", "SetToSeqs", s_set_to_seqs},
    {"SequencesExt", "Contains", s_contains},
    {"SequencesExt", "IsSorted", s_is_sorted},
    {"SequencesExt", "Reverse", s_reverse},
    {"SequencesExt", "Remove", s_remove},
    {"SequencesExt", "ReplaceAll", s_replace_all},
    {"SequencesExt", "SelectInSeq", s_select_in_seq},
    {"SequencesExt", "SelectInSubSeq", s_select_in_sub_seq},
    {"SequencesExt", "SelectLastInSeq", s_select_last_in_seq},
    {"SequencesExt", "SelectLastInSubSeq", s_select_last_in_sub_seq},
    {"SequencesExt", "InsertAt", s_insert_at},
    {"SequencesExt", "ReplaceAt", s_replace_at},
    {"SequencesExt", "RemoveAt", s_remove_at},
    {"SequencesExt", "RemoveFirst", s_remove_first},
    {"SequencesExt", "RemoveFirstMatch", s_remove_first_match},
    {"SequencesExt", "Cons", s_cons},
    {"SequencesExt", "Snoc", s_snoc},
    {"SequencesExt", "Front", s_front},
    {"SequencesExt", "Last", s_last},
    {"SequencesExt", "IsPrefix", s_is_prefix},
    {"SequencesExt", "IsStrictPrefix", s_is_strict_prefix},
    {"SequencesExt", "IsSuffix", s_is_suffix},
    {"SequencesExt", "IsStrictSuffix", s_is_strict_suffix},
    {"SequencesExt", "Prefixes", s_prefixes},
    {"SequencesExt", "Suffixes", s_suffixes},
    {"SequencesExt", "LongestCommonPrefix", s_longest_common_prefix},
    {"SequencesExt", "FoldSeq", s_fold_seq},
    {"SequencesExt", "FoldLeft", s_fold_left},
    {"SequencesExt", "FoldRight", s_fold_right},
    {"SequencesExt", "FoldLeftDomain", s_fold_left_domain},
    {"SequencesExt", "FoldRightDomain", s_fold_right_domain},
    {"SequencesExt", "FlattenSeq", s_flatten_seq},
    {"SequencesExt", "Zip", s_zip},
    {"SequencesExt", "Interleave", s_interleave},
    {"SequencesExt", "SubSeqs", s_sub_seqs},
    {"SequencesExt", "AllSubSeqs", s_all_sub_seqs},
    {"SequencesExt", "IndexFirstSubSeq", s_index_first_sub_seq},
    {"SequencesExt", "ReplaceFirstSubSeq", s_replace_first_sub_seq},
    {"SequencesExt", "ReplaceAllSubSeqs", s_replace_all_sub_seqs},
    {NULL, NULL, NULL},
};
