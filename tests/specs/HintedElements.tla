--------------------------- MODULE HintedElements ---------------------------
(* Invariants `x \in [D -> T]` checked by x's elements (check_cache.c), each element found by a hint
   from the bytes it starts with: rows of long records whose first bytes are the same and whose
   lengths differ (the last field's number one, two or three bytes long), rows told apart only at
   their end, short rows whose hints take in the next rows' bytes, empty rows, a row met before
   followed by new ones, and rows that are no member (a record outside Msg, a number outside 0..3)
   after rows found by their hints. *)
EXTENDS Naturals, Sequences
CONSTANT P
VARIABLES net, g, k

R(n) == [f1 |-> "x", f2 |-> "y", f3 |-> "z", f4 |-> 1, f5 |-> 2, c |-> n]
Vals == {0, 1, 200, 70000}
Msg == {R(n) : n \in Vals}

Init == /\ net = [p \in P |-> << >>]
        /\ g = << << >>, << >>, << >> >>
        /\ k = 0

Send(p, n) == /\ Len(net[p]) < 2
              /\ k < 4
              /\ net' = [net EXCEPT ![p] = Append(@, R(n))]
              /\ k' = k + 1
              /\ UNCHANGED g
Recv(p) == /\ net[p] # << >>
           /\ net' = [net EXCEPT ![p] = Tail(@)]
           /\ UNCHANGED <<g, k>>
Bad(p) == /\ k = 3
          /\ net[p] # << >>
          /\ net' = [net EXCEPT ![p] = Append(@, R(3))]
          /\ k' = 4
          /\ UNCHANGED g
Put(i, v) == /\ Len(g[i]) < 1
             /\ k < 4
             /\ g' = [g EXCEPT ![i] = << v >>]
             /\ k' = k + 1
             /\ UNCHANGED net
Clear(i) == /\ g[i] # << >>
            /\ g' = [g EXCEPT ![i] = << >>]
            /\ UNCHANGED <<net, k>>
Next == \/ \E p \in P : Recv(p) \/ Bad(p) \/ \E n \in Vals : Send(p, n)
        \/ \E i \in 1..3 : Clear(i) \/ \E v \in {0, 3, 5} : Put(i, v)

TypeNet == net \in [P -> Seq(Msg)]
TypeG == g \in [1..3 -> Seq(0..3)]
=============================================================================
