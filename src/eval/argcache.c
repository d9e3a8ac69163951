/* argcache.c - the values of definitions with arguments, kept for the current state.
 *
 * A state-level definition applied to the same argument values several times in one state gives the
 * same value each time, when nothing it calls is impure (the model says so: eval_set_pure):
 * TLCSailfish1's `Children(dag, v)` for every subset of vertices an action enumerates, or
 * `Linearize(dag, l)` for every step that commits. A worker keeps such values in a direct-mapped
 * table, each entry tagged with the cache epoch of the state it was computed in (eval.c: an epoch
 * ends when the state changes or the scratch arena, which holds the values, is reset), under the
 * definition, the static instances it is evaluated through (TLCSailfish1 -> Sailfish -> BlockDag:
 * their substitutions read no bound name, so the instances say what they stand for) and its
 * arguments' values.
 *
 * The key compares arguments cheaply: scalars by their bits, small values (at most AC_SMALL scalars
 * in a tuple, set or function) by content, larger ones by address only, so that two equal but
 * separately built large values miss (never a wrong hit: values are immutable while their epoch
 * lasts). Hints must match too, as a result may print differently with them.
 *
 * Keeping costs a lookup and an insertion for every call, so each definition is watched: after
 * EVAL_ARG_PROBE lookups, one found less than one time in EVAL_ARG_RATIO is no longer kept by this worker
 * (eval_arg_cache_wanted, in line: the watch is the cache's first member).
 *
 * A constant-level definition applied to scalars outside any instance (Records' `Rank(r) == CHOOSE
 * i \in 1..3 : Roles[i] = r`) has one value for the whole run: such values are kept apart, in an
 * open-addressed table of the worker that no state change empties, copied to the program's
 * permanent arena (as eval_memoised keeps a constant). The table takes at most AC_RUN_FULL entries,
 * so what the permanent arena holds stays bounded; past that, such calls are computed each time, as
 * are those whose value holds a lazy set. */
#include "eval_internal.h"

#include <stdlib.h>

enum { AC_SLOTS = 4096, AC_SMALL = 4, AC_RUN_SLOTS = 1024, AC_RUN_FULL = 768 };

typedef struct ac_entry {
    uint64_t hash;
    uint32_t epoch;              /* 0: empty (epochs start at 1) */
    eval_arg_key key;
    val v;
} ac_entry;

typedef struct ac_run_entry {
    uint64_t hash;
    bool used;
    eval_arg_key key;
    val v;                       /* in the program's permanent arena */
} ac_run_entry;

struct eval_arg_cache {
    eval_arg_watch watch;        /* first: eval_arg_cache_wanted reads it in line */
    ac_entry entries[AC_SLOTS];
    ac_run_entry *run;           /* AC_RUN_SLOTS entries, made at the first one kept */
    uint32_t nrun;
};

static bool is_scalar(val v) { return v.kind == VAL_BOOL || v.kind == VAL_INT || v.kind == VAL_STR || v.kind == VAL_MODEL; }

/* A scalar's payload: a boolean's one byte; a number's bits, or an interned atom's address, read as
 * the union's 64 bits (one select where a switch cost a jump table in every run key's hash and test). */
static inline uint64_t scalar_bits(val v) { return v.kind == VAL_BOOL ? (uint64_t)v.u.b : (uint64_t)v.u.i; }

static bool all_scalars(const val *vs, uint32_t n)
{
    for (uint32_t i = 0; i < n; i++)
        if (!is_scalar(vs[i])) return false;
    return true;
}

/* A value compared by content: a tuple, set or function of at most AC_SMALL scalars. */
static bool is_small(val v)
{
    switch (v.kind) {
    case VAL_SEQ: return v.u.seq->n <= AC_SMALL && all_scalars(v.u.seq->elems, v.u.seq->n);
    case VAL_SET: return v.u.set->n <= AC_SMALL && all_scalars(v.u.set->elems, v.u.set->n);
    case VAL_FUNC:
        return v.u.fn->n <= AC_SMALL && all_scalars(v.u.fn->dom, v.u.fn->n) && all_scalars(v.u.fn->rng, v.u.fn->n);
    default: return false;
    }
}

static uint64_t mix(uint64_t h, uint64_t x)
{
    h = (h ^ x) * 0x9E3779B97F4A7C15ull;
    return h ^ (h >> 31);
}

static uint64_t hash_scalars(uint64_t h, const val *vs, uint32_t n)
{
    for (uint32_t i = 0; i < n; i++) h = mix(mix(h, vs[i].kind), scalar_bits(vs[i]));
    return h;
}

static uint64_t hash_arg(uint64_t h, val v)
{
    h = mix(h, v.kind);
    if (is_scalar(v)) return mix(h, scalar_bits(v));
    if (!is_small(v)) return mix(h, (uint64_t)(uintptr_t)v.u.set);
    switch (v.kind) {
    case VAL_SEQ: return hash_scalars(h, v.u.seq->elems, v.u.seq->n);
    case VAL_SET: return hash_scalars(h, v.u.set->elems, v.u.set->n);
    default: return hash_scalars(hash_scalars(h, v.u.fn->dom, v.u.fn->n), v.u.fn->rng, v.u.fn->n);
    }
}

/* Does kept argument k stand for a? (hash_arg gave them the same hash.) */
static bool same_arg(val a, val k)
{
    if (a.kind != k.kind || a.hint != k.hint) return false;
    if (is_scalar(a)) return scalar_bits(a) == scalar_bits(k);
    if (a.u.set == k.u.set) return true;
    return is_small(a) && val_equal(a, k);
}

static eval_arg_cache *cache_of(eval_worker *w)
{
    if (!w->arg_cache) {
        eval_arg_cache *c = util_xcalloc_probed(1, sizeof *c);
        uint32_t nd = w->ep->ndefs ? w->ep->ndefs : 1;
        c->watch.tries = util_xcalloc(nd, sizeof *c->watch.tries);
        c->watch.hits = util_xcalloc(nd, sizeof *c->watch.hits);
        w->arg_cache = c;
    }
    return w->arg_cache;
}

void eval_arg_cache_missed(eval_worker *w, uint32_t def) { cache_of(w)->watch.tries[def]++; }

static uint64_t key_hash(const eval_arg_key *k)
{
    uint64_t h = mix(0x243F6A8885A308D3ull, k->def);
    for (uint32_t i = 0; i < k->ninsts; i++) h = mix(h, (uint64_t)(uintptr_t)k->insts[i]);
    for (uint32_t i = 0; i < k->nargs; i++) h = hash_arg(h, k->args[i]);
    return h;
}

static bool same_key(const eval_arg_key *a, const eval_arg_key *k)
{
    if (a->def != k->def || a->ninsts != k->ninsts || a->nargs != k->nargs) return false;
    for (uint32_t i = 0; i < a->ninsts; i++)
        if (a->insts[i] != k->insts[i]) return false;
    for (uint32_t i = 0; i < a->nargs; i++)
        if (!same_arg(a->args[i], k->args[i])) return false;
    return true;
}

bool eval_arg_cache_get(eval_worker *w, const eval_arg_key *k, val *out)
{
    eval_arg_cache *c = cache_of(w);
    uint64_t h = key_hash(k);
    const ac_entry *e = &c->entries[h & (AC_SLOTS - 1)];
    c->watch.tries[k->def]++;
    if (e->epoch != w->epoch || e->hash != h || !same_key(k, &e->key)) return false;
    c->watch.hits[k->def]++;
    *out = e->v;
    return true;
}

void eval_arg_cache_put(eval_worker *w, const eval_arg_key *k, val v)
{
    if (v.kind == VAL_LAZY && v.u.lazy->kind == LAZY_FILTER) return;   /* tied to the call's bindings */
    eval_arg_cache *c = cache_of(w);
    uint64_t h = key_hash(k);
    c->entries[h & (AC_SLOTS - 1)] = (ac_entry){h, w->epoch, *k, v};
}

bool eval_arg_cache_run_key(val v) { return is_scalar(v) || is_small(v); }

/* A run key of scalars only (a definition's: eval_arg_cache_for_run), hashed and compared without
 * key_hash's cases. */
static uint64_t scalar_run_hash(const eval_arg_key *k)
{
    uint64_t h = k->def;
    for (uint32_t i = 0; i < k->nargs; i++) h = mix(h, scalar_bits(k->args[i]) ^ ((uint64_t)k->args[i].kind << 56));
    return h;
}

static bool same_scalars(const eval_arg_key *a, const eval_arg_key *k)
{
    if (a->def != k->def || a->nargs != k->nargs) return false;
    for (uint32_t i = 0; i < a->nargs; i++)
        if (a->args[i].kind != k->args[i].kind || a->args[i].hint != k->args[i].hint ||
            scalar_bits(a->args[i]) != scalar_bits(k->args[i]))
            return false;
    return true;
}

/* A LET definition's run key (letcache.c): scalars and small values. Its entries share the table
 * with the definitions' (a LET definition's id is no other definition's, so no key of one matches
 * an entry of the other). */
static uint64_t small_run_hash(const eval_arg_key *k)
{
    uint64_t h = k->def;
    for (uint32_t i = 0; i < k->nargs; i++) h = hash_arg(h, k->args[i]);
    return h;
}

static bool same_small(const eval_arg_key *a, const eval_arg_key *k)
{
    if (a->def != k->def || a->nargs != k->nargs) return false;
    for (uint32_t i = 0; i < a->nargs; i++)
        if (!same_arg(k->args[i], a->args[i])) return false;
    return true;
}

typedef bool (*run_same_fn)(const eval_arg_key *a, const eval_arg_key *k);

/* The entry holding k, or the empty one where it would go. */
static inline ac_run_entry *run_slot(ac_run_entry *run, const eval_arg_key *k, uint64_t h, run_same_fn same)
{
    uint32_t i = (uint32_t)h & (AC_RUN_SLOTS - 1);
    while (run[i].used && (run[i].hash != h || !same(k, &run[i].key))) i = (i + 1) & (AC_RUN_SLOTS - 1);
    return &run[i];
}

static inline bool run_get(eval_worker *w, const eval_arg_key *k, val *out, bool small)
{
    eval_arg_cache *c = cache_of(w);
    c->watch.tries[k->def]++;
    if (!c->run) return false;
    const ac_run_entry *e = small ? run_slot(c->run, k, small_run_hash(k), same_small)
                                  : run_slot(c->run, k, scalar_run_hash(k), same_scalars);
    if (!e->used) return false;
    c->watch.hits[k->def]++;
    *out = e->v;
    return true;
}

bool eval_arg_cache_run_get(eval_worker *w, const eval_arg_key *k, val *out) { return run_get(w, k, out, false); }
bool eval_arg_cache_let_get(eval_worker *w, const eval_arg_key *k, val *out) { return run_get(w, k, out, true); }

/* A value holding a lazy value is not kept for the run: a LAZY_FILTER is tied to the bindings of the
 * call that made it, and the other kinds are rare results of these calls. */
static bool any_lazy(const val_lazy *l)
{
    (void)l;
    return true;
}

static val run_put(eval_worker *w, const eval_arg_key *k, val v, bool small)
{
    eval_arg_cache *c = cache_of(w);
    if (c->nrun >= AC_RUN_FULL || val_any_lazy(v, any_lazy)) return v;
    if (!c->run) c->run = util_xcalloc_probed(AC_RUN_SLOTS, sizeof *c->run);
    uint64_t h = small ? small_run_hash(k) : scalar_run_hash(k);
    ac_run_entry *e = small ? run_slot(c->run, k, h, same_small) : run_slot(c->run, k, h, same_scalars);
    ac_run_entry kept = {h, true, *k, v};
    pthread_mutex_lock(&w->ep->perm_lock);
    kept.v = val_copy(&w->ep->perm, v);
    for (uint32_t i = 0; i < k->nargs; i++)   /* small values live in the scratch arena */
        if (!is_scalar(k->args[i])) kept.key.args[i] = val_copy(&w->ep->perm, k->args[i]);
    pthread_mutex_unlock(&w->ep->perm_lock);
    *e = kept;
    c->nrun++;
    return kept.v;
}

val eval_arg_cache_run_put(eval_worker *w, const eval_arg_key *k, val v) { return run_put(w, k, v, false); }
val eval_arg_cache_let_put(eval_worker *w, const eval_arg_key *k, val v) { return run_put(w, k, v, true); }

void eval_arg_cache_free(eval_arg_cache *c)
{
    if (!c) return;
    free(c->run);
    free(c->watch.tries);
    free(c->watch.hits);
    free(c);
}
