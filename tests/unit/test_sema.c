/* test_sema.c - name resolution, arity, levels, instances, and the errors sema reports. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdlib.h>
#include <string.h>

#include "sema.h"

static sema_options opts;

static sema_program *load(const char *body, char **errors)
{
    char *text = NULL;
    size_t n = 0;
    FILE *t = open_memstream(&text, &n);
    fprintf(t, "---- MODULE S ----\n%s\n====\n", body);
    fclose(t);
    char *out = NULL;
    FILE *f = open_memstream(&out, &n);
    util_diag_stream(f);
    sema_program *p = sema_load_text("S.tla", text, &opts);
    util_diag_stream(NULL);
    fclose(f);
    free(text);
    if (errors) *errors = out;
    else free(out);
    return p;
}

static const sema_def *def_named(const sema_program *p, const char *name)
{
    sema_symbol sym;
    assert_true(sema_lookup(p->root, util_intern(name), &sym));
    assert_non_null(sym.def);
    return sym.def;
}

/* A parameter primed in the body makes a call with a state-level argument an action, also when
 * passed on through another operator's parameter or a LET definition. */
static void test_primed_parameters(void **state)
{
    sema_program *p = load("VARIABLES x, y\nInc(v) == v' = v\nKeep(v) == UNCHANGED v\nPlain(v) == v\n"
                           "Both(a, b) == Inc(a) /\\ Plain(b)\nA == Inc(x)\nB == Both(x, y)\nK == Keep(<<x, y>>)\n"
                           "C == Inc(1)\nS == Plain(x)\nL == LET Up(w) == w' = w IN Up(y)",
                           NULL);
    assert_non_null(p);
    assert_true(def_named(p, "Inc")->params[0]->primed);
    assert_true(def_named(p, "Keep")->params[0]->primed);
    assert_false(def_named(p, "Plain")->params[0]->primed);
    assert_true(def_named(p, "Both")->params[0]->primed);
    assert_false(def_named(p, "Both")->params[1]->primed);
    assert_int_equal(def_named(p, "Inc")->level, LEVEL_CONSTANT);
    assert_int_equal(def_named(p, "A")->level, LEVEL_ACTION);
    assert_int_equal(def_named(p, "B")->level, LEVEL_ACTION);
    assert_int_equal(def_named(p, "K")->level, LEVEL_ACTION);
    assert_int_equal(def_named(p, "C")->level, LEVEL_CONSTANT);
    assert_int_equal(def_named(p, "S")->level, LEVEL_STATE);
    assert_int_equal(def_named(p, "L")->level, LEVEL_ACTION);
    sema_free(p);
    (void)state;
}

static void test_resolution_and_levels(void **state)
{
    sema_program *p = load("EXTENDS Naturals\nCONSTANT N\nVARIABLES x, y\n"
                           "C == N + 1\nS == x + 1\nA == x' = x + 1\nT == []S\nP(a, F(_)) == F(a)\n"
                           "RECURSIVE Fact(_)\nFact(n) == IF n = 0 THEN 1 ELSE n * Fact(n - 1)\n"
                           "f[n \\in Nat] == IF n = 0 THEN 0 ELSE f[n - 1]\n"
                           "L == LET g(z) == z IN g(1)\nQ == \\E i \\in 1..N : i = x",
                           NULL);
    assert_non_null(p);
    assert_int_equal(p->nvars, 2);
    assert_string_equal(p->variables[1]->name, "y");
    assert_int_equal(p->nconstants, 1);
    assert_int_equal(def_named(p, "C")->level, LEVEL_CONSTANT);
    assert_int_equal(def_named(p, "S")->level, LEVEL_STATE);
    assert_int_equal(def_named(p, "A")->level, LEVEL_ACTION);
    assert_int_equal(def_named(p, "T")->level, LEVEL_TEMPORAL);
    assert_int_equal(def_named(p, "Q")->level, LEVEL_STATE);
    assert_true(def_named(p, "Fact")->recursive);
    assert_true(def_named(p, "f")->is_function);
    const sema_def *c = def_named(p, "C");
    const sema_ref *plus = c->body->u.apply.res;
    assert_int_equal(plus->kind, REF_DEF);
    assert_string_equal(plus->def->module->name, "Naturals");
    sema_free(p);
}

typedef struct bad { const char *body; const char *where; const char *word; } bad;

static const bad bad_modules[] = {
    {"A == B", "S.tla:2:6:", "Unknown operator: `B'."},
    {"A == Len(<<1>>)", "S.tla:2:6:", "add it to EXTENDS"},
    {"VARIABLE count\nA == cuont", "S.tla:3:6:", "did you mean `count`?"},
    {"F(a) == a\nA == F(1, 2)", "S.tla:3:6:", "The operator F requires 1 arguments. (It is given 2.)"},
    {"A == 1\nA == 2", "S.tla:3:1:", "already defined"},
    {"EXTENDS NoSuchModule", "S.tla:2:9:", "Cannot find source file for module NoSuchModule imported in module S."},
    {"F(n) == IF n = 0 THEN 0 ELSE F(n)", "S.tla:2:30:", "Unknown operator: `F'."},
    {"RECURSIVE G(_)\nG(a, b) == a", "S.tla:3:1:", "declared RECURSIVE with 1"},
    {"I == INSTANCE Naturals\nA == J!+(1, 2)", "S.tla:3:6:", "unknown instance `J`"},
    {"A == x'", "S.tla:2:6:", "Unknown operator: `x'."},
    /* a bound name, parameter or LET definition cannot reuse a visible name */
    {"S == {1}\nA == \\E y \\in S : \\E y \\in S : TRUE", "S.tla:3:22:", "Multiply-defined symbol 'y'"},
    {"VARIABLE x\nA == LET x == 1 IN x", "S.tla:3:10:", "Multiply-defined symbol 'x'"},
    {"CONSTANT x\nA(x) == x", "S.tla:3:3:", "Multiply-defined symbol 'x'"},
    {"VARIABLE x\nA == [x \\in {1} |-> 1]", "S.tla:3:7:", "Multiply-defined symbol 'x'"},
    {"A == LET f(a, a) == a IN 1", "S.tla:2:15:", "Multiply-defined symbol 'a'"},
    {"A == \\A TRUE \\in {1} : TRUE", "S.tla:2:9:", "built into TLA+"},
    {"A == LET B == 1 IN LET B == 2 IN B", "S.tla:2:24:", "Multiply-defined symbol 'B'"},
    {"B == 1\nA == LAMBDA B : B", "S.tla:3:13:", "Multiply-defined symbol 'B'"},
    /* operators passed to higher-order parameters, and parameterised operators used bare */
    {"F(G(_, _)) == G(1, 2)\nH(a) == a\nA == F(H)", "S.tla:4:8:", "argument 1 of `F` must be an operator taking 2 arguments, but `H` takes 1"},
    {"F(G(_, _)) == G(1, 2)\nA == F(LAMBDA a : a)", "S.tla:3:8:", "this LAMBDA takes 1"},
    {"F(G(_)) == G(1)\nA == F(2)", "S.tla:3:8:", "argument 1 of `F` must be an operator taking 1 argument"},
    {"F(a) == a\nA == F(LAMBDA b : b)", "S.tla:3:8:", "must be a value, not a LAMBDA"},
    {"B(x) == x\nA == B", "S.tla:3:6:", "The operator B requires 1 arguments. (It is used without any.)"},
    {"F(a) == a\nB(x) == x\nA == F(B)", "S.tla:4:8:", "The operator B requires 1 arguments. (It is used without any.)"},
    {"---- MODULE Inner ----\nCONSTANT Op(_)\n====\nI == INSTANCE Inner WITH Op <- 3", "S.tla:5:32:",
     "the substitution for `Op` must be an operator taking 1 argument"},
    /* level rules */
    {"VARIABLE x\nASSUME x = 1", "S.tla:3:8:", "Level error: assumptions must be level 0 (Constant), \nbut this one has level 1."},
    {"VARIABLE x\nA == x'' = 1", "S.tla:3:6:", "`'` is applied to an action-level expression"},
    {"q(p, q) == p", "S.tla:2:6:", "operator `q` is already defined or declared"},
    {"VARIABLE x\nA == ([]x)'", "S.tla:3:6:", "`'` is applied to a temporal formula"},
    {"VARIABLE x\nA == ENABLED []x", "S.tla:3:6:", "ENABLED is applied to a temporal formula"},
    {"VARIABLE x\nA == UNCHANGED []x", "S.tla:3:6:", "UNCHANGED is applied to a temporal formula"},
    {"VARIABLE x\nA == UNCHANGED (x')", "S.tla:3:6:", "UNCHANGED is applied to an action-level expression"},
    {"VARIABLE x\nA == [][[]x]_x", "S.tla:3:9:", "should be an action, but it is a temporal formula"},
    {"VARIABLE x\nA == WF_(x')(x' = 1)", "S.tla:3:9:", "the subscript must be a state-level expression"},
    /* redefining what EXTENDS or INSTANCE brought */
    {"EXTENDS Sequences\nLen(s) == 0", "S.tla:3:1:", "`Len` is already defined in module Sequences"},
    {"INSTANCE Naturals\nNat == 1", "S.tla:3:1:", "`Nat` is already defined in module Naturals"},
    {"EXTENDS Naturals\nVARIABLE Nat", "S.tla:3:10:", "`Nat` is already defined in module Naturals"},
    {"Seq == 1\nINSTANCE Sequences", "S.tla:3:1:", "`Seq` is already defined"},
    {"CONSTANT x\n---- MODULE Inner ----\nVARIABLE x\n====", "S.tla:4:10:", "`x` is already defined in module S"},
    {"A == 1\n---- MODULE Inner ----\nA == 2\n====", "S.tla:4:1:", "`A` is already defined in module S"},
};

static void test_errors(void **state)
{
    for (size_t i = 0; i < sizeof bad_modules / sizeof *bad_modules; i++) {
        char *out;
        sema_program *p = load(bad_modules[i].body, &out);
        if (p || !strstr(out, bad_modules[i].where) || !strstr(out, bad_modules[i].word))
            fail_msg("module %zu `%s`: expected %s ... %s, got:\n%s", i, bad_modules[i].body, bad_modules[i].where,
                     bad_modules[i].word, out);
        free(out);
        sema_free(p);
    }
}

/* "Did you mean" proposes a close identifier, never an operator symbol or a guess for a short name. */
static void test_hints(void **state)
{
    static const struct { const char *body, *want, *not_want; } cases[] = {
        {"EXTENDS Naturals\nA == y + 1", "Unknown operator: `y'.", "did you mean"},
        {"EXTENDS Naturals\nVARIABLE xyz\nA == xya", "did you mean `xyz`?", "`+`"},
        {"EXTENDS Naturals\nA == \\E abc \\in {1} : abd", "did you mean `abc`?", "`+`"},
    };
    for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
        char *out;
        sema_program *p = load(cases[i].body, &out);
        if (p || !strstr(out, cases[i].want) || strstr(out, cases[i].not_want))
            fail_msg("module %zu: expected `%s` and no `%s`, got:\n%s", i, cases[i].want, cases[i].not_want, out);
        free(out);
    }
}

/* What SANY accepts around the checks above. */
static void test_accepted(void **state)
{
    static const char *const ok[] = {
        /* operators as arguments: names, LAMBDAs, LET definitions, builtins, RECURSIVE ones */
        "EXTENDS Naturals\nF(G(_), a) == G(a)\nId(x) == x\nA == F(Id, 1) + F(LAMBDA x : x + 1, 2)\n"
        "B == LET Twice(x) == 2 * x IN F(Twice, 3)\nH(Op(_, _)) == Op(1, 2)\nC == H( + ) + H(\\div)",
        "RECURSIVE P(_)\nQ(n) == P(n)\nP(n) == n\nR(Op(_)) == Op(1)\nD == R(P)",
        /* an operator constant of an instantiated module, substituted by a name or a LAMBDA */
        "---- MODULE Inner ----\nCONSTANT Op(_)\nB == Op(1)\n====\nId(x) == x\n"
        "I == INSTANCE Inner WITH Op <- Id\nJ == INSTANCE Inner WITH Op <- LAMBDA x : x\nA == I!B = J!B",
        /* the same definition by two routes; a later import of a name defined here */
        "EXTENDS Naturals, Integers\nINSTANCE Naturals\nNat2 == Nat",
        "Nat == 1\nINSTANCE Naturals",
        /* a declaration repeating one from an enclosing module: SANY only warns */
        "VARIABLE x\n---- MODULE Inner ----\nVARIABLE x\nA == x' = x\n====\nI == INSTANCE Inner",
        /* names reused in separate scopes; levels that are fine */
        "VARIABLE x\nA == \\E y \\in {1} : y = 1\nB == \\E y \\in {2} : x' = y\nC == UNCHANGED <<x>>\n"
        "D == ENABLED (x' = x)\nE == [][x' = x]_x\nF(y) == y\nASSUME \\A y \\in {1} : F(y) = y",
    };
    for (size_t i = 0; i < sizeof ok / sizeof *ok; i++) {
        char *out;
        sema_program *p = load(ok[i], &out);
        if (!p) fail_msg("module %zu should load:\n%s\n----\n%s", i, ok[i], out);
        sema_free(p);
        free(out);
    }
}

/* `x == 1 + 1 + ... + 1`: a located error past the nesting bound, not a stack overflow. */
static void test_deep_nesting(void **state)
{
    for (int terms = 3000; terms <= 50000; terms += 47000) {
        char *body = malloc(32 + 4 * (size_t)terms);
        char *p = body + sprintf(body, "EXTENDS Naturals\nx == 1");
        for (int i = 1; i < terms; i++) p += sprintf(p, " + 1");
        char *out;
        sema_program *prog = load(body, &out);
        if (terms < 4000) {
            assert_non_null(prog);
        } else if (prog || !strstr(out, "S.tla:3:6:") || !strstr(out, "nested too deeply")) {
            fail_msg("%d terms: expected S.tla:3:6: ... nested too deeply, got:\n%.300s", terms, out);
        }
        sema_free(prog);
        free(out);
        free(body);
    }
}

int main(void)
{
    static char lib[4096];
    const char *srcdir = getenv("TLCC_SOURCE_DIR");
    snprintf(lib, sizeof lib, "%s/specs", srcdir ? srcdir : "..");
    opts.library = lib;
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_resolution_and_levels),
        cmocka_unit_test(test_primed_parameters),
        cmocka_unit_test(test_errors),
        cmocka_unit_test(test_accepted),
        cmocka_unit_test(test_hints),
        cmocka_unit_test(test_deep_nesting),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
