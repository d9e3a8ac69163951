---- MODULE FoldSumKinds ----
\* A term that is not a number (the second member's, a string): the calls' error, TLC's words.
EXTENDS Integers
VARIABLE x
RECURSIVE Sum(_, _)
Sum(f, S) == IF S = {} THEN 0 ELSE LET e == CHOOSE e \in S : TRUE IN f[e] + Sum(f, S \ {e})
RECURSIVE Sum2(_, _)
Sum2(f, S) == IF S = {} THEN "none" ELSE LET e == CHOOSE e \in S : TRUE IN f[e] + Sum2(f, S \ {e})
name == [i \in 1..3 |-> IF i = 2 THEN "two" ELSE i]
Init == x = 0
Next == x < 3 /\ x' = x + 1
Inv == x < 1 \/ Sum(name, 1..3) > 0
====
