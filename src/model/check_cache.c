/* check_cache.c - one worker's memory of where the invariants' conjuncts held: per cached conjunct, a
 * direct-mapped table of the bytes of the variables it reads (the key), in states where it held. A
 * conjunct whose variables have bytes found in its table holds again: its truth is a function of
 * their values (reads.c), and equal values have equal bytes. Keys are compared whole, never by hash
 * alone. Owned by one thread. */
#include "model_internal.h"

#include <stdlib.h>
#include <string.h>
#include <xxhash.h>

/* at most SLOTS * MAX_KEY bytes of keys per cached conjunct and worker (8 MB) */
enum { SLOTS = 4096, MAX_KEY = 2048 };

typedef struct slot { uint64_t hash; uint32_t len, cap; uint8_t *key; } slot;

struct check_cache {
    uint32_t n, words;
    slot **tables;           /* by cache index, allocated on first use */
    val_buf key;             /* the key last asked about, and its hash */
    uint64_t hash;
};

check_cache *check_cache_new(const model *m)
{
    check_cache *c = util_xcalloc(1, sizeof *c);
    c->n = m->ncaches;
    c->words = model_var_words(m);
    c->tables = util_xcalloc(c->n + 1, sizeof *c->tables);
    return c;
}

void check_cache_free(check_cache *c)
{
    if (!c) return;
    for (uint32_t i = 0; i < c->n; i++) {
        if (!c->tables[i]) continue;
        for (uint32_t s = 0; s < SLOTS; s++) free(c->tables[i][s].key);
        free(c->tables[i]);
    }
    free(c->tables);
    free(c->key.items);
    free(c);
}

bool check_cache_known(check_cache *c, const check_part *p, const uint8_t *state, const uint32_t *offsets)
{
    c->key.len = 0;
    for (uint32_t w = 0; w < c->words; w++)
        for (uint64_t bits = p->vars[w]; bits; bits &= bits - 1) {
            uint32_t i = w * 64 + (uint32_t)__builtin_ctzll(bits);
            val_buf_append(&c->key, state + offsets[i], offsets[i + 1] - offsets[i]);
        }
    c->hash = XXH3_64bits(c->key.items, c->key.len) | 1;
    if (!c->tables[p->cache]) return false;
    const slot *s = &c->tables[p->cache][c->hash & (SLOTS - 1)];
    return s->hash == c->hash && s->len == c->key.len && (!c->key.len || memcmp(s->key, c->key.items, c->key.len) == 0);
}

void check_cache_remember(check_cache *c, const check_part *p)
{
    if (c->key.len > MAX_KEY) return;
    if (!c->tables[p->cache]) c->tables[p->cache] = util_xcalloc(SLOTS, sizeof(slot));
    slot *s = &c->tables[p->cache][c->hash & (SLOTS - 1)];
    if (!s->key || s->cap < c->key.len) {
        s->cap = (uint32_t)c->key.len + 1;
        s->key = util_xrealloc(s->key, s->cap);
    }
    if (c->key.len) memcpy(s->key, c->key.items, c->key.len);   /* an empty key has no items (NULL) */
    s->len = (uint32_t)c->key.len;
    s->hash = c->hash;
}
