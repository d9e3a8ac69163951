/* spool.h - the explorer's queue of state bytes: a byte stream kept in memory up to a budget and
 * spilled to an unlinked temporary file past it, so that a search whose frontier does not fit in
 * memory still finishes. A worker writes its part of the next level into one spool (spool_append)
 * and, once that level starts, reads it back in order, one block per round (spool_take).
 *
 * Contract: not thread-safe (each worker owns its spools; the coordinating thread reads them between
 * rounds, when their owners are waiting). The file is created in $TMPDIR (default /tmp) at the first
 * spill and removed from the file system at once, so it disappears with the process. */
#ifndef TLCC_SPOOL_H
#define TLCC_SPOOL_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

typedef struct spool {
    uint8_t *mem;            /* the bytes not spilled (the stream's tail) */
    size_t len, cap;
    size_t budget;           /* bytes kept in memory before spilling; 0 never spills */
    int fd;                  /* -1 until the first spill */
    uint64_t spilled;        /* bytes in the file (the stream's head) */
    uint64_t pos;            /* bytes taken so far, file first */
    uint8_t *block;          /* the last block read back from the file */
    size_t block_cap;
} spool;

void spool_init(spool *s, size_t budget);
void spool_free(spool *s);
/* Empty the stream, to write it again. */
void spool_clear(spool *s);
/* Append n bytes; false when memory or the disk is exhausted (errno says which). */
bool spool_append(spool *s, const uint8_t *p, uint32_t n);
/* The next n bytes, valid until the next spool_take or spool_append; NULL when memory is exhausted
 * or on a read error (errno says which). */
const uint8_t *spool_take(spool *s, size_t n);
/* The bytes appended and not yet taken. */
uint64_t spool_left(const spool *s);
/* Copy n bytes of the stream from offset `at` (0: its start; s->pos: the next to take) into out,
 * without taking them; false on a read error. For checkpoints. */
bool spool_read_at(const spool *s, uint64_t at, uint8_t *out, size_t n);

#endif
