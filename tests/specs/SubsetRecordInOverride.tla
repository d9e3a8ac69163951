---- MODULE SubsetRecordInOverride ----
\* Record constructors looked for in a definition replaced in the .cfg (`Ints <- Recs`, `Ints <- Filt`):
\* the replacement searched, by the interpreter for a filter.
EXTENDS Integers
VARIABLES msgs
Ints == {1, 2}
Recs == {[type |-> "a", v |-> 0], [type |-> "a", v |-> 1]}
Filt == {r \in Recs : r.v = 1}
Init == msgs = {[type |-> "a", v |-> 0]}
Next == \E v \in 1..2 : msgs' = msgs \cup {[type |-> "a", v |-> v]}
Inv == /\ [type |-> "a", v |-> 0] \in Ints
       /\ \A v \in 0..1 : [type |-> "a", v |-> v] \in Ints
       /\ [type |-> "a", v |-> 3] \notin Ints
       /\ \E m \in msgs : [type |-> "a", v |-> m.v] \in Ints
====
