---- MODULE LiveArgsIndex ----
\* Fairness of actions with arguments, read off the expansion and found by a hash of the arguments
\* (a definition with eight labels or more): the WF arguments are built otherwise than the messages
\* (1..2 against {1, 2}, {M2, M1} against {M1, M2}); Grow's labels are intervals while Next calls
\* Grow(Nat), an infinite set (not hashed: its labels are then compared one by one).
EXTENDS Naturals
CONSTANTS M1, M2
VARIABLES x, msgs
vars == <<x, msgs>>
Msgs == {[k |-> 1, s |-> {M1}], [k |-> 2, s |-> 1..2], [k |-> 3, s |-> {M1, M2}]}
Init == x = 0 /\ msgs = Msgs
Recv(m) == m \in msgs /\ msgs' = msgs \ {m} /\ x' = (x + m.k) % 4
Grow(S) == x \in S /\ x < 2 /\ msgs = {} /\ x' = x + 1 /\ UNCHANGED msgs
Reset == msgs = {} /\ msgs' = Msgs /\ x' = 0
Next == (\E m \in msgs : Recv(m)) \/ Grow(Nat) \/ Reset
Others == {[k |-> i, s |-> {}] : i \in 4..9}
Fair(ms) == \A m \in ms \cup Others : WF_vars(Recv(m))
GrowFair == \A S \in {0..i : i \in 1..8} : WF_vars(Grow(S))
Spec == Init /\ [][Next]_vars /\ WF_vars(Reset) /\ GrowFair
        /\ Fair({[k |-> 1, s |-> {M1}], [k |-> 2, s |-> {1, 2}], [k |-> 3, s |-> {M2, M1}]})
Unfair == Init /\ [][Next]_vars /\ WF_vars(Reset) /\ GrowFair
          /\ Fair({[k |-> 1, s |-> {M1}], [k |-> 2, s |-> {1, 2}]})
Drained == []<>(msgs = {})
====
