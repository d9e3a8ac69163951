---- MODULE SetOpNestedNatCap ----
\* x \in Nat \cap (S \cup T): (1..2 \cup {3}) built whole, unsorted, then its cap with Nat asks Nat
\* for each of its members and scans the kept ones for "a".
EXTENDS Integers
VARIABLE x
Init == x = 0
Next == UNCHANGED x
Inv == ~("a" \in Nat \cap (1..2 \cup {3}))
====
