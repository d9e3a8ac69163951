---- MODULE IfBranches ----
\* A counter that starts at 0 or 1 and ends in one of two ways: properties of the form
\* IF c THEN <>A ELSE <>B, which TLC checks as four branches of (~c \/ []~A) /\ (c \/ []~B).
EXTENDS Naturals
CONSTANT N
VARIABLES x, done, s
vars == <<x, done, s>>
Init == x \in {0, 1} /\ done = 0 /\ s = x
Next == \/ x < N /\ x' = x + 1 /\ UNCHANGED <<done, s>>
        \/ x = N /\ done = 0 /\ done' = 1 /\ UNCHANGED <<x, s>>
Spec == Init /\ [][Next]_vars /\ WF_vars(Next)
\* violated on both branches: TLC reports the ELSE one's lasso (its branch 1, from x = 1)
Both == IF x = 0 THEN <>(done = 5) ELSE <>(done = 6)
\* violated on the THEN branch only (from x = 0)
ThenOnly == IF x = 0 THEN <>(done = 5) ELSE <>(done = 1)
Holds == IF x = 0 THEN <>(done = 1) ELSE <>(x = N)
\* a constant condition: one branch
Constant == IF N > 2 THEN <>(done = 5) ELSE <>(done = 6)
\* the negation of an IF: two disjuncts, no contradiction
NotIf == ~(IF x = 0 THEN [](done = 0) ELSE [](done = 0))
\* []<>~(s = 1) is a lone []<>C disjunct: TLC checks it after the IF's branches
Late == <>[](s = 1) /\ Both
====
