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
 */
#include "model_internal.h"

#include <stdlib.h>
#include <string.h>

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

/* One worker's: by property, the state whose guards `open` holds, by disjunct whether a guard
 * rules it out there, v's value there once a step needed it (in the worker's scratch memory, reset
 * after the state; has_v false after an error, which the whole evaluation reports), and whether
 * the state's stuttering step was evaluated (without an error: it holds). */
struct prop_splits {
    const model *m;
    uint64_t *state;
    uint8_t **open;
    val *v;
    bool *v_known, *has_v, *stutter_holds;
};

prop_splits *prop_splits_new(const model *m)
{
    size_t n = m->action_props.len, some = 0;
    for (size_t i = 0; i < n; i++) some += m->prop_split[i].disjuncts != NULL;
    if (!some) return NULL;
    prop_splits *p = util_xcalloc(1, sizeof *p);
    p->m = m;
    p->state = util_xcalloc(n, sizeof *p->state);
    p->open = util_xcalloc(n, sizeof *p->open);
    p->v = util_xcalloc(n, sizeof *p->v);
    p->has_v = util_xcalloc(n, sizeof *p->has_v);
    p->v_known = util_xcalloc(n, sizeof *p->v_known);
    p->stutter_holds = util_xcalloc(n, sizeof *p->stutter_holds);
    for (size_t i = 0; i < n; i++)
        if (m->prop_split[i].disjuncts) p->open[i] = util_xmalloc(m->prop_split[i].guards.ndisjuncts);
    return p;
}

void prop_splits_free(prop_splits *p)
{
    if (!p) return;
    for (size_t i = 0; i < p->m->action_props.len; i++) free(p->open[i]);
    free(p->open);
    free(p->v);
    free(p->has_v);
    free(p->v_known);
    free(p->stutter_holds);
    free(p->state);
    free(p);
}

/* Whether each disjunct of g is left to evaluate in `state`: none of its guards is false (a guard's
 * error leaves it in). */
static void open_disjuncts(eval_worker *ew, const eval_guards *g, const val *state, uint8_t *open)
{
    for (uint32_t j = 0, k = 0; j < g->ndisjuncts; j++) {
        bool settled = false;   /* by a false guard, or an error (evaluating A stops there too) */
        open[j] = 1;
        for (; k < g->ends[j]; k++) {
            bool holds = true;
            if (settled) continue;
            settled = !eval_closure_holds(ew, g->guards[k], state, NULL, &holds) || !holds;
            if (settled && !holds) open[j] = 0;
        }
    }
}

/* Does some disjunct left open hold on the step? false on an error. The first is evaluated as on a
 * new step (the successor buffer holds another state than last time), the others on the same. */
static bool open_disjunct_holds(prop_splits *p, eval_worker *ew, uint32_t index, const val *state, const val *next,
                                bool *holds)
{
    const eval_box_split *s = &p->m->prop_split[index];
    bool first = true;
    *holds = false;
    for (uint32_t j = 0; j < s->guards.ndisjuncts && !*holds; j++) {
        if (!p->open[index][j]) continue;
        bool ok = first ? eval_closure_holds(ew, s->disjuncts[j], state, next, holds)
                        : eval_closure_holds_again(ew, s->disjuncts[j], state, next, holds);
        if (!ok) return false;
        first = false;
    }
    return true;
}

bool prop_split_holds(prop_splits *p, eval_worker *ew, uint32_t index, uint64_t expanded, const val *state,
                      const val *next, bool stutters, bool *out)
{
    const eval_box_split *s = p ? &p->m->prop_split[index] : NULL;
    if (!s || !s->disjuncts) return false;
    if (p->state[index] != expanded) {
        open_disjuncts(ew, &s->guards, state, p->open[index]);
        p->v_known[index] = p->stutter_holds[index] = false;
        p->state[index] = expanded;
    }
    /* every stuttering step from the state is the same step (s, s): its answer, true, is known once
     * it was evaluated (TLC evaluates A on each, but an error would have been reported the first time) */
    if (stutters && p->stutter_holds[index]) {
        *out = true;
        return true;
    }
    bool holds;
    if (!open_disjunct_holds(p, ew, index, state, next, &holds)) return false;
    if (holds) {
        p->stutter_holds[index] |= stutters;
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
    *out = !changed;
    return true;
}
