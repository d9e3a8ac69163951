---- MODULE SharedDomainEq ----
\* Values that share one domain of scalars compared by their values alone: records (their names kept
\* for the run), a function over model values and its EXCEPT. Inv is violated where r's b reaches 2
\* with f back where it started (TLC: trace of 3).
EXTENDS Naturals
CONSTANTS M1, M2
VARIABLES r, f
Init == r = [a |-> 0, b |-> 0] /\ f = [m \in {M1, M2} |-> 0]
Next == r' = [r EXCEPT !.b = (@ + 1) % 3] /\ f' = [f EXCEPT ![M1] = 1 - @]
Same == f = [f EXCEPT ![M2] = 0] /\ r.a = 0
Inv == Same /\ (r # [a |-> 0, b |-> 2] \/ f # [m \in {M1, M2} |-> 0])
====
