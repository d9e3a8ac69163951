---- MODULE SplitLetError ----
\* An error inside a LET of an action reached through TLC's split (a LET step of the action's
\* plan): TLC's message and nested positions, the LET and its body among them.
EXTENDS Naturals
VARIABLE x
Proc == 1 .. 2
A(p) == /\ x[p] < 3
        /\ LET m == x[p] + 1
               k == x[p + 10]
           IN /\ m > 0
              /\ IF m = 3 THEN k = 1 ELSE TRUE
              /\ x' = [x EXCEPT ![p] = m]
B(p) == /\ x[p] = 3
        /\ LET m == x[p] IN /\ m = 3 /\ x' = x
Init == x = [p \in Proc |-> 0]
Next == \E p \in Proc : A(p) \/ B(p)
====
