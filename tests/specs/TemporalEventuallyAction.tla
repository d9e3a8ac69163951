---- MODULE TemporalEventuallyAction ----
\* SANY refuses <> over an action not written <<A>>_v (through a definition too): TLC exits 150.
EXTENDS Naturals
VARIABLE x
Init == x = 0
Next == x' = (x + 1) % 3
A == x' = x + 1
Spec == Init /\ [][Next]_x /\ WF_x(Next)
Prop == []<>A
====
