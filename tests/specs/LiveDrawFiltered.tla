---- MODULE LiveDrawFiltered ----
\* Draws that are not made once keep the model impure: Small filters Nat (an infinite set, whose
\* predicate is kept and evaluated later) with a draw, and Hop(v) draws in a definition with a
\* parameter. Both draw from one value, so the counts are TLC's. Reach: <>(x = 2) holds under WF.
EXTENDS Naturals, TLC
VARIABLE x
Small == {n \in Nat : n < RandomElement({4})}
Hop(v) == (v + RandomElement({1})) % 4
Init == x = 0
Next == x \in Small /\ x' = Hop(x)
Spec == Init /\ [][Next]_x /\ WF_x(Next)
Reach == <>(x = 2)
====
