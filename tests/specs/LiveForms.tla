------------------------------ MODULE LiveForms ------------------------------
\* Temporal properties of many shapes over one small spec: x goes round 0, 1, 2
\* (action A), y toggles (action B). Without fairness anything may stop; under
\* FairA, A cannot be ignored forever, so x goes round forever.
EXTENDS Naturals
VARIABLES x, y
vars == <<x, y>>
Init == x = 0 /\ y = 0
A == x' = (x + 1) % 3 /\ UNCHANGED y
B == y' = 1 - y /\ UNCHANGED x
Next == A \/ B
Spec == Init /\ [][Next]_vars
FairA == Spec /\ WF_vars(A)

YOftenThenXOften == []<>(y = 1) => []<>(x = 2)       \* violated by toggling y only
WFThenXOften == WF_vars(A) => []<>(x = 2)            \* holds: the hypothesis forces A
OneThenYStill == <>(x = 1 /\ [](y = 0))              \* violated by toggling y
NeverFiveOften == ~[]<>(x = 5)                       \* holds: x is never 5
SFThenOne == SF_vars(A) => <>(x = 1)                 \* holds
NotStuckAtOne == ~<>[](x = 1)                        \* violated by stopping at x = 1
StuckOrOften == <>[](x = 0) \/ []<>(x = 1)           \* violated by stopping at x = 2
VacuousLeadsTo == ((x = 5) ~> (x = 1)) => []<>(x = 2) \* violated by stopping at x = 0
=============================================================================
