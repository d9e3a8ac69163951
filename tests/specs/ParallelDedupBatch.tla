---- MODULE ParallelDedupBatch ----
\* Two counters modulo 120, each moved by 1 to 6 at a step: 14,400 states, twelve successors each,
\* most of them duplicates. A chunk of 64 frontier states emits 768 successors, so each owner's list
\* of a chunk spans more than one of dedup's batches (256 entries), new states and duplicates mixed.
EXTENDS Naturals
VARIABLES a, b
vars == <<a, b>>
Init == a = 0 /\ b = 0
Next == \E k \in 1..6 : \/ a' = (a + k) % 120 /\ b' = b
                        \/ b' = (b + k) % 120 /\ a' = a
Spec == Init /\ [][Next]_vars
TypeOK == a \in 0..119 /\ b \in 0..119
\* false first at a state inside a level of hundreds
NotThere == ~(a = 77 /\ b = 58)
\* fails to evaluate at that state
Defined == IF a = 77 /\ b = 58 THEN 1 \div (a - 77) = 0 ELSE TRUE
====
