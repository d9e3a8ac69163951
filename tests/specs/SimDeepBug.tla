---- MODULE SimDeepBug ----
\* Eight counters, raised one step at a time up to Max and dropped to 0 from there. The invariant
\* claims they are never all at least Goal at once: false, but only after 8 * Goal = 40 steps, and
\* the states within 40 steps of the start are about C(48, 8) = 377 million, too many for a
\* breadth-first search to reach quickly. A seeded simulation finds a violation in its first walks.
EXTENDS Naturals
CONSTANTS N, Max, Goal
VARIABLE c
Procs == 1..N
Init == c = [p \in Procs |-> 0]
Inc(p) == c[p] < Max /\ c' = [c EXCEPT ![p] = @ + 1]
Drop(p) == c[p] = Max /\ c' = [c EXCEPT ![p] = 0]
Next == \E p \in Procs : Inc(p) \/ Drop(p)
NotAllHigh == \E p \in Procs : c[p] < Goal
====
