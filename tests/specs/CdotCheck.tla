---- MODULE CdotCheck ----
\* Compositions evaluated on given steps and states rather than enumerated: an action constraint,
\* an action property and ENABLED (TLC's ActionComposition test, adapted).
\*
\* A \cdot B from 0: t in {1, 2, 3}, then u in {2, 4} (from t = 1 or 2; none from 3); from 4:
\* t = 5, u = 6. The constraint rules out the steps that two steps of +2 make (0 -> 4), so only
\* 0 and 2 are reached: distinct 2, depth 2.
EXTENDS Naturals
VARIABLE x
Init == x = 0
A == \/ x = 0 /\ x' \in {1, 2, 3}
     \/ x = 4 /\ x' = 5
B == \/ x \in {1, 2} /\ x' \in {2, 4}
     \/ x = 5 /\ x' = 6
Next == A \cdot B
Spec == Init /\ [][Next]_x
NotTwoByTwo == ~((x' = x + 2) \cdot (x' = x + 2))
Enabled == /\ (x = 0) => ENABLED Next
           /\ (x = 2) => ~ENABLED Next
           /\ ENABLED ((x' = x + 1) \cdot (x' = x + 1))
StepsAreNext == [][Next /\ ~(B \cdot A)]_x
====
