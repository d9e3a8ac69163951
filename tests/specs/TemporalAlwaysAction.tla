---- MODULE TemporalAlwaysAction ----
\* SANY refuses [] over an action not written [A]_v, even <<A>>_v in parentheses: TLC exits 150.
EXTENDS Naturals
VARIABLE x
Init == x = 0
Next == x' = (x + 1) % 3
A == x' = x + 1
Spec == Init /\ [][Next]_x /\ WF_x(Next)
Prop == <>[](<<A>>_x)
====
