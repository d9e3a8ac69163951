---- MODULE KeptShareAbs ----
EXTENDS Naturals
CONSTANT N
VARIABLES t, p, b
vars == <<t, p, b>>
Node == 0 .. N - 1
Init == t = 0 /\ p = [i \in Node |-> 0] /\ b = 0
MoveT == t' = (t + 1) % N /\ UNCHANGED <<p, b>>
Send(i) == p' = [p EXCEPT ![i] = @ + 1] /\ b' = b + 1 /\ UNCHANGED t
Recv(i) == p[i] > 0 /\ p' = [p EXCEPT ![i] = @ - 1] /\ UNCHANGED <<t, b>>
Next == MoveT \/ \E i \in Node : Send(i) \/ Recv(i)
====
