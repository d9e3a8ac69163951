---- MODULE RestKept ----
\* A refinement whose disjuncts' parts after the first read some of the variables only (p, a
\* definition of net alone; q and r, c and d): each part's truth kept by those variables' bytes in
\* both states of a step. Send(i)'s `\E j \in Node \ {i}` is false for a message to i itself and
\* true for the others: states with the same net and another c meet both, kept. Bad adds a step that
\* sends two messages at once (Send's part after q' false for every i), Late a step that receives
\* and moves d by 2 (Recv's r' = r + 1 false) once c = 3, after the parts were kept true; Jump a
\* step that sends with c moved by 2 (Send's first part q' = q + 1, kept by c's bytes, false).
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
