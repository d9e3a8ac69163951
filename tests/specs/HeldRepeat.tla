---- MODULE HeldRepeat ----
\* A refinement checked on steps TLC makes twice: Probe's successor is made once for each of its
\* `\/` branches that holds (from (0, "b"), (2, "b") and (4, "b") the same state twice), and
\* prop_split.c keeps the last step of a state that held by its successor's bytes. Bad adds a step
\* from (1, "w") to (3, "w") (y from 1 to 3), found after the repeated step from (0, "b"): the
\* abstract Next is false there, and y changes, so the refinement is violated.
EXTENDS Naturals
CONSTANT Bad
VARIABLES x, c
paint == c   \* k <- paint, a definition: the property goes to prop_split.c, not to live_labels.c's memo
Init == x = 0 /\ c = "b"
Probe == /\ x < 5
         /\ \/ c = "b"
            \/ x % 2 = 0
         /\ x' = x + 1
         /\ c' = "w"
Paint == c = "w" /\ c' = "b" /\ UNCHANGED x
Jump == Bad /\ x = 1 /\ c = "w" /\ x' = 3 /\ UNCHANGED c
Next == Probe \/ Paint \/ Jump
Spec == Init /\ [][Next]_<<x, c>>
A == INSTANCE HeldRepeatAbs WITH y <- x, k <- paint
Refines == A!Init /\ [][A!Next]_A!vars
====
