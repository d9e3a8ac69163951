---- MODULE LassoStrong ----
\* Lassos under strong fairness: TLC searches SF_vars(A)'s two cases in turn, "A disabled
\* forever" first, then "A taken infinitely often", and prints the first case's lasso.
EXTENDS Naturals
VARIABLES x, y
vars == <<x, y>>
Init == x = 0 /\ y = 0
Up == x < 3 /\ x' = x + 1 /\ UNCHANGED y
Down == x > 0 /\ x' = x - 1 /\ UNCHANGED y
Flip == y' = 1 - y /\ UNCHANGED x
Reset == x = 3 /\ x' = 0 /\ UNCHANGED y
Next == Up \/ Down \/ Flip \/ Reset
Spec == Init /\ [][Next]_vars /\ SF_vars(Reset) /\ WF_vars(Up)
SpecTwo == Init /\ [][Next]_vars /\ SF_vars(Reset) /\ SF_vars(Down) /\ WF_vars(Up)
FlipsOften == []<>(y = 1)
StaysAtZero == <>[](x = 0)
SettlesSomewhere == <>[](x = 1) \/ <>[](y = 1)
MeetsTop == <>(x = 3 /\ y = 1)
====
