---- MODULE IntDomainApply ----
\* Functions on integers applied and changed: a domain from a negative number (f), a domain with gaps,
\* where a point's offset from the least one is not its index (g), 0..N-1 of strings (h); points
\* outside the domain (EXCEPT leaves the function as it is), and a gap applied (ErrorAt).
EXTENDS Integers
CONSTANT ErrorAt
VARIABLES f, g, h

Init == /\ f = [i \in -2..2 |-> 0]
        /\ g = [i \in {1, 3, 7} |-> i]
        /\ h = [i \in 0..3 |-> "a"]

StepF == \E i \in -3..3 : /\ i \in DOMAIN f
                         /\ f[i] < 2
                         /\ f' = [f EXCEPT ![i] = f[i] + 1]
                         /\ UNCHANGED <<g, h>>
StepG == \E i \in {1, 3, 7} : /\ g[i] < i + 2
                              /\ g' = [g EXCEPT ![i] = g[i] + 1, ![5] = 0]
                              /\ UNCHANGED <<f, h>>
StepH == \E i \in 0..3 : /\ h[i] = "a"
                         /\ IF i = 0 THEN TRUE ELSE h[i - 1] = "b"
                         /\ h' = [h EXCEPT ![i] = "b"]
                         /\ UNCHANGED <<f, g>>
Probe == /\ f[2] = 2 /\ g[ErrorAt] > 0 /\ UNCHANGED <<f, g, h>>

Next == StepF \/ StepG \/ StepH \/ Probe

Inv == /\ f[-2] \in 0..2
       /\ g[7] >= 7 /\ g[3] \in 3..5
       /\ \A i \in DOMAIN f : f[i] <= 2
       /\ h[3] = "b" => \A i \in 0..3 : h[i] = "b"
       /\ DOMAIN g = {1, 3, 7}
====
