/* spool.c - a byte stream that spills its head to a temporary file (see spool.h). Spilling moves
 * the whole in-memory part at once, so the file always holds a prefix of the stream and the memory
 * its tail: reading takes from the file while there is some, then from memory. */
#include "spool.h"

#include "util.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

void spool_init(spool *s, size_t budget)
{
    memset(s, 0, sizeof *s);
    s->budget = budget;
    s->fd = -1;
}

void spool_free(spool *s)
{
    if (s->fd >= 0) close(s->fd);
    free(s->mem);
    free(s->block);
    spool_init(s, s->budget);
}

void spool_clear(spool *s)
{
    s->len = 0;
    s->spilled = s->pos = 0;
    if (s->fd >= 0 && ftruncate(s->fd, 0) != 0) {
        close(s->fd);   /* a fresh file will be made at the next spill */
        s->fd = -1;
    }
}

/* Move the memory part to the end of the file. */
static bool spill(spool *s)
{
    if (s->fd < 0 && (s->fd = util_temp_fd("queue", NULL)) < 0) return false;
    if (!util_transfer(s->fd, s->mem, s->len, s->spilled, true)) return false;
    s->spilled += s->len;
    s->len = 0;
    return true;
}

bool spool_append(spool *s, const uint8_t *p, uint32_t n)
{
    if (s->budget && s->len && s->len + n > s->budget && !spill(s)) return false;
    if (s->len + n > s->cap) {
        size_t cap = (s->len + n) * 2 + 4096;
        uint8_t *mem = util_try_realloc(s->mem, cap);
        if (!mem) {
            errno = ENOMEM;
            return false;
        }
        s->mem = mem;
        s->cap = cap;
    }
    memcpy(s->mem + s->len, p, n);
    s->len += n;
    return true;
}

const uint8_t *spool_take(spool *s, size_t n)
{
    if (s->pos >= s->spilled) {
        const uint8_t *p = s->mem + (s->pos - s->spilled);
        s->pos += n;
        return p;
    }
    if (n > s->block_cap) {
        uint8_t *b = util_try_realloc(s->block, n);
        if (!b) {
            errno = ENOMEM;
            return NULL;
        }
        s->block = b;
        s->block_cap = n;
    }
    uint64_t from_file = s->spilled - s->pos < n ? s->spilled - s->pos : n;
    if (!util_transfer(s->fd, s->block, (size_t)from_file, s->pos, false)) return NULL;
    memcpy(s->block + from_file, s->mem, n - (size_t)from_file);
    s->pos += n;
    return s->block;
}

uint64_t spool_left(const spool *s) { return s->spilled + s->len - s->pos; }

bool spool_read_at(const spool *s, uint64_t at, uint8_t *out, size_t n)
{
    if (at < s->spilled) {
        size_t from_file = s->spilled - at < n ? (size_t)(s->spilled - at) : n;
        if (!util_transfer(s->fd, out, from_file, at, false)) return false;
        out += from_file;
        at += from_file;
        n -= from_file;
    }
    memcpy(out, s->mem + (at - s->spilled), n);
    return true;
}
