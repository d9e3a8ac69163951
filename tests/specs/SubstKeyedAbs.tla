---- MODULE SubstKeyedAbs ----
\* The abstract module of SubstKeyed: each process idle or busy, one changing at a time.
CONSTANT Procs
VARIABLE st
Init == st = [p \in Procs |-> "idle"]
Next == \E p \in Procs : \/ st[p] = "idle" /\ st' = [st EXCEPT ![p] = "busy"]
                         \/ st[p] = "busy" /\ st' = [st EXCEPT ![p] = "idle"]
Spec == Init /\ [][Next]_st
====
