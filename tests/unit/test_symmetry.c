/* test_symmetry.c - the representative SYMMETRY fingerprints: on random states (sets of records,
 * tuples, nested sets, functions on model values and on sets of them), the least image model_symmetry_least finds is
 * the one found by permuting the whole state by every element of the group and comparing; and the
 * table of fingerprints kept by the hash of a state's bytes. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <pthread.h>
#include <string.h>

#include "../../src/model/model_internal.h"   /* white-box: the least image is private to the model */

static arena A;

/* The group S3 x S2 on {a1, a2, a3} and {b1, b2}, identity first; c (fixed) is never moved. */
enum { NA = 3, NB = 2, NGROUP = 12 };
static val a[NA], b[NB], fixed;

static void add_element(model_symmetry *s, const int *pa, const int *pb)
{
    val *image = arena_zalloc(&A, sizeof(val) * s->nimage);
    uint32_t *to = arena_alloc(&A, sizeof(uint32_t) * s->nimage);
    for (uint32_t i = 0; i < s->nimage; i++) to[i] = i;
    for (int i = 0; i < NA; i++)
        if (pa[i] != i) image[val_model_index(a[i])] = a[pa[i]], to[val_model_index(a[i])] = val_model_index(a[pa[i]]);
    for (int i = 0; i < NB; i++)
        if (pb[i] != i) image[val_model_index(b[i])] = b[pb[i]], to[val_model_index(b[i])] = val_model_index(b[pb[i]]);
    s->images[s->n] = image;
    s->to[s->n++] = to;
}

static model_symmetry make_group(void)
{
    static const int perms3[6][3] = {{0, 1, 2}, {0, 2, 1}, {1, 0, 2}, {1, 2, 0}, {2, 0, 1}, {2, 1, 0}};
    static const int perms2[2][2] = {{0, 1}, {1, 0}};
    model_symmetry s = {0};
    for (int i = 0; i < NA; i++) s.nimage = val_model_index(a[i]) + 1 > s.nimage ? val_model_index(a[i]) + 1 : s.nimage;
    for (int i = 0; i < NB; i++) s.nimage = val_model_index(b[i]) + 1 > s.nimage ? val_model_index(b[i]) + 1 : s.nimage;
    bool *moved = arena_zalloc(&A, s.nimage);
    for (int i = 0; i < NA; i++) moved[val_model_index(a[i])] = true;
    for (int i = 0; i < NB; i++) moved[val_model_index(b[i])] = true;
    s.moved = moved;
    s.images = arena_alloc(&A, sizeof(val *) * NGROUP);
    s.to = arena_alloc(&A, sizeof(uint32_t *) * NGROUP);
    for (int i = 0; i < 6; i++)
        for (int j = 0; j < 2; j++) add_element(&s, perms3[i], perms2[j]);
    return s;
}

static uint64_t seed = 88172645463325252ull;

static uint32_t pick(uint32_t n)
{
    seed ^= seed << 13;
    seed ^= seed >> 7;
    seed ^= seed << 17;
    return (uint32_t)(seed % n);
}

static val random_val(int depth);

static val random_leaf(void)
{
    switch (pick(5)) {
    case 0: return val_int(pick(3));
    case 1: return a[pick(NA)];
    case 2: return b[pick(NB)];
    case 3: return fixed;
    default: return val_str(util_intern(pick(2) ? "x" : "y"));
    }
}

static val random_set(int depth, uint32_t max)
{
    uint32_t n = pick(max + 1);
    val *xs = arena_alloc(&A, sizeof(val) * (n + 1));
    for (uint32_t i = 0; i < n; i++) xs[i] = random_val(depth - 1);
    return val_set_make(&A, xs, n);
}

/* A function on all of a's values, or on all their pairs: every element maps its domain onto itself. */
static val random_func_on_a(int depth, bool pairs)
{
    val dom[NA * NA], rng[NA * NA], f;
    uint32_t n = 0;
    for (int i = 0; i < NA; i++)
        for (int j = 0; j < (pairs ? NA : 1); j++) {
            dom[n] = pairs ? val_seq_make(&A, (val[]){a[i], a[j]}, 2) : a[i];
            rng[n++] = random_val(depth - 1);
        }
    assert_int_equal(val_func_make(&A, dom, rng, n, &f), VAL_OK);
    return f;
}

/* A record, a pair, a function whose domain is moved, or one on a domain every element keeps. */
static val random_func(int depth)
{
    val dom[2], rng[2], f;
    uint32_t kind = pick(5);
    if (kind >= 3) return random_func_on_a(depth, kind == 4);
    for (int i = 0; i < 2; i++) rng[i] = random_val(depth - 1);
    if (kind == 0) return val_seq_make(&A, rng, 2);
    if (kind == 1) {
        atom names[2] = {util_intern("f"), util_intern("g")};
        return val_record_make(&A, names, rng, 2);
    }
    dom[0] = a[pick(NA)];
    dom[1] = pick(2) ? b[pick(NB)] : fixed;
    assert_int_equal(val_func_make(&A, dom, rng, 2, &f), VAL_OK);
    return f;
}

static val random_val(int depth)
{
    if (depth <= 0) return random_leaf();
    switch (pick(3)) {
    case 0: return random_leaf();
    case 1: return random_set(depth, 3);
    default: return random_func(depth);
    }
}

/* The least image by brute force: every element permutes the whole state, and the images are
 * compared on the scalars first, then the other variables that are not sets, then the sets
 * (symmetry.c's order). */
static const val *brute_least(const model_symmetry *s, const val *vars, uint32_t n)
{
    const val *best = NULL;
    for (uint32_t e = 0; e < s->n; e++) {
        val *img = arena_alloc(&A, sizeof(val) * n);
        for (uint32_t i = 0; i < n; i++) img[i] = val_permute(&A, vars[i], s->images[e], s->nimage);
        int c = best ? 0 : -1;
        for (int class = 0; class < 3; class++)
            for (uint32_t i = 0; i < n; i++)
                if (!c && model_symmetry_class(vars[i]) == class) c = val_compare(img[i], best[i]);
        if (c < 0) best = img;
    }
    return best;
}

static void test_least_image(void **state)
{
    model_symmetry s = make_group();
    model_symmetry_maps *maps = model_symmetry_maps_new();
    for (int trial = 0; trial < 3000; trial++) {
        /* sets of many members first, as messages are: the path that ranks members' images */
        val vars[3] = {random_set(3, 8), random_val(2), random_set(2, 5)};
        const val *want = brute_least(&s, vars, 3), *got = model_symmetry_least(&s, maps, &A, vars, 3);
        for (int i = 0; i < 3; i++)
            if (!val_equal(want[i], got[i]))
                fail_msg("trial %d, variable %d: %s, not %s", trial, i, val_to_string(&A, got[i]), val_to_string(&A, want[i]));
        /* the same for every state of the orbit */
        const val *image = s.images[pick(s.n)];
        val moved[3];
        for (int i = 0; i < 3; i++) moved[i] = val_permute(&A, vars[i], image, s.nimage);
        const val *again = model_symmetry_least(&s, maps, &A, moved, 3);
        for (int i = 0; i < 3; i++) assert_true(val_equal(again[i], got[i]));
        /* a view is fingerprinted the same way, as one value */
        assert_true(val_equal(*brute_least(&s, vars, 1), *model_symmetry_least(&s, maps, &A, vars, 1)));
        if (trial % 100 == 99) arena_reset(&A), s = make_group();   /* the same group: maps stay right */
    }
    model_symmetry_maps_free(maps);
}

/* The fingerprints kept by the hash of a state's bytes: found for the same bytes only, and a state
 * meeting another one's slot takes its place, the other one then not found (never given its
 * fingerprint). The slot's tag replaces the key's low 8 bits by a write count: keys differing above
 * them are told apart, and keys whose high half is 0 or 1 are kept too (a tag is never 0 or 1). */
static void test_kept_fingerprints(void **state)
{
    (void)state;
    model_symmetry_memo *memo = model_symmetry_memo_new();
    const uint8_t one[] = {5, 1, 2, 3}, two[] = {5, 1, 2, 4};
    model_symmetry_key k1 = model_symmetry_key_of(one, sizeof one), k2 = model_symmetry_key_of(two, sizeof two);
    assert_int_equal(model_symmetry_memo_find(memo, k1), 0);   /* nothing kept yet */
    model_symmetry_memo_keep(memo, k1, 77);
    assert_int_equal(model_symmetry_memo_find(memo, model_symmetry_key_of(one, sizeof one)), 77);
    assert_int_equal(model_symmetry_memo_find(memo, k2), 0);
    model_symmetry_key same_slot = {k1.lo, k1.hi ^ 0x200};   /* the slot of k1, another state */
    assert_int_equal(model_symmetry_memo_find(memo, same_slot), 0);
    model_symmetry_memo_keep(memo, same_slot, 88);
    assert_int_equal(model_symmetry_memo_find(memo, same_slot), 88);
    assert_int_equal(model_symmetry_memo_find(memo, k1), 0);
    for (uint64_t hi = 0; hi < 2; hi++) {
        model_symmetry_key low = {k2.lo, hi};
        model_symmetry_memo_keep(memo, low, 99 + hi);
        assert_int_equal(model_symmetry_memo_find(memo, low), 99 + hi);
    }
    /* one key written again after another's write in its slot: the tag differs (the count), and the
     * fingerprint found is always the key's own */
    model_symmetry_memo_keep(memo, k1, 77);
    model_symmetry_memo_keep(memo, same_slot, 88);
    model_symmetry_memo_keep(memo, k1, 77);
    assert_int_equal(model_symmetry_memo_find(memo, k1), 77);
    assert_int_equal(model_symmetry_memo_find(memo, same_slot), 0);
    model_symmetry_memo_free(memo);
}

/* Two threads keeping and finding keys that share few slots: a key found has its own fingerprint,
 * never another's written meanwhile (each key's fingerprint is a function of it). */
enum { RACE_KEYS = 64, RACE_ROUNDS = 20000 };
static uint64_t race_fp(uint64_t hi) { return hi * 0x9E3779B97F4A7C15ull | 1; }

static void *race(void *memo)
{
    uint64_t found = 0;
    for (uint32_t r = 0; r < RACE_ROUNDS; r++) {
        model_symmetry_key k = {r % 4, (2 + r % RACE_KEYS) << 8};   /* 4 slots, 16 keys each (above the tag's count) */
        uint64_t fp = model_symmetry_memo_find(memo, k);
        if (fp && fp != race_fp(k.hi)) return NULL;
        found += fp != 0;
        model_symmetry_memo_keep(memo, k, race_fp(k.hi));
    }
    return (void *)(uintptr_t)(found + 1);
}

static void test_kept_fingerprints_shared(void **state)
{
    (void)state;
    model_symmetry_memo *memo = model_symmetry_memo_new();
    pthread_t t;
    assert_int_equal(pthread_create(&t, NULL, race, memo), 0);
    void *mine = race(memo), *theirs;
    pthread_join(t, &theirs);
    assert_non_null(mine);
    assert_non_null(theirs);
    model_symmetry_memo_free(memo);
}

int main(void)
{
    arena_init(&A);
    for (int i = 0; i < NA; i++) a[i] = val_model(util_intern((const char *[]){"a1", "a2", "a3"}[i]));
    for (int i = 0; i < NB; i++) b[i] = val_model(util_intern((const char *[]){"b1", "b2"}[i]));
    fixed = val_model(util_intern("c"));
    const struct CMUnitTest tests[] = {cmocka_unit_test(test_least_image), cmocka_unit_test(test_kept_fingerprints),
                                       cmocka_unit_test(test_kept_fingerprints_shared)};
    return cmocka_run_group_tests(tests, NULL, NULL);
}
