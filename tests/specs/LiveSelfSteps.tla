---- MODULE LiveSelfSteps ----
\* Under a VIEW of x alone, A's step is a second step of x = 0 to itself (other bytes, the same
\* state), the only one that takes A: a one-node component is judged by all of its steps to itself,
\* not by its stuttering step alone. WF on A holds by A's step: <>(x = 1) is violated.
EXTENDS Naturals
VARIABLES x, y
vars == <<x, y>>
Init == x = 0 /\ y = 0
A == x' = x /\ y' = 1 - y
B == x = 0 /\ x' = 1 /\ y' = y
Spec == Init /\ [][A \/ B]_vars /\ WF_vars(A)
View == x
Reached == <>(x = 1)
====
