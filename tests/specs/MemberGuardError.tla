---- MODULE MemberGuardError ----
\* A guard n \in net whose n (an integer) TLC cannot compare with net's record: left to the
\* evaluation, which stops with TLC's error in the first state where net holds the record.
EXTENDS Naturals
VARIABLE net
Next == \/ net = {} /\ net' = {[k |-> 1]}
        \/ net # {} /\ net' = {}
Spec == net = {} /\ [][Next]_net /\ \A n \in {1} : WF_net(n \in net /\ net' = {})
Live == []<>(net = {})
====
