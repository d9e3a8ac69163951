---- MODULE KeptNested ----
\* KeptNestedMid's R, its p <- a * k one substitution reached through two instances of its module with
\* other variables and constants: its values kept across states by the bytes of x (through A) and
\* of y (through B), apart.
EXTENDS Naturals
VARIABLES x, y
Init == x = 0 /\ y = 0
Next == \/ x < 3 /\ x' = x + 1 /\ UNCHANGED y
        \/ x = 3 /\ x' = 0 /\ y' = (y + 1) % 3
Spec == Init /\ [][Next]_<<x, y>> /\ WF_<<x, y>>(Next)
A == INSTANCE KeptNestedMid WITH a <- x, k <- 1
B == INSTANCE KeptNestedMid WITH a <- y, k <- 10
C == INSTANCE KeptNestedMid WITH a <- x + y, k <- 1
RA == A!R!Spec
RB == B!R!Spec
RC == C!R!Spec
====
