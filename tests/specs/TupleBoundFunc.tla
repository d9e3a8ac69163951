---------------------------- MODULE TupleBoundFunc ----------------------------
\* A function over a tuple of names given an interval: an error at the form, reported only in the
\* state that evaluates it.
EXTENDS Integers
VARIABLE k

F == [<<a, b>> \in IF k = 1 THEN 1..2 ELSE {<<1, 1>>} |-> a + b]
Init == k = 0
Next == k < 3 /\ k' = k + 1
Inv == DOMAIN F # {}
=============================================================================
