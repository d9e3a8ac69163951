---- MODULE InitFilterError ----
\* A constant filter failing on one element, computed by two workers at once: the one that claimed
\* it gives the claim up, the other meets the error in turn, and it is reported as TLC reports it.
EXTENDS Integers
Bad == {n \in 1 .. 100 : 10 \div (n - 50) > 0}
VARIABLE x
Init == x \in Bad
Next == UNCHANGED x
====
