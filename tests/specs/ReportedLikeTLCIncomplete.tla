---- MODULE ReportedLikeTLCIncomplete ----
\* A successor that leaves variables without a value: TLC's words, naming them, and no positions.
EXTENDS Integers
VARIABLES x, y, z
Init == x = 0 /\ y = 0 /\ z = 0
Next == \/ x < 1 /\ x' = x + 1 /\ y' = y /\ z' = z
        \/ x = 1 /\ x' = 3
====
