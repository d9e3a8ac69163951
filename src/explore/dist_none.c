/* dist_none.c - the stand-ins of dist.h in a build without MPI: one process, and a clear refusal
 * when mpirun starts several. */
#include "dist.h"

#include <stdio.h>
#include <stdlib.h>

/* Open MPI's and PMI's launchers set these in each process they start. */
static bool under_launcher(void)
{
    return getenv("OMPI_COMM_WORLD_SIZE") || getenv("PMI_SIZE") || getenv("PMIX_RANK");
}

bool dist_init(int *argc, char ***argv)
{
    (void)argc, (void)argv;
    if (!under_launcher()) return true;
    fprintf(stderr, "tlc-c: error: checking on several processes (mpirun) is not supported by this build: "
                    "configure it with -DTLCC_MPI=ON\n");
    return false;
}

int dist_finish(int rc) { return rc; }
bool dist_active(void) { return false; }
int dist_rank(void) { return 0; }
int dist_size(void) { return 1; }
int64_t dist_agree_seed(int64_t seed) { return seed; }

const char *dist_unsupported(bool temporal, bool keep_going, bool coverage, bool checkpoints, bool dump,
                             bool other_search)
{
    (void)temporal, (void)keep_going, (void)coverage, (void)checkpoints, (void)dump, (void)other_search;
    return NULL;
}

void dist_run(const explore_model *m, const explore_options *o, explore_result *r) { explore_run(m, o, r); }
