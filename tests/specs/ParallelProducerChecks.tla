---- MODULE ParallelProducerChecks ----
\* A wide level (2,000 initial states) and three more as wide: each new state is checked by the
\* worker that made it, so at two workers a violation late in the level may be found before one
\* early in it. The search stops at the first in breadth-first order, with its counts; with
\* -continue each is reported, in that order.
EXTENDS Naturals
VARIABLES x, y
Init == x \in 1..2000 /\ y = 0
Next == y < 3 /\ y' = y + 1 /\ x' = x
\* false at two states of the level y = 2: x = 1500 comes after x = 700
TwoLate == ~(y = 2 /\ x \in {700, 1500})
\* false at four states of that level
Every500 == ~(y = 2 /\ x % 500 = 7)
\* fails to evaluate at the same two states
TwoLateDefined == IF y = 2 /\ x \in {700, 1500} THEN 1 \div (x - x) = 0 ELSE TRUE
====
