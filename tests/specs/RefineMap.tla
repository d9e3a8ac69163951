---- MODULE RefineMap ----
\* A refinement checked through an INSTANCE whose variables stand for definitions that read one
\* variable of three (msgs): tlc-c keeps their values across states by that variable's value.
EXTENDS Naturals, FiniteSets
VARIABLES msgs, x, y
vars == <<msgs, x, y>>
Init == msgs = {} /\ x = 0 /\ y = 0
Send(n) == n \notin msgs /\ msgs' = msgs \cup {n} /\ UNCHANGED <<x, y>>
Tick == x' = (x + 1) % 3 /\ UNCHANGED <<msgs, y>>
Tock == y' = (y + 1) % 2 /\ UNCHANGED <<msgs, x>>
Next == (\E n \in 1..4 : Send(n)) \/ Tick \/ Tock
Spec == Init /\ [][Next]_vars
count == Cardinality(msgs)
biggest == IF msgs = {} THEN 0 ELSE CHOOSE m \in msgs : \A k \in msgs : k <= m
A == INSTANCE RefineCounter WITH c <- count, top <- biggest
Refines == A!Spec
Strict == A!StrictSpec
====
