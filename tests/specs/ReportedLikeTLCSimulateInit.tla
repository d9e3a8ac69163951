---- MODULE ReportedLikeTLCSimulateInit ----
\* TLC's simulator counts every initial state generated, duplicates too, and says "state" whatever
\* their number: "Computed 3 initial states..." and "3 distinct state generated" where 2 are distinct.
EXTENDS Integers
VARIABLE x
Init == \E i \in 1..3 : x = i % 2
Next == x' = 1 - x
====
