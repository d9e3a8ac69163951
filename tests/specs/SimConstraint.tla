---- MODULE SimConstraint ----
\* TLC's simulator checks and counts a successor outside the CONSTRAINT like any other, but never
\* takes it: every walk is 0, 1, 2, and the successor 3 (outside) is checked against the invariants.
EXTENDS Naturals
VARIABLE x
Init == x = 0
Next == x' = x + 1
InModel == x < 3
NotFive == x # 5
Below3 == x # 3
====
