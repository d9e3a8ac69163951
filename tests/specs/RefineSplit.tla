---- MODULE RefineSplit ----
\* [][A!Next]_A!vars checked by A!Next's disjuncts, their guards evaluated once per state
\* (prop_split.c): the verdict, the violating step and an evaluation error are the whole
\* evaluation's. Limit lets Tick go further than the abstract Stay allows; Cap lets Stay reach the
\* division by zero.
EXTENDS Naturals
CONSTANTS Limit, Cap
VARIABLES p, c, seen
Init == p = 0 /\ c = 0 /\ seen = {}
Fwd == p < 3 /\ p' = p + 1 /\ UNCHANGED c /\ seen' = seen \cup {p}
Bwd == p > 0 /\ c < 4 /\ p' = p - 1 /\ c' = c + 1 /\ seen' = seen
Tick == c < Limit /\ c' = c + 1 /\ UNCHANGED <<p, seen>>
Next == Fwd \/ Bwd \/ Tick
A == INSTANCE RefineSplitAbs WITH N <- 3, pos <- p, cnt <- c
Refines == [][A!Next]_A!vars
====
