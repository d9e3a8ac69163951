/* test_eval.c - the evaluator, family by family: each check evaluates an expression in the scope
 * of a small module (below) and compares the value as TLC prints it, or the error message and
 * where it points. Expected values come from the operators' definitions (Specifying Systems, the
 * standard and community modules) and from how TLC prints and orders values. */
#define _GNU_SOURCE   /* strcasestr */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "eval_fixture.h"

static const char scope[] =
    "---- MODULE E ----\n"
    "EXTENDS Naturals, Integers, Sequences, FiniteSets, Bags, TLC, TLCExt\n"
    "---- MODULE Inner ----\n"
    "EXTENDS Naturals\n"
    "CONSTANT K\n"
    "Double == 2 * K\n"
    "Pair(x) == <<K, x>>\n"
    "====\n"
    "I3 == INSTANCE Inner WITH K <- 3\n"
    "I(k) == INSTANCE Inner WITH K <- k\n"
    "RECURSIVE Fact(_)\n"
    "Fact(n) == IF n = 0 THEN 1 ELSE n * Fact(n - 1)\n"
    "J == INSTANCE Inner WITH K <- Fact(3)\n"
    "RECURSIVE SumSeq(_)\n"
    "SumSeq(s) == IF s = <<>> THEN 0 ELSE Head(s) + SumSeq(Tail(s))\n"
    "RECURSIVE Ack(_, _)\n"
    "Ack(m, n) == IF m = 0 THEN n + 1 ELSE IF n = 0 THEN Ack(m - 1, 1) ELSE Ack(m - 1, Ack(m, n - 1))\n"
    "RECURSIVE Deep(_)\n"
    "Deep(n) == IF n = 0 THEN 0 ELSE 1 + Deep(n - 1)\n"
    "RECURSIVE FoldL(_, _, _)\n"
    "FoldL(Op(_, _), acc, s) == IF s = <<>> THEN acc ELSE FoldL(Op, Op(acc, Head(s)), Tail(s))\n"
    "fib[n \\in Nat] == IF n < 2 THEN n ELSE fib[n - 1] + fib[n - 2]\n"
    "sumTo[n \\in Nat] == IF n = 0 THEN 0 ELSE n + sumTo[n - 1]\n"
    "Twice(F(_), x) == F(F(x))\n"
    "Compose(F(_), G(_), x) == F(G(x))\n"
    "Map(F(_), s) == [i \\in DOMAIN s |-> F(s[i])]\n"
    "Inc(x) == x + 1\n"
    "Square(x) == x * x\n"
    "IsEven(x) == x % 2 = 0\n"
    "a ++ b == a * 10 + b\n"
    "====\n";

static unsigned checks;   /* assertions made, reported at the end */

static int setup(void **state)
{
    (void)state;
    return fixture_load("E.tla", scope, NULL);
}

static int teardown(void **state)
{
    (void)state;
    fixture_free();
    printf("test_eval: %u checks\n", checks);
    return 0;
}

/* One evaluation of e: true with its printed value, or false with the error (and where). */
static bool evaluate_once(arena *a, const syn_expr *e, char **out, eval_error *err)
{
    val v;
    bool ok = eval_value(w, e, NULL, NULL, &v);
    *out = strdup(ok ? val_to_string(a, v) : eval_worker_error(w)->message);
    if (!ok) *err = *eval_worker_error(w);
    eval_worker_reset(w);
    return ok;
}

/* Evaluate `text`: true with its printed value, or false with the error. It is evaluated twice,
 * by the interpreter and in its compiled form (eval_compile_expr), which must agree on the value,
 * the error and where it points. */
static bool evaluate(const char *text, char **out, const eval_error **err)
{
    arena a;
    arena_init(&a);
    syn_expr *e = syn_parse_expr(&a, "<test>", text);
    if (!e) fail_msg("does not parse: %s", text);
    if (!sema_resolve_expr(prog, prog->root, e)) fail_msg("does not resolve: %s", text);
    char *interpreted;
    static eval_error ierr, cerr;
    bool iok = evaluate_once(&a, e, &interpreted, &ierr);
    eval_compile_expr(ep, e);
    bool ok = evaluate_once(&a, e, out, &cerr);
    if (ok != iok || strcmp(*out, interpreted) != 0 ||
        (!ok && (ierr.loc.line != cerr.loc.line || ierr.loc.col != cerr.loc.col || ierr.status != cerr.status ||
                 ierr.coded != cerr.coded)))
        fail_msg("%s\n  interpreted: %s (%u:%u)\n  compiled:    %s (%u:%u)", text, interpreted, ierr.loc.line,
                 ierr.loc.col, *out, cerr.loc.line, cerr.loc.col);
    free(interpreted);
    cerr.message = *out;
    *err = ok ? NULL : &cerr;
    arena_free(&a);
    return ok;
}

/* The value of `text` prints as `want`. */
static void expect(const char *text, const char *want)
{
    char *got;
    const eval_error *err;
    checks++;
    if (!evaluate(text, &got, &err)) fail_msg("%s\n  want: %s\n  error: %s", text, want, got);
    if (strcmp(got, want) != 0) fail_msg("%s\n  want: %s\n  got:  %s", text, want, got);
    free(got);
}

/* Evaluating `text` fails with a message containing `words`; with `at`, the error points at the
 * column where `at` begins in the text. */
static void expect_error_at(const char *text, const char *words, const char *at)
{
    char *got;
    const eval_error *err;
    checks++;
    if (evaluate(text, &got, &err)) fail_msg("%s\n  want an error (%s)\n  got:  %s", text, words, got);
    if (!strstr(got, words)) fail_msg("%s\n  want an error with: %s\n  got:  %s", text, words, got);
    if (at && (err->loc.line != 1 || err->loc.col != (uint32_t)(strstr(text, at) - text) + 1))
        fail_msg("%s\n  the error should point at `%s` (column %d), not %u:%u", text, at, (int)(strstr(text, at) - text) + 1,
                 err->loc.line, err->loc.col);
    free(got);
}

static void expect_error(const char *text, const char *words) { expect_error_at(text, words, NULL); }

/* ---- logic -------------------------------------------------------------------------------------- */

static void test_logic(void **state)
{
    (void)state;
    expect("TRUE /\\ FALSE", "FALSE");
    expect("FALSE \\/ TRUE", "TRUE");
    expect("TRUE => FALSE", "FALSE");
    expect("TRUE <=> TRUE", "TRUE");
    expect("FALSE \\equiv TRUE", "FALSE");
    expect("~(1 = 2)", "TRUE");
    expect("1 # 2", "TRUE");
    expect("1 /= 1", "FALSE");
    expect("BOOLEAN", "{FALSE, TRUE}");
    expect("{TRUE, FALSE} = BOOLEAN", "TRUE");
    /* left to right, as TLC: the right operand is never evaluated */
    expect("FALSE /\\ 1 \\div 0 = 1", "FALSE");
    expect("TRUE \\/ 1 \\div 0 = 1", "TRUE");
    expect("FALSE => 1 \\div 0 = 1", "TRUE");
    expect("/\\ 1 = 1\n/\\ \\/ 2 = 3\n   \\/ 3 = 3", "TRUE");
    expect("/\\ FALSE\n/\\ 1 \\div 0 = 0", "FALSE");
    expect("\\/ TRUE\n\\/ 1 \\div 0 = 0", "TRUE");
    expect_error_at("TRUE /\\ 1", "Attempted to evaluate an expression of form P /\\ Q when Q was\nan integer.", "TRUE");
    expect_error_at("IF 1 THEN 2 ELSE 3", "A non-boolean expression (an integer) was used as the condition of an IF.", "IF");
    expect_error("TRUE = 1", "Attempted to compare equality of boolean TRUE with non-boolean:\n1");
    expect_error("\"a\" = 1", "Attempted to check equality of string \"a\" with non-string:\n1");
}

static void test_quantifiers(void **state)
{
    (void)state;
    expect("\\A x \\in 1..5 : x > 0", "TRUE");
    expect("\\E x \\in 1..5 : x > 4", "TRUE");
    expect("\\E x \\in 1..5 : x > 5", "FALSE");
    expect("\\A x, y \\in 1..3 : x + y <= 6", "TRUE");
    expect("\\A x, y \\in 1..3 : x + y < 6", "FALSE");
    expect("\\E x \\in 1..3, y \\in {4, 5} : x + y = 8", "TRUE");
    expect("\\E <<x, y>> \\in {1, 2} \\X {3} : x + y = 5", "TRUE");
    expect("\\A <<x, y>> \\in {<<1, 2>>, <<2, 4>>} : y = 2 * x", "TRUE");
    expect("\\A x \\in {} : 1 \\div 0 = 1", "TRUE");
    expect("\\E x \\in {} : TRUE", "FALSE");
    expect("\\E s \\in SUBSET {1, 2} : Cardinality(s) = 2", "TRUE");
    expect("\\E x \\in 1..3 : x = 1 \\/ 1 \\div 0 = 0", "TRUE");
    expect("\\A x \\in 1..3 : \\E y \\in 1..3 : x + y = 4", "TRUE");
    expect("\\E f \\in [1..2 -> {0, 1}] : f[1] + f[2] = 2", "TRUE");
    expect("\\A r \\in [a : {1, 2}] : r.a > 0", "TRUE");
    expect_error("\\A x \\in Nat : x >= 0", "TLC encountered the non-enumerable quantifier bound\nNat\n");
    expect_error("\\E x \\in 3 : TRUE", "TLC encountered a non-enumerable quantifier bound\n3.\n3");
}

/* CHOOSE picks the first element satisfying the predicate in the canonical order (sets by size,
 * then element-wise; tuples element-wise; integers numerically), whatever the set is built as. */
static void test_choose(void **state)
{
    (void)state;
    expect("CHOOSE x \\in 1..10 : x > 5", "6");
    expect("CHOOSE x \\in {3, 1, 2} : TRUE", "1");
    expect("CHOOSE x \\in {\"b\", \"a\", \"c\"} : x # \"a\"", "\"b\"");
    expect("CHOOSE s \\in SUBSET {1, 2, 3} : s = {1, 2} \\/ s = {3}", "{3}");
    expect("CHOOSE s \\in {{2}, {1, 3}, {}} : TRUE", "{}");
    expect("CHOOSE t \\in {<<2>>, <<1, 1>>, <<3>>} : TRUE", "<<2>>");
    expect("CHOOSE f \\in [{1, 2} -> {1, 2}] : f[1] # f[2]", "<<1, 2>>");
    expect("CHOOSE r \\in [a : {1, 2}, b : {\"x\"}] : r.a = 2", "[a |-> 2, b |-> \"x\"]");
    expect("CHOOSE <<x, y>> \\in (1..3) \\X (1..3) : x + y = 5", "<<2, 3>>");
    expect("CHOOSE s \\in {Nat, Int} : -1 \\in s", "Int");
    expect("(CHOOSE x \\in {1, 2} : TRUE) = (CHOOSE x \\in {2, 1} : TRUE)", "TRUE");
    expect("CHOOSE x \\in SUBSET (1..20) : Cardinality(x) = 20", "{1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20}");
    expect_error_at("CHOOSE x \\in 1..3 : x > 5", "no element", "CHOOSE");
    expect_error("CHOOSE x \\in Nat : x > 5", "form CHOOSE x \\in S: P, but S was not enumerable.");
    expect_error("CHOOSE x : x = 1", "TLC attempted to evaluate an unbounded CHOOSE.\nMake sure that the expression is of form CHOOSE x \\in S: P(x).");   /* TLC 2.20 */
}

static void test_if_case_let(void **state)
{
    (void)state;
    expect("IF 1 < 2 THEN \"a\" ELSE \"b\"", "\"a\"");
    expect("IF FALSE THEN 1 \\div 0 ELSE 7", "7");
    expect("CASE 1 = 2 -> \"a\" [] 2 = 2 -> \"b\" [] OTHER -> \"c\"", "\"b\"");
    expect("CASE FALSE -> 1 [] OTHER -> 2", "2");
    expect("CASE TRUE -> 1 [] TRUE -> 2", "1");
    expect_error_at("1 + CASE 1 = 2 -> 1 [] 2 = 3 -> 2", "Attempted to evaluate a CASE with no conditions true.", "CASE");
    expect("LET x == 2\n    y == x * 3\nIN x + y", "8");
    expect("LET f(a) == a * a IN f(3) + f(4)", "25");
    expect("LET unused == 1 \\div 0 IN 5", "5");
    expect("LET g[n \\in 0..5] == IF n = 0 THEN 1 ELSE 2 * g[n - 1] IN g[5]", "32");
    expect("LET RECURSIVE R(_)\n    R(n) == IF n = 0 THEN 0 ELSE n + R(n - 1)\nIN R(4)", "10");
    expect("LET x == 1 IN LET x2 == x + 1 IN x2 * 10", "20");
}

/* ---- numbers ------------------------------------------------------------------------------------ */

static void test_arithmetic(void **state)
{
    (void)state;
    expect("1 + 2 * 3", "7");
    expect("10 - 3 - 2", "5");
    expect("2 ^ 10", "1024");
    expect("2 ^ 30", "1073741824");
    expect("(-2) ^ 31", "-2147483648");
    expect("-(3)", "-3");
    expect("1 ++ 2", "12");
    /* \div rounds down and % is in 0..b-1 (Integers), also for negative operands */
    expect("7 \\div 2", "3");
    expect("-7 \\div 2", "-3");
    expect("(-7) \\div 2", "-4");
    expect("7 \\div (-2)", "-4");
    expect("(-7) \\div (-2)", "3");
    expect("7 % 3", "1");
    expect("(-7) % 2", "1");
    expect("(-1) % 5", "4");
    expect("(-10) % 3", "2");
    expect("((-7) \\div 3) * 3 + ((-7) % 3)", "-7");
    expect_error_at("1 + (2 \\div 0)", "second argument of \\div is 0", "2 \\div");
    expect_error("7 % 0", "positive");
    expect_error("7 % (-2)", "positive");
    /* TLC's 32-bit integers: a result outside them stops, in TLC's words */
    expect("46340 * 46340", "2147395600");
    expect_error("46341 * 46341", "Overflow when computing 46341*46341");
    expect_error("2147483647 + 1", "Overflow when computing 2147483647+1");
    expect_error("-2147483647 - 2", "Overflow when computing -2147483647-2");
    expect_error("2 ^ 31", "Overflow when computing 2^31");
    expect_error("(-2) ^ 32", "Overflow when computing -2^32");
    expect("0 ^ 1", "0");
    expect("5 ^ 0", "1");
    expect_error("0 ^ 0", "0^0 is undefined.");
    expect_error("(-2147483647 - 1) \\div (-1)", "Overflow when computing -2147483648 \\div -1");
    expect_error("-(-2147483647 - 1)", "Overflow when computing --2147483648");
    expect("5 > 3", "TRUE");
    expect("3 >= 3", "TRUE");
    expect("2 <= 1", "FALSE");
    expect("2 < 1", "FALSE");
    expect_error("\"a\" < \"b\"", "The first argument of < should be an integer, but instead it is:\n\"a\"");
}

static void test_intervals(void **state)
{
    (void)state;
    expect("1..3", "1..3");
    expect("3..1", "{}");
    expect("Cardinality(1..0)", "0");
    expect("1..3 = {1, 2, 3}", "TRUE");
    expect("{3, 2, 1} = 1..3", "TRUE");
    expect("1..3 \\cup {4}", "{1, 2, 3, 4}");
    expect("-5 \\in Nat", "FALSE");
    expect("-5 \\in Int", "TRUE");
    expect("5 \\in 1..4", "FALSE");
    expect("Nat", "Nat");
    expect("Cardinality(1..2147483647)", "2147483647");
    expect("2147483647 \\in 0..2147483647", "TRUE");
    expect("{x \\in 2147483646..2147483647 : TRUE}", "{2147483646, 2147483647}");
    expect_error("Cardinality(0..2147483647)", "maximum representable size (32bits): 0..2147483647.");
    expect_error("Cardinality((-2147483647 - 1)..2147483647)", "maximum representable size (32bits)");
}

/* ---- sets --------------------------------------------------------------------------------------- */

static void test_sets(void **state)
{
    (void)state;
    expect("{3, 1, 2, 1}", "{1, 2, 3}");
    expect("{}", "{}");
    expect("{1, 2} \\cup {2, 3}", "{1, 2, 3}");
    expect("{1, 2} \\cap {2, 3}", "{2}");
    expect("{1, 2, 3} \\ {2}", "{1, 3}");
    expect("{1, 2} \\subseteq {1, 2, 3}", "TRUE");
    expect("{1, 4} \\subseteq {1, 2, 3}", "FALSE");
    expect("SUBSET {1, 2}", "{{}, {1}, {2}, {1, 2}}");
    expect("SUBSET {}", "{{}}");
    expect("UNION {{1}, {2, 3}, {}}", "{1, 2, 3}");
    expect("UNION {}", "{}");
    expect("{x * 2 : x \\in 1..3}", "{2, 4, 6}");
    expect("{x \\in 1..6 : x % 2 = 0}", "{2, 4, 6}");
    expect("{<<x, y>> \\in {1, 2} \\X {1, 2} : x < y}", "{<<1, 2>>}");
    expect("{x + y : x \\in 1..2, y \\in 1..2}", "{2, 3, 4}");
    expect("{1, 2} \\X {\"a\"}", "{<<1, \"a\">>, <<2, \"a\">>}");
    expect("Cardinality({1, 2} \\X {3, 4} \\X {5})", "4");
    /* sets of sets order by size first, tuples too */
    expect("{{1, 2}, {3}, {}}", "{{}, {3}, {1, 2}}");
    expect("{<<1, 2>>, <<1>>, <<0, 5>>}", "{<<1>>, <<0, 5>>, <<1, 2>>}");
    expect("1 \\in {1, 2}", "TRUE");
    expect("3 \\notin {1, 2}", "TRUE");
    expect("{1, 2} \\in SUBSET {1, 2, 3}", "TRUE");
    expect("{} \\in SUBSET {}", "TRUE");
    expect("Cardinality(SUBSET (1..10))", "1024");
    expect("Cardinality(UNION {1..3, 2..5})", "5");
    expect("{} \\subseteq Nat", "TRUE");
    expect("Cardinality({1, 2, 2})", "2");
    expect("IsFiniteSet({})", "TRUE");
    expect_error("1 \\in 2", "is an element of the integer 2");
    expect_error("{1, 2} \\cup 3", "needs two sets");
    expect_error("Cardinality(3)", "Attempted to compute cardinality of the value\n3");
}

/* Sets kept symbolic: membership, inclusion and equality decided without listing them. */
/* Where TLC stops with an error comparing values of different kinds, and where it answers
 * (each checked against TLC 2.20). */
static void test_incomparable(void **state)
{
    (void)state;
    expect_error("1 = \"a\"", "Attempted to check equality of integer 1 with non-integer:\n\"a\"");
    expect_error("<<\"a\">> = <<1>>", "Attempted to check equality of string \"a\" with non-string:\n1");
    expect_error("{<<1>>} = {<<\"a\">>}", "Attempted to check equality of integer 1 with non-integer:\n\"a\"");
    expect_error("[a |-> 1] = <<1>>", "Attempted to check equality of record:\n[a |-> 1]\nwith non-record\n<<1>>");
    expect_error("\"a\" \\in {1}", "Attempted to check equality of integer 1 with non-integer:\n\"a\"");
    expect_error("\"a\" \\notin {1}", "Attempted to check equality of integer 1 with non-integer:\n\"a\"");
    expect_error("<<\"a\">> \\in {<<1>>}", "Attempted to check equality of integer 1 with non-integer:\n\"a\"");
    expect_error("\"a\" \\in 1 .. 2", "Attempted to check if the value:\n\"a\"\nis in the integer interval 1..2");
    expect_error("\"a\" \\in Nat", "Attempted to check if the value:\n\"a\"\nis an element of Nat.");
    expect_error("3 \\in [a : {1}]", "Attempted to check if non-record\n3\nis in the set of records:");
    expect_error("1 \\in SUBSET {1}", "Attempted to check if the non-enumerable value\n1\nis element of");
    expect_error("{\"a\"} \\in SUBSET {1}", "Attempted to check equality of integer 1 with non-integer:\n\"a\"");
    expect_error("1 \\in {1} \\X {2}", "Attempted to check if non-tuple\n1\nis in the set of tuples:");
    expect_error("(2 :> 1) \\in Seq({1})", "is an element of Seq({1}).");
    expect_error("{1} \\subseteq {\"a\"}", "cannot compare");
    expect_error("{1} \\cup {\"a\"}", "Attempted to check equality of integer 1 with non-integer:\n\"a\"");   /* TLC 2.20 */
    expect_error("{1, 2} \\ {\"a\"}", "Attempted to check equality of string \"a\" with non-string:\n1");   /* TLC 2.20 */
    expect_error("{\"a\"} \\cap {1}", "Attempted to check equality of integer 1 with non-integer:\n\"a\"");   /* TLC 2.20 */
    expect("{1, 2} \\ {}", "{1, 2}");
    expect_error("0 \\in Nat \\cup {\"none\"}", "Attempted to check equality of string \"none\" with non-string:\n0");
    expect("\"none\" \\in {\"none\"} \\cup Nat", "TRUE");
    expect("<<1>> = <<1, \"a\">>", "FALSE");          /* sizes differ: no part compared */
    expect("<<1, \"a\">> \\in {<<2, 3>>}", "FALSE");  /* the first parts differ */
    expect("(1 :> \"a\") = (2 :> 1)", "FALSE");
    expect("<<>> = [a |-> 1]", "FALSE");
    expect("<<>> \\in [a : {1}]", "FALSE");
    expect("[a |-> 1] \\in [a : {1}, b : {1}]", "FALSE");
    expect("<<1, 2, 3>> \\in {1} \\X {2}", "FALSE");
    /* a set of members of different kinds: looked through in the order written, refused when sorted */
    expect("0 \\in {0, \"none\"}", "TRUE");
    expect("1 \\notin {0, 1, \"none\"}", "FALSE");
    expect_error("\"none\" \\in {0, \"none\"}", "Attempted to check equality of integer 0 with non-integer:\n\"none\"");
    expect_error("2 \\in {0, \"none\"}", "Attempted to check equality of string \"none\" with non-string:\n2");
    expect_error("{0, \"none\"} = {0, \"none\"}", "Attempted to compare string \"none\" with non-string:\n0");
    expect_error("{<<>>, {}}", "Attempted to compare the set {} with the value:\n<<>>");
    expect_error("{IF i = 1 THEN \"one\" ELSE i : i \\in 0 .. 2}", "Attempted to compare string \"one\" with non-string:\n0");
    expect("{TLCModelValue(\"m1\"), 1, 2}", "{m1, 1, 2}");   /* a model value goes with any kind */
}

static void test_lazy_sets(void **state)
{
    (void)state;
    expect("{1} \\in SUBSET Nat", "TRUE");
    expect("{-1} \\in SUBSET Nat", "FALSE");
    expect("{{1, 2}} \\in SUBSET SUBSET Nat", "TRUE");
    /* TLC compares the domain 1..2 with Nat, which it does not enumerate, and stops */
    expect_error("<<1, 2>> \\in [Nat -> Nat]", "cannot decide");
    expect("<<1, 2>> \\in [1..2 -> Nat]", "TRUE");
    expect("<<1, -2>> \\in [1..2 -> Nat]", "FALSE");
    expect("[a |-> 1] \\in [a : Nat]", "TRUE");
    expect("[a |-> 1, b |-> 2] \\in [a : Nat]", "FALSE");
    expect("[a |-> -1] \\in [a : Nat]", "FALSE");
    expect("<<1, 2, 3>> \\in Seq(Nat)", "TRUE");
    expect("<<>> \\in Seq({})", "TRUE");
    expect("<<1, -2>> \\in Seq(Nat)", "FALSE");
    expect_error("[a |-> 1] \\in Seq(Nat)", "Attempted to check if the value:\n[a |-> 1]\nis an element of Seq(Nat).");   /* TLC: not a sequence */
    expect("<<1, \"a\">> \\in Nat \\X STRING", "TRUE");
    expect("\"abc\" \\in STRING", "TRUE");
    expect_error("1 \\in STRING", "Attempted to check if the value:\n1\nis an element of STRING.");
    expect("5 \\in {x \\in Nat : x > 3}", "TRUE");
    expect("5 \\in Nat \\cup STRING", "TRUE");
    expect("Int \\in {Nat, Int}", "TRUE");
    expect("Nat \\in SUBSET Int", "TRUE");
    expect("[x \\in 1..2 |-> x] \\in [1..2 -> 1..2]", "TRUE");
    expect_error("[n \\in Nat |-> n] \\in [Nat -> Nat]", "cannot enumerate");
    /* equality of infinite sets by their structure, where TLC compares them: sets of one sort */
    expect("SUBSET Nat = SUBSET Nat", "TRUE");
    expect_error("[a : Nat] = [a : Nat]", "cannot decide");   /* TLC lists [a : S] and S \\X T */
    expect("Seq({1}) = Seq({1})", "TRUE");
    expect("Cardinality({SUBSET Nat, SUBSET Nat})", "1");
    expect("Cardinality({Nat, Int, Nat})", "2");
    expect_error("Cardinality({Nat, Int, Nat, STRING})", "Attempted to compare STRING with the value\nInt");   /* TLC 2.20 */
    expect_error("[{\"a\"} -> Nat] = [a : Nat]", "cannot decide");
    expect_error("[1..2 -> Nat] = Nat \\X Nat", "cannot decide");
    expect("[Nat -> {1, 2}] = [Nat -> {1, 2}]", "TRUE");
    expect("Nat = Int", "FALSE");
    expect("SUBSET Nat = SUBSET Int", "FALSE");
    expect_error("Seq(Nat) = [Nat -> Nat]", "Attempted to compare overridden value Seq(Nat) with non-overridden value:");
    expect_error("Seq({1}) = Nat", "Attempted to compare Seq({1}) with the value\nNat");
    expect_error("STRING = Int", "Attempted to compare STRING with the value\nInt");
    expect_error("SUBSET Nat = [Nat -> Nat]", "cannot decide");
    expect("Seq({}) = Seq({1})", "FALSE");
    expect_error("Nat = {1, 2}", "Attempted to compare overridden value Nat with non-overridden value:\n{1, 2}");
    expect_error("{1, 2} = Nat", "Attempted to check equality of the set {1, 2} with the value:\nNat");
    expect_error("Seq({1}) = {}", "Attempted to compare overridden value Seq({1}) with non-overridden value:\n{}");
    expect("Nat \\ {0} = Nat \\ {0}", "TRUE");
    expect("SUBSET (1..70) = SUBSET (1..70)", "TRUE");
    expect_error("Nat \\ {0} = Int", "cannot decide");
    expect_error("{x \\in Nat : x < 3} = {0, 1, 2}", "cannot decide");
    /* finite lazy sets equal their elements */
    expect("SUBSET {1, 2} = {{}, {1}, {2}, {1, 2}}", "TRUE");
    expect("[1..2 -> {0, 1}] = {<<0, 0>>, <<0, 1>>, <<1, 0>>, <<1, 1>>}", "TRUE");
    expect("[a : {1}, b : {2, 3}] = {[a |-> 1, b |-> 2], [a |-> 1, b |-> 3]}", "TRUE");
    expect("[a : Nat, b : {}] = {}", "TRUE");
    expect_error("Seq({}) = {<<>>}", "Attempted to compare overridden value");   /* TLC: Seq(S) is not enumerated */
    /* inclusion */
    /* TLC enumerates S of S \\subseteq T: an infinite S, or Seq(S), stops it */
    expect_error("[1..2 -> Nat] \\subseteq [1..2 -> Int]", "S was not enumerable");
    expect_error("Seq(Nat) \\subseteq Seq(Int)", "S was not enumerable");
    expect_error("Seq({}) \\subseteq Seq(Int)", "S was not enumerable");
    expect_error("Nat \\subseteq Int", "S was not enumerable");
    expect_error("STRING \\subseteq Nat", "S was not enumerable");
    expect("[1..2 -> {0}] \\subseteq [1..2 -> Int]", "TRUE");
    expect("1..5 \\subseteq Nat", "TRUE");
    expect("-1..5 \\subseteq Nat", "FALSE");
    expect("SUBSET (1..30) \\subseteq SUBSET (1..40)", "TRUE");
    /* sizes */
    expect("IsFiniteSet(Nat)", "FALSE");
    expect("IsFiniteSet(SUBSET (1..3))", "TRUE");
    expect("IsFiniteSet([a : Nat, b : {}])", "TRUE");
    expect("Cardinality([a : Nat, b : {}])", "0");
    expect_error("Cardinality(Seq({}))", "Attempted to compute cardinality of the value\nSeq({})");   /* TLC's */
    expect("Cardinality([1..3 -> 1..4])", "64");
    expect("Cardinality(SUBSET (1..30))", "1073741824");
    expect_error("Cardinality(SUBSET (1..31))", "Overflow when computing the number of elements in:");
    expect_error("Cardinality(Nat)", "Attempted to compute cardinality of the value\nNat");
    expect_error("Cardinality({n \\in Nat : n > 2})", "Attempted to enumerate { x \\in S : p(x) } when S:\nNat");
    expect_error("Cardinality(SUBSET Nat)", "the number of elements in the overridden value Nat.");
    expect_error("IsFiniteSet({x \\in Nat : x < 3})", "cannot decide whether");
    /* TLC's ANY holds every value and compares with nothing */
    expect("Any", "ANY");
    expect("1 \\in Any", "TRUE");
    expect("{1, 2} \\subseteq Any", "TRUE");
    expect_error("Any = Any", "cannot decide");
    expect_error("Cardinality(Any)", "Attempted to compute cardinality of the value\nANY");
}

/* ---- functions and records ------------------------------------------------------------------------ */

static void test_functions(void **state)
{
    (void)state;
    expect("[x \\in 1..3 |-> x * x]", "<<1, 4, 9>>");
    expect("[x \\in {1, 2} |-> x]", "<<1, 2>>");
    expect("[x \\in 2..3 |-> x]", "(2 :> 2 @@ 3 :> 3)");
    expect("[x \\in {\"a\", \"b\"} |-> 0]", "[a |-> 0, b |-> 0]");
    expect("[f \\in {<<1, 2>>} |-> f]", "(<<1, 2>> :> <<1, 2>>)");
    expect("[x, y \\in 1..2 |-> x * y][2, 2]", "4");
    expect("[x \\in 1..2, y \\in {\"a\"} |-> x][2, \"a\"]", "2");
    expect("[<<x, y>> \\in {<<1, 2>>} |-> x + y][1, 2]", "3");
    expect("[x \\in 1..3 |-> x][2]", "2");
    expect_error("[x \\in 1..3 |-> x][4]", "which is not in its domain");   /* TLC: applied unbuilt */
    expect_error_at("<<1, 2>>[3] + 1", "Attempted to access index 3 of tuple", "<<1, 2>>[3]");
    expect_error_at("LET f == [x \\in 1..2 |-> x] IN f[3]", "not in the domain", "f[3]");
    expect("(1 :> \"a\" @@ 2 :> \"b\")", "<<\"a\", \"b\">>");
    expect("(\"x\" :> 1) @@ (\"x\" :> 2)", "[x |-> 1]");
    expect("(1 :> 5)", "<<5>>");
    expect("<<1, 2>> = [i \\in 1..2 |-> i]", "TRUE");
    expect("<<>> = [x \\in {} |-> 0]", "TRUE");
    expect("[i \\in 1..2 |-> i] = (1 :> 1 @@ 2 :> 2)", "TRUE");
    expect("[i \\in 1..2 |-> i] = [i \\in 1..2 |-> i + 0]", "TRUE");
    /* DOMAIN keeps the form the domain was given in, as TLC does */
    expect("DOMAIN <<4, 5, 6>>", "1..3");
    expect("DOMAIN [x \\in 1..2 |-> x]", "1..2");
    expect("DOMAIN [x \\in {1, 2} |-> x]", "{1, 2}");
    expect("DOMAIN [x \\in 2..3 |-> x]", "2..3");
    expect("DOMAIN [x \\in {2, 3} |-> x]", "{2, 3}");
    expect("DOMAIN (1 :> 5)", "{1}");
    expect("DOMAIN [[x \\in {1, 2} |-> 0] EXCEPT ![1] = 5]", "{1, 2}");
    expect("DOMAIN [a |-> 1, b |-> 2]", "{\"a\", \"b\"}");
    expect("DOMAIN <<>>", "{}");
    expect_error("DOMAIN 3", "Attempted to apply the operator DOMAIN to a non-function\n(an integer)");   /* TLC 2.20 */
    expect_error("3[1]", "A non-function (an integer) was applied as a function.\nline 1, col 1 to line 1, col 4 of module <test>");
}

static void test_recursive_functions(void **state)
{
    (void)state;
    expect("fib[10]", "55");
    expect("fib[0]", "0");
    expect("sumTo[100]", "5050");
    expect("[n \\in 0..6 |-> fib[n]]", "(0 :> 0 @@ 1 :> 1 @@ 2 :> 1 @@ 3 :> 2 @@ 4 :> 3 @@ 5 :> 5 @@ 6 :> 8)");
    expect_error("fib[-1]", "not in the domain");
}

static void test_except(void **state)
{
    (void)state;
    expect("[<<1, 2, 3>> EXCEPT ![2] = 20]", "<<1, 20, 3>>");
    expect("[<<1, 2, 3>> EXCEPT ![2] = @ * 10, ![3] = @ + 1]", "<<1, 20, 4>>");
    expect("[[a |-> 1, b |-> 2] EXCEPT !.a = @ + 10]", "[a |-> 11, b |-> 2]");
    expect("[[a |-> [c |-> 1]] EXCEPT !.a.c = 5]", "[a |-> [c |-> 5]]");
    expect("[[a |-> <<1, 2>>] EXCEPT !.a[2] = 7]", "[a |-> <<1, 7>>]");
    expect("[[x \\in 1..2 |-> [y \\in 1..2 |-> 0]] EXCEPT ![1][2] = 9]", "<<<<0, 9>>, <<0, 0>>>>");
    expect("[[x \\in 1..2 |-> [y \\in 1..2 |-> 0]] EXCEPT ![1][2] = 9, ![2][1] = @ - 1]", "<<<<0, 9>>, <<-1, 0>>>>");
    expect("[[a |-> 1] EXCEPT !.a = @ + 1, !.a = @ * 10]", "[a |-> 20]");
    expect("[[a |-> [b |-> [c |-> 1]]] EXCEPT !.a.b.c = @ + 1].a.b.c", "2");
    expect("[<<1, 2>> EXCEPT ![5] = 0]", "<<1, 2>>");
    expect("[(\"k\" :> {1}) EXCEPT ![\"k\"] = @ \\cup {2}]", "[k |-> {1, 2}]");
    expect("LET f == [x \\in 1..3 |-> x] IN [f EXCEPT ![2] = f[3]]", "<<1, 3, 3>>");
    expect_error("@ + 1", "@ may only appear");
}

static void test_records(void **state)
{
    (void)state;
    expect("[a |-> 1, b |-> \"x\"]", "[a |-> 1, b |-> \"x\"]");
    expect("[a |-> 1, b |-> 2].b", "2");
    expect("[a |-> {}]", "[a |-> {}]");
    expect("[a |-> 1] = [a |-> 1]", "TRUE");
    expect("[a |-> 1] = [a |-> 2]", "FALSE");
    expect("[a |-> 1, b |-> 2] = (\"a\" :> 1 @@ \"b\" :> 2)", "TRUE");
    expect("[a : {1, 2}, b : {3}]", "{[a |-> 1, b |-> 3], [a |-> 2, b |-> 3]}");
    expect("Cardinality([a : 1..3, b : 1..2])", "6");
    expect("[r \\in {[a |-> 1]} |-> r.a][[a |-> 1]]", "1");
    expect_error_at("[a |-> 1].c", "nonexistent field \"c\" from the record", "[a");
    /* TLC prints a function as a record only when every key is a field name */
    expect("[x \\in {\"a b\"} |-> 1]", "(\"a b\" :> 1)");
    expect("[x \\in {\"\"} |-> 1]", "(\"\" :> 1)");
    expect("[x \\in {\"WF_x\"} |-> 1]", "(\"WF_x\" :> 1)");
    expect("[x \\in {\"_1\"} |-> 1]", "(\"_1\" :> 1)");
    expect("[x \\in {\"a_1\", \"b_2\"} |-> 1]", "[a_1 |-> 1, b_2 |-> 1]");   /* fields in the order first seen */
    expect("[x \\in {\"a\", \"a b\"} |-> 1]", "(\"a\" :> 1 @@ \"a b\" :> 1)");
    expect("[x \\in {\"WF_\"} |-> 1]", "[WF_ |-> 1]");
}

/* ---- sequences and strings ------------------------------------------------------------------------ */

static void test_sequences(void **state)
{
    (void)state;
    expect("<<1, \"a\", TRUE>>[2]", "\"a\"");
    expect("Len(<<1, 2, 3>>)", "3");
    expect("Len(<<>>)", "0");
    expect("<<1, 2>> \\o <<3>>", "<<1, 2, 3>>");
    expect("<<>> \\o <<>>", "<<>>");
    expect("Append(<<1>>, 2)", "<<1, 2>>");
    expect("Append(<<>>, <<>>)", "<<<<>>>>");
    expect("Head(<<7, 8>>)", "7");
    expect("Tail(<<7, 8, 9>>)", "<<8, 9>>");
    expect("Tail(<<7>>)", "<<>>");
    expect("SubSeq(<<1, 2, 3, 4>>, 2, 3)", "<<2, 3>>");
    expect("SubSeq(<<1, 2>>, 2, 1)", "<<>>");
    expect("SelectSeq(<<1, 2, 3, 4>>, LAMBDA x : x % 2 = 0)", "<<2, 4>>");
    expect("SelectSeq(<<1, 2, 3>>, IsEven)", "<<2>>");
    expect("Seq({1, 2})", "Seq({1, 2})");
    expect("SortSeq(<<3, 1, 2>>, <)", "<<1, 2, 3>>");
    expect("SortSeq(<<3, 1, 2>>, LAMBDA a, b : a > b)", "<<3, 2, 1>>");
    expect("<<1, 2>> = <<1, 2>>", "TRUE");
    expect("<<1, 2>> = <<2, 1>>", "FALSE");
    expect("<<{}, <<>>, [x \\in {} |-> 1]>>", "<<{}, <<>>, <<>>>>");
    expect_error_at("Head(<<>>)", "Attempted to apply Head to the empty sequence.", "Head");
    expect_error("Tail(<<>>)", "Attempted to apply Tail to the empty sequence.");
    expect_error("SubSeq(<<1, 2>>, 0, 1)", "The second argument of SubSeq must be in the domain of its first argument:\n<<1, 2>>\n, but instead it is\n0");
    expect_error("SubSeq(<<1, 2>>, 1, 3)", "The third argument of SubSeq must be in the domain of its first argument:\n<<1, 2>>\n, but instead it is\n3");
    expect_error("<<1, 2>> \\o \"a\"", "Evaluating an expression of the form t \\o s when s is not a sequence:\n\"a\"");
    expect_error("3 \\o <<1>>", "Evaluating an expression of the form s \\o t when s is not a sequence:\n3");
    expect_error("\"a\" \\o <<1>>", "Evaluating an expression of the form t \\o s when s is not a string:\n<<1>>");
    expect_error("Len(3)", "The argument of Len should be a sequence, but instead it is:\n3");
    expect_error("SelectSeq(3, LAMBDA e : TRUE)", "The first argument of SelectSeq should be a sequence, but instead it is:\n3");
}

/* Strings are sequences of characters where TLC takes them so: Len, Tail, SubSeq and \o. */
static void test_strings(void **state)
{
    (void)state;
    expect("\"ab\" \\o \"cd\"", "\"abcd\"");
    expect("Len(\"hello\")", "5");
    expect("Len(\"\")", "0");
    expect("Len(\"h\xc3\xa9llo\")", "5");
    expect("Tail(\"abc\")", "\"bc\"");
    expect("SubSeq(\"abcdef\", 2, 4)", "\"bcd\"");
    expect("SubSeq(\"abc\", 3, 2)", "\"\"");
    expect("\"abc\" = \"abc\"", "TRUE");
    expect("\"a\" # \"b\"", "TRUE");
    expect("ToString(42)", "\"42\"");
    expect("ToString(<<1, \"a\">>)", "\"<<1, \\\"a\\\">>\"");
    expect("\"a\\\\b\"", "\"a\\\\b\"");
    expect("\"x\\ny\"", "\"x\\ny\"");
    expect("\"q\\\"q\"", "\"q\\\"q\"");
    expect("CHOOSE s \\in {\"b\", \"ab\", \"a\"} : TRUE", "\"a\"");
    expect_error("Tail(\"\")", "Attempted to apply Tail to the empty sequence.");
    expect_error("SubSeq(\"abc\", 2, 5)", "The third argument of SubSeq must be in the domain of its first argument:\n\"abc\"\n, but instead it is\n5");
    expect_error("Head(\"abc\")", "The argument of Head should be a sequence, but instead it is:\n\"abc\"");
    expect_error("Append(\"ab\", \"c\")", "Evaluating an expression of the form Append(s, v) when s is not a sequence:\n\"ab\"");
    expect_error("\"abc\"[1]", "A non-function (a string) was applied as a function.");
}

/* ---- operators ----------------------------------------------------------------------------------- */

static void test_recursive_and_higher_order(void **state)
{
    (void)state;
    expect("Fact(5)", "120");
    expect("Fact(0)", "1");
    expect("Fact(12)", "479001600");
    expect_error("Fact(13)", "Overflow when computing 13*479001600");
    expect("SumSeq(<<1, 2, 3>>)", "6");
    expect("Ack(2, 3)", "9");
    expect("Deep(1000)", "1000");
    /* the stack or the limit of calls, whichever comes first (the frames' size decides) */
    expect_error("Deep(100000)", "in Deep");
    expect_error("Deep(100000)", "recursion");
    expect("Twice(Inc, 3)", "5");
    expect("Twice(LAMBDA x : x * 2, 3)", "12");
    expect("Compose(Inc, Square, 3)", "10");
    expect("Compose(Square, Inc, 3)", "16");
    expect("Map(Square, <<1, 2, 3>>)", "<<1, 4, 9>>");
    expect("Map(LAMBDA x : <<x>>, <<1>>)", "<<<<1>>>>");
    expect("FoldL(LAMBDA a, b : a + b, 0, <<1, 2, 3>>)", "6");
    expect("FoldL(LAMBDA a, b : a \\o <<b>>, <<>>, <<3, 1>>)", "<<3, 1>>");
    expect("LET Add(a, b) == a + b IN FoldL(Add, 10, <<1, 2>>)", "13");
    expect("LET y == 5 IN Twice(LAMBDA x : x + y, 0)", "10");
}

static void test_instances(void **state)
{
    (void)state;
    expect("I3!Double", "6");
    expect("I3!Pair(4)", "<<3, 4>>");
    expect("I(5)!Double", "10");
    expect("I(5)!Pair(I3!Double)", "<<5, 6>>");
    expect("J!Double", "12");
    expect("LET k == 7 IN I(k)!Double", "14");
}

/* ---- standard modules ------------------------------------------------------------------------------ */

static void test_bags(void **state)
{
    (void)state;
    expect("SetToBag({1, 2})", "<<1, 1>>");
    expect("BagToSet(SetToBag({1, 2}))", "{1, 2}");
    expect("EmptyBag", "<<>>");
    expect("BagIn(1, SetToBag({1}))", "TRUE");
    expect("BagIn(2, SetToBag({1}))", "FALSE");
    expect("CopiesIn(3, (3 :> 2))", "2");
    expect("CopiesIn(4, (3 :> 2))", "0");
    expect("(3 :> 2) (+) (3 :> 1 @@ 4 :> 1)", "(3 :> 3 @@ 4 :> 1)");
    expect("(3 :> 2 @@ 4 :> 1) (-) (3 :> 1 @@ 4 :> 5)", "(3 :> 1)");
    expect("BagCardinality((3 :> 2 @@ 4 :> 1))", "3");
    expect("IsABag((3 :> 2))", "TRUE");
    expect("IsABag((3 :> 0))", "FALSE");
    expect("(1 :> 1) \\sqsubseteq (1 :> 2)", "TRUE");
    expect("(1 :> 3) \\sqsubseteq (1 :> 2)", "FALSE");
    expect("BagUnion({(1 :> 1), (1 :> 2 @@ 2 :> 1)})", "<<3, 1>>");
    expect("BagUnion({(2 :> 1), (2 :> 2 @@ 3 :> 1)})", "(2 :> 3 @@ 3 :> 1)");
    expect("BagOfAll(LAMBDA x : x % 2, (1 :> 1 @@ 2 :> 1 @@ 3 :> 2))", "(0 :> 1 @@ 1 :> 3)");
}

static void test_tlc_module(void **state)
{
    (void)state;
    expect("(1 :> 2) @@ (3 :> 4)", "(1 :> 2 @@ 3 :> 4)");
    expect("Permutations({1, 2})", "{<<1, 2>>, <<2, 1>>}");
    expect("Cardinality(Permutations(1..4))", "24");
    expect("Assert(TRUE, \"m\")", "TRUE");
    expect("TLCEval(3)", "3");
    expect("ToString({1})", "\"{1}\"");
    expect("JavaTime > 0", "TRUE");
    expect("TLCGet(\"level\")", "0");
    expect("TLCSet(1, 5)", "TRUE");
    expect("TLCGet(1)", "5");
    expect("RandomElement({7})", "7");
    expect("RandomElement(1..3) \\in 1..3", "TRUE");
    expect("RandomElement(SUBSET {1, 2}) \\subseteq {1, 2}", "TRUE");
    expect_error("TLCGet(99)", "TLCGet(99) was undefined.");
    expect_error("RandomElement({})", "Index 0 out of bounds for length 0");

    char *msg;
    const eval_error *err;
    checks++;
    assert_false(evaluate("Assert(FALSE, \"boom\")", &msg, &err));
    assert_int_equal(err->status, EVAL_ASSERT);
    assert_non_null(strstr(msg, "\"boom\""));
    free(msg);
}

static void test_tlcext(void **state)
{
    (void)state;
    expect("AssertEq(1, 1)", "TRUE");
    expect("AssertError(\"The second argument of \\\\div is 0.\", 1 \\div 0)", "TRUE");
    expect("AssertError(\"x\", 1 \\div 0)", "FALSE");
    expect("AssertError(\"x\", 1)", "FALSE");
    expect("AssertError(\"A non-function (an integer) was applied as a function.\\nline 1, col 124 to line 1, col 127 of "
           "module <test>\", 3[1])", "TRUE");
    /* the evaluation goes on normally after a caught error */
    expect("AssertError(\"The second argument of \\\\div is 0.\", 1 \\div 0) /\\ 2 + 2 = 4", "TRUE");
    expect("TLCModelValue(\"m1\")", "m1");
    expect("TLCNoOp(4)", "4");
    expect_error("Trace", "Trace (module TLCExt) is not supported yet");
    expect_error("CounterExample", "not supported yet");
    expect_error("PickSuccessor(TRUE)", "not supported yet");
    expect_error("TLCDefer(TRUE)", "not supported yet");
}

/* ---- the table of tests/eval/expressions.txt ------------------------------------------------------ */

/* One line `EXPR ==> VALUE` or `EXPR ==> error: WORDS`: false (with the reason in why) when tlc-c
 * does not print VALUE, or does not fail with WORDS (case aside) in its diagnostics or message. */
static bool table_line(const char *expr, const char *want, char *why, size_t n)
{
    char *diag = NULL;
    size_t diag_len = 0;
    FILE *capture = open_memstream(&diag, &diag_len);
    util_diag_stream(capture);
    arena a;
    arena_init(&a);
    syn_expr *e = syn_parse_expr(&a, "<eval>", expr);
    val v;
    bool ok = e && sema_resolve_expr(prog, prog->root, e) && eval_value(w, e, NULL, NULL, &v);
    if (e && !ok) fprintf(capture, "%s\n", eval_worker_error(w)->message);
    char *got = strdup(ok ? val_to_string(&a, v) : "");
    eval_worker_reset(w);
    arena_free(&a);
    util_diag_stream(NULL);
    fclose(capture);
    bool error_wanted = strncmp(want, "error: ", 7) == 0;
    bool pass = error_wanted ? !ok && strcasestr(diag, want + 7) : ok && strcmp(got, want) == 0;
    if (!pass) snprintf(why, n, "%s\n  want: %s\n  got:  %s%s", expr, want, ok ? got : "(error) ", ok ? "" : diag);
    free(got);
    free(diag);
    return pass;
}

static void test_expression_table(void **state)
{
    (void)state;
    char path[4096], line[4096], why[8192];
    snprintf(path, sizeof path, "%s/tests/eval/expressions.txt", getenv("TLCC_SOURCE_DIR") ? getenv("TLCC_SOURCE_DIR") : "..");
    FILE *f = fopen(path, "r");
    assert_non_null(f);
    unsigned failed = 0, lines = 0;
    while (fgets(line, sizeof line, f)) {
        line[strcspn(line, "\n")] = 0;
        char *arrow = strstr(line, "==>");
        if (line[0] == '#' || !arrow) continue;
        const char *want = arrow + 3;
        while (*want == ' ') want++;
        while (arrow > line && arrow[-1] == ' ') arrow--;
        *arrow = 0;
        lines++;
        checks++;
        if (!table_line(line, want, why, sizeof why)) {
            print_error("FAIL: %s\n", why);
            failed++;
        }
    }
    fclose(f);
    assert_true(lines > 0);
    assert_int_equal(failed, 0);
}

/* ---- the compiled form -------------------------------------------------------------------------- */

/* Shapes with a handler of their own in compile.c, and their errors (evaluate() checks that the
 * interpreter agrees on each). */
static void test_compiled_shapes(void **state)
{
    (void)state;
    expect_error_at("\"a\" + (1 \\div 0)", "second argument of \\div is 0", "1 \\div");
    /* TLC's messages, at the operator's application */
    expect_error_at("\"a\" < \"b\"", "The first argument of < should be an integer", "\"a\" <");
    expect_error_at("1 <= \"b\"", "The second argument of <= should be an integer", "1 <=");
    expect_error_at("\"a\" + \"b\"", "Cannot cast tlc2.value.impl.StringValue to tlc2.value.impl.IntValue", "\"a\" +");
    expect_error_at("{1} .. 2", "Integers.DotDot(tlc2.value.impl.IntValue,tlc2.value.impl.IntValue),", "{1} ..");
    expect_error_at("-TRUE", "Cannot cast tlc2.value.impl.BoolValue", "-TRUE");
    expect_error_at("\"a\" .. (1 \\div 0)", "second argument of \\div is 0", "1 \\div");
    expect_error_at("2147483647 + 1", "Overflow when computing 2147483647+1", "2147483647");
    expect_error_at("-2147483647 - 2", "Overflow when computing -2147483647-2", "-2147483647");
    expect_error_at("~1", "Attempted to apply the operator ~ to a non-boolean\n(an integer)", "~");
    expect_error_at("{1} = 1", "Attempted to check equality of the set {1} with the value:\n1", "{1}");
    expect("\"a\" = \"a\" /\\ \"a\" # \"b\" /\\ TRUE # FALSE", "TRUE");
    expect_error_at("<<1, 2>>[3]", "Attempted to access index 3 of tuple\n<<1, 2>>\nwhich is out of bounds.", "<<1, 2>>[3]");
    expect("<<4, 5, 6>>[2] + [i \\in {7, 8} |-> i][8]", "13");
    expect_error_at("[a |-> 1].b", "nonexistent field \"b\" from the record", "[a |-> 1].b");
    expect_error_at("\\E x \\in {1, 2} : x + 7", "TLC expected a boolean value, but did not find one. line 1, col 1", "\\E");
    expect_error_at("\\A x, y \\in {1} : 2", "TLC expected a boolean value, but did not find one.", "\\A");
    expect("\\E x \\in 1..3, y \\in {4, 5} : x + y = 8", "TRUE");
    expect("\\A x, y \\in {1, 2}, z \\in 1..0 : FALSE", "TRUE");
    expect("{x \\in 1..6 : x % 2 = 0}", "{2, 4, 6}");
    expect("{x * x : x \\in {3, 1, 2}}", "{1, 4, 9}");
    expect("[x \\in 0..2 |-> x + 1]", "(0 :> 1 @@ 1 :> 2 @@ 2 :> 3)");
    expect("[x \\in 1..0 |-> x]", "<<>>");
    expect("LET r == [a |-> 1, b |-> 2] IN [r EXCEPT !.a = @ + 1, !.b = 0] = [a |-> 2, b |-> 0]", "TRUE");
    expect("[<<1, 2>> EXCEPT ![3] = 0]", "<<1, 2>>");
    expect("IF 2 \\in {x \\in 1..3 : x > 1} THEN 2 \\notin 1..1 ELSE FALSE", "TRUE");
    expect_error_at("IF 1 THEN 2 ELSE 3", "A non-boolean expression (an integer) was used as the condition of an IF.", "IF");
    expect_error_at("(1) /\\ TRUE", "Attempted to evaluate an expression of form P /\\ Q when P was\nan integer.", "(1)");
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_logic),
        cmocka_unit_test(test_quantifiers),
        cmocka_unit_test(test_choose),
        cmocka_unit_test(test_if_case_let),
        cmocka_unit_test(test_arithmetic),
        cmocka_unit_test(test_intervals),
        cmocka_unit_test(test_sets),
        cmocka_unit_test(test_incomparable),
        cmocka_unit_test(test_lazy_sets),
        cmocka_unit_test(test_functions),
        cmocka_unit_test(test_recursive_functions),
        cmocka_unit_test(test_except),
        cmocka_unit_test(test_records),
        cmocka_unit_test(test_sequences),
        cmocka_unit_test(test_strings),
        cmocka_unit_test(test_recursive_and_higher_order),
        cmocka_unit_test(test_instances),
        cmocka_unit_test(test_bags),
        cmocka_unit_test(test_tlc_module),
        cmocka_unit_test(test_tlcext),
        cmocka_unit_test(test_expression_table),
        cmocka_unit_test(test_compiled_shapes),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
