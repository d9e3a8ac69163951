---- MODULE Constraint ----
\* An unbounded counter cut by a state constraint: states 0..5 are explored; 6 is generated but
\* neither counted nor explored, and state 5 is not a deadlock.
EXTENDS Naturals
VARIABLE x
Init == x = 0
Next == x' = x + 1
Bound == x <= 5
====
