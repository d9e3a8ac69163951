--------------------------- MODULE SharedGuards ---------------------------
(* Calls walked one after the other that start with the same guard (tlc-c tests it once, whether it
   fails or holds): the same guard with the same arguments (infix disjunctions and a disjunction list), the
   same shape with the arguments swapped (another channel: tested again), a guard that prints (tested
   each time, as TLC does), a different call in between, processes as model values. *)
EXTENDS Naturals, Sequences, TLC
CONSTANT Procs
VARIABLES chan, got

Init == /\ chan = [p \in Procs |-> [q \in Procs |-> <<>>]]
        /\ got = [p \in Procs |-> 0]

Send(p, q) == /\ Len(chan[p][q]) < 2
              /\ chan' = [chan EXCEPT ![p][q] = Append(@, got[p] % 3)]
              /\ UNCHANGED got

Take(p, q, k) == /\ chan' = [chan EXCEPT ![q][p] = Tail(@)]
                 /\ got' = [got EXCEPT ![p] = (@ + k) % 4]

RecvZero(p, q) == /\ chan[q][p] # << >>
                  /\ Head(chan[q][p]) = 0
                  /\ Take(p, q, 1)
RecvOne(p, q) == /\ chan[q][p] # << >>
                 /\ Head(chan[q][p]) = 1
                 /\ Take(p, q, 2)
RecvTwo(a, b) == /\ chan[b][a] # << >>
                 /\ Head(chan[b][a]) = 2
                 /\ Take(a, b, 3)
\* the same shape as RecvZero's guard, called with its arguments swapped: chan[p][q]
Drop(p, q) == /\ chan[q][p] # << >>
              /\ Len(chan[q][p]) = 2
              /\ chan' = [chan EXCEPT ![q][p] = <<>>]
              /\ UNCHANGED got
\* prints each time it is tested
Noisy(p, q) == /\ PrintT(<<"tested", p, q>>) /\ chan[q][p] # << >>
               /\ Head(chan[q][p]) = 1
               /\ UNCHANGED <<chan, got>>
Noisy2(p, q) == /\ PrintT(<<"tested", p, q>>) /\ chan[q][p] # << >>
                /\ Head(chan[q][p]) = 2
                /\ UNCHANGED <<chan, got>>
Reset(p) == /\ got[p] = 3
            /\ got' = [got EXCEPT ![p] = 0]
            /\ UNCHANGED chan

Next == \/ \E p, q \in Procs : p # q /\ Send(p, q)
        \/ \E p \in Procs : \E q \in Procs \ {p} :
              RecvZero(p, q) \/ RecvOne(p, q) \/ RecvTwo(p, q)
        \/ \E p \in Procs : \E q \in Procs \ {p} :
              \/ RecvOne(p, q)
              \/ Drop(q, p)
              \/ RecvZero(p, q)
              \/ Reset(p)
              \/ RecvTwo(p, q)
        \/ \E p \in Procs : \E q \in Procs \ {p} : Noisy(p, q) \/ Noisy2(p, q)

TypeOK == /\ chan \in [Procs -> [Procs -> Seq(0..2)]]
          /\ got \in [Procs -> 0..3]
=============================================================================
