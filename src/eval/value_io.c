/* value_io.c - values as canonical bytes (for the state queue and fingerprints), back, and as text
 * the way TLC prints them.
 *
 * Byte format: a tag byte, then the payload; integers as zig-zag varints, lengths as varints. A
 * function is its size, the byte length of its domain, the domain's values, then the range's (so
 * that a decoder can share one decoded domain among all functions that have it, see val_domains).
 * Strings are written as their rank (util_intern_rank) and model values as their index: both are
 * unique per value within a process, and the same from run to run for the strings of the spec and
 * its .cfg; a checkpoint carries the strings made during the search (explore.c). Built for MPI
 * (TLCC_MPI), the bytes must mean the same in every process of a distributed run: that holds for the
 * strings ranked before val_freeze_strings (the spec's, ranked alike by every process, which the
 * distributed explorer checks), not for those made later (each process ranks them, and so orders
 * sets of them, its own way) nor for an infinite set (written as its address): writing one of these
 * raises val_unportable_seen. */
#include "value_internal.h"

#include <stdatomic.h>
#include <stdlib.h>
#include <string.h>
#include <xxhash.h>


/* Strings ranked from this rank on mean nothing to another process (MPI builds). */
static _Atomic uint32_t frozen_strings = UINT32_MAX;
static atomic_bool unportable_seen;

void val_freeze_strings(void) { atomic_store(&frozen_strings, util_intern_count()); }

bool val_unportable_seen(void) { return atomic_load(&unportable_seen); }

static _Thread_local struct { uint64_t n; val last; } unlistable;

uint64_t val_unlistable_written(val *last)
{
    if (last) *last = unlistable.last;
    return unlistable.n;
}

/* Room for n more bytes. */
static inline uint8_t *reserve(val_buf *b, size_t n)
{
    if (b->len + n > b->cap) {
        b->cap = (b->len + n) * 2 + 64;
        b->items = util_xrealloc(b->items, b->cap);
    }
    return b->items + b->len;
}

static inline void put_byte(val_buf *b, uint8_t x)
{
    *reserve(b, 1) = x;
    b->len++;
}

/* A tag and a varint, room made once. */
static inline void put_tagged(val_buf *b, uint8_t tag, uint64_t x)
{
    uint8_t *p = reserve(b, 11);
    size_t n = 1;
    p[0] = tag;
    do {
        p[n] = x & 0x7F;
        x >>= 7;
        if (x) p[n] |= 0x80;
        n++;
    } while (x);
    b->len += n;
}

static inline void put(val_buf *b, const void *p, size_t n)
{
    memcpy(reserve(b, n), p, n);
    b->len += n;
}

/* From this many bytes val_buf_append's copy (a successor's run of unchanged variables) goes to libc's
 * vector memmove: the build expands memcpy in line as 8-byte moves (`-mstringop-strategy=unrolled_loop`,
 * CMakeLists.txt), some 9 instructions for each 32 bytes, which costs more than the call on the
 * hundreds of bytes btree's states copy. memmove is not expanded so. */
enum { LONG_COPY = 128 };

void val_buf_append(val_buf *b, const void *p, size_t n)
{
    if (n < LONG_COPY) {
        put(b, p, n);
        return;
    }
    uint8_t *to = reserve(b, n);
    b->len += n;
    memmove(to, p, n);
}

/* The immediate values, written in line (most members of arrays are); false for the others. */
static inline bool put_scalar(val_buf *b, const val *v)
{
    switch (v->kind) {
    case VAL_BOOL: put_byte(b, v->u.b ? VAL_TAG_TRUE : VAL_TAG_FALSE); return true;
    case VAL_INT: put_tagged(b, VAL_TAG_INT, ((uint64_t)v->u.i << 1) ^ (uint64_t)(v->u.i >> 63)); return true;
    case VAL_STR:
#ifdef TLCC_MPI
        if (v->aux >= atomic_load_explicit(&frozen_strings, memory_order_relaxed)) atomic_store(&unportable_seen, true);
#endif
        put_tagged(b, VAL_TAG_STR, v->aux);
        return true;
    case VAL_MODEL: put_tagged(b, VAL_TAG_MODEL, v->index); return true;
    default: return false;
    }
}

static void put_values(val_buf *b, const val *xs, uint32_t n)
{
    for (uint32_t i = 0; i < n; i++)
        if (!put_scalar(b, &xs[i])) val_serialize(xs[i], b);
}

static void put_array(val_buf *b, uint8_t tag, const val *xs, uint32_t n)
{
    put_tagged(b, tag, n);
    put_values(b, xs, n);
}

void val_serialize(val v, val_buf *b)
{
    if (put_scalar(b, &v)) return;
    switch (v.kind) {
    case VAL_LAZY: {
        arena *scratch = &val__scratch.serialize;
        arena_mark mark = arena_save(scratch);   /* nested lazy sets serialise inside this one */
        val e;
        if (val_enumerate(scratch, v, &e) == VAL_OK) {
            val_serialize(e, b);
            arena_restore(scratch, mark);
            return;
        }
        arena_restore(scratch, mark);
        /* an infinite set: serialise its description (it equals only itself); a state cannot hold it */
        unlistable.n++;
        unlistable.last = v;
#ifdef TLCC_MPI
        atomic_store(&unportable_seen, true);
#endif
        put_tagged(b, VAL_TAG_SET, UINT32_MAX);
        put(b, &v.u.lazy, sizeof v.u.lazy);
        return;
    }
    case VAL_SET: put_array(b, VAL_TAG_SET, v.u.set->elems, v.u.set->n); return;
    case VAL_SEQ: put_array(b, VAL_TAG_SEQ, v.u.seq->elems, v.u.seq->n); return;
    case VAL_FUNC: {
        put_tagged(b, VAL_TAG_FUNC, v.u.fn->n);
        /* the domain's length goes before it: one byte is kept for it, more made when it is longer */
        size_t at = b->len;
        put_byte(b, 0);
        put_values(b, v.u.fn->dom, v.u.fn->n);
        size_t dlen = b->len - at - 1;
        uint32_t extra = 0;
        for (size_t x = dlen >> 7; x; x >>= 7) extra++;
        if (extra) {
            reserve(b, extra);
            memmove(b->items + at + 1 + extra, b->items + at + 1, dlen);
            b->len += extra;
        }
        for (uint32_t k = 0; k <= extra; k++, dlen >>= 7) b->items[at + k] = (uint8_t)((dlen & 0x7F) | (k < extra ? 0x80 : 0));
        put_values(b, v.u.fn->rng, v.u.fn->n);
        return;
    }
    default: put_byte(b, 0); return;
    }
}

void val_state_serialize(const val *vars, uint32_t n, val_buf *out)
{
    for (uint32_t i = 0; i < n; i++) val_serialize(vars[i], out);
}

uint64_t val_fingerprint(val v, val_buf *scratch)
{
    scratch->len = 0;
    val_serialize(v, scratch);
    return XXH3_64bits(scratch->items, scratch->len);
}

/* ---- reading back ------------------------------------------------------------------------------- */

typedef struct reader {
    const uint8_t *p, *end;
    arena *a;
    bool bad;
    val_domains *domains;    /* NULL: every domain decoded */
} reader;

/* ---- shared domains ----------------------------------------------------------------------------- */

enum { DOMAIN_SLOTS = 4096, DOMAIN_MAX_BYTES = 1 << 12, DOMAINS_BUDGET = 16 << 20 };

typedef struct domain_slot { uint64_t hash; const uint8_t *bytes; uint32_t len, n, plain; const val *dom; } domain_slot;

/* A small container decoded before (read_val_shared), by its bytes. The values have a memory and a
 * budget of their own (VALUES_BUDGET): they fill it far faster than the domains fill theirs, and an
 * arena keeps its largest chunk at a reset, so a shared budget held twice the domains' budget per
 * worker where the values need a few megabytes. */
enum { VALUE_SLOTS = 4096, VALUE_MAX_BYTES = 128, VALUE_KEY_BYTES = 16, VALUES_BUDGET = 4 << 20 };
/* A variable's whole value is looked for in the table (val_decode_shared) up to this size: small ones
 * recur state after state (KeyValueStore's written, missed); larger ones seldom, and each miss would
 * evict a part that recurs. */
enum { SHARED_WHOLE_BYTES = 64 };
typedef struct value_slot { uint64_t hash; const uint8_t *bytes; uint32_t len; val v; } value_slot;

struct val_domains {
    arena mem;               /* the decoded domains and their bytes */
    arena values_mem;        /* the small containers and their bytes (and those decoded that proved longer) */
    domain_slot slots[DOMAIN_SLOTS];
    value_slot values[VALUE_SLOTS];
};

val_domains *val_domains_new(void)
{
    val_domains *d = util_xcalloc_probed(1, sizeof *d);
    arena_init(&d->mem);
    arena_init(&d->values_mem);
    return d;
}

void val_domains_free(val_domains *d)
{
    if (!d) return;
    arena_free(&d->mem);
    arena_free(&d->values_mem);
    free(d);
}

bool val_domains_trim(val_domains *d)
{
    /* both at once: a domain's members may be containers kept in the values' memory, and a kept
     * container's domain is in the domains' */
    if (d->mem.bytes < DOMAINS_BUDGET && d->values_mem.bytes < VALUES_BUDGET) return false;
    arena_reset(&d->mem);
    arena_reset(&d->values_mem);
    memset(d->slots, 0, sizeof d->slots);
    memset(d->values, 0, sizeof d->values);
    return true;
}

static val read_val(reader *r);
static val read_val_shared(reader *r);
static inline uint32_t read_vals(reader *r, val *xs, uint64_t n);

/* The n values of a function's domain, dlen bytes at r->p: from the table when they were decoded
 * before, else decoded into it (domains too long to be worth a table's room go to r->a). */
static val *read_domain(reader *r, uint64_t n, uint64_t dlen, uint32_t *plain)
{
    val_domains *d = r->domains;
    const uint8_t *bytes = r->p;
    domain_slot *s = NULL;
    uint64_t hash = 0;
    if (d && dlen <= DOMAIN_MAX_BYTES) {
        hash = XXH3_64bits(bytes, dlen) | 1;
        s = &d->slots[hash & (DOMAIN_SLOTS - 1)];
        if (s->hash == hash && s->len == dlen && s->n == n && memcmp(s->bytes, bytes, dlen) == 0) {
            r->p += dlen;
            *plain = s->plain;
            return (val *)s->dom;
        }
    }
    arena *own = r->a;
    if (s) r->a = &d->mem;
    val *dom = arena_alloc(r->a, sizeof(val) * (n + 1));
    *plain = read_vals(r, dom, n);
    r->a = own;
    if (r->p != bytes + dlen) r->bad = true;
    if (s && !r->bad) {
        dom = (val *)val_record_domain(dom, (uint32_t)n);   /* a record's: the run's array, for comparisons */
        uint8_t *copy = arena_alloc(&d->mem, dlen + 1);
        memcpy(copy, bytes, dlen);
        *s = (domain_slot){hash, copy, (uint32_t)dlen, (uint32_t)n, *plain, dom};
    }
    return dom;
}

static uint64_t get_varint(reader *r)
{
    uint64_t x = 0;
    for (int shift = 0; r->p < r->end && shift < 64; shift += 7) {
        uint8_t byte = *r->p++;
        x |= (uint64_t)(byte & 0x7F) << shift;
        if (!(byte & 0x80)) return x;
    }
    r->bad = true;
    return 0;
}

/* A string of the given rank (the rank is the string's: no look-up of it again). */
static inline bool string_at(uint64_t rank, val *out)
{
    atom s = rank < UINT32_MAX ? util_intern_at((uint32_t)rank) : NULL;
    if (!s) return false;
    *out = (val){.kind = VAL_STR, .aux = (uint32_t)rank};
    out->u.s = s;
    return true;
}

/* The immediate values whose varint is one byte, read in line (most members of arrays are); false,
 * the reader untouched, for the others. */
static inline bool read_small_scalar(reader *r, val *out)
{
    const uint8_t *p = r->p;
    if (p >= r->end) return false;
    uint8_t tag = *p;
    if (tag == VAL_TAG_FALSE || tag == VAL_TAG_TRUE) {
        *out = val_bool(tag == VAL_TAG_TRUE);
        r->p++;
        return true;
    }
    if (tag > VAL_TAG_MODEL || r->end - p < 2 || (p[1] & 0x80)) return false;
    switch (tag) {
    case VAL_TAG_INT: *out = val_int((int64_t)(p[1] >> 1) ^ -(int64_t)(p[1] & 1)); break;
    case VAL_TAG_STR: if (!string_at(p[1], out)) return false; break;
    case VAL_TAG_MODEL: *out = val__model_at(p[1]); break;
    default: return false;
    }
    r->p += 2;
    return true;
}

/* The VAL_AUX_PLAIN of a container of x so far (`plain`): x a scalar, a lazy set (aux 0), or a
 * container (aux VAL_AUX_PLAIN or 0). */
static inline uint32_t plain_with(uint32_t plain, val x) { return x.kind >= VAL_SET ? plain & x.aux : plain; }

/* n values into xs; VAL_AUX_PLAIN when none of them holds a lazy set. */
static inline __attribute__((always_inline)) uint32_t read_vals(reader *r, val *xs, uint64_t n)
{
    uint32_t plain = VAL_AUX_PLAIN;
    for (uint64_t i = 0; i < n; i++)
        if (!read_small_scalar(r, &xs[i])) plain = plain_with(plain, xs[i] = read_val_shared(r));
    return plain;
}

/* n values into xs, where each starts (from `start`) into at[0 .. n), and where the last ends into at[n];
 * VAL_AUX_PLAIN as read_vals. */
static uint32_t read_vals_at(reader *r, val *xs, uint64_t n, const uint8_t *start, uint32_t *at)
{
    uint32_t plain = VAL_AUX_PLAIN;
    for (uint64_t i = 0; i < n; i++) {
        at[i] = (uint32_t)(r->p - start);
        if (!read_small_scalar(r, &xs[i])) plain = plain_with(plain, xs[i] = read_val_shared(r));
    }
    at[n] = (uint32_t)(r->p - start);
    return plain;
}

/* A value starting at r->p; with `parts`, also where its parts start (val_part_offsets: from the
 * value's first byte), in r's arena, or NULL for none (a scalar, an empty or unlisted set). */
static inline __attribute__((always_inline)) val read_val_parts(reader *r, uint32_t **parts)
{
    if (parts) *parts = NULL;
    if (r->p >= r->end) {
        r->bad = true;
        return val_bool(false);
    }
    const uint8_t *start = r->p;
    uint8_t tag = *r->p++;
    switch (tag) {
    case VAL_TAG_FALSE: return val_bool(false);
    case VAL_TAG_TRUE: return val_bool(true);
    case VAL_TAG_INT: {
        uint64_t z = get_varint(r);
        return val_int((int64_t)(z >> 1) ^ -(int64_t)(z & 1));
    }
    case VAL_TAG_STR: {
        val v;
        if (!string_at(get_varint(r), &v)) break;
        return v;
    }
    case VAL_TAG_MODEL: return val__model_at((uint32_t)get_varint(r));
    case VAL_TAG_SET: case VAL_TAG_SEQ: {
        uint64_t n = get_varint(r);
        if (tag == VAL_TAG_SET && n == UINT32_MAX) {
            val v = {.kind = VAL_LAZY};
            if (r->end - r->p < (ptrdiff_t)sizeof v.u.lazy) break;
            memcpy(&v.u.lazy, r->p, sizeof v.u.lazy);
            r->p += sizeof v.u.lazy;
            return v;
        }
        if (n > (uint64_t)(r->end - r->p)) break;
        if (n == 0 && tag == VAL_TAG_SET) return val_empty_set();
        val_set *s = arena_alloc(r->a, sizeof(val_set) + n * sizeof(val));
        s->n = (uint32_t)n;
        val v = {.kind = tag == VAL_TAG_SET ? VAL_SET : VAL_SEQ};
        if (parts && n) v.aux = read_vals_at(r, s->elems, n, start, *parts = arena_alloc(r->a, sizeof(uint32_t) * (n + 1)));
        else v.aux = read_vals(r, s->elems, n);
        v.u.set = s;   /* val_set and val_seq share their layout */
        return v;
    }
    case VAL_TAG_FUNC: {
        uint64_t n = get_varint(r), dlen = get_varint(r);
        if (n > (uint64_t)(r->end - r->p) || dlen > (uint64_t)(r->end - r->p)) break;
        val_fn *f = arena_alloc(r->a, sizeof(val_fn));
        f->n = (uint32_t)n;
        uint32_t plain_dom, plain_rng;
        f->dom = read_domain(r, n, dlen, &plain_dom);
        f->rng = arena_alloc(r->a, sizeof(val) * (n + 1));
        if (parts && n) plain_rng = read_vals_at(r, f->rng, n, start, *parts = arena_alloc(r->a, sizeof(uint32_t) * (n + 1)));
        else plain_rng = read_vals(r, f->rng, n);
        val v = {.kind = VAL_FUNC, .aux = plain_dom & plain_rng};
        v.u.fn = f;
        return v;
    }
    default: break;
    }
    r->bad = true;
    return val_bool(false);
}

static val read_val(reader *r) { return read_val_parts(r, NULL); }

/* How many of a value's first bytes read_val_shared's key passes over: a function's header and
 * domain, when their counts are one-byte varints (records of one shape share those bytes up to their
 * values, and would all take one slot, each evicting the last); else none. */
static inline uint32_t shared_key_skip(const uint8_t *start, size_t avail)
{
    if (*start != VAL_TAG_FUNC || avail < 3 || (start[1] & 0x80) || (start[2] & 0x80)) return 0;
    uint32_t past = 3u + start[2];
    return past < avail ? past : 0;
}

/* A value starting at r->p, as read_val; but a set, sequence or function of at most VALUE_MAX_BYTES
 * bytes, holding no lazy set, is decoded once while the domains' table lasts (until val_domains_trim):
 * when the bytes at r->p begin with the whole bytes of a value decoded before, they are that value's
 * (an encoding ends where its value does), which is shared (values are never changed in place). The
 * slot is chosen by the first VALUE_KEY_BYTES bytes (those of the next values too, after a short
 * one; a function's past its domain, shared_key_skip), so no value is skipped to find its length. A row of channels, a set of processes, met again
 * in state after state. */
static val read_val_shared(reader *r)
{
    val_domains *d = r->domains;
    const uint8_t *start = r->p;
    if (!d || start >= r->end || *start < VAL_TAG_SET) return read_val_parts(r, NULL);
    if (*start == VAL_TAG_SET && r->end - start >= 2 && start[1] == 0) {   /* {}: no look-up (KVS's written[t]) */
        r->p += 2;
        return val_empty_set();
    }
    size_t avail = (size_t)(r->end - start);
    uint32_t skip = shared_key_skip(start, avail);
    size_t keyed = avail - skip;
    uint64_t hash = (val_bytes_hash(start + skip, keyed < VALUE_KEY_BYTES ? (size_t)keyed : VALUE_KEY_BYTES) ^ skip) | 1;   /* 0: an empty slot */
    value_slot *s = &d->values[hash & (VALUE_SLOTS - 1)];
    if (s->hash == hash && s->len <= avail && memcmp(s->bytes, start, s->len) == 0) {
        r->p += s->len;
        return s->v;
    }
    arena *own = r->a;
    r->a = &d->values_mem;   /* (a value that proves longer than a slot's stays there too, until the trim) */
    val v = read_val_parts(r, NULL);
    r->a = own;
    size_t len = (size_t)(r->p - start);
    if (!r->bad && len <= VALUE_MAX_BYTES && v.kind != VAL_LAZY && v.aux == VAL_AUX_PLAIN) {
        uint8_t *copy = arena_alloc(&d->values_mem, len);
        memcpy(copy, start, len);
        *s = (value_slot){hash, copy, (uint32_t)len, v};
    }
    return v;
}

bool val_state_deserialize_at(arena *a, const uint8_t *bytes, uint32_t len, val *vars, uint32_t n,
                              uint32_t *offsets)
{
    return val_state_deserialize_shared(a, bytes, len, vars, n, offsets, NULL);
}

bool val_state_deserialize_shared(arena *a, const uint8_t *bytes, uint32_t len, val *vars, uint32_t n,
                                  uint32_t *offsets, val_domains *domains)
{
    reader r = {.p = bytes, .end = bytes + len, .a = a, .domains = domains};
    for (uint32_t i = 0; i < n; i++) {
        if (offsets) offsets[i] = (uint32_t)(r.p - bytes);
        vars[i] = read_val(&r);
    }
    if (offsets) offsets[n] = (uint32_t)(r.p - bytes);
    return !r.bad && r.p == r.end;
}

bool val_state_deserialize_parts(arena *a, const uint8_t *bytes, uint32_t len, val *vars, uint32_t n,
                                 uint32_t *offsets, uint32_t **parts, val_domains *domains)
{
    reader r = {.p = bytes, .end = bytes + len, .a = a, .domains = domains};
    for (uint32_t i = 0; i < n; i++) {
        offsets[i] = (uint32_t)(r.p - bytes);
        vars[i] = read_val_parts(&r, &parts[i]);
    }
    offsets[n] = (uint32_t)(r.p - bytes);
    return !r.bad && r.p == r.end;
}

bool val_decode_parts(arena *a, const uint8_t *bytes, uint32_t len, val *out, uint32_t **parts, val_domains *domains)
{
    reader r = {.p = bytes, .end = bytes + len, .a = a, .domains = domains};
    *out = read_val_parts(&r, parts);
    return !r.bad && r.p == r.end;
}

/* The parts of a value that replaces `was`, its header (kind, count, domain) the same: where a part's
 * bytes begin with the whole bytes of was's part at the same place, they are those bytes (an encoding
 * ends where its value does), so the part is was's; the others are decoded. xs gets the parts, at
 * their offsets (from `start`, the value's first byte). */
static void read_parts_like(reader *r, val *xs, uint32_t n, const uint8_t *start, uint32_t *at, const val *was_xs,
                            const uint8_t *was_bytes, const uint32_t *was_parts)
{
    for (uint32_t i = 0; i < n; i++) {
        at[i] = (uint32_t)(r->p - start);
        uint32_t plen = was_parts[i + 1] - was_parts[i];
        if ((size_t)(r->end - r->p) >= plen && memcmp(r->p, was_bytes + was_parts[i], plen) == 0) {
            xs[i] = was_xs[i];
            r->p += plen;
        } else if (!read_small_scalar(r, &xs[i])) {
            xs[i] = read_val_shared(r);
        }
    }
    at[n] = (uint32_t)(r->p - start);
}

bool val_decode_like(arena *a, const uint8_t *bytes, uint32_t len, val was, const uint8_t *was_bytes,
                     const uint32_t *was_parts, val *out, uint32_t **parts, val_domains *domains)
{
    uint32_t n = val_parts(was), head = was_parts ? was_parts[0] : 0;
    if (!was_parts || !n || head > len || memcmp(bytes, was_bytes, head) != 0)
        return val_decode_parts(a, bytes, len, out, parts, domains);
    reader r = {.p = bytes + head, .end = bytes + len, .a = a, .domains = domains};
    val v = {.kind = was.kind};
    *parts = arena_alloc(a, sizeof(uint32_t) * (n + 1));
    if (was.kind == VAL_FUNC) {
        val_fn *f = arena_alloc(a, sizeof(val_fn));
        f->n = n;
        f->dom = was.u.fn->dom;   /* the same domain bytes */
        f->rng = arena_alloc(a, sizeof(val) * (n + 1));
        read_parts_like(&r, f->rng, n, bytes, *parts, was.u.fn->rng, was_bytes, was_parts);
        v.u.fn = f;
    } else {   /* a set or a sequence, which share their layout */
        val_set *s = arena_alloc(a, sizeof(val_set) + n * sizeof(val));
        s->n = n;
        read_parts_like(&r, s->elems, n, bytes, *parts, was.u.set->elems, was_bytes, was_parts);
        v.u.set = s;
    }
    *out = v;
    return !r.bad && r.p == r.end;
}

/* Past the next `count` values' bytes, without building them: a count of the values still to pass,
 * rather than a recursion per member (or a call per value of a run). */
static void skip_vals(reader *r, uint64_t count)
{
    const uint8_t *p = r->p, *end = r->end;
    uint64_t left = count;
    while (left) {
        if (p >= end) break;
        uint8_t tag = *p++;
        left--;
        if (tag == VAL_TAG_FALSE || tag == VAL_TAG_TRUE) continue;
        if (tag == VAL_TAG_INT || tag == VAL_TAG_MODEL || tag == VAL_TAG_STR) {   /* a varint (a string's rank) */
            while (p < end && (*p & 0x80)) p++;
            p++;
            continue;
        }
        if (tag != VAL_TAG_SET && tag != VAL_TAG_SEQ && tag != VAL_TAG_FUNC) {
            left++;
            break;
        }
        r->p = p;
        uint64_t n = get_varint(r);
        p = r->p;
        if (tag == VAL_TAG_SET && n == UINT32_MAX) {
            val v;
            if (end - p < (ptrdiff_t)sizeof v.u.lazy) {
                left++;
                break;
            }
            p += sizeof v.u.lazy;
            continue;
        }
        if (n > (uint64_t)(end - p)) {
            left++;
            break;
        }
        if (tag == VAL_TAG_FUNC) {   /* past the domain at once: its length is written */
            uint64_t dlen = get_varint(r);
            p = r->p;
            if (dlen > (uint64_t)(end - p)) {
                left++;
                break;
            }
            p += dlen;
        }
        left += n;
    }
    r->p = p;
    if (left || p > end) r->bad = true;   /* a break above: bytes that are no value */
}

const uint8_t *val_bytes_skip(const uint8_t *p, const uint8_t *end, uint64_t count)
{
    reader r = {.p = p, .end = end};
    skip_vals(&r, count);
    return r.bad ? NULL : r.p;
}

static void skip_val(reader *r) { skip_vals(r, 1); }

/* skip_val, a Boolean or a scalar whose varint is one byte (most members) passed in line. */
static inline void skip_one(reader *r)
{
    const uint8_t *p = r->p;
    if (p < r->end && (*p == VAL_TAG_FALSE || *p == VAL_TAG_TRUE)) r->p = p + 1;
    else if (r->end - p >= 2 && (*p == VAL_TAG_INT || *p == VAL_TAG_MODEL || *p == VAL_TAG_STR) && !(p[1] & 0x80)) r->p = p + 2;
    else skip_vals(r, 1);
}

/* ---- writing a value like another one ------------------------------------------------------------
 *
 * A successor's variable is usually its predecessor's with a few parts changed (an EXCEPT, a message
 * added to a set, an element appended): the parts it shares with the old value, the very same
 * values, have the old value's bytes, which are copied rather than written again. Equal values have
 * equal bytes, so what comes out is val_serialize's. */

/* `last`, passed along the functions below: the old value being read is the last one before r->end
 * (a variable's or a part's bytes, found by their offsets, or the last member of such a value), so
 * its bytes still to copy are those up to r->end, without walking them to find where they end. */
static void put_like(val_buf *b, val v, val was, reader *r, bool last);

/* Copy the old value's next value, whole. */
static void copy_next(val_buf *b, reader *r, bool last)
{
    const uint8_t *from = r->p;
    if (last) r->p = r->end;
    else skip_val(r);
    put(b, from, (size_t)(r->p - from));
}

static bool same_value(const val *x, const val *y) { return x->kind == y->kind && x->u.i == y->u.i; }

/* Do two functions of the same size have the same domain, so the same domain bytes? The very same
 * array, or members that are the very same values (a function built anew on a domain a decoded one
 * shares, like `[k \in Key |-> NoVal]` put where a decoded state had one); false when unsure. */
static bool same_domain(const val_fn *f, const val_fn *g)
{
    if (f->n != g->n) return false;
    if (f->dom == g->dom) return true;
    for (uint32_t i = 0; i < f->n; i++)
        if (!same_value(&f->dom[i], &g->dom[i])) return false;
    return true;
}

/* A run of the old value's parts that the new one has unchanged: its first byte, and how many values
 * it has (passed at once when the run ends). */
typedef struct run { const uint8_t *from; uint64_t n; } run;

static inline void run_add(run *u, const reader *r)
{
    if (!u->n) u->from = r->p;
    u->n++;
}

/* The run's bytes, copied at once; the reader is past them. `to_end`: the run ends with the old
 * value, itself `last` (its end is r->end). */
static void flush_copy(val_buf *b, reader *r, run *u, bool to_end)
{
    if (!u->n) return;
    if (to_end) r->p = r->end;
    else skip_vals(r, u->n);
    put(b, u->from, (size_t)(r->p - u->from));
    u->n = 0;
}

/* The old value's next value passed unwritten. */
static inline void pass_old(reader *r, bool last)
{
    if (last) r->p = r->end;
    else skip_one(r);
}

/* A value put_scalar writes. */
static inline bool is_immediate(const val *v)
{
    return v->kind == VAL_BOOL || v->kind == VAL_INT || v->kind == VAL_STR || v->kind == VAL_MODEL;
}

/* A set or sequence of at most SMALL_ARRAY immediate values (SimpleRegular's `{0, 1}`): written anew,
 * which costs less than pairing its members with the old value's (put_like's val_compare calls). The
 * bytes are the same either way (val_serialize's). */
enum { SMALL_ARRAY = 16 };

static inline bool put_small_array(val_buf *b, const val *v)
{
    if (v->kind != VAL_SET && v->kind != VAL_SEQ) return false;
    const val_set *s = v->u.set;   /* val_set and val_seq share their layout */
    if (s->n > SMALL_ARRAY) return false;
    for (uint32_t i = 0; i < s->n; i++)
        if (!is_immediate(&s->elems[i])) return false;
    put_tagged(b, v->kind == VAL_SET ? VAL_TAG_SET : VAL_TAG_SEQ, s->n);
    for (uint32_t i = 0; i < s->n; i++) put_scalar(b, &s->elems[i]);
    return true;
}

/* Is v a function on the old value's domain whose range is at most SMALL_ARRAY immediate values (a
 * record of scalars, KeyValueStore's `snapshotStore[t]`)? put_small_function writes it. */
static inline bool is_small_function_like(const val *v, const val *was)
{
    if (v->kind != VAL_FUNC || was->kind != VAL_FUNC || v->u.fn->n > SMALL_ARRAY) return false;
    for (uint32_t i = 0; i < v->u.fn->n; i++)
        if (!is_immediate(&v->u.fn->rng[i])) return false;
    return same_domain(v->u.fn, was->u.fn);
}

/* Such a function: the old value's tag, size and domain bytes copied (the same domain, the same bytes)
 * and the range written anew, which costs less than pairing it with the old range. The old value's
 * bytes are [old, end). */
static inline void put_small_function(val_buf *b, const val_fn *f, const uint8_t *old, const uint8_t *end)
{
    reader r = {.p = old + 1, .end = end};   /* past the tag: the size's and the domain length's varints */
    get_varint(&r);
    uint64_t dlen = get_varint(&r);
    put(b, old, (size_t)(r.p - old) + dlen);
    for (uint32_t i = 0; i < f->n; i++) put_scalar(b, &f->rng[i]);
}

/* The old value's members [j, n) passed unwritten. */
static void skip_rest(reader *r, uint64_t count, bool last)
{
    if (last) r->p = r->end;
    else if (count) skip_vals(r, count);
}

/* Members of two sets, in order: the new set's members found in the old one have its bytes. */
static void put_set_like(val_buf *b, const val_set *v, const val_set *was, reader *r, bool last)
{
    put_tagged(b, VAL_TAG_SET, v->n);
    uint32_t i = 0, j = 0;
    run u = {0};
    while (i < v->n && j < was->n) {
        int c = same_value(&v->elems[i], &was->elems[j]) ? 0 : val_compare(v->elems[i], was->elems[j]);
        if (c == 0) {
            run_add(&u, r);
            i++, j++;
            continue;
        }
        flush_copy(b, r, &u, false);
        if (c < 0) {
            val_serialize(v->elems[i++], b);
        } else {
            skip_val(r);
            j++;
        }
    }
    flush_copy(b, r, &u, last && j == was->n);
    skip_rest(r, was->n - j, last);
    put_values(b, v->elems + i, v->n - i);
}

/* Values at the same places (a sequence's elements, the range of a function on the same domain). */
static void put_run_like(val_buf *b, const val *v, uint32_t nv, const val *was, uint32_t nwas, reader *r, bool last)
{
    uint32_t both = nv < nwas ? nv : nwas;
    run u = {0};
    for (uint32_t i = 0; i < both; i++) {
        if (same_value(&v[i], &was[i])) {
            run_add(&u, r);
            continue;
        }
        flush_copy(b, r, &u, false);
        if (is_immediate(&v[i])) {   /* put_like's last case, without its tests */
            pass_old(r, last && i + 1 == nwas);
            put_scalar(b, &v[i]);
            continue;
        }
        put_like(b, v[i], was[i], r, last && i + 1 == nwas);
    }
    flush_copy(b, r, &u, last && both == nwas);
    if (nwas > both) skip_rest(r, nwas - both, last);
    if (nv > both) put_values(b, v + both, nv - both);
}

/* Is v the old sequence without its first nwas - nv elements, the very same values (Tail, SubSeq to
 * the end: a message received from a channel)? Its elements are then the old ones' bytes past them,
 * where put_run_like, pairing element i with old element i, would write each one again. */
static bool is_dropped_prefix(const val *v, uint32_t nv, const val *was, uint32_t nwas)
{
    if (!nv || nv >= nwas) return false;
    const val *rest = was + (nwas - nv);
    for (uint32_t i = 0; i < nv; i++)
        if (!same_value(&v[i], &rest[i])) return false;
    return true;
}

static void put_like(val_buf *b, val v, val was, reader *r, bool last)
{
    if (same_value(&v, &was)) {
        copy_next(b, r, last);
        return;
    }
    if (v.kind == was.kind && v.kind == VAL_SET) {
        r->p++;   /* the tag */
        get_varint(r);
        put_set_like(b, v.u.set, was.u.set, r, last);
        return;
    }
    if (v.kind == was.kind && v.kind == VAL_SEQ) {
        r->p++;
        get_varint(r);
        put_tagged(b, VAL_TAG_SEQ, v.u.seq->n);
        if (is_dropped_prefix(v.u.seq->elems, v.u.seq->n, was.u.seq->elems, was.u.seq->n)) {
            skip_vals(r, was.u.seq->n - v.u.seq->n);
            run u = {r->p, v.u.seq->n};
            flush_copy(b, r, &u, last);
            return;
        }
        put_run_like(b, v.u.seq->elems, v.u.seq->n, was.u.seq->elems, was.u.seq->n, r, last);
        return;
    }
    if (last && is_small_function_like(&v, &was)) {
        put_small_function(b, v.u.fn, r->p, r->end);
        r->p = r->end;
        return;
    }
    if (v.kind == was.kind && v.kind == VAL_FUNC && same_domain(v.u.fn, was.u.fn)) {
        const uint8_t *from = r->p;   /* the same domain: the same tag, size and domain bytes */
        r->p++;
        get_varint(r);
        uint64_t dlen = get_varint(r);
        r->p += dlen;
        put(b, from, (size_t)(r->p - from));
        put_run_like(b, v.u.fn->rng, v.u.fn->n, was.u.fn->rng, was.u.fn->n, r, last);
        return;
    }
    pass_old(r, last);
    if (!put_scalar(b, &v)) val_serialize(v, b);
}

uint32_t val_parts(val v)
{
    switch (v.kind) {
    case VAL_SET: case VAL_SEQ: return v.u.set->n;   /* val_set and val_seq share their layout */
    case VAL_FUNC: return v.u.fn->n;
    default: return 0;
    }
}

/* The offsets of a sequence's or function's n values in bytes, r past their count (and, for a
 * function, at its domain's length: the domain is skipped), and the end's; false when the bytes do
 * not end there. */
static bool list_offsets(reader *r, const uint8_t *bytes, bool function, uint32_t n, uint32_t *offsets)
{
    if (function) {
        uint64_t dlen = get_varint(r);
        if (dlen > (uint64_t)(r->end - r->p)) return false;
        r->p += dlen;
    }
    for (uint32_t i = 0; i < n; i++) {
        offsets[i] = (uint32_t)(r->p - bytes);
        skip_val(r);
    }
    offsets[n] = (uint32_t)(r->p - bytes);
    return !r->bad && r->p == r->end;
}

bool val_part_offsets(const uint8_t *bytes, uint32_t len, val was, uint32_t *offsets)
{
    uint32_t n = val_parts(was);
    reader r = {.p = bytes, .end = bytes + len};
    if (!n || !len || (*r.p++ == VAL_TAG_FUNC) != (was.kind == VAL_FUNC) || get_varint(&r) != n) return false;
    return list_offsets(&r, bytes, was.kind == VAL_FUNC, n, offsets);
}

bool val_range_offsets(const uint8_t *bytes, uint32_t len, uint32_t max, uint32_t *offsets, uint32_t *n)
{
    reader r = {.p = bytes, .end = bytes + len};
    if (!len || (*bytes != VAL_TAG_SEQ && *bytes != VAL_TAG_FUNC)) return false;
    uint8_t tag = *r.p++;
    uint64_t count = get_varint(&r);
    if (count > max || count > (uint64_t)(r.end - r.p)) return false;
    *n = (uint32_t)count;
    return list_offsets(&r, bytes, tag == VAL_TAG_FUNC, *n, offsets);
}

/* Members of two sets, the old one's found by their offsets: runs of shared members copied at once. */
static void put_set_at(val_buf *out, const val_set *s, const val_set *t, const uint8_t *bytes, const uint32_t *offsets)
{
    put_tagged(out, VAL_TAG_SET, s->n);
    uint32_t i = 0, j = 0, from = UINT32_MAX;   /* old members [from, j) are copied, at once */
    while (i < s->n && j < t->n) {
        int c = same_value(&s->elems[i], &t->elems[j]) ? 0 : val_compare(s->elems[i], t->elems[j]);
        if (c == 0) {
            if (from == UINT32_MAX) from = j;
            i++, j++;
            continue;
        }
        if (from != UINT32_MAX) put(out, bytes + offsets[from], offsets[j] - offsets[from]), from = UINT32_MAX;
        if (c < 0) val_serialize(s->elems[i++], out);
        else j++;
    }
    if (from != UINT32_MAX) put(out, bytes + offsets[from], offsets[j] - offsets[from]);
    put_values(out, s->elems + i, s->n - i);
}

/* Values at the same places (put_run_like's), the old ones found by their offsets: each run of unchanged
 * values is found by a scan of its own and copied at once, a changed value is written at once where it
 * is immediate or a small array of such, else like the old one from its own bytes. */
static void put_run_at(val_buf *out, const val *v, uint32_t nv, const val *was, uint32_t nwas, const uint8_t *bytes,
                       const uint32_t *offsets)
{
    uint32_t both = nv < nwas ? nv : nwas;
    for (uint32_t i = 0; i < both; i++) {
        uint32_t from = i;
        while (i < both && same_value(&v[i], &was[i])) i++;
        if (i > from) put(out, bytes + offsets[from], offsets[i] - offsets[from]);
        if (i == both) break;
        if (put_scalar(out, &v[i]) || put_small_array(out, &v[i])) continue;   /* the old bytes passed by offsets */
        reader r = {.p = bytes + offsets[i], .end = bytes + offsets[i + 1]};
        put_like(out, v[i], was[i], &r, true);
    }
    if (nv > both) put_values(out, v + both, nv - both);
}

bool val_serialize_parts_like(val v, val was, const uint8_t *bytes, const uint32_t *offsets, val_buf *out)
{
    if (v.kind != was.kind) return false;
    const val *xs, *was_xs;   /* the values at the same places: one call of put_run_at, in line */
    uint32_t n, was_n;
    switch (v.kind) {
    case VAL_SET: put_set_at(out, v.u.set, was.u.set, bytes, offsets); return true;
    case VAL_SEQ:
        put_tagged(out, VAL_TAG_SEQ, v.u.seq->n);
        xs = v.u.seq->elems, n = v.u.seq->n, was_xs = was.u.seq->elems, was_n = was.u.seq->n;
        break;
    case VAL_FUNC:
        if (!same_domain(v.u.fn, was.u.fn)) return false;
        put(out, bytes, offsets[0]);   /* the same domain: the same tag, size and domain bytes */
        xs = v.u.fn->rng, n = v.u.fn->n, was_xs = was.u.fn->rng, was_n = was.u.fn->n;
        break;
    default: return false;
    }
    put_run_at(out, xs, n, was_xs, was_n, bytes, offsets);
    return true;
}

void val_serialize_like(val v, val was, const uint8_t *bytes, uint32_t len, val_buf *out)
{
    if (!same_value(&v, &was) && put_scalar(out, &v)) return;   /* put_like's last case, without its reader */
    reader r = {.p = bytes, .end = bytes + len};
    put_like(out, v, was, &r, true);
}

bool val_state_offsets(const uint8_t *bytes, uint32_t len, uint32_t n, uint32_t *offsets)
{
    reader r = {.p = bytes, .end = bytes + len};
    for (uint32_t i = 0; i < n; i++) {
        offsets[i] = (uint32_t)(r.p - bytes);
        skip_val(&r);
    }
    offsets[n] = (uint32_t)(r.p - bytes);
    return !r.bad && r.p == r.end;
}

bool val_decode_shared(arena *a, const uint8_t *bytes, uint32_t len, val *out, val_domains *domains)
{
    reader r = {.p = bytes, .end = bytes + len, .a = a, .domains = domains};
    *out = len <= SHARED_WHOLE_BYTES ? read_val_shared(&r) : read_val(&r);
    return !r.bad && r.p == r.end;
}

bool val_state_deserialize(arena *a, const uint8_t *bytes, uint32_t len, val *vars, uint32_t n)
{
    return val_state_deserialize_at(a, bytes, len, vars, n, NULL);
}

/* ---- symmetry ----------------------------------------------------------------------------------- */

static bool permuted(arena *a, const val *v, val *out, const val *image, uint32_t nimage);

/* Elements are permuted into a copy made only once one of them changes, so values without model
 * values (most of a state, usually) come back as they are, without re-sorting: NULL then. */
static val *permute_all(arena *a, const val *in, uint32_t k, const val *image, uint32_t nimage)
{
    val *out = NULL;
    for (uint32_t i = 0; i < k; i++) {
        val x;
        /* booleans, integers and strings stay, seen without a call */
        if (in[i].kind <= VAL_STR || !permuted(a, &in[i], &x, image, nimage)) {
            if (out) out[i] = in[i];
            continue;
        }
        if (!out) {
            out = arena_alloc(a, sizeof(val) * (k + 1));
            memcpy(out, in, sizeof(val) * i);
        }
        out[i] = x;
    }
    return out;
}

static val func_on(arena *a, uint32_t n, val *dom, val *rng)
{
    val_fn *g = arena_alloc(a, sizeof(val_fn));
    *g = (val_fn){n, dom, rng};
    val out = {.kind = VAL_FUNC};
    out.u.fn = g;
    return out;
}

/* Where x is among the n sorted values of dom; false if it is not there. */
static bool find_sorted(const val *dom, uint32_t n, val x, uint32_t *at)
{
    uint32_t lo = 0, hi = n;
    while (lo < hi) {
        uint32_t mid = lo + (hi - lo) / 2;
        int c = val_compare(dom[mid], x);
        if (c == 0) return *at = mid, true;
        if (c < 0) lo = mid + 1;
        else hi = mid;
    }
    return false;
}

/* A permutation usually maps a function's domain onto itself ([Node -> S], [Node \X Node -> S]):
 * then the image keeps the sorted domain, shared, and only the range moves, without a sort. The
 * images of distinct points are distinct, so finding each one in the domain makes a bijection. */
static bool image_on_same_domain(arena *a, const val_fn *f, const val *dom, const val *rng, val *out)
{
    val *r = arena_alloc(a, sizeof(val) * (f->n + 1));
    for (uint32_t i = 0; i < f->n; i++) {
        uint32_t at;
        if (!find_sorted(f->dom, f->n, dom[i], &at)) return false;
        r[at] = rng[i];
    }
    *out = func_on(a, f->n, f->dom, r);
    return true;
}

/* f with its domain and range permuted into dom and rng (NULL where they are unchanged). */
static val func_image(arena *a, const val_fn *f, val *dom, val *rng)
{
    val out;
    if (dom) {
        if (!image_on_same_domain(a, f, dom, rng ? rng : f->rng, &out)) val_func_make(a, dom, rng ? rng : f->rng, f->n, &out);
        return out;
    }
    /* the same domain (a record's, say): still sorted, shared */
    return func_on(a, f->n, f->dom, rng);
}

/* v's image into *out; false, leaving *out alone, when the image is v. Values are read and written
 * in place rather than passed around whole: this runs for every part of every state, and 16-byte
 * values rebuilt from their fields stall the loads that follow. */
static bool permuted(arena *a, const val *v, val *out, const val *image, uint32_t nimage)
{
    switch (v->kind) {
    case VAL_MODEL:
        if (v->index >= nimage || image[v->index].kind == VAL_NONE) return false;
        *out = image[v->index];
        return true;
    case VAL_SET: case VAL_SEQ: {
        val *xs = permute_all(a, v->u.set->elems, v->u.set->n, image, nimage);
        if (!xs) return false;
        *out = v->kind == VAL_SET ? val_set_make(a, xs, v->u.set->n) : val_seq_make(a, xs, v->u.seq->n);
        out->hint = v->hint;   /* a function keeps the form it was built in */
        return true;
    }
    case VAL_FUNC: {
        val *d = permute_all(a, v->u.fn->dom, v->u.fn->n, image, nimage);
        val *r = permute_all(a, v->u.fn->rng, v->u.fn->n, image, nimage);
        if (!d && !r) return false;
        *out = func_image(a, v->u.fn, d, r);
        out->hint = v->hint;
        return true;
    }
    case VAL_LAZY: {
        val e;
        return val_enumerate(a, *v, &e) == VAL_OK && permuted(a, &e, out, image, nimage);
    }
    default: return false;
    }
}

val val_permute(arena *a, val v, const val *image, uint32_t nimage)
{
    val out;
    return permuted(a, &v, &out, image, nimage) ? out : v;
}

/* ---- printing ----------------------------------------------------------------------------------- */

static void print_string(FILE *out, const char *s)
{
    fputc('"', out);
    for (; *s; s++) {
        switch (*s) {
        case '"': fputs("\\\"", out); break;
        case '\\': fputs("\\\\", out); break;
        case '\n': fputs("\\n", out); break;
        case '\t': fputs("\\t", out); break;
        case '\f': fputs("\\f", out); break;
        case '\r': fputs("\\r", out); break;
        default: fputc(*s, out);
        }
    }
    fputc('"', out);
}

/* Elements in canonical order, which is TLC's (strings by rank, model values first). */
static void print_set(FILE *out, const val *xs, uint32_t n)
{
    fputc('{', out);
    for (uint32_t i = 0; i < n; i++) {
        if (i) fputs(", ", out);
        val_print(out, xs[i]);
    }
    fputc('}', out);
}

static void print_list(FILE *out, const val *xs, uint32_t n, const char *sep)
{
    for (uint32_t i = 0; i < n; i++) {
        if (i) fputs(sep, out);
        val_print(out, xs[i]);
    }
}

/* A string TLC prints as a record field: letters, digits and underscores with a letter among them,
 * and not WF_x or SF_x (non-ASCII bytes count as letters, as Java's letters cover them). */
static bool is_field_name(const char *s)
{
    bool letter = false;
    for (const char *p = s; *p; p++) {
        unsigned char c = (unsigned char)*p;
        if (c == '_' || (c >= '0' && c <= '9')) continue;
        if (!(c >= 0x80 || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'))) return false;
        letter = true;
    }
    return letter && (strlen(s) < 4 || (strncmp(s, "WF_", 3) && strncmp(s, "SF_", 3)));
}

/* TLC prints a function as a record when every element of its domain is a field name. */
static bool is_record(const val_fn *f)
{
    if (f->n == 0) return false;
    for (uint32_t i = 0; i < f->n; i++)
        if (f->dom[i].kind != VAL_STR || !is_field_name(f->dom[i].u.s)) return false;
    return true;
}

static void print_lazy(FILE *out, const val_lazy *l)
{
    switch (l->kind) {
    case LAZY_INTERVAL: fprintf(out, "%lld..%lld", (long long)l->lo, (long long)l->hi); return;
    case LAZY_NAT: fputs("Nat", out); return;
    case LAZY_INT: fputs("Int", out); return;
    case LAZY_STRING: fputs("STRING", out); return;
    case LAZY_POWERSET: fputs("SUBSET ", out); val_print(out, l->parts[0]); return;
    case LAZY_SEQSET: fputs("Seq(", out); val_print(out, l->parts[0]); fputc(')', out); return;
    case LAZY_FUNCSET:
        fputc('[', out);
        val_print(out, l->parts[0]);
        fputs(" -> ", out);
        val_print(out, l->parts[1]);
        fputc(']', out);
        return;
    case LAZY_RECSET:
        fputc('[', out);
        for (uint32_t i = 0; i < l->n; i++) {
            fprintf(out, "%s%s : ", i ? ", " : "", l->names[i]);
            val_print(out, l->parts[i]);
        }
        fputc(']', out);
        return;
    case LAZY_PRODUCT: print_list(out, l->parts, l->n, " \\X "); return;
    case LAZY_CUP: case LAZY_CAP: case LAZY_MINUS:
        fputc('(', out);
        val_print(out, l->parts[0]);
        fputs(l->kind == LAZY_CUP ? " \\cup " : l->kind == LAZY_CAP ? " \\cap " : " \\ ", out);
        val_print(out, l->parts[1]);
        fputc(')', out);
        return;
    case LAZY_BIGUNION: fputs("UNION ", out); val_print(out, l->parts[0]); return;
    case LAZY_ANY: fputs("ANY", out); return;
    case LAZY_FILTER:
        fputs("{x \\in ", out);
        val_print(out, l->parts[0]);
        fprintf(out, " : %s}", l->filter->text);
        return;
    }
}

void val_print(FILE *out, val v)
{
    switch (v.kind) {
    case VAL_BOOL: fputs(v.u.b ? "TRUE" : "FALSE", out); return;
    case VAL_INT: fprintf(out, "%lld", (long long)v.u.i); return;
    case VAL_STR: print_string(out, v.u.s); return;
    case VAL_MODEL: fputs(v.u.s, out); return;
    case VAL_SET: print_set(out, v.u.set->elems, v.u.set->n); return;
    case VAL_SEQ:
        fputs("<<", out);
        print_list(out, v.u.seq->elems, v.u.seq->n, ", ");
        fputs(">>", out);
        return;
    case VAL_FUNC: {
        const val_fn *f = v.u.fn;
        bool record = is_record(f);
        fputc(record ? '[' : '(', out);
        for (uint32_t i = 0; i < f->n; i++) {
            if (record) {
                fprintf(out, "%s%s |-> ", i ? ", " : "", f->dom[i].u.s);
            } else {
                if (i) fputs(" @@ ", out);
                val_print(out, f->dom[i]);
                fputs(" :> ", out);
            }
            val_print(out, f->rng[i]);
        }
        fputc(record ? ']' : ')', out);
        return;
    }
    case VAL_LAZY: {
        /* TLC prints finite sets by their elements (intervals stay a..b) */
        arena *scratch = &val__scratch.print;
        arena_mark mark = arena_save(scratch);   /* nested lazy sets print inside this one */
        val e;
        if (v.u.lazy->kind != LAZY_INTERVAL && val_enumerate(scratch, v, &e) == VAL_OK) val_print(out, e);
        else print_lazy(out, v.u.lazy);
        arena_restore(scratch, mark);
        return;
    }
    default: fputs("<none>", out); return;
    }
}

char *val_to_string(arena *a, val v)
{
    char *buf = NULL;
    size_t n = 0;
    FILE *f = open_memstream(&buf, &n);
    val_print(f, v);
    fclose(f);
    char *s = arena_strndup(a, buf, n);
    free(buf);
    return s;
}
