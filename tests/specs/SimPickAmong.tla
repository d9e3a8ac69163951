---- MODULE SimPickAmong ----
\* A simulation step takes one of the picked action's successors inside the CONSTRAINT, found among
\* that action's successors outside it (simulate.c pick_successor: the successor's number counts only
\* the picked action's successors inside). Each step has four successors, one outside (y = 2: checked
\* and counted, never taken), and one action (the \E is not at its top: TLC does not split it), so the
\* counts and the trace's length are the same in any simulator. TakenInside: the state expanded (py,
\* its y) was never one outside; Inv fails at the sixth step.
EXTENDS Integers
VARIABLES x, y, py
Init == x = 0 /\ y = 0 /\ py = 0
Next == x' = x + 1 /\ py' = y /\ \E k \in 0..3 : y' = k
Keep == y # 2
Inv == x < 6
TakenInside == py # 2
====
