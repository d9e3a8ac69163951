--------------------------- MODULE SharedLets ---------------------------
(* Calls walked one after the other that start with the same guard and then a LET whose first
   definition is the same expression (tlc-c evaluates it once, in the first call, and the next ones
   take its value): the same head in three actions, the first one failing before it needs it (the
   next evaluates it), a definition on the other process (evaluated again), a definition that prints
   (evaluated each time, as TLC does), processes as model values. *)
EXTENDS Naturals, Sequences, TLC
CONSTANT Procs
VARIABLES chan, got

Init == /\ chan = [p \in Procs |-> [q \in Procs |-> << >>]]
        /\ got = [p \in Procs |-> 0]

Send(p, q) == /\ Len(chan[p][q]) < 2
              /\ chan' = [chan EXCEPT ![p][q] = Append(@, got[p] % 3)]
              /\ UNCHANGED got

Take(p, q, k) == /\ chan' = [chan EXCEPT ![q][p] = Tail(@)]
                 /\ got' = [got EXCEPT ![p] = (@ + k) % 4]

\* fails on got[p] = 3 before m is evaluated: RecvOne evaluates it
RecvZero(p, q) == /\ chan[q][p] # << >>
                  /\ LET m == Head(chan[q][p])
                         n == m + 1
                     IN /\ got[p] # 3
                        /\ m = 0
                        /\ Take(p, q, n)
RecvOne(p, q) == /\ chan[q][p] # << >>
                 /\ LET m == Head(chan[q][p]) IN
                    /\ m = 1
                    /\ Take(p, q, 2)
RecvTwo(a, b) == /\ chan[b][a] # << >>
                 /\ LET m == Head(chan[b][a]) IN
                    /\ m = 2
                    /\ Take(a, b, 3)
\* the same guard, then got of the process that receives and of the one that sends
GotMine(p, q) == /\ chan[q][p] # << >>
                 /\ LET m == got[p] IN
                    /\ m = 1
                    /\ got' = [got EXCEPT ![q] = 2]
                    /\ UNCHANGED chan
GotTheirs(p, q) == /\ chan[q][p] # << >>
                   /\ LET m == got[q] IN
                      /\ m = 2
                      /\ got' = [got EXCEPT ![p] = 1]
                      /\ UNCHANGED chan
\* prints each time it is evaluated
Noisy(p, q) == /\ chan[q][p] # << >>
               /\ LET m == PrintT(<<"head", p, q, Head(chan[q][p])>>) IN
                  /\ m
                  /\ Head(chan[q][p]) = 1
                  /\ UNCHANGED <<chan, got>>
Noisy2(p, q) == /\ chan[q][p] # << >>
                /\ LET m == PrintT(<<"head", p, q, Head(chan[q][p])>>) IN
                   /\ m
                   /\ Head(chan[q][p]) = 2
                   /\ UNCHANGED <<chan, got>>
Reset(p) == /\ got[p] = 3
            /\ got' = [got EXCEPT ![p] = 0]
            /\ UNCHANGED chan

Next == \/ \E p, q \in Procs : p # q /\ Send(p, q)
        \/ \E p \in Procs : \E q \in Procs \ {p} :
              RecvZero(p, q) \/ RecvOne(p, q) \/ RecvTwo(p, q) \/ GotMine(p, q) \/ GotTheirs(p, q)
        \/ \E p \in Procs : \E q \in Procs \ {p} : Noisy(p, q) \/ Noisy2(p, q)
        \/ \E p \in Procs : Reset(p)

TypeOK == /\ chan \in [Procs -> [Procs -> Seq(0..2)]]
          /\ got \in [Procs -> 0..3]
=============================================================================
