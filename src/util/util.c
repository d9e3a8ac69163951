/* util.c - allocation, interning, file reading, UTF-8 widths, the stack guard, temporary files. */
#define _GNU_SOURCE   /* pthread_getattr_np */
#include "util.h"

#include <errno.h>
#include <pthread.h>
#include <stdatomic.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <time.h>
#include <unistd.h>
#include <xxhash.h>

/* ---- allocation -------------------------------------------------------------------------------
 * Running out of memory in the middle of a search should end it with the counts so far, not with a
 * bare exit from deep inside an allocation. So the first failure releases a reserve block kept for
 * the purpose, raises a flag the explorer checks between states, and retries; only a failure with
 * the reserve gone exits (153, TLC's code for a system error). */

static _Atomic(void *) reserve;
static atomic_bool out_of_memory;

/* TLCC_FAIL_ALLOC=N: the N-th allocation (counted from 1, over every thread) fails, once, to test
 * how each caller copes. Read once. */
static uint64_t fail_at;
static _Atomic uint64_t allocations;
static pthread_once_t fail_once = PTHREAD_ONCE_INIT;

static void read_fail_at(void)
{
    const char *env = getenv("TLCC_FAIL_ALLOC");
    if (env && *env) fail_at = strtoull(env, NULL, 10);
}

static bool injected_failure(void)
{
    pthread_once(&fail_once, read_fail_at);
    if (!fail_at || atomic_fetch_add_explicit(&allocations, 1, memory_order_relaxed) + 1 != fail_at) return false;
    fprintf(stderr, "tlc-c: note: allocation %llu failed on purpose (TLCC_FAIL_ALLOC)\n", (unsigned long long)fail_at);
    return true;
}

static void *counted_realloc(void *p, size_t n) { return injected_failure() ? NULL : realloc(p, n ? n : 1); }
static void *counted_calloc(size_t n, size_t size) { return injected_failure() ? NULL : calloc(n ? n : 1, size ? size : 1); }

enum { PAGE = 4096, POPULATE_MIN = 64 << 10 };

void util_populate(void *p, size_t bytes)
{
    uintptr_t from = ((uintptr_t)p + PAGE - 1) & ~(uintptr_t)(PAGE - 1), to = ((uintptr_t)p + bytes) & ~(uintptr_t)(PAGE - 1);
#ifdef MADV_POPULATE_WRITE
    if (p && to > from) madvise((void *)from, to - from, MADV_POPULATE_WRITE);
#else
    (void)from, (void)to;
#endif
}

void *util_xcalloc_probed(size_t n, size_t size)
{
    void *p = util_xcalloc(n, size);
    if (n * size >= POPULATE_MIN) util_populate(p, n * size);
    return p;
}

void *util_calloc_or_null(size_t n, size_t size) { return counted_calloc(n, size); }
void *util_realloc_or_null(void *p, size_t n) { return counted_realloc(p, n); }

enum { HUGE_PAGE = 2 << 20 };

void *util_table_calloc(size_t bytes, bool must, void **block)
{
    size_t extra = bytes >= HUGE_PAGE ? HUGE_PAGE : 0;
    void *b = must ? util_xcalloc(1, bytes + extra) : util_calloc_or_null(1, bytes + extra);
    *block = b;
    if (!b || !extra) return b;
    uintptr_t at = ((uintptr_t)b + HUGE_PAGE - 1) & ~(uintptr_t)(HUGE_PAGE - 1);
    madvise((void *)at, bytes, MADV_HUGEPAGE);
    return (void *)at;
}

void util_reserve_memory(size_t bytes)
{
    free(atomic_exchange(&reserve, bytes ? malloc(bytes) : NULL));
    atomic_store(&out_of_memory, false);
}

bool util_out_of_memory(void) { return atomic_load_explicit(&out_of_memory, memory_order_relaxed); }

static void oom_release(void)
{
    atomic_store(&out_of_memory, true);
    free(atomic_exchange(&reserve, NULL));
}

static _Noreturn void oom_exit(size_t n)
{
    util_diag(DIAG_ERROR, (syn_loc){0}, NULL, "out of memory (allocating %zu bytes)", n);
    exit(EXIT_SYSTEM);
}

void *util_try_realloc(void *p, size_t n)
{
    void *q = counted_realloc(p, n);
    if (!q) oom_release();
    return q;
}

void *util_try_calloc(size_t n, size_t size)
{
    void *p = counted_calloc(n, size);
    if (!p) oom_release();
    return p;
}

void *util_xmalloc(size_t n)
{
    void *p = injected_failure() ? NULL : malloc(n ? n : 1);
    if (!p) {
        oom_release();
        if (!(p = malloc(n ? n : 1))) oom_exit(n);
    }
    return p;
}

void *util_xcalloc(size_t n, size_t size)
{
    void *p = counted_calloc(n, size);
    if (!p) {
        oom_release();
        if (!(p = calloc(n ? n : 1, size ? size : 1))) oom_exit(n * size);
    }
    return p;
}

void *util_xrealloc(void *p, size_t n)
{
    void *q = counted_realloc(p, n);
    if (!q) {
        oom_release();
        if (!(q = realloc(p, n ? n : 1))) oom_exit(n);
    }
    return q;
}

enum { LARGE_MIN = 4 << 20 };

void *util_xmalloc_large(size_t n)
{
    if (n < LARGE_MIN) return util_xmalloc(n);
    void *p = NULL;
    if (injected_failure() || posix_memalign(&p, HUGE_PAGE, n) != 0) {
        oom_release();
        if (posix_memalign(&p, HUGE_PAGE, n) != 0) oom_exit(n);
    }
    madvise((char *)p + HUGE_PAGE, n - HUGE_PAGE, MADV_HUGEPAGE);
    return p;
}

char *util_xstrdup(const char *s)
{
    size_t n = strlen(s);
    char *p = util_xmalloc(n + 1);
    memcpy(p, s, n + 1);
    return p;
}

double util_now(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

/* ---- intern table: open addressing over (hash, pointer), grown at 50% load ----------------------
 * Each atom is preceded by its rank (the order strings compare in), and ranks map back to atoms
 * through a table of fixed chunks that never move, so that decoding a rank needs no lock: a rank is
 * only ever read after the atom it names was interned, and the entry was written before that.
 * A string interned already is found without the lock (the workers' natives intern their field names
 * on every call: DyadicRationals' "num" and "den" in Huang, where the lock took two workers' time
 * twice over): a slot's hash is written before its string is published, and a table outgrown stays
 * allocated (on the list of older tables) so that a reader still probing it reads valid memory; a
 * reader that misses there takes the lock and looks again in the newest table. */

typedef struct { _Atomic uint64_t hash; _Atomic(const char *) s; } intern_slot;
typedef struct intern_table {
    size_t cap;
    struct intern_table *older;   /* the table this one replaced, kept for readers still in it */
    intern_slot slots[];
} intern_table;
enum { RANK_CHUNK_BITS = 16, RANK_CHUNKS = 1 << 14 };   /* up to 2^30 atoms */
#define UNRANKED UINT32_MAX
static struct {
    pthread_mutex_t lock;
    _Atomic(intern_table *) table;   /* written under the lock */
    size_t len;                      /* under the lock */
    arena store;
    _Atomic(const char **) by_rank[RANK_CHUNKS];
} interns = {.lock = PTHREAD_MUTEX_INITIALIZER};

/* Put (h, s) into table t's first free slot of its probe sequence (under the lock). */
static void intern_put(intern_table *t, uint64_t h, const char *s)
{
    size_t j = h & (t->cap - 1);
    while (atomic_load_explicit(&t->slots[j].s, memory_order_relaxed)) j = (j + 1) & (t->cap - 1);
    atomic_store_explicit(&t->slots[j].hash, h, memory_order_relaxed);
    atomic_store_explicit(&t->slots[j].s, s, memory_order_release);
}

static intern_table *intern_grow(intern_table *old)
{
    size_t cap = old ? old->cap * 2 : 1024;
    intern_table *t = util_xcalloc(1, sizeof *t + cap * sizeof(intern_slot));
    t->cap = cap;
    t->older = old;
    for (size_t i = 0; old && i < old->cap; i++) {
        const char *s = atomic_load_explicit(&old->slots[i].s, memory_order_relaxed);
        if (s) intern_put(t, atomic_load_explicit(&old->slots[i].hash, memory_order_relaxed), s);
    }
    atomic_store_explicit(&interns.table, t, memory_order_release);
    return t;
}

static void write_rank(const char *s, uint32_t r) { memcpy((char *)s - sizeof r, &r, sizeof r); }

/* Give atom s rank r (under the lock). */
static void set_rank(const char *s, uint32_t r)
{
    write_rank(s, r);
    size_t c = r >> RANK_CHUNK_BITS;
    UTIL_ASSERT(c < RANK_CHUNKS, "more than %d interned strings", RANK_CHUNKS << RANK_CHUNK_BITS);
    const char **chunk = atomic_load_explicit(&interns.by_rank[c], memory_order_relaxed);
    if (!chunk) {
        chunk = util_xcalloc((size_t)1 << RANK_CHUNK_BITS, sizeof *chunk);
        atomic_store_explicit(&interns.by_rank[c], chunk, memory_order_release);
    }
    chunk[r & ((1u << RANK_CHUNK_BITS) - 1)] = s;
}

/* The atom of s[0 .. n) (hash h) in table t, or NULL. */
static const char *intern_find(const intern_table *t, uint64_t h, const char *s, size_t n)
{
    if (!t) return NULL;
    for (size_t j = h & (t->cap - 1);; j = (j + 1) & (t->cap - 1)) {
        const char *found = atomic_load_explicit(&t->slots[j].s, memory_order_acquire);
        if (!found) return NULL;
        if (atomic_load_explicit(&t->slots[j].hash, memory_order_relaxed) == h && strncmp(found, s, n) == 0 &&
            found[n] == 0)
            return found;
    }
}

atom util_intern_n(const char *s, size_t n)
{
    uint64_t h = XXH3_64bits(s, n);
    const char *found = intern_find(atomic_load_explicit(&interns.table, memory_order_acquire), h, s, n);
    if (found) return found;
    pthread_mutex_lock(&interns.lock);
    intern_table *t = atomic_load_explicit(&interns.table, memory_order_relaxed);
    if ((found = intern_find(t, h, s, n))) {
        pthread_mutex_unlock(&interns.lock);
        return found;
    }
    if (!t || 2 * (interns.len + 1) > t->cap) t = intern_grow(t);
    /* the string follows its rank: the next one, until util_intern_reorder says otherwise */
    char *mem = arena_alloc(&interns.store, sizeof(uint32_t) + n + 1);
    char *copy = mem + sizeof(uint32_t);
    memcpy(copy, s, n);
    copy[n] = 0;
    set_rank(copy, (uint32_t)interns.len);
    intern_put(t, h, copy);
    interns.len++;
    pthread_mutex_unlock(&interns.lock);
    return copy;
}

atom util_intern_at(uint32_t rank)
{
    const char **chunk = atomic_load_explicit(&interns.by_rank[rank >> RANK_CHUNK_BITS], memory_order_acquire);
    return chunk ? chunk[rank & ((1u << RANK_CHUNK_BITS) - 1)] : NULL;
}

uint32_t util_intern_count(void)
{
    pthread_mutex_lock(&interns.lock);
    uint32_t n = (uint32_t)interns.len;
    pthread_mutex_unlock(&interns.lock);
    return n;
}

void util_intern_reorder(const atom *first, size_t n)
{
    pthread_mutex_lock(&interns.lock);
    size_t len = interns.len;
    const char **old = util_xmalloc(sizeof *old * (len + 1));   /* the atoms by their present rank */
    for (size_t i = 0; i < len; i++) old[i] = util_intern_at((uint32_t)i);
    uint32_t next = 0;
    for (size_t i = 0; i < len; i++) write_rank(old[i], UNRANKED);
    for (size_t i = 0; i < n; i++)
        if (util_intern_rank(first[i]) == UNRANKED) set_rank(first[i], next++);
    for (size_t i = 0; i < len; i++)
        if (util_intern_rank(old[i]) == UNRANKED) set_rank(old[i], next++);
    free(old);
    pthread_mutex_unlock(&interns.lock);
}

atom util_intern(const char *s) { return util_intern_n(s, strlen(s)); }

char *util_read_file(const char *path, size_t *len)
{
    FILE *f = fopen(path, "rb");
    if (!f) return NULL;
    size_t cap = 1 << 16, n = 0;
    char *buf = util_xmalloc(cap);
    for (;;) {
        if (n + 1 >= cap) buf = util_xrealloc(buf, cap *= 2);
        size_t got = fread(buf + n, 1, cap - n - 1, f);
        n += got;
        if (got == 0) break;
    }
    int err = ferror(f);
    fclose(f);
    if (err) {
        free(buf);
        errno = EIO;
        return NULL;
    }
    buf[n] = 0;
    if (len) *len = n;
    return buf;
}

uint32_t util_utf8_width(const char *s, size_t n)
{
    uint32_t w = 0;
    for (size_t i = 0; i < n; i++)
        if (((unsigned char)s[i] & 0xC0) != 0x80) w++;
    return w;
}

enum { STACK_RESERVE = 256 * 1024 };   /* left for reporting the error (formatting, unwinding) */

/* The lowest address the calling thread's frames may reach, 0 when unknown (then the guard never
 * fires). Measured once per thread: glibc reads /proc for the main thread. */
static _Thread_local uintptr_t stack_floor;
static _Thread_local bool stack_measured;

static uintptr_t measure_stack_floor(void)
{
    pthread_attr_t attr;
    void *base;
    size_t size;
    uintptr_t floor = 0;
    if (pthread_getattr_np(pthread_self(), &attr) != 0) return 0;
    if (pthread_attr_getstack(&attr, &base, &size) == 0 && size > 2 * STACK_RESERVE)
        floor = (uintptr_t)base + STACK_RESERVE;
    pthread_attr_destroy(&attr);
    return floor;
}

bool util_stack_low(void)
{
    if (!stack_measured) {
        stack_floor = measure_stack_floor();
        stack_measured = true;
    }
    return (uintptr_t)__builtin_frame_address(0) < stack_floor;
}

bool util_transfer(int fd, void *p, size_t n, uint64_t at, bool write)
{
    uint8_t *b = p;
    while (n) {
        ssize_t k = write ? pwrite(fd, b, n, (off_t)at) : pread(fd, b, n, (off_t)at);
        if (k < 0 && errno == EINTR) continue;
        if (k == 0) errno = write ? ENOSPC : EIO;
        if (k <= 0) return false;
        b += k;
        n -= (size_t)k;
        at += (uint64_t)k;
    }
    return true;
}

int util_temp_fd(const char *tag, const char **dir)
{
    const char *d = getenv("TMPDIR");
    if (!d || !*d) d = "/tmp";
    if (dir) *dir = d;
    char path[4096];
    snprintf(path, sizeof path, "%s/tlc-c-%s-XXXXXX", d, tag);
    int fd = mkstemp(path);
    if (fd >= 0) unlink(path);
    return fd;
}

void util_run_parts(void *parts, size_t n, size_t size, void *(*f)(void *))
{
    char *at = parts;
    pthread_t *threads = util_xcalloc(n + 1, sizeof *threads);
    bool *started = util_xcalloc(n + 1, sizeof *started);
    for (size_t k = 1; k < n; k++) started[k] = pthread_create(&threads[k], NULL, f, at + k * size) == 0;
    for (size_t k = 0; k < n; k++)
        if (!started[k]) f(at + k * size);
    for (size_t k = 1; k < n; k++)
        if (started[k]) pthread_join(threads[k], NULL);
    free(threads);
    free(started);
}
