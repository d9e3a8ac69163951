---- MODULE LiveBranches ----
\* Three processes; turn passes between 1 and 2 only: process 3 waits forever. A property over
\* \A i gives one branch (check) per process; only process 3's is violated.
EXTENDS Naturals
P == {1, 2, 3}
VARIABLES pc, turn
vars == <<pc, turn>>
Init == pc = [i \in P |-> "ncs"] /\ turn = 1
Try(i) == pc[i] = "ncs" /\ pc' = [pc EXCEPT ![i] = "wait"] /\ UNCHANGED turn
Enter(i) == pc[i] = "wait" /\ turn = i /\ pc' = [pc EXCEPT ![i] = "cs"] /\ UNCHANGED turn
Exit(i) == pc[i] = "cs" /\ pc' = [pc EXCEPT ![i] = "ncs"] /\ UNCHANGED turn
Rotate == turn' = (IF turn = 1 THEN 2 ELSE 1) /\ UNCHANGED pc
Next == Rotate \/ \E i \in P : Try(i) \/ Enter(i) \/ Exit(i)
Spec == Init /\ [][Next]_vars /\ WF_vars(Rotate) /\ \A i \in P : SF_vars(Enter(i)) /\ WF_vars(Exit(i))
EntersAll == \A i \in P : pc[i] = "wait" ~> pc[i] = "cs"
EntersTwo == \A i \in {1, 2} : pc[i] = "wait" ~> pc[i] = "cs"
NoneStuck == \A i \in P : []<>(pc[i] # "wait")
====
