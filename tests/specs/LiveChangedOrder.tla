---- MODULE LiveChangedOrder ----
\* WF_v(A) where a step changes x and turns y from 0 into a string: "v changes" compares the
\* tuple's components in order and stops at the first that differs. InOrder's v = <<x, y>> stops at
\* x (no error); Reversed's v = <<y, x>> compares y first, 0 against "s", which TLC refuses.
EXTENDS Naturals
VARIABLES x, y
InOrder == <<x, <<y>>>>
Reversed == <<y, x>>
Init == x = 0 /\ y = 0
A == x < 3 /\ x' = x + 1 /\ y' = IF x = 2 THEN "s" ELSE y
B == x = 3 /\ x' = 0 /\ y' = 0
SpecInOrder == Init /\ [][A \/ B]_InOrder /\ WF_InOrder(A) /\ WF_InOrder(B)
SpecReversed == Init /\ [][A \/ B]_Reversed /\ WF_Reversed(A) /\ WF_Reversed(B)
Back == []<>(x = 0)
====
