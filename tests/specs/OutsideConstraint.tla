---- MODULE OutsideConstraint ----
\* A state outside the CONSTRAINT is not explored, but TLC checks it all the same: 4 is reached from 2
\* (inside) and violates the invariant, though 4 is outside. Checked against TLC (2.20).
EXTENDS Naturals
VARIABLE x
Init == x = 0
Next == x' = x + 1 \/ x' = x + 2
Small == x < 3
NotFour == x # 4
NoStepToFour == [][x' # 4]_x
====
