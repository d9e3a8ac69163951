---- MODULE CdotContext ----
\* What B of A \cdot B reads, and what follows the composition reads.
\*  - Twice(x): the argument x is read in A from s and in B from t, so u = 3 * (x + 1) (a value
\*    of x cached from s would give 3 * x).
\*  - y is left alone by A and B; the conjunct after the composition reads s again (y + 1) and x'
\*    as B left it.
\* States (1,0), (6,1), (21,2), (66,3): distinct 4, depth 4.
EXTENDS Naturals
VARIABLES x, y
Init == x = 1 /\ y = 0
Twice(e) == (x' = e + 1) \cdot (x' = e * 3)
Next == /\ y < 3
        /\ Twice(x)
        /\ y' = y + 1
        /\ x' = 3 * (x + 1)
Inv == <<x, y>> \in {<<1, 0>>, <<6, 1>>, <<21, 2>>, <<66, 3>>}
====
