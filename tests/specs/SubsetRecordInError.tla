---- MODULE SubsetRecordInError ----
\* A record constructor looked for in a set of another kind, or in what is not a set, and a set of
\* records as a subset of a set of numbers: TLC's errors, after the members that are found.
EXTENDS Integers
VARIABLES msgs
Ints == {1, 2}
Init == msgs = {[type |-> "a", v |-> 0]}
Next == \E v \in 1..2 : msgs' = msgs \cup {[type |-> "a", v |-> v]}
RecordInInts == \/ [type |-> "b"] \in msgs /\ FALSE
                \/ [type |-> "a", v |-> 0] \in Ints
RecordNotInNumber == [type |-> "a", v |-> 0] \notin 3
SubsetOfInts == msgs \in SUBSET Ints
SubsetOfMixed == {[type |-> "a", v |-> 0]} \cup {[type |-> "a"]} \subseteq msgs
====
