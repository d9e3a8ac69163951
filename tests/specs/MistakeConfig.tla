---- MODULE MistakeConfig ----
\* A user's common mistakes in a .cfg (MistakeConfig*.cfg): TLC's words and exit codes for each.
EXTENDS Naturals
CONSTANT N
VARIABLES x, y
Init == x \in 0..N /\ y = 0
Next == x < N /\ x' = x + 1 /\ y' = y
Inv == x <= N
Primed == x' >= x
Temporal == [](x <= N)
Step == x' = x + 1
Eventually == <>(x = N)
StatePredicate == y = 0
Small == x < 5
InitOnly == Init
Spec == Init /\ [][Next]_<<x, y>>
====
