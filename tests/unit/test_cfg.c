/* test_cfg.c - the .cfg reader: every keyword and value form, comments, malformed files with the
 * line and column of their first error, garbage that must not crash, and the corpus's .cfg files. */
#define _GNU_SOURCE
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <ftw.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cfg.h"

static arena mem;

/* Read `text` as M.cfg; the diagnostics go to *diags (caller frees) when it is not NULL. */
static cfg_file *read_capturing(const char *text, size_t len, char **diags)
{
    size_t n = 0;
    char *out = NULL;
    FILE *f = open_memstream(&out, &n);
    util_diag_stream(f);
    cfg_file *c = cfg_read_text(&mem, "M.cfg", text, len);
    util_diag_stream(NULL);
    fclose(f);
    if (diags) *diags = out;
    else free(out);
    return c;
}

/* Read a file that must be well formed. */
static cfg_file *read_ok(const char *text)
{
    char *diags;
    cfg_file *c = read_capturing(text, strlen(text), &diags);
    if (!c || *diags) fail_msg("`%s` should read cleanly, got:\n%s", text, diags);
    free(diags);
    return c;
}

static void assert_loc(syn_loc loc, uint32_t line, uint32_t col, uint32_t end_col)
{
    assert_int_equal(loc.line, line);
    assert_int_equal(loc.col, col);
    assert_int_equal(loc.end_col, end_col);
}

/* ---- sections ----------------------------------------------------------------------------------- */

static void test_every_keyword(void **state)
{
    cfg_file *c = read_ok("CONSTANT N = 3\n"
                          "CONSTANTS M = 4\n"
                          "INIT Init\n"
                          "NEXT Next\n"
                          "INVARIANT Inv1 Inv2\n"
                          "INVARIANTS Inv3\n"
                          "PROPERTY P1\n"
                          "PROPERTIES P2 P3\n"
                          "CONSTRAINT C1\n"
                          "CONSTRAINTS C2\n"
                          "ACTION_CONSTRAINT A1\n"
                          "ACTION_CONSTRAINTS A2\n"
                          "SYMMETRY Sym\n"
                          "VIEW V\n"
                          "ALIAS Al\n"
                          "POSTCONDITION Post\n"
                          "CHECK_DEADLOCK FALSE\n");
    assert_int_equal(c->nconstants, 2);
    assert_string_equal(c->constants[1].name, "M");
    assert_string_equal(c->init, "Init");
    assert_loc(c->init_loc, 3, 6, 9);
    assert_string_equal(c->next, "Next");
    assert_null(c->specification);
    assert_int_equal(c->ninvariants, 3);
    assert_string_equal(c->invariants[2].name, "Inv3");
    assert_loc(c->invariants[1].loc, 5, 16, 19);
    assert_int_equal(c->nproperties, 3);
    assert_string_equal(c->properties[2].name, "P3");
    assert_int_equal(c->nconstraints, 2);
    assert_int_equal(c->naction_constraints, 2);
    assert_string_equal(c->action_constraints[1].name, "A2");
    assert_string_equal(c->symmetry, "Sym");
    assert_string_equal(c->view, "V");
    assert_string_equal(c->alias, "Al");
    assert_loc(c->alias_loc, 15, 7, 8);
    assert_int_equal(c->npostconditions, 1);
    assert_string_equal(c->postconditions[0].name, "Post");
    assert_int_equal(c->check_deadlock, CFG_FALSE);
    assert_loc(c->check_deadlock_loc, 17, 16, 20);
    assert_string_equal(c->file, "M.cfg");
}

static void test_specification_and_defaults(void **state)
{
    cfg_file *c = read_ok("SPECIFICATION Spec CHECK_DEADLOCK TRUE");
    assert_string_equal(c->specification, "Spec");
    assert_loc(c->specification_loc, 1, 15, 18);
    assert_int_equal(c->check_deadlock, CFG_TRUE);
    c = read_ok("");
    assert_int_equal(c->nconstants, 0);
    assert_null(c->init);
    assert_int_equal(c->ninvariants, 0);
    assert_int_equal(c->check_deadlock, CFG_UNSET);
}

/* Names run across lines up to the next keyword; a keyword may repeat; a section may be empty. */
static void test_names_across_lines_and_repeats(void **state)
{
    cfg_file *c = read_ok("INVARIANT\n  A\n  B\n\n  C PROPERTY INVARIANT D\nINVARIANT\nINIT I");
    assert_int_equal(c->ninvariants, 4);
    assert_string_equal(c->invariants[0].name, "A");
    assert_loc(c->invariants[2].loc, 5, 3, 3);
    assert_string_equal(c->invariants[3].name, "D");
    assert_int_equal(c->nproperties, 0);
    assert_string_equal(c->init, "I");
    c = read_ok("CONSTANT A = 1 CONSTANT B = 2 CONSTANTS\nC = 3");
    assert_int_equal(c->nconstants, 3);
    assert_string_equal(c->constants[2].name, "C");
    /* the names are identifiers as TLA+ has them: digits first are allowed when a letter follows */
    c = read_ok("INVARIANT 1st _x Inv_2");
    assert_string_equal(c->invariants[0].name, "1st");
    assert_string_equal(c->invariants[1].name, "_x");
}

static void test_comments(void **state)
{
    cfg_file *c = read_ok("\\* INIT Wrong\n"
                          "(* a block (* nested *) still\n comment INVARIANT Wrong *)\n"
                          "INIT (* inline *) Init \\* trailing\n"
                          "CONSTANT S = {a, (* in a set *) b}\n"
                          "INVARIANT A\\* no space needed\nB");
    assert_string_equal(c->init, "Init");
    assert_loc(c->init_loc, 4, 19, 22);
    assert_int_equal(c->constants[0].value.nitems, 2);
    assert_int_equal(c->ninvariants, 2);
    assert_string_equal(c->invariants[1].name, "B");
    c = read_ok("(* only (* comments *) *) \\* here");
    assert_int_equal(c->nconstants, 0);
}

/* ---- values ------------------------------------------------------------------------------------- */

static void test_values(void **state)
{
    cfg_file *c = read_ok("CONSTANTS I = 42 Neg = 4 Neg2 = 7 Max = 2147483647 Min = 0\n"
                          "S = \"a b\\\"c\" Empty = \"\" T = TRUE F = FALSE Mv = p1\n"
                          "Set = {1, \"x\", p, TRUE} None = {} Nested = {{1}, {}, {{a}}}\n"
                          "Tup = <<1, {a, b}, <<>>>> E = <<>>");
    cfg_constant *k = c->constants;
    assert_int_equal(c->nconstants, 15);
    assert_int_equal(k[0].value.kind, CFG_INT);
    assert_int_equal(k[0].value.num, 42);
    assert_int_equal(k[1].value.num, 4);
    assert_loc(k[1].value.loc, 1, 24, 24);
    assert_int_equal(k[2].value.num, 7);
    assert_int_equal(k[3].value.num, 2147483647);
    assert_int_equal(k[4].value.num, 0);
    /* strings keep what is written between the quotes, escapes included, as TLC keeps them */
    assert_int_equal(k[5].value.kind, CFG_STR);
    assert_string_equal(k[5].value.str, "a b\\\"c");
    assert_loc(k[5].value.loc, 2, 5, 12);
    assert_string_equal(k[6].value.str, "");
    assert_int_equal(k[7].value.kind, CFG_BOOL);
    assert_true(k[7].value.boolean);
    assert_int_equal(k[8].value.kind, CFG_BOOL);
    assert_false(k[8].value.boolean);
    assert_int_equal(k[9].value.kind, CFG_MODEL);
    assert_string_equal(k[9].value.str, "p1");
    cfg_value *set = &k[10].value;
    assert_int_equal(set->kind, CFG_SET);
    assert_int_equal(set->nitems, 4);
    assert_int_equal(set->items[1].kind, CFG_STR);
    assert_int_equal(set->items[2].kind, CFG_MODEL);
    assert_int_equal(set->items[3].kind, CFG_BOOL);
    assert_loc(set->loc, 3, 7, 23);
    assert_int_equal(k[11].value.kind, CFG_SET);
    assert_int_equal(k[11].value.nitems, 0);
    cfg_value *nested = &k[12].value;
    assert_int_equal(nested->nitems, 3);
    assert_int_equal(nested->items[0].items[0].num, 1);
    assert_int_equal(nested->items[1].nitems, 0);
    assert_string_equal(nested->items[2].items[0].items[0].str, "a");
    cfg_value *tup = &k[13].value;
    assert_int_equal(tup->kind, CFG_TUPLE);
    assert_int_equal(tup->nitems, 3);
    assert_int_equal(tup->items[1].kind, CFG_SET);
    assert_int_equal(tup->items[2].kind, CFG_TUPLE);
    assert_int_equal(tup->items[2].nitems, 0);
    assert_int_equal(k[14].value.kind, CFG_TUPLE);
    assert_int_equal(k[14].value.nitems, 0);
}

static void test_constant_forms(void **state)
{
    cfg_file *c = read_ok("CONSTANTS\n"
                          "  N = 3\n"
                          "  S <- MCSet\n"
                          "  T <- [Mod] Def\n"
                          "  U = [Mod] u\n"
                          "  F(1, \"a\") = 2\n"
                          "  Inner!Outer!X <- Y\n");
    cfg_constant *k = c->constants;
    assert_int_equal(c->nconstants, 6);
    assert_false(k[0].is_override);
    assert_null(k[0].target_module);
    assert_int_equal(k[0].nargs, 0);
    assert_loc(k[0].loc, 2, 3, 3);
    assert_true(k[1].is_override);
    assert_string_equal(k[1].target, "MCSet");
    assert_loc(k[1].target_loc, 3, 8, 12);
    assert_null(k[1].target_module);
    assert_true(k[2].is_override);
    assert_string_equal(k[2].target, "Def");
    assert_string_equal(k[2].target_module, "Mod");
    assert_false(k[3].is_override);
    assert_string_equal(k[3].target_module, "Mod");
    assert_string_equal(k[3].value.str, "u");
    assert_string_equal(k[4].name, "F");
    assert_int_equal(k[4].nargs, 2);
    assert_int_equal(k[4].args[0].num, 1);
    assert_string_equal(k[4].args[1].str, "a");
    assert_int_equal(k[4].value.num, 2);
    assert_string_equal(k[5].name, "Inner!Outer!X");
    assert_loc(k[5].loc, 7, 3, 15);
    /* names are interned: equal names are equal pointers */
    assert_ptr_equal(k[1].target, util_intern("MCSet"));
}

/* ---- malformed files ---------------------------------------------------------------------------- */

typedef struct bad { const char *text; uint32_t line, col; const char *says; } bad;

static const bad bad_files[] = {
    {"INVARIANTT Inv", 1, 1, "unknown keyword `INVARIANTT`, did you mean `INVARIANT`?"},
    {"INIT Init Next Next", 1, 11, "did you mean `NEXT`?"},
    {"SPECIFICATION Spec\n\nspecification", 3, 1, "did you mean `SPECIFICATION`?"},
    {"POSTCONDITIONS P", 1, 1, "did you mean `POSTCONDITION`?"},
    {"SPECIFICATION Spec Inv", 1, 20, "SPECIFICATION takes a single name"},
    {"INIT Init\n  = 3", 2, 3, "expected a keyword such as CONSTANT"},
    {"_PERIODIC Foo", 1, 1, "internal to TLC"},
    {"CONSTANT N 3", 1, 12, "expected `=` or `<-` after constant name `N`, found `3`"},
    {"CONSTANT N == 3", 1, 12, "a single `=`"},
    {"CONSTANTS A = 1, B = 2", 1, 16, "not commas"},
    {"CONSTANT A!  = 3", 1, 14, "expected a name after `!`"},
    {"CONSTANT F(1, 2 = 3", 1, 17, "expected `,` or `)` after an argument of `F`"},
    {"CONSTANT F(1) <- G", 1, 15, "expected `=` after the arguments of `F`"},
    {"CONSTANT N = ", 1, 14, "expected a value, found the end of the file"},
    {"CONSTANT N = INIT", 1, 14, "found the keyword `INIT`"},
    {"CONSTANT N = [M] ", 1, 18, "expected a value"},
    {"CONSTANT N = [M", 1, 16, "expected `]` after the module name"},
    {"CONSTANT N = {1, 2", 1, 19, "expected `,` or `}` after an element of this set"},
    {"CONSTANT S = <<1, 2", 1, 20, "expected `,` or `>>`"},
    {"CONSTANT N = {1 2}", 1, 17, "found `2`"},
    {"CONSTANT N = -x", 1, 14, "a negative number is not a value of a .cfg for TLC"},
    {"CONSTANT N = -5", 1, 14, "a negative number is not a value of a .cfg for TLC"},
    {"CONSTANT N = {1, -2}", 1, 18, "a negative number is not a value of a .cfg for TLC"},
    {"CONSTANT N = 2147483648", 1, 14, "out of range"},
    {"CONSTANT N = 99999999999999999999999", 1, 14, "out of range"},
    {"CONSTANT S = \"open", 1, 14, "this string is never closed"},
    {"CONSTANT S = \"a\nb\"", 1, 14, "never closed"},
    {"CONSTANT N <- ", 1, 15, "expected the name of a definition after `<-`"},
    {"CONSTANT N <- [M Op", 1, 18, "expected `]` after the module name"},
    {"CONSTANT N <- [] Op", 1, 16, "expected a module name after `[`"},
    {"INIT", 1, 5, "expected the name of the initial predicate after INIT"},
    {"NEXT 42", 1, 6, "expected the name of the next-state action after NEXT"},
    {"INIT NEXT Next", 1, 6, "found the keyword `NEXT`"},
    {"INIT A\nINIT B", 2, 6, "INIT is given a second time"},
    {"SYMMETRY S VIEW V SYMMETRY T", 1, 28, "SYMMETRY is given a second time"},
    {"POSTCONDITION P POSTCONDITION Q", 1, 31, "POSTCONDITION is given a second time"},
    {"INVARIANT A, B", 1, 12, "names are separated by spaces"},
    {"INVARIANT Inv\n\t$", 2, 2, "expected the name of an invariant after INVARIANT, found `$`"},
    {"PROPERTIES P \"Q\"", 1, 14, "found the string \"Q\""},
    {"CHECK_DEADLOCK maybe", 1, 16, "CHECK_DEADLOCK must be followed by TRUE or FALSE"},
    {"CHECK_DEADLOCK", 1, 15, "found the end of the file"},
    {"CHECK_DEADLOCK TRUE CHECK_DEADLOCK FALSE", 1, 36, "CHECK_DEADLOCK is given a second time"},
    {"(* unclosed (* nested *)", 1, 1, "this comment is never closed"},
    {"(* \xc3\xa9 \xe2\x88\xa7 *) INVARIANTT", 1, 11, "did you mean `INVARIANT`?"},
};

static void test_malformed(void **state)
{
    unsigned before = util_error_count();
    for (size_t i = 0; i < sizeof bad_files / sizeof *bad_files; i++) {
        const bad *b = &bad_files[i];
        char *out;
        cfg_file *c = read_capturing(b->text, strlen(b->text), &out);
        char where[64];
        snprintf(where, sizeof where, "M.cfg:%u:%u: error: ", b->line, b->col);
        /* the first error must be at the expected place and say (or hint) the expected thing */
        bool placed = strncmp(out, where, strlen(where)) == 0;
        bool says = strstr(out, b->says) != NULL;
        if (c || !placed || !says)
            fail_msg("cfg %zu `%s`: expected %s... %s, got:\n%s", i, b->text, where, b->says, out);
        /* and it quotes the line with a caret */
        assert_non_null(strstr(out, "^"));
        free(out);
    }
    assert_true(util_error_count() >= before + sizeof bad_files / sizeof *bad_files);
}

/* One run reports independent mistakes: reading resumes at the next keyword. */
static void test_recovery(void **state)
{
    char *out;
    cfg_file *c = read_capturing("CONSTANT N = {1,\nINIT 3\nCHECK_DEADLOCK TRUE\nNXT Next\n", 53, &out);
    assert_null(c);
    assert_non_null(strstr(out, "M.cfg:2:1: error: expected a value, found the keyword `INIT`"));
    assert_non_null(strstr(out, "M.cfg:2:6: error: expected the name of the initial predicate"));
    assert_non_null(strstr(out, "M.cfg:4:1: error: unknown keyword `NXT`, did you mean `NEXT`?"));
    /* the caret sits under the token, as wide as it */
    assert_non_null(strstr(out, "    NXT Next\n    ^~~\n"));
    free(out);
}

/* A file with a second mistake reported next to the first: the note points at the first INIT. */
static void test_twice_has_note(void **state)
{
    char *out;
    assert_null(read_capturing("INIT A\nINIT B\n", 14, &out));
    assert_non_null(strstr(out, "M.cfg:1:6: note: the first is here"));
    free(out);
}

/* ---- robustness --------------------------------------------------------------------------------- */

static void test_deep_nesting_is_an_error(void **state)
{
    size_t depth = 100000;
    char *text = malloc(depth + 32);
    strcpy(text, "CONSTANT N = ");
    memset(text + 13, '{', depth);
    text[13 + depth] = 0;
    char *out;
    assert_null(read_capturing(text, strlen(text), &out));
    assert_non_null(strstr(out, "more than 100 deep"));
    free(out);
    /* a hundred levels are fine */
    strcpy(text, "CONSTANT N = ");
    memset(text + 13, '{', 100);
    memset(text + 113, '}', 100);
    text[213] = 0;
    cfg_file *c = read_ok(text);
    assert_int_equal(c->constants[0].value.kind, CFG_SET);
    free(text);
}

/* NUL bytes, stray UTF-8 and text ending inside a token: errors, never reads past the length. */
static void test_bytes_and_truncation(void **state)
{
    char *out;
    static const char nul[] = "INIT A\0NEXT B";
    assert_null(read_capturing(nul, sizeof nul - 1, &out));
    assert_non_null(strstr(out, "M.cfg:1:7: error:"));
    free(out);
    /* the length ends the text even mid-token: "INIT Ab" read as "INIT A" */
    cfg_file *c = read_capturing("INIT Ab", 6, NULL);
    assert_non_null(c);
    assert_string_equal(c->init, "A");
    assert_null(read_capturing("CONSTANT S = \"ab\"", 15, NULL));
    assert_null(read_capturing("INIT A (* x *", 12, NULL));
    assert_null(read_capturing("INIT \xff\xfe", 7, NULL));
}

/* Random sequences of the grammar's pieces: the reader returns a configuration exactly when it
 * reported no error. Under ASan/UBSan this is a small deterministic fuzz run. */
static void test_random_pieces(void **state)
{
    static const char *const pieces[] = {
        "CONSTANT ", "CONSTANTS ", "INIT ", "NEXT ", "INVARIANT ", "CHECK_DEADLOCK ", "TRUE ", "x ", "Y1 ",
        "42 ", "-", "= ", "<- ", "[", "]", "{", "}", "<<", ">>", "(", ")", ",", "!", "\"s\" ", "\"",
        "(*", "*)", "\\*", "\n", " ", "\xc3\xa9", "==", "9999999999 ", "_PERIODIC ",
    };
    enum { NPIECES = sizeof pieces / sizeof *pieces };
    uint64_t seed = 0x9E3779B97F4A7C15ULL;
    char text[512];
    for (int round = 0; round < 3000; round++) {
        size_t len = 0;
        seed = seed * 6364136223846793005ULL + 1442695040888963407ULL;
        int n = (int)(seed >> 59);
        for (int i = 0; i < n; i++) {
            seed = seed * 6364136223846793005ULL + 1442695040888963407ULL;
            const char *p = pieces[(seed >> 33) % NPIECES];
            size_t k = strlen(p);
            memcpy(text + len, p, k);
            len += k;
        }
        unsigned errors = util_error_count();
        arena_mark m = arena_save(&mem);
        cfg_file *c = read_capturing(text, len, NULL);
        if ((c != NULL) != (util_error_count() == errors))
            fail_msg("`%.*s`: result and diagnostics disagree", (int)len, text);
        arena_restore(&mem, m);
    }
}

/* ---- the corpus --------------------------------------------------------------------------------- */

static unsigned corpus_files, corpus_failures;

/* Apalache's configurations, which TLC refuses as well (`NULL = -1`: no negative numbers). */
static bool refused_by_tlc(const char *path)
{
    static const char *const refused[] = {"/APDisruptor_MPMC.cfg", "/APDisruptor_SPMC.cfg"};
    size_t n = strlen(path);
    for (size_t i = 0; i < sizeof refused / sizeof *refused; i++) {
        size_t k = strlen(refused[i]);
        if (n >= k && strcmp(path + n - k, refused[i]) == 0) return true;
    }
    return false;
}

static int read_corpus_file(const char *path, const struct stat *sb, int type, struct FTW *ftw)
{
    size_t n = strlen(path);
    if (type != FTW_F || n < 4 || strcmp(path + n - 4, ".cfg") != 0) return 0;
    corpus_files++;
    arena a;
    arena_init(&a);
    if (!cfg_read_file(&a, path) != refused_by_tlc(path)) corpus_failures++;
    arena_free(&a);
    return 0;
}

static void test_corpus_configs(void **state)
{
    const char *src = getenv("TLCC_SOURCE_DIR");
    char dir[4096];
    snprintf(dir, sizeof dir, "%s/../shared/corpus/specifications", src ? src : ".");
    FILE *probe = fopen(dir, "r");
    if (!src || !probe) {
        print_message("skipped: no corpus at %s\n", dir);
        skip();
    }
    fclose(probe);
    corpus_files = corpus_failures = 0;
    assert_int_equal(nftw(dir, read_corpus_file, 16, FTW_PHYS), 0);
    print_message("%u corpus .cfg files read, %u failed\n", corpus_files, corpus_failures);
    assert_true(corpus_files >= 181);
    assert_int_equal(corpus_failures, 0);
}

int main(void)
{
    arena_init(&mem);
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_every_keyword),
        cmocka_unit_test(test_specification_and_defaults),
        cmocka_unit_test(test_names_across_lines_and_repeats),
        cmocka_unit_test(test_comments),
        cmocka_unit_test(test_values),
        cmocka_unit_test(test_constant_forms),
        cmocka_unit_test(test_malformed),
        cmocka_unit_test(test_recovery),
        cmocka_unit_test(test_twice_has_note),
        cmocka_unit_test(test_deep_nesting_is_an_error),
        cmocka_unit_test(test_bytes_and_truncation),
        cmocka_unit_test(test_random_pieces),
        cmocka_unit_test(test_corpus_configs),
    };
    int failed = cmocka_run_group_tests(tests, NULL, NULL);
    arena_free(&mem);
    return failed;
}
