---- MODULE InvariantViolated ----
\* x counts up; the invariant x < 3 fails at x = 3, after a shortest trace of 4 states.
EXTENDS Naturals
VARIABLE x
Init == x = 0
Next == x < 10 /\ x' = x + 1
Small == x < 3
====
