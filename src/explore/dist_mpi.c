/* dist_mpi.c - the breadth-first search over the ranks of an MPI job (dist.h has the contract).
 *
 * A level is expanded in the rounds of explore.c (EXPLORE_ROUND frontier positions each), and a round
 * goes as follows, the MPI calls made by thread 0 between the phases its threads run:
 *  - expand (threads): the rank's frontier states of the round, in chunks, into each thread's buffer;
 *  - exchange (thread 0): the per-position counts of successors emitted and generated are summed
 *    over the ranks, which gives every successor its explorer sequence number (frontier position,
 *    then emission); each successor goes to the rank owning its fingerprint (all-to-all), and the
 *    records received are put in sequence order;
 *  - dedup (threads): each thread owns a slice of the rank's fingerprints, inserts its successors in
 *    sequence order, and checks its new states (the first duplicate in that order wins, as with one
 *    process);
 *  - conclude (thread 0): the ranks' bitmaps of new sequence numbers are OR-ed, which gives each new
 *    state its global id (its rank among them), as explore.c's rank phase; the least fault key over
 *    the ranks (ties: the least position) decides where the search stops, and its holder sends its
 *    details to all. Then the next round is planned.
 * Every decision that changes the control flow is taken from reduced values, so the ranks always
 * make the same collective calls. */
#include "dist.h"
#include "explore_internal.h"
#include "fpset.h"
#include "spool.h"
#include "value.h"

#include <errno.h>
#include <fcntl.h>
#include <mpi.h>
#include <pthread.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>
#include <xxhash.h>

enum { CHUNK = EXPLORE_CHUNK };
/* Why a rank wants the search to stop (OR-ed over the ranks at the end of each round). */
enum { STOP_INTERRUPT = 1, STOP_MEMORY = 2, STOP_DISK = 4, STOP_UNPORTABLE = 8 };

static struct { bool active; int rank, size; } job;
static volatile sig_atomic_t interrupted;

/* ---- the job ------------------------------------------------------------------------------------- */

static bool under_launcher(void)
{
    return getenv("OMPI_COMM_WORLD_SIZE") || getenv("PMI_SIZE") || getenv("PMIX_RANK");
}

bool dist_init(int *argc, char ***argv)
{
    if (!under_launcher()) return true;
    int provided;
    MPI_Init_thread(argc, argv, MPI_THREAD_FUNNELED, &provided);
    job.active = true;
    MPI_Comm_rank(MPI_COMM_WORLD, &job.rank);
    MPI_Comm_size(MPI_COMM_WORLD, &job.size);
    if (job.rank != 0) {   /* rank 0 prints for all */
        int null = open("/dev/null", O_WRONLY);
        if (null >= 0) {
            dup2(null, STDOUT_FILENO);
            dup2(null, STDERR_FILENO);
            close(null);
        }
    }
    return true;
}

int dist_finish(int rc)
{
    if (job.active) MPI_Finalize();
    return rc;
}

bool dist_active(void) { return job.active; }
int dist_rank(void) { return job.rank; }
int dist_size(void) { return job.active ? job.size : 1; }

int64_t dist_agree_seed(int64_t seed)
{
    if (job.active) MPI_Bcast(&seed, 1, MPI_INT64_T, 0, MPI_COMM_WORLD);
    return seed;
}

const char *dist_unsupported(bool temporal, bool keep_going, bool coverage, bool checkpoints, bool dump,
                             bool other_search)
{
    if (!job.active) return NULL;
    if (temporal) return "checking temporal properties on several processes (mpirun)";
    if (keep_going) return "-continue on several processes (mpirun)";
    if (coverage) return "-coverage on several processes (mpirun)";
    if (checkpoints) return "checkpoints and -recover on several processes (mpirun)";
    if (dump) return "-dump on several processes (mpirun)";
    if (other_search) return "-simulate, -generate and -dfid on several processes (mpirun)";
    return NULL;
}

static void on_signal(int sig)
{
    (void)sig;
    interrupted = 1;
}

/* ---- the search's data ---------------------------------------------------------------------------- */

/* A fault: where it stands (the explorer's key 4 * seq + sub), the frontier position it belongs to,
 * and a violated step's successor. `at` is a buffer index (expansion faults), `lstate` the local
 * frontier state (expansion faults). */
typedef struct fault {
    fault_kind kind;
    int sub;
    uint64_t pos, seq, key;
    size_t at;
    uint32_t lstate;
    uint8_t *succ;
    uint32_t succ_len, succ_action;
    bool succ_emitted;           /* the successor was emitted just before (a violated step's) */
    bool failed_step;            /* FAULT_ERROR: checking the step to the successor just before `at` */
} fault;

/* A frontier state of this rank in the round; its successors are succs[first, first + count) of
 * thread `worker`. */
typedef struct lstate {
    uint64_t id, pos;
    const uint8_t *bytes;
    uint32_t len, worker;
    size_t first, count;
    uint64_t generated;
} lstate;

/* A state this rank owns in a level: its id and length (the bytes are in the level's spool). */
typedef struct lslot { uint64_t id; uint32_t len; } lslot;
typedef VEC(lslot) lslot_vec;
/* A state this rank owns, for traces: its id, predecessor id and fingerprint. */
typedef struct dtrace { uint64_t id, pred, fp; } dtrace;
/* A successor received, in the exchange buffer. */
typedef struct rrec { uint64_t seq, pred, fp; const uint8_t *bytes; uint32_t len; } rrec;
/* Its header in the buffers: seq, pred, fp, len, then the bytes padded to 8. */
enum { REC_WORDS = 4 };

typedef struct dworker {
    int id;
    void *mw;
    pthread_t thread;
    struct dsearch *s;
    byte_vec bytes;
    pending_vec succs;
    fault expansion;             /* its first expansion fault of the round */
    fault check;                 /* its first failed state check of the round */
} dworker;

enum { PHASE_EXPAND, PHASE_DEDUP, PHASE_EXIT };

typedef struct dsearch {
    const explore_model *m;
    const explore_options *o;
    int rank, nranks, nworkers;
    dworker *workers;
    pthread_barrier_t go, finished;
    int phase;
    fpset *seen;
    VEC(dtrace) trace;
    /* levels: the global counts, and this rank's states of the level and of the next */
    spool cur, next;
    lslot_vec cur_slots, next_slots;
    size_t cur_at;               /* the first of cur_slots not yet expanded */
    uint64_t nfrontier, next_count, base, next_id;
    uint64_t round_states;       /* the frontier states of a round (explore_round_states) */
    uint32_t depth;
    /* the round: positions start .. end - 1 of the level (the initial round: one, rank 0's) */
    bool initial;
    uint64_t start, end;
    VEC(lstate) states;
    _Atomic uint64_t claim;
    atomic_bool stop_expanding;
    explore_stats stats;
    word_vec counts;             /* emitted[n], generated[n], bytes emitted, summed over the ranks */
    word_vec seq_base;           /* the seq of each position's first successor */
    uint64_t nseq;
    word_vec send, recv;
    VEC(rrec) recs;              /* received, in seq order */
    uint8_t *fresh;              /* recs[i] was new here (written by the thread owning it) */
    _Atomic uint64_t cutoff;     /* the least fault key of this rank so far */
    word_vec bits, prefix;
    int flags;                   /* STOP_*: this rank's reasons to stop */
    bool unportable;             /* some rank met a state it cannot send */
    uint64_t disk_errno;         /* STOP_DISK: why (the greatest over the ranks once stopped) */
    /* totals and outcome */
    uint64_t generated, distinct, bytes_sent;
    word_vec hist;               /* outdegree: states by number of new successors */
    explore_verdict verdict;
    bool done;
    fault stop;
    bool stop_step_new;          /* its violated step's successor is new (explore.c's step_successor_new) */
    uint64_t replay_queued;      /* queued by TLC's replay after it (replay_later_successors) */
    uint64_t stop_id;
    double start_time, last_progress;
} dsearch;

/* The rank owning a fingerprint (its high bits, so ranks own consecutive ranges), and the thread of
 * that rank deduplicating it (its low bits). */
static uint32_t rank_of_fp(uint64_t fp, int n) { return (uint32_t)(((fp >> 32) * (uint64_t)n) >> 32); }
static uint32_t thread_of_fp(uint64_t fp, int n) { return (uint32_t)(((fp & 0xffffffffu) * (uint64_t)n) >> 32); }
/* The key of a fingerprint in the rank's set: its halves swapped. The set's table is ordered by its
 * keys' high bits (fpset.h), which a rank's fingerprints share: its low bits spread them over all
 * of it (and each thread's, by thread_of_fp, over its own part). */
static uint64_t set_key(uint64_t fp) { return fp << 32 | fp >> 32; }

static bool stopping(const dsearch *s) { return interrupted || util_out_of_memory(); }

/* The queue or the fingerprint set could not go to disk (err), or memory ran out (ENOMEM, 0). */
static void disk_failed(dsearch *s, int err)
{
    if (err == ENOMEM || err == 0) {
        s->flags |= STOP_MEMORY;
        return;
    }
    s->flags |= STOP_DISK;
    s->disk_errno = (uint64_t)err;
}

static void sum_u64(uint64_t *a, size_t n, MPI_Op op)
{
    MPI_Allreduce(MPI_IN_PLACE, a, (int)n, MPI_UINT64_T, op, MPI_COMM_WORLD);
}

/* ---- expand ------------------------------------------------------------------------------------- */

/* A thread keeps its first expansion fault (its chunks come in order, so the least state, then the
 * least buffer index). */
static bool expansion_fault(dworker *w, fault_kind kind, uint32_t ls, size_t at, step_violation *v)
{
    fault *f = &w->expansion;
    if (f->kind != FAULT_NONE && (f->lstate < ls || (f->lstate == ls && f->at <= at))) {
        if (v) free(v->bytes);
        return false;
    }
    free(f->succ);
    *f = (fault){.kind = kind, .sub = BEFORE_SUCCESSOR, .at = at, .lstate = ls};
    if (v) {
        f->succ = v->bytes;
        f->succ_len = v->len;
        f->succ_action = v->action;
    }
    return true;
}

/* Fingerprint the successors succs[first..) of the state being expanded; false at a failure. */
static bool fingerprint_from(dsearch *s, dworker *w, uint32_t ls, size_t first)
{
    for (size_t i = first; i < w->succs.len; i++) {
        pending *p = &w->succs.items[i];
        if (!p->fp && !s->m->fingerprint(w->mw, w->bytes.items + p->off, p->len, &p->fp)) {
            expansion_fault(w, FAULT_ERROR, ls, i, NULL);
            return false;
        }
    }
    return true;
}

/* The first violation of a step (or of an initial state outside the constraints) stops the search. */
static void take_violation(dworker *w, explore_sink *sink, uint32_t ls)
{
    for (size_t i = 0; i < sink->violations.len; i++) {
        step_violation *v = &sink->violations.items[i];
        if (i == 0) expansion_fault(w, FAULT_VIOLATION, ls, v->at, v);
        else free(v->bytes);
    }
    VEC_FREE(sink->violations);
}

static void expand_one(dsearch *s, dworker *w, uint32_t ls)
{
    lstate *q = &s->states.items[ls];
    explore_sink sink = {&w->bytes, &w->succs, q->id, false, {0}, 0, false};
    size_t first = w->succs.len;
    uint64_t generated = 0;
    explore_status st = s->m->successors(w->mw, q->bytes, q->len, &sink, &generated);
    take_violation(w, &sink, ls);
    if (st == EXPLORE_ERROR) {
        if (expansion_fault(w, FAULT_ERROR, ls, w->succs.len, NULL))
            w->expansion.failed_step = sink.failed_step && w->succs.len > first;
    } else if (st == EXPLORE_OK && generated == 0 && s->o->check_deadlock) {
        expansion_fault(w, FAULT_DEADLOCK, ls, first, NULL);
    }
    fingerprint_from(s, w, ls, first);
    s->m->state_done(w->mw);
    q->worker = (uint32_t)w->id;
    q->first = first;
    q->count = w->succs.len - first;
    q->generated = generated;
}

static void expand_phase(dsearch *s, dworker *w)
{
    uint64_t n = s->states.len;
    for (;;) {
        uint64_t i = atomic_fetch_add(&s->claim, CHUNK);
        if (i >= n) return;
        for (uint64_t end = min_u64(i + CHUNK, n); i < end && w->expansion.kind == FAULT_NONE && !stopping(s); i++)
            expand_one(s, w, (uint32_t)i);
        if (w->expansion.kind != FAULT_NONE) atomic_store(&s->stop_expanding, true);
        if (atomic_load(&s->stop_expanding) || stopping(s)) return;
    }
}

/* The initial states, enumerated by rank 0 as the round's one "frontier state". */
static void expand_initial(dsearch *s)
{
    if (s->rank != 0) return;
    dworker *w = &s->workers[0];
    explore_sink sink = {&w->bytes, &w->succs, NO_PRED, false, {0}, 0, false};
    lstate *q = &s->states.items[0];
    if (s->m->set_level) s->m->set_level(w->mw, 0);
    if (s->m->set_stats) s->m->set_stats(w->mw, &s->stats);
    explore_status st = s->m->initial(w->mw, &sink, &q->generated);
    take_violation(w, &sink, 0);
    if (st == EXPLORE_ERROR) expansion_fault(w, FAULT_ERROR, 0, w->succs.len, NULL);
    fingerprint_from(s, w, 0, 0);
    s->m->state_done(w->mw);
    q->first = 0;
    q->count = w->succs.len;
}

/* ---- exchange ----------------------------------------------------------------------------------- */

static uint64_t padded_words(uint32_t len) { return REC_WORDS + (len + 7) / 8; }

/* Each successor to the rank owning it, as one all-to-all; the records received in seq order. */
static void exchange(dsearch *s, uint64_t npos)
{
    int P = s->nranks;
    int *scount = util_xcalloc((size_t)P * 4, sizeof(int)), *sdispl = scount + P, *rcount = sdispl + P,
        *rdispl = rcount + P;
    uint64_t *at = util_xcalloc((size_t)P + 1, sizeof(uint64_t));
    for (size_t k = 0; k < s->states.len; k++) {
        const lstate *q = &s->states.items[k];
        const dworker *w = &s->workers[q->worker];
        for (size_t i = q->first; i < q->first + q->count; i++)
            at[rank_of_fp(w->succs.items[i].fp, P) + 1] += padded_words(w->succs.items[i].len);
    }
    for (int r = 0; r < P; r++) {
        UTIL_ASSERT(at[r + 1] < INT32_MAX, "a round sends more than 16 GB to one rank");
        scount[r] = (int)at[r + 1];
        at[r + 1] += at[r];
        sdispl[r] = (int)at[r];
        if (r != s->rank) s->bytes_sent += 8 * (uint64_t)scount[r];
    }
    VEC_RESERVE(s->send, at[P] + 1);
    for (size_t k = 0; k < s->states.len; k++) {
        const lstate *q = &s->states.items[k];
        const dworker *w = &s->workers[q->worker];
        for (size_t i = q->first; i < q->first + q->count; i++) {
            const pending *p = &w->succs.items[i];
            uint64_t *rec = s->send.items + at[rank_of_fp(p->fp, P)];
            rec[0] = s->seq_base.items[q->pos] + (i - q->first);
            rec[1] = q->id;
            rec[2] = p->fp;
            rec[3] = p->len;
            if (p->len % 8) rec[REC_WORDS + p->len / 8] = 0;   /* the padding */
            memcpy(rec + REC_WORDS, w->bytes.items + p->off, p->len);
            at[rank_of_fp(p->fp, P)] += padded_words(p->len);
        }
    }
    MPI_Alltoall(scount, 1, MPI_INT, rcount, 1, MPI_INT, MPI_COMM_WORLD);
    uint64_t total = 0;
    for (int r = 0; r < P; r++) {
        rdispl[r] = (int)total;
        total += (uint64_t)rcount[r];
        UTIL_ASSERT(total < INT32_MAX, "a round receives more than 16 GB");
    }
    VEC_RESERVE(s->recv, total + 1);
    MPI_Alltoallv(s->send.items, scount, sdispl, MPI_UINT64_T, s->recv.items, rcount, rdispl, MPI_UINT64_T,
                  MPI_COMM_WORLD);
    s->recs.len = 0;
    for (uint64_t i = 0; i < total; i += padded_words((uint32_t)s->recv.items[i + 3])) {
        const uint64_t *rec = s->recv.items + i;
        VEC_PUSH(s->recs, ((rrec){rec[0], rec[1], rec[2], (const uint8_t *)(rec + REC_WORDS), (uint32_t)rec[3]}));
    }
    (void)npos;
    free(scount);
    free(at);
}

static int by_seq(const void *a, const void *b)
{
    uint64_t x = ((const rrec *)a)->seq, y = ((const rrec *)b)->seq;
    return (x > y) - (x < y);
}

/* After expand (thread 0): the counts summed, the seq numbers, this rank's expansion faults keyed, the
 * successors exchanged and sorted, room in the set. */
static void prepare_dedup(dsearch *s)
{
    uint64_t n = s->initial ? 1 : s->end - s->start;
    VEC_RESERVE(s->counts, 2 * n + 1);
    memset(s->counts.items, 0, (2 * n + 1) * sizeof(uint64_t));
    for (size_t k = 0; k < s->states.len; k++) {
        const lstate *q = &s->states.items[k];
        s->counts.items[q->pos] = q->count;
        s->counts.items[n + q->pos] = q->generated;
    }
    for (int k = 0; k < s->nworkers; k++) s->counts.items[2 * n] += s->workers[k].bytes.len;
    sum_u64(s->counts.items, 2 * n + 1, MPI_SUM);
    VEC_RESERVE(s->seq_base, n + 1);
    uint64_t base = 0;
    for (uint64_t pos = 0; pos < n; pos++) {
        s->seq_base.items[pos] = base;
        base += s->counts.items[pos];
    }
    s->seq_base.items[n] = s->nseq = base;
    for (int k = 0; k < s->nworkers; k++) {
        fault *f = &s->workers[k].expansion;
        if (f->kind == FAULT_NONE) continue;
        const lstate *q = &s->states.items[f->lstate];
        f->pos = q->pos;
        f->seq = s->seq_base.items[q->pos] + (f->at - q->first);
        f->key = key_of(f->seq, BEFORE_SUCCESSOR);
        atomic_min(&s->cutoff, f->key);
    }
    if (val_unportable_seen()) s->flags |= STOP_UNPORTABLE;
    exchange(s, n);
    qsort(s->recs.items, s->recs.len, sizeof *s->recs.items, by_seq);
    free(s->fresh);
    s->fresh = util_xcalloc(s->recs.len + 1, 1);
    if (!fpset_reserve(s->seen, s->recs.len)) disk_failed(s, fpset_disk_errno(s->seen));
}

/* ---- dedup -------------------------------------------------------------------------------------- */

/* How far ahead of its probe a record's slot in the set is fetched (as in explore.c): the table is
 * far larger than the cache, the probes are independent, and fetched ahead their misses overlap. A
 * record's bytes are fetched half as far ahead (a new state's are checked). */
enum { PROBE_AHEAD = 16 };

static void prefetch_ahead(const dsearch *s, const dworker *w, size_t i)
{
    const rrec *recs = s->recs.items;
    size_t n = s->recs.len;
    if (i + PROBE_AHEAD < n && thread_of_fp(recs[i + PROBE_AHEAD].fp, s->nworkers) == (uint32_t)w->id)
        fpset_prefetch(s->seen, set_key(recs[i + PROBE_AHEAD].fp));
    if (i + PROBE_AHEAD / 2 < n && thread_of_fp(recs[i + PROBE_AHEAD / 2].fp, s->nworkers) == (uint32_t)w->id)
        __builtin_prefetch(recs[i + PROBE_AHEAD / 2].bytes);
}

static void dedup_phase(dsearch *s, dworker *w)
{
    if (s->flags) return;
    for (size_t i = 0; i < s->recs.len && i < PROBE_AHEAD; i++)
        if (thread_of_fp(s->recs.items[i].fp, s->nworkers) == (uint32_t)w->id) fpset_prefetch(s->seen, set_key(s->recs.items[i].fp));
    for (size_t i = 0; i < s->recs.len; i++) {
        prefetch_ahead(s, w, i);
        const rrec *r = &s->recs.items[i];
        if (thread_of_fp(r->fp, s->nworkers) != (uint32_t)w->id) continue;
        if (key_of(r->seq, AT_STATE) > atomic_load_explicit(&s->cutoff, memory_order_relaxed) || stopping(s)) return;
        if (!fpset_put(s->seen, set_key(r->fp))) continue;
        s->fresh[i] = 1;
        explore_status st = s->m->check_state(w->mw, r->bytes, r->len);
        s->m->state_done(w->mw);
        if (st == EXPLORE_OK) continue;
        uint64_t pos = r->pred == NO_PRED ? 0 : r->pred - s->base - s->start;
        w->check = (fault){.kind = st == EXPLORE_VIOLATION ? FAULT_VIOLATION : FAULT_ERROR, .sub = AT_STATE,
                           .pos = pos, .seq = r->seq, .key = key_of(r->seq, AT_STATE)};
        atomic_min(&s->cutoff, w->check.key);
        return;
    }
}

/* ---- conclude: ids, the first fault, the totals ------------------------------------------------- */

static uint64_t rank_in_round(const dsearch *s, uint64_t seq)
{
    uint64_t word = s->bits.items[seq / 64] & ((1ull << (seq % 64)) - 1);
    return s->prefix.items[seq / 64] + (uint64_t)__builtin_popcountll(word);
}

/* This rank's first fault of the round, by (key, position). */
static fault *local_first(dsearch *s)
{
    fault *best = NULL;
    for (int k = 0; k < s->nworkers; k++) {
        fault *c[] = {&s->workers[k].expansion, &s->workers[k].check};
        for (int j = 0; j < 2; j++)
            if (c[j]->kind != FAULT_NONE && (!best || c[j]->key < best->key || (c[j]->key == best->key && c[j]->pos < best->pos)))
                best = c[j];
    }
    return best;
}

/* Is the entry just before expansion fault f (of worker w), of the same state, its successor? The
 * model emits a violated step's successor before reporting it, not a state outside the constraints;
 * and the successor of a step whose properties failed to evaluate (failed_step). */
static bool succ_emitted_before(const dsearch *s, const fault *f)
{
    bool emitted = f->kind == FAULT_ERROR ? f->failed_step : f->succ != NULL;
    if (!emitted || f->sub != BEFORE_SUCCESSOR || s->initial) return false;
    for (int k = 0; k < s->nworkers; k++) {
        const dworker *w = &s->workers[k];
        if (f != &w->expansion) continue;
        if (f->at == 0 || f->at - 1 < s->states.items[f->lstate].first) return false;
        const pending *p = &w->succs.items[f->at - 1];
        return !f->succ || (p->len == f->succ_len && memcmp(w->bytes.items + p->off, f->succ, p->len) == 0);
    }
    return false;
}

/* The first fault of the round over all ranks, copied to every rank from the one holding it. */
static bool global_first(dsearch *s, fault *out)
{
    fault *mine = local_first(s);
    uint64_t v[2] = {mine ? mine->key : NO_FAULT, 0};
    sum_u64(v, 1, MPI_MIN);
    if (v[0] == NO_FAULT) return false;
    v[1] = mine && mine->key == v[0] ? mine->pos : UINT64_MAX;
    sum_u64(v + 1, 1, MPI_MIN);
    uint64_t holder = mine && mine->key == v[0] && mine->pos == v[1] ? (uint64_t)s->rank : UINT64_MAX;
    sum_u64(&holder, 1, MPI_MIN);
    uint64_t d[8] = {0};
    if (holder == (uint64_t)s->rank)
        d[0] = mine->kind, d[1] = (uint64_t)mine->sub, d[2] = mine->pos, d[3] = mine->seq, d[4] = mine->key,
        d[5] = mine->succ ? mine->succ_len : UINT64_MAX, d[6] = mine->succ_action, d[7] = succ_emitted_before(s, mine);
    MPI_Bcast(d, 8, MPI_UINT64_T, (int)holder, MPI_COMM_WORLD);
    *out = (fault){.kind = (fault_kind)d[0], .sub = (int)d[1], .pos = d[2], .seq = d[3], .key = d[4],
                   .succ_action = (uint32_t)d[6], .succ_emitted = d[7]};
    if (d[5] != UINT64_MAX) {
        out->succ_len = (uint32_t)d[5];
        out->succ = util_xmalloc(out->succ_len + 1);
        if (holder == (uint64_t)s->rank) memcpy(out->succ, mine->succ, out->succ_len);
        MPI_Bcast(out->succ, (int)out->succ_len, MPI_BYTE, (int)holder, MPI_COMM_WORLD);
    }
    return true;
}

static explore_verdict verdict_of_flags(int flags)
{
    if (flags & STOP_DISK) return EXPLORE_DISK_ERROR;
    if (flags & STOP_MEMORY) return EXPLORE_OUT_OF_MEMORY;
    return EXPLORE_INTERRUPTED;
}

/* The bitmap of the round's new seqs, OR-ed over the ranks, and its prefix counts below seq_limit. */
static uint64_t rank_new_states(dsearch *s, uint64_t seq_limit)
{
    size_t words = (s->nseq + 63) / 64;
    VEC_RESERVE(s->bits, words + 1);
    VEC_RESERVE(s->prefix, words + 1);
    memset(s->bits.items, 0, (words + 1) * sizeof(uint64_t));
    for (size_t i = 0; i < s->recs.len; i++)
        if (s->fresh[i]) s->bits.items[s->recs.items[i].seq / 64] |= 1ull << (s->recs.items[i].seq % 64);
    sum_u64(s->bits.items, words, MPI_BOR);
    size_t limit_words = (seq_limit + 63) / 64;
    if (seq_limit % 64) s->bits.items[limit_words - 1] &= (1ull << (seq_limit % 64)) - 1;
    for (size_t i = limit_words; i < words; i++) s->bits.items[i] = 0;
    uint64_t total = 0;
    for (size_t i = 0; i < words; i++) {
        s->prefix.items[i] = total;
        total += (uint64_t)__builtin_popcountll(s->bits.items[i]);
    }
    return total;
}

/* This rank's new states of the round, at their ids: trace records and the next level, in id order. */
static void queue_new_states(dsearch *s, uint64_t seq_limit)
{
    for (size_t i = 0; i < s->recs.len; i++) {
        const rrec *r = &s->recs.items[i];
        if (!s->fresh[i] || r->seq >= seq_limit) continue;
        uint64_t id = s->next_id + rank_in_round(s, r->seq);
        VEC_PUSH(s->trace, ((dtrace){id, r->pred, r->fp}));
        VEC_PUSH(s->next_slots, ((lslot){id, r->len}));
        if (!spool_append(&s->next, r->bytes, r->len)) disk_failed(s, errno);
    }
}

/* Outdegree: each of the first npos positions expanded found as many new states as its successors'
 * seqs below seq_limit hold new bits (at a stop, the last position's successors before the fault). */
static void count_outdegree(dsearch *s, uint64_t npos, uint64_t seq_limit)
{
    for (uint64_t pos = 0; pos < npos; pos++) {
        uint64_t k = 0;
        for (uint64_t q = s->seq_base.items[pos]; q < min_u64(s->seq_base.items[pos + 1], seq_limit); q++)
            k += (s->bits.items[q / 64] >> (q % 64)) & 1;
        while (s->hist.len <= k) VEC_PUSH(s->hist, 0);
        s->hist.items[k]++;
    }
}

static void clear_faults(dsearch *s)
{
    for (int k = 0; k < s->nworkers; k++) {
        free(s->workers[k].expansion.succ);
        s->workers[k].expansion = s->workers[k].check = (fault){0};
    }
}

static void plan_round(dsearch *s);

/* The successors the stopping state generated, as TLC counts them (explore_generated_at_stop). */
static uint64_t generated_until(const dsearch *s, const fault *stop, uint64_t npos)
{
    return explore_generated_at_stop(stop->sub, s->counts.items[npos + stop->pos], s->counts.items[stop->pos],
                                     stop->seq - s->seq_base.items[stop->pos]);
}

/* After a new state's invariant failed to evaluate: TLC's replay of the expansion of the state
 * before it (explore_replay_mark, explore.c's replay_later_successors), each rank checking the later
 * successors it owns; the first failing over the ranks ends it. A later successor was in the set
 * before the failing state unless this rank inserted it this round (past the stop) or never did. */
static void replay_later_successors(dsearch *s, const fault *stop)
{
    uint64_t end = s->seq_base.items[stop->pos + 1];
    VEC(later_succ) v = {0};
    for (size_t i = 0; i < s->recs.len; i++) {
        const rrec *r = &s->recs.items[i];
        if (r->seq <= stop->seq || r->seq >= end) continue;
        VEC_PUSH(v, ((later_succ){.seq = r->seq, .fp = r->fp, .bytes = r->bytes, .len = r->len,
                                  .seen = !s->fresh[i] && fpset_contains(s->seen, set_key(r->fp))}));
    }
    void *mw = s->workers[0].mw;
    if (s->m->quiet) s->m->quiet(mw, true);
    if (s->m->set_level) s->m->set_level(mw, s->depth);
    explore_replay_mark(s->m, mw, v.items, v.len);
    if (s->m->quiet) s->m->quiet(mw, false);
    uint64_t first = explore_replay_first_failing(v.items, v.len);
    sum_u64(&first, 1, MPI_MIN);
    uint64_t counts[2] = {0, 0};
    explore_replay_count(v.items, v.len, first, &counts[0], &counts[1]);
    sum_u64(counts, 2, MPI_SUM);
    s->distinct += counts[0];
    s->replay_queued = counts[1];
    VEC_FREE(v);
}

static void conclude(dsearch *s)
{
    if (stopping(s)) s->flags |= STOP_INTERRUPT;
    if (util_out_of_memory()) s->flags |= STOP_MEMORY;
    uint64_t flags = (uint64_t)s->flags;
    sum_u64(&flags, 1, MPI_BOR);
    if (flags) {
        s->verdict = verdict_of_flags((int)flags);
        sum_u64(&s->disk_errno, 1, MPI_MAX);
        s->unportable = flags & STOP_UNPORTABLE;
        s->done = true;
        return;
    }
    fault stop;
    bool stops = global_first(s, &stop);
    uint64_t seq_limit = !stops ? s->nseq : min_u64(s->nseq, stop.key ? (stop.key - 1) / 4 + 1 : 0);
    uint64_t fresh = rank_new_states(s, seq_limit);
    if (s->next_id + fresh > (s->o->max_states && s->o->max_states < TRACE_CAPACITY ? s->o->max_states : TRACE_CAPACITY)) {
        s->verdict = EXPLORE_TOO_LARGE;
        free(stop.succ);
        s->done = true;
        return;
    }
    queue_new_states(s, seq_limit);
    uint64_t npos = s->initial ? 1 : s->end - s->start;
    uint64_t expanded = s->initial ? 1 : stops ? stop.pos + 1 : npos;
    if (!s->initial) count_outdegree(s, expanded, seq_limit);
    if (!stops && !s->initial) {
        s->round_states = explore_round_states(s->counts.items[2 * npos], s->nseq, npos);
    }
    for (uint64_t k = 0; k < expanded; k++)
        s->generated += stops && k == stop.pos ? generated_until(s, &stop, npos) : s->counts.items[npos + k];
    uint64_t id_base = s->next_id;
    s->next_id += fresh;
    s->distinct += fresh;
    s->next_count += fresh;
    clear_faults(s);
    if (stops) {
        if (stop.sub == AT_STATE && stop.kind == FAULT_ERROR && !s->initial) replay_later_successors(s, &stop);
        s->stop = stop;
        /* a violated (or failed) step's successor, emitted just before, counted if new but never queued (TLC) */
        s->stop_step_new = stop.succ_emitted && stop.seq > 0 &&
                           (s->bits.items[(stop.seq - 1) / 64] >> ((stop.seq - 1) % 64) & 1);
        s->stop_id = stop.sub == AT_STATE ? id_base + rank_in_round(s, stop.seq)
                     : s->initial        ? NO_PRED
                                         : s->base + s->start + stop.pos;
        s->done = true;
        return;
    }
    if (s->initial && s->o->initial_done) s->o->initial_done(s->o->progress_ctx, s->generated, s->distinct);
    plan_round(s);
}

/* ---- levels and rounds -------------------------------------------------------------------------- */

static void start_level(dsearch *s)
{
    spool t = s->cur;
    s->cur = s->next;
    s->next = t;
    spool_clear(&s->next);
    lslot_vec ts = s->cur_slots;
    s->cur_slots = s->next_slots;
    s->next_slots = ts;
    s->next_slots.len = 0;
    s->cur_at = 0;
    s->nfrontier = s->next_count;
    s->next_count = 0;
    s->base = s->next_id - s->nfrontier;
    s->start = s->end = 0;
    if (s->nfrontier) s->depth++;
}

static void report_progress(dsearch *s)
{
    if (!s->o->progress) return;
    double t = util_now();
    if (t - s->last_progress < s->o->progress_seconds) return;
    s->last_progress = t;
    explore_stats st = {s->generated, s->distinct, s->nfrontier - s->start + s->next_count, s->depth, t - s->start_time};
    s->o->progress(s->o->progress_ctx, &st);
}

/* This rank's states of the round, read from its spool of the level. */
static void load_round(dsearch *s)
{
    s->states.len = 0;
    uint64_t bytes = 0;
    size_t from = s->cur_at;
    while (s->cur_at < s->cur_slots.len && s->cur_slots.items[s->cur_at].id < s->base + s->end)
        bytes += s->cur_slots.items[s->cur_at++].len;
    const uint8_t *block = bytes ? spool_take(&s->cur, bytes) : NULL;
    if (bytes && !block) {
        disk_failed(s, errno);
        return;
    }
    for (size_t k = from; k < s->cur_at; k++) {
        const lslot *sl = &s->cur_slots.items[k];
        VEC_PUSH(s->states, ((lstate){.id = sl->id, .pos = sl->id - s->base - s->start, .bytes = block, .len = sl->len}));
        block += sl->len;
    }
}

static void plan_round(dsearch *s)
{
    s->initial = false;
    s->start = s->end;
    if (s->start >= s->nfrontier) start_level(s);
    if (s->nfrontier == 0) {
        s->done = true;
        return;
    }
    s->end = min_u64(s->start + s->round_states, s->nfrontier);
    load_round(s);
    atomic_store(&s->claim, 0);
    atomic_store(&s->stop_expanding, false);
    atomic_store(&s->cutoff, NO_FAULT);
    s->stats = (explore_stats){s->generated, s->distinct, s->nfrontier - s->end + s->next_count, s->depth,
                               util_now() - s->start_time};
    report_progress(s);
}

/* ---- threads ------------------------------------------------------------------------------------ */

static void run_phase(dsearch *s, dworker *w)
{
    if (s->m->set_level) s->m->set_level(w->mw, s->initial ? 0 : s->depth);
    if (s->m->set_stats) s->m->set_stats(w->mw, &s->stats);
    if (s->phase == PHASE_EXPAND) expand_phase(s, w);
    else if (s->phase == PHASE_DEDUP) dedup_phase(s, w);
}

static void *thread_main(void *arg)
{
    dworker *w = arg;
    dsearch *s = w->s;
    for (;;) {
        pthread_barrier_wait(&s->go);
        if (s->phase == PHASE_EXIT) break;
        run_phase(s, w);
        pthread_barrier_wait(&s->finished);
    }
    if (s->m->thread_end) s->m->thread_end(s->m->self);
    return NULL;
}

/* Run a phase on every thread of this rank (thread 0 is the caller). */
static void parallel(dsearch *s, int phase)
{
    s->phase = phase;
    pthread_barrier_wait(&s->go);
    if (phase == PHASE_EXIT) return;
    run_phase(s, &s->workers[0]);
    pthread_barrier_wait(&s->finished);
}

static void search_rounds(dsearch *s)
{
    s->initial = true;
    s->stats = (explore_stats){.depth = 1};
    if (s->rank == 0) VEC_PUSH(s->states, ((lstate){.id = NO_PRED}));
    atomic_store(&s->cutoff, NO_FAULT);
    while (!s->done) {
        for (int k = 0; k < s->nworkers; k++) s->workers[k].succs.len = s->workers[k].bytes.len = 0;
        if (s->initial) expand_initial(s);
        else parallel(s, PHASE_EXPAND);
        prepare_dedup(s);
        parallel(s, PHASE_DEDUP);
        conclude(s);
    }
}

/* ---- after the search: traces, rechecks, statistics ---------------------------------------------- */

static const dtrace *find_trace(const dsearch *s, uint64_t id)
{
    size_t lo = 0, hi = s->trace.len;
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        if (s->trace.items[mid].id < id) lo = mid + 1;
        else hi = mid;
    }
    return lo < s->trace.len && s->trace.items[lo].id == id ? &s->trace.items[lo] : NULL;
}

/* The action of the stop's successor as this process numbers actions (each process numbers them as
 * it meets them): its predecessor (NULL: the initial predicate) expanded again by a replaying worker,
 * the successor found by its bytes among the states and the violations it reports. */
static uint32_t local_action(dsearch *s, const explore_trace_state *pred, uint32_t level)
{
    const explore_model *m = s->m;
    void *mw = m->worker_new(m->self, 0);   /* a replaying worker names actions with their arguments */
    if (m->replaying) m->replaying(mw);
    collector c;
    collector_init(&c);
    uint64_t generated;
    if (m->set_level) m->set_level(mw, level);
    if (pred) m->successors(mw, pred->bytes, pred->len, &c.sink, &generated);
    else m->initial(mw, &c.sink, &generated);
    uint32_t action = s->stop.succ_action;
    for (size_t i = 0; i < c.states.len; i++) {
        const pending *p = &c.states.items[i];
        if (p->len == s->stop.succ_len && !memcmp(c.bytes.items + p->off, s->stop.succ, p->len)) action = p->action;
    }
    for (size_t i = 0; i < c.sink.violations.len; i++) {
        const step_violation *v = &c.sink.violations.items[i];
        if (v->len == s->stop.succ_len && !memcmp(v->bytes, s->stop.succ, v->len)) action = v->action;
    }
    m->state_done(mw);
    m->worker_free(mw);
    collector_free(&c);
    return action;
}

/* The path of fingerprints from an initial state to state id, asking the ranks one state at a time,
 * replayed through the model (on every rank), then the stop's successor if it has one. */
static uint32_t rebuild_trace(dsearch *s, uint64_t id, explore_trace_state **out)
{
    word_vec fps = {0};
    for (uint64_t at = id; at != NO_PRED;) {
        const dtrace *t = find_trace(s, at);
        uint64_t v[3] = {t ? 1 : 0, t ? t->pred : 0, t ? t->fp : 0};
        sum_u64(v, 3, MPI_SUM);
        if (v[0] != 1) break;
        VEC_PUSH(fps, v[2]);
        at = v[1];
    }
    for (size_t i = 0, j = fps.len ? fps.len - 1 : 0; i < j; i++, j--) {
        uint64_t x = fps.items[i];
        fps.items[i] = fps.items[j];
        fps.items[j] = x;
    }
    uint32_t n = (uint32_t)fps.len;
    bool ok = n ? explore_replay(s->m, fps.items, n, out) : id == NO_PRED && s->stop.succ;
    if (!n && ok) *out = util_xcalloc(2, sizeof **out);   /* an initial state outside the constraints */
    VEC_FREE(fps);
    if (!ok) return 0;
    if (s->stop.succ) {
        uint32_t action = local_action(s, n ? &(*out)[n - 1] : NULL, n);
        (*out)[n] = (explore_trace_state){util_xmalloc(s->stop.succ_len + 1), s->stop.succ_len, action};
        memcpy((*out)[n].bytes, s->stop.succ, s->stop.succ_len);
        n++;
    }
    return n;
}

/* The model's check of the stop again (after it forgot what it recorded), as explore.c's recheck. */
static void recheck(dsearch *s, const explore_trace_state *trace, uint32_t n)
{
    const explore_model *m = s->m;
    void *mw = s->workers[0].mw;
    if (!m->forget_fault) return;
    m->forget_fault(m->self);
    if (m->quiet) m->quiet(mw, true);
    if (m->set_level) m->set_level(mw, s->initial ? 0 : s->depth);
    uint32_t states = s->stop.succ ? n - 1 : n;
    if (s->stop.sub == AT_STATE && states) {
        m->check_state(mw, trace[states - 1].bytes, trace[states - 1].len);
    } else if (s->stop.succ && !states) {   /* an initial state outside the constraints */
        m->check_state(mw, s->stop.succ, s->stop.succ_len);
    } else if (s->stop.succ && m->check_step && states) {
        m->check_step(mw, trace[states - 1].bytes, trace[states - 1].len, s->stop.succ, s->stop.succ_len);
    } else if (s->stop.kind == FAULT_ERROR) {
        collector c;
        collector_init(&c);
        uint64_t generated, fp;
        bool ok = (states ? m->successors(mw, trace[states - 1].bytes, trace[states - 1].len, &c.sink, &generated)
                          : m->initial(mw, &c.sink, &generated)) == EXPLORE_OK;
        for (size_t i = 0; i < c.states.len && ok; i++)
            ok = m->fingerprint(mw, c.bytes.items + c.states.items[i].off, c.states.items[i].len, &fp);
        collector_free(&c);
    }
    if (m->quiet) m->quiet(mw, false);
    m->state_done(mw);
}

/* TLC's "actual" collision estimate: the least distance between two fingerprints. The ranks own
 * consecutive ranges, so it is the least of each rank's own and of the gaps between neighbours. */
static uint64_t least_distance(dsearch *s)
{
    uint64_t n = s->trace.len;
    uint64_t *a = util_xcalloc(2 * n + 1, sizeof *a);
    for (uint64_t i = 0; i < n; i++) a[i] = s->trace.items[i].fp;
    uint64_t mine[3] = {fpset_least_distance_of(a, a + n, n, 1), n ? a[0] : 0, n ? a[n - 1] : 0};
    free(a);
    uint64_t *all = util_xcalloc(3 * (size_t)s->nranks, sizeof *all);
    uint64_t *owned = util_xcalloc((size_t)s->nranks, sizeof *owned);
    MPI_Allgather(mine, 3, MPI_UINT64_T, all, 3, MPI_UINT64_T, MPI_COMM_WORLD);
    MPI_Allgather(&n, 1, MPI_UINT64_T, owned, 1, MPI_UINT64_T, MPI_COMM_WORLD);
    uint64_t best = INT64_MAX, last = 0;
    bool have_last = false;
    for (int r = 0; r < s->nranks; r++) {
        if (all[3 * r] < best) best = all[3 * r];
        if (!owned[r]) continue;
        if (have_last && all[3 * r + 1] - last < best) best = all[3 * r + 1] - last;
        last = all[3 * r + 2];
        have_last = true;
    }
    free(all);
    free(owned);
    return best ? best : 1;
}

/* Rank 0 prints how the work was shared: states owned and bytes sent per rank. */
static void print_balance(dsearch *s)
{
    uint64_t mine[2] = {s->trace.len, s->bytes_sent};
    uint64_t *all = util_xcalloc(2 * (size_t)s->nranks, sizeof *all);
    MPI_Gather(mine, 2, MPI_UINT64_T, all, 2, MPI_UINT64_T, 0, MPI_COMM_WORLD);
    if (s->rank == 0) {
        uint64_t sent = 0;
        printf("Distributed search: %d ranks x %d workers; states owned per rank:", s->nranks, s->nworkers);
        for (int r = 0; r < s->nranks; r++) printf("%s %llu", r ? "," : "", (unsigned long long)all[2 * r]);
        printf("; bytes sent per rank:");
        for (int r = 0; r < s->nranks; r++) {
            printf("%s %llu", r ? "," : "", (unsigned long long)all[2 * r + 1]);
            sent += all[2 * r + 1];
        }
        printf(" (%.1f per state generated)\n", s->generated ? (double)sent / (double)s->generated : 0.0);
        fflush(stdout);
    }
    free(all);
}

static explore_verdict verdict_of(const dsearch *s)
{
    switch (s->stop.kind) {
    case FAULT_VIOLATION: return EXPLORE_VIOLATED;
    case FAULT_DEADLOCK: return EXPLORE_DEADLOCK;
    case FAULT_ERROR: return EXPLORE_FAILED;
    case FAULT_NONE: break;
    }
    return s->verdict;
}

/* The counts TLC prints (explore_stop_stats). */
static explore_stats final_stats(const dsearch *s, explore_verdict v)
{
    explore_stats st = {s->generated, s->distinct, 0, s->depth, util_now() - s->start_time};
    if (v == EXPLORE_SUCCESS) return st;
    uint64_t expanded = s->start;
    if (s->stop.kind != FAULT_NONE && !s->initial) expanded += s->stop.pos + 1;
    explore_stop stop = {.kind = s->stop.kind, .sub = s->stop.sub, .initial = s->initial,
                         .step_succ_new = s->stop_step_new, .expanded = expanded, .nfrontier = s->nfrontier,
                         .next_count = s->next_count, .replay_queued = s->replay_queued};
    return explore_stop_stats(st, &stop);
}

/* ---- running ------------------------------------------------------------------------------------ */

/* A state that cannot be sent to another process: every rank ends the job here (exit 151). */
static _Noreturn void refuse_unportable(dsearch *s)
{
    if (s->rank == 0) {
        printf("%llu states generated, %llu distinct states found so far.\n", (unsigned long long)s->generated,
               (unsigned long long)s->distinct);
        fflush(stdout);
        fprintf(stderr, "tlc-c: error: a state holds a string made during the search (not written in the spec or "
                        "its .cfg) or an infinite set, which cannot be sent to another process; checking such a spec "
                        "on several processes (mpirun) is not supported yet\n");
    }
    MPI_Finalize();
    exit(EXIT_CONFIG);
}

/* The processes must have interned the same strings in the same order, since states name them by
 * their rank (value_io.c): a digest of them all, compared over the ranks. */
static bool same_strings(void)
{
    val_freeze_strings();
    uint32_t n = util_intern_count();
    uint64_t h = 0;
    for (uint32_t i = 0; i < n; i++) h = XXH3_64bits_withSeed(util_intern_at(i), strlen(util_intern_at(i)), h);
    uint64_t v[2] = {h, ~h};
    sum_u64(v, 1, MPI_MIN);
    sum_u64(v + 1, 1, MPI_MIN);
    return v[0] == h && v[1] == ~h;
}

static void search_init(dsearch *s, const explore_model *m, const explore_options *o)
{
    s->m = m;
    s->o = o;
    s->rank = job.rank;
    s->nranks = job.size;
    s->nworkers = o->workers > 0 ? o->workers : 1;
    s->workers = util_xcalloc((size_t)s->nworkers, sizeof(dworker));
    s->seen = fpset_new(1 << 16, o->fpset_bytes);
    spool_init(&s->cur, o->queue_budget);
    spool_init(&s->next, o->queue_budget);
    s->start_time = s->last_progress = util_now();
    s->verdict = EXPLORE_SUCCESS;
    s->round_states = EXPLORE_ROUND;
    for (int k = 0; k < s->nworkers; k++) {
        s->workers[k] = (dworker){.id = k, .s = s};
        s->workers[k].mw = m->worker_new(m->self, k);
    }
    pthread_barrier_init(&s->go, NULL, (unsigned)s->nworkers);
    pthread_barrier_init(&s->finished, NULL, (unsigned)s->nworkers);
}

static void search_free(dsearch *s)
{
    for (int k = 0; k < s->nworkers; k++) {
        dworker *w = &s->workers[k];
        s->m->worker_free(w->mw);
        VEC_FREE(w->bytes);
        VEC_FREE(w->succs);
    }
    clear_faults(s);
    free(s->workers);
    free(s->stop.succ);
    fpset_free(s->seen);
    spool_free(&s->cur);
    spool_free(&s->next);
    VEC_FREE(s->trace);
    VEC_FREE(s->cur_slots);
    VEC_FREE(s->next_slots);
    VEC_FREE(s->states);
    VEC_FREE(s->counts);
    VEC_FREE(s->seq_base);
    VEC_FREE(s->send);
    VEC_FREE(s->recv);
    VEC_FREE(s->recs);
    VEC_FREE(s->bits);
    VEC_FREE(s->prefix);
    VEC_FREE(s->hist);
    free(s->fresh);
    pthread_barrier_destroy(&s->go);
    pthread_barrier_destroy(&s->finished);
    free(s);
}

void dist_run(const explore_model *m, const explore_options *o, explore_result *r)
{
    if (!job.active) {
        explore_run(m, o, r);
        return;
    }
    memset(r, 0, sizeof *r);
    interrupted = 0;
    signal(SIGINT, on_signal);
    signal(SIGTERM, on_signal);
    dsearch *s = util_xcalloc(1, sizeof *s);
    search_init(s, m, o);
    if (!same_strings()) {
        if (s->rank == 0)
            fprintf(stderr, "tlc-c: error: the processes did not read the same spec (their strings differ)\n");
        s->verdict = EXPLORE_FAILED;
        s->done = true;
    }
    VEC(pthread_t) threads = {0};
    for (int k = 1; k < s->nworkers; k++) {
        pthread_t t;
        UTIL_ASSERT(pthread_create(&t, NULL, thread_main, &s->workers[k]) == 0, "cannot start a worker thread");
        VEC_PUSH(threads, t);
    }
    search_rounds(s);
    parallel(s, PHASE_EXIT);
    for (size_t k = 0; k < threads.len; k++) pthread_join(threads.items[k], NULL);
    VEC_FREE(threads);
    if (s->unportable) refuse_unportable(s);
    r->verdict = verdict_of(s);
    r->stats = final_stats(s, r->verdict);
    r->collision_probability = fpset_collision_probability(r->stats.distinct, r->stats.generated);
    r->disk_errno = (int)s->disk_errno;
    if (s->stop.kind != FAULT_NONE) {
        if (s->stop_id != NO_PRED || s->stop.succ) r->trace_len = rebuild_trace(s, s->stop_id, &r->trace);
        recheck(s, r->trace, r->trace_len);
    }
    if (r->verdict == EXPLORE_SUCCESS) {
        r->outdegree = explore_outdegree_of(s->hist.items, s->hist.len, r->stats.distinct);
        r->actual_collision_probability = 1.0 / (double)least_distance(s);
    } else if (r->verdict == EXPLORE_FAILED && s->stop.kind != FAULT_NONE) {
        uint64_t expanded = 0;   /* over the states expanded, the last in part (explore.c's rule) */
        for (size_t k = 0; k < s->hist.len; k++) expanded += s->hist.items[k];
        r->outdegree = explore_outdegree_of(s->hist.items, s->hist.len, expanded);
    }
    print_balance(s);
    search_free(s);
}
