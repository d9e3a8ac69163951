---- MODULE KeptGrowAbs ----
EXTENDS Naturals
VARIABLES h, s
vars == <<h, s>>
Init == h = 0 /\ s = 0
Next == h' \in {h, h + 1} /\ UNCHANGED s
====
