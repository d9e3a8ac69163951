---- MODULE MemberGuardBroken ----
\* MemberGuard without fairness on RecvB: a "b" message may stay in net for ever (violated; TLC's
\* lasso has 7 states, tlc-c's as many, through other messages).
EXTENDS Naturals
VARIABLES net, got
vars == <<net, got>>
Msgs == [kind : {"a", "b"}, val : 0 .. 1]
Init == net = {} /\ got = 0
Send(m) == m \notin net /\ got < 2 /\ net' = net \cup {m} /\ UNCHANGED got
Recv(m) == /\ m \in net
           /\ m.kind = "a"
           /\ net' = net \ {m} /\ got' = got + 1
RecvB(m) == m \in net /\ m.kind = "b" /\ net' = net \ {m} /\ UNCHANGED got
Next == (\E m \in Msgs : Send(m)) \/ (\E m \in net : Recv(m) \/ RecvB(m))
Spec == Init /\ [][Next]_vars /\ \A m \in Msgs : WF_vars(Recv(m))
Delivered == \A m \in Msgs : [](m \in net => <>(m \notin net))
====
