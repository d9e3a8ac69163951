/* symmetry.c - SYMMETRY: the cfg names a set of permutations of model values; like TLC, the checker
 * reduces by the group they generate (so `Permutations(A) \union Permutations(B)` means every
 * permutation of A combined with every permutation of B), and fingerprints a state by its least
 * image under the group, TLC's representative. */
#include "model_internal.h"

#include <stdlib.h>
#include <string.h>
#include <xxhash.h>

/* Beyond this many permutations, fingerprinting one state would cost more than the reduction saves. */
enum { MAX_GROUP = 1 << 20 };

/* A permutation of the support (the model values any generator moves), as image indices. */
typedef struct group {
    uint32_t support;            /* the number of model values moved */
    VEC(uint16_t) images;        /* element g occupies images[g*support .. (g+1)*support) */
    uint32_t n;
    uint32_t *slots;             /* open-addressing index of the elements, for deduplication */
    uint32_t nslots;
} group;

static const uint16_t *element(const group *g, uint32_t i) { return &g->images.items[(size_t)i * g->support]; }

static uint64_t perm_hash(const group *g, const uint16_t *p) { return XXH3_64bits(p, g->support * sizeof *p); }

static void index_element(group *g, uint32_t i)
{
    uint32_t j = (uint32_t)perm_hash(g, element(g, i)) & (g->nslots - 1);
    while (g->slots[j]) j = (j + 1) & (g->nslots - 1);
    g->slots[j] = i + 1;
}

static void grow_index(group *g)
{
    free(g->slots);
    g->nslots = g->nslots ? g->nslots * 2 : 64;
    g->slots = util_xcalloc(g->nslots, sizeof *g->slots);
    for (uint32_t i = 0; i < g->n; i++) index_element(g, i);
}

static bool is_identity(const group *g, const uint16_t *p)
{
    for (uint32_t i = 0; i < g->support; i++)
        if (p[i] != i) return false;
    return true;
}

/* Add p unless it is the identity or already present. */
static void add_element(group *g, const uint16_t *p)
{
    if (is_identity(g, p)) return;
    uint32_t j = (uint32_t)perm_hash(g, p) & (g->nslots - 1);
    for (; g->slots[j]; j = (j + 1) & (g->nslots - 1))
        if (!memcmp(element(g, g->slots[j] - 1), p, g->support * sizeof *p)) return;
    for (uint32_t i = 0; i < g->support; i++) VEC_PUSH(g->images, p[i]);
    g->n++;
    if (2 * g->n >= g->nslots) grow_index(g);
    else index_element(g, g->n - 1);
}

static uint32_t support_index(atom *support, uint32_t *n, atom v)
{
    for (uint32_t i = 0; i < *n; i++)
        if (support[i] == v) return i;
    support[*n] = v;
    return (*n)++;
}

static bool symmetry_error(model *m, syn_loc loc, const char *msg)
{
    util_diag(DIAG_ERROR, loc, NULL, "%s", msg);
    m->exit_code = EXIT_CONFIG;
    return false;
}

/* What TLC refuses after it has started (TLCState.setSymmetry's checks): kept for the report, the
 * search goes without symmetry; true, as the model stands. */
static bool symmetry_exception(model *m, const char *msg)
{
    m->symmetry_exception = msg;
    m->symmetry_refusal = MODEL_SYMMETRY_RUNTIME;
    return true;
}

/* The generators as permutations of the support; false (after a diagnostic) if one is not a
 * permutation of model values. */
static bool read_generators(model *m, arena *a, val set, syn_loc loc, group *g, atom **support_out)
{
    uint32_t n = val_set_size(set), total = 0;
    val *doms = arena_alloc(a, sizeof(val) * (n + 1));
    for (uint32_t p = 0; p < n; p++) {
        val f = val_set_at(set, p);
        if (!val_is_func(f) || val_domain(a, f, &doms[p]) != VAL_OK || val_enumerate(a, doms[p], &doms[p]) != VAL_OK)
            return symmetry_exception(m, "The symmetry values must be function records.");
        total += val_set_size(doms[p]);
    }
    if (total >= UINT16_MAX) return symmetry_error(m, loc, "SYMMETRY permutes too many model values");
    atom *support = arena_alloc(a, sizeof(atom) * (total + 1));
    uint16_t *perm = arena_alloc(a, sizeof(uint16_t) * (total + 1));
    uint32_t ns = 0;
    for (int pass = 0; pass < 2; pass++) {
        for (uint32_t p = 0; p < n; p++) {
            val f = val_set_at(set, p);
            for (uint32_t i = 0; i < ns; i++) perm[i] = (uint16_t)i;
            for (uint32_t i = 0, k = val_set_size(doms[p]); i < k; i++) {
                val x = val_set_at(doms[p], i), y;
                if (val_apply(a, f, x, &y) != VAL_OK || !val_is_model(x) || !val_is_model(y))
                    return symmetry_error(m, loc, "SYMMETRY permutes model values only");
                uint32_t from = support_index(support, &ns, val_get_model(x));
                uint32_t to = support_index(support, &ns, val_get_model(y));
                if (pass) perm[from] = (uint16_t)to;
            }
            if (pass) add_element(g, perm);
        }
        g->support = ns;   /* after the first pass, every moved value has its index */
        if (!pass) grow_index(g);
    }
    *support_out = support;
    return true;
}

/* Close the generators under composition. */
static bool close_group(model *m, syn_loc loc, group *g, arena *a)
{
    uint32_t generators = g->n, done = 0;
    uint16_t *product = arena_alloc(a, sizeof(uint16_t) * (g->support + 1));
    while (done < g->n) {
        uint32_t upto = g->n;
        for (uint32_t i = 0; i < generators; i++)
            for (uint32_t j = done; j < upto; j++) {
                const uint16_t *x = element(g, i), *y = element(g, j);
                for (uint32_t k = 0; k < g->support; k++) product[k] = x[y[k]];
                add_element(g, product);
                if (g->n > MAX_GROUP)
                    return symmetry_error(m, loc, "the SYMMETRY set generates more than 2^20 permutations");
            }
        done = upto;
    }
    return true;
}

/* The group as images of model values by index, identity first. */
static void store_group(model *m, const group *g, const atom *support)
{
    arena *a = eval_permanent(m->ep);
    model_symmetry *s = &m->sym;
    uint32_t *index = arena_alloc(a, sizeof(uint32_t) * (g->support + 1));   /* of the i-th moved value */
    for (uint32_t i = 0; i < g->support; i++) {
        index[i] = val_model_index(val_model(support[i]));
        if (index[i] >= s->nimage) s->nimage = index[i] + 1;
    }
    bool *moved = arena_zalloc(a, s->nimage + 1);
    for (uint32_t i = 0; i < g->support; i++) moved[index[i]] = true;
    s->moved = moved;
    s->n = g->n + 1;
    s->images = util_xcalloc(s->n, sizeof *s->images);
    s->to = util_xcalloc(s->n, sizeof *s->to);
    for (uint32_t e = 0; e < s->n; e++) {
        const uint16_t *p = e ? element(g, e - 1) : NULL;
        val *image = arena_zalloc(a, sizeof(val) * (s->nimage + 1));   /* VAL_NONE: unmoved */
        uint32_t *to = arena_alloc(a, sizeof(uint32_t) * (s->nimage + 1));
        for (uint32_t i = 0; i < s->nimage; i++) to[i] = i;
        for (uint32_t i = 0; p && i < g->support; i++) {
            if (p[i] == i) continue;
            image[index[i]] = val_model(support[p[i]]);
            to[index[i]] = index[p[i]];
        }
        s->images[e] = image;
        s->to[e] = to;
    }
}

bool model_symmetry_exception(const model *m, const char **message, model_symmetry_refusal *how)
{
    *message = m->symmetry_exception;
    *how = m->symmetry_refusal;
    return m->symmetry_exception != NULL;
}

bool model_symmetry_setup(model *m, val perms, syn_loc loc)
{
    arena *a = eval_permanent(m->ep);
    val set;
    if (!val_is_set(perms)) return symmetry_exception(m, "The symmetry operator must specify a set of functions.");
    if (val_enumerate(a, perms, &set) != VAL_OK)
        return symmetry_error(m, loc, "SYMMETRY must name a finite set of permutations");
    group g = {0};
    atom *support = NULL;
    bool ok = read_generators(m, a, set, loc, &g, &support) && close_group(m, loc, &g, a);
    if (ok && g.n) store_group(m, &g, support);
    VEC_FREE(g.images);
    free(g.slots);
    return ok;
}

/* ---- least images -------------------------------------------------------------------------------
 *
 * A state's representative is its least image under the group, comparing variable by variable, as
 * TLC chooses it. The images are compared one variable at a time, over the group elements still in
 * the running: after a variable only those whose image of it is the least remain, and usually the
 * first variable leaves few. A set (a set of messages, typically, where most of the time goes) is
 * not permuted and sorted once per element: each of its members is permuted once per distinct way an
 * element moves the model values the member holds, these images are sorted once, and an element's
 * image of the set is then the bit set of its members' ranks, which orders as the sorted set does. */

typedef struct least {
    const model_symmetry *s;
    arena *a;
    uint32_t *alive, nalive;     /* the group elements whose image is the least so far */
    model_symmetry_maps *maps;   /* functions' domains as the elements permute them (in_place_cmp) */
    struct domain_alias { const val *dom; uint32_t domain; } *aliases;   /* the state's domain arrays */
    uint32_t naliases, aliases_cap;
} least;

static val image_under(const least *l, val v, uint32_t e) { return val_permute(l->a, v, l->s->images[e], l->s->nimage); }

/* Keep the elements of l->alive for which `better` (negative: a new least; 0: as least) is not
 * positive; returns whether element k is kept as the new least. */
static bool keep(least *l, uint32_t k, int better, uint32_t *kept)
{
    if (better > 0) return false;
    if (better < 0) *kept = 0;
    l->alive[(*kept)++] = l->alive[k];
    return better < 0;
}

/* Any value: each element's image, made and compared with the least so far. */
static val least_any(least *l, val v)
{
    val best = image_under(l, v, l->alive[0]);
    uint32_t kept = 1;
    for (uint32_t k = 1; k < l->nalive; k++) {
        val x = image_under(l, v, l->alive[k]);
        if (keep(l, k, val_compare(x, best), &kept)) best = x;
    }
    l->nalive = kept;
    return best;
}

/* A member of a set and the moved model values it holds, by index, each once: its image under an
 * element depends on nothing else. */
typedef struct member { val x; uint32_t *moved; uint32_t nmoved; } member;

static void collect_moved(const least *l, val v, uint32_t *out, uint32_t *n)
{
    switch (v.kind) {
    case VAL_MODEL: {
        uint32_t i = val_model_index(v);
        if (i >= l->s->nimage || !l->s->moved[i]) return;
        for (uint32_t k = 0; k < *n; k++)
            if (out[k] == i) return;
        out[(*n)++] = i;
        return;
    }
    case VAL_SET: case VAL_SEQ:   /* the same layout */
        for (uint32_t k = 0; k < v.u.set->n; k++) collect_moved(l, v.u.set->elems[k], out, n);
        return;
    case VAL_FUNC:
        for (uint32_t k = 0; k < v.u.fn->n; k++) {
            collect_moved(l, v.u.fn->dom[k], out, n);
            collect_moved(l, v.u.fn->rng[k], out, n);
        }
        return;
    case VAL_LAZY: {   /* permuted through its enumeration (val_permute) */
        val e;
        if (val_enumerate(l->a, v, &e) == VAL_OK) collect_moved(l, e, out, n);
        return;
    }
    default: return;
    }
}

/* The members of a set; false if none holds a moved model value (every image is the set). */
static bool collect_members(const least *l, val set, member *members)
{
    uint32_t *tmp = arena_alloc(l->a, sizeof(uint32_t) * (l->s->nimage + 1));
    bool any = false;
    for (uint32_t j = 0; j < val_set_size(set); j++) {
        member *mb = &members[j];
        *mb = (member){val_set_at(set, j), NULL, 0};
        collect_moved(l, mb->x, tmp, &mb->nmoved);
        mb->moved = arena_alloc(l->a, sizeof(uint32_t) * (mb->nmoved + 1));
        memcpy(mb->moved, tmp, sizeof(uint32_t) * mb->nmoved);
        any |= mb->nmoved > 0;
    }
    return any;
}

/* The distinct images of a set's members, found by member and the images of the moved values it
 * holds (a key recomputed from `by`, the element that made the image). */
typedef struct image_slot { uint32_t member, by, id, hash; } image_slot;   /* member + 1; 0: free */
typedef struct member_images {
    const member *members;
    image_slot *slots;
    uint32_t nslots;
    val *images;
    uint32_t n;
} member_images;

static uint32_t key_hash(const model_symmetry *s, const member *mb, uint32_t j, uint32_t e)
{
    uint64_t h = (j + 1) * 0x9E3779B97F4A7C15ull;
    for (uint32_t k = 0; k < mb->nmoved; k++) h = (h ^ s->to[e][mb->moved[k]]) * 0xFF51AFD7ED558CCDull;
    return (uint32_t)(h >> 32);
}

static bool same_key(const model_symmetry *s, const member *mb, uint32_t e, uint32_t f)
{
    for (uint32_t k = 0; k < mb->nmoved; k++)
        if (s->to[e][mb->moved[k]] != s->to[f][mb->moved[k]]) return false;
    return true;
}

static void grow_slots(arena *a, member_images *mi)
{
    image_slot *old = mi->slots;
    uint32_t nold = mi->nslots;
    mi->nslots = nold * 2;
    mi->slots = arena_zalloc(a, sizeof(image_slot) * mi->nslots);
    for (uint32_t k = 0; k < nold; k++) {
        if (!old[k].member) continue;
        uint32_t j = old[k].hash & (mi->nslots - 1);
        while (mi->slots[j].member) j = (j + 1) & (mi->nslots - 1);
        mi->slots[j] = old[k];
    }
}

/* The id of member j's image under element e, made when first needed. */
static uint32_t image_id(const least *l, member_images *mi, uint32_t j, uint32_t e)
{
    if (2 * (mi->n + 1) > mi->nslots) grow_slots(l->a, mi);
    const member *mb = &mi->members[j];
    uint32_t h = key_hash(l->s, mb, j, e), mask = mi->nslots - 1;
    for (uint32_t k = h & mask;; k = (k + 1) & mask) {
        image_slot *slot = &mi->slots[k];
        if (!slot->member) {
            *slot = (image_slot){j + 1, e, mi->n, h};
            mi->images[mi->n] = mb->nmoved ? image_under(l, mb->x, e) : mb->x;
            return mi->n++;
        }
        if (slot->hash == h && slot->member == j + 1 && same_key(l->s, mb, slot->by, e)) return slot->id;
    }
}

typedef struct ranked { val v; uint32_t id; } ranked;

static int ranked_cmp(const void *x, const void *y) { return val_compare(((const ranked *)x)->v, ((const ranked *)y)->v); }

/* rank[id]: image id's place among the distinct images in value order, whose values go to by_rank;
 * returns their number. */
static uint32_t rank_images(arena *a, const member_images *mi, uint32_t *rank, val *by_rank)
{
    ranked *r = arena_alloc(a, sizeof(ranked) * (mi->n + 1));
    for (uint32_t i = 0; i < mi->n; i++) r[i] = (ranked){mi->images[i], i};
    qsort(r, mi->n, sizeof *r, ranked_cmp);
    uint32_t nranks = 0;
    for (uint32_t i = 0; i < mi->n; i++) {
        if (!i || val_compare(r[i - 1].v, r[i].v)) by_rank[nranks++] = r[i].v;
        rank[r[i].id] = nranks - 1;
    }
    return nranks;
}

/* Two sets of as many ranks, as bits, compare as their sorted lists: at the least rank in one only,
 * the set holding it is the smaller. */
static int bits_compare(const uint64_t *x, const uint64_t *y, uint32_t words)
{
    for (uint32_t w = 0; w < words; w++) {
        uint64_t d = x[w] ^ y[w];
        if (d) return x[w] & d & -d ? -1 : 1;
    }
    return 0;
}

static val set_of_ranks(arena *a, const uint64_t *bits, uint32_t words, const val *by_rank, uint32_t n)
{
    val *elems = arena_alloc(a, sizeof(val) * (n + 1));
    uint32_t k = 0;
    for (uint32_t w = 0; w < words; w++)
        for (uint64_t x = bits[w]; x; x &= x - 1) elems[k++] = by_rank[w * 64 + (uint32_t)__builtin_ctzll(x)];
    return val_set_make(a, elems, k);
}

/* ids[k * n + j]: the id of member j's image under alive element k. */
static uint32_t *image_ids(const least *l, member_images *mi, uint32_t n)
{
    uint32_t *ids = arena_alloc(l->a, sizeof(uint32_t) * ((size_t)l->nalive * n + 1));
    for (uint32_t k = 0; k < l->nalive; k++)
        for (uint32_t j = 0; j < n; j++) ids[(size_t)k * n + j] = image_id(l, mi, j, l->alive[k]);
    return ids;
}

/* Keep the alive elements whose image of the set, as bits of ranks, is the least; returns it. */
static const uint64_t *least_ranks(least *l, const uint32_t *ids, uint32_t n, const uint32_t *rank, uint32_t words)
{
    uint64_t *best = arena_alloc(l->a, sizeof(uint64_t) * words), *cur = arena_alloc(l->a, sizeof(uint64_t) * words);
    uint32_t kept = 0;
    for (uint32_t k = 0; k < l->nalive; k++) {
        memset(cur, 0, sizeof(uint64_t) * words);
        for (uint32_t j = 0; j < n; j++) {
            uint32_t r = rank[ids[(size_t)k * n + j]];
            cur[r / 64] |= 1ull << (r % 64);
        }
        if (keep(l, k, k ? bits_compare(cur, best, words) : -1, &kept)) {
            uint64_t *t = best;
            best = cur, cur = t;
        }
    }
    l->nalive = kept;
    return best;
}

/* A set: its members' images are made and ranked once, then each element's image of the set is
 * compared as the bit set of its members' ranks. */
static val least_set(least *l, val set)
{
    uint32_t n = val_set_size(set);
    member *members = arena_alloc(l->a, sizeof(member) * (n + 1));
    if (!collect_members(l, set, members)) return set;
    member_images mi = {members, arena_zalloc(l->a, sizeof(image_slot) * 64), 64,
                        arena_alloc(l->a, sizeof(val) * ((size_t)l->nalive * n + 1)), 0};
    const uint32_t *ids = image_ids(l, &mi, n);
    uint32_t *rank = arena_alloc(l->a, sizeof(uint32_t) * (mi.n + 1));
    val *by_rank = arena_alloc(l->a, sizeof(val) * (mi.n + 1));
    uint32_t words = (rank_images(l->a, &mi, rank, by_rank) + 63) / 64;
    return set_of_ranks(l->a, least_ranks(l, ids, n, rank, words), words, by_rank, n);
}

/* ---- images compared in place ----------------------------------------------------------------------
 *
 * Most variables hold no set that a permutation changes (functions of the nodes, records, sequences,
 * a leader's name): their images under two elements are compared without being made, by reading
 * each element's image of the model values and of the functions' domains as the comparison goes, and
 * only the winner's image is made, once, at the end. This orders images exactly as val_compare
 * orders the images made. */

/* A function domain's positions under one element: inv[j] is the position in the (sorted) domain of
 * the point whose image is at position j (NULL where the element leaves every point in place), and
 * `closed` is false where the domain's image is another set (left to the images made). */
typedef struct domain_map { const uint32_t *inv; bool closed; } domain_map;

static const domain_map unmoved = {NULL, true};   /* a domain no element moves (a record's) */

/* The maps of the domains a worker's states have had, kept from state to state (the nodes, pairs of
 * nodes: a model's functions have few domains), in the worker's own memory, dropped past a budget
 * (a few domains' maps whatever the group's size). */
enum { MAPS_BUDGET = 8 << 20, MAPS_BUDGET_DOMAINS = 16 };
/* The fingerprint memo's slots (16 bytes each: 32 MiB). On MCCheckpointCoordination (23.1M
 * successors), 2^20 slots miss 3.2M times at 19M look-ups, 2^22 2.6M at 20M. */
enum { MEMO_BITS = 21 };
struct model_symmetry_maps {
    arena mem;
    struct domain_seen { const val *dom; uint32_t n; const domain_map **by_e; } *domains;   /* in mem */
    uint32_t ndomains, domains_cap;
};

/* The memo, shared by the workers (a state generated by both is imaged once), its slots made at
 * their first use: a slot is found by the key's low bits and holds a tag and the fingerprint. The
 * tag is the key's high 64 bits with their low 8 replaced by the slot's write count (2 .. 255, so that
 * a tag is never 0, empty, nor MEMO_WRITING; 56 + MEMO_BITS bits of the key are compared). A writer takes the slot by setting the tag to
 * MEMO_WRITING (a CAS: a worker finding it taken keeps nothing); a reader never writes, and takes the
 * fingerprint only where the tag is the same before and after reading it (a seqlock whose number is
 * the tag): the count tells two writes of one key apart, so a fingerprint written for another key
 * between them is never taken for this one's. */
enum { MEMO_WRITING = 1, MEMO_COUNT_BITS = 8 };
#define MEMO_COUNT_MASK ((1ull << MEMO_COUNT_BITS) - 1)
struct memo_slot { _Atomic uint64_t tag, fp; };
/* On huge pages (util_table_calloc): its 4 KB pages, read before they are written, would cost one
 * TLB-flush interrupt on the other workers' cores each. `block` is what to free, set with slots. */
struct model_symmetry_memo { _Atomic(struct memo_slot *) slots; void *block; };

model_symmetry_maps *model_symmetry_maps_new(void)
{
    model_symmetry_maps *c = util_xcalloc(1, sizeof *c);
    arena_init(&c->mem);
    return c;
}

void model_symmetry_maps_free(model_symmetry_maps *c)
{
    if (!c) return;
    arena_free(&c->mem);
    free(c);
}

model_symmetry_memo *model_symmetry_memo_new(void) { return util_xcalloc(1, sizeof(model_symmetry_memo)); }

void model_symmetry_memo_free(model_symmetry_memo *c)
{
    if (!c) return;
    free(c->block);
    free(c);
}

model_symmetry_key model_symmetry_key_of(const uint8_t *bytes, uint32_t len)
{
    XXH128_hash_t h = XXH3_128bits(bytes, len);
    return (model_symmetry_key){h.low64, h.high64};
}

static size_t memo_slot_of(model_symmetry_key k) { return k.lo & (((size_t)1 << MEMO_BITS) - 1); }

uint64_t model_symmetry_memo_find(const model_symmetry_memo *c, model_symmetry_key k)
{
    const struct memo_slot *slots = atomic_load_explicit(&c->slots, memory_order_acquire);
    if (!slots) return 0;
    const struct memo_slot *s = &slots[memo_slot_of(k)];
    uint64_t tag = atomic_load_explicit(&s->tag, memory_order_acquire);
    if (tag <= MEMO_WRITING || (tag & ~MEMO_COUNT_MASK) != (k.hi & ~MEMO_COUNT_MASK)) return 0;
    uint64_t fp = atomic_load_explicit(&s->fp, memory_order_relaxed);
    atomic_thread_fence(memory_order_acquire);
    return atomic_load_explicit(&s->tag, memory_order_relaxed) == tag ? fp : 0;
}

/* The memo's slots, made by the first worker that keeps a fingerprint. */
static struct memo_slot *memo_slots(model_symmetry_memo *c)
{
    struct memo_slot *slots = atomic_load_explicit(&c->slots, memory_order_acquire);
    if (slots) return slots;
    void *block;
    struct memo_slot *fresh = util_table_calloc(sizeof *fresh << MEMO_BITS, true, &block);
    if (atomic_compare_exchange_strong_explicit(&c->slots, &slots, fresh, memory_order_acq_rel, memory_order_acquire)) {
        c->block = block;   /* read only by model_symmetry_memo_free, after the workers */
        return fresh;
    }
    free(block);   /* another worker made them first */
    return slots;
}

void model_symmetry_memo_keep(model_symmetry_memo *c, model_symmetry_key k, uint64_t fp)
{
    struct memo_slot *s = &memo_slots(c)[memo_slot_of(k)];
    uint64_t old = atomic_load_explicit(&s->tag, memory_order_relaxed);
    if (old == MEMO_WRITING || !atomic_compare_exchange_strong_explicit(&s->tag, &old, MEMO_WRITING, memory_order_acquire,
                                                                        memory_order_relaxed))
        return;
    atomic_thread_fence(memory_order_release);   /* the tag taken before fp is seen changed */
    atomic_store_explicit(&s->fp, fp, memory_order_relaxed);
    uint64_t count = (old & MEMO_COUNT_MASK) + 1;
    if (count > MEMO_COUNT_MASK || count < 2) count = 2;
    atomic_store_explicit(&s->tag, (k.hi & ~MEMO_COUNT_MASK) | count, memory_order_release);
}

static void maps_trim(model_symmetry_maps *c, const model_symmetry *s)
{
    if (c->mem.bytes < MAPS_BUDGET + (size_t)MAPS_BUDGET_DOMAINS * s->n * sizeof(domain_map *)) return;
    arena_reset(&c->mem);
    c->domains = NULL;
    c->ndomains = c->domains_cap = 0;
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

static domain_map make_domain_map(const least *l, uint32_t domain, uint32_t e)
{
    const val *dom = l->maps->domains[domain].dom;
    uint32_t n = l->maps->domains[domain].n;
    domain_map m = {NULL, true};
    uint32_t *inv = arena_alloc(&l->maps->mem, sizeof(uint32_t) * (n + 1));
    bool identity = true;
    for (uint32_t i = 0; i < n; i++) {
        val y = image_under(l, dom[i], e);
        uint32_t at = i;
        if ((y.kind != dom[i].kind || y.u.i != dom[i].u.i || y.aux != dom[i].aux) && !find_sorted(dom, n, y, &at)) {
            m.closed = false;
            return m;
        }
        inv[at] = i;
        identity &= at == i;
    }
    m.inv = identity ? NULL : inv;
    return m;
}

/* Whether a lazy set lies in v. */
static bool holds_lazy(const val *v)
{
    switch (v->kind) {
    case VAL_LAZY: return true;
    case VAL_SET: case VAL_SEQ:
        for (uint32_t k = 0; k < v->u.set->n; k++)
            if (holds_lazy(&v->u.set->elems[k])) return true;
        return false;
    case VAL_FUNC:
        for (uint32_t k = 0; k < v->u.fn->n; k++)
            if (holds_lazy(&v->u.fn->dom[k]) || holds_lazy(&v->u.fn->rng[k])) return true;
        return false;
    default: return false;
    }
}

/* val_equal, without a call for the very same atom, number or payload. */
static inline bool same_value(const val *x, const val *y)
{
    return (x->kind == y->kind && x->u.i == y->u.i) || val_equal(*x, *y);
}

/* The index of domain dom (n points) among those kept, added if new; UINT32_MAX for a domain holding
 * a lazy set, not kept (its copy could refer to a state's memory). */
static uint32_t seen_domain(model_symmetry_maps *c, const model_symmetry *s, const val *dom, uint32_t n)
{
    for (uint32_t d = 0; d < c->ndomains; d++) {
        if (c->domains[d].n != n) continue;
        uint32_t i = 0;
        while (i < n && same_value(&c->domains[d].dom[i], &dom[i])) i++;
        if (i == n) return d;
    }
    for (uint32_t i = 0; i < n; i++)
        if (holds_lazy(&dom[i])) return UINT32_MAX;
    if (c->ndomains == c->domains_cap) {
        struct domain_seen *grown = arena_alloc(&c->mem, sizeof *grown * (c->domains_cap * 2 + 4));
        if (c->ndomains) memcpy(grown, c->domains, sizeof *grown * c->ndomains);
        c->domains = grown;
        c->domains_cap = c->domains_cap * 2 + 4;
    }
    val *copy = arena_alloc(&c->mem, sizeof(val) * (n + 1));
    for (uint32_t i = 0; i < n; i++) copy[i] = val_copy(&c->mem, dom[i]);
    c->domains[c->ndomains] = (struct domain_seen){copy, n, arena_zalloc(&c->mem, sizeof(domain_map *) * s->n)};
    return c->ndomains++;
}

/* seen_domain's index of the domain dom (n points); the arrays met in this state are remembered,
 * each looked for by its values once. */
static uint32_t domain_index(least *l, const val *dom, uint32_t n)
{
    for (uint32_t k = 0; k < l->naliases; k++)
        if (l->aliases[k].dom == dom) return l->aliases[k].domain;
    if (l->naliases == l->aliases_cap) {
        struct domain_alias *grown = arena_alloc(l->a, sizeof *grown * (l->aliases_cap * 2 + 8));
        if (l->naliases) memcpy(grown, l->aliases, sizeof *grown * l->naliases);
        l->aliases = grown;
        l->aliases_cap = l->aliases_cap * 2 + 8;
    }
    uint32_t domain = seen_domain(l->maps, l->s, dom, n);
    l->aliases[l->naliases++] = (struct domain_alias){dom, domain};
    return domain;
}

/* The map of domain dom (n points) under element e, made when first asked for; NULL for a domain
 * not kept (seen_domain). */
static const domain_map *domain_map_of(least *l, const val *dom, uint32_t n, uint32_t e)
{
    uint32_t domain = domain_index(l, dom, n);
    if (domain == UINT32_MAX) return NULL;
    const domain_map **m = &l->maps->domains[domain].by_e[e];
    if (!*m) {
        domain_map *made = arena_alloc(&l->maps->mem, sizeof *made);
        *made = make_domain_map(l, domain, e);
        *m = made;
    }
    return *m;
}

/* Whether some model value that the group moves lies in v. */
static bool holds_moved(const least *l, const val *v)
{
    switch (v->kind) {
    case VAL_MODEL: return v->index < l->s->nimage && l->s->moved[v->index];
    case VAL_SET: case VAL_SEQ:
        for (uint32_t k = 0; k < v->u.set->n; k++)
            if (holds_moved(l, &v->u.set->elems[k])) return true;
        return false;
    case VAL_FUNC:
        for (uint32_t k = 0; k < v->u.fn->n; k++)
            if (holds_moved(l, &v->u.fn->dom[k]) || holds_moved(l, &v->u.fn->rng[k])) return true;
        return false;
    case VAL_BOOL: case VAL_INT: case VAL_STR: return false;
    default: return true;   /* a lazy set: only its enumeration tells */
    }
}

/* Whether v's images can be compared in place: no set in it that the group changes. */
static bool comparable_in_place(const least *l, const val *v)
{
    switch (v->kind) {
    case VAL_SET: return !holds_moved(l, v);
    case VAL_SEQ:
        for (uint32_t k = 0; k < v->u.seq->n; k++)
            if (!comparable_in_place(l, &v->u.seq->elems[k])) return false;
        return true;
    case VAL_FUNC:
        for (uint32_t k = 0; k < v->u.fn->n; k++)
            if (!comparable_in_place(l, &v->u.fn->dom[k]) || !comparable_in_place(l, &v->u.fn->rng[k])) return false;
        return true;
    case VAL_BOOL: case VAL_INT: case VAL_STR: case VAL_MODEL: return true;
    default: return false;
    }
}

static int in_place_cmp(least *l, const val *x, uint32_t ex, const val *y, uint32_t ey);

static bool domain_holds_moved(const least *l, const val_fn *f)
{
    for (uint32_t k = 0; k < f->n; k++)
        if (holds_moved(l, &f->dom[k])) return true;
    return false;
}

/* Two functions' images, of as many points: the domains first, then the ranges. */
static int func_images_cmp(least *l, const val_fn *f, uint32_t ex, const val_fn *g, uint32_t ey)
{
    const domain_map *mf = domain_holds_moved(l, f) ? domain_map_of(l, f->dom, f->n, ex) : &unmoved;
    const domain_map *mg = domain_holds_moved(l, g) ? domain_map_of(l, g->dom, g->n, ey) : &unmoved;
    if (!mf || !mg || !mf->closed || !mg->closed) {   /* a domain the element changes: the images made */
        val vf = {.kind = VAL_FUNC}, vg = {.kind = VAL_FUNC};
        vf.u.fn = (val_fn *)f, vg.u.fn = (val_fn *)g;
        return val_compare(image_under(l, vf, ex), image_under(l, vg, ey));
    }
    /* each domain's image is itself */
    int c = 0;
    for (uint32_t j = 0; !c && f->dom != g->dom && j < f->n; j++) c = val_compare(f->dom[j], g->dom[j]);
    for (uint32_t j = 0; !c && j < f->n; j++)
        c = in_place_cmp(l, &f->rng[mf->inv ? mf->inv[j] : j], ex, &g->rng[mg->inv ? mg->inv[j] : j], ey);
    return c;
}

/* A model value's image under element e, read from the element's table. */
static inline const val *model_image(const least *l, const val *x, uint32_t e)
{
    const val *image = l->s->images[e];
    return x->index < l->s->nimage && image[x->index].kind != VAL_NONE ? &image[x->index] : x;
}

/* val_compare of x's image under element ex and y's under ey, both comparable in place. */
static int in_place_cmp(least *l, const val *x, uint32_t ex, const val *y, uint32_t ey)
{
    if (x->kind != y->kind) return val_compare(*x, *y);   /* kinds stay under a permutation (no lazy set here) */
    switch (x->kind) {
    case VAL_MODEL: return val_compare(*model_image(l, x, ex), *model_image(l, y, ey));
    case VAL_SEQ: {
        if (x->u.seq->n != y->u.seq->n) return x->u.seq->n < y->u.seq->n ? -1 : 1;
        for (uint32_t k = 0; k < x->u.seq->n; k++) {
            int c = in_place_cmp(l, &x->u.seq->elems[k], ex, &y->u.seq->elems[k], ey);
            if (c) return c;
        }
        return 0;
    }
    case VAL_FUNC:
        if (x->u.fn->n != y->u.fn->n) return x->u.fn->n < y->u.fn->n ? -1 : 1;
        return func_images_cmp(l, x->u.fn, ex, y->u.fn, ey);
    default: return val_compare(*x, *y);   /* no moved model value: every image is the value */
    }
}

/* Keep the alive elements whose image of v is the least, without making the images. */
static void least_in_place(least *l, const val *v)
{
    uint32_t kept = 1, best = l->alive[0];
    for (uint32_t k = 1; k < l->nalive; k++)
        if (keep(l, k, in_place_cmp(l, v, l->alive[k], v, best), &kept)) best = l->alive[k];
    l->nalive = kept;
}

static val image_in_place(least *l, val v, uint32_t e);

/* xs[0..n)'s images under e into a copy made once one of them changes; NULL when none does. */
static val *images_in_place(least *l, const val *xs, uint32_t n, const uint32_t *inv, uint32_t e)
{
    val *out = NULL;
    for (uint32_t j = 0; j < n; j++) {
        const val *x = &xs[inv ? inv[j] : j];
        val y = x->kind <= VAL_STR ? *x : image_in_place(l, *x, e);   /* booleans, integers, strings stay */
        if (!out && (inv || y.kind != x->kind || y.u.i != x->u.i || y.aux != x->aux)) {
            out = arena_alloc(l->a, sizeof(val) * (n + 1));
            for (uint32_t i = 0; i < j; i++) out[i] = xs[i];   /* unchanged (with inv, j is 0) */
        }
        if (out) out[j] = y;
    }
    return out;
}

/* v's image under e, its functions' domains permuted through their maps (the sets in it by
 * val_permute). */
static val image_in_place(least *l, val v, uint32_t e)
{
    if (!e) return v;   /* the identity */
    switch (v.kind) {
    case VAL_MODEL: return *model_image(l, &v, e);
    case VAL_SEQ: {
        val *xs = images_in_place(l, v.u.seq->elems, v.u.seq->n, NULL, e);
        if (!xs) return v;
        val out = val_seq_make(l->a, xs, v.u.seq->n);
        out.hint = v.hint;
        return out;
    }
    case VAL_FUNC: {
        const val_fn *f = v.u.fn;
        const domain_map *m = domain_holds_moved(l, f) ? domain_map_of(l, f->dom, f->n, e) : &unmoved;
        if (!m || !m->closed) return image_under(l, v, e);
        val *rng = images_in_place(l, f->rng, f->n, m->inv, e);
        if (!rng) return v;
        val_fn *g = arena_alloc(l->a, sizeof(val_fn));
        *g = (val_fn){f->n, f->dom, rng};   /* the domain's image is itself, still sorted */
        val out = v;
        out.u.fn = g;
        out.aux = 0;   /* another payload */
        return out;
    }
    case VAL_SET: case VAL_LAZY: return image_under(l, v, e);
    default: return v;
    }
}

/* The least image of v, or VAL_NONE where it is left to be made once the last variable is compared
 * (the image under any element then alive: they all tie on every variable). */
static val least_of(least *l, val v)
{
    if (l->nalive == 1) return image_in_place(l, v, l->alive[0]);
    if (comparable_in_place(l, &v)) {
        least_in_place(l, &v);
        return (val){.kind = VAL_NONE};
    }
    return v.kind == VAL_SET ? least_set(l, v) : least_any(l, v);
}

int model_symmetry_class(val v) { return v.kind == VAL_SET ? 2 : v.kind == VAL_SEQ || v.kind == VAL_FUNC ? 1 : 0; }

/* The variables are compared in an order of their own: the scalars first (a model value such as a
 * leader's name leaves a few elements in the running at the cost of a look-up), then the other values
 * that are not sets (a function of a few points usually leaves few, for a fraction of what a set of
 * messages costs under every element), then the sets, each class in the order of the variables. A
 * value's class does not change under a permutation, so the order is the same for every state of
 * an orbit, and the least image under it is as much the orbit's one representative. */
const val *model_symmetry_least(const model_symmetry *s, model_symmetry_maps *maps, arena *a, const val *vals,
                                uint32_t n)
{
    maps_trim(maps, s);
    least l = {s, a, arena_alloc(a, sizeof(uint32_t) * s->n), s->n, maps, NULL, 0, 0};
    for (uint32_t e = 0; e < s->n; e++) l.alive[e] = e;
    val *best = arena_alloc(a, sizeof(val) * (n + 1));
    for (int class = 0; class < 3; class++)
        for (uint32_t i = 0; i < n; i++)
            if (model_symmetry_class(vals[i]) == class) best[i] = least_of(&l, vals[i]);
    for (uint32_t i = 0; i < n; i++)
        if (best[i].kind == VAL_NONE) best[i] = image_in_place(&l, vals[i], l.alive[0]);
    return best;
}
