---- MODULE SimDecodeTaken ----
\* A walk expands the successor it took from the values of the state before it: only the variables
\* that successor changed are decoded, and of those only the parts whose bytes changed (model_worker.c
\* decode_taken, val_decode_like). Each step here is the only one, computed from the values decoded:
\* one part of f changes (a sequence grows, then shrinks), s grows and empties, g's domain (model
\* values) changes every other step and stays the same otherwise, one part of h changes to a set of the
\* same size made from that part's values, u seldom changes. A value decoded wrongly (a part kept that
\* changed) shows in the walk to the violation of Inv. Checked against TLC's simulator (one walk).
EXTENDS Integers, Sequences, FiniteSets
CONSTANTS a, b, c
VARIABLES n, f, s, g, h, u
M == <<a, b, c>>
Init == /\ n = 0
        /\ f = [i \in 1..3 |-> <<>>]
        /\ s = {}
        /\ g = [x \in {} |-> 0]
        /\ h = [i \in 1..3 |-> {}]
        /\ u = 0
Next == /\ n' = n + 1
        /\ f' = [f EXCEPT ![(n % 3) + 1] = IF Len(@) < 2 THEN Append(@, [m |-> M[(n % 3) + 1], k |-> n]) ELSE Tail(@)]
        /\ s' = IF n % 4 = 3 THEN {} ELSE s \union {M[(n % 3) + 1]}
        /\ g' = IF n % 2 = 0 THEN [x \in s |-> n + Len(f[(n % 3) + 1])] ELSE g
        /\ h' = [h EXCEPT ![(n % 3) + 1] = IF @ = {} THEN {n, n + 1} ELSE {x + 3 : x \in @}]
        /\ u' = IF n % 5 = 0 THEN u + Len(f[1]) + Cardinality(DOMAIN g) + Cardinality(h[2]) ELSE u
Inv == n < 12
====
