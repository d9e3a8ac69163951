/* test_bigmem.c - big arrays on the heap under the memory budget and in mapped files past it:
 * zeroed, growable with their contents (in place on the heap), freed either way. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <cmocka.h>

#include "util.h"

#include <string.h>

static bool all_zero(const unsigned char *p, size_t n)
{
    for (size_t i = 0; i < n; i++)
        if (p[i]) return false;
    return true;
}

static void test_heap_then_files(void **state)
{
    util_big_set_budget(4096);
    unsigned char *small = util_big_alloc(1000);   /* fits the budget: heap */
    unsigned char *big = util_big_alloc(100000);   /* past it: a mapped file */
    assert_true(all_zero(small, 1000));
    assert_true(all_zero(big, 100000));
    memset(small, 7, 1000);
    memset(big, 9, 100000);
    assert_int_equal(big[99999], 9);
    util_big_free(big);
    util_big_free(small);
}

/* Growing keeps the contents, on the heap and across the budget (heap to file). */
static void test_realloc_across_budget(void **state)
{
    util_big_set_budget(64 * 1024);
    uint32_t *v = NULL;
    size_t n = 0;
    for (size_t cap = 16; cap <= 1 << 18; cap *= 2) {
        v = util_big_realloc(v, cap * sizeof *v);
        for (size_t i = 0; i < n; i++) assert_int_equal(v[i], i * 3u);
        for (; n < cap; n++) v[n] = (uint32_t)n * 3u;
    }
    for (size_t i = 0; i < n; i++) assert_int_equal(v[i], i * 3u);
    util_big_free(v);
    util_big_free(NULL);
}

/* The VEC-shaped macros. */
static void test_bigvec(void **state)
{
    util_big_set_budget(1024);
    VEC(uint64_t) v = {0};
    for (uint64_t i = 0; i < 50000; i++) BIGVEC_PUSH(v, i * i);
    assert_int_equal(v.len, 50000);
    assert_int_equal(v.items[49999], 49999ull * 49999ull);
    BIGVEC_FREE(v);
    assert_null(v.items);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_heap_then_files),
        cmocka_unit_test(test_realloc_across_budget),
        cmocka_unit_test(test_bigvec),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
