---- MODULE InitSet ----
\* Six initial states from two enumerated sets; the next-state relation only stutters.
VARIABLES x, y
Init == x \in {1, 2, 3} /\ y \in {"a", "b"}
Next == UNCHANGED <<x, y>>
====
