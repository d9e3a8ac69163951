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
    memcpy(*out, s.found.items, sizeof(model_step_label) * s.found.len);
    uint32_t n = (uint32_t)s.found.len;
    VEC_FREE(s.found);
    return n;
}
