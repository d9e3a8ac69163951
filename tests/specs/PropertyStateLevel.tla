---- MODULE PropertyStateLevel ----
\* A PROPERTY whose formula is a state predicate (P, Q), next to a temporal one (T), a constant-level
\* invariant (C) and a constant-level property (K): TLC 2.20 warns of each state predicate after the
\* constant invariants' warnings, the first warning printed telling how to silence them.
EXTENDS Integers
VARIABLE x
Init == x = 0
Next == x' = 1 - x
P == x >= 0
Q == x < 5
T == []P
C == TRUE
K == 1 < 2
Spec == Init /\ [][Next]_x
====
