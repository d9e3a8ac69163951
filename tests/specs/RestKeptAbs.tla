---- MODULE RestKeptAbs ----
\* The abstract side of RestKept: Send(i)'s and Recv(i)'s parts after their first read p, q or r.
EXTENDS Naturals
CONSTANT N
VARIABLES p, q, r
Node == 0 .. N - 1
vars == <<p, q, r>>
Init == p = [i \in Node |-> 0] /\ q = 0 /\ r = 0
Send(i) == /\ q < 3
           /\ q' = q + 1
           /\ \E j \in Node \ {i} : p' = [p EXCEPT ![j] = @ + 1]
           /\ UNCHANGED r
Recv(i) == /\ p[i] > 0
           /\ p' = [p EXCEPT ![i] = @ - 1]
           /\ r' = r + 1
           /\ UNCHANGED q
Next == \E i \in Node : Send(i) \/ Recv(i)
====
