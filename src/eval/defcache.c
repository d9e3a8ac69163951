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

/* An entry: the values kept under one key. The ids kept by one variable alone share their entry (a
 * group: EWD998PCal's `token` and `pending`, both of `network`), `vals` holding one value each
 * (VAL_NONE: not kept yet), so a state's or step's reads of them probe and compare its bytes once;
 * other ids have an entry each (group = the id, one value). */
typedef struct dc_entry { uint64_t hash; const uint8_t *key; uint32_t len; uint32_t group; val *vals; } dc_entry;

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
    uint32_t *group_size;            /* by variable: the values an entry of its group holds */
    /* by state (0) and next state (1): the group and slot of the entry found last in the view's
     * bytes (group + 1; 0: none), forgotten when the view changes (eval_state_bytes) */
    uint32_t last_group[2], last_slot[2];
};

enum { DC_GROUP_BIT = 1u << 31 };   /* a group of one variable: the bit and the variable's index */

/* Which of the ids kept so far by variable i alone (vars' words after the bits) is the last. */
static uint32_t last_member(const eval_program *ep, uint32_t words, uint32_t i)
{
    uint32_t n = 0;
    for (uint32_t d = 0; d < ep->ndefs; d++) {
        const uint64_t *v = ep->def_vars && ep->def_vars[d] ? ep->def_vars[d] : NULL;
        if (v && v[words] == i + 1 && v[words + 1] + 1 > n) n = (uint32_t)v[words + 1] + 1;
    }
    for (size_t k = 0; k < ep->subst_keyed.len; k++) {
        const uint64_t *v = ep->subst_keyed.items[k].vars;
        if (v[words] == i + 1 && v[words + 1] + 1 > n) n = (uint32_t)v[words + 1] + 1;
    }
    return n;
}

/* The variables a kept value is found by, as bits, and after them two words for make_key: the
 * index + 1 of the one variable they hold (0 when they hold none or several), and then its place
 * among the values of that variable's group (set-up only: each new one takes the next place). */
static const uint64_t *keyed_vars(eval_program *ep, const uint64_t *vars)
{
    uint32_t words = ep->sema->nvars / 64 + 1, one = 0;
    uint64_t *copy = arena_alloc(&ep->perm, sizeof(uint64_t) * (words + 2));
    memcpy(copy, vars, sizeof(uint64_t) * words);
    for (uint32_t i = 0; i < words; i++) {
        if (!vars[i]) continue;
        bool alone = !one && !(vars[i] & (vars[i] - 1));
        one = alone ? i * 64 + (uint32_t)__builtin_ctzll(vars[i]) + 1 : UINT32_MAX;
    }
    copy[words] = one == UINT32_MAX ? 0 : one;
    copy[words + 1] = copy[words] ? last_member(ep, words, one - 1) : 0;
    return copy;
}

void eval_def_keyed(eval_program *ep, const sema_def *d, const uint64_t *vars)
{
    if (!ep->def_vars) ep->def_vars = util_xcalloc(ep->ndefs ? ep->ndefs : 1, sizeof *ep->def_vars);
    ep->def_vars[d->id] = keyed_vars(ep, vars);
}

bool eval_subst_keyed(eval_program *ep, const syn_expr *sub, const sema_instance *const *outer, uint32_t nouter,
                      const uint64_t *vars)
{
    struct subst_keyed k = {.sub = sub};
    if (nouter > EVAL_SUBST_OUTER) return false;
    for (uint32_t i = 0; i < nouter; i++) k.outer[i] = outer[i];
    if (eval_subst_keyed_index(ep, sub, k.outer) != UINT32_MAX) return false;
    k.vars = keyed_vars(ep, vars);   /* (before the push: it reads the list) */
    VEC_PUSH(ep->subst_keyed, k);
    return true;
}

uint32_t eval_subst_keyed_index(const eval_program *ep, const syn_expr *sub, const sema_instance *const *outer)
{
    for (uint32_t i = 0; i < ep->subst_keyed.len; i++) {
        const struct subst_keyed *k = &ep->subst_keyed.items[i];
        if (k->sub == sub && !memcmp(k->outer, outer, sizeof k->outer)) return i;
    }
    return UINT32_MAX;
}

void eval_state_bytes(eval_worker *w, bool next, const val *vals, const uint8_t *bytes, const uint32_t *offsets)
{
    w->bytes_view[next] = (eval_bytes_view){vals, bytes, offsets};
    if (w->def_cache) w->def_cache->last_group[next] = 0;
}

void eval_def_cache_trim(eval_def_cache *c)
{
    if (!c || !c->full) return;
    memset(c->slots, 0, sizeof *c->slots * c->nslots);
    c->held = 0;
    memset(c->domains, 0, sizeof c->domains);
    memset(c->last_group, 0, sizeof c->last_group);
    arena_reset(&c->mem);
    c->used = 0;
    c->full = false;
}

void eval_def_cache_free(eval_def_cache *c)
{
    if (!c) return;
    arena_free(&c->mem);
    free(c->slots);
    free(c->group_size);
    VEC_FREE(c->key);
    free(c);
}

/* A worker's cache, its groups' sizes from the ids the model keyed at set-up. */
static eval_def_cache *new_cache(const eval_program *ep)
{
    eval_def_cache *c = util_xcalloc(1, sizeof *c);
    c->nslots = DC_FIRST_SLOTS;
    c->slots = util_xcalloc(DC_FIRST_SLOTS, sizeof *c->slots);
    arena_init(&c->mem);
    uint32_t words = ep->sema->nvars / 64 + 1;
    c->group_size = util_xcalloc(ep->sema->nvars + 1, sizeof *c->group_size);
    for (uint32_t i = 0; i < ep->sema->nvars; i++) c->group_size[i] = last_member(ep, words, i);
    return c;
}

/* The key of what `id` names (a definition's id, or ndefs + i for the i-th kept substitution) in the
 * view's state: where it reads one variable, that variable's bytes where they stand (no copy; the
 * group mixed into the hash, and compared as the entry's), and its place in the group's values;
 * else the id and the bytes of its variables `vars`, copied into the cache's key buffer. */
typedef struct dc_key { const uint8_t *bytes; uint32_t len, group, member; uint64_t hash; } dc_key;

static void make_key(eval_worker *w, uint32_t id, const uint64_t *vars, const eval_bytes_view *view, dc_key *k)
{
    eval_def_cache *c = w->def_cache;
    uint64_t one = vars[w->ep->sema->nvars / 64 + 1];   /* (keyed_vars) */
    if (one--) {
        k->bytes = view->bytes + view->offsets[one];
        k->len = view->offsets[one + 1] - view->offsets[one];
        k->hash = XXH3_64bits(k->bytes, k->len) ^ ((uint64_t)(k->group + 1) * 0x9E3779B97F4A7C15u);
        return;
    }
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
    k->bytes = c->key.items;
    k->len = (uint32_t)c->key.len;
    k->hash = XXH3_64bits(c->key.items, c->key.len);
}

/* The slot holding key k's entry, or else the empty slot where it would go. */
static uint32_t slot_of(const eval_def_cache *c, const dc_key *k)
{
    for (uint32_t i = (uint32_t)k->hash;; i++) {
        const dc_entry *e = &c->slots[i & (c->nslots - 1)];
        if (!e->key || (e->hash == k->hash && e->group == k->group && e->len == k->len && memcmp(e->key, k->bytes, k->len) == 0))
            return i & (c->nslots - 1);
    }
}

/* The slot of id's entry in the view's state (held, or the empty one where it goes), k its key (its
 * bytes and hash unset when the group's entry was the one found last in these bytes). False when
 * the evaluation is not in the state the view describes, or id's group was made after the cache. */
static bool find(eval_worker *w, uint32_t id, const uint64_t *vars, bool primed, dc_key *k, uint32_t *slot)
{
    const eval_bytes_view *view = &w->bytes_view[primed];
    if (!view->vals || view->vals != (primed ? w->next : w->state)) return false;
    if (!w->def_cache) w->def_cache = new_cache(w->ep);
    eval_def_cache *c = w->def_cache;
    uint32_t words = w->ep->sema->nvars / 64 + 1;
    uint64_t one = vars[words];
    *k = (dc_key){.group = one ? DC_GROUP_BIT | (uint32_t)(one - 1) : id, .member = (uint32_t)vars[words + 1]};
    if (one && k->member >= c->group_size[one - 1]) return false;
    if (one && c->last_group[primed] == k->group + 1) return *slot = c->last_slot[primed], true;
    make_key(w, id, vars, view, k);
    *slot = slot_of(c, k);
    if (one && c->slots[*slot].key) c->last_group[primed] = k->group + 1, c->last_slot[primed] = *slot;
    return true;
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
    memset(c->last_group, 0, sizeof c->last_group);
}

static bool cache_get(eval_worker *w, uint32_t id, const uint64_t *vars, bool primed, val *out)
{
    dc_key k;
    uint32_t slot;
    if (!find(w, id, vars, primed, &k, &slot)) return false;
    const dc_entry *e = &w->def_cache->slots[slot];
    if (!e->key || e->vals[k.member].kind == VAL_NONE) return false;
    *out = e->vals[k.member];
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

/* A new entry for key k in its empty slot, its values not kept yet. */
static void add_entry(eval_def_cache *c, const dc_key *k, uint32_t slot)
{
    uint32_t n = k->group & DC_GROUP_BIT ? c->group_size[k->group & ~DC_GROUP_BIT] : 1;
    uint8_t *key = arena_alloc(&c->mem, k->len + 1);   /* (a key of no bytes is still a non-null one) */
    memcpy(key, k->bytes, k->len);
    val *vals = arena_alloc(&c->mem, sizeof(val) * n);
    memset(vals, 0, sizeof(val) * n);
    c->slots[slot] = (dc_entry){k->hash, key, k->len, k->group, vals};
    c->held++;
    c->used += k->len + sizeof(val) * n;
}

static void cache_put(eval_worker *w, uint32_t id, const uint64_t *vars, bool primed, val v)
{
    size_t size = 0;
    dc_key k;
    uint32_t slot;
    if (!keepable(v, &size) || !find(w, id, vars, primed, &k, &slot)) return;
    eval_def_cache *c = w->def_cache;
    if (c->used > DC_BUDGET || c->held >= DC_MAX_SLOTS / 2) {
        c->full = true;
        return;
    }
    if (!c->slots[slot].key) add_entry(c, &k, slot);
    val copy = val_copy(&c->mem, v);
    share_domain(c, copy);
    c->slots[slot].vals[k.member] = copy;
    c->used += size;
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
