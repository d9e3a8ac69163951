---- MODULE SimImpureCheck ----
\* A simulation does not check again a state it found good before, unless the spec calls something
\* whose value depends on more than the state: here TLCGet("level"), so that x = 0, good at level 3,
\* is checked again at level 5, and x = 1 violates the invariant at level 6.
EXTENDS Naturals, TLC
VARIABLE x
Init == x = 0
Next == x' = 1 - x
Inv == x \in {0, 1} /\ TLCGet("level") < 6
====
