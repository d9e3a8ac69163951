---- MODULE Conjuncts ----
\* Conjuncts of the initial predicate or of the next-state relation that are not Booleans, and Assert
\* failing while the initial states are computed: TLC's messages, nested positions and exit codes.
\* Once every variable has a value, the rest of the initial predicate is tested, as in TLC.
EXTENDS Integers, Sequences, TLC
VARIABLE x
Succ(n) == n + 1
Init == x = 0
InitNumber == PrintT("in" \o "it") /\ x = 0 /\ 3
InitCall == x = 0 /\ Succ(x)
InitAssert == PrintT("in" \o "it") /\ x = 0 /\ Assert(x > 1, "too small")
InitBranches == x \in {0, 1} /\ (x = 0 \/ x < 5) /\ (x > 3 \/ x < 2)
Next == x' = x + 1
NextSet == x' = x + 1 /\ {x}
NextNumber == x' = x + 1 /\ 3
Stay == UNCHANGED x
Negative == Assert(x < 0, "negative")
====
