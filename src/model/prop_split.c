/* prop_split.c - the action properties [][A]_v evaluated by A's disjuncts.
 *
 * A refinement's [][Abs!Next]_Abs!vars is evaluated on every step: A's disjuncts one after the
 * other, each starting with guards on the step's first state (eval_box_split). The guards are the
 * same for all the steps from a state, so each worker evaluates them once per state expanded, and
 * on each step only the disjuncts none of whose guards is false. The answer is the whole
 * evaluation's: the disjuncts left out are false there without an error (a guard false, the ones
 * before it true), the others are evaluated in the same order. An evaluation error on the way (a
 * guard's makes its disjunct one to evaluate) leaves the property to be evaluated whole, which
 * reports it as before. A comes first, as TLC takes it; v only on a step where A is false. v's
 * value in the state, for "does v change", is evaluated once per state then (the step's side v' on
 * each such step, but on a step to the state's very bytes: v' is v there, the model being pure, and
 * v was evaluated without an error). Only for pure models (evaluating the guards fewer times must
 * print and draw nothing less), and properties not kept by their variables' bytes (live_labels.c).
 *
 * TLC makes a successor once for each way the action reaches it: EWD998PCal's InitiateProbe gives the
 * same state twice where two of its `\/` branches hold (11% of its steps that change the state). Such
 * a repeat comes right after the first, so the last successor of the state on which the property
 * held is kept by its bytes: the same step again holds too (the model is pure; an error would have
 * been reported the first time), without evaluating A.
 *
 * A disjunct whose guards all hold in the state is, on a step, what the part after them is when
 * that part is false (eval_box_split.firsts): a refinement's `counter' = [counter EXCEPT ![i] =
 * @ + 1]`, false for every other node's step. That part reads the next state only through a few
 * variables (eval_closure_next_reads), so its truth is kept, for the state, by their bytes in the
 * successor: the state's other steps with the same bytes there find it false (or true) without
 * evaluating it. A part `x' = e` with x a root variable takes x' from the next state (or a
 * definition's d' kept for the next state's bytes) and compares it with e's value in the state,
 * without a key: copying and scanning keys costs more than that comparison (EWD998PCal: one step
 * in five found its key kept). Where that part is true, the disjunct is the conjunction of the
 * parts after it (eval_box_split.rests), evaluated in order without the disjunct's call, guards and
 * first part again. An error is not kept: the whole evaluation reports it.
 *
 * A guard reads only some variables (a refinement's `active[i]`, `pending[i] > 0` through `pending <-
 * pending`): guards that read the same ones form a group, which keeps, by their bytes in a state,
 * which of its guards were found true and which false there (never an error), for every other state
 * with those bytes (EWD998PCal: 8 values of `active`, a few hundred of `network`, in 20 K states).
 */
#include "model_internal.h"

#include <stdlib.h>
#include <string.h>
#include <xxhash.h>

void model_plan_prop_splits(model *m)
{
    size_t n = m->action_props.len;
    m->prop_split = util_xcalloc(n + 1, sizeof *m->prop_split);
    for (size_t i = 0; i < n && m->pure; i++) {
        const named_expr *p = &m->action_props.items[i];
        if (m->prop_plan.memo[i] == UINT32_MAX && !eval_box_split_of(m->ep, p->cl, p->expr, &m->prop_split[i]))
            m->prop_split[i] = (eval_box_split){0};
    }
}

/* A disjunct's part after its guards, kept for the state being expanded by the successor's bytes
 * of the variables it reads in the next state: up to FIRST_KEYS keys (their bytes in `keys`). */
enum { FIRST_KEYS = 8 };
typedef struct first_memo {
    bool kept;                       /* the part can be kept (false: evaluated whole every time) */
    uint32_t nvars, *vars;           /* the variables it reads in the next state */
    uint32_t n;                      /* keys kept for the state */
    uint32_t off[FIRST_KEYS], len[FIRST_KEYS];
    bool holds[FIRST_KEYS];
    bool rhs_known, has_rhs;         /* a part lhs = rhs: rhs's value in the state, once evaluated */
    val rhs;
    uint32_t lhs_var;                /* lhs is x' for this root variable (UINT32_MAX: evaluated) */
    const sema_def *lhs_def;         /* lhs is d' for this definition kept by bytes (NULL: evaluated) */
} first_memo;

typedef VEC(uint8_t) key_bytes;

/* The guards of one property that read the same variables (up to 32), and by those variables' bytes
 * which of them were found true or false (`known`, `holds`: bit b for the group's b-th guard). A
 * direct-mapped table; its keys' memory is emptied with the table when it passes its budget. */
enum { GUARD_SLOTS = 1024, GUARD_GROUP_MAX = 32, GUARD_KEYS_BUDGET = 4u << 20 };
typedef struct guard_row { uint64_t hash; const uint8_t *key; uint32_t len, known, holds; } guard_row;
typedef struct guard_group {
    uint64_t *mask;                  /* the variables read, as bits */
    uint32_t nvars, *vars, nguards;
    guard_row *rows;
    arena keys;
    /* the state being expanded: its row (found, or to fill), its key at state_key[key_at..key_end) */
    guard_row *row;
    bool found;
    uint64_t hash;
    uint32_t known, holds, key_at, key_end;
} guard_group;

/* By guard (of one property): its group and its bit there, or UINT32_MAX when not kept. */
typedef struct guard_memo {
    uint32_t ngroups, *group_of, *bit_of;
    guard_group *groups;
    key_bytes state_key;
} guard_memo;

/* One worker's: by property, the state whose guards `todo` holds: the disjuncts no guard rules out
 * there, in order (TODO_DECIDED set where its guards all hold and its first part is kept, so the
 * steps need not look at the guards or the plan again), v's value there once a step
 * needed it (in the worker's scratch memory, reset after the state; has_v false after an error,
 * which the whole evaluation reports), whether the state's stuttering step was evaluated (without
 * an error: it holds), and the parts after the guards kept for the state. */
struct prop_splits {
    const model *m;
    uint64_t *state;
    uint32_t **todo, *ntodo;
    val *v;
    bool *v_known, *has_v, *stutter_holds;
    first_memo **firsts;
    key_bytes *keys;
    guard_memo *guard_memos;
    key_bytes *held_step;   /* the successor's bytes of the state's last step that held, not a stutter */
};

typedef struct reads_acc { const model *m; uint64_t *vars, *one; bool pure; } reads_acc;

static void add_next_reads(void *data, const syn_expr *e)
{
    reads_acc *a = data;
    a->pure &= model_expr_reads(a->m, e, a->one);
    for (uint32_t w = 0; w < model_var_words(a->m); w++) a->vars[w] |= a->one[w];
}

/* The disjuncts' parts after their guards, and the variables each reads in the next state. */
static first_memo *plan_firsts(const model *m, const eval_box_split *s)
{
    first_memo *f = util_xcalloc(s->guards.ndisjuncts, sizeof *f);
    uint32_t words = model_var_words(m);
    reads_acc a = {m, util_xcalloc(words, sizeof(uint64_t)), util_xcalloc(words, sizeof(uint64_t)), true};
    for (uint32_t j = 0; j < s->guards.ndisjuncts; j++) {
        memset(a.vars, 0, sizeof(uint64_t) * words);
        a.pure = true;
        f[j].lhs_var = s->first_sides[2 * j] ? eval_closure_primed_variable(s->first_sides[2 * j]) : UINT32_MAX;
        f[j].lhs_def = s->first_sides[2 * j] ? eval_closure_primed_definition(m->ep, s->first_sides[2 * j]) : NULL;
        if (!s->firsts[j] || !eval_closure_next_reads(m->ep, s->firsts[j], add_next_reads, &a) || !a.pure) continue;
        f[j].kept = true;
        f[j].vars = util_xmalloc(sizeof(uint32_t) * (m->prog->nvars + 1));
        for (uint32_t i = 0; i < m->prog->nvars; i++)
            if (a.vars[i / 64] >> (i % 64) & 1) f[j].vars[f[j].nvars++] = i;
    }
    free(a.vars);
    free(a.one);
    return f;
}

static void add_reads(void *data, const syn_expr *e)
{
    reads_acc *a = data;
    if (!a->pure) return;
    a->pure = model_expr_reads(a->m, e, a->one);
    for (uint32_t w = 0; w < model_var_words(a->m); w++) a->vars[w] |= a->one[w];
}

/* The group of guards reading exactly `mask`, made when new (NULL when it has GUARD_GROUP_MAX). */
static guard_group *group_for(const model *m, guard_memo *gm, const uint64_t *mask)
{
    uint32_t words = model_var_words(m);
    for (uint32_t g = 0; g < gm->ngroups; g++)
        if (memcmp(gm->groups[g].mask, mask, sizeof(uint64_t) * words) == 0)
            return gm->groups[g].nguards < GUARD_GROUP_MAX ? &gm->groups[g] : NULL;
    guard_group *grp = &gm->groups[gm->ngroups++];
    grp->mask = util_xmalloc(sizeof(uint64_t) * words);
    memcpy(grp->mask, mask, sizeof(uint64_t) * words);
    grp->vars = util_xmalloc(sizeof(uint32_t) * (m->prog->nvars + 1));
    for (uint32_t i = 0; i < m->prog->nvars; i++)
        if (mask[i / 64] >> (i % 64) & 1) grp->vars[grp->nvars++] = i;
    grp->rows = util_xcalloc(GUARD_SLOTS, sizeof *grp->rows);
    arena_init(&grp->keys);
    return grp;
}

/* The guards of g grouped by the variables each reads (eval_closure_reached_substitutions): those that
 * read all of them, or may read more than their values, are not kept. */
static guard_memo plan_guards(const model *m, const eval_guards *g)
{
    uint32_t nguards = g->ends[g->ndisjuncts - 1], words = model_var_words(m);
    guard_memo gm = {0, util_xmalloc(sizeof(uint32_t) * nguards), util_xmalloc(sizeof(uint32_t) * nguards),
                     util_xcalloc(nguards, sizeof(guard_group)), {0}};
    reads_acc a = {m, util_xcalloc(words, sizeof(uint64_t)), util_xcalloc(words, sizeof(uint64_t)), true};
    for (uint32_t k = 0; k < nguards; k++) {
        memset(a.vars, 0, sizeof(uint64_t) * words);
        a.pure = true;
        eval_closure_reached_substitutions(m->ep, g->guards[k], add_reads, &a);
        uint32_t nread = 0;
        for (uint32_t w = 0; w < words; w++) nread += (uint32_t)__builtin_popcountll(a.vars[w]);
        guard_group *grp = a.pure && nread < m->prog->nvars ? group_for(m, &gm, a.vars) : NULL;
        gm.group_of[k] = grp ? (uint32_t)(grp - gm.groups) : UINT32_MAX;
        gm.bit_of[k] = grp ? grp->nguards++ : UINT32_MAX;
    }
    free(a.vars);
    free(a.one);
    return gm;
}

static void guard_memo_free(guard_memo *gm)
{
    for (uint32_t g = 0; g < gm->ngroups; g++) {
        free(gm->groups[g].mask);
        free(gm->groups[g].vars);
        free(gm->groups[g].rows);
        arena_free(&gm->groups[g].keys);
    }
    free(gm->groups);
    free(gm->group_of);
    free(gm->bit_of);
    VEC_FREE(gm->state_key);
}

prop_splits *prop_splits_new(const model *m)
{
    size_t n = m->action_props.len, some = 0;
    for (size_t i = 0; i < n; i++) some += m->prop_split[i].disjuncts != NULL;
    if (!some) return NULL;
    prop_splits *p = util_xcalloc(1, sizeof *p);
    p->m = m;
    p->state = util_xcalloc(n, sizeof *p->state);
    p->todo = util_xcalloc(n, sizeof *p->todo);
    p->ntodo = util_xcalloc(n, sizeof *p->ntodo);
    p->v = util_xcalloc(n, sizeof *p->v);
    p->has_v = util_xcalloc(n, sizeof *p->has_v);
    p->v_known = util_xcalloc(n, sizeof *p->v_known);
    p->stutter_holds = util_xcalloc(n, sizeof *p->stutter_holds);
    p->firsts = util_xcalloc(n, sizeof *p->firsts);
    p->keys = util_xcalloc(n, sizeof *p->keys);
    p->guard_memos = util_xcalloc(n, sizeof *p->guard_memos);
    p->held_step = util_xcalloc(n, sizeof *p->held_step);
    for (size_t i = 0; i < n; i++) {
        if (!m->prop_split[i].disjuncts) continue;
        p->todo[i] = util_xmalloc(sizeof(uint32_t) * m->prop_split[i].guards.ndisjuncts);
        p->firsts[i] = plan_firsts(m, &m->prop_split[i]);
        p->guard_memos[i] = plan_guards(m, &m->prop_split[i].guards);
    }
    return p;
}

void prop_splits_free(prop_splits *p)
{
    if (!p) return;
    for (size_t i = 0; i < p->m->action_props.len; i++) {
        free(p->todo[i]);
        for (uint32_t j = 0; p->firsts[i] && j < p->m->prop_split[i].guards.ndisjuncts; j++) free(p->firsts[i][j].vars);
        free(p->firsts[i]);
        VEC_FREE(p->keys[i]);
        VEC_FREE(p->held_step[i]);
        if (p->m->prop_split[i].disjuncts) guard_memo_free(&p->guard_memos[i]);
    }
    free(p->guard_memos);
    free(p->todo);
    free(p->ntodo);
    free(p->firsts);
    free(p->keys);
    free(p->held_step);
    free(p->v);
    free(p->has_v);
    free(p->v_known);
    free(p->stutter_holds);
    free(p->state);
    free(p);
}

/* Each group's row for the state (its bytes, its variables' at offsets): found, or its key kept aside
 * for the row to fill. */
static void guard_rows_find(guard_memo *gm, const uint8_t *bytes, const uint32_t *offsets)
{
    key_bytes *key = &gm->state_key;
    key->len = 0;
    VEC_RESERVE(*key, 1);   /* (a group reading no variable has an empty key, never a null one) */
    for (uint32_t g = 0; g < gm->ngroups; g++) {
        guard_group *grp = &gm->groups[g];
        grp->key_at = (uint32_t)key->len;
        for (uint32_t i = 0; i < grp->nvars; i++) {
            uint32_t v = grp->vars[i], len = offsets[v + 1] - offsets[v];
            VEC_RESERVE(*key, key->len + len);
            memcpy(key->items + key->len, bytes + offsets[v], len);
            key->len += len;
        }
        grp->key_end = (uint32_t)key->len;
        uint32_t len = grp->key_end - grp->key_at;
        grp->hash = XXH3_64bits(key->items + grp->key_at, len) | 1;
        grp->row = &grp->rows[grp->hash & (GUARD_SLOTS - 1)];
        grp->found = grp->row->hash == grp->hash && grp->row->len == len &&
                     memcmp(grp->row->key, key->items + grp->key_at, len) == 0;
        grp->known = grp->found ? grp->row->known : 0;
        grp->holds = grp->found ? grp->row->holds : 0;
    }
}

/* What the groups found out in the state, into their rows (a new row's key copied; the keys' memory
 * and the table emptied first when past their budget). */
static void guard_rows_keep(guard_memo *gm)
{
    for (uint32_t g = 0; g < gm->ngroups; g++) {
        guard_group *grp = &gm->groups[g];
        if (grp->found) {
            grp->row->known = grp->known;
            grp->row->holds = grp->holds;
            continue;
        }
        if (!grp->known) continue;
        if (grp->keys.bytes > GUARD_KEYS_BUDGET) {
            arena_reset(&grp->keys);
            memset(grp->rows, 0, sizeof *grp->rows * GUARD_SLOTS);
        }
        uint32_t len = grp->key_end - grp->key_at;
        uint8_t *copy = arena_alloc(&grp->keys, len + 1);
        memcpy(copy, gm->state_key.items + grp->key_at, len);
        *grp->row = (guard_row){grp->hash, copy, len, grp->known, grp->holds};
    }
}

/* Guard k in the state: from its group's row when kept there, else evaluated (and kept when without
 * an error). False on an error. */
static bool guard_holds(guard_memo *gm, eval_worker *ew, const eval_closure *guard, uint32_t k, const val *state,
                        bool *holds)
{
    guard_group *grp = gm->group_of[k] == UINT32_MAX ? NULL : &gm->groups[gm->group_of[k]];
    uint32_t bit = grp ? 1u << gm->bit_of[k] : 0;
    if (grp && (grp->known & bit)) {
        *holds = (grp->holds & bit) != 0;
        return true;
    }
    if (!eval_closure_holds(ew, guard, state, NULL, holds)) return false;
    if (grp) {
        grp->known |= bit;
        if (*holds) grp->holds |= bit;
    }
    return true;
}

enum { TODO_DECIDED = 1u << 31 };

/* The disjuncts of g left to evaluate in `state`, in order into todo (their count): those none of
 * whose guards is false (a guard's error leaves it in), with TODO_DECIDED where its guards all hold
 * (no error) and its first part is kept (firsts[j].kept). */
static uint32_t open_disjuncts(guard_memo *gm, eval_worker *ew, const eval_guards *g, const first_memo *firsts,
                               const val *state, uint32_t *todo)
{
    uint32_t n = 0;
    for (uint32_t j = 0, k = 0; j < g->ndisjuncts; j++) {
        bool settled = false, open = true;   /* settled by a false guard, or an error (A stops there too) */
        for (; k < g->ends[j]; k++) {
            bool holds = true;
            if (settled) continue;
            settled = !guard_holds(gm, ew, g->guards[k], k, state, &holds) || !holds;
            if (settled && !holds) open = false;
        }
        if (open) todo[n++] = j | (!settled && firsts[j].kept ? TODO_DECIDED : 0);
    }
    return n;
}

/* The successor's bytes of f's variables, appended to keys. */
static void append_key(key_bytes *keys, const first_memo *f, const uint8_t *next_bytes, const uint32_t *next_offsets)
{
    for (uint32_t i = 0; i < f->nvars; i++) {
        uint32_t v = f->vars[i], len = next_offsets[v + 1] - next_offsets[v];
        VEC_RESERVE(*keys, keys->len + len);
        memcpy(keys->items + keys->len, next_bytes + next_offsets[v], len);
        keys->len += len;
    }
}

/* The kept truth of f's part for the key at keys[from..): -1 when not kept. */
static int kept_truth(const key_bytes *keys, const first_memo *f, size_t from)
{
    uint32_t len = (uint32_t)(keys->len - from);
    for (uint32_t k = 0; k < f->n; k++)
        if (f->len[k] == len && memcmp(keys->items + f->off[k], keys->items + from, len) == 0) return f->holds[k];
    return -1;
}

/* lhs's value on the step: the next state's variable where lhs is one primed (read without an
 * error), or a definition's value kept for the next state's bytes (evaluated there before without an
 * error), else evaluated (as on a new step when *first). False on an error. */
static bool lhs_value(const first_memo *f, eval_worker *ew, const eval_closure *lhs, const val *state,
                      const val *next, bool *first, val *out)
{
    if (f->lhs_var != UINT32_MAX) {
        *out = next[f->lhs_var];
        return true;
    }
    if (f->lhs_def && eval_kept_next_value(ew, f->lhs_def, next, !*first, out)) {
        *first = false;
        return true;
    }
    if (!eval_closure_value(ew, lhs, state, next, !*first, out)) return false;
    *first = false;
    return true;
}

/* Does disjunct j's part after its guards hold on the step (evaluated as on a new step when *first)?
 * A part lhs = rhs compares lhs's value with rhs's, evaluated once for the state (after lhs, as the
 * part evaluates them); where either fails or the comparison would, the part is evaluated, for its
 * error. False on an error. */
static bool part_holds(prop_splits *p, eval_worker *ew, uint32_t index, uint32_t j, const val *state,
                       const val *next, bool *first, bool *holds)
{
    const eval_box_split *s = &p->m->prop_split[index];
    const eval_closure *lhs = s->first_sides[2 * j], *rhs = s->first_sides[2 * j + 1];
    first_memo *f = &p->firsts[index][j];
    val a;
    if (lhs && lhs_value(f, ew, lhs, state, next, first, &a)) {
        if (!f->rhs_known) {
            f->has_rhs = eval_closure_value(ew, rhs, state, NULL, true, &f->rhs);
            f->rhs_known = true;
        }
        if (f->has_rhs && val_comparable(a, f->rhs) && val_equal_status(a, f->rhs, holds) == VAL_OK) return true;
    }
    bool ok = *first ? eval_closure_holds(ew, s->firsts[j], state, next, holds)
                     : eval_closure_holds_again(ew, s->firsts[j], state, next, holds);
    *first = false;
    return ok;
}

/* Is disjunct j false on the step because the part after its guards (which all hold) is? Evaluated
 * (as on a new step when *first) unless kept for the successor's bytes it reads; false on an error. */
static bool part_rules_out(prop_splits *p, eval_worker *ew, uint32_t index, uint32_t j, const val *state,
                           const val *next, const uint8_t *next_bytes, const uint32_t *next_offsets, bool *first,
                           bool *out)
{
    first_memo *f = &p->firsts[index][j];
    key_bytes *keys = &p->keys[index];
    if (f->lhs_var != UINT32_MAX || f->lhs_def) {   /* comparing the values costs less than the key */
        bool holds;
        if (!part_holds(p, ew, index, j, state, next, first, &holds)) return false;
        *out = !holds;
        return true;
    }
    size_t from = keys->len;
    append_key(keys, f, next_bytes, next_offsets);
    int kept = kept_truth(keys, f, from);
    if (kept >= 0) {
        keys->len = from;
        *out = !kept;
        return true;
    }
    bool holds;
    if (!part_holds(p, ew, index, j, state, next, first, &holds)) return false;
    if (f->n < FIRST_KEYS) {
        f->off[f->n] = (uint32_t)from;
        f->len[f->n] = (uint32_t)(keys->len - from);
        f->holds[f->n++] = holds;
    } else {
        keys->len = from;
    }
    *out = !holds;
    return true;
}

/* Disjunct j, its guards and the part after them true: the conjunction of the parts after that,
 * evaluated in order up to the first false one (as the disjunct's evaluation goes on from there,
 * without its call, guards and first part again). False on an error. */
static bool rests_hold(const eval_box_split *s, eval_worker *ew, uint32_t j, const val *state, const val *next,
                       bool *first, bool *holds)
{
    uint32_t from = j ? s->rest_ends[j - 1] : 0;
    bool ok = eval_closures_all_hold(ew, s->rests + from, s->rest_ends[j] - from, state, next, !*first, holds);
    *first = false;
    return ok;
}

/* Does some disjunct left open hold on the step? false on an error. The first evaluation is as on a
 * new step (the successor buffer holds another state than last time), the others on the same. */
static bool open_disjunct_holds(prop_splits *p, eval_worker *ew, uint32_t index, const val *state, const val *next,
                                const uint8_t *next_bytes, const uint32_t *next_offsets, bool *holds)
{
    const eval_box_split *s = &p->m->prop_split[index];
    bool first = true;
    *holds = false;
    for (uint32_t t = 0; t < p->ntodo[index] && !*holds; t++) {
        uint32_t j = p->todo[index][t] & ~TODO_DECIDED;
        bool ruled_out = false, decided = p->todo[index][t] & TODO_DECIDED;
        if (decided && !part_rules_out(p, ew, index, j, state, next, next_bytes, next_offsets, &first, &ruled_out))
            return false;
        if (ruled_out) continue;
        if (decided && s->has_rests[j]) {
            if (!rests_hold(s, ew, j, state, next, &first, holds)) return false;
            continue;
        }
        bool ok = first ? eval_closure_holds(ew, s->disjuncts[j], state, next, holds)
                        : eval_closure_holds_again(ew, s->disjuncts[j], state, next, holds);
        if (!ok) return false;
        first = false;
    }
    return true;
}

/* Is the step to the successor next_bytes[0..len) the state's last step that held? */
static bool repeats_held_step(const key_bytes *held, const uint8_t *next_bytes, uint32_t len)
{
    return len && held->len == len && memcmp(held->items, next_bytes, len) == 0;
}

static void keep_held_step(key_bytes *held, const uint8_t *next_bytes, uint32_t len)
{
    VEC_RESERVE(*held, len);
    memcpy(held->items, next_bytes, len);
    held->len = len;
}

bool prop_split_holds(prop_splits *p, eval_worker *ew, uint32_t index, uint64_t expanded, const val *state,
                      const uint8_t *state_bytes, const uint32_t *state_offsets, const val *next,
                      const uint8_t *next_bytes, const uint32_t *next_offsets, bool stutters, bool *out)
{
    const eval_box_split *s = p ? &p->m->prop_split[index] : NULL;
    if (!s || !s->disjuncts) return false;
    if (p->state[index] != expanded) {
        guard_memo *gm = &p->guard_memos[index];
        guard_rows_find(gm, state_bytes, state_offsets);
        p->ntodo[index] = open_disjuncts(gm, ew, &s->guards, p->firsts[index], state, p->todo[index]);
        guard_rows_keep(gm);
        p->v_known[index] = p->stutter_holds[index] = false;
        p->state[index] = expanded;
        for (uint32_t j = 0; j < s->guards.ndisjuncts; j++) {
            p->firsts[index][j].n = 0;
            p->firsts[index][j].rhs_known = false;
        }
        p->keys[index].len = 0;
        p->held_step[index].len = 0;
    }
    /* every stuttering step from the state is the same step (s, s): its answer, true, is known once
     * it was evaluated (TLC evaluates A on each, but an error would have been reported the first time) */
    if (stutters && p->stutter_holds[index]) {
        *out = true;
        return true;
    }
    uint32_t next_len = next_offsets[p->m->prog->nvars];
    if (!stutters && repeats_held_step(&p->held_step[index], next_bytes, next_len)) {
        *out = true;
        return true;
    }
    bool holds;
    if (!open_disjunct_holds(p, ew, index, state, next, next_bytes, next_offsets, &holds)) return false;
    if (holds) {
        p->stutter_holds[index] |= stutters;
        if (!stutters) keep_held_step(&p->held_step[index], next_bytes, next_len);
        *out = true;
        return true;
    }
    /* A is false: [A]_v is whether v is unchanged */
    if (!p->v_known[index]) {
        p->has_v[index] = eval_closure_sub_value(ew, s->changed, state, &p->v[index]);
        p->v_known[index] = true;
    }
    bool changed = false;
    if (!p->has_v[index]) return false;
    if (!stutters && !eval_closure_changed_from(ew, s->changed, p->v[index], state, next, &changed)) return false;
    p->stutter_holds[index] |= stutters;
    if (!stutters && !changed) keep_held_step(&p->held_step[index], next_bytes, next_len);
    *out = !changed;
    return true;
}
