---- MODULE RefineSplitAbs ----
\* The abstract side of RefineSplit: a refinement whose next-state relation splits into disjuncts
\* that begin with guards, some under \E over a constant set.
EXTENDS Naturals
CONSTANTS N, Cap
VARIABLES pos, cnt
Move(i) == /\ pos = i
           /\ i < N
           /\ pos' = i + 1
           /\ UNCHANGED cnt
Back(i) == /\ pos = i
           /\ i > 0
           /\ pos' = i - 1
           /\ cnt' = cnt + 1
Stay == /\ cnt < Cap
        /\ cnt' = cnt + (2 - cnt) \div (2 - cnt)
        /\ UNCHANGED pos
Next == \/ \E i \in 0..N : Move(i) \/ Back(i)
        \/ Stay
vars == <<pos, cnt>>
====
