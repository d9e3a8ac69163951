---- MODULE DomainNotFunction ----
\* DOMAIN x with x an integer: TLC's words (the value's kind), its place on their last line.
EXTENDS Integers, Sequences, TLC
VARIABLE x
Init == x = 5
Next == x' = DOMAIN x
====
