---- MODULE TemporalArgumentReads ----
\* A temporal definition's argument reads z, its body x: the label's truth depends on z too
\* (a label kept by the variables it reads must count the argument's).
EXTENDS Naturals
VARIABLES x, z, u
vars == <<x, z, u>>
Init == x = 0 /\ z = 0 /\ u = 0
Next == /\ x' = 0
        /\ z' = (z + 1) % 3
        /\ u' = 0
Spec == Init /\ [][Next]_vars /\ WF_vars(Next)
B(y) == <>(y /\ x = 0)
Holds == B(z = 2)
Fails == B(z = 5)
====
