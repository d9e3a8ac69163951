---------------------------- MODULE SymmetryTwoWorkers ----------------------------
\* Fingerprints of least images kept in a memo shared by the workers (symmetry.c): successors met
\* by both workers, from other states, imaged once.
EXTENDS Naturals, TLC
CONSTANTS P
VARIABLES x, sent

Init == x = [p \in P |-> 0] /\ sent = {}

Step(p) == x[p] < 3 /\ x' = [x EXCEPT ![p] = @ + 1] /\ sent' = sent \cup {<<p, x[p]>>}
Drop == \E m \in sent : sent' = sent \ {m} /\ UNCHANGED x

Next == (\E p \in P : Step(p)) \/ Drop

Sym == Permutations(P)
Inv == \A m \in sent : m[2] < 3

Spec == Init /\ [][Next]_<<x, sent>>
=============================================================================
