---- MODULE SimReplayBucket ----
\* Fifteen states, each with ten actions that have successors (A3 and A6 two, some outside the
\* CONSTRAINT), revisited by every walk: the successors kept by (state, action) (sim_replay.c) fill a
\* state's bucket of eight slots, so that its ninth and tenth actions push out the entries kept
\* earliest, which are then evaluated and kept again. An entry emitted for another action of the
\* same state, or for another state of the bucket, would move the walks and counts. The figures are
\* tlc-c's own walks for this seed (the draws' order is not TLC's), the same with every successor
\* evaluated anew (before sim_replay.c) and with two workers.
EXTENDS Integers
VARIABLES x, y
Init == x = 0 /\ y = 0
A1 == x' = (x + 1) % 5 /\ y' = y
A2 == x' = x /\ y' = (y + 1) % 3
A3 == x' = (x + 2) % 5 /\ y' \in {0, 1}
A4 == x' = 0 /\ y' = (y + 2) % 3
A5 == x' = (x + 4) % 5 /\ y' = 0
A6 == x' = (x * 2) % 5 /\ y' \in {y, (y + 2) % 3}
A7 == x' = (x + 3) % 5 /\ y' = (y + 1) % 3
A8 == x' = 4 - x /\ y' = y
A9 == x' = (x + 1) % 5 /\ y' = (y + 2) % 3
A10 == x' = (3 * x) % 5 /\ y' = 2 - y
Next == A1 \/ A2 \/ A3 \/ A4 \/ A5 \/ A6 \/ A7 \/ A8 \/ A9 \/ A10
InModel == x + y < 6
Inv == x \in 0..4 /\ y \in 0..2
====
