---- MODULE ReportedLikeTLCChecks ----
\* A predicate checked whole whose value is not a Boolean, as TLC words it: an invariant or a
\* constraint (named at its definition's body), []P (at P), A of [A]_v; and with two temporal
\* properties, TLC's "Checking 2 branches" line, with the states of both branches' graphs.
EXTENDS Integers
VARIABLE x
Init == x = 0
Next == x' = (x + 1) % 3
Spec == Init /\ [][Next]_x /\ WF_x(Next)
NotBool == x + 1
Later == IF x = 0 THEN TRUE ELSE x
StepNotBool == x' + 1
P == x + 1
AlwaysP == []P
BoxLater == [][IF x = 0 THEN x' = 1 ELSE x]_x
Eventually2 == <>(x = 2)
InfinitelyOften0 == []<>(x = 0)
====
