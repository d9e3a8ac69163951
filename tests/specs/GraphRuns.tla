---- MODULE GraphRuns ----
\* 3,000 states over 109 levels: each of several workers expands many blocks of the queue, so its
\* part of the behaviour graph is many runs of consecutive states, placed among the others' runs.
\* Settle fails (a lasso of 68 states through both workers' runs); Round holds under WF(IncX), and
\* with the CONSTRAINT the steps out of it lead to states the graph does not have.
EXTENDS Naturals
VARIABLES x, y
Init == x = 0 /\ y = 0
IncX == x' = (x + 1) % 60 /\ y' = y
IncY == y' = (y + 1) % 50 /\ x' = x
Jump == x = 59 /\ x' = 0 /\ y' = (y * 7) % 50
Next == IncX \/ IncY \/ Jump
Spec == Init /\ [][Next]_<<x, y>> /\ WF_<<x, y>>(IncX)
Small == y < 45
Round == []<>(x = 0)
Settle == <>[](y = 0)
====
