------------------------------ MODULE LiveRing ------------------------------
\* A counter going round a ring of 1000 values, fairly. The whole ring is the
\* only cycle, so a violated "infinitely often" shows all of it.
EXTENDS Naturals
VARIABLE x
Init == x = 0
Next == x' = (x + 1) % 1000
Spec == Init /\ [][Next]_x /\ WF_x(Next)
BackToZero == []<>(x = 0)
NeverThere == []<>(x = 1000)
=============================================================================
