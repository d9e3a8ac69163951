---- MODULE SetOpNestedFine ----
\* Nestings of \cup, \cap and \ whose members TLC compares without error: taken by parts, the
\* same answers as the sets TLC builds.
EXTENDS Integers
VARIABLE x
Init == x = 0
Next == UNCHANGED x
Inv == /\ 2 \in (1..3 \cap {2, 3}) \cup {4} /\ 4 \in (1..3 \cap {2, 3}) \cup {4} /\ 1 \notin ((1..3 \ {1}) \cup {5}) \cap Nat /\ 5 \in (Nat \ {1}) \cup ({5} \cap 1..9)
====
