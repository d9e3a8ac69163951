---- MODULE ParallelGrowth ----
\* Three counters modulo 60: 216,000 states, enough for the fingerprint set to grow several times
\* during the search (each growth moved by all the workers, a part each).
EXTENDS Naturals
VARIABLES a, b, c
vars == <<a, b, c>>
Init == a = 0 /\ b = 0 /\ c = 0
Next == \/ a' = (a + 1) % 60 /\ UNCHANGED <<b, c>>
        \/ b' = (b + 1) % 60 /\ UNCHANGED <<a, c>>
        \/ c' = (c + 1) % 60 /\ UNCHANGED <<a, b>>
Spec == Init /\ [][Next]_vars
TypeOK == a \in 0..59 /\ b \in 0..59 /\ c \in 0..59
\* false first at a state of level 150 (its trace: 151 states)
NotAllHigh == ~(a = 50 /\ b = 50 /\ c = 50)
====
