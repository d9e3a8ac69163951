---- MODULE FilterMemberWholeInv ----
\* An invariant x \notin {y \in {x, 3, 4} : P}: P(3) fails on the initial state (before: the invariant held, exit 0).
EXTENDS Integers, TLC
VARIABLE x
Init == x = 0
Next == x' = (x + 1) % 3
Inv == x \notin {y \in {x, 3, 4} : 12 \div (y - 3) = 5}
====
