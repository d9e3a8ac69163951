/* dist.h - the breadth-first search spread over the processes ("ranks") of an MPI job
 * (`mpirun -np P tlc-c ...`), built with -DTLCC_MPI=ON; without it only the stand-ins that say so.
 *
 * Each rank runs the whole front end (parse, .cfg, model) on the same inputs, then takes part in one
 * search (dist_mpi.c): rank r owns the states whose fingerprints fall in the r-th slice of the hash
 * space. A level is expanded in the explorer's rounds (explore.c): every rank expands the frontier
 * states it owns with its -workers threads, successors go to their owners in one exchange per round
 * (their bytes, predecessor id and sequence number), owners deduplicate in sequence order, check and
 * queue their new states, and the round's new states get global ids from an OR of the ranks' bitmaps
 * of new sequence numbers. The sequence numbers are the explorer's (frontier position, then emission),
 * made global by a sum of the per-position successor counts; faults are ordered by the explorer's
 * keys, the least over all ranks. So the counts, the depth, the violation and its trace are those of
 * one process, for any number of ranks and workers.
 *
 * Contract:
 *  - Ownership: a rank keeps the fingerprints, the trace records (id -> predecessor id, fingerprint)
 *    and the queued bytes of the states it owns; traces are rebuilt by asking every rank in turn
 *    (one collective step per state of the trace) and replayed through the model on every rank, so
 *    every rank returns the same explore_result and the client runs the same code on each.
 *  - Threads: MPI is called from the thread that called dist_init only (MPI_THREAD_FUNNELED); the
 *    worker threads of a rank share what explore.h says, between barriers.
 *  - Output: ranks other than 0 write stdout and stderr to /dev/null, so the client prints once.
 *  - Errors: a rank that runs out of memory or disk, an interrupt (SIGINT, SIGTERM: mpirun forwards
 *    them) or a state that cannot be sent stops every rank at the end of the round, with the counts
 *    so far. A rank that dies kills the job (MPI's default error handler).
 *  - Not done (dist_unsupported names them): temporal properties, -continue, -coverage, checkpoints,
 *    -dump, simulation, -dfid.
 */
#ifndef TLCC_DIST_H
#define TLCC_DIST_H

#include "explore.h"

#include <stdbool.h>
#include <stdint.h>

/* At the start of main: joins the MPI job when the process was started by mpirun (the MPI build), and
 * silences the output of ranks other than 0. False when the process was started by mpirun but this
 * tlc-c cannot take part (built without MPI): a message says so. */
bool dist_init(int *argc, char ***argv);
/* At the end of main: leaves the MPI job; returns rc. */
int dist_finish(int rc);
/* Whether this process is one rank of a distributed search; this rank and the number of ranks. */
bool dist_active(void);
int dist_rank(void);
int dist_size(void);
/* Rank 0's seed, on every rank (seed itself when not distributed). */
int64_t dist_agree_seed(int64_t seed);
/* The first of the features a distributed search does not have yet that the run asks for, or NULL
 * (other_search: -simulate, -generate or -dfid). */
const char *dist_unsupported(bool temporal, bool keep_going, bool coverage, bool checkpoints, bool dump,
                             bool other_search);
/* The search: explore_run's contract, over all ranks when distributed (explore_run otherwise). */
void dist_run(const explore_model *m, const explore_options *o, explore_result *r);

#endif
