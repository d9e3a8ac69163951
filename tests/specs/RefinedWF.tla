---- MODULE RefinedWF ----
\* A refinement whose abstract spec is Init /\ [][Next]_y /\ WF_y(Next): on the graph's steps,
\* which all satisfy [A!Next]_A!y, <<A!Next>>_A!y is "y changes". A fair behaviour may change z
\* forever and x never: WF_y(Next) is violated.
EXTENDS Naturals
VARIABLES x, z
Init == x = 0 /\ z = 0
Next == \/ x' = 1 - x /\ z' = z
        \/ z' = 1 - z /\ x' = x
Spec == Init /\ [][Next]_<<x, z>> /\ WF_<<x, z>>(Next)
A == INSTANCE RefinedWFAbs WITH y <- x
Refines == A!Spec
====
