---- MODULE LiveAssumeImpure ----
\* ASSUMEs calling impure operators (Print, RandomElement, TLCGet) are evaluated once, before the
\* search: the model stays pure for the search, so the fairness labels are read off the expansion.
EXTENDS Naturals, TLC
VARIABLES x, y
vars == <<x, y>>
ASSUME PrintT("assumed once")
ASSUME RandomElement({1, 2}) \in {1, 2}
ASSUME TLCGet("level") = 0

Init == x = 0 /\ y = 0
Inc(i) == x + i <= 3 /\ x' = x + i /\ UNCHANGED y
Flip == y' = 1 - y /\ UNCHANGED x
Next == (\E i \in {1, 2} : Inc(i)) \/ Flip

Spec == Init /\ [][Next]_vars
FairSpec == Spec /\ WF_vars(Inc(1))
Reach == <>(x = 3)
NoFlip == <>[][\E i \in {1, 2} : Inc(i)]_vars
====
