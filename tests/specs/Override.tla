---- MODULE Override ----
\* `<-` in the .cfg replaces a constant and operators: N by Five, Max by MyMax and Step by TwoSteps,
\* so x goes 0, 2, ..., 10 (6 states) instead of 0..N.
EXTENDS Naturals
CONSTANT N
VARIABLE x
Max(n) == n
Step(v) == v + 1
Init == x = 0
Next == x < Max(N) /\ x' = Step(x)
Five == 5
MyMax(n) == 2 * n
TwoSteps(v) == v + 2
====
