--------------------------- MODULE RecordMembers ---------------------------
(* Records looked for in a set of records, and functions and sequences in sets of functions over an
   interval: each ASSUME holds, and the invariant (a type invariant over channels of records) holds
   in every state. *)
EXTENDS Naturals, Sequences
VARIABLES chan, f
Msg == {[type |-> "a", n |-> 0], [type |-> "b", n |-> 0]} \cup {[type |-> "c", n |-> k] : k \in 1..3}
ASSUME /\ [type |-> "c", n |-> 2] \in Msg
       /\ [n |-> 2, type |-> "c"] \in Msg
       /\ [type |-> "c", n |-> 4] \notin Msg
       /\ [type |-> "d", n |-> 0] \notin Msg
       /\ [type |-> "a"] \notin Msg
       /\ [type |-> "a", n |-> 0, x |-> 1] \notin Msg
       /\ [i \in 1..2 |-> 0] \in [1..2 -> {0}]
       /\ [i \in 0..1 |-> 0] \notin [1..2 -> {0}]
       /\ [i \in 1..3 |-> 0] \notin [1..2 -> {0}]
       /\ <<0, 0>> \in [1..2 -> {0}]
       /\ <<0>> \notin [1..2 -> {0}]
       /\ <<>> \in [1..0 -> {0}]
       /\ <<>> \notin [1..1 -> {0}]
       /\ [i \in {} |-> 0] \in [2..1 -> Nat]
       /\ [i \in {1, 3} |-> 0] \notin [1..3 -> {0}]
       /\ [i \in {2, 3, 4} |-> 0] \in [2..4 -> {0}]
Init == /\ chan = [p \in 1..2 |-> <<>>]
        /\ f = [i \in 1..2 |-> 0]
Next == \/ \E p \in 1..2, m \in Msg : Len(chan[p]) < 2 /\ chan' = [chan EXCEPT ![p] = Append(@, m)]
                                       /\ UNCHANGED f
        \/ \E p \in 1..2 : chan[p] # <<>> /\ chan' = [chan EXCEPT ![p] = Tail(@)]
                            /\ f' = [f EXCEPT ![p] = (@ + 1) % 3]
TypeOK == /\ chan \in [1..2 -> Seq(Msg)]
          /\ f \in [1..2 -> 0..2]
          /\ \A p \in 1..2 : \A i \in 1..Len(chan[p]) : chan[p][i] \in Msg
=============================================================================
