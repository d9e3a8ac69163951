---- MODULE ActionConstraint ----
\* ACTION_CONSTRAINT filters transitions: x steps by 1, 2 or 3 while below 10, and the constraint
\* cuts the steps of 3, so x reaches 11 at most (0..11: 12 states) and 11 only at depth 7.
EXTENDS Naturals
VARIABLE x
Init == x = 0
Next == x < 10 /\ \E d \in {1, 2, 3} : x' = x + d
NoBigSteps == x' - x # 3
====
