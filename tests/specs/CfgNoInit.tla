---- MODULE CfgNoInit ----
\* A .cfg with NEXT but no INIT (nor SPECIFICATION): TLC's words (2231).
EXTENDS Integers, Sequences, TLC
VARIABLE x
Init == x \in 1..3
Next == x' = x
====
