---- MODULE ConstraintKept ----
\* A state constraint that reads x alone, checked in every successor: those of an expansion that keep
\* x (Flip) share its truth, found once; those that change x (Inc) have it evaluated. x runs 0..4 (5 is
\* generated, neither counted nor explored), y 0..2 whatever x: 15 states.
EXTENDS Naturals
VARIABLES x, y
Init == x = 0 /\ y = 0
Inc == x' = x + 1 /\ UNCHANGED y
Flip == y' = (y + 1) % 3 /\ UNCHANGED x
Next == Inc \/ Flip
Bound == x <= 4
====
