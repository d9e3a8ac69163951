---- MODULE TemporalActionForms ----
\* TLC checks an action in a temporal formula only inside []<>C or <>[]C (C without temporal
\* operators); elsewhere it stops before the search (exit 255). An action given as the argument
\* of a temporal definition is an action there (its level is the argument's).
EXTENDS Naturals
VARIABLE x
Init == x = 0
Next == x' = (x + 1) % 3
A == x' = x + 1
Spec == Init /\ [][Next]_x /\ WF_x(Next)
Under == [](x = 0 => <><<A>>_x)
Alone == <><<A>>_x
Often(y) == []<>(y /\ x >= 1)
Seldom(y) == []<>(y /\ x >= 2)
Sometime(y) == <>y
HoldsOften == Often(A)
FailsOften == Seldom(A)
Passed == Sometime(A)
====
