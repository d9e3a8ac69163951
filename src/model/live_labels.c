/* live_labels.c - fairness labels read off the expansion of a state, instead of evaluated again.
 *
 * WF_v(A) and SF_v(A) need, in every state, ENABLED <<A>>_v and, on every step, <<A>>_v. When A is
 * G /\ D(c1, ..., cn) with G state predicates and D an action that the next-state relation enters
 * where all of its successors are reported (a disjunct, an \E instance: eval_action.outer), the
 * expansion of a state s already says which successors are D(c...) steps: those reported with
 * D(c...) on their chain of actions. Once D(c...) was seen there in s, all of its steps from s were
 * reported (before the constraints), so
 *   ENABLED <<A>>_v (s) = G(s) /\ some D(c...) successor changes v, and
 *   <<A>>_v (s, t)      = G(s) /\ t was reported with D(c...) on its chain /\ v changes;
 * where G(s) is false both are false. Where D(c...) gave no successor, it is not enabled if every
 * expansion enters it (live_derived.always); otherwise (Next's \E may range over another set, say)
 * the labels are evaluated as usual. The model must be pure
 * (purity.c: evaluating A again could print, or draw other random values), and the expansion whole
 * (not a simulation's one action). */
#include "model_internal.h"

#include <stdlib.h>
#include <string.h>
#include <xxhash.h>

void model_liveness_derive(model *m)
{
    model_liveness *l = m->live;
    free(l->by_def);
    free(l->by_def_next);
    free(l->state_derived);
    free(l->edge_derived);
    uint32_t ndefs = m->prog->ndefs, nd = (uint32_t)l->derived.len;
    l->by_def = util_xmalloc(sizeof(uint32_t) * (ndefs + 1));
    l->by_def_next = util_xmalloc(sizeof(uint32_t) * (nd + 1));
    l->state_derived = util_xmalloc(sizeof(int32_t) * (l->state_labels.len + 1));
    l->edge_derived = util_xmalloc(sizeof(int32_t) * (l->edge_labels.len + 1));
    memset(l->by_def, 0xff, sizeof(uint32_t) * (ndefs + 1));
    memset(l->state_derived, 0xff, sizeof(int32_t) * (l->state_labels.len + 1));
    memset(l->edge_derived, 0xff, sizeof(int32_t) * (l->edge_labels.len + 1));
    for (uint32_t k = 0; k < nd; k++) {
        const live_derived *d = &l->derived.items[k];
        l->by_def_next[k] = UINT32_MAX;
        if (l->state_derived[d->enabled] >= 0 || l->edge_derived[d->step] >= 0) continue;   /* seen already */
        l->state_derived[d->enabled] = (int32_t)k;
        l->edge_derived[d->step] = (int32_t)k;
        l->by_def_next[k] = l->by_def[d->sa.def->id];
        l->by_def[d->sa.def->id] = k;
    }
}

/* A successor emitted by the expansion: its bytes in `bytes`, its mask at index * words in `masks`. */
typedef struct emitted { uint64_t hash; uint32_t off, len; } emitted;

struct live_labeller {
    const model *m;
    const model_liveness *l;
    uint32_t nd, words;              /* derived fairness, and the words of a mask over them */
    uint32_t nvars;
    eval_worker *ew;
    const uint8_t *state;            /* the state being expanded (NULL: none) */
    const val *cur;
    bool failed;                     /* an evaluation failed: nothing is known */
    bool prepared;                   /* guards evaluated and rows made for this state */
    uint64_t *entered;               /* k: some successor came through D(c...) */
    uint64_t *enabled;               /* k: ... and changed v */
    uint64_t *guard_false;           /* k: G is false in the state */
    uint64_t *mask;                  /* the successor being reported: the k it is a step of */
    val *args;
    VEC(uint8_t) bytes;
    VEC(emitted) succs;
    VEC(uint64_t) masks;
    uint32_t *slots;                 /* open addressing over succs (index + 1), built at the first edge */
    size_t cap;
    bool indexed;
    uint64_t *known_s, *values_s, *known_e, *values_e;
    uint32_t state_words, edge_words;
};

static uint32_t words_of(size_t n) { return (uint32_t)(n / 64 + 1); }

live_labeller *live_labeller_new(const model *m)
{
    const model_liveness *l = m->live;
    if (!l || !l->derived.len || !m->pure || m->simulation) return NULL;
    live_labeller *lab = util_xcalloc(1, sizeof *lab);
    lab->m = m;
    lab->l = l;
    lab->nd = (uint32_t)l->derived.len;
    lab->words = words_of(lab->nd);
    lab->nvars = m->prog->nvars;
    uint32_t maxargs = 1;
    for (uint32_t k = 0; k < lab->nd; k++)
        if (l->derived.items[k].sa.nargs > maxargs) maxargs = l->derived.items[k].sa.nargs;
    lab->args = util_xmalloc(sizeof(val) * (maxargs + 1));
    lab->entered = util_xcalloc(4 * lab->words, sizeof(uint64_t));
    lab->enabled = lab->entered + lab->words;
    lab->guard_false = lab->enabled + lab->words;
    lab->mask = lab->guard_false + lab->words;
    lab->state_words = words_of(l->state_labels.len);
    lab->edge_words = words_of(l->edge_labels.len);
    lab->known_s = util_xcalloc(2 * (size_t)lab->state_words + 2 * (size_t)lab->edge_words, sizeof(uint64_t));
    lab->values_s = lab->known_s + lab->state_words;
    lab->known_e = lab->values_s + lab->state_words;
    lab->values_e = lab->known_e + lab->edge_words;
    return lab;
}

void live_labeller_free(live_labeller *lab)
{
    if (!lab) return;
    free(lab->args);
    free(lab->entered);
    free(lab->known_s);
    VEC_FREE(lab->bytes);
    VEC_FREE(lab->succs);
    VEC_FREE(lab->masks);
    free(lab->slots);
    free(lab);
}

void live_labeller_expanding(live_labeller *lab, eval_worker *ew, const uint8_t *state, const val *cur)
{
    lab->ew = ew;
    lab->state = state;
    lab->cur = cur;
    lab->failed = lab->prepared = lab->indexed = false;
    memset(lab->entered, 0, sizeof(uint64_t) * 3 * lab->words);
    lab->bytes.len = lab->succs.len = lab->masks.len = 0;
}

void live_labeller_done(live_labeller *lab) { lab->state = NULL; }

static bool same_args(const eval_sub_action *sa, const val *args)
{
    for (uint32_t i = 0; i < sa->nargs; i++)
        if (!val_equal(sa->args[i], args[i])) return false;
    return true;
}

/* Is the successor a step of D(c...) for derived k: the bits into lab->mask. False on an error. */
static bool match_chain(live_labeller *lab, const eval_action *a, bool *any)
{
    const model_liveness *l = lab->l;
    for (const eval_action *x = a; x; x = x->outer) {
        if (!x->def || x->via_instance) continue;
        uint32_t k = l->by_def[x->def->id];
        if (k == UINT32_MAX) continue;
        if (x->def->nparams && !eval_action_args(lab->ew, x, lab->args)) return false;
        for (; k != UINT32_MAX; k = l->by_def_next[k])
            if (same_args(&l->derived.items[k].sa, lab->args)) {
                live_set_bit(lab->mask, k);
                *any = true;
            }
    }
    return true;
}

void live_labeller_successor(live_labeller *lab, const val *next, const eval_action *a)
{
    if (!lab->state || lab->failed) return;
    memset(lab->mask, 0, sizeof(uint64_t) * lab->words);
    bool any = false;
    if (!match_chain(lab, a, &any)) {
        lab->failed = true;
        return;
    }
    if (!any) return;
    for (uint32_t w = 0; w < lab->words; w++) {
        lab->entered[w] |= lab->mask[w];
        for (uint64_t bits = lab->mask[w]; bits; bits &= bits - 1) {
            uint32_t k = w * 64 + (uint32_t)__builtin_ctzll(bits);
            bool changed;
            if (!eval_closure_holds(lab->ew, lab->l->derived.items[k].sa.changed, lab->cur, next, &changed)) {
                lab->failed = true;
                return;
            }
            if (!changed) lab->mask[w] &= ~((uint64_t)1 << (k % 64));
        }
        lab->enabled[w] |= lab->mask[w];
    }
}

void live_labeller_emitted(live_labeller *lab, const uint8_t *bytes, uint32_t len)
{
    if (!lab->state || lab->failed) return;
    emitted e = {XXH3_64bits(bytes, len), (uint32_t)lab->bytes.len, len};
    VEC_RESERVE(lab->bytes, lab->bytes.len + len);
    memcpy(lab->bytes.items + lab->bytes.len, bytes, len);
    lab->bytes.len += len;
    VEC_PUSH(lab->succs, e);
    VEC_RESERVE(lab->masks, lab->masks.len + lab->words);
    memcpy(lab->masks.items + lab->masks.len, lab->mask, sizeof(uint64_t) * lab->words);
    lab->masks.len += lab->words;
}

/* The guards in the state, and the state's row of known labels. False on an error. */
static bool prepare(live_labeller *lab)
{
    if (lab->prepared) return true;
    const model_liveness *l = lab->l;
    memset(lab->known_s, 0, sizeof(uint64_t) * 2 * ((size_t)lab->state_words + lab->edge_words));
    for (uint32_t k = 0; k < lab->nd; k++) {
        const live_derived *d = &l->derived.items[k];
        if (l->state_derived[d->enabled] != (int32_t)k) continue;
        for (uint32_t g = 0; g < d->sa.nguards && !live_bit(lab->guard_false, k); g++) {
            bool holds;
            if (!eval_closure_holds(lab->ew, d->sa.guards[g], lab->cur, NULL, &holds)) return false;
            if (!holds) live_set_bit(lab->guard_false, k);
        }
        bool guard_false = live_bit(lab->guard_false, k);
        if (!guard_false && !live_bit(lab->entered, k) && !d->always) continue;   /* not known: evaluated */
        live_set_bit(lab->known_s, d->enabled);
        live_set_bit(lab->known_e, d->step);
        if (!guard_false && live_bit(lab->enabled, k)) live_set_bit(lab->values_s, d->enabled);
    }
    lab->prepared = true;
    return true;
}

const uint64_t *live_labeller_state(live_labeller *lab, const uint8_t *state, const uint64_t **values)
{
    if (!lab || !lab->state || state != lab->state || lab->failed) return NULL;
    if (!prepare(lab)) {
        lab->failed = true;
        return NULL;
    }
    *values = lab->values_s;
    return lab->known_s;
}

static void index_succs(live_labeller *lab)
{
    size_t cap = 16;
    while (cap < 2 * lab->succs.len) cap *= 2;
    if (cap > lab->cap) {
        free(lab->slots);
        lab->slots = util_xmalloc(sizeof(uint32_t) * cap);
        lab->cap = cap;
    }
    memset(lab->slots, 0, sizeof(uint32_t) * lab->cap);
    for (size_t i = 0; i < lab->succs.len; i++) {
        size_t j = lab->succs.items[i].hash & (lab->cap - 1);
        while (lab->slots[j]) j = (j + 1) & (lab->cap - 1);
        lab->slots[j] = (uint32_t)i + 1;
    }
    lab->indexed = true;
}

/* The mask of the steps to `next` (every emission of it), into lab->mask. */
static void steps_to(live_labeller *lab, const uint8_t *next, uint32_t len)
{
    memset(lab->mask, 0, sizeof(uint64_t) * lab->words);
    uint64_t h = XXH3_64bits(next, len);
    for (size_t j = h & (lab->cap - 1); lab->slots[j]; j = (j + 1) & (lab->cap - 1)) {
        const emitted *e = &lab->succs.items[lab->slots[j] - 1];
        if (e->hash != h || e->len != len || memcmp(lab->bytes.items + e->off, next, len) != 0) continue;
        const uint64_t *m = lab->masks.items + (size_t)(lab->slots[j] - 1) * lab->words;
        for (uint32_t w = 0; w < lab->words; w++) lab->mask[w] |= m[w];
    }
}

const uint64_t *live_labeller_edge(live_labeller *lab, const uint8_t *state, const uint8_t *next, uint32_t len,
                                   const uint64_t **values)
{
    if (!lab || !lab->state || state != lab->state || lab->failed) return NULL;
    if (!prepare(lab)) {
        lab->failed = true;
        return NULL;
    }
    if (!lab->indexed) index_succs(lab);
    steps_to(lab, next, len);
    const model_liveness *l = lab->l;
    memset(lab->values_e, 0, sizeof(uint64_t) * lab->edge_words);
    for (uint32_t k = 0; k < lab->nd; k++) {
        const live_derived *d = &l->derived.items[k];
        if (l->edge_derived[d->step] == (int32_t)k && !live_bit(lab->guard_false, k) && live_bit(lab->mask, k))
            live_set_bit(lab->values_e, d->step);
    }
    *values = lab->values_e;
    return lab->known_e;
}

/* ---- refinement mappings kept across states ------------------------------------------------------ */

typedef struct mappings { model *m; uint64_t *vars; } mappings;

/* A definition the model can have kept: no parameters, state level, in no instance, not replaced by
 * the .cfg, more than a variable's name, and reading only some variables (the others may vary while
 * those repeat), nothing but their values. */
static void keep_mapping(void *data, const syn_expr *value)
{
    mappings *x = data;
    model *m = x->m;
    const syn_expr *e = sema_strip(value);
    if (e->kind != SX_APPLY || e->u.apply.nargs) return;
    const sema_ref *r = e->u.apply.res;
    if (!r || r->kind != REF_DEF || r->npath) return;
    const sema_def *d = r->def;
    if (d->nparams || d->native || d->recursive || d->is_function || d->level != LEVEL_STATE || !d->body) return;
    const syn_expr *body = sema_strip(d->body);
    if (body->kind == SX_APPLY && !body->u.apply.nargs) return;   /* a name: nothing to save */
    for (size_t i = 0; i < m->overrides.len; i++)
        if (m->overrides.items[i].target == d) return;
    if (!model_expr_reads(m, d->body, x->vars)) return;
    uint32_t nread = 0;
    for (uint32_t w = 0; w < model_var_words(m); w++) nread += (uint32_t)__builtin_popcountll(x->vars[w]);
    if (nread == m->prog->nvars) return;
    eval_def_keyed(m->ep, d, x->vars);
    m->nkeyed++;
}

static void walk_closure(void *data, const syn_expr *e)
{
    mappings *x = data;
    model_expr_substitutions(x->m, e, keep_mapping, x);
}

static void walk_closures(mappings *x, const closure_list *cls)
{
    for (size_t i = 0; i < cls->len; i++) eval_closure_substitutions(cls->items[i], walk_closure, x);
}

void model_keep_refinement_mappings(model *m)
{
    mappings x = {m, util_xcalloc(model_var_words(m), sizeof(uint64_t))};
    for (size_t i = 0; i < m->action_props.len; i++) {
        const named_expr *n = &m->action_props.items[i];
        if (n->cl) eval_closure_substitutions(n->cl, walk_closure, &x);
        else walk_closure(&x, n->expr);
    }
    if (m->live) {
        walk_closures(&x, &m->live->state_labels);
        walk_closures(&x, &m->live->edge_labels);
    }
    free(x.vars);
}
