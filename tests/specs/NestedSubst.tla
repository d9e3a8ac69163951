---- MODULE NestedSubst ----
\* One substitution (NestedSubstMid's y <- x + c) reached through two instances of its module with
\* other constants: its values kept per state and step are kept apart by the instances around it.
EXTENDS Naturals
VARIABLE x
Init == x = 0
Next == x' = (x + 1) % 3
Spec == Init /\ [][Next]_x /\ WF_x(Next)
A == INSTANCE NestedSubstMid WITH c <- 1
B == INSTANCE NestedSubstMid WITH c <- 2
Inv == A!Val = x + 1 /\ B!Val = x + 2
Step == [][B!Val' = A!Val' + 1 /\ A!Val = x + 1]_x
Live == <>(A!Val = 3 /\ B!Val = 4)
Never == <>(A!Val = 4)
====
