---- MODULE InitPartsInv ----
\* An invariant violated by an initial state of a later part at 2 workers: the states generated
\* and the state reported are one worker's.
EXTENDS Naturals
VARIABLES x, y
Init == /\ x \in 0..999
        /\ y \in {"p", "q"}
Next == UNCHANGED <<x, y>>
Inv == ~(x = 700 /\ y = "q")
====
