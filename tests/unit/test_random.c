/* test_random.c - RandomElement and the Randomization operators: the same seed and context give
 * the same draws on any worker, a constant definition has one value per seed, and the results
 * are what the operators promise. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdio.h>
#include <string.h>

#include "eval.h"

static const char *const spec =
    "---- MODULE R ----\n"
    "EXTENDS Naturals, FiniteSets, TLC, Randomization\n"
    "VARIABLE x\n"
    "Pick == RandomElement(1..1000000000)\n"
    "Draw == RandomElement(1..1000000000) + 0 * x\n"
    "Subset == LET S == RandomSubset(3, 1..10) IN Cardinality(S) = 3 /\\ S \\subseteq 1..10\n"
    "All == RandomSubset(20, 1..10) = 1..10\n"
    "Lazy == LET S == RandomSubset(5, [1..4 -> 1..4]) IN Cardinality(S) = 5 /\\ S \\subseteq [1..4 -> 1..4]\n"
    "Members == /\\ RandomElement(SUBSET (1..6)) \\subseteq 1..6\n"
    "           /\\ RandomElement([a : 1..3, b : {\"u\", \"v\"}]) \\in [a : 1..3, b : {\"u\", \"v\"}]\n"
    "           /\\ RandomElement((1..3) \\X {7}) \\in (1..3) \\X {7}\n"
    "           /\\ RandomElement({\"only\"}) = \"only\"\n"
    "Sets == LET T == RandomSetOfSubsets(5, 2, 1..6) IN Cardinality(T) <= 5 /\\ T \\subseteq SUBSET (1..6)\n"
    "Probs == RandomSubsetSet(4, \"1.0\", 1..3) = {1..3} /\\ RandomSubsetSet(4, \"0\", 1..3) = {{}}\n"
    "Tests == LET t == TestRandomSetOfSubsets(3, 1, 1..4) IN DOMAIN t = 1..5 /\\ \\A i \\in 1..5 : t[i] <= 3\n"
    "Empty == RandomElement({})\n"
    "====\n";

typedef struct fixture {
    sema_program *p;
    eval_program *ep;
    arena mem;
} fixture;

static fixture load(uint64_t seed)
{
    fixture f;
    sema_options opts = {.library = TLCC_SOURCE_LIB};
    f.p = sema_load_text("R.tla", spec, &opts);
    assert_non_null(f.p);
    f.ep = eval_program_new(f.p);
    eval_set_seed(f.ep, seed);
    arena_init(&f.mem);
    return f;
}

static void unload(fixture *f)
{
    eval_program_free(f->ep);
    sema_free(f->p);
    arena_free(&f->mem);
}

static const syn_expr *body(const fixture *f, const char *name)
{
    sema_symbol sym;
    assert_true(sema_lookup(f->p->root, util_intern(name), &sym));
    assert_non_null(sym.def);
    return sym.def->body;
}

static int64_t draw(const fixture *f, eval_worker *w, const char *key)
{
    val state[1] = {val_int(0)}, v;
    eval_random_context(w, key, key ? strlen(key) : 0);
    assert_true(eval_value(w, body(f, "Draw"), state, NULL, &v));
    eval_worker_reset(w);
    return val_get_int(v);
}

/* The value of the name Pick, as any use of it is evaluated (not its body). */
static int64_t pick(fixture *f, eval_worker *w)
{
    syn_expr *e = syn_parse_expr(&f->mem, "<test>", "Pick");
    assert_true(sema_resolve_expr(f->p, f->p->root, e));
    val v;
    assert_true(eval_value(w, e, NULL, NULL, &v));
    return val_get_int(v);
}

/* The draws are a function of the seed and the context, not of the worker or of earlier draws. */
static void test_same_seed_same_draws(void **state)
{
    fixture f = load(42);
    eval_worker *a = eval_worker_new(f.ep, 0), *b = eval_worker_new(f.ep, 1);
    int64_t first = draw(&f, a, "state one");
    draw(&f, a, "state two");
    assert_int_equal(draw(&f, b, "state one"), first);
    assert_int_equal(draw(&f, a, "state one"), first);
    assert_int_not_equal(draw(&f, a, "state two"), first);
    eval_worker_free(a);
    eval_worker_free(b);
    fixture g = load(43);
    eval_worker *c = eval_worker_new(g.ep, 0);
    assert_int_not_equal(draw(&g, c, "state one"), first);
    eval_worker_free(c);
    unload(&g);
    unload(&f);
}

/* A constant definition is drawn once, from the seed and the definition, whoever computes it. */
static void test_constant_definition_fixed(void **state)
{
    fixture f = load(7), g = load(7);
    eval_worker *a = eval_worker_new(f.ep, 0), *b = eval_worker_new(g.ep, 0);
    draw(&g, b, "some state");
    eval_random_context(b, "another", 7);
    int64_t v = pick(&f, a);
    assert_int_equal(pick(&g, b), v);
    assert_int_equal(pick(&f, a), v);
    eval_worker_free(a);
    eval_worker_free(b);
    unload(&f);
    unload(&g);
}

static void test_operators(void **state)
{
    fixture f = load(1);
    eval_worker *w = eval_worker_new(f.ep, 0);
    const char *checks[] = {"Subset", "All", "Lazy", "Members", "Sets", "Probs", "Tests"};
    for (size_t i = 0; i < sizeof checks / sizeof *checks; i++) {
        for (int k = 0; k < 20; k++) {
            char key[32];
            snprintf(key, sizeof key, "%d", k);
            eval_random_context(w, key, strlen(key));
            bool holds = false;
            if (!eval_bool(w, body(&f, checks[i]), NULL, NULL, &holds)) fail_msg("%s: %s", checks[i], eval_worker_error(w)->message);
            if (!holds) fail_msg("%s is false with context %s", checks[i], key);
            eval_worker_reset(w);
        }
    }
    val v;
    assert_false(eval_value(w, body(&f, "Empty"), NULL, NULL, &v));
    assert_non_null(strstr(eval_worker_error(w)->message, "Index 0 out of bounds for length 0"));   /* TLC's */
    eval_worker_free(w);
    unload(&f);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_same_seed_same_draws),
        cmocka_unit_test(test_constant_definition_fixed),
        cmocka_unit_test(test_operators),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
