---- MODULE InitialStateError ----
\* An invariant that fails to evaluate on an initial state: TLC names the state after the message
\* ("While working on the initial state:"), exit 75. Not for a failed Assert, which has its own report.
EXTENDS Naturals, TLC
VARIABLES n, label
Init == n \in {3, 4} /\ label = "four"
Next == UNCHANGED <<n, label>>
Sized == n = 3 \/ label * 2 > 0
Asserted == n = 3 \/ Assert(FALSE, "not three")
====
