---- MODULE RefinePart ----
\* [][A!Next]_A!vars by A!Next's disjuncts, each decided by the part after its guards where they
\* hold: `n' = [n EXCEPT ![i] = @ + 1]` (n is c) and `tok' = tok + Div \div Div` (tok is tt, a
\* definition), kept for the state by the successor's c or t. Jumps adds a step no disjunct
\* allows; Div = 0 makes Move's right side fail; Str makes t a string that Move's side compares
\* with an integer.
EXTENDS Naturals
CONSTANTS Div, Jumps, Str
VARIABLES c, t
Init == c = [i \in 0..2 |-> 0] /\ t = 0
Inc(i) == c[i] < 2 /\ c' = [c EXCEPT ![i] = @ + 1] /\ UNCHANGED t
Jump(i) == Jumps /\ c[i] = 1 /\ t = 1 /\ c' = [c EXCEPT ![i] = 3] /\ UNCHANGED t
Step == t \in 0..1 /\ t' = (IF Str /\ t = 1 THEN "s" ELSE t + 1) /\ UNCHANGED c
Next == (\E i \in 0..2 : Inc(i) \/ Jump(i)) \/ Step
sum == c[0] + c[1] + c[2]
tt == t
A == INSTANCE RefinePartAbs WITH n <- c, total <- sum, tok <- tt
Refines == [][A!Next]_A!vars
====
