---- MODULE LiveStepPlace ----
\* Step labels found by a successor's place among those emitted (label_step): B's successor is A's,
\* emitted first, so A's fairness bit comes from the second emission of the same step; E's is D(i)'s;
\* C's is the state itself (the stuttering step's row). Counts and lassos from TLC.
EXTENDS Naturals
VARIABLES x, y
vars == <<x, y>>
Init == x = 0 /\ y = 0
B == x' = (x + 1) % 3 /\ y' = y
A == x' = (x + 1) % 3 /\ UNCHANGED y
C == UNCHANGED vars
E == y' = 1 - y /\ x' = x
D(i) == y' = i /\ y /= i /\ x' = x
Next == B \/ C \/ E \/ A \/ \E i \in 0..1 : D(i)
Spec == Init /\ [][Next]_vars /\ WF_vars(A) /\ \A i \in 0..1 : WF_vars(D(i))
Prop == []<>(x = 0) /\ []<>(y = 1)
Broken == <>[](x = 0)
====
