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

void fpset_reserve(fpset *s, uint64_t more)
{
    uint64_t need = (atomic_load(&s->count) + more) * 2;
    uint64_t cap = s->mask + 1;
    if (need <= cap) return;
    while (cap < need) cap <<= 1;
    _Atomic uint64_t *slots = util_xcalloc(cap, sizeof *slots);
    for (uint64_t i = 0; i <= s->mask; i++) {
        uint64_t fp = atomic_load_explicit(&s->slots[i], memory_order_relaxed);
        if (fp) insert(slots, cap - 1, fp);
    }
    free((void *)s->slots);
    s->slots = slots;
    s->mask = cap - 1;
}

/* TLC's "calculated (optimistic)" estimate: every pair of a new state and a seen one may collide
 * with probability 2^-64. */
double fpset_collision_probability(uint64_t distinct, uint64_t generated)
{
    double seen_twice = generated > distinct ? (double)(generated - distinct) : 0.0;
    return (double)distinct * seen_twice / 18446744073709551616.0;
}
