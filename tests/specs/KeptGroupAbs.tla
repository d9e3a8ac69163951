---- MODULE KeptGroupAbs ----
EXTENDS Naturals
CONSTANT N
VARIABLES t, p, z, b
vars == <<t, p, z, b>>
Node == 0 .. N - 1
Init == t = 0 /\ p = [i \in Node |-> 0] /\ z = 0 /\ b = 0
MoveT == t' = (t + 1) % N /\ UNCHANGED <<p, z, b>>
Send(i) == p' = [p EXCEPT ![i] = @ + 1] /\ z' = (IF i = 0 THEN z + 1 ELSE z) /\ b' = b + 1 /\ UNCHANGED t
Recv(i) == p[i] > 0 /\ p' = [p EXCEPT ![i] = @ - 1] /\ z' = (IF i = 0 THEN z - 1 ELSE z) /\ UNCHANGED <<t, b>>
Next == MoveT \/ \E i \in Node : Send(i) \/ Recv(i)
====
