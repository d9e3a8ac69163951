---- MODULE LiveFairUnion ----
\* Fairness over a disjunction of sub-actions of Next (WF_vars(Go(p) \/ Skip(p)), SF likewise, and
\* two guarded parts of one definition): labelled from the parts the expansion reports.
EXTENDS Naturals
CONSTANT Proc
VARIABLES pc, tok, n
vars == <<pc, tok, n>>

Init == pc = [p \in Proc |-> "a"] /\ tok = 0 /\ n = 0

Toggle == tok' = 1 - tok /\ UNCHANGED <<pc, n>>
Go(p) == pc[p] = "a" /\ tok = 1 /\ pc' = [pc EXCEPT ![p] = "b"] /\ UNCHANGED <<tok, n>>
Skip(p) == pc[p] = "a" /\ n = 2 /\ pc' = [pc EXCEPT ![p] = "b"] /\ UNCHANGED <<tok, n>>
Back(p) == pc[p] = "b" /\ pc' = [pc EXCEPT ![p] = "a"] /\ n' = (n + 1) % 3 /\ UNCHANGED tok

Next == Toggle \/ \E p \in Proc : Go(p) \/ Skip(p) \/ Back(p)

BackFair(p) == WF_vars((tok = 1 /\ Back(p)) \/ (tok = 0 /\ Back(p)))

SpecWF == Init /\ [][Next]_vars /\ WF_vars(Toggle)
          /\ \A p \in Proc : WF_vars(Go(p) \/ Skip(p)) /\ BackFair(p)
SpecSF == Init /\ [][Next]_vars /\ WF_vars(Toggle)
          /\ \A p \in Proc : SF_vars(Go(p) \/ Skip(p)) /\ BackFair(p)

Moves == \A p \in Proc : []<>(pc[p] = "b")
TogetherAtTwo == []<>(tok = 1 /\ n = 2 /\ pc = [p \in Proc |-> "b"])
GoesFairly == \A p \in Proc : SF_vars(Go(p) \/ Skip(p))
====
