---------------------------- MODULE LiveSubActions ----------------------------
\* Fairness of sub-actions of Next, whose labels tlc-c reads off the expansion: a
\* process's action Proc(p) and, inside it, Inc(p); a guarded one; and a Next whose
\* \E ranges over a set that depends on the state (Proc(p) is then not entered in
\* every expansion).
EXTENDS Naturals
VARIABLES x, y
vars == <<x, y>>
Procs == {1, 2}
Inc(p) == /\ x[p] < 2
          /\ x' = [x EXCEPT ![p] = @ + 1]
          /\ UNCHANGED y
Reset(p) == /\ x[p] = 2
            /\ x' = [x EXCEPT ![p] = 0]
            /\ y' = (y + 1) % 3
Proc(p) == Inc(p) \/ Reset(p)
Next == \E p \in Procs : Proc(p)
NextSome == \E p \in {q \in Procs : x[q] < 2 \/ y = 0} : Proc(p)
Init == x = [p \in Procs |-> 0] /\ y = 0
FairProc == Init /\ [][Next]_vars /\ \A p \in Procs : WF_vars(Proc(p))
FairInc == Init /\ [][Next]_vars /\ \A p \in Procs : WF_vars(Inc(p))
FairGuarded == Init /\ [][Next]_vars /\ \A p \in Procs : WF_vars(y # 1 /\ Proc(p))
FairSome == Init /\ [][NextSome]_vars /\ \A p \in Procs : WF_vars(Proc(p))
FairStrongSome == Init /\ [][NextSome]_vars /\ \A p \in Procs : SF_vars(Proc(p))
ResetsOften == \A p \in Procs : []<>(x[p] = 0)
YOften == []<>(y = 2)
================================================================================
