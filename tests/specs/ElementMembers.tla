--------------------------- MODULE ElementMembers ---------------------------
(* Invariants `x \in [D -> T]`, T a set of sequences, which tlc-c checks by x's elements when it can
   (the head and each element of a value where the invariant held are remembered): an element that
   is no member (a message whose clock is outside Msg), a value whose elements were all met before
   but whose domain is not D (a sequence grown by an element met before), the empty sequence, whose
   bytes are those of an element met before, and model values as the domain. *)
EXTENDS Naturals, Sequences
CONSTANT P
VARIABLES net, g, h, k

Msg == {[t |-> "a", c |-> n] : n \in 0..2}

Init == /\ net = [p \in P |-> << >>]
        /\ g = << << >>, << >> >>
        /\ h = << << >> >>
        /\ k = 0

Send(p) == /\ Len(net[p]) < 2
           /\ k < 5
           /\ net' = [net EXCEPT ![p] = Append(@, [t |-> "a", c |-> k % 4])]
           /\ k' = k + 1
           /\ UNCHANGED <<g, h>>
Recv(p) == /\ net[p] # << >>
           /\ net' = [net EXCEPT ![p] = Tail(@)]
           /\ UNCHANGED <<g, h, k>>
Grow == /\ k = 2
        /\ Len(g) = 2
        /\ g' = Append(g, << >>)
        /\ UNCHANGED <<net, h, k>>
Empty == /\ k = 4
         /\ h # << >>
         /\ h' = << >>
         /\ UNCHANGED <<net, g, k>>
Next == (\E p \in P : Send(p) \/ Recv(p)) \/ Grow \/ Empty

TypeNet == net \in [P -> Seq(Msg)]
TypeG == g \in [1..2 -> Seq(Msg)]
TypeH == h \in [1..1 -> Seq(Msg)]
=============================================================================
