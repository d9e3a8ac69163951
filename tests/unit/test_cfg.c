/* test_cfg.c - the .cfg reader: every keyword and value form, comments, and malformed files. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdlib.h>
#include <string.h>

#include "cfg.h"

static arena mem;

static cfg_file *read_cfg(const char *text) { return cfg_read_text(&mem, "M.cfg", text, strlen(text)); }

static void test_keywords(void **state)
{
    cfg_file *c = read_cfg("\\* a comment\nCONSTANTS N = 3\n  Procs = {p1, p2}\n  S <- MCSet\n  T <- [Mod] Def\n"
                           "(* block (* nested *) *)\nINIT Init NEXT Next\nINVARIANT Inv1 Inv2\nINVARIANTS Inv3\n"
                           "PROPERTY P PROPERTIES Q\nCONSTRAINT C\nACTION_CONSTRAINT AC\nSYMMETRY Sym\nVIEW V\n"
                           "ALIAS Al\nPOSTCONDITION Post\nCHECK_DEADLOCK FALSE\n");
    assert_non_null(c);
    assert_int_equal(c->nconstants, 4);
    assert_string_equal(c->constants[0].name, "N");
    assert_int_equal(c->constants[0].value.kind, CFG_INT);
    assert_int_equal(c->constants[0].value.num, 3);
    assert_int_equal(c->constants[1].value.kind, CFG_SET);
    assert_int_equal(c->constants[1].value.nitems, 2);
    assert_int_equal(c->constants[1].value.items[0].kind, CFG_MODEL);
    assert_true(c->constants[2].is_override);
    assert_string_equal(c->constants[2].target, "MCSet");
    assert_string_equal(c->constants[3].target_module, "Mod");
    assert_string_equal(c->init, "Init");
    assert_string_equal(c->next, "Next");
    assert_int_equal(c->ninvariants, 3);
    assert_int_equal(c->nproperties, 2);
    assert_int_equal(c->nconstraints, 1);
    assert_int_equal(c->naction_constraints, 1);
    assert_string_equal(c->symmetry, "Sym");
    assert_string_equal(c->view, "V");
    assert_string_equal(c->alias, "Al");
    assert_int_equal(c->npostconditions, 1);
    assert_int_equal(c->check_deadlock, CFG_FALSE);
    assert_int_equal(c->invariants[1].loc.line, 8);
}

static void test_values(void **state)
{
    cfg_file *c = read_cfg("CONSTANT A = -4 B = \"str\" C = TRUE D = <<1, {a, b}>> E = {} F = {{1}, {}}");
    assert_non_null(c);
    assert_int_equal(c->constants[0].value.num, -4);
    assert_string_equal(c->constants[1].value.str, "str");
    assert_true(c->constants[2].value.boolean);
    assert_int_equal(c->constants[3].value.kind, CFG_TUPLE);
    assert_int_equal(c->constants[3].value.items[1].kind, CFG_SET);
    assert_int_equal(c->constants[4].value.nitems, 0);
    assert_int_equal(c->constants[5].value.items[0].nitems, 1);
    c = read_cfg("SPECIFICATION Spec");
    assert_string_equal(c->specification, "Spec");
    assert_int_equal(c->check_deadlock, CFG_UNSET);
}

typedef struct bad { const char *text; uint32_t line, col; const char *word; } bad;

static const bad bad_files[] = {
    {"INVARIANTT Inv", 1, 1, "did you mean `INVARIANT`?"},
    {"CONSTANT N 3", 1, 12, "expected `=` or `<-`"},
    {"CONSTANT N = ", 1, 14, "expected a value"},
    {"CONSTANT N = {1, 2", 1, 19, "expected `,` or `}`"},
    {"CONSTANT N <- ", 1, 15, "expected an operator name"},
    {"CONSTANT N <- [M Op", 1, 18, "expected `]`"},
    {"INIT", 1, 5, "expected the name"},
    {"CHECK_DEADLOCK maybe", 1, 1, "TRUE or FALSE"},
    {"CONSTANT S = \"open", 1, 14, "never closed"},
    {"(* unclosed", 1, 1, "never closed"},
    {"INIT Init\n  = 3", 2, 3, "expected a configuration keyword"},
    {"CONSTANT N = -x", 1, 15, "expected a number"},
    {"NEXT 42", 1, 6, "expected the name"},
    {"SPECIFICATION Spec\n\nspecification", 3, 1, "unknown keyword"},
};

static void test_malformed(void **state)
{
    for (size_t i = 0; i < sizeof bad_files / sizeof *bad_files; i++) {
        char *out = NULL;
        size_t n = 0;
        FILE *f = open_memstream(&out, &n);
        util_diag_stream(f);
        cfg_file *c = read_cfg(bad_files[i].text);
        util_diag_stream(NULL);
        fclose(f);
        char where[64];
        snprintf(where, sizeof where, "M.cfg:%u:%u:", bad_files[i].line, bad_files[i].col);
        if (c || !strstr(out, where) || !strstr(out, bad_files[i].word))
            fail_msg("cfg %zu `%s`: expected %s ... %s, got:\n%s", i, bad_files[i].text, where, bad_files[i].word, out);
        free(out);
    }
}

int main(void)
{
    arena_init(&mem);
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_keywords),
        cmocka_unit_test(test_values),
        cmocka_unit_test(test_malformed),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
