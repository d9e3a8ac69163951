---- MODULE OutsideConstraintInit ----
\* An initial state outside the CONSTRAINT is checked too, as TLC checks it: 5 violates the invariant,
\* reported as TLC reports an initial state (with -continue as well). Checked against TLC (2.20).
EXTENDS Naturals
VARIABLE x
Init == x \in {0, 5}
Next == x' = x + 1
Small == x < 3
NotFive == x # 5
====
