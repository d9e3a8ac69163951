---- MODULE Deadlock ----
\* x counts up to 3 and stops: state x = 3 has no successor.
EXTENDS Naturals
VARIABLE x
Init == x = 0
Next == x < 3 /\ x' = x + 1
====
