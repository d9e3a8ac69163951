/* test_liveness.c - the search for fair violating cycles on small hand-made graphs with known
 * components, and on one deep enough to overflow a recursive search. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <cmocka.h>

#include "liveness.h"

#include <stdlib.h>
#include <string.h>

/* A graph under construction: edges added one by one, each state's stuttering step added last. */
typedef struct builder {
    uint32_t n;
    uint64_t *state_labels;
    bool *initial;
    uint32_t nedges;
    uint32_t from[4096], to[4096];
    uint64_t labels[4096];
    live_graph g;
    uint32_t *start, *edge_to;
    uint64_t *edge_labels;
} builder;

static builder *new_graph(uint32_t n)
{
    builder *b = calloc(1, sizeof *b);
    b->n = n;
    b->state_labels = calloc(n, sizeof(uint64_t));
    b->initial = calloc(n, sizeof(bool));
    b->initial[0] = true;
    return b;
}

static void edge(builder *b, uint32_t from, uint32_t to, uint64_t labels)
{
    b->from[b->nedges] = from;
    b->to[b->nedges] = to;
    b->labels[b->nedges++] = labels;
}

/* Freeze into CSR, with a stuttering edge (labels `stutter`) on every state. */
static const live_graph *freeze(builder *b, uint64_t stutter)
{
    for (uint32_t v = 0; v < b->n; v++) edge(b, v, v, stutter);
    b->start = calloc(b->n + 1, sizeof(uint32_t));
    b->edge_to = calloc(b->nedges, sizeof(uint32_t));
    b->edge_labels = calloc(b->nedges, sizeof(uint64_t));
    for (uint32_t e = 0; e < b->nedges; e++) b->start[b->from[e] + 1]++;
    for (uint32_t v = 0; v < b->n; v++) b->start[v + 1] += b->start[v];
    uint32_t *fill = calloc(b->n + 1, sizeof(uint32_t));
    memcpy(fill, b->start, sizeof(uint32_t) * (b->n + 1));
    for (uint32_t e = 0; e < b->nedges; e++) {
        uint32_t at = fill[b->from[e]]++;
        b->edge_to[at] = b->to[e];
        b->edge_labels[at] = b->labels[e];
    }
    free(fill);
    b->g = (live_graph){b->n, 1, 1, b->state_labels, b->start, b->edge_to, b->edge_labels, b->initial, false};
    return &b->g;
}

static void free_graph(builder *b)
{
    free(b->state_labels);
    free(b->initial);
    free(b->start);
    free(b->edge_to);
    free(b->edge_labels);
    free(b);
}

static bool has_edge(const live_graph *g, uint32_t from, uint32_t to)
{
    for (uint32_t e = g->edge_start[from]; e < g->edge_start[from + 1]; e++)
        if (g->edge_to[e] == to) return true;
    return false;
}

/* A lasso must start at an initial state and follow edges, its cycle closing back. */
static void assert_lasso(const live_graph *g, const live_lasso *l)
{
    assert_non_null(l->states);
    assert_true(l->n >= 1);
    assert_true(g->initial[l->states[0]]);
    for (uint32_t i = 0; i + 1 < l->n; i++) assert_true(has_edge(g, l->states[i], l->states[i + 1]));
    assert_true(l->loop < l->n);
    if (l->stuttering) assert_int_equal(l->loop, l->n - 1);
    else assert_true(has_edge(g, l->states[l->n - 1], l->states[l->loop]));
}

/* The conjunction "the labels of `mask` are as in `want`", for labels 0..63. */
static live_conj labels_as(uint64_t mask, uint64_t want)
{
    live_conj c = {0};
    for (uint32_t b = 0; b < 64; b++)
        if (mask >> b & 1) c.lits[c.n++] = (live_lit){b, (want >> b & 1) != 0};
    return c;
}

/* The automaton of "true": one initial node, any position, looping. */
static const live_node anything[1] = {{.nnext = 1, .initial = true}};
static const uint32_t loop_to_0[1] = {0};

static live_check any_cycle(void)
{
    live_check c = {0};
    c.nodes = anything;
    c.nnodes = 1;
    c.next = loop_to_0;
    return c;
}

/* 0 -> 1 -> 2 -> 1; P holds only at 0. []<>P is violated by the cycle 1-2 (and by stuttering). */
static void test_infinitely_often_violated(void **state)
{
    builder *b = new_graph(3);
    b->state_labels[0] = 1;
    edge(b, 0, 1, 0);
    edge(b, 1, 2, 0);
    edge(b, 2, 1, 0);
    const live_graph *g = freeze(b, 0);
    live_check c = any_cycle();
    c.all_states = labels_as(1, 0);   /* ~P everywhere on the cycle */
    live_lasso l;
    live_find(g, &c, NULL, 0, NULL, NULL, &l);
    assert_lasso(g, &l);
    assert_int_equal(l.states[l.loop] != 0, 1);   /* the cycle avoids state 0 */
    live_lasso_free(&l);
    free_graph(b);
}

/* With weak fairness of the step 1 -> 0 (edge label 1), enabled everywhere (state label 2): the
 * only fair cycles take it, and pass through 0, so []<>P holds. */
static void test_weak_fairness_forces_step(void **state)
{
    builder *b = new_graph(2);
    b->state_labels[0] = 1 | 2;
    b->state_labels[1] = 2;
    edge(b, 0, 1, 0);
    edge(b, 1, 0, 1);
    const live_graph *g = freeze(b, 0);
    live_check c = any_cycle();
    c.all_states = labels_as(1, 0);
    live_fairness wf = {.enabled = 1, .step = 0, .strong = false};
    live_lasso l;
    live_find(g, &c, &wf, 1, NULL, NULL, &l);
    assert_null(l.states);
    /* without fairness, stuttering at 1 violates it */
    live_find(g, &c, NULL, 0, NULL, NULL, &l);
    assert_lasso(g, &l);
    assert_true(l.stuttering);
    assert_int_equal(l.states[l.n - 1], 1);
    live_lasso_free(&l);
    free_graph(b);
}

/* Strong fairness: in the cycle 0 <-> 1 the action (edge label 1, from 1 to 2) is enabled at 1 only.
 * Weak fairness lets the cycle 0-1 avoid it (it is disabled at 0); strong fairness does not. After
 * removing the enabled state 1, state 0 stutters on its own: with the stuttering step allowed that
 * is still a fair cycle, so a violation of "eventually 2" remains; forbidding stuttering removes it. */
static void test_strong_fairness_refinement(void **state)
{
    builder *b = new_graph(3);
    b->state_labels[1] = 1;   /* enabled */
    b->state_labels[2] = 2;   /* the goal Q */
    edge(b, 0, 1, 0);
    edge(b, 1, 0, 0);
    edge(b, 1, 2, 1);
    const live_graph *g = freeze(b, 4);   /* stuttering steps carry edge label 4 */
    live_check c = any_cycle();
    live_node never_q = {.state = labels_as(2, 0), .nnext = 1, .initial = true};   /* []~Q: <>Q violated */
    c.nodes = &never_q;
    live_fairness sf = {.enabled = 0, .step = 0, .strong = true};
    live_fairness wf = {.enabled = 0, .step = 0, .strong = false};
    live_lasso l;
    live_find(g, &c, &wf, 1, NULL, NULL, &l);
    assert_lasso(g, &l);
    live_lasso_free(&l);
    live_find(g, &c, &sf, 1, NULL, NULL, &l);
    assert_lasso(g, &l);                    /* stuttering at 0 */
    assert_true(l.stuttering);
    assert_int_equal(l.states[l.n - 1], 0);
    live_lasso_free(&l);
    c.all_edges = labels_as(4, 0);        /* no stuttering on the cycle */
    live_find(g, &c, &sf, 1, NULL, NULL, &l);
    assert_null(l.states);
    live_find(g, &c, &wf, 1, NULL, NULL, &l);           /* weakly fair: the cycle 0-1 */
    assert_lasso(g, &l);
    assert_false(l.stuttering);
    live_lasso_free(&l);
    free_graph(b);
}

/* 0 -> 1 (P) -> 2 -> 3 (Q), and 3 -> 0 when closed. */
static builder *p_then_q_graph(bool closed)
{
    builder *b = new_graph(4);
    b->state_labels[1] = 1;   /* P */
    b->state_labels[3] = 2;   /* Q */
    edge(b, 0, 1, 0);
    edge(b, 1, 2, 0);
    edge(b, 2, 3, 0);
    if (closed) edge(b, 3, 0, 0);
    return b;
}

/* The automaton of <>(P /\ []~Q), in the caller's nodes and next: anything, then P /\ ~Q, then ~Q
 * forever. */
static live_check p_then_never_q(live_node nodes[3], uint32_t next[3])
{
    nodes[0] = (live_node){.first_next = 0, .nnext = 2, .initial = true};
    nodes[1] = (live_node){.state = labels_as(1 | 2, 1), .first_next = 2, .nnext = 1, .initial = true};
    nodes[2] = (live_node){.state = labels_as(2, 0), .first_next = 2, .nnext = 1};
    next[0] = 0, next[1] = 1, next[2] = 2;
    return (live_check){.nodes = nodes, .nnodes = 3, .next = next};
}

/* P ~> Q as two stages: 0 -> 1 (P) -> 2 -> 3 (Q) -> 3. Reaching P, then ~Q forever, is possible only
 * by stuttering before Q; with the stuttering of 1 and 2 forbidden there is no violation. */
static void test_leads_to_stages(void **state)
{
    builder *b = p_then_q_graph(false);
    const live_graph *g = freeze(b, 4);
    live_node nodes[3];
    uint32_t next[3];
    live_check c = p_then_never_q(nodes, next);
    live_lasso l;
    live_find(g, &c, NULL, 0, NULL, NULL, &l);
    assert_lasso(g, &l);
    assert_true(l.stuttering);
    assert_int_equal(b->state_labels[l.states[l.n - 1]] & 2, 0);
    live_lasso_free(&l);
    c.all_edges = labels_as(4, 0);
    live_find(g, &c, NULL, 0, NULL, NULL, &l);
    assert_null(l.states);
    free_graph(b);
}

static void assert_same_lasso(const live_lasso *a, const live_lasso *b)
{
    assert_int_equal(a->n, b->n);
    assert_int_equal(a->loop, b->loop);
    assert_int_equal(a->stuttering, b->stuttering);
    if (a->n) assert_memory_equal(a->states, b->states, sizeof(uint32_t) * a->n);
}

/* The "anything" node of <>(P /\ []~Q) reached in every state without a search
 * (live_stutters_reached): the same lassos, and no violation where there is none; the graph's test
 * false where a state is unreachable or has no step to itself. */
static void test_universal_node(void **state)
{
    live_node nodes[3];
    uint32_t next[3];
    live_check c = p_then_never_q(nodes, next);
    for (int closed = 0; closed < 2; closed++) {
        builder *b = p_then_q_graph(closed);
        live_graph *g = (live_graph *)freeze(b, 4);
        assert_true(live_stutters_reached(g, &c, 1));
        c.all_edges = (live_conj){0};
        for (int forbid = 0; forbid < 2; forbid++) {
            live_lasso searched, reached;
            g->stutters_reached = false;
            live_find(g, &c, NULL, 0, NULL, NULL, &searched);
            g->stutters_reached = true;
            live_find(g, &c, NULL, 0, NULL, NULL, &reached);
            assert_same_lasso(&searched, &reached);
            live_lasso_free(&searched);
            live_lasso_free(&reached);
            c.all_edges = labels_as(4, 0);
        }
        free_graph(b);
    }
    live_check none = any_cycle();
    none.nodes = (live_node[]){{.state = labels_as(1, 1), .nnext = 1, .initial = true}};
    builder *b = p_then_q_graph(false);
    assert_false(live_stutters_reached(freeze(b, 0), &none, 1));   /* no such node: not looked at */
    free_graph(b);
    b = new_graph(3);
    edge(b, 0, 1, 0);   /* state 2 unreachable */
    assert_false(live_stutters_reached(freeze(b, 0), &c, 1));
    free_graph(b);
    b = p_then_q_graph(true);
    const live_graph *g = freeze(b, 0);
    b->edge_to[g->edge_start[3]] = 0;   /* 3 -> 0 twice, no stuttering step of 3 */
    b->edge_to[g->edge_start[3] + 1] = 0;
    assert_false(live_stutters_reached(g, &c, 1));
    free_graph(b);
}

/* Checks searched one after another in one space (products of 4, 12, 4, 12 nodes: the arrays made
 * anew for the bigger one, then kept, the earlier checks' tags and stamps left in them) find what
 * each finds in arrays of its own. */
static void test_space_reused(void **state)
{
    builder *b = p_then_q_graph(true);
    const live_graph *g = freeze(b, 4);
    live_node nodes[3];
    uint32_t next[3];
    live_check checks[4] = {any_cycle(), p_then_never_q(nodes, next), any_cycle(), p_then_never_q(nodes, next)};
    checks[0].all_states = labels_as(2, 0);   /* []<>Q: violated by stuttering before 3 */
    checks[2].all_edges = labels_as(4, 0);    /* no stuttering: the cycle through 3 meets Q */
    checks[2].all_states = labels_as(2, 0);
    live_space *space = live_space_new();
    for (int round = 0; round < 2; round++)
        for (int i = 0; i < 4; i++) {
            live_lasso own, shared;
            live_find(g, &checks[i], NULL, 0, NULL, NULL, &own);
            live_find(g, &checks[i], NULL, 0, NULL, space, &shared);
            assert_same_lasso(&own, &shared);
            if (i != 2) assert_lasso(g, &shared);
            else assert_null(shared.states);
            live_lasso_free(&own);
            live_lasso_free(&shared);
        }
    live_space_free(space);
    free_graph(b);
}

/* "Some" conditions: a cycle must contain a state with label 1 and an edge with label 2. */
static void test_some_conditions(void **state)
{
    builder *b = new_graph(4);
    b->state_labels[2] = 1;
    edge(b, 0, 1, 0);
    edge(b, 1, 2, 0);
    edge(b, 2, 3, 2);
    edge(b, 3, 1, 0);
    const live_graph *g = freeze(b, 0);
    live_check c = any_cycle();
    c.some_state[c.nsome_state++] = labels_as(1, 1);
    c.some_edge[c.nsome_edge++] = labels_as(2, 2);
    live_lasso l;
    live_find(g, &c, NULL, 0, NULL, NULL, &l);
    assert_lasso(g, &l);
    assert_false(l.stuttering);
    bool saw2 = false;
    for (uint32_t i = l.loop; i < l.n; i++) saw2 |= l.states[i] == 2;
    assert_true(saw2);
    live_lasso_free(&l);
    /* no edge labelled 4 anywhere: no violation */
    c.some_edge[0] = labels_as(4, 4);
    live_find(g, &c, NULL, 0, NULL, NULL, &l);
    assert_null(l.states);
    free_graph(b);
}

/* Labels past the first word (bits 64 and up): the weak-fairness case again, with P = label 70,
 * "enabled" = label 100 and the step = edge label 90, in rows of two words. */
static void test_labels_beyond_one_word(void **state)
{
    enum { W = 2 };
    uint64_t slabels[2 * W] = {0}, elabels[4 * W] = {0};
    bool initial[2] = {true, false};
    /* edges of 0: 0->1, 0->0; of 1: 1->0 (the fair step), 1->1 */
    uint32_t start[3] = {0, 2, 4}, to[4] = {1, 0, 0, 1};
    live_set_bit(&slabels[0], 70);
    live_set_bit(&slabels[0], 100);
    live_set_bit(&slabels[W], 100);
    live_set_bit(&elabels[2 * W], 90);
    live_graph g = {2, W, W, slabels, start, to, elabels, initial, false};
    live_check c = any_cycle();
    c.all_states = (live_conj){1, {{70, false}}};
    live_fairness wf = {.enabled = 100, .step = 90, .strong = false};
    live_lasso l;
    live_find(&g, &c, &wf, 1, NULL, NULL, &l);
    assert_null(l.states);
    live_find(&g, &c, NULL, 0, NULL, NULL, &l);
    assert_lasso(&g, &l);
    assert_true(l.stuttering);
    assert_int_equal(l.states[l.n - 1], 1);
    live_lasso_free(&l);
    /* conjunctions: contradiction, merge, and too many literals */
    live_conj a = {1, {{70, true}}}, b = {1, {{70, false}}}, out;
    bool overflow = false;
    assert_false(live_conj_and(&a, &b, &out, &overflow));
    assert_false(overflow);
    b.lits[0] = (live_lit){3, false};
    assert_true(live_conj_and(&a, &b, &out, &overflow));
    assert_int_equal(out.n, 2);
    live_conj big = {0};
    for (uint32_t i = 0; i < LIVE_MAX_LITERALS; i++) big.lits[big.n++] = (live_lit){200 + i, true};
    assert_false(live_conj_and(&big, &a, &out, &overflow));
    assert_true(overflow);
}

/* A chain of 200000 states closing into a cycle: the search is iterative, so no stack overflow. */
static void test_deep_graph(void **state)
{
    enum { N = 200000 };
    live_graph g = {0};
    uint64_t *labels = calloc(N, sizeof(uint64_t));
    bool *initial = calloc(N, sizeof(bool));
    uint32_t *start = calloc(N + 1, sizeof(uint32_t)), *to = calloc(2 * N, sizeof(uint32_t));
    uint64_t *elabels = calloc(2 * N, sizeof(uint64_t));
    initial[0] = true;
    for (uint32_t v = 0; v < N; v++) {
        start[v] = 2 * v;
        to[2 * v] = v + 1 < N ? v + 1 : 0;   /* one big cycle */
        to[2 * v + 1] = v;                   /* stuttering */
        elabels[2 * v + 1] = 1;
    }
    start[N] = 2 * N;
    labels[N / 2] = 1;
    g = (live_graph){N, 1, 1, labels, start, to, elabels, initial, false};
    live_check c = any_cycle();
    c.all_edges = labels_as(1, 0);               /* no stuttering */
    c.some_state[c.nsome_state++] = labels_as(1, 1);
    live_lasso l;
    live_find(&g, &c, NULL, 0, NULL, NULL, &l);
    assert_lasso(&g, &l);
    assert_int_equal(l.n, N);
    live_lasso_free(&l);
    free(labels);
    free(initial);
    free(start);
    free(to);
    free(elabels);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_infinitely_often_violated), cmocka_unit_test(test_weak_fairness_forces_step),
        cmocka_unit_test(test_strong_fairness_refinement), cmocka_unit_test(test_leads_to_stages),
        cmocka_unit_test(test_some_conditions),          cmocka_unit_test(test_deep_graph),
        cmocka_unit_test(test_labels_beyond_one_word),   cmocka_unit_test(test_space_reused),
        cmocka_unit_test(test_universal_node),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
