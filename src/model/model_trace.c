/* model_trace.c - a counterexample as values for the trace files: each state decoded, with the
 * action that led to it and that action's arguments (TLC's "context"), found by enumerating the
 * successors of the state before again and taking the step that produces this one. */
#include "model_internal.h"

#include <string.h>

typedef struct arg_search {
    model *m;
    eval_worker *w;
    arena *a;
    const uint8_t *target;
    uint32_t target_len;
    const sema_def *def;             /* the step's action (its id may name it with its arguments) */
    val_buf buf;
    val *args;                       /* found: in a */
} arg_search;

static void on_step(void *ctx_, const val *next, const eval_action *action)
{
    arg_search *s = ctx_;
    if (s->args || !action->def || !action->def->nparams || action->def != s->def) return;
    s->buf.len = 0;
    val_state_serialize(next, s->m->prog->nvars, &s->buf);
    if (s->buf.len != s->target_len || memcmp(s->buf.items, s->target, s->target_len) != 0) return;
    uint32_t n = action->def->nparams;
    val *args = arena_alloc(eval_scratch(s->w), sizeof(val) * n);
    if (!eval_action_args(s->w, action, args)) return;
    s->args = arena_alloc(s->a, sizeof(val) * n);
    for (uint32_t i = 0; i < n; i++) s->args[i] = val_copy(s->a, args[i]);
}

/* Enumerate the successors of `state` (at BFS level `level`) with w, as the explorer's workers do. */
static void enumerate_from(model *m, eval_worker *w, const uint8_t *state, uint32_t len, uint32_t level,
                           eval_state_fn fn, void *ctx)
{
    val *cur = arena_alloc(eval_scratch(w), sizeof(val) * (m->prog->nvars + 1));
    val_state_deserialize(eval_scratch(w), state, len, cur, m->prog->nvars);
    eval_set_stats(w, &(eval_stats){.level = level, .workers = m->workers, .check_deadlock = m->check_deadlock});
    eval_random_context(w, state, len);
    eval_enumerate(w, m->next, cur, m->spec_mode, fn, ctx);
}

/* The arguments of the step prev -> (bytes, len) by `action`, or NULL (no parameters, not found). */
static const val *step_args(model *m, eval_worker *w, arena *a, const uint8_t *prev, uint32_t prev_len,
                            const uint8_t *bytes, uint32_t len, uint32_t action, uint32_t level)
{
    eval_action act;
    if (!model_action(m, action, &act) || !act.def || !act.def->nparams) return NULL;
    arg_search s = {m, w, a, bytes, len, act.def, {0}, NULL};
    enumerate_from(m, w, prev, prev_len, level, on_step, &s);
    eval_worker_reset(w);
    free(s.buf.items);
    return s.args;
}

static report_step step_of(model *m, eval_worker *w, arena *a, const explore_trace_state *prev,
                           const explore_trace_state *cur, uint32_t action, uint32_t level)
{
    report_step st = {0};
    val *vars = arena_alloc(a, sizeof(val) * (m->prog->nvars + 1));
    val_state_deserialize(a, cur->bytes, cur->len, vars, m->prog->nvars);
    st.vars = vars;
    eval_action *copy = arena_alloc(a, sizeof *copy);
    st.action = model_action(m, action, copy) ? copy : NULL;
    if (prev) st.args = step_args(m, w, a, prev->bytes, prev->len, cur->bytes, cur->len, action, level);
    return st;
}

bool model_counterexample(model *m, arena *a, const explore_trace_state *trace, uint32_t n, int64_t loop,
                          uint32_t back_action, report_cex *out)
{
    eval_worker *w = eval_worker_new(m->ep, -1);
    report_step *states = arena_alloc(a, sizeof(report_step) * (n + 1));
    for (uint32_t i = 0; i < n; i++)
        states[i] = step_of(m, w, a, i ? &trace[i - 1] : NULL, &trace[i], i ? trace[i].action : 0, i);
    *out = (report_cex){.p = m->prog, .states = states, .n = n, .loop = loop};
    if (loop >= 0 && loop < n && back_action) {
        out->back = step_of(m, w, a, &trace[n - 1], &trace[loop], back_action, n);
        out->back.vars = states[loop].vars;
    }
    eval_worker_free(w);
    return true;
}

const val *model_decode(model *m, arena *a, const uint8_t *bytes, uint32_t len)
{
    val *vars = arena_alloc(a, sizeof(val) * (m->prog->nvars + 1));
    val_state_deserialize(a, bytes, len, vars, m->prog->nvars);
    return vars;
}

typedef struct action_search {
    model *m;
    eval_worker *w;
    const uint8_t *target;
    uint32_t target_len;
    val_buf buf;
    bool found;
    uint32_t action;
} action_search;

static void on_action_step(void *ctx_, const val *next, const eval_action *action)
{
    action_search *s = ctx_;
    if (s->found) return;
    s->buf.len = 0;
    val_state_serialize(next, s->m->prog->nvars, &s->buf);
    if (s->buf.len != s->target_len || memcmp(s->buf.items, s->target, s->target_len) != 0) return;
    s->found = true;
    s->action = model_successor_action_id(s->m, s->w, action);
}

uint32_t model_step_action(model *m, const explore_trace_state *prev, uint32_t level, const uint8_t *bytes,
                           uint32_t len, uint32_t fallback)
{
    eval_worker *w = eval_worker_new(m->ep, -1);
    eval_set_quiet(w, true);
    eval_set_action_args(w, true);
    action_search s = {m, w, bytes, len, {0}, false, fallback};
    enumerate_from(m, w, prev->bytes, prev->len, level, on_action_step, &s);
    eval_worker_free(w);
    free(s.buf.items);
    return s.action;
}

/* ---- a trace's values as TLC built them --------------------------------------------------------- */

/* TLC prints the states of a trace as its evaluation built them, found again from the state before
 * (its own values as built): a variable that was given `1..3` and kept it prints `1..3`, where the
 * state's bytes only hold the set. The first state enumerated with this state's bytes is the one,
 * as TLC takes the first with the fingerprint. */
typedef struct built_search {
    uint32_t nvars;
    arena *a;
    const explore_trace_state *target;
    val_buf buf;
    val *found;                      /* in a */
} built_search;

static void on_built(void *ctx_, const val *next, const eval_action *action)
{
    (void)action;
    built_search *s = ctx_;
    if (s->found) return;
    s->buf.len = 0;
    val_state_serialize(next, s->nvars, &s->buf);
    if (s->buf.len != s->target->len || memcmp(s->buf.items, s->target->bytes, s->target->len) != 0) return;
    s->found = arena_alloc(s->a, sizeof(val) * (s->nvars + 1));
    for (uint32_t i = 0; i < s->nvars; i++) s->found[i] = val_copy(s->a, next[i]);
}

/* The state after `prev` (values as built, and bytes; NULL: an initial state), as built, or NULL. */
static val *built_state(model *m, eval_worker *w, arena *a, const val *prev, const explore_trace_state *prev_bytes,
                        const explore_trace_state *target, uint32_t level)
{
    built_search s = {m->prog->nvars, a, target, {0}, NULL};
    eval_set_stats(w, &(eval_stats){.level = level, .workers = m->workers, .check_deadlock = m->check_deadlock});
    eval_random_context(w, prev ? prev_bytes->bytes : NULL, prev ? prev_bytes->len : 0);
    if (m->init && m->next) eval_enumerate(w, prev ? m->next : m->init, prev, m->spec_mode, on_built, &s);
    eval_worker_reset(w);
    free(s.buf.items);
    return s.found;
}

const val **model_trace_values(model *m, arena *a, const explore_trace_state *trace, uint32_t n)
{
    const val **out = arena_alloc(a, sizeof(val *) * (n + 1));
    eval_worker *w = eval_worker_new(m->ep, -1);
    eval_set_quiet(w, true);
    for (uint32_t i = 0; i < n; i++) {
        const val *built = built_state(m, w, a, i ? out[i - 1] : NULL, i ? &trace[i - 1] : NULL, &trace[i], i);
        out[i] = built ? built : model_decode(m, a, trace[i].bytes, trace[i].len);
    }
    eval_worker_free(w);
    return out;
}

static void ignore_state(void *ctx, const val *vars, const eval_action *action)
{
    (void)ctx, (void)vars, (void)action;
}

uint64_t model_count_initial(model *m)
{
    eval_worker *w = eval_worker_new(m->ep, -1);
    eval_random_context(w, NULL, 0);
    eval_set_quiet(w, true);   /* what it prints was printed the first time */
    uint64_t n = 0;
    if (m->init) eval_count_initial(w, m->init, m->spec_mode, &n);
    eval_worker_free(w);
    return n;
}

void model_initial_again(model *m)
{
    eval_worker *w = eval_worker_new(m->ep, -1);
    eval_random_context(w, NULL, 0);
    if (m->init) eval_enumerate(w, m->init, NULL, m->spec_mode, ignore_state, NULL);
    eval_worker_free(w);
}
