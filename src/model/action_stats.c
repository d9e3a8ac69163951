/* action_stats.c - TLC's actions for -simulate stats=full: the next-state relation split where TLC
 * splits it (Tool.getActions), each action with its context as TLC prints it, and the TLC action a
 * successor comes from. */
#include "model_internal.h"

#include <string.h>

enum { MAX_BOUND = 64 };

/* TLC's Context.toString of the action's context: "[name->value, ...]", the newest binding first;
 * NULL on an evaluation error. */
static char *context_text(eval_worker *w, const eval_action *a, arena *into)
{
    atom names[MAX_BOUND];
    val vals[MAX_BOUND];
    uint32_t n = eval_action_context(w, a, names, vals, MAX_BOUND);
    if (n == UINT32_MAX) return NULL;
    if (n > MAX_BOUND) n = MAX_BOUND;
    char *text = arena_printf(into, "[");
    for (uint32_t i = 0; i < n; i++)
        text = arena_printf(into, "%s%s%s->%s", text, i ? ", " : "", names[i], val_to_string(into, vals[i]));
    return arena_printf(into, "%s]", text);
}

typedef struct split_walk { model *m; eval_worker *w; bool ok; } split_walk;

static void on_split(void *ctx, const val *vars, const eval_action *a)
{
    (void)vars;
    split_walk *s = ctx;
    char *text = context_text(s->w, a, &s->m->mem);
    if (!text) s->ok = false;
    else VEC_PUSH(s->m->splits, ((model_split){a->name, a->loc, text}));
}

bool model_full_action_stats(model *m)
{
    if (!m->next) return false;
    eval_worker *w = eval_worker_new(m->ep, -1);
    /* only constants are evaluated on the way to the actions: any state will do */
    val *state = arena_zalloc(eval_scratch(w), sizeof(val) * (m->prog->nvars + 1));
    split_walk s = {m, w, true};
    bool ok = eval_split_actions(w, m->next, state, m->spec_mode, on_split, &s) && s.ok;
    eval_worker_free(w);
    m->full_actions = ok;
    return ok;
}

static void count_action(void *ctx, const val *vars, const eval_action *a)
{
    (void)vars;
    (void)a;
    (*(uint32_t *)ctx)++;
}

uint32_t model_count_actions(model *m)
{
    if (!m->next) return 0;
    eval_worker *w = eval_worker_new(m->ep, -1);
    val *state = arena_zalloc(eval_scratch(w), sizeof(val) * (m->prog->nvars + 1));   /* as above */
    uint32_t n = 0;
    bool ok = eval_split_actions(w, m->next, state, m->spec_mode, count_action, &n);
    eval_worker_free(w);
    return ok ? n : 0;
}

uint32_t model_split_of(model *m, eval_worker *w, const eval_action *a)
{
    /* in the scratch arena, reset after the state (evaluating the context may cache values there) */
    const char *text = context_text(w, a, eval_scratch(w));
    for (size_t i = 0; text && i < m->splits.len; i++) {
        const model_split *s = &m->splits.items[i];
        if (s->loc.file == a->loc.file && s->loc.line == a->loc.line && s->loc.col == a->loc.col &&
            !strcmp(s->context, text))
            return (uint32_t)i + 1;
    }
    return 0;
}
