---- MODULE PureInstance ----
\* Ok reads TLCGet("level") and is reached only through the INSTANCE's substitution by the same name
\* (no `WITH`): the model stays impure and a simulation checks x = 0 again at level 5, and x = 1
\* fails at level 6.
EXTENDS Naturals, TLC
VARIABLE x
Ok(v) == v \in {0, 1} /\ TLCGet("level") < 6
I == INSTANCE PureInstanceInner
Init == I!Init
Next == I!Next
Inv == I!Inv
====
