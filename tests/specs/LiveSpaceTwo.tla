---- MODULE LiveSpaceTwo ----
\* Checks of different automaton sizes searched one after another in one thread's arrays (the
\* largest first, then smaller, then larger again), a strongly fair action refining components,
\* and a violation found last, its lasso built where the earlier checks left their marks.
EXTENDS Naturals
VARIABLES x, y
vars == <<x, y>>
Init == x = 0 /\ y = 0
IncX == x < 3 /\ x' = x + 1 /\ UNCHANGED y
ResetX == x = 3 /\ x' = 0 /\ UNCHANGED y
FlipY == y' = 1 - y /\ UNCHANGED x
Next == IncX \/ ResetX \/ FlipY
Spec == Init /\ [][Next]_vars /\ WF_vars(IncX \/ ResetX) /\ SF_vars(FlipY)
Moves == \A v \in 0..3 : (x = v) ~> (x # v)
Cycles == []<>(x = 0)
YOne == []<>(y = 1)
Leads == \A v \in 1..3 : (x = v) ~> (x = 0 /\ y = 1)
====
