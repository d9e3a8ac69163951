---- MODULE InitPartsSubset ----
\* Init's first choice a filter over SUBSET S (iterated by size, as TLC does): each part checks that
\* the values it iterates come in order, so that the parts, in order, are the filter's values.
EXTENDS Naturals, FiniteSets
VARIABLES s, n
Init == /\ s \in {t \in SUBSET (1..6) : Cardinality(t) # 2}
        /\ n \in {0, 1}
Next == /\ n = 0
        /\ n' = 1
        /\ s' = IF 1 \in s THEN s \ {1} ELSE s \cup {1}
Inv == ~(n = 1 /\ s = {4, 5})
====
