---- MODULE KeptShare ----
\* A refinement whose abstract t and p are definitions of net alone (tok, pend: kept by net's bytes,
\* two definitions found by one variable's bytes) and b one of c and net (kept by both): Send(i)'s
\* first part p' = [p EXCEPT ![i] = @ + 1] takes p' kept for the next state, and the parts after it
\* read t' (UNCHANGED t) where MoveT's first part found it; pend's values, [Node -> Nat], share one
\* domain. Skew adds a step that sends and moves the token together (Send's UNCHANGED t false);
\* Kinds a step that receives, moves the token and makes c a string (Recv(0)'s UNCHANGED <<t, b>>
\* false by t before b is compared, then <<t, p, b>> changed by t: violated, no error).
EXTENDS Naturals
CONSTANTS N, Skew, Kinds
VARIABLES net, c
Node == 0 .. N - 1
tok == net.tok
pend == [i \in Node |-> net.msgs[i]]
sent == IF net.tok \in Node THEN c ELSE 0
Init == net = [tok |-> 0, msgs |-> [i \in Node |-> 0]] /\ c = 0
Next == \/ net' = [net EXCEPT !.tok = (@ + 1) % N] /\ UNCHANGED c
        \/ \E i \in Node : c < 2 /\ net' = [net EXCEPT !.msgs[i] = @ + 1] /\ c' = c + 1
        \/ \E i \in Node : net.msgs[i] > 0 /\ net' = [net EXCEPT !.msgs[i] = @ - 1] /\ UNCHANGED c
        \/ Skew /\ c = 1 /\ net' = [net EXCEPT !.tok = (@ + 1) % N, !.msgs[0] = @ + 1] /\ c' = c + 1
        \/ Kinds /\ c = 1 /\ net.msgs[0] = 1 /\ net' = [net EXCEPT !.tok = (@ + 1) % N, !.msgs[0] = 0] /\ c' = "s"
Spec == Init /\ [][Next]_<<net, c>>
A == INSTANCE KeptShareAbs WITH t <- tok, p <- pend, b <- sent
Refines == A!Init /\ [][A!Next]_A!vars
====
