---- MODULE RestKept ----
\* A refinement whose disjuncts' parts after the first read one variable each (p, a definition of net
\* alone; q and r, c and d), split and decided by prop_split.c: Send(i)'s `\E j \in Node \ {i}` is
\* false for a message to i itself and true for the others, states with the same net and another c
\* meeting both (a memo by the bytes of both states would find them again). Bad adds a step that
\* sends two messages at once (Send's part after q' false for every i), Late a step that receives
\* and moves d by 2 (Recv's r' = r + 1 false) once c = 3, after that part held on other steps; Jump
\* a step that sends with c moved by 2 (Send's first part q' = q + 1 false).
EXTENDS Naturals
CONSTANTS N, Bad, Late, Jump
VARIABLES net, c, d
Node == 0 .. N - 1
pend == [i \in Node |-> net[i]]
Init == net = [i \in Node |-> 0] /\ c = 0 /\ d = 0
Next == \/ \E j \in Node : c < 3 /\ net' = [net EXCEPT ![j] = @ + 1] /\ c' = c + 1 /\ UNCHANGED d
        \/ \E i \in Node : net[i] > 0 /\ net' = [net EXCEPT ![i] = @ - 1] /\ d' = d + 1 /\ UNCHANGED c
        \/ Bad /\ c = 2 /\ net' = [net EXCEPT ![0] = @ + 2] /\ c' = c + 1 /\ UNCHANGED d
        \/ Late /\ c = 3 /\ d = 1 /\ net[1] > 0 /\ net' = [net EXCEPT ![1] = @ - 1] /\ d' = d + 2 /\ UNCHANGED c
        \/ Jump /\ c = 1 /\ net' = [net EXCEPT ![1] = @ + 1] /\ c' = c + 2 /\ UNCHANGED d
Spec == Init /\ [][Next]_<<net, c, d>>
A == INSTANCE RestKeptAbs WITH p <- pend, q <- c, r <- d
Refines == A!Init /\ [][A!Next]_A!vars
====
