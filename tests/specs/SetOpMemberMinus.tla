---- MODULE SetOpMemberMinus ----
\* "b" \notin {x, 7} \ {x}: the difference built ({7}, unsorted: from a set written out) and scanned.
EXTENDS Integers, TLC
VARIABLE x
Init == x = 0
Next == x' = (x + 1) % 3
Inv == x = 2 => "b" \notin {x, 7} \ {x}
====
