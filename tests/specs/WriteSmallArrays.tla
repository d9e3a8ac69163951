---------------------------- MODULE WriteSmallArrays ----------------------------
(* A changed point of a function written anew where its value is a set or a sequence of at most 16
   immediate values (value_io.c's put_small_array), and like the old value otherwise: empty sets and
   sequences, numbers of several bytes and negative ones, strings, model values, booleans, a set of
   sets and a set of 17 members (written like the old value), a sequence variable changed at a point
   and appended to. *)
EXTENDS Integers, Sequences, FiniteSets

CONSTANTS a, b

VARIABLES f, g, h

Sets == << {}, {0, 1}, {-1, 200, 70000}, {"p", "q"}, {a, b}, {{1}, {}}, 1..17 >>
Seqs == << <<>>, <<1, 1>>, <<a, b>>, <<"x", TRUE, -5>> >>

Init == /\ f = [i \in 0..1 |-> {}]
        /\ g = [i \in 0..1 |-> <<>>]
        /\ h = << {0} >>

SetF == \E i \in 0..1, k \in 1..Len(Sets) : f' = [f EXCEPT ![i] = Sets[k]] /\ UNCHANGED <<g, h>>
SetG == \E i \in 0..1, k \in 1..Len(Seqs) : g' = [g EXCEPT ![i] = Seqs[k]] /\ UNCHANGED <<f, h>>
Both == \E k \in 1..Len(Sets) : /\ f' = [f EXCEPT ![1] = Sets[k]]
                                /\ g' = [g EXCEPT ![0] = Seqs[(k % Len(Seqs)) + 1]]
                                /\ UNCHANGED h
SetH == \/ /\ Len(h) < 2
           /\ h' = Append(h, {2, 3})
           /\ UNCHANGED <<f, g>>
        \/ /\ Len(h) = 2
           /\ \E k \in 1..2 : h' = [h EXCEPT ![2] = Sets[k]]
           /\ UNCHANGED <<f, g>>

Next == SetF \/ SetG \/ Both \/ SetH

(* Sets of different kinds are never compared (TLC's error): sizes only. *)
TypeOK == /\ DOMAIN f = 0..1 /\ DOMAIN g = 0..1
          /\ \A i \in 0..1 : Cardinality(f[i]) <= 17 /\ Len(g[i]) <= 3
          /\ Len(h) \in 1..2

NotBoth == ~(Cardinality(f[0]) = 17 /\ Len(g[1]) = 3 /\ Cardinality(f[1]) = 2 /\ Cardinality(h[Len(h)]) = 0)
=============================================================================
