---- MODULE PureUnreached ----
\* Bait and Drift call TLCGet and RandomElement but nothing reaches them (the .cfg leaves Bait out, as
\* MCKVsnap does its BaitInv): the model is pure, so WF_x(Next)'s labels come from the expansion.
EXTENDS Naturals, TLC
VARIABLE x
Init == x = 0
Next == x' = (x + 1) % 4
Spec == Init /\ [][Next]_x /\ WF_x(Next)
Reach == <>(x = 3)
Bait == TLCGet("level") < 3
Drift(v) == v + RandomElement({1, 2})
====
