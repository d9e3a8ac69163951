---- MODULE SubsetRecordIn ----
\* Sorted sets searched for each other's members (S \subseteq T, x \in SUBSET T) and record
\* constructors looked for in sets without being built ([f |-> e, ...] \in S).
EXTENDS Integers, FiniteSets
VARIABLES msgs, n
Msg == [type : {"a"}, v : 0..3]
       \cup [type : {"b"}, v : 0..3, w : {"x", "y"}]
       \cup [type : {"c"}]
Small == {[type |-> "a", v |-> 1], [type |-> "b", v |-> 2, w |-> "x"]}
Ones == {m \in Msg : m.type = "a" /\ m.v = 1}
Sent(t, k) == [type |-> t, v |-> k] \in msgs
Init == msgs = {} /\ n = 0
Send(m) == msgs' = msgs \cup {m}
Next ==
    \/ \E v \in 0..3 : /\ [type |-> "a", v |-> v] \notin msgs
                       /\ Send([type |-> "a", v |-> v])
                       /\ n' = n
    \/ \E v \in 0..3, w \in {"x", "y"} :
           /\ Sent("a", v)
           /\ [w |-> w, type |-> "b", v |-> v] \notin msgs
           /\ v < 2
           /\ Send([type |-> "b", v |-> v, w |-> w])
           /\ n' = n
    \/ /\ \A v \in 1..2 : [v |-> v, type |-> "a"] \in msgs
       /\ Send([type |-> "c"])
       /\ n' = n
    \/ /\ n < 2
       /\ n' = n + 1
       /\ UNCHANGED msgs
Inv ==
    /\ msgs \in SUBSET Msg
    /\ msgs \subseteq Msg
    /\ ~(msgs \cup {[type |-> "d"]} \subseteq Msg)
    /\ ~((msgs \cup {[type |-> "a", v |-> 9]}) \in SUBSET Msg)
    /\ ({[type |-> "a", v |-> 1]} \subseteq msgs) = Sent("a", 1)
    /\ (msgs \subseteq Small) = (\A m \in msgs : m \in Small)
    /\ (Small \subseteq msgs) = (\A m \in Small : m \in msgs)
    /\ {} \subseteq msgs
    /\ Cardinality({S \in SUBSET {1, 2, 3} : S \subseteq {1, 3}}) = 4
    /\ {{1, 2}, {3}} \subseteq {1..2, {3}, {4}}
    /\ {1..2} \subseteq {{1, 2}}
    /\ ~({{1, 3}} \subseteq {{1, 2}, {3}})
    /\ {<<1, 2>>, <<2, 1>>} \subseteq {1, 2} \X {1, 2}
    /\ [type |-> "a", v |-> n] \in Msg
    /\ ([type |-> "a", v |-> n] \in Ones) = (n = 1)
    /\ [type |-> "a", v |-> n] \notin {m \in Msg : m.type = "a" /\ m.v # n}
    /\ ([type |-> "b", v |-> n, w |-> "x"] \in Small) = (n = 2)
    /\ [type |-> "a", v |-> 0, w |-> "x"] \notin msgs
    /\ [type |-> "e"] \notin msgs
    /\ [z |-> 1] \notin msgs
====
