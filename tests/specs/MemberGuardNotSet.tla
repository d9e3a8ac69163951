---- MODULE MemberGuardNotSet ----
\* A guard n \in net where net holds an integer, not a set: the compiled \in on the variable finds
\* no set to search, and the evaluation stops with TLC's error in the first state (a label's guard).
EXTENDS Naturals
VARIABLE net
Next == net < 2 /\ net' = net + 1
Spec == net = 0 /\ [][Next]_net /\ \A n \in {1} : WF_net(n \in net /\ net' = 0)
Live == []<>(net = 0)
====
