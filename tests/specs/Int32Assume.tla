---- MODULE Int32Assume ----
\* An overflow in an ASSUME.
EXTENDS Naturals
VARIABLE x
ASSUME 2147483647 + 1 > 0
Init == x = 1
Next == x' = x
====
