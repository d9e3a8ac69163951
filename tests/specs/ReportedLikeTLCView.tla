---- MODULE ReportedLikeTLCView ----
\* An error evaluating VIEW, which TLC evaluates when it fingerprints a state: its stack holds the
\* initial predicate for an initial state, nothing for a successor.
EXTENDS Naturals
VARIABLE x
Init == x = 0
Next == x' = (x + 1) % 3
OnSuccessor == IF x = 2 THEN 1 \div 0 ELSE x
OnInitial == 1 \div x
====
