---- MODULE Counter ----
\* A counter modulo 5: five states in one cycle, no deadlock.
EXTENDS Naturals
VARIABLE x
Init == x = 0
Next == x' = (x + 1) % 5
Spec == Init /\ [][Next]_x
====
