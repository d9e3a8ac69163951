---- MODULE Int32Step ----
\* An overflow in the next-state relation stops with the behaviour up to the state it left.
EXTENDS Naturals, Integers
VARIABLE x
Init == x = 0
Next == x' = x - 1000000000
Double == x' = IF x = 0 THEN 1 ELSE x * 2
====
