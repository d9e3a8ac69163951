---- MODULE LiveSingletons ----
\* A behaviour graph that is a DAG but for its stuttering steps (x counts down, then y flips once):
\* every component of a check's product is one node with a step to itself, judged from its state
\* and that step alone (liveness.c judge_single), as Tarjan's walk from the initial nodes completes
\* it (decompose_reached).
EXTENDS Naturals
VARIABLES x, y
vars == <<x, y>>
Init == x \in {2, 5} /\ y = 0
Dec == x > 0 /\ x' = x - 1 /\ UNCHANGED y
Flip == x = 0 /\ y = 0 /\ y' = 1 /\ UNCHANGED x
Next == Dec \/ Flip
Spec == Init /\ [][Next]_vars /\ WF_vars(Dec) /\ SF_vars(Flip)
NoFlipSpec == Init /\ [][Next]_vars /\ WF_vars(Dec)
NoFairSpec == Init /\ [][Next]_vars
Empties == <>(x = 0)
Flips == <>(y = 1)
Parity == IF x % 2 = 0 THEN <>(x = 0 /\ y = 1) ELSE <>(y = 1)
EvenFlips == IF x % 2 = 0 THEN <>(y = 1) ELSE <>(x = 0)
EmptyStays == <>[](x = 0)
FlipStays == <>[](y = 0)
Leads == (x = 2) ~> (y = 1)
====
