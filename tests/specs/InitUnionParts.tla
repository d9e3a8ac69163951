---- MODULE InitUnionParts ----
\* Init's choice over a UNION of function sets, split into parts at two workers and more (each
\* part takes its share of the one listing); TypeOK reads the UNION as a set too large for the
\* check by bytes; Inv is violated by one initial state only, in a later part.
EXTENDS Naturals, FiniteSets
VARIABLES s, n
Seqs == UNION {[0 .. (k - 1) -> 0 .. 2] : k \in 0 .. 5}
Len0(q) == IF q = <<>> THEN 0 ELSE Cardinality(DOMAIN q)
Init == /\ s \in Seqs
        /\ n = Len0(s)
Next == /\ n > 0
        /\ n' = n - 1
        /\ UNCHANGED s
Stop == n = 0 /\ UNCHANGED <<s, n>>
Spec == Init /\ [][Next \/ Stop]_<<s, n>>
TypeOK == /\ s \in Seqs
          /\ n \in 0 .. 5
Inv == ~(n = 4 /\ s[0] = 2 /\ s[1] = 1 /\ s[2] = 2 /\ s[3] = 0)
====
