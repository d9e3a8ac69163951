---- MODULE DfidCounter ----
\* Depth-first iterative deepening (-dfid N) on a small graph: x counts to 3, y to 2, and Reset
\* goes back from (3, 2) to (0, 0). Twelve states; (3, 2) is 5 steps deep (6 states on the path).
\* The counts below are TLC's (2.20, -dfid): iteration L expands every state above level L, so
\* states are generated again at every iteration.
EXTENDS Naturals
VARIABLES x, y
Init == x = 0 /\ y = 0
IncX == x < 3 /\ x' = x + 1 /\ UNCHANGED y
IncY == y < 2 /\ y' = y + 1 /\ UNCHANGED x
Reset == x = 3 /\ y = 2 /\ x' = 0 /\ y' = 0
Next == IncX \/ IncY \/ Reset
Inv == x + y < 10
Small == x + y < 3
====
