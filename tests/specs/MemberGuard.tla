---- MODULE MemberGuard ----
\* Guards m \in net decided by the compiled \in, found once per state (for the messages not in net,
\* which Next's \E m \in net does not reach): Recv's alone (a conjunct of its own), RecvB's as the
\* first conjunct of m \in net /\ m.kind = "b" (false decides; where it holds the conjunction is
\* evaluated); one test for both labels of m. Every message sent is received: holds.
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
Fairness == \A m \in Msgs : WF_vars(Recv(m)) /\ WF_vars(RecvB(m))
Spec == Init /\ [][Next]_vars /\ Fairness
Delivered == \A m \in Msgs : [](m \in net => <>(m \notin net))
====
