/* fpset.c - the fingerprint set: a power-of-two table of atomic 64-bit slots, and past the memory
 * budget sorted runs on disk (see fpset.h).
 *
 * The table: an insert claims an empty slot with a CAS (release) or finds its fingerprint already
 * there (acquire). Growth and flushes are stop-the-world between exploration rounds (see explore.c),
 * which keeps the insert path to a load, a compare and a CAS, plus a look at the runs on the way to
 * an empty slot. The runs do not change during a round, so a fingerprint is either in one (every
 * thread finds it) or in none (the CAS decides who adds it): nothing is lost or counted twice.
 *
 * A run is a sorted array of fingerprints in an unlinked temporary file, mapped read-only, with an
 * index in memory of the first fingerprint of each page of PAGE_FPS: a lookup is a binary search of
 * the index, then of one page. Its file is allocated in full before anything is moved, so a full
 * disk is found before the table is touched. Flushing writes the table's contents into the new run
 * in order, each cluster sorted (see home_of). A merge thread folds the runs into one in the background;
 * the merged run replaces its inputs at the first reserve after it is done. */
#include "fpset.h"

#include "util.h"

#include <errno.h>
#include <fcntl.h>
#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <unistd.h>

enum { PAGE_FPS = 512, MIN_SLOTS = 1024 };

typedef struct fp_run {
    int fd;
    uint64_t *fps;               /* mapped; NULL when n == 0 */
    uint64_t n;
    uint64_t *first;             /* the first fingerprint of each page of PAGE_FPS */
} fp_run;

/* The background merge of the first `ninputs` runs (as they were when it started). */
typedef struct merge_job {
    pthread_t thread;
    bool running;
    atomic_bool done;
    fp_run **inputs;
    size_t ninputs;
    fp_run *out;                 /* NULL when the merge failed (the inputs stay) */
} merge_job;

struct fpset {
    _Atomic uint64_t *slots;
    void *block;                 /* the allocation holding the slots (see new_table) */
    uint64_t mask;
    int shift;                   /* 64 - log2(slots): a fingerprint's home is its bits from there up */
    _Atomic uint64_t count;      /* fingerprints in the table */
    uint64_t budget_slots;       /* the most slots within the budget; 0: no limit */
    VEC(fp_run *) runs;          /* on disk, oldest first; disjoint from each other and the table */
    uint64_t cold;               /* fingerprints in the runs */
    merge_job merge;
    int disk_errno;
    bool warned;
    /* a larger table being filled (fpset_reserve_begin .. fpset_reserve_end) */
    _Atomic uint64_t *next_slots;
    void *next_block;
    uint64_t next_mask;
    int next_shift;
};

static uint64_t normalise(uint64_t fp) { return fp ? fp : 0x9E3779B97F4A7C15ull; }

static uint64_t pack_sorted(const fpset *s, uint64_t *out);

/* ---- runs ---------------------------------------------------------------------------------------- */

static void run_free(fp_run *r)
{
    if (!r) return;
    if (r->fps) munmap(r->fps, r->n * sizeof(uint64_t));
    if (r->fd >= 0) close(r->fd);
    free(r->first);
    free(r);
}

/* A run of n fingerprints, its file allocated and mapped writable; NULL with errno set. */
static fp_run *run_create(uint64_t n)
{
    fp_run *r = util_try_calloc(1, sizeof *r);
    if (!r) return errno = ENOMEM, NULL;
    r->fd = util_temp_fd("fpset", NULL);
    r->n = n;
    int err = r->fd < 0 ? errno : 0;
    if (!err && n) err = posix_fallocate(r->fd, 0, (off_t)(n * sizeof(uint64_t)));
    if (!err && n) {
        void *p = mmap(NULL, n * sizeof(uint64_t), PROT_READ | PROT_WRITE, MAP_SHARED, r->fd, 0);
        if (p == MAP_FAILED) err = errno;
        else r->fps = p;
    }
    uint64_t pages = (n + PAGE_FPS - 1) / PAGE_FPS;
    if (!err && !(r->first = util_try_calloc(pages + 1, sizeof(uint64_t)))) err = ENOMEM;
    if (err) {
        r->n = r->fps ? r->n : 0;
        run_free(r);
        errno = err;
        return NULL;
    }
    return r;
}

/* The run's contents are written: index its pages and make it read-only. */
static void run_seal(fp_run *r)
{
    for (uint64_t p = 0; p * PAGE_FPS < r->n; p++) r->first[p] = r->fps[p * PAGE_FPS];
    if (r->fps) mprotect(r->fps, r->n * sizeof(uint64_t), PROT_READ);
}

static bool run_has(const fp_run *r, uint64_t fp)
{
    if (!r->n || fp < r->first[0]) return false;
    uint64_t lo = 0, hi = (r->n + PAGE_FPS - 1) / PAGE_FPS;   /* the last page whose first is <= fp */
    while (hi - lo > 1) {
        uint64_t mid = lo + (hi - lo) / 2;
        if (r->first[mid] <= fp) lo = mid;
        else hi = mid;
    }
    const uint64_t *a = r->fps + lo * PAGE_FPS;
    uint64_t n = r->n - lo * PAGE_FPS < PAGE_FPS ? r->n - lo * PAGE_FPS : PAGE_FPS;
    uint64_t l = 0, h = n;
    while (l < h) {
        uint64_t mid = l + (h - l) / 2;
        if (a[mid] < fp) l = mid + 1;
        else h = mid;
    }
    return l < n && a[l] == fp;
}

static bool in_runs(const fpset *s, uint64_t fp)
{
    for (size_t i = s->runs.len; i-- > 0;)
        if (run_has(s->runs.items[i], fp)) return true;
    return false;
}

/* ---- the background merge ----------------------------------------------------------------------- */

static void *merge_main(void *arg)
{
    merge_job *job = arg;
    uint64_t total = 0;
    for (size_t i = 0; i < job->ninputs; i++) total += job->inputs[i]->n;
    fp_run *out = run_create(total);
    if (out) {
        uint64_t *at = util_try_calloc(job->ninputs, sizeof(uint64_t));
        uint64_t n = 0;
        for (; at && n < total; n++) {   /* the inputs are few: the least head by a scan */
            size_t best = SIZE_MAX;
            for (size_t i = 0; i < job->ninputs; i++)
                if (at[i] < job->inputs[i]->n &&
                    (best == SIZE_MAX || job->inputs[i]->fps[at[i]] < job->inputs[best]->fps[at[best]]))
                    best = i;
            out->fps[n] = job->inputs[best]->fps[at[best]++];
        }
        free(at);
        if (n == total) run_seal(out);
        else {
            run_free(out);
            out = NULL;
        }
    }
    job->out = out;
    atomic_store_explicit(&job->done, true, memory_order_release);
    return NULL;
}

static void start_merge(fpset *s)
{
    merge_job *job = &s->merge;
    if (job->running || s->runs.len < 2) return;
    job->inputs = util_try_calloc(s->runs.len, sizeof *job->inputs);
    if (!job->inputs) return;
    memcpy(job->inputs, s->runs.items, s->runs.len * sizeof *job->inputs);
    job->ninputs = s->runs.len;
    job->out = NULL;
    atomic_store(&job->done, false);
    if (pthread_create(&job->thread, NULL, merge_main, job) != 0) {
        free(job->inputs);
        return;
    }
    job->running = true;
}

/* Wait for the merge (when `wait`, or when it is done) and put its run in place of its inputs. */
static void finish_merge(fpset *s, bool wait)
{
    merge_job *job = &s->merge;
    if (!job->running || (!wait && !atomic_load_explicit(&job->done, memory_order_acquire))) return;
    pthread_join(job->thread, NULL);
    job->running = false;
    if (job->out) {
        for (size_t i = 0; i < job->ninputs; i++) run_free(s->runs.items[i]);
        s->runs.items[0] = job->out;
        memmove(s->runs.items + 1, s->runs.items + job->ninputs, (s->runs.len - job->ninputs) * sizeof *s->runs.items);
        s->runs.len -= job->ninputs - 1;
    }
    free(job->inputs);
    job->inputs = NULL;
}

/* ---- the table ---------------------------------------------------------------------------------- */

/* 64 - log2(cap), for cap a power of two. */
static int shift_of(uint64_t cap) { return 64 - __builtin_ctzll(cap); }

/* Tables from this size on are aligned to it and asked to be backed by huge pages: a probe lands on
 * a random page of the table, and with 4 KB pages (2,048 for an 8 MB table) most are a TLB miss on
 * top of the cache miss. Without transparent huge pages the advice changes nothing. */
enum { HUGE_PAGE = 2 << 20 };

/* An empty table of cap slots, in *block (to free); NULL when it cannot be had (with `must`, never:
 * util_xcalloc's rules). */
static _Atomic uint64_t *new_table(uint64_t cap, void **block, bool must)
{
    size_t bytes = cap * sizeof(uint64_t), extra = bytes >= HUGE_PAGE ? HUGE_PAGE : 0;
    void *b = must ? util_xcalloc(1, bytes + extra) : util_try_calloc(1, bytes + extra);
    if (!b) return NULL;
    uintptr_t at = (uintptr_t)b;
    if (extra) {
        at = (at + HUGE_PAGE - 1) & ~(uintptr_t)(HUGE_PAGE - 1);
        madvise((void *)at, bytes, MADV_HUGEPAGE);
    }
    *block = b;
    return (_Atomic uint64_t *)at;
}

fpset *fpset_new(uint64_t initial_capacity, uint64_t budget_bytes)
{
    fpset *s = util_xcalloc(1, sizeof *s);
    if (budget_bytes) {
        s->budget_slots = MIN_SLOTS;
        while (s->budget_slots * 2 * sizeof(uint64_t) <= budget_bytes) s->budget_slots <<= 1;
    }
    uint64_t cap = MIN_SLOTS;
    while (cap < initial_capacity && (!s->budget_slots || cap < s->budget_slots)) cap <<= 1;
    s->slots = new_table(cap, &s->block, true);
    s->mask = cap - 1;
    s->shift = shift_of(cap);
    /* probed before written (see util_populate); from 2 MB on, huge pages (one zero-page flush per
     * 2 MB). A larger table is mapped by the workers that move to it (fpset_move_part). */
    if (cap * sizeof(uint64_t) < HUGE_PAGE) util_populate((void *)s->slots, cap * sizeof(uint64_t));
    return s;
}

void fpset_free(fpset *s)
{
    if (!s) return;
    finish_merge(s, true);
    for (size_t i = 0; i < s->runs.len; i++) run_free(s->runs.items[i]);
    VEC_FREE(s->runs);
    free(s->block);
    free(s->next_block);
    free(s);
}

/* The first slot a (normalised) fingerprint probes: its high bits, so that homes follow the order
 * of the values. With linear probing the table is then in order but within its clusters (runs of
 * full slots): a value's home is within its cluster (or, for the cluster wrapping from the end to
 * the start, at its end part), and a later cluster holds only larger values. That gives the sorted
 * order of the fingerprints (the least distance, a flush to disk) by sorting each cluster alone. */
static uint64_t home_of(uint64_t fp, int shift) { return fp >> shift; }

/* Add fp unless it is in the table or (with cold) in a run; true when added. */
static bool insert(const fpset *s, _Atomic uint64_t *slots, uint64_t mask, int shift, uint64_t fp, bool cold)
{
    uint64_t i = home_of(fp, shift);
    for (;;) {
        uint64_t cur = atomic_load_explicit(&slots[i], memory_order_acquire);
        if (cur == fp) return false;
        if (cur == 0) {
            if (cold) {
                if (in_runs(s, fp)) return false;
                cold = false;
            }
            uint64_t expected = 0;
            if (atomic_compare_exchange_strong_explicit(&slots[i], &expected, fp, memory_order_acq_rel,
                                                        memory_order_acquire))
                return true;
            if (expected == fp) return false;
            continue;   /* someone else took the slot: look at it again */
        }
        i = (i + 1) & mask;
    }
}

bool fpset_put(fpset *s, uint64_t fp)
{
    fp = normalise(fp);
    if (!insert(s, s->slots, s->mask, s->shift, fp, s->runs.len > 0)) return false;
    atomic_fetch_add_explicit(&s->count, 1, memory_order_relaxed);
    return true;
}

bool fpset_insert(fpset *s, uint64_t fp)
{
    fp = normalise(fp);
    return insert(s, s->slots, s->mask, s->shift, fp, s->runs.len > 0);
}

/* Prefetched for writing: an insert that finds its slot empty claims it. */
void fpset_prefetch(const fpset *s, uint64_t fp)
{
    __builtin_prefetch((const void *)&s->slots[home_of(normalise(fp), s->shift)], 1, 3);
}

void fpset_added(fpset *s, uint64_t n) { atomic_fetch_add_explicit(&s->count, n, memory_order_relaxed); }

bool fpset_contains(const fpset *s, uint64_t fp)
{
    fp = normalise(fp);
    uint64_t i = home_of(fp, s->shift);
    for (;;) {
        uint64_t cur = atomic_load_explicit(&s->slots[i], memory_order_acquire);
        if (cur == fp) return true;
        if (cur == 0) return in_runs(s, fp);
        i = (i + 1) & s->mask;
    }
}

uint64_t fpset_size(const fpset *s) { return atomic_load(&s->count) + s->cold; }

uint64_t fpset_disk_size(const fpset *s) { return s->cold; }

int fpset_disk_errno(const fpset *s) { return s->disk_errno; }

/* Move the table's fingerprints to a new run, in order, and empty the table. */
static bool flush(fpset *s)
{
    uint64_t n = atomic_load(&s->count), cap = s->mask + 1;
    fp_run *r = run_create(n);
    if (!r) {   /* out of memory raised the flag already; anything else is the disk's */
        if (!util_out_of_memory()) s->disk_errno = errno ? errno : EIO;
        return false;
    }
    pack_sorted(s, r->fps);
    run_seal(r);
    memset((void *)s->slots, 0, cap * sizeof *s->slots);
    atomic_store(&s->count, 0);
    VEC_PUSH(s->runs, r);
    s->cold += n;
    if (!s->warned) {
        const char *dir = getenv("TMPDIR");
        uint64_t kb = (s->budget_slots * sizeof(uint64_t)) >> 10;
        fprintf(stderr, "tlc-c: note: the fingerprint set is past its memory budget (%llu %s); the rest goes to "
                        "files in %s\n",
                (unsigned long long)(kb >= 1024 ? kb >> 10 : kb), kb >= 1024 ? "MB" : "KB", dir && *dir ? dir : "/tmp");
        s->warned = true;
    }
    return true;
}

/* Start moving to a table of cap slots (fpset_move_part, fpset_reserve_end). */
static fpset_room start_resize(fpset *s, uint64_t cap)
{
    s->next_slots = new_table(cap, &s->next_block, false);
    if (!s->next_slots) return FPSET_FAILED;
    s->next_mask = cap - 1;
    s->next_shift = shift_of(cap);
    return FPSET_MOVE;
}

fpset_room fpset_reserve_begin(fpset *s, uint64_t more)
{
    finish_merge(s, false);
    uint64_t need = (atomic_load(&s->count) + more) * 2, cap = s->mask + 1;
    if (s->budget_slots && need > s->budget_slots && atomic_load(&s->count)) {
        if (!flush(s)) return FPSET_FAILED;
        start_merge(s);
        need = more * 2;
        /* back to the budget's size, after a round that needed more */
        if (cap > s->budget_slots && need <= s->budget_slots) return start_resize(s, s->budget_slots);
    }
    if (need <= cap) return FPSET_READY;
    while (cap < need) cap <<= 1;
    return start_resize(s, cap);
}

/* The slots of a part are a range of the old table: its fingerprints are distinct, so the parts'
 * inserts (compare-and-swap) never meet on one. Each part first has the kernel map its share of the
 * new table writable (zeroed, on huge pages where it can), on the threads in parallel: an insert
 * reads its slot before it writes it, and a page first touched by a read is the shared zero page,
 * whose replacement at the write interrupts the other workers' cores to flush their TLBs. */
void fpset_move_part(fpset *s, unsigned part, unsigned parts)
{
    uint64_t n = s->mask + 1, from = n / parts * part, to = part + 1 == parts ? n : n / parts * (part + 1);
    size_t bytes = (s->next_mask + 1) * sizeof(uint64_t), share = bytes / parts;
    util_populate((char *)s->next_slots + share * part, part + 1 == parts ? bytes - share * part : share);
    for (uint64_t i = from; i < to; i++) {
        uint64_t fp = atomic_load_explicit(&s->slots[i], memory_order_relaxed);
        if (fp) insert(s, s->next_slots, s->next_mask, s->next_shift, fp, false);
    }
}

void fpset_reserve_end(fpset *s)
{
    free(s->block);
    s->block = s->next_block;
    s->slots = s->next_slots;
    s->mask = s->next_mask;
    s->shift = s->next_shift;
    s->next_slots = NULL;
    s->next_block = NULL;
}

bool fpset_reserve(fpset *s, uint64_t more)
{
    fpset_room r = fpset_reserve_begin(s, more);
    if (r == FPSET_MOVE) {
        fpset_move_part(s, 0, 1);
        fpset_reserve_end(s);
    }
    return r != FPSET_FAILED;
}

bool fpset_each(const fpset *s, bool (*f)(void *ctx, const uint64_t *a, uint64_t n), void *ctx)
{
    uint64_t block[1024];
    size_t k = 0;
    for (uint64_t i = 0; i <= s->mask; i++) {
        uint64_t fp = atomic_load_explicit(&s->slots[i], memory_order_relaxed);
        if (fp) block[k++] = fp;
        if (k == 1024 || (k && i == s->mask)) {
            if (!f(ctx, block, k)) return false;
            k = 0;
        }
    }
    for (size_t i = 0; i < s->runs.len; i++)
        if (s->runs.items[i]->n && !f(ctx, s->runs.items[i]->fps, s->runs.items[i]->n)) return false;
    return true;
}

static int compare_u64(const void *a, const void *b)
{
    uint64_t x = *(const uint64_t *)a, y = *(const uint64_t *)b;
    return (x > y) - (x < y);
}

/* Below this many values a range is sorted by insertion. */
enum { SMALL_SORT = 32 };

static void insertion_sort(uint64_t *a, uint64_t n)
{
    for (uint64_t i = 1; i < n; i++) {
        uint64_t v = a[i], j = i;
        for (; j > 0 && a[j - 1] > v; j--) a[j] = a[j - 1];
        a[j] = v;
    }
}

/* Sort a[0..n), whose values agree on their bits from `high` up, through tmp[0..n): a most-
 * significant-digit radix sort. One pass scatters the values into tmp by their next bits, about n/4
 * buckets of them (at most 2^16); then each bucket, moved back into `a`, is sorted there while it is
 * in the cache: fingerprints are uniform, so a bucket holds a few values and one pass over memory
 * does most of the work (a least-significant-digit sort takes four). */
static void msd_sort(uint64_t *a, uint64_t *tmp, uint64_t n, int high)
{
    if (n <= SMALL_SORT || high == 0) {
        insertion_sort(a, n);
        return;
    }
    int bits = 1;
    while (bits < 16 && bits < high && ((uint64_t)4 << bits) < n) bits++;
    int shift = high - bits;
    uint64_t buckets = (uint64_t)1 << bits, mask = buckets - 1;
    uint64_t *end = util_xcalloc_probed(buckets, sizeof *end);   /* first each bucket's start, then its end */
    for (uint64_t i = 0; i < n; i++) end[(a[i] >> shift) & mask]++;
    for (uint64_t d = 0, at = 0; d < buckets; d++) {
        uint64_t c = end[d];
        end[d] = at;
        at += c;
    }
    for (uint64_t i = 0; i < n; i++) tmp[end[(a[i] >> shift) & mask]++] = a[i];
    for (uint64_t d = 0, from = 0; d < buckets; from = end[d++]) {
        uint64_t len = end[d] - from;
        if (!len) continue;
        memcpy(a + from, tmp + from, len * sizeof *a);
        msd_sort(a + from, tmp + from, len, shift);
    }
    free(end);
}

/* Sort a[0..n) through tmp[0..n). */
static void radix_sort(uint64_t *a, uint64_t *tmp, uint64_t n) { msd_sort(a, tmp, n, 64); }

/* A range of the fingerprints that one thread sorts in place through the same range of tmp. */
typedef struct sort_part { uint64_t *a, *tmp, n; } sort_part;

static void *sort_part_main(void *arg)
{
    sort_part *p = arg;
    radix_sort(p->a, p->tmp, p->n);
    return NULL;
}

/* The values of a[0..n) with bit `bit` clear moved before those with it set; how many are clear. */
static uint64_t partition_by_bit(uint64_t *a, uint64_t n, int bit)
{
    uint64_t lo = 0, hi = n;
    for (;;) {
        while (lo < hi && !(a[lo] >> bit & 1)) lo++;
        while (lo < hi && (a[hi - 1] >> bit & 1)) hi--;
        if (lo >= hi) return lo;
        uint64_t t = a[lo];
        a[lo++] = a[--hi];
        a[hi] = t;
    }
}

/* a[0..n) split by value into 2^depth ranges, by its bits from `bit` down: each range's values are
 * all below the next range's, so sorting each in place sorts the whole. */
static void split_by_value(uint64_t *a, uint64_t *tmp, uint64_t n, int bit, int depth, sort_part *parts, size_t *k)
{
    if (depth == 0) {
        parts[(*k)++] = (sort_part){a, tmp, n};
        return;
    }
    uint64_t lo = partition_by_bit(a, n, bit);
    split_by_value(a, tmp, lo, bit - 1, depth - 1, parts, k);
    split_by_value(a + lo, tmp + lo, n - lo, bit - 1, depth - 1, parts, k);
}

/* Below this many fingerprints per thread, one thread sorts them all. */
enum { PART_MIN_FPS = 1 << 14 };

/* Sort a[0..n) through tmp[0..n) on up to `threads` threads (a power of two of them), each sorting
 * one range of values; a range whose thread fails to start is sorted on this thread. */
static void sort_on_threads(uint64_t *a, uint64_t *tmp, uint64_t n, int threads)
{
    int depth = 0;
    while (depth < 6 && (2 << depth) <= threads && n / ((uint64_t)2 << depth) >= PART_MIN_FPS) depth++;
    sort_part parts[64];
    size_t k = 0;
    split_by_value(a, tmp, n, 63, depth, parts, &k);
    util_run_parts(parts, k, sizeof *parts, sort_part_main);
}

uint64_t fpset_least_distance_of(uint64_t *a, uint64_t *tmp, uint64_t n, int threads)
{
    if (tmp) sort_on_threads(a, tmp, n, threads);
    else qsort(a, n, sizeof *a, compare_u64);
    uint64_t least = INT64_MAX;   /* TLC's value when there are fewer than two */
    for (uint64_t i = 1; i < n; i++)
        if (a[i] - a[i - 1] < least) least = a[i] - a[i - 1];
    return least;
}

/* ---- the table in order (see home_of) ------------------------------------------------------------- */

/* Sort a cluster: a few values at half load, more only where fingerprints crowd. */
static void sort_cluster(uint64_t *a, uint64_t n)
{
    if (n <= SMALL_SORT) insertion_sort(a, n);
    else qsort(a, n, sizeof *a, compare_u64);
}

/* The cluster that wraps: slots [from, cap) and [0, to), with `to` the first empty slot and `from`
 * one past the last (an empty table: to = 0, from = cap). The slots [to, from) between them hold
 * the other clusters, from and to an empty slot. Its values, sorted, are `small` ones homed in
 * [0, to), below every other value of the table, then ones homed in [from, cap), above them. */
typedef struct wrap_cluster { uint64_t to, from, *vals, n, small; } wrap_cluster;

static wrap_cluster wrap_cluster_of(const uint64_t *t, uint64_t cap, int shift)
{
    wrap_cluster w = {0, cap, NULL, 0, 0};
    while (w.to < cap && t[w.to]) w.to++;
    while (w.from > w.to && t[w.from - 1]) w.from--;
    if (w.to == cap) w.from = cap;   /* full: never at a load of at most one half */
    w.vals = util_xcalloc(w.to + (cap - w.from) + 1, sizeof *w.vals);
    for (uint64_t i = w.from; i < cap; i++) w.vals[w.n++] = t[i];
    for (uint64_t i = 0; i < w.to; i++) w.vals[w.n++] = t[i];
    sort_cluster(w.vals, w.n);
    while (w.small < w.n && home_of(w.vals[w.small], shift) < w.to) w.small++;
    return w;
}

/* The table's fingerprints in increasing order into out[0..count); out may be the table itself (a
 * value is never written past a slot not yet read: the wrapping cluster is read first, and the
 * other clusters move down by at most the empty slots before them). */
static uint64_t pack_sorted(const fpset *s, uint64_t *out)
{
    uint64_t *t = (uint64_t *)s->slots, cap = s->mask + 1;
    wrap_cluster w = wrap_cluster_of(t, cap, s->shift);
    uint64_t k = w.small;
    for (uint64_t i = w.to; i < w.from;) {
        uint64_t j = i;
        while (t[j]) j++;
        memmove(out + k, t + i, (j - i) * sizeof *out);
        sort_cluster(out + k, j - i);
        k += j - i;
        i = j + 1;
    }
    memcpy(out, w.vals, w.small * sizeof *out);
    memcpy(out + k, w.vals + w.small, (w.n - w.small) * sizeof *out);
    free(w.vals);
    return k + w.n - w.small;
}

/* The least difference between consecutive values of an increasing sequence, taken in pieces. */
typedef struct gaps { uint64_t least, first, last; bool any; } gaps;

static gaps gaps_none(void) { return (gaps){.least = INT64_MAX}; }   /* TLC's value with fewer than two */

static void gaps_add(gaps *g, uint64_t v)
{
    if (g->any && v - g->last < g->least) g->least = v - g->last;
    if (!g->any) g->first = v;
    g->last = v;
    g->any = true;
}

/* g followed by h, whose values are all above g's. */
static void gaps_join(gaps *g, const gaps *h)
{
    if (!h->any) return;
    if (h->least < g->least) g->least = h->least;
    if (g->any && h->first - g->last < g->least) g->least = h->first - g->last;
    if (!g->any) g->first = h->first;
    g->last = h->last;
    g->any = true;
}

/* Slots [from, to) of the table, from and to at empty slots: its clusters sorted in place, one
 * thread's share of the least distance. */
typedef struct gap_part { uint64_t *t, from, to; gaps g; } gap_part;

static void *gap_part_main(void *arg)
{
    gap_part *p = arg;
    uint64_t *t = p->t;
    gaps g = gaps_none();   /* here, not in *p, which the sorts' writes to t might alias */
    for (uint64_t i = p->from, to = p->to;;) {
        while (i + 4 <= to && !(t[i] | t[i + 1] | t[i + 2] | t[i + 3])) i += 4;   /* most slots are empty */
        while (i < to && !t[i]) i++;
        if (i == to) break;
        uint64_t j = i + 1;
        while (t[j]) j++;
        if (j - i > 1) sort_cluster(t + i, j - i);
        for (; i < j; i++) gaps_add(&g, t[i]);
    }
    p->g = g;
    return NULL;
}

/* The cluster around slots i and i + 1 (out of order) sorted in place, the least gap less one
 * between its neighbours folded into *least; its last slot. */
static uint64_t sort_cluster_at(uint64_t *t, uint64_t from, uint64_t to, uint64_t i, uint64_t *least)
{
    uint64_t c = i, end = i + 2;
    while (c > from && t[c - 1]) c--;
    while (end < to && t[end]) end++;
    sort_cluster(t + c, end - c);
    for (uint64_t k = c + 1; k < end; k++)
        if (t[k] - t[k - 1] - 1 < *least) *least = t[k] - t[k - 1] - 1;
    return end - 1;
}

/* The least gap less one between neighbours inside the clusters of a part, its clusters out of
 * order sorted in place (into p->g.least; UINT64_MAX with none). Every pair of slots is folded as
 * b - a - 1, with no branch on whether they are empty (half are, at random): a pair of empty slots
 * gives UINT64_MAX, and one empty slot beside a value gives at least 2^shift - 1 (a value of the
 * part has a home of 1 or more, and of at most cap - 2), never below a gap inside a cluster that
 * decides (table_least_distance). A pair out of order has its cluster sorted then; a gap folded from
 * the cluster before was one of two of its values, never below its least. */
static void *cluster_gaps_main(void *arg)
{
    gap_part *p = arg;
    uint64_t *t = p->t, least = UINT64_MAX;   /* here, not in *p, which the sorts' writes might alias */
    uint64_t to = p->to, i = p->from, a = i < to ? t[i] : 0, below_a = a - (a != 0);
    for (; i + 1 < to; i++) {
        uint64_t b = t[i + 1];
        if (__builtin_expect(b - 1 < below_a, 0)) {   /* 0 < b < a, in one comparison */
            i = sort_cluster_at(t, p->from, to, i, &least);
            a = below_a = 0;   /* the slot after the cluster: empty, or the part's end */
            continue;
        }
        uint64_t gap = b - a - 1;
        least = gap < least ? gap : least;
        a = b;
        below_a = b - (b != 0);
    }
    p->g.least = least;
    return NULL;
}

/* Below this many slots per thread, one thread scans them all. */
enum { PART_MIN_SLOTS = 1 << 16, MAX_GAP_PARTS = 64 };

/* The least gap less one between neighbours inside the wrapping cluster's small values and inside
 * its large ones (UINT64_MAX with none). */
static uint64_t wrap_cluster_gaps(const wrap_cluster *w)
{
    uint64_t least = UINT64_MAX;
    for (uint64_t i = 1; i < w->n; i++)
        if (i != w->small && w->vals[i] - w->vals[i - 1] - 1 < least) least = w->vals[i] - w->vals[i - 1] - 1;
    return least;
}

/* The least distance of the table: the wrapping cluster's small values, then the other clusters (in
 * parts of the slots between them, cut at empty slots, on up to `threads` threads), then its large
 * values. Two neighbours in different clusters are more than 2^shift apart (an empty slot lies
 * between their homes), so a gap inside a cluster below 2^shift makes the least of those gaps the
 * answer; only a sparse table needs the scan of the whole sequence after it. */
static uint64_t table_least_distance(fpset *s, int threads)
{
    uint64_t *t = (uint64_t *)s->slots, cap = s->mask + 1;
    wrap_cluster w = wrap_cluster_of(t, cap, s->shift);
    uint64_t span = w.from - w.to, nparts = 1;
    while (nparts < (uint64_t)threads && nparts < MAX_GAP_PARTS && span / (nparts + 1) >= PART_MIN_SLOTS) nparts++;
    gap_part parts[MAX_GAP_PARTS];
    for (uint64_t k = 0, at = w.to; k < nparts; k++) {
        uint64_t to = k + 1 == nparts ? w.from : w.to + span / nparts * (k + 1);
        if (to < at) to = at;
        while (to < w.from && t[to]) to++;   /* w.from - 1 is empty */
        parts[k] = (gap_part){.t = t, .from = at, .to = to};
        at = to;
    }
    util_run_parts(parts, nparts, sizeof *parts, cluster_gaps_main);
    uint64_t inside = wrap_cluster_gaps(&w);   /* less one */
    for (uint64_t k = 0; k < nparts; k++) inside = parts[k].g.least < inside ? parts[k].g.least : inside;
    if (inside < ((uint64_t)1 << s->shift) - 1) {
        free(w.vals);
        return inside + 1;
    }
    util_run_parts(parts, nparts, sizeof *parts, gap_part_main);
    gaps all = gaps_none(), large = gaps_none();
    for (uint64_t i = 0; i < w.small; i++) gaps_add(&all, w.vals[i]);
    for (uint64_t k = 0; k < nparts; k++) gaps_join(&all, &parts[k].g);
    for (uint64_t i = w.small; i < w.n; i++) gaps_add(&large, w.vals[i]);
    gaps_join(&all, &large);
    free(w.vals);
    return all.least;
}

/* Without runs, the table's clusters are sorted in place and scanned. With runs on disk, the table's
 * fingerprints are packed in order at its front and walked in merged order with the runs. */
uint64_t fpset_least_distance(fpset *s, int threads)
{
    finish_merge(s, true);
    if (!s->runs.len) return table_least_distance(s, threads);
    uint64_t *a = (uint64_t *)s->slots, n = pack_sorted(s, a);
    atomic_store(&s->count, 0);
    size_t k = s->runs.len + 1;
    const uint64_t **seq = util_xcalloc(k, sizeof *seq);
    uint64_t *len = util_xcalloc(k, sizeof *len), *at = util_xcalloc(k, sizeof *at);
    for (size_t i = 0; i < s->runs.len; i++) {
        seq[i] = s->runs.items[i]->fps;
        len[i] = s->runs.items[i]->n;
    }
    seq[k - 1] = a;
    len[k - 1] = n;
    gaps g = gaps_none();
    for (;;) {
        size_t best = SIZE_MAX;
        for (size_t i = 0; i < k; i++)
            if (at[i] < len[i] && (best == SIZE_MAX || seq[i][at[i]] < seq[best][at[best]])) best = i;
        if (best == SIZE_MAX) break;
        gaps_add(&g, seq[best][at[best]++]);
    }
    free(seq);
    free(len);
    free(at);
    return g.least;
}

uint64_t fpset_capacity(const fpset *s) { return s->mask + 1; }

/* TLC's "calculated (optimistic)" estimate: every pair of a new state and a seen one may collide
 * with probability 2^-64. */
double fpset_collision_probability(uint64_t distinct, uint64_t generated)
{
    double seen_twice = generated > distinct ? (double)(generated - distinct) : 0.0;
    return (double)distinct * seen_twice / 18446744073709551616.0;
}
