---- MODULE DeepAction ----
\* A runaway recursion inside an action (expanded by the successor enumerator) is reported.
EXTENDS Naturals
VARIABLE x
RECURSIVE Act(_)
Act(n) == IF n = 0 THEN x' = 0 ELSE Act(n - 1)
Init == x = 0
Next == Act(1000000)
====
