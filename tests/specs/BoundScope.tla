---- MODULE BoundScope ----
\* As in SANY, the sets of one quantifier's bounds cannot name its bound names: here x in the second
\* set is unknown (SANY: "Unknown operator: `x'").
EXTENDS Naturals
VARIABLE v
Init == v = 0
Next == \E x \in {1, 2}, y \in x..3 : v' = y
====
