---- MODULE ParallelCheckCache ----
\* Invariants checked by conjuncts whose truth is kept by the values they read (check_cache.c), at two
\* workers: whole keys of one and of two variables, a function's rows kept by their elements, a row
\* quantifier, and a conjunct that fails in a few deep states only.
EXTENDS Naturals, Sequences
CONSTANT N
VARIABLES x, y, net
vars == <<x, y, net>>
Procs == 1..3
Msg == [type : {"req", "ack"}, clock : 0..N]

Init == x = 0 /\ y = 0 /\ net = [p \in Procs |-> <<>>]
IncX == x < N /\ x' = x + 1 /\ UNCHANGED <<y, net>>
Send(p) == /\ Len(net[p]) < 2
           /\ net' = [net EXCEPT ![p] = Append(@, [type |-> IF p = 1 THEN "req" ELSE "ack", clock |-> x])]
           /\ UNCHANGED <<x, y>>
Recv(p) == /\ net[p] # <<>>
           /\ net' = [net EXCEPT ![p] = Tail(@)]
           /\ y' = (y + Head(net[p]).clock) % (N + 1)
           /\ UNCHANGED x
Next == IncX \/ \E p \in Procs : Send(p) \/ Recv(p)
Spec == Init /\ [][Next]_vars

TypeOK == /\ x \in 0..N
          /\ y \in 0..N
          /\ net \in [Procs -> Seq(Msg)]
Rows == \A p \in Procs : Len(net[p]) <= 2 /\ \A i \in 1..Len(net[p]) : net[p][i].clock <= N
Pair == x + y <= 2 * N
Deep == ~(x = N /\ net[1] = <<[type |-> "req", clock |-> N], [type |-> "req", clock |-> N]>> /\ Len(net[3]) = 2)
====
