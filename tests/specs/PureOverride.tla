---- MODULE PureOverride ----
\* Ok's value is MCOk's, named only by the .cfg (`Ok <- MCOk`): MCOk reads TLCGet("level"), so the
\* model stays impure and a simulation checks x = 0 again at level 5, and x = 1 fails at level 6.
EXTENDS Naturals, TLC
CONSTANT Ok(_)
VARIABLE x
MCOk(v) == v \in {0, 1} /\ TLCGet("level") < 6
Init == x = 0
Next == x' = 1 - x
Inv == Ok(x)
====
