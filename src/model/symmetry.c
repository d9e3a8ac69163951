/* symmetry.c - SYMMETRY: the cfg names a set of permutations of model values; like TLC, the checker
 * reduces by the group they generate (so `Permutations(A) \union Permutations(B)` means every
 * permutation of A combined with every permutation of B), listed without the identity. */
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
    m->exit_code = EXIT_CONFIG_CODE;
    return false;
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
            return symmetry_error(m, loc, "SYMMETRY must name a set of permutations (functions)");
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

bool model_symmetry_setup(model *m, val perms, syn_loc loc)
{
    arena *a = eval_permanent(m->ep);
    val set;
    if (val_enumerate(a, perms, &set) != VAL_OK)
        return symmetry_error(m, loc, "SYMMETRY must name a finite set of permutations");
    group g = {0};
    atom *support = NULL;
    bool ok = read_generators(m, a, set, loc, &g, &support) && close_group(m, loc, &g, a);
    if (ok) {
        m->perms = util_xcalloc(g.n ? g.n : 1, sizeof *m->perms);
        uint32_t nimage = 0;
        for (uint32_t i = 0; i < g.support; i++) {
            uint32_t index = val_model_index(val_model(support[i]));
            if (index >= nimage) nimage = index + 1;
        }
        for (uint32_t e = 0; e < g.n; e++) {
            const uint16_t *p = element(&g, e);
            val *image = arena_zalloc(a, sizeof(val) * (nimage + 1));   /* VAL_NONE: unmoved */
            for (uint32_t i = 0; i < g.support; i++)
                image[val_model_index(val_model(support[i]))] = val_model(support[p[i]]);
            m->perms[m->nperms++] = (model_perm){image, nimage};
        }
    }
    VEC_FREE(g.images);
    free(g.slots);
    return ok;
}
