---- MODULE Grow ----
\* Strings made during the search cannot cross processes yet: run_mpi.sh expects the refusal.
EXTENDS Naturals, Sequences
VARIABLE x
Init == x = "a"
Next == Len(x) < 4 /\ x' = x \o "b"
====
