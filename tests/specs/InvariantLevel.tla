---- MODULE InvariantLevel ----
\* A conjunct that reads TLCGet("level") is evaluated in every state, whatever variables it names.
EXTENDS Naturals, TLC
VARIABLES x, y
Init == x = 0 /\ y = 0
Next == \/ x' = (x + 1) % 3 /\ UNCHANGED y
        \/ y < 6 /\ y' = y + 1 /\ UNCHANGED x
Shallow == /\ x \in 0..2
           /\ TLCGet("level") < 5
====
