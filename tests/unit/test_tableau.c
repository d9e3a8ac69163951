/* test_tableau.c - the tableau's automata, checked against the meaning of the formulas: for random
 * formulas over two state predicates and every lasso-shaped behaviour u v v v ... with |u| <= 2 and
 * 1 <= |v| <= 2, the product search finds an accepting run exactly when the behaviour satisfies the
 * formula, evaluated directly. Plus the shapes of a few small automata. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <stdlib.h>
#include <string.h>

#include "tableau.h"

/* A lasso word: letters (bit 0: p, bit 1: q) at positions 0 .. n-1, then back to `loop`. */
typedef struct word { uint64_t letters[4]; uint32_t n, loop; } word;

static uint32_t after(const word *w, uint32_t i) { return i + 1 < w->n ? i + 1 : w->loop; }

/* Does f hold at position i of w? */
static bool holds(const ltl *f, const word *w, uint32_t i)
{
    switch (f->kind) {
    case LTL_TRUE: return true;
    case LTL_FALSE: return false;
    case LTL_LIT:   /* the word's steps have no labels: a step literal holds when it says "false" */
        return f->edge ? !f->lit.value : (bool)(w->letters[i] >> f->lit.bit & 1) == f->lit.value;
    case LTL_AND:
        for (uint32_t k = 0; k < f->n; k++)
            if (!holds(f->kids[k], w, i)) return false;
        return true;
    case LTL_OR:
        for (uint32_t k = 0; k < f->n; k++)
            if (holds(f->kids[k], w, i)) return true;
        return false;
    case LTL_ALWAYS: case LTL_EVENTUALLY: {
        /* the positions from i on: i .. n-1, then the loop again */
        bool always = f->kind == LTL_ALWAYS;
        uint32_t j = i;
        for (uint32_t steps = 0; steps < 2 * w->n; steps++, j = after(w, j))
            if (holds(f->kids[0], w, j) != always) return !always;
        return always;
    }
    default: fail_msg("unexpected formula kind %d", f->kind);
    }
    return false;
}

/* Does the automaton of f accept w? The word as a graph with one path, searched for a violation. */
static bool accepts(ltl_store *st, const ltl *f, const word *w)
{
    arena mem;
    arena_init(&mem);
    live_check c = {0};
    tableau_status ts = tableau_build(st, f, &mem, &c);
    assert_int_not_equal(ts, TABLEAU_TOO_BIG);
    bool found = false;
    if (ts == TABLEAU_OK) {
        uint32_t start[5], to[4];
        bool initial[4] = {true, false, false, false};
        for (uint32_t i = 0; i < w->n; i++) {
            start[i] = i;
            to[i] = after(w, i);
        }
        start[w->n] = w->n;
        uint64_t no_step_labels[4] = {0};
        live_graph g = {w->n, 1, 1, w->letters, start, to, no_step_labels, initial, false};
        live_lasso l;
        assert_int_equal(live_find(&g, &c, NULL, 0, NULL, NULL, &l), LIVE_DONE);
        found = l.states != NULL;
        live_lasso_free(&l);
    }
    arena_free(&mem);
    return found;
}

static const ltl *random_formula(ltl_store *st, unsigned *seed, int depth)
{
    int pick = depth ? rand_r(seed) % 6 : 0;
    switch (pick) {
    case 0: return ltl_lit(st, false, (uint32_t)(rand_r(seed) % 2), rand_r(seed) % 2);
    case 1: case 2: {
        const ltl *a = random_formula(st, seed, depth - 1), *b = random_formula(st, seed, depth - 1);
        return ltl_binary(st, pick == 1 ? LTL_AND : LTL_OR, a, b);
    }
    case 3: case 4: return ltl_unary(st, pick == 3 ? LTL_ALWAYS : LTL_EVENTUALLY, random_formula(st, seed, depth - 1));
    default: return ltl_fairness(st, rand_r(seed) % 2, 0, 0);   /* expanded below: ~p is "disabled" */
    }
}

static void test_automata_match_meaning(void **state)
{
    unsigned seed = 12345;
    int checked = 0;
    for (int round = 0; round < 300; round++) {
        ltl_store *st = ltl_store_new();
        const ltl *f = ltl_expand_fairness(st, random_formula(st, &seed, 3));
        for (uint32_t ulen = 0; ulen <= 2; ulen++)
            for (uint32_t vlen = 1; vlen <= 2; vlen++)
                for (uint32_t code = 0; code < 1u << (2 * (ulen + vlen)); code++) {
                    word w = {.n = ulen + vlen, .loop = ulen};
                    for (uint32_t i = 0; i < w.n; i++) w.letters[i] = code >> (2 * i) & 3;
                    if (accepts(st, f, &w) != holds(f, &w, 0))
                        fail_msg("round %d: the automaton and the formula disagree on a word of %u + %u letters",
                                 round, ulen, vlen);
                    checked++;
                }
        ltl_store_free(st);
    }
    assert_int_equal(checked, 300 * 420);
}

static void test_small_automata(void **state)
{
    ltl_store *st = ltl_store_new();
    arena mem;
    arena_init(&mem);
    const ltl *p = ltl_lit(st, false, 0, true);
    live_check c = {0};
    assert_int_equal(tableau_build(st, ltl_const(st, true), &mem, &c), TABLEAU_OK);
    assert_int_equal(c.nnodes, 1);                 /* "true": one node looping */
    assert_int_equal(c.naccept, 0);
    assert_int_equal(tableau_build(st, ltl_binary(st, LTL_AND, p, ltl_lit(st, false, 0, false)), &mem, &c),
                     TABLEAU_EMPTY);               /* p /\ ~p */
    assert_int_equal(tableau_build(st, ltl_unary(st, LTL_ALWAYS, p), &mem, &c), TABLEAU_OK);
    assert_int_equal(c.nnodes, 1);                 /* []p: p, looping */
    assert_int_equal(c.nodes[0].state.n, 1);
    assert_int_equal(tableau_build(st, ltl_unary(st, LTL_ALWAYS, ltl_unary(st, LTL_EVENTUALLY, p)), &mem, &c),
                     TABLEAU_OK);
    assert_int_equal(c.naccept, 1);                /* []<>p: one promise to keep */
    /* simplifications */
    assert_ptr_equal(ltl_unary(st, LTL_ALWAYS, ltl_unary(st, LTL_ALWAYS, p)), ltl_unary(st, LTL_ALWAYS, p));
    assert_ptr_equal(ltl_binary(st, LTL_AND, p, ltl_const(st, true)), p);
    assert_ptr_equal(ltl_binary(st, LTL_OR, p, ltl_lit(st, false, 0, false)), ltl_const(st, true));
    const ltl *q = ltl_lit(st, true, 3, true);
    assert_ptr_equal(ltl_binary(st, LTL_AND, p, q), ltl_binary(st, LTL_AND, q, p));
    bool edge;
    live_conj conj;
    assert_true(ltl_as_conj(q, &edge, &conj));
    assert_true(edge);
    assert_false(ltl_as_conj(ltl_binary(st, LTL_AND, p, q), &edge, &conj));   /* state and step mixed */
    arena_free(&mem);
    ltl_store_free(st);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_automata_match_meaning),
        cmocka_unit_test(test_small_automata),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
