---- MODULE ConstFilterLazyEnum ----
\* A constant filter over a set written out (or an interval) is built whole by TLC, even for a
\* membership test: the predicate's error on another element stops it, here in Init.
EXTENDS Naturals
Msg == {[type |-> "a", v |-> 1], [type |-> "c"]}
Ones == {m \in Msg : m.v = 1}
VARIABLE x
Init == x = 0 /\ [type |-> "a", v |-> 1] \in Ones
Next == x' = x
====
