---- MODULE BoundNotSet ----
\* A set filter's or a function constructor's bound that is not a set, in TLC's words (tlc-c said
\* "expected a set but the value is ..."); the verdict and exit code were TLC's already.
EXTENDS Integers, Sequences, FiniteSets
VARIABLE x
Init == x = 0
Next == x < 2 /\ x' = x + 1
Filter == x = 0 \/ {y \in x + 1 : y > 0} = {}
FuncInteger == x = 0 \/ [y \in x + 1 |-> 0] = <<>>
FuncString == x = 0 \/ [y \in "ab" |-> x] = <<>>
FuncTuple == x = 0 \/ [y \in <<x>> |-> 0] = <<>>
NextFilter == x < 2 /\ x' = IF x = 1 THEN Cardinality({y \in <<x>> : TRUE}) ELSE x + 1
====
