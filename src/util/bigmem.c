/* bigmem.c - big arrays that go to disk past a memory budget.
 *
 * Liveness checking keeps the whole behaviour graph (every state and step with its labels), which
 * can outgrow the machine's memory on a model whose states alone fit. Big arrays are taken from the
 * heap while the process's big arrays together stay under the budget; past it, from unlinked
 * temporary files mapped into memory, which the kernel pages to disk instead of failing. Either
 * kind is used the same way; a block remembers which it is in a header before it.
 *
 * The budget is half the physical memory, or TLCC_MEMORY_BUDGET (bytes, with an optional K, M or G
 * suffix), read once. */
#include "util.h"

#include <stdatomic.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <unistd.h>

typedef struct big_header {
    size_t size;                     /* bytes after the header */
    int fd;                          /* the file behind a mapped block, or -1 on the heap */
} big_header;

/* Keeps the payload aligned for any type. */
enum { HEADER = 64 };

static _Atomic size_t heap_bytes;
static _Atomic size_t budget;
static atomic_bool warned;

static size_t parse_size(const char *s)
{
    char *end;
    unsigned long long n = strtoull(s, &end, 10);
    switch (*end) {
    case 'G': case 'g': n <<= 10; /* fall through */
    case 'M': case 'm': n <<= 10; /* fall through */
    case 'K': case 'k': n <<= 10; break;
    default: break;
    }
    return (size_t)n;
}

static size_t the_budget(void)
{
    size_t b = atomic_load(&budget);
    if (b) return b;
    const char *env = getenv("TLCC_MEMORY_BUDGET");
    if (env && *env) {
        b = parse_size(env);
    } else {
        long pages = sysconf(_SC_PHYS_PAGES), page = sysconf(_SC_PAGESIZE);
        b = pages > 0 && page > 0 ? (size_t)pages * (size_t)page / 2 : (size_t)1 << 32;
    }
    if (!b) b = 1;
    atomic_store(&budget, b);
    return b;
}

/* A mapped block of n payload bytes on a fresh unlinked file, or NULL. */
static big_header *map_file(size_t n)
{
    const char *dir;
    int fd = util_temp_fd("graph", &dir);
    if (fd < 0) return NULL;
    big_header *h = NULL;
    if (ftruncate(fd, (off_t)(n + HEADER)) == 0) {
        void *p = mmap(NULL, n + HEADER, PROT_READ | PROT_WRITE, MAP_SHARED, fd, 0);
        if (p != MAP_FAILED) h = p;
    }
    if (!h) {
        close(fd);
        return NULL;
    }
    h->size = n;
    h->fd = fd;
    if (!atomic_exchange(&warned, true))
        util_diag(DIAG_NOTE, (syn_loc){0}, NULL,
                  "the behaviour graph is past the memory budget (%zu MB); the rest goes to files in %s",
                  the_budget() >> 20, dir);
    return h;
}

static void *payload(big_header *h) { return (char *)h + HEADER; }
static big_header *header_of(void *p) { return (big_header *)((char *)p - HEADER); }

void *util_big_alloc(size_t n)
{
    big_header *h = NULL;
    if (atomic_load(&heap_bytes) + n <= the_budget()) {
        h = util_calloc_or_null(1, n + HEADER);
        if (h) {
            atomic_fetch_add(&heap_bytes, n);
            h->size = n;
            h->fd = -1;
        }
    }
    if (!h) h = map_file(n);   /* a fresh file reads as zeros */
    if (!h) {
        util_diag(DIAG_ERROR, (syn_loc){0}, NULL, "out of memory and of temporary disk space (allocating %zu bytes)", n);
        exit(EXIT_SYSTEM);
    }
    return payload(h);
}

void util_big_free(void *p)
{
    if (!p) return;
    big_header *h = header_of(p);
    if (h->fd < 0) {
        atomic_fetch_sub(&heap_bytes, h->size);
        free(h);
        return;
    }
    int fd = h->fd;
    munmap(h, h->size + HEADER);
    close(fd);
}

/* A heap block grown in place by realloc, within the budget, or NULL (h is then unchanged). A large
 * block is remapped, not copied: the behaviour graph's rows grow by doubling, and copying them
 * touched twice their pages (LL misses and page faults on every run with properties). */
static big_header *grow_on_heap(big_header *h, size_t n)
{
    size_t old = h->size;
    if (h->fd >= 0 || atomic_load(&heap_bytes) + (n - old) > the_budget()) return NULL;
    big_header *q = util_realloc_or_null(h, n + HEADER);
    if (!q) return NULL;
    atomic_fetch_add(&heap_bytes, n - old);
    q->size = n;
    return q;
}

void *util_big_realloc(void *p, size_t n)
{
    if (!p) return util_big_alloc(n);
    big_header *h = header_of(p);
    if (n <= h->size) return p;
    big_header *grown = grow_on_heap(h, n);
    if (grown) return payload(grown);
    void *q = util_big_alloc(n);
    memcpy(q, p, h->size);
    util_big_free(p);
    return q;
}

void util_big_set_budget(size_t bytes) { atomic_store(&budget, bytes ? bytes : 1); }
