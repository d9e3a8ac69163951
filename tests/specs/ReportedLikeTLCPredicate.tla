---- MODULE ReportedLikeTLCPredicate ----
\* A temporal property's state predicate that is not a Boolean: TLC's words on an initial state (the
\* initial states' counts, exit 0) and after a step (an unexpected exception, no positions, exit 255).
EXTENDS Integers
CONSTANT Bad
VARIABLE x
P == [v \in 0..2 |-> IF v = Bad THEN 1 ELSE v = 0]
Init == x = 0
Next == x' = (x + 1) % 3
Spec == Init /\ [][Next]_x /\ WF_x(Next)
Prop == <>(P[x])
====
