---- MODULE LiveBoundFair ----
\* Fairness on actions in bound names: WF_vars(Rd(p) \/ Wr(p)) (a disjunction, no sub-action of
\* Next) and WF_vars(Remove(p)) (a sub-action Next enters only through Internal(p) == Remove(p) /\ ...).
EXTENDS Naturals
CONSTANT Proc
VARIABLES st, q, out
vars == <<st, q, out>>

Init == st = [p \in Proc |-> "idle"] /\ q = [p \in Proc |-> 0] /\ out = 0

Issue(p, op) ==
    /\ st[p] = "idle" /\ q[p] < 2
    /\ st' = [st EXCEPT ![p] = op]
    /\ q' = [q EXCEPT ![p] = @ + 1]
    /\ UNCHANGED out

Rd(p) == st[p] = "rd" /\ st' = [st EXCEPT ![p] = "idle"] /\ UNCHANGED <<q, out>>
Wr(p) == st[p] = "wr" /\ \E v \in {0, 1} : out' = v /\ st' = [st EXCEPT ![p] = "idle"] /\ UNCHANGED q

Remove(p) ==
    /\ q[p] > 0
    /\ q' = [q EXCEPT ![p] = @ - 1]
    /\ UNCHANGED <<st, out>>

Internal(p) == Remove(p) /\ (q[p] = 2 => out = 0)

Reset == out = 1 /\ out' = 0 /\ UNCHANGED <<st, q>>

Next == \E p \in Proc :
           \/ \E op \in {"rd", "wr"} : Issue(p, op)
           \/ Rd(p) \/ Wr(p)
           \/ Internal(p)
           \/ Reset

Spec == /\ Init /\ [][Next]_vars
        /\ \A p \in Proc : WF_vars(Rd(p) \/ Wr(p))
        /\ \A p \in Proc : WF_vars(Remove(p))

Responds == \A p \in Proc : (st[p] # "idle") ~> (st[p] = "idle")
Drains == \A p \in Proc : []<>(q[p] = 0)
Cleared == []<>(out = 0)
====
