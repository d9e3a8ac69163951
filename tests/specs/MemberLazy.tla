---- MODULE MemberLazy ----
\* Membership in set filters and maps written as definitions is decided without building the set
\* (as TLC does): Huge has 2^(2^16) elements, Evens(10^9) a billion.
EXTENDS Naturals
VARIABLE x
Init == x = 1
Next == x' = x % 3 + 1
Huge == {S \in SUBSET SUBSET (1 .. 16) : x \in UNION S}
Evens(n) == {2 * i : i \in 0 .. n}
Small(n) == {S \in Huge : n \in UNION S}
Inv == /\ {{x}, {5}} \in Huge
       /\ {{x + 1}} \notin Huge
       /\ {{1, 2, 3}} \in Small(x)
       /\ {17} \notin Small(x)
       /\ 2 * x \in Evens(10 ^ 9)
====
