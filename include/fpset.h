/* fpset.h - the set of 64-bit fingerprints of the states seen: a lock-free table in memory (open
 * addressing, compare-and-swap inserts) up to a memory budget, and past it sorted runs on disk.
 *
 * Contract:
 *  - fpset_put, fpset_insert and fpset_contains are safe from many threads at once. fpset_reserve (growing the
 *    table, or moving its contents to disk) is NOT: the explorer calls it between rounds, when no
 *    thread inserts, so inserts never need a lock and never lose or duplicate an entry (it moves
 *    a growing table's contents on all its threads: fpset_reserve_begin).
 *  - Budget: the table grows up to the budget (bytes; 0 = no limit). When a reserve would take it
 *    past, its fingerprints are sorted and written to a new run, an unlinked temporary file in
 *    $TMPDIR (default /tmp) mapped read-only; the table starts empty again. A background thread
 *    merges the runs into one, swapped in at a later reserve, so lookups look at few runs and
 *    nothing waits for the merge. A round needing more room than the budget gets it (the table
 *    grows past the budget for that round, and is flushed at the next reserve).
 *  - Memory kept besides the table: 8 bytes per 4 KB of runs (their index).
 *  - 0 is reserved for "empty" (fingerprint 0 is remapped). Probing is linear, so the first probes
 *    stay within the fingerprint's cache line.
 *  - Order: a fingerprint's first slot is its high bits, so the table holds the values in order but
 *    within clusters (runs of full slots): the sorted order is had by sorting each cluster. The
 *    fingerprints must be uniform in their high bits: a set given those of a narrow range of values
 *    (say one rank's, when ranks split the values by their high bits) fills one part of its table
 *    with one long cluster; give it such fingerprints with their bits rotated. */
#ifndef TLCC_FPSET_H
#define TLCC_FPSET_H

#include <stdatomic.h>
#include <stdbool.h>
#include <stdint.h>

typedef struct fpset fpset;

/* A set starting with room for initial_capacity slots, within budget_bytes of table (0: no limit). */
fpset *fpset_new(uint64_t initial_capacity, uint64_t budget_bytes);
void fpset_free(fpset *s);
/* true when fp was not in the set (this call added it). */
bool fpset_put(fpset *s, uint64_t fp);
/* fpset_put without counting: the caller counts what it added (no counter shared by the threads
 * inserting) and gives the sum to fpset_added before the next fpset_size or fpset_reserve. */
bool fpset_insert(fpset *s, uint64_t fp);
void fpset_added(fpset *s, uint64_t n);
/* A hint that fp will be inserted or looked up soon: its first slot is fetched into the cache, so
 * that a loop of independent probes overlaps their misses. Changes nothing; safe from many threads. */
void fpset_prefetch(const fpset *s, uint64_t fp);
bool fpset_contains(const fpset *s, uint64_t fp);
uint64_t fpset_size(const fpset *s);        /* in memory and on disk */
uint64_t fpset_disk_size(const fpset *s);   /* fingerprints on disk */
/* Make room for `more` insertions at a load of at most one half. Not thread-safe. False when the
 * larger table cannot be allocated (util_out_of_memory is raised) or a run cannot be written
 * (fpset_disk_errno says why); the set keeps every fingerprint it had. */
bool fpset_reserve(fpset *s, uint64_t more);
/* fpset_reserve on many threads: fpset_reserve_begin on one; when it says FPSET_MOVE (a larger table
 * is made), fpset_move_part(s, k, n) on each of n threads (k = 0 .. n-1, all of them, none inserting
 * or looking up meanwhile), then fpset_reserve_end on one after they are all done. Moving the
 * fingerprints of a large table (and the kernel zeroing its pages) was the explorer's longest step
 * on one thread. */
typedef enum { FPSET_READY, FPSET_MOVE, FPSET_FAILED } fpset_room;
fpset_room fpset_reserve_begin(fpset *s, uint64_t more);
void fpset_move_part(fpset *s, unsigned part, unsigned parts);
void fpset_reserve_end(fpset *s);
int fpset_disk_errno(const fpset *s);       /* 0, or the errno of the last failed write */
uint64_t fpset_capacity(const fpset *s);    /* slots in the table */
/* Call f(ctx, a, n) on the set's fingerprints, a block of n at a time (for a checkpoint); false as
 * soon as f returns false. Not thread-safe. */
bool fpset_each(const fpset *s, bool (*f)(void *ctx, const uint64_t *a, uint64_t n), void *ctx);
/* The least difference between two fingerprints of the set (INT64_MAX with fewer than two): TLC
 * reports its inverse as the collision probability "based on the actual fingerprints". It sorts
 * the fingerprints inside the table, which leaves the set unusable: call it when done with the set.
 * It reads the whole table: for a table much larger than its contents (-fpmem), sort a copy. The
 * table is in order but within its clusters (see Order), so it sorts each cluster and scans, on up
 * to `threads` threads of its own (ranges of the table); the result does not depend on their number. */
uint64_t fpset_least_distance(fpset *s, int threads);
/* The same for the n fingerprints a[0..n), sorted in place (through tmp[0..n) when not NULL: then
 * on up to `threads` threads). */
uint64_t fpset_least_distance_of(uint64_t *a, uint64_t *tmp, uint64_t n, int threads);
/* TLC's optimistic estimate of the probability that two distinct states collided. */
double fpset_collision_probability(uint64_t distinct, uint64_t generated);

#endif
