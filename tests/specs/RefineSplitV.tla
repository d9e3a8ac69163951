---- MODULE RefineSplitV ----
\* [][A!Next]_A!vars by A!Next's disjuncts (prop_split.c) keeps A!vars' value in the state being
\* expanded: where it cannot be evaluated there (A's cnt in the initial state), though A!vars' can,
\* the property is evaluated whole and reports the error as before.
EXTENDS Naturals
VARIABLES p, c
Init == p = 0 /\ c = 2
Next == \/ p < 3 /\ p' = p + 1 /\ c' = 1
        \/ p > 0 /\ p' = p - 1 /\ UNCHANGED c
A == INSTANCE RefineSplitAbs WITH N <- 3, Cap <- 3, pos <- p, cnt <- 4 \div (2 - c)
Refines == [][A!Next]_A!vars
====
