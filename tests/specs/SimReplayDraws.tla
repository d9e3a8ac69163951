---- MODULE SimReplayDraws ----
\* Walks come back to the same states, where the actions' successors kept from an earlier visit are
\* emitted again (sim_replay.c): Inc's two, Out's one outside the CONSTRAINT (counted, checked, never
\* taken: the pick goes on), Flip's; not Jump's, whose walk draws (its \E over a set of the state,
\* which TLC takes as one action), nor anything of Never, which has none. The walks and counts are
\* tlc-c's own for this seed (the draws' order is not TLC's), the same with the states' successors
\* evaluated anew each time (before sim_replay.c) and with two workers: a successor missed, added or
\* emitted in another order, or a draw not taken, shows in the trace or the counts.
EXTENDS Integers
VARIABLES x, y, z
Init == x = 0 /\ y = 0 /\ z = 0
Inc == x' = (x + 1) % 4 /\ y' \in {y, (y + 1) % 6} /\ z' = z
Out == x' = x /\ y' = y /\ z' = 9
Jump == \E t \in {x + 1, x + 2} : x >= 2 /\ x' = t % 4 /\ y' = y /\ z' = z
Flip == ((z = 0 /\ z' = 1) \/ (z = 1 /\ z' = 0)) /\ x' = x /\ y' = y
Never == x = 7 /\ UNCHANGED <<x, y, z>>
Next == Inc \/ Out \/ Jump \/ Flip \/ Never
Keep == z # 9
Inv == ~(x = 3 /\ y = 4 /\ z = 1)
====
