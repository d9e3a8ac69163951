---- MODULE PropNameAbs ----
\* The abstract module PropName refines (through INSTANCE).
EXTENDS Naturals
VARIABLE y
vars == <<y>>
Init == y = 0
Next == y' = y + 1 /\ y < 2
Spec == Init /\ [][Next]_vars
Prop2 == [][Next]_vars
Safe == [](y < 2)
====
