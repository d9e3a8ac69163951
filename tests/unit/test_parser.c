/* test_parser.c - the lexer and parser: tree shapes, precedence, bullet lists, Unicode, proofs
 * skipped, and malformed inputs reported at the right line and column. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdlib.h>
#include <string.h>

#include "syntax.h"

static arena mem;

static syn_module *parse(const char *body)
{
    char *text = arena_printf(&mem, "---- MODULE T ----\n%s\n====\n", body);
    return syn_parse_text(&mem, "T.tla", text, strlen(text));
}

static syn_expr *expr(const char *text) { return syn_parse_expr(&mem, "<test>", text); }

static const syn_unit *unit_named(const syn_module *m, const char *name)
{
    for (uint32_t i = 0; i < m->nunits; i++)
        if (m->units[i]->name && strcmp(m->units[i]->name, name) == 0) return m->units[i];
    return NULL;
}

static void assert_apply(const syn_expr *e, const char *name, uint32_t nargs)
{
    assert_non_null(e);
    assert_int_equal(e->kind, SX_APPLY);
    assert_string_equal(e->u.apply.name, name);
    assert_int_equal(e->u.apply.nargs, nargs);
}

static void test_precedence(void **state)
{
    syn_expr *e = expr("a + b * c");
    assert_apply(e, "+", 2);
    assert_apply(e->u.apply.args[1], "*", 2);
    e = expr("a \\in S \\cup T");
    assert_apply(e, "\\in", 2);
    assert_apply(e->u.apply.args[1], "\\cup", 2);
    e = expr("~a = b");
    assert_apply(e, "~", 1);
    assert_apply(e->u.apply.args[0], "=", 2);
    e = expr("-x^2");
    assert_apply(e, "-.", 1);
    assert_apply(e->u.apply.args[0], "^", 2);
    e = expr("[]P => Q");
    assert_apply(e, "=>", 2);
    assert_apply(e->u.apply.args[0], "[]", 1);
    e = expr("a - b - c");
    assert_apply(e, "-", 2);
    assert_apply(e->u.apply.args[0], "-", 2);
    e = expr("x' = y'");
    assert_apply(e, "=", 2);
    assert_apply(e->u.apply.args[0], "'", 1);
    e = expr("f[x]'");
    assert_apply(e, "'", 1);
    assert_int_equal(e->u.apply.args[0]->kind, SX_FAPPLY);
    e = expr("DOMAIN f \\cup g");
    assert_apply(e, "\\cup", 2);
    assert_apply(e->u.apply.args[0], "DOMAIN", 1);
}

/* Groupings SANY decides from its precedence ranges (where they do not overlap). */
static void test_precedence_ranges(void **state)
{
    syn_expr *e = expr("a + b - c");   /* - (11) binds tighter than + (10) */
    assert_apply(e, "+", 2);
    assert_apply(e->u.apply.args[1], "-", 2);
    e = expr("a - b + c");
    assert_apply(e, "+", 2);
    assert_apply(e->u.apply.args[0], "-", 2);
    e = expr("-1..2");
    assert_apply(e, "..", 2);
    assert_apply(e->u.apply.args[0], "-.", 1);
    e = expr("SUBSET S \\cup T");
    assert_apply(e, "\\cup", 2);
    assert_apply(e->u.apply.args[0], "SUBSET", 1);
    e = expr("SUBSET S .. T");   /* SUBSET 10-13 against .. 9: (SUBSET S) .. T */
    assert_apply(e, "..", 2);
    e = expr("a % b * c");
    assert_apply(e, "%", 2);
    assert_apply(e->u.apply.args[1], "*", 2);
    e = expr("~a /\\ b");
    assert_apply(e, "/\\", 2);
    assert_apply(e->u.apply.args[0], "~", 1);
    e = expr("[]P /\\ <>Q");
    assert_apply(e, "/\\", 2);
    e = expr("a \\cdot b \\cdot c");   /* left-associative */
    assert_apply(e, "\\cdot", 2);
    assert_apply(e->u.apply.args[0], "\\cdot", 2);
    e = expr("x \\in -1..1 /\\ f[x]' = x + 1");
    assert_apply(e, "/\\", 2);
    assert_apply(e->u.apply.args[0], "\\in", 2);
    e = expr("a * (-b) + (a = b = c)");
    assert_null(e);
    e = expr("a * (-b) + ((a = b) = c)");
    assert_apply(e, "+", 2);
    e = expr("-a * b");   /* prefix - (12) against * (13): -(a * b) */
    assert_apply(e, "-.", 1);
    assert_apply(e->u.apply.args[0], "*", 2);
}

static void test_bullets(void **state)
{
    syn_module *m = parse("A == /\\ x = 1\n     /\\ \\/ y = 2\n        \\/ y = 3\n     /\\ z = 4\nB == 1");
    assert_non_null(m);
    const syn_expr *a = unit_named(m, "A")->u.def.body;
    assert_int_equal(a->kind, SX_CONJ_LIST);
    assert_int_equal(a->u.list.nitems, 3);
    assert_int_equal(a->u.list.items[1]->kind, SX_DISJ_LIST);
    assert_int_equal(a->u.list.items[1]->u.list.nitems, 2);
    assert_non_null(unit_named(m, "B"));
    /* a bullet list inside parentheses, closed by the parenthesis */
    syn_expr *e = expr("(/\\ a\n /\\ b) \\/ c");
    assert_apply(e, "\\/", 2);
    /* infix /\ on the next line, right of the bullet, continues the item */
    m = parse("C == /\\ a\n        /\\ b\n     /\\ c");
    const syn_expr *c = unit_named(m, "C")->u.def.body;
    assert_int_equal(c->kind, SX_CONJ_LIST);
    assert_int_equal(c->u.list.nitems, 2);
    assert_apply(c->u.list.items[0], "/\\", 2);
    /* lists in IF and LET */
    e = expr("IF /\\ a\n   /\\ b THEN 1 ELSE 2");
    assert_int_equal(e->kind, SX_IF);
    assert_int_equal(e->u.ite.cond->kind, SX_CONJ_LIST);
    e = expr("LET x == /\\ a\n         /\\ b IN x");
    assert_int_equal(e->kind, SX_LET);
}

/* e is a list node (set, tuple, bullet list) of kind `kind` with n items. */
static void assert_items(const syn_expr *e, syn_expr_kind kind, uint32_t n)
{
    assert_non_null(e);
    assert_int_equal(e->kind, kind);
    assert_int_equal(e->u.list.nitems, n);
}

/* A bullet list ends at a token that cannot continue it and belongs to an enclosing construct (as
 * in SANY): a comma or closer of a bracket, a binder's colon, a CASE's `->` and `[]`, THEN/ELSE/IN. */
static void test_bullets_end_at_separators(void **state)
{
    syn_expr *e = expr("Assert(/\\ a = 1\n       /\\ b = 2, \"message\")");
    assert_apply(e, "Assert", 2);
    assert_items(e->u.apply.args[0], SX_CONJ_LIST, 2);
    assert_int_equal(e->u.apply.args[1]->kind, SX_STR);
    e = expr("F(\\/ x, y)");
    assert_apply(e, "F", 2);
    assert_items(e->u.apply.args[0], SX_DISJ_LIST, 1);
    e = expr("F(/\\ a, \\/ b\n        \\/ c, d)");   /* every argument may be a list */
    assert_apply(e, "F", 3);
    assert_items(e->u.apply.args[1], SX_DISJ_LIST, 2);
    e = expr("{/\\ a, \\/ b}");
    assert_items(e, SX_SET_ENUM, 2);
    e = expr("<< /\\ a /\\ b, c >>");
    assert_items(e, SX_TUPLE, 2);
    e = expr("[p |-> /\\ a /\\ b, q |-> 2]");
    assert_int_equal(e->kind, SX_RECORD);
    assert_int_equal(e->u.rec.nfields, 2);
    e = expr("[f EXCEPT ![1] = /\\ a, ![2] = b]");
    assert_int_equal(e->kind, SX_EXCEPT);
    assert_int_equal(e->u.except.nupdates, 2);
    /* a CASE inside the list item ends with it */
    e = expr("F(/\\ CASE p -> 1 [] OTHER -> 2, d)");
    assert_apply(e, "F", 2);
    e = expr("F(CASE p -> /\\ a /\\ b [] OTHER -> \\/ c, d)");
    assert_apply(e, "F", 2);
    assert_int_equal(e->u.apply.args[0]->kind, SX_CASE);
    /* a binder's commas stay in its header, inside and outside lists; its colon ends lists there */
    e = expr("F(/\\ \\A x, y \\in S : x = y\n  /\\ \\E z \\in S, w \\in T : z = w, k)");
    assert_apply(e, "F", 2);
    assert_items(e->u.apply.args[0], SX_CONJ_LIST, 2);
    assert_int_equal(e->u.apply.args[0]->u.list.items[0]->kind, SX_FORALL);
    assert_int_equal(e->u.apply.args[0]->u.list.items[0]->u.q.bounds[0].nnames, 2);   /* x, y \in S */
    assert_int_equal(e->u.apply.args[0]->u.list.items[1]->u.q.nbounds, 2);
    e = expr("\\A x \\in /\\ S, y \\in \\/ T : x = y");
    assert_int_equal(e->kind, SX_FORALL);
    assert_int_equal(e->u.q.nbounds, 2);
    e = expr("\\E x \\in CASE p -> S [] OTHER -> T : F(\\/ x, y)");
    assert_int_equal(e->kind, SX_EXISTS);
    assert_apply(e->u.q.body, "F", 2);
    e = expr("F(CHOOSE x \\in S : /\\ x, LAMBDA a, b : /\\ a /\\ b, 3)");
    assert_apply(e, "F", 3);
    assert_int_equal(e->u.apply.args[1]->kind, SX_LAMBDA);
    /* IF, LET and quantifier bodies nested in arguments */
    e = expr("F(IF c THEN 1 ELSE /\\ a /\\ b, LET v == 1 IN \\/ v, \\A x : /\\ x)");
    assert_apply(e, "F", 3);
    /* commas outside brackets: WITH substitutions, ASSUME items */
    syn_module *m = parse("I == INSTANCE M WITH a <- /\\ x /\\ y, b <- \\/ z\nJ == LET K == INSTANCE M WITH a <- /\\ x, b <- 1 IN K!P\n"
                          "THEOREM ASSUME /\\ p /\\ q, \\/ r PROVE /\\ p\n  BY /\\ p, \\/ q DEF I");
    assert_non_null(m);
    assert_int_equal(unit_named(m, "I")->u.inst.nsubs, 2);
    assert_non_null(unit_named(m, "J"));
}

static void test_forms(void **state)
{
    syn_expr *e = expr("{x \\in S : x > 1}");
    assert_int_equal(e->kind, SX_SET_FILTER);
    e = expr("{x + 1 : x \\in S, y \\in T}");
    assert_int_equal(e->kind, SX_SET_MAP);
    assert_int_equal(e->u.q.nbounds, 2);
    e = expr("[x \\in S, y \\in T |-> x]");
    assert_int_equal(e->kind, SX_FUNC);
    e = expr("[a |-> 1, b |-> 2]");
    assert_int_equal(e->kind, SX_RECORD);
    assert_int_equal(e->u.rec.nfields, 2);
    e = expr("[a : S, b : T]");
    assert_int_equal(e->kind, SX_RECORD_SET);
    e = expr("[S -> T]");
    assert_int_equal(e->kind, SX_FUNC_SET);
    e = expr("[f EXCEPT ![1].a = @ + 1, !.b = 2]");
    assert_int_equal(e->kind, SX_EXCEPT);
    assert_int_equal(e->u.except.nupdates, 2);
    assert_int_equal(e->u.except.updates[0].nsteps, 2);
    e = expr("[Next]_vars");
    assert_int_equal(e->kind, SX_BOX_ACTION);
    e = expr("<<A>>_<<x, y>>");
    assert_int_equal(e->kind, SX_ANGLE_ACTION);
    e = expr("WF_vars(Next)");
    assert_int_equal(e->kind, SX_WF);
    e = expr("\\E <<x, y>> \\in S \\X T : x = y");
    assert_int_equal(e->kind, SX_EXISTS);
    assert_true(e->u.q.bounds[0].tuple);
    e = expr("\\A x, y \\in S : x = y");
    assert_int_equal(e->u.q.bounds[0].nnames, 2);
    e = expr("A \\X B \\X C");
    assert_int_equal(e->kind, SX_CROSS);
    assert_int_equal(e->u.list.nitems, 3);
    e = expr("CASE x = 1 -> 2 [] x = 2 -> 3 [] OTHER -> 4");
    assert_int_equal(e->kind, SX_CASE);
    assert_int_equal(e->u.cas.narms, 2);
    assert_non_null(e->u.cas.other);
    e = expr("I(1)!J!Op(2)");
    assert_apply(e, "Op", 1);
    assert_int_equal(e->u.apply.npath, 2);
    e = expr("CHOOSE x \\in S : TRUE");
    assert_int_equal(e->kind, SX_CHOOSE);
    e = expr("lab :: x");
    assert_int_equal(e->kind, SX_LABEL);
}

static void test_numbers_strings_unicode(void **state)
{
    syn_expr *e = expr("\\b101");
    assert_int_equal(e->u.n.num, 5);
    assert_int_equal(expr("\\hFF")->u.n.num, 255);
    assert_int_equal(expr("\\o17")->u.n.num, 15);
    e = expr("\"a\\\"b\"");
    assert_int_equal(e->kind, SX_STR);
    assert_string_equal(e->u.str, "a\"b");
    e = expr("x ∈ S ∪ T");
    assert_apply(e, "\\in", 2);
    assert_apply(e->u.apply.args[1], "\\cup", 2);
    e = expr("a ≤ b ∧ ¬c");
    assert_apply(e, "/\\", 2);
    assert_apply(e->u.apply.args[0], "<=", 2);
    e = expr("⟨1, 2⟩");
    assert_int_equal(e->kind, SX_TUPLE);
    assert_int_equal(e->u.list.nitems, 2);
    /* the rest of SANY's Unicode table */
    static const struct { const char *text, *op; } infix[] = {
        {"a ⇸ b", "-+->"}, {"a ‥ b", ".."}, {"a … b", "..."}, {"a ‖ b", "||"}, {"a ⊣ b", "-|"},
        {"a ⫤ b", "=|"},   {"a ● b", "\\bullet"}, {"a ‼ b", "!!"}, {"a ⁇ b", "??"}, {"a ≔ b", ":="},
        {"a ⩴ b", "::="},
    };
    for (size_t i = 0; i < sizeof infix / sizeof *infix; i++) assert_apply(expr(infix[i].text), infix[i].op, 2);
    assert_apply(expr("S⁺"), "^+", 1);
    assert_apply(expr("⋄P"), "<>", 1);
    e = expr("∀∀ x : ⋄x");
    assert_int_equal(e->kind, SX_TFORALL);
    assert_int_equal(expr("∃∃ x : x")->kind, SX_TEXISTS);
    assert_int_equal(expr("lab ∷ x")->kind, SX_LABEL);
}

static void test_module_units(void **state)
{
    syn_module *m = parse("EXTENDS Naturals\nCONSTANTS N, F(_, _)\nVARIABLES x, y\n"
                          "RECURSIVE G(_)\nG(n) == IF n = 0 THEN 0 ELSE G(n - 1)\n"
                          "f[i \\in 1..3] == i\na (+) b == a\nLOCAL H == 1\n"
                          "I == INSTANCE M WITH p <- 1\nASSUME N > 0\n"
                          "THEOREM T == N > 0\n<1>1. TRUE\n  OBVIOUS\n<1> QED BY <1>1\n"
                          "LEMMA ASSUME NEW z PROVE z = z\nK == 2");
    assert_non_null(m);
    assert_int_equal(m->nextends, 1);
    assert_int_equal(unit_named(m, "F")->u.decl.arity, 2);
    assert_true(unit_named(m, "f")->u.def.is_function);
    assert_int_equal(unit_named(m, "\\oplus")->u.def.fixity, SYN_FIX_INFIX);
    assert_true(unit_named(m, "H")->local);
    assert_int_equal(unit_named(m, "I")->kind, SU_INSTANCE);
    assert_int_equal(unit_named(m, "T")->kind, SU_THEOREM);
    assert_non_null(unit_named(m, "K"));   /* the proofs and the ASSUME/PROVE lemma were skipped */
    /* text before and after the module is ignored; comments nest */
    const char *text = "junk\n---- MODULE U ----\n(* a (* nested *) comment *)\nX == 1 \\* tail\n====\nmore junk";
    assert_non_null(syn_parse_text(&mem, "U.tla", text, strlen(text)));
}

/* Malformed inputs: the first error's line and column, and a word of its message. */
typedef struct bad { const char *body; uint32_t line, col; const char *word; } bad;

static const bad bad_inputs[] = {
    {"A == ", 3, 1, "syntax error"},
    {"A == 1 +", 3, 1, "syntax error"},
    {"A = 1", 2, 5, "write `==`"},
    {"A == (1 + 2", 3, 1, "syntax error"},
    {"A == [x \\in S |-> ]", 2, 19, "syntax error"},
    {"A == {1, 2", 3, 1, "syntax error"},
    {"A == <<1, 2", 3, 1, "syntax error"},
    {"A == IF x THEN y", 3, 1, "syntax error"},
    {"A == LET B == 1 B", 3, 1, "unexpected ===="},
    {"A == \\A x : ", 3, 1, "syntax error"},
    {"A == \"abc", 2, 6, "never closed"},
    {"A == (* never closed", 2, 6, "never closed"},
    {"A == 1 $$$ 2", 2, 10, "syntax error"},
    {"A == x ` y", 2, 8, "unexpected character"},
    {"A == 1 ⊤ 2", 2, 8, "unexpected character `⊤`"},
    {"A == x • y", 2, 8, "unexpected character `•`"},
    {"A == x \xff y", 2, 8, "unexpected byte 0xFF"},
    {"A == [a |-> 1, b]", 2, 17, "syntax error"},
    {"A == CASE x -> 1 [] OTHER -> 2 [] y -> 3", 2, 30, "OTHER must be the last"},
    {"A == f[]", 2, 7, "syntax error"},
    {"A == {x \\in S : }", 2, 17, "syntax error"},
    {"CONSTANT", 3, 1, "syntax error"},
    {"VARIABLES x,", 3, 1, "syntax error"},
    {"EXTENDS", 3, 1, "expecting identifier"},
    {"A(x == 1", 2, 5, "syntax error"},
    {"A == B(1,)", 2, 10, "syntax error"},
    {"A == 1\nB == [", 4, 1, "syntax error"},
    {"A == x \\in", 3, 1, "syntax error"},
    {"A == CHOOSE : TRUE", 2, 13, "syntax error"},
    {"A == [f EXCEPT ![1] 2]", 2, 21, "syntax error"},
    {"A == [f EXCEPT 1 = 2]", 2, 16, "syntax error"},
    {"A == <<>>_v", 2, 8, "syntax error"},
    {"A == WF_(x)", 3, 1, "syntax error"},
    {"INSTANCE", 3, 1, "syntax error"},
    {"A == LAMBDA : 1", 2, 13, "syntax error"},
    {"A == {1 : 2}", 2, 11, "bound variable"},
    {"A == \\E 1 \\in S : TRUE", 2, 9, "bound variable"},
    {"A == [x + 1 |-> 2]", 2, 7, "bound variable"},
    {"ASSUME", 3, 1, "syntax error"},
    {"A == 1 )", 2, 8, "syntax error"},
    {"A == ]", 2, 6, "syntax error"},
    {"A == x..", 3, 1, "syntax error"},
    {"RECURSIVE", 3, 1, "syntax error"},
    {"A == [a : ]", 2, 11, "syntax error"},
    {"A == [ -> T]", 2, 8, "syntax error"},
    {"THEOREM T == TRUE\nPROOF BY DEF", 4, 1, "syntax error"},
    {"A == /\\ a\n     /\\ \\A x \\in S :\n   /\\ b", 4, 4, "left of the column"},
    {"LEMMA ASSUME NEW PROVE TRUE", 2, 18, "syntax error"},
    {"THEOREM TRUE\n<1>1. QED BY", 4, 1, "syntax error"},
    {"THEOREM T == TRUE\n<1>1. PICK x : ", 4, 1, "syntax error"},
    /* precedence ranges (reported at the later operator of the two, or at a prefix operator) */
    {"A == 9 + 10 % 3", 2, 13, "operators `+` and `%` need parentheses"},
    {"A == 10 % 3 + 9", 2, 13, "operators `%` and `+` need parentheses"},
    {"A == 10 \\div 3 * 3", 2, 16, "operators `\\div` and `*` need parentheses"},
    {"A == a /\\ b \\/ c", 2, 13, "operators `/\\` and `\\/` need parentheses"},
    {"A == a \\cup b \\cap c", 2, 15, "operators `\\cup` and `\\cap`"},
    {"A == SUBSET S + 1", 2, 15, "operators `SUBSET` and `+`"},
    {"A == $ + 1", 2, 6, "syntax error"},
    {"A == a $ b + c", 2, 8, "operators `$` and `+`"},
    {"A == []x = 1", 2, 6, "operators `[]` and `=`"},
    {"A == ENABLED x'", 2, 6, "operators `ENABLED` and `'`"},
    {"A == 2 * -3", 2, 8, "prefix `-` after `*` needs parentheses"},
    {"A == 2^3^2", 2, 9, "operator `^` is not associative"},
    {"A == a => b => c", 2, 13, "operator `=>` is not associative"},
    {"A == 1 = 1 = 1", 2, 12, "operator `=` is not associative"},
    {"A == a < b < c", 2, 12, "operator `<` is not associative"},
    {"A == x \\in S \\in T", 2, 14, "operator `\\in` is not associative"},
    {"A == P ~> Q ~> R", 2, 13, "operator `~>` is not associative"},
    {"A == 1 .. 2 .. 3", 2, 13, "operator `..` is not associative"},
    {"A == x % 2 % 3", 2, 12, "operator `%` is not associative"},
    {"A == S \\ T \\ U", 2, 12, "operator `\\` is not associative"},
    /* hints, and unexpected tokens shown as written */
    {"A == \\A y in 1..2 : y > 0", 2, 11, "did you mean `\\in`?"},
    {"A == \\E x in S : TRUE", 2, 11, "did you mean `\\in`?"},
    {"A == x in S", 2, 11, "did you mean `\\in`?"},
    {"A == {x \\in S : x notin T}", 2, 19, "did you mean `\\notin`?"},
    {"A == 1 &&& 2", 2, 10, "unexpected `&`"},
    {"A == 1 ≠≠ 2", 2, 9, "unexpected `≠`"},
    {"A == (1 2)", 2, 9, "unexpected number `2`"},
    {"A == f(x y)", 2, 10, "unexpected identifier `y`"},
};

static void test_malformed(void **state)
{
    for (size_t i = 0; i < sizeof bad_inputs / sizeof *bad_inputs; i++) {
        char *out = NULL;
        size_t n = 0;
        FILE *f = open_memstream(&out, &n);
        util_diag_stream(f);
        syn_module *m = parse(bad_inputs[i].body);
        util_diag_stream(NULL);
        fclose(f);
        char where[64];
        snprintf(where, sizeof where, "T.tla:%u:%u:", bad_inputs[i].line, bad_inputs[i].col);
        if (m || !strstr(out, where) || !strstr(out, bad_inputs[i].word))
            fail_msg("input %zu `%s`: expected %s ... %s, got:\n%s", i, bad_inputs[i].body, where, bad_inputs[i].word, out);
        free(out);
    }
}

/* One run reports the syntax errors of several definitions, each at its place with its caret: after
 * an error the parser resumes at the next line that starts a module unit. */
static void test_several_errors(void **state)
{
    char *out = NULL;
    size_t n = 0;
    FILE *f = open_memstream(&out, &n);
    util_diag_stream(f);
    syn_module *m = parse("A == 1 + + 2\nB == 1\nC == (1 +\nD == {1, 2\nVARIABLE x\nE == x' = x + 1 )\nF == 3");
    util_diag_stream(NULL);
    fclose(f);
    assert_null(m);
    const char *want[] = {"T.tla:2:10: error: syntax error: unexpected `+`", "T.tla:5:3: error: syntax error",
                          "T.tla:7:17: error: syntax error: unexpected )"};
    const char *at = out;
    for (size_t i = 0; i < 3; i++) {
        const char *hit = strstr(at, want[i]);
        if (!hit) fail_msg("expected, in order, %s in:\n%s", want[i], out);
        at = hit + 1;
    }
    assert_null(strstr(at, "T.tla:"));   /* three errors, no more */
    size_t carets = 0;
    for (const char *p = out; (p = strstr(p, "^")); p++) carets++;
    assert_true(carets >= 3);
    free(out);
}

/* Thousands of open brackets exhaust bison's stack: reported, not a crash. */
static void test_deep_brackets(void **state)
{
    enum { DEPTH = 20000 };
    char *body = malloc(16 + 2 * DEPTH);
    char *p = body + sprintf(body, "A == ");
    memset(p, '(', DEPTH);
    p[DEPTH] = '1';
    memset(p + DEPTH + 1, ')', DEPTH);
    p[2 * DEPTH + 1] = 0;
    char *out = NULL;
    size_t n = 0;
    FILE *f = open_memstream(&out, &n);
    util_diag_stream(f);
    syn_module *m = parse(body);
    util_diag_stream(NULL);
    fclose(f);
    assert_null(m);
    if (!strstr(out, "T.tla:2:") || !strstr(out, "nested too deeply"))
        fail_msg("expected T.tla:2: ... nested too deeply, got:\n%.300s", out);
    free(out);
    free(body);
}

int main(void)
{
    arena_init(&mem);
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_precedence),    cmocka_unit_test(test_precedence_ranges),
        cmocka_unit_test(test_bullets),       cmocka_unit_test(test_bullets_end_at_separators),
        cmocka_unit_test(test_forms),         cmocka_unit_test(test_numbers_strings_unicode),
        cmocka_unit_test(test_module_units),  cmocka_unit_test(test_malformed), cmocka_unit_test(test_several_errors),
        cmocka_unit_test(test_deep_brackets),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
