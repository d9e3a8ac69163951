---- MODULE FilterMemberWholeFine ----
\* Filters built whole for membership, over an interval, a named constant and Nat (Nat: tested lazily, as TLC).
EXTENDS Integers, TLC
VARIABLE x
Init == x = 0
Evens == {y \in 0..10 : y % 2 = 0}
Next == x' = (x + 1) % 7 /\ x' \in {y \in 0..x + 5 : y % 2 = 1} \cup Evens
Inv == x \in {y \in Nat : y < 7}
====
