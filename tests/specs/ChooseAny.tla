---------------------------- MODULE ChooseAny ----------------------------
\* CHOOSE x \in S : TRUE (compile.c's c_choose_any: S's first member, x not bound) against the
\* CHOOSE of a body that holds for every member, on explicit sets of numbers, strings, model values,
\* tuples, records and sets, an interval, an empty interval's neighbour, SUBSET S and a filter (the
\* general way), a fold over CHOOSE (Sum), and a next state chosen so.
EXTENDS Integers, FiniteSets
CONSTANTS m1, m2
VARIABLE s

RECURSIVE Sum(_)
Sum(S) == IF S = {} THEN 0 ELSE LET x == CHOOSE x \in S : TRUE IN x + Sum(S \ {x})

Any(S) == CHOOSE x \in S : x = x

Init == s \in SUBSET (1..3)
Next == \/ s # {} /\ s' = s \ {CHOOSE x \in s : TRUE}
        \/ s = {} /\ s' = {CHOOSE x \in 2..3 : TRUE}

Inv == /\ s # {} => (CHOOSE x \in s : TRUE) = Any(s)
       /\ Sum(s) = IF s = {} THEN 0 ELSE (CHOOSE x \in s : TRUE) + Sum(s \ {Any(s)})
       /\ (CHOOSE x \in {"b", "a"} \cup {IF 1 \in s THEN "c" ELSE "a"} : TRUE) = "a"
       /\ (CHOOSE x \in {m2, m1} \cup (IF 1 \in s THEN {m1} ELSE {}) : TRUE) = Any({m1, m2})
       /\ (CHOOSE x \in {<<i, 2>> : i \in s \cup {3}} : TRUE) = Any({<<i, 2>> : i \in s \cup {3}})
       /\ (CHOOSE x \in {[a |-> i] : i \in s \cup {3}} : TRUE) = Any({[a |-> i] : i \in s \cup {3}})
       /\ (CHOOSE x \in {s, {4}} : TRUE) = Any({s, {4}})
       /\ (CHOOSE x \in Cardinality(s)..5 : TRUE) = Cardinality(s)
       /\ (CHOOSE x \in (Cardinality(s) + 1)..(Cardinality(s) + 1) : (TRUE)) = Cardinality(s) + 1
       /\ (CHOOSE x \in SUBSET s : TRUE) = Any(SUBSET s)
       /\ (CHOOSE x \in {y \in s \cup {7} : y > 1} : TRUE) = Any({y \in s \cup {7} : y > 1})
=============================================================================
