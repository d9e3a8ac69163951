---- MODULE F ----
A == /\ x \in {1, 2}
     /\ [f EXCEPT ![1] = @ + 1]
====
