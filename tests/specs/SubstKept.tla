---- MODULE SubstKept ----
\* A refinement through an INSTANCE whose substitution builds a function (the abstract state of each
\* process), read many times on each step: its value is kept per state and per step (expr.c
\* subst_value). Bug > 0 lets process Bug take the lock while another holds it.
EXTENDS Naturals
CONSTANTS N, Bug
VARIABLES pc, lock
vars == <<pc, lock>>
P == 1..N
Init == pc = [p \in P |-> "a"] /\ lock = 0
Take(p) == pc[p] = "a" /\ (lock = 0 \/ p = Bug) /\ lock' = p /\ pc' = [pc EXCEPT ![p] = "b"]
Work(p) == pc[p] = "b" /\ pc' = [pc EXCEPT ![p] = "c"] /\ UNCHANGED lock
Give(p) == pc[p] = "c" /\ lock' = 0 /\ pc' = [pc EXCEPT ![p] = "a"]
Next == \E p \in P : Take(p) \/ Work(p) \/ Give(p)
Spec == Init /\ [][Next]_vars /\ \A p \in P : WF_vars(Work(p) \/ Give(p))
phase(p) == IF pc[p] \in {"b", "c"} THEN "busy" ELSE "idle"
A == INSTANCE SubstKeptAbs WITH st <- [p \in P |-> phase(p)]
Refines == A!Spec
Released == A!Released
\* fails to evaluate in a state where process 3 is at "c" (primed, on the step to it)
Strict == [p \in P |-> IF pc[3] = "c" THEN 1 \div 0 ELSE phase(p)]
E == INSTANCE SubstKeptAbs WITH st <- Strict
RefinesStrict == E!Spec
====
