---- MODULE ProbedMembers ----
\* Forms over one name x whose body is `<<..., x, ...>> \in T` (compile.c's probes_walk: the tuples
\* looked for in T in ascending order, the other items and T evaluated once) against the same forms
\* written so that the body is evaluated per member (`TRUE /\ ...`): a DAG of vertices of mixed
\* shapes (the empty tuple among pairs of a model value and a number), its edges, and triples.
EXTENDS Naturals, FiniteSets
CONSTANTS a, b, c
VARIABLES vs, es
V == {<<a, 1>>, <<b, 1>>, <<a, 2>>, <<c, 2>>}
Init == vs = {<<>>} /\ es = {}
Next == \E v \in V \ vs : \E D \in SUBSET vs :
          /\ Cardinality(D) <= 2
          /\ vs' = vs \cup {v}
          /\ es' = es \cup {<<v, d>> : d \in D}
Triples == {<<e[1], Cardinality(vs), e[2]>> : e \in es}
Children(v) == {x \in vs : <<v, x>> \in es}
Parents(v) == {x \in vs : <<x, v>> \in es}
Ints == {<<Cardinality(vs), 1>>, <<2, 2>>, <<3, 1>>}
Inv == /\ \A v \in vs :
          /\ Children(v) = {x \in vs : TRUE /\ <<v, x>> \in es}
          /\ Parents(v) = {x \in vs : TRUE /\ <<x, v>> \in es}
          /\ (\E x \in vs : <<x, v>> \in es) = (\E x \in vs : TRUE /\ <<x, v>> \in es)
          /\ (\E x \in vs : <<v, x>> \in es) = (\E x \in vs : TRUE /\ <<v, x>> \in es)
          /\ (\A x \in vs : <<v, x>> \in es) = (\A x \in vs : TRUE /\ <<v, x>> \in es)
          /\ (\A x \in Children(v) : <<v, x>> \in es)
          /\ {x \in vs : <<v, Cardinality(vs), x>> \in Triples} = Children(v)
          /\ {x \in vs : <<x, Cardinality(vs), v>> \in Triples} = Parents(v)
          /\ {x \in vs : <<x, x>> \in es} = {}
       /\ {n \in {1, 2, 3, 4} : <<n, 1>> \in Ints} = {n \in {1, 2, 3, 4} : TRUE /\ <<n, 1>> \in Ints}
       /\ {n \in {1, 2, 3, 4} : <<2, n>> \in Ints} = IF Cardinality(vs) = 2 THEN {1, 2} ELSE {2}
       /\ {n \in {} : <<n, 1>> \in 1 \div 0} = {}
       /\ {x \in vs : \E y \in vs : <<x, y>> \in es} = {x \in vs : \E y \in vs : TRUE /\ <<x, y>> \in es}
\* The errors: a miss TLC refuses (1 against "a"), the item before x refused ("a" against 1), a T
\* that is no set, an item that fails.
RefusedMiss == {n \in {1, 2} : <<n, 1>> \in {<<"a", 1>>}} = {}
RefusedItem == \E n \in {1, 2} : <<"a", n>> \in {<<1, 1>>}
NotASet == \A n \in {1, 2} : <<n, 1>> \in 3
ItemFails == {n \in {1, 2} : <<1 \div 0, n>> \in {<<1, 1>>}} = {}
====
