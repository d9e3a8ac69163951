--------------------------- MODULE IntervalMinusOne ---------------------------
\* S \ {e} for an interval S and an integer e, listed without {e} built (value.c's val_set_without,
\* its interval case): against the forms it stands for, with e below, inside, at the ends of and
\* above the interval, an empty interval, a one-member interval emptied, negative bounds, the result
\* used as a quantifier's set in the next state (\E choosing successors; \A over a disjunction, which
\* the next state walks branch by branch, so the generated count depends on each member), as a
\* function's domain, and as a member of a set.
EXTENDS Integers, FiniteSets
VARIABLES n, p, k

Init == /\ n \in 0..3
        /\ p \in -1..4
        /\ k = 0

Next == \/ /\ k < 4
           /\ \E q \in (1..n) \ {p} : /\ k' = k + q
                                      /\ UNCHANGED <<n, p>>
        \/ /\ k < 2
           /\ \A q \in (1..n) \ {p} : q > p \/ q # 2 \/ k = 1
           /\ k' = k + 1
           /\ UNCHANGED <<n, p>>
        \/ UNCHANGED <<n, p, k>>

Inv == /\ (1..n) \ {p} = {q \in 1..n : q # p}
       /\ Cardinality((1..n) \ {p}) = IF p \in 1..n THEN n - 1 ELSE n
       /\ (p..p) \ {p} = {}
       /\ (p..(p + 1)) \ {p} = {p + 1}
       /\ ((-n)..0) \ {p} = {q \in (-n)..0 : q # p}
       /\ (1..0) \ {p} = {}
       /\ {(1..n) \ {p}} = {{q \in 1..n : q # p}}
       /\ DOMAIN [q \in (1..n) \ {p} |-> q * 2] = {q \in 1..n : q # p}
       /\ \A q \in (1..n) \ {p} : q # p
       /\ \E q \in ((1..n) \ {p}) \cup {0} : q = 0
===============================================================================
