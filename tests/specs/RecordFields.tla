---------------------------- MODULE RecordFields ----------------------------
\* Records made by a constructor whose field names are sorted once (compile.c's c_record_sorted),
\* their fields read in line (c_dot), and `msgs \cup {m}` by insertion (value.c's insert_member),
\* against the sort, apply and merge they stand for: the same record written with its fields in
\* either order, records of several shapes in one set, a message sent again (the set itself), a
\* field of a record of more than 8 fields and of a function on strings, members inserted first,
\* in the middle and last, sets of sets with a symbolic member (1..3), model values.
EXTENDS Integers, FiniteSets
CONSTANTS m1, m2
VARIABLE msgs

Send(m) == msgs' = msgs \cup {m}

Init == msgs = {}
Next == \/ \E i \in 1..3 : Send([val |-> i, type |-> "a"])
        \/ \E i \in 1..3 : Send([type |-> "a", val |-> i])
        \/ \E v \in {m1, m2} : Send([type |-> "b", ins |-> v, acc |-> 0])
        \/ Send([type |-> "c"])

Big == [f9 |-> 9, f1 |-> 1, f2 |-> 2, f3 |-> 3, f4 |-> 4, f5 |-> 5, f6 |-> 6, f7 |-> 7, f8 |-> 8]

Inv == /\ \A m \in msgs : m.type \in {"a", "b", "c"}
       /\ \A m \in msgs : m.type = "a" => /\ [type |-> "a", val |-> m.val] \in msgs
                                         /\ [val |-> m.val, type |-> "a"] = m
                                         /\ DOMAIN m = {"type", "val"}
       /\ \A m \in msgs : m.type = "b" => m.ins \in {m1, m2} /\ m.acc = 0
       /\ msgs \cup {[type |-> "c"]} = (msgs \cup {[type |-> "c"]}) \cup {[type |-> "c"]}
       /\ Cardinality(msgs \cup {[val |-> 1, type |-> "a"]})
            = Cardinality(msgs) + IF [type |-> "a", val |-> 1] \in msgs THEN 0 ELSE 1
       /\ DOMAIN [z |-> 1, a |-> 2, m |-> 3] = {"a", "m", "z"}
       /\ [z |-> 1, a |-> 2, m |-> 3] = [m |-> 3, z |-> 1, a |-> 2]
       /\ Big.f9 = 9 /\ Big.f1 = 1 /\ Big.f8 = 8
       /\ [x \in {"p", "q"} |-> x].q = "q"
       /\ {1, 3} \cup {2} = 1..3
       /\ {1, 2} \cup {0} = 0..2
       /\ {1, 2} \cup {3} = 1..3
       /\ {1, 2} \cup {2} = {1, 2}
       /\ {1..3} \cup {{1, 2, 3}} = {{1, 2, 3}}
       /\ Cardinality({{4}, 1..2} \cup {{1, 2}}) = 2
       /\ {{4}, {1, 2}} \cup {1..2} = {{4}, {2, 1}}
       /\ {m1} \cup {m2} = {m2, m1}
       /\ {<<1, 2>>, <<3, 4>>} \cup {<<2, 3>>} = {<<1, 2>>, <<2, 3>>, <<3, 4>>}
=============================================================================
