---- MODULE FilterMemberAssumeEmpty ----
\* TLC builds the filter ({}) before looking for "a": TRUE (tlc-c stopped at "a" against 1 before).
EXTENDS Integers
VARIABLE x
ASSUME "a" \notin {y \in {1, 2} : y > 5}
Init == x = 0
Next == x' = x
====
