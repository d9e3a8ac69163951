---- MODULE SharedDecoding ----
\* States whose parts repeat from state to state, decoded once and shared (value_io.c's
\* read_val_shared): rows of channels of records, short values followed by varying bytes, sets of
\* model values and strings, functions on model values, empty sets and sequences, a sequence that
\* grows past the table's longest value, and a variable holding SUBSET (kept symbolic).
EXTENDS Naturals, Sequences, FiniteSets
CONSTANT P, Q   \* model values
VARIABLES net, short, long, tags, owner, sym, n

Msg(k) == [type |-> IF k = 0 THEN "req" ELSE "ack", clock |-> k]

Init == /\ net = [p \in P |-> [q \in P |-> <<>>]]
        /\ short = <<>>
        /\ long = <<>>
        /\ tags = {}
        /\ owner = [q \in Q |-> {}]
        /\ sym = SUBSET {1}
        /\ n = 0

Send(p, q) == /\ p # q
              /\ Len(net[p][q]) < 2
              /\ net' = [net EXCEPT ![p][q] = Append(@, Msg(n))]
              /\ short' = IF short = <<>> THEN <<p>> ELSE Tail(short)
              /\ n' = (n + 1) % 2
              /\ UNCHANGED <<long, tags, owner, sym>>

Recv(p, q) == /\ net[p][q] # <<>>
              /\ net' = [net EXCEPT ![p][q] = Tail(@)]
              /\ tags' = tags \cup {Head(net[p][q]).type}
              /\ owner' = [owner EXCEPT ![CHOOSE x \in Q : TRUE] = @ \cup {p}]
              /\ UNCHANGED <<short, long, n, sym>>

Grow == /\ Len(long) < 12
        /\ long' = Append(long, [at |-> Len(long), by |-> "grow", of |-> Len(long) % 3])
        /\ sym' = IF Len(long) % 2 = 0 THEN SUBSET {1, 2} ELSE SUBSET {1}
        /\ UNCHANGED <<net, short, tags, owner, n>>

Next == \/ \E p, q \in P : Send(p, q) \/ Recv(p, q)
        \/ Grow

TypeOK == /\ \A p, q \in P : Len(net[p][q]) <= 2
          /\ Len(long) <= 12
          /\ tags \subseteq {"req", "ack"}
          /\ Cardinality(sym) \in {2, 4}
====
