/* test_community.c - the native operators of Bags and of the community modules (Folds,
 * FiniteSetsExt, Functions, BagsExt, SequencesExt, Relation, Bitwise, DyadicRationals,
 * Combinatorics, VectorClocks) against their TLA+ definitions in specs/ evaluated without the natives, over
 * many small inputs; and values worked out by hand from the published definitions, TLC's
 * overrides and the community modules' own tests, for the edge cases.
 *
 * The definitions are evaluated without natives by loading copies of the modules renamed RefX
 * (natives are attached to the tool's library only); scope-module names N and RN are the native
 * and the reference instance of each module. Infix operators are reached through wrapper modules. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "eval_fixture.h"

static const char *const renamed_modules[] = {"Bags", "BagsExt", "Folds", "FiniteSetsExt", "Functions",
                                              "SequencesExt", "Relation", "Bitwise", "DyadicRationals",
                                              "VectorClocks", "Combinatorics", "BagOps", "BitOps"};

/* Wrappers that name the infix operators, written for the module named first and for its Ref copy. */
static const char bag_ops[] =
    "---- MODULE BagOps ----\n"
    "EXTENDS Bags\n"
    "Plus(a, b) == a (+) b\n"
    "Minus(a, b) == a (-) b\n"
    "Sub(a, b) == a \\sqsubseteq b\n"
    "====\n";
static const char bit_ops[] =
    "---- MODULE BitOps ----\n"
    "EXTENDS Bitwise\n"
    "And(a, b) == a & b\n"
    "Or(a, b) == a | b\n"
    "Xor(a, b) == a ^^ b\n"
    "====\n";

static const char scope[] =
    "---- MODULE C ----\n"
    "EXTENDS Naturals, Integers, Sequences, FiniteSets, TLC\n"
    "Fo == INSTANCE Folds\n            RFo == INSTANCE RefFolds\n"
    "X == INSTANCE FiniteSetsExt\n     RX == INSTANCE RefFiniteSetsExt\n"
    "Fn == INSTANCE Functions\n        RFn == INSTANCE RefFunctions\n"
    "B == INSTANCE Bags\n              RB == INSTANCE RefBags\n"
    "BO == INSTANCE BagOps\n           RBO == INSTANCE RefBagOps\n"
    "BE == INSTANCE BagsExt\n          RBE == INSTANCE RefBagsExt\n"
    "S == INSTANCE SequencesExt\n      RS == INSTANCE RefSequencesExt\n"
    "Rel == INSTANCE Relation\n        RRel == INSTANCE RefRelation\n"
    "Bw == INSTANCE BitOps\n           RBw == INSTANCE RefBitOps\n"
    "Bit == INSTANCE Bitwise\n         RBit == INSTANCE RefBitwise\n"
    "D == INSTANCE DyadicRationals\n   RD == INSTANCE RefDyadicRationals\n"
    "V == INSTANCE VectorClocks\n      RV == INSTANCE RefVectorClocks\n"
    "Co == INSTANCE Combinatorics\n    RCo == INSTANCE RefCombinatorics\n"
    "Q == INSTANCE Quorum\n"
    /* small inputs */
    "Seqs(T, n) == UNION {[1 .. k -> T] : k \\in 0 .. n}\n"
    "Bags(T, n) == UNION {[E -> 1 .. n] : E \\in SUBSET T}\n"
    "IntFns == UNION {[E -> 0 .. 2] : E \\in SUBSET {1, 2, 3}}\n"
    "Fns == IntFns \\cup [{\"a\", \"b\"} -> 0 .. 1]\n"
    "Rels(T) == [T \\X T -> BOOLEAN]\n"
    "Clocks == [{1, 2} -> 0 .. 1] \\cup {(2 :> 2), [n \\in {1, 3} |-> 1]}\n"
    "Dyadics == {[num |-> n, den |-> d] : n \\in -3 .. 3, d \\in {1, 2, 4}}\n"
    "Cat(a, b) == <<a>> \\o b\n"
    "Mix(a, b) == 2 * a + 3 * b\n"
    "FirstEven(T) == IF \\E x \\in T : x % 2 = 0 THEN CHOOSE x \\in T : x % 2 = 0 ELSE CHOOSE x \\in T : TRUE\n"
    "====\n";

static char dir[64];
static unsigned checks;

static bool ident_char(char c) { return isalnum((unsigned char)c) || c == '_'; }

/* text with every whole-word module name of renamed_modules prefixed with Ref. */
static char *renamed(const char *text)
{
    size_t n = strlen(text), cap = 2 * n + 1024, len = 0;
    char *out = malloc(cap);
    for (size_t i = 0; i < n;) {
        size_t j = i;
        while (j < n && ident_char(text[j])) j++;
        if (j == i) {
            out[len++] = text[i++];
            continue;
        }
        for (size_t m = 0; m < sizeof renamed_modules / sizeof *renamed_modules; m++)
            if (strlen(renamed_modules[m]) == j - i && !memcmp(text + i, renamed_modules[m], j - i)) {
                memcpy(out + len, "Ref", 3);
                len += 3;
            }
        memcpy(out + len, text + i, j - i);
        len += j - i;
        i = j;
    }
    out[len] = 0;
    return out;
}

static char *read_file(const char *path)
{
    FILE *f = fopen(path, "rb");
    if (!f) return NULL;
    fseek(f, 0, SEEK_END);
    long n = ftell(f);
    rewind(f);
    char *s = malloc((size_t)n + 1);
    s[fread(s, 1, (size_t)n, f)] = 0;
    fclose(f);
    return s;
}

static void write_ref(const char *name, const char *text)
{
    char path[256];
    snprintf(path, sizeof path, "%s/Ref%s.tla", dir, name);
    char *r = renamed(text);
    FILE *f = fopen(path, "wb");
    fputs(r, f);
    fclose(f);
    free(r);
}

static int setup(void **state)
{
    (void)state;
    const char *lib = fixture_library();
    snprintf(dir, sizeof dir, "/tmp/tlcc-community-XXXXXX");
    if (!mkdtemp(dir)) return -1;
    for (size_t m = 0; m < 11; m++) {
        char path[4200];
        snprintf(path, sizeof path, "%s/%s.tla", lib, renamed_modules[m]);
        char *text = read_file(path);
        if (!text) return -1;
        write_ref(renamed_modules[m], text);
        free(text);
    }
    write_ref("BagOps", bag_ops);
    write_ref("BitOps", bit_ops);
    for (size_t k = 0; k < 2; k++) {   /* the wrappers of the native modules sit beside the copies */
        char path[256];
        snprintf(path, sizeof path, "%s/%s.tla", dir, k ? "BitOps" : "BagOps");
        FILE *f = fopen(path, "wb");
        fputs(k ? bit_ops : bag_ops, f);
        fclose(f);
    }
    return fixture_load("C.tla", scope, dir);
}

static int teardown(void **state)
{
    (void)state;
    fixture_free();
    for (size_t m = 0; m < sizeof renamed_modules / sizeof *renamed_modules; m++) {
        char path[256];
        snprintf(path, sizeof path, "%s/Ref%s.tla", dir, renamed_modules[m]);
        unlink(path);
    }
    char path[256];
    snprintf(path, sizeof path, "%s/BagOps.tla", dir);
    unlink(path);
    snprintf(path, sizeof path, "%s/BitOps.tla", dir);
    unlink(path);
    rmdir(dir);
    printf("[ test_community: %u checks ]\n", checks);
    return 0;
}

/* The value of `text` as TLC prints it, or "error: " and the message. */
static char *eval_text(const char *text)
{
    arena a;
    arena_init(&a);
    syn_expr *e = syn_parse_expr(&a, "<test>", text);
    assert_non_null(e);
    assert_true(sema_resolve_expr(prog, prog->root, e));
    val v;
    char *out;
    if (eval_value(w, e, NULL, NULL, &v)) {
        out = strdup(val_to_string(&a, v));
    } else {
        const char *msg = eval_worker_error(w)->message;
        out = malloc(strlen(msg) + 8);
        sprintf(out, "error: %s", msg);
    }
    eval_worker_reset(w);
    arena_free(&a);
    return out;
}

static void expect(const char *text, const char *want)
{
    char *got = eval_text(text);
    checks++;
    if (strcmp(got, want) != 0) fail_msg("%s\n  want: %s\n  got:  %s", text, want, got);
    free(got);
}

/* A check written as a TLA+ formula (usually native = reference over many inputs). */
static void holds(const char *text) { expect(text, "TRUE"); }

/* Evaluating `text` fails with a message containing `words`. */
static void fails(const char *text, const char *words)
{
    char *got = eval_text(text);
    checks++;
    if (strncmp(got, "error: ", 7) != 0 || !strstr(got, words))
        fail_msg("%s\n  want an error with: %s\n  got:  %s", text, words, got);
    free(got);
}

/* The native and the reference print the same (hints included), or both fail. */
static void same(const char *native, const char *reference)
{
    char *a = eval_text(native), *b = eval_text(reference);
    checks++;
    bool both_fail = !strncmp(a, "error: ", 7) && !strncmp(b, "error: ", 7);
    if (!both_fail && strcmp(a, b) != 0) fail_msg("%s\n  native:    %s\n  reference: %s", native, a, b);
    free(a);
    free(b);
}

/* ---- Folds, FiniteSetsExt ----------------------------------------------------------------------- */

static void test_folds_agree(void **state)
{
    (void)state;
    holds("\\A T \\in SUBSET (1 .. 5) : Fo!MapThenFoldSet(Cat, <<>>, LAMBDA x : 10 * x, LAMBDA s : CHOOSE x \\in s : TRUE, T)"
          " = RFo!MapThenFoldSet(Cat, <<>>, LAMBDA x : 10 * x, LAMBDA s : CHOOSE x \\in s : TRUE, T)");
    holds("\\A T \\in SUBSET (1 .. 5) : Fo!MapThenFoldSet(Mix, 1, LAMBDA x : x, FirstEven, T)"
          " = RFo!MapThenFoldSet(Mix, 1, LAMBDA x : x, FirstEven, T)");
    holds("\\A T \\in SUBSET {\"a\", \"b\", \"c\"} : Fo!MapThenFoldSet(LAMBDA a, b : a \\o b, \"\", LAMBDA x : x,"
          " LAMBDA s : CHOOSE x \\in s : \\A y \\in s : y = x \\/ x # \"b\", T)"
          " = RFo!MapThenFoldSet(LAMBDA a, b : a \\o b, \"\", LAMBDA x : x,"
          " LAMBDA s : CHOOSE x \\in s : \\A y \\in s : y = x \\/ x # \"b\", T)");
    holds("\\A T \\in SUBSET (1 .. 5) : X!FoldSet(Cat, <<>>, T) = RX!FoldSet(Cat, <<>>, T)");
    holds("\\A T \\in SUBSET (1 .. 5) : X!FoldSet(Mix, 7, T) = RX!FoldSet(Mix, 7, T)");
    holds("\\A T \\in SUBSET (1 .. 5) : X!ReduceSet(Cat, T, <<0>>) = RX!ReduceSet(Cat, T, <<0>>)");
    holds("\\A T \\in SUBSET (-2 .. 3) : /\\ X!SumSet(T) = RX!SumSet(T) /\\ X!ProductSet(T) = RX!ProductSet(T)");
    holds("\\A T \\in SUBSET (-2 .. 3) : X!MapThenSumSet(LAMBDA x : x * x - 3, T) = RX!MapThenSumSet(LAMBDA x : x * x - 3, T)");
    holds("\\A T \\in SUBSET {{}, {1}, {1, 2}, {3}} : X!FlattenSet(T) = RX!FlattenSet(T)");
    holds("\\A T, U \\in SUBSET (1 .. 3) : X!SymDiff(T, U) = RX!SymDiff(T, U)");
    holds("\\A T \\in SUBSET (1 .. 6) : X!Quantify(T, LAMBDA x : x % 3 = 1) = RX!Quantify(T, LAMBDA x : x % 3 = 1)");
    holds("\\A k \\in -1 .. 5 : \\A T \\in SUBSET (1 .. 4) : X!kSubset(k, T) = RX!kSubset(k, T)");
    holds("\\A T \\in SUBSET (-3 .. 3) \\ {{}} : X!Max(T) = RX!Max(T) /\\ X!Min(T) = RX!Min(T)");
    holds("\\A T \\in SUBSET {{1, 2}, {2, 3}, {3}, {}, {4, 5}} : X!Choices(T) = RX!Choices(T)");
    holds("\\A T \\in SUBSET (1 .. 6) : Cardinality({x \\in T : x % 3 = 1}) = 1 =>"
          " X!ChooseUnique(T, LAMBDA x : x % 3 = 1) = RX!ChooseUnique(T, LAMBDA x : x % 3 = 1)");
}

static void test_folds_values(void **state)
{
    (void)state;
    /* the published example, and the order of the fold: the chosen element outermost */
    expect("Fo!MapThenFoldSet(LAMBDA x, y : x \\cup y, {}, LAMBDA x : {{x}}, LAMBDA s : CHOOSE x \\in s : TRUE, {1, 2})",
           "{{1}, {2}}");
    expect("Fo!MapThenFoldSet(Cat, <<>>, LAMBDA x : x, LAMBDA s : CHOOSE x \\in s : TRUE, {3, 1, 2})", "<<1, 2, 3>>");
    expect("Fo!MapThenFoldSet(Cat, <<>>, LAMBDA x : x, LAMBDA s : CHOOSE x \\in s : \\A y \\in s : x >= y, {3, 1, 2})",
           "<<3, 2, 1>>");
    fails("Fo!MapThenFoldSet(Cat, <<>>, LAMBDA x : x, LAMBDA s : 9, {1, 2})", "not in");
    /* FoldSet as TLC's override: op(x3, op(x2, op(x1, base))) */
    expect("X!FoldSet(Cat, <<>>, {3, 1, 2})", "<<3, 2, 1>>");
    expect("X!FoldSet(LAMBDA x, y : x + y, 0, 0 .. 10)", "55");
    expect("X!SumSet(0 .. 10)", "55");
    expect("X!SumSet({})", "0");
    expect("X!ProductSet(1 .. 3)", "6");
    expect("X!ProductSet({})", "1");
    expect("X!ReduceSet(LAMBDA x, y : x + y, 1 .. 4, 10)", "20");
    expect("X!MapThenSumSet(LAMBDA e : e.n, {[n |-> 0], [n |-> 1], [n |-> 2]})", "3");
    expect("X!FlattenSet({{1, 2}, {2, 3}, {4}})", "{1, 2, 3, 4}");
    expect("X!FlattenSet({})", "{}");
    expect("X!FlattenSet({{}})", "{}");
    expect("X!SymDiff({1, 2, 3}, {2, 3, 4})", "{1, 4}");
    expect("X!Quantify(1 .. 9, LAMBDA n : n % 2 = 0)", "4");
    expect("X!Quantify(1 .. 200000, LAMBDA n : TRUE)", "200000");
    expect("X!kSubset(2, 1 .. 3)", "{{1, 2}, {1, 3}, {2, 3}}");
    expect("X!kSubset(0, 1 .. 3)", "{{}}");
    expect("<<X!kSubset(-1, 1 .. 3), X!kSubset(4, 1 .. 3)>>", "<<{}, {}>>");
    expect("Cardinality(X!kSubset(3, 1 .. 27))", "2925");
    expect("<<X!Max({-3, 7, 2}), X!Min({-3, 7, 2})>>", "<<7, -3>>");
    fails("X!Max({})", "CHOOSE");
    fails("RX!Max({})", "CHOOSE");
    fails("X!Min({\"a\"})", "integers");
    fails("RX!Min({\"a\"})", "integer");
    expect("X!Choices({{1, 2}, {3}})", "{{1, 3}, {2, 3}}");
    expect("X!Choices({{1, 2}, {2, 3}, {5}})", "{{2, 5}, {1, 2, 5}, {1, 3, 5}, {2, 3, 5}}");
    expect("X!Choices({})", "{{}}");
    expect("X!Choices({{1}, {}})", "{}");
    expect("X!ChooseUnique({2, 3, 4, 5}, LAMBDA x : x % 3 = 1)", "4");
    fails("X!ChooseUnique({2, 3, 4, 5}, LAMBDA x : TRUE)", "CHOOSE");
    fails("X!ChooseUnique({}, LAMBDA x : TRUE)", "CHOOSE");
    fails("RX!ChooseUnique({2, 3, 4, 5}, LAMBDA x : FALSE)", "CHOOSE");
    fails("X!SumSet({\"a\", \"b\"})", "integers");
    fails("X!SumSet(Nat)", "infinite");
    fails("X!SumSet({2147483647, 1})", "verflow");
}

/* ---- Functions ---------------------------------------------------------------------------------- */

static void test_functions_agree(void **state)
{
    (void)state;
    holds("\\A f \\in Fns : \\A T \\in SUBSET DOMAIN f : Fn!Restrict(f, T) = RFn!Restrict(f, T)");
    holds("\\A f \\in Fns : Fn!RestrictDomain(f, LAMBDA x : f[x] = 1) = RFn!RestrictDomain(f, LAMBDA x : f[x] = 1)");
    holds("\\A f \\in Fns : Fn!RestrictValues(f, LAMBDA y : y > 0) = RFn!RestrictValues(f, LAMBDA y : y > 0)");
    /* TLC cannot compare a domain of strings with one of integers */
    holds("\\A f, g \\in IntFns : Fn!IsRestriction(f, g) = RFn!IsRestriction(f, g)");
    holds("\\A f \\in Fns : Fn!Range(f) = RFn!Range(f) /\\ Fn!IsInjective(f) = RFn!IsInjective(f)");
    holds("\\A f \\in Fns : Fn!Pointwise(f, f, Mix) = RFn!Pointwise(f, f, Mix)");
    holds("\\A f \\in Fns : Fn!AntiFunction(f) = RFn!AntiFunction(f)");
    holds("\\A f \\in Fns : DOMAIN f # {} => Fn!Inverse(f, DOMAIN f, 0 .. 3) = RFn!Inverse(f, DOMAIN f, 0 .. 3)");
    holds("\\A T, U \\in SUBSET (1 .. 3) : /\\ Fn!ExistsInjection(T, U) = RFn!ExistsInjection(T, U)"
          " /\\ Fn!ExistsSurjection(T, U) = RFn!ExistsSurjection(T, U)"
          " /\\ Fn!ExistsBijection(T, U) = RFn!ExistsBijection(T, U)");
    holds("\\A f \\in Fns : /\\ Fn!FoldFunction(Cat, <<>>, f) = RFn!FoldFunction(Cat, <<>>, f)"
          " /\\ Fn!SumFunction(f) = RFn!SumFunction(f)");
    holds("\\A f \\in Fns : \\A T \\in SUBSET DOMAIN f : /\\ Fn!FoldFunctionOnSet(Mix, 1, f, T) = RFn!FoldFunctionOnSet(Mix, 1, f, T)"
          " /\\ Fn!SumFunctionOnSet(f, T) = RFn!SumFunctionOnSet(f, T)");
}

static void test_functions_values(void **state)
{
    (void)state;
    expect("Fn!RestrictDomain((0 :> \"a\" @@ 1 :> \"b\" @@ 2 :> \"c\"), LAMBDA x : x \\in {0, 2})", "(0 :> \"a\" @@ 2 :> \"c\")");
    expect("Fn!RestrictValues(<<0, 1, 2>>, LAMBDA y : y \\in {0, 2})", "(1 :> 0 @@ 3 :> 2)");
    expect("<<Fn!IsRestriction([one |-> 1], [one |-> 1, two |-> 2]), Fn!IsRestriction([one |-> 1], [one |-> 1])>>",
           "<<TRUE, TRUE>>");
    expect("Fn!IsRestriction([one |-> 1, two |-> 2], [one |-> 1, two |-> 3])", "FALSE");
    expect("Fn!IsRestriction([one |-> 1, two |-> 2], [two |-> 2])", "FALSE");
    expect("Fn!Pointwise((\"a\" :> 0 @@ \"b\" :> 1), (\"a\" :> 1 @@ \"b\" :> 1), +)", "[a |-> 1, b |-> 2]");
    expect("Fn!Inverse((\"a\" :> 0 @@ \"b\" :> 1 @@ \"c\" :> 2), {\"a\", \"b\", \"c\"}, {0, 1, 2})",
           "(0 :> \"a\" @@ 1 :> \"b\" @@ 2 :> \"c\")");
    expect("Fn!Inverse((\"a\" :> 0 @@ \"b\" :> 1 @@ \"c\" :> 2), {\"a\", \"b\", \"c\"}, {1, 3})", "(1 :> \"b\" @@ 3 :> \"a\")");
    /* not injective: the first key in the domain's order */
    expect("Fn!AntiFunction([a |-> 1, b |-> 0, c |-> 1])", "(0 :> \"b\" @@ 1 :> \"a\")");
    fails("Fn!Inverse(<<1>>, {}, {1})", "CHOOSE");
    fails("Fn!Inverse(<<1, 2>>, {1, 3}, {2})", "domain");
    expect("<<Fn!IsInjective(<<>>), Fn!IsInjective(<<1, 2, 3>>), Fn!IsInjective(<<1, 1>>)>>", "<<TRUE, TRUE, FALSE>>");
    expect("<<Fn!IsInjective([i \\in 1 .. 10 |-> {i}]), Fn!IsInjective([i \\in 1 .. 10 |-> {1, 2, 3}])>>", "<<TRUE, FALSE>>");
    fails("Fn!IsInjective(<<1, \"a\">>)", "Attempted to check equality of integer 1 with non-integer");
    expect("<<Fn!ExistsInjection({}, {}), Fn!ExistsSurjection({}, {}), Fn!ExistsBijection({}, {})>>", "<<TRUE, TRUE, TRUE>>");
    expect("<<Fn!ExistsSurjection({1}, {}), Fn!ExistsSurjection({}, {1}), Fn!ExistsSurjection(1 .. 3, {4, 5})>>",
           "<<FALSE, FALSE, TRUE>>");
    expect("<<Fn!ExistsInjection(1 .. 30, 1 .. 29), Fn!ExistsBijection(1 .. 30, 2 .. 31)>>", "<<FALSE, TRUE>>");
    /* TLC's order: op(f[3], op(f[2], op(f[1], base))) */
    expect("Fn!FoldFunction(Cat, <<>>, <<1, 2, 3>>)", "<<3, 2, 1>>");
    expect("Fn!FoldFunction(LAMBDA x, y : {x} \\cup y, {}, <<1, 2, 1>>)", "{1, 2}");
    expect("Fn!FoldFunctionOnSet(LAMBDA x, y : {x} \\cup y, {}, <<1, 2>>, {})", "{}");
    expect("<<Fn!SumFunctionOnSet(<<4, 5, 6>>, {1, 2}), Fn!SumFunction(<<4, 5, 6>>)>>", "<<9, 15>>");
    fails("Fn!FoldFunctionOnSet(Cat, <<>>, <<1>>, {2})", "domain");
    /* how results print: as the function constructor builds them */
    same("DOMAIN Fn!Restrict(<<5, 6, 7>>, 1 .. 2)", "DOMAIN RFn!Restrict(<<5, 6, 7>>, 1 .. 2)");
    same("DOMAIN Fn!Restrict(<<5, 6, 7>>, {1, 2})", "DOMAIN RFn!Restrict(<<5, 6, 7>>, {1, 2})");
    same("Fn!Restrict(<<5>>, {})", "RFn!Restrict(<<5>>, {})");
    same("DOMAIN Fn!Pointwise(<<1, 2>>, <<3, 4>>, +)", "DOMAIN RFn!Pointwise(<<1, 2>>, <<3, 4>>, +)");
    same("DOMAIN Fn!AntiFunction(<<2, 1>>)", "DOMAIN RFn!AntiFunction(<<2, 1>>)");
    same("Fn!RestrictValues(<<0, 1>>, LAMBDA y : FALSE)", "RFn!RestrictValues(<<0, 1>>, LAMBDA y : FALSE)");
}

/* ---- Bags, BagsExt ------------------------------------------------------------------------------ */

static void test_bags_agree(void **state)
{
    (void)state;
    holds("\\A b \\in Bags(1 .. 3, 2) \\cup [{1, 2} -> 0 .. 1] : B!IsABag(b) = RB!IsABag(b)");
    holds("\\A b \\in Bags(1 .. 3, 2) : /\\ B!BagToSet(b) = RB!BagToSet(b) /\\ B!BagCardinality(b) = RB!BagCardinality(b)"
          " /\\ \\A e \\in 0 .. 3 : B!BagIn(e, b) = RB!BagIn(e, b) /\\ B!CopiesIn(e, b) = RB!CopiesIn(e, b)");
    holds("\\A T \\in SUBSET (1 .. 3) : B!SetToBag(T) = RB!SetToBag(T)");
    holds("B!EmptyBag = RB!EmptyBag");
    holds("\\A b, c \\in Bags(1 .. 3, 2) : /\\ BO!Plus(b, c) = RBO!Plus(b, c) /\\ BO!Sub(b, c) = RBO!Sub(b, c)");
    holds("\\A b, c \\in Bags(1 .. 3, 2) \\cup [{1, 2} -> -1 .. 1] : BO!Minus(b, c) = RBO!Minus(b, c)");
    holds("\\A b, c, d \\in Bags(1 .. 2, 2) : B!BagUnion({b, c, d}) = RB!BagUnion({b, c, d})");
    holds("\\A b \\in Bags(1 .. 3, 2) : B!BagOfAll(LAMBDA x : x % 2, b) = RB!BagOfAll(LAMBDA x : x % 2, b)");
    holds("\\A b \\in Bags(1 .. 2, 2) : \\A c \\in Bags(1 .. 3, 3) : (c \\in B!SubBag(b)) = (c \\in RB!SubBag(b))");
    holds("\\A b \\in Bags(1 .. 3, 2) : \\A x \\in 0 .. 4 : /\\ BE!BagAdd(b, x) = RBE!BagAdd(b, x)"
          " /\\ BE!BagRemove(b, x) = RBE!BagRemove(b, x) /\\ BE!BagRemoveAll(b, x) = RBE!BagRemoveAll(b, x)");
    holds("\\A b \\in Bags(1 .. 3, 2) : /\\ BE!FoldBag(LAMBDA a, e : a \\o <<e>>, <<>>, b) = RBE!FoldBag(LAMBDA a, e : a \\o <<e>>, <<>>, b)"
          " /\\ BE!FoldBag(Mix, 5, b) = RBE!FoldBag(Mix, 5, b)");
    holds("\\A b \\in Bags(-2 .. 2, 2) : BE!SumBag(b) = RBE!SumBag(b) /\\ BE!ProductBag(b) = RBE!ProductBag(b)");
}

static void test_bags_values(void **state)
{
    (void)state;
    expect("B!EmptyBag", "<<>>");
    expect("DOMAIN B!SetToBag(1 .. 3)", "{1, 2, 3}");   /* TLC's Java builds it on an enumerated domain */
    expect("B!SetToBag({\"a\", \"b\"})", "[a |-> 1, b |-> 1]");
    expect("BO!Plus((3 :> 2), (3 :> 1 @@ 4 :> 1))", "(3 :> 3 @@ 4 :> 1)");
    expect("BO!Minus((3 :> 2 @@ 4 :> 1), (3 :> 1 @@ 4 :> 5))", "(3 :> 1)");
    expect("B!BagUnion({(1 :> 1), (1 :> 2 @@ 2 :> 1)})", "<<3, 1>>");
    expect("B!BagUnion({})", "<<>>");
    expect("B!BagUnion({(1 :> 2), (1 :> 2)})", "<<2>>");   /* a set: one bag, not twice */
    expect("B!BagOfAll(LAMBDA x : x % 2, (1 :> 1 @@ 2 :> 1 @@ 3 :> 2))", "(0 :> 1 @@ 1 :> 3)");
    expect("B!SubBag((1 :> 2))", "{<<>>, <<1>>, <<2>>}");
    expect("Cardinality(B!SubBag([x \\in 1 .. 3 |-> x]))", "24");
    /* TLC's Java where the definitions say otherwise (values that are not bags) */
    expect("<<B!IsABag({}), B!IsABag(3), B!IsABag(<<>>), B!IsABag(<<1, 0>>)>>", "<<FALSE, FALSE, TRUE, FALSE>>");
    expect("B!BagIn(1, <<0>>)", "FALSE");
    expect("RB!BagIn(1, <<0>>)", "TRUE");
    expect("BO!Sub((1 :> 0 @@ 2 :> 1), (2 :> 1))", "TRUE");
    expect("RBO!Sub((1 :> 0 @@ 2 :> 1), (2 :> 1))", "FALSE");
    fails("B!BagCardinality(<<1, 0>>)", "bag");
    expect("RB!BagCardinality(<<1, 0>>)", "1");
    fails("BO!Plus(<<1, 0>>, <<1>>)", "bags");
    fails("B!BagToSet({1})", "function");
    fails("B!CopiesIn(1, <<\"a\">>)", "integers");
    fails("B!BagCardinality((1 :> 2147483647 @@ 2 :> 1))", "verflow");
    /* BagsExt: the published examples */
    expect("BE!BagAdd((1 :> 2) @@ (2 :> 1), 1)", "<<3, 1>>");
    expect("BE!BagAdd((1 :> 2) @@ (2 :> 1), 3)", "<<2, 1, 1>>");
    expect("BE!BagRemove((1 :> 2) @@ (2 :> 1), 1)", "<<1, 1>>");
    expect("BE!BagRemove((1 :> 1) @@ (2 :> 1), 1)", "(2 :> 1)");
    expect("BE!BagRemove((1 :> 2) @@ (2 :> 1), 3)", "<<2, 1>>");
    expect("BE!BagRemoveAll((1 :> 3) @@ (2 :> 1), 1)", "(2 :> 1)");
    expect("BE!MapThenFoldBag(LAMBDA x, y : x + y, 0, LAMBDA x : 1, LAMBDA T : CHOOSE x \\in DOMAIN T : TRUE,"
           " (1 :> 2) @@ (2 :> 1) @@ (3 :> 3))", "6");
    expect("BE!MapThenFoldBag(LAMBDA x, y : x \\cup y, {}, LAMBDA x : {x}, LAMBDA T : CHOOSE x \\in T : TRUE,"
           " (1 :> 2) @@ (2 :> 1) @@ (3 :> 3))", "{1, 2, 3}");
    expect("BE!FoldBag(LAMBDA x, y : x + y, 0, (1 :> 2) @@ (2 :> 1) @@ (3 :> 3))", "13");
    expect("BE!FoldBag(LAMBDA x, y : x + y, 0, (1 :> 2) @@ (-2 :> 1))", "0");
    /* TLC's FoldBag brings base in once; the published MapThenFoldBag once per element and once more */
    expect("BE!FoldBag(LAMBDA x, y : x + y, 10, (1 :> 2) @@ (2 :> 1))", "14");
    expect("BE!MapThenFoldBag(LAMBDA x, y : x + y, 10, LAMBDA x : x, LAMBDA T : CHOOSE x \\in T : TRUE, (1 :> 2) @@ (2 :> 1))",
           "34");
    expect("BE!FoldBag(LAMBDA a, e : a \\o <<e>>, <<>>, (1 :> 2) @@ (2 :> 1) @@ (3 :> 3))", "<<1, 1, 2, 3, 3, 3>>");
    expect("<<BE!SumBag((1 :> 2) @@ (2 :> 1) @@ (3 :> 2)), BE!SumBag((1 :> 2) @@ (-2 :> 1))>>", "<<10, 0>>");
    expect("BE!ProductBag((1 :> 2) @@ (-2 :> 1))", "-2");
    expect("BE!FoldBag(LAMBDA x, y : x + y, 0, (1 :> 1000) @@ (-2 :> 500))", "0");
    expect("BE!ProductBag((0 :> 1) @@ (10000 :> 1000))", "0");   /* 0 first: no overflow */
    expect("BE!ProductBag((-1 :> 3) @@ (2 :> 3))", "-8");
    fails("BE!ProductBag((2 :> 64))", "verflow");
    /* in range at the end of each run of equal elements, though a run's product is not */
    expect("BE!SumBag((-1073741824 :> 2) @@ (1073741824 :> 3))", "1073741824");
    fails("BE!SumBag((1073741824 :> 2))", "verflow");
    fails("BE!FoldBag(LAMBDA x, y : x + y, 0, <<0>>)", "bag");
    fails("RBE!FoldBag(LAMBDA x, y : x + y, 0, <<0>>)", "bag");
}

/* ---- SequencesExt ------------------------------------------------------------------------------- */

static void test_sequences_agree(void **state)
{
    (void)state;
    holds("\\A s \\in Seqs(1 .. 3, 3) : /\\ S!ToSet(s) = RS!ToSet(s) /\\ S!ToBag(s) = RS!ToBag(s)"
          " /\\ S!Reverse(s) = RS!Reverse(s) /\\ S!Front(s) = RS!Front(s) /\\ S!Prefixes(s) = RS!Prefixes(s)"
          " /\\ S!Suffixes(s) = RS!Suffixes(s) /\\ S!SubSeqs(s) = RS!SubSeqs(s) /\\ S!AllSubSeqs(s) = RS!AllSubSeqs(s)");
    holds("\\A s \\in Seqs(1 .. 3, 3) \\ {<<>>} : S!Last(s) = RS!Last(s)");
    holds("\\A T \\in SUBSET (1 .. 4) : S!SetToSeq(T) = RS!SetToSeq(T)");
    holds("\\A T \\in SUBSET (1 .. 3) : S!SetToSeqs(T) = RS!SetToSeqs(T)");
    holds("\\A s \\in Seqs(1 .. 3, 3) : \\A e \\in 0 .. 3 : /\\ S!Contains(s, e) = RS!Contains(s, e)"
          " /\\ S!Remove(s, e) = RS!Remove(s, e) /\\ S!ReplaceAll(s, e, 9) = RS!ReplaceAll(s, e, 9)"
          " /\\ S!RemoveFirst(s, e) = RS!RemoveFirst(s, e) /\\ S!Cons(e, s) = RS!Cons(e, s) /\\ S!Snoc(e, s) = RS!Snoc(e, s)"
          " /\\ S!RemoveFirstMatch(s, LAMBDA x : x >= e) = RS!RemoveFirstMatch(s, LAMBDA x : x >= e)");
    holds("\\A s \\in Seqs(1 .. 3, 3) : /\\ S!IsSorted(s, <) = RS!IsSorted(s, <) /\\ S!IsSorted(s, <=) = RS!IsSorted(s, <=)"
          " /\\ S!IsSorted(s, LAMBDA a, b : a # 2) = RS!IsSorted(s, LAMBDA a, b : a # 2)");
    holds("\\A s \\in Seqs(1 .. 3, 3) : \\A e \\in 1 .. 3 :"
          " /\\ S!SelectInSeq(s, LAMBDA x : x >= e) = RS!SelectInSeq(s, LAMBDA x : x >= e)"
          " /\\ S!SelectLastInSeq(s, LAMBDA x : x >= e) = RS!SelectLastInSeq(s, LAMBDA x : x >= e)"
          " /\\ \\A from, to \\in 1 .. Len(s) :"
          "     /\\ S!SelectInSubSeq(s, from, to, LAMBDA x : x >= e) = RS!SelectInSubSeq(s, from, to, LAMBDA x : x >= e)"
          "     /\\ S!SelectLastInSubSeq(s, from, to, LAMBDA x : x >= e) = RS!SelectLastInSubSeq(s, from, to, LAMBDA x : x >= e)");
    holds("\\A s \\in Seqs(1 .. 3, 3) : /\\ \\A i \\in 1 .. Len(s) + 1 : S!InsertAt(s, i, 9) = RS!InsertAt(s, i, 9)"
          " /\\ \\A j \\in 0 .. Len(s) + 1 : S!RemoveAt(s, j) = RS!RemoveAt(s, j) /\\ S!ReplaceAt(s, j, 9) = RS!ReplaceAt(s, j, 9)");
    holds("\\A s, t \\in Seqs(1 .. 2, 3) : /\\ S!IsPrefix(s, t) = RS!IsPrefix(s, t) /\\ S!IsStrictPrefix(s, t) = RS!IsStrictPrefix(s, t)"
          " /\\ S!IsSuffix(s, t) = RS!IsSuffix(s, t) /\\ S!IsStrictSuffix(s, t) = RS!IsStrictSuffix(s, t)"
          " /\\ S!Zip(s, t) = RS!Zip(s, t) /\\ S!LongestCommonPrefix({s, t}) = RS!LongestCommonPrefix({s, t})"
          " /\\ (Len(s) = Len(t) => S!Interleave(s, t) = RS!Interleave(s, t))");
    holds("\\A s \\in Seqs(1 .. 3, 3) : /\\ S!FoldSeq(Cat, <<>>, s) = RS!FoldSeq(Cat, <<>>, s)"
          " /\\ S!FoldLeft(Mix, 1, s) = RS!FoldLeft(Mix, 1, s) /\\ S!FoldRight(Mix, s, 1) = RS!FoldRight(Mix, s, 1)"
          " /\\ S!FoldLeftDomain(Mix, 1, s) = RS!FoldLeftDomain(Mix, 1, s)"
          " /\\ S!FoldRightDomain(Mix, s, 1) = RS!FoldRightDomain(Mix, s, 1)");
    holds("\\A ss \\in Seqs(Seqs(1 .. 2, 2), 3) : S!FlattenSeq(ss) = RS!FlattenSeq(ss)");
    holds("\\A s \\in Seqs(1 .. 2, 2) : \\A t \\in Seqs(1 .. 2, 4) : \\A r \\in {<<>>, <<9>>, <<8, 9>>} :"
          " /\\ S!ReplaceFirstSubSeq(r, s, t) = RS!ReplaceFirstSubSeq(r, s, t)"
          " /\\ S!ReplaceAllSubSeqs(r, s, t) = RS!ReplaceAllSubSeqs(r, s, t)"
          " /\\ (s \\in S!SubSeqs(t) => S!IndexFirstSubSeq(s, t) = RS!IndexFirstSubSeq(s, t))");
    holds("\\A s, t \\in {\"\", \"a\", \"ab\", \"b\", \"ba\", \"aba\"} :"
          " /\\ S!IsPrefix(s, t) = RS!IsPrefix(s, t) /\\ S!IsStrictPrefix(s, t) = RS!IsStrictPrefix(s, t)"
          " /\\ S!Front(t) = RS!Front(t) /\\ S!Prefixes(t) = RS!Prefixes(t) /\\ S!SubSeqs(t) = RS!SubSeqs(t)"
          " /\\ S!LongestCommonPrefix({s, t}) = RS!LongestCommonPrefix({s, t})"
          " /\\ S!FlattenSeq(<<s, t, s>>) = RS!FlattenSeq(<<s, t, s>>)"
          " /\\ S!ReplaceFirstSubSeq(\"XY\", s, t) = RS!ReplaceFirstSubSeq(\"XY\", s, t)"
          " /\\ S!ReplaceAllSubSeqs(\"XY\", s, t) = RS!ReplaceAllSubSeqs(\"XY\", s, t)"
          " /\\ (s \\in S!SubSeqs(t) => S!IndexFirstSubSeq(s, t) = RS!IndexFirstSubSeq(s, t))"
          " /\\ \\A i \\in 0 .. Len(t) + 1 : S!RemoveAt(t, i) = RS!RemoveAt(t, i)");
}

static void test_sequences_values(void **state)
{
    (void)state;
    expect("<<S!ToSet(<<>>), S!ToSet(<<1, 1, 2>>), S!ToSet([i \\in 0 .. 9 |-> 42])>>", "<<{}, {1, 2}, {42}>>");
    expect("S!ToBag(<<\"a\", \"b\", \"a\">>)", "[a |-> 2, b |-> 1]");
    expect("S!SetToSeqs({\"t\", \"l\"})", "{<<\"t\", \"l\">>, <<\"l\", \"t\">>}");   /* "t" ranks first */
    expect("S!SetToSeqs({})", "{<<>>}");   /* TLC's override: the empty function */
    expect("<<S!IsSorted(<<>>, <), S!IsSorted(<<5>>, <), S!IsSorted(<<1, 2, 3>>, <)>>", "<<TRUE, TRUE, TRUE>>");
    /* as published: op on every pair, so <<1, 2, 2>> is not sorted by < */
    expect("<<S!IsSorted(<<1, 2, 2>>, <), S!IsSorted(<<1, 2, 2>>, <=), S!IsSorted(<<3, 2, 1>>, >)>>", "<<FALSE, TRUE, TRUE>>");
    expect("<<S!Reverse(<<>>), S!Reverse(<<\"a\", \"a\", \"b\">>)>>", "<<<<>>, <<\"b\", \"a\", \"a\">>>>");
    expect("S!Remove(<<{\"a\", \"b\"}, {\"a\", \"c\"}>>, {\"c\", \"a\"})", "<<{\"a\", \"b\"}>>");
    expect("<<S!Remove(<<>>, \"c\"), S!ReplaceAll(<<1, 1, 2, 1, 1, 3>>, 1, 4)>>", "<<<<>>, <<4, 4, 2, 4, 4, 3>>>>");
    fails("S!Contains(<<1, \"a\">>, \"a\")", "Attempted to check equality of integer 1 with non-integer");
    /* SelectInSubSeq counts from the start of seq, as TLC's override */
    expect("S!SelectInSubSeq(<<1, 2, 3, 4>>, 2, 4, LAMBDA x : x > 2)", "3");
    expect("S!SelectLastInSubSeq(<<5, 2, 3, 4>>, 1, 3, LAMBDA x : x > 2)", "3");
    expect("<<S!SelectInSubSeq(<<1>>, 3, 2, LAMBDA x : TRUE), S!SelectInSeq(<<1, 2>>, LAMBDA x : x > 5)>>", "<<0, 0>>");
    fails("S!SelectInSubSeq(<<1, 2>>, 0, 2, LAMBDA x : TRUE)", "not all in");
    expect("<<S!InsertAt(<<1, 2>>, 3, 9), S!InsertAt(<<>>, 1, 9)>>", "<<<<1, 2, 9>>, <<9>>>>");
    fails("S!InsertAt(<<1, 2>>, 4, 9)", "outside");
    fails("RS!InsertAt(<<1, 2>>, 4, 9)", "SubSeq");
    expect("<<S!RemoveAt(<<1, 2, 3>>, 2), S!RemoveAt(<<1, 2, 3>>, 0), S!RemoveAt(<<1, 2, 3>>, 4)>>",
           "<<<<1, 3>>, <<1, 2, 3>>, <<1, 2, 3>>>>");
    fails("S!RemoveAt(<<1, 2, 3>>, 5)", "outside");
    expect("<<S!ReplaceAt(<<1, 1, 1>>, 1, 2), S!ReplaceAt(<<1>>, 3, 2)>>", "<<<<2, 1, 1>>, <<1>>>>");
    expect("<<S!Front(<<>>), S!Front(\"abc\"), S!RemoveAt(\"abc\", 2)>>", "<<<<>>, \"ab\", \"ac\">>");
    fails("S!Last(<<>>)", "empty");
    expect("<<S!IsPrefix(<<>>, <<>>), S!IsPrefix(<<1, 2>>, <<1, 2, 3>>), S!IsPrefix(<<1, 2, 2>>, <<1, 2, 3>>)>>",
           "<<TRUE, TRUE, FALSE>>");
    expect("<<S!IsStrictPrefix(<<>>, <<>>), S!IsSuffix(<<2, 3>>, <<1, 2, 3>>), S!IsStrictSuffix(<<1, 2, 3>>, <<1, 2, 3>>)>>",
           "<<FALSE, TRUE, FALSE>>");
    expect("<<S!IsPrefix(\"ab\", \"abc\"), S!IsPrefix(\"b\", \"abc\")>>", "<<TRUE, FALSE>>");
    fails("S!IsPrefix(\"ab\", <<\"a\", \"b\">>)", "two strings");
    expect("S!Suffixes(<<1, 2>>)", "{<<>>, <<2>>, <<1, 2>>}");
    expect("<<S!LongestCommonPrefix({<<1, 2, 3>>, <<1, 2, 4>>, <<1, 2>>}), S!LongestCommonPrefix({\"abc\", \"abd\"})>>",
           "<<<<1, 2>>, \"ab\">>");
    fails("S!LongestCommonPrefix({})", "empty");
    /* FoldSeq in FoldFunction's order (TLC), FoldLeft and FoldRight as published */
    expect("S!FoldSeq(Cat, <<>>, <<1, 2, 3>>)", "<<3, 2, 1>>");
    expect("S!FoldLeft(LAMBDA x, y : <<x, y>>, 0, <<3, 1, 2>>)", "<<<<<<0, 3>>, 1>>, 2>>");
    expect("S!FoldRight(LAMBDA x, y : <<x, y>>, <<3, 1, 2>>, 0)", "<<3, <<1, <<2, 0>>>>>>");
    expect("S!FoldLeftDomain(LAMBDA x, y : x \\o <<y>>, <<>>, <<\"a\", \"b\">>)", "<<1, 2>>");
    expect("<<S!FlattenSeq(<<<<1, 2>>, <<1>>>>), S!FlattenSeq(<<\"a\", \"b\">>), S!FlattenSeq(<<>>)>>",
           "<<<<1, 2, 1>>, \"ab\", <<>>>>");
    expect("<<S!Zip(<<>>, <<1, 2, 3>>), S!Zip(<<\"a\", \"b\", \"c\">>, <<1>>)>>", "<<<<>>, <<<<\"a\", 1>>>>>>");
    expect("S!Interleave(<<1, 3>>, <<2, 4>>)", "<<<<1>>, <<2>>, <<3>>, <<4>>>>");
    expect("S!Interleave(<<>>, <<>>)", "<<<<>>, <<>>>>");
    fails("S!Interleave(<<1>>, <<>>)", "CASE");
    fails("RS!Interleave(<<1>>, <<>>)", "CASE");
    expect("Cardinality(S!AllSubSeqs(<<1, 2, 3, 4>>))", "16");
    expect("<<S!IndexFirstSubSeq(<<1>>, <<1, 1, 1>>), S!IndexFirstSubSeq(<<>>, <<1>>), S!IndexFirstSubSeq(<<2, 3>>, <<1, 2, 3>>)>>",
           "<<1, 1, 2>>");
    fails("S!IndexFirstSubSeq(<<2>>, <<1>>)", "CHOOSE");
    fails("RS!IndexFirstSubSeq(<<2>>, <<1>>)", "CHOOSE");
    expect("<<S!ReplaceAllSubSeqs(<<>>, <<>>, <<>>), S!ReplaceAllSubSeqs(<<4>>, <<>>, <<>>)>>", "<<<<>>, <<4>>>>");
    expect("<<S!ReplaceAllSubSeqs(<<2>>, <<3>>, <<1, 3>>), S!ReplaceAllSubSeqs(<<2, 2>>, <<1, 1>>, <<1, 1, 1>>)>>",
           "<<<<1, 2>>, <<2, 2, 1>>>>");
    expect("S!ReplaceAllSubSeqs(<<0>>, <<>>, <<1, 2>>)", "<<0, 1, 0, 2>>");
    expect("S!ReplaceAllSubSeqs(<<9>>, <<1, 1>>, <<0, 1, 1, 1>>)", "<<0, 9, 1>>");
    expect("<<S!ReplaceAllSubSeqs(\"-\", \"\", \"abc\"), S!ReplaceAllSubSeqs(\"x\", \"ab\", \"abcabab\")>>",
           "<<\"-a-b-c\", \"xcxx\">>");
    expect("<<S!ReplaceFirstSubSeq(\"X\", \"\", \"abc\"), S!ReplaceFirstSubSeq(\"X\", \"b\", \"abcb\")>>",
           "<<\"Xabc\", \"aXcb\">>");
    expect("S!ReplaceFirstSubSeq(<<9>>, <<5>>, <<1, 2>>)", "<<1, 2>>");
    expect("S!ReplaceAllSubSeqs(\"é\", \"ü\", \"aüü\")", "\"aéé\"");
    /* printing as TLC: functions built by [i \in 1..n |-> e], tuples by \o and the overrides */
    same("S!Reverse(<<>>)", "RS!Reverse(<<>>)");
    same("S!ReplaceAll(<<>>, 1, 2)", "RS!ReplaceAll(<<>>, 1, 2)");
    same("S!Remove(<<1>>, 1)", "RS!Remove(<<1>>, 1)");
    same("S!Front(<<1>>)", "RS!Front(<<1>>)");
    same("S!Cons(1, <<>>)", "RS!Cons(1, <<>>)");
}

/* ---- Relation, Bitwise, DyadicRationals, VectorClocks --------------------------------------------- */

static void test_relation(void **state)
{
    (void)state;
    holds("\\A R \\in Rels(1 .. 3) : /\\ Rel!TransitiveClosure(R, 1 .. 3) = RRel!TransitiveClosure(R, 1 .. 3)"
          " /\\ Rel!ReflexiveTransitiveClosure(R, 1 .. 3) = RRel!ReflexiveTransitiveClosure(R, 1 .. 3)"
          " /\\ Rel!IsConnected(R, 1 .. 3) = RRel!IsConnected(R, 1 .. 3)");
    holds("\\A R \\in Rels(1 .. 3) : \\A T \\in SUBSET (1 .. 3) : Rel!TransitiveClosure(R, T) = RRel!TransitiveClosure(R, T)");
    expect("Rel!TransitiveClosure([p \\in {1} \\X {1} |-> TRUE], {})", "<<>>");
    expect("Rel!TransitiveClosure([p \\in {1, 2} \\X {1, 2} |-> p[2] = p[1] + 1], {1, 2})",
           "(<<1, 1>> :> FALSE @@ <<1, 2>> :> TRUE @@ <<2, 1>> :> FALSE @@ <<2, 2>> :> FALSE)");
    expect("Rel!IsConnected([p \\in {1, 2} \\X {1, 2} |-> p[1] # p[2]], {1, 2})", "TRUE");
    expect("Rel!IsConnected(<<>>, {})", "TRUE");
    fails("Rel!TransitiveClosure([p \\in {1} \\X {1} |-> 0], {1})", "Boolean");
    fails("Rel!TransitiveClosure([p \\in {1} \\X {1} |-> TRUE], {1, 2})", "domain");
    expect("<<Rel!IsReflexiveUnder(=, {1, 2, 3}), Rel!IsReflexiveUnder(<, {1, 2, 3}), Rel!IsIrreflexiveUnder(<, {1, 2, 3})>>",
           "<<TRUE, FALSE, TRUE>>");
    expect("<<Rel!IsSymmetricUnder(=, 1 .. 3), Rel!IsAntiSymmetricUnder(<=, 1 .. 3), Rel!IsAsymmetricUnder(<=, 1 .. 3)>>",
           "<<TRUE, TRUE, FALSE>>");
    expect("<<Rel!IsTransitiveUnder(<, 1 .. 3), Rel!IsStrictlyPartiallyOrderedUnder(<=, 1 .. 3),"
           " Rel!IsPartiallyOrderedUnder(<=, 1 .. 3)>>", "<<TRUE, FALSE, TRUE>>");
    expect("<<Rel!IsStrictlyTotallyOrderedUnder(<, 1 .. 3), Rel!IsTotallyOrderedUnder(<=, 1 .. 3)>>", "<<TRUE, TRUE>>");
}

static void test_bitwise(void **state)
{
    (void)state;
    holds("\\A x, y \\in 0 .. 20 : Bw!And(x, y) = RBw!And(x, y) /\\ Bw!Or(x, y) = RBw!Or(x, y) /\\ Bw!Xor(x, y) = RBw!Xor(x, y)");
    holds("\\A x \\in 0 .. 70 : Bit!Not(x) = RBit!Not(x) /\\ \\A p \\in 0 .. 7 : Bit!shiftR(x, p) = RBit!shiftR(x, p)");
    expect("<<Bw!And(12, 10), Bw!Or(12, 10), Bw!Xor(12, 10), Bit!Not(5), Bit!Not(0), Bit!shiftR(17, 2)>>", "<<8, 14, 6, 2, 0, 4>>");
    /* two's complement, as TLC's Java */
    expect("<<Bw!And(-1, 5), Bw!Or(-8, 3), Bw!Xor(-1, 0)>>", "<<5, -5, -1>>");
    expect("<<Bit!shiftR(-5, 1), Bit!shiftR(-1, 100), Bit!shiftR(3, 100)>>", "<<-3, -1, 0>>");
    fails("Bit!Not(-1)", "natural");
    fails("Bit!shiftR(4, -1)", "natural");
}

static void test_dyadic(void **state)
{
    (void)state;
    holds("\\A p, q \\in Dyadics : D!Add(p, q) = RD!Add(p, q)");
    holds("\\A p \\in Dyadics : D!Half(p) = RD!Half(p)");
    holds("\\A d \\in -2 .. 30 : D!IsDyadicRational([num |-> 1, den |-> d]) = RD!IsDyadicRational([num |-> 1, den |-> d])");
    expect("D!IsDyadicRational([num |-> 1, den |-> 4611686018427387904])", "TRUE");
    expect("D!IsDyadicRational([num |-> 1, den |-> 4611686018427387903])", "FALSE");
    expect("D!Add([num |-> 1, den |-> 2], [num |-> 1, den |-> 4])", "[num |-> 3, den |-> 4]");
    expect("D!Add([num |-> 1, den |-> 2], [num |-> -1, den |-> 2])", "[num |-> 0, den |-> 1]");
    expect("D!Add(D!Zero, [num |-> 2, den |-> 4])", "[num |-> 2, den |-> 4]");   /* Zero + q is q as it is */
    expect("D!Add([num |-> 2, den |-> 4], D!Zero)", "[num |-> 1, den |-> 2]");
    expect("<<D!Half(D!One), D!Half([num |-> -3, den |-> 4])>>", "<<[num |-> 1, den |-> 2], [num |-> -3, den |-> 8]>>");
    expect("<<D!PrettyPrint(D!Zero), D!PrettyPrint(D!One), D!PrettyPrint([num |-> 2, den |-> 1]),"
           " D!PrettyPrint([num |-> 3, den |-> 8])>>", "<<\"0\", \"1\", \"2/1\", \"3/8\">>");
    fails("D!Add([num |-> 1, den |-> 0], [num |-> 1, den |-> 2])", "The second argument of \\div is 0.");
}

static void test_vector_clocks(void **state)
{
    (void)state;
    holds("\\A log \\in Seqs(Clocks, 3) : V!IsCausalOrder(log, LAMBDA c : c) = RV!IsCausalOrder(log, LAMBDA c : c)");
    holds("\\A log \\in Seqs(Clocks, 3) : Len(log) = Cardinality(Fn!Range(log)) =>"
          " V!CausalOrder(log, LAMBDA c : c, LAMBDA c : 0, LAMBDA c : DOMAIN c)"
          " = RV!CausalOrder(log, LAMBDA c : c, LAMBDA c : 0, LAMBDA c : DOMAIN c)");
    expect("<<V!IsCausalOrder(<<>>, LAMBDA l : l), V!IsCausalOrder(<< <<0, 0>> >>, LAMBDA l : l),"
           " V!IsCausalOrder(<< <<0, 0>>, <<0, 1>> >>, LAMBDA l : l), V!IsCausalOrder(<< <<1, 0>>, <<0, 1>> >>, LAMBDA l : l)>>",
           "<<TRUE, TRUE, TRUE, TRUE>>");
    expect("<<V!IsCausalOrder(<< <<0, 1>>, <<0, 0>> >>, LAMBDA l : l), V!IsCausalOrder(<< <<0, 1>>, <<0, 1>> >>, LAMBDA l : l)>>",
           "<<FALSE, FALSE>>");
    /* a node a clock does not mention counts 0 */
    expect("V!IsCausalOrder(<<(1 :> 1), (1 :> 1 @@ 2 :> 1)>>, LAMBDA l : l)", "TRUE");
    expect("V!CausalOrder(<<[vc |-> <<1, 1>>, n |-> 2], [vc |-> <<1, 0>>, n |-> 1], [vc |-> <<0, 1>>, n |-> 2]>>,"
           " LAMBDA l : l.vc, LAMBDA l : l.n, LAMBDA c : DOMAIN c)",
           "<<[n |-> 1, vc |-> <<1, 0>>], [n |-> 2, vc |-> <<0, 1>>], [n |-> 2, vc |-> <<1, 1>>]>>");
    fails("V!CausalOrder(<<<<1>>, <<1>>>>, LAMBDA l : l, LAMBDA l : 0, LAMBDA c : DOMAIN c)", "CHOOSE");
    fails("RV!CausalOrder(<<<<1>>, <<1>>>>, LAMBDA l : l, LAMBDA l : 0, LAMBDA c : DOMAIN c)", "CHOOSE");
    /* distinct entries, equal clocks once filled */
    fails("V!CausalOrder(<<<<0, 1>>, (2 :> 1)>>, LAMBDA l : l, LAMBDA l : 0, LAMBDA c : DOMAIN c)", "CHOOSE");
    fails("RV!CausalOrder(<<<<0, 1>>, (2 :> 1)>>, LAMBDA l : l, LAMBDA l : 0, LAMBDA c : DOMAIN c)", "CHOOSE");
    fails("V!IsCausalOrder(<<<<\"a\">>, <<1>>>>, LAMBDA l : l)", "integers");
}

static void test_combinatorics_quorum(void **state)
{
    (void)state;
    holds("\\A n \\in 0 .. 12 : \\A k \\in 0 .. n : Co!choose(n, k) = RCo!choose(n, k)");
    expect("<<Co!choose(5, 2), Co!choose(0, 0), Co!factorial[5]>>", "<<10, 1, 120>>");
    expect("Co!choose(33, 16)", "1166803110");   /* 33! does not fit, the result does */
    fails("RCo!choose(13, 6)", "verflow");
    fails("Co!choose(34, 17)", "verflow");
    fails("Co!choose(2, 3)", "naturals");
    fails("RCo!choose(2, 3)", "domain");
    expect("Q!QuorumSystem({1, 2}) = {{{1, 2}}, {{1}, {1, 2}}, {{2}, {1, 2}}}", "TRUE");
    expect("Cardinality(Q!QuorumSystem({1, 2, 3}))", "11");   /* the intersecting antichains of minimal quorums */
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_folds_agree),     cmocka_unit_test(test_folds_values),
        cmocka_unit_test(test_functions_agree), cmocka_unit_test(test_functions_values),
        cmocka_unit_test(test_bags_agree),      cmocka_unit_test(test_bags_values),
        cmocka_unit_test(test_sequences_agree), cmocka_unit_test(test_sequences_values),
        cmocka_unit_test(test_relation),        cmocka_unit_test(test_bitwise),
        cmocka_unit_test(test_dyadic),          cmocka_unit_test(test_vector_clocks),
        cmocka_unit_test(test_combinatorics_quorum),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
