---- MODULE ExceptUpdates ----
\* EXCEPT with several updates, each applied to the function the one before gave.
\* Rows copied by one update and read by the next as @, the same point updated twice, a point
\* outside the domain between two that are in it, records and sequences nested in functions.
EXTENDS Naturals, Sequences
CONSTANT P, Outside   \* Outside: a model value not in P
VARIABLES net, rec, s, n

Init == /\ net = [p \in P |-> [q \in P |-> <<>>]]
        /\ rec = [x |-> 0, y |-> [z |-> <<>>]]
        /\ s = <<0, 0>>
        /\ n = 0

\* p = q: both updates go through the same row, the second sees the first's Append as @
Send(p, q) == /\ n < 3
              /\ net' = [net EXCEPT ![p][q] = Append(@, n), ![q][p] = Append(@, p)]
              /\ rec' = [rec EXCEPT !.x = @ + 1, !.y.z = Append(@, q), !.x = @ * 2]
              /\ s' = [s EXCEPT ![1] = @ + 1, ![3] = 7, ![2] = s[1] + @]
              /\ n' = n + 1

\* the second update's value holds the row the first one copied; the third writes next to it
Recv(p, q) == /\ net[q][p] # <<>>
              /\ net' = [net EXCEPT ![q][p] = Tail(@), ![p] = [r \in P |-> IF r = q THEN net[q][p] ELSE @[r]],
                                    ![q] = @]
              /\ rec' = [rec EXCEPT !.y = [@ EXCEPT !.z = IF @ = <<>> THEN @ ELSE Tail(@)], !.x = @]
              /\ s' = [s EXCEPT ![2] = 0, ![1] = Len(net[q][p])]
              /\ UNCHANGED n

\* a model value outside the domain, then a point inside: the first changes nothing
Skip(p) == /\ n = 3
           /\ net' = [net EXCEPT ![Outside][p] = <<>>, ![p][p] = <<Outside>>]
           /\ UNCHANGED <<rec, s, n>>

Next == \E p, q \in P : Send(p, q) \/ Recv(p, q) \/ Skip(p)

TypeOK == /\ s[1] \in Nat /\ s[2] \in Nat /\ Len(s) = 2
          /\ DOMAIN net = P /\ \A p \in P : DOMAIN net[p] = P
          /\ rec.x \in Nat
====
