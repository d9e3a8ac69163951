---- MODULE MixedKinds ----
\* Values of different kinds met inside sets, tuples and records. TLC stops where it compares them:
\* looking a value up among a set's images ({0, 1} against {"p", "q"}), sorting a set of pairs or
\* records whose parts differ in kind; it goes on where sizes differ, where a model value is
\* compared, and where the walk stops at an earlier unequal part. tlc-c did answer, and went on.
EXTENDS Integers, Sequences, FiniteSets
CONSTANT m
VARIABLE f
Sets == << {}, {0, 1}, {"p", "q"} >>
Init == f = [i \in 0..1 |-> {}]
Next == \E i \in 0..1, k \in 1..Len(Sets) : f' = [f EXCEPT ![i] = Sets[k]]
Images == \A i \in 0..1 : f[i] \in {Sets[k] : k \in 1..Len(Sets)}
Pairs == f[1] = {} \/ Cardinality(DOMAIN [p \in {<<1, "a">>, <<"a", 1>>} |-> 0]) = 2
Records == f[0] # {0, 1} \/ {[a |-> 1], [a |-> "x"]} # {}
Fine == /\ Cardinality({<<1, 2>>, <<"a">>, <<m>>}) = 3
        /\ Cardinality({[a |-> 1], [b |-> "x"], [a |-> m]}) = 3
        /\ <<1, "a">> # <<2, 1>>
        /\ Cardinality({<<1, "a">>, <<2, 1>>}) = 2 /\ Cardinality({{"a"}, {1, 2}}) = 2
        /\ {0, 1} \in {Sets[k] : k \in {1, 2}}
        /\ {"p", "q"} \in {Sets[4 - k] : k \in 1..3} /\ {} \in {Sets[4 - k] : k \in 1..3}
        /\ Cardinality(f[1]) <= 2
====
