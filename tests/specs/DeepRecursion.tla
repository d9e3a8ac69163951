---- MODULE DeepRecursion ----
\* A runaway recursion is reported (the stack is watched), not a crash.
EXTENDS Naturals
RECURSIVE Count(_)
Count(n) == IF n = 0 THEN 0 ELSE 1 + Count(n - 1)
ASSUME Count(1000000) = 1000000
====
