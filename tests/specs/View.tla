---- MODULE View ----
\* y only counts steps; with VIEW x, states that agree on x count once: x = 0, 1, 2.
EXTENDS Naturals
VARIABLES x, y
Init == x = 0 /\ y = 0
Next == x' = (x + 1) % 3 /\ y' = y + 1
OnlyX == x
====
