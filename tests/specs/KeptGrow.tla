---- MODULE KeptGrow ----
\* A refinement whose abstract h and s are definitions of net alone (c, which they do not read, flips
\* each step), kept by net's bytes: 20,001 values of net give ~40,000 kept values, more than half the
\* keyed cache's first 16,384 slots, so it grows while the search runs and every value stays found.
\* Bad adds a step from the last state back to the first, which the abstract Next does not allow
\* (h' = 0): violated after the growth.
EXTENDS Naturals
CONSTANTS Max, Bad
VARIABLES net, c
half == net.x \div 2
side == net.y
Init == net = [x |-> 0, y |-> 0] /\ c = 0
Next == \/ net.x < Max /\ net' = [net EXCEPT !.x = @ + 1] /\ c' = 1 - c
        \/ Bad /\ net.x = Max /\ net' = [net EXCEPT !.x = 0, !.y = 1] /\ c' = 1 - c
Spec == Init /\ [][Next]_<<net, c>>
A == INSTANCE KeptGrowAbs WITH h <- half, s <- side
Refines == A!Init /\ [][A!Next]_A!vars
====
