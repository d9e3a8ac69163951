/* fpset.c - the fingerprint set: a power-of-two table of atomic 64-bit slots. An insert claims an
 * empty slot with a CAS (release) or finds its fingerprint already there (acquire). Growth is
 * stop-the-world between exploration rounds (see explore.c), which keeps the insert path to a
 * load, a compare and a CAS. */
#include "fpset.h"

#include "util.h"

#include <stdlib.h>
#include <string.h>

struct fpset {
    _Atomic uint64_t *slots;
    uint64_t mask;
    _Atomic uint64_t count;
};

static uint64_t normalise(uint64_t fp) { return fp ? fp : 0x9E3779B97F4A7C15ull; }

fpset *fpset_new(uint64_t initial_capacity)
{
    fpset *s = util_xcalloc(1, sizeof *s);
    uint64_t cap = 1024;
    while (cap < initial_capacity) cap <<= 1;
    s->slots = util_xcalloc(cap, sizeof *s->slots);
    s->mask = cap - 1;
    return s;
}

void fpset_free(fpset *s)
{
    if (!s) return;
    free((void *)s->slots);
    free(s);
}

static bool insert(_Atomic uint64_t *slots, uint64_t mask, uint64_t fp)
{
    uint64_t i = (fp ^ (fp >> 29)) & mask;
    for (;;) {
        uint64_t cur = atomic_load_explicit(&slots[i], memory_order_acquire);
        if (cur == fp) return false;
        if (cur == 0) {
            uint64_t expected = 0;
            if (atomic_compare_exchange_strong_explicit(&slots[i], &expected, fp, memory_order_acq_rel,
                                                        memory_order_acquire))
                return true;
            if (expected == fp) return false;
            continue;   /* someone else took the slot: look at it again */
        }
        i = (i + 1) & mask;
    }
}

bool fpset_put(fpset *s, uint64_t fp)
{
    fp = normalise(fp);
    if (!insert(s->slots, s->mask, fp)) return false;
    atomic_fetch_add_explicit(&s->count, 1, memory_order_relaxed);
    return true;
}

bool fpset_contains(const fpset *s, uint64_t fp)
{
    fp = normalise(fp);
    uint64_t i = (fp ^ (fp >> 29)) & s->mask;
    for (;;) {
        uint64_t cur = atomic_load_explicit(&s->slots[i], memory_order_acquire);
        if (cur == fp) return true;
        if (cur == 0) return false;
        i = (i + 1) & s->mask;
    }
}

uint64_t fpset_size(const fpset *s) { return atomic_load(&s->count); }

bool fpset_reserve(fpset *s, uint64_t more)
{
    uint64_t need = (atomic_load(&s->count) + more) * 2;
    uint64_t cap = s->mask + 1;
    if (need <= cap) return true;
    while (cap < need) cap <<= 1;
    _Atomic uint64_t *slots = util_try_calloc(cap, sizeof *slots);
    if (!slots) return false;
    for (uint64_t i = 0; i <= s->mask; i++) {
        uint64_t fp = atomic_load_explicit(&s->slots[i], memory_order_relaxed);
        if (fp) insert(slots, cap - 1, fp);
    }
    free((void *)s->slots);
    s->slots = slots;
    s->mask = cap - 1;
    return true;
}

static int compare_u64(const void *a, const void *b)
{
    uint64_t x = *(const uint64_t *)a, y = *(const uint64_t *)b;
    return (x > y) - (x < y);
}

/* Sort a[0..n) with a least-significant-digit radix sort, 16 bits a pass, through tmp[0..n). */
static void radix_sort(uint64_t *a, uint64_t *tmp, uint64_t n)
{
    uint64_t *count = util_xmalloc(sizeof(uint64_t) << 16);
    for (int shift = 0; shift < 64; shift += 16) {
        memset(count, 0, sizeof(uint64_t) << 16);
        for (uint64_t i = 0; i < n; i++) count[(a[i] >> shift) & 0xFFFF]++;
        for (uint64_t d = 0, at = 0; d < 1u << 16; d++) {
            uint64_t c = count[d];
            count[d] = at;
            at += c;
        }
        for (uint64_t i = 0; i < n; i++) tmp[count[(a[i] >> shift) & 0xFFFF]++] = a[i];
        uint64_t *t = a;
        a = tmp;
        tmp = t;
    }
    free(count);   /* four passes: the sorted values are back in the caller's `a` */
}

uint64_t fpset_least_distance_of(uint64_t *a, uint64_t *tmp, uint64_t n)
{
    if (tmp) radix_sort(a, tmp, n);
    else qsort(a, n, sizeof *a, compare_u64);
    uint64_t least = INT64_MAX;   /* TLC's value when there are fewer than two */
    for (uint64_t i = 1; i < n; i++)
        if (a[i] - a[i - 1] < least) least = a[i] - a[i - 1];
    return least;
}

/* The fingerprints are packed at the front of the table and sorted there: a table kept at half load
 * has room behind them for the sort's buffer, so no memory is added at the end of a large run. */
uint64_t fpset_least_distance(fpset *s)
{
    uint64_t *a = (uint64_t *)s->slots, n = 0, cap = s->mask + 1;
    for (uint64_t i = 0; i < cap; i++)
        if (a[i]) a[n++] = a[i];
    atomic_store(&s->count, 0);
    return fpset_least_distance_of(a, 2 * n <= cap ? a + n : NULL, n);
}

uint64_t fpset_capacity(const fpset *s) { return s->mask + 1; }

/* TLC's "calculated (optimistic)" estimate: every pair of a new state and a seen one may collide
 * with probability 2^-64. */
double fpset_collision_probability(uint64_t distinct, uint64_t generated)
{
    double seen_twice = generated > distinct ? (double)(generated - distinct) : 0.0;
    return (double)distinct * seen_twice / 18446744073709551616.0;
}
