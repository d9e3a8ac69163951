/* util.h - the small pieces every module uses: arenas, interned names, source locations and
 * diagnostics.
 *
 * Contract:
 *  - An arena owns every block it hands out; blocks are freed all at once by arena_reset/arena_free.
 *    An arena is not thread-safe: each worker thread owns its own.
 *  - Interned strings (util_intern) live until the process ends and are unique per content, so two
 *    names are equal iff their pointers are equal. The intern table is locked, so it is safe from any
 *    thread, but hot paths should intern once up front (the front end does).
 *  - Diagnostics print "file:line:col: error: message", then the source line and a caret, to a FILE*.
 *    Source text is looked up through util_source_register, which keeps a copy of each file's text.
 */
#ifndef TLCC_UTIL_H
#define TLCC_UTIL_H

#include <limits.h>
#include <stdarg.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <stdlib.h>

/* ---- exit codes ------------------------------------------------------------------------------ */

/* TLC's exit codes: the one table every module exits or reports with. */
enum {
    EXIT_OK = 0, EXIT_ASSUMPTION = 10, EXIT_DEADLOCK = 11, EXIT_SAFETY = 12, EXIT_LIVENESS = 13,
    EXIT_ASSERT = 14, EXIT_EVAL = 75, EXIT_SAFETY_EVAL = 76, EXIT_LIVENESS_EVAL = 77, EXIT_PARSE = 150,
    EXIT_CONFIG = 151, EXIT_TOO_LARGE = 152, EXIT_SYSTEM = 153, EXIT_ERROR = 255,
};

/* ---- arenas ------------------------------------------------------------------------------------ */
/* An arena is not locked: one thread uses it at a time (a worker's own, or one its owner guards). */

typedef struct arena_chunk arena_chunk;
typedef struct arena {
    arena_chunk *head;   /* current chunk; older chunks follow through ->next */
    char *cur, *end;     /* bump region inside head */
    size_t bytes;        /* total bytes handed out since the last reset (for statistics) */
    arena_chunk *spare;  /* a chunk arena_restore released, reused by the next growth that fits (or NULL) */
} arena;

void arena_init(arena *a);
void *arena_alloc_slow(arena *a, size_t size);       /* arena_alloc when the chunk is full */
/* 16-byte aligned, never NULL (aborts on OOM). Inline: the evaluator allocates at every step. */
static inline void *arena_alloc(arena *a, size_t size)
{
    size = (size + 15) & ~(size_t)15;
    if ((size_t)(a->end - a->cur) < size) return arena_alloc_slow(a, size);
    void *p = a->cur;
    a->cur += size;
    a->bytes += size;
    return p;
}
void *arena_zalloc(arena *a, size_t size);
char *arena_strndup(arena *a, const char *s, size_t n);
char *arena_printf(arena *a, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
void arena_reset(arena *a);                          /* keeps one chunk (the largest) for reuse */
void arena_free(arena *a);

/* A mark lets a caller release everything allocated after it (nested scratch use). The largest
 * chunk released is kept as a spare for the next growth: a caller restoring the same mark over and
 * over (once per element of a set) does not allocate and free a chunk each time. */
typedef struct arena_mark { arena_chunk *head; char *cur, *end; size_t bytes; } arena_mark;
static inline arena_mark arena_save(const arena *a) { return (arena_mark){a->head, a->cur, a->end, a->bytes}; }
void arena_restore_chunks(arena *a, arena_mark m);   /* arena_restore when chunks were added after m */
/* In line: a loop restores the same mark after each element, most often within the same chunk. */
static inline void arena_restore(arena *a, arena_mark m)
{
    if (a->head != m.head) {
        arena_restore_chunks(a, m);
        return;
    }
    a->cur = m.cur;
    a->bytes = m.bytes;
}

#define ARENA_NEW(a, T) ((T *)arena_zalloc((a), sizeof(T)))
#define ARENA_NEW_N(a, T, n) ((T *)arena_zalloc((a), sizeof(T) * (size_t)(n)))

/* ---- growable arrays (heap, for builders) ------------------------------------------------------ */

#define VEC(T) struct { T *items; size_t len, cap; }
#define VEC_PUSH(v, x)                                                                     \
    do {                                                                                   \
        if ((v).len == (v).cap) {                                                          \
            (v).cap = (v).cap ? (v).cap * 2 : 8;                                           \
            (v).items = util_xrealloc((v).items, (v).cap * sizeof(*(v).items));            \
        }                                                                                  \
        (v).items[(v).len++] = (x);                                                        \
    } while (0)
/* Room for at least n items in all. */
#define VEC_RESERVE(v, n)                                                                  \
    do {                                                                                   \
        if ((n) > (v).cap) {                                                               \
            (v).cap = (n) > 2 * (v).cap ? (n) : 2 * (v).cap;                               \
            (v).items = util_xrealloc((v).items, (v).cap * sizeof(*(v).items));            \
        }                                                                                  \
    } while (0)
#define VEC_FREE(v) (free((v).items), (v).items = NULL, (v).len = (v).cap = 0)
/* A growable array in an arena, for builders that an evaluation error may unwind (longjmp) before
 * they finish: nothing is left to free. A full buffer is abandoned to the arena and its items
 * copied to one twice its size, so the arena holds at most twice the final array. */
#define ARENA_VEC_PUSH(a, v, x)                                                            \
    do {                                                                                   \
        if ((v).len == (v).cap) {                                                          \
            size_t cap_ = (v).cap ? (v).cap * 2 : 8;                                       \
            void *items_ = arena_alloc((a), cap_ * sizeof(*(v).items));                    \
            if ((v).len) memcpy(items_, (v).items, (v).len * sizeof(*(v).items));          \
            (v).items = items_;                                                            \
            (v).cap = cap_;                                                                \
        }                                                                                  \
        (v).items[(v).len++] = (x);                                                        \
    } while (0)

/* Big arrays (src/util/bigmem.c): zeroed; on the heap while all big arrays together fit a memory
 * budget (half the physical memory, or TLCC_MEMORY_BUDGET), in memory-mapped temporary files past
 * it. Free them with util_big_free only. Thread-safe. */
void *util_big_alloc(size_t n);
void *util_big_realloc(void *p, size_t n);   /* grows, keeping the contents (the rest not zeroed) */
void util_big_free(void *p);
void util_big_set_budget(size_t bytes);      /* for tests */

/* Growable arrays of big arrays: VEC(T) structs grown with util_big_realloc. */
#define BIGVEC_RESERVE(v, n)                                                               \
    do {                                                                                   \
        if ((n) > (v).cap) {                                                               \
            size_t cap_ = (n) > 2 * (v).cap ? (n) : 2 * (v).cap;                           \
            (v).items = util_big_realloc((v).items, cap_ * sizeof(*(v).items));            \
            (v).cap = cap_;                                                                \
        }                                                                                  \
    } while (0)
#define BIGVEC_PUSH(v, x)                                                                  \
    do {                                                                                   \
        BIGVEC_RESERVE(v, (v).len + 1);                                                    \
        (v).items[(v).len++] = (x);                                                        \
    } while (0)
#define BIGVEC_FREE(v) (util_big_free((v).items), (v).items = NULL, (v).len = (v).cap = 0)

/* Allocation that never returns NULL. The first failure releases the reserve (util_reserve_memory),
 * raises util_out_of_memory and retries; a failure after that exits 153 with a message. */
/* A new temporary file in $TMPDIR (or /tmp), already unlinked: its descriptor, or -1. `dir`, when
 * not NULL, receives the folder (for messages). */
int util_temp_fd(const char *tag, const char **dir);
/* Write (or read) all n bytes at offset `at`, through short transfers and interruptions; false
 * with errno set (ENOSPC for a write that makes no progress, EIO for a read past the end). */
bool util_transfer(int fd, void *p, size_t n, uint64_t at, bool write);

void *util_xmalloc(size_t n);
void *util_xcalloc(size_t n, size_t size);
void *util_xrealloc(void *p, size_t n);
char *util_xstrdup(const char *s);
/* Seconds on the monotonic clock, for durations and progress intervals. */
double util_now(void);
/* Allocation that may fail (large buffers whose owner can stop cleanly): NULL raises the flag. */
void *util_try_realloc(void *p, size_t n);
void *util_try_calloc(size_t n, size_t size);
/* A zeroed table of `bytes` probed at random places: from 2 MB on, aligned to 2 MB and advised to be
 * backed by huge pages (with 4 KB pages most probes of a table of megabytes are a TLB miss on top of
 * the cache miss; without transparent huge pages the advice changes nothing). *block is what to
 * free(). With `must`, util_xcalloc's rules; else NULL when it cannot be had (util_calloc_or_null's). */
void *util_table_calloc(size_t bytes, bool must, void **block);
/* Map the whole pages of [p, p + bytes) writable at once (zeroed if they were fresh). A fresh page
 * whose first touch is a read is the shared zero page, and the write after it replaces that mapping,
 * which flushes the TLB of every core running another thread of the process by an interrupt: one per
 * 4 KB page of a table probed before it is written, thousands per search at two workers. One call
 * takes the pages at about a third of the cost of faulting them one by one; without
 * MADV_POPULATE_WRITE (Linux 5.14) it does nothing. */
void util_populate(void *p, size_t bytes);
/* util_xcalloc for a table probed (read) before its slots are written, of up to a few MB: from 64 KB
 * on, its pages mapped writable at once (util_populate). Larger tables: util_table_calloc. */
void *util_xcalloc_probed(size_t n, size_t size);
/* util_xmalloc for a block of megabytes written in order: from 4 MB on, aligned to 2 MB and advised
 * to be backed by huge pages past its first 2 MB (one page fault per 2 MB instead of 512, and as
 * few page-table entries to clear when it is freed), its first 2 MB in 4 KB pages, so that a small
 * search does not have the kernel zero 2 MB it never uses. Freed by free(). */
void *util_xmalloc_large(size_t n);
/* f on each of the n parts (each `size` bytes, at parts) at once: the first on this thread, the others
 * on threads of their own, joined before it returns; a part whose thread fails to start runs here. */
void util_run_parts(void *parts, size_t n, size_t size, void *(*f)(void *));
/* Allocation that may fail without raising the flag (the caller has another way: bigmem's files). */
void *util_calloc_or_null(size_t n, size_t size);
void *util_realloc_or_null(void *p, size_t n);
/* Every allocation above counts towards TLCC_FAIL_ALLOC=N, which makes the N-th one fail (tests). */
/* Keep `bytes` aside for the next allocation failure (0 gives the reserve back), and lower the flag. */
void util_reserve_memory(size_t bytes);
/* Has an allocation failed? A long computation checks it and stops with what it has. */
bool util_out_of_memory(void);

/* ---- interned names ---------------------------------------------------------------------------- */

typedef const char *atom;   /* an interned, NUL-terminated string; compare with == */
atom util_intern(const char *s);
atom util_intern_n(const char *s, size_t n);
/* Every atom has a rank, 0, 1, ... without gaps: the order TLC gives strings (its UniqueString ids),
 * in which strings and model values compare. An atom's rank is the order it was first interned in,
 * until util_intern_reorder; atoms interned after that get the next ranks as they come. */
static inline uint32_t util_intern_rank(atom a)
{
    uint32_t rank;   /* kept in the 4 bytes before the atom's characters (in line: decoding reads it per value) */
    memcpy(&rank, a - sizeof rank, sizeof rank);
    return rank;
}
/* The atom of a rank, NULL if none (no lock: any thread that got the rank from an atom). */
atom util_intern_at(uint32_t rank);
uint32_t util_intern_count(void);   /* atoms so far = the next rank */
/* Rank afresh: the atoms `first` (the first occurrence of each counts) get ranks 0, 1, ..., and
 * every other atom interned so far the next ones, in their present order. Only while no value
 * holds a string or model value (set-up, one thread), since their order changes. */
void util_intern_reorder(const atom *first, size_t n);

/* ---- source locations and diagnostics ---------------------------------------------------------- */

/* Lines and columns are 1-based; columns count Unicode code points, as TLC reports them. */
typedef struct syn_loc {
    atom file;                     /* path as given to the loader, interned; NULL if unknown */
    uint32_t line, col;            /* first character */
    uint32_t end_line, end_col;    /* last character (inclusive) */
} syn_loc;

/* A location's module, as TLC names it in messages: its file's name without folder and .tla (at
 * most NAME_MAX bytes, whatever the path's length). */
void util_loc_module(const syn_loc *l, char *buf, size_t n);
/* A location as TLC writes it in messages: "line 3, col 7 to line 3, col 12 of module M". A buffer
 * of UTIL_LOC_SPAN_MAX bytes holds any: the module's name and four numbers. */
enum { UTIL_LOC_SPAN_MAX = NAME_MAX + 1 + 96 };
void util_loc_span(const syn_loc *l, char *buf, size_t n);

/* Remember a file's text so diagnostics can quote its lines. Returns the interned path. */
atom util_source_register(const char *path, const char *text, size_t len);
/* The text of line `line` of `file` (without newline) and its length, or NULL. */
const char *util_source_line(atom file, uint32_t line, size_t *len);

typedef enum { DIAG_ERROR, DIAG_WARNING, DIAG_NOTE } diag_level;

/* Print one located message with the source line and a caret (to stderr unless util_diag_stream
 * was set). `hint` may be NULL; it is printed as "  hint: ..." under the caret. */
void util_diag(diag_level level, syn_loc loc, const char *hint, const char *fmt, ...)
    __attribute__((format(printf, 4, 5)));
void util_vdiag(FILE *out, diag_level level, syn_loc loc, const char *hint, const char *fmt,
                va_list ap);
/* Called with each diagnostic's level, place and words as it is printed (the loader's, to report them
 * again as SANY does). Per thread: it sees only the diagnostics printed on the thread that set it, which
 * clears it (NULL: none); the message is freed when fn returns. */
typedef void (*util_diag_observer)(void *ctx, diag_level level, syn_loc loc, const char *message);
void util_diag_observe(util_diag_observer fn, void *ctx);
/* Redirect diagnostics (tests capture them in a memstream). NULL restores stderr. */
void util_diag_stream(FILE *out);
FILE *util_diag_out(void);
/* Count of DIAG_ERROR messages printed since start: for tests and statistics only. Passes report
 * failure by what they return, never by this count (it is global, and other threads add to it). */
unsigned util_error_count(void);
void util_error_count_reset(void);

/* Broken internal invariant: print and abort. Never used for user errors. */
#define UTIL_ASSERT(cond, ...)                                                             \
    do {                                                                                   \
        if (!(cond)) util_panic(__FILE__, __LINE__, __VA_ARGS__);                          \
    } while (0)
_Noreturn void util_panic(const char *file, int line, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));

/* Read a whole file; NULL with errno set on failure. The result is NUL-terminated. */
char *util_read_file(const char *path, size_t *len);

/* Count the code points in s[0..n) (UTF-8). */
uint32_t util_utf8_width(const char *s, size_t n);

/* Is the calling thread's stack nearly used up (less than 256 KiB left)? Recursive passes over
 * user input check it to report "nested too deeply" instead of crashing. */
bool util_stack_low(void);

#endif
