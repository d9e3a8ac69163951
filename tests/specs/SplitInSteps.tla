---- MODULE SplitInSteps ----
\* `lhs \in S` as a step of an action's plan: a test where lhs is no next-state variable (tested
\* first as the guard), a binding where it is one, also through a parameter bound to x'.
EXTENDS Naturals
VARIABLES x, y
Pick(v) == /\ v \in {1, 2, 3}
           /\ y' = y
Enter(p) == /\ p \in y
            /\ x' = x + p
            /\ y' = y \ {p}
Add(p) == /\ p \notin y
          /\ x \in 0 .. 12
          /\ y' = y \cup {p}
          /\ x' \in {x, x + 1}
Init == x = 0 /\ y = {}
Next == \/ \E p \in 1 .. 3 : Enter(p) \/ Add(p)
        \/ x < 2 /\ Pick(x')
====
