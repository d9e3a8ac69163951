---- MODULE LetGuardChain ----
\* Calls walked one after the other with the same guard, then a LET whose first definition is the
\* same message, then a test of one of its fields against a literal (LamportMutex's Receive
\* actions): tlc-c evaluates the field once, in the first call, and passes the next calls whose
\* literal differs. Here: three kinds and a second action on one kind (entered, the test known to
\* hold), a nested field against numbers after a field against strings (no chain between them),
\* and a chain broken by an action whose LET is another one. With Bad = "type", a message's type is a
\* number: the first call's test fails comparing it with a string, as TLC's does; with Bad = "msg", a
\* message is a number, which has no field.
EXTENDS Naturals, Sequences
CONSTANTS Procs, Types, Bad
VARIABLES net, seen, clk

Init == /\ net = [p \in Procs |-> [q \in Procs |-> << >>]]
        /\ seen = [p \in Procs |-> << >>]
        /\ clk = 0

Msg(t) == CASE Bad = "type" /\ clk = 2 -> [type |-> 7, hdr |-> [kind |-> 0]]
               [] Bad = "msg" /\ clk = 2 -> 7
               [] OTHER -> [type |-> t, hdr |-> [kind |-> clk % 2]]

Send(p, q, t) == /\ Len(net[p][q]) < 2
                 /\ clk < 3
                 /\ net' = [net EXCEPT ![p][q] = Append(@, Msg(t))]
                 /\ clk' = clk + 1
                 /\ UNCHANGED seen

Recv(p, q, x) == /\ net' = [net EXCEPT ![q][p] = Tail(@)]
                 /\ seen' = [seen EXCEPT ![p] = IF Len(@) < 3 THEN Append(@, x) ELSE @]
                 /\ UNCHANGED clk

GetReq(p, q) == /\ net[q][p] # << >>
                /\ LET m == Head(net[q][p]) IN
                   /\ m.type = "req"
                   /\ Recv(p, q, "req")
GetAck(p, q) == /\ net[q][p] # << >>
                /\ LET m == Head(net[q][p]) IN
                   /\ m.type = "ack"
                   /\ Recv(p, q, "ack")
GetAckToo(p, q) == /\ net[q][p] # << >>
                   /\ LET m == Head(net[q][p]) IN
                      /\ m.type = "ack"
                      /\ Recv(p, q, "ack2")
GetRel(p, q) == /\ net[q][p] # << >>
                /\ LET m == Head(net[q][p])
                       k == m.hdr.kind
                   IN /\ m.type = "rel"
                      /\ Recv(p, q, k)
Kind0(p, q) == /\ net[q][p] # << >>
               /\ LET m == Head(net[q][p]) IN
                  /\ m.hdr.kind = 0
                  /\ seen' = [seen EXCEPT ![p] = << >>]
                  /\ UNCHANGED <<net, clk>>
Kind1(p, q) == /\ net[q][p] # << >>
               /\ LET m == Head(net[q][p]) IN
                  /\ m.hdr.kind = 1
                  /\ net' = [net EXCEPT ![q][p] = Tail(@)]
                  /\ UNCHANGED <<seen, clk>>
\* the same guard, another LET: no chain with the call before or after it
Other(p, q) == /\ net[q][p] # << >>
               /\ LET m == Len(net[q][p]) IN
                  /\ m = 2
                  /\ UNCHANGED <<net, seen, clk>>
GetRelAgain(p, q) == /\ net[q][p] # << >>
                     /\ LET m == Head(net[q][p]) IN
                        /\ m.type = "rel"
                        /\ seen' = [seen EXCEPT ![q] = << >>]
                        /\ UNCHANGED <<net, clk>>

Next == \/ \E p, q \in Procs : p # q /\ \E t \in Types : Send(p, q, t)
        \/ \E p \in Procs : \E q \in Procs \ {p} :
              \/ GetReq(p, q) \/ GetAck(p, q) \/ GetAckToo(p, q) \/ GetRel(p, q)
              \/ Kind0(p, q) \/ Kind1(p, q) \/ Other(p, q) \/ GetRelAgain(p, q)

TypeOK == /\ clk \in 0..3
          /\ \A p \in Procs : Len(seen[p]) <= 3
====
