---- MODULE MistakeSimulateIncomplete ----
\* An initial predicate that leaves y without a value in one of its three states, simulated.
EXTENDS Naturals
VARIABLES x, y
Init == x \in {1, 0, 2} /\ (x # 0 => y = 1)
Next == x' = 1 /\ y' = 2
====
