---- MODULE CdotUnset ----
\* B reads y, which A leaves without a value in the intermediate state: an error.
EXTENDS Naturals
VARIABLES x, y
Init == x = 0 /\ y = 0
Next == (x' = x + 1) \cdot (x' = x + y /\ y' = y)
====
