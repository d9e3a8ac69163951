---- MODULE SetOrderNestedCup ----
EXTENDS Naturals
VARIABLE x
Init == x = 0
Next == x = 0 /\ x' = ({3000 + 333} \cup {1000 + 111}) \ [{1} -> {2}]
====
