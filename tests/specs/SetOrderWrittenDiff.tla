---- MODULE SetOrderWrittenDiff ----
EXTENDS Naturals
VARIABLE x
Init == x = 0
Next == x = 0 /\ \E y \in {3000 + 333, 1000 + 111} \ [{1} -> {2}] : x' = y
====
