---- MODULE LassoPhases ----
\* Two cycles, one after the other: x goes round 0, 1 in phase "a", moves to phase "b" and goes round
\* 2, 3 there. Both cycles violate <>(x = 9); TLC's depth-first search completes the second one
\* first and enters it at x = 2, so its lasso is the path there, a step to 3 and back to state 3.
EXTENDS Naturals
VARIABLES x, p
vars == <<x, p>>
Init == x = 0 /\ p = "a"
RoundA == p = "a" /\ x' = 1 - x /\ UNCHANGED p
Move == p = "a" /\ x = 1 /\ x' = 2 /\ p' = "b"
RoundB == p = "b" /\ x' = 5 - x /\ UNCHANGED p
Next == RoundA \/ Move \/ RoundB
Spec == Init /\ [][Next]_vars /\ WF_vars(Next)
ReachNine == <>(x = 9)
====
