---- MODULE ConstFilterLazyWhole ----
\* A constant filter that cannot be built whole: membership tests pass as in TLC (Init, Next), and
\* the invariant, which needs all of it, stops there with TLC's error.
EXTENDS Naturals
Msg == [type : {"a"}, v : 0..2] \cup {[type |-> "c"]}
Ones == {m \in Msg : m.v = 1}
VARIABLE x
Init == x = 0 /\ [type |-> "a", v |-> 1] \in Ones
Next == x < 3 /\ [type |-> "a", v |-> x + 1] \in Ones /\ x' = x + 1
Inv == x = 1 => \A m \in Ones : m.type = "a"
====
