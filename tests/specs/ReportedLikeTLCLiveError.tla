---- MODULE ReportedLikeTLCLiveError ----
\* Errors evaluating a temporal property's predicates. TLC labels a state for liveness when it expands
\* it, once its successors joined the set and the queue: a condition on cycles ([]<>P, WF_v(A)) fails
\* on the state expanded, which ends the trace; a predicate of its tableau (<>P, P ~> Q) fails on a
\* successor of the state expanded, which ends the trace.
EXTENDS Naturals
VARIABLES x, y
vars == <<x, y>>
Init == x = 0 /\ y = 0
IncX == x' = (x + 1) % 3 /\ UNCHANGED y
IncY == y' = (y + 1) % 4 /\ UNCHANGED x
Spec == Init /\ [][IncX \/ IncY]_vars /\ WF_vars(IncX) /\ WF_vars(IncY)
DivA == x' = 10 \div (2 - x) /\ UNCHANGED y
SpecDivWF == Init /\ [][IncX \/ IncY]_vars /\ WF_vars(DivA)
Cycle == []<>(10 \div (2 - x) > 0)
AtInit == []<>(10 \div x > 0)
NotBool == []<>(x + 1)
Step == []<><<DivA>>_vars
Tableau == <>(10 \div (2 - x) < 0)
Live == []<>(x = 0)
====
