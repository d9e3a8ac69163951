---- MODULE FoldSumBase ----
\* A base that is not a number: the calls' error at the last level, TLC's words.
EXTENDS Integers
VARIABLE x
RECURSIVE Sum(_, _)
Sum(f, S) == IF S = {} THEN 0 ELSE LET e == CHOOSE e \in S : TRUE IN f[e] + Sum(f, S \ {e})
RECURSIVE Sum2(_, _)
Sum2(f, S) == IF S = {} THEN "none" ELSE LET e == CHOOSE e \in S : TRUE IN f[e] + Sum2(f, S \ {e})
sq == [i \in -3..5 |-> i * i - 4]
Init == x = 0
Next == x < 3 /\ x' = x + 1
Inv == x < 2 \/ Sum2(sq, {x, 1}) > 0
====
