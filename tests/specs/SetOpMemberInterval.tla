---- MODULE SetOpMemberInterval ----
\* "a" \notin 1..4 \ {x}: the difference of an interval is built sorted and searched by halves.
EXTENDS Integers, TLC
VARIABLE x
Init == x = 0
Next == x' = (x + 1) % 3
Inv == x = 1 => "a" \notin (1..4 \ {x})
====
