---- MODULE RefinePartAbs ----
\* The abstract module of RefinePart: each disjunct of Next begins with a guard, then a primed
\* equality (the part prop_split.c keeps per state by the successor's bytes it reads).
EXTENDS Naturals
CONSTANT Div
VARIABLES n, total, tok
Bump(i) == n[i] < 2 /\ n' = [n EXCEPT ![i] = @ + 1] /\ total' = total + 1 /\ UNCHANGED tok
Move == tok < 2 /\ tok' = tok + Div \div Div /\ UNCHANGED <<n, total>>
Next == (\E i \in 0..2 : Bump(i)) \/ Move
vars == <<n, total, tok>>
====
