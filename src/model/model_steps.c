/* model_steps.c - the steps of a state as TLC's pictures and listings show them (-dump): each
 * successor with its values as TLC's evaluation built them from the state's own values as built
 * (`s = 1..3` kept by UNCHANGED stays the interval TLC prints), and its action's name with its
 * arguments, "Cross({\"goat\"})". */
#include "model_internal.h"

#include <string.h>

typedef struct step_search {
    model *m;
    eval_worker *w;
    arena *a;
    bool labels;
    val_buf buf;
    VEC(model_step_label) found;
} step_search;

/* The action's name with its arguments' values, or NULL where it has none. */
static const char *label_with_args(step_search *s, const eval_action *action)
{
    const sema_def *d = action->def;
    val *args = d && d->nparams ? arena_alloc(eval_scratch(s->w), sizeof(val) * d->nparams) : NULL;
    if (!args || !eval_action_args(s->w, action, args)) return NULL;
    char *label = arena_printf(s->a, "%s(", action->name);
    for (uint32_t i = 0; i < d->nparams; i++)
        label = arena_printf(s->a, "%s%s%s", label, i ? "," : "", val_to_string(s->a, args[i]));
    return arena_printf(s->a, "%s)", label);
}

static void on_step(void *ctx_, const val *next, const eval_action *action)
{
    step_search *s = ctx_;
    uint32_t nvars = s->m->prog->nvars;
    model_step_label l = {.action = action ? model_action_id(s->m, action) : 0, .name = action ? action->name : NULL};
    s->buf.len = 0;
    val_state_serialize(next, nvars, &s->buf);
    uint8_t *copy = arena_alloc(s->a, s->buf.len + 1);
    memcpy(copy, s->buf.items, s->buf.len);
    l.bytes = copy;
    l.len = (uint32_t)s->buf.len;
    val *vars = arena_alloc(s->a, sizeof(val) * (nvars + 1));
    for (uint32_t i = 0; i < nvars; i++) vars[i] = val_copy(s->a, next[i]);
    l.vars = vars;
    l.label = action ? action->name : NULL;
    if (s->labels && action) {
        const char *with_args = label_with_args(s, action);
        if (with_args) l.label = with_args;
    }
    VEC_PUSH(s->found, l);
}

uint32_t model_steps(model *m, arena *a, const val *vars, const uint8_t *state, uint32_t len, uint32_t level,
                     bool labels, model_step_label **out)
{
    eval_worker *w = eval_worker_new(m->ep, -1);
    eval_set_quiet(w, true);
    step_search s = {m, w, a, labels, {0}, {0}};
    if (state && !vars) vars = model_decode(m, eval_scratch(w), state, len);
    eval_set_stats(w, &(eval_stats){.level = level, .workers = m->workers, .check_deadlock = m->check_deadlock});
    eval_random_context(w, state, state ? len : 0);
    if (m->init && m->next) eval_enumerate(w, state ? m->next : m->init, state ? vars : NULL, m->spec_mode, on_step, &s);
    eval_worker_free(w);
    free(s.buf.items);
    *out = arena_alloc(a, sizeof(model_step_label) * (s.found.len + 1));
    if (s.found.len) memcpy(*out, s.found.items, sizeof(model_step_label) * s.found.len);
    uint32_t n = (uint32_t)s.found.len;
    VEC_FREE(s.found);
    return n;
}

/* ---- a walk as TLC's simulator writes it (file=P) ------------------------------------------------ */

/* The state that follows in a walk: the first successor enumerated with its bytes gives its values
 * as built (TLC keeps the state it generated), the first with its bytes and its action's definition
 * gives the action's arguments. */
typedef struct walk_search {
    model *m;
    eval_worker *w;
    arena *a;
    const explore_trace_state *target;
    const sema_def *def;             /* the step's action, when it has parameters */
    val_buf buf;
    val *vars, *args;                /* found: in a */
} walk_search;

static void on_walk_step(void *ctx_, const val *next, const eval_action *action)
{
    walk_search *s = ctx_;
    bool want_args = s->def && !s->args && action && action->def == s->def;
    if (s->vars && !want_args) return;
    uint32_t nvars = s->m->prog->nvars;
    s->buf.len = 0;
    val_state_serialize(next, nvars, &s->buf);
    if (s->buf.len != s->target->len || memcmp(s->buf.items, s->target->bytes, s->target->len) != 0) return;
    if (!s->vars) {
        s->vars = arena_alloc(s->a, sizeof(val) * (nvars + 1));
        for (uint32_t i = 0; i < nvars; i++) s->vars[i] = val_copy(s->a, next[i]);
    }
    if (!want_args) return;
    uint32_t n = s->def->nparams;
    val *args = arena_alloc(eval_scratch(s->w), sizeof(val) * n);
    if (!eval_action_args(s->w, action, args)) return;
    s->args = arena_alloc(s->a, sizeof(val) * n);
    for (uint32_t i = 0; i < n; i++) s->args[i] = val_copy(s->a, args[i]);
}

/* Enumerate the steps from state i - 1 of the walk (i > 0; the initial states for 0), picking the
 * simulator's action with `draw` when nonzero. */
static void walk_from(model *m, eval_worker *w, const explore_trace_state *trace, const report_step *states, uint32_t i,
                      uint64_t draw, walk_search *s)
{
    eval_set_stats(w, &(eval_stats){.level = i, .workers = m->workers, .check_deadlock = m->check_deadlock});
    eval_random_context(w, i ? trace[i - 1].bytes : NULL, i ? trace[i - 1].len : 0);
    if (draw) eval_pick_action(w, draw, m->generate);
    if (m->init && m->next)
        eval_enumerate(w, i ? m->next : m->init, i ? states[i - 1].vars : NULL, m->spec_mode, on_walk_step, s);
    eval_worker_reset(w);
}

bool model_walk(model *m, arena *a, const explore_trace_state *trace, const uint64_t *draws, uint32_t n,
                report_cex *out)
{
    /* The draw picks the action the simulator picked, except where the simulator rejected an action
     * whose successors were all outside the constraints (eval_pick_reject) and tried another: the
     * replay, which does not reject, does not find the state there (it is inside the constraints),
     * and enumerates the whole relation instead. */
    bool replay = draws != NULL;
    eval_worker *w = eval_worker_new(m->ep, -1);
    eval_set_quiet(w, true);
    report_step *states = arena_alloc(a, sizeof(report_step) * (n + 1));
    for (uint32_t i = 0; i < n; i++) {
        eval_action *act = arena_alloc(a, sizeof *act);
        bool named = i && model_action(m, trace[i].action, act);
        walk_search s = {m, w, a, &trace[i], named && act->def && act->def->nparams ? act->def : NULL, {0}, NULL, NULL};
        uint64_t draw = replay && i ? draws[i] : 0;
        walk_from(m, w, trace, states, i, draw, &s);
        if (draw && (!s.vars || (s.def && !s.args))) {   /* not found as the simulator found it */
            s.vars = s.args = NULL;
            walk_from(m, w, trace, states, i, 0, &s);
        }
        free(s.buf.items);
        states[i] = (report_step){.vars = s.vars ? s.vars : model_decode(m, a, trace[i].bytes, trace[i].len),
                                  .action = named ? act : NULL, .args = s.args};
    }
    eval_worker_free(w);
    *out = (report_cex){.p = m->prog, .states = states, .n = n, .loop = -1};
    return true;
}
