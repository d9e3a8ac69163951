/* barrier.h - a barrier for a fixed team of threads whose serial step runs inside the barrier: the
 * explorer's rounds alternate parallel phases with short steps that one thread must do alone, and a
 * step run by the thread that completes the barrier saves a second barrier (and its wake-ups) per
 * step.
 *
 * A waiting thread spins for a few tens of microseconds, then yields the processor for a few hundred
 * more, before it sleeps: the phases of a round often end within that of each other, and waking a
 * sleeping thread costs more (a system call, and on a virtual machine an interrupt to an idle
 * virtual CPU, which may take as long).
 *
 * Contract: barrier_init before the threads use it, barrier_destroy after they are done. Every one of
 * the n threads calls the same wait in the same order. A step runs while all the others wait, and
 * whatever it writes is seen by every thread after the wait (as is whatever any thread wrote before
 * arriving). No errors: allocation-free after init. */
#ifndef TLCC_BARRIER_H
#define TLCC_BARRIER_H

#include <pthread.h>
#include <stdatomic.h>
#include <stdbool.h>
#include <stdint.h>

typedef struct barrier {
    unsigned n;                      /* the threads taking part */
    _Atomic unsigned arrived;        /* of the current wait */
    _Atomic uint64_t released;       /* waits completed so far */
    _Atomic uint64_t gathered;       /* waits whose step was handed to the lead (barrier_wait_either) */
    pthread_mutex_t lock;            /* for sleeping only: guards sleepers */
    pthread_cond_t wake;
    unsigned sleepers;
} barrier;

void barrier_init(barrier *b, unsigned n);
void barrier_destroy(barrier *b);
/* Wait for all n threads; the last one to arrive runs step(ctx) (when step is not NULL) before any of
 * them goes on. */
void barrier_wait(barrier *b, void (*step)(void *), void *ctx);
/* The same where the step is tied to the one thread that passes lead = true (one using its own
 * per-thread state), unless mine(ctx), asked once all have arrived, says any thread may run it: then
 * the last to arrive does (no wake-up of the lead). */
void barrier_wait_either(barrier *b, bool lead, bool (*mine)(void *), void (*step)(void *), void *ctx);

#endif
