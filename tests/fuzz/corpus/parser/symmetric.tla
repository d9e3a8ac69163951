---- MODULE Symmetric ----
\* owner is none or one of two interchangeable processes: 3 states, 2 up to symmetry.
EXTENDS TLC
CONSTANTS P, none
VARIABLE owner
Init == owner = none
Next == owner' \in P \cup {none}
Perms == Permutations(P)
====
