---- MODULE ParallelNarrowStop ----
\* A wide level (3,000 initial states) and then narrow ones (50 states each): the search stops in a
\* narrow round that follows the wide one, and the successors counted at the stop are the narrow
\* round's own.
EXTENDS Naturals
VARIABLES x, y
Init == x \in 1..3000 /\ y = 0
Next == \/ x <= 50 /\ y < 6 /\ y' = y + 1 /\ UNCHANGED x
        \/ x > 50 /\ UNCHANGED <<x, y>>
Small == y < 4
====
