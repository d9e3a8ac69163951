---- MODULE BytesForallSetsMinusError ----
\* `\A i \in C \ v` (check_bytes.c's QS_MINUS) where v comes to hold a string among C's integers: the
\* bytes leave it to the evaluator, which stops with TLC's error when comparing them.
EXTENDS Naturals
VARIABLES open, log, n

Init == open = {} /\ log = [i \in {1, 2} |-> {}] /\ n = 0

Next == /\ n < 3
        /\ open' = CASE n = 0 -> {2} [] n = 1 -> {"x"} [] OTHER -> open
        /\ log' = [log EXCEPT ![1] = @ \cup {n}]
        /\ n' = n + 1

Inv == \A i \in {1, 2} \ open : log[i] = {} \/ n > 0
====
