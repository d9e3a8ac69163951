---- MODULE RefineRestAbs ----
EXTENDS Naturals
CONSTANT Err
VARIABLES f, m, n
vars == <<f, m, n>>
Init == f = [i \in 1..2 |-> 0] /\ m = 0 /\ n = 0
Tick == /\ n' = n + 1
        /\ (Err /\ n = 2) => (CHOOSE q \in {1} : q > 5) = 1
Bump(i) == /\ f[i] < 2
           /\ f' = [f EXCEPT ![i] = @ + 1]
           /\ n < 10
           /\ Tick
           /\ \E k \in {1} : m' = (m + k) % 2
BumpQuiet(i) == /\ f[i] < 2
                /\ f' = [f EXCEPT ![i] = @ + 1]
                /\ UNCHANGED m
                /\ Tick
Flip == m' = 1 - m /\ UNCHANGED <<f, n>>
Next == (\E i \in 1..2 : Bump(i)) \/ (\E i \in 1..2 : BumpQuiet(i)) \/ Flip
Spec == Init /\ [][Next]_vars
====
