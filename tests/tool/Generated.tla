---- MODULE Generated ----
\* TLC counts a successor as generated when its enumeration reaches it and stops at the first new
\* state that violates an invariant: "5 states generated" here (the initial state, both of B's
\* successors, then A's up to x = 2), not the 8 successors the initial state has.
EXTENDS Naturals
VARIABLE x
Init == x = 0
A == x' \in {1, 2, 3, 4, 5}
B == x' \in {6, 7}
Next == B \/ A
Inv == x # 2
====
