---- MODULE EnabledSubstAbs ----
\* The abstract module of the EnabledSubst* tests: one bit y that flips.
EXTENDS Naturals
VARIABLE y
Init == y = 0
Flip == y' = 1 - y
Never == y' = 1 - y /\ y' = y
FlipFromOne == y' = 1 - y /\ y = 1
Change == \E k \in {0, 1}: y' = k /\ k # y
SpecNever == Init /\ [][Flip]_y /\ WF_y(Never)
SpecFromOne == Init /\ [][Flip]_y /\ WF_y(FlipFromOne)
SpecFlip == Init /\ [][Flip]_y /\ WF_y(Flip)
SpecChange == Init /\ [][Flip]_y /\ WF_y(Change)
EnabledFlip == ENABLED Flip
LiveFromOne == []<>ENABLED FlipFromOne
====
