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
 * the labels are evaluated as usual. When A is A1 \/ ... \/ An, each Ai such a sub-action that every
 * expansion enters (live_derived.nparts), the labels are known where every part's are and true
 * where one part's are. The model must be pure
 * (purity.c: evaluating A again could print, or draw other random values), and the expansion whole
 * (not a simulation's one action).
 *
 * When A is no sub-action of Next (bcastByz's WF_vars(\E self \in Corr : ReceiveFromCorrectSender(self)
 * /\ ...): Next receives from any sender), the model worker enumerates A's successors once from the
 * state expanded (model_liveness.enumerated), and
 *   ENABLED <<A>>_v (s) = some successor of A from s changes v, and
 *   <<A>>_v (s, t)      = t's bytes are among those of A's successors from s /\ v changes,
 * instead of evaluating A on every step (subsets tried until one matches, in bcastByz) and ENABLED A
 * in every state. A successor's bytes are canonical (as the explorer's, no VIEW nor SYMMETRY): equal
 * bytes, equal states. An enumeration that fails (an error, a variable A leaves unassigned, an
 * unlistable value) leaves A's labels to be evaluated, where errors are reported as before; so does,
 * from then on in that worker, the failure (it would fail again in most states and cost twice). */
#include "model_internal.h"

#include <stddef.h>
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
    memset(l->by_def_next, 0xff, sizeof(uint32_t) * (nd + 1));
    memset(l->state_derived, 0xff, sizeof(int32_t) * (l->state_labels.len + 1));
    memset(l->edge_derived, 0xff, sizeof(int32_t) * (l->edge_labels.len + 1));
    for (uint32_t k = 0; k < nd; k++) {
        const live_derived *d = &l->derived.items[k];
        if (d->first != k) continue;   /* a union's part: with its first */
        if (l->state_derived[d->enabled] >= 0 || l->edge_derived[d->step] >= 0) continue;   /* seen already */
        l->state_derived[d->enabled] = (int32_t)k;
        l->edge_derived[d->step] = (int32_t)k;
        for (uint32_t p = k; p < k + d->nparts; p++) {
            uint32_t def = l->derived.items[p].sa.def->id;
            l->by_def_next[p] = l->by_def[def];
            l->by_def[def] = p;
        }
    }
}

/* The derived labels whose arguments are all plain values (no any_arg, nothing unlistable), by a
 * hash of their definition and their arguments' fingerprints: a successor of D(c...) finds the few
 * labels with those arguments without comparing c... with every label of D (108 message labels of
 * three definitions in AllocatorImplementation). Equal values have equal fingerprints, so the
 * bucket holds every label val_equal would match; val_equal still decides. */
typedef struct args_slot { uint64_t hash; uint32_t k; } args_slot;   /* k + 1; 0: empty */

/* A successor emitted by the expansion: its bytes in `bytes`, its mask at index * words in `masks`,
 * where its variables start at index * (nvars + 1) in `offsets`. */
typedef struct emitted { uint64_t hash; uint32_t off, len; } emitted;

/* A successor of enumerated fairness action j, its bytes at off in `fair_bytes`; changed: it changes v */
typedef struct fair_succ { uint64_t hash; uint32_t off, len, j; bool changed; } fair_succ;

struct live_labeller {
    const model *m;
    const model_liveness *l;
    uint32_t nd, words;              /* derived fairness, and the words of a mask over them */
    uint32_t nvars;
    eval_worker *ew;
    const uint8_t *state;            /* the state being expanded (NULL: none) */
    uint32_t state_len;
    const val *cur;
    label_memo *memo;                /* the worker's (G kept by their variables' bytes), or NULL */
    bool failed;                     /* an evaluation failed: nothing is known */
    bool prepared;                   /* guards evaluated and rows made for this state */
    uint64_t *entered;               /* k: some successor came through D(c...) */
    uint64_t *enabled;               /* k: ... and changed v */
    uint64_t *guard_false;           /* k: G is false in the state */
    uint64_t *mask;                  /* the successor being reported: the k it is a step of */
    uint64_t *gives_step;            /* k: its step label is k's (edge_derived) and G holds in the state */
    uint64_t *guard_done;            /* k: its G's truth is in guard_false from the memo's rows */
    /* what prepare and the steps read of the derived labels, kept apart from the live_derived items
     * (large, and out of the cache by the next state): rows over k of those that give their state
     * label (model_liveness.state_derived: `firsts`), of those with guards G, of those `always`
     * entered; and by k, its state label ENABLED <<A>>_v and its step label <<A>>_v */
    uint64_t *firsts, *guarded, *always;
    uint32_t *enabled_of, *step_of;
    uint64_t *parts;                 /* k: a part of a union (live_derived.nparts > 1), in firsts */
    VEC(uint32_t) unions;            /* the first part of each union in firsts */
    val *args;
    val_buf arg_bytes;               /* args_hash's scratch */
    VEC(uint8_t) bytes;
    VEC(emitted) succs;
    VEC(uint64_t) masks;
    VEC(uint32_t) offsets;
    uint32_t *slots;                 /* open addressing over succs (index + 1), built at the first edge */
    size_t cap;
    bool indexed;
    uint64_t *known_s, *values_s, *known_e, *values_e;
    uint32_t state_words, edge_words;
    bool all_known_e;                /* every step label is in known_e */
    bool keep_offsets;               /* offsets kept (offsets_wanted) */
    bool *def_indexed;               /* by definition id: its derived labels are all in `index` */
    args_slot *index;
    uint32_t index_cap;              /* a power of two (0: no index) */
    uint32_t nenum;                  /* enumerated fairness actions (model_liveness.enumerated) */
    uint32_t nbox;                   /* ... of which step predicates [A]_v */
    uint32_t enum_j;                 /* the one being enumerated */
    bool enum_failed;                /* ... and its enumeration failed */
    uint64_t *enum_known;            /* j: enumerated from the state without a failure */
    uint64_t *enum_enabled;          /* j: ... and some successor changes v */
    bool *enum_off;                  /* j: failed once in this worker: evaluated from then on */
    VEC(uint8_t) fair_bytes;
    VEC(fair_succ) fair;
    uint32_t *fair_slots;            /* open addressing over fair (index + 1), built at the first edge */
    size_t fair_cap;
    bool fair_indexed;
};

static uint32_t words_of(size_t n) { return (uint32_t)(n / 64 + 1); }

/* Are where the successors' variables start wanted by label_edge: for a step label looked up by its
 * bytes (label_memo_step), or definitions kept by them? (Copying them costs every successor of
 * TokenRing or DijkstraMutex, whose step labels are all read off the expansion, for nothing.) */
static bool offsets_wanted(const model *m)
{
    const model_liveness *l = m->live;
    if (m->nkeyed) return true;
    for (size_t i = 0; i < l->edge_labels.len; i++)
        if (l->label_memo[l->state_labels.len + i] != UINT32_MAX) return true;
    return false;
}

/* The hash of definition `def`'s arguments args[0..nargs-1]; false when one is written as unlistable
 * (an infinite set: its bytes are its address, not canonical). */
static bool args_hash(val_buf *scratch, uint32_t def, const val *args, uint32_t nargs, uint64_t *out)
{
    uint64_t before = val_unlistable_written(NULL), h = 0x9E3779B97F4A7C15ull * (def + 1);
    for (uint32_t i = 0; i < nargs; i++) {
        h = (h << 31 | h >> 33) ^ val_fingerprint(args[i], scratch);
        h *= 0xC2B2AE3D27D4EB4Full;
    }
    *out = h;
    return val_unlistable_written(NULL) == before;
}

/* Is derived label k in its definition's chain (model_liveness_derive leaves duplicates out)? It then
 * gives its labels, alone or with the other parts of its union. */
static bool in_chain(const model_liveness *l, uint32_t k)
{
    const live_derived *d = &l->derived.items[k];
    return l->state_derived[d->enabled] == (int32_t)d->first && l->edge_derived[d->step] == (int32_t)d->first;
}

/* a definition's labels are indexed from this many on: below, comparing the arguments with each
 * label's costs less than hashing them (DijkstraMutex's three P(self), self a model value) */
enum { INDEX_MIN_LABELS = 8 };

/* The index of the derived labels by their arguments, for the definitions with many labels, all
 * with plain arguments. */
static void index_args(live_labeller *lab, uint32_t ndefs)
{
    const model_liveness *l = lab->l;
    lab->def_indexed = util_xcalloc(ndefs + 1, sizeof(bool));
    bool *plain = util_xcalloc(ndefs + 1, sizeof(bool));
    uint32_t *count = util_xcalloc(ndefs + 1, sizeof(uint32_t));
    uint64_t *hash = util_xmalloc(sizeof(uint64_t) * (lab->nd + 1));
    uint32_t n = 0;
    for (uint32_t k = 0; k < lab->nd; k++)
        if (in_chain(l, k)) count[l->derived.items[k].sa.def->id]++;
    for (uint32_t d = 0; d < ndefs; d++) plain[d] = count[d] >= INDEX_MIN_LABELS;
    free(count);
    for (uint32_t k = 0; k < lab->nd; k++) {
        const eval_sub_action *sa = &l->derived.items[k].sa;
        if (!in_chain(l, k) || !plain[sa->def->id]) continue;
        if (!sa->nargs || sa->any_arg != UINT32_MAX || !args_hash(&lab->arg_bytes, sa->def->id, sa->args, sa->nargs, &hash[k]))
            plain[sa->def->id] = false;
    }
    for (uint32_t k = 0; k < lab->nd; k++)
        if (in_chain(l, k) && plain[l->derived.items[k].sa.def->id]) n++;
    if (n) {
        lab->index_cap = 16;
        while (lab->index_cap < 2 * n) lab->index_cap *= 2;
        lab->index = util_xcalloc(lab->index_cap, sizeof(args_slot));
        for (uint32_t k = 0; k < lab->nd; k++) {
            if (!in_chain(l, k) || !plain[l->derived.items[k].sa.def->id]) continue;
            uint32_t j = (uint32_t)hash[k] & (lab->index_cap - 1);
            while (lab->index[j].k) j = (j + 1) & (lab->index_cap - 1);
            lab->index[j] = (args_slot){hash[k], k + 1};
        }
        memcpy(lab->def_indexed, plain, sizeof(bool) * (ndefs + 1));
    }
    free(plain);
    free(hash);
}

/* The rows and tables over the derived labels that prepare and the steps read (see live_labeller). */
static void list_state_derived(live_labeller *lab)
{
    const model_liveness *l = lab->l;
    lab->firsts = util_xcalloc(4 * (size_t)lab->words, sizeof(uint64_t));
    lab->guarded = lab->firsts + lab->words;
    lab->always = lab->guarded + lab->words;
    lab->parts = lab->always + lab->words;
    lab->enabled_of = util_xmalloc(sizeof(uint32_t) * (2 * (size_t)lab->nd + 1));
    lab->step_of = lab->enabled_of + lab->nd;
    for (uint32_t k = 0; k < lab->nd; k++) {
        const live_derived *d = &l->derived.items[k];
        lab->enabled_of[k] = d->enabled;
        lab->step_of[k] = d->step;
        if (!in_chain(l, k)) continue;
        live_set_bit(lab->firsts, k);
        if (d->nparts > 1) live_set_bit(lab->parts, k);
        if (d->nparts > 1 && d->first == k) VEC_PUSH(lab->unions, k);
        if (d->sa.nguards) live_set_bit(lab->guarded, k);
        if (d->always) live_set_bit(lab->always, k);
    }
}

live_labeller *live_labeller_new(const model *m)
{
    const model_liveness *l = m->live;
    if (!l || (!l->derived.len && !l->enumerated.len) || !m->pure || m->simulation) return NULL;
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
    lab->entered = util_xcalloc(6 * lab->words, sizeof(uint64_t));
    lab->enabled = lab->entered + lab->words;
    lab->guard_false = lab->enabled + lab->words;
    lab->mask = lab->guard_false + lab->words;
    lab->gives_step = lab->mask + lab->words;
    lab->guard_done = lab->gives_step + lab->words;
    list_state_derived(lab);
    lab->state_words = words_of(l->state_labels.len);
    lab->edge_words = words_of(l->edge_labels.len);
    lab->known_s = util_xcalloc(2 * (size_t)lab->state_words + 2 * (size_t)lab->edge_words, sizeof(uint64_t));
    lab->values_s = lab->known_s + lab->state_words;
    lab->known_e = lab->values_s + lab->state_words;
    lab->values_e = lab->known_e + lab->edge_words;
    lab->keep_offsets = offsets_wanted(m);
    index_args(lab, m->prog->ndefs);
    lab->nenum = (uint32_t)l->enumerated.len;
    for (uint32_t j = 0; j < lab->nenum; j++) lab->nbox += l->enumerated.items[j].box;
    lab->enum_known = util_xcalloc(2 * (size_t)words_of(lab->nenum), sizeof(uint64_t));
    lab->enum_enabled = lab->enum_known + words_of(lab->nenum);
    lab->enum_off = util_xcalloc(lab->nenum + 1, sizeof(bool));
    return lab;
}

void live_labeller_free(live_labeller *lab)
{
    if (!lab) return;
    free(lab->args);
    free(lab->arg_bytes.items);
    free(lab->entered);
    free(lab->firsts);
    free(lab->enabled_of);
    VEC_FREE(lab->unions);
    free(lab->known_s);
    VEC_FREE(lab->bytes);
    VEC_FREE(lab->succs);
    VEC_FREE(lab->masks);
    VEC_FREE(lab->offsets);
    free(lab->slots);
    free(lab->def_indexed);
    free(lab->index);
    free(lab->enum_known);
    free(lab->enum_off);
    VEC_FREE(lab->fair_bytes);
    VEC_FREE(lab->fair);
    free(lab->fair_slots);
    free(lab);
}

void live_labeller_expanding(live_labeller *lab, eval_worker *ew, const uint8_t *state, uint32_t len, const val *cur)
{
    lab->ew = ew;
    lab->state = state;
    lab->state_len = len;
    lab->cur = cur;
    lab->failed = lab->prepared = lab->indexed = false;
    memset(lab->entered, 0, sizeof(uint64_t) * 3 * lab->words);
    lab->bytes.len = lab->succs.len = lab->masks.len = lab->offsets.len = 0;
    memset(lab->enum_known, 0, sizeof(uint64_t) * 2 * words_of(lab->nenum));
    lab->fair_bytes.len = lab->fair.len = 0;
    lab->fair_indexed = false;
}

void live_labeller_done(live_labeller *lab) { lab->state = NULL; }

void live_labeller_use_memo(live_labeller *lab, label_memo *memo)
{
    if (lab) lab->memo = memo;
}

/* Two scalars of one kind: whether they are equal, as val_equal_status finds them (their kinds
 * comparable, no error), without the calls. False when they are not such a pair. */
static bool scalars_equal(val a, val b, bool *same)
{
    if (a.kind != b.kind || a.kind < VAL_BOOL || a.kind > VAL_MODEL) return false;
    *same = a.kind == VAL_BOOL ? a.u.b == b.u.b : a.kind == VAL_INT ? a.u.i == b.u.i : a.u.s == b.u.s;
    return true;
}

static bool same_args_from(live_labeller *lab, const eval_sub_action *sa, const val *args, uint32_t from)
{
    for (uint32_t i = from; i < sa->nargs; i++) {
        bool in = false;
        if (i == sa->any_arg ? val_member(eval_scratch(lab->ew), args[i], sa->any_set, &in) != VAL_OK || !in
                             : !val_equal(sa->args[i], args[i]))
            return false;
    }
    return true;
}

/* In line: a successor of P(self) is compared with each of P's labels (DijkstraMutex's three), and
 * most arguments are model values or integers. */
static inline bool same_args(live_labeller *lab, const eval_sub_action *sa, const val *args)
{
    const val *a = sa->args, *b = args;
    if (sa->nargs && sa->any_arg && a->kind == b->kind && (a->kind == VAL_MODEL || a->kind == VAL_INT)) {
        if (a->kind == VAL_MODEL ? a->u.s != b->u.s : a->u.i != b->u.i) return false;
        return same_args_from(lab, sa, args, 1);
    }
    return same_args_from(lab, sa, args, 0);
}

/* The labels of definition `def` whose arguments are lab->args, by the index: false when the
 * arguments cannot be hashed (then the chain is walked). */
static bool match_indexed(live_labeller *lab, const sema_def *def, bool *any)
{
    uint64_t h;
    if (!args_hash(&lab->arg_bytes, def->id, lab->args, def->nparams, &h)) return false;
    for (uint32_t j = (uint32_t)h & (lab->index_cap - 1); lab->index[j].k; j = (j + 1) & (lab->index_cap - 1)) {
        uint32_t k = lab->index[j].k - 1;
        if (lab->index[j].hash != h || !same_args(lab, &lab->l->derived.items[k].sa, lab->args)) continue;
        live_set_bit(lab->mask, k);
        *any = true;
    }
    return true;
}

/* Is the successor a step of D(c...) for derived k: the bits into lab->mask. False on an error. */
static bool match_chain(live_labeller *lab, const eval_action *a, bool *any)
{
    if (a && a->entered && !match_chain(lab, a->entered, any)) return false;
    const model_liveness *l = lab->l;
    for (const eval_action *x = a; x; x = x->outer) {
        if (!x->def || x->via_instance) continue;
        uint32_t k = l->by_def[x->def->id];
        if (k == UINT32_MAX) continue;
        if (x->def->nparams && !eval_action_args(lab->ew, x, lab->args)) return false;
        if (lab->index_cap && lab->def_indexed[x->def->id] && match_indexed(lab, x->def, any)) continue;
        for (; k != UINT32_MAX; k = l->by_def_next[k])
            if (same_args(lab, &l->derived.items[k].sa, lab->args)) {
                live_set_bit(lab->mask, k);
                *any = true;
            }
    }
    return true;
}

/* The very same set, sequence or function (a variable the step left alone: UNCHANGED copies the
 * value): equal without comparing their elements, which is most of "v changes" where v is a tuple
 * of large variables. */
static bool same_container(val a, val b)
{
    return a.kind == b.kind && (a.kind == VAL_SET || a.kind == VAL_SEQ || a.kind == VAL_FUNC) && a.u.set == b.u.set;
}

/* Are the parts a[0..n) and b[0..n) equal, compared as val_equal_status compares them one by one
 * (scalars of one kind and one shared plain payload in line)? False when a pair's comparison fails. */
static bool parts_equal(const val *a, const val *b, uint32_t n, bool *same)
{
    *same = true;
    for (uint32_t i = 0; i < n && *same; i++) {
        if (scalars_equal(a[i], b[i], same)) continue;
        if (a[i].kind == b[i].kind && a[i].u.i == b[i].u.i && (a[i].aux & VAL_AUX_PLAIN)) continue;
        if (!val_comparable(a[i], b[i]) || val_equal_status(a[i], b[i], same) != VAL_OK) return false;
    }
    return true;
}

/* A step's new function or tuple against the old one (c' = [c EXCEPT ![i] = e]: the copy shares
 * the domain): equal as val_equal_status finds them, the shared domain not compared with itself
 * when its elements are scalars (sorted by kind, so its ends say), the values part by part. False
 * when they are not such a pair or a part's comparison fails: the caller compares them in full. */
static bool listed_equal(val a, val b, bool *same)
{
    if (a.kind != b.kind) return false;
    if (a.kind == VAL_SEQ) {
        if (a.u.seq->n != b.u.seq->n) return *same = false, true;
        return parts_equal(a.u.seq->elems, b.u.seq->elems, a.u.seq->n, same);
    }
    if (a.kind != VAL_FUNC || a.u.fn->dom != b.u.fn->dom || a.u.fn->n != b.u.fn->n || !a.u.fn->n) return false;
    const val *dom = a.u.fn->dom;
    if (dom[0].kind < VAL_BOOL || dom[a.u.fn->n - 1].kind > VAL_MODEL) return false;
    return parts_equal(a.u.fn->rng, b.u.fn->rng, a.u.fn->n, same);
}

/* Does one of `vars` have another value in next than in cur? False when a comparison is not a
 * plain one (values TLC would not compare, or equality it cannot decide): the caller then evaluates
 * "v changes", which reports what it reports. in_order: the variables come in the tuple v in the
 * order of their indices, and the first that changed answers, as the tuple's equality stops there
 * (a later one's comparison, which might fail, is not made by the evaluation either). */
static bool vars_changed(const uint64_t *vars, bool in_order, uint32_t nvars, const val *cur, const val *next,
                         bool *out)
{
    *out = false;
    for (uint32_t w = 0; w <= nvars / 64; w++)
        for (uint64_t bits = vars[w]; bits; bits &= bits - 1) {
            uint32_t i = w * 64 + (uint32_t)__builtin_ctzll(bits);
            if (same_container(cur[i], next[i])) continue;
            bool same;
            if (!scalars_equal(cur[i], next[i], &same) && !listed_equal(cur[i], next[i], &same) &&
                (!val_comparable(cur[i], next[i]) || val_equal_status(cur[i], next[i], &same) != VAL_OK))
                return false;
            if (!same) *out = true;
            if (!same && in_order) return true;
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
            const live_derived *d = &lab->l->derived.items[k];
            if (!(d->changed_vars &&
                  vars_changed(d->changed_vars, d->changed_in_order, lab->nvars, lab->cur, next, &changed)) &&
                !eval_closure_holds(lab->ew, d->sa.changed, lab->cur, next, &changed)) {
                lab->failed = true;
                return;
            }
            if (!changed) lab->mask[w] &= ~((uint64_t)1 << (k % 64));
        }
        lab->enabled[w] |= lab->mask[w];
    }
}

void live_labeller_emitted(live_labeller *lab, const uint8_t *bytes, uint32_t len, const uint32_t *offsets)
{
    if (!lab->state || lab->failed) return;
    emitted e = {0, (uint32_t)lab->bytes.len, len};   /* (hashed by index_succs if looked up by bytes) */
    VEC_RESERVE(lab->bytes, lab->bytes.len + len);
    memcpy(lab->bytes.items + lab->bytes.len, bytes, len);
    lab->bytes.len += len;
    VEC_PUSH(lab->succs, e);
    VEC_RESERVE(lab->masks, lab->masks.len + lab->words);
    memcpy(lab->masks.items + lab->masks.len, lab->mask, sizeof(uint64_t) * lab->words);
    lab->masks.len += lab->words;
    if (!lab->keep_offsets) return;
    VEC_RESERVE(lab->offsets, lab->offsets.len + lab->nvars + 1);
    memcpy(lab->offsets.items + lab->offsets.len, offsets, sizeof(uint32_t) * (lab->nvars + 1));
    lab->offsets.len += lab->nvars + 1;
}

/* The guards G of derived label k (it has some), evaluated in the state: into lab->guard_false when
 * false, and the memo. False on an error. */
static bool guard_false_in(live_labeller *lab, uint32_t k)
{
    const live_derived *d = &lab->l->derived.items[k];
    for (uint32_t g = 0; g < d->sa.nguards && !live_bit(lab->guard_false, k); g++) {
        bool holds;
        if (!eval_closure_holds(lab->ew, d->sa.guards[g], lab->cur, NULL, &holds)) return false;
        if (!holds) live_set_bit(lab->guard_false, k);
    }
    label_memo_keep_guard(lab->memo, lab->state, k, live_bit(lab->guard_false, k));
    return true;
}

/* The labels of the union whose first part is k, once its parts' guards are known: known where every
 * part's are (its G false, or entered, or always), ENABLED where one part's is. */
static void union_known(live_labeller *lab, uint32_t k)
{
    bool enabled = false;
    for (uint32_t p = k; p < k + lab->l->derived.items[k].nparts; p++) {
        bool g_false = live_bit(lab->guarded, p) && live_bit(lab->guard_false, p);
        if (!g_false && !live_bit(lab->entered, p) && !live_bit(lab->always, p)) return;
        enabled = enabled || (!g_false && live_bit(lab->enabled, p));
    }
    live_set_bit(lab->known_s, lab->enabled_of[k]);
    live_set_bit(lab->known_e, lab->step_of[k]);
    if (enabled) live_set_bit(lab->values_s, lab->enabled_of[k]);
}

/* The guards in the state (from the memo's rows, else evaluated in the order of k), and the state's
 * rows of known labels: a derived label k that gives its state label gives its step label where G
 * holds, and both are known where G is false, or k was entered, or is always. False on an error.
 * Once per state (ready_for). */
static bool prepare(live_labeller *lab)
{
    const model_liveness *l = lab->l;
    memset(lab->known_s, 0, sizeof(uint64_t) * 2 * ((size_t)lab->state_words + lab->edge_words));
    memset(lab->guard_done, 0, sizeof(uint64_t) * lab->words);
    label_memo_derived_guards(lab->memo, lab->state, lab->guard_done, lab->guard_false);
    for (uint32_t w = 0; w < lab->words; w++)
        for (uint64_t bits = lab->guarded[w] & ~lab->guard_done[w]; bits; bits &= bits - 1)
            if (!guard_false_in(lab, w * 64 + (uint32_t)__builtin_ctzll(bits))) return false;
    for (uint32_t w = 0; w < lab->words; w++) {
        uint64_t g_false = lab->guard_false[w] & lab->guarded[w];
        lab->gives_step[w] = lab->firsts[w] & ~g_false;
        uint64_t holds = lab->enabled[w] & ~g_false;
        for (uint64_t bits = lab->firsts[w] & ~lab->parts[w] & (g_false | lab->entered[w] | lab->always[w]); bits;
             bits &= bits - 1) {
            uint32_t b = (uint32_t)__builtin_ctzll(bits), k = w * 64 + b;
            live_set_bit(lab->known_s, lab->enabled_of[k]);
            live_set_bit(lab->known_e, lab->step_of[k]);
            if (holds >> b & 1) live_set_bit(lab->values_s, lab->enabled_of[k]);
        }
    }
    for (size_t u = 0; u < lab->unions.len; u++) union_known(lab, lab->unions.items[u]);
    for (uint32_t j = 0; j < lab->nenum; j++) {
        if (!live_bit(lab->enum_known, j)) continue;
        const live_enumerated *e = &l->enumerated.items[j];
        live_set_bit(lab->known_e, e->step);
        if (e->box) continue;
        live_set_bit(lab->known_s, e->enabled);
        if (live_bit(lab->enum_enabled, j)) live_set_bit(lab->values_s, e->enabled);
    }
    lab->all_known_e = model_row_full(lab->known_e, l->edge_labels.len);
    lab->prepared = true;
    return true;
}

/* Is the labeller's expansion that of `state`, its rows made? */
static bool ready_for(live_labeller *lab, const uint8_t *state)
{
    if (!lab || !lab->state || state != lab->state || lab->failed) return false;
    if (lab->prepared || prepare(lab)) return true;
    lab->failed = true;
    return false;
}

const uint64_t *live_labeller_state(live_labeller *lab, const uint8_t *state, const uint64_t **values)
{
    if (!ready_for(lab, state)) return NULL;
    *values = lab->values_s;
    return lab->known_s;
}

/* An open-addressing index of n items by their hashes (each item's first field, a uint64_t; items of
 * `size` bytes), into *slots (item + 1; 0: empty), grown to hold them at half load. */
static void index_by_hash(uint32_t **slots, size_t *cap, const void *items, size_t size, size_t n)
{
    size_t want = 16;
    while (want < 2 * n) want *= 2;
    if (want > *cap) {
        free(*slots);
        *slots = util_xmalloc(sizeof(uint32_t) * want);
        *cap = want;
    }
    memset(*slots, 0, sizeof(uint32_t) * *cap);
    for (size_t i = 0; i < n; i++) {
        uint64_t hash;
        memcpy(&hash, (const char *)items + i * size, sizeof hash);
        size_t j = hash & (*cap - 1);
        while ((*slots)[j]) j = (j + 1) & (*cap - 1);
        (*slots)[j] = (uint32_t)i + 1;
    }
}

_Static_assert(offsetof(emitted, hash) == 0 && offsetof(fair_succ, hash) == 0, "index_by_hash reads the hash first");

static void index_succs(live_labeller *lab)
{
    for (size_t i = 0; i < lab->succs.len; i++) {
        emitted *e = &lab->succs.items[i];
        e->hash = XXH3_64bits(lab->bytes.items + e->off, e->len);
    }
    index_by_hash(&lab->slots, &lab->cap, lab->succs.items, sizeof *lab->succs.items, lab->succs.len);
    lab->indexed = true;
}

/* The enumerated fairness steps <<A>>_v to `next`: A's successors with its bytes that change v, into
 * out (A's not enumerated without a failure have no successors kept); and the enumerated [A]_v that
 * hold: A's successors with its bytes, and all of them on the step of the state to itself. */
static void fair_steps_to(live_labeller *lab, const uint8_t *next, uint32_t len, uint64_t *out)
{
    const model_liveness *l = lab->l;
    if (lab->nbox && len == lab->state_len && memcmp(next, lab->state, len) == 0)
        for (uint32_t j = 0; j < lab->nenum; j++)
            if (l->enumerated.items[j].box && live_bit(lab->enum_known, j)) live_set_bit(out, l->enumerated.items[j].step);
    if (!lab->fair_indexed) {
        lab->fair_indexed = true;
        index_by_hash(&lab->fair_slots, &lab->fair_cap, lab->fair.items, sizeof *lab->fair.items, lab->fair.len);
    }
    uint64_t h = XXH3_64bits(next, len);
    for (size_t j = h & (lab->fair_cap - 1); lab->fair_slots[j]; j = (j + 1) & (lab->fair_cap - 1)) {
        const fair_succ *f = &lab->fair.items[lab->fair_slots[j] - 1];
        const live_enumerated *e = &l->enumerated.items[f->j];
        if (f->hash != h || f->len != len || !(f->changed || e->box) || memcmp(lab->fair_bytes.items + f->off, next, len) != 0)
            continue;
        live_set_bit(out, e->step);
    }
}

/* The mask of the steps to `next` (every emission of it), into lab->mask; where its variables start
 * (NULL: not emitted). */
static const uint32_t *steps_to(live_labeller *lab, const uint8_t *next, uint32_t len)
{
    memset(lab->mask, 0, sizeof(uint64_t) * lab->words);
    const uint32_t *offsets = NULL;
    uint64_t h = XXH3_64bits(next, len);
    for (size_t j = h & (lab->cap - 1); lab->slots[j]; j = (j + 1) & (lab->cap - 1)) {
        const emitted *e = &lab->succs.items[lab->slots[j] - 1];
        if (e->hash != h || e->len != len || memcmp(lab->bytes.items + e->off, next, len) != 0) continue;
        const uint64_t *m = lab->masks.items + (size_t)(lab->slots[j] - 1) * lab->words;
        for (uint32_t w = 0; w < lab->words; w++) lab->mask[w] |= m[w];
        if (lab->keep_offsets) offsets = lab->offsets.items + (size_t)(lab->slots[j] - 1) * (lab->nvars + 1);
    }
    return offsets;
}

/* The step labels that hold on a step of the derived labels in `mask` (NULL: of none) to `next`, into
 * out (all of them known: a k in mask was entered, and G holds where it gives its step). */
static void step_values(live_labeller *lab, const uint64_t *mask, const uint8_t *next, uint32_t len, uint64_t *out)
{
    for (uint32_t w = 0; mask && w < lab->words; w++)   /* (a successor is a step of few k: its mask is sparse) */
        for (uint64_t bits = mask[w] & lab->gives_step[w]; bits; bits &= bits - 1)
            live_set_bit(out, lab->step_of[w * 64 + (uint32_t)__builtin_ctzll(bits)]);
    if (lab->fair.len || lab->nbox) fair_steps_to(lab, next, len, out);
}

const uint64_t *live_labeller_edge(live_labeller *lab, const uint8_t *state, const uint8_t *next, uint32_t len,
                                   const uint64_t **values, const uint32_t **offsets)
{
    *offsets = NULL;
    if (!ready_for(lab, state)) return NULL;
    if (!lab->indexed) index_succs(lab);
    *offsets = steps_to(lab, next, len);
    memset(lab->values_e, 0, sizeof(uint64_t) * lab->edge_words);
    step_values(lab, lab->mask, next, len, lab->values_e);
    *values = lab->values_e;
    return lab->known_e;
}

const uint64_t *live_labeller_step(live_labeller *lab, const uint8_t *state, const uint8_t *next, uint32_t len,
                                   uint32_t index, uint32_t count, uint64_t *row, bool *all, const uint32_t **offsets)
{
    *all = false;
    if (lab && lab->succs.len != count) {
        const uint64_t *values, *known = live_labeller_edge(lab, state, next, len, &values, offsets);
        for (uint32_t w = 0; known && w < lab->edge_words; w++) row[w] |= values[w] & known[w];
        *all = known && lab->all_known_e;
        return known;
    }
    *offsets = NULL;
    if (!ready_for(lab, state)) return NULL;
    const uint64_t *mask = NULL;
    if (index != UINT32_MAX) {
        mask = lab->masks.items + (size_t)index * lab->words;
        if (lab->keep_offsets) *offsets = lab->offsets.items + (size_t)index * (lab->nvars + 1);
    }
    step_values(lab, mask, next, len, row);
    *all = lab->all_known_e;
    return lab->known_e;
}

const eval_closure *live_labeller_fair_action(live_labeller *lab, uint32_t j)
{
    if (!lab->state || lab->failed || lab->enum_off[j]) return NULL;
    lab->enum_j = j;
    lab->enum_failed = false;
    return lab->l->enumerated.items[j].action;
}

void live_labeller_fair_successor(live_labeller *lab, const val *next, const uint8_t *bytes, uint32_t len,
                                  bool canonical)
{
    if (lab->enum_failed) return;
    const live_enumerated *e = &lab->l->enumerated.items[lab->enum_j];
    bool changed;
    if (!canonical || !vars_changed(e->changed_vars, e->changed_in_order, lab->nvars, lab->cur, next, &changed)) {
        lab->enum_failed = true;
        return;
    }
    if (changed) live_set_bit(lab->enum_enabled, lab->enum_j);
    fair_succ f = {XXH3_64bits(bytes, len), (uint32_t)lab->fair_bytes.len, len, lab->enum_j, changed};
    VEC_RESERVE(lab->fair_bytes, lab->fair_bytes.len + len);
    memcpy(lab->fair_bytes.items + lab->fair_bytes.len, bytes, len);
    lab->fair_bytes.len += len;
    VEC_PUSH(lab->fair, f);
}

void live_labeller_fair_end(live_labeller *lab, bool ok)
{
    uint32_t j = lab->enum_j;
    if (ok && !lab->enum_failed) {
        live_set_bit(lab->enum_known, j);
        return;
    }
    lab->enum_off[j] = true;
    uint64_t bit = (uint64_t)1 << (j % 64);   /* its successors kept so far are never looked at */
    lab->enum_enabled[j / 64] &= ~bit;
    size_t keep = 0;
    for (size_t i = 0; i < lab->fair.len; i++)
        if (lab->fair.items[i].j != j) lab->fair.items[keep++] = lab->fair.items[i];
    lab->fair.len = keep;
}

/* ---- refinement mappings kept across states ------------------------------------------------------ */

typedef struct mappings {
    model *m;
    uint64_t *vars;
    const syn_expr *formula;   /* the closure being walked's own expression */
    bool in_instance;          /* ... stands inside an instance */
} mappings;

/* Do vars (just filled by model_expr_reads) name some of the variables but not all? Then what reads
 * them may repeat its value while the others vary. */
static bool reads_some(const model *m, const uint64_t *vars)
{
    uint32_t nread = 0;
    for (uint32_t w = 0; w < model_var_words(m); w++) nread += (uint32_t)__builtin_popcountll(vars[w]);
    return nread < m->prog->nvars;
}

/* A substitution written as more than a name (`pc <- [p \in ProcSet |-> pc_translation(p)]`):
 * the evaluator keeps it by the variables it reads where it keeps it per state (a static instance
 * entered from the root, whose substitutions are written in the root module or one it extends, so
 * their variables are the model's), nothing but their values read. */
static void keep_substitution(mappings *x, const syn_expr *value)
{
    model *m = x->m;
    const syn_expr *e = sema_strip(value);
    if (e->kind == SX_APPLY && !e->u.apply.nargs) return;   /* a name: read at once */
    if (!model_expr_reads(m, value, x->vars) || !reads_some(m, x->vars)) return;
    if (eval_subst_keyed(m->ep, value, NULL, 0, x->vars)) m->nkeyed++;
}

/* A substitution of an instance standing inside others (TestGraphs' MCR inside its instance of
 * TLCMC: `T <- SeqToSet(T) \cup ...` reads TLCMC's T, the root's T), kept with those instances:
 * what it reads is followed through their substitutions. */
static void keep_nested_substitution(void *data, const syn_expr *value, const sema_instance *const *outer,
                                     uint32_t nouter)
{
    mappings *x = data;
    model *m = x->m;
    const syn_expr *e = sema_strip(value);
    if (!nouter || (e->kind == SX_APPLY && !e->u.apply.nargs)) return;
    if (!model_subst_reads(m, value, outer, nouter, x->vars) || !reads_some(m, x->vars)) return;
    if (eval_subst_keyed(m->ep, value, outer, nouter, x->vars)) m->nkeyed++;
}

/* A definition the model can have kept: no parameters, state level, not replaced by the .cfg, more
 * than a variable's name, and reading only some variables (the others may vary while those repeat),
 * nothing but their values (the evaluator keeps it only where it is evaluated outside instances). */
static void keep_definition(void *data, const sema_def *d)
{
    mappings *x = data;
    model *m = x->m;
    if (d->nparams || d->native || d->recursive || d->is_function || d->level != LEVEL_STATE || !d->body) return;
    const syn_expr *body = sema_strip(d->body);
    if (body->kind == SX_APPLY && !body->u.apply.nargs) return;   /* a name: nothing to save */
    if (body->kind == SX_SET_FILTER) return;   /* a lazy set, never kept (defcache.c) */
    for (size_t i = 0; i < m->overrides.len; i++)
        if (m->overrides.items[i].target == d) return;
    if (!model_expr_reads(m, d->body, x->vars) || !reads_some(m, x->vars)) return;
    eval_def_keyed(m->ep, d, x->vars);
    m->nkeyed++;
}

/* A substitution's value: a definition's name (outside instances), or more (keep_substitution). */
static void keep_mapping(void *data, const syn_expr *value)
{
    mappings *x = data;
    const syn_expr *e = sema_strip(value);
    if (e->kind != SX_APPLY || e->u.apply.nargs) {
        keep_substitution(x, value);
        return;
    }
    const sema_ref *r = e->u.apply.res;
    if (r && r->kind == REF_DEF && !r->npath) keep_definition(x, r->def);
}

/* e: the closure's expression, or the value of a substitution of the instances it stands inside
 * (a property written `Refines == A!Spec` is such a closure: A's substitutions come here, `t <- tok`
 * as a definition's name, as they come to keep_mapping through the paths of `[][A!Next]_A!vars`) */
static void walk_closure(void *data, const syn_expr *e)
{
    mappings *x = data;
    if (e != x->formula) {
        x->in_instance = true;
        keep_mapping(x, e);
    }
    model_expr_substitutions(x->m, e, keep_mapping, x);
}

static void walk_closure_of(mappings *x, const eval_closure *cl)
{
    x->formula = eval_closure_expr(cl);
    x->in_instance = false;
    eval_closure_substitutions(cl, walk_closure, x);
    eval_closure_frame_substitutions(cl, keep_nested_substitution, x);
}

/* A label's definitions too, outside instances: Disruptor's 20 labels a state each read
 * AvailablePublishedSequence (a CHOOSE over claimed_sequence and published), whose value repeats
 * across states while the labels' own key (consumed, a history) does not. */
static void walk_closures(mappings *x, const closure_list *cls)
{
    for (size_t i = 0; i < cls->len; i++) {
        walk_closure_of(x, cls->items[i]);
        if (!x->in_instance) model_expr_definitions(x->m, x->formula, keep_definition, x);
    }
}

void model_keep_refinement_mappings(model *m)
{
    mappings x = {m, util_xcalloc(model_var_words(m), sizeof(uint64_t)), NULL, false};
    for (size_t i = 0; i < m->action_props.len; i++) {
        const named_expr *n = &m->action_props.items[i];
        if (n->cl) walk_closure_of(&x, n->cl);
        else model_expr_substitutions(m, n->expr, keep_mapping, &x);
    }
    if (m->live) {
        walk_closures(&x, &m->live->state_labels);
        walk_closures(&x, &m->live->edge_labels);
    }
    free(x.vars);
}

/* ---- labels kept by their variables' bytes -------------------------------------------------------
 * A label whose truth is a function of the values of some of the variables (reads.c: nothing but
 * their values, and not all of them) is kept by each worker under their bytes: in the state for a
 * state label, in both states for a step label. A refinement's ENABLED <<Sched!A>>_Sched!vars in an
 * implementation, say, repeats over the many states that share the abstract variables' values.
 * Only evaluations that succeed are kept, so that an error is reported where it was before. */

typedef struct reads_acc { const model *m; uint64_t *vars, *one; bool pure; } reads_acc;

static void add_reads(void *data, const syn_expr *e)
{
    reads_acc *a = data;
    if (!a->pure) return;
    if (!model_expr_reads(a->m, e, a->one)) {
        a->pure = false;
        return;
    }
    for (uint32_t w = 0; w < model_var_words(a->m); w++) a->vars[w] |= a->one[w];
}

bool model_check_reads(const model *m, const eval_closure *cl, const syn_expr *e, uint64_t *vars)
{
    uint32_t words = model_var_words(m);
    reads_acc a = {m, vars, util_xcalloc(words, sizeof(uint64_t)), true};
    memset(vars, 0, sizeof(uint64_t) * words);
    if (cl) eval_closure_substitutions(cl, add_reads, &a);
    else add_reads(&a, e);
    free(a.one);
    uint32_t nread = 0;
    for (uint32_t w = 0; w < words; w++) nread += (uint32_t)__builtin_popcountll(vars[w]);
    return a.pure && nread < m->prog->nvars;
}

/* Step label `index` (counted after the state labels): the variables it reads, and its memo if it
 * can have one and is worth it: <<A>>_v (an enumeration, or an action's evaluation); a memo that
 * finds too little turns itself off. */
static void plan_label(model *m, const eval_closure *cl, uint32_t index, bool costly)
{
    model_liveness *l = m->live;
    uint64_t *vars = l->label_vars + (size_t)index * model_var_words(m);
    l->label_memo[index] = model_check_reads(m, cl, NULL, vars) && costly ? l->nmemo++ : UINT32_MAX;
}

/* The action properties [][A]_v: A is evaluated on every step that changes v; kept by their
 * views' bytes, or their variables' (after plan_views). */
static void plan_props(model *m)
{
    uint32_t n = (uint32_t)m->action_props.len, words = model_var_words(m);
    m->prop_plan.vars = util_xcalloc(((size_t)n + 1) * words, sizeof(uint64_t));
    m->prop_plan.memo = util_xmalloc(sizeof(uint32_t) * (n + 1));
    m->prop_plan.nmemo = 0;
    for (uint32_t i = 0; i < n; i++) {
        const named_expr *p = &m->action_props.items[i];
        bool memo = model_check_reads(m, p->cl, p->expr, m->prop_plan.vars + (size_t)i * words);
        m->prop_plan.memo[i] = memo || m->prop_plan.view[i] != UINT32_MAX ? m->prop_plan.nmemo++ : UINT32_MAX;
    }
}

/* The variables the guards `g` read, into vars: false when they have none, or their truth is not a
 * function of some of the variables. */
static bool guard_reads(model *m, const eval_guards *g, uint64_t *vars, uint64_t *one)
{
    uint32_t words = model_var_words(m), nread = 0;
    if (!g->ndisjuncts) return false;
    memset(vars, 0, sizeof(uint64_t) * words);
    for (uint32_t k = 0; k < g->ends[g->ndisjuncts - 1]; k++) {
        if (!model_check_reads(m, g->guards[k], NULL, one)) return false;
        for (uint32_t w = 0; w < words; w++) vars[w] |= one[w];
    }
    for (uint32_t w = 0; w < words; w++) nread += (uint32_t)__builtin_popcountll(vars[w]);
    return nread < m->prog->nvars;
}

/* The variables the guards G of a derived label read, into vars: false when their truth is not a
 * function of some of the variables. */
static bool derived_guard_reads(model *m, const eval_sub_action *sa, uint64_t *vars, uint64_t *one)
{
    uint32_t words = model_var_words(m), nread = 0;
    memset(vars, 0, sizeof(uint64_t) * words);
    for (uint32_t g = 0; g < sa->nguards; g++) {
        if (!model_check_reads(m, sa->guards[g], NULL, one)) return false;
        for (uint32_t w = 0; w < words; w++) vars[w] |= one[w];
    }
    for (uint32_t w = 0; w < words; w++) nread += (uint32_t)__builtin_popcountll(vars[w]);
    return nread < m->prog->nvars;
}

/* The group reading `vars` (a new one if none does yet). */
static uint32_t group_of(model_liveness *l, const uint64_t *vars, uint32_t words)
{
    uint32_t g = 0;
    while (g < l->ngroups && memcmp(l->group_vars + (size_t)g * words, vars, sizeof(uint64_t) * words)) g++;
    if (g == l->ngroups) memcpy(l->group_vars + (size_t)l->ngroups++ * words, vars, sizeof(uint64_t) * words);
    l->group_size[g]++;
    return g;
}

/* The state labels' guards and values grouped by the variables they read (at most two groups a
 * label). */
static void plan_state_groups(model *m)
{
    model_liveness *l = m->live;
    uint32_t ns = (uint32_t)l->state_labels.len, words = model_var_words(m);
    l->guard_group = util_xmalloc(sizeof(uint32_t) * (ns + 1));
    l->value_group = util_xmalloc(sizeof(uint32_t) * (ns + 1));
    uint32_t nd = (uint32_t)l->derived.len;
    l->derived_group = util_xmalloc(sizeof(uint32_t) * (nd + 1));
    l->group_vars = util_xcalloc((2 * (size_t)ns + nd + 1) * words, sizeof(uint64_t));
    l->group_size = util_xcalloc(2 * (size_t)ns + nd + 1, sizeof(uint32_t));
    l->ngroups = 0;
    uint64_t *vars = util_xcalloc(2 * (size_t)words, sizeof(uint64_t)), *one = vars + words;
    for (uint32_t i = 0; i < ns; i++) {
        l->guard_group[i] = guard_reads(m, &l->state_guards.items[i], vars, one) ? group_of(l, vars, words) : UINT32_MAX;
        l->value_group[i] = model_check_reads(m, l->state_labels.items[i], NULL, vars) ? group_of(l, vars, words)
                                                                                      : UINT32_MAX;
    }
    for (uint32_t k = 0; k < nd; k++) {
        const eval_sub_action *sa = &l->derived.items[k].sa;
        l->derived_group[k] = sa->nguards && derived_guard_reads(m, sa, vars, one) ? group_of(l, vars, words) : UINT32_MAX;
    }
    free(vars);
}

/* Is some leaf a definition other than a tuple's? (With variables alone, v's bytes are theirs: the
 * memo by their bytes does as well.) */
static bool maps_variables(const eval_subscript_leaves *leaves)
{
    for (uint32_t j = 0; j < leaves->ndefs; j++)
        if (sema_strip(leaves->defs[j]->body)->kind != SX_TUPLE) return true;
    return false;
}

/* Does step label cl read nothing but its subscript's leaves, some of them definitions that map
 * the variables? Its leaves into `leaves`. */
static bool reads_leaves(model *m, const eval_closure *cl, eval_subscript_leaves *leaves, uint8_t *opaque, uint64_t *read)
{
    if (!eval_step_subscript_leaves(m->ep, cl, leaves) || !maps_variables(leaves)) return false;
    memset(opaque, 0, m->prog->ndefs + 1);
    for (uint32_t j = 0; j < leaves->ndefs; j++) opaque[leaves->defs[j]->id] = 1;
    if (!model_expr_reads_beside(m, eval_closure_expr(cl), opaque, read)) return false;
    for (uint32_t w = 0; w < model_var_words(m); w++)
        if (read[w] & ~leaves->vars[w]) return false;
    return true;
}

/* Views of closures: those with the same leaves share one (model.views). */
typedef struct view_plan {
    model *m;
    eval_subscript_leaves *seen;     /* by view, its leaves; seen[views.n] the closure's being looked at */
    uint64_t *vars, *read;
    uint8_t *opaque;
} view_plan;

/* The view of closure cl (a new one if no view has its leaves yet), or UINT32_MAX. */
static uint32_t view_of_closure(view_plan *p, const eval_closure *cl)
{
    model *m = p->m;
    uint32_t n = m->views.n, words = model_var_words(m);
    eval_subscript_leaves *x = &p->seen[n];
    x->vars = p->vars + (size_t)n * words;
    if (!cl || !m->pure || !reads_leaves(m, cl, x, p->opaque, p->read)) return UINT32_MAX;
    uint32_t g = 0;
    while (g < n && !(p->seen[g].ndefs == x->ndefs && !memcmp(p->seen[g].defs, x->defs, sizeof *x->defs * x->ndefs) &&
                      !memcmp(p->seen[g].vars, x->vars, sizeof(uint64_t) * words)))
        g++;
    if (g == n) m->views.closure[m->views.n++] = cl;
    return g;
}

/* The views of the step labels and of the action properties. */
static void plan_views(model *m)
{
    model_liveness *l = m->live;
    uint32_t ne = l ? (uint32_t)l->edge_labels.len : 0, np = (uint32_t)m->action_props.len, words = model_var_words(m);
    view_plan p = {m, util_xcalloc((size_t)ne + np + 1, sizeof *p.seen),
                   util_xcalloc(((size_t)ne + np + 2) * words, sizeof(uint64_t)), NULL, util_xmalloc(m->prog->ndefs + 1)};
    p.read = p.vars + (size_t)(ne + np + 1) * words;
    m->views.closure = util_xmalloc(sizeof(*m->views.closure) * (ne + np + 1));
    m->views.n = 0;
    if (l) l->edge_view = util_xmalloc(sizeof(uint32_t) * (ne + 1));
    for (uint32_t i = 0; i < ne; i++) l->edge_view[i] = view_of_closure(&p, l->edge_labels.items[i]);
    m->prop_plan.view = util_xmalloc(sizeof(uint32_t) * (np + 1));
    for (uint32_t i = 0; i < np; i++) {
        const named_expr *n = &m->action_props.items[i];
        m->prop_plan.view[i] = view_of_closure(&p, n->cl ? n->cl : eval_closure_at_root(m->ep, n->expr));
    }
    free(p.seen);
    free(p.vars);
    free(p.opaque);
}

/* The state labels are kept by their groups' rows (plan_state_groups), the step labels each by
 * its memo: by their views' bytes, or their variables'. */
void model_plan_labels(model *m)
{
    plan_views(m);
    plan_props(m);
    model_liveness *l = m->live;
    if (!l) return;
    plan_state_groups(m);
    uint32_t ns = (uint32_t)l->state_labels.len, ne = (uint32_t)l->edge_labels.len;
    l->label_vars = util_xcalloc(((size_t)ns + ne + 1) * model_var_words(m), sizeof(uint64_t));
    l->label_memo = util_xmalloc(sizeof(uint32_t) * (ns + ne + 1));
    l->nmemo = 0;
    for (uint32_t i = 0; i < ns; i++) l->label_memo[i] = UINT32_MAX;
    for (uint32_t i = 0; i < ne; i++) {
        plan_label(m, l->edge_labels.items[i], ns + i, l->step_enabled.items[i] >= 0 || l->edge_guards.items[i].ndisjuncts);
        if (l->edge_view[i] != UINT32_MAX && l->label_memo[ns + i] == UINT32_MAX) l->label_memo[ns + i] = l->nmemo++;
    }
}

/* keys of at most MEMO_MAX_KEY bytes per kept label and worker, in a direct-mapped table of MEMO_SLOTS
 * that doubles when a quarter full (a fuller one evicts keys it meets again: AllocatorImplementation's
 * refinement has some 7 K steps of Sched's variables, which a table of 8 K slots evaluated 10.5 K
 * times), up to MEMO_MAX_SLOTS and while the worker's memos hold less than MEMO_BUDGET bytes; after
 * MEMO_TRIAL lookups, a memo that found less than a quarter of them is dropped (so only a memo that
 * pays grows) */
enum { MEMO_SLOTS = 8192, MEMO_MAX_SLOTS = 1 << 16, MEMO_MAX_KEY = 1024, MEMO_TRIAL = 4096 };
#define MEMO_BUDGET ((size_t)64 << 20)

typedef struct memo_slot { uint64_t hash; uint32_t len, cap; uint8_t *key; bool holds; } memo_slot;
typedef struct memo_table { memo_slot *slots; uint32_t mask, used; } memo_table;

/* A group's memo: by key, a row of four quarters of `words` each, by state label: the labels whose
 * guards were evaluated (in the group of their guards), which of them rule their label out, the
 * labels evaluated (in the group of their values), and which of them hold; then two of `dwords`,
 * by derived label: those whose guards G were evaluated (in the group of their G), and which of
 * them have G false. */
enum { ROW_GUARDED, ROW_RULED, ROW_VALUED, ROW_HOLDS, ROW_QUARTERS };
typedef struct group_slot { uint64_t hash; uint32_t len, cap; uint8_t *key; uint64_t *row; } group_slot;
typedef struct group_memo {
    uint32_t words, dwords;
    group_slot *table;               /* MEMO_SLOTS, allocated on first use */
    uint32_t looked, found;          /* until judged */
    bool off;                        /* it found too little to pay for its keys */
    bool seen;                       /* looked up in the current state */
    group_slot *slot;                /* the current state's (NULL: not kept) */
} group_memo;

/* A view's v by the states' bytes (model_liveness.edge_view): entries of a state's bytes at off and
 * v's at voff in `pool`, in open addressing (index + 1) over their hashes; by the step's two states
 * (the source [0], the target [1]): their bytes' hash once found, and their entry (-1: none yet). */
typedef struct view_entry { uint64_t hash; uint32_t off, len, voff, vlen; } view_entry;
typedef struct view_table {
    VEC(uint8_t) pool;
    VEC(view_entry) entries;
    uint32_t *slots;
    size_t cap;
    uint64_t hash[2];
    bool hashed[2];
    int32_t at[2];
} view_table;
_Static_assert(offsetof(view_entry, hash) == 0, "index_by_hash reads the hash first");

/* One of the two states of a step: its bytes, where its variables start, their hashes as found. */
typedef struct memo_state {
    const uint8_t *bytes;
    uint32_t len, *offsets;
    uint64_t *hash;
    uint8_t *hashed;
    bool placed;                     /* offsets found (at the first key that needs them): ok tells */
    bool ok;
} memo_state;

struct label_memo {
    const model *m;
    const model_liveness *l;         /* NULL without temporal properties */
    uint32_t words, nvars, nstate, nmemo;
    memo_table *tables;              /* by kept label, then kept action property; allocated on first use */
    size_t bytes;                    /* held by the tables: their slots and keys */
    uint32_t *looked, *found;        /* by memo: lookups and hits, until it is judged */
    bool *off;                       /* by memo: it found too little to pay for its keys */
    memo_state s, t;
    bool step;                       /* t is set: the labels asked about are step labels */
    bool step_evaluated;             /* one of them was evaluated: the evaluator keeps the step's values */
    uint64_t hash;                   /* the key last looked up, and its table */
    memo_table *table;
    memo_slot *slot;
    uint8_t *key;                    /* its bytes (MEMO_MAX_KEY) */
    uint32_t keylen;
    uint64_t key_hash, *key_vars;    /* the variables the key was made of, and its hash, ... */
    uint64_t *sub_vars;              /* a step's subscript variables last compared (sub_known), ... */
    bool sub_known, sub_same;        /* ... and whether their bytes are the same in both states */
    bool key_kept;                   /* ... when made in the current state or step */
    group_memo *groups;              /* by guard group (l->ngroups) */
    uint32_t *derived_groups;        /* the groups of the G of derived labels that give state labels */
    uint32_t nderived_groups;
    view_table *views;               /* by view (m->views.n) */
    val_buf view_bytes;              /* view_of's scratch */
};

static void memo_state_init(memo_state *s, uint32_t nvars)
{
    s->offsets = util_xmalloc(sizeof(uint32_t) * (nvars + 1));
    s->hash = util_xmalloc(sizeof(uint64_t) * (nvars + 1));
    s->hashed = util_xmalloc(nvars + 1);
}

/* The groups label_memo_derived_guards reads, in the order of their first derived label. */
static void list_derived_groups(label_memo *c)
{
    const model_liveness *l = c->l;
    uint32_t nd = l ? (uint32_t)l->derived.len : 0;
    c->derived_groups = util_xmalloc(sizeof(uint32_t) * (nd + 1));
    for (uint32_t k = 0; k < nd; k++) {
        uint32_t g = l->derived_group[k], j = 0;
        if (g == UINT32_MAX || !in_chain(l, k)) continue;
        while (j < c->nderived_groups && c->derived_groups[j] != g) j++;
        if (j == c->nderived_groups) c->derived_groups[c->nderived_groups++] = g;
    }
}

label_memo *label_memo_new(const model *m)
{
    const model_liveness *l = m->live;
    if (!l && !m->prop_plan.nmemo) return NULL;
    label_memo *c = util_xcalloc(1, sizeof *c);
    c->m = m;
    c->l = l;
    c->words = model_var_words(m);
    c->nvars = m->prog->nvars;
    c->nstate = l ? (uint32_t)l->state_labels.len : 0;
    c->nmemo = (l ? l->nmemo : 0) + m->prop_plan.nmemo;
    c->tables = util_xcalloc(c->nmemo + 1, sizeof *c->tables);
    c->looked = util_xcalloc(2 * ((size_t)c->nmemo + 1), sizeof(uint32_t));
    c->found = c->looked + c->nmemo + 1;
    c->off = util_xcalloc(c->nmemo + 1, sizeof(bool));
    memo_state_init(&c->s, c->nvars);
    memo_state_init(&c->t, c->nvars);
    c->key = util_xmalloc(MEMO_MAX_KEY);
    c->key_vars = util_xcalloc(c->words, sizeof(uint64_t));
    c->sub_vars = util_xcalloc(c->words, sizeof(uint64_t));
    c->groups = util_xcalloc((l ? l->ngroups : 0) + 1, sizeof(group_memo));
    for (uint32_t g = 0; l && g < l->ngroups; g++) {
        c->groups[g].words = words_of(l->state_labels.len);
        c->groups[g].dwords = words_of(l->derived.len);
    }
    list_derived_groups(c);
    c->views = util_xcalloc(m->views.n + 1, sizeof(view_table));
    for (uint32_t g = 0; g < m->views.n; g++) c->views[g].at[0] = c->views[g].at[1] = -1;
    return c;
}

static void free_groups(label_memo *c)
{
    for (uint32_t g = 0; c->l && g < c->l->ngroups; g++) {
        group_slot *t = c->groups[g].table;
        if (!t) continue;
        for (uint32_t j = 0; j < MEMO_SLOTS; j++) {
            free(t[j].key);
            free(t[j].row);
        }
        free(t);
    }
    free(c->groups);
}

void label_memo_free(label_memo *c)
{
    if (!c) return;
    for (uint32_t i = 0; i < c->nmemo; i++) {
        memo_table *t = &c->tables[i];
        for (uint32_t j = 0; t->slots && j <= t->mask; j++) free(t->slots[j].key);
        free(t->slots);
    }
    free(c->tables);
    free(c->looked);
    free(c->off);
    memo_state *both[2] = {&c->s, &c->t};
    for (int k = 0; k < 2; k++) {
        free(both[k]->offsets);
        free(both[k]->hash);
        free(both[k]->hashed);
    }
    free(c->key);
    free(c->key_vars);
    free(c->sub_vars);
    free_groups(c);
    free(c->derived_groups);
    for (uint32_t g = 0; g < c->m->views.n; g++) {
        VEC_FREE(c->views[g].pool);
        VEC_FREE(c->views[g].entries);
        free(c->views[g].slots);
    }
    free(c->views);
    free(c->view_bytes.items);
    free(c);
}

static void memo_take(memo_state *s, const uint8_t *bytes, uint32_t len)
{
    s->bytes = bytes;
    s->len = len;
    s->placed = false;
}

/* Where the state's variables start, found once a key needs them: false if they cannot be. */
static bool memo_placed(const label_memo *c, memo_state *s)
{
    if (s->placed) return s->ok;
    s->ok = val_state_offsets(s->bytes, s->len, c->nvars, s->offsets);
    memset(s->hashed, 0, c->nvars);
    s->placed = true;
    return s->ok;
}

/* The views' entries of the step's source (which 0) or target (1) are to be found again. */
static void views_forget(label_memo *c, int which)
{
    for (uint32_t g = 0; g < c->m->views.n; g++) {
        c->views[g].at[which] = -1;
        c->views[g].hashed[which] = false;
    }
}

void label_memo_state(label_memo *c, const uint8_t *state, uint32_t len, const uint32_t *state_offsets)
{
    if (!c) return;
    memo_take(&c->s, state, len);
    views_forget(c, 0);
    if (state_offsets) {   /* placed already */
        memcpy(c->s.offsets, state_offsets, sizeof(uint32_t) * (c->nvars + 1));
        memset(c->s.hashed, 0, c->nvars);
        c->s.placed = c->s.ok = true;
    }
    c->step = c->step_evaluated = false;
    c->key_kept = c->sub_known = false;
    for (uint32_t g = 0; c->l && g < c->l->ngroups; g++) c->groups[g].seen = false;
}

void label_memo_step(label_memo *c, const uint8_t *state, uint32_t len, const uint8_t *next, uint32_t next_len,
                     const uint32_t *next_offsets)
{
    if (!c) return;
    if (state != c->s.bytes) {
        memo_take(&c->s, state, len);
        views_forget(c, 0);
    }
    memo_take(&c->t, next, next_len);
    views_forget(c, 1);
    c->key_kept = c->sub_known = false;
    if (next_offsets) {   /* placed already */
        memcpy(c->t.offsets, next_offsets, sizeof(uint32_t) * (c->nvars + 1));
        memset(c->t.hashed, 0, c->nvars);
        c->t.placed = c->t.ok = true;
    }
    c->step = true;
    c->step_evaluated = false;
}

/* Fold the hashes of the variables in vars of state s into h, and their bytes into the key. */
static uint64_t memo_key(label_memo *c, memo_state *s, const uint64_t *vars, uint64_t h)
{
    for (uint32_t w = 0; w < c->words; w++)
        for (uint64_t bits = vars[w]; bits; bits &= bits - 1) {
            uint32_t i = w * 64 + (uint32_t)__builtin_ctzll(bits);
            const uint8_t *b = s->bytes + s->offsets[i];
            uint32_t len = s->offsets[i + 1] - s->offsets[i];
            if (!s->hashed[i]) {
                s->hash[i] = XXH3_64bits(b, len);
                s->hashed[i] = 1;
            }
            h = (h << 31 | h >> 33) ^ s->hash[i];
            h *= 0xC2B2AE3D27D4EB4Full;
            if (c->keylen <= MEMO_MAX_KEY && len <= MEMO_MAX_KEY - c->keylen) memcpy(c->key + c->keylen, b, len);
            c->keylen += len;
        }
    return h;
}

/* The key of `vars` in the state (or the step, when c->step) into c->key, and its hash: the state's
 * labels and guard groups mostly read the same variables, and so do a step's labels (a refinement's
 * fairness steps, by Abs!vars), whose key is then made once. */
static uint64_t vars_key(label_memo *c, const uint64_t *vars)
{
    if (c->key_kept && memcmp(c->key_vars, vars, sizeof(uint64_t) * c->words) == 0) return c->key_hash;
    c->keylen = 0;
    uint64_t h = memo_key(c, &c->s, vars, 0x9E3779B97F4A7C15ull);
    if (c->step) h = memo_key(c, &c->t, vars, h);
    memcpy(c->key_vars, vars, sizeof(uint64_t) * c->words);
    c->key_hash = h;
    c->key_kept = true;
    return h;
}

/* A memo's (or a guard group's) hash of the key: tables apart, their slots apart. Never 0 (an empty
 * slot's): its bit 0 is set, so slot_of takes the bits above it (the low bits of a product depend
 * on the low bits of its factors only: the high ones are folded in). */
static uint64_t seeded(uint64_t key_hash, uint32_t seed)
{
    uint64_t h = (key_hash ^ 0x9E3779B97F4A7C15ull * (seed + 1)) * 0xC2B2AE3D27D4EB4Full;
    return (h ^ h >> 32) | 1;
}

static uint32_t slot_of(uint64_t hash, uint32_t mask) { return (uint32_t)(hash >> 1) & mask; }

/* Count a lookup of a memo; after MEMO_TRIAL of them, turn it off if it found too little: a memo
 * whose hits save `worth` evaluations each, mostly missed, costs more than it saves. */
static bool judged_off(uint32_t *looked, uint32_t found, uint32_t worth, bool *off)
{
    if (*looked == MEMO_TRIAL) {
        *off = (uint64_t)found * worth < MEMO_TRIAL / 4;
        ++*looked;
        return *off;
    }
    if (*looked < MEMO_TRIAL) ++*looked;
    return false;
}

static int memo_find(label_memo *c, uint32_t memo);

/* Look the predicate with memo `memo` up, reading `vars` (of the step when c->step): 1 or 0 if kept,
 * -1 if not (then c->slot is where to keep it, or NULL). */
static int memo_lookup(label_memo *c, uint32_t memo, const uint64_t *vars)
{
    c->slot = NULL;
    if (memo == UINT32_MAX || c->off[memo] || !memo_placed(c, &c->s) || (c->step && !memo_placed(c, &c->t))) return -1;
    if (judged_off(&c->looked[memo], c->found[memo], 1, &c->off[memo])) return -1;
    c->hash = seeded(vars_key(c, vars), memo);
    return memo_find(c, memo);
}

/* The key in c->key (c->hash its hash) in memo `memo`'s table: 1 or 0 if kept, -1 if not (then
 * c->slot is where to keep it, or NULL). */
static int memo_find(label_memo *c, uint32_t memo)
{
    if (c->keylen > MEMO_MAX_KEY) return -1;
    memo_table *t = &c->tables[memo];
    if (!t->slots) {
        t->slots = util_xcalloc(MEMO_SLOTS, sizeof(memo_slot));
        t->mask = MEMO_SLOTS - 1;
        c->bytes += sizeof(memo_slot) * MEMO_SLOTS;
    }
    memo_slot *slot = &t->slots[slot_of(c->hash, t->mask)];
    if (slot->hash == c->hash && slot->len == c->keylen && memcmp(slot->key, c->key, c->keylen) == 0) {
        c->found[memo]++;
        return slot->holds;
    }
    c->table = t;
    c->slot = slot;
    return -1;
}

/* t's slots doubled: a key's new slot is its old one or that plus the old size, so none collide. */
static void memo_grow(label_memo *c, memo_table *t)
{
    uint32_t n = t->mask + 1;
    memo_slot *slots = util_xcalloc(2 * (size_t)n, sizeof(memo_slot));
    for (uint32_t j = 0; j < n; j++)
        if (t->slots[j].key) slots[slot_of(t->slots[j].hash, 2 * n - 1)] = t->slots[j];
    free(t->slots);
    t->slots = slots;
    t->mask = 2 * n - 1;
    c->bytes += sizeof(memo_slot) * n;
}

static void memo_keep(label_memo *c, bool holds)
{
    memo_slot *s = c->slot;
    if (!s) return;
    memo_table *t = c->table;
    bool fills = !s->key;
    if (!s->key || s->cap < c->keylen) {
        c->bytes += c->keylen + 1 - (s->key ? s->cap : 0);
        s->cap = c->keylen + 1;
        s->key = util_xrealloc(s->key, s->cap);
    }
    memcpy(s->key, c->key, c->keylen);
    s->len = c->keylen;
    s->hash = c->hash;
    s->holds = holds;
    if (fills && ++t->used > t->mask / 4 && t->mask < MEMO_MAX_SLOTS - 1 && c->bytes < MEMO_BUDGET) memo_grow(c, t);
    c->slot = NULL;   /* (moved if the table grew) */
}

/* Are the bytes of `vars` the same in both states of the step? (Canonical bytes: then so are their
 * values.) False when they differ or cannot be found. */
static bool same_bytes(label_memo *c, const uint64_t *vars)
{
    if (!memo_placed(c, &c->s) || !memo_placed(c, &c->t)) return false;
    for (uint32_t w = 0; w < c->words; w++)
        for (uint64_t bits = vars[w]; bits; bits &= bits - 1) {
            uint32_t i = w * 64 + (uint32_t)__builtin_ctzll(bits), len = c->s.offsets[i + 1] - c->s.offsets[i];
            if (c->t.offsets[i + 1] - c->t.offsets[i] != len ||
                memcmp(c->s.bytes + c->s.offsets[i], c->t.bytes + c->t.offsets[i], len) != 0)
                return false;
        }
    return true;
}

/* Is step label `index` a temporal <<A>>_v whose v's variables have the same bytes in both states
 * of the step? (then it is false: v is evaluated first, cannot fail, and is unchanged) */
static bool subscript_unchanged(label_memo *c, uint32_t index)
{
    const uint64_t *vars = index < c->l->edge_subscript.len ? c->l->edge_subscript.items[index] : NULL;
    if (!vars) return false;
    /* a step's labels mostly have one v (a refinement's Abs!vars): compared once */
    if (c->sub_known && memcmp(c->sub_vars, vars, sizeof(uint64_t) * c->words) == 0) return c->sub_same;
    memcpy(c->sub_vars, vars, sizeof(uint64_t) * c->words);
    c->sub_known = true;
    return c->sub_same = same_bytes(c, vars);
}

/* ---- step labels and action properties by their views' bytes (model.views) ---- */

/* View t's entry of the step's source (which 0) or target (1), by its bytes: false when it has none. */
static bool view_find(label_memo *c, view_table *t, int which)
{
    if (t->at[which] >= 0) return true;
    const memo_state *ms = which ? &c->t : &c->s;
    if (!t->hashed[which]) {
        t->hash[which] = XXH3_64bits(ms->bytes, ms->len);
        t->hashed[which] = true;
    }
    for (size_t j = t->hash[which] & (t->cap - 1); t->cap && t->slots[j]; j = (j + 1) & (t->cap - 1)) {
        const view_entry *e = &t->entries.items[t->slots[j] - 1];
        if (e->hash == t->hash[which] && e->len == ms->len && memcmp(t->pool.items + e->off, ms->bytes, ms->len) == 0) {
            t->at[which] = (int32_t)(t->slots[j] - 1);
            return true;
        }
    }
    return false;
}

/* Keep v's bytes (c->view_bytes) as those of the state `which` (view_find found none), while the
 * worker's memos hold less than MEMO_BUDGET bytes. */
static bool view_insert(label_memo *c, view_table *t, int which)
{
    const memo_state *ms = which ? &c->t : &c->s;
    size_t vlen = c->view_bytes.len;
    if (c->bytes >= MEMO_BUDGET || t->pool.len + ms->len + vlen > UINT32_MAX / 2) return false;
    view_entry e = {t->hash[which], (uint32_t)t->pool.len, ms->len, (uint32_t)t->pool.len + ms->len, (uint32_t)vlen};
    VEC_RESERVE(t->pool, t->pool.len + ms->len + vlen);
    memcpy(t->pool.items + e.off, ms->bytes, ms->len);
    memcpy(t->pool.items + e.voff, c->view_bytes.items, vlen);
    t->pool.len += ms->len + vlen;
    c->bytes += ms->len + vlen + sizeof e + 2 * sizeof(uint32_t);
    VEC_PUSH(t->entries, e);
    if (2 * t->entries.len > t->cap) {   /* (indexes them all, this one too) */
        index_by_hash(&t->slots, &t->cap, t->entries.items, sizeof *t->entries.items, t->entries.len);
    } else {
        size_t j = e.hash & (t->cap - 1);
        while (t->slots[j]) j = (j + 1) & (t->cap - 1);
        t->slots[j] = (uint32_t)t->entries.len;
    }
    t->at[which] = (int32_t)t->entries.len - 1;
    return true;
}

/* View g's v in the step's source (next NULL) or target, kept by the state's bytes, else evaluated
 * (v' on the step, for the target) and kept: false when it cannot be (an error, which the label's
 * evaluation then reports; an unlistable value, whose bytes are no key). */
static bool view_of(label_memo *c, eval_worker *ew, uint32_t g, const val *state, const val *next)
{
    view_table *t = &c->views[g];
    int which = next != NULL;
    if (view_find(c, t, which)) return true;
    if (c->bytes >= MEMO_BUDGET) return false;   /* (it could not be kept) */
    const eval_closure *cl = c->m->views.closure[g];
    val v;
    if (next ? !eval_closure_sub_next(ew, cl, state, next, c->step_evaluated, &v) : !eval_closure_sub_value(ew, cl, state, &v))
        return false;
    if (next) c->step_evaluated = true;   /* the step's primed values are kept */
    uint64_t unlistable = val_unlistable_written(NULL);
    c->view_bytes.len = 0;
    val_serialize(v, &c->view_bytes);
    return val_unlistable_written(NULL) == unlistable && view_insert(c, t, which);
}

/* The predicate with memo `memo` and view g from the memo, both states' entries found: 1 or 0 if
 * kept, -1 if not (c->slot: where to keep it). A step label <<A>>_v (`angle`) is false where v is
 * unchanged (v is evaluated first, and did not fail); an action property [A]_v is not known true
 * there (A comes first, and may fail). */
static int view_lookup(label_memo *c, uint32_t memo, uint32_t g, bool angle)
{
    const view_table *t = &c->views[g];
    const view_entry *a = &t->entries.items[t->at[0]], *b = &t->entries.items[t->at[1]];
    c->slot = NULL;
    if (angle && a->vlen == b->vlen && memcmp(t->pool.items + a->voff, t->pool.items + b->voff, a->vlen) == 0) return 0;
    if (c->off[memo] || judged_off(&c->looked[memo], c->found[memo], 1, &c->off[memo])) return -1;
    c->key_kept = false;   /* (c->key holds no variables' key now) */
    c->keylen = a->vlen + b->vlen;
    if (c->keylen > MEMO_MAX_KEY) return -1;
    memcpy(c->key, t->pool.items + a->voff, a->vlen);   /* (v's bytes delimit themselves) */
    memcpy(c->key + a->vlen, t->pool.items + b->voff, b->vlen);
    c->hash = seeded(XXH3_64bits(c->key, c->keylen), memo);
    return memo_find(c, memo);
}

/* Step label `index` from the memo by the bytes alone: 1 or 0, -1 if not kept, INT32_MIN if it has
 * no view. */
static int view_known(label_memo *c, uint32_t index)
{
    uint32_t g = c->l->edge_view[index];
    if (g == UINT32_MAX) return INT32_MIN;
    uint32_t memo = c->l->label_memo[c->nstate + index];
    return view_find(c, &c->views[g], 0) && view_find(c, &c->views[g], 1) ? view_lookup(c, memo, g, true) : -1;
}

/* Step label `index` from the memo, reading the variables its memo reads or its view. */
static int step_memo_lookup(label_memo *c, eval_worker *ew, uint32_t index, const val *state, const val *next)
{
    uint32_t g = c->l->edge_view[index];
    if (g == UINT32_MAX)
        return memo_lookup(c, c->l->label_memo[c->nstate + index], c->l->label_vars + (size_t)(c->nstate + index) * c->words);
    c->slot = NULL;
    uint32_t memo = c->l->label_memo[c->nstate + index];
    if (c->off[memo]) return -1;   /* (v's values are not worth finding) */
    return view_of(c, ew, g, state, NULL) && view_of(c, ew, g, state, next) ? view_lookup(c, memo, g, true) : -1;
}

int label_memo_step_known(label_memo *c, uint32_t index)
{
    if (!c || !c->l || !c->step) return -1;
    int by_view = view_known(c, index);
    if (by_view != INT32_MIN) return by_view;
    const uint64_t *vars = index < c->l->edge_changed.len ? c->l->edge_changed.items[index] : NULL;
    if (vars) return same_bytes(c, vars) ? 0 : -1;   /* "v changes", v unchanged */
    if (subscript_unchanged(c, index)) return 0;
    uint32_t label = c->nstate + index;
    return memo_lookup(c, c->l->label_memo[label], c->l->label_vars + (size_t)label * c->words);
}

/* The current state's slot of group g (NULL: not kept), looked up on its first use in the
 * state; a miss takes the slot over for this state's key, its row empty. */
static group_slot *group_slot_of(label_memo *c, uint32_t g)
{
    group_memo *gm = &c->groups[g];
    if (gm->seen) return gm->slot;
    gm->seen = true;
    gm->slot = NULL;
    if (gm->off || !memo_placed(c, &c->s) || judged_off(&gm->looked, gm->found, c->l->group_size[g], &gm->off)) return NULL;
    uint64_t h = seeded(vars_key(c, c->l->group_vars + (size_t)g * c->words), g);
    if (c->keylen > MEMO_MAX_KEY) return NULL;
    if (!gm->table) gm->table = util_xcalloc(MEMO_SLOTS, sizeof(group_slot));
    group_slot *slot = &gm->table[slot_of(h, MEMO_SLOTS - 1)];
    gm->slot = slot;
    if (slot->hash == h && slot->len == c->keylen && memcmp(slot->key, c->key, c->keylen) == 0) {
        gm->found++;
        return slot;
    }
    if (!slot->key || slot->cap < c->keylen) {
        slot->cap = c->keylen + 1;
        slot->key = util_xrealloc(slot->key, slot->cap);
    }
    memcpy(slot->key, c->key, c->keylen);
    slot->len = c->keylen;
    slot->hash = h;
    size_t row_len = (size_t)ROW_QUARTERS * gm->words + 2 * (size_t)gm->dwords;
    if (!slot->row) slot->row = util_xmalloc(sizeof(uint64_t) * row_len);
    memset(slot->row, 0, sizeof(uint64_t) * row_len);
    return slot;
}

/* State label `index`, kept in the row of its values' group. */
static bool state_label_holds(label_memo *c, eval_worker *ew, uint32_t index, const eval_closure *cl, const val *state,
                              bool *out)
{
    uint32_t group = c->l->value_group[index], words = c->groups[group].words;
    group_slot *slot = group_slot_of(c, group);
    if (slot && live_bit(slot->row + ROW_VALUED * words, index)) {
        *out = live_bit(slot->row + ROW_HOLDS * words, index);
        return true;
    }
    if (!eval_closure_holds(ew, cl, state, NULL, out)) return false;
    if (!slot) return true;
    live_set_bit(slot->row + ROW_VALUED * words, index);
    if (*out) live_set_bit(slot->row + ROW_HOLDS * words, index);
    return true;
}

bool label_memo_holds(label_memo *c, eval_worker *ew, uint32_t index, const eval_closure *cl, const val *state,
                      const val *next, bool *out)
{
    if (c && c->l && c->step && index < c->l->edge_changed.len && c->l->edge_changed.items[index] &&
        vars_changed(c->l->edge_changed.items[index], c->l->edge_changed_in_order.items[index], c->nvars, state, next,
                     out))
        return true;
    if (c && c->l && !c->step && c->l->value_group[index] != UINT32_MAX)
        return state_label_holds(c, ew, index, cl, state, out);
    if (c && c->l && c->step && subscript_unchanged(c, index)) {
        *out = false;
        return true;
    }
    int kept = -1;
    if (c) c->slot = NULL;
    if (c && c->l && c->step) kept = step_memo_lookup(c, ew, index, state, next);
    if (kept >= 0) {
        *out = kept;
        return true;
    }
    /* a step's labels after the first: its primed values (a refinement's mapped variables) kept */
    bool again = c && c->step && c->step_evaluated;
    if (!(again ? eval_closure_holds_again : eval_closure_holds)(ew, cl, state, next, out)) return false;
    if (c) {
        c->step_evaluated = c->step;
        memo_keep(c, *out);
    }
    return true;
}

void label_memo_props(label_memo *c, const uint8_t *state, const uint32_t *offsets, const uint8_t *next,
                      const uint32_t *next_offsets)
{
    if (!c) return;
    c->s.ok = c->t.ok = state != NULL;
    c->s.placed = c->t.placed = true;
    c->step = true;
    c->step_evaluated = false;
    c->key_kept = c->sub_known = false;
    views_forget(c, 0);
    views_forget(c, 1);
    if (!state) return;
    c->s.bytes = state;   /* (another state may have had these addresses: nothing is kept from it) */
    memcpy(c->s.offsets, offsets, sizeof(uint32_t) * (c->nvars + 1));
    memset(c->s.hashed, 0, c->nvars);
    c->s.len = offsets[c->nvars];
    c->t.bytes = next;
    memcpy(c->t.offsets, next_offsets, sizeof(uint32_t) * (c->nvars + 1));
    c->t.len = next_offsets[c->nvars];
    memset(c->t.hashed, 0, c->nvars);
}

bool label_memo_prop_holds(label_memo *c, eval_worker *ew, uint32_t index, const named_expr *n, const val *state,
                           const val *next, bool *out)
{
    const model *m = c ? c->m : NULL;
    int kept = -1;
    if (c) c->slot = NULL;
    uint32_t memo = c ? (c->l ? c->l->nmemo : 0) + m->prop_plan.memo[index] : UINT32_MAX;
    uint32_t g = c ? m->prop_plan.view[index] : UINT32_MAX;
    if (g != UINT32_MAX) {   /* (its table holds keys of v's bytes only) */
        if (c->s.ok && !c->off[memo] && view_of(c, ew, g, state, NULL) && view_of(c, ew, g, state, next))
            kept = view_lookup(c, memo, g, false);
    } else if (c && m->prop_plan.memo[index] != UINT32_MAX) {
        kept = memo_lookup(c, memo, m->prop_plan.vars + (size_t)index * c->words);
    }
    if (kept >= 0) {
        *out = kept;
        return true;
    }
    bool again = c && c->step_evaluated;   /* (view_of evaluated v' on the step) */
    if (!(n->cl ? (again ? eval_closure_holds_again : eval_closure_holds)(ew, n->cl, state, next, out)
                : (again ? eval_bool_again : eval_bool)(ew, n->expr, state, next, out)))
        return false;
    if (c) memo_keep(c, *out);
    return true;
}

/* (The results kept are eval_guards_rule_out's, a function of the variables' values: an error in a
 * guard leaves the label to be evaluated, where it is reported, as before.) */
bool label_memo_guards_rule_out(label_memo *c, eval_worker *ew, uint32_t index, const eval_guards *g,
                                const val *state)
{
    uint32_t group = c && c->l ? c->l->guard_group[index] : UINT32_MAX;
    group_slot *slot = group != UINT32_MAX ? group_slot_of(c, group) : NULL;
    if (!slot) return eval_guards_rule_out(ew, g, state);
    uint32_t words = c->groups[group].words;
    if (live_bit(slot->row + ROW_GUARDED * words, index)) return live_bit(slot->row + ROW_RULED * words, index);
    bool ruled_out = eval_guards_rule_out(ew, g, state);
    live_set_bit(slot->row + ROW_GUARDED * words, index);
    if (ruled_out) live_set_bit(slot->row + ROW_RULED * words, index);
    return ruled_out;
}

void label_memo_state_rows(label_memo *c, uint32_t words, uint64_t *ruled, uint64_t *known, uint64_t *values)
{
    for (uint32_t g = 0; c && c->l && g < c->l->ngroups; g++) {
        const group_slot *slot = group_slot_of(c, g);
        if (!slot) continue;
        const uint64_t *row = slot->row;
        uint32_t n = c->groups[g].words;   /* (the same for every group: words_of(state labels)) */
        for (uint32_t w = 0; w < words && w < n; w++) {
            ruled[w] |= row[ROW_RULED * n + w];
            known[w] |= row[ROW_VALUED * n + w];
            values[w] |= row[ROW_HOLDS * n + w];
        }
    }
}

/* Is c keeping the rows of `state` (after label_memo_state, not a step's)? */
static bool memo_in_state(const label_memo *c, const uint8_t *state)
{
    return c && c->l && !c->step && c->s.bytes == state;
}

/* Where the derived labels' part of group g's row starts in slot: `done` (G's truth kept), then,
 * dwords further, `g_false`. */
static uint64_t *derived_rows(const label_memo *c, uint32_t g, const group_slot *slot)
{
    return slot->row + (size_t)ROW_QUARTERS * c->groups[g].words;
}

void label_memo_derived_guards(label_memo *c, const uint8_t *state, uint64_t *done, uint64_t *g_false)
{
    if (!memo_in_state(c, state)) return;
    for (uint32_t j = 0; j < c->nderived_groups; j++) {
        uint32_t g = c->derived_groups[j];
        const group_slot *slot = group_slot_of(c, g);
        if (!slot) continue;
        const uint64_t *row = derived_rows(c, g, slot);
        for (uint32_t w = 0; w < c->groups[g].dwords; w++) {
            done[w] |= row[w];
            g_false[w] |= row[c->groups[g].dwords + w];
        }
    }
}

void label_memo_keep_guard(label_memo *c, const uint8_t *state, uint32_t k, bool guard_false)
{
    uint32_t g = memo_in_state(c, state) ? c->l->derived_group[k] : UINT32_MAX;
    const group_slot *slot = g != UINT32_MAX ? group_slot_of(c, g) : NULL;
    if (!slot) return;
    uint64_t *done = derived_rows(c, g, slot);
    live_set_bit(done, k);
    if (guard_false) live_set_bit(done + c->groups[g].dwords, k);
}
