---- MODULE SmallSetsExcept ----
\* `S \cup {e}` (value.c's insert_member) and EXCEPT (val_except_at) in the shapes their in-line
\* paths take and those they leave: a member added to an empty set, to a small set of model values
\* and integers (at either end, in the middle, already there), of strings, of tuples (not scalars),
\* to a set of more than eight members; an EXCEPT on a function of two and of six points, on a
\* tuple of two and of six values and on a record, some writing the value already there (f itself).
EXTENDS Naturals, Sequences, FiniteSets
CONSTANTS M
VARIABLES w, b, q, u, f, g, s, l, r, n

Init == /\ w = {}
        /\ b = {1, 2, 3, 4, 5, 6, 7, 8, 9}
        /\ q = {"b"}
        /\ u = {<<1, 2>>}
        /\ f = [x \in M |-> 0]
        /\ g = [x \in {10, 20, 30, 40, 50, 60} |-> 0]
        /\ s = <<0, 0>>
        /\ l = <<0, 0, 0, 0, 0, 0>>

        /\ r = [a |-> 0, c |-> {}]
        /\ n = 0

vars == <<w, b, q, u, f, g, s, l, r, n>>

Step == /\ n < 3
        /\ n' = n + 1
        /\ \E m \in M, i \in 0..2 :
             /\ w' = (w \cup {m}) \cup {i * 5}
             /\ b' = b \cup {n * 4}
             /\ q' = (q \cup {IF i = 0 THEN "a" ELSE "c"}) \cup {"b"}
             /\ u' = u \cup {<<i, 2>>}
             /\ f' = [f EXCEPT ![m] = (@ + i) % 2]
             /\ g' = [g EXCEPT ![(i + 1) * 10] = n % 2]
             /\ s' = [s EXCEPT ![1 + (i % 2)] = i]
             /\ l' = [l EXCEPT ![i + 4] = n]
             /\ r' = [r EXCEPT !.c = @ \cup {m}]

Next == \/ n = 3 /\ UNCHANGED vars
        \/ Step

Inv == /\ Cardinality(w) <= 8
       /\ \A x \in u : x[2] = 2
====
