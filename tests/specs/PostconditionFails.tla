---- MODULE PostconditionFails ----
\* TLC evaluates a POSTCONDITION as an assumption, without a state: one that fails is reported in
\* its words for an assumption, at its definition's body (a variable is an undefined identifier
\* there), exit 10. tlc-c said "Evaluating postcondition P failed." and put the message on stderr.
EXTENDS Naturals, Sequences
VARIABLE x
Init == x = 0
Next == x < 2 /\ x' = x + 1
ReadsVariable == x = 2
EmptyTail == Len(Tail(<<>>)) = 0
====
