---- MODULE OutsideActionConstraint ----
\* A step the ACTION_CONSTRAINT excludes is not taken, but TLC checks the state it reaches: 4 violates
\* the invariant. Checked against TLC (2.20).
EXTENDS Naturals
VARIABLE x
Init == x = 0
Next == x' = x + 1 \/ x' = x + 2
SmallSteps == x' < 3
NotFour == x # 4
====
