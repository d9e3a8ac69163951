/* defcache.c - the values of chosen parameterless state-level definitions, and of chosen static
 * instances' substitutions, kept across states, keyed by the bytes of the variables they read.
 *
 * A refinement mapping (`token == LET ... CHOOSE ...` substituted for an abstract variable) is
 * evaluated in both states of every step an action property or a label is checked on, while it
 * reads only a few variables whose values repeat across many states (EWD998PCal: 304 values of
 * `network` in 20,870 states). The model names such definitions and the variables each reads
 * (eval_def_keyed, set-up only) and, while it evaluates in a state whose bytes it has, says where
 * they are (eval_state_bytes); a worker then keeps each value it computes, copied into an arena of
 * its own, under the definition and those variables' bytes (equal bytes are equal values), and
 * finds it again in any other state where they have the same bytes. Values holding a lazy set are
 * not kept (a filter is tied to the scratch memory it was made in). The table is open-addressed (linear
 * probing) and doubles once half its slots are held, so no entry evicts another (EWD998PCal keeps
 * ~7,200 keys a worker: direct-mapped in 16,384 slots, the ~1,400 pairs sharing a slot evicted each
 * other 53,580 times, each a value computed again); once its arena passes its budget, or its slots
 * their limit, nothing more is kept until the worker's next reset, which starts it afresh (values
 * found in it may be in use until then). */
#include "eval_internal.h"

#include <stdlib.h>
#include <string.h>
#include <xxhash.h>

enum { DC_FIRST_SLOTS = 16384, DC_MAX_SLOTS = 1u << 17, DC_BUDGET = 16u << 20, DC_DOMAINS = 4 };

typedef struct dc_entry { uint64_t hash; const uint8_t *key; uint32_t len; uint32_t def; val v; } dc_entry;

struct eval_def_cache {
    dc_entry *slots;
    uint32_t nslots, held;           /* slots, a power of two; those holding an entry */
    arena mem;
    size_t used;
    bool full;                       /* past the budget: emptied at the next reset */
    VEC(uint8_t) key;
    /* the integer domains of the last functions kept (in mem), for the next ones to share */
    const val *domains[DC_DOMAINS];
    uint32_t domain_len[DC_DOMAINS], next_domain;
};

/* The variables a kept value is found by, as bits, and after them a word for make_key: the index + 1
 * of the one variable they hold, or 0 when they hold none or several. */
static const uint64_t *keyed_vars(eval_program *ep, const uint64_t *vars)
{
    uint32_t words = ep->sema->nvars / 64 + 1, one = 0;
    uint64_t *copy = arena_alloc(&ep->perm, sizeof(uint64_t) * (words + 1));
    memcpy(copy, vars, sizeof(uint64_t) * words);
    for (uint32_t i = 0; i < words; i++) {
        if (!vars[i]) continue;
        bool alone = !one && !(vars[i] & (vars[i] - 1));
        one = alone ? i * 64 + (uint32_t)__builtin_ctzll(vars[i]) + 1 : UINT32_MAX;
    }
    copy[words] = one == UINT32_MAX ? 0 : one;
    return copy;
}

void eval_def_keyed(eval_program *ep, const sema_def *d, const uint64_t *vars)
{
    if (!ep->def_vars) ep->def_vars = util_xcalloc(ep->ndefs ? ep->ndefs : 1, sizeof *ep->def_vars);
    ep->def_vars[d->id] = keyed_vars(ep, vars);
}

bool eval_subst_keyed(eval_program *ep, const syn_expr *sub, const uint64_t *vars)
{
    for (size_t i = 0; i < ep->subst_keyed.len; i++)
        if (ep->subst_keyed.items[i].sub == sub) return false;
    VEC_PUSH(ep->subst_keyed, ((struct subst_keyed){sub, keyed_vars(ep, vars)}));
    return true;
}

void eval_state_bytes(eval_worker *w, bool next, const val *vals, const uint8_t *bytes, const uint32_t *offsets)
{
    w->bytes_view[next] = (eval_bytes_view){vals, bytes, offsets};
}

void eval_def_cache_trim(eval_def_cache *c)
{
    if (!c || !c->full) return;
    memset(c->slots, 0, sizeof *c->slots * c->nslots);
    c->held = 0;
    memset(c->domains, 0, sizeof c->domains);
    arena_reset(&c->mem);
    c->used = 0;
    c->full = false;
}

void eval_def_cache_free(eval_def_cache *c)
{
    if (!c) return;
    arena_free(&c->mem);
    free(c->slots);
    VEC_FREE(c->key);
    free(c);
}

/* The key of what `id` names (a definition's id, or ndefs + i for the i-th kept substitution) in the
 * view's state: where it reads one variable, that variable's bytes where they stand (no copy; the id
 * mixed into the hash, and compared as the entry's `def`); else the id and the bytes of its
 * variables `vars`, copied into the cache's key buffer. False when the evaluation is not in the state
 * the view describes. */
typedef struct dc_key { const uint8_t *bytes; uint32_t len; uint64_t hash; } dc_key;

static bool make_key(eval_worker *w, uint32_t id, const uint64_t *vars, bool primed, dc_key *k)
{
    const eval_bytes_view *view = &w->bytes_view[primed];
    if (!view->vals || view->vals != (primed ? w->next : w->state)) return false;
    if (!w->def_cache) {
        w->def_cache = util_xcalloc(1, sizeof *w->def_cache);
        w->def_cache->nslots = DC_FIRST_SLOTS;
        w->def_cache->slots = util_xcalloc(DC_FIRST_SLOTS, sizeof *w->def_cache->slots);
        arena_init(&w->def_cache->mem);
    }
    uint64_t one = vars[w->ep->sema->nvars / 64 + 1];   /* (keyed_vars) */
    if (one--) {
        k->bytes = view->bytes + view->offsets[one];
        k->len = view->offsets[one + 1] - view->offsets[one];
        k->hash = XXH3_64bits(k->bytes, k->len) ^ ((uint64_t)(id + 1) * 0x9E3779B97F4A7C15u);
        return true;
    }
    eval_def_cache *c = w->def_cache;
    c->key.len = 0;
    VEC_RESERVE(c->key, sizeof id);
    memcpy(c->key.items, &id, sizeof id);
    c->key.len = sizeof id;
    for (uint32_t i = 0; i < w->ep->sema->nvars; i++) {
        if (!(vars[i / 64] >> (i % 64) & 1)) continue;
        uint32_t len = view->offsets[i + 1] - view->offsets[i];
        VEC_RESERVE(c->key, c->key.len + len);
        memcpy(c->key.items + c->key.len, view->bytes + view->offsets[i], len);
        c->key.len += len;
    }
    *k = (dc_key){c->key.items, (uint32_t)c->key.len, XXH3_64bits(c->key.items, c->key.len)};
    return true;
}

/* The slot holding id's entry of key k, or else the empty slot where it would go. */
static dc_entry *slot_of(const eval_def_cache *c, uint32_t id, const dc_key *k)
{
    for (uint32_t i = (uint32_t)k->hash;; i++) {
        dc_entry *e = &c->slots[i & (c->nslots - 1)];
        if (!e->key || (e->hash == k->hash && e->def == id && e->len == k->len && memcmp(e->key, k->bytes, k->len) == 0))
            return e;
    }
}

/* Twice the slots, each entry moved to where its hash now leads. */
static void grow(eval_def_cache *c)
{
    dc_entry *old = c->slots;
    uint32_t n = c->nslots;
    c->nslots = n * 2;
    c->slots = util_xcalloc(c->nslots, sizeof *c->slots);
    for (uint32_t i = 0; i < n; i++) {
        if (!old[i].key) continue;
        uint32_t j = (uint32_t)old[i].hash;
        while (c->slots[j & (c->nslots - 1)].key) j++;
        c->slots[j & (c->nslots - 1)] = old[i];
    }
    free(old);
}

static bool cache_get(eval_worker *w, uint32_t id, const uint64_t *vars, bool primed, val *out)
{
    dc_key k;
    if (!make_key(w, id, vars, primed, &k)) return false;
    const dc_entry *e = slot_of(w->def_cache, id, &k);
    if (!e->key) return false;
    *out = e->v;
    return true;
}

/* Can v be kept (no lazy set in it)? *size grows by about the bytes a copy takes. */
static bool keepable(val v, size_t *size)
{
    *size += sizeof(val);
    switch (v.kind) {
    case VAL_LAZY: return false;
    case VAL_SET:
        for (uint32_t i = 0; i < v.u.set->n; i++)
            if (!keepable(v.u.set->elems[i], size)) return false;
        return true;
    case VAL_SEQ:
        for (uint32_t i = 0; i < v.u.seq->n; i++)
            if (!keepable(v.u.seq->elems[i], size)) return false;
        return true;
    case VAL_FUNC:
        for (uint32_t i = 0; i < v.u.fn->n; i++)
            if (!keepable(v.u.fn->dom[i], size) || !keepable(v.u.fn->rng[i], size)) return false;
        return true;
    default: return true;
    }
}

/* A function f just copied into the cache whose domain, of integers, is one of the last kept takes
 * that one's array (else its own is kept for the next): kept values of one definition then share their
 * domain (EWD998PCal's `pending`, [Node -> Nat]), which their comparisons do not walk (value.c). */
static void share_domain(eval_def_cache *c, val f)
{
    if (f.kind != VAL_FUNC || !f.u.fn->n) return;
    val_fn *fn = (val_fn *)f.u.fn;   /* (the copy is the cache's own) */
    for (uint32_t i = 0; i < fn->n; i++)
        if (fn->dom[i].kind != VAL_INT) return;
    for (uint32_t k = 0; k < DC_DOMAINS; k++)
        if (c->domains[k] && c->domain_len[k] == fn->n && memcmp(c->domains[k], fn->dom, sizeof(val) * fn->n) == 0) {
            fn->dom = (val *)c->domains[k];
            return;
        }
    c->domains[c->next_domain] = fn->dom;
    c->domain_len[c->next_domain] = fn->n;
    c->next_domain = (c->next_domain + 1) % DC_DOMAINS;
}

static void cache_put(eval_worker *w, uint32_t id, const uint64_t *vars, bool primed, val v)
{
    size_t size = 0;
    dc_key k;
    if (!keepable(v, &size) || !make_key(w, id, vars, primed, &k)) return;
    eval_def_cache *c = w->def_cache;
    if (c->used > DC_BUDGET || c->held >= DC_MAX_SLOTS / 2) {
        c->full = true;
        return;
    }
    uint8_t *key = arena_alloc(&c->mem, k.len + 1);   /* (a key of no bytes is still a non-null one) */
    memcpy(key, k.bytes, k.len);
    val copy = val_copy(&c->mem, v);
    share_domain(c, copy);
    dc_entry *e = slot_of(c, id, &k);
    c->held += !e->key;
    *e = (dc_entry){k.hash, key, k.len, id, copy};
    c->used += k.len + size;
    if (c->held > c->nslots / 2 && c->nslots < DC_MAX_SLOTS) grow(c);
}

bool eval_def_cache_get(eval_worker *w, const sema_def *d, bool primed, val *out)
{
    return cache_get(w, d->id, w->ep->def_vars[d->id], primed, out);
}

bool eval_kept_next_value(eval_worker *w, const sema_def *d, const val *next, bool same_step, val *out)
{
    if (w->next != next) return false;
    if (!same_step) w->next_epoch++;   /* the step's per-step memo starts here, as evaluate_step's would */
    if (w->next_epoch_of[d->id] == w->next_epoch) return *out = w->next_memo[d->id], true;
    if (!eval_def_cache_get(w, d, true, out)) return false;
    /* kept in the per-step memo as eval_def keeps d' (is_per_next), for the step's later reads of d' */
    w->next_memo[d->id] = *out;
    w->next_epoch_of[d->id] = w->next_epoch;
    return true;
}

void eval_def_cache_put(eval_worker *w, const sema_def *d, bool primed, val v)
{
    cache_put(w, d->id, w->ep->def_vars[d->id], primed, v);
}

bool eval_subst_cache_get(eval_worker *w, uint32_t i, bool primed, val *out)
{
    return cache_get(w, w->ep->ndefs + i, w->ep->subst_keyed.items[i].vars, primed, out);
}

void eval_subst_cache_put(eval_worker *w, uint32_t i, bool primed, val v)
{
    cache_put(w, w->ep->ndefs + i, w->ep->subst_keyed.items[i].vars, primed, v);
}
