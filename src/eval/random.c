/* random.c - the pseudo-random numbers behind RandomElement and the Randomization module.
 *
 * Each worker has its own generator (splitmix64: one 64-bit word, fast, and good enough for
 * choosing elements). Its stream is not a function of the worker but of what is being evaluated,
 * as TLC does in breadth-first search: the run's seed mixed with the bytes of the state being
 * expanded or checked, or with the constant definition being computed. So a state makes the same
 * choices however often it is expanded (a trace can be replayed), a run is repeated by giving its
 * seed again, whatever the number of workers, and a constant definition such as
 * `Edges == ... RandomElement(...)` has one value for the whole run whichever worker computes it. */
#include "eval_internal.h"

#include <xxhash.h>

static uint64_t mix(uint64_t z)
{
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
    return z ^ (z >> 31);
}

static uint64_t next64(eval_worker *w)
{
    w->rng += 0x9e3779b97f4a7c15ULL;
    return mix(w->rng);
}

void eval_set_seed(eval_program *ep, uint64_t seed) { ep->seed = seed; }
uint64_t eval_seed(const eval_program *ep) { return ep->seed; }

void eval_random_context(eval_worker *w, const void *key, size_t len)
{
    w->rng = key ? XXH3_64bits_withSeed(key, len, w->ep->seed) : mix(w->ep->seed);
}

uint64_t eval_random_enter(eval_worker *w, uint64_t key)
{
    uint64_t saved = w->rng;
    w->rng = mix(w->ep->seed ^ mix(key + 1));
    return saved;
}

void eval_random_leave(eval_worker *w, uint64_t saved) { w->rng = saved; }

/* Lemire's multiply-and-reject: unbiased, and almost never a second draw. */
uint64_t eval_random_below(eval_worker *w, uint64_t n)
{
    if (!n) return next64(w);   /* the whole 64-bit range (an interval of 2^64 integers) */
    uint64_t reject = -n % n;   /* 2^64 mod n */
    for (;;) {
        unsigned __int128 m = (unsigned __int128)next64(w) * n;
        if ((uint64_t)m >= reject) return (uint64_t)(m >> 64);
    }
}

double eval_random_unit(eval_worker *w) { return (double)(next64(w) >> 11) * 0x1.0p-53; }
