---- MODULE BytesForallSets ----
\* Invariants reading every variable, decided from the state's bytes (check_bytes.c's BN_FORALL_SET):
\* `\A` over a variable's set, over `C \ v` and over a constant set of model values, with `v[i][k]`,
\* `v[i]` and `k \notin v[i]` found by their arguments' bytes.
EXTENDS Naturals
CONSTANTS Ids, Keys, None
VARIABLES open, snap, log, seen

vars == <<open, snap, log, seen>>

Init == /\ open = {}
        /\ snap = [i \in Ids |-> [k \in Keys |-> None]]
        /\ log = [i \in Ids |-> {}]
        /\ seen = 0

Open(i) == /\ i \notin open
           /\ open' = open \cup {i}
           /\ UNCHANGED <<snap, log, seen>>

Write(i, k) == /\ i \in open
               /\ snap[i][k] = None
               /\ snap' = [snap EXCEPT ![i][k] = seen]
               /\ log' = [log EXCEPT ![i] = @ \cup {k}]
               /\ seen' = (seen + 1) % 3
               /\ UNCHANGED open

Close(i) == /\ i \in open
            /\ open' = open \ {i}
            /\ snap' = [snap EXCEPT ![i] = [k \in Keys |-> None]]
            /\ log' = [log EXCEPT ![i] = {}]
            /\ UNCHANGED seen

Next == \/ \E i \in Ids : Open(i)
        \/ \E i \in Ids, k \in Keys : Write(i, k)
        \/ \E i \in Ids : Close(i)

Lifecycle ==
    /\ \A i \in open : \A k \in Keys : (snap[i][k] /= None /\ seen \in 0..2) => k \in log[i]
    /\ \A i \in Ids \ open :
        /\ \A k \in Keys : snap[i][k] = None
        /\ log[i] = {}
    /\ \A i \in Ids : \A k \in Keys : k \notin log[i] => snap[i][k] = None
    /\ \A i \in open : open \subseteq Ids /\ seen < 3

Spec == Init /\ [][Next]_vars
====
