---- MODULE BytesForallSetsDomainError ----
\* `\A i \in v : f[i][k] ...` (check_bytes.c's QS_VAR and BO_PATH) where v comes to hold a value outside
\* f's domain: the bytes leave it to the evaluator, which stops with TLC's error.
EXTENDS Naturals
CONSTANTS p, q, r
VARIABLES open, snap, n

Ids == <<p, q, r>>

Init == open = {} /\ snap = [i \in {p, q} |-> [k \in {"a", "b"} |-> 0]] /\ n = 1

Next == /\ n < 4
        /\ open' = open \cup {Ids[n]}
        /\ snap' = [snap EXCEPT ![p]["a"] = @ + 1]
        /\ n' = n + 1

Inv == \A i \in open : \A k \in {"a", "b"} : snap[i][k] \in 0..5
====
