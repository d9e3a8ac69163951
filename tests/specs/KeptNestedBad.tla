---- MODULE KeptNestedBad ----
\* KeptNested with C, whose p <- x + y steps from 3 to 1 when x goes back to 0 and y to 1: its [][INext]_p
\* is violated on that step (TLC's trace of 5 states).
EXTENDS Naturals
VARIABLES x, y
Init == x = 0 /\ y = 0
Next == \/ x < 3 /\ x' = x + 1 /\ UNCHANGED y
        \/ x = 3 /\ x' = 0 /\ y' = (y + 1) % 3
Spec == Init /\ [][Next]_<<x, y>> /\ WF_<<x, y>>(Next)
A == INSTANCE KeptNestedMid WITH a <- x, k <- 1
B == INSTANCE KeptNestedMid WITH a <- y, k <- 10
C == INSTANCE KeptNestedMid WITH a <- x + y, k <- 1
RA == A!R!Spec
RB == B!R!Spec
RC == C!R!Spec
====
