---- MODULE LiveFairEnum ----
\* Fairness on actions that are not sub-actions of Next, whose labels come from their successors
\* enumerated once per state. x climbs by 1 or 2 to at most 4, y flips on its own or with x.
\* SpecA's WF action (x up by one, y kept) is no sub-action of Next: its steps are Next's Up(1) steps
\* only, not Both's. SpecAStrong's SF action ranges over a d that Next never takes. SpecCycle
\* has the fair cycle 0 -> 1 -> 2 -> 0 of the WF action's steps (its step labels true there). SpecErr's action
\* divides by zero in a disjunct: its enumeration fails, it is evaluated, the error reported as before.
EXTENDS Naturals
VARIABLES x, y
vars == <<x, y>>
Init == x = 0 /\ y = 0
Up(d) == x + d <= 4 /\ x' = x + d /\ y' = y
Both == x < 4 /\ x' = x + 1 /\ y' = 1 - y
Flip == y' = 1 - y /\ x' = x
Next == \/ \E d \in {1, 2} : Up(d)
        \/ Both
        \/ Flip
SpecA == Init /\ [][Next]_vars /\ WF_vars(x < 3 /\ x' = x + 1 /\ y' = y)
SpecAStrong == Init /\ [][Next]_vars /\ SF_vars(\E d \in {1, 5} : x + d < 4 /\ x' = x + d /\ y' = y)
Back == x = 2 /\ x' = 0 /\ y' = y
SpecCycle == Init /\ [][Next \/ Back]_vars /\ WF_vars(x < 3 /\ x' = x + 1 /\ y' = y)
SpecErr == Init /\ [][Next]_vars /\ WF_vars(x < 3 /\ x' = x + 1 /\ (y' = y \/ y' = 1 \div (x - x)))
Reaches3 == <>(x >= 3)
Reaches4 == <>(x = 4)
====
