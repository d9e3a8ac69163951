---- MODULE RefineStutter ----
\* [][A!Next]_A!vars by A!Next's disjuncts (prop_split.c) on stuttering steps: Same rebuilds f
\* with its own values, so its successor has the state's very bytes and A!vars' is taken to be
\* A!vars without evaluating it. Bad adds a step no disjunct allows (a violation after stutters);
\* Div makes A!vars fail to evaluate in the initial state, whose first step (Same) stutters.
EXTENDS Naturals
CONSTANTS Limit, Bad, Div
VARIABLES p, f
Init == p = 0 /\ f = [i \in 1..2 |-> 0]
Same == f' = [f EXCEPT ![1] = f[1]] /\ UNCHANGED p
Fwd == p < 3 /\ p' = p + 1 /\ UNCHANGED f
Bwd == p > 0 /\ f[2] < Limit /\ p' = p - 1 /\ f' = [f EXCEPT ![2] = f[2] + 1]
Jump == Bad /\ p = 0 /\ f[2] = 1 /\ p' = 2 /\ UNCHANGED f
Next == Same \/ Fwd \/ Bwd \/ Jump
A == INSTANCE RefineSplitAbs WITH N <- 3, Cap <- Limit, pos <- p,
                                  cnt <- IF Div /\ f[2] = 0 THEN 1 \div 0 ELSE f[2]
Refines == [][A!Next]_A!vars
====
