---- MODULE SimReplayCycle ----
\* A walk goes round the same five states: from the second lap on, Step's successors are emitted
\* again as they were kept from that state (sim_replay.c), not evaluated, and Never, found without
\* successors there before, is not tried (the flat pick's memo by the state's key). Each step has
\* three successors, two of them outside the CONSTRAINT (checked and counted, never taken), and
\* only Step has any, so the counts are the same in any simulator: 1 + 3 walks x 12 steps x 3.
EXTENDS Integers
VARIABLES x, y
Init == x = 0 /\ y = 0
Step == x' = (x + 1) % 5 /\ y' \in {0, 1, 2}
Never == x = 9 /\ x' = x /\ y' = y
Next == Step \/ Never
Keep == y = 0
Inv == x < 5
====
