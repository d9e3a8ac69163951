---- MODULE Continue ----
\* With -continue each violation is reported with its trace, in breadth-first order, and the search
\* goes on to the end: two behaviours (y = 0 and y = 1) each break Step at x' = 2 and Inv at x = 3.
EXTENDS Naturals
VARIABLES x, y
Init == x = 0 /\ y \in {0, 1}
Next == x < 5 /\ x' = x + 1 /\ y' = y
Inv == x # 3
Step == [][x' # 2]_<<x, y>>
====
