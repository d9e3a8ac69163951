---- MODULE MistakeIncompleteActions ----
\* The third of three actions leaves y without a value: TLC names it, shows the successor with y
\* null, and counts it (exit 75).
EXTENDS Naturals
VARIABLES x, y
Init == x = 0 /\ y = 0
A == x' = x + 1 /\ y' = y
B == x' = x + 5 /\ y' = y
C == x > 0 /\ x' = 9
Next == A \/ B \/ C
====
