---------------------------- MODULE CheckCacheTwoWorkers ----------------------------
\* Invariant conjuncts kept by check_cache.c, asked by two workers at once: a key of variables
\* one after the other (a, b), a key of variables apart (a, c), a function kept by its elements
\* (chan), and records of two shapes whose field n is at another place (m.n, compile.c's guess).
EXTENDS Naturals
VARIABLES a, b, c, chan, msgs
vars == <<a, b, c, chan, msgs>>

Init == a = 0 /\ b = 0 /\ c = 0 /\ chan = [i \in 1..2 |-> 0] /\ msgs = {}

Next ==
    \/ a < 3 /\ a' = a + 1 /\ msgs' = msgs \cup {[n |-> a, from |-> "a"]} /\ UNCHANGED <<b, c, chan>>
    \/ b < 3 /\ b' = b + 1 /\ msgs' = msgs \cup {[ack |-> TRUE, from |-> "b", n |-> b]} /\ UNCHANGED <<a, c, chan>>
    \/ c < 2 /\ c' = c + 1 /\ UNCHANGED <<a, b, chan, msgs>>
    \/ \E i \in 1..2 : chan[i] < 2 /\ chan' = [chan EXCEPT ![i] = @ + 1] /\ UNCHANGED <<a, b, c, msgs>>
    \/ \E m \in msgs : msgs' = msgs \ {m} /\ UNCHANGED <<a, b, c, chan>>

Inv ==
    /\ a + b <= 6
    /\ a + c <= 5
    /\ chan \in [1..2 -> 0..2]
    /\ \A m \in msgs : m.n < 3 /\ m.from \in {"a", "b"}

\* violated where a + c = 4 (depth 5: a trace of 5 states)
InvTight == /\ chan \in [1..2 -> 0..2]
            /\ a + c <= 3

Spec == Init /\ [][Next]_vars
=============================================================================
