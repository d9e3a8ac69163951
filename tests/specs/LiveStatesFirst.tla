---- MODULE LiveStatesFirst ----
\* x climbs to 4 and stays there; every state is a component of its own (with its stuttering step).
\* For <>[]P the search looks for a component where ~P holds somewhere: most one-state components
\* miss it and are refused before their steps are walked. Settles: <>[](x = 4) holds (the states
\* with x < 4 meet ~P but WF takes Up there); Never: <>[](x # 4) fails in the state x = 4, where Up
\* is disabled; Shaky: <>[](x # 2) holds, only x = 2 meets ~P and Up is taken there.
EXTENDS Naturals
VARIABLE x
Init == x = 0
Up == x < 4 /\ x' = x + 1
Spec == Init /\ [][Up]_x /\ WF_x(Up)
Settles == <>[](x = 4)
Never == <>[](x # 4)
Shaky == <>[](x # 2)
====
