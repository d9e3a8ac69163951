/* test_graphs.c - the native operators of UndirectedGraphs and Graphs: values worked out by hand
 * from the published definitions, and agreement, over every graph on up to three nodes, with those
 * definitions written out in TLA+ (paths bounded by the number of nodes, which loses no simple path
 * and no connection). */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdlib.h>
#include <string.h>

#include "eval_fixture.h"

static const char scope[] =
    "---- MODULE G ----\n"
    "EXTENDS Naturals, FiniteSets, Sequences\n"
    "U == INSTANCE UndirectedGraphs\n"
    "D == INSTANCE Graphs\n"
    "BSeq(S, k) == UNION {[1 .. i -> S] : i \\in 1 .. k}\n"
    /* UndirectedGraphs, as published */
    "UPath(G) == {p \\in BSeq(G.node, Cardinality(G.node)) :\n"
    "               \\A i \\in 1 .. Len(p) - 1 : {p[i], p[i + 1]} \\in G.edge}\n"
    "USimple(G) == {p \\in UPath(G) : \\A i, j \\in 1 .. Len(p) : p[i] = p[j] => i = j}\n"
    "UConn(m, n, G) == \\E p \\in UPath(G) : p[1] = m /\\ p[Len(p)] = n\n"
    "UCC(G) == LET IsCC(S) == S # {} /\\ \\A m, n \\in S : \\E p \\in BSeq(S, Cardinality(S)) :\n"
    "                  /\\ p[1] = m /\\ p[Len(p)] = n\n"
    "                  /\\ \\A i \\in 1 .. Len(p) - 1 : {p[i], p[i + 1]} \\in G.edge\n"
    "          IN {S \\in SUBSET G.node : IsCC(S) /\\ \\A T \\in SUBSET G.node : S \\subseteq T /\\ S # T => ~IsCC(T)}\n"
    "UAgree(G) == /\\ U!SimplePath(G) = USimple(G)\n"
    "             /\\ \\A m, n \\in G.node \\cup {0} : U!AreConnectedIn(m, n, G) = UConn(m, n, G)\n"
    "             /\\ U!ConnectedComponents(G) = UCC(G)\n"
    "             /\\ U!IsStronglyConnected(G) = (UCC(G) = {G.node})\n"
    /* Graphs, as published (Ancestors and Descendants through paths of one edge or more) */
    "DPath(G, k) == {p \\in BSeq(G.node, k) : \\A i \\in 1 .. Len(p) - 1 : <<p[i], p[i + 1]>> \\in G.edge}\n"
    "DSimple(G) == {p \\in DPath(G, Cardinality(G.node)) : \\A i, j \\in 1 .. Len(p) : p[i] = p[j] => i = j}\n"
    "DConn(m, n, G) == \\E p \\in DPath(G, Cardinality(G.node)) : p[1] = m /\\ p[Len(p)] = n\n"
    "DPlus(m, n, G) == \\E p \\in DPath(G, Cardinality(G.node) + 1) : Len(p) > 1 /\\ p[1] = m /\\ p[Len(p)] = n\n"
    "DAgree(G) == /\\ D!SimplePath(G) = DSimple(G)\n"
    "             /\\ \\A m, n \\in G.node \\cup {0} : D!AreConnectedIn(m, n, G) = DConn(m, n, G)\n"
    "             /\\ D!IsStronglyConnected(G) = \\A m, n \\in G.node : DConn(m, n, G)\n"
    "             /\\ D!ConnectionsIn(G) = [m, n \\in G.node |-> DConn(m, n, G)]\n"
    "             /\\ \\A n \\in G.node : /\\ D!Ancestors(G, n) = {m \\in G.node : DPlus(m, n, G)}\n"
    "                                  /\\ D!Descendants(G, n) = {m \\in G.node : DPlus(n, m, G)}\n"
    "====\n";

static int setup(void **state)
{
    (void)state;
    return fixture_load("G.tla", scope, NULL);
}

static int teardown(void **state)
{
    (void)state;
    fixture_free();
    return 0;
}

/* The value of `text` as TLC prints it, or the error message. */
static char *eval_text(const char *text)
{
    arena a;
    arena_init(&a);
    syn_expr *e = syn_parse_expr(&a, "<test>", text);
    assert_non_null(e);
    assert_true(sema_resolve_expr(prog, prog->root, e));
    val v;
    char *out = eval_value(w, e, NULL, NULL, &v) ? strdup(val_to_string(&a, v))
                                                 : strdup(eval_worker_error(w)->message);
    eval_worker_reset(w);
    arena_free(&a);
    return out;
}

static void expect(const char *text, const char *want)
{
    char *got = eval_text(text);
    if (strcmp(got, want) != 0) fail_msg("%s\n  want: %s\n  got:  %s", text, want, got);
    free(got);
}

static void test_undirected_values(void **state)
{
    (void)state;
    const char *path3 = "[node |-> {1, 2, 3}, edge |-> {{1, 2}, {2, 3}}]";
    char buf[256];
    snprintf(buf, sizeof buf, "U!SimplePath(%s)", path3);
    expect(buf, "{<<1>>, <<2>>, <<3>>, <<1, 2>>, <<2, 1>>, <<2, 3>>, <<3, 2>>, <<1, 2, 3>>, <<3, 2, 1>>}");
    snprintf(buf, sizeof buf, "<<U!AreConnectedIn(1, 3, %s), U!AreConnectedIn(3, 3, %s), U!AreConnectedIn(4, 4, %s)>>",
             path3, path3, path3);
    expect(buf, "<<TRUE, TRUE, FALSE>>");
    /* a self-loop and an isolated node; a singleton edge {3} connects nothing */
    expect("U!ConnectedComponents([node |-> {1, 2, 3, 4}, edge |-> {{1, 2}, {3}}])", "{{3}, {4}, {1, 2}}");
    expect("U!IsStronglyConnected([node |-> {1, 2, 3}, edge |-> {{1, 2}, {2, 3}}])", "TRUE");
    expect("U!IsStronglyConnected([node |-> {1, 2, 3}, edge |-> {{1, 2}}])", "FALSE");
    /* ConnectedComponents of the empty graph is {}, not {{}} */
    expect("<<U!ConnectedComponents([node |-> {}, edge |-> {}]), U!IsStronglyConnected([node |-> {}, edge |-> {}])>>",
           "<<{}, FALSE>>");
    /* edges to nodes outside G.node lead nowhere */
    expect("U!AreConnectedIn(1, 3, [node |-> {1, 3}, edge |-> {{1, 2}, {2, 3}}])", "FALSE");
    /* Path(G) is infinite: membership is decided, enumeration is refused */
    expect("<<1, 2, 1, 2, 1>> \\in U!Path([node |-> {1, 2}, edge |-> {{1, 2}}])", "TRUE");
    expect("U!AreConnectedIn(1, 2, [node |-> {1, 2}, edge |-> 3])", "the edges of a graph must be a set, not 3");
}

static void test_directed_values(void **state)
{
    (void)state;
    expect("D!SimplePath([node |-> {1, 2}, edge |-> {<<1, 2>>}])", "{<<1>>, <<2>>, <<1, 2>>}");
    expect("D!ConnectionsIn([node |-> {1, 2}, edge |-> {<<1, 2>>}])",
           "(<<1, 1>> :> TRUE @@ <<1, 2>> :> TRUE @@ <<2, 1>> :> FALSE @@ <<2, 2>> :> TRUE)");
    expect("D!IsStronglyConnected([node |-> {1, 2}, edge |-> {<<1, 2>>}])", "FALSE");
    expect("D!IsStronglyConnected([node |-> {}, edge |-> {}])", "TRUE");
    /* 1 lies on the cycle 1 -> 2 -> 1, so it is its own ancestor */
    expect("D!Ancestors([node |-> {1, 2, 3}, edge |-> {<<1, 2>>, <<2, 1>>, <<3, 1>>}], 1)", "{1, 2, 3}");
    expect("D!Descendants([node |-> {1, 2, 3}, edge |-> {<<1, 2>>, <<2, 3>>}], 1)", "{2, 3}");
    expect("D!HasCycle([node |-> {1, 2, 3}, edge |-> {<<1, 2>>, <<2, 3>>}])", "FALSE");
    expect("D!HasCycle([node |-> {1, 2, 3}, edge |-> {<<1, 2>>, <<2, 3>>, <<3, 1>>}])", "TRUE");
    expect("D!IsTreeWithRoot([node |-> {1, 2}, edge |-> {<<2, 1>>}], 3)", "FALSE");
    expect("D!IsTreeWithRoot([node |-> {1, 2}, edge |-> {<<2, 1>>}], 1)", "TRUE");
}

static void test_agree_with_published(void **state)
{
    (void)state;
    expect("\\A S \\in SUBSET {1, 2, 3} : \\A G \\in U!UndirectedGraphs(S) : UAgree(G)", "TRUE");
    expect("\\A S \\in SUBSET {1, 2, 3} : \\A G \\in D!Graphs(S) : DAgree(G)", "TRUE");
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_undirected_values),
        cmocka_unit_test(test_directed_values),
        cmocka_unit_test(test_agree_with_published),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
