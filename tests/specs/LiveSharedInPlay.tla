---- MODULE LiveSharedInPlay ----
\* Three processes take a lock; one property per process, `waiting ~> someone in cs`: three
\* checks whose nodes in play (the node waiting for "someone in cs") are one, each with its own label.
EXTENDS Naturals
CONSTANT Fair
Proc == {1, 2, 3}
VARIABLES pc, lock
vars == <<pc, lock>>
Init == pc = [i \in Proc |-> "idle"] /\ lock = 0
Request(i) == pc[i] = "idle" /\ pc' = [pc EXCEPT ![i] = "wait"] /\ UNCHANGED lock
Enter(i) == pc[i] = "wait" /\ lock = 0 /\ pc' = [pc EXCEPT ![i] = "cs"] /\ lock' = i
Exit(i) == pc[i] = "cs" /\ pc' = [pc EXCEPT ![i] = "idle"] /\ lock' = 0
Next == \E i \in Proc : Request(i) \/ Enter(i) \/ Exit(i)
Spec == Init /\ [][Next]_vars /\ \A i \in Proc : WF_vars(Exit(i) \/ (i \in Fair /\ Enter(i)))
Served == \A i \in Proc : (pc[i] = "wait") ~> (\E j \in Proc : pc[j] = "cs")
====
