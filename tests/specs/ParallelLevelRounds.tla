---- MODULE ParallelLevelRounds ----
\* A level of 40,000 states, more than a round holds (32,768), then levels of 2,000 states that are
\* a round each. With several workers, the round that ends a level takes the rest of each worker's
\* queue whole (the one before it, its part of the slots), a round without faults is finished by
\* whichever worker ends last, and the round with a violation (Inv, in the .cfg of the Violated test)
\* by worker 0.
EXTENDS Naturals
VARIABLES a, b, c
Init == a = 0 /\ b = 0 /\ c = 0
Next == \/ a = 0 /\ a' = 1 /\ b' \in 1..200 /\ c' \in 1..200
        \/ a > 0 /\ a < 12 /\ b <= 10 /\ a' = a + 1 /\ UNCHANGED <<b, c>>
Inv == a < 9
====
