---- MODULE LabelRowsBroken ----
\* As LabelRows without WF on Move(2): Moves violated for process 2 (TLC's trace length, 7).
EXTENDS Naturals
CONSTANT Msgs
VARIABLES net, pc, got
vars == <<net, pc, got>>
Init == net = {} /\ pc = [i \in 1..2 |-> "a"] /\ got = 0
Send(m) == m \notin net /\ got < 2 /\ net' = net \cup {m} /\ UNCHANGED <<pc, got>>
Recv(m) == m \in net /\ net' = net \ {m} /\ got' = got + 1 /\ UNCHANGED pc
Move(i) == pc[i] = "a" /\ pc' = [pc EXCEPT ![i] = "b"] /\ UNCHANGED <<net, got>>
Next == (\E m \in Msgs : Send(m)) \/ (\E m \in net : Recv(m)) \/ (\E i \in 1..2 : Move(i))
Spec == Init /\ [][Next]_vars /\ (\A m \in Msgs : WF_vars(Recv(m))) /\ WF_vars(Move(1))
Moves == \A i \in 1..2 : (pc[i] = "a") ~> (pc[i] = "b")
====
