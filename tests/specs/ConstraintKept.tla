---- MODULE ConstraintKept ----
\* A state constraint that reads x alone, checked in every successor: its truth is kept by x's bytes
\* where it held, so Flip's successors and Inc's to an x met before find it kept, and x = 5 has it
\* evaluated each time. x runs 0..4 (5 is generated, neither counted nor explored), y 0..2 whatever x:
\* 15 states.
EXTENDS Naturals
VARIABLES x, y
Init == x = 0 /\ y = 0
Inc == x' = x + 1 /\ UNCHANGED y
Flip == y' = (y + 1) % 3 /\ UNCHANGED x
Next == Inc \/ Flip
Bound == x <= 4
====
