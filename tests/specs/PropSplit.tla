---- MODULE PropSplit ----
\* Temporal properties split as TLC splits their negations: its branch count, the branch it reports
\* first, and what it does with properties that hold trivially.
EXTENDS Naturals
VARIABLES x, y
vars == <<x, y>>
Up == x < 3 /\ x' = x + 1 /\ UNCHANGED y
Flip == y' = 1 - y /\ UNCHANGED x
Next == Up \/ Flip
\* x may stay put forever (Flip alone is fair to Next)
Spec == x = 0 /\ y = 0 /\ [][Next]_vars /\ WF_vars(Next)
\* x climbs to 3
Climbs == x = 0 /\ y = 0 /\ [][Next]_vars /\ WF_vars(Up)
\* TLC lumps disjuncts by their tableau formula compared in order: 4^3 = 64 branches
Ifs == \E i \in 1..3 : IF x = 0 THEN <>(x >= i) ELSE <>(x = 5)
\* a strong fairness hypothesis: <>[]~ENABLED Up \/ []<>Up, two disjuncts of the negation
StrongHyp == SF_vars(Up) => <>(x = 7)
StrongHolds == SF_vars(Up) => <>(x = 3)
\* TLC checks []FALSE: one branch, nothing found
Trivial == <>TRUE
TrivialBoth == <>[]TRUE
\* the negation is FALSE: TLC stops before the search
Tautology == <>[]TRUE => TRUE
\* fairness under a temporal operator: TLC refuses it (an action not in []<>A or <>[]A)
NestedStrong == [](SF_vars(Up) => <>(x = 3))
NestedWeak == <>(WF_vars(Up) /\ x = 2)
====
