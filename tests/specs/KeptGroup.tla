---- MODULE KeptGroup ----
\* A refinement whose abstract t, p and z are three definitions of net alone (tok, pend, zero: one
\* entry of the keyed definition cache by net's bytes holds the three values, each kept when first
\* evaluated there), and b one of c and net (an entry of its own, by both). Bad adds a step that
\* sends and moves the token back together (Send(1)'s UNCHANGED t false, MoveT's UNCHANGED p false).
EXTENDS Naturals
CONSTANTS N, Bad
VARIABLES net, c
Node == 0 .. N - 1
tok == net.tok
pend == [i \in Node |-> net.msgs[i]]
zero == net.msgs[0]
sent == IF net.tok \in Node THEN c ELSE 0
Init == net = [tok |-> 0, msgs |-> [i \in Node |-> 0]] /\ c = 0
Next == \/ net' = [net EXCEPT !.tok = (@ + 1) % N] /\ UNCHANGED c
        \/ \E i \in Node : c < 2 /\ net' = [net EXCEPT !.msgs[i] = @ + 1] /\ c' = c + 1
        \/ \E i \in Node : net.msgs[i] > 0 /\ net' = [net EXCEPT !.msgs[i] = @ - 1] /\ UNCHANGED c
        \/ Bad /\ c = 1 /\ net.tok = 1 /\ net' = [net EXCEPT !.tok = 0, !.msgs[1] = @ + 1] /\ c' = c + 1
Spec == Init /\ [][Next]_<<net, c>>
A == INSTANCE KeptGroupAbs WITH t <- tok, p <- pend, z <- zero, b <- sent
Refines == A!Init /\ [][A!Next]_A!vars
====
