---- MODULE SetOpMemberFine ----
\* Memberships in \cap, \cup and \ of sets of one kind: decided by the operands, as before.
EXTENDS Integers, TLC
VARIABLE x, s
Init == x = 0 /\ s = {1, 3}
Next == x' = (x + 1) % 5 /\ s' = (s \ {x}) \cup {(x + 2) % 5}
Inv == /\ x \notin ({9} \cap s) /\ (x \in s \cup {x}) /\ (x \notin s \ s) /\ (x \in 0..4 \ {7})
====
