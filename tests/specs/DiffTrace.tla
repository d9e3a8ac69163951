---- MODULE DiffTrace ----
\* -difftrace prints only the variables a step changed: y, which never changes, shows once.
EXTENDS Naturals
VARIABLES x, y
Init == x = 0 /\ y = "fixed"
Next == x' = x + 1 /\ UNCHANGED y
Small == x < 3
====
