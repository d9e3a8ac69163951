/* check_cache.c - one worker's memory of where the invariants' conjuncts held: per cached conjunct, a
 * direct-mapped table of the bytes of the variables it reads (the key), in states where it held. A
 * conjunct whose variables have bytes found in its table holds again: its truth is a function of
 * their values (reads.c), and equal values have equal bytes. Keys are compared whole, never by hash
 * alone; a key's hash combines its variables' hashes, each found once per state. Owned by one
 * thread. */
#include "model_internal.h"

#include <stdlib.h>
#include <string.h>
#include <xxhash.h>

/* at most SLOTS * MAX_KEY bytes of keys per cached conjunct and worker (8 MB) */
enum { SLOTS = 4096, MAX_KEY = 2048 };

typedef struct slot { uint64_t hash; uint32_t len, cap; uint8_t *key; } slot;

struct check_cache {
    uint32_t n, words, nvars;
    slot **tables;           /* by cache index, allocated on first use */
    /* the state being checked: where its variables are, and the hashes of those hashed so far */
    const uint8_t *state;
    const uint32_t *offsets;
    uint64_t *var_hash;
    uint8_t *hashed;
    uint64_t hash;           /* the hash of the key last asked about */
};

check_cache *check_cache_new(const model *m)
{
    check_cache *c = util_xcalloc(1, sizeof *c);
    c->n = m->ncaches;
    c->words = model_var_words(m);
    c->nvars = m->prog->nvars;
    c->tables = util_xcalloc(c->n + 1, sizeof *c->tables);
    c->var_hash = util_xcalloc(c->nvars + 1, sizeof *c->var_hash);
    c->hashed = util_xcalloc(c->nvars + 1, 1);
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
    free(c->var_hash);
    free(c->hashed);
    free(c);
}

void check_cache_state(check_cache *c, const uint8_t *state, const uint32_t *offsets)
{
    c->state = state;
    c->offsets = offsets;
    memset(c->hashed, 0, c->nvars);
}

/* Variable i's bytes in the state being checked, and their length. */
static const uint8_t *var_bytes(const check_cache *c, uint32_t i, uint32_t *len)
{
    *len = c->offsets[i + 1] - c->offsets[i];
    return c->state + c->offsets[i];
}

/* Calls `body` with i set to each variable p reads, in order. */
#define EACH_VAR(c, p, i, body)                                                     \
    for (uint32_t w_ = 0; w_ < (c)->words; w_++)                                    \
        for (uint64_t bits_ = (p)->vars[w_]; bits_; bits_ &= bits_ - 1) {           \
            uint32_t i = w_ * 64 + (uint32_t)__builtin_ctzll(bits_);               \
            body                                                                    \
        }

bool check_cache_known(check_cache *c, const check_part *p)
{
    uint64_t h = 0x9E3779B97F4A7C15ull * (p->cache + 1);
    EACH_VAR(c, p, i, {
        if (!c->hashed[i]) {
            uint32_t len;
            const uint8_t *b = var_bytes(c, i, &len);
            c->var_hash[i] = XXH3_64bits(b, len);
            c->hashed[i] = 1;
        }
        h = (h << 31 | h >> 33) ^ c->var_hash[i];
        h *= 0xC2B2AE3D27D4EB4Full;
    })
    c->hash = h | 1;
    if (!c->tables[p->cache]) return false;
    const slot *s = &c->tables[p->cache][c->hash & (SLOTS - 1)];
    if (s->hash != c->hash) return false;
    uint32_t at = 0;
    EACH_VAR(c, p, i, {
        uint32_t len;
        const uint8_t *b = var_bytes(c, i, &len);
        if (len > s->len - at || memcmp(s->key + at, b, len) != 0) return false;
        at += len;
    })
    return at == s->len;
}

void check_cache_remember(check_cache *c, const check_part *p)
{
    uint32_t total = 0;
    EACH_VAR(c, p, i, { total += c->offsets[i + 1] - c->offsets[i]; })
    if (total > MAX_KEY) return;
    if (!c->tables[p->cache]) c->tables[p->cache] = util_xcalloc(SLOTS, sizeof(slot));
    slot *s = &c->tables[p->cache][c->hash & (SLOTS - 1)];
    if (!s->key || s->cap < total) {
        s->cap = total + 1;
        s->key = util_xrealloc(s->key, s->cap);
    }
    uint32_t at = 0;
    EACH_VAR(c, p, i, {
        uint32_t len;
        const uint8_t *b = var_bytes(c, i, &len);
        memcpy(s->key + at, b, len);
        at += len;
    })
    s->len = total;
    s->hash = c->hash;
}
