--------------------------- MODULE EmptySeqEquality ---------------------------
(* Sequences compared with the empty one, either way round (a channel against << >>). *)
EXTENDS Sequences, Naturals
VARIABLE q
ASSUME /\ << >> = << >>
       /\ <<1>> # << >>
       /\ << >> # <<1, 2>>
       /\ Tail(<<1>>) = << >>
       /\ << >> = Tail(<<"a">>)
       /\ << >> = [i \in {} |-> 1]
       /\ [i \in 1..0 |-> 1] = << >>
       /\ << >> # [i \in 1..1 |-> 1]
Init == q = << >>
Next == \/ Len(q) < 2 /\ q' = Append(q, Len(q))
        \/ q # << >> /\ q' = Tail(q)
Inv == (q = << >>) <=> (Len(q) = 0)
=============================================================================
