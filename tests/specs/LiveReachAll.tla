---- MODULE LiveReachAll ----
\* P ~> Q: the automaton's node for "not yet" holds in every state and on every step, so its
\* product nodes are all reached without a search through them, and the nodes after it through
\* each state's stuttering step.
EXTENDS Naturals
VARIABLES x, y
vars == <<x, y>>
Init == x = 0 /\ y = 0
IncX == x < 4 /\ x' = x + 1 /\ UNCHANGED y
SetY == x = 4 /\ y = 0 /\ y' = 1 /\ UNCHANGED x
Reset == y = 1 /\ x' = 0 /\ y' = 0
Next == IncX \/ SetY \/ Reset
Spec == Init /\ [][Next]_vars /\ WF_vars(IncX) /\ WF_vars(SetY)
Holds == \A k \in 1..3 : (x = k) ~> (y = 1)
\* Reset is not fair: after x = 3 the behaviour may stay at x = 4, y = 1 for ever
Broken == (x = 3) ~> (x = 1)
\* P holds in the initial state: the node after "not yet" entered there
BrokenAtStart == (x = 0 /\ y = 0) ~> (y = 2)
====
