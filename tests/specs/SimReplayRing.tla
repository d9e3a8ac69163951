---- MODULE SimReplayRing ----
\* States of ~6 KB (pad), revisited by walks that wander over x and a clock t: the actions' successors
\* kept from one visit are emitted again at the next (sim_replay.c), from a ring of 32 MB that these
\* walks fill more than twice (86 MB written), so that entries are found after the ring has written
\* over them (made again) as well as before (emitted again). A successor emitted from bytes the ring wrote over would
\* be another state's: the walks and counts would move (how many successors a step has depends on
\* x + t). The figures are tlc-c's own walks for this seed (the draws' order is not TLC's), the same
\* with every successor evaluated anew (before sim_replay.c) and with two workers.
EXTENDS Integers
VARIABLES x, t, pad
T == 60
Init == x = 0 /\ t = 0 /\ pad = [i \in 1..3000 |-> 0]
Move(d) == /\ x' = x + d
           /\ t' \in IF (x + t) % 3 = 0 THEN {(t + 1) % T} ELSE {(t + 1) % T, (t + 2) % T}
           /\ pad' = [pad EXCEPT ![1] = x', ![2] = t']
Left == Move(-1)
Right == Move(1)
Next == Left \/ Right
Inv == pad[1] = x /\ pad[2] = t
====
