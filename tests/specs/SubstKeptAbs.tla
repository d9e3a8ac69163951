---- MODULE SubstKeptAbs ----
\* The abstract spec SubstKept refines: at most one process busy at a time.
CONSTANT P
VARIABLE st
Init == st = [p \in P |-> "idle"]
Go(p) == st[p] = "idle" /\ \A q \in P : st[q] # "busy" /\ st' = [st EXCEPT ![p] = "busy"]
Stop(p) == st[p] = "busy" /\ st' = [st EXCEPT ![p] = "idle"]
Next == \E p \in P : Go(p) \/ Stop(p)
Spec == Init /\ [][Next]_st
Released == \A p \in P : st[p] = "busy" ~> st[p] = "idle"
====
