---- MODULE ReportedLikeTLCOutdegree ----
\* An invariant of a successor that fails to evaluate: TLC prints the outdegree of the states it
\* expanded (the last one's new states up to the failing one).
EXTENDS Integers
VARIABLE x
Init == x \in {0, 1}
Next == x' \in {x + 1, x + 2, x + 3}
Inv == IF x < 4 THEN TRUE ELSE x
====
