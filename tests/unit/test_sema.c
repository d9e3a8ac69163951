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
    {"A == B", "S.tla:2:6:", "unknown operator `B`"},
    {"A == Len(<<1>>)", "S.tla:2:6:", "add it to EXTENDS"},
    {"VARIABLE count\nA == cuont", "S.tla:3:6:", "did you mean `count`?"},
    {"F(a) == a\nA == F(1, 2)", "S.tla:3:6:", "takes 1 argument"},
    {"A == 1\nA == 2", "S.tla:3:1:", "already defined"},
    {"EXTENDS NoSuchModule", "S.tla:2:9:", "cannot find module"},
    {"F(n) == IF n = 0 THEN 0 ELSE F(n)", "S.tla:2:30:", "unknown operator `F`"},
    {"RECURSIVE G(_)\nG(a, b) == a", "S.tla:3:1:", "declared RECURSIVE with 1"},
    {"I == INSTANCE Naturals\nA == J!+(1, 2)", "S.tla:3:6:", "unknown instance `J`"},
    {"A == x'", "S.tla:2:6:", "unknown operator `x`"},
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
        cmocka_unit_test(test_errors),
        cmocka_unit_test(test_deep_nesting),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
