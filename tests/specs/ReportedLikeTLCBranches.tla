---- MODULE ReportedLikeTLCBranches ----
\* TLC's "branches" (Liveness.processLiveness): the disjuncts of the properties' negations lumped
\* by their temporal formula, the part not checked on cycles alone ([]<>P, <>[]P, WF, SF). All the
\* disjuncts without one are one branch: AllOften (three []<>P) is 1, as Stable with Often0; Mixed
\* gives two (<>[]~(x = 0) and []~(x = 1)), Leads01 a third, AllOften joins the first. Counts and
\* lines checked against TLC 2.20.
EXTENDS Naturals
VARIABLES x
Init == x = 0
Next == x' = (x + 1) % 3
Spec == Init /\ [][Next]_x /\ WF_x(Next)
SpecSF == Init /\ [][Next]_x /\ SF_x(Next)
AllOften == \A p \in {0, 1, 2} : []<>(x = p)
Stable == <>[](x < 5)
Often0 == []<>(x = 0)
Mixed == []<>(x = 0) /\ <>(x = 1)
Leads01 == (x = 0) ~> (x = 1)
====
