------------------------- MODULE RecordFieldTests -------------------------
\* `m.f` of a bound name read in line (compile.c's c_dot_bound), and `m.f = literal` (its
\* c_dot_bound_eq_literal), over records of several shapes at one place: fields found at other
\* places, absent fields, literals of other kinds (model values, Booleans, integers, strings),
\* names bound to values and to definitions' arguments (thunks, primed too). States whose
\* records share their value bytes but not their shape, nested records and functions on integers,
\* decoded again (value_io.c's table of decoded values, keyed past a function's domain). Records
\* looked for and not found in sets of records (value.c's cmp_records: an error only where a pair
\* of values is of kinds TLC does not compare).
EXTENDS Integers, FiniteSets
CONSTANTS m1, m2
VARIABLES msgs, last

Msg == [type : {"a"}, n : 0..1] \cup [type : {"b"}, who : {m1, m2}, n : {0}]
       \cup [kind : {"a"}, n : 0..1] \cup [type : {"c"}, ok : BOOLEAN]
       \cup {[type |-> "d", r |-> [x |-> 1, y |-> m1], f |-> [i \in 0..1 |-> i]]}

Init == msgs = {} /\ last = [type |-> "c", ok |-> FALSE]

IsA(r) == r.type = "a"
TypeOf(r) == r.type

Next == \/ \E m \in Msg : /\ Cardinality(msgs) < 3
                          /\ msgs' = msgs \cup {m}
                          /\ last' = m
        \/ /\ \E m \in msgs : "type" \in DOMAIN m /\ m.type = "b" /\ m.who = m2
           /\ msgs' = msgs \cup {[kind |-> "a", n |-> 0]}
           /\ last' = [type |-> "a", n |-> 1]
        \/ /\ "type" \in DOMAIN last
           /\ last' \in Msg
           /\ "type" \in DOMAIN last'
           /\ IsA(last')
           /\ msgs' = msgs

Counted(t) == Cardinality({m \in msgs : "type" \in DOMAIN m /\ m.type = t})

Inv == /\ \A m \in msgs : "type" \in DOMAIN m \/ m.kind = "a"
       /\ \A m \in msgs : "type" \in DOMAIN m => (m.type = "a") = IsA(m)
       /\ \A m \in msgs : "type" \in DOMAIN m => m.type # m1
       /\ \A m \in msgs : "ok" \in DOMAIN m => (m.ok = TRUE) = m.ok
       /\ \A m \in msgs : "n" \in DOMAIN m => m.n = 0 \/ m.n = 1
       /\ \A m \in msgs : "who" \in DOMAIN m => m.who = m1 \/ m.who = m2
       /\ \A m \in msgs : "r" \in DOMAIN m => m.r.y = m1 /\ m.f[1] = 1 /\ m.r = [y |-> m1, x |-> 1]
       /\ Counted("a") + Counted("b") + Counted("c") + Counted("d") <= Cardinality(msgs)
       /\ {TypeOf(m) : m \in {x \in msgs : "type" \in DOMAIN x}} \subseteq {"a", "b", "c", "d"}
       /\ [type |-> "a", n |-> 2] \notin msgs /\ [kind |-> "b", n |-> 0] \notin msgs
       /\ [type |-> "c"] \notin msgs /\ [type |-> "c", ok |-> m1] \notin msgs
       /\ ([n |-> 0, type |-> "a"] \in msgs) = (\E m \in msgs : "type" \in DOMAIN m /\ m.type = "a" /\ m.n = 0)
       /\ "type" \in DOMAIN last => IsA(last) = (TypeOf(last) = "a")
       /\ "type" \in DOMAIN last => last.type = "a" \/ last.type = "b" \/ last.type = "c" \/ last.type = "d"

\* RecordFieldTestsNoField: `.type` asked of [kind |-> "a", n |-> 0] at `m.type = "a"`.
InvNoField == \A m \in msgs : m.type = "a" \/ m.type # "a"
\* RecordFieldTestsKinds: `m.n = "a"`, an integer against a string.
InvKinds == \A m \in msgs : "n" \in DOMAIN m => m.n = "a" \/ m.n >= 0
\* RecordFieldTestsRefused: a record of a shape in msgs, an integer where they hold strings.
InvRefused == [type |-> 1, n |-> 0] \notin msgs
=============================================================================
