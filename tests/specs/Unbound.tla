---- MODULE Unbound ----
\* The action forgets y: the successor is not completely specified.
VARIABLES x, y
Init == x = 0 /\ y = 0
Next == x' = 1
====
