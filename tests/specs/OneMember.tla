---------------------------- MODULE OneMember ----------------------------
\* S \ {e} and S \cup {e} with e's value put into or taken out of S without {e} built (compile.c's
\* c_minus_one, c_cup_one): against the forms they stand for, on explicit sets of numbers, strings,
\* model values, tuples, records and sets (with a symbolic member), empty S, e already there or
\* absent, a symbolic S (an interval), a symbolic e, {e} in parentheses, and next states built so.
EXTENDS Integers, FiniteSets
CONSTANTS m1, m2
VARIABLES s, r

Recs == {[a |-> i] : i \in 1..2}

Init == /\ s \in SUBSET (1..3)
        /\ r = {}
Next == \/ \E x \in 1..3 : /\ x \notin s
                           /\ s' = s \cup {x}
                           /\ r' = r \cup {[a |-> x]}
        \/ \E x \in s : /\ s' = s \ ({x})
                        /\ r' = r \ {[a |-> x]}

Inv == /\ s \cup {2} = ((s \cup {1, 2}) \ {1}) \cup (s \cap {1})
       /\ s \cup {99} = {99} \cup s
       /\ Cardinality(s \cup {1}) = IF 1 \in s THEN Cardinality(s) ELSE Cardinality(s) + 1
       /\ (s \cup {1}) \ {1} = s \ {1}
       /\ {x \in s : x > 1} \cup {1} = {x \in s \cup {1} : x >= 1}
       /\ (1..3) \cup {Cardinality(s)} = (1..3) \cup (IF Cardinality(s) = 0 THEN {0} ELSE {})
       /\ (1..3) \ {Cardinality(s)} = {x \in 1..3 : x # Cardinality(s)}
       /\ {"a", "b"} \cup {IF 1 \in s THEN "a" ELSE "c"} = IF 1 \in s THEN {"a", "b"} ELSE {"a", "b", "c"}
       /\ {m1} \cup {IF 1 \in s THEN m1 ELSE m2} = IF 1 \in s THEN {m1} ELSE {m1, m2}
       /\ {m1, m2} \ {IF 1 \in s THEN m1 ELSE m2} = IF 1 \in s THEN {m2} ELSE {m1}
       /\ {<<i, i>> : i \in s} \cup {<<1, 1>>} = {<<i, i>> : i \in s \cup {1}}
       /\ Recs \cup {[a |-> Cardinality(s)]} = {[a |-> i] : i \in (1..2) \cup {Cardinality(s)}}
       /\ Recs \ {[a |-> Cardinality(s)]} = {[a |-> i] : i \in (1..2) \ {Cardinality(s)}}
       /\ {1..3} \cup {s} = IF s = 1..3 THEN {1..3} ELSE {1..3, s}
       /\ {1..3, {4}} \ {s} = IF s = {1, 2, 3} THEN {{4}} ELSE {1..3, {4}}
       /\ {s} \cup {1..3} = {s, {1, 2, 3}}
       /\ {} \cup {s} = {s}
       /\ {} \ {s} = {}
       /\ r = {[a |-> i] : i \in {j \in 1..3 : [a |-> j] \in r}}
=============================================================================
