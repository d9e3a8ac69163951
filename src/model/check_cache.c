/* check_cache.c - the memory of where the invariants' conjuncts held: per cached conjunct, a
 * direct-mapped table of the bytes of the variables it reads (the key), in states where it held. A
 * conjunct whose variables have bytes found in its table holds again: its truth is a function of
 * their values (reads.c), and equal values have equal bytes. Keys are compared whole, never by hash
 * alone; a key's hash combines its variables' hashes, each found once per state. A conjunct
 * `x \in [D -> T]` keeps x's head and values instead (known_by_elements), each value of a state found
 * by a hint from its first bytes rather than by walking x's bytes (kept_element).
 *
 * Threads: the tables belong to the model and are shared by all its workers, so that a value met by
 * one worker is known to the others (the explorer's workers check the new states of their own slice
 * of the fingerprints: with a table each, every worker would miss what the others learnt). A slot is
 * written only by the worker that made its sequence number odd, taken without waiting: a worker that
 * finds it taken remembers nothing, which only costs an evaluation later. Readers never write: they
 * read a slot between two reads of its number, and a number odd or changed is a miss (a seqlock), so
 * that the hot slots (LamportMutex's rows of channels) stay in both cores' caches. Everything a reader
 * reads is atomic (relaxed loads: plain loads on x86), the key's bytes too, as words; a key's buffer
 * only grows, the old ones kept to the end, so a reader racing a writer reads memory still allocated.
 * A check_cache (the state being checked) is owned by one thread. */
#include "model_internal.h"

#include <stdatomic.h>
#include <stdlib.h>
#include <string.h>
#include <xxhash.h>

/* at most SLOTS * MAX_KEY bytes of keys per cached conjunct (8 MB) */
enum { SLOTS = 4096, MAX_KEY = 2048 };
/* A part whose keys were seldom found again in a trial of TRIAL questions (fewer than one in
 * 1 << RARE) is not asked about for the next REST ones: hashing, probing (a cold slot) and keeping
 * keys that never repeat cost more than the evaluations they save (SimpleRegular's PCorrect). */
enum { TRIAL = 4096, RARE = 4, REST = 7 * TRIAL };

typedef struct trial { uint32_t asked, found, resting; } trial;

/* A key's bytes as words (the last one padded with zero bytes), and the buffer it outgrew. */
typedef struct key_words {
    struct key_words *outgrown;   /* freed with the table (check_tables_free) */
    uint32_t cap;                 /* w's words, set before the buffer is published and never changed */
    _Atomic uint64_t w[];
} key_words;

typedef struct slot {
    _Atomic uint32_t seq;          /* odd while a writer holds the slot; bumped by 2 by each write */
    _Atomic uint32_t len;          /* the key's length in bytes */
    _Atomic uint64_t hash;         /* 0: empty */
    _Atomic(key_words *) key;
    _Atomic uint8_t role;          /* a part kept by its elements: ROLE_HEAD or ROLE_ELEMENT; else 0 */
} slot;

struct check_tables {
    uint32_t n;
    _Atomic(slot *) *tables;     /* by cache index, allocated on first use */
    _Atomic(_Atomic uint64_t *) *hints;   /* by cache index: a part kept by its elements' lengths (element_length) */
};

struct check_cache {
    check_tables *shared;
    uint32_t words, nvars;
    /* the state being checked: where its variables are, and the hashes of those hashed so far */
    const uint8_t *state;
    const uint32_t *offsets;
    uint64_t *var_hash;
    uint8_t *hashed;
    uint64_t hash;           /* the hash of the key last asked about; 0: not asked (resting) */
    uint32_t key_len;        /* its length, */
    uint32_t key_at;         /* where its first variable's bytes are in the state, */
    bool key_apart;          /* and whether its variables' bytes are apart there (key_bytes) */
    uint8_t *joined;         /* a key of several variables, their bytes one after the other */
    uint32_t joined_cap;
    trial *trials;           /* by cache index */
    check_bytes_run *fast;   /* the parts decided from the state's bytes */
    uint64_t epoch;          /* counts the states checked (check_cache_state) */
    struct rows **rows;      /* by variable, made on first use (known_by_elements) */
};

check_tables *check_tables_new(uint32_t n)
{
    check_tables *t = util_xcalloc(1, sizeof *t);
    t->n = n;
    t->tables = util_xcalloc(n + 1, sizeof *t->tables);
    t->hints = util_xcalloc(n + 1, sizeof *t->hints);
    return t;
}

/* How many slots ahead check_tables_free fetches a key and the allocator's word before it (free
 * reads both): each is a cache miss (written by some worker, long ago), and fetched ahead the misses
 * overlap. SimpleRegular at two workers: 1.1-1.5 ms -> 0.8-1.0 ms of the serial end of a run. */
enum { FREE_AHEAD = 16 };

void check_tables_free(check_tables *t)
{
    if (!t) return;
    for (uint32_t i = 0; i < t->n; i++) {
        slot *table = atomic_load(&t->tables[i]);
        if (!table) continue;
        for (uint32_t s = 0; s < SLOTS; s++) {
            key_words *ahead = s + FREE_AHEAD < SLOTS ? atomic_load(&table[s + FREE_AHEAD].key) : NULL;
            if (ahead) {
                __builtin_prefetch(ahead);
                __builtin_prefetch((const char *)ahead - sizeof(size_t));
            }
            for (key_words *k = atomic_load(&table[s].key), *next; k; k = next) {
                next = k->outgrown;
                free(k);
            }
        }
        free(table);
    }
    for (uint32_t i = 0; i < t->n; i++) free((void *)atomic_load(&t->hints[i]));
    free(t->tables);
    free(t->hints);
    free(t);
}

check_cache *check_cache_new(const model *m)
{
    check_cache *c = util_xcalloc(1, sizeof *c);
    c->shared = m->check_tables;
    c->words = model_var_words(m);
    c->nvars = m->prog->nvars;
    c->var_hash = util_xcalloc(c->nvars + 1, sizeof *c->var_hash);
    c->hashed = util_xcalloc(c->nvars + 1, 1);
    c->trials = util_xcalloc(m->ncaches + 1, sizeof *c->trials);
    c->fast = check_bytes_run_new(m);
    c->rows = util_xcalloc(c->nvars + 1, sizeof *c->rows);
    return c;
}

void check_cache_free(check_cache *c)
{
    if (!c) return;
    free(c->var_hash);
    free(c->hashed);
    free(c->trials);
    free(c->joined);
    check_bytes_run_free(c->fast);
    for (uint32_t i = 0; i < c->nvars; i++) free(c->rows[i]);
    free(c->rows);
    free(c);
}

void check_cache_state(check_cache *c, const uint8_t *state, const uint32_t *offsets)
{
    c->state = state;
    c->offsets = offsets;
    c->epoch++;
    memset(c->hashed, 0, c->nvars);
    check_bytes_state(c->fast, state, offsets);
}

bool check_cache_holds_by_bytes(check_cache *c, eval_worker *ew, const check_part *p)
{
    return check_bytes_hold(c->fast, ew, p->fast, p->cache);
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

/* The key last asked about (key_known's: c->key_len bytes), part p's in the state being checked:
 * its variables' bytes where they are one after the other in the state, else joined in c->joined. */
static const uint8_t *key_bytes(check_cache *c, const check_part *p)
{
    if (!c->key_apart) return c->state + c->key_at;
    if (c->joined_cap < c->key_len) {
        c->joined_cap = c->key_len;
        c->joined = util_xrealloc(c->joined, c->key_len);
    }
    uint32_t at = 0;
    EACH_VAR(c, p, i, {
        uint32_t n;
        const uint8_t *b = var_bytes(c, i, &n);
        memcpy(c->joined + at, b, n);
        at += n;
    })
    return c->joined;
}

/* A key of len bytes is kept in (len + 7) / 8 words: for len >= 8, word i holds the bytes
 * b[8i .. 8i + 8), the last one the key's last 8 bytes (overlapping the word before when len is not
 * a multiple of 8); a shorter key, its bytes padded with zero bytes. Loads without a call. */
static inline uint64_t key_word(const uint8_t *b, uint32_t i, uint32_t len)
{
    uint64_t x = 0;
    if (len >= 8)
        memcpy(&x, b + (8 * i + 8 > len ? len - 8 : 8 * i), 8);
    else
        for (uint32_t j = 0; j < len; j++) x |= (uint64_t)b[j] << (8 * j);
    return x;
}

/* Are the words w (key_word's) those of the bytes b[0 .. len)? */
static inline bool words_same(const _Atomic uint64_t *w, const uint8_t *b, uint32_t len)
{
    if (len < 8) return atomic_load_explicit(&w[0], memory_order_relaxed) == key_word(b, 0, len);
    uint32_t last = (len - 1) / 8;
    uint64_t differ = 0;
    for (uint32_t i = 0; i < last; i++) {
        uint64_t x;
        memcpy(&x, b + 8 * i, 8);
        differ |= atomic_load_explicit(&w[i], memory_order_relaxed) ^ x;
    }
    return !differ && atomic_load_explicit(&w[last], memory_order_relaxed) == key_word(b, last, len);
}

/* Do the bytes b[0 .. room) begin with the key with this role the slot holds (its hash h, or any
 * when h is 0), or, when exact, are they that key? Its length in *len. Read without writing (the
 * file's head): a slot being written, or written meanwhile, holds nothing. */
static inline bool slot_key_at(const slot *s, uint64_t h, uint8_t role, const uint8_t *b, uint32_t room, bool exact,
                               uint32_t *len)
{
    uint32_t seq = atomic_load_explicit(&s->seq, memory_order_acquire);
    uint64_t hash = atomic_load_explicit(&s->hash, memory_order_relaxed);
    uint32_t n = *len = atomic_load_explicit(&s->len, memory_order_relaxed);
    if (seq & 1 || !hash || (h && hash != h) || atomic_load_explicit(&s->role, memory_order_relaxed) != role ||
        n > room || (exact && n != room))
        return false;
    const key_words *k = atomic_load_explicit(&s->key, memory_order_acquire);
    /* n may be a newer key's, longer than a buffer it outgrew: read no word past k's own */
    bool same = k && (n + 7) / 8 <= k->cap && words_same(k->w, b, n);
    atomic_thread_fence(memory_order_acquire);
    return same && atomic_load_explicit(&s->seq, memory_order_relaxed) == seq;
}

/* Does the slot hold the key b[0 .. len) with this role, whose hash is h? */
static bool slot_holds(const slot *s, uint64_t h, uint8_t role, const uint8_t *b, uint32_t len)
{
    uint32_t n;
    return slot_key_at(s, h, role, b, len, true, &n);
}

/* Keeps the key b[0 .. len) with this role and hash h in its slot, unless another worker is
 * writing there (then nothing is kept: a miss later, an evaluation). */
static void slot_keep(slot *table, uint64_t h, uint8_t role, const uint8_t *b, uint32_t len)
{
    slot *s = &table[h & (SLOTS - 1)];
    uint32_t seq = atomic_load_explicit(&s->seq, memory_order_relaxed);
    if (seq & 1 || !atomic_compare_exchange_strong_explicit(&s->seq, &seq, seq + 1, memory_order_acquire,
                                                            memory_order_relaxed))
        return;
    atomic_thread_fence(memory_order_release);   /* the odd number seen before any word below */
    uint32_t words = (len + 7) / 8;
    key_words *k = atomic_load_explicit(&s->key, memory_order_relaxed), *grown = NULL;
    if (!k || k->cap < words) {   /* the old buffer outgrown, kept: a reader may be reading it */
        uint32_t cap = words < 8 ? 8 : words;
        grown = util_xmalloc(sizeof *grown + cap * sizeof grown->w[0]);
        grown->outgrown = k;
        grown->cap = cap;
        k = grown;
    }
    for (uint32_t i = 0; i < words; i++) atomic_store_explicit(&k->w[i], key_word(b, i, len), memory_order_relaxed);
    if (grown) atomic_store_explicit(&s->key, grown, memory_order_release);
    atomic_store_explicit(&s->len, len, memory_order_relaxed);
    atomic_store_explicit(&s->role, role, memory_order_relaxed);
    atomic_store_explicit(&s->hash, h, memory_order_relaxed);
    atomic_store_explicit(&s->seq, seq + 2, memory_order_release);
}

static bool known_by_elements(check_cache *c, const check_part *p);
static void remember_by_elements(check_cache *c, const check_part *p);

/* Counts a question about part p and its answer, starting a rest when the trial found too few. */
static bool counted(trial *t, bool known)
{
    t->found += known;
    if (++t->asked == TRIAL) {
        if (t->found < TRIAL >> RARE) t->resting = REST;
        t->asked = t->found = 0;
    }
    return known;
}

static bool key_known(check_cache *c, const check_part *p);

bool check_cache_known(check_cache *c, const check_part *p)
{
    if (p->by_elements) return known_by_elements(c, p);
    trial *t = &c->trials[p->cache];
    if (t->resting) {
        t->resting--;
        c->hash = 0;
        return false;
    }
    return counted(t, key_known(c, p));
}

/* Is part p's key in the state being checked in its table? */
static bool key_known(check_cache *c, const check_part *p)
{
    uint64_t h = 0x9E3779B97F4A7C15ull * (p->cache + 1);
    uint32_t key_len = 0, next = UINT32_MAX;   /* the variable after the last one met */
    bool apart = false;
    EACH_VAR(c, p, i, {
        if (next == UINT32_MAX) c->key_at = c->offsets[i];
        apart |= next != UINT32_MAX && i != next;
        next = i + 1;
        uint32_t len;
        const uint8_t *b = var_bytes(c, i, &len);
        key_len += len;
        if (!c->hashed[i]) {
            c->var_hash[i] = XXH3_64bits(b, len);
            c->hashed[i] = 1;
        }
        h = (h << 31 | h >> 33) ^ c->var_hash[i];
        h *= 0xC2B2AE3D27D4EB4Full;
    })
    c->hash = h | 1;
    c->key_len = key_len;
    c->key_apart = apart;
    slot *table = atomic_load_explicit(&c->shared->tables[p->cache], memory_order_acquire);
    const slot *s = table ? &table[c->hash & (SLOTS - 1)] : NULL;
    if (!s || atomic_load_explicit(&s->hash, memory_order_relaxed) != c->hash) return false;
    return slot_holds(s, c->hash, 0, key_bytes(c, p), key_len);
}

/* Part p's table, made by the first worker that needs it. */
static slot *table_of(check_tables *t, uint32_t cache)
{
    slot *table = atomic_load_explicit(&t->tables[cache], memory_order_acquire);
    if (table) return table;
    slot *fresh = util_xcalloc_probed(SLOTS, sizeof(slot));
    if (atomic_compare_exchange_strong_explicit(&t->tables[cache], &table, fresh, memory_order_acq_rel,
                                                memory_order_acquire))
        return fresh;
    free(fresh);   /* another worker made it first */
    return table;
}

void check_cache_remember(check_cache *c, const check_part *p)
{
    if (p->by_elements) {
        remember_by_elements(c, p);
        return;
    }
    if (!c->hash || c->key_len > MAX_KEY) return;   /* resting, or too long */
    slot_keep(table_of(c->shared, p->cache), c->hash, 0, key_bytes(c, p), c->key_len);
}

/* ---- a membership x \in [D -> T] kept by its elements ------------------------------------------
 * x holds a function (or sequence) whose head (its domain) was the head of a value of x where the
 * part held, and each of whose values was a value of a point there: x's domain is D and each of its
 * values is in T (D and T are constant: reads.c), so the part holds. The same for `\A ... p \in D
 * ... : Q` reading x only as x[p] (reads.c's row_quantifier), whose heads are kept only where x's
 * domain is D: then each value of x was one with which Q held. Its table keeps heads and
 * elements, never whole keys: far fewer of them than of values of x (LamportMutex's network: a few
 * rows of channels, met again in most states, where its whole value is new one time in two). */
enum { ROLE_HEAD = 1, ROLE_ELEMENT, MAX_ELEMENTS = 64 };

static uint64_t piece_hash(const uint8_t *b, uint32_t len, uint8_t role)
{
    return (XXH3_64bits_withSeed(b, len, role) | 1);
}

/* Is the piece bytes[0 .. len) with this role, whose piece_hash is h, in the table? */
static bool piece_known_hashed(const slot *table, const uint8_t *b, uint32_t len, uint8_t role, uint64_t h)
{
    return slot_holds(&table[h & (SLOTS - 1)], h, role, b, len);
}

/* The piece bytes[0 .. len) with this role, whose piece_hash is h, kept in the table. */
static void piece_remember(slot *table, const uint8_t *b, uint32_t len, uint8_t role, uint64_t h)
{
    if (len > MAX_KEY || atomic_load_explicit(&table[h & (SLOTS - 1)].hash, memory_order_relaxed) == h) return;
    slot_keep(table, h, role, b, len);
}

/* ---- the elements found without walking their bytes -----------------------------------------------
 * Finding where each element ends walks all of x's bytes (val_range_offsets: LamportMutex's network,
 * three rows of three channels of records, ~700 instructions a state). Instead, the slot of an element
 * met before is found by a hash of the bytes it starts with (at most HINT_BYTES, those of the
 * following elements too): when the bytes there begin with the slot's element, whole, they are that
 * element (an encoding ends where its value does), whatever led to the slot. A hint is only a guess,
 * written and read without a flag: a wrong or missing one sends the question to the walk. HINTS
 * entries of two ways, each a hash's high bits and a slot's index + 1. */
enum { HINTS = 16384, HINT_BYTES = 32, HINT_SLOT_BITS = 16 };
#define HINT_SLOT_MASK ((1ull << HINT_SLOT_BITS) - 1)

/* A hash of the bytes [b, min(b + HINT_BYTES, end)): the key of the element starting at b. */
static uint64_t hint_key(const uint8_t *b, const uint8_t *end)
{
    size_t n = (size_t)(end - b);
    return val_bytes_hash(b, n < HINT_BYTES ? n : HINT_BYTES);
}

static inline _Atomic uint64_t *hint_ways(_Atomic uint64_t *hints, uint64_t key) { return &hints[key & (HINTS - 2)]; }

/* The slot an element starting with key's bytes was kept in, + 1; or 0. */
static uint32_t hinted_slot(_Atomic uint64_t *hints, uint64_t key)
{
    _Atomic uint64_t *way = hint_ways(hints, key);
    for (int i = 0; i < 2; i++) {
        uint64_t e = atomic_load_explicit(&way[i], memory_order_relaxed);
        if (e && (e & ~HINT_SLOT_MASK) == (key & ~HINT_SLOT_MASK)) return (uint32_t)(e & HINT_SLOT_MASK);
    }
    return 0;
}

/* The element whose hint_key is key is kept in the slot of its piece_hash h. */
static void hint_element(_Atomic uint64_t *hints, uint64_t key, uint64_t h)
{
    uint64_t e = (key & ~HINT_SLOT_MASK) | ((h & (SLOTS - 1)) + 1);
    _Atomic uint64_t *way = hint_ways(hints, key);
    uint64_t first = atomic_load_explicit(&way[0], memory_order_relaxed);
    if (first == e) return;
    if ((first & ~HINT_SLOT_MASK) != (key & ~HINT_SLOT_MASK)) atomic_store_explicit(&way[1], first, memory_order_relaxed);
    atomic_store_explicit(&way[0], e, memory_order_relaxed);
}

/* Part p's hints, made by the first worker that needs them. */
static _Atomic uint64_t *hints_of(check_tables *t, uint32_t cache)
{
    _Atomic uint64_t *hints = atomic_load_explicit(&t->hints[cache], memory_order_acquire);
    if (hints) return hints;
    _Atomic uint64_t *fresh = util_xcalloc_probed(HINTS, sizeof *fresh);
    if (atomic_compare_exchange_strong_explicit(&t->hints[cache], &hints, fresh, memory_order_acq_rel,
                                                memory_order_acquire))
        return fresh;
    free((void *)fresh);
    return hints;
}

/* Where the head of a sequence's or function's bytes [b, end) ends (past its count and a function's
 * domain), its count in *n (at most MAX_ELEMENTS); NULL for other bytes. */
static const uint8_t *head_end(const uint8_t *b, const uint8_t *end, uint32_t *n)
{
    if (b >= end || (*b != VAL_TAG_SEQ && *b != VAL_TAG_FUNC)) return NULL;
    uint64_t count, dlen = 0;
    const uint8_t *p = val_bytes_varint(b + 1, end, &count);
    if (!p || count > MAX_ELEMENTS) return NULL;
    if (*b == VAL_TAG_FUNC && (!(p = val_bytes_varint(p, end, &dlen)) || dlen > (uint64_t)(end - p))) return NULL;
    *n = (uint32_t)count;
    return p + dlen;
}

/* The length of the element kept in slot `at` when the bytes [p, end) begin with it, else 0. */
static uint32_t kept_element_at(const slot *table, uint32_t at, const uint8_t *p, const uint8_t *end)
{
    uint32_t len;
    return slot_key_at(&table[at], 0, ROLE_ELEMENT, p, (uint32_t)(end - p), false, &len) ? len : 0;
}

/* Is the element at p (of x's bytes ending at end) kept? Found by its hint, or else by walking its
 * bytes and hashing them (and then hinted for the next time). Its length (0: no element there) and
 * its slot, the one its piece_hash gives in any part's table, in *len and *at, kept or not. */
static bool kept_element(slot *table, _Atomic uint64_t *hints, const uint8_t *p, const uint8_t *end, uint32_t *len,
                         uint32_t *at)
{
    uint64_t key = hint_key(p, end);
    *at = hinted_slot(hints, key);
    *len = *at ? kept_element_at(table, --*at, p, end) : 0;
    if (*len) return true;
    const uint8_t *e = val_bytes_skip(p, end, 1);
    *len = e ? (uint32_t)(e - p) : 0;
    if (!e) return false;
    uint64_t h = piece_hash(p, *len, ROLE_ELEMENT);
    *at = (uint32_t)(h & (SLOTS - 1));
    if (!piece_known_hashed(table, p, *len, ROLE_ELEMENT, h)) return false;
    hint_element(hints, key, h);
    return true;
}

/* What known_by_elements found of a variable's bytes in the state being checked, for the next part
 * kept by the same variable's elements (LamportMutex's TypeOK and BoundedNetwork both read network's
 * rows): its head and the head's hash, and where each element found so far ends, with its slot. */
typedef struct rows {
    uint64_t epoch;                /* the check_cache's epoch when found; another: nothing found yet */
    uint32_t head_len;             /* 0: the bytes are no function's or sequence's */
    uint32_t n, found;             /* its elements, and how many of them were found so far */
    uint64_t head_hash;            /* the head's piece_hash */
    uint32_t end[MAX_ELEMENTS];    /* where element i ends, from the variable's first byte */
    uint16_t slot[MAX_ELEMENTS];   /* element i's slot (SLOTS fits) */
} rows;

/* Variable i's rows in the state being checked (bytes [b, end)): its head found on first use. */
static rows *rows_of(check_cache *c, uint32_t i, const uint8_t *b, const uint8_t *end)
{
    rows *r = c->rows[i];
    if (!r) r = c->rows[i] = util_xcalloc(1, sizeof *r);
    if (r->epoch == c->epoch) return r;
    r->epoch = c->epoch;
    r->found = 0;
    const uint8_t *at = head_end(b, end, &r->n);
    r->head_len = at ? (uint32_t)(at - b) : 0;
    if (at) r->head_hash = piece_hash(b, r->head_len, ROLE_HEAD);
    return r;
}

static bool known_by_elements(check_cache *c, const check_part *p)
{
    slot *table = atomic_load_explicit(&c->shared->tables[p->cache], memory_order_acquire);
    if (!table) return false;
    uint32_t len;
    const uint8_t *b = var_bytes(c, p->element_var, &len), *end = b + len;
    rows *r = rows_of(c, p->element_var, b, end);
    if (!r->head_len || !piece_known_hashed(table, b, r->head_len, ROLE_HEAD, r->head_hash)) return false;
    _Atomic uint64_t *hints = NULL;
    uint32_t at = r->head_len;
    for (uint32_t i = 0; i < r->n; i++) {
        if (i < r->found) {   /* found by a part before: only whether this part's table keeps it */
            if (!kept_element_at(table, r->slot[i], b + at, end)) return false;
            at = r->end[i];
            continue;
        }
        if (!hints) hints = hints_of(c->shared, p->cache);
        uint32_t elen, s;
        bool kept = kept_element(table, hints, b + at, end, &elen, &s);
        if (!elen) return false;
        at += elen;
        r->end[i] = at;
        r->slot[i] = (uint16_t)s;
        r->found = i + 1;
        if (!kept) return false;
    }
    return at == len;
}

/* Is the head [b, b + len) (head_end's) that of a function on the set whose bytes are d: a sequence of n
 * values where d is 1..n, or a function whose domain's bytes are d's members'? */
static bool head_on(const uint8_t *b, uint32_t len, const uint8_t *d, uint32_t dlen)
{
    const uint8_t *end = b + len, *dend = d + dlen;
    uint64_t n, m;
    const uint8_t *p = val_bytes_varint(b + 1, end, &n), *q = val_bytes_varint(d + 1, dend, &m);
    if (!p || !q || n != m) return false;
    if (*b == VAL_TAG_FUNC) {
        uint64_t domain;
        return (p = val_bytes_varint(p, end, &domain)) && domain == (uint64_t)(dend - q) && domain == (uint64_t)(end - p) &&
               memcmp(p, q, domain) == 0;
    }
    for (uint64_t i = 1; i <= n; i++) {   /* the members 1..n, each an integer (value_io.c's zigzag varint) */
        uint64_t z;
        if (q == dend || *q != VAL_TAG_INT || !(q = val_bytes_varint(q + 1, dend, &z)) || z != i << 1) return false;
    }
    return q == dend;
}

/* Where each element of a variable's rows ends (rows_of's r, bytes [b, end)): those found already, the
 * others walked; true when they are all there and end where the bytes do. */
static bool rows_ends(const rows *r, const uint8_t *b, const uint8_t *end, uint32_t *ends)
{
    memcpy(ends, r->end, r->found * sizeof *ends);
    uint32_t at = r->found ? r->end[r->found - 1] : r->head_len;
    for (uint32_t i = r->found; i < r->n; i++) {
        const uint8_t *e = val_bytes_skip(b + at, end, 1);
        if (!e) return false;
        ends[i] = at = (uint32_t)(e - b);
    }
    return b + at == end;
}

static void remember_by_elements(check_cache *c, const check_part *p)
{
    uint32_t len, ends[MAX_ELEMENTS];
    const uint8_t *b = var_bytes(c, p->element_var, &len), *end = b + len;
    rows *r = rows_of(c, p->element_var, b, end);
    if (!r->head_len || !rows_ends(r, b, end, ends)) return;
    /* a row_domain's values are known to be good where x's domain is its D: its heads only are kept */
    if (p->row_domain && !head_on(b, r->head_len, p->row_domain, p->row_domain_len)) return;
    slot *table = table_of(c->shared, p->cache);
    _Atomic uint64_t *hints = hints_of(c->shared, p->cache);
    piece_remember(table, b, r->head_len, ROLE_HEAD, r->head_hash);
    for (uint32_t i = 0, at = r->head_len; i < r->n; at = ends[i++]) {
        uint32_t elen = ends[i] - at;
        uint64_t h = piece_hash(b + at, elen, ROLE_ELEMENT);
        piece_remember(table, b + at, elen, ROLE_ELEMENT, h);
        hint_element(hints, hint_key(b + at, end), h);
        r->end[i] = ends[i];
        r->slot[i] = (uint16_t)(h & (SLOTS - 1));
    }
    r->found = r->n;
}
