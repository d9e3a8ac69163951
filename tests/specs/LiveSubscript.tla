---------------------------- MODULE LiveSubscript ----------------------------
\* Weak fairness of the whole next-state action, under different subscripts:
\* WF_x(Next) forces steps that change x, WF_y(Next) only steps that change y.
EXTENDS Naturals
VARIABLES x, y
Next == \/ x' = 1 - x /\ UNCHANGED y
        \/ y' = 1 - y /\ UNCHANGED x
Init == x = 0 /\ y = 0
FairX == Init /\ [][Next]_<<x, y>> /\ WF_x(Next)
FairY == Init /\ [][Next]_<<x, y>> /\ WF_y(Next)
XToggles == []<>(x = 1)
==============================================================================
