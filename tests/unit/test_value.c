/* test_value.c - canonical values: order, equality across representations, set algebra, lazy sets,
 * functions and sequences, overflow-checked integers, bytes and printing. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <string.h>

#include "value.h"

static arena A;

static val ints(int n, ...)
{
    va_list ap;
    va_start(ap, n);
    val *xs = arena_alloc(&A, sizeof(val) * (size_t)(n + 1));
    for (int i = 0; i < n; i++) xs[i] = val_int(va_arg(ap, int));
    va_end(ap);
    return val_set_make(&A, xs, (size_t)n);
}

static void assert_prints(val v, const char *want) { assert_string_equal(val_to_string(&A, v), want); }

static void test_sets_canonical(void **state)
{
    val s = ints(5, 3, 1, 2, 3, -5);
    assert_int_equal(val_set_size(s), 4);
    assert_prints(s, "{-5, 1, 2, 3}");
    assert_true(val_equal(s, ints(4, -5, 1, 2, 3)));
    assert_true(val_equal(val_interval_make(&A, 1, 3), ints(3, 1, 2, 3)));
    assert_prints(val_interval_make(&A, 1, 3), "1..3");
    assert_prints(val_empty_set(), "{}");
    assert_true(val_equal(val_interval_make(&A, 3, 1), val_empty_set()));
    /* sets of sets: size first, then elements */
    val ss[3] = {ints(2, 1, 2), ints(1, 3), val_empty_set()};
    assert_prints(val_set_make(&A, ss, 3), "{{}, {3}, {1, 2}}");
    /* kinds are ordered: Booleans, integers, strings, model values */
    val mixed[4] = {val_str(util_intern("a")), val_int(1), val_bool(true), val_model(util_intern("m"))};
    assert_prints(val_set_make(&A, mixed, 4), "{m, TRUE, 1, \"a\"}");   /* model values first, as in TLC */
}

static void test_set_algebra(void **state)
{
    val out;
    assert_int_equal(val_set_union(&A, ints(2, 1, 2), ints(2, 2, 3), &out), VAL_OK);
    assert_prints(out, "{1, 2, 3}");
    assert_int_equal(val_set_intersect(&A, ints(3, 1, 2, 3), ints(2, 2, 4), &out), VAL_OK);
    assert_prints(out, "{2}");
    assert_int_equal(val_set_minus(&A, ints(3, 1, 2, 3), ints(1, 2), &out), VAL_OK);
    assert_prints(out, "{1, 3}");
    bool in;
    assert_int_equal(val_set_minus(&A, val_nat_set(), ints(1, 0), &out), VAL_OK);
    assert_int_equal(val_member(&A, val_int(0), out, &in), VAL_OK);
    assert_false(in);
    assert_int_equal(val_member(&A, val_int(7), out, &in), VAL_OK);
    assert_true(in);
    assert_int_equal(val_set_intersect(&A, ints(3, -1, 0, 1), val_nat_set(), &out), VAL_OK);
    assert_prints(out, "{0, 1}");
    assert_int_equal(val_subseteq(&A, ints(2, 1, 2), val_nat_set(), &in), VAL_OK);
    assert_true(in);
    assert_int_equal(val_subseteq(&A, ints(2, -1, 2), val_nat_set(), &in), VAL_OK);
    assert_false(in);
    int64_t n;
    assert_int_equal(val_cardinality(&A, val_powerset_make(&A, ints(3, 1, 2, 3)), &n), VAL_OK);
    assert_int_equal(n, 8);
    assert_int_equal(val_cardinality(&A, val_funcset_make(&A, ints(2, 1, 2), ints(3, 1, 2, 3)), &n), VAL_OK);
    assert_int_equal(n, 9);
    assert_int_equal(val_cardinality(&A, val_nat_set(), &n), VAL_INFINITE);
    assert_int_equal(val_enumerate(&A, val_int_set(), &out), VAL_INFINITE);
}

static void test_lazy_membership(void **state)
{
    bool in;
    val f;
    val dom[2] = {val_int(1), val_int(2)}, rng[2] = {val_int(5), val_int(7)};
    assert_int_equal(val_func_make(&A, dom, rng, 2, &f), VAL_OK);
    val nat_to_nat = val_funcset_make(&A, ints(2, 1, 2), val_nat_set());
    assert_int_equal(val_member(&A, f, nat_to_nat, &in), VAL_OK);
    assert_true(in);
    assert_int_equal(val_member(&A, ints(2, 1, 2), val_powerset_make(&A, val_nat_set()), &in), VAL_OK);
    assert_true(in);
    assert_int_equal(val_member(&A, ints(1, -1), val_powerset_make(&A, val_nat_set()), &in), VAL_OK);
    assert_false(in);
    assert_int_equal(val_member(&A, f, val_seqset_make(&A, val_nat_set()), &in), VAL_OK);
    assert_true(in);
    assert_int_equal(val_member(&A, val_str(util_intern("x")), val_string_set(), &in), VAL_OK);
    assert_true(in);
    atom names[2] = {util_intern("b"), util_intern("a")};
    val sets[2] = {val_boolean_set(&A), val_nat_set()};
    val rs = val_recset_make(&A, names, sets, 2);
    val vals[2] = {val_bool(true), val_int(3)};
    assert_int_equal(val_member(&A, val_record_make(&A, names, vals, 2), rs, &in), VAL_OK);
    assert_true(in);
}

static void test_enumeration_order(void **state)
{
    val out;
    assert_int_equal(val_enumerate(&A, val_powerset_make(&A, ints(3, 1, 2, 3)), &out), VAL_OK);
    assert_prints(out, "{{}, {1}, {2}, {3}, {1, 2}, {1, 3}, {2, 3}, {1, 2, 3}}");
    val ab[2] = {val_model(util_intern("a")), val_model(util_intern("b"))};
    assert_int_equal(val_enumerate(&A, val_funcset_make(&A, ints(2, 1, 2), val_set_make(&A, ab, 2)), &out), VAL_OK);
    assert_prints(out, "{<<a, a>>, <<a, b>>, <<b, a>>, <<b, b>>}");
    val parts[2] = {ints(2, 1, 2), val_boolean_set(&A)};
    assert_int_equal(val_enumerate(&A, val_product_make(&A, parts, 2), &out), VAL_OK);
    assert_prints(out, "{<<1, FALSE>>, <<1, TRUE>>, <<2, FALSE>>, <<2, TRUE>>}");
}

static void test_functions(void **state)
{
    val f, g, out;
    val dom[3] = {val_int(3), val_int(1), val_int(2)}, rng[3] = {val_int(9), val_int(1), val_int(4)};
    assert_int_equal(val_func_make(&A, dom, rng, 3, &f), VAL_OK);
    assert_int_equal(f.kind, VAL_SEQ);   /* domain 1..n: a sequence */
    assert_prints(f, "<<1, 4, 9>>");
    assert_int_equal(val_apply(&A, f, val_int(2), &out), VAL_OK);
    assert_int_equal(val_get_int(out), 4);
    assert_int_equal(val_apply(&A, f, val_int(4), &out), VAL_NOT_IN_DOMAIN);
    assert_int_equal(val_except(&A, f, val_int(1), val_int(0), &g), VAL_OK);
    assert_prints(g, "<<0, 4, 9>>");
    val d2[2] = {val_int(0), val_int(1)}, r2[2] = {val_str(util_intern("a")), val_str(util_intern("b"))};
    assert_int_equal(val_func_make(&A, d2, r2, 2, &g), VAL_OK);
    assert_prints(g, "(0 :> \"a\" @@ 1 :> \"b\")");
    atom names[2] = {util_intern("b"), util_intern("a")};
    val vals[2] = {val_int(2), val_int(1)};
    val r = val_record_make(&A, names, vals, 2);
    assert_prints(r, "[a |-> 1, b |-> 2]");
    assert_int_equal(val_apply(&A, r, val_str(util_intern("b")), &out), VAL_OK);
    assert_int_equal(val_get_int(out), 2);
    assert_int_equal(val_domain(&A, r, &out), VAL_OK);
    assert_prints(out, "{\"a\", \"b\"}");
    /* the empty function is the empty sequence */
    assert_int_equal(val_func_make(&A, NULL, NULL, 0, &out), VAL_OK);
    assert_true(val_equal(out, val_seq_make(&A, NULL, 0)));
    assert_prints(out, "<<>>");
    val s = val_seq_append(&A, val_seq_make(&A, NULL, 0), val_int(5));
    assert_int_equal(val_seq_concat(&A, s, s, &out), VAL_OK);
    assert_prints(out, "<<5, 5>>");
    assert_int_equal(val_seq_concat(&A, val_str(util_intern("ab")), val_str(util_intern("c")), &out), VAL_OK);
    assert_prints(out, "\"abc\"");
    assert_int_equal(val_func_merge(&A, g, f, &out), VAL_OK);
    assert_prints(out, "(0 :> \"a\" @@ 1 :> \"b\" @@ 2 :> 4 @@ 3 :> 9)");
}

static void test_integers(void **state)
{
    val out;
    assert_int_equal(val_int_div(-7, 2, &out), VAL_OK);
    assert_int_equal(val_get_int(out), -4);
    assert_int_equal(val_int_mod(-7, 2, &out), VAL_OK);
    assert_int_equal(val_get_int(out), 1);
    assert_int_equal(val_int_div(7, 2, &out), VAL_OK);
    assert_int_equal(val_get_int(out), 3);
    assert_int_equal(val_int_mod(7, 3, &out), VAL_OK);
    assert_int_equal(val_get_int(out), 1);
    assert_int_equal(val_int_div(1, 0, &out), VAL_DIV_ZERO);
    /* TLC's 32 bits */
    assert_int_equal(val_int_add(INT32_MAX, 1, &out), VAL_OVERFLOW);
    assert_int_equal(val_int_add(INT32_MAX - 1, 1, &out), VAL_OK);
    assert_int_equal(val_int_mul(65536, 32768, &out), VAL_OVERFLOW);
    assert_int_equal(val_int_mul(-65536, 32768, &out), VAL_OK);
    assert_int_equal(val_int_pow(2, 30, &out), VAL_OK);
    assert_int_equal(val_int_pow(2, 31, &out), VAL_OVERFLOW);
    assert_int_equal(val_int_pow(-2, 31, &out), VAL_OK);
    assert_int_equal(val_int_sub(INT32_MIN, 1, &out), VAL_OVERFLOW);
    assert_int_equal(val_int_sub(0, INT32_MIN, &out), VAL_OVERFLOW);
    assert_int_equal(val_int_div(INT32_MIN, -1, &out), VAL_OVERFLOW);
}

static void test_bytes(void **state)
{
    val_buf a = {0}, b = {0};
    val_serialize(val_interval_make(&A, 1, 3), &a);
    val_serialize(ints(3, 3, 2, 1), &b);
    assert_int_equal(a.len, b.len);
    assert_memory_equal(a.items, b.items, a.len);
    assert_int_equal(val_fingerprint(val_interval_make(&A, 1, 3), &a), val_fingerprint(ints(3, 1, 2, 3), &b));
    assert_true(val_fingerprint(ints(1, 1), &a) != val_fingerprint(ints(1, 2), &b));
    atom names[1] = {util_intern("f")};
    val vals[1] = {ints(2, 1, 2)};
    val st[4] = {val_int(-42), val_record_make(&A, names, vals, 1), val_model(util_intern("p1")), val_str(util_intern("s"))};
    a.len = 0;
    val_state_serialize(st, 4, &a);
    val back[4];
    assert_true(val_state_deserialize(&A, a.items, (uint32_t)a.len, back, 4));
    for (int i = 0; i < 4; i++) assert_true(val_equal(st[i], back[i]));
    assert_false(val_state_deserialize(&A, a.items, (uint32_t)a.len - 1, back, 4));
    /* the offsets found without decoding are those found decoding, and bad bytes are refused alike */
    uint32_t at[5], skipped[5];
    assert_true(val_state_deserialize_at(&A, a.items, (uint32_t)a.len, back, 4, at));
    assert_true(val_state_offsets(a.items, (uint32_t)a.len, 4, skipped));
    assert_memory_equal(at, skipped, sizeof at);
    for (uint32_t cut = 0; cut < a.len; cut++) assert_false(val_state_offsets(a.items, cut, 4, skipped));
    assert_false(val_state_offsets(a.items, (uint32_t)a.len, 3, skipped));
    free(a.items);
    free(b.items);
}

/* Functions with the same domain decoded through one val_domains share it; a domain longer than 127
 * bytes (its length takes two bytes) reads back too, and so does everything through a table trimmed
 * between decodes. */
static void test_shared_domains(void **state)
{
    (void)state;
    val dom[40], r1[40], r2[40];
    for (int i = 0; i < 40; i++) {
        dom[i] = val_int(100000 + i);   /* four bytes each */
        r1[i] = val_int(i);
        r2[i] = val_int(-i);
    }
    val st[3];
    assert_int_equal(val_func_make(&A, dom, r1, 40, &st[0]), VAL_OK);
    assert_int_equal(val_func_make(&A, dom, r2, 40, &st[1]), VAL_OK);
    atom names[2] = {util_intern("a"), util_intern("b")};
    st[2] = val_record_make(&A, names, r1, 2);
    val_buf b = {0};
    val_state_serialize(st, 3, &b);
    val_domains *d = val_domains_new();
    for (int round = 0; round < 2; round++) {
        val back[3];
        uint32_t at[4], skipped[4];
        assert_true(val_state_deserialize_shared(&A, b.items, (uint32_t)b.len, back, 3, at, d));
        for (int i = 0; i < 3; i++) assert_true(val_equal(st[i], back[i]));
        assert_ptr_equal(back[0].u.fn->dom, back[1].u.fn->dom);
        assert_true(val_state_offsets(b.items, (uint32_t)b.len, 3, skipped));
        assert_memory_equal(at, skipped, sizeof at);
        val_domains_trim(d);
    }
    assert_false(val_state_deserialize_shared(&A, b.items, (uint32_t)b.len - 1, (val[3]){0}, 3, (uint32_t[4]){0}, d));
    val_domains_free(d);
    free(b.items);
}

/* ---- writing a value like another: random values, decoded from their bytes, changed the ways
 * actions change variables; the bytes written like the old value are val_serialize's. */

static uint64_t like_seed = 88172645463325252ull;

static uint32_t like_pick(uint32_t n)
{
    like_seed ^= like_seed << 13, like_seed ^= like_seed >> 7, like_seed ^= like_seed << 17;
    return (uint32_t)(like_seed % n);
}

static val like_random(int depth)
{
    static const char *names[] = {"a", "b", "c"};
    uint32_t k = depth <= 0 ? like_pick(4) : like_pick(8);
    switch (k) {
    case 0: return val_int((int64_t)like_pick(300) - 100);
    case 1: return val_str(util_intern(names[like_pick(3)]));
    case 2: return val_model(util_intern(names[like_pick(3)]));
    case 3: return val_bool(like_pick(2));
    default: break;
    }
    uint32_t n = like_pick(5);
    val xs[5], ys[5];
    for (uint32_t i = 0; i < n; i++) xs[i] = like_random(depth - 1), ys[i] = like_random(depth - 1);
    if (k == 4) return val_set_make(&A, xs, n);
    if (k == 5) return val_seq_make(&A, xs, n);
    atom fields[5] = {util_intern("f"), util_intern("g"), util_intern("h"), util_intern("i"), util_intern("j")};
    if (k == 6) return val_record_make(&A, fields, xs, n);
    val f;
    for (uint32_t i = 0; i < n; i++) xs[i] = val_int(like_pick(6));
    assert_int_equal(val_func_make(&A, xs, ys, n, &f), VAL_OK);
    return f;
}

/* v changed in one of the ways actions change values: a point of a function, a member added to or
 * removed from a set, an element appended, the first elements dropped (Tail), a part replaced deeper
 * down, or all of it. */
static val like_change(val v, int depth)
{
    val out = v;
    switch (like_pick(6)) {
    case 0:
        if (val_is_func(v) && val_len(v) > 0) {
            val dom;
            assert_int_equal(val_domain(&A, v, &dom), VAL_OK);
            assert_int_equal(val_enumerate(&A, dom, &dom), VAL_OK);
            val at = val_set_at(dom, like_pick(val_set_size(dom))), old;
            assert_int_equal(val_apply(&A, v, at, &old), VAL_OK);
            assert_int_equal(val_except(&A, v, at, like_pick(2) ? like_change(old, depth - 1) : like_random(depth - 1), &out), VAL_OK);
        }
        return out;
    case 1:
        if (v.kind == VAL_SET) {
            val one = like_random(depth - 1);
            /* a member of another kind is refused, as TLC refuses {1} \cup {"a"} */
            val_status st = val_set_union(&A, v, val_set_make(&A, &one, 1), &out);
            assert_true(st == VAL_OK || st == VAL_INCOMPARABLE);
            if (st) out = v;
        }
        return out;
    case 2:
        if (v.kind == VAL_SET && val_set_size(v) > 0) {
            val one = val_set_at(v, like_pick(val_set_size(v)));
            /* a set of mixed kinds (which TLC cannot build) is refused */
            val_status st = val_set_minus(&A, v, val_set_make(&A, &one, 1), &out);
            assert_true(st == VAL_OK || st == VAL_INCOMPARABLE);
            if (st) out = v;
        }
        return out;
    case 3: return v.kind == VAL_SEQ ? val_seq_append(&A, v, like_random(depth - 1)) : v;
    case 4: return v.kind == VAL_SEQ && val_len(v) > 0 ? val_seq_sub(&A, v, like_pick(val_len(v)) + 1, val_len(v)) : v;
    default: return like_random(depth);
    }
}

static void test_serialize_like(void **state)
{
    (void)state;
    val_buf was = {0}, want = {0}, got = {0};
    for (int trial = 0; trial < 20000; trial++) {
        was.len = want.len = got.len = 0;
        val_serialize(like_random(3), &was);
        val old;
        assert_true(val_decode_shared(&A, was.items, (uint32_t)was.len, &old, NULL));
        val v = like_change(old, 3);
        if (like_pick(2)) v = like_change(v, 3);
        val_serialize(v, &want);
        val_serialize_like(v, old, was.items, (uint32_t)was.len, &got);
        assert_int_equal(got.len, want.len);
        assert_memory_equal(got.items, want.items, want.len);
        uint32_t at[64];   /* the parts found by their offsets */
        bool found = val_parts(old) < 64 && val_part_offsets(was.items, (uint32_t)was.len, old, at);
        /* the same offsets found while decoding it as a state's one variable */
        val dec;
        uint32_t whole[2], *parts;
        assert_true(val_state_deserialize_parts(&A, was.items, (uint32_t)was.len, &dec, 1, whole, &parts, NULL));
        assert_int_equal(parts != NULL, val_parts(old) > 0);
        if (found) assert_memory_equal(parts, at, sizeof(uint32_t) * (val_parts(old) + 1));
        /* a function's or sequence's values split the same way, after its head (val_range_offsets) */
        uint32_t range[64], nrange;
        bool split = val_range_offsets(was.items, (uint32_t)was.len, 63, range, &nrange);
        assert_int_equal(split, (old.kind == VAL_FUNC || old.kind == VAL_SEQ) && val_parts(old) < 64);
        if (split) assert_int_equal(nrange, val_parts(old));
        if (split && found) assert_memory_equal(range, at, sizeof(uint32_t) * (nrange + 1));
        if (found) {
            got.len = 0;
            if (val_serialize_parts_like(v, old, was.items, at, &got)) {
                assert_int_equal(got.len, want.len);
                assert_memory_equal(got.items, want.items, want.len);
            }
        }
        if (trial % 1000 == 999) arena_reset(&A);
    }
    free(was.items);
    free(want.items);
    free(got.items);
}

/* Model values and strings order by their names' ranks (TLC's UniqueString ids: the order the names
 * were first interned in), not alphabetically, and not by the order model values were made in. */
static void test_model_value_order(void **state)
{
    const char *names[] = {"mv_zeta", "mv_proc_b_long", "mv_b", "mv_proc_a_long", "mv_a"};
    enum { N = sizeof names / sizeof *names };
    atom a[N];
    for (int i = 0; i < N; i++) a[i] = util_intern(names[i]);
    val v[N], s[N];
    for (int i = N - 1; i >= 0; i--) v[i] = val_model(a[i]);   /* made in the other order */
    for (int i = 0; i < N; i++) s[i] = val_str(a[i]);
    for (int i = 0; i < N; i++)
        for (int j = 0; j < N; j++) {
            int want = (i > j) - (i < j);
            int got = val_compare(v[i], v[j]), got_str = val_compare(s[i], s[j]);
            assert_int_equal(want, (got > 0) - (got < 0));
            assert_int_equal(want, (got_str > 0) - (got_str < 0));
        }
    assert_true(val_compare(v[0], val_int(0)) < 0);   /* model values first */
    assert_true(val_compare(v[0], s[0]) < 0);
    /* reordering ranks (set-up, before values exist) changes the order of strings made afterwards */
    atom fresh[] = {util_intern("rank_c"), util_intern("rank_b"), util_intern("rank_a")};
    assert_true(val_compare(val_str(fresh[0]), val_str(fresh[2])) < 0);
    assert_ptr_equal(util_intern_at(util_intern_rank(fresh[1])), fresh[1]);
}

static void test_permute(void **state)
{
    val p1 = val_model(util_intern("p1")), p2 = val_model(util_intern("p2"));
    uint32_t n = (val_model_index(p1) > val_model_index(p2) ? val_model_index(p1) : val_model_index(p2)) + 1;
    val *swap = arena_zalloc(&A, sizeof(val) * n);
    swap[val_model_index(p1)] = p2;
    swap[val_model_index(p2)] = p1;
    val xs[2] = {p1, val_int(1)};
    val s = val_set_make(&A, xs, 2);
    assert_prints(val_permute(&A, s, swap, n), "{p2, 1}");
    /* a value without model values comes back as it is, not a copy */
    val ys[2] = {val_int(2), val_str(util_intern("x"))};
    val t = val_set_make(&A, ys, 2);
    assert_ptr_equal(val_permute(&A, t, swap, n).u.set, t.u.set);
    /* records are re-sorted by their permuted domain where it holds model values */
    val dom[2] = {p1, p2}, rng[2] = {val_int(1), val_int(2)}, f;
    assert_int_equal(val_func_make(&A, dom, rng, 2, &f), VAL_OK);
    assert_prints(val_permute(&A, f, swap, n), "(p1 :> 2 @@ p2 :> 1)");
}

static val pair(val a, val b)
{
    val xs[2] = {a, b};
    return val_seq_make(&A, xs, 2);
}

/* Points and members looked for at their place in a run of integers or a grid of pairs (value.c
 * guess_index), which must fall back to searching when the values are not such a run. */
/* ---- the order and membership of small nested values (tuples of tuples, sets of them), against a
 * plain statement of the order and of what TLC refuses when it looks for a value in a set. */

static val small_random(int depth)
{
    static const char *names[] = {"a", "b"};
    uint32_t k = depth <= 0 ? like_pick(4) : like_pick(7);
    switch (k) {
    case 0: return val_int(like_pick(3));
    case 1: return val_str(util_intern(names[like_pick(2)]));
    case 2: return val_model(util_intern(names[like_pick(2)]));
    case 3: return val_bool(like_pick(2));
    default: break;
    }
    uint32_t n = like_pick(3);
    val xs[3];
    for (uint32_t i = 0; i < n; i++) xs[i] = small_random(depth - 1);
    return k == 4 ? val_set_make(&A, xs, n) : val_seq_make(&A, xs, n);
}

static int sign(int c) { return (c > 0) - (c < 0); }

/* Model values, Booleans, integers, strings, sets, sequences; then by value, size, element. */
static int ref_compare(val a, val b)
{
    static const int rank[] = {[VAL_MODEL] = 1, [VAL_BOOL] = 2, [VAL_INT] = 3, [VAL_STR] = 4, [VAL_SET] = 5, [VAL_SEQ] = 6};
    if (a.kind != b.kind) return rank[a.kind] < rank[b.kind] ? -1 : 1;
    switch (a.kind) {
    case VAL_INT: return sign((a.u.i > b.u.i) - (a.u.i < b.u.i));
    case VAL_BOOL: return (int)a.u.b - (int)b.u.b;
    case VAL_STR: case VAL_MODEL: return (a.aux > b.aux) - (a.aux < b.aux);
    default: break;
    }
    uint32_t n = a.kind == VAL_SET ? val_set_size(a) : val_len(a), m = b.kind == VAL_SET ? val_set_size(b) : val_len(b);
    if (n != m) return n < m ? -1 : 1;
    for (uint32_t i = 0; i < n; i++) {
        int c = a.kind == VAL_SET ? ref_compare(val_set_at(a, i), val_set_at(b, i)) : ref_compare(val_seq_at(a, i), val_seq_at(b, i));
        if (c) return c;
    }
    return 0;
}

static void test_order_and_membership(void **state)
{
    (void)state;
    int refused = 0, found = 0;
    for (int trial = 0; trial < 30000; trial++) {
        val x = small_random(2), y = small_random(2);
        assert_int_equal(sign(val_compare(x, y)), ref_compare(x, y));
        assert_int_equal(val_equal(x, y), ref_compare(x, y) == 0);
        val elems[6];
        uint32_t n = like_pick(7);
        for (uint32_t i = 0; i < n; i++) elems[i] = like_pick(4) ? small_random(2) : x;
        val s = val_set_make(&A, elems, n);
        bool in, eq, there = false;
        val_status st = val_member(&A, x, s, &in);
        for (uint32_t i = 0; i < val_set_size(s); i++) there |= ref_compare(val_set_at(s, i), x) == 0;
        if (there) {
            assert_int_equal(st, VAL_OK);
            assert_true(in);
            found++;
            continue;
        }
        /* not there: TLC stops where comparing x with the set's first or last member stops */
        uint32_t k = val_set_size(s);
        val_status want = k ? val_equal_status(x, val_set_at(s, 0), &eq) : VAL_OK;
        if (!want && k > 1) want = val_equal_status(x, val_set_at(s, k - 1), &eq);
        assert_int_equal(st, want == VAL_INCOMPARABLE ? VAL_INCOMPARABLE : VAL_OK);
        assert_false(in);
        refused += st == VAL_INCOMPARABLE;
    }
    assert_true(refused > 100 && found > 100);
}

static void test_guessed_places(void **state)
{
    val out;
    bool in;
    /* 0..4 and a domain with a gap: the guess misses, the search finds */
    val d[5] = {val_int(0), val_int(1), val_int(2), val_int(3), val_int(4)};
    val r[5] = {val_int(10), val_int(11), val_int(12), val_int(13), val_int(14)};
    val f;
    assert_int_equal(val_func_make(&A, d, r, 5, &f), VAL_OK);
    assert_int_equal(val_apply(&A, f, val_int(3), &out), VAL_OK);
    assert_int_equal(val_get_int(out), 13);
    assert_int_equal(val_apply(&A, f, val_int(5), &out), VAL_NOT_IN_DOMAIN);
    assert_int_equal(val_apply(&A, f, val_int(-1), &out), VAL_NOT_IN_DOMAIN);
    val gap[4] = {val_int(0), val_int(2), val_int(3), val_int(7)};
    assert_int_equal(val_func_make(&A, gap, r, 4, &f), VAL_OK);
    assert_int_equal(val_apply(&A, f, val_int(3), &out), VAL_OK);
    assert_int_equal(val_get_int(out), 12);
    assert_int_equal(val_apply(&A, f, val_int(1), &out), VAL_NOT_IN_DOMAIN);
    /* a grid of pairs, and four pairs that look like one at their ends but are not */
    val grid[6] = {pair(val_int(1), val_int(0)), pair(val_int(1), val_int(1)), pair(val_int(1), val_int(2)),
                   pair(val_int(2), val_int(0)), pair(val_int(2), val_int(1)), pair(val_int(2), val_int(2))};
    val g = val_set_make(&A, grid, 6);
    assert_int_equal(val_member(&A, pair(val_int(2), val_int(1)), g, &in), VAL_OK);
    assert_true(in);
    assert_int_equal(val_member(&A, pair(val_int(2), val_int(3)), g, &in), VAL_OK);
    assert_false(in);
    val x = val_str(util_intern("x"));
    val odd[4] = {pair(val_int(1), val_int(1)), pair(val_int(1), x), pair(val_int(2), val_int(1)),
                  pair(val_int(2), val_int(2))};
    assert_int_equal(val_func_make(&A, odd, r, 4, &f), VAL_OK);
    assert_int_equal(val_apply(&A, f, pair(val_int(1), val_int(2)), &out), VAL_NOT_IN_DOMAIN);
    assert_int_equal(val_apply(&A, f, pair(val_int(1), x), &out), VAL_OK);
    assert_int_equal(val_get_int(out), 11);
    assert_int_equal(val_apply(&A, f, pair(val_int(2), val_int(2)), &out), VAL_OK);
    assert_int_equal(val_get_int(out), 13);
    /* \ and \cap of explicit sets by a merge; an explicit set against an interval */
    assert_int_equal(val_set_minus(&A, ints(4, 1, 2, 3, 5), ints(3, 0, 2, 5), &out), VAL_OK);
    assert_prints(out, "{1, 3}");
    assert_int_equal(val_set_intersect(&A, ints(4, 1, 2, 3, 5), ints(3, 0, 2, 5), &out), VAL_OK);
    assert_prints(out, "{2, 5}");
    bool eq;
    assert_int_equal(val_equal_status(ints(3, 1, 2, 3), val_interval_make(&A, 1, 3), &eq), VAL_OK);
    assert_true(eq);
    assert_int_equal(val_equal_status(val_interval_make(&A, 1, 3), ints(3, 1, 2, 4), &eq), VAL_OK);
    assert_false(eq);
    assert_int_equal(val_equal_status(ints(2, 1, 3), val_interval_make(&A, 1, 3), &eq), VAL_OK);
    assert_false(eq);
}

int main(void)
{
    arena_init(&A);
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_sets_canonical), cmocka_unit_test(test_set_algebra),
        cmocka_unit_test(test_lazy_membership), cmocka_unit_test(test_enumeration_order),
        cmocka_unit_test(test_functions), cmocka_unit_test(test_integers),
        cmocka_unit_test(test_bytes), cmocka_unit_test(test_shared_domains), cmocka_unit_test(test_serialize_like),
        cmocka_unit_test(test_model_value_order), cmocka_unit_test(test_permute),
        cmocka_unit_test(test_guessed_places), cmocka_unit_test(test_order_and_membership),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
