---- MODULE RowChecks ----
\* Invariants `\A ... p \in D ... : Q` reading a variable x only as x[p] (tlc-c keeps them by x's
\* values, where x's domain is D): channels of processes as model values (BoundedNet), a sequence
\* whose domain is D only after the first step, its third value bad but outside D until then
\* (Short: found violated when the bad value comes inside D), and forms kept whole: p named
\* elsewhere (NotOwn), a set naming p (Upto), x read otherwise (Whole). With Extra, a channel
\* grows past Limit once x is spoilt (BoundedNet found violated, its rows met before).
EXTENDS Naturals, Sequences
CONSTANTS Procs, Limit, Extra
VARIABLES net, x, phase

Init == /\ net = [p \in Procs |-> [q \in Procs |-> << >>]]
        /\ x = << 0, 0, 9 >>
        /\ phase = 0

Send(p, q) == /\ Len(net[p][q]) < Limit + (IF phase = 2 /\ p # q THEN Extra ELSE 0)
              /\ net' = [net EXCEPT ![p][q] = Append(@, phase)]
              /\ UNCHANGED <<x, phase>>
Recv(p, q) == /\ net[p][q] # << >>
              /\ net' = [net EXCEPT ![p][q] = Tail(@)]
              /\ UNCHANGED <<x, phase>>
Shrink == /\ phase = 0
          /\ x' = << 0, 0 >>
          /\ phase' = 1
          /\ UNCHANGED net
Spoil == /\ phase = 1
         /\ \A p, q \in Procs : Len(net[p][q]) = 2
         /\ x' = << 9, 0 >>
         /\ phase' = 2
         /\ UNCHANGED net

Next == \/ \E p, q \in Procs : Send(p, q) \/ Recv(p, q)
        \/ Shrink \/ Spoil

BoundedNet == \A p, q \in Procs : Len(net[p][q]) <= Limit
Short == \A p \in 1..2 : x[p] < 5
NotOwn == \A i \in 1..2 : x[i] # i + 7
Upto == \A i \in 1..2 : \A j \in 1..i : x[j] < 5 \/ phase = 2
Whole == \A i \in 1..2 : x[i] < 5 \/ Len(x) = 2
====
