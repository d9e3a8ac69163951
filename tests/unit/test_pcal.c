/* test_pcal.c - the PlusCal translator: the label rules (labels added to a uniprocess algorithm,
 * missing labels reported with their location and the rule broken, several in one run), the
 * generator's text for assignments, `if`, `either`, `with`, processes and procedures, the
 * checksums, the module left untouched on error, and the staleness check. */
#define _GNU_SOURCE
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "pcal.h"
#include "util.h"

static char dir[64];

typedef struct run { int rc; char *text; char *diags; } run;

static char *path_of(const char *name)
{
    char *p = malloc(strlen(dir) + strlen(name) + 2);
    sprintf(p, "%s/%s", dir, name);
    return p;
}

static void write_file(const char *path, const char *text)
{
    FILE *f = fopen(path, "w");
    assert_non_null(f);
    fputs(text, f);
    fclose(f);
}

/* Writes M.tla holding `module`, runs `tlc-c --translate [opt] -nocfg M.tla`, and returns the exit
 * code, the module's text afterwards and what was printed. */
static run translate(const char *module, const char *opt)
{
    char *p = path_of("M.tla");
    write_file(p, module);
    char *argv[4];
    int argc = 0;
    if (opt) argv[argc++] = (char *)opt;
    argv[argc++] = "-nocfg";
    argv[argc++] = "-noold";
    argv[argc++] = p;
    size_t n = 0;
    char *out = NULL;
    FILE *f = open_memstream(&out, &n);
    util_diag_stream(f);
    run r;
    r.rc = pcal_translate_main(argc, argv);
    util_diag_stream(NULL);
    fclose(f);
    r.diags = out;
    size_t len = 0;
    r.text = util_read_file(p, &len);
    free(p);
    return r;
}

static void run_free(run *r)
{
    free(r->text);
    free(r->diags);
}

static void assert_has(const char *hay, const char *needle)
{
    if (!strstr(hay, needle)) fail_msg("expected to find\n%s\nin\n%s", needle, hay);
}

#define HEAD "---- MODULE M ----\nEXTENDS Naturals\n(* --algorithm A\n"
#define TAIL "end algorithm *)\n\\* BEGIN TRANSLATION\n\\* END TRANSLATION\n====\n"

static void uniprocess_without_labels_gets_them(void **state)
{
    (void)state;
    run r = translate(HEAD "variables x = 0;\nbegin\n  x := 1;\n  x := 2;\n" TAIL, NULL);
    assert_int_equal(r.rc, 0);
    assert_has(r.text, "Lbl_1 == /\\ pc = \"Lbl_1\"\n");
    assert_has(r.text, "         /\\ x' = 1\n         /\\ pc' = \"Lbl_2\"\n");
    assert_has(r.text, "Lbl_2 == /\\ pc = \"Lbl_2\"\n");
    assert_has(r.text, "Next == Lbl_1 \\/ Lbl_2\n           \\/ Terminating\n");
    run_free(&r);
}

static void single_while_true_needs_no_pc(void **state)
{
    (void)state;
    run r = translate(HEAD "variables x = 0;\nbegin\n  a: while TRUE do x := x + 1; end while;\n" TAIL, NULL);
    assert_int_equal(r.rc, 0);
    assert_has(r.text, "VARIABLE x\n");
    assert_has(r.text, "Next == x' = x + 1\n");
    assert_null(strstr(r.text, "Termination"));
    run_free(&r);
}

static void missing_labels_are_located_and_explained(void **state)
{
    (void)state;
    const char *m = HEAD "variables x = 0;\nprocess P \\in 1..2\nbegin\n  a: x := 1;\n     x := 2;\n"
                         "  b: while x < 5 do skip; end while;\n     goto a;\n     x := 3;\nend process\n" TAIL;
    run r = translate(m, NULL);
    assert_int_equal(r.rc, 150);
    assert_has(r.diags, "Missing labels at the following locations:\n     line 8, column 6\n     line 11, column 6");
    assert_has(r.diags, "M.tla:8:6: error: a label is needed before this statement: `x` is assigned again in the same step");
    assert_has(r.diags, "M.tla:11:6: error: a label is needed before this statement: it follows a `goto`");
    assert_has(r.text, "\\* BEGIN TRANSLATION\n\\* END TRANSLATION\n");   /* the module was left alone */
    run_free(&r);
}

static void label_option_adds_and_reports(void **state)
{
    (void)state;
    const char *m = HEAD "variables x = 0;\nprocess P = 1\nbegin\n  a: x := 1;\n     x := 2;\nend process\n" TAIL;
    run r = translate(m, "-label");
    assert_int_equal(r.rc, 0);
    assert_has(r.text, "Lbl_1 == /\\ pc[1] = \"Lbl_1\"\n");
    assert_has(r.text, "P == a \\/ Lbl_1\n");
    run_free(&r);
}

static void labels_inside_with_are_refused(void **state)
{
    (void)state;
    run r = translate(HEAD "variables x = 0;\nbegin\n a: with i \\in 1..2 do\n  b: x := i;\n end with;\n" TAIL, NULL);
    assert_int_equal(r.rc, 150);
    assert_has(r.diags, "M.tla:7:6: error: labels are not allowed inside `with`");
    run_free(&r);
}

static void label_after_call(void **state)
{
    (void)state;
    const char *m = HEAD "variables x = 0;\nprocedure Inc()\nbegin\n  i: x := x + 1;\n     return;\nend procedure\n"
                         "process P = 1\nbegin\n  a: call Inc();\n     x := 5;\nend process\n" TAIL;
    run r = translate(m, NULL);
    assert_int_equal(r.rc, 150);
    assert_has(r.diags, "M.tla:13:6: error: a label is needed before this statement: it follows a `call`");
    run_free(&r);
}

static void generator_statements(void **state)
{
    (void)state;
    const char *m = HEAD "variables x = 0, y = 0;\nbegin\n  a: x := x + 1 || y := x;\n"
                         "  b: if x > 0 then y := 1; else skip; end if;\n"
                         "  c: either x := 0; or y := 0; end either;\n"
                         "  d: with v \\in {1, 2} do x := v; end with;\n" TAIL;
    run r = translate(m, NULL);
    assert_int_equal(r.rc, 0);
    assert_has(r.text, "a == /\\ pc = \"a\"\n     /\\ /\\ x' = x + 1\n        /\\ y' = x\n     /\\ pc' = \"b\"\n");
    assert_has(r.text, "     /\\ IF x > 0\n           THEN /\\ y' = 1\n           ELSE /\\ TRUE\n                /\\ y' = y\n");
    assert_has(r.text, "     /\\ \\/ /\\ x' = 0\n           /\\ y' = y\n        \\/ /\\ y' = 0\n           /\\ x' = x\n");
    assert_has(r.text, "     /\\ \\E v \\in {1, 2}:\n          x' = v\n");
    run_free(&r);
}

static void processes_and_fairness(void **state)
{
    (void)state;
    const char *m = HEAD "variables n = 0;\nfair process W \\in 1..2\nvariable t = 0;\nbegin\n"
                         "  w1: t := n;\n  w2:+ n := t + 1;\nend process\n" TAIL;
    run r = translate(m, NULL);
    assert_int_equal(r.rc, 0);
    assert_has(r.text, "        (* Process W *)\n        /\\ t = [self \\in 1..2 |-> 0]\n");
    assert_has(r.text, "w1(self) == /\\ pc[self] = \"w1\"\n            /\\ t' = [t EXCEPT ![self] = n]\n");
    assert_has(r.text, "        /\\ \\A self \\in 1..2 : WF_vars(W(self)) /\\ SF_vars(w2(self))\n");
    run_free(&r);
}

static void assignment_to_constant_is_an_error(void **state)
{
    (void)state;
    run r = translate("---- MODULE M ----\nCONSTANT c\n(* --algorithm A\nvariables v = 0;\nbegin\n  a: c := 1;\n" TAIL, NULL);
    assert_int_equal(r.rc, 150);
    assert_has(r.diags, "Assignment to undeclared variable c\n    at line 6, column 6.");
    assert_has(r.diags, "M.tla:6:6: error: `c` is not a variable of the algorithm");
    run_free(&r);
}

static void undeclared_assignments_all_reported(void **state)
{
    (void)state;
    run r = translate("---- MODULE M ----\nCONSTANT c, d\n(* --algorithm A\nvariables v = 0;\nbegin\n  a: c := 1;\n  b: v := 2;\n  e: d := 3;\n" TAIL, NULL);
    assert_int_equal(r.rc, 150);
    assert_has(r.diags, "M.tla:6:6: error: `c` is not a variable of the algorithm");
    assert_has(r.diags, "M.tla:8:6: error: `d` is not a variable of the algorithm");
    run_free(&r);
}

static void syntax_error_names_location(void **state)
{
    (void)state;
    run r = translate(HEAD "variables x = 0;\nbegin\n  a: x = 1;\n" TAIL, NULL);
    assert_int_equal(r.rc, 150);
    assert_has(r.diags, "M.tla:6:");
    assert_has(r.diags, "an assignment `x := ...` was expected here");
    run_free(&r);
}

/* A comment's characters count one column each, whatever their UTF-8 length, as in pcal.trans. */
static void non_ascii_comments_keep_alignment(void **state)
{
    (void)state;
    const char *m = HEAD "variables x = 0, y = 0;\nbegin\n"
                         "  a: x := 1; (* \xc3\xa9" "crit \xc2\xab un \xc2\xbb *) y := IF x > 0 (* \xe6\xb3\xa8\xe9\x87\x8a *) THEN 1\n"
                         "                                       ELSE 2;\n" TAIL;
    run r = translate(m, NULL);
    assert_int_equal(r.rc, 0);
    assert_has(r.text, "     /\\ y' = (IF x' > 0          THEN 1\n                ELSE 2)\n");
    run_free(&r);
}

static void checksums(void **state)
{
    (void)state;
    char out[9];
    pcal_checksum("fair", 4, out);
    assert_string_equal(out, "7c28162a");
    pcal_checksum("", 0, out);
    assert_string_equal(out, "0");
    pcal_checksum("123456789", 9, out);
    assert_string_equal(out, "cbf43926");
}

static void translation_block_gets_checksums_and_staleness_is_seen(void **state)
{
    (void)state;
    const char *m = "---- MODULE M ----\n(* --fair algorithm A\nvariables x = 0;\nbegin\n  a: x := 1;\nend algorithm *)\n====\n";
    run r = translate(m, NULL);
    assert_int_equal(r.rc, 0);
    assert_has(r.text, "\\* BEGIN TRANSLATION (chksum(pcal) = \"7c28162a\" /\\ chksum(tla) = \"");
    assert_has(r.text, "\\* END TRANSLATION \n");
    char *p = path_of("M.tla");
    char *buf = NULL;
    size_t n = 0;
    FILE *f = open_memstream(&buf, &n);
    assert_int_equal(pcal_check_module(p, "M", f), PCAL_CURRENT);
    char *edited = strdup(r.text);
    char *init = strstr(edited, "Init == ");
    init[4] = '_';   /* "Init ==" becomes "Init_==": the translation was edited */
    write_file(p, edited);
    assert_int_equal(pcal_check_module(p, "M", f), PCAL_TLA_CHANGED);
    fclose(f);
    assert_has(buf, "!! WARNING: The TLA+ translation in module M has changed since its last translation.");
    free(buf);
    free(edited);
    free(p);
    run_free(&r);
}

static void edited_algorithm_is_seen(void **state)
{
    (void)state;
    const char *m = "---- MODULE M ----\n(* --algorithm A\nvariables x = 0;\nbegin\n  a: x := 1;\nend algorithm *)\n"
                    "\\* BEGIN TRANSLATION (chksum(pcal) = \"0\" /\\ chksum(tla) = \"0\")\n\\* END TRANSLATION\n====\n";
    run r = translate(m, NULL);
    assert_int_equal(r.rc, 0);
    char *p = path_of("M.tla");
    char *buf = NULL;
    size_t n = 0;
    FILE *f = open_memstream(&buf, &n);
    assert_int_equal(pcal_check_module(p, "M", f), PCAL_CURRENT);
    char *edited = strdup(r.text);
    strstr(edited, "x := 1")[5] = '2';
    write_file(p, edited);
    assert_int_equal(pcal_check_module(p, "M", f), PCAL_PCAL_CHANGED);
    strstr(edited, "Init == ")[4] = '_';
    write_file(p, edited);
    assert_int_equal(pcal_check_module(p, "M", f), PCAL_BOTH_CHANGED);
    fclose(f);
    assert_has(buf, "!! WARNING: The PlusCal algorithm in module M has changed since its last translation.");
    assert_has(buf, "!! WARNING: Both the PlusCal algorithm and its TLA+ translation in module M filename have changed since the last translation.");
    free(buf);
    free(edited);
    free(p);
    run_free(&r);
}

static void algorithm_without_translation_is_noted(void **state)
{
    (void)state;
    char *p = path_of("N.tla");
    write_file(p, "---- MODULE N ----\n(* --algorithm A\nvariables x = 0;\nbegin a: x := 1;\nend algorithm *)\n====\n");
    char *buf = NULL;
    size_t n = 0;
    FILE *f = open_memstream(&buf, &n);
    assert_int_equal(pcal_check_module(p, "N", f), PCAL_NO_TRANSLATION);
    fclose(f);
    assert_has(buf, "tlc-c --translate");
    free(buf);
    free(p);
}

int main(void)
{
    strcpy(dir, "/tmp/tlcc-pcal-XXXXXX");
    if (!mkdtemp(dir)) return 1;
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(uniprocess_without_labels_gets_them),
        cmocka_unit_test(single_while_true_needs_no_pc),
        cmocka_unit_test(missing_labels_are_located_and_explained),
        cmocka_unit_test(label_option_adds_and_reports),
        cmocka_unit_test(labels_inside_with_are_refused),
        cmocka_unit_test(label_after_call),
        cmocka_unit_test(generator_statements),
        cmocka_unit_test(processes_and_fairness),
        cmocka_unit_test(assignment_to_constant_is_an_error),
        cmocka_unit_test(undeclared_assignments_all_reported),
        cmocka_unit_test(syntax_error_names_location),
        cmocka_unit_test(non_ascii_comments_keep_alignment),
        cmocka_unit_test(checksums),
        cmocka_unit_test(translation_block_gets_checksums_and_staleness_is_seen),
        cmocka_unit_test(edited_algorithm_is_seen),
        cmocka_unit_test(algorithm_without_translation_is_noted),
    };
    int rc = cmocka_run_group_tests(tests, NULL, NULL);
    char cmd[128];
    snprintf(cmd, sizeof cmd, "rm -rf %s", dir);
    if (system(cmd) != 0) return 1;
    return rc;
}
