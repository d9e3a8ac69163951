---- MODULE SyntaxErrors ----
\* Three broken definitions: one run reports the three, each at its line and column.
EXTENDS Naturals
VARIABLE x
A == 1 + + 2
Init == x = 0
B == (x +
C == {1, 2
Next == x' = x + 1 )
====
