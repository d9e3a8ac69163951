/* tableau.c - hash-consed temporal formulas and the tableau that turns one into a Buchi automaton
 * (see tableau.h).
 *
 * The tableau (Gerth, Peled, Vardi, Wolper 1995) expands a node's pending formulas until only
 * literals and obligations for the next position remain: a conjunction adds its parts, a
 * disjunction splits the node, []F is F now and []F next, <>F is F now or <>F next (a split). Nodes
 * with the same formulas now and next are merged, so the automaton is finite. A run must not put
 * off a <>F forever: each <>F gives an acceptance set, the nodes that do not promise it or fulfil
 * it, which an accepting run visits infinitely often. */
#include "tableau.h"

#include <stdlib.h>
#include <string.h>

struct ltl_store {
    arena mem;
    VEC(ltl *) all;                  /* by id */
};

ltl_store *ltl_store_new(void)
{
    ltl_store *st = util_xcalloc(1, sizeof *st);
    arena_init(&st->mem);
    return st;
}

void ltl_store_free(ltl_store *st)
{
    if (!st) return;
    arena_free(&st->mem);
    VEC_FREE(st->all);
    free(st);
}

static bool same(const ltl *a, const ltl *b)
{
    if (a->kind != b->kind || a->n != b->n || a->edge != b->edge) return false;
    if (a->lit.bit != b->lit.bit || a->lit.value != b->lit.value) return false;
    if (a->enabled != b->enabled || a->step != b->step) return false;
    for (uint32_t i = 0; i < a->n; i++)
        if (a->kids[i] != b->kids[i]) return false;
    return true;
}

/* The one formula equal to *proto (its kids copied into the store when new). */
static const ltl *intern(ltl_store *st, const ltl *proto)
{
    for (size_t i = 0; i < st->all.len; i++)
        if (same(st->all.items[i], proto)) return st->all.items[i];
    ltl *f = ARENA_NEW(&st->mem, ltl);
    *f = *proto;
    if (proto->n) {
        f->kids = arena_alloc(&st->mem, sizeof *f->kids * proto->n);
        memcpy(f->kids, proto->kids, sizeof *f->kids * proto->n);
    }
    f->id = (uint32_t)st->all.len;
    VEC_PUSH(st->all, f);
    return f;
}

const ltl *ltl_const(ltl_store *st, bool value) { return intern(st, &(ltl){.kind = value ? LTL_TRUE : LTL_FALSE}); }

const ltl *ltl_lit(ltl_store *st, bool edge, uint32_t bit, bool value)
{
    return intern(st, &(ltl){.kind = LTL_LIT, .edge = edge, .lit = {bit, value}});
}

static bool complementary(const ltl *a, const ltl *b)
{
    return a->kind == LTL_LIT && b->kind == LTL_LIT && a->edge == b->edge && a->lit.bit == b->lit.bit &&
           a->lit.value != b->lit.value;
}

static int by_id(const void *a, const void *b)
{
    uint32_t x = (*(const ltl *const *)a)->id, y = (*(const ltl *const *)b)->id;
    return (x > y) - (x < y);
}

/* A conjunction (or disjunction): nested ones flattened, units dropped, kids sorted by id so that
 * the order they come in does not matter. */
static const ltl *junction(ltl_store *st, ltl_kind kind, const ltl *const *kids, uint32_t n)
{
    ltl_kind unit = kind == LTL_AND ? LTL_TRUE : LTL_FALSE, zero = kind == LTL_AND ? LTL_FALSE : LTL_TRUE;
    VEC(const ltl *) flat = {0};
    for (uint32_t i = 0; i < n; i++) {
        const ltl *k = kids[i];
        if (k->kind == kind) {
            for (uint32_t j = 0; j < k->n; j++) VEC_PUSH(flat, k->kids[j]);
        } else if (k->kind != unit) {
            VEC_PUSH(flat, k);
        }
    }
    if (flat.len > 1) qsort(flat.items, flat.len, sizeof *flat.items, by_id);
    size_t m = 0;
    bool absorbed = false;
    for (size_t i = 0; i < flat.len; i++) {
        if (flat.items[i]->kind == zero) absorbed = true;
        for (size_t j = 0; j < m; j++) absorbed |= complementary(flat.items[i], flat.items[j]);
        if (!m || flat.items[i] != flat.items[m - 1]) flat.items[m++] = flat.items[i];
    }
    const ltl *f = absorbed ? ltl_const(st, kind == LTL_OR)
                 : m == 0    ? ltl_const(st, kind == LTL_AND)
                 : m == 1    ? flat.items[0]
                             : intern(st, &(ltl){.kind = kind, .kids = flat.items, .n = (uint32_t)m});
    VEC_FREE(flat);
    return f;
}

const ltl *ltl_unary(ltl_store *st, ltl_kind kind, const ltl *kid)
{
    if (kid->kind == LTL_TRUE || kid->kind == LTL_FALSE || kid->kind == kind) return kid;
    /* []<>[]F = <>[]F and <>[]<>F = []<>F */
    ltl_kind other = kind == LTL_ALWAYS ? LTL_EVENTUALLY : LTL_ALWAYS;
    if (kid->kind == other && kid->kids[0]->kind == kind) return kid;
    return intern(st, &(ltl){.kind = kind, .kids = &kid, .n = 1});
}

const ltl *ltl_op(ltl_store *st, ltl_kind kind, const ltl *const *kids, uint32_t n)
{
    if (kind == LTL_AND || kind == LTL_OR) return junction(st, kind, kids, n);
    return ltl_unary(st, kind, kids[0]);
}

const ltl *ltl_binary(ltl_store *st, ltl_kind kind, const ltl *a, const ltl *b)
{
    const ltl *kids[2] = {a, b};
    return junction(st, kind, kids, 2);
}

const ltl *ltl_fairness(ltl_store *st, bool strong, uint32_t enabled, uint32_t step)
{
    return intern(st, &(ltl){.kind = strong ? LTL_SF : LTL_WF, .enabled = enabled, .step = step});
}

const ltl *ltl_often(ltl_store *st, const ltl *f) { return ltl_unary(st, LTL_ALWAYS, ltl_unary(st, LTL_EVENTUALLY, f)); }

const ltl *ltl_eventually_always(ltl_store *st, const ltl *f)
{
    return ltl_unary(st, LTL_EVENTUALLY, ltl_unary(st, LTL_ALWAYS, f));
}

const ltl *ltl_often_body(const ltl *f)
{
    return f->kind == LTL_ALWAYS && f->kids[0]->kind == LTL_EVENTUALLY ? f->kids[0]->kids[0] : NULL;
}

const ltl *ltl_eventually_always_body(const ltl *f)
{
    return f->kind == LTL_EVENTUALLY && f->kids[0]->kind == LTL_ALWAYS ? f->kids[0]->kids[0] : NULL;
}

const ltl *ltl_expand_fairness(ltl_store *st, const ltl *f)
{
    if (f->kind == LTL_WF || f->kind == LTL_SF) {
        const ltl *disabled = ltl_lit(st, false, f->enabled, false), *taken = ltl_lit(st, true, f->step, true);
        /* made first: the formulas' ids order the automaton's nodes, hence the lasso found */
        const ltl *often_taken = ltl_often(st, taken);
        const ltl *off = f->kind == LTL_WF ? ltl_often(st, disabled) : ltl_eventually_always(st, disabled);
        return ltl_binary(st, LTL_OR, off, often_taken);
    }
    if (!f->n) return f;
    const ltl **kids = util_xmalloc(sizeof *kids * f->n);
    for (uint32_t i = 0; i < f->n; i++) kids[i] = ltl_expand_fairness(st, f->kids[i]);
    const ltl *g = ltl_op(st, f->kind, kids, f->n);
    free(kids);
    return g;
}

bool ltl_as_conj(const ltl *f, bool *edge, live_conj *out)
{
    const ltl *const *lits = f->kind == LTL_AND ? f->kids : &f;
    uint32_t n = f->kind == LTL_AND ? f->n : 1;
    if (n > LIVE_MAX_LITERALS) return false;
    *out = (live_conj){0};
    for (uint32_t i = 0; i < n; i++) {
        if (lits[i]->kind != LTL_LIT || lits[i]->edge != lits[0]->edge) return false;
        out->lits[out->n++] = lits[i]->lit;
    }
    *edge = lits[0]->edge;
    return true;
}

/* ---- the tableau -------------------------------------------------------------------------------- */

enum { INIT = UINT32_MAX };

typedef VEC(uint32_t) u32_vec;

/* A node being expanded: formulas still to take apart, formulas holding now, obligations for the
 * next position; where it is entered from. */
typedef struct pending { uint64_t *todo, *now, *next; u32_vec incoming; } pending;
typedef struct done_node { uint64_t *now, *next; u32_vec incoming; } done_node;

typedef struct tableau {
    ltl_store *st;
    uint32_t words;                  /* of a formula set */
    arena mem;                       /* formula sets */
    VEC(pending) stack;
    VEC(done_node) nodes;
} tableau;

static bool has(const uint64_t *set, uint32_t i) { return set[i >> 6] >> (i & 63) & 1; }
static void put(uint64_t *set, uint32_t i) { set[i >> 6] |= (uint64_t)1 << (i & 63); }
static void drop(uint64_t *set, uint32_t i) { set[i >> 6] &= ~((uint64_t)1 << (i & 63)); }

static uint64_t *new_set(tableau *t, const uint64_t *from)
{
    uint64_t *s = arena_zalloc(&t->mem, sizeof(uint64_t) * t->words);
    if (from) memcpy(s, from, sizeof(uint64_t) * t->words);
    return s;
}

static pending copy_pending(tableau *t, const pending *p)
{
    pending c = {new_set(t, p->todo), new_set(t, p->now), new_set(t, p->next), {0}};
    for (size_t i = 0; i < p->incoming.len; i++) VEC_PUSH(c.incoming, p->incoming.items[i]);
    return c;
}

static int first_member(const tableau *t, const uint64_t *set)
{
    for (uint32_t w = 0; w < t->words; w++)
        if (set[w]) return (int)(w * 64 + (uint32_t)__builtin_ctzll(set[w]));
    return -1;
}

/* Is literal f contradicted by the formulas holding now? */
static bool contradicted(const tableau *t, const pending *p, const ltl *f)
{
    for (size_t i = 0; i < t->st->all.len; i++)
        if (has(p->now, (uint32_t)i) && complementary(f, t->st->all.items[i])) return true;
    return false;
}

/* A node with nothing left to take apart: merged with an equal one, or added (and its successor
 * started from its obligations). */
static void settle(tableau *t, pending *p)
{
    size_t bytes = sizeof(uint64_t) * t->words;
    for (size_t i = 0; i < t->nodes.len; i++) {
        done_node *d = &t->nodes.items[i];
        if (memcmp(d->now, p->now, bytes) || memcmp(d->next, p->next, bytes)) continue;
        for (size_t k = 0; k < p->incoming.len; k++) VEC_PUSH(d->incoming, p->incoming.items[k]);
        VEC_FREE(p->incoming);
        return;
    }
    VEC_PUSH(t->nodes, ((done_node){p->now, p->next, p->incoming}));
    pending succ = {new_set(t, p->next), new_set(t, NULL), new_set(t, NULL), {0}};
    VEC_PUSH(succ.incoming, (uint32_t)t->nodes.len - 1);
    VEC_PUSH(t->stack, succ);
}

/* Take p's formulas apart; false if it turns out contradictory (it is then dropped). */
static bool expand(tableau *t, pending *p)
{
    int i;
    while ((i = first_member(t, p->todo)) >= 0) {
        drop(p->todo, (uint32_t)i);
        if (has(p->now, (uint32_t)i)) continue;
        const ltl *f = t->st->all.items[i];
        if (f->kind == LTL_TRUE) continue;   /* nothing to remember: nodes differing by it are one */
        if (f->kind == LTL_FALSE || (f->kind == LTL_LIT && contradicted(t, p, f))) return false;
        put(p->now, (uint32_t)i);
        switch (f->kind) {
        case LTL_AND:
            for (uint32_t k = 0; k < f->n; k++) put(p->todo, f->kids[k]->id);
            break;
        case LTL_OR: {
            bool met = false;
            for (uint32_t k = 0; k < f->n; k++) met |= has(p->now, f->kids[k]->id);
            if (met) break;
            for (uint32_t k = 1; k < f->n; k++) {
                pending alt = copy_pending(t, p);
                put(alt.todo, f->kids[k]->id);
                VEC_PUSH(t->stack, alt);
            }
            put(p->todo, f->kids[0]->id);
            break;
        }
        case LTL_ALWAYS:
            put(p->todo, f->kids[0]->id);
            put(p->next, (uint32_t)i);
            break;
        case LTL_EVENTUALLY: {
            if (has(p->now, f->kids[0]->id)) break;
            pending later = copy_pending(t, p);
            put(later.next, (uint32_t)i);
            VEC_PUSH(t->stack, later);
            put(p->todo, f->kids[0]->id);
            break;
        }
        default: break;   /* literals; WF and SF are expanded before */
        }
    }
    return true;
}

/* The literals holding now, on states or on steps, as a conjunction; false if too many. */
static bool node_literals(const tableau *t, const uint64_t *now, bool edge, live_conj *out)
{
    *out = (live_conj){0};
    for (size_t i = 0; i < t->st->all.len; i++) {
        const ltl *f = t->st->all.items[i];
        if (!has(now, (uint32_t)i) || f->kind != LTL_LIT || f->edge != edge) continue;
        if (out->n == LIVE_MAX_LITERALS) return false;
        out->lits[out->n++] = f->lit;
    }
    return true;
}

/* Acceptance: each <>F some node promises gives a set, the nodes not promising it or fulfilling it. */
static tableau_status acceptance(const tableau *t, live_node *nodes, uint32_t *naccept)
{
    *naccept = 0;
    for (size_t i = 0; i < t->st->all.len; i++) {
        const ltl *f = t->st->all.items[i];
        if (f->kind != LTL_EVENTUALLY) continue;
        bool promised = false;
        for (size_t k = 0; k < t->nodes.len && !promised; k++) promised = has(t->nodes.items[k].now, (uint32_t)i);
        if (!promised) continue;
        if (*naccept == 64) return TABLEAU_TOO_BIG;
        for (size_t k = 0; k < t->nodes.len; k++) {
            const uint64_t *now = t->nodes.items[k].now;
            if (!has(now, (uint32_t)i) || has(now, f->kids[0]->id)) nodes[k].accept |= (uint64_t)1 << *naccept;
        }
        ++*naccept;
    }
    return TABLEAU_OK;
}

/* The finished nodes as the check's automaton. */
static tableau_status emit(const tableau *t, arena *mem, live_check *out)
{
    uint32_t n = (uint32_t)t->nodes.len;
    live_node *nodes = arena_zalloc(mem, sizeof *nodes * (n + 1));
    uint32_t *count = util_xcalloc(n + 1, sizeof *count), total = 0;
    for (uint32_t r = 0; r < n; r++) {
        const done_node *d = &t->nodes.items[r];
        if (!node_literals(t, d->now, false, &nodes[r].state) || !node_literals(t, d->now, true, &nodes[r].step)) {
            free(count);
            return TABLEAU_TOO_BIG;
        }
        for (size_t k = 0; k < d->incoming.len; k++) {
            if (d->incoming.items[k] == INIT) nodes[r].initial = true;
            else count[d->incoming.items[k]]++, total++;
        }
    }
    uint32_t *next = arena_alloc(mem, sizeof *next * (total + 1));
    for (uint32_t r = 0, at = 0; r < n; r++) {
        nodes[r].first_next = at;
        at += count[r];
    }
    for (uint32_t r = 0; r < n; r++) {
        const done_node *d = &t->nodes.items[r];
        for (size_t k = 0; k < d->incoming.len; k++) {
            uint32_t from = d->incoming.items[k];
            if (from != INIT) next[nodes[from].first_next + nodes[from].nnext++] = r;
        }
    }
    free(count);
    out->nodes = nodes;
    out->nnodes = n;
    out->next = next;
    return acceptance(t, nodes, &out->naccept);
}

tableau_status tableau_build(ltl_store *st, const ltl *f, arena *mem, live_check *out)
{
    tableau t = {.st = st, .words = (uint32_t)(st->all.len + 63) / 64};
    arena_init(&t.mem);
    pending start = {new_set(&t, NULL), new_set(&t, NULL), new_set(&t, NULL), {0}};
    put(start.todo, f->id);
    VEC_PUSH(start.incoming, (uint32_t)INIT);
    VEC_PUSH(t.stack, start);
    while (t.stack.len) {
        pending p = t.stack.items[--t.stack.len];
        if (expand(&t, &p)) settle(&t, &p);
        else VEC_FREE(p.incoming);
    }
    tableau_status status = t.nodes.len ? emit(&t, mem, out) : TABLEAU_EMPTY;
    for (size_t i = 0; i < t.nodes.len; i++) VEC_FREE(t.nodes.items[i].incoming);
    VEC_FREE(t.nodes);
    VEC_FREE(t.stack);
    arena_free(&t.mem);
    return status;
}
