---- MODULE ParallelGraph ----
\* Two counters modulo 150 with weak fairness: 22,500 states, each with two successors and a
\* stuttering step, so the behaviour graph is assembled from both workers' parts (the states' ids
\* found by fingerprint in an index both fill) and the outdegree figures are made beside it.
EXTENDS Naturals
CONSTANT N
VARIABLES a, b
vars == <<a, b>>
Init == a = 0 /\ b = 0
Next == \/ a' = (a + 1) % N /\ UNCHANGED b
        \/ b' = (b + 1) % N /\ UNCHANGED a
Spec == Init /\ [][Next]_vars /\ WF_vars(Next)
TypeOK == a \in 0..N-1 /\ b \in 0..N-1
Moves == []<>(a # 0 \/ b # 0)
NeverBack == <>[](a # 0 \/ b # 0)
====
