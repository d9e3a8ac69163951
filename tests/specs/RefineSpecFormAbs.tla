---- MODULE RefineSpecFormAbs ----
EXTENDS Naturals
VARIABLES a, b, t
vars == <<a, b, t>>
Init == a = 0 /\ b = 0
IncA == a < 3 /\ a' = a + 1 /\ UNCHANGED <<b, t>>
IncB == b' = (b + 1) % 3 /\ UNCHANGED <<a, t>>
MoveT == t' = (t + 1) % 2 /\ UNCHANGED <<a, b>>
Next == IncA \/ IncB \/ MoveT
Spec == Init /\ [][Next]_vars
====
