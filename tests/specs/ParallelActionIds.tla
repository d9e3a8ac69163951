---- MODULE ParallelActionIds ----
\* Two pairs of actions whose bodies start 33 lines and one column apart (L3 and L10, L5 and L11, as
\* in a PlusCal translation): a worker's memo of action ids once put each pair in one slot, and the
\* two missed by turns. Each step of the trace is named by its own action, at two workers.
EXTENDS Naturals
VARIABLES x, y
vars == <<x, y>>
Init == x = 0 /\ y = 0
L3 == /\ x < 199 /\ x % 2 = 0
      /\ x' = x + 1 /\ y' = y
L5 == /\ x < 199 /\ x % 2 = 1
      /\ x' = x + 1 /\ y' = y
\* (filler: the next actions' bodies start 33 lines below L3's and L5's)
\* (filler: the next actions' bodies start 33 lines below L3's and L5's)
\* (filler: the next actions' bodies start 33 lines below L3's and L5's)
\* (filler: the next actions' bodies start 33 lines below L3's and L5's)
\* (filler: the next actions' bodies start 33 lines below L3's and L5's)
\* (filler: the next actions' bodies start 33 lines below L3's and L5's)
\* (filler: the next actions' bodies start 33 lines below L3's and L5's)
\* (filler: the next actions' bodies start 33 lines below L3's and L5's)
\* (filler: the next actions' bodies start 33 lines below L3's and L5's)
\* (filler: the next actions' bodies start 33 lines below L3's and L5's)
\* (filler: the next actions' bodies start 33 lines below L3's and L5's)
\* (filler: the next actions' bodies start 33 lines below L3's and L5's)
\* (filler: the next actions' bodies start 33 lines below L3's and L5's)
\* (filler: the next actions' bodies start 33 lines below L3's and L5's)
\* (filler: the next actions' bodies start 33 lines below L3's and L5's)
\* (filler: the next actions' bodies start 33 lines below L3's and L5's)
\* (filler: the next actions' bodies start 33 lines below L3's and L5's)
\* (filler: the next actions' bodies start 33 lines below L3's and L5's)
\* (filler: the next actions' bodies start 33 lines below L3's and L5's)
\* (filler: the next actions' bodies start 33 lines below L3's and L5's)
\* (filler: the next actions' bodies start 33 lines below L3's and L5's)
\* (filler: the next actions' bodies start 33 lines below L3's and L5's)
\* (filler: the next actions' bodies start 33 lines below L3's and L5's)
\* (filler: the next actions' bodies start 33 lines below L3's and L5's)
\* (filler: the next actions' bodies start 33 lines below L3's and L5's)
\* (filler: the next actions' bodies start 33 lines below L3's and L5's)
\* (filler: the next actions' bodies start 33 lines below L3's and L5's)
\* (filler: the next actions' bodies start 33 lines below L3's and L5's)
\* (filler: the next actions' bodies start 33 lines below L3's and L5's)
L10 == /\ y < 199 /\ y % 2 = 0
       /\ y' = y + 1 /\ x' = x
L11 == /\ y < 199 /\ y % 2 = 1
       /\ y' = y + 1 /\ x' = x
Next == L3 \/ L5 \/ L10 \/ L11
Spec == Init /\ [][Next]_vars
TypeOK == x \in 0..199 /\ y \in 0..199
\* false first at level 5: x = 3, y = 2
NotThere == ~(x = 3 /\ y = 2)
\* false first at level 251: x = 150, y = 101
NotDeep == ~(x = 150 /\ y = 101)
====
