/* properties.c - temporal properties and fairness, turned into what the liveness checker searches
 * for. A property holds when no fair behaviour of the specification satisfies its negation.
 *
 * Each property is taken apart (eval_temporal). Its conjuncts P (on the initial states), []P (P a
 * state predicate) and [][A]_v are checked during the search, as TLC checks them (a refinement's
 * Init /\ [][Next]_v needs no behaviour graph). For every other conjunct F, ~F is put in TLC's
 * disjunctive normal form (negations pushed down to label literals: a state or step predicate, true
 * or false), one check a disjunct, the disjuncts lumped into TLC's "branches" as TLC lumps them. In a
 * check, the conjuncts []<>C and <>[]C (C a conjunction of state literals, or of step literals)
 * become conditions on the cycle, WF (from a property's hypotheses, as in WF_v(A) => []<>P)
 * fairness of the check's own, and the rest the automaton of a tableau (tableau.c).
 *
 * Fairness in the SPECIFICATION goes through the same normal form, its constant guards decided at
 * once: WF/SF become live_fairness conditions, []<>C and <>[]C conditions on every cycle, and any
 * other fairness formula a conjunct of every check's automaton.
 */
#include "model_internal.h"
#include "tableau.h"

#include <string.h>

/* A condition or an automaton node with more literals than tlc-c handles (reported once). */
static void too_big(model *m, syn_loc loc)
{
    if (m->live->failed) return;
    util_diag(DIAG_ERROR, loc, "split the property, or check its parts in separate runs",
              "a temporal property this complex (more than %d predicates in one condition, or more than 64 "
              "<> obligations) is not supported yet", LIVE_MAX_LITERALS);
    m->live->failed = true;
    m->exit_code = EXIT_CONFIG;
}

/* a /\ b; false when they disagree on a label (or, after a diagnostic, have too many literals). */
static bool conj_and(model *m, live_conj a, live_conj b, live_conj *out)
{
    bool overflow = false;
    if (live_conj_and(&a, &b, out, &overflow)) return true;
    if (overflow) too_big(m, (syn_loc){0});
    return false;
}

static model_liveness *liveness_of(model *m)
{
    if (!m->live) m->live = util_xcalloc(1, sizeof *m->live);
    model_liveness *l = m->live;
    if (!l->formulas) {
        l->formulas = ltl_store_new();
        arena_init(&l->mem);
    }
    return l;
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
    if (added) {
        eval_guards g;
        eval_action_guards(m->ep, cl, &g);
        VEC_PUSH(m->live->state_guards, g);
    }
    return bit;
}

/* The variables of <<A>>_v's v when it is a tuple of them (eval_subscript_vars), or NULL. */
static const uint64_t *subscript_vars(model *m, const eval_closure *step, bool *in_order)
{
    uint64_t *vars = arena_alloc(&m->live->mem, sizeof(uint64_t) * model_var_words(m));
    *in_order = false;
    return eval_subscript_vars(m->ep, step, vars, in_order) ? vars : NULL;
}

/* The variables of a temporal <<A>>_v's v (eval_step_subscript_vars), or NULL. */
static const uint64_t *step_subscript_vars(model *m, const eval_closure *step)
{
    uint64_t *vars = arena_alloc(&m->live->mem, sizeof(uint64_t) * model_var_words(m));
    return eval_step_subscript_vars(m->ep, step, vars) ? vars : NULL;
}

/* <<A>>_v on the behaviour graph's steps when an action property [A]_v taken before it (a refinement's
 * `Spec == Init /\ [][Next]_v /\ WF_v(Next)`, TestGraphs' `MCR!Spec`) is checked on every step of
 * the search: "v changes" (eval_step_of_box), as a step that violates [A]_v ends the search before the
 * graph is checked. Not with -continue, which goes on past such a step. NULL otherwise. */
static const eval_closure *step_of_action_property(model *m, const eval_closure *cl)
{
    if (m->keep_going) return NULL;
    for (size_t i = 0; i < m->action_props.len; i++) {
        const eval_closure *box = m->action_props.items[i].cl;
        const eval_closure *on_steps = box ? eval_step_of_box(m->ep, cl, box) : NULL;
        if (on_steps) return on_steps;
    }
    return NULL;
}

/* The same where [A]_v is a [][A]_v of the specification enumerated itself (spec_mode: its Next
 * inside an instance, TestGraphs' WF_vars(Next) of TLCMC's Spec): its steps are all the graph's. */
static const eval_closure *step_of_spec_box(model *m, const eval_closure *cl)
{
    for (size_t i = 0; i < m->live->spec_boxes.len; i++) {
        const eval_closure *on_steps = eval_step_of_box(m->ep, cl, m->live->spec_boxes.items[i]);
        if (on_steps) return on_steps;
    }
    return NULL;
}

/* A step predicate [A]_v (<>[][A]_v) whose v is every variable, A enumerable as for fairness: read
 * off A's successors from each state (a state's step to itself holds too: v is unchanged) instead
 * of evaluated on every step. */
static void enumerated_box(model *m, uint32_t step, const eval_closure *cl)
{
    model_liveness *l = m->live;
    uint32_t words = model_var_words(m);
    uint64_t *vars = arena_alloc(&l->mem, sizeof(uint64_t) * words);
    if (m->view || m->sym.n || !eval_closure_enumerable_action(cl) || !eval_box_subscript_vars(m->ep, cl, vars))
        return;
    for (uint32_t i = 0; i < m->prog->nvars; i++)
        if (!live_bit(vars, i)) return;
    VEC_PUSH(l->enumerated, ((live_enumerated){UINT32_MAX, step, cl, vars, false, true}));
}

/* A step predicate's label. Steps of the behaviour graph all come from the next-state action, so
 * on them <<Next>>_v is only "v changes" (WF_vars(Next) is common); so is <<A>>_v where [A]_v is
 * checked on every step. */
static uint32_t edge_label(model *m, const eval_closure *cl)
{
    model_liveness *l = m->live;
    bool added = false;
    uint32_t bit = label_of(&l->edge_keys, cl, &added);
    if (added) {
        const eval_closure *on_steps = eval_step_of_next(m->ep, cl, m->next);
        if (!on_steps) on_steps = step_of_action_property(m, cl);
        if (!on_steps) on_steps = step_of_spec_box(m, cl);
        VEC_PUSH(l->edge_labels, on_steps ? on_steps : cl);
        bool in_order = false;
        VEC_PUSH(l->edge_changed, on_steps ? subscript_vars(m, cl, &in_order) : NULL);
        VEC_PUSH(l->edge_changed_in_order, in_order);
        VEC_PUSH(l->edge_subscript, step_subscript_vars(m, cl));
        VEC_PUSH(l->step_enabled, -1);
        /* a guard of A false rules <<A>>_v out only where v cannot fail: TLC evaluates v first */
        eval_guards g = {0};
        bool ordered;
        if (!on_steps && subscript_vars(m, cl, &ordered)) eval_action_guards(m->ep, cl, &g);
        VEC_PUSH(l->edge_guards, g);
        if (!on_steps) enumerated_box(m, bit, cl);
    }
    return bit;
}

static bool is_action_pred(const eval_tformula *f) { return f->kind == TF_PRED && f->level == LEVEL_ACTION; }

/* WF_v(A) / SF_v(A) whose A is no sub-action of Next: its labels from A's successors enumerated
 * (live_labels.c) where that gives the evaluation's answer: A in no context but bound names' values
 * (\A p \in Proc : WF_v(A(p)); eval_enumerate_closure), <<A>>_v not read off Next's steps already, v a tuple of variables ("v changes" compared
 * as the labeller does for derived labels), and a state's bytes its own (no VIEW, no SYMMETRY). */
static bool enumerated_fairness(model *m, const live_derived *d, const eval_closure *step)
{
    model_liveness *l = m->live;
    if (!eval_closure_enumerable_action(step) || !d->changed_vars || m->view || m->sym.n || l->edge_labels.items[d->step] != step)
        return false;
    for (size_t j = 0; j < l->enumerated.len; j++)
        if (l->enumerated.items[j].step == d->step) return true;   /* the same closure again */
    VEC_PUSH(l->enumerated, ((live_enumerated){d->enabled, d->step, step, d->changed_vars, d->changed_in_order, false}));
    return true;
}

/* WF_v(A1 \/ ... \/ An) / SF_v(...) whose every Ai is a sub-action of Next that every expansion
 * enters (WF_vars(Rsp(p) \/ DoRd(p))): its labels derived over the n parts (live_derived.nparts)
 * instead of A enumerated from every state. */
static bool derived_union(model *m, const live_derived *d, const eval_closure *step)
{
    enum { MAX_PARTS = 16 };
    eval_sub_action parts[MAX_PARTS];
    uint32_t n = m->spec_mode ? 0 : eval_sub_actions_of(m->ep, step, parts, MAX_PARTS);
    if (n < 2) return false;
    for (uint32_t i = 0; i < n; i++)
        if (!eval_sub_action_always(m->ep, &parts[i], m->next)) return false;
    for (uint32_t i = 0; i < n; i++) {
        live_derived part = *d;
        part.sa = parts[i];
        part.always = true;
        part.nparts = n;
        VEC_PUSH(m->live->derived, part);
    }
    return true;
}

/* The labels of WF_v(A) / SF_v(A): ENABLED <<A>>_v on states, <<A>>_v on steps. */
static void fairness_labels(model *m, const eval_tformula *f, uint32_t *enabled, uint32_t *step)
{
    *enabled = state_label(m, f->enabled);
    *step = edge_label(m, f->step);
    m->live->step_enabled.items[*step] = (int32_t)*enabled;
    live_derived d = {*enabled, *step, {0}, false, NULL, false, (uint32_t)m->live->derived.len, 1};
    d.changed_vars = subscript_vars(m, f->step, &d.changed_in_order);
    if (!eval_sub_action_of(m->ep, f->step, &d.sa)) {
        if (!derived_union(m, &d, f->step)) enumerated_fairness(m, &d, f->step);
        return;
    }
    d.always = !m->spec_mode && eval_sub_action_always(m->ep, &d.sa, m->next);
    /* a sub-action no expansion enters whole gives its labels by enumeration only */
    if (!d.always && !m->spec_mode && !eval_sub_action_maybe_entered(m->ep, &d.sa, m->next) &&
        enumerated_fairness(m, &d, f->step))
        return;
    /* \E x \in T : D(x): a member of T whose D no expansion entered would leave ENABLED unknown */
    if (d.sa.any_arg != UINT32_MAX && !d.always) return;
    VEC_PUSH(m->live->derived, d);
}

/* ---- negation normal form ----------------------------------------------------------------------- */

static const ltl *nnf(model *m, const eval_tformula *f, bool negated);

/* A constant predicate (a guard on the values of quantified names, say) is decided now. */
static const ltl *constant(model *m, const eval_tformula *f, bool negated)
{
    model_liveness *l = m->live;
    bool holds = false;
    if (!eval_closure_constant(m->ep, f->pred, &holds)) {
        report_eval_error(stderr, eval_closures_error(m->ep));
        l->failed = true;
        m->exit_code = EXIT_CONFIG;
    }
    return ltl_const(l->formulas, holds != negated);
}

static const ltl *nnf_kids(model *m, const eval_tformula *f, bool negated, ltl_kind kind)
{
    const ltl **kids = util_xmalloc(sizeof *kids * (f->nkids + 1));
    for (uint32_t i = 0; i < f->nkids; i++) kids[i] = nnf(m, f->kids[i], negated);
    const ltl *g = ltl_op(m->live->formulas, kind, kids, f->nkids);
    free(kids);
    return g;
}

/* f (or ~f) with negations pushed down to the predicates. */
static const ltl *nnf(model *m, const eval_tformula *f, bool negated)
{
    ltl_store *st = m->live->formulas;
    switch (f->kind) {
    case TF_PRED:
        if (f->level == LEVEL_CONSTANT) return constant(m, f, negated);
        if (is_action_pred(f)) return ltl_lit(st, true, edge_label(m, f->pred), !negated);
        return ltl_lit(st, false, state_label(m, f->pred), !negated);
    case TF_NOT: return nnf(m, f->kids[0], !negated);
    case TF_AND: return nnf_kids(m, f, negated, negated ? LTL_OR : LTL_AND);
    case TF_OR: return nnf_kids(m, f, negated, negated ? LTL_AND : LTL_OR);
    case TF_ALWAYS: return ltl_unary(st, negated ? LTL_EVENTUALLY : LTL_ALWAYS, nnf(m, f->kids[0], negated));
    case TF_EVENTUALLY: return ltl_unary(st, negated ? LTL_ALWAYS : LTL_EVENTUALLY, nnf(m, f->kids[0], negated));
    case TF_LEADSTO: {
        /* P ~> Q is [](~P \/ <>Q); its negation <>(P /\ []~Q) */
        const ltl *p = nnf(m, f->kids[0], !negated), *q = nnf(m, f->kids[1], negated);
        if (!negated) return ltl_unary(st, LTL_ALWAYS, ltl_binary(st, LTL_OR, p, ltl_unary(st, LTL_EVENTUALLY, q)));
        return ltl_unary(st, LTL_EVENTUALLY, ltl_binary(st, LTL_AND, p, ltl_unary(st, LTL_ALWAYS, q)));
    }
    case TF_IF: {
        const ltl *yes = ltl_binary(st, LTL_AND, nnf(m, f->kids[0], false), nnf(m, f->kids[1], negated));
        const ltl *no = ltl_binary(st, LTL_AND, nnf(m, f->kids[0], true), nnf(m, f->kids[2], negated));
        return ltl_binary(st, LTL_OR, yes, no);
    }
    case TF_WF: case TF_SF: {
        uint32_t en, step;
        fairness_labels(m, f, &en, &step);
        if (!negated) return ltl_fairness(st, f->kind == TF_SF, en, step);
        /* ~WF: <>[]ENABLED /\ <>[]~taken; ~SF: []<>ENABLED /\ <>[]~taken */
        const ltl *enabled = ltl_lit(st, false, en, true), *never = ltl_lit(st, true, step, false);
        const ltl *on = f->kind == TF_WF ? ltl_eventually_always(st, enabled) : ltl_often(st, enabled);
        return ltl_binary(st, LTL_AND, on, ltl_eventually_always(st, never));
    }
    }
    return ltl_const(st, false);
}

/* ---- checks ------------------------------------------------------------------------------------- */

/* Add the specification's assumptions on cycles to check c; false if they rule it out. */
static bool assume_on_cycles(model *m, live_check *c)
{
    model_liveness *l = m->live;
    if (l->no_cycles) return false;
    if (!conj_and(m, c->all_states, l->assume_all_states, &c->all_states) ||
        !conj_and(m, c->all_edges, l->assume_all_edges, &c->all_edges))
        return false;
    if (c->nsome_state + l->assume_some_states.len > LIVE_MAX_SOME ||
        c->nsome_edge + l->assume_some_edges.len > LIVE_MAX_SOME) {
        too_big(m, (syn_loc){0});
        return false;
    }
    for (size_t i = 0; i < l->assume_some_states.len; i++) c->some_state[c->nsome_state++] = l->assume_some_states.items[i];
    for (size_t i = 0; i < l->assume_some_edges.len; i++) c->some_edge[c->nsome_edge++] = l->assume_some_edges.items[i];
    return true;
}

/* A conjunct of a check that is a condition on the cycle alone: []<>C (some) or <>[]C (all), C a
 * conjunction of literals all on states or all on steps. */
static bool cycle_condition(model *m, const ltl *f, live_check *c, bool *possible)
{
    const ltl *some = ltl_often_body(f), *all = ltl_eventually_always_body(f);
    live_conj cond;
    bool edge;
    if (!(some || all) || !ltl_as_conj(some ? some : all, &edge, &cond)) return false;
    if (all) {
        live_conj *into = edge ? &c->all_edges : &c->all_states;
        *possible = *possible && conj_and(m, *into, cond, into);
        return true;
    }
    uint32_t *n = edge ? &c->nsome_edge : &c->nsome_state;
    if (*n == LIVE_MAX_SOME) return false;   /* the automaton takes the rest */
    (edge ? c->some_edge : c->some_state)[(*n)++] = cond;
    return true;
}

/* Is d a lone []<>C (WF_v(A) too), a disjunct that LNDisj.toDNF moves after all the others? */
static bool always_eventually(conjunction d)
{
    const ltl *f = d.n == 1 ? d.parts[0] : NULL;
    return f && (f->kind == LTL_WF || ltl_often_body(f));
}

/* Where disjunct d stands in TLC's order of all the negations' disjuncts: where it comes, but a lone
 * []<>C after all the others. */
static uint64_t disjunct_place(model_liveness *l, conjunction d)
{
    return (uint64_t)always_eventually(d) << 32 | l->ndisjuncts++;
}

static bool temporal_free(const ltl *f)
{
    if (f->kind == LTL_AND || f->kind == LTL_OR) {
        for (uint32_t i = 0; i < f->n; i++)
            if (!temporal_free(f->kids[i])) return false;
        return true;
    }
    return f->kind == LTL_TRUE || f->kind == LTL_FALSE || f->kind == LTL_LIT;
}

/* Is f a conjunct TLC checks on cycles, not by its tableau (Liveness.classifyExpr): []<>C or <>[]C,
 * C free of temporal operators, WF (TLC's []<>(~ENABLED <<A>>_v \/ <<A>>_v)) and SF (the disjuncts
 * <>[]~ENABLED <<A>>_v and []<><<A>>_v)? */
static bool tlc_cycle_condition(const ltl *f)
{
    const ltl *body = ltl_often_body(f) ? ltl_often_body(f) : ltl_eventually_always_body(f);
    return f->kind == LTL_WF || f->kind == LTL_SF || (body && temporal_free(body));
}

/* The conjuncts of d TLC's tableau takes, in d's order: what its branches are told apart by. */
static conjunction tableau_part(model_liveness *l, conjunction d)
{
    const ltl **parts = arena_alloc(&l->mem, sizeof *parts * (d.n + 1));
    uint32_t n = 0;
    for (uint32_t i = 0; i < d.n; i++)
        if (!tlc_cycle_condition(d.parts[i])) parts[n++] = d.parts[i];
    return (conjunction){parts, n};
}

/* TLC's branches (Liveness.processLiveness): the disjuncts lumped by their temporal formula (the
 * conjuncts not checked on cycles alone), compared as TLC compares them, syntactically: the same
 * conjuncts in the same order. The branch of a disjunct at `place` with that formula `key`, placed
 * by its first. */
static bool same_conjunction(conjunction a, conjunction b)
{
    return a.n == b.n && (!a.n || !memcmp(a.parts, b.parts, sizeof *a.parts * a.n));
}

static uint32_t note_branch(model_liveness *l, conjunction key, const ltl *formula, uint64_t place)
{
    for (size_t i = 0; i < l->branch_keys.len; i++) {
        if (!same_conjunction(l->branch_keys.items[i], key)) continue;
        if (place < l->branch_places.items[i]) l->branch_places.items[i] = place;
        return (uint32_t)i;
    }
    VEC_PUSH(l->branch_keys, key);
    VEC_PUSH(l->branch_formulas, formula);
    VEC_PUSH(l->branch_places, place);
    return (uint32_t)l->branch_keys.len - 1;
}

/* Does check a come before check b? TLC checks its branches in order and reports the first one
 * violated: by the branch's place, then the check's own. */
static bool checked_before(const model_liveness *l, live_check_place a, live_check_place b)
{
    uint64_t x = l->branch_places.items[a.branch], y = l->branch_places.items[b.branch];
    return x < y || (x == y && a.place < b.place);
}

/* Add a check and keep the checks in TLC's order (a branch's place can move forward as later
 * properties come, so all are sorted again: an insertion sort, the checks being few). */
static void insert_check(model_liveness *l, atom name, live_check c, live_check_place at)
{
    VEC_PUSH(l->checks, c);
    VEC_PUSH(l->check_names, name);
    VEC_PUSH(l->check_places, at);
    for (size_t i = 1; i < l->checks.len; i++) {
        live_check ci = l->checks.items[i];
        atom ni = l->check_names.items[i];
        live_check_place pi = l->check_places.items[i];
        size_t k = i;
        for (; k > 0 && checked_before(l, pi, l->check_places.items[k - 1]); k--) {
            l->checks.items[k] = l->checks.items[k - 1];
            l->check_names.items[k] = l->check_names.items[k - 1];
            l->check_places.items[k] = l->check_places.items[k - 1];
        }
        l->checks.items[k] = ci;
        l->check_names.items[k] = ni;
        l->check_places.items[k] = pi;
    }
}

/* One check: a behaviour satisfying disjunct `conj` of a negated property and the specification's
 * fairness. False on an error. */
static bool add_check(model *m, atom name, conjunction conj)
{
    model_liveness *l = m->live;
    ltl_store *st = l->formulas;
    const ltl *d = ltl_op(st, LTL_AND, conj.parts, conj.n);
    live_check c = {0};
    VEC(live_fairness) fair = {0};
    VEC(const ltl *) rest = {0};
    const ltl *const *parts = d->kind == LTL_AND ? d->kids : &d;
    uint32_t nparts = d->kind == LTL_AND ? d->n : 1;
    bool possible = true;
    for (uint32_t i = 0; i < nparts; i++) {
        const ltl *f = parts[i];
        if (f->kind == LTL_WF || f->kind == LTL_SF) VEC_PUSH(fair, ((live_fairness){f->enabled, f->step, f->kind == LTL_SF}));
        else if (!cycle_condition(m, f, &c, &possible)) VEC_PUSH(rest, ltl_expand_fairness(st, f));
    }
    if (l->assume_formula) VEC_PUSH(rest, ltl_expand_fairness(st, l->assume_formula));
    const ltl *tableau = ltl_op(st, LTL_AND, rest.items, (uint32_t)rest.len);
    uint64_t place = disjunct_place(l, conj);
    uint32_t branch = note_branch(l, tableau_part(l, conj), tableau, place);
    tableau_status ts = possible && !l->failed ? tableau_build(st, tableau, &l->mem, &c) : TABLEAU_EMPTY;
    if (ts == TABLEAU_TOO_BIG) too_big(m, (syn_loc){0});
    if (ts == TABLEAU_OK && assume_on_cycles(m, &c)) {
        live_fairness *own = arena_alloc(&l->mem, sizeof *own * (fair.len + 1));
        if (fair.len) memcpy(own, fair.items, sizeof *own * fair.len);
        c.fair = own;
        c.nfair = (uint32_t)fair.len;
        insert_check(l, name, c, (live_check_place){branch, place});
    }
    VEC_FREE(fair);
    VEC_FREE(rest);
    return !l->failed;
}

/* ---- the forms TLC takes ------------------------------------------------------------------------- */

/* Does f read a step (WF and SF do: TLC's []<>(~ENABLED <<A>>_v \/ <<A>>_v) and its SF)? */
static bool has_step_literal(const ltl *f)
{
    if (f->kind == LTL_WF || f->kind == LTL_SF) return true;
    if (f->kind == LTL_LIT) return f->edge;
    for (uint32_t i = 0; i < f->n; i++)
        if (has_step_literal(f->kids[i])) return true;
    return false;
}

/* TLC takes a step predicate in a temporal formula only inside []<>C or <>[]C, C free of temporal
 * operators, met through /\ and \/ from the top (Liveness.classifyExpr on the disjunctive normal
 * form); WF and SF are of those forms there, not under a temporal operator ([](SF_v(A) => <>P)).
 * Anything else TLC refuses before the search, where tlc-c's automaton could check it. */
static bool tlc_takes_steps(const ltl *f)
{
    if (f->kind == LTL_AND || f->kind == LTL_OR) {
        for (uint32_t i = 0; i < f->n; i++)
            if (!tlc_takes_steps(f->kids[i])) return false;
        return true;
    }
    return tlc_cycle_condition(f) || !has_step_literal(f);
}

/* f, a temporal formula in negation normal form, in TLC's forms; else TLC's error (exit 255). */
static bool check_tlc_form(model *m, const ltl *f, syn_loc loc)
{
    if (tlc_takes_steps(f)) return true;
    util_diag(DIAG_ERROR, loc, "TLC checks an action in a temporal property only as []<>A or <>[]A",
              "Temporal formulas containing actions must be of forms <>[]A or []<>A.");
    m->live->failed = true;
    m->exit_code = EXIT_ERROR;
    return false;
}

/* ---- TLC's disjunctive normal form -------------------------------------------------------------- */

/* The disjuncts of a formula, each a conjunction of temporal formulas in negation normal form, in
 * the order TLC's LNConj/LNDisj.toDNF gives them: that order numbers TLC's branches and decides the
 * violation it reports first. An empty list is FALSE; a constant part is folded away first, as
 * TLC's simplify does, but a conjunction of complementary literals stays one (FALSE) disjunct. */
typedef VEC(conjunction) disjuncts;

static void dnf(model *m, const eval_tformula *f, bool negated, disjuncts *out);

static bool has_true(const disjuncts *a)
{
    for (size_t i = 0; i < a->len; i++)
        if (!a->items[i].n) return true;
    return false;
}

/* a \/ b into out: a's disjuncts then b's, a lone []<>C after the rest; frees a and b. */
static void dnf_or(disjuncts *a, disjuncts *b, disjuncts *out)
{
    disjuncts both = {0};
    if (has_true(a) || has_true(b)) {
        VEC_PUSH(both, ((conjunction){NULL, 0}));
    } else {
        for (int late = 0; late < 2; late++) {
            for (size_t i = 0; i < a->len; i++)
                if (always_eventually(a->items[i]) == late) VEC_PUSH(both, a->items[i]);
            for (size_t i = 0; i < b->len; i++)
                if (always_eventually(b->items[i]) == late) VEC_PUSH(both, b->items[i]);
        }
    }
    VEC_FREE(*a);
    VEC_FREE(*b);
    *out = both;
}

/* x's conjuncts then y's. */
static conjunction concat(model_liveness *l, conjunction x, conjunction y)
{
    const ltl **parts = arena_alloc(&l->mem, sizeof *parts * (x.n + y.n + 1));
    if (x.n) memcpy(parts, x.parts, sizeof *parts * x.n);
    if (y.n) memcpy(parts + x.n, y.parts, sizeof *parts * y.n);
    return (conjunction){parts, x.n + y.n};
}

/* a /\ b into out: the cross product, a's disjuncts varying slowest (LNConj.toDNF); frees a, b. */
static void dnf_and(model *m, disjuncts *a, disjuncts *b, disjuncts *out)
{
    disjuncts cross = {0};
    for (size_t i = 0; i < a->len; i++)
        for (size_t j = 0; j < b->len; j++) VEC_PUSH(cross, concat(m->live, a->items[i], b->items[j]));
    VEC_FREE(*a);
    VEC_FREE(*b);
    *out = cross;
}

/* A formula as a disjunct: its conjuncts (~WF_v(A)'s two; TRUE: none). */
static void push_formula(model *m, disjuncts *out, const ltl *g)
{
    if (g->kind == LTL_TRUE) {
        VEC_PUSH(*out, ((conjunction){NULL, 0}));
    } else if (g->kind == LTL_AND) {
        VEC_PUSH(*out, ((conjunction){(const ltl *const *)g->kids, g->n}));
    } else {
        const ltl **part = arena_alloc(&m->live->mem, sizeof *part);
        *part = g;
        VEC_PUSH(*out, ((conjunction){part, 1}));
    }
}

/* The kids of f joined by /\ (and) or \/, left to right. */
static void dnf_kids(model *m, const eval_tformula *f, bool negated, bool and, disjuncts *out)
{
    dnf(m, f->kids[0], negated, out);
    for (uint32_t i = 1; i < f->nkids; i++) {
        disjuncts next = {0};
        dnf(m, f->kids[i], negated, &next);
        if (and) dnf_and(m, out, &next, out);
        else dnf_or(out, &next, out);
    }
}

/* IF c THEN a ELSE b, which TLC reads as (c /\ a) \/ (~c /\ b) (Liveness.astToLive); negated,
 * (~c \/ ~a) /\ (c \/ ~b): four disjuncts, the first c's contradiction. */
static void dnf_if(model *m, const eval_tformula *f, bool negated, disjuncts *out)
{
    disjuncts c = {0}, not_c = {0}, a = {0}, b = {0}, left = {0}, right = {0};
    dnf(m, f->kids[0], false, &c);
    dnf(m, f->kids[0], true, &not_c);
    dnf(m, f->kids[1], negated, &a);
    dnf(m, f->kids[2], negated, &b);
    if (negated) {
        dnf_or(&not_c, &a, &left);
        dnf_or(&c, &b, &right);
        dnf_and(m, &left, &right, out);
    } else {
        dnf_and(m, &c, &a, &left);
        dnf_and(m, &not_c, &b, &right);
        dnf_or(&left, &right, out);
    }
}

/* SF_v(A), which TLC reads as <>[]~ENABLED <<A>>_v \/ []<><<A>>_v (Liveness.astToLive): two
 * disjuncts, each checked on cycles alone, as TLC checks them. */
static void dnf_strong_fairness(model *m, const eval_tformula *f, disjuncts *out)
{
    ltl_store *st = m->live->formulas;
    uint32_t en, step;
    fairness_labels(m, f, &en, &step);
    const ltl *disabled = ltl_lit(st, false, en, false), *taken = ltl_lit(st, true, step, true);
    push_formula(m, out, ltl_eventually_always(st, disabled));
    push_formula(m, out, ltl_often(st, taken));
}

static void dnf(model *m, const eval_tformula *f, bool negated, disjuncts *out)
{
    *out = (disjuncts){0};
    switch (f->kind) {
    case TF_NOT: dnf(m, f->kids[0], !negated, out); return;
    case TF_AND: dnf_kids(m, f, negated, !negated, out); return;
    case TF_OR: dnf_kids(m, f, negated, negated, out); return;
    case TF_IF: dnf_if(m, f, negated, out); return;
    case TF_SF:
        if (!negated) {
            dnf_strong_fairness(m, f, out);
            return;
        }
        /* fall through */
    default: {
        /* TLC folds a constant predicate away (simplify), not []FALSE or <>FALSE */
        const ltl *g = nnf(m, f, negated);
        if (g->kind != LTL_FALSE || f->kind != TF_PRED) push_formula(m, out, g);
    }
    }
}

/* Past this many disjuncts (an \E over a large set of IFs, say: TLC's form grows exponentially)
 * the negation is split only at its top-level disjunctions, one automaton taking the rest. */
enum { MAX_DISJUNCTS = 4096 };

static uint64_t at_most(uint64_t n) { return n > MAX_DISJUNCTS ? MAX_DISJUNCTS + 1 : n; }

/* How many disjuncts dnf gives f at most (constants not folded), capped past MAX_DISJUNCTS. */
static uint64_t dnf_size(const eval_tformula *f, bool negated)
{
    switch (f->kind) {
    case TF_NOT: return dnf_size(f->kids[0], !negated);
    case TF_AND: case TF_OR: {
        bool and = (f->kind == TF_AND) != negated;
        uint64_t n = dnf_size(f->kids[0], negated);
        for (uint32_t i = 1; i < f->nkids; i++)
            n = at_most(and ? n * dnf_size(f->kids[i], negated) : n + dnf_size(f->kids[i], negated));
        return n;
    }
    case TF_SF: return negated ? 1 : 2;
    case TF_IF: {
        uint64_t c = dnf_size(f->kids[0], false), not_c = dnf_size(f->kids[0], true);
        uint64_t a = dnf_size(f->kids[1], negated), b = dnf_size(f->kids[2], negated);
        return at_most(negated ? (not_c + a) * (c + b) : c * a + not_c * b);
    }
    default: return 1;
    }
}

/* The disjuncts of ~f when TLC's form of it is too large: its negation normal form split at its
 * top-level disjunctions. */
static void top_disjuncts(model *m, const eval_tformula *f, disjuncts *out)
{
    const ltl *g = nnf(m, f, true);
    *out = (disjuncts){0};
    const ltl *const *parts = g->kind == LTL_OR ? g->kids : &g;
    uint32_t n = g->kind == LTL_OR ? g->n : 1;
    for (uint32_t i = 0; i < n; i++) push_formula(m, out, parts[i]);
}

/* The checks of ~f: one per disjunct of TLC's disjunctive normal form of it. */
static bool add_negation(model *m, atom name, const eval_tformula *f)
{
    disjuncts d;
    m->live->negations++;
    if (dnf_size(f, true) <= MAX_DISJUNCTS) dnf(m, f, true, &d);
    else top_disjuncts(m, f, &d);
    bool ok = !m->live->failed;
    for (size_t i = 0; ok && i < d.len; i++)
        for (uint32_t k = 0; ok && k < d.items[i].n; k++) ok = check_tlc_form(m, d.items[i].parts[k], f->loc);
    for (size_t i = 0; ok && i < d.len; i++) ok = add_check(m, name, d.items[i]);
    VEC_FREE(d);
    return ok;
}

/* Is f the body of the definition it was expanded from, as written ([]P alone, not a conjunct)? */
static bool whole_body(const eval_tformula *f)
{
    syn_loc b = sema_strip(f->named_by->body)->loc;
    return b.file == f->loc.file && b.line == f->loc.line && b.col == f->loc.col && b.end_line == f->loc.end_line &&
           b.end_col == f->loc.end_col;
}

/* The name of the definition predicate f names (Init, without parameters, reached without an
 * instance path), else NULL. */
static atom predicate_definition(const eval_tformula *f)
{
    const syn_expr *p = sema_strip(eval_closure_expr(f->pred));
    const sema_ref *r = p->kind == SX_APPLY ? p->u.apply.res : NULL;
    return r && r->kind == REF_DEF && !r->def->native && !r->def->nparams && !r->npath ? r->def->name : NULL;
}

/* TLC's name for []P or [][A]_v taken apart from a property `name` gives (reached through an
 * instance, a definition with arguments or a bounded \A): P's definition when P names one without
 * parameters; else the definition []P is the body of (`name` itself when that is the one `name`
 * was given by, `root`); else, as a conjunct or under \A, its place. Under a LET or IF TLC checks
 * []P as a temporal formula, after the search ("Temporal properties were violated."); tlc-c checks
 * it as an invariant named by the property (the same exit code and trace). */
static atom invariant_name(const eval_tformula *f, atom property, atom name, const sema_def *root)
{
    if (f->looked_through) return property;
    atom named = predicate_definition(f->kids[0]);
    if (named) return named;
    if (f->named_by && whole_body(f)) return f->named_by == root ? name : f->named_by->name;
    char text[512];
    util_loc_span(&f->loc, text, sizeof text);
    return util_intern(text);
}

/* A conjunct of a property: P (on the initial states), []P and [][A]_v are checked during the
 * search, as TLC checks a refinement's Init /\ [][Next]_v; the rest by its negation's checks.
 * `root` is the definition `name` names while f is the whole property (NULL in a conjunct). */
static bool add_conjunct(model *m, atom property, atom name, const sema_def *root, const eval_tformula *f)
{
    if (f->kind == TF_AND) {
        for (uint32_t i = 0; i < f->nkids; i++)
            if (!add_conjunct(m, property, name, NULL, f->kids[i])) return false;
        return true;
    }
    if (f->kind == TF_PRED && !is_action_pred(f)) {
        /* TLC names an initial predicate reached through an instance by its definition: Init */
        atom named = predicate_definition(f);
        VEC_PUSH(m->init_props, ((named_expr){named ? named : name, NULL, f->pred, NULL}));
        return true;
    }
    if (f->kind == TF_ALWAYS && f->kids[0]->kind == TF_PRED) {
        const eval_tformula *k = f->kids[0];
        VEC_PUSH(*(is_action_pred(k) ? &m->action_props : &m->state_props),
                 ((named_expr){invariant_name(f, property, name, root), NULL, k->pred, NULL}));
        return true;
    }
    return add_negation(m, property, f);
}

/* ---- fairness ----------------------------------------------------------------------------------- */

/* A part of the specification's fairness, in negation normal form: WF and SF become fairness
 * conditions, []<>C and <>[]C conditions on every cycle, anything else a formula every check's
 * automaton carries (false: none). */
static void assume(model *m, const ltl *f)
{
    model_liveness *l = m->live;
    const ltl *some = ltl_often_body(f), *all = ltl_eventually_always_body(f);
    live_conj c;
    bool edge;
    if (f->kind == LTL_TRUE) return;
    if (f->kind == LTL_WF || f->kind == LTL_SF) {
        VEC_PUSH(l->fair, ((live_fairness){f->enabled, f->step, f->kind == LTL_SF}));
    } else if (all && ltl_as_conj(all, &edge, &c)) {
        live_conj *into = edge ? &l->assume_all_edges : &l->assume_all_states;
        if (!conj_and(m, *into, c, into)) l->no_cycles = true;   /* <>[]P /\ <>[]~P: no infinite behaviour */
    } else if (some && ltl_as_conj(some, &edge, &c)) {
        if (edge) VEC_PUSH(l->assume_some_edges, c);
        else VEC_PUSH(l->assume_some_states, c);
    } else {
        const ltl *both[2] = {l->assume_formula ? l->assume_formula : ltl_const(l->formulas, true), f};
        l->assume_formula = ltl_op(l->formulas, LTL_AND, both, 2);
    }
}

/* The fairness conjuncts of the specification; its initial predicate and [][Next]_v are skipped. */
static void collect_fairness(model *m, const eval_tformula *f)
{
    if (f->kind == TF_AND) {
        for (uint32_t i = 0; i < f->nkids; i++) collect_fairness(m, f->kids[i]);
        return;
    }
    if (f->kind == TF_PRED || (f->kind == TF_ALWAYS && f->kids[0]->kind == TF_PRED)) return;
    const ltl *g = nnf(m, f, false);
    if (!check_tlc_form(m, g, f->loc)) return;
    const ltl *const *parts = g->kind == LTL_AND ? g->kids : &g;
    uint32_t n = g->kind == LTL_AND ? g->n : 1;
    for (uint32_t i = 0; i < n; i++) assume(m, parts[i]);
}

/* spec_mode: the specification's [][A]_v conjuncts, into spec_boxes (before its fairness's labels). */
static void collect_spec_boxes(model *m, const eval_tformula *f)
{
    if (f->kind == TF_AND) {
        for (uint32_t i = 0; i < f->nkids; i++) collect_spec_boxes(m, f->kids[i]);
        return;
    }
    if (f->kind != TF_ALWAYS || f->kids[0]->kind != TF_PRED || !is_action_pred(f->kids[0])) return;
    if (eval_closure_expr(f->kids[0]->pred)->kind == SX_BOX_ACTION) VEC_PUSH(m->live->spec_boxes, f->kids[0]->pred);
}

static bool take_fairness(model *m)
{
    for (size_t i = 0; i < m->fairness.len; i++) {
        eval_tformula *f;
        if (!eval_temporal(m->ep, m->fairness.items[i], &f)) {
            report_eval_error(stderr, eval_closures_error(m->ep));
            m->exit_code = EXIT_CONFIG;
            return false;
        }
        if (m->spec_mode) collect_spec_boxes(m, f);
        collect_fairness(m, f);
        if (m->live->failed) return false;
    }
    m->fairness.len = 0;   /* taken once, by the first temporal property */
    return true;
}

/* The definition without parameters e names, if it does. */
static const sema_def *named_definition(const syn_expr *e)
{
    e = sema_strip(e);
    const sema_ref *r = e->kind == SX_APPLY && !e->u.apply.nargs ? e->u.apply.res : NULL;
    return r && r->kind == REF_DEF && !r->def->nparams ? r->def : NULL;
}

bool model_add_temporal_property(model *m, atom property, atom name, const syn_expr *e)
{
    model_liveness *l = liveness_of(m);
    if (!take_fairness(m) || l->failed) return false;
    eval_tformula *f;
    if (!eval_temporal(m->ep, e, &f)) {
        report_eval_error(stderr, eval_closures_error(m->ep));
        m->exit_code = EXIT_CONFIG;
        return false;
    }
    if (!add_conjunct(m, property, name, named_definition(e), f) || l->failed) return false;
    model_liveness_derive(m);
    return true;
}

void model_liveness_free(model_liveness *l)
{
    if (!l) return;
    VEC_FREE(l->checks);
    VEC_FREE(l->check_names);
    VEC_FREE(l->check_places);
    VEC_FREE(l->branch_places);
    VEC_FREE(l->fair);
    VEC_FREE(l->assume_some_states);
    VEC_FREE(l->assume_some_edges);
    VEC_FREE(l->state_labels);
    VEC_FREE(l->edge_labels);
    VEC_FREE(l->edge_keys);
    VEC_FREE(l->spec_boxes);
    VEC_FREE(l->state_guards);
    VEC_FREE(l->edge_guards);
    VEC_FREE(l->step_enabled);
    VEC_FREE(l->derived);
    VEC_FREE(l->enumerated);
    free(l->by_def);
    free(l->by_def_next);
    free(l->state_derived);
    free(l->edge_derived);
    free(l->label_vars);
    free(l->label_memo);
    free(l->edge_view);
    free(l->guard_group);
    free(l->value_group);
    free(l->derived_group);
    free(l->group_vars);
    free(l->group_size);
    VEC_FREE(l->edge_changed);
    VEC_FREE(l->edge_subscript);
    VEC_FREE(l->edge_changed_in_order);
    VEC_FREE(l->branch_formulas);
    VEC_FREE(l->branch_keys);
    ltl_store_free(l->formulas);
    if (l->formulas) arena_free(&l->mem);
    free(l);
}

bool model_liveness_problem(const model *m, const live_check **checks, uint32_t *nchecks, const live_fairness **fair,
                            uint32_t *nfair)
{
    /* a property whose negation has branches but no check (<>TRUE's []FALSE) still has TLC search */
    if (!m->live || !m->live->branch_keys.len) return false;
    *checks = m->live->checks.items;
    *nchecks = (uint32_t)m->live->checks.len;
    *fair = m->live->fair.items;
    *nfair = (uint32_t)m->live->fair.len;
    return true;
}

uint32_t model_liveness_branches(const model *m) { return m->live ? (uint32_t)m->live->branch_keys.len : 0; }

bool model_liveness_tautology(const model *m) { return m->live && m->live->negations && !m->live->branch_keys.len; }

atom model_liveness_check_name(const model *m, uint32_t check) { return m->live->check_names.items[check]; }
