---- MODULE LiveBoxEnum ----
\* <>[][Up(i)]_vars in bound names' values, i \in {1, 2}: the step predicate labelled from Up(i)'s
\* successors enumerated per state, and true on a state's step to itself (Done with Cyclic FALSE).
EXTENDS Naturals
CONSTANT Cyclic
VARIABLES x, y
vars == <<x, y>>

Init == x = 0 /\ y = 0
Up(i) == x < 3 /\ x' = x + i /\ UNCHANGED y
Flip == x < 3 /\ y' = 1 - y /\ UNCHANGED x
Done == x >= 3 /\ x' = (IF Cyclic THEN 0 ELSE x) /\ UNCHANGED y

Next == (\E i \in {1, 2} : Up(i)) \/ Flip \/ Done

Spec == Init /\ [][Next]_vars /\ WF_vars(\E i \in {1, 2} : Up(i)) /\ WF_vars(Done)

Settles == \A i \in {1, 2} : <>[][Up(i)]_vars
====
