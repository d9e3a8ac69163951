---- MODULE ConstFilterLazy ----
\* A constant filter over a set TLC does not enumerate (a union with a set of records), one of whose
\* elements lacks the field the predicate reads: TLC tests x \in Ones as x \in Msg /\ P(x), in Init,
\* in Next and in an invariant, and never builds Ones.
EXTENDS Naturals
Msg == [type : {"a"}, v : 0..3] \cup {[type |-> "c"]}
Ones == {m \in Msg : m.v = 1}
Small == {m \in Msg : m.v < 3}
VARIABLE x
Init == x \in 0..1 /\ [type |-> "a", v |-> 1] \in Ones
Next == /\ x < 5
        /\ [type |-> "a", v |-> x] \in Small \/ [type |-> "a", v |-> x - 2] \in Ones
        /\ x' = x + 1
Inv == [type |-> "a", v |-> x] \in Small \/ x = 4
====
