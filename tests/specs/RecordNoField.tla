---------------------------- MODULE RecordNoField ----------------------------
\* m.f where the record m, made by a constructor whose names are sorted once (c_record_sorted), has
\* no field f: the error (c_dot's way when the scan finds no f), in the state that reads it.
EXTENDS Integers
VARIABLE msgs

Init == msgs = {}
Next == \/ msgs = {} /\ msgs' = {[val |-> 1, type |-> "a"]}
        \/ msgs /= {} /\ msgs' = msgs \cup {[type |-> "b"]}

Inv == \A m \in msgs : m.type = "a" => m.bal = 1
=============================================================================
