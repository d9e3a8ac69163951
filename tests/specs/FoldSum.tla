------------------------------ MODULE FoldSum ------------------------------
\* RECURSIVE sums over a set (fold.c's loop): explicit sets of numbers, strings, tuples and records,
\* intervals (empty too), other parameters passed on, the set in either place, a base that is not 0,
\* primed arguments, negative terms; and shapes that are not folds (the term names S, a product, the
\* recursive call first), evaluated by the calls.
EXTENDS Integers, FiniteSets

VARIABLES n, s, total

RECURSIVE Sum(_, _)
Sum(f, S) == IF S = {} THEN 0
                       ELSE LET x == CHOOSE x \in S : TRUE
                            IN  f[x] + Sum(f, S \ {x})

RECURSIVE Weighted(_, _, _)
Weighted(S, f, k) == IF S = {} THEN k ELSE LET y == CHOOSE z \in S : TRUE IN f[y] * k + Weighted(S \ {y}, f, k)

RECURSIVE Count(_)
Count(S) == IF S = {} THEN 0 ELSE LET e == CHOOSE e \in S : TRUE IN 1 + Count(S \ {e})

RECURSIVE SizeSum(_)
SizeSum(S) == IF S = {} THEN 0 ELSE LET e == CHOOSE e \in S : TRUE IN Cardinality(S) + SizeSum(S \ {e})

RECURSIVE Product(_, _)
Product(f, S) == IF S = {} THEN 1 ELSE LET x == CHOOSE x \in S : TRUE IN f[x] * Product(f, S \ {x})

RECURSIVE Backward(_, _)
Backward(f, S) == IF S = {} THEN 0 ELSE LET x == CHOOSE x \in S : TRUE IN Backward(f, S \ {x}) + f[x]

sq == [i \in -3..5 |-> i * i - 4]
len == [w \in {"a", "bb", "ccc", "dddd"} |-> CASE w = "a" -> 1 [] w = "bb" -> 2 [] w = "ccc" -> 3 [] OTHER -> 4]
pairs == {<<1, 2>>, <<2, 1>>, <<0, 5>>}
dist == [p \in pairs |-> p[1] - p[2]]
recs == {[a |-> 1, b |-> "x"], [a |-> 2, b |-> "y"], [a |-> -7, b |-> "z"]}
ra == [r \in recs |-> r.a]

Init == /\ n = 0
        /\ s = {}
        /\ total = 0

Next == /\ n < 5
        /\ n' = n + 1
        /\ s' = s \cup {n - 3, n * 2 - 3}
        /\ total' = Sum(sq, s') + Sum(sq, -3..n) + Sum(sq, n..(n - 1)) + Weighted(s, sq, n + 1)
                    + Sum(len, {"a", "ccc", "dddd"}) + Sum(dist, pairs) + Sum(ra, recs) + Count(s)
                    + SizeSum(s) + Product(sq, s) + Backward(sq, s)

Inv == /\ n < 5
       /\ Sum(sq, {}) = 0 /\ Weighted({}, sq, 9) = 9
       /\ Sum(sq, s) = Backward(sq, s)
       /\ Count(s) = Cardinality(s)
       /\ Sum(dist, pairs) = -5 /\ Sum(ra, recs) = -4 /\ Sum(len, {"a", "bb"}) = 3
=============================================================================
