/* test_explore.c - the explorer and the fingerprint set, driven by toy models written in C (no
 * TLA+): counts, depth, shortest traces, deadlocks, violations and errors, with 1, 2 and 4 workers;
 * the same result for any number of workers when a level holds many faults; -continue; the queue
 * spilled to disk; a state space too large; running out of memory. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <unistd.h>

#include "barrier.h"
#include "explore.h"
#include "fpset.h"
#include "util.h"

/* A toy model: states are (x, y) pairs of uint32; successors move right or up on a W x H grid
 * (or wrap around a counter when `ring`). Options make it deadlock, violate or fail. */
typedef struct toy {
    uint32_t w, h;
    bool ring;               /* x -> (x + 1) % w only */
    uint32_t bad_x, bad_y;   /* check_state fails here (when violate) */
    uint32_t bad_mod;        /* if not 0: at every (bad_x, y) with y % bad_mod == bad_y */
    bool violate, fail_at_bad, transition_bad;
    uint32_t dead_x, dead_mod;   /* if dead_mod: (dead_x, y) with y % dead_mod == 0 has no successor */
    uint32_t ninit;          /* initial states (0, i) for i < ninit */
} toy;

typedef struct toy_state { uint32_t x, y; } toy_state;

static void *toy_worker_new(void *self, int id) { return self; }

static bool is_bad(const toy *t, uint32_t x, uint32_t y)
{
    return x == t->bad_x && (t->bad_mod ? y % t->bad_mod == t->bad_y : y == t->bad_y);
}
static void toy_worker_free(void *w) {}
static void toy_done(void *w) {}

static void emit_xy(explore_sink *sink, uint32_t x, uint32_t y)
{
    toy_state s = {x, y};
    explore_emit(sink, (const uint8_t *)&s, sizeof s, 1);
}

static explore_status toy_initial(void *w, explore_sink *sink, uint64_t *generated)
{
    toy *t = w;
    uint32_t n = t->ninit ? t->ninit : 1;
    for (uint32_t i = 0; i < n; i++) emit_xy(sink, 0, i);
    *generated = n;
    return EXPLORE_OK;
}

static explore_status toy_successors(void *w, const uint8_t *bytes, uint32_t len, explore_sink *sink, uint64_t *generated)
{
    toy *t = w;
    toy_state s;
    memcpy(&s, bytes, sizeof s);
    *generated = 0;
    if (t->fail_at_bad && is_bad(t, s.x, s.y)) return EXPLORE_ERROR;
    if (t->dead_mod && s.x == t->dead_x && s.y % t->dead_mod == 0) return EXPLORE_OK;
    if (t->ring) {
        emit_xy(sink, (s.x + 1) % t->w, s.y);
        *generated = 1;
        return EXPLORE_OK;
    }
    if (s.x + 1 < t->w) {
        if (t->transition_bad && is_bad(t, s.x + 1, s.y)) {
            toy_state v = {s.x + 1, s.y};
            explore_emit_violation(sink, (const uint8_t *)&v, sizeof v, 2);
            ++*generated;
            if (!explore_sink_continues(sink)) return EXPLORE_VIOLATION;
        }
        emit_xy(sink, s.x + 1, s.y), ++*generated;
    }
    if (s.y + 1 < t->h) emit_xy(sink, s.x, s.y + 1), ++*generated;
    return EXPLORE_OK;
}

static bool toy_fingerprint(void *w, const uint8_t *bytes, uint32_t len, uint64_t *fp)
{
    toy_state s;
    memcpy(&s, bytes, sizeof s);
    *fp = ((uint64_t)s.x * 0x9E3779B97F4A7C15ull) ^ ((uint64_t)s.y * 0xC2B2AE3D27D4EB4Full) ^ 0x1234;
    return true;
}

static explore_status toy_check(void *w, const uint8_t *bytes, uint32_t len)
{
    toy *t = w;
    toy_state s;
    memcpy(&s, bytes, sizeof s);
    return t->violate && is_bad(t, s.x, s.y) ? EXPLORE_VIOLATION : EXPLORE_OK;
}

static explore_model model_of(toy *t)
{
    return (explore_model){.self = t, .worker_new = toy_worker_new, .worker_free = toy_worker_free,
                           .initial = toy_initial, .successors = toy_successors, .fingerprint = toy_fingerprint,
                           .check_state = toy_check, .state_done = toy_done};
}

static explore_result run(toy *t, int workers, bool deadlock)
{
    explore_model m = model_of(t);
    explore_options o = {.workers = workers, .check_deadlock = deadlock};
    explore_result r;
    explore_run(&m, &o, &r);
    return r;
}

static void test_ring(void **state)
{
    toy t = {.w = 5, .h = 1, .ring = true};
    explore_result r = run(&t, 1, true);
    assert_int_equal(r.verdict, EXPLORE_SUCCESS);
    assert_int_equal(r.stats.distinct, 5);
    assert_int_equal(r.stats.depth, 5);
    assert_int_equal(r.stats.generated, 6);   /* 1 initial + 5 successors */
    explore_result_free(&r);
}

static void test_grid_any_workers(void **state)
{
    for (int workers = 1; workers <= 4; workers *= 2) {
        toy t = {.w = 300, .h = 200, .ninit = 3};
        explore_result r = run(&t, workers, false);
        assert_int_equal(r.verdict, EXPLORE_SUCCESS);
        assert_int_equal(r.stats.distinct, 300 * 200);
        assert_int_equal(r.stats.depth, 299 + 197 + 1);   /* the far corner from the nearest initial state (0, 2) */
        explore_result_free(&r);
    }
}

static void test_deadlock_shortest_trace(void **state)
{
    for (int workers = 1; workers <= 2; workers++) {
        toy t = {.w = 4, .h = 3};
        explore_result r = run(&t, workers, true);
        assert_int_equal(r.verdict, EXPLORE_DEADLOCK);   /* (3, 2) has no successor */
        assert_int_equal(r.trace_len, 3 + 2 + 1);
        toy_state last;
        memcpy(&last, r.trace[r.trace_len - 1].bytes, sizeof last);
        assert_int_equal(last.x, 3);
        assert_int_equal(last.y, 2);
        for (uint32_t i = 1; i < r.trace_len; i++) {   /* each step is one move */
            toy_state a, b;
            memcpy(&a, r.trace[i - 1].bytes, sizeof a);
            memcpy(&b, r.trace[i].bytes, sizeof b);
            assert_int_equal((b.x - a.x) + (b.y - a.y), 1);
        }
        explore_result_free(&r);
    }
}

static void test_invariant_violation(void **state)
{
    toy t = {.w = 50, .h = 50, .violate = true, .bad_x = 7, .bad_y = 5};
    explore_result r = run(&t, 2, false);
    assert_int_equal(r.verdict, EXPLORE_VIOLATED);
    assert_int_equal(r.trace_len, 7 + 5 + 1);
    explore_result_free(&r);
    t.bad_x = t.bad_y = 0;   /* an initial state violates */
    r = run(&t, 1, false);
    assert_int_equal(r.verdict, EXPLORE_VIOLATED);
    assert_int_equal(r.trace_len, 1);
    explore_result_free(&r);
}

static void test_transition_violation_and_error(void **state)
{
    toy t = {.w = 10, .h = 10, .transition_bad = true, .bad_x = 3, .bad_y = 2};
    explore_result r = run(&t, 1, false);
    assert_int_equal(r.verdict, EXPLORE_VIOLATED);
    assert_int_equal(r.trace_len, 2 + 2 + 1 + 1);   /* path to (2, 2), then the bad step */
    assert_int_equal(r.trace[r.trace_len - 1].action, 2);
    explore_result_free(&r);
    toy e = {.w = 10, .h = 10, .fail_at_bad = true, .bad_x = 4, .bad_y = 1};
    r = run(&e, 2, false);
    assert_int_equal(r.verdict, EXPLORE_FAILED);
    assert_int_equal(r.trace_len, 4 + 1 + 1);
    explore_result_free(&r);
}

/* The result of a run, to compare runs with different numbers of workers. */
static void assert_same_result(const explore_result *a, const explore_result *b)
{
    assert_int_equal(a->verdict, b->verdict);
    assert_int_equal(a->stats.distinct, b->stats.distinct);
    assert_int_equal(a->stats.generated, b->stats.generated);
    assert_int_equal(a->stats.queue, b->stats.queue);
    assert_int_equal(a->stats.depth, b->stats.depth);
    assert_int_equal(a->trace_len, b->trace_len);
    for (uint32_t i = 0; i < a->trace_len; i++) {
        assert_int_equal(a->trace[i].len, b->trace[i].len);
        assert_memory_equal(a->trace[i].bytes, b->trace[i].bytes, a->trace[i].len);
    }
}

/* Many faults on one level, in rounds of a level larger than a round: counts, queue, depth and the
 * trace of the first fault in breadth-first order, whatever the number of workers. */
static void test_faults_same_for_any_workers(void **state)
{
    toy toys[] = {
        {.w = 6, .h = 100000, .ninit = 100000, .violate = true, .bad_x = 3, .bad_mod = 997, .bad_y = 500},
        {.w = 6, .h = 100000, .ninit = 100000, .dead_x = 2, .dead_mod = 1009},
        {.w = 6, .h = 100000, .ninit = 100000, .fail_at_bad = true, .bad_x = 2, .bad_mod = 1013, .bad_y = 7},
        {.w = 6, .h = 100000, .ninit = 100000, .transition_bad = true, .bad_x = 3, .bad_mod = 991, .bad_y = 3},
        /* an invariant violation and deadlocks at the same level: the first in order wins */
        {.w = 6, .h = 100000, .ninit = 100000, .violate = true, .bad_x = 3, .bad_mod = 997, .bad_y = 900,
         .dead_x = 2, .dead_mod = 50000},
    };
    for (size_t k = 0; k < sizeof toys / sizeof *toys; k++) {
        explore_result one = run(&toys[k], 1, true);
        assert_int_not_equal(one.verdict, EXPLORE_SUCCESS);
        for (int workers = 2; workers <= 4; workers++) {
            explore_result many = run(&toys[k], workers, true);
            assert_same_result(&one, &many);
            explore_result_free(&many);
        }
        explore_result_free(&one);
    }
}

typedef struct seen_violations { uint32_t n; toy_state last[64]; } seen_violations;

static void on_violation(void *ctx, const explore_trace_state *trace, uint32_t len)
{
    seen_violations *v = ctx;
    assert_true(len > 0);
    if (v->n < 64) memcpy(&v->last[v->n], trace[len - 1].bytes, sizeof(toy_state));
    v->n++;
}

/* -continue: every violation reported, in the same order for any number of workers, and the
 * search complete. */
static void test_keep_going(void **state)
{
    toy t = {.w = 40, .h = 40, .violate = true, .bad_x = 5, .bad_mod = 4, .bad_y = 1};
    seen_violations first = {0};
    for (int workers = 1; workers <= 3; workers++) {
        seen_violations v = {0};
        explore_model m = model_of(&t);
        explore_options o = {.workers = workers, .keep_going = true, .violation = on_violation, .progress_ctx = &v};
        explore_result r;
        explore_run(&m, &o, &r);
        assert_int_equal(r.verdict, EXPLORE_SUCCESS);
        assert_int_equal(r.stats.distinct, 40 * 40);
        assert_int_equal(r.violations, 10);   /* (5, y) with y % 4 == 1 */
        assert_int_equal(v.n, 10);
        if (workers == 1) first = v;
        else assert_memory_equal(first.last, v.last, sizeof(toy_state) * 10);
        explore_result_free(&r);
    }
    for (uint32_t i = 1; i < first.n; i++) assert_true(first.last[i - 1].y < first.last[i].y);   /* BFS order */
}

/* The toy grid explored whole with options o and 1 to max_workers workers: every state, the depth. */
static void explore_whole_grid(explore_options o, int max_workers)
{
    toy t = {.w = 300, .h = 200, .ninit = 3};
    for (o.workers = 1; o.workers <= max_workers; o.workers++) {
        explore_model m = model_of(&t);
        explore_result r;
        explore_run(&m, &o, &r);
        assert_int_equal(r.verdict, EXPLORE_SUCCESS);
        assert_int_equal(r.stats.distinct, 300 * 200);
        assert_int_equal(r.stats.depth, 299 + 197 + 1);
        assert_true(r.actual_collision_probability > 0);
        explore_result_free(&r);
    }
}

/* A queue budget of a few bytes sends nearly every state through the disk: same counts. */
static void test_queue_spilled(void **state) { explore_whole_grid((explore_options){.queue_budget = 16}, 3); }

/* A fingerprint budget of a few KB sends nearly every fingerprint to disk: same counts and depth. */
static void test_fingerprints_on_disk(void **state) { explore_whole_grid((explore_options){.fpset_bytes = 16384}, 2); }

static int rounds_left;

static void stop_after_rounds(void *ctx, const explore_stats *s)
{
    if (--rounds_left == 0) explore_request_stop();
}

/* A search stopped half way, with a checkpoint after every round, recovered with another number of
 * workers (and fingerprints on disk): the whole grid, as the run never stopped. */
static void test_checkpoint_recover(void **state)
{
    char dir[] = "/tmp/tlcc-test-checkpoint-XXXXXX";
    assert_non_null(mkdtemp(dir));
    toy t = {.w = 300, .h = 200, .ninit = 3};
    explore_model m = model_of(&t);
    uint8_t meta[] = {1, 2, 3};
    explore_options o = {.workers = 2, .checkpoint_dir = dir, .checkpoint_meta = meta, .checkpoint_meta_len = 3,
                         .progress = stop_after_rounds, .progress_seconds = 0};
    explore_result r;
    rounds_left = 250;
    explore_run(&m, &o, &r);
    assert_int_equal(r.verdict, EXPLORE_INTERRUPTED);
    assert_true(r.stats.distinct < 300 * 200);
    explore_result_free(&r);
    char why[256];
    uint32_t len;
    uint8_t *got = explore_checkpoint_meta(dir, &len, why, sizeof why);
    assert_non_null(got);
    assert_int_equal(len, 3);
    assert_memory_equal(got, meta, 3);
    free(got);
    explore_whole_grid((explore_options){.recover_dir = dir, .fpset_bytes = 16384}, 3);
    char path[64];
    snprintf(path, sizeof path, "%s/checkpoint", dir);
    unlink(path);
    rmdir(dir);
    assert_null(explore_checkpoint_meta(dir, &len, why, sizeof why));
    assert_non_null(strstr(why, "cannot read"));
}

static void test_too_large(void **state)
{
    toy t = {.w = 300, .h = 200};
    explore_model m = model_of(&t);
    explore_options o = {.workers = 2, .max_states = 1000};
    explore_result r;
    explore_run(&m, &o, &r);
    assert_int_equal(r.verdict, EXPLORE_TOO_LARGE);
    assert_true(r.stats.distinct <= 1000 && r.stats.distinct > 0);
    explore_result_free(&r);
}

/* A violation met in the round where the new states pass max_states: the ranks are planned before
 * the new states are checked, so the limit is decided after them. With room for the violating
 * state the search stops at it, with the counts of a search without limit, at any number of
 * workers; with one state less it is too large. The violation is at a state of a level of 201
 * states, in the middle of its round. */
static void test_too_large_at_violation(void **state)
{
    toy t = {.w = 300, .h = 300, .violate = true, .bad_x = 100, .bad_y = 100};
    explore_result free_run = run(&t, 1, false);
    assert_int_equal(free_run.verdict, EXPLORE_VIOLATED);
    uint64_t needed = free_run.stats.distinct;
    explore_model m = model_of(&t);
    for (int workers = 1; workers <= 4; workers++) {
        explore_options o = {.workers = workers, .max_states = needed};
        explore_result r;
        explore_run(&m, &o, &r);
        assert_int_equal(r.verdict, EXPLORE_VIOLATED);
        assert_int_equal(r.stats.distinct, needed);
        assert_int_equal(r.stats.generated, free_run.stats.generated);
        assert_int_equal(r.stats.queue, free_run.stats.queue);
        assert_int_equal(r.trace_len, free_run.trace_len);
        explore_result_free(&r);
        o.max_states = needed - 1;
        explore_run(&m, &o, &r);
        assert_int_equal(r.verdict, EXPLORE_TOO_LARGE);
        assert_true(r.stats.distinct < needed);
        explore_result_free(&r);
    }
    explore_result_free(&free_run);
}

/* The least distance sorted on threads, each a range of values (some empty: every value in the
 * upper half), is the one sorted on one thread and the one of a plain sort. */
static void test_least_distance_threads(void)
{
    enum { N = 200000 };
    uint64_t *orig = malloc(sizeof(uint64_t) * N), *ref = malloc(sizeof(uint64_t) * N);
    uint64_t *a = malloc(sizeof(uint64_t) * 2 * N);
    for (int upper = 0; upper < 2; upper++) {
        uint64_t x = 88172645463325252ull;
        for (int i = 0; i < N; i++) {
            x ^= x << 13, x ^= x >> 7, x ^= x << 17;
            orig[i] = upper ? x | 1ull << 63 : x;
        }
        memcpy(ref, orig, sizeof(uint64_t) * N);
        uint64_t plain = fpset_least_distance_of(ref, NULL, N, 1);
        assert_true(plain < INT64_MAX);
        for (int threads = 1; threads <= 5; threads++) {
            memcpy(a, orig, sizeof(uint64_t) * N);
            assert_int_equal(fpset_least_distance_of(a, a + N, N, threads), plain);
            assert_memory_equal(a, ref, sizeof(uint64_t) * N);
        }
    }
    free(orig);
    free(ref);
    free(a);
}

/* The address space limited to what the process has plus a little: the search ends with its
 * counts (not an exit), and the flag is lowered again by the next reserve. Not under sanitizers,
 * whose allocators abort instead of failing. */
static void test_out_of_memory(void **state)
{
#if defined(__SANITIZE_ADDRESS__) || defined(__SANITIZE_THREAD__)
    skip();
#else
    FILE *f = fopen("/proc/self/statm", "r");
    unsigned long pages = 0;
    assert_non_null(f);
    assert_int_equal(fscanf(f, "%lu", &pages), 1);
    fclose(f);
    struct rlimit old, limited;
    getrlimit(RLIMIT_AS, &old);
    limited = old;
    limited.rlim_cur = (rlim_t)pages * 4096 + ((rlim_t)256 << 20);
    util_reserve_memory((size_t)32 << 20);
    assert_int_equal(setrlimit(RLIMIT_AS, &limited), 0);
    toy t = {.w = 1 << 20, .h = 1 << 20};
    explore_result r = run(&t, 1, false);
    setrlimit(RLIMIT_AS, &old);
    assert_int_equal(r.verdict, EXPLORE_OUT_OF_MEMORY);
    assert_true(r.stats.distinct > 1000);
    explore_result_free(&r);
    util_reserve_memory(0);
    assert_false(util_out_of_memory());
#endif
}

typedef struct stress { fpset *s; uint64_t from, to; uint64_t added; } stress;

static void *insert_range(void *arg)
{
    stress *st = arg;
    for (uint64_t i = st->from; i < st->to; i++) st->added += fpset_put(st->s, i * 0xD6E8FEB86659FD93ull);
    return NULL;
}

static void test_fpset(void **state)
{
    fpset *s = fpset_new(16, 0);
    assert_true(fpset_put(s, 0));     /* 0 is remapped, not lost */
    assert_false(fpset_put(s, 0));
    assert_true(fpset_contains(s, 0));
    fpset_reserve(s, 400000);
    /* four threads insert overlapping ranges: every value is new exactly once */
    stress st[4];
    pthread_t th[4];
    for (int i = 0; i < 4; i++) {
        st[i] = (stress){s, (uint64_t)i * 50000 + 1, (uint64_t)i * 50000 + 100001, 0};
        pthread_create(&th[i], NULL, insert_range, &st[i]);
    }
    uint64_t added = 0;
    for (int i = 0; i < 4; i++) {
        pthread_join(th[i], NULL);
        added += st[i].added;
    }
    assert_int_equal(added, 250000);
    assert_int_equal(fpset_size(s), 250001);
    fpset_reserve(s, 2000000);   /* growing keeps every entry */
    for (uint64_t i = 1; i <= 250000; i++) assert_true(fpset_contains(s, i * 0xD6E8FEB86659FD93ull));
    assert_false(fpset_contains(s, 250001 * 0xD6E8FEB86659FD93ull));
    fpset_free(s);
    assert_true(fpset_collision_probability(1000, 2000) < 1e-12);
    /* the least distance between two fingerprints, in the table and in a copy */
    s = fpset_new(16, 0);
    uint64_t fps[] = {1000, 7, 400, 1003, 90}, tmp[5];
    for (int i = 0; i < 5; i++) fpset_put(s, fps[i]);
    assert_int_equal(fpset_least_distance(s, 1), 3);
    fpset_free(s);
    assert_int_equal(fpset_least_distance_of(fps, tmp, 5, 2), 3);
    assert_int_equal(fpset_least_distance_of(fps, NULL, 1, 2), INT64_MAX);
    test_least_distance_threads();
}

/* The least distance of the set of vals[0..n) (none 0), made with room for `room` values and a
 * budget of `budget` bytes (runs on disk past it: inserted in rounds of 500), is the one of a sort,
 * on 1 to 4 threads. */
static void check_set_distance(const uint64_t *vals, uint64_t n, uint64_t room, uint64_t budget)
{
    uint64_t *copy = malloc(sizeof(uint64_t) * (n + 1));
    memcpy(copy, vals, sizeof(uint64_t) * n);
    uint64_t want = fpset_least_distance_of(copy, NULL, n, 1);
    for (int threads = 1; threads <= 4; threads++) {
        fpset *s = fpset_new(16, budget);
        fpset_reserve(s, room);
        for (uint64_t i = 0; i < n; i++) {
            if (budget && i % 500 == 0) assert_true(fpset_reserve(s, 500));
            assert_true(fpset_put(s, vals[i]));
        }
        for (uint64_t i = 0; i < n; i++) assert_true(fpset_contains(s, vals[i]));
        assert_int_equal(fpset_size(s), n);
        assert_int_equal(fpset_least_distance(s, threads), want);
        fpset_free(s);
    }
    free(copy);
}

/* Crowded homes make clusters whose values came out of order (one below the one before it), each
 * sorted where the scan meets it: small sets of values in 64 homes of a 1,024-slot table, the
 * least gap inside such a cluster, at its edges or elsewhere; and one cluster inserted backwards. */
static void test_fpset_crowded(void)
{
    uint64_t v[64], x = 2463534242ull;
    for (int trial = 0; trial < 2000; trial++) {
        uint64_t n = 2 + (uint64_t)trial % 60;
        for (uint64_t i = 0; i < n; i++) {
            x ^= x << 13, x ^= x >> 7, x ^= x << 17;
            v[i] = (100ull << 54) + x % (64ull << 54) / (trial % 3 ? 1 : 1ull << 40) * (trial % 3 ? 1 : 1ull << 40);
        }
        uint64_t m = 0;   /* the values distinct, in their order */
        for (uint64_t i = 0; i < n; i++) {
            bool seen = false;
            for (uint64_t j = 0; j < m; j++) seen |= v[j] == v[i];
            if (!seen) v[m++] = v[i];
        }
        check_set_distance(v, m, m, 0);
    }
    for (uint64_t i = 0; i < 40; i++) v[i] = (300ull << 54) + (40 - i) * 1000 + (i == 39 ? 20311 : 0);
    check_set_distance(v, 40, 40, 0);
}

/* The table is in order but within clusters (fpset.h): its least distance by clusters, against a
 * sort. The cluster wrapping from the table's end to its start holds its largest values and its
 * smallest (the gap between those two is no distance); crowded values make a cluster longer than
 * an insertion sort's; an empty and a one-value set have none (INT64_MAX). */
static void test_fpset_order(void **state)
{
    enum { N = 300000 };
    uint64_t *v = malloc(sizeof(uint64_t) * (N + 400));
    const uint64_t top = UINT64_MAX;
    uint64_t wrap[] = {top - 100, top - 40, top, 3, 50, 1ull << 63, top - 3000, 7000};
    check_set_distance(wrap, 8, 16, 0);                 /* 3 and top are 4 apart only modulo 2^64 */
    assert_int_equal(fpset_least_distance_of(wrap, NULL, 8, 1), 40);
    check_set_distance(wrap, 0, 16, 0);
    check_set_distance(wrap, 1, 16, 0);
    check_set_distance(wrap + 2, 2, 16, 0);             /* top and 3: INT64_MAX */
    uint64_t n = 0, x = 88172645463325252ull;
    for (; n < N; n++) {
        x ^= x << 13, x ^= x >> 7, x ^= x << 17;
        v[n] = x;
    }
    for (uint64_t i = 0; i < 8; i++) v[n++] = wrap[i] ^ 0x10000;   /* not among the random ones */
    for (uint64_t i = 0; i < 200; i++) v[n++] = (5ull << 60) + i * 977;   /* one cluster of 200 */
    check_set_distance(v, n, n, 0);                     /* parts of the table on threads */
    check_set_distance(v, 5000, 5000, 0);               /* one part */
    check_set_distance(v + N - 3000, 3208, 0, 16384);   /* runs on disk, in order by clusters */
    free(v);
    test_fpset_crowded();
}

static bool count_block(void *ctx, const uint64_t *a, uint64_t n)
{
    (void)a;
    *(uint64_t *)ctx += n;
    return true;
}

/* Past a budget of 1024 slots the set writes runs and merges them in the background: rounds of
 * inserts from two threads (with duplicates of old and new values) count each value once. */
static void test_fpset_disk(void **state)
{
    fpset *s = fpset_new(16, 16384), *ref = fpset_new(16, 0);
    uint64_t added = 0;
    for (uint64_t round = 0; round < 60; round++) {
        assert_true(fpset_reserve(s, 2 * 1000));
        stress st[2];
        pthread_t th[2];
        for (int i = 0; i < 2; i++) {
            st[i] = (stress){s, round * 700 + (uint64_t)i * 300 + 1, round * 700 + (uint64_t)i * 300 + 1001, 0};
            pthread_create(&th[i], NULL, insert_range, &st[i]);
        }
        for (int i = 0; i < 2; i++) {
            pthread_join(th[i], NULL);
            added += st[i].added;
        }
    }
    assert_int_equal(added, 59 * 700 + 1300);
    assert_int_equal(fpset_size(s), added);
    assert_true(fpset_disk_size(s) > 0);
    assert_int_equal(fpset_disk_errno(s), 0);
    fpset_reserve(ref, 1 << 20);   /* a table much larger than its contents */
    for (uint64_t i = 1; i <= added; i++) {
        assert_true(fpset_contains(s, i * 0xD6E8FEB86659FD93ull));
        fpset_put(ref, i * 0xD6E8FEB86659FD93ull);
    }
    assert_false(fpset_contains(s, (added + 1) * 0xD6E8FEB86659FD93ull));
    uint64_t listed = 0;
    assert_true(fpset_each(s, count_block, &listed));
    assert_int_equal(listed, added);
    assert_int_equal(fpset_least_distance(s, 2), fpset_least_distance(ref, 1));
    fpset_free(s);
    fpset_free(ref);
}

/* Threads meeting at a barrier: each step sees every thread's work of the phase before it, and the
 * threads see the step's; the lead variant runs its step on the lead thread. */
enum { TEAM = 3, PHASES = 2000 };
typedef struct team {
    barrier b;
    uint64_t done[TEAM];          /* phases each thread finished */
    uint64_t steps, lead_steps;   /* written by the steps only */
    bool consistent;
    pthread_t lead;
} team;
typedef struct member { team *t; int id; } member;

static void check_step(void *arg)
{
    team *t = arg;
    for (int k = 0; k < TEAM; k++) t->consistent &= t->done[k] == t->steps + 1;
    t->steps++;
}

/* Every other phase's step may run on any thread; the others only on the lead's. */
static bool any_may(void *arg)
{
    team *t = arg;
    return t->steps % 2 == 0;
}

static void lead_step(void *arg)
{
    team *t = arg;
    t->consistent &= (t->steps % 2 == 0 || pthread_equal(pthread_self(), t->lead)) && t->steps == t->lead_steps + 1;
    t->lead_steps++;
}

static void *meet(void *arg)
{
    member *m = arg;
    team *t = m->t;
    if (m->id == 0) t->lead = pthread_self();
    barrier_wait(&t->b, NULL, NULL);
    for (uint64_t p = 0; p < PHASES; p++) {
        if (t->steps != p) t->consistent = false;
        t->done[m->id]++;
        barrier_wait(&t->b, check_step, t);
        barrier_wait_either(&t->b, m->id == 0, any_may, lead_step, t);
    }
    return NULL;
}

static void test_barrier(void **state)
{
    (void)state;
    team t = {.consistent = true};
    barrier_init(&t.b, TEAM);
    member m[TEAM];
    pthread_t th[TEAM];
    for (int k = 0; k < TEAM; k++) {
        m[k] = (member){&t, k};
        pthread_create(&th[k], NULL, meet, &m[k]);
    }
    for (int k = 0; k < TEAM; k++) pthread_join(th[k], NULL);
    barrier_destroy(&t.b);
    assert_true(t.consistent);
    assert_int_equal(t.steps, PHASES);
    assert_int_equal(t.lead_steps, PHASES);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_ring), cmocka_unit_test(test_grid_any_workers),
        cmocka_unit_test(test_deadlock_shortest_trace), cmocka_unit_test(test_invariant_violation),
        cmocka_unit_test(test_transition_violation_and_error), cmocka_unit_test(test_fpset), cmocka_unit_test(test_fpset_disk), cmocka_unit_test(test_fpset_order), cmocka_unit_test(test_fingerprints_on_disk), cmocka_unit_test(test_checkpoint_recover),
        cmocka_unit_test(test_faults_same_for_any_workers), cmocka_unit_test(test_keep_going),
        cmocka_unit_test(test_queue_spilled), cmocka_unit_test(test_too_large), cmocka_unit_test(test_too_large_at_violation),
        cmocka_unit_test(test_out_of_memory),
        cmocka_unit_test(test_barrier),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
