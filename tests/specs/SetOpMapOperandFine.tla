---- MODULE SetOpMapOperandFine ----
\* Maps, filters and UNION as operands of \cup, \cap and \ where nothing is refused: the same
\* answers by parts and built (TLC: no error, 3 distinct states).
EXTENDS Integers
VARIABLE x
Init == x \in 1..3
Next == x' = (x % 3) + 1
Inv == /\ x * 2 \in {y * 2 : y \in 1..3} \cap {y \in 1..9 : y % 2 = 0}
       /\ x \notin {y : y \in 4..6} \ {y \in Nat : y > 2}
       /\ x \in UNION {{1}, {2, 3}} \cup {y \in Nat : y > x}
       /\ x \notin {y \in Nat : y > 5} \cap ({y + 1 : y \in 0..2} \ {})
====
