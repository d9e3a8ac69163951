/* fpset.h - a lock-free set of 64-bit fingerprints (open addressing, compare-and-swap inserts).
 *
 * Contract: fpset_put is safe from many threads at once. fpset_reserve (growing the table) is NOT:
 * the explorer calls it between rounds, when no thread inserts, so inserts never need a lock and a
 * resize never loses or duplicates an entry. 0 is reserved for "empty" (fingerprint 0 is remapped).
 * Probing is linear, so the first probes stay within the fingerprint's cache line. */
#ifndef TLCC_FPSET_H
#define TLCC_FPSET_H

#include <stdatomic.h>
#include <stdbool.h>
#include <stdint.h>

typedef struct fpset fpset;

fpset *fpset_new(uint64_t initial_capacity);
void fpset_free(fpset *s);
/* true when fp was not in the set (this call added it). */
bool fpset_put(fpset *s, uint64_t fp);
bool fpset_contains(const fpset *s, uint64_t fp);
uint64_t fpset_size(const fpset *s);
/* Make room for `more` insertions at a load of at most one half. Not thread-safe. False when the
 * larger table cannot be allocated (the set is unchanged; util_out_of_memory is raised). */
bool fpset_reserve(fpset *s, uint64_t more);
uint64_t fpset_capacity(const fpset *s);   /* slots in the table */
/* The least difference between two fingerprints of the set (INT64_MAX with fewer than two): TLC
 * reports its inverse as the collision probability "based on the actual fingerprints". It sorts
 * the fingerprints inside the table, which leaves the set unusable: call it when done with the set.
 * It reads the whole table: for a table much larger than its contents (-fpmem), sort a copy. */
uint64_t fpset_least_distance(fpset *s);
/* The same for the n fingerprints a[0..n), sorted in place (through tmp[0..n) when not NULL). */
uint64_t fpset_least_distance_of(uint64_t *a, uint64_t *tmp, uint64_t n);
/* TLC's optimistic estimate of the probability that two distinct states collided. */
double fpset_collision_probability(uint64_t distinct, uint64_t generated);

#endif
