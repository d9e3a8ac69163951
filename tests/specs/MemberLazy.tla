---- MODULE MemberLazy ----
\* Membership in set filters and maps written as definitions is decided without building the set
\* (as TLC does): Huge has 2^(2^16) elements, Evens(10^9) a billion. So is \E y \in S : y = x' /\ P
\* on a transition (property Steps): x' \in S /\ P.
EXTENDS Naturals
VARIABLE x
Init == x = 1
Next == x' = (x % 3) + 1
Huge == {S \in SUBSET SUBSET (1 .. 16) : x \in UNION S}
Evens(n) == {2 * i : i \in 0 .. n}
Small(n) == {S \in Huge : n \in UNION S}
Inv == /\ {{x}, {5}} \in Huge
       /\ {{x + 1}} \notin Huge
       /\ {{1, 2, 3}} \in Small(x)
       /\ {{17}} \notin Small(x)
       /\ 2 * x \in Evens(10 ^ 9)
       /\ {{x}} \in (Huge \cup {}) \ {{{17}}}
       /\ <<x, x>> \in UNION {[1 .. n -> 1 .. 10 ^ 6] : n \in 1 .. 10 ^ 6}
Step == \E y \in {n \in 0 .. 10 ^ 9 : n > 0} : y = x' /\ y # x
Steps == [][Step]_x
====
