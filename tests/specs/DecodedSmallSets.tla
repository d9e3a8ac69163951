---- MODULE DecodedSmallSets ----
\* Values decoded from states and the small-set paths they meet (kvs13): `{}` alone and inside a
\* function (value_io.c's read_val_shared, plain_empty_set), whole variables of a few bytes found again
\* (val_decode_shared) and one of more than 64; `S \ {e}` on a few scalars of one kind (value.c's
\* remove_member: at either end, in the middle, absent, the last one) and on nine members; `x \in {...}`
\* with scalars of x's kind compared in line (compile.c's member_listed), with more than four members,
\* with members of other kinds; `\cap` and `\` with an empty operand (filter_by).
EXTENDS Naturals, FiniteSets
CONSTANTS A, B, C
VARIABLES s, f, m, big, h, n

Keys == {A, B, C}

Init == /\ s = {}
        /\ f = [x \in {A, B} |-> {}]
        /\ m = {1, 2, 3}
        /\ big = {1, 2, 3, 4, 5, 6, 7, 8, 9}
        /\ h = [i \in 1..30 |-> 0]
        /\ n = 0

vars == <<s, f, m, big, h, n>>

Toggle(t, k) == f' = [f EXCEPT ![t] = IF k \in @ THEN @ \ {k} ELSE @ \cup {k}]

Next == \/ \E k \in Keys : s' = s \cup {k} /\ UNCHANGED <<f, m, big, h, n>>
        \/ \E k \in Keys : s' = s \ {k} /\ UNCHANGED <<f, m, big, h, n>>
        \/ \E t \in {A, B}, k \in Keys : /\ k \notin {C, "c"} \/ t = B
                                       /\ Toggle(t, k)
                                       /\ UNCHANGED <<s, m, big, h, n>>
        \/ /\ n < 4
           /\ n' = n + 1
           /\ m' = IF n \in {0, 2} THEN m \ {n + 1} ELSE m \cup {n}
           /\ big' = big \ {n * 2 + 1}
           /\ h' = [h EXCEPT ![n + 1] = n]
           /\ UNCHANGED <<s, f>>

Inv == /\ f[A] \cap {} = {}
       /\ {} \cap f[B] = {}
       /\ f[A] \ {} = f[A]
       /\ (f[A] = {} \/ f[B] = {} \/ f[A] \cap f[B] = f[A] \cap f[B])
       /\ \A t \in {A, B} : f[t] \subseteq Keys
       /\ s \ {} = s
       /\ n \notin {5, 6, 7, 8, 9}
       /\ Cardinality(m) >= 1
       /\ Cardinality(big) >= 5
       /\ \A i \in 1..30 : h[i] \in {0, 1, 2, 3, 4, 5, 6, 7}
====
