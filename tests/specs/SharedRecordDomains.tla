------------------------- MODULE SharedRecordDomains -------------------------
\* Records of one shape share one domain for the run (value.c's val_record_domain), however they
\* were made: a set of records enumerated into a constant (copied into the constants' arena), a
\* constructor, a function on strings, EXCEPT, decoded from a state; they must compare, look up,
\* print and fingerprint as before. `.f` read where the field was found last (compile.c's c_dot)
\* over records of several shapes at one place, nested records, model values, empty sets.
EXTENDS Integers, FiniteSets
CONSTANTS m1, m2
VARIABLES msgs, last

Msg == [type : {"a"}, n : 0..2] \cup [type : {"b"}, who : {m1, m2}, n : {0}]
       \cup [type : {"c"}] \cup {[type |-> "d", r |-> [x |-> 1, y |-> m1]]}

Init == msgs = {} /\ last = [type |-> "c"]

Next == \/ \E m \in Msg : msgs' = msgs \cup {m} /\ last' = m
        \/ \E i \in 0..2 : /\ msgs' = msgs \cup {[n |-> i, type |-> "a"]}
                           /\ last' = [last EXCEPT !.type = "c"]
        \/ /\ last.type = "b"
           /\ msgs' = msgs \cup {[f \in {"n", "type", "who"} |->
                                   IF f = "type" THEN "b" ELSE IF f = "n" THEN 0 ELSE m2]}
           /\ last' = last

Field(m) == IF m.type = "a" THEN m.n ELSE IF m.type = "b" THEN m.who ELSE IF m.type = "d" THEN m.r.y ELSE 0

Inv == /\ msgs \in SUBSET Msg
       /\ {} \in SUBSET Msg
       /\ msgs \cap {} = {}
       /\ \A m \in msgs : m.type \in {"a", "b", "c", "d"}
       /\ \A m \in msgs : Field(m) \in 0..2 \cup {m1, m2}
       /\ \A m \in msgs : m.type = "d" => m.r = [y |-> m1, x |-> 1] /\ m.r.x = 1
       /\ \A i \in 0..2 : ([type |-> "a", n |-> i] \in msgs) = (\E m \in msgs : m.type = "a" /\ m.n = i)
       /\ \A m \in msgs : m.type = "b" => [type |-> "b", n |-> 0, who |-> m.who] \in msgs
       /\ [x \in {"n", "type"} |-> IF x = "n" THEN 1 ELSE "a"] \in Msg
       /\ [type |-> "a", n |-> 3] \notin Msg
       /\ [type |-> "b", who |-> m1] \notin Msg
       /\ last \in Msg \/ last.type = "c"
       /\ DOMAIN last \subseteq {"type", "n", "who", "r"}
       /\ Cardinality({m.type : m \in msgs}) <= 4

\* SharedRecordDomainsError: `.n` found in a record of one shape, then asked of one without it.
InvN == \A i \in 1..2 : (IF i = 1 THEN [type |-> "a", n |-> 0] ELSE last).n >= 0
=============================================================================
