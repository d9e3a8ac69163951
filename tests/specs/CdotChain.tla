---- MODULE CdotChain ----
\* A chain of compositions, (A1 \cdot A2) \cdot A3 (as TLC's ChainedCdots test): from 0, A1 reaches
\* 1 or 2, A2 adds 3 or 4 (4, 5, 5, 6), A3 adds 5: 9, 10, 11. Distinct 4, depth 2.
EXTENDS Naturals
VARIABLE x
Init == x = 0
Add(S) == \E n \in S : x' = x + n
Next == x = 0 /\ Add({1, 2}) \cdot Add({3, 4}) \cdot Add({5})
Inv == x \in {0, 9, 10, 11}
====
