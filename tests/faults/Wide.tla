---- MODULE Wide ----
\* Five digits, each step raises one of them: 6^5 = 7776 states, wide levels (up to 780 states), so
\* that a small queue or fingerprint budget sends many of them to disk.
EXTENDS Naturals
VARIABLE d
Digits == 1..5
Init == d = [i \in Digits |-> 0]
Next == \E i \in Digits : d[i] < 5 /\ d' = [d EXCEPT ![i] = d[i] + 1]
Inv == \A i \in Digits : d[i] <= 5
====
