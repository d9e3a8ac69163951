---- MODULE ReportedLikeTLCSetKinds ----
\* A set written out with members of kinds TLC does not compare: TLC sorts the members one by one,
\* each compared first with the greatest before it, and stops at the first it cannot compare.
EXTENDS Integers
CONSTANT Where
VARIABLE x
Init == x = 0
Next == x < 2 /\ x' = x + 1
Inv == x = 0 \/ CASE Where = "last" -> {1, 2, "a"} = {}
                  [] Where = "first" -> {"a", 1, 2} = {}
                  [] Where = "greatest" -> {3, 1, "a", 2} = {}
                  [] Where = "set" -> {{1}, 1} = {}
====
