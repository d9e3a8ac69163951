/* arena.c - bump allocation in chunks, freed all at once.
 *
 * Every per-state computation allocates here and is released by one arena_reset after the state,
 * which is why the evaluator never frees individual values. */
#include "util.h"

#include <stdlib.h>
#include <string.h>

struct arena_chunk {
    arena_chunk *next;
    size_t size;             /* usable bytes after the header */
    _Alignas(16) char data[];
};

enum { ARENA_MIN_CHUNK = 64 * 1024, ARENA_KEEP_MAX = 64 << 20 };

void arena_init(arena *a) { memset(a, 0, sizeof(*a)); }

/* The spare chunk when it holds `need` bytes (then no longer the spare), else NULL. */
static arena_chunk *take_spare(arena *a, size_t need)
{
    arena_chunk *c = a->spare;
    if (!c || c->size < need) return NULL;
    a->spare = NULL;
    return c;
}

static void arena_grow(arena *a, size_t need)
{
    arena_chunk *c = take_spare(a, need);
    if (!c) {
        /* each chunk twice the last, up to ARENA_KEEP_MAX */
        size_t size = a->head ? a->head->size * 2 : ARENA_MIN_CHUNK;
        if (size > ARENA_KEEP_MAX) size = ARENA_KEEP_MAX;
        if (size < ARENA_MIN_CHUNK) size = ARENA_MIN_CHUNK;
        if (size < need) size = need;
        c = util_xmalloc(sizeof(arena_chunk) + size);
        c->size = size;
    }
    c->next = a->head;
    a->head = c;
    a->cur = c->data;
    a->end = c->data + c->size;
}

void *arena_alloc_slow(arena *a, size_t size)
{
    arena_grow(a, size);
    void *p = a->cur;
    a->cur += size;
    a->bytes += size;
    return p;
}

void *arena_zalloc(arena *a, size_t size)
{
    void *p = arena_alloc(a, size);
    memset(p, 0, size);
    return p;
}

char *arena_strndup(arena *a, const char *s, size_t n)
{
    char *p = arena_alloc(a, n + 1);
    memcpy(p, s, n);
    p[n] = 0;
    return p;
}

char *arena_printf(arena *a, const char *fmt, ...)
{
    va_list ap, ap2;
    va_start(ap, fmt);
    va_copy(ap2, ap);
    int n = vsnprintf(NULL, 0, fmt, ap);
    va_end(ap);
    char *p = arena_alloc(a, (size_t)n + 1);
    vsnprintf(p, (size_t)n + 1, fmt, ap2);
    va_end(ap2);
    return p;
}

/* The chunks from c on, all but keep (may be NULL), freed. */
static void free_chunks_but(arena_chunk *c, const arena_chunk *keep)
{
    while (c) {
        arena_chunk *next = c->next;
        if (c != keep) free(c);
        c = next;
    }
}

/* Free the spare and all chunks but one, kept for reuse: the newest (the largest) unless it is beyond
 * ARENA_KEEP_MAX, then the oldest. Keeping the largest lets a worker whose states each need more
 * than one chunk settle on a single chunk big enough after a few states, instead of allocating and
 * freeing the same megabytes for every state. */
void arena_reset(arena *a)
{
    free(a->spare);
    a->spare = NULL;
    if (!a->head) return;
    arena_chunk *keep = a->head;
    if (keep->size > ARENA_KEEP_MAX)
        while (keep->next) keep = keep->next;
    free_chunks_but(a->head, keep);
    keep->next = NULL;
    a->head = keep;
    a->cur = keep->data;
    a->end = keep->data + keep->size;
    a->bytes = 0;
}

void arena_free(arena *a)
{
    free(a->spare);
    free_chunks_but(a->head, NULL);
    memset(a, 0, sizeof(*a));
}

/* Of the chunks released (and the spare), the largest is kept as the spare. */
void arena_restore_chunks(arena *a, arena_mark m)
{
    while (a->head != m.head) {
        arena_chunk *c = a->head;
        a->head = c->next;
        if (!a->spare || a->spare->size < c->size) {
            free(a->spare);
            a->spare = c;
        } else {
            free(c);
        }
    }
    a->cur = m.cur;
    a->end = m.end;
    a->bytes = m.bytes;
}
