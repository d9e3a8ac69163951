/* barrier.c - a spinning, then sleeping barrier with a serial step (see barrier.h).
 *
 * Each wait has two counters: `released` moves when the step is done and everyone may go on,
 * `gathered` when the last thread to arrive hands the step to the lead (barrier_wait_either). A thread remembers the counter's value before it arrives and
 * waits for it to move: spinning first, then yielding the processor for a while (on an idle machine
 * the yield comes straight back, so the thread sees the release at once; on a busy one the others
 * run meanwhile), then sleeping on the condition variable (a waker takes the lock to move the
 * counter, so a sleeper never misses it). */
#include "barrier.h"

#include <sched.h>
#include <time.h>

/* About 40 microseconds of spinning on current x86 cores (a pause is some 40-140 cycles), then
 * yielding up to YIELD_NS in all before sleeping. */
enum { SPINS = 1500, YIELD_NS = 300 * 1000 };

static inline void cpu_relax(void)
{
#if defined(__x86_64__) || defined(__i386__)
    __builtin_ia32_pause();
#elif defined(__aarch64__)
    __asm__ __volatile__("yield");
#endif
}

void barrier_init(barrier *b, unsigned n)
{
    b->n = n;
    atomic_init(&b->arrived, 0);
    atomic_init(&b->released, 0);
    atomic_init(&b->gathered, 0);
    pthread_mutex_init(&b->lock, NULL);
    pthread_cond_init(&b->wake, NULL);
    b->sleepers = 0;
}

void barrier_destroy(barrier *b)
{
    pthread_cond_destroy(&b->wake);
    pthread_mutex_destroy(&b->lock);
}

static uint64_t now_ns(void)
{
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return (uint64_t)t.tv_sec * 1000000000u + (uint64_t)t.tv_nsec;
}

/* Until *a is no longer a_seen or *c no longer c_seen; which moved: a (true) or c. */
static bool await_either(barrier *b, _Atomic uint64_t *a, uint64_t a_seen, _Atomic uint64_t *c, uint64_t c_seen)
{
    for (int i = 0; i < SPINS; i++) {
        if (atomic_load_explicit(a, memory_order_acquire) != a_seen) return true;
        if (atomic_load_explicit(c, memory_order_acquire) != c_seen) return false;
        cpu_relax();
    }
    for (uint64_t until = now_ns() + YIELD_NS; now_ns() < until;) {
        if (atomic_load_explicit(a, memory_order_acquire) != a_seen) return true;
        if (atomic_load_explicit(c, memory_order_acquire) != c_seen) return false;
        sched_yield();
    }
    pthread_mutex_lock(&b->lock);
    b->sleepers++;
    while (atomic_load_explicit(a, memory_order_acquire) == a_seen && atomic_load_explicit(c, memory_order_acquire) == c_seen)
        pthread_cond_wait(&b->wake, &b->lock);
    b->sleepers--;
    bool moved_a = atomic_load_explicit(a, memory_order_acquire) != a_seen;
    pthread_mutex_unlock(&b->lock);
    return moved_a;
}

/* Until *counter is no longer `seen`. */
static void await_move(barrier *b, _Atomic uint64_t *counter, uint64_t seen) { await_either(b, counter, seen, counter, seen); }

static void move(barrier *b, _Atomic uint64_t *counter)
{
    pthread_mutex_lock(&b->lock);
    atomic_fetch_add_explicit(counter, 1, memory_order_release);
    bool sleeping = b->sleepers > 0;
    pthread_mutex_unlock(&b->lock);
    if (sleeping) pthread_cond_broadcast(&b->wake);
}

/* Arrive; true for the last thread, which finds `arrived` zeroed again for the next wait (no thread
 * arrives again before this wait is released). */
static bool arrive(barrier *b)
{
    if (atomic_fetch_add_explicit(&b->arrived, 1, memory_order_acq_rel) + 1 < b->n) return false;
    atomic_store_explicit(&b->arrived, 0, memory_order_relaxed);
    return true;
}

void barrier_wait(barrier *b, void (*step)(void *), void *ctx)
{
    uint64_t released = atomic_load_explicit(&b->released, memory_order_relaxed);
    if (!arrive(b)) {
        await_move(b, &b->released, released);
        return;
    }
    if (step) step(ctx);
    move(b, &b->released);
}

void barrier_wait_either(barrier *b, bool lead, bool (*mine)(void *), void (*step)(void *), void *ctx)
{
    uint64_t released = atomic_load_explicit(&b->released, memory_order_relaxed);
    uint64_t gathered = atomic_load_explicit(&b->gathered, memory_order_relaxed);
    if (arrive(b)) {
        if (lead || mine(ctx)) {
            step(ctx);
            move(b, &b->released);
            return;
        }
        move(b, &b->gathered);   /* the lead's to run */
        await_move(b, &b->released, released);
        return;
    }
    if (!lead) {
        await_move(b, &b->released, released);
        return;
    }
    if (await_either(b, &b->released, released, &b->gathered, gathered)) return;   /* the last ran it */
    step(ctx);
    move(b, &b->released);
}
