---------------------------- MODULE SetMinusOne ----------------------------
\* x \ {e}: one member taken out (value.c's remove_member), against the merge it stands for:
\* e absent, the last member, a set of tuples, of sets with a symbolic member (1..3), of model
\* values, a symbolic e, and a fold that takes every member out in turn (Sum over CHOOSE).
EXTENDS Integers, FiniteSets
CONSTANTS m1, m2, m3
VARIABLE s

RECURSIVE Sum(_)
Sum(S) == IF S = {} THEN 0 ELSE LET x == CHOOSE x \in S : TRUE IN x + Sum(S \ {x})

Pairs == {<<a, b>> : a, b \in 1..3}

Init == s \in SUBSET (1..4)
Next == \/ s = {} /\ UNCHANGED s
        \/ /\ s /= {}
           /\ \E x \in s : s' = s \ {x}

Inv == /\ Sum(s) = Sum(s \ {0}) + 0
       /\ s \ {99} = s
       /\ Cardinality(s \ {1}) = IF 1 \in s THEN Cardinality(s) - 1 ELSE Cardinality(s)
       /\ ({1} \ {1}) = {}
       /\ ({} \ {1}) = {}
       /\ Pairs \ {<<2, 2>>} = {p \in Pairs : p /= <<2, 2>>}
       /\ Pairs \ {<<4, 4>>} = Pairs
       /\ {1..3, {4}} \ {{1, 2, 3}} = {{4}}
       /\ {{1, 2, 3}, {4}} \ {1..3} = {{4}}
       /\ {m1, m2, m3} \ {m2} = {m1, m3}
       /\ {1, 2} \ {m1} = {1, 2}
       /\ {m1, m2} \ {3} = {m1, m2}
       /\ {"a", "b"} \ {"b"} = {"a"}
       /\ Sum(s \cup {10}) = Sum(s) + 10
=============================================================================
