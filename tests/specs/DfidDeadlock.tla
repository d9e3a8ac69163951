---- MODULE DfidDeadlock ----
\* Depth-first iterative deepening finds the deadlock at x = 3 when it expands it, in the iteration
\* after the one that found it (level 4). From the initial state x = 0 it is 4 states deep, from
\* x = 1 three: the trace is the shorter.
EXTENDS Naturals
VARIABLE x
Init == x \in {0, 1}
Next == x < 3 /\ x' = x + 1
====
