---- MODULE PrimedParamsForms ----
\* Primed parameters in other forms: through an operator argument and a LAMBDA, a membership
\* v' \in S, an EXCEPT, a union.
EXTENDS Naturals, FiniteSets
VARIABLES x, f, s
vars == <<x, f, s>>
Init == x = 0 /\ f = [i \in 1..2 |-> 0] /\ s = {}
Inc(v) == v' = v + 1
Do(Op(_), v) == Op(v)
Choose(v) == v' \in {v + 1, v + 2}
Upd(g, i) == g' = [g EXCEPT ![i] = @ + 1]
Add(t, e) == t' = t \cup {e}
A == x < 4 /\ Do(Inc, x) /\ UNCHANGED <<f, s>>
B == x < 4 /\ Do(LAMBDA v : v' = v + 2, x) /\ UNCHANGED <<f, s>>
C == x < 4 /\ Choose(x) /\ UNCHANGED <<f, s>>
D == \E i \in 1..2 : f[i] < 2 /\ Upd(f, i) /\ UNCHANGED <<x, s>>
E == Cardinality(s) < 2 /\ \E e \in 1..3 : Add(s, e) /\ UNCHANGED <<x, f>>
Next == A \/ B \/ C \/ D \/ E
====
