/* properties.c - temporal properties and fairness, turned into what the liveness checker searches
 * for. A property holds when no behaviour of the spec that is fair satisfies its negation; each
 * property is taken apart (eval_temporal), and its negation written as live_checks over label bits:
 *
 *   P (state)        an initial state with ~P
 *   []P              a reachable state with ~P
 *   [][A]_v          (checked during the search, as an action property)
 *   <>P              from an initial state, ~P forever
 *   []<>P            a cycle where ~P always holds
 *   <>[]P            a cycle where ~P holds somewhere
 *   []<><<A>>_v      a cycle with no <<A>>_v step
 *   <>[][A]_v        a cycle with a step that is not [A]_v
 *   P ~> Q, [](P => <>Q)   a state with P /\ ~Q, then ~Q forever
 *   [](P => []Q)     a state with P, later a state with ~Q
 *   WF_v(A), SF_v(A) a cycle where <<A>>_v is always (WF) / sometimes (SF) enabled but never taken
 *   S => F, IF S THEN F ELSE G (S a state predicate): F's checks from initial states with S
 *   F /\ G, \A x \in S : F   the checks of each
 * Fairness in the SPECIFICATION (WF/SF, quantified or not) becomes live_fairness conditions.
 */
#include "model_internal.h"

#include <string.h>

static live_conj conj_true(void) { return (live_conj){0}; }

static live_conj lit(uint32_t bit, bool value) { return (live_conj){1, {{bit, value}}}; }

/* a /\ b; false when they disagree on a label (or, after a diagnostic, have too many literals). */
static bool conj_and(model *m, live_conj a, live_conj b, live_conj *out)
{
    bool overflow = false;
    if (live_conj_and(&a, &b, out, &overflow)) return true;
    if (overflow && !m->live->overflow) {
        util_diag(DIAG_ERROR, (syn_loc){0}, "split the property, or check its parts in separate runs",
                  "a condition of more than %d state or action predicates in the temporal properties is not "
                  "supported yet", LIVE_MAX_LITERALS);
        m->live->overflow = true;
        m->exit_code = EXIT_CONFIG_CODE;
    }
    return false;
}

static model_liveness *liveness_of(model *m)
{
    if (!m->live) m->live = util_xcalloc(1, sizeof *m->live);
    if (!m->live->w) m->live->w = eval_worker_new(m->ep, -1);
    return m->live;
}

/* The label bit of a predicate, added when new. */
static uint32_t label_of(closure_list *labels, const eval_closure *cl, bool *added)
{
    for (uint32_t i = 0; i < labels->len; i++)
        if (labels->items[i] == cl) return i;
    VEC_PUSH(*labels, cl);
    *added = true;
    return (uint32_t)labels->len - 1;
}

static uint32_t state_label(model *m, const eval_closure *cl)
{
    bool added = false;
    uint32_t bit = label_of(&m->live->state_labels, cl, &added);
    if (added) VEC_PUSH(m->live->enabled_step, -1);
    return bit;
}

/* A step predicate's label. Steps of the behaviour graph all come from the next-state action, so
 * on them <<Next>>_v is only "v changes" (WF_vars(Next) is common). */
static uint32_t edge_label(model *m, const eval_closure *cl)
{
    model_liveness *l = m->live;
    bool added = false;
    uint32_t bit = label_of(&l->edge_keys, cl, &added);
    if (added) {
        const eval_closure *on_steps = eval_step_of_next(l->w, cl, m->next);
        VEC_PUSH(l->edge_labels, on_steps ? on_steps : cl);
        VEC_PUSH(l->step_enabled, -1);
    }
    return bit;
}

static bool is_state_pred(const eval_tformula *f) { return f->kind == TF_PRED && f->level <= LEVEL_STATE; }
static bool is_action_pred(const eval_tformula *f) { return f->kind == TF_PRED && f->level == LEVEL_ACTION; }

/* A state literal: P or ~P for a state predicate P. */
static bool is_state_literal(const eval_tformula *f)
{
    return is_state_pred(f) || (f->kind == TF_NOT && is_state_pred(f->kids[0]));
}

/* The conjunction saying literal f holds (positive) or fails. */
static bool literal(model *m, const eval_tformula *f, bool positive, live_conj *out)
{
    if (f->kind == TF_NOT) return literal(m, f->kids[0], !positive, out);
    *out = lit(state_label(m, f->pred), positive);
    return true;
}

static bool edge_literal(model *m, const eval_tformula *f, bool positive, live_conj *out)
{
    *out = lit(edge_label(m, f->pred), positive);
    return true;
}

/* The labels of WF_v(A) / SF_v(A): ENABLED <<A>>_v on states, <<A>>_v on steps. */
static void fairness_labels(model *m, const eval_tformula *f, uint32_t *enabled, uint32_t *step)
{
    *enabled = state_label(m, f->enabled);
    *step = edge_label(m, f->step);
    m->live->enabled_step.items[*enabled] = (int32_t)*step;
    m->live->step_enabled.items[*step] = (int32_t)*enabled;
}

static bool unsupported(model *m, const eval_tformula *f)
{
    util_diag(DIAG_ERROR, f->loc, "tlc-c checks P, []P, <>P, []<>P, <>[]P, P ~> Q, [](P => []Q), []<><<A>>_v, "
              "<>[][A]_v, WF and SF, under /\\, \\A and state-level guards",
              "checking a temporal property of this form is not supported yet");
    m->exit_code = EXIT_CONFIG_CODE;
    return false;
}

/* ---- negations ---------------------------------------------------------------------------------- */

typedef struct prop { model *m; atom name; } prop;

/* Add a check, with the specification's assumptions on cycles; false if too many conditions. */
static bool add_check(prop *p, const live_check *check)
{
    model_liveness *l = p->m->live;
    live_check c = *check;
    if (l->no_cycles) return true;
    if (!conj_and(p->m, c.all_states, l->assume_all_states, &c.all_states) ||
        !conj_and(p->m, c.all_edges, l->assume_all_edges, &c.all_edges))
        return true;   /* no behaviour of the spec can violate it this way */
    if (c.nsome_state + l->assume_some_states.len > LIVE_MAX_SOME ||
        c.nsome_edge + l->assume_some_edges.len > LIVE_MAX_SOME) {
        util_diag(DIAG_ERROR, (syn_loc){0}, NULL, "more than %d []<> conditions on a cycle are not supported yet",
                  LIVE_MAX_SOME);
        p->m->exit_code = EXIT_CONFIG_CODE;
        return false;
    }
    for (size_t i = 0; i < l->assume_some_states.len; i++) c.some_state[c.nsome_state++] = l->assume_some_states.items[i];
    for (size_t i = 0; i < l->assume_some_edges.len; i++) c.some_edge[c.nsome_edge++] = l->assume_some_edges.items[i];
    VEC_PUSH(l->checks, c);
    VEC_PUSH(l->check_names, p->name);
    return true;
}

/* A check whose stage 0 starts at an initial state satisfying `start`. */
static live_check from_start(live_conj start)
{
    live_check c = {0};
    c.nstages = 1;
    c.stages[0].entry = start;
    return c;
}

/* Add a stage entered at a state satisfying `entry` and holding `hold` from there on. */
static bool add_stage(model *m, live_check *c, live_conj entry, live_conj hold)
{
    live_conj both;
    if (!conj_and(m, entry, hold, &both)) return false;   /* can never start: nothing to check */
    c->stages[c->nstages++] = (live_stage){both, hold};
    return true;
}

static bool negate(prop *p, const eval_tformula *f, live_conj start);

/* Is f a condition on the cycle alone: []<>X, <>[]X (X a state or action predicate), WF or SF? */
static bool cycle_form(const eval_tformula *f)
{
    if (f->kind == TF_WF || f->kind == TF_SF) return true;
    if ((f->kind == TF_ALWAYS && f->kids[0]->kind == TF_EVENTUALLY) ||
        (f->kind == TF_EVENTUALLY && f->kids[0]->kind == TF_ALWAYS))
        return f->kids[0]->kids[0]->kind == TF_PRED;
    return false;
}

static bool add_some(model *m, live_conj *list, uint32_t *n, live_conj c, syn_loc loc)
{
    if (*n == LIVE_MAX_SOME) {
        util_diag(DIAG_ERROR, loc, NULL, "more than %d conditions on one cycle are not supported yet",
                  LIVE_MAX_SOME);
        m->exit_code = EXIT_CONFIG_CODE;
        return false;
    }
    list[(*n)++] = c;
    return true;
}

/* Add to c the cycle conditions of ~f, f a cycle_form; *possible is cleared if they contradict. */
static bool negate_on_cycle(model *m, const eval_tformula *f, live_check *c, bool *possible)
{
    if (f->kind == TF_WF || f->kind == TF_SF) {
        uint32_t en, step;
        fairness_labels(m, f, &en, &step);
        *possible = *possible && conj_and(m, c->all_edges, lit(step, false), &c->all_edges);
        if (f->kind == TF_WF) *possible = *possible && conj_and(m, c->all_states, lit(en, true), &c->all_states);
        else return add_some(m, c->some_state, &c->nsome_state, lit(en, true), f->loc);
        return true;
    }
    const eval_tformula *x = f->kids[0]->kids[0];
    bool action = is_action_pred(x), infinitely_often = f->kind == TF_ALWAYS;
    live_conj not_x;
    if (!(action ? edge_literal(m, x, false, &not_x) : literal(m, x, false, &not_x))) return false;
    if (infinitely_often) {
        /* ~[]<>X: X never holds on the cycle */
        live_conj *all = action ? &c->all_edges : &c->all_states;
        *possible = *possible && conj_and(m, *all, not_x, all);
        return true;
    }
    /* ~<>[]X: ~X somewhere on the cycle */
    return action ? add_some(m, c->some_edge, &c->nsome_edge, not_x, f->loc)
                  : add_some(m, c->some_state, &c->nsome_state, not_x, f->loc);
}

/* ~(S1 \/ ... \/ F) with state literals S_i: F's negation from states where every S_i fails. */
static bool negate_guarded(prop *p, const eval_tformula *f, live_conj start)
{
    const eval_tformula *temporal = NULL;
    uint32_t ntemporal = 0, ncycle = 0;
    for (uint32_t i = 0; i < f->nkids; i++) {
        const eval_tformula *k = f->kids[i];
        if (is_state_literal(k)) {
            live_conj not_k;
            if (!literal(p->m, k, false, &not_k)) return false;
            if (!conj_and(p->m, start, not_k, &start)) return true;   /* the guard always holds */
        } else {
            temporal = k;
            ntemporal++;
            ncycle += cycle_form(k);
        }
    }
    if (ntemporal > 1 && ncycle == ntemporal) {
        /* a disjunction of conditions on cycles: its negation, their negations on one cycle */
        live_check c = from_start(start);
        bool possible = true;
        for (uint32_t i = 0; i < f->nkids; i++)
            if (!is_state_literal(f->kids[i]) && !negate_on_cycle(p->m, f->kids[i], &c, &possible)) return false;
        return !possible || add_check(p, &c);
    }
    if (ntemporal > 1) return unsupported(p->m, f);
    if (!temporal) {
        live_check c = from_start(start);   /* a state-level disjunction that fails initially */
        return add_check(p, &c);
    }
    return negate(p, temporal, start);
}

/* ~[]F */
static bool negate_always(prop *p, const eval_tformula *f, const eval_tformula *k, live_conj start)
{
    model *m = p->m;
    if (k->kind == TF_ALWAYS) return negate_always(p, f, k->kids[0], start);
    if (k->kind == TF_AND) {
        for (uint32_t i = 0; i < k->nkids; i++)
            if (!negate_always(p, f, k->kids[i], start)) return false;
        return true;
    }
    if (is_state_pred(k) && start.n) {
        /* S => []P: from an initial state with S, a state with ~P */
        live_conj not_p;
        if (!literal(m, k, false, &not_p)) return false;
        live_check c = from_start(start);
        return !add_stage(m, &c, not_p, conj_true()) || add_check(p, &c);
    }
    if (is_state_pred(k) || is_action_pred(k)) {
        if (start.n) return unsupported(m, f);
        /* a safety property: checked on every transition (and, for a state predicate, every
         * initial state) during the search */
        VEC_PUSH(*(is_state_pred(k) ? &m->state_props : &m->action_props), ((named_expr){p->name, NULL, k->pred}));
        return true;
    }
    if (k->kind == TF_LEADSTO) return negate(p, k, start);
    if (k->kind == TF_EVENTUALLY) {
        const eval_tformula *j = k->kids[0];
        live_check c = from_start(start);
        if (is_state_pred(j)) {
            if (!literal(m, j, false, &c.all_states)) return false;
        } else if (is_action_pred(j)) {
            if (!edge_literal(m, j, false, &c.all_edges)) return false;
        } else {
            return unsupported(m, f);
        }
        return add_check(p, &c);
    }
    if (k->kind == TF_OR) {
        /* [](S1 \/ ... \/ <>Q) is leads-to; [](S1 \/ ... \/ []Q) a later ~Q after the guard fails */
        live_conj guard = conj_true();
        const eval_tformula *temporal = NULL;
        for (uint32_t i = 0; i < k->nkids; i++) {
            const eval_tformula *d = k->kids[i];
            live_conj not_d;
            if (is_state_literal(d)) {
                if (!literal(m, d, false, &not_d)) return false;
                if (!conj_and(m, guard, not_d, &guard)) return true;
            } else if (!temporal) {
                temporal = d;
            } else {
                return unsupported(m, f);
            }
        }
        if (!temporal) return unsupported(m, f);
        live_check c = from_start(start);
        live_conj q;
        if (temporal->kind == TF_EVENTUALLY && is_state_pred(temporal->kids[0])) {
            if (!literal(m, temporal->kids[0], false, &q)) return false;
            return !add_stage(m, &c, guard, q) || add_check(p, &c);
        }
        if (temporal->kind == TF_ALWAYS && is_state_pred(temporal->kids[0])) {
            if (!literal(m, temporal->kids[0], false, &q)) return false;
            return !(add_stage(m, &c, guard, conj_true()) && add_stage(m, &c, q, conj_true())) || add_check(p, &c);
        }
        /* [](G => <>[]Q) and [](G => []<>Q): after a state with G, a cycle with ~Q somewhere / everywhere */
        const eval_tformula *inner = temporal->nkids ? temporal->kids[0] : NULL;
        if (inner && inner->nkids && is_state_pred(inner->kids[0]) &&
            ((temporal->kind == TF_EVENTUALLY && inner->kind == TF_ALWAYS) ||
             (temporal->kind == TF_ALWAYS && inner->kind == TF_EVENTUALLY))) {
            if (!literal(m, inner->kids[0], false, &q)) return false;
            if (temporal->kind == TF_EVENTUALLY) c.some_state[c.nsome_state++] = q;
            else c.all_states = q;
            return !add_stage(m, &c, guard, conj_true()) || add_check(p, &c);
        }
        return unsupported(m, f);
    }
    return unsupported(m, f);
}

/* ~<>F */
static bool negate_eventually(prop *p, const eval_tformula *f, const eval_tformula *k, live_conj start)
{
    model *m = p->m;
    if (k->kind == TF_EVENTUALLY) return negate_eventually(p, f, k->kids[0], start);
    live_check c = from_start(start);
    if (is_state_pred(k)) {
        /* ~P from the initial state on */
        live_conj not_p;
        if (!literal(m, k, false, &not_p)) return false;
        c.stages[0].hold = not_p;
        return !conj_and(m, start, not_p, &c.stages[0].entry) || add_check(p, &c);
    }
    if (k->kind == TF_ALWAYS) {
        const eval_tformula *j = k->kids[0];
        if (is_state_pred(j)) {
            if (!literal(m, j, false, &c.some_state[0])) return false;
            c.nsome_state = 1;
        } else if (is_action_pred(j)) {
            if (!edge_literal(m, j, false, &c.some_edge[0])) return false;
            c.nsome_edge = 1;
        } else {
            return unsupported(m, f);
        }
        return add_check(p, &c);
    }
    return unsupported(m, f);
}

/* ~WF_v(A): <<A>>_v always enabled, never taken; ~SF_v(A): enabled infinitely often, never taken. */
static bool negate_fairness(prop *p, const eval_tformula *f, live_conj start)
{
    uint32_t en, step;
    fairness_labels(p->m, f, &en, &step);
    live_check c = from_start(start);
    c.all_edges = lit(step, false);
    if (f->kind == TF_WF) {
        c.all_states = lit(en, true);
    } else {
        c.some_state[0] = lit(en, true);
        c.nsome_state = 1;
    }
    return add_check(p, &c);
}

/* Add the checks that find a fair behaviour, starting in an initial state satisfying `start`,
 * that violates f. */
static bool negate(prop *p, const eval_tformula *f, live_conj start)
{
    model *m = p->m;
    switch (f->kind) {
    case TF_AND:
        for (uint32_t i = 0; i < f->nkids; i++)
            if (!negate(p, f->kids[i], start)) return false;
        return true;
    case TF_PRED: {
        if (f->level > LEVEL_STATE) return unsupported(m, f);
        live_conj not_p;
        if (!literal(m, f, false, &not_p)) return false;
        live_check c = from_start(start);
        return !conj_and(m, start, not_p, &c.stages[0].entry) || add_check(p, &c);
    }
    case TF_OR: return negate_guarded(p, f, start);
    case TF_IF: {
        if (!is_state_pred(f->kids[0])) return unsupported(m, f);
        live_conj yes, no, s;
        if (!literal(m, f->kids[0], true, &yes) || !literal(m, f->kids[0], false, &no)) return false;
        if (conj_and(m, start, yes, &s) && !negate(p, f->kids[1], s)) return false;
        if (conj_and(m, start, no, &s) && !negate(p, f->kids[2], s)) return false;
        return true;
    }
    case TF_ALWAYS: return negate_always(p, f, f->kids[0], start);
    case TF_EVENTUALLY: return negate_eventually(p, f, f->kids[0], start);
    case TF_LEADSTO: {
        const eval_tformula *a = f->kids[0], *b = f->kids[1];
        if (!is_state_pred(a) || !is_state_pred(b)) return unsupported(m, f);
        live_conj pa, not_b;
        if (!literal(m, a, true, &pa) || !literal(m, b, false, &not_b)) return false;
        live_check c = from_start(start);
        return !add_stage(m, &c, pa, not_b) || add_check(p, &c);
    }
    case TF_WF: case TF_SF: return negate_fairness(p, f, start);
    default: return unsupported(m, f);
    }
}

/* ---- fairness ----------------------------------------------------------------------------------- */

/* A specification conjunct <>[]P (always: true) or []<>P (false), P a state or action predicate:
 * only cycles where P always / sometimes holds are behaviours of the spec. */
static bool assume(model *m, const eval_tformula *pred, bool always)
{
    model_liveness *l = m->live;
    live_conj c;
    bool action = is_action_pred(pred);
    if (!(action ? edge_literal(m, pred, true, &c) : literal(m, pred, true, &c))) return false;
    if (always) {
        live_conj *all = action ? &l->assume_all_edges : &l->assume_all_states;
        if (!conj_and(m, *all, c, all)) l->no_cycles = true;   /* <>[]P /\ <>[]~P: no infinite behaviour */
    } else if (action) {
        VEC_PUSH(l->assume_some_edges, c);
    } else {
        VEC_PUSH(l->assume_some_states, c);
    }
    return true;
}

/* The WF/SF conjuncts of the specification; its initial predicate and [][Next]_v are skipped. */
static bool collect_fairness(model *m, const eval_tformula *f)
{
    model_liveness *l = m->live;
    switch (f->kind) {
    case TF_AND:
        for (uint32_t i = 0; i < f->nkids; i++)
            if (!collect_fairness(m, f->kids[i])) return false;
        return true;
    case TF_PRED: return true;
    case TF_ALWAYS:
        if (f->kids[0]->kind == TF_PRED) return true;
        if (f->kids[0]->kind == TF_EVENTUALLY && f->kids[0]->kids[0]->kind == TF_PRED)
            return assume(m, f->kids[0]->kids[0], false);
        break;
    case TF_EVENTUALLY:
        if (f->kids[0]->kind == TF_ALWAYS && f->kids[0]->kids[0]->kind == TF_PRED)
            return assume(m, f->kids[0]->kids[0], true);
        break;
    case TF_WF: case TF_SF: {
        live_fairness fair = {.strong = f->kind == TF_SF};
        fairness_labels(m, f, &fair.enabled, &fair.step);
        VEC_PUSH(l->fair, fair);
        return true;
    }
    default: break;
    }
    util_diag(DIAG_ERROR, f->loc, "fairness is written as WF_v(A) or SF_v(A), possibly under /\\ and \\A",
              "a specification conjunct of this form is not supported yet with temporal properties");
    m->exit_code = EXIT_CONFIG_CODE;
    return false;
}

static bool take_fairness(model *m)
{
    for (size_t i = 0; i < m->fairness.len; i++) {
        eval_tformula *f;
        if (!eval_temporal(m->live->w, m->fairness.items[i], &f)) {
            report_eval_error(stderr, eval_worker_error(m->live->w));
            m->exit_code = EXIT_CONFIG_CODE;
            return false;
        }
        if (!collect_fairness(m, f)) return false;
    }
    m->fairness.len = 0;   /* taken once, by the first temporal property */
    return true;
}

bool model_add_temporal_property(model *m, atom name, const syn_expr *e)
{
    model_liveness *l = liveness_of(m);
    if (!take_fairness(m) || l->overflow) return false;
    eval_tformula *f;
    if (!eval_temporal(l->w, e, &f)) {
        report_eval_error(stderr, eval_worker_error(l->w));
        m->exit_code = EXIT_CONFIG_CODE;
        return false;
    }
    prop p = {m, name};
    if (!negate(&p, f, conj_true()) || l->overflow) return false;
    /* one flag per state label, sized now that this property's labels are known */
    free((void *)l->enabled_from_graph);
    l->enabled_from_graph = util_xcalloc(l->state_labels.len + 1, sizeof *l->enabled_from_graph);
    return true;
}

void model_liveness_free(model_liveness *l)
{
    if (!l) return;
    eval_worker_free(l->w);
    VEC_FREE(l->checks);
    VEC_FREE(l->check_names);
    VEC_FREE(l->fair);
    VEC_FREE(l->assume_some_states);
    VEC_FREE(l->assume_some_edges);
    VEC_FREE(l->state_labels);
    VEC_FREE(l->edge_labels);
    VEC_FREE(l->edge_keys);
    VEC_FREE(l->enabled_step);
    VEC_FREE(l->step_enabled);
    free((void *)l->enabled_from_graph);
    free(l);
}

bool model_liveness_problem(const model *m, const live_check **checks, uint32_t *nchecks, const live_fairness **fair,
                            uint32_t *nfair)
{
    if (!m->live || !m->live->checks.len) return false;
    *checks = m->live->checks.items;
    *nchecks = (uint32_t)m->live->checks.len;
    *fair = m->live->fair.items;
    *nfair = (uint32_t)m->live->fair.len;
    return true;
}

atom model_liveness_check_name(const model *m, uint32_t check) { return m->live->check_names.items[check]; }

void model_liveness_finish_graph(model *m, explore_graph *g)
{
    model_liveness *l = m->live;
    if (!l) return;
    for (uint32_t k = 0; k < l->state_labels.len; k++) {
        if (!atomic_load(&l->enabled_from_graph[k])) continue;
        util_diag(DIAG_WARNING, eval_closure_loc(l->state_labels.items[k]),
                  "it mentions primed expressions that the action does not determine (as a refinement's substitutions do)",
                  "ENABLED of this action cannot be evaluated in every state on its own; there, it is taken as \"some "
                  "transition of the state graph is such a step\"");
        uint32_t step = (uint32_t)l->enabled_step.items[k];
        for (uint32_t v = 0; v < g->nstates; v++) {
            bool enabled = false;
            for (uint32_t e = g->edge_start[v]; e < g->edge_start[v + 1] && !enabled; e++)
                enabled = live_bit(g->edge_labels + (size_t)e * g->edge_words, step);
            uint64_t *word = &g->state_labels[(size_t)v * g->state_words + k / 64], bit = (uint64_t)1 << (k % 64);
            *word = enabled ? *word | bit : *word & ~bit;
        }
    }
}
