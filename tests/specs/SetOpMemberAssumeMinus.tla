---- MODULE SetOpMemberAssumeMinus ----
\* TLC builds the difference ({}) before looking for "a": no comparison, TRUE (tlc-c stopped at "a" against 1 before).
EXTENDS Integers
VARIABLE x
ASSUME "a" \notin {1, 2} \ {1, 2}
Init == x = 0
Next == x' = x
====
