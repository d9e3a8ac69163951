/* check_all.c - all the checks of a model on a finished behaviour graph: on several threads, one
 * check each at a time, stopped by live_request_stop (Ctrl-C); and the replay of a lasso's states. */
#include "liveness.h"

#include "util.h"

#include <pthread.h>
#include <stdlib.h>

static atomic_bool stop_requested;

void live_request_stop(void) { atomic_store(&stop_requested, true); }

typedef struct run {
    live_graph g;
    const live_check *checks;
    const live_fairness *fair;
    uint32_t nchecks, nfair;
    live_lasso *found;               /* by check */
    bool *cleared;                   /* by check: no violation, found by live_clear_shared */
    _Atomic uint32_t next;           /* the next check to take */
    atomic_bool too_large;           /* a check's product with the graph was too big to search */
} run;

/* Take checks until none is left, searching them in the thread's arrays `space`. */
static void run_checks(run *r, live_space *space)
{
    for (uint32_t i; (i = atomic_fetch_add(&r->next, 1)) < r->nchecks;)
        if (!r->cleared[i] &&
            live_find(&r->g, &r->checks[i], r->fair, r->nfair, &stop_requested, space, &r->found[i]) == LIVE_TOO_LARGE)
            atomic_store(&r->too_large, true);
}

static void *checker_thread(void *arg)
{
    live_space *space = live_space_new();
    run_checks(arg, space);
    live_space_free(space);
    return NULL;
}

void live_check_all(const explore_graph *eg, const live_check *checks, uint32_t nchecks, const live_fairness *fair,
                    uint32_t nfair, int threads, live_result *out)
{
    run r = {{eg->nstates, eg->state_words, eg->edge_words, eg->state_labels, eg->edge_start, eg->edge_to,
              eg->edge_labels, eg->initial, false},
             checks, fair, nchecks, nfair, util_xcalloc(nchecks + 1, sizeof(live_lasso)),
             util_xcalloc(nchecks + 1, sizeof(bool)), 0, false};
    r.g.stutters_reached = live_stutters_reached(&r.g, checks, nchecks);
    live_space *space = live_space_new();
    live_clear_shared(&r.g, checks, nchecks, fair, nfair, &stop_requested, space, r.cleared);
    if (threads > (int)nchecks) threads = (int)nchecks;
    pthread_t *tids = util_xcalloc((size_t)threads + 1, sizeof *tids);
    int started = 1;
    /* a thread that fails to start leaves its checks to the others (they take checks as they go) */
    while (started < threads && pthread_create(&tids[started], NULL, checker_thread, &r) == 0) started++;
    run_checks(&r, space);
    live_space_free(space);
    for (int i = 1; i < started; i++) pthread_join(tids[i], NULL);
    free(tids);
    free(r.cleared);
    out->lassos = r.found;
    out->n = nchecks;
    out->status = atomic_load(&stop_requested) ? LIVE_INTERRUPTED
                  : atomic_load(&r.too_large)  ? LIVE_TOO_LARGE
                                               : LIVE_DONE;
}

void live_result_free(live_result *r)
{
    for (uint32_t i = 0; i < r->n; i++) live_lasso_free(&r->lassos[i]);
    free(r->lassos);
    r->lassos = NULL;
    r->n = 0;
}

bool live_lasso_trace(const explore_model *m, const explore_graph *g, const live_lasso *l,
                      explore_trace_state **trace, uint32_t *len)
{
    uint32_t n = l->n;
    *len = l->stuttering ? n : n + 1;
    uint64_t *fps = util_xmalloc(sizeof(uint64_t) * (*len + 1));
    for (uint32_t i = 0; i < n; i++) fps[i] = g->fps[l->states[i]];
    if (!l->stuttering) fps[n] = g->fps[l->states[l->loop]];
    bool ok = explore_replay(m, fps, *len, trace);
    free(fps);
    return ok;
}
