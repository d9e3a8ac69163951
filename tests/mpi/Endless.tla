---- MODULE Endless ----
\* A state space too large to finish during a test: run_mpi.sh interrupts it.
EXTENDS Naturals
VARIABLES x, y
Init == x = 0 /\ y = 0
Next == \/ x' = (x + 1) % 100000 /\ y' = y
        \/ y' = (y + 1) % 100000 /\ x' = x
====
