---- MODULE LassoChain ----
\* Lassos as TLC prints them: x climbs to 3 and stops. TLC's liveness checker reports the first
\* violating component its depth-first search completes (the deepest), so the lassos stutter at
\* x = 3, after a shortest path there, not at the initial state.
EXTENDS Naturals
VARIABLE x
Init == x = 0
Next == x < 3 /\ x' = x + 1
Spec == Init /\ [][Next]_x
FairSpec == Spec /\ WF_x(Next)
ReachFive == <>(x = 5)
OneLeadsToZero == (x = 1) ~> (x = 0)
====
