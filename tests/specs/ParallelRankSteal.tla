---- MODULE ParallelRankSteal ----
\* Wide levels whose new states cost their checks unevenly (one in seven a hundred times another):
\* at two workers a worker done with the checks of the new states it made takes those of the
\* other's last chunks. Violations at three states of the level y = 2, the last near its end (likely
\* checked by the worker that did not make it): the search stops at the first in breadth-first order,
\* with its counts; with -continue each is reported, in that order.
EXTENDS Naturals
VARIABLES x, y
Init == x \in 1..2000 /\ y = 0
Next == y < 3 /\ y' = y + 1 /\ x' = x
Slow(n) == \A i \in 1..(IF n % 7 = 0 THEN 300 ELSE 3) : i + n > n
Late == Slow(x) /\ ~(y = 2 /\ x \in {700, 1500, 1990})
LateDefined == Slow(x) /\ IF y = 2 /\ x \in {700, 1500, 1990} THEN 1 \div (x - x) = 0 ELSE TRUE
====
