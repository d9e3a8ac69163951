----------------------------- MODULE LiveFairness -----------------------------
\* Fairness written in less usual ways: guarded by a constant condition inside a
\* quantifier, and as a disjunction. x moves round 0..3 by Step(1) or Step(2).
EXTENDS Naturals
VARIABLE x
Step(p) == x' = (x + p) % 4
Next == \E p \in {1, 2} : Step(p)
Init == x = 0
OnlyOne == Init /\ [][Next]_x /\ \A p \in {1, 2} : (p = 1) => WF_x(Step(p))
OnlyTwo == Init /\ [][Next]_x /\ \A p \in {1, 2} : (p = 2) => WF_x(Step(p))
Either == Init /\ [][Next]_x /\ (WF_x(Step(1)) \/ WF_x(Step(2)))
ThreeOften == []<>(x = 3)
OddOften == []<>(x % 2 = 1)
NotStuckAtZero == ~<>[](x = 0)
==============================================================================
