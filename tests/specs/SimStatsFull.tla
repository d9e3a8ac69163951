---- MODULE SimStatsFull ----
\* -simulate stats=full: a node per TLC action, grouped by its context (the \E instances and the
\* constant arguments of the calls TLC splits the next-state relation at). x counts up, and in each
\* state one action has a successor, so every walk is the same: 0 -1-> 1 -2-> 2 -3-> 3 -4-> 4 -5->
\* 5 -Wrap-> 0 ... Step(3, "b") and Step(4, "b") never have one.
EXTENDS Integers
VARIABLE x
Init == x = 0
Inc(p) == x % 6 = p /\ x' = x + 1
Step(p, q) == x % 6 = p /\ q = "a" /\ x' = x + 1
Wrap == LET last == 5 IN x % 6 = last /\ x' = 0
Next == \/ \E p \in {0, 1, 2} : Inc(p)
        \/ \E p \in {3, 4}, q \in {"a", "b"} : Step(p, q)
        \/ Wrap
====
